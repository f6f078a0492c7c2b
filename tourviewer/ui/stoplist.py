"""The numbered list of stops with visited marks; choosing one goes there.

`StopListModel` shows the session's stops as rows: number and title in the
current language, a filled dot once visited, and which stop is current. It
follows the session and tells its views only what changed: a move to another
stop changes two rows (the one left and the one reached, now visited too), a
language all labels, a new tour everything. `StopList` is the view; the
current stop is its current, selected row.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractListModel,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    Qt,
    Slot,
)
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QAbstractItemView, QListView, QWidget

from tourviewer.core.session import TourSession

VISITED_ROLE = Qt.ItemDataRole.UserRole + 1
CURRENT_ROLE = Qt.ItemDataRole.UserRole + 2
STOP_ID_ROLE = Qt.ItemDataRole.UserRole + 3
_MARK_ROLES = [
    Qt.ItemDataRole.DecorationRole,
    Qt.ItemDataRole.ToolTipRole,
    Qt.ItemDataRole.AccessibleDescriptionRole,
    VISITED_ROLE,
    CURRENT_ROLE,
]


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


class StopListModel(QAbstractListModel):
    """The session's stops, one row each, following the session."""

    def __init__(self, session: TourSession, parent: QObject | None = None):
        super().__init__(parent)
        self.session = session
        self._visited_icon, self._new_icon = _mark(True), _mark(False)
        self._shown_visited: set[str] = set()  # what the rows say now, to find the rows a change touches
        self._shown_current = -1
        session.tourChanged.connect(self._on_tour_changed)
        session.stopChanged.connect(self._on_stop_changed)
        session.visitedChanged.connect(self._on_visited_changed)
        session.languageChanged.connect(self._on_language_changed)
        self._remember()

    def label(self, row: int) -> str:
        stop = self.session.stop_at(row)
        return f"{row + 1}. {self.session.text(stop.title)}" if stop is not None else ""

    # -- QAbstractListModel ------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else self.session.count

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        stop = self.session.stop_at(index.row()) if index.isValid() else None
        if stop is None:
            return None
        visited = stop.id in self.session.visited
        if role == Qt.ItemDataRole.DisplayRole:
            return self.label(index.row())
        if role == Qt.ItemDataRole.DecorationRole:
            return self._visited_icon if visited else self._new_icon
        if role == Qt.ItemDataRole.ToolTipRole:
            return "Visited" if visited else "Not visited yet"
        if role == Qt.ItemDataRole.AccessibleDescriptionRole:
            return "visited" if visited else "not visited yet"
        if role == VISITED_ROLE:
            return visited
        if role == CURRENT_ROLE:
            return index.row() == self.session.index
        if role == STOP_ID_ROLE:
            return stop.id
        return None

    # -- following the session -----------------------------------------------------------
    def _remember(self) -> None:
        self._shown_visited = set(self.session.visited)
        self._shown_current = self.session.index if self.session.count else -1

    def _announce(self, rows: set[int], roles: list[int]) -> None:
        for row in sorted(r for r in rows if 0 <= r < self.rowCount()):
            changed = self.index(row)
            self.dataChanged.emit(changed, changed, roles)

    def _changed_rows(self) -> set[int]:
        """The rows whose visited mark or current state differ from what they show."""
        tour = self.session.tour
        rows: set[int] = set()
        if tour is not None:
            for stop_id in self._shown_visited ^ self.session.visited:
                row = tour.stop_index(stop_id)
                if row is not None:
                    rows.add(row)
        if self._shown_current != self.session.index:
            rows |= {self._shown_current, self.session.index}
        return rows

    @Slot()
    def _on_tour_changed(self) -> None:
        self.beginResetModel()
        self._remember()
        self.endResetModel()

    @Slot(int)
    def _on_stop_changed(self, index: int) -> None:
        self._update_marks()

    @Slot()
    def _on_visited_changed(self) -> None:
        self._update_marks()

    def _update_marks(self) -> None:
        rows = self._changed_rows()
        self._remember()
        self._announce(rows, _MARK_ROLES)

    @Slot(str)
    def _on_language_changed(self, language: str) -> None:
        if self.rowCount():
            self.dataChanged.emit(self.index(0), self.index(self.rowCount() - 1), [Qt.ItemDataRole.DisplayRole])


class StopList(QListView):
    """Numbered stops; a filled dot marks the visited ones. Choosing one (click or keys) goes there."""

    def __init__(self, session: TourSession, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.stops = StopListModel(session, self)
        self.setModel(self.stops)
        self.setAccessibleName("Stops")
        self.setWordWrap(True)
        self.setMinimumWidth(180)
        self.setSpacing(2)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self._following = False
        self.selectionModel().currentRowChanged.connect(self._on_current_row_changed)
        self.stops.modelReset.connect(self._on_model_reset)
        session.stopChanged.connect(self._on_stop_changed)
        self._select_current()

    def current_row(self) -> int:
        """The row shown as current (the session's stop), or -1."""
        return self.currentIndex().row()

    def show_current(self) -> None:
        """Scroll so that the current stop is in view."""
        current = self.currentIndex()
        if current.isValid():
            self.scrollTo(current, QAbstractItemView.ScrollHint.EnsureVisible)

    @Slot()
    def _on_model_reset(self) -> None:
        self._select_current()

    @Slot(int)
    def _on_stop_changed(self, index: int) -> None:
        self._select_current()

    def _select_current(self) -> None:
        """Make the session's stop the current, selected row (without going anywhere)."""
        self._following = True
        try:
            if self.session.count:
                self.selectionModel().setCurrentIndex(
                    self.stops.index(self.session.index), QItemSelectionModel.SelectionFlag.ClearAndSelect
                )
            else:
                self.selectionModel().clear()
        finally:
            self._following = False

    @Slot(QModelIndex, QModelIndex)
    def _on_current_row_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        if not self._following and current.isValid():
            self.session.go_to(current.row())
