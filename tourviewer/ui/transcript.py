"""The transcript of a recording: one line per cue, the one being spoken marked, a click plays from there.

`TranscriptModel` holds the cues and which one is current; moving to another cue
changes two rows (the one left and the one reached), and only those are
announced to the view. `TranscriptView` shows the model and says which cue was
chosen.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette, QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QListView, QWidget

from tourviewer.core.vtt import Cue
from tourviewer.ui.audio import format_time
from tourviewer.ui.i18n import QT_TRANSLATE_NOOP, Retranslating, translate
from tourviewer.ui.wording import said

CUE_ROLE = Qt.ItemDataRole.UserRole  # the cue's index
CURRENT_ROLE = Qt.ItemDataRole.UserRole + 1  # whether it is the cue being spoken
NOW_PLAYING = QT_TRANSLATE_NOOP("TranscriptModel", "now playing")
_MARKED = (Qt.ItemDataRole.FontRole, Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.AccessibleDescriptionRole)
# the roles a line answers, as numbers: the view asks every line for each of its roles whenever it lays them out
_DISPLAY, _TOOLTIP, _FONT, _BACKGROUND, _DESCRIPTION = (
    int(role) for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, *_MARKED)
)
_CUE, _CURRENT = int(CUE_ROLE), int(CURRENT_ROLE)
_ANSWERED_ROLES = frozenset({_DISPLAY, _TOOLTIP, _FONT, _BACKGROUND, _DESCRIPTION, _CUE, _CURRENT})


def _bold() -> QFont:
    # Only the weight is set: the view resolves the rest against its own font, so the size follows the panel's.
    font = QFont()
    font.setWeight(QFont.Weight.Bold)
    return font


class TranscriptModel(QAbstractListModel):
    """The cues of one recording, and the one being spoken (-1 between cues)."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._cues: list[Cue] = []
        self._lines: list[str] = []  # each cue as shown: its time, then its words
        self._current = -1
        self._bold = _bold()

    def set_cues(self, cues: Sequence[Cue]) -> None:
        """Another recording's cues, none of them current."""
        self.beginResetModel()
        self._cues = list(cues)
        self._lines = [f"{format_time(cue.start_ms)}   {cue.text}" for cue in self._cues]
        self._current = -1
        self.endResetModel()

    def cues(self) -> list[Cue]:
        return list(self._cues)

    def current(self) -> int:
        return self._current

    def retranslated(self) -> None:
        """The interface language changed: every row's tooltip and description are asked for again."""
        if self._cues:
            self.dataChanged.emit(
                self.index(0),
                self.index(len(self._cues) - 1),
                [Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleDescriptionRole],
            )

    def set_current(self, index: int) -> None:
        """Mark cue `index` as the one being spoken (-1: none); only the rows that change are announced."""
        index = index if 0 <= index < len(self._cues) else -1
        if index == self._current:
            return
        before, self._current = self._current, index
        for row in (before, index):
            if row >= 0:
                changed = self.index(row)
                self.dataChanged.emit(changed, changed, [*_MARKED, CURRENT_ROLE])

    # -- QAbstractListModel ------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._cues)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role not in _ANSWERED_ROLES:
            return None
        row = index.row()
        if not 0 <= row < len(self._cues):
            return None
        current = row == self._current
        if role == _DISPLAY:
            return self._lines[row]
        if role == _TOOLTIP:
            return translate("TranscriptModel", "Play from {0}").format(format_time(self._cues[row].start_ms))
        if role == _CUE:
            return row
        if role == _CURRENT:
            return current
        if not current:
            return None
        if role == _FONT:
            return self._bold
        if role == _BACKGROUND:
            mark = QColor(QGuiApplication.palette().color(QPalette.ColorRole.Highlight))
            mark.setAlpha(60)
            return mark
        if role == _DESCRIPTION:
            return said("TranscriptModel", NOW_PLAYING)
        return None


class TranscriptView(Retranslating, QListView):
    """The transcript's lines, wrapped; a click or Enter on a line chooses its cue."""

    cueChosen = Signal(int)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.transcript = TranscriptModel(self)
        self.setModel(self.transcript)
        self.setWordWrap(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setSpacing(1)
        self.clicked.connect(self._on_line_chosen)
        self.activated.connect(self._on_line_chosen)
        self.retranslate()

    def retranslate(self) -> None:
        self.setAccessibleName(translate("TranscriptView", "Transcript"))
        self.transcript.retranslated()

    def show_cues(self, cues: Sequence[Cue], current: int = -1) -> None:
        if list(cues) == self.transcript.cues():  # the same recording again (or none again): nothing to lay out
            self.highlight(current)
            return
        self.transcript.set_cues(cues)
        self.highlight(current)
        self.fit_height()

    def highlight(self, index: int) -> None:
        """Mark cue `index` as spoken and scroll it into view."""
        self.transcript.set_current(index)
        current = self.transcript.current()
        if current >= 0:
            self.scrollTo(self.transcript.index(current), QAbstractItemView.ScrollHint.EnsureVisible)

    def fit_height(self) -> None:
        """As tall as its lines, up to about three of them; it scrolls beyond that.

        Never lower than its tallest line, so that a sentence wrapped in large type is seen whole.
        """
        self.doItemsLayout()  # the rows' heights for the font and width now, not the ones before
        line = self.fontMetrics().lineSpacing() + 2 * self.spacing() + 4
        model = self.transcript
        heights = [max(self.visualRect(model.index(r)).height(), line) for r in range(model.rowCount())]
        height = max(sum(heights[:3]), max(heights)) if heights else line
        self.setFixedHeight(height + 2 * self.frameWidth() + 2 * self.spacing() + 4)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width() and self.transcript.rowCount():
            QTimer.singleShot(0, self, self.fit_height)  # another width wraps the lines anew

    @Slot(QModelIndex)
    def _on_line_chosen(self, index: QModelIndex) -> None:
        if index.isValid():
            self.cueChosen.emit(index.row())
