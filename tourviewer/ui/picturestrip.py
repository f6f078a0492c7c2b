"""A row of small pictures to choose one of a stop's pictures from (the presenter console's)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal, Slot
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from tourviewer.ui.i18n import Retranslating, translate
from tourviewer.ui.images import ImageKey, ImageLoader

STRIP_THUMB = QSize(96, 64)


def _picture_name(n: int, label: str) -> str:
    return translate("PictureStrip", "Picture {0}: {1}").format(n + 1, label)


class PictureStrip(Retranslating, QListWidget):
    """Numbered thumbnails, decoded off the UI thread; a click emits `chosen` with the picture's index.

    It takes no keyboard focus: the presenter's keys (`]`, `[`) choose pictures.
    """

    chosen = Signal(int)

    def __init__(self, loader: ImageLoader, parent: QWidget | None = None):
        super().__init__(parent)
        self.loader = loader
        self._keys: dict[ImageKey, int] = {}
        self._labels: list[str] = []  # each picture's alt text or caption, from the tour
        self.setViewMode(QListWidget.ViewMode.IconMode)
        self.setFlow(QListWidget.Flow.LeftToRight)
        self.setWrapping(False)
        self.setMovement(QListWidget.Movement.Static)
        self.setIconSize(STRIP_THUMB)
        self.setGridSize(QSize(STRIP_THUMB.width() + 12, STRIP_THUMB.height() + 24))
        self.setFixedHeight(STRIP_THUMB.height() + 30)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setMinimumWidth(STRIP_THUMB.width() + 24)  # narrower than its pictures: it scrolls
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.itemClicked.connect(self._on_clicked)
        loader.loaded.connect(self._on_loaded)

    def retranslate(self) -> None:
        for n, label in enumerate(self._labels[: self.count()]):
            self.item(n).setData(Qt.ItemDataRole.AccessibleTextRole, _picture_name(n, label))

    def show_pictures(self, paths: list[Path | None], labels: list[str], current: int) -> None:
        """One thumbnail per picture (a missing file gets none), `current` selected."""
        self.clear()
        self._keys = {}
        self._labels = list(labels)
        for n, (path, label) in enumerate(zip(paths, labels, strict=True)):
            item = QListWidgetItem(f"{n + 1}")
            item.setToolTip(label)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, _picture_name(n, label))
            self.addItem(item)
            if path is None:
                continue
            key = self.loader.key(path, STRIP_THUMB)
            self._keys[key] = n
            found = self.loader.request(key, prefetch=True)
            if found is not None:
                item.setIcon(QPixmap.fromImage(found))
        self.select(current)

    def select(self, index: int) -> None:
        self.blockSignals(True)
        self.setCurrentRow(index)
        self.blockSignals(False)

    @Slot(QListWidgetItem)
    def _on_clicked(self, item: QListWidgetItem) -> None:
        self.chosen.emit(self.row(item))

    @Slot(object, QImage)
    def _on_loaded(self, key: ImageKey, image: QImage) -> None:
        row = self._keys.get(key)
        item = self.item(row) if row is not None else None
        if item is not None:
            item.setIcon(QPixmap.fromImage(image))
