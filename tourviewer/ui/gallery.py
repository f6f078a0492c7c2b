"""The stop's pictures: the main image large, thumbnails, caption and credit, and a full-window view.

Images are decoded off the UI thread by the `ImageLoader` at the size they are
shown; the neighbouring stops' main images are prefetched so Next is instant.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QImage, QKeyEvent, QPixmap
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from tourviewer.core.model import Image
from tourviewer.core.said import Said
from tourviewer.core.session import TourSession
from tourviewer.ui.canvas import ImageCanvas
from tourviewer.ui.hotspots import FlatHotspots
from tourviewer.ui.i18n import QT_TRANSLATE_NOOP, Retranslating, show_in_language, translate
from tourviewer.ui.images import ImageKey, ImageLoader
from tourviewer.ui.latefailures import still_there
from tourviewer.ui.pictureslot import PictureSlot

if TYPE_CHECKING:
    from tourviewer.ui.imageviewer import ImageViewer
    from tourviewer.ui.panorama import PanoramaView

THUMB = QSize(120, 80)
NO_PICTURES = Said(QT_TRANSLATE_NOOP("Media", "No pictures for this stop"))


def picture_step(event: QKeyEvent) -> int:
    """+1 for Right, -1 for Left without modifiers (a keypad arrow included); 0 for any other key."""
    if event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
        return 0
    return {Qt.Key.Key_Right: 1, Qt.Key.Key_Left: -1}.get(Qt.Key(event.key()), 0)


class Gallery(Retranslating, QWidget):
    """Follows the session: the current stop's images, one large, the others as thumbnails.

    While the picture or its thumbnails have the keyboard, Left and Right step
    through the stop's pictures; Right on the last picture (Left on the first)
    goes on to the next (previous) stop, as the window's keys do elsewhere.
    """

    pictureFailed = Signal(int, int, str)  # stop index, image index, why the shown picture cannot be decoded
    panoramaMade = Signal(QWidget)  # the panorama view, made when a stop first shows a panorama

    def __init__(self, session: TourSession, loader: ImageLoader, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.loader = loader
        self.image_index = 0
        self._thumb_keys: dict[ImageKey, int] = {}
        self._full_indexes: list[int] = []  # the stop's pictures shown full-window, by their place in the stop

        self.canvas = ImageCanvas()
        self.canvas.activated.connect(self.open_full)
        self.slot = PictureSlot(self.canvas, loader)
        self.slot.unavailable.connect(self._on_unavailable)
        # hotspots: on flat pictures over the canvas; a panorama has a view of its own
        self.flat_hotspots = FlatHotspots(self.canvas, session.text)
        self.hotspots = self.flat_hotspots.layer
        self.flat_hotspots.activated.connect(self._on_hotspot)
        self.slot.displayed.connect(self.flat_hotspots.place)
        self._panorama: PanoramaView | None = None
        self.pictures = QStackedWidget()
        self.pictures.addWidget(self.canvas)
        self.thumbs = QListWidget()
        self.thumbs.setViewMode(QListWidget.ViewMode.IconMode)
        self.thumbs.setFlow(QListWidget.Flow.LeftToRight)
        self.thumbs.setWrapping(False)
        self.thumbs.setIconSize(THUMB)
        self.thumbs.setMovement(QListWidget.Movement.Static)
        self.thumbs.setGridSize(QSize(THUMB.width() + 16, THUMB.height() + 28))
        self.thumbs.setFixedHeight(THUMB.height() + 40)
        self.thumbs.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.thumbs.currentRowChanged.connect(self._on_thumb_chosen)
        self.canvas.installEventFilter(self)
        self.thumbs.installEventFilter(self)
        self.caption = QLabel()
        self.caption.setWordWrap(True)
        caption_font = self.caption.font()
        caption_font.setPointSizeF(caption_font.pointSizeF() * 1.1)
        self.caption.setFont(caption_font)
        self.credit = QLabel()
        self.credit.setWordWrap(True)
        self.credit.setStyleSheet("color: palette(placeholder-text);")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pictures, 1)
        layout.addWidget(self.thumbs)
        layout.addWidget(self.caption)
        layout.addWidget(self.credit)

        self._resize_timer = QTimer(self)
        self._resize_timer.setSingleShot(True)
        self._resize_timer.setInterval(120)
        self._resize_timer.timeout.connect(self.refresh)

        loader.loaded.connect(self._on_thumb_loaded)
        session.tourChanged.connect(self._on_stop_changed)
        session.stopChanged.connect(self._on_stop_changed)
        session.languageChanged.connect(self._on_language_changed)
        self.retranslate()

    def retranslate(self) -> None:
        """The gallery's own words in the interface language (captions and credits are the tour's)."""
        self.thumbs.setAccessibleName(translate("Gallery", "Pictures of this stop"))
        self.caption.setAccessibleName(translate("Gallery", "Caption"))
        self.credit.setAccessibleName(translate("Gallery", "Credit"))
        for n, image in enumerate(self.images()[: self.thumbs.count()]):
            self.thumbs.item(n).setData(Qt.ItemDataRole.AccessibleTextRole, self._thumb_name(n, image))

    def _thumb_name(self, n: int, image: Image) -> str:
        return translate("Gallery", "Picture {0}: {1}").format(n + 1, self.session.text(image.alt))

    # -- what is shown ---------------------------------------------------------
    def images(self) -> list[Image]:
        stop = self.session.stop
        return list(stop.images) if stop else []

    def current(self) -> Image | None:
        images = self.images()
        return images[self.image_index] if 0 <= self.image_index < len(images) else None

    def focus_picture(self) -> None:
        """Give the keyboard focus to the picture shown: the flat canvas or the panorama."""
        self.pictures.currentWidget().setFocus()

    def show_image(self, index: int) -> None:
        if 0 <= index < len(self.images()) and index != self.image_index:
            self.image_index = index
            self.thumbs.setCurrentRow(index)
            self.refresh()

    @Slot()
    def refresh(self) -> None:
        image = self.current()
        self._texts()
        if self.isVisible():
            self.layout().activate()  # the canvas at its size under this caption: the picture is decoded for it
        self.flat_hotspots.show(image, self._stop_title)
        if image is None:
            self.pictures.setCurrentWidget(self.canvas)
            self.slot.clear(NO_PICTURES, ahead=self._neighbour_keys())
            return
        if image.panorama:
            self._show_panorama(image, self.session.media_path(image.file))
            return
        self.pictures.setCurrentWidget(self.canvas)
        self.slot.show(
            self.session.media_path(image.file), image.file, ahead=self._neighbour_keys(), also=list(self._thumb_keys)
        )

    # -- panoramas and hotspots -------------------------------------------------
    @property
    def panorama(self) -> PanoramaView:
        """The view that turns a panorama: made when first needed (most stops have none)."""
        if self._panorama is None:
            from tourviewer.ui.panorama import PanoramaView, shared_decoder

            self._panorama = PanoramaView(shared_decoder(), self.session.text)
            self._panorama.hotspotActivated.connect(self._on_hotspot)
            self._panorama.activated.connect(self.open_full)
            self.pictures.addWidget(self._panorama)
            self.panoramaMade.emit(self._panorama)
        return self._panorama

    def showing_panorama(self) -> bool:
        return self._panorama is not None and self.pictures.currentWidget() is self._panorama

    def _show_panorama(self, image: Image, path: Path | None) -> None:
        self.pictures.setCurrentWidget(self.panorama)
        if self.panorama.image is not image:
            self.panorama.show_panorama(path, image, self._stop_title)
        self.slot.clear(ahead=self._neighbour_keys())  # the canvas is not seen; the neighbours still come

    def _stop_title(self, stop_id: str) -> str:
        tour = self.session.tour
        index = tour.stop_index(stop_id) if tour else None
        stop = self.session.stop_at(index) if index is not None else None
        return self.session.text(stop.title) if stop else stop_id

    @Slot(int)
    def _on_hotspot(self, index: int) -> None:
        image = self.current()
        if image is not None:
            from tourviewer.ui.panorama import follow_hotspot

            follow_hotspot(self.session, image, index, self.show_image)

    def _texts(self) -> None:
        image = self.current()
        caption = self.session.text(image.caption) if image else ""
        credit = self.session.text(image.credit) if image else ""
        self.caption.setText(caption)
        self.caption.setVisible(bool(caption))
        self.credit.setText(credit)
        self.credit.setVisible(bool(credit))
        alt = self.session.text(image.alt) if image else ""
        self.canvas.setAccessibleDescription(alt)
        self.canvas.setToolTip(alt)

    def _neighbour_keys(self) -> list[ImageKey]:
        """The next and previous stops' main pictures, at the size they will be shown."""
        keys = []
        for index in (self.session.index + 1, self.session.index - 1):
            stop = self.session.stop_at(index)
            if stop and stop.images:
                path = self.session.media_path(stop.images[0].file)
                if path is not None:
                    keys.append(self.slot.key_for(path))
        return keys

    def _fill_thumbs(self) -> None:
        self.thumbs.blockSignals(True)
        self.thumbs.clear()
        self._thumb_keys = {}
        images = self.images()
        for n, image in enumerate(images):
            item = QListWidgetItem(f"{n + 1}")
            item.setToolTip(self.session.text(image.caption) or image.file)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, self._thumb_name(n, image))
            self.thumbs.addItem(item)
            path = self.session.media_path(image.file)
            if path is not None and len(images) > 1:
                key = self.loader.key(path, THUMB)
                self._thumb_keys[key] = n
                found = self.loader.cached(key)
                if found is not None:
                    item.setIcon(QPixmap.fromImage(found))
        self.thumbs.setCurrentRow(self.image_index)
        self.thumbs.blockSignals(False)
        self.thumbs.setVisible(len(images) > 1)
        for key in self._thumb_keys:
            self.loader.request(key, prefetch=True)

    # -- events ------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        kind = event.type()
        if kind not in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress) or not isinstance(event, QKeyEvent):
            return super().eventFilter(watched, event)
        step = picture_step(event)
        target = self.image_index + step
        if step == 0 or not 0 <= target < len(self.images()):
            return super().eventFilter(watched, event)  # the window's keys: another stop
        if kind == QEvent.Type.ShortcutOverride:
            event.accept()  # a picture of this stop: no shortcut may take the key
        else:
            self.show_image(target)
        return True

    @Slot()
    def _on_stop_changed(self, *_: object) -> None:
        self.image_index = 0
        self._fill_thumbs()
        self.refresh()

    @Slot(str)
    def _on_language_changed(self, _: str) -> None:
        self._texts()
        self.hotspots.relabel()
        if self._panorama is not None:
            self._panorama.layer.relabel()

    @Slot(int)
    def _on_thumb_chosen(self, row: int) -> None:
        if row >= 0 and row != self.image_index:
            self.image_index = row
            self.refresh()

    @Slot(object, QImage)
    def _on_thumb_loaded(self, key: ImageKey, image: QImage) -> None:
        if key in self._thumb_keys:
            item = self.thumbs.item(self._thumb_keys[key])
            if item is not None:
                item.setIcon(QPixmap.fromImage(image))

    @Slot(object, str)
    def _on_unavailable(self, key: ImageKey, why: str) -> None:
        """The shown picture failed to decode: the tour's problems count it (the slot says why on screen)."""
        if still_there(key):  # a picture gone since the tour was read is no problem of the tour's
            self.pictureFailed.emit(self.session.index, self.image_index, why)

    def resizeEvent(self, event: object) -> None:  # type: ignore[override]
        super().resizeEvent(event)  # type: ignore[arg-type]
        self._resize_timer.start()

    @Slot()
    def open_full(self) -> None:
        image = self.current()
        path = self.session.media_path(image.file) if image else None
        if image is not None and image.panorama:
            from tourviewer.ui.panorama import PanoramaWindow

            PanoramaWindow(self.panorama, path, self).open()
            return
        if path is None or self.canvas.image is None:
            return
        from tourviewer.ui.imageviewer import ImageViewer, ViewerPicture  # made when first asked for

        text = self.session.text
        pictures, indexes = [], []  # the pictures that have a file, and their place in the stop
        for n, shown in enumerate(self.images()):
            where = self.session.media_path(shown.file)
            if where is not None:
                pictures.append(ViewerPicture(where, text(shown.alt), text(shown.caption), text(shown.credit), shown))
                indexes.append(n)
        self._full_indexes = indexes
        viewer = ImageViewer(
            pictures, indexes.index(self.image_index), self.canvas.image, self.loader, self, text, self._stop_title
        )
        if self.session.language:  # a window of its own does not take the gallery's font: the caption is the tour's
            show_in_language(viewer.caption, self.session.language)
        viewer.pictureChanged.connect(self._on_full_window_step)
        viewer.hotspotActivated.connect(lambda index: self._on_full_window_hotspot(viewer, index))
        viewer.open()

    def _on_full_window_hotspot(self, viewer: ImageViewer, index: int) -> None:
        """A hotspot in the full-window view: `stop` closes the view and goes there, `image` shows that picture."""
        image = self.current()  # the gallery follows the full-window view
        if image is None or not 0 <= index < len(image.hotspots):
            return
        from tourviewer.ui.panorama import follow_hotspot

        if image.hotspots[index].stop is not None:
            viewer.close()

        def show_image(n: int) -> None:
            if n in self._full_indexes:
                viewer.go_to(self._full_indexes.index(n))

        follow_hotspot(self.session, image, index, show_image)

    @Slot(int)
    def _on_full_window_step(self, index: int) -> None:
        """The gallery follows the full-window view, so that it shows the same picture when that closes."""
        self.show_image(self._full_indexes[index])
