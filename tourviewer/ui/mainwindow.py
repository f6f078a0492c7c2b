"""The main window: the library, and the tour view with its gallery, map, narration and stop list."""

from __future__ import annotations

import importlib
import logging
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, QSettings, QSize, Qt, QTime, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMenu,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from tourviewer.core.checked import CheckedTours
from tourviewer.core.loader import LoadResult, load_tour
from tourviewer.core.notebook import Changes, Notebook, Progress
from tourviewer.core.problems import KeyPath, Problem
from tourviewer.core.store import Note, Store
from tourviewer.ui.application import resume_collection, resume_collection_soon
from tourviewer.ui.canvas import LOADING
from tourviewer.ui.focusring import FocusRing
from tourviewer.ui.gallery import Gallery
from tourviewer.ui.i18n import (
    LANGUAGES,
    QT_TRANSLATE_NOOP,
    SETTING,
    Retranslating,
    current_language,
    install_language,
    preferred_tour_language,
    save_language_choice,
    show_in_language,
    system_language,
    translate,
)
from tourviewer.ui.images import ImageLoader
from tourviewer.ui.languages import LANGUAGE_NAMES
from tourviewer.ui.latefailures import picture_failed

if TYPE_CHECKING:
    from PySide6.QtWidgets import QProgressDialog

    from tourviewer.core.guide.invitation import Invitation
    from tourviewer.core.handout import HandoutOptions  # Pillow comes with it: not at start-up
    from tourviewer.ui.decodecheck import DecodeChecker
    from tourviewer.ui.endoftour import EndOfTourBar
    from tourviewer.ui.guidejoin import GuidedJoin
    from tourviewer.ui.images import EarlyDecode, ImageKey
    from tourviewer.ui.library import LibraryPage
    from tourviewer.ui.mapview import MapPanel
    from tourviewer.ui.packagewatch import PackageBar
    from tourviewer.ui.problems import ProblemsDialog, WarningBar
    from tourviewer.ui.search import SearchPanel
from tourviewer.core.session import TourSession
from tourviewer.ui.narration import NarrationPanel
from tourviewer.ui.notes import NotesPanel
from tourviewer.ui.paintgate import PaintGate
from tourviewer.ui.posting import ui_poster
from tourviewer.ui.stoplist import StopList
from tourviewer.ui.watch import BrokenTourPage, TourWatcher, tour_folder

log = logging.getLogger(__name__)

RECENT_KEY = "recent"
TEXT_SIZE_KEY = "narration/text_size"
NO_TOUR_TO_EXPORT = QT_TRANSLATE_NOOP(
    "MainWindow", "Open a tour first: Export notes writes the notes of the tour on screen."
)
PROGRAM = "Tour Viewer"  # the program's name, the same in every language
INTERFACE_LANGUAGE_NAMES = {"zh_CN": "zh-Hans"}  # interface codes named by their tags in LANGUAGE_NAMES
MAX_RECENT = 8
PROGRESS_WAIT_S = 0.05  # the longest opening a tour waits for the notebook; a slower answer comes later
START_PICTURE_DELAY_MS = 1500  # a picture shown this long is the one to decode first when the tour is reopened


