"""The numbered list of stops with visited marks; choosing one goes there."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Slot
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from tourviewer.core.session import TourSession

VISITED_ROLE = Qt.ItemDataRole.UserRole + 1


def _mark(visited: bool) -> QIcon:
    """A filled dot for a visited stop, an empty ring for one not visited yet."""
    pixmap = QPixmap(QSize(14, 14))
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    colour = QColor("#2e7d32")
    painter.setPen(colour)
    if visited:
        painter.setBrush(colour)
    painter.drawEllipse(2, 2, 10, 10)
    painter.end()
    return QIcon(pixmap)


class StopList(QListWidget):
    """Numbered stops; a filled dot marks the visited ones."""

    def __init__(self, session: TourSession, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.setAccessibleName("Stops")
        self.setWordWrap(True)
        self.setMinimumWidth(180)
        self.setSpacing(2)
        self._visited_icon, self._new_icon = _mark(True), _mark(False)
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
            item.setData(VISITED_ROLE, visited)
            item.setIcon(self._visited_icon if visited else self._new_icon)
            item.setToolTip("Visited" if visited else "Not visited yet")
            item.setData(Qt.ItemDataRole.AccessibleDescriptionRole, "visited" if visited else "not visited yet")

    @Slot(int)
    def _on_stop_changed(self, index: int) -> None:
        self.blockSignals(True)
        self.setCurrentRow(index)
        self.blockSignals(False)

    @Slot(int)
    def _on_row_changed(self, row: int) -> None:
        if row >= 0:
            self.session.go_to(row)
