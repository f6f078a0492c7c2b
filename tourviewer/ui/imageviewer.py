"""A stop's pictures full-window, to zoom into, pan around and step through, with their hotspots."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import shiboken6
from PySide6.QtCore import QEvent, QObject, QPointF, QRectF, QSize, Qt, Signal, Slot
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

from tourviewer.core.model import Image
from tourviewer.ui.hotspots import FlatHotspots, HotspotMarker, Texts
from tourviewer.ui.i18n import Retranslating, translate
from tourviewer.ui.images import ImageKey, ImageLoader
from tourviewer.ui.viewport import own_viewport

SHARP = QSize(4096, 4096)  # the size a picture is decoded at for zooming
# the viewer's keys, which keep their meaning while a hotspot has the focus (Enter, Space, Tab are the hotspot's)
_KEYS = {
    Qt.Key.Key_Plus,
    Qt.Key.Key_Equal,
    Qt.Key.Key_Minus,
    Qt.Key.Key_0,
    Qt.Key.Key_F11,
    Qt.Key.Key_Left,
    Qt.Key.Key_Right,
}


@dataclass(frozen=True)
class ViewerPicture:
    """One picture of the stop, with its texts in the language shown."""

    path: Path
    alt: str = ""
    caption: str = ""
    credit: str = ""
    image: Image | None = None  # the tour's picture, for its hotspots


class ImageViewer(Retranslating, QDialog):
    """The stop's pictures full-window: Left/Right step through them, wheel or +/- zoom, drag pans,
    0 fits, F11 goes full screen, Escape (or the Close button) closes.

    `pictureChanged` tells the gallery which picture is shown, so it shows the same one afterwards.
    With `texts`, the picture's hotspots are drawn over it as in the gallery (Tab reaches them, Enter
    or a click activates one) and `hotspotActivated` gives the owner the hotspot's index to follow.
    """

    pictureChanged = Signal(int)
    hotspotActivated = Signal(int)

    def __init__(
        self,
        pictures: list[ViewerPicture],
        index: int,
        preview: QImage | None,
        loader: ImageLoader,
        parent: QWidget | None = None,
        texts: Texts | None = None,
        stop_titles: Callable[[str], str] | None = None,
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
        own_viewport(self.view)
        self.view.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.view.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.view.setBackgroundBrush(QColor("#111"))
        self.view.wheelEvent = self._on_wheel  # type: ignore[method-assign]
        self.view.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keys are the dialog's
        self.stop_titles = stop_titles
        self.hotspots: FlatHotspots | None = None
        if texts is not None:  # the markers ride on the view's viewport, placed where the picture is now
            self.hotspots = FlatHotspots(self.view.viewport(), texts, image_rect=self.image_rect)
            self.hotspots.activated.connect(self.hotspotActivated)
            for bar in (self.view.horizontalScrollBar(), self.view.verticalScrollBar()):
                bar.valueChanged.connect(self._place_hotspots)  # panned

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
        self.setFocus()  # the keys are the dialog's when it opens: no hotspot opens its label by itself

    # -- hotspots ----------------------------------------------------------------------------
    def image_rect(self) -> QRectF:
        """Where the picture is on the view's viewport, at the zoom and pan of now."""
        if not shiboken6.isValid(self.item) or self.item.pixmap().isNull():  # none, or the viewer is going
            return QRectF()
        return self.view.viewportTransform().mapRect(self.item.sceneBoundingRect())

    def _show_hotspots(self) -> None:
        if self.hotspots is None:
            return
        self.hotspots.show(self.pictures[self.index].image, self.stop_titles)
        for marker in self.hotspots.layer.markers:
            marker.installEventFilter(self)

    def _place_hotspots(self) -> None:
        if self.hotspots is not None:
            self.hotspots.place()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if not isinstance(watched, HotspotMarker):
            return super().eventFilter(watched, event)
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) and event.key() in _KEYS:
            self.keyPressEvent(event)
            return True
        if event.type() == QEvent.Type.FocusIn and not watched.in_view:
            hotspot = watched.hotspot  # Tab reached a hotspot zoomed out of view: the view goes to it
            if hotspot.x is not None and hotspot.y is not None:
                size = self.item.boundingRect()
                self.view.centerOn(self.item.mapToScene(QPointF(hotspot.x * size.width(), hotspot.y * size.height())))
                self._place_hotspots()
        return super().eventFilter(watched, event)

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
        self._show_hotspots()
        self.fit()

    def step(self, by: int) -> bool:
        """The stop's next (+1) or previous (-1) picture; False at either end."""
        return self.go_to(self.index + by)

    def go_to(self, target: int) -> bool:
        """Show picture `target` of the stop; False if there is none."""
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
        self._place_hotspots()

    @Slot(object, QImage)
    def _on_loaded(self, key: ImageKey, image: QImage) -> None:
        if key == self._key:
            self._set(image)

    # -- zoom and screen -----------------------------------------------------------------------
    def zoom(self, factor: float) -> None:
        self._fitted = False
        self.view.scale(factor, factor)
        self._place_hotspots()

    def fit(self) -> None:
        self._fitted = True
        if not self.item.pixmap().isNull():
            self.view.fitInView(self.item, Qt.AspectRatioMode.KeepAspectRatio)
        self._place_hotspots()

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
