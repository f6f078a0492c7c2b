"""A participant in a guided session: a `Follower` joined to a transport.

Messages arrive on the transport's thread and are handed to `post`, which the
UI sets to run them on its own thread (by default they run where they arrive,
as in the command line's `join` and in tests with no display).
"""

from __future__ import annotations

import logging
import secrets
from collections.abc import Callable
from pathlib import Path

from tourviewer.core.guide.follower import ENDED, Follower
from tourviewer.core.guide.handover import HandoverReceiver
from tourviewer.core.guide.invitation import Invitation
from tourviewer.core.guide.protocol import MAX_NAME, Message, encode
from tourviewer.core.guide.transport import Transport
from tourviewer.core.said import Said
from tourviewer.core.session import TourSession
from tourviewer.core.words import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)

Post = Callable[[Callable[[], None]], None]


class Participant:
    def __init__(
        self, session: TourSession, invitation: Invitation, name: str, post: Post | None = None,
        ca_file: Path | None = None,
    ):
        self.session = session
        self.invitation = invitation
        self.ca_file = ca_file  # a broker's certificate authority the participant trusts, besides the system's
        self.name = name.strip()[:MAX_NAME] or "Participant"
        self.client_id = secrets.token_hex(8)
        self.post: Post = post or (lambda fn: fn())
        self.follower = Follower(session, invitation)
        self.follower.presenceChanged.connect(self._on_presence_changed)
        self.follower.ended.connect(self._on_ended)
        self.transport: Transport = self._connect()

    def _connect(self) -> Transport:
        if self.invitation.direct:
            from tourviewer.core.guide.direct import DirectTransport

            return DirectTransport(self)
        from tourviewer.core.guide.broker import BrokerFollowerTransport

        return BrokerFollowerTransport(self)

    # -- what transports call (on their own thread) ----------------------------------------
    def hello(self) -> str:
        return encode(
            "hello", session=self.invitation.session, code=self.invitation.code, name=self.name,
            language=self.session.language, client=self.client_id,
        )

    def on_message(self, message: Message) -> None:
        self.post(lambda: self._receive(message))

    def on_status(self, connection: str, note: str) -> None:
        self.post(lambda: self.follower.set_connection(connection, note))

    # -- the participant ---------------------------------------------------------------------------
    def fetch_tour(
        self, folder: Path, done: Callable[[Path | None, str], None], progress: Callable[[int, int], None] | None = None
    ) -> bool:
        """Ask the facilitator for the tour; `done(path, problem)` and `progress` run through `post`."""
        receiver = HandoverReceiver(
            folder, self.invitation.sha256,
            done=lambda path, problem: self.post(lambda: done(path, problem)),
            progress=(lambda got, total: self.post(lambda: progress(got, total))) if progress else lambda g, t: None,
        )
        return self.transport.fetch(receiver)

    def leave(self) -> None:
        """Leave the session; the tour stays open where it is."""
        self.follower.stop()
        self.transport.close()

    def _receive(self, message: Message) -> None:
        if message.type == "welcome":
            self.follower.handover_allowed = bool(message["handover"])
        elif message.type == "state":
            self.follower.receive(message)

    def _on_presence_changed(self) -> None:
        self.transport.send_presence(self.follower.following, self.session.language)

    def _on_ended(self) -> None:
        self.transport.stop_reconnecting()
        ended = Said(QT_TRANSLATE_NOOP("Guide", "The facilitator ended the guided session"))
        self.follower.set_connection(ENDED, ended)
