"""The start window: the sample tours and the tours named on the command line, as cards."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QIcon, QImageReader, QPixmap
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QMainWindow, QVBoxLayout, QWidget

from tourviewer.core.library import TourCard, load_cards, sample_tour_folders

COVER = QSize(240, 150)


def _cover_icon(path: Path | None) -> QIcon:
    if path is None:
        return QIcon()
    reader = QImageReader(str(path))
    reader.setAutoTransform(True)
    size = reader.size()
    if size.isValid():
        reader.setScaledSize(size.scaled(COVER, Qt.AspectRatioMode.KeepAspectRatio))
    image = reader.read()
    return QIcon(QPixmap.fromImage(image)) if not image.isNull() else QIcon()


def _card_text(card: TourCard) -> str:
    lines = [card.title]
    if card.subtitle:
        lines.append(card.subtitle)
    stops = "1 stop" if card.stops == 1 else f"{card.stops} stops"
    lines.append(f"{stops} · {', '.join(card.languages)}")
    if card.errors:
        lines.append(f"{card.errors} problems: run tourviewer validate {card.source}")
    return "\n".join(lines)


class LibraryWindow(QMainWindow):
    """Lists tours as cards with their cover, title, stops and languages."""

    def __init__(self, extra_paths: list[str] | None = None):
        super().__init__()
        self.setWindowTitle("Tour Viewer")
        self.resize(1100, 720)
        heading = QLabel("Tours")
        heading.setStyleSheet("font-size: 20pt; font-weight: 600; padding: 8px 4px;")
        self.cards = QListWidget()
        self.cards.setAccessibleName("Tours")
        self.cards.setIconSize(COVER)
        self.cards.setSpacing(8)
        self.cards.setWordWrap(True)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addWidget(heading)
        layout.addWidget(self.cards)
        self.setCentralWidget(body)
        paths = [Path(p) for p in extra_paths or []] + sample_tour_folders()
        for card in load_cards(paths):
            item = QListWidgetItem(_cover_icon(card.cover), _card_text(card))
            item.setData(Qt.ItemDataRole.UserRole, str(card.source))
            item.setToolTip(str(card.source))
            self.cards.addItem(item)
