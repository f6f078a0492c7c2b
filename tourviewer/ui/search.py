"""Search within the open tour: its own text in the current language, and the participant's notes.

The panel follows the session. When a tour opens it makes the tour's text
searchable (`core.search.index`; the store skips text it already has, and a
first indexing of a 300-stop bilingual tour takes about 40 ms, so it runs on
the UI thread). Typing searches after a short pause; each result names the
stop, says whether the words were found in the tour or in "Your note", and
shows them in bold in a short snippet. Choosing a result goes to its stop.
The results are a list model (`SearchHitsModel`): a new search that finds the
same places again (the panel shown again, a note edited) changes only the rows
whose text changed.

The panel does not hide itself: its host hides it on `chosen` or `closed`.
"""

from __future__ import annotations

import html
import logging
import math
import re
import time

from PySide6.QtCore import (
    QAbstractListModel,
    QElapsedTimer,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QAbstractTextDocumentLayout, QKeyEvent, QPainter, QPalette, QShowEvent, QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QLabel,
    QLineEdit,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from tourviewer.core import search
from tourviewer.core.notebook import Changes, Notebook
from tourviewer.core.session import TourSession
from tourviewer.core.store import TOUR_NOTE, SearchHit
from tourviewer.ui.i18n import QT_TRANSLATE_NOOP, Retranslating, show_in_language, translate
from tourviewer.ui.style import quiet_colour
from tourviewer.ui.viewport import own_viewport
from tourviewer.ui.wording import said

log = logging.getLogger(__name__)

HTML_ROLE = Qt.ItemDataRole.UserRole + 10  # the rich text an item is drawn with
STOP_ROLE = Qt.ItemDataRole.UserRole + 11
KIND_ROLE = Qt.ItemDataRole.UserRole + 12
DEBOUNCE_MS = 150
NO_RESULTS = QT_TRANSLATE_NOOP("SearchPanel", "No results")
NO_STORE = QT_TRANSLATE_NOOP("SearchPanel", "Search needs the notes database, which is not available")
TOUR_TEXT = QT_TRANSLATE_NOOP("SearchHitsModel", "Tour text")
YOUR_NOTE = QT_TRANSLATE_NOOP("SearchHitsModel", "Your note")
WHOLE_TOUR = QT_TRANSLATE_NOOP("SearchHitsModel", "Whole tour")


class RichTextDelegate(QStyledItemDelegate):
    """Draws each item from the HTML in its HTML_ROLE, wrapped to the view's width.

    The HTML may use class "quiet" for secondary text. Item text (DisplayRole)
    stays plain: it is what keyboard search and screen readers use.
    """

    MARGIN = 6

    def __init__(self, view: QAbstractItemView):
        super().__init__(view)
        self._view = view

    def _document(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex, width: int, selected: bool
    ) -> QTextDocument:
        quiet = option.palette.color(QPalette.ColorRole.HighlightedText) if selected else quiet_colour(option.palette)
        document = QTextDocument()
        document.setDocumentMargin(self.MARGIN)
        document.setDefaultFont(option.font)
        document.setDefaultStyleSheet(f".quiet {{ color: {quiet.name()}; }}")
        document.setHtml(str(index.data(HTML_ROLE) or ""))
        document.setTextWidth(max(width, 40))
        return document

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        view_option = QStyleOptionViewItem(option)
        self.initStyleOption(view_option, index)
        view_option.text = ""  # the background and focus frame only; the text is drawn below
        widget = view_option.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, view_option, painter, widget)

        selected = bool(view_option.state & QStyle.StateFlag.State_Selected)
        rect = view_option.rect
        document = self._document(view_option, index, rect.width(), selected)
        context = QAbstractTextDocumentLayout.PaintContext()
        group = (
            QPalette.ColorGroup.Active
            if view_option.state & QStyle.StateFlag.State_Active
            else QPalette.ColorGroup.Inactive
        )
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        context.palette.setColor(QPalette.ColorRole.Text, view_option.palette.color(group, role))
        painter.save()
        painter.translate(rect.topLeft())
        painter.setClipRect(rect.translated(-rect.topLeft()))
        document.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:  # noqa: N802
        view_option = QStyleOptionViewItem(option)
        self.initStyleOption(view_option, index)
        width = self._view.viewport().width()
        document = self._document(view_option, index, width, False)
        return QSize(width, math.ceil(document.size().height()))


