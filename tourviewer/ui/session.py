"""The tour session: the one object that owns the current tour, stop and language.

Every panel (gallery, map, narration, stop list, notes, presenter) takes the
session in its constructor, listens to its signals and changes state only by
calling it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal, Slot

from tourviewer.core.loader import LoadResult
from tourviewer.core.model import Stop, Tour
from tourviewer.core.store import Store
from tourviewer.core.text import LocalizedText


class TourSession(QObject):
    tourChanged = Signal()  # a tour was opened, at `index`: panels show it whole
    stopChanged = Signal(int)  # moved to another stop of the same tour
    languageChanged = Signal(str)
    visitedChanged = Signal()

    def __init__(self, store: Store | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self.store = store
        self.result: LoadResult | None = None
        self.index = 0
        self.language = "en"
        self.visited: set[str] = set()

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

    def media_path(self, written: str | None) -> Path | None:
        if not written or self.result is None:
            return None
        return self.result.media_path(written)

    def stop_at(self, index: int) -> Stop | None:
        tour = self.tour
        return tour.stops[index] if tour and 0 <= index < len(tour.stops) else None

    # -- changing it -----------------------------------------------------------
    def open(self, result: LoadResult) -> None:
        """Show `result`'s tour, at the stop and in the language where it was left."""
        self.result = result
        tour = result.tour
        self.index = 0
        if tour is None:
            self.tourChanged.emit()
            return
        self.language = tour.default_language
        self.visited = set()
        if self.store is not None:
            self.visited = self.store.visited(tour.id)
            saved = self.store.position(tour.id)
            if saved.language in tour.languages:
                self.language = saved.language
            if saved.stop_id is not None:
                self.index = tour.stop_index(saved.stop_id) or 0
        self._arrived(announce=False)  # tourChanged says where the tour opens
        self.tourChanged.emit()

    def go_to(self, index: int) -> None:
        if not self.count:
            return
        index = max(0, min(index, self.count - 1))
        if index == self.index:
            return
        self.index = index
        self._arrived()

    def go_to_id(self, stop_id: str) -> None:
        tour = self.tour
        found = tour.stop_index(stop_id) if tour else None
        if found is not None:
            self.go_to(found)

    @Slot()
    def next(self) -> None:
        self.go_to(self.index + 1)

    @Slot()
    def previous(self) -> None:
        self.go_to(self.index - 1)

    @Slot()
    def first(self) -> None:
        self.go_to(0)

    @Slot()
    def last(self) -> None:
        self.go_to(self.count - 1)

    def set_language(self, language: str) -> None:
        tour = self.tour
        if tour is None or language not in tour.languages or language == self.language:
            return
        self.language = language
        self._save()
        self.languageChanged.emit(language)

    def _arrived(self, announce: bool = True) -> None:
        stop = self.stop
        if stop is None:
            return
        if stop.id not in self.visited:
            self.visited.add(stop.id)
            if self.store is not None and self.tour is not None:
                self.store.mark_visited(self.tour.id, stop.id)
            if announce:
                self.visitedChanged.emit()
        self._save()
        if announce:
            self.stopChanged.emit(self.index)

    def _save(self) -> None:
        tour, stop = self.tour, self.stop
        if self.store is not None and tour is not None and stop is not None:
            self.store.save_position(tour.id, stop.id, self.language)
