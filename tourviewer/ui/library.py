"""The start screen: sample tours, the user's tours folder and recent tours, as cards."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal, Slot
from PySide6.QtGui import QImage, QKeyEvent, QMouseEvent, QPixmap
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
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
from tourviewer.ui.images import ImageKey, ImageLoader

COVER = QSize(300, 180)
COLUMNS = 3


class CardWidget(QFrame):
    """One tour: cover, title, subtitle, stops, languages and progress. Click or Enter opens it."""

    activated = Signal(str)

    def __init__(self, card: TourCard, parent: QWidget | None = None):
        super().__init__(parent)
        self.card = card
        self.setObjectName("card")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFixedWidth(COVER.width() + 24)
        self.setStyleSheet(
            "#card { border: 1px solid palette(mid); border-radius: 8px; background: palette(base); }"
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
        self.meta = QLabel(self.meta_text())
        self.meta.setWordWrap(True)
        self.meta.setStyleSheet("color: palette(placeholder-text);")
        self.progress = QProgressBar()
        self.progress.setRange(0, max(card.stops, 1))
        self.progress.setAccessibleName("Stops visited")
        self.progress.setVisible(card.stops > 0)
        self.set_visited(card.visited)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        for widget in (self.cover, title, subtitle, self.meta, self.progress):
            layout.addWidget(widget)
        layout.addStretch(1)
        self.setAccessibleName(card.title)
        self.setAccessibleDescription(self.meta_text())
        self.setToolTip(str(card.source))

    def meta_text(self) -> str:
        card = self.card
        if card.tour_id is None:
            return f"Cannot be opened: {card.errors} problems"
        stops = "1 stop" if card.stops == 1 else f"{card.stops} stops"
        text = f"{stops} · {', '.join(card.languages)}"
        if card.errors:
            text += f" · {card.errors} problems"
        return text

    def set_visited(self, visited: int) -> None:
        self.progress.setValue(visited)
        self.progress.setFormat(f"{visited} of {self.card.stops} visited")

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
        else:
            super().keyPressEvent(event)


class LibraryPage(QScrollArea):
    """Sections of cards; `openRequested` carries the path of the chosen tour."""

    openRequested = Signal(str)
    openFileRequested = Signal()

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
        self._covers: dict[ImageKey, CardWidget] = {}
        self.setWidgetResizable(True)
        self.setAccessibleName("Tour library")
        loader.loaded.connect(self._on_cover_loaded)

    def refresh(self, recent: list[str] | None = None) -> None:
        if recent is not None:
            self.recent = recent
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(24, 16, 24, 24)
        heading = QLabel("Tour Viewer")
        heading.setStyleSheet("font-size: 22pt; font-weight: 700;")
        hint = QLabel("Choose a tour, or open a tour folder or .tour file (Ctrl+O, or drop it here).")
        open_button = QPushButton("Open a tour…")
        open_button.setAccessibleName("Open a tour")
        open_button.clicked.connect(self.openFileRequested)
        layout.addWidget(heading)
        layout.addWidget(hint)
        layout.addWidget(open_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.cards = []
        self._covers = {}
        shown: set[str] = set()
        recent = [Path(p) for p in self.recent if Path(p).exists()]
        user = tours_in(self.user_tours) if self.user_tours else []
        for title, paths in (("Recent", recent), ("Sample tours", sample_tour_folders()), ("Your tours", user)):
            fresh = [p for p in paths if str(p.resolve()) not in shown]
            shown.update(str(p.resolve()) for p in fresh)
            if fresh:
                layout.addWidget(self._section(title, fresh))
        if self.user_tours is not None:
            where = QLabel(f"Put tours in {self.user_tours} to see them here.")
            where.setStyleSheet("color: palette(placeholder-text);")
            where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            layout.addWidget(where)
        layout.addStretch(1)
        self.setWidget(body)

    def _section(self, title: str, paths: list[Path]) -> QWidget:
        section = QWidget()
        layout = QVBoxLayout(section)
        layout.setContentsMargins(0, 12, 0, 0)
        label = QLabel(title)
        label.setStyleSheet("font-size: 15pt; font-weight: 600;")
        layout.addWidget(label)
        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(16)
        for n, path in enumerate(paths):
            card = self._card(path)
            grid.addWidget(card, n // COLUMNS, n % COLUMNS, Qt.AlignmentFlag.AlignTop)
        grid.setColumnStretch(COLUMNS, 1)
        layout.addLayout(grid)
        return section

    def _card(self, path: Path) -> CardWidget:
        result = load_tour(path, checked=self.checked)
        tour = result.tour
        widget = CardWidget(card_for(result))
        if tour is not None:  # the count of stops visited follows from the notebook
            stop_ids = {s.id for s in tour.stops}
            self.notebook.visited(tour.id, lambda seen: widget.set_visited(len(seen & stop_ids)))
        widget.activated.connect(self.openRequested)
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