def snippet_html(hit: SearchHit) -> str:
    """The hit's snippet as HTML: every piece escaped, the matched words in bold."""
    pieces = []
    for text, matched in hit.parts():
        text = html.escape(re.sub(r"\s+", " ", text))
        pieces.append(f"<b>{text}</b>" if matched else text)
    return "".join(pieces)


def snippet_text(hit: SearchHit) -> str:
    return " ".join("".join(text for text, _ in hit.parts()).split())


class SearchHitsModel(QAbstractListModel):
    """The results of a search, one row each, named after their stop in the session's language."""

    def __init__(self, session: TourSession, parent: QObject | None = None):
        super().__init__(parent)
        self.session = session
        self._hits: list[SearchHit] = []
        # the places are named in the session's language, after the tour's titles
        session.tourChanged.connect(self._on_names_changed)
        session.languageChanged.connect(self._on_names_changed)

    def hits(self) -> list[SearchHit]:
        return list(self._hits)

    def set_hits(self, hits: list[SearchHit]) -> None:
        """Show `hits`; the same places in the same order only update the rows whose text changed."""
        places = [(hit.stop_id, hit.kind) for hit in hits]
        if places != [(hit.stop_id, hit.kind) for hit in self._hits]:
            self.beginResetModel()
            self._hits = list(hits)
            self.endResetModel()
            return
        before, self._hits = self._hits, list(hits)
        for row, (old, new) in enumerate(zip(before, hits, strict=True)):
            if old != new:
                changed = self.index(row)
                self.dataChanged.emit(changed, changed)

    def place(self, stop_id: str) -> str:
        """What a result is about: "3. Title", "Whole tour", or a stop no longer in the tour."""
        if stop_id == TOUR_NOTE:
            return said("SearchHitsModel", WHOLE_TOUR)
        tour = self.session.tour
        index = tour.stop_index(stop_id) if tour else None
        if tour is None or index is None:
            return translate("SearchHitsModel", "Removed stop ({0})").format(stop_id)
        return f"{index + 1}. {self.session.text(tour.stops[index].title)}"

    def retranslated(self) -> None:
        """The interface language changed: every row is drawn again in it."""
        self._on_names_changed()

    @Slot()
    def _on_names_changed(self, *_: object) -> None:
        if self._hits:
            self.dataChanged.emit(self.index(0), self.index(len(self._hits) - 1))

    # -- QAbstractListModel ------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._hits)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._hits):
            return None
        hit = self._hits[index.row()]
        if role == STOP_ROLE:
            return hit.stop_id
        if role == KIND_ROLE:
            return hit.kind
        place = self.place(hit.stop_id)
        kind = said("SearchHitsModel", YOUR_NOTE if hit.kind == "note" else TOUR_TEXT)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return translate("SearchHitsModel", "{0}, {1}: {2}").format(place, kind, snippet_text(hit))
        if role == HTML_ROLE:
            return (
                f"<p style='margin:0'><b>{html.escape(place)}</b>&nbsp;&nbsp;"
                f"<span class='quiet'>{html.escape(kind)}</span></p>"
                f"<p style='margin:2px 0 0 0'>{snippet_html(hit)}</p>"
            )
        return None


