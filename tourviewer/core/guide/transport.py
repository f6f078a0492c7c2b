"""What a participant's transport needs of the participant, and what it offers: both sides as protocols."""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

from tourviewer.core.guide.handover import HandoverReceiver
from tourviewer.core.guide.invitation import Invitation
from tourviewer.core.guide.protocol import Message
from tourviewer.core.session import TourSession


class Joiner(Protocol):
    """The participant, as a transport sees it (`joining.Participant`)."""

    invitation: Invitation
    name: str
    client_id: str
    session: TourSession
    ca_file: Path | None  # the broker's certificate authority, besides the system's (TLS brokers)

    def hello(self) -> str: ...

    def on_message(self, message: Message) -> None: ...

    def on_status(self, connection: str, note: str) -> None: ...


class Transport(Protocol):
    def send_presence(self, following: bool, language: str) -> None: ...

    def fetch(self, receiver: HandoverReceiver) -> bool: ...

    def stop_reconnecting(self) -> None: ...

    def close(self) -> None: ...
