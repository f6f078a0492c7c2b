"""The numbered list of stops with visited marks and note marks; choosing one goes there.

`StopListModel` shows the session's stops as rows: number and title in the
current language, a filled dot once visited, and which stop is current. It
follows the session and tells its views only what changed: a move to another
stop changes two rows (the one left and the one reached, now visited too), a
language all labels, a new tour everything. `StopList` is the view; the
current stop is its current, selected row. Which stops have a note the model
is told (`set_noted`): a small page beside the dot marks them (`NOTED_ROLE`).
"""

from __future__ import annotations

from collections.abc import Sequence

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
from tourviewer.ui.i18n import QT_TRANSLATE_NOOP, Retranslating, translate
from tourviewer.ui.style import good_colour
from tourviewer.ui.wording import said

VISITED_ROLE = Qt.ItemDataRole.UserRole + 1
CURRENT_ROLE = Qt.ItemDataRole.UserRole + 2
STOP_ID_ROLE = Qt.ItemDataRole.UserRole + 3
NOTED_ROLE = Qt.ItemDataRole.UserRole + 4  # True when the participant has a note on the stop
_MARK_ROLES = [
    Qt.ItemDataRole.DecorationRole,
    Qt.ItemDataRole.ToolTipRole,
    Qt.ItemDataRole.AccessibleDescriptionRole,
    VISITED_ROLE,
    CURRENT_ROLE,
    NOTED_ROLE,
]
_MARK_ROLE_VALUES = frozenset(int(role) for role in _MARK_ROLES)  # none changes a row's size
_DISPLAY, _DECORATION, _TOOLTIP, _DESCRIPTION = (
    int(role)
    for role in (
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.DecorationRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.AccessibleDescriptionRole,
    )
)
_ANSWERED_ROLES = _MARK_ROLE_VALUES | {_DISPLAY, int(STOP_ID_ROLE)}  # the roles `StopListModel.data` answers
MARK = QSize(30, 14)
# what a row's mark means, by (visited, noted): its accessible description; the tooltip begins with a capital
_STATES = {
    (False, False): QT_TRANSLATE_NOOP("StopListModel", "not visited yet"),
    (True, False): QT_TRANSLATE_NOOP("StopListModel", "visited"),
    (False, True): QT_TRANSLATE_NOOP("StopListModel", "not visited yet, has a note"),
    (True, True): QT_TRANSLATE_NOOP("StopListModel", "visited, has a note"),
}


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
        painter.setPen(QColor("#8ab4f8" if colour.lightness() > 128 else "#1565c0"))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(17, 1, 10, 12)
        for y in (4, 7, 10):
            painter.drawLine(19, y, 25, y)
    painter.end()
    return QIcon(pixmap)


class StopListModel(QAbstractListModel):
    """The session's stops, one row each, following the session."""

    def __init__(self, session: TourSession, parent: QObject | None = None, colour: QColor | None = None):
        super().__init__(parent)
        self.session = session
        self._icons = {(v, n): _mark(v, n, colour) for v in (False, True) for n in (False, True)}
        self.noted: frozenset[str] = frozenset()  # the stops with a note, as told by `set_noted`
        self._shown_visited: set[str] = set()  # what the rows say now, to find the rows a change touches
        self._shown_current = -1
        self._ids: list[str] = []
        self._labels: list[str] = []
        session.tourChanged.connect(self._on_tour_changed)
        session.stopChanged.connect(self._on_stop_changed)
        session.visitedChanged.connect(self._on_visited_changed)
        session.languageChanged.connect(self._on_language_changed)
        self._remember()
        self._read_rows()

    def label(self, row: int) -> str:
        stop = self.session.stop_at(row)
        return f"{row + 1}. {self.session.text(stop.title)}" if stop is not None else ""

    # -- QAbstractListModel ------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._ids)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        # Asked for every row and role whenever the view lays its wrapped rows out again
        # (eight roles a row, 300 rows in a long tour): answered from lists kept per tour and
        # language, with the roles compared as numbers (`Qt.ItemDataRole.X` is looked up anew each time).
        if role not in _ANSWERED_ROLES:
            return None
        row = index.row()
        if not 0 <= row < len(self._ids):
            return None
        if role == _DISPLAY:
            return self._labels[row]
        stop_id = self._ids[row]
        if role == _DECORATION:
            return self._icons[(stop_id in self.session.visited, stop_id in self.noted)]
        if role == _TOOLTIP or role == _DESCRIPTION:
            visited, noted = stop_id in self.session.visited, stop_id in self.noted
            state = said("StopListModel", _STATES[(visited, noted)])
            return state[:1].upper() + state[1:] if role == _TOOLTIP else state
        if role == VISITED_ROLE:
            return stop_id in self.session.visited
        if role == NOTED_ROLE:
            return stop_id in self.noted
        if role == CURRENT_ROLE:
            return row == self.session.index
        if role == STOP_ID_ROLE:
            return stop_id
        return None

    def _read_rows(self) -> None:
        """The stops' ids and labels, for the tour and language now."""
        tour = self.session.tour
        self._ids = [stop.id for stop in tour.stops] if tour is not None else []
        self._labels = [self.label(row) for row in range(len(self._ids))]

    def set_noted(self, stop_ids: set[str] | frozenset[str]) -> None:
        """Mark the stops in `stop_ids` as having a note (and no others); only the rows that change are told."""
        tour = self.session.tour
        changed = frozenset(stop_ids) ^ self.noted
        self.noted = frozenset(stop_ids)
        rows = {tour.stop_index(i) for i in changed} if tour is not None else set()
        self._announce({r for r in rows if r is not None}, _MARK_ROLES)

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
        self._read_rows()
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

    def retranslated(self) -> None:
        """The interface language changed: the rows' tooltips and descriptions are asked for again."""
        if self.rowCount():
            roles = [Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleDescriptionRole]
            self.dataChanged.emit(self.index(0), self.index(self.rowCount() - 1), roles)

    @Slot(str)
    def _on_language_changed(self, language: str) -> None:
        self._read_rows()
        if self.rowCount():
            self.dataChanged.emit(self.index(0), self.index(self.rowCount() - 1), [Qt.ItemDataRole.DisplayRole])


class StopList(Retranslating, QListView):
    """Numbered stops; a filled dot marks the visited ones, a small page those with a note. Choosing one
    (click or keys) goes there."""

    def __init__(self, session: TourSession, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.stops = StopListModel(session, self, good_colour(self.palette()))
        self.setModel(self.stops)
        self.setIconSize(MARK)
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
        self.retranslate()

    def retranslate(self) -> None:
        self.setAccessibleName(translate("StopList", "Stops"))
        self.stops.retranslated()

    def dataChanged(  # noqa: N802 (Qt's name)
        self,
        topLeft: QModelIndex | QPersistentModelIndex,  # noqa: N803
        bottomRight: QModelIndex | QPersistentModelIndex,  # noqa: N803
        roles: Sequence[int] = (),
    ) -> None:
        """A change of marks repaints its rows; any other change lays the list out again.

        A word-wrapped list lays every row out again on any change, asking each row
        for its data: on each Next, for the two rows whose marks changed. Marks never
        change a row's size, so those rows are only repainted (and told to
        assistive technology, as the item view does).
        """
        if roles and all(int(role) in _MARK_ROLE_VALUES for role in roles):
            QAbstractItemView.dataChanged(self, topLeft, bottomRight, roles)
        else:
            super().dataChanged(topLeft, bottomRight, roles)

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
