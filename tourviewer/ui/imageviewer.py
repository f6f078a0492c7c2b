"""One picture full-window, to zoom into and pan around."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPointF, QSize, Qt, Slot
from PySide6.QtGui import QColor, QImage, QKeyEvent, QPixmap, QWheelEvent
from PySide6.QtWidgets import QDialog, QGraphicsPixmapItem, QGraphicsScene, QGraphicsView, QVBoxLayout, QWidget

from tourviewer.ui.images import ImageKey, ImageLoader


class ImageViewer(QDialog):
    """One image full-window: wheel or +/- to zoom, drag to pan, 0 to fit, Escape to close."""

    def __init__(self, path: Path, preview: QImage, loader: ImageLoader, alt: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(path.name)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setAccessibleName("Picture, full window")
        self.setAccessibleDescription(alt)
        self.scene = QGraphicsScene(self)
        self.item = QGraphicsPixmapItem(QPixmap.fromImage(preview))
        self.item.setTransformationMode(Qt.TransformationMode.SmoothTransformation)
        self.scene.addItem(self.item)
        self.view = QGraphicsView(self.scene)
        self.view.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.view.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.view.setBackgroundBrush(QColor("#111"))
        self.view.setAccessibleName("Picture")
        self.view.wheelEvent = self._on_wheel  # type: ignore[method-assign]
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self._fitted = True
        self._base = preview.size()
        self.loader = loader
        window = parent.window() if parent else None
        self.resize(window.size() if window else QSize(1280, 800))
        # a sharper copy for zooming, decoded off the UI thread
        self._key = loader.key(path, QSize(4096, 4096))
        loader.loaded.connect(self._on_loaded)
        sharper = loader.request(self._key)
        if sharper is not None:
            self._set(sharper)

    def _set(self, image: QImage) -> None:
        scale = self._base.width() / max(image.width(), 1)
        self.item.setPixmap(QPixmap.fromImage(image))
        self.item.setScale(scale)  # same size in the scene as the preview
        self.item.setTransformationMode(Qt.TransformationMode.SmoothTransformation)

    @Slot(object, QImage)
    def _on_loaded(self, key: ImageKey, image: QImage) -> None:
        if key == self._key:
            self._set(image)

    def zoom(self, factor: float) -> None:
        self._fitted = False
        self.view.scale(factor, factor)

    def fit(self) -> None:
        self._fitted = True
        self.view.fitInView(self.item, Qt.AspectRatioMode.KeepAspectRatio)

    def scale(self) -> float:
        return self.view.transform().m11()

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
        else:
            super().keyPressEvent(event)

    def center(self) -> QPointF:
        return self.view.mapToScene(self.view.viewport().rect().center())