class TourView(Retranslating, QWidget):
    """One tour: navigation bar, stop list, gallery, notes, map and narration, all following the session."""

    problemsRequested = Signal()  # the problems bar's Show
    allNotesRequested = Signal()  # the end-of-tour bar's buttons
    exportRequested = Signal()
    libraryRequested = Signal()

    def __init__(self, session: TourSession, loader: ImageLoader, notebook: Notebook, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.notebook = notebook
        self.loader = loader
        self.previous_button = QPushButton()
        self.previous_button.clicked.connect(session.previous)
        self.next_button = QPushButton()
        self.next_button.clicked.connect(session.next)
        for button in (self.previous_button, self.next_button):
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.position = QLabel()
        self.title = QLabel()
        self.title.setStyleSheet("font-weight: 600;")
        bar = QHBoxLayout()
        bar.setContentsMargins(8, 6, 8, 6)
        self.position.setMinimumWidth(96)  # and as wide as "Stop 12 of 12" in the interface language
        self.position.setContentsMargins(6, 0, 6, 0)  # a long wording keeps clear of the buttons
        self.position.setAlignment(Qt.AlignmentFlag.AlignCenter)
        bar.addWidget(self.previous_button)
        bar.addWidget(self.position)
        bar.addWidget(self.next_button)
        bar.addSpacing(16)
        bar.addWidget(self.title, 1)

        self.stops = StopList(session)
        self.gallery = Gallery(session, loader)
        self.gallery.pictureFailed.connect(self._on_picture_failed)
        # the map picture and the sound backend wait until the first stop is on screen
        canvas, gallery = self.gallery.canvas, self.gallery

        def first_look() -> bool:  # the stop's picture, or its panorama's first view, is painted
            if gallery.showing_panorama():
                return gallery.panorama.ready
            return canvas.image is not None or canvas.message != LOADING

        self.gate = PaintGate(canvas, first_look, self)
        # a stop that opens on a panorama opens the gate as well
        self.gallery.panoramaMade.connect(lambda view: view.installEventFilter(self.gate))
        # the maps are made right after the first stop is painted, in a place kept for them
        self.map_place = QWidget()
        self.map_place.setMinimumSize(160, 120)
        QVBoxLayout(self.map_place).setContentsMargins(0, 0, 0, 0)
        self._map: MapPanel | None = None
        self.narration = NarrationPanel(session, loader, shortcuts=False, gate=self.gate)
        self.notes = NotesPanel(session, notebook)
        self.notes.leaveRequested.connect(self.gallery.canvas.setFocus)
        centre = QSplitter(Qt.Orientation.Vertical)
        centre.addWidget(self.gallery)
        centre.addWidget(self.notes)
        centre.setStretchFactor(0, 3)
        centre.setStretchFactor(1, 1)
        centre.setSizes([620, 220])
        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(self.map_place)
        right.addWidget(self.narration)
        right.setStretchFactor(0, 1)
        right.setStretchFactor(1, 2)
        right.setSizes([300, 600])
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.stops)
        self.splitter.addWidget(centre)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 5)
        self.splitter.setStretchFactor(2, 4)
        self.splitter.setSizes([220, 760, 620])

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self._search: SearchPanel | None = None  # made at the first Ctrl+F
        # the bars over the tour are made when first shown: the tour's problems, the end of the tour
        self._warnings: WarningBar | None = None
        self._end_bar: EndOfTourBar | None = None
        layout.addLayout(bar)
        layout.addWidget(self.splitter, 1)
        self._layout = layout
        self._stop_bar = bar
        self._set_tab_order()
        session.tourChanged.connect(self._on_changed)
        session.stopChanged.connect(self._on_changed)
        session.languageChanged.connect(self._on_changed)
        session.tourChanged.connect(self._on_tour_opened)
        notebook.changed.connect(self._on_notebook_changed)
        self.retranslate()

    def retranslate(self) -> None:
        self.previous_button.setText(translate("TourView", "◀  Previous"))
        self.previous_button.setAccessibleName(translate("TourView", "Previous stop"))
        self.next_button.setText(translate("TourView", "Next  ▶"))
        self.next_button.setAccessibleName(translate("TourView", "Next stop"))
        self.position.setAccessibleName(translate("TourView", "Stop position"))
        self.title.setAccessibleName(translate("TourView", "Tour title"))
        self._show_position()

    def _show_position(self) -> None:
        tour = self.session.tour
        if tour is None:
            return
        self.position.setText(
            translate("TourView", "Stop {0} of {1}").format(self.session.index + 1, self.session.count)
        )

    def _set_tab_order(self) -> None:
        """Tab goes through the tour as one reads it: stop list, picture, thumbnails, map, narration,
        player, transcript, notes; a ring shows where the keyboard is."""
        narration = self.narration
        chain: list[QWidget] = [
            self.stops,
            self.gallery.canvas,
            self.gallery.thumbs,
            *([self._map] if self._map is not None else []),
            narration.narration,
            narration.player.play_button,
            narration.player.slider,
            narration.player.speed,
            narration.transcript,
            self.notes.scope,
            self.notes.editor,
        ]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)
        if self._map is not None:
            return  # the ring is made once, around the place of the maps
        ringed = [self.stops, self.gallery.thumbs, self.map_place, narration.narration, narration.player]
        self.focus_ring = FocusRing(self, [*ringed, narration.transcript, self.notes])

    @property
    def map(self) -> MapPanel:
        """The tour's maps: made after the first stop is painted, or when first asked for."""
        if self._map is None:
            from tourviewer.ui.mapview import MapPanel

            self._map = MapPanel(self.session, gate=self.gate, loader=self.loader)
            self._map.pictureFailed.connect(self.count_failure)
            layout = self.map_place.layout()
            assert layout is not None
            layout.addWidget(self._map)
            if self.map_place.isVisible():
                self._map.show()  # at once, not at the layout's next turn: Tab finds it
            self._set_tab_order()
        return self._map

    @property
    def warnings(self) -> WarningBar:
        """The bar that counts the tour's problems, above the stop bar."""
        if self._warnings is None:
            from tourviewer.ui.problems import WarningBar

            self._warnings = WarningBar()
            self._warnings.showRequested.connect(self.problemsRequested)
            self._layout.insertWidget(self._layout.indexOf(self._stop_bar), self._warnings)
        return self._warnings

    def show_problems_of(self, result: LoadResult) -> None:
        """The bar over the tour counts `result`'s errors and warnings, or goes when there are none."""
        if self._warnings is not None or result.errors or result.warnings:
            self.warnings.show_for(result)

    @property
    def end_bar(self) -> EndOfTourBar:
        """The bar under the stop bar on the last stop."""
        if self._end_bar is None:
            from tourviewer.ui.endoftour import EndOfTourBar

            self._end_bar = bar = EndOfTourBar()
            bar.hide()
            bar.restartRequested.connect(self.session.first)
            for signal, forwarded in (
                (bar.allNotesRequested, self.allNotesRequested),
                (bar.exportRequested, self.exportRequested),
                (bar.libraryRequested, self.libraryRequested),
            ):
                signal.connect(forwarded)
            self._layout.insertWidget(self._layout.indexOf(self._stop_bar) + 1, bar)
        return self._end_bar

    def add_bar_on_top(self, bar: QWidget) -> None:
        """A bar over everything of the tour (the package's)."""
        self._layout.insertWidget(0, bar)

    def add_bar(self, bar: QWidget) -> None:
        """A bar over the tour, under the stop's title (the guided session's)."""
        self._layout.insertWidget(self._layout.indexOf(self.splitter), bar)

    @property
    def search(self) -> SearchPanel:
        if self._search is None:
            from tourviewer.ui.search import SearchPanel

            self._search = SearchPanel(self.session, self.notebook)
            self._search.setMaximumHeight(320)
            self._search.hide()
            self._search.chosen.connect(self._on_search_done)
            self._search.closed.connect(self._on_search_done)
            # under the stop bar, and under the end-of-tour bar when there is one
            below = self._layout.indexOf(self._stop_bar) + (2 if self._end_bar is not None else 1)
            self._layout.insertWidget(below, self._search)
        return self._search

    @Slot()
    def show_search(self) -> None:
        """Ctrl+F: search the tour's text and the notes (the note being typed included)."""
        self.search.show()
        self.search.focus_search()

    @Slot()
    def _on_search_done(self, *_: object) -> None:
        self.search.hide()
        self.gallery.focus_picture()

    @Slot(int, int, str)
    def _on_picture_failed(self, stop: int, image: int, why: str) -> None:
        """A picture that passed the header check failed to decode: the bar counts it, the list says why."""
        result, tour = self.session.result, self.session.tour
        if result is None or tour is None or not (0 <= stop < len(tour.stops)):
            return
        self.count_failure(("stops", stop, "images", image, "file"), tour.stops[stop].images[image].file, why)

    @Slot(object, str, str)
    def count_failure(self, path: KeyPath, file: str, why: str) -> None:
        """A picture of the tour that failed to decode on screen: a problem of the tour, counted in the bar."""
        result = self.session.result
        if picture_failed(result, path, file, why) and result is not None:
            self.show_problems_of(result)

    @Slot()
    def _on_tour_opened(self) -> None:
        """The stop list marks the stops that have a note (read from the notebook a moment later)."""
        tour = self.session.tour
        self.stops.stops.set_noted(set())
        if self._map is None:  # the module in one turn, the maps in the next: the window answers in between
            self.gate.run_later(lambda: importlib.import_module("tourviewer.ui.mapview"))
            self.gate.run_later(self._make_map)
            self.gate.run_later(resume_collection)  # the start is over once the first stop is on screen
        if tour is not None:
            tour_id = tour.id
            self.notebook.notes(tour_id, lambda notes: self._show_noted(tour_id, set(notes)))

    def _make_map(self) -> None:
        self.map  # noqa: B018 (made now)

    def _show_noted(self, tour_id: str, stop_ids: set[str]) -> None:
        tour = self.session.tour
        if tour is not None and tour.id == tour_id:  # not a tour left meanwhile
            self.stops.stops.set_noted(stop_ids)

    def _on_notebook_changed(self, changes: Changes) -> None:
        saved, tour = changes.note, self.session.tour
        if saved is None or not saved.saved or tour is None or saved.tour_id != tour.id:
            return
        noted = set(self.stops.stops.noted)
        if saved.text.strip():
            noted.add(saved.stop_id)
        else:
            noted.discard(saved.stop_id)
        self.stops.stops.set_noted(noted)

    @Slot()
    def _on_changed(self, *_: object) -> None:
        tour = self.session.tour
        if tour is None:
            return
        self._show_position()
        self.title.setText(self.session.text(tour.title))
        self._show_tour_language()
        self.previous_button.setEnabled(self.session.index > 0)
        last = self.session.index == self.session.count - 1
        self.next_button.setEnabled(not last)
        if last or self._end_bar is not None:
            self.end_bar.setVisible(last)

    def _show_tour_language(self) -> None:
        """The tour's texts are drawn with the Han forms of the tour's language (not the interface's)."""
        language = self.session.language
        if language and language != getattr(self, "_font_language", None):
            self._font_language = language
            gallery, narration, notes = self.gallery, self.narration, self.notes
            quoting = (
                self.title,
                self.stops,
                gallery.caption,
                gallery.credit,
                narration.title,
                narration.place,
                narration.narration,
                narration.transcript,
                notes.editor,
                notes.preview,
            )  # the tour's words and the participant's notes; the panels' buttons speak the interface's language
            for widget in quoting:
                show_in_language(widget, language)


