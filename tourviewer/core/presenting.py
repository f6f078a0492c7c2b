"""Presenting a tour: the state shared by the audience window and the presenter console, without Qt.

The console drives the tour session (`console`). The audience window follows its
own session (`audience`), which mirrors the console's stop and language unless
the presenter has frozen it to look ahead. The audience can also be blanked to
black or white. Time is read from an injectable clock so tests can drive it.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

from tourviewer.core.loader import LoadResult
from tourviewer.core.session import TourSession
from tourviewer.core.signals import Signal

SHOWING, BLACK, WHITE = "showing", "black", "white"


@dataclass(frozen=True)
class Timing:
    """How the time is going, in seconds."""

    at_stop: float  # since arriving at the current stop
    total: float  # since presenting began
    planned_stop: float | None  # the current stop's `minutes`, in seconds
    planned_until_here: float  # planned time of the stops before the furthest one reached
    planned_total: float  # planned time from the stop presenting began at to the end
    at_furthest: float | None = None  # since arriving at the furthest stop reached (None: it is this one)
    planned_furthest: float | None = None  # that stop's `minutes`, in seconds (None: this one's)
    furthest: int | None = None  # its index, when the presenter went back from it

    @property
    def planned_by_end_of_furthest(self) -> float:
        """Planned time to the end of the furthest stop reached."""
        planned = self.planned_furthest if self.furthest is not None else self.planned_stop
        return self.planned_until_here + (planned or 0.0)

    @property
    def behind(self) -> float:
        """Seconds behind plan (negative: ahead).

        The plan puts you at the furthest stop reached after the stops before it: going back to
        show a stop again does not make you look behind (or ahead) of where you have been.
        """
        if self.furthest is None:
            at, planned = self.at_stop, self.planned_stop
        else:
            at, planned = self.at_furthest or 0.0, self.planned_furthest
        return self.total - self.planned_until_here - min(at, planned or at)


class Presentation:
    def __init__(
        self,
        result: LoadResult,
        start_index: int = 0,
        language: str | None = None,
        clock: Callable[[], float] = time.monotonic,
    ):
        self.audienceChanged = Signal("audienceChanged")  # the audience shows another stop, or another screen state
        self.stateChanged = Signal("stateChanged")  # frozen, blank, number being typed, timing reset
        self.ended = Signal("ended")
        self.clock = clock
        self.console = TourSession()
        self.audience = TourSession()
        start = result.tour.stops[start_index].id if result.tour and 0 <= start_index < len(result.tour.stops) else None
        self.console.open(result, at=start, language=language)
        self.audience.open(result, at=start, language=language)
        self.start_index = self.console.index  # the plan counts from where presenting began
        self.furthest = self.start_index  # the furthest stop reached: the pace is measured there
        self.picture = 0  # the picture of the console's stop that the room is shown
        self.audience_picture = 0
        self.frozen = False
        self.screen = SHOWING
        self.number = ""  # digits typed for "go to stop N"
        self.ending = False  # Esc was pressed once: a second Esc ends presenting
        self.notice = ""  # a short word to the presenter, e.g. why a key did nothing
        self.started_at = clock()
        self.arrived_at = self.furthest_arrived_at = self.started_at
        self.console.stopChanged.connect(self._on_console_moved)
        self.console.languageChanged.connect(self._on_language_changed)

    # -- what the audience sees --------------------------------------------------
    def toggle_freeze(self) -> None:
        self.frozen = not self.frozen
        if not self.frozen:
            self._audience_catches_up()
        self.stateChanged.emit()

    def set_screen(self, state: str) -> None:
        """Blank the audience window to BLACK or WHITE; the same state again shows the tour."""
        self.screen = SHOWING if self.screen == state else state
        self.stateChanged.emit()
        self.audienceChanged.emit()

    # -- the stop's pictures ----------------------------------------------------------
    def picture_count(self) -> int:
        stop = self.console.stop
        return len(stop.images) if stop else 0

    def choose_picture(self, index: int) -> bool:
        """Show the console stop's picture `index` (0 is the main one); False when it has none such."""
        if not 0 <= index < self.picture_count() or index == self.picture:
            return False
        self.picture = index
        if not self.frozen:
            self._audience_catches_up()
        self.stateChanged.emit()
        return True

    def step_picture(self, step: int) -> bool:
        """`]` and `[`: the stop's next or previous picture; False at either end."""
        return self.choose_picture(self.picture + step)

    # -- going to a stop by number --------------------------------------------------
    def type_digit(self, digit: str) -> None:
        self.number = (self.number + digit)[-4:]
        self.stateChanged.emit()

    def go_to_number(self) -> bool:
        """Go to the stop whose number was typed; False when none was or it does not exist."""
        number, self.number = self.number, ""
        self.stateChanged.emit()
        if not number or not 1 <= int(number) <= self.console.count:
            return False
        self.console.go_to(int(number) - 1)
        return True

    def clear_number(self) -> None:
        if self.number:
            self.number = ""
            self.stateChanged.emit()

    # -- time ---------------------------------------------------------------------------
    def timing(self) -> Timing:
        now = self.clock()
        tour = self.console.tour
        minutes = [s.minutes or 0.0 for s in tour.stops] if tour else []
        current = self.console.stop
        back = self.furthest > self.console.index
        return Timing(
            at_stop=now - self.arrived_at,
            total=now - self.started_at,
            planned_stop=current.minutes * 60 if current and current.minutes else None,
            planned_until_here=sum(minutes[self.start_index : max(self.furthest, self.console.index)]) * 60,
            planned_total=sum(minutes[self.start_index :]) * 60,
            at_furthest=now - self.furthest_arrived_at if back else None,
            planned_furthest=(minutes[self.furthest] * 60 or None) if back else None,
            furthest=self.furthest if back else None,
        )

    def restart_timing(self) -> None:
        """Time starts again from now, and the plan from the current stop."""
        self.started_at = self.arrived_at = self.furthest_arrived_at = self.clock()
        self.start_index = self.furthest = self.console.index
        self.stateChanged.emit()

    def end(self) -> None:
        self.ended.emit()

    def request_end(self) -> None:
        """Esc: the first press asks, a second one ends presenting."""
        if self.ending:
            self.end()
            return
        self.ending = True
        self.stateChanged.emit()

    def say(self, notice: str) -> None:
        """Tell the presenter something on the console until the next key: English text marked with
        QT_TRANSLATE_NOOP in the context "Presenter", which the console translates."""
        self.notice = notice
        self.stateChanged.emit()

    def key_pressed(self) -> None:
        """Any other presenter key: Esc no longer waits for a second press, and a notice is read."""
        if self.ending or self.notice:
            self.ending, self.notice = False, ""
            self.stateChanged.emit()

    # -- following the console -------------------------------------------------------------
    def _on_console_moved(self, index: int) -> None:
        self.arrived_at = self.clock()
        if index > self.furthest:
            self.furthest, self.furthest_arrived_at = index, self.arrived_at
        self.picture = 0
        if not self.frozen:
            self._audience_catches_up()
        self.stateChanged.emit()

    def _on_language_changed(self, language: str) -> None:
        self.audience.set_language(language)
        self.audienceChanged.emit()

    def _audience_catches_up(self) -> None:
        moved = self.audience.index != self.console.index
        if moved or self.audience_picture != self.picture:
            self.audience_picture = self.picture
            if moved:
                self.audience.go_to(self.console.index)
            self.audienceChanged.emit()
