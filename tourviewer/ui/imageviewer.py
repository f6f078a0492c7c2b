"""A stop's pictures full-window, to zoom into, pan around and step through."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QPointF, QSize, Qt, Signal, Slot
from PySide6.QtGui import QColor, QImage, QKeyEvent, QPixmap, QWheelEvent
from PySide6.QtWidgets import (
    QDialog,
    QGraphicsPixmapItem,
    QGraphicsScene,
    QGraphicsView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tourviewer.ui.i18n import Retranslating, translate
from tourviewer.ui.images import ImageKey, ImageLoader

SHARP = QSize(4096, 4096)  # the size a picture is decoded at for zooming


@dataclass(frozen=True)
class ViewerPicture:
    """One picture of the stop, with its texts in the language shown."""

    path: Path
    alt: str = ""
    caption: str = ""
    credit: str = ""


class ImageViewer(Retranslating, QDialog):
    """The stop's pictures full-window: Left/Right step through them, wheel or +/- zoom, drag pans,
    0 fits, F11 goes full screen, Escape (or the Close button) closes.

    `pictureChanged` tells the gallery which picture is shown, so it shows the same one afterwards.
    """

    pictureChanged = Signal(int)

    def __init__(
        self,
        pictures: list[ViewerPicture],
        index: int,
        preview: QImage | None,
        loader: ImageLoader,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.pictures = pictures
        self.index = index
        self.loader = loader
        self.scene = QGraphicsScene(self)
        self.item = QGraphicsPixmapItem()
        self.item.setTransformationMode(Qt.TransformationMode.SmoothTransformation)
        self.scene.addItem(self.item)
        self.view = QGraphicsView(self.scene)
        self.view.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.view.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.view.setBackgroundBrush(QColor("#111"))
        self.view.wheelEvent = self._on_wheel  # type: ignore[method-assign]
        self.view.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keys are the dialog's

        self.caption = QLabel()
        self.caption.setWordWrap(True)
        self.counter = QLabel()
        self.full_button = QPushButton()
        self.full_button.clicked.connect(self.toggle_full_screen)
        self.close_button = QPushButton()
        self.close_button.clicked.connect(self.close)
        for button in (self.full_button, self.close_button):
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            button.setAutoDefault(False)  # Enter is not a click on either
        bar = QHBoxLayout()
        bar.setContentsMargins(12, 6, 12, 6)
        bar.addWidget(self.caption, 1)
        bar.addWidget(self.counter)
        bar.addSpacing(12)
        bar.addWidget(self.full_button)
        bar.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.view, 1)
        layout.addLayout(bar)

        self._fitted = True
        self._base: QSize | None = None  # the shown picture's size in the scene, whatever its sharpness
        self._key: ImageKey | None = None
        window = parent.window() if parent else None
        self.resize(window.size() if window else QSize(1280, 800))
        loader.loaded.connect(self._on_loaded)
        self._show(index, preview)
        self.retranslate()

    def retranslate(self) -> None:
        self.setAccessibleName(translate("ImageViewer", "Picture, full window"))
        self.view.setAccessibleName(translate("ImageViewer", "Picture"))
        self.caption.setAccessibleName(translate("ImageViewer", "Caption"))
        self.counter.setAccessibleName(translate("ImageViewer", "Picture number"))
        self.full_button.setToolTip(translate("ImageViewer", "Full screen (F11)"))
        self.close_button.setText(translate("ImageViewer", "✕  Close"))
        self.close_button.setAccessibleName(translate("ImageViewer", "Close the picture"))
        self.close_button.setToolTip(translate("ImageViewer", "Close (Escape)"))
        self._show_counter()
        self._show_full_screen_label()

    def _show_counter(self) -> None:
        self.counter.setText(translate("ImageViewer", "{0} of {1}").format(self.index + 1, len(self.pictures)))

    def _show_full_screen_label(self) -> None:
        if self.isFullScreen():
            self.full_button.setText(translate("ImageViewer", "Leave full screen"))
        else:
            self.full_button.setText(translate("ImageViewer", "Full screen"))

    # -- which picture ---------------------------------------------------------------------
    def _show(self, index: int, preview: QImage | None = None) -> None:
        picture = self.pictures[index]
        self.index = index
        self.setWindowTitle(picture.path.name)
        self.setAccessibleDescription(picture.alt)
        self.view.setToolTip(picture.alt)
        texts = [t for t in (picture.caption, picture.credit) if t]
        self.caption.setText(" — ".join(texts))
        self._show_counter()
        self.counter.setVisible(len(self.pictures) > 1)
        self._base = None
        self._key = self.loader.key(picture.path, SHARP)  # a sharper copy for zooming, decoded off the UI thread
        sharper = self.loader.request(self._key)
        first = sharper if sharper is not None else preview
        if first is not None:
            self._set(first)
        else:
            self.item.setPixmap(QPixmap())  # the previous picture never stays under this one's caption
        self.fit()

    def step(self, by: int) -> bool:
        """The stop's next (+1) or previous (-1) picture; False at either end."""
        target = self.index + by
        if not 0 <= target < len(self.pictures):
            return False
        self._show(target)
        self.pictureChanged.emit(target)
        return True

    def _set(self, image: QImage) -> None:
        if self._base is None:
            self._base = image.size()
        scale = self._base.width() / max(image.width(), 1)
        self.item.setPixmap(QPixmap.fromImage(image))
        self.item.setScale(scale)  # the same size in the scene as the first copy shown
        self.item.setTransformationMode(Qt.TransformationMode.SmoothTransformation)
        self.scene.setSceneRect(self.item.sceneBoundingRect())
        if self._fitted:
            self.fit()

    @Slot(object, QImage)
    def _on_loaded(self, key: ImageKey, image: QImage) -> None:
        if key == self._key:
            self._set(image)

    # -- zoom and screen -----------------------------------------------------------------------
    def zoom(self, factor: float) -> None:
        self._fitted = False
        self.view.scale(factor, factor)

    def fit(self) -> None:
        self._fitted = True
        if not self.item.pixmap().isNull():
            self.view.fitInView(self.item, Qt.AspectRatioMode.KeepAspectRatio)

    def scale(self) -> float:
        return self.view.transform().m11()

    @Slot()
    def toggle_full_screen(self) -> None:
        if self.isFullScreen():
            self.showNormal()
        else:
            self.showFullScreen()
        self._show_full_screen_label()

    def showEvent(self, event: object) -> None:  # type: ignore[override]
        super().showEvent(event)  # type: ignore[arg-type]
        self.fit()

    def resizeEvent(self, event: object) -> None:  # type: ignore[override]
        super().resizeEvent(event)  # type: ignore[arg-type]
        if self._fitted:
            self.fit()

    def _on_wheel(self, event: QWheelEvent) -> None:
        self.zoom(1.25 if event.angleDelta().y() > 0 else 0.8)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom(1.25)
        elif key == Qt.Key.Key_Minus:
            self.zoom(0.8)
        elif key == Qt.Key.Key_0:
            self.fit()
        elif key == Qt.Key.Key_F11:
            self.toggle_full_screen()
        elif key in (Qt.Key.Key_Right, Qt.Key.Key_Left):
            self.step(1 if key == Qt.Key.Key_Right else -1)
        else:
            super().keyPressEvent(event)

    def center(self) -> QPointF:
        return self.view.mapToScene(self.view.viewport().rect().center())
