"""The start screen: "Continue" where the last tour was left, and sample tours, the user's tours folder
and recent tours, as cards. A card says whether it is a folder or a `.tour` package; a recent one can
be removed from the list (its context menu, or Delete)."""

from __future__ import annotations

from pathlib import Path

import shiboken6
from PySide6.QtCore import QLocale, QSize, Qt, Signal, Slot
from PySide6.QtGui import QContextMenuEvent, QImage, QKeyEvent, QMouseEvent, QPixmap
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QMenu,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from tourviewer.core.checked import CheckedTours
from tourviewer.core.library import TourCard, card_for, sample_tour_folders, tours_in
from tourviewer.core.loader import load_tour
from tourviewer.core.notebook import Notebook
from tourviewer.core.store import Position
from tourviewer.ui.i18n import QT_TRANSLATE_NOOP, Retranslating, preferred_tour_language, translate
from tourviewer.ui.images import ImageKey, ImageLoader
from tourviewer.ui.languages import language_name
from tourviewer.ui.style import border_colour

COVER = QSize(300, 180)


def source_kind(source: Path) -> str:
    """What a card's tour is on disk: a folder, or a package file (named, so it differs from its folder)."""
    if source.suffix.lower() == ".tour":
        return translate("CardWidget", "package {0}").format(source.name)
    folder = source.parent if source.name == "tour.toml" else source
    return translate("CardWidget", "folder {0}").format(folder.name)


COLUMNS = 3
SECTIONS = (
    QT_TRANSLATE_NOOP("LibraryPage", "Recent"),
    QT_TRANSLATE_NOOP("LibraryPage", "Sample tours"),
    QT_TRANSLATE_NOOP("LibraryPage", "Your tours"),
)