class SearchPanel(Retranslating, QWidget):
    """A search field over the results; choosing a result goes to its stop."""

    chosen = Signal(str, str)  # stop id (TOUR_NOTE for the whole tour), kind ("tour" or "note")
    closed = Signal()
    searched = Signal()  # the results of the latest search are shown

    def __init__(self, session: TourSession, notebook: Notebook, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.notebook = notebook
        self._asked = 0  # searches asked for: only the latest one's results are shown
        self._results = SearchHitsModel(session, self)
        self._last_choice: tuple[int, QElapsedTimer] | None = None
        self._indexed: str | None = None  # the tour id whose text is indexed
        self._message = ""  # what the status line says, untranslated (NO_RESULTS, NO_STORE or nothing)
        self._debounce = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._debounce.timeout.connect(self._on_debounce_timeout)
        self._build()
        session.tourChanged.connect(self._on_tour_changed)
        session.languageChanged.connect(self._on_language_changed)
        notebook.changed.connect(self._on_notebook_changed)
        self._show_hits([])
        self._show_tour_language()
        self.retranslate()

    def retranslate(self) -> None:
        self.setAccessibleName(translate("SearchPanel", "Search panel"))
        self.field.setAccessibleName(translate("SearchPanel", "Search"))
        self.field.setPlaceholderText(translate("SearchPanel", "Search this tour and your notes"))
        self.message.setAccessibleName(translate("SearchPanel", "Search status"))
        self.results.setAccessibleName(translate("SearchPanel", "Search results"))
        self._say(self._message)
        self._results.retranslated()

    # -- building --------------------------------------------------------------------
    def _build(self) -> None:
        self.field = QLineEdit()
        self.field.setClearButtonEnabled(True)
        self.field.textChanged.connect(self._on_text_changed)
        self.field.returnPressed.connect(self._on_return_pressed)
        self.field.installEventFilter(self)

        self.message = QLabel()
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        self.message.setForegroundRole(QPalette.ColorRole.PlaceholderText)

        self.results = QListView()
        own_viewport(self.results)
        self.results.setModel(self._results)
        self.results.setItemDelegate(RichTextDelegate(self.results))
        self.results.setResizeMode(QListView.ResizeMode.Adjust)  # wrap again at a new width
        self.results.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.results.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.results.setWordWrap(True)
        self.results.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.results.clicked.connect(self._on_result_chosen)
        self.results.activated.connect(self._on_result_chosen)  # Enter, and double-click
        self.results.installEventFilter(self)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(6)
        layout.addWidget(self.field)
        layout.addWidget(self.message)
        layout.addWidget(self.results, 1)
        layout.addStretch(0)  # keeps the field at the top while there are no results

    # -- using it ----------------------------------------------------------------------
    @property
    def available(self) -> bool:
        """Whether there is a notes database to search in."""
        return self.notebook.problem is None

    @property
    def pending(self) -> bool:
        """Whether a search waits for a pause in the typing."""
        return self._debounce.isActive()

    def hits(self) -> list[SearchHit]:
        """The results shown, in order."""
        return self._results.hits()

    def focus_search(self) -> None:
        """Put the cursor in the field, its text selected (for the host's Ctrl+F)."""
        self.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.field.selectAll()

    def run_search(self) -> None:
        """Search for the field's text now; the results show when the notebook answers (`searched`)."""
        self._debounce.stop()
        self._asked += 1
        asked = self._asked
        tour = self.session.tour
        query = self.field.text().strip()
        if tour is None or not query or not self.available:
            self._on_hits(asked, [])
            return
        if self._indexed != tour.id:
            self._index_tour()
        started = time.perf_counter()

        def show(hits: list[SearchHit]) -> None:
            log.debug("search %r: %d hits in %.1f ms", query, len(hits), (time.perf_counter() - started) * 1000)
            self._on_hits(asked, hits)

        self.notebook.search(tour.id, self.session.language, query, show)

    def _on_hits(self, asked: int, hits: list[SearchHit]) -> None:
        if asked != self._asked:
            return  # a later search is on its way
        self._show_hits([search.readable(hit) for hit in hits])
        self.searched.emit()

    def clear(self) -> None:
        self._debounce.stop()
        self.field.blockSignals(True)
        self.field.clear()
        self.field.blockSignals(False)
        self._show_hits([])

    # -- showing results -------------------------------------------------------------------
    def _show_hits(self, hits: list[SearchHit]) -> None:
        self._results.set_hits(hits)
        self.results.setVisible(bool(hits))
        if not self.available:
            self._say(NO_STORE)
        elif self.field.text().strip() and not hits:
            self._say(NO_RESULTS)
        else:
            self._say("")

    def _say(self, text: str) -> None:
        """Say `text` (NO_RESULTS, NO_STORE or "") in the interface language."""
        self._message = text
        self.message.setText(said("SearchPanel", text) if text else "")
        self.message.setVisible(bool(text))

    # -- choosing ----------------------------------------------------------------------------
    def _choose(self, index: QModelIndex) -> None:
        row = index.row()
        # A double-click is a click and then an activation: one choice.
        if self._last_choice is not None:
            last_row, since = self._last_choice
            if last_row == row and since.elapsed() < QApplication.doubleClickInterval():
                return
        timer = QElapsedTimer()
        timer.start()
        self._last_choice = (row, timer)
        stop_id, kind = str(index.data(STOP_ROLE)), str(index.data(KIND_ROLE))
        if stop_id != TOUR_NOTE:
            self.session.go_to_id(stop_id)
        self.chosen.emit(stop_id, kind)

    def _close(self) -> None:
        self.clear()
        self.closed.emit()

    # -- events --------------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if key == Qt.Key.Key_Escape:
                self._close()
                return True
            if watched is self.field and key == Qt.Key.Key_Down and self._results.rowCount():
                self.results.setFocus(Qt.FocusReason.TabFocusReason)
                self.results.setCurrentIndex(self._results.index(0))
                return True
            if watched is self.results and key == Qt.Key.Key_Up and self.results.currentIndex().row() <= 0:
                self.field.setFocus(Qt.FocusReason.BacktabFocusReason)
                return True
        return super().eventFilter(watched, event)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        if self.field.text().strip():
            self.run_search()  # notes may have changed while the panel was hidden

    @Slot(str)
    def _on_text_changed(self, text: str) -> None:
        self._last_choice = None
        if text.strip():
            self._debounce.start()
        else:
            self._debounce.stop()
            self._show_hits([])

    @Slot()
    def _on_return_pressed(self) -> None:
        self.run_search()

    @Slot()
    def _on_debounce_timeout(self) -> None:
        self.run_search()

    @Slot(QModelIndex)
    def _on_result_chosen(self, index: QModelIndex) -> None:
        if index.isValid():
            self._choose(index)

    def _on_notebook_changed(self, changes: Changes) -> None:
        """A note was written: what is shown searches again, so the results never show an old note."""
        tour = self.session.tour
        if changes.notes and tour is not None and changes.tour_id == tour.id and self.isVisible():
            if self.field.text().strip():
                self.run_search()

    @Slot()
    def _on_tour_changed(self) -> None:
        self._show_tour_language()
        self._indexed = None  # indexed at the first search: opening a tour stays quick
        self.run_search()

    @Slot(str)
    def _on_language_changed(self, language: str) -> None:
        self._show_tour_language()
        self.run_search()

    def _show_tour_language(self) -> None:
        """The results quote the tour: drawn with the Han forms of its language (the field is the reader's)."""
        if self.session.language:
            show_in_language(self.results, self.session.language)

    # -- indexing ----------------------------------------------------------------------------
    def _index_tour(self) -> None:
        """Make the open tour's text searchable, ahead of the search queued after it.

        Quick when it is already (the store compares digests)."""
        tour = self.session.tour
        if tour is None or not self.available:
            self._indexed = None
            return
        self._indexed = tour.id

        def indexed(done: bool) -> None:
            if not done and self._indexed == tour.id:
                self._indexed = None  # tried again at the next search

        self.notebook.index_tour(tour, indexed)