EXPORT_STOP_S = 10  # the longest a closing window waits for a cancelled export
EXPORT_CANCELLED = "cancelled"  # the problem `exported` tells when the export was cancelled


class MainWindow(Retranslating, QMainWindow):
    exported = Signal(str, str)  # file, problem ("" when written, EXPORT_CANCELLED when cancelled)
    exportProgress = Signal(int, int)  # pictures made, pictures in all
    reloaded = Signal(bool)  # the watched tour folder was read again: True when its tour is shown

    def __init__(
        self,
        store: Store | Path | None = None,
        user_tours: Path | None = None,
        checked: CheckedTours | None = None,
        parent: QWidget | None = None,
        early: EarlyDecode | None = None,
    ):
        """`early`: the picture the tour to open showed when it was last left, already being decoded."""
        super().__init__(parent)
        self.setAcceptDrops(True)
        self.settings = QSettings()
        # with a picture decoding already, the decoding threads start at the first request (after it is shown)
        self.loader = ImageLoader(parent=self, start_threads=early is None)
        if early is not None:
            self.loader.adopt(early)
        # notes.db is read and written on the notebook's own thread; given a folder, it is opened there too
        if isinstance(store, Store):
            self.notebook = Notebook(None, ui_poster(), store=store)
        else:
            self.notebook = Notebook(store, ui_poster())
        self.session = TourSession(self.notebook)
        self._opening = self._shown = 0  # tours asked to open, and the last one shown
        self.user_tours = user_tours
        self.checked = checked  # tours validated before open without the validator
        self._library: LibraryPage | None = None  # made when first shown: opening a tour needs none
        self._broken: BrokenTourPage | None = None  # made when a watched tour.toml first fails to read
        self._problems: ProblemsDialog | None = None
        self.guided: GuidedJoin | None = None  # the guided session this window follows
        self.watcher: TourWatcher | None = None  # the folder of the open tour, for live preview
        self._watching: QLabel | None = None  # says so in the status bar
        self._reloaded_at = ""  # when the watched tour was last read again
        self.announce_watching = False  # `tourviewer preview`: the status bar says the folder is watched
        self._decode_checker: DecodeChecker | None = None  # made at the first save: decodes what a save names
        self.view = TourView(self.session, self.loader, self.notebook)
        self._start_picture: ImageKey | None = None  # on screen, to be decoded first when this tour is reopened
        self._start_picture_kept: ImageKey | None = None  # the one written down last
        self._start_picture_timer = QTimer(self, singleShot=True, interval=START_PICTURE_DELAY_MS)
        self._start_picture_timer.timeout.connect(self._remember_start_picture)
        self.view.gallery.slot.displayed.connect(self._on_picture_displayed)
        resume_collection_soon()  # at the latest: a start that shows no tour never opens the view's gate
        self.view.problemsRequested.connect(self.show_problems)
        self.view.allNotesRequested.connect(self.show_all_notes)
        self.view.exportRequested.connect(self.choose_and_export)
        self.view.libraryRequested.connect(self.show_library)
        self._follow_packages()
        self.stack = QStackedWidget()
        self.stack.addWidget(self.view)
        self.setCentralWidget(self.stack)
        self._build_menus()
        size = self.settings.value(TEXT_SIZE_KEY)
        if size is not None and str(size).isdigit():
            self.view.narration.set_text_size(int(str(size)))  # as the reader left it last time
        self.view.narration.textSizeChanged.connect(self._on_text_size_changed)
        self.session.tourChanged.connect(self._on_tour_changed)
        self.session.languageChanged.connect(self._on_language_changed)
        self.exported.connect(self._on_exported)
        self.notebook.changed.connect(self._on_notebook_changed)
        self.exportProgress.connect(self._on_export_progress)
        self.export_dialog: QProgressDialog | None = None  # while notes are exported
        self._exporting: tuple[threading.Thread, threading.Event] | None = None  # the export's thread, its cancel
        self.resize(self._default_size())
        self.retranslate()
        if self.notebook.recovered_from is not None:
            QTimer.singleShot(0, self._tell_recovered)

    def retranslate(self) -> None:
        """Every text of the window's own, again in the interface language."""
        for item, text in self._named:
            if isinstance(item, QMenu):
                item.setTitle(translate("MainWindow", text))
            else:
                item.setText(translate("MainWindow", text))
        self.system_language_action.setText(translate("MainWindow", "System default"))
        self._show_title()
        if self._watching is not None and self._watching.isVisible():
            self._show_watching(self._reloaded_at)

    def _show_title(self) -> None:
        tour = self.session.tour
        if tour is not None and self.stack.currentWidget() is not self._library:
            self.setWindowTitle(translate("MainWindow", "{0} — Tour Viewer").format(self.session.text(tour.title)))
        else:
            self.setWindowTitle(PROGRAM)

    @Slot(int)
    def _on_text_size_changed(self, points: int) -> None:
        self.settings.setValue(TEXT_SIZE_KEY, points)

    def _on_notebook_changed(self, changes: Changes) -> None:
        if changes.opened and changes.recovered_from is not None:
            self._tell_recovered()

    @Slot()
    def _tell_recovered(self) -> None:
        from PySide6.QtWidgets import QMessageBox  # dialogs are loaded when first needed

        recovered_from = self.notebook.recovered_from
        self._recovered_box = QMessageBox(
            QMessageBox.Icon.Warning,
            translate("MainWindow", "Your notes database was damaged"),
            translate(
                "MainWindow",
                "Tour Viewer could not read its notes database, so it started a new one. "
                "The old one is kept, untouched, at:\n\n{0}",
            ).format(recovered_from),
            QMessageBox.StandardButton.Ok,
            self,
        )
        self._recovered_box.open()

    def _default_size(self) -> QSize:
        """1440x900, or nine tenths of a smaller screen."""
        screen = self.screen().availableGeometry() if self.screen() else None
        if screen is None or screen.isEmpty():
            return QSize(1440, 900)
        return QSize(min(1440, int(screen.width() * 0.9)), min(900, int(screen.height() * 0.9)))

    # -- menus and keys ----------------------------------------------------------
    def _action(self, text: str, keys: list[QKeySequence | str], slot: object, menu: QMenu | None = None) -> QAction:
        """An action of the window; `text` is marked with QT_TRANSLATE_NOOP("MainWindow", …) and shown translated."""
        action = QAction(translate("MainWindow", text), self)
        self._named.append((action, text))
        action.setShortcuts([QKeySequence(k) for k in keys])
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(slot)  # type: ignore[arg-type]
        self.addAction(action)
        if menu is not None:
            menu.addAction(action)
        return action

    def _menu(self, text: str, parent: QMenu | None = None) -> QMenu:
        """A menu of the menu bar (or of `parent`); `text` marked as for `_action`."""
        menu = (parent or self.menuBar()).addMenu(translate("MainWindow", text))
        self._named.append((menu, text))
        return menu

    def _build_menus(self) -> None:
        self._named: list[tuple[QAction | QMenu, str]] = []  # what retranslate() sets again
        file = self._menu(QT_TRANSLATE_NOOP("MainWindow", "&File"))
        self._action(
            QT_TRANSLATE_NOOP("MainWindow", "&Open…"), [QKeySequence.StandardKey.Open], self.choose_and_open, file
        )
        self.recent_menu = self._menu(QT_TRANSLATE_NOOP("MainWindow", "Open &Recent"), file)
        self._action(QT_TRANSLATE_NOOP("MainWindow", "&Export notes…"), ["Ctrl+E"], self.choose_and_export, file)
        self._action(QT_TRANSLATE_NOOP("MainWindow", "&Library"), ["Ctrl+L"], self.show_library, file)
        self._action(QT_TRANSLATE_NOOP("MainWindow", "&Join guided session…"), ["Ctrl+J"], self._on_join_asked, file)
        file.addSeparator()
        self._action(QT_TRANSLATE_NOOP("MainWindow", "&Quit"), [QKeySequence.StandardKey.Quit], self.close, file)
        go = self.go_menu = self._menu(QT_TRANSLATE_NOOP("MainWindow", "&Go"))
        self._action(QT_TRANSLATE_NOOP("MainWindow", "&Next stop"), ["Right", "PgDown", "Space"], self.session.next, go)
        self._action(QT_TRANSLATE_NOOP("MainWindow", "&Previous stop"), ["Left", "PgUp"], self.session.previous, go)
        self._action(QT_TRANSLATE_NOOP("MainWindow", "&First stop"), ["Home"], self.session.first, go)
        self._action(QT_TRANSLATE_NOOP("MainWindow", "&Last stop"), ["End"], self.session.last, go)
        view = self._menu(QT_TRANSLATE_NOOP("MainWindow", "&View"))
        self._action(QT_TRANSLATE_NOOP("MainWindow", "&Full screen"), ["F11"], self.toggle_full_screen, view)
        self._action(QT_TRANSLATE_NOOP("MainWindow", "&Present…"), ["F5"], self.present, view)
        self._action(
            QT_TRANSLATE_NOOP("MainWindow", "Write a &note"), ["Ctrl+Shift+N"], self.view.notes.focus_note, view
        )
        self._action(QT_TRANSLATE_NOOP("MainWindow", "&All notes…"), ["Ctrl+Shift+A"], self.show_all_notes, view)
        self._action(
            QT_TRANSLATE_NOOP("MainWindow", "&Search…"), [QKeySequence.StandardKey.Find], self.view.show_search, view
        )
        self._action(
            QT_TRANSLATE_NOOP("MainWindow", "&Bigger text"), ["Ctrl++", "Ctrl+="], self.view.narration.zoom_in, view
        )
        self._action(QT_TRANSLATE_NOOP("MainWindow", "&Smaller text"), ["Ctrl+-"], self.view.narration.zoom_out, view)
        self._action(
            QT_TRANSLATE_NOOP("MainWindow", "&Normal text size"), ["Ctrl+0"], self.view.narration.reset_text_size, view
        )
        self._action(QT_TRANSLATE_NOOP("MainWindow", "Tour &problems…"), [], self.show_problems, view)
        view.addSeparator()
        self._build_interface_language_menu(self._menu(QT_TRANSLATE_NOOP("MainWindow", "&Interface language"), view))
        self.language_menu = self._menu(QT_TRANSLATE_NOOP("MainWindow", "L&anguage"))
        self.language_group = QActionGroup(self)
        self.language_group.setExclusive(True)
        help_menu = self.help_menu = self._menu(QT_TRANSLATE_NOOP("MainWindow", "&Help"))
        self._action(QT_TRANSLATE_NOOP("MainWindow", "&Keyboard shortcuts"), ["F1"], self.show_shortcuts, help_menu)
        self._menus = [file, go, view]
        from tourviewer.ui.about import add_help_menu

        add_help_menu(self)  # the guide, About and diagnostics join the Help menu
        self._update_recent_menu()

    def _build_interface_language_menu(self, menu: QMenu) -> None:
        """View > Interface language: "System default", then each language named in its own words."""
        self.interface_language_menu = menu
        self.interface_language_group = QActionGroup(self)
        saved = str(self.settings.value(SETTING, "") or "")
        self.system_language_action = QAction(translate("MainWindow", "System default"), menu)
        choices = [(self.system_language_action, "")]
        for code in LANGUAGES:
            choices.append((QAction(LANGUAGE_NAMES[INTERFACE_LANGUAGE_NAMES.get(code, code)], menu), code))
        for action, code in choices:
            action.setCheckable(True)
            action.setChecked(code == saved)
            action.setData(code)
            action.triggered.connect(lambda _=False, c=code: self.set_interface_language(c))
            self.interface_language_group.addAction(action)
            menu.addAction(action)
            if not code:
                menu.addSeparator()

    def set_interface_language(self, code: str) -> None:
        """View > Interface language: `code` ("" for the system's) now and in later runs; no restart."""
        save_language_choice(code)
        app = QCoreApplication.instance()
        if app is not None:
            app.setProperty("tourviewerInterfaceLanguage", install_language(app, code or system_language()))
        for action in self.interface_language_group.actions():
            action.setChecked(action.data() == code)

    @property
    def interface_language(self) -> str:
        return current_language()

    def _update_recent_menu(self) -> None:
        self.recent_menu.clear()
        for path in self.recent():
            action = self.recent_menu.addAction(path)
            action.triggered.connect(lambda _=False, p=path: self.open_path(p))
        self.recent_menu.setEnabled(bool(self.recent()))

    def _update_language_menu(self) -> None:
        self.language_menu.clear()
        for action in self.language_group.actions():
            self.language_group.removeAction(action)
        tour = self.session.tour
        if tour is None:
            return
        for tag in tour.languages:
            action = QAction(LANGUAGE_NAMES.get(tag, tag), self.language_menu)
            action.setCheckable(True)
            action.setChecked(tag == self.session.language)
            action.setData(tag)
            action.triggered.connect(lambda _=False, t=tag: self.session.set_language(t))
            self.language_group.addAction(action)
            self.language_menu.addAction(action)

    # -- opening tours ---------------------------------------------------------------
    def recent(self) -> list[str]:
        value = self.settings.value(RECENT_KEY, [])
        if isinstance(value, str):
            value = [value]
        return [str(v) for v in (value or [])]

    def _remember(self, path: str) -> None:
        resolved = str(Path(path).resolve())
        recent = [resolved] + [p for p in self.recent() if p != resolved]
        self.settings.setValue(RECENT_KEY, recent[:MAX_RECENT])
        self._update_recent_menu()

    @Slot(str)
    def forget_recent(self, path: str) -> None:
        """Remove `path` from the recent tours (the tour itself is left alone)."""
        self.settings.setValue(RECENT_KEY, [p for p in self.recent() if p != path])
        self._update_recent_menu()
        if self._library is not None:
            self._library.refresh(self.recent())

    @Slot()
    def choose_and_open(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        kinds = [translate("MainWindow", "Tours (tour.toml *.tour)"), translate("MainWindow", "All files (*)")]
        path, _ = QFileDialog.getOpenFileName(
            self, translate("MainWindow", "Open a tour"), str(Path.home()), ";;".join(kinds)
        )
        if path:
            self.open_path(path)

    @Slot(str)
    @Slot()
    def _on_join_asked(self) -> None:
        self.join_guided_session()

    def join_guided_session_from(self, link: str) -> None:
        """The join dialog with `link` (an invitation handed over by the desktop) filled in."""
        from tourviewer.ui.guidejoin import JoinDialog

        dialog = JoinDialog(self.settings, self)
        dialog.invitation_field.setText(link)
        if dialog.exec() == JoinDialog.DialogCode.Accepted and dialog.invitation is not None:
            self.join_guided_session(dialog.invitation, dialog.name, dialog.ca_file)

    def join_guided_session(
        self, invitation: Invitation | None = None, name: str | None = None, ca_file: Path | None = None
    ) -> None:
        """Follow a facilitator: ask for the invitation unless given; a session joined before is left.
        `ca_file`: a TLS broker's certificate authority, trusted besides the system's."""
        from tourviewer.ui.guidejoin import GuidedJoin, JoinDialog

        if invitation is None:
            dialog = JoinDialog(self.settings, self)
            if dialog.exec() != JoinDialog.DialogCode.Accepted or dialog.invitation is None:
                return
            invitation, name, ca_file = dialog.invitation, dialog.name, dialog.ca_file
        if self.guided is not None:
            self.guided.leave()
        self.guided = GuidedJoin(self, self.view, invitation, name or "", ca_file)
        self.view.add_bar(self.guided.bar)
        self._show_page(self.view)

    def open_path(self, path: str, remember: bool = True) -> bool:
        """Open a tour folder, `tour.toml` or package; problems are shown, never raised."""
        result = load_tour(Path(path), checked=self.checked)
        return self.open_result(result, remember)

    def open_result(self, result: LoadResult, remember: bool = True) -> bool:
        """Show `result` where the participant left it; with `remember`, it joins the recent tours.

        False when the tour cannot be shown (its problems are). The tour shows as soon as the
        notebook says where it was left (`session.tourChanged`): before this returns when the
        notebook answers within `PROGRESS_WAIT_S`, else a moment later.
        """
        self.loader.forget_errors()
        self._watch_folder_of(result)
        tour = result.tour
        if tour is None:
            self._show_problems_of(result)
            return False
        if remember:
            self._remember(str(result.source))
        self._opening += 1
        opening = self._opening
        # a notebook that answers at once lets the tour show in the window's next paint
        self.notebook.progress(
            tour.id, lambda progress: self._on_progress_read(opening, result, progress), wait=PROGRESS_WAIT_S
        )
        return True

    def wait_until_shown(self, timeout: float = 10.0) -> bool:
        """Process events until the tour asked for last is shown (for `shot`, scripts and tests)."""
        from PySide6.QtCore import QDeadlineTimer, QEventLoop
        from PySide6.QtWidgets import QApplication

        deadline = QDeadlineTimer(int(timeout * 1000))
        while self._shown != self._opening and not deadline.hasExpired():
            self.notebook.wait(0.01)
            QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 10)
        return self._shown == self._opening

    def _on_progress_read(self, opening: int, result: LoadResult, progress: Progress) -> None:
        if opening != self._opening:
            return  # another tour was asked for since
        self._shown = opening
        self.package_watch.watch(result.package)
        if self._package_bar is not None:
            self._package_bar.hide()
        self.view.gate.arm()
        watcher = self.watcher
        if watcher is not None:
            self.view.gate.run_later(lambda: watcher.watch(result) if watcher is self.watcher else None)
        # where it was left, in the language it was read in; the first time, in the interface's if the tour has it
        language = progress.position.language or preferred_tour_language(result.tour.languages if result.tour else [])
        self.session.open(result, at=progress.position.stop_id, language=language, visited=progress.visited)
        self._show_page(self.view)
        self.view.gallery.focus_picture()
        if result.errors:
            self._show_problems_of(result)

    # -- a package that goes away ------------------------------------------------------------
    def _follow_packages(self) -> None:
        from tourviewer.ui.packagewatch import PackageWatch

        self.package_watch = PackageWatch(self)
        self._package_bar: PackageBar | None = None  # made when a package first goes away
        self.package_watch.gone.connect(lambda problem: self.package_bar.show_problem(problem))
        self.loader.failed.connect(self.package_watch.check)  # a picture that fails may be the first sign

    @property
    def package_bar(self) -> PackageBar:
        """The message above the tour whose package went away, with "Open again"."""
        if self._package_bar is None:
            from tourviewer.ui.packagewatch import PackageBar

            self._package_bar = PackageBar()
            self.view.add_bar_on_top(self._package_bar)
            self._package_bar.reopen.connect(self._on_reopen_package)
        return self._package_bar

    @Slot()
    def _on_reopen_package(self) -> None:
        """Open the package again (the same path), at the stop where the participant was."""
        result = self.session.result
        if result is not None and result.package is not None:
            self.loader.forget()  # the file back may not be the same one
            self.open_path(str(result.source), remember=False)

    # -- live preview ------------------------------------------------------------------
    def _watch_folder_of(self, result: LoadResult) -> None:
        """Watch the folder a tour was opened from, so that a curator's saves show; packages are not watched."""
        folder = tour_folder(result)
        if folder is None:
            if result.tour is not None:  # a package now shows
                self._stop_watching()
            return  # a path that is no tour at all leaves the open tour as it was
        if self.watcher is None or self.watcher.root != folder.resolve():
            self._stop_watching()
            self.watcher = TourWatcher(folder, self)
            self.watcher.changed.connect(self._on_tour_edited)
            self.view.gate.run_later(self._show_watching)  # the status line waits for the first paint
        if result.tour is None:
            self.watcher.watch(result)  # the broken tour's files: a fix shows at once
        # else once the tour's first stop is painted (`_on_progress_read`): watching reads every file's place

    def _stop_watching(self) -> None:
        if self.watcher is not None:
            self.watcher.deleteLater()
            self.watcher = None
        if self._watching is not None:
            self._watching.hide()

    @Slot()
    def _show_watching(self, reloaded: str = "") -> None:
        """Say in the status bar that saves of the tour's files show here (live preview)."""
        watcher = self.watcher
        if watcher is None or not self.announce_watching:
            return
        if self._watching is None:
            self._watching = QLabel()
            self.statusBar().addPermanentWidget(self._watching)
        self._reloaded_at = reloaded
        self._watching.setAccessibleName(translate("MainWindow", "Live preview"))
        if reloaded:
            text = translate(
                "MainWindow",
                "Live preview: watching {0}/tour.toml and its files; a save reloads the tour (reloaded at {1})",
            ).format(watcher.root.name, reloaded)
        else:
            text = translate(
                "MainWindow", "Live preview: watching {0}/tour.toml and its files; a save reloads the tour"
            ).format(watcher.root.name)
        self._watching.setText(text)
        self._watching.setToolTip(str(watcher.root))
        self._watching.show()

    @Slot()
    def _on_tour_edited(self) -> None:
        """The curator saved: show the tour again where the participant was, or what keeps it from showing."""
        watcher = self.watcher
        if watcher is None:
            return
        result = load_tour(watcher.folder, checked=self.checked)
        watcher.watch(result)
        if self._problems is not None:
            self._problems.close()  # it lists the problems of the file before this save
        if result.tour is None:
            self._show_broken(result)
        elif self._shows(watcher.root):
            self._reopen(result)
        else:
            self.open_result(result, remember=False)  # a tour that could not be opened now can
        locale = QLocale()  # the time with its seconds, as the interface language writes it, without the zone
        with_seconds = locale.timeFormat(QLocale.FormatType.LongFormat).replace("t", "").strip()
        self._show_watching(locale.toString(QTime.currentTime(), with_seconds))
        if result.tour is not None:
            self._check_in_full(watcher.root)
        self.reloaded.emit(result.tour is not None)

    def _check_in_full(self, folder: Path) -> None:
        """Decode the saved tour's pictures and read its recordings in the background, as validate does."""
        if self._decode_checker is None:
            from tourviewer.ui.decodecheck import DecodeChecker

            self._decode_checker = DecodeChecker(self.checked.decoded if self.checked else None, self)
            self._decode_checker.found.connect(self._on_checked_in_full)
        self._decode_checker.check(folder)

    @Slot(object, object)
    def _on_checked_in_full(self, folder: Path, problems: list[Problem]) -> None:
        result = self.session.result
        if result is None or not self._shows(folder):
            return  # another tour is open now
        added = [problem for problem in problems if result.add_late(problem)]
        if added:
            self.view.show_problems_of(result)

    def _shows(self, folder: Path) -> bool:
        """Whether the session holds a tour read from `folder`."""
        root = self.session.result.root if self.session.result is not None else None
        return root is not None and root.resolve() == folder

    def _reopen(self, result: LoadResult) -> None:
        """Show `result`, the open tour read again, at the same stop (or the one now in its place) and language."""
        assert result.tour is not None
        tour, session = result.tour, self.session
        stop = session.stop
        index = tour.stop_index(stop.id) if stop is not None else None
        if index is None:  # the stop was removed: its neighbour is now in its place
            index = min(session.index, len(tour.stops) - 1)
        self.loader.forget()  # a picture may have been changed under the same name
        session.open(result, at=tour.stops[index].id, language=session.language, visited=session.visited)
        if self.stack.currentWidget() is self._broken:
            self._show_page(self.view)

    def _show_broken(self, result: LoadResult) -> None:
        """The problems in place of the tour; the session keeps the last tour that could be read."""
        if self._broken is None:
            self._broken = BrokenTourPage()
            self.stack.addWidget(self._broken)
        self._broken.show_result(result)
        if self.stack.currentWidget() in (self.view, self._broken):
            self._show_page(self._broken)

    def _show_page(self, page: QWidget) -> None:
        """The tour or its problems; moving through stops only works while the tour is shown."""
        self.stack.setCurrentWidget(page)
        for action in self.go_menu.actions():
            action.setEnabled(page is self.view)
        self._show_title()

    @Slot()
    def show_shortcuts(self) -> None:
        """Help > Keyboard shortcuts (F1)."""
        from tourviewer.ui.shortcuts import ShortcutsDialog

        self._shortcuts = ShortcutsDialog(self._menus, self)
        self._shortcuts.open()

    @Slot()
    def choose_and_export(self) -> None:
        """File > Export notes: a handout of the tour with the participant's notes."""
        from PySide6.QtWidgets import QFileDialog

        tour = self.session.tour
        if tour is None or self.stack.currentWidget() is not self.view:
            # from the library, the tour last open is not what anyone means: say what to do instead
            self.statusBar().showMessage(translate("MainWindow", NO_TOUR_TO_EXPORT), 8000)
            return
        from tourviewer.ui.exportoptions import ExportOptionsDialog

        asked = ExportOptionsDialog(self)
        if asked.exec() != ExportOptionsDialog.DialogCode.Accepted:
            return
        kinds = ["PDF (*.pdf)", translate("MainWindow", "Web page (*.html)"), "Markdown (*.md)"]
        path, chosen = QFileDialog.getSaveFileName(
            self,
            translate("MainWindow", "Export notes"),
            str(Path.home() / f"{tour.id}-notes.pdf"),
            ";;".join(kinds),
        )
        if path:
            self.export_notes(Path(path), asked.options())

    def export_notes(self, out: Path, options: HandoutOptions | None = None) -> None:
        """Write the handout (format from the file's extension) on a worker thread."""
        result, tour = self.session.result, self.session.tour
        if result is None or tour is None:
            return
        from tourviewer.ui.handout_pdf import EXPORT_FORMATS, export_handout

        fmt = out.suffix.lower().lstrip(".")
        if fmt not in EXPORT_FORMATS:
            out, fmt = out.with_suffix(".pdf"), "pdf"
        language = self.session.language
        from tourviewer.core.handout import ExportCancelled  # loads Pillow: not before an export

        cancelled = threading.Event()
        self._show_export_progress(out, cancelled)

        def progress(done: int, total: int) -> None:
            if cancelled.is_set():
                raise ExportCancelled
            self.exportProgress.emit(done, total)

        def work(notes: dict[str, Note]) -> None:
            try:
                export_handout(result, notes, language, fmt, out, options, progress)
                self.exported.emit(str(out), "")
            except ExportCancelled:
                self.exported.emit(str(out), EXPORT_CANCELLED)
            except (OSError, ValueError) as exc:
                self.exported.emit(str(out), str(exc))

        def start(notes: dict[str, Note]) -> None:
            thread = threading.Thread(target=work, args=(notes,), name="notes-export", daemon=True)
            self._exporting = (thread, cancelled)
            thread.start()

        self.statusBar().showMessage(translate("MainWindow", "Exporting notes to {0}…").format(out.name))
        self.notebook.notes(tour.id, start)

    def _show_export_progress(self, out: Path, cancelled: threading.Event) -> None:
        """Progress of an export, shown when it takes more than a second; Cancel leaves no file."""
        from PySide6.QtWidgets import QProgressDialog

        self._end_export_progress()
        dialog = QProgressDialog(self)  # with Qt's own Cancel button, in the interface language
        dialog.setLabelText(translate("MainWindow", "Exporting notes to {0}…").format(out.name))
        dialog.setRange(0, 0)
        dialog.setWindowTitle(translate("MainWindow", "Export notes"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setAutoReset(False)
        dialog.setMinimumDuration(1000)
        dialog.canceled.connect(cancelled.set)
        self.export_dialog = dialog

    @Slot(int, int)
    def _on_export_progress(self, done: int, total: int) -> None:
        if self.export_dialog is not None:
            self.export_dialog.setMaximum(total)
            self.export_dialog.setValue(done)

    def _end_export_progress(self) -> None:
        if self.export_dialog is not None:
            self.export_dialog.reset()
            self.export_dialog.deleteLater()
            self.export_dialog = None

    @Slot(str, str)
    def _on_exported(self, path: str, problem: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        self._end_export_progress()
        if problem == EXPORT_CANCELLED:
            message = translate("MainWindow", "Export cancelled: {0} was not written").format(Path(path).name)
            self.statusBar().showMessage(message, 8000)
        elif problem:
            QMessageBox.warning(
                self,
                translate("MainWindow", "Export notes"),
                translate("MainWindow", "The notes could not be written to {0}:\n{1}").format(path, problem),
            )
            self.statusBar().clearMessage()
        else:
            self.statusBar().showMessage(translate("MainWindow", "Notes exported to {0}").format(path), 8000)

    @Slot()
    def present(self) -> None:
        """F5: an audience window and a presenter console, from the current stop."""
        result = self.session.result
        if result is None or result.tour is None:
            return
        from tourviewer.ui.present import Presenter

        self.presenter = Presenter(result, self.loader, self.session.index, self.session.language, parent=self)
        self.presenter.finished.connect(self._on_presenting_finished)
        self.presenter.problemsAdded.connect(lambda: self.view.show_problems_of(result))
        self.presenter.start()

    @Slot(int)
    def _on_presenting_finished(self, index: int) -> None:
        self.session.go_to(index)  # back in the viewer where the presentation ended
        self.activateWindow()

    @Slot()
    def show_all_notes(self) -> None:
        if self.session.tour is None:
            return
        from tourviewer.ui.allnotes import AllNotesDialog

        self._all_notes = AllNotesDialog(self.session, self.notebook, self)
        self._all_notes.stopChosen.connect(self.view.notes.show_stop_note)
        self._all_notes.open()

    @Slot()
    def show_problems(self) -> None:
        if self.session.result is not None:
            self._show_problems_of(self.session.result)

    @property
    def library(self) -> LibraryPage:
        if self._library is None:
            from tourviewer.ui.library import LibraryPage

            self._library = LibraryPage(self.loader, self.notebook, self.user_tours, self.checked)
            self._library.openRequested.connect(self.open_path)
            self._library.openFileRequested.connect(self.choose_and_open)
            self._library.removeRecentRequested.connect(self.forget_recent)
            self.stack.addWidget(self._library)
        return self._library

    def _show_problems_of(self, result: LoadResult) -> None:
        from tourviewer.ui.problems import ProblemsDialog

        self._problems = ProblemsDialog(result, self)
        self._problems.open()

    @Slot()
    def show_library(self) -> None:
        self.session.leave()
        self.library.refresh(self.recent())
        self.stack.setCurrentWidget(self.library)
        self._show_title()

    @Slot()
    def toggle_full_screen(self) -> None:
        self.setWindowState(self.windowState() ^ Qt.WindowState.WindowFullScreen)

    @Slot()
    def _on_tour_changed(self) -> None:
        if self.session.result is not None:
            self.view.show_problems_of(self.session.result)
        self._show_title()
        self._update_language_menu()

    @Slot(str)
    def _on_language_changed(self, language: str) -> None:
        for action in self.language_group.actions():
            action.setChecked(action.data() == language)
        self._show_title()

    # -- drag and drop ------------------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() and any(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        for url in event.mimeData().urls():
            if url.isLocalFile():
                self.open_path(url.toLocalFile())
                event.acceptProposedAction()
                return

    def save_notes_now(self) -> bool:
        """Hands the note being typed to the notebook and waits for it: True when everything is on disk."""
        self.view.notes.save_now()
        return self.notebook.wait(5.0)

    # -- the picture to decode first next time -----------------------------------------
    @Slot(object)
    def _on_picture_displayed(self, key: ImageKey) -> None:
        result = self.session.result
        if key.source is None and result is not None and result.package is None:
            self._start_picture = key
            self._start_picture_timer.start()  # once the participant stays on it a moment

    @Slot()
    def _remember_start_picture(self) -> None:
        from tourviewer.core.startpicture import remember

        key, result, data = self._start_picture, self.session.result, self.notebook.folder
        self._start_picture_timer.stop()
        self._start_picture = None
        if key is not None and key != self._start_picture_kept and result is not None and data is not None:
            remember(data, result.source, Path(key.path), key.width, key.height)
            self._start_picture_kept = key  # back to a picture already written: nothing to write

    def closeEvent(self, event: QCloseEvent) -> None:
        self._remember_start_picture()
        self._stop_watching()  # no reload after the notes and the decoders are shut down
        self._stop_exporting()
        self.session.leave()  # whatever was typed is handed to the notebook
        self._wait_for_notebook()
        self.loader.shutdown()
        super().closeEvent(event)

    def _stop_exporting(self) -> None:
        """An export still running is cancelled (it leaves no file) before the window it reports to goes."""
        if self._exporting is None:
            return
        thread, cancelled = self._exporting
        cancelled.set()
        thread.join(EXPORT_STOP_S)  # it stops at its next picture or page
        if thread.is_alive():
            log.warning("an export of notes did not stop within %s s", EXPORT_STOP_S)
        self._exporting = None

    def _wait_for_notebook(self) -> None:
        """Let the notebook write what is queued; past a moment, say so while waiting (up to 10 s)."""
        if self.notebook.wait(0.2):
            self.notebook.close()
            return
        from PySide6.QtWidgets import QApplication, QProgressDialog

        dialog = self.saving_dialog = QProgressDialog(translate("MainWindow", "Saving your notes…"), "", 0, 0, self)
        dialog.setCancelButton(None)
        dialog.setWindowTitle(PROGRAM)
        dialog.setMinimumDuration(0)
        dialog.show()
        for _ in range(100):
            QApplication.processEvents()
            if self.notebook.wait(0.1):
                break
        dialog.close()
        if not self.notebook.close(0.1):
            log.warning("quitting with %d notebook operations unfinished", self.notebook.pending)