class CardWidget(Retranslating, QFrame):
    """One tour: cover, title, subtitle, stops, languages and progress. Click or Enter opens it."""

    activated = Signal(str)
    removeRequested = Signal(str)  # the recent entry this card stands for

    def __init__(self, card: TourCard, parent: QWidget | None = None, recent: str | None = None):
        super().__init__(parent)
        self.card = card
        self.recent = recent  # the entry of the recent list, when the card is in that section
        self.setObjectName("card")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFixedWidth(COVER.width() + 24)
        border = border_colour(self.palette()).name()  # palette(mid) vanishes on a dark scheme's base
        self.setStyleSheet(
            f"#card {{ border: 1px solid {border}; border-radius: 8px; background: palette(base); }}"
            "#card:focus { border: 2px solid palette(highlight); }"
        )
        self.cover = QLabel()
        self.cover.setFixedSize(COVER)
        self.cover.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.cover.setStyleSheet("background: palette(alternate-base); border-radius: 4px;")
        title = QLabel(card.title)
        title.setWordWrap(True)
        title.setStyleSheet("font-size: 13pt; font-weight: 600;")
        subtitle = QLabel(card.subtitle)
        subtitle.setWordWrap(True)
        subtitle.setVisible(bool(card.subtitle))
        self.meta = QLabel()
        self.meta.setWordWrap(True)
        self.meta.setStyleSheet("color: palette(placeholder-text);")
        self.progress = QProgressBar()
        self.progress.setRange(0, max(card.stops, 1))
        self.progress.setVisible(card.stops > 0)
        self._visited = card.visited
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        for widget in (self.cover, title, subtitle, self.meta, self.progress):
            layout.addWidget(widget)
        layout.addStretch(1)
        self.setAccessibleName(card.title)
        self.setToolTip(str(card.source))
        self.retranslate()

    def retranslate(self) -> None:
        self.meta.setText(self.meta_text())
        self.setAccessibleDescription(self.meta_text())
        self.progress.setAccessibleName(translate("CardWidget", "Stops visited"))
        self.set_visited(self._visited)

    def meta_text(self) -> str:
        card = self.card
        errors = card.errors
        if card.tour_id is None:
            return translate("CardWidget", "Cannot be opened: %n problem(s)", None, errors)
        stops = card.stops
        parts = [
            translate("CardWidget", "%n stop(s)", None, stops),
            ", ".join(language_name(tag) for tag in card.languages),
            source_kind(card.source),
        ]
        if errors:
            parts.append(translate("CardWidget", "%n problem(s)", None, errors))
        return " · ".join(parts)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:  # noqa: N802 (Qt's name)
        if self.recent is None:
            return
        menu = QMenu(self)
        menu.addAction(translate("CardWidget", "Remove from Recent"), self._remove)
        menu.exec(event.globalPos())

    @Slot()
    def _remove(self) -> None:
        if self.recent is not None:
            self.removeRequested.emit(self.recent)

    def set_visited(self, visited: int) -> None:
        self._visited = visited
        self.progress.setValue(visited)
        locale = QLocale()
        text = translate("CardWidget", "{0} of {1} visited").format(
            locale.toString(visited), locale.toString(self.card.stops)
        )
        self.progress.setFormat(text.replace("%", "%%"))

    def set_cover(self, image: QImage) -> None:
        pixmap = QPixmap.fromImage(image).scaled(
            COVER, Qt.AspectRatioMode.KeepAspectRatioByExpanding, Qt.TransformationMode.SmoothTransformation
        )
        x = max(0, (pixmap.width() - COVER.width()) // 2)
        y = max(0, (pixmap.height() - COVER.height()) // 2)
        self.cover.setPixmap(pixmap.copy(x, y, COVER.width(), COVER.height()))

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.activated.emit(str(self.card.source))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.activated.emit(str(self.card.source))
        elif event.key() == Qt.Key.Key_Delete and self.recent is not None:
            self._remove()
        else:
            super().keyPressEvent(event)


class LibraryPage(Retranslating, QScrollArea):
    """Sections of cards; `openRequested` carries the path of the chosen tour."""

    openRequested = Signal(str)
    openFileRequested = Signal()
    removeRecentRequested = Signal(str)

    def __init__(
        self,
        loader: ImageLoader,
        notebook: Notebook,
        user_tours: Path | None,
        checked: CheckedTours | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.loader = loader
        self.checked = checked
        self.notebook = notebook
        self.user_tours = user_tours
        self.recent: list[str] = []
        self.cards: list[CardWidget] = []
        self.continue_button: QPushButton | None = None
        self._continue_path = ""
        self._covers: dict[ImageKey, CardWidget] = {}
        self.setWidgetResizable(True)
        self._named: list[tuple[QLabel | QPushButton, str]] = []  # texts of the page, set again by retranslate
        self._where: QLabel | None = None
        self._open_button: QPushButton | None = None
        self._continue: tuple[str, int | None] | None = None  # the tour's title, and the stop's index
        loader.loaded.connect(self._on_cover_loaded)
        self.retranslate()

    def retranslate(self) -> None:
        self.setAccessibleName(translate("LibraryPage", "Tour library"))
        for widget, text in self._named:
            widget.setText(translate("LibraryPage", text))
        if self._open_button is not None:
            self._open_button.setAccessibleName(translate("LibraryPage", "Open a tour"))
        if self._where is not None and self.user_tours is not None:
            self._where.setText(translate("LibraryPage", "Put tours in {0} to see them here.").format(self.user_tours))
        self._show_continue()

    def refresh(self, recent: list[str] | None = None) -> None:
        if recent is not None:
            self.recent = recent
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(24, 16, 24, 24)
        heading = QLabel("Tour Viewer")  # the program's name, the same in every language
        heading.setStyleSheet("font-size: 22pt; font-weight: 700;")
        hint = QLabel()
        hint.setWordWrap(True)
        open_button = QPushButton()
        open_button.clicked.connect(self.openFileRequested)
        self._open_button = open_button
        self._named = [
            (
                hint,
                QT_TRANSLATE_NOOP(
                    "LibraryPage", "Choose a tour, or open a tour folder or .tour file (Ctrl+O, or drop it here)."
                ),
            ),
            (open_button, QT_TRANSLATE_NOOP("LibraryPage", "Open a tour…")),
        ]
        layout.addWidget(heading)
        layout.addWidget(hint)
        layout.addWidget(open_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.continue_button = self._continue_button()
        if self.continue_button is not None:
            layout.addWidget(self.continue_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.cards = []
        self._covers = {}
        shown: set[str] = set()
        recent = [Path(p) for p in self.recent if Path(p).exists()]
        user = tours_in(self.user_tours) if self.user_tours else []
        self._where = None
        for title, paths in zip(SECTIONS, (recent, sample_tour_folders(), user), strict=True):
            fresh = [p for p in paths if str(p.resolve()) not in shown]
            shown.update(str(p.resolve()) for p in fresh)
            if fresh:
                layout.addWidget(self._section(title, fresh, recent=title == SECTIONS[0]))
        if self.user_tours is not None:
            where = self._where = QLabel()
            where.setWordWrap(True)
            where.setStyleSheet("color: palette(placeholder-text);")
            where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            layout.addWidget(where)
        layout.addStretch(1)
        self.setWidget(body)
        self.retranslate()

    def _continue_button(self) -> QPushButton | None:
        """ "Continue Hongsung at stop 3": the tour opened last, where it was left (the stop comes from
        the notebook a moment later)."""
        last = next((Path(p) for p in self.recent if Path(p).exists()), None)
        tour = load_tour(last, checked=self.checked).tour if last is not None else None
        if last is None or tour is None:
            return None
        button = QPushButton()
        button.setStyleSheet("font-weight: 600; padding: 6px 14px;")
        self._continue_path = str(last)
        button.clicked.connect(self._on_continue)

        def show(where: Position | None) -> None:
            if not shiboken6.isValid(button) or button is not self.continue_button:
                return  # the library was refreshed meanwhile
            index = tour.stop_index(where.stop_id) if where is not None and where.stop_id is not None else None
            language = where.language if where is not None and where.language in tour.languages else None
            self._continue = (tour.text(tour.title, language or first_language), index)
            self._show_continue()

        first_language = preferred_tour_language(tour.languages) or tour.default_language
        self._continue = (tour.text(tour.title, first_language), None)
        self.notebook.progress(tour.id, lambda progress: show(progress.position))
        return button

    def _show_continue(self) -> None:
        button = self.continue_button
        if button is None or self._continue is None or not shiboken6.isValid(button):
            return
        title, index = self._continue
        if index is not None:
            text = translate("LibraryPage", "Continue {0} at stop {1}").format(title, QLocale().toString(index + 1))
        else:
            text = translate("LibraryPage", "Continue {0}").format(title)
        button.setText(f"▶  {text}")
        button.setAccessibleName(text)

    @Slot()
    def _on_continue(self) -> None:
        self.openRequested.emit(self._continue_path)

    def _section(self, title: str, paths: list[Path], recent: bool = False) -> QWidget:
        section = QWidget()
        layout = QVBoxLayout(section)
        layout.setContentsMargins(0, 12, 0, 0)
        label = QLabel(translate("LibraryPage", title))
        self._named.append((label, title))
        label.setStyleSheet("font-size: 15pt; font-weight: 600;")
        layout.addWidget(label)
        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(16)
        for n, path in enumerate(paths):
            card = self._card(path, recent=str(path) if recent else None)
            grid.addWidget(card, n // COLUMNS, n % COLUMNS, Qt.AlignmentFlag.AlignTop)
        grid.setColumnStretch(COLUMNS, 1)
        layout.addLayout(grid)
        return section

    def _card(self, path: Path, recent: str | None = None) -> CardWidget:
        result = load_tour(path, checked=self.checked)
        tour = result.tour
        language = preferred_tour_language(tour.languages) if tour is not None else None
        widget = CardWidget(card_for(result, language), recent=recent)
        if tour is not None:  # the count of stops visited follows from the notebook
            stop_ids = {s.id for s in tour.stops}
            self.notebook.visited(tour.id, lambda seen: widget.set_visited(len(seen & stop_ids)))
        widget.activated.connect(self.openRequested)
        widget.removeRequested.connect(self.removeRecentRequested)
        self.cards.append(widget)
        if widget.card.cover is not None:
            key = self.loader.key(widget.card.cover, COVER * 2)
            self._covers[key] = widget
            found = self.loader.request(key, prefetch=True)
            if found is not None:
                widget.set_cover(found)
        return widget

    @Slot(object, QImage)
    def _on_cover_loaded(self, key: ImageKey, image: QImage) -> None:
        widget = self._covers.get(key)
        if widget is not None:
            widget.set_cover(image)
