"""The facilitator's side: the signed state of the session, the roster, and who may join.

`Guide` watches the session the audience sees (a `TourSession`, and the
`Presentation` for black, white and freeze) and keeps one signed snapshot of
it with a rising sequence number; transports send that snapshot to every
follower whenever `stateChanged` fires, and to each one as it joins. Joining
needs the join code; wrong codes are refused with a message and, after
`MAX_WRONG_CODES` from one address within `WRONG_CODE_WINDOW` seconds, refused
without being checked until the window has passed. Nothing from a follower can
move the session: followers only say who they are and whether they follow.
"""

from __future__ import annotations

import hmac
import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

from tourviewer.core.guide.invitation import Invitation, new_code, new_session_id, normal_code
from tourviewer.core.guide.protocol import (
    EXPLORE,
    FOLLOW,
    MAX_NAME,
    SHOWING,
    Message,
    Signer,
    State,
    content_hash,
    encode,
)
from tourviewer.core.presenting import Presentation
from tourviewer.core.session import TourSession
from tourviewer.core.signals import Signal
from tourviewer.core.words import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)

MAX_WRONG_CODES = 5
WRONG_CODE_WINDOW = 60.0  # seconds
MAX_HANDOVER_BYTES = 2 * 1024**3  # a tour larger than this is not handed over

CONNECTED, LOST = "connected", "lost"


@dataclass(frozen=True)
class Member:
    """One participant in the roster."""

    client: str
    name: str
    language: str
    following: bool = True
    connection: str = CONNECTED


@dataclass(frozen=True)
class Admission:
    """The answer to a hello: a frame to send back, and whether the follower is in."""

    accepted: bool
    reply: str


