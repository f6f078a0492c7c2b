"""A participant's side: apply the facilitator's signed state to the participant's own tour session.

The follower keeps the participant's language and notes; it moves the session
to the stop the audience sees. A stop id the participant's tour lacks (another
version of the tour) is skipped and said in `note`. Moves the participant makes
themselves turn following off ("exploring") rather than fighting the session;
`back()` returns to where the facilitator is. The picture of the stop shown
travels too (`pictureChanged`, clamped to the pictures the participant's stop
has); choosing another picture while following is exploring, as a move is.
Nothing here touches the network.
"""

from __future__ import annotations

import logging

from tourviewer.core.guide.invitation import Invitation
from tourviewer.core.guide.protocol import EXPLORE, Message, State, Verifier
from tourviewer.core.said import Said
from tourviewer.core.session import TourSession
from tourviewer.core.signals import Signal
from tourviewer.core.words import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)

CONNECTING, CONNECTED, LOST, REFUSED, ENDED = "connecting", "connected", "lost", "refused", "ended"


class Follower:
    def __init__(self, session: TourSession, invitation: Invitation):
        self.session = session
        self.invitation = invitation
        self.verifier = Verifier(invitation.key)
        self.state: State | None = None  # the last state accepted (applied or not)
        self.following = True
        self.connection = CONNECTING
        self.note = ""  # what the bar says beside the stop: a skipped stop, a refusal (`Said`, context "Guide")
        self.handover_allowed = False
        self._recall = -1
        self._applying = False
        self._at: str | None = None  # the stop last followed to
        self.picture = 0  # the picture last followed to, within the participant's stop
        self.moved = Signal("moved")  # (stop_id, language): a move was followed
        self.changed = Signal("changed")  # following, connection, note or pause changed: the bar redraws
        self.presenceChanged = Signal("presenceChanged")  # following or language changed: tell the facilitator
        self.ended = Signal("ended")
        self.directionChanged = Signal("directionChanged")  # (yaw, pitch): turn the stop's panorama so
        self.pictureChanged = Signal("pictureChanged")  # (index): show this picture of the stop
        session.stopChanged.connect(self._on_stop_changed)
        session.languageChanged.connect(self._on_language_changed)
        session.tourChanged.connect(self._on_tour_opened)

    # -- what the bar shows -------------------------------------------------------------
    @property
    def facilitator(self) -> str:
        return self.state.facilitator if self.state else self.invitation.name

    @property
    def paused(self) -> bool:
        return bool(self.following and self.state and self.state.paused and not self.state.ended)

    @property
    def has_tour(self) -> bool:
        tour = self.session.tour
        return tour is not None and tour.id == self.invitation.tour

    # -- from the network -----------------------------------------------------------------
    def receive(self, message: Message) -> bool:
        """Take a `state` message; True when it was accepted (signed, this session, newer)."""
        if message.type != "state":
            return False
        state = self.verifier.state(message)
        if state is None:
            return False
        if state.session != self.invitation.session:
            log.warning("guide: refused a state of another session")
            return False
        if self.state is not None and state.seq <= self.state.seq:
            log.info("guide: ignored state %d (already at %d)", state.seq, self.state.seq)
            return False
        self.state = state
        if state.ended:
            self.set_connection(ENDED)
            self.ended.emit()
            return True
        if state.recall > self._recall:
            if self._recall >= 0 and not self.following:
                self.following = True
                self.presenceChanged.emit()
            self._recall = state.recall
        if self.following and state.mode != EXPLORE:
            self._apply(state)
        self.changed.emit()
        return True

    def set_connection(self, connection: str, note: str | None = None) -> None:
        if (connection == self.connection and note is None) or (self.connection == ENDED and connection != ENDED):
            return
        self.connection = connection
        if note is not None:
            self.note = note
        self.changed.emit()

    # -- the participant ----------------------------------------------------------------------
    def explore(self) -> None:
        """Explore on my own: stay where I am whatever the facilitator does."""
        if self.following:
            self.following = False
            self.changed.emit()
            self.presenceChanged.emit()

    def back(self) -> None:
        """Back to the facilitator: follow again, and go where the session is now."""
        was = self.following
        self.following = True
        if self.state is not None and self.state.mode != EXPLORE and not self.state.ended:
            self._apply(self.state)
        self.changed.emit()
        if not was:
            self.presenceChanged.emit()

    def picture_chosen(self, index: int) -> None:
        """The participant's gallery shows picture `index`: another one than followed is exploring."""
        if self.following and not self._applying and index != self.picture:
            self.explore()

    def stop(self) -> None:
        """No longer follow (the participant left the session): the session stays where it is."""
        self.session.stopChanged.disconnect(self._on_stop_changed)
        self.session.languageChanged.disconnect(self._on_language_changed)
        self.session.tourChanged.disconnect(self._on_tour_opened)

    # -- applying ---------------------------------------------------------------------------------
    def _apply(self, state: State) -> None:
        if not self.has_tour:
            return
        self._applying = True
        try:
            found = self.session.go_to_id(state.stop)
        finally:
            self._applying = False
        if found:
            self.note = ""
            if state.stop != self._at:  # a blank screen or a turn of the panorama is not a move
                self._at = state.stop
                self.moved.emit(state.stop, self.session.language)
            self._show_picture(state.picture)
            self.directionChanged.emit(state.yaw, state.pitch)
        else:
            self.note = Said(
                QT_TRANSLATE_NOOP("Guide", "Stop '{0}' is not in your copy of the tour: skipped"), state.stop
            )
            log.info("guide: skipped stop %r, not in this tour", state.stop)

    def _show_picture(self, picture: int) -> None:
        """The picture from the network, clamped to the pictures this copy of the stop has."""
        stop = self.session.stop
        count = len(stop.images) if stop is not None else 0
        self.picture = min(max(picture, 0), max(count - 1, 0))
        if self.picture != picture:
            log.info("guide: picture %d of a stop with %d; showing %d", picture, count, self.picture)
        self._applying = True
        try:
            self.pictureChanged.emit(self.picture)
        finally:
            self._applying = False

    def _on_stop_changed(self, index: int) -> None:
        if self._applying:
            return
        self._at = None  # the participant moved: going back to the facilitator is a move again
        if not self.following:
            return
        stop = self.session.stop
        if self.state is not None and stop is not None and stop.id == self.state.stop:
            return
        self.explore()  # the participant's own key or click

    def _on_tour_opened(self) -> None:
        """The participant's copy of the tour opened (found, or handed over): go where the session is."""
        if self.following and self.state is not None and self.state.mode != EXPLORE and not self.state.ended:
            self._apply(self.state)
            self.changed.emit()

    def _on_language_changed(self, language: str) -> None:
        self.presenceChanged.emit()
