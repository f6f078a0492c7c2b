"""The participant's notes: one per stop and one for the whole tour, saved by themselves.

A note is saved at most a second after it changes (also while typing goes on),
at once when the session is leaving the stop or the tour, and before anything
reads the notebook (a list, a search, an export shows what was just typed).
Reads and writes go through the `Notebook`'s queue; the panel shows whether the
note is saved, and when it cannot be, why, keeping the text in the editor.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QTabBar,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from tourviewer.core.notebook import Changes, Notebook, NoteSaved
from tourviewer.core.session import TourSession
from tourviewer.core.store import TOUR_NOTE
from tourviewer.ui.i18n import Retranslating, translate
from tourviewer.ui.style import MARKDOWN, good_colour, problem_colour
from tourviewer.ui.wording import said

log = logging.getLogger(__name__)

SAVE_WITHIN_MS = 1000
RETRY_MS = 5000
STOP_SCOPE, TOUR_SCOPE = 0, 1


class NotesPanel(Retranslating, QWidget):
    """Follows the session: the note of the current stop, or of the whole tour.

    Tab and Shift+Tab leave the note for the next or previous control (a note is
    Markdown, where a tab character means nothing); Escape asks to give the
    keyboard back to the tour (`leaveRequested`).
    """

    leaveRequested = Signal()

    def __init__(self, session: TourSession, notebook: Notebook, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.notebook = notebook
        self._key: tuple[str, str] | None = None  # (tour, stop) whose note the editor holds
        self._dirty = False
        # text handed to the writer and not yet confirmed written, by (tour, stop): it is what the
        # editor shows for that note, so nothing typed disappears while the store cannot be written
        self._unsaved: dict[tuple[str, str], str] = {}
        self._problem: str | None = None  # why notes cannot be saved (the store's words)
        self._kept = False  # whether the problem came while saving, so what was typed stays in the editor
        self._build()
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(SAVE_WITHIN_MS)
        self._save_timer.timeout.connect(self.save_now)
        self._retry_timer = QTimer(self)
        self._retry_timer.setSingleShot(True)
        self._retry_timer.setInterval(RETRY_MS)
        self._retry_timer.timeout.connect(self._on_retry)
        notebook.changed.connect(self._on_notebook_changed)
        notebook.before_read.connect(self.save_now)
        session.leaving.connect(self.save_now)
        session.tourChanged.connect(self._on_place_changed)
        session.stopChanged.connect(self._on_place_changed)
        if notebook.problem is not None:
            self._problem = notebook.problem
        self.retranslate()

    def retranslate(self) -> None:
        """The panel's words in the interface language; the saved state is kept and said again."""
        self.scope.setTabText(STOP_SCOPE, translate("NotesPanel", "This stop"))
        self.scope.setTabText(TOUR_SCOPE, translate("NotesPanel", "Whole tour"))
        self.scope.setAccessibleName(translate("NotesPanel", "Note for"))
        self.status.setAccessibleName(translate("NotesPanel", "Note saved state"))
        self.preview_button.setAccessibleName(translate("NotesPanel", "Preview the note as formatted text"))
        self._show_preview_label()
        self.editor.setAccessibleName(translate("NotesPanel", "My note"))
        self.editor.setPlaceholderText(
            translate(
                "NotesPanel",
                "Your note on this stop: what strikes you, an idea for home, a question for the facilitator… "
                "(Markdown works: *italic*, **bold**, - lists)",
            )
        )
        self.preview.setAccessibleName(translate("NotesPanel", "My note, formatted"))
        self.title.setText(translate("NotesPanel", "My notes"))
        self._show_status()

    def _build(self) -> None:
        self.scope = QTabBar()
        self.scope.addTab("")
        self.scope.addTab("")
        self.scope.setDrawBase(False)
        self.scope.currentChanged.connect(self._on_place_changed)
        self.status = QLabel()
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        self.preview_button = QPushButton()
        self.preview_button.setCheckable(True)
        self.preview_button.toggled.connect(self._on_preview_toggled)
        self.editor = QPlainTextEdit()
        self.editor.setTabChangesFocus(True)
        self.editor.installEventFilter(self)
        self.editor.textChanged.connect(self._on_text_changed)
        self.preview = QTextBrowser()
        self.preview.setOpenLinks(False)
        self.preview.setTabChangesFocus(True)
        self.preview.installEventFilter(self)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.editor)
        self.pages.addWidget(self.preview)
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        self.title = QLabel()
        self.title.setStyleSheet("font-weight: 600;")
        top.addWidget(self.title)
        top.addWidget(self.scope)
        top.addStretch(1)
        top.addWidget(self.preview_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.status)

    # -- state --------------------------------------------------------------------
    def current_key(self) -> tuple[str, str] | None:
        tour, stop = self.session.tour, self.session.stop
        if tour is None or stop is None:
            return None
        return (tour.id, TOUR_NOTE if self.scope.currentIndex() == TOUR_SCOPE else stop.id)

    def is_saved(self) -> bool:
        return not self._dirty and not self._unsaved

    def focus_note(self) -> None:
        """Put the cursor in the current stop's note (Ctrl+Shift+N)."""
        self.scope.setCurrentIndex(STOP_SCOPE)
        self.preview_button.setChecked(False)
        self.editor.setFocus()

    @Slot()
    def show_stop_note(self) -> None:
        """Show the current stop's note (not the whole tour's), e.g. after choosing the stop in All notes."""
        self.scope.setCurrentIndex(STOP_SCOPE)

    @Slot()
    def save_now(self) -> None:
        """Hand the editor's text to the notebook if it changed since the last save."""
        self._save_timer.stop()
        if not self._dirty or self._key is None:
            return
        text = self.editor.toPlainText()
        self._unsaved[self._key] = text
        self._dirty = False
        self.notebook.save_note(*self._key, text)
        self._show_status()

    # -- events ---------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if (
            watched in (self.editor, self.preview)
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Escape
        ):
            self.save_now()
            self.leaveRequested.emit()
            return True
        return super().eventFilter(watched, event)

    @Slot()
    def _on_text_changed(self) -> None:
        if self._key is None:
            return
        self._dirty = True
        if not self._save_timer.isActive():  # at most a second later, even while typing goes on
            self._save_timer.start()
        self._show_status()

    @Slot()
    def _on_place_changed(self, *_: object) -> None:
        self.save_now()  # the note being left is saved at once
        key = self.current_key()
        if key == self._key:
            return
        self._key = key
        self._dirty = False
        if key is None or key in self._unsaved:
            self._show_text(self._unsaved.get(key, "") if key else "")
            self.editor.setReadOnly(False)
        else:  # read from the notebook; the editor waits read-only until it comes
            self._show_text("")
            self.editor.setReadOnly(True)
            self.notebook.note(*key, lambda text, key=key: self._on_note_read(key, text))
        self.editor.setEnabled(key is not None)
        self._show_status()

    def _on_note_read(self, key: tuple[str, str], text: str) -> None:
        if key != self._key:
            return  # the participant has moved on
        self._show_text(self._unsaved.get(key, text))
        self.editor.setReadOnly(False)

    def _show_text(self, text: str) -> None:
        self.editor.blockSignals(True)
        self.editor.setPlainText(text)
        self.editor.blockSignals(False)
        if self.preview_button.isChecked():
            self._render_preview()

    def _on_notebook_changed(self, changes: Changes) -> None:
        if changes.note is not None:
            self._on_saved(changes.note)
        elif changes.opened and changes.problem is not None:
            self._problem, self._kept = changes.problem, False
            self._show_status()

    def _on_saved(self, result: NoteSaved) -> None:
        key = (result.tour_id, result.stop_id)
        if result.saved:
            if self._unsaved.get(key) == result.text:
                del self._unsaved[key]
            self._problem = None
        else:
            self._problem, self._kept = result.problem or "", True
            self._retry_timer.start()
        self._show_status()

    @Slot()
    def _on_retry(self) -> None:
        """Hand every note not yet written to the notebook again."""
        self.save_now()
        for (tour_id, stop_id), text in list(self._unsaved.items()):
            self.notebook.save_note(tour_id, stop_id, text)

    @Slot(bool)
    def _on_preview_toggled(self, on: bool) -> None:
        if on:
            self._render_preview()
        self.pages.setCurrentWidget(self.preview if on else self.editor)
        self._show_preview_label()

    def _show_preview_label(self) -> None:
        on = self.preview_button.isChecked()
        self.preview_button.setText(translate("NotesPanel", "Edit") if on else translate("NotesPanel", "Preview"))

    def _render_preview(self) -> None:
        self.preview.document().setMarkdown(self.editor.toPlainText(), MARKDOWN)

    def _show_status(self) -> None:
        palette = self.palette()
        if self._problem is not None:
            if self._kept:
                sentence = translate("NotesPanel", "Notes cannot be saved: {0}. What you typed stays here.")
            else:
                sentence = translate("NotesPanel", "Notes cannot be saved: {0}")
            text, colour = sentence.format(said("Notebook", self._problem)), problem_colour(palette).name()
        elif self._key is None:
            text, colour = "", ""
        elif self._dirty or self._unsaved:
            text, colour = translate("NotesPanel", "Saving…"), ""
        elif not self.editor.toPlainText():
            text, colour = "", ""  # no note here: nothing to say about saving it
        else:
            text, colour = translate("NotesPanel", "Saved"), good_colour(palette).name()
        if text == self.status.text():
            return  # restyling costs a style pass on every stop change
        self.status.setText(text)
        self.status.setToolTip(text)
        self.status.setStyleSheet(f"color: {colour};" if colour else "")