class Guide:
    def __init__(
        self,
        session: TourSession,
        source: Path,
        name: str = "",
        presentation: Presentation | None = None,
        clock: Callable[[], float] = time.monotonic,
        post: Callable[[Callable[[], None]], None] | None = None,
        max_handover: int = MAX_HANDOVER_BYTES,
    ):
        tour = session.tour
        if tour is None:
            raise ValueError("a guided session needs an open tour")
        self.session = session
        self.presentation = presentation
        self.name = name[:MAX_NAME]
        self.source = source
        self.clock = clock
        self.post = post or (lambda fn: fn())
        self.signer = Signer()
        self.session_id = new_session_id()
        self.code = new_code()
        self.sha256 = content_hash(source)
        self.tour_id = tour.id
        self.max_handover = max_handover
        self.stateChanged = Signal("stateChanged")  # (frame) the new signed snapshot, to send to every follower
        self.rosterChanged = Signal("rosterChanged")  # on the thread of `post`
        self._lock = threading.Lock()
        self._members: dict[str, Member] = {}
        self._wrong: dict[str, list[float]] = {}
        self._state = State(
            session=self.session_id, seq=1, facilitator=self.name, tour=tour.id, sha256=self.sha256,
            stop=tour.stops[session.index].id, index=session.index, count=len(tour.stops),
            picture=presentation.audience_picture if presentation is not None else 0,
        )
        self._frame = self.signer.state_frame(self._state)
        session.stopChanged.connect(self._on_moved)
        session.tourChanged.connect(self._on_moved)
        if presentation is not None:
            presentation.audienceChanged.connect(self._on_moved)
            presentation.stateChanged.connect(self._on_moved)

    # -- the invitation ------------------------------------------------------------------
    def invitation(self, host: str = "", port: int = 0, broker: str = "") -> Invitation:
        return Invitation(
            session=self.session_id, code=self.code, tour=self.tour_id, sha256=self.sha256,
            key=self.signer.public_key, name=self.name, host=host, port=port, broker=broker,
        )

    @property
    def handover_file(self) -> Path | None:
        """The package a follower without the tour may fetch: a `.tour` file within the size limit."""
        try:
            if self.source.is_file() and self.source.stat().st_size <= self.max_handover:
                return self.source
        except OSError:
            return None
        return None

    # -- the state ----------------------------------------------------------------------------
    @property
    def state(self) -> State:
        return self._state

    @property
    def frame(self) -> str:
        """The current signed snapshot, as sent."""
        return self._frame

    def set_picture(self, picture: int) -> None:
        """The picture of the stop shown (without a presentation, whose audience picture is followed)."""
        picture = max(0, picture)
        if picture != self._state.picture:
            self._change(picture=picture, yaw=0, pitch=0)

    def set_direction(self, yaw: float, pitch: float) -> None:
        """Where the audience's panorama looks, in degrees (sent in whole degrees)."""
        self._change(yaw=round(yaw), pitch=round(pitch))

    def bring_everyone_here(self) -> None:
        self._change(mode=FOLLOW, recall=self._state.recall + 1)

    def let_everyone_explore(self) -> None:
        self._change(mode=EXPLORE)

    def follow_me_again(self) -> None:
        self.bring_everyone_here()

    def end(self) -> None:
        """The last snapshot: followers keep their tour open where they are."""
        if not self._state.ended:
            self._change(ended=True)

    def _on_moved(self) -> None:
        if self._state.ended:
            return
        tour, stop = self.session.tour, self.session.stop
        if tour is None or stop is None:
            return
        presentation = self.presentation
        if presentation is not None:
            picture = presentation.audience_picture  # `]`/`[` in the console, once the audience shows it
        else:
            picture = self._state.picture if stop.id == self._state.stop else 0
        same = stop.id == self._state.stop and picture == self._state.picture  # the same panorama, turned
        self._change(
            stop=stop.id, index=self.session.index, count=len(tour.stops), picture=picture,
            yaw=self._state.yaw if same else 0, pitch=self._state.pitch if same else 0,
            screen=presentation.screen if presentation else SHOWING,
            frozen=presentation.frozen if presentation else False,
        )

    def _change(self, **fields: object) -> None:
        new = replace(self._state, **fields)  # type: ignore[arg-type]
        if new == self._state:
            return
        self._state = replace(new, seq=self._state.seq + 1)
        self._frame = self.signer.state_frame(self._state)
        self.stateChanged.emit(self._frame)

    # -- who joins ----------------------------------------------------------------------------------
    def admit(self, message: Message, peer: str) -> Admission:
        """Check a follower's hello from address `peer`; a wrong code counts against that address."""
        if message.type != "hello":
            first = QT_TRANSLATE_NOOP("Guide", "Say hello with the code first")
            return Admission(False, encode("refused", reason="wrong-code", message=first))
        if self._state.ended:
            ended = QT_TRANSLATE_NOOP("Guide", "The guided session has ended")
            return Admission(False, encode("refused", reason="ended", message=ended))
        if message["session"] != self.session_id:
            other = QT_TRANSLATE_NOOP("Guide", "This invitation is for another session")
            return Admission(False, encode("refused", reason="wrong-session", message=other))
        now = self.clock()
        with self._lock:
            recent = [t for t in self._wrong.get(peer, []) if now - t < WRONG_CODE_WINDOW]
            self._wrong[peer] = recent
            if len(recent) >= MAX_WRONG_CODES:
                wait = int(WRONG_CODE_WINDOW - (now - recent[0])) + 1
                log.warning("guide: %s tried too many wrong codes; refused without checking", peer)
                return Admission(
                    False,
                    encode("refused", reason="too-many-tries",
                           message=f"Too many wrong join codes: try again in {wait} seconds"),
                )
            if not hmac.compare_digest(normal_code(message["code"]).encode(), self.code.encode()):
                recent.append(now)
                log.warning("guide: wrong join code from %s", peer)
                return Admission(
                    False,
                    encode("refused", reason="wrong-code", message=QT_TRANSLATE_NOOP(
                        "Guide", "Wrong join code: check the code the facilitator shows")),
                )
            self._wrong.pop(peer, None)
        self.join(message["client"], message["name"], message["language"])
        return Admission(True, encode("welcome", facilitator=self.name, handover=int(self.handover_file is not None)))

    # -- the roster -----------------------------------------------------------------------------------
    def roster(self) -> list[Member]:
        with self._lock:
            return sorted(self._members.values(), key=lambda m: (m.name.casefold(), m.client))

    def join(self, client: str, name: str, language: str, following: bool = True) -> None:
        member = Member(client[:64], name.strip()[:MAX_NAME] or "Participant", language[:35], following)
        with self._lock:
            self._members[member.client] = member
        self._roster_changed()

    def update(self, client: str, following: bool, language: str) -> None:
        with self._lock:
            member = self._members.get(client)
            if member is None:
                return
            self._members[client] = replace(member, following=following, language=language[:35])
        self._roster_changed()

    def lost(self, client: str) -> None:
        with self._lock:
            member = self._members.get(client)
            if member is None or member.connection == LOST:
                return
            self._members[client] = replace(member, connection=LOST)
        self._roster_changed()

    def _roster_changed(self) -> None:
        self.post(self.rosterChanged.emit)
