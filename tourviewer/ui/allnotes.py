"""All of the participant's notes on the open tour, on one page, in the tour's order.

The page begins with the note on the whole tour, then lists every stop with its
number, its title (a link: following it goes to the stop and closes the
dialog) and its note, or "No note yet". Notes whose stop is no longer in the
tour (the curator removed it or changed its id) come last, under "Notes on
removed stops", with the id they were written under: they are shown, never
deleted.

Notes are the participant's own Markdown. They are rendered without raw HTML
and load no pictures; a web link in a note opens in the system browser only
when it is clicked. The text can be selected and copied.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QUrl, Signal, Slot
from PySide6.QtGui import (
    QColor,
    QDesktopServices,
    QFont,
    QImage,
    QPalette,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from tourviewer.core.notebook import Changes, Notebook
from tourviewer.core.session import TourSession
from tourviewer.core.store import TOUR_NOTE, Note
from tourviewer.ui.i18n import QT_TRANSLATE_NOOP, Retranslating, show_in_language, translate
from tourviewer.ui.links import open_web_link
from tourviewer.ui.style import MARKDOWN, quiet_colour
from tourviewer.ui.wording import said

log = logging.getLogger(__name__)

STOP_SCHEME = "stop"  # the links to stops: stop:<stop id>
WHOLE_TOUR = QT_TRANSLATE_NOOP("AllNotesDialog", "Whole tour")
NO_NOTE = QT_TRANSLATE_NOOP("AllNotesDialog", "No note yet")
REMOVED = QT_TRANSLATE_NOOP("AllNotesDialog", "Notes on removed stops")
_IMAGE = int(QTextDocument.ResourceType.ImageResource.value)


def stop_url(stop_id: str) -> QUrl:
    url = QUrl()
    url.setScheme(STOP_SCHEME)
    url.setPath(stop_id)
    return url


class NotesBrowser(QTextBrowser):
    """A read-only page that loads nothing: no pictures, no files."""

    def loadResource(self, kind: int, url: QUrl) -> Any:  # noqa: N802 (Qt's name)
        # An empty value, never None: for None Qt would load file:, data: and relative paths itself.
        if int(kind) == _IMAGE:
            log.info("picture in a note not loaded: %s", url.toString())
            return QImage()
        return ""


class AllNotesDialog(Retranslating, QDialog):
    """Every stop of the open tour with the participant's note; choosing a stop goes there."""

    stopChosen = Signal(str)  # the id of the stop whose title was followed

    def __init__(self, session: TourSession, notebook: Notebook, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.notebook = notebook
        # Replaced in tests, so that nothing is launched; called only when a person clicks a web link.
        self.open_url: Callable[[QUrl], object] = QDesktopServices.openUrl
        self._notes: dict[str, Note] = {}
        self._build()
        session.tourChanged.connect(self._on_tour_changed)
        session.languageChanged.connect(self._on_language_changed)
        notebook.changed.connect(self._on_notebook_changed)
        self._set_texts()
        self.refresh()

    def retranslate(self) -> None:
        self._set_texts()
        self._show_title()
        self._render()

    def _set_texts(self) -> None:
        self.setAccessibleName(translate("AllNotesDialog", "All notes"))
        self.browser.setAccessibleName(translate("AllNotesDialog", "Your notes by stop"))
        self.browser.setAccessibleDescription(translate("AllNotesDialog", "Follow a stop's title to go to that stop"))

    def _build(self) -> None:
        self.browser = NotesBrowser()
        self.browser.setOpenLinks(False)
        self.browser.setOpenExternalLinks(False)
        self.browser.setUndoRedoEnabled(False)
        self.browser.anchorClicked.connect(self._on_anchor_clicked)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(self.buttons)
        self.resize(560, 640)

    # -- content ----------------------------------------------------------------------
    def notes(self) -> dict[str, Note]:
        """The notes shown, by stop id."""
        return dict(self._notes)

    def removed_stop_ids(self) -> list[str]:
        """Stop ids that have a note but are no longer in the tour, sorted."""
        tour = self.session.tour
        known = {stop.id for stop in tour.stops} if tour else set()
        return sorted(i for i in self._notes if i != TOUR_NOTE and i not in known)

    @Slot()
    def refresh(self) -> None:
        """Read the notes from the notebook again and show them when they come."""
        tour = self.session.tour
        self._show_title()
        if self.session.language:  # the page quotes the tour: the Han forms of its language
            show_in_language(self.browser, self.session.language)
        if tour is None:
            self._on_notes_read({})
        else:
            self.notebook.notes(tour.id, self._on_notes_read)

    def _show_title(self) -> None:
        tour = self.session.tour
        title = self.session.text(tour.title) if tour is not None else ""
        if title:
            self.setWindowTitle(translate("AllNotesDialog", "All notes — {0}").format(title))
        else:
            self.setWindowTitle(translate("AllNotesDialog", "All notes"))

    def _on_notes_read(self, notes: dict[str, Note]) -> None:
        self._notes = notes
        self._render()

    def _on_notebook_changed(self, changes: Changes) -> None:
        tour = self.session.tour
        if changes.notes and tour is not None and changes.tour_id == tour.id:
            self.refresh()

    def _render(self) -> None:
        document = self.browser.document()
        document.clear()
        page = _Page(QTextCursor(document), self.browser.font(), quiet_colour(self.palette()), self.palette())
        tour = self.session.tour
        if self.notebook.problem is not None:
            page.quiet(translate("AllNotesDialog", "Notes need the notes database, which is not available."))
        if tour is None:
            page.quiet(translate("AllNotesDialog", "No tour is open."))
            return
        page.section(said("AllNotesDialog", WHOLE_TOUR))
        page.note(self._notes.get(TOUR_NOTE))
        for number, stop in enumerate(tour.stops, start=1):
            page.entry(f"{number}. {self.session.text(stop.title)}", stop_url(stop.id))
            page.note(self._notes.get(stop.id))
        removed = self.removed_stop_ids()
        if removed:
            page.section(said("AllNotesDialog", REMOVED))
            for stop_id in removed:
                page.entry(translate("AllNotesDialog", "Stop “{0}”").format(stop_id), None)
                page.note(self._notes[stop_id])
        self.browser.moveCursor(QTextCursor.MoveOperation.Start)
        self.browser.verticalScrollBar().setValue(0)

    # -- following links -------------------------------------------------------------------
    @Slot(QUrl)
    def _on_anchor_clicked(self, url: QUrl) -> None:
        if url.scheme() == STOP_SCHEME:
            self.session.go_to_id(url.path())
            self.stopChosen.emit(url.path())
            self.accept()
        else:
            open_web_link(url, self.open_url, "a note")

    @Slot()
    def _on_tour_changed(self) -> None:
        self.refresh()

    @Slot(str)
    def _on_language_changed(self, language: str) -> None:
        self.refresh()


class _Page:
    """Writes the page, block by block, at a cursor."""

    def __init__(self, cursor: QTextCursor, font: QFont, quiet: QColor, palette: QPalette):
        self.cursor = cursor
        self.font = font
        self.quiet_colour = quiet
        self.link_colour = palette.color(QPalette.ColorRole.Link)
        self.started = False

    def _block(self, top: float, char_format: QTextCharFormat) -> None:
        block = QTextBlockFormat()
        block.setTopMargin(top if self.started else 0)
        block.setBottomMargin(2)
        if self.started:
            self.cursor.insertBlock(block, char_format)
        else:
            self.cursor.setBlockFormat(block)
            self.cursor.setCharFormat(char_format)
        self.started = True

    def section(self, text: str) -> None:
        heading = QTextCharFormat()
        heading.setFontWeight(QFont.Weight.Bold)
        heading.setFontPointSize(self.font.pointSizeF() * 1.25)
        self._block(self.font.pointSizeF() * 1.6, heading)
        self.cursor.insertText(text, heading)

    def entry(self, text: str, url: QUrl | None) -> None:
        title = QTextCharFormat()
        title.setFontWeight(QFont.Weight.DemiBold)
        if url is not None:
            title.setAnchor(True)
            title.setAnchorHref(url.toString())
            title.setForeground(self.link_colour)
            title.setToolTip(translate("AllNotesDialog", "Go to this stop"))
        self._block(self.font.pointSizeF() * 1.1, title)
        self.cursor.insertText(text, title)

    def note(self, note: Note | None) -> None:
        if note is None or not note.text.strip():
            self.quiet(said("AllNotesDialog", NO_NOTE))
            return
        self._block(0, QTextCharFormat())
        self.cursor.insertMarkdown(note.text, MARKDOWN)

    def quiet(self, text: str) -> None:
        muted = QTextCharFormat()
        muted.setForeground(self.quiet_colour)
        muted.setFontItalic(True)
        self._block(0, muted)
        self.cursor.insertText(text, muted)
