"""The tour session: the one object that owns the current tour, stop and language.

Every panel (gallery, map, narration, stop list, notes, presenter) takes the
session in its constructor, listens to its signals and changes state only by
calling it. It has no Qt: a guided session can drive it from the network and
tests drive it without a display. Where the participant goes is handed to a
`ProgressKeeper` (the notebook), which writes it off the caller's thread.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol

from tourviewer.core.loader import LoadResult
from tourviewer.core.model import Stop, Tour
from tourviewer.core.package import TourPath
from tourviewer.core.signals import Signal
from tourviewer.core.text import LocalizedText


class ProgressKeeper(Protocol):
    """Where the session's moves are kept; both calls return at once."""

    def mark_visited(self, tour_id: str, stop_id: str) -> None: ...

    def save_position(self, tour_id: str, stop_id: str, language: str) -> None: ...


class TourSession:
    def __init__(self, progress: ProgressKeeper | None = None):
        self.progress = progress
        self.result: LoadResult | None = None
        self.index = 0
        self.language = "en"
        self.visited: set[str] = set()
        self.tourChanged = Signal("tourChanged")  # a tour was opened, at `index`: panels show it whole
        self.stopChanged = Signal("stopChanged")  # (index) moved to another stop of the same tour
        self.languageChanged = Signal("languageChanged")  # (language)
        self.visitedChanged = Signal("visitedChanged")
        self.leaving = Signal("leaving")  # about to leave the stop or the tour: what belongs to it is kept now

    # -- state ---------------------------------------------------------------
    @property
    def tour(self) -> Tour | None:
        return self.result.tour if self.result else None

    @property
    def stop(self) -> Stop | None:
        tour = self.tour
        return tour.stops[self.index] if tour else None

    @property
    def count(self) -> int:
        tour = self.tour
        return len(tour.stops) if tour else 0

    def text(self, value: LocalizedText | None) -> str:
        tour = self.tour
        return tour.text(value, self.language) if tour else ""

    def recording(self, stop: Stop | None) -> tuple[str, str]:
        """`stop`'s narration recording and its transcript, as the tour names them, in the session's language.

        Only that language's own files: a recording in another language is no
        stand-in, so a stop without one in this language offers Read aloud
        instead ("" for a missing file). A plain path serves every language.
        """
        if stop is None:
            return "", ""
        return (
            stop.audio.own(self.language) if stop.audio else "",
            stop.transcript.own(self.language) if stop.transcript else "",
        )

    def media_path(self, written: str | None) -> TourPath | None:
        """The file a tour path names: a `Path` in a folder, or an entry of a package read in place."""
        if not written or self.result is None:
            return None
        return self.result.media_path(written)

    def stop_at(self, index: int) -> Stop | None:
        tour = self.tour
        return tour.stops[index] if tour and 0 <= index < len(tour.stops) else None

    # -- changing it -----------------------------------------------------------
    def open(
        self,
        result: LoadResult,
        at: str | None = None,
        language: str | None = None,
        visited: Iterable[str] = (),
    ) -> None:
        """Show `result`'s tour at stop `at` (else the first) in `language` (else the tour's default).

        One `tourChanged` says where the tour opens; `visited` are the stops seen before.
        """
        if self.result is not None:
            self.leaving.emit()
        self.result = result
        tour = result.tour
        self.index = 0
        if tour is None:
            self.tourChanged.emit()
            return
        self.language = language if language in tour.languages else tour.default_language
        self.visited = set(visited)
        if at is not None:
            self.index = tour.stop_index(at) or 0
        self._arrived(announce=False)
        self.tourChanged.emit()

    def leave(self) -> None:
        """The participant leaves the tour (for the library, or to quit): keep what belongs to it."""
        if self.tour is not None:
            self.leaving.emit()

    def go_to(self, index: int) -> None:
        if not self.count:
            return
        index = max(0, min(index, self.count - 1))
        if index == self.index:
            return
        self.leaving.emit()
        self.index = index
        self._arrived()

    def go_to_id(self, stop_id: str) -> bool:
        """Go to the stop with this id; False when the tour has none."""
        tour = self.tour
        found = tour.stop_index(stop_id) if tour else None
        if found is None:
            return False
        self.go_to(found)
        return True

    def next(self) -> None:
        self.go_to(self.index + 1)

    def previous(self) -> None:
        self.go_to(self.index - 1)

    def first(self) -> None:
        self.go_to(0)

    def last(self) -> None:
        self.go_to(self.count - 1)

    def set_language(self, language: str) -> None:
        tour = self.tour
        if tour is None or language not in tour.languages or language == self.language:
            return
        self.language = language
        self._keep_position()
        self.languageChanged.emit(language)

    def _arrived(self, announce: bool = True) -> None:
        stop, tour = self.stop, self.tour
        if stop is None or tour is None:
            return
        if stop.id not in self.visited:
            self.visited.add(stop.id)
            if self.progress is not None:
                self.progress.mark_visited(tour.id, stop.id)
            if announce:
                self.visitedChanged.emit()
        self._keep_position()
        if announce:
            self.stopChanged.emit(self.index)

    def _keep_position(self) -> None:
        tour, stop = self.tour, self.stop
        if self.progress is not None and tour is not None and stop is not None:
            self.progress.save_position(tour.id, stop.id, self.language)
