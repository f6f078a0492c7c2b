"""The numbered list of stops with visited marks and note marks; choosing one goes there."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Slot
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from tourviewer.core.session import TourSession
from tourviewer.ui.style import good_colour

VISITED_ROLE = Qt.ItemDataRole.UserRole + 1
NOTED_ROLE = Qt.ItemDataRole.UserRole + 2  # True when the participant has a note on the stop
MARK = QSize(30, 14)


def _mark(visited: bool, noted: bool = False, colour: QColor | None = None) -> QIcon:
    """A filled dot for a visited stop, an empty ring for one not visited yet; a small page when it has a note."""
    pixmap = QPixmap(MARK)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    colour = colour or QColor("#2e7d32")
    painter.setPen(colour)
    if visited:
        painter.setBrush(colour)
    painter.drawEllipse(2, 2, 10, 10)
    if noted:  # a page with three lines of writing
        page = QColor("#8ab4f8" if colour.lightness() > 128 else "#1565c0")
        painter.setPen(page)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(17, 1, 10, 12)
        for y in (4, 7, 10):
            painter.drawLine(19, y, 25, y)
    painter.end()
    return QIcon(pixmap)


class StopList(QListWidget):
    """Numbered stops; a filled dot marks the visited ones, a small page those with a note.

    Which stops have a note is told by `set_noted` (the list reads no notes itself).
    """

    def __init__(self, session: TourSession, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.setAccessibleName("Stops")
        self.setWordWrap(True)
        self.setMinimumWidth(180)
        self.setSpacing(2)
        self.setIconSize(MARK)
        green = good_colour(self.palette())
        self._icons = {(v, n): _mark(v, n, green) for v in (False, True) for n in (False, True)}
        self.noted: set[str] = set()
        self.currentRowChanged.connect(self._on_row_changed)
        session.tourChanged.connect(self._on_tour_changed)
        session.stopChanged.connect(self._on_stop_changed)
        session.visitedChanged.connect(self._on_visited_changed)
        session.languageChanged.connect(self._on_labels_changed)
        if session.tour is not None:  # a tour opened before this list was made
            self._on_tour_changed()

    def label(self, index: int) -> str:
        stop = self.session.stop_at(index)
        if stop is None:
            return ""
        return f"{index + 1}. {self.session.text(stop.title)}"

    @Slot()
    def _on_tour_changed(self) -> None:
        self.blockSignals(True)
        self.clear()
        for index in range(self.session.count):
            self.addItem(QListWidgetItem(self.label(index)))
        self._on_labels_changed()
        self.setCurrentRow(self.session.index)
        self.blockSignals(False)

    @Slot()
    def _on_labels_changed(self, *_: object) -> None:
        for index in range(self.count()):
            self._update_item(index)

    @Slot()
    def _on_visited_changed(self) -> None:
        self._update_item(self.session.index)  # only the stop just reached changes

    def _update_item(self, index: int) -> None:
        item = self.item(index)
        if item is not None:
            item.setText(self.label(index))
            stop = self.session.stop_at(index)
            visited = stop is not None and stop.id in self.session.visited
            noted = stop is not None and stop.id in self.noted
            item.setData(VISITED_ROLE, visited)
            item.setData(NOTED_ROLE, noted)
            item.setIcon(self._icons[(visited, noted)])
            state = "visited" if visited else "not visited yet"
            if noted:
                state += ", has a note"
            item.setToolTip(state[0].upper() + state[1:])
            item.setData(Qt.ItemDataRole.AccessibleDescriptionRole, state)

    def set_noted(self, stop_ids: set[str]) -> None:
        """Mark the stops in `stop_ids` as having a note (and no others)."""
        changed = stop_ids ^ self.noted
        self.noted = set(stop_ids)
        tour = self.session.tour
        for index, stop in enumerate(tour.stops if tour else []):
            if stop.id in changed:
                self._update_item(index)

    @Slot(int)
    def _on_stop_changed(self, index: int) -> None:
        self.blockSignals(True)
        self.setCurrentRow(index)
        self.blockSignals(False)

    @Slot(int)
    def _on_row_changed(self, row: int) -> None:
        if row >= 0:
            self.session.go_to(row)
