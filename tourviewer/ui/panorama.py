"""A 360° panorama you can turn: `PanoramaView`, its full-window dialog, and its decoding off the UI thread.

The view draws the perspective view of the equirectangular picture
(`core.panorama.render`, on the CPU) for its `Camera`, which turns by dragging,
by the arrow keys while the view has the focus, and zooms with the wheel and
+/- (field of view 20° to 120°). It opens at the image's `view`. A heading
indicator shows which way it looks; a button shows the whole picture flat and
back. Hotspots are markers (`HotspotLayer`) kept on their yaw and pitch.

Pictures are decoded by `PanoramaDecoder` on a thread of its own, at the width
the window and field of view need (a half, quarter, … of the file's width, at
most 8192 pixels), so a 16384 x 8192 photo never needs more than one 8192 x
4096 copy in memory; a preview at most 2048 wide is decoded first, so a view
shows at once. While the view is turning it is drawn at half the resolution
(from a half-size copy of the picture) and scaled up; once it rests it is drawn
again at full resolution. Everything is drawn on the CPU: no OpenGL.
"""

from __future__ import annotations

import logging
import queue
import threading
import weakref
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import QLocale, QObject, QPoint, QPointF, QRectF, QSize, Qt, QTimer, Signal, Slot
from PySide6.QtGui import (
    QColor,
    QFont,
    QImage,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QDialog, QSizePolicy, QToolButton, QVBoxLayout, QWidget

from tourviewer.core.model import Hotspot, Image
from tourviewer.core.panorama import MAX_FOV, MIN_FOV, Camera, Sphere, picture_point, render
from tourviewer.core.presenting import Presentation
from tourviewer.core.session import TourSession
from tourviewer.ui.hotspots import FlatHotspots, HotspotLayer, Texts
from tourviewer.ui.i18n import QT_TRANSLATE_NOOP, Retranslating, translate
from tourviewer.ui.images import image_reader

log = logging.getLogger(__name__)

TURN_STEP = 5.0  # degrees per arrow key (Shift: three times as far)
ZOOM_STEP = 1.15  # field of view factor per wheel notch or +/-
SETTLE_MS = 140  # after this long without turning, the view is drawn at full resolution
MOVING_SCALE = 0.5  # the resolution the view is drawn at while it turns
PREVIEW_WIDTH = 2048  # a panorama needed wider is first decoded at most this wide, to show a view at once
LOADING = QT_TRANSLATE_NOOP("PanoramaView", "Loading…")
NOT_AVAILABLE = QT_TRANSLATE_NOOP("PanoramaView", "Image not available: {0}")


def preview_width(source_width: int) -> int:
    """The preview's width: a half, quarter, … of the file's width (what JPEG decodes fast), at most PREVIEW_WIDTH."""
    width = source_width
    while width > PREVIEW_WIDTH:
        width //= 2
    return max(1, width)


@dataclass(frozen=True)
class PanoramaKey:
    """A panorama file decoded at a width."""

    path: str
    width: int
    source: object = field(default=None, compare=False, repr=False)  # a package entry: where the bytes are


def source_size(path: object) -> QSize:
    """The pixel size a picture file (a path, or an entry of a package) declares, read from its header."""
    reader, _keep = image_reader(path)
    if reader is None:
        return QSize()
    reader.setAutoTransform(True)
    return reader.size()


def decode_sphere(key: PanoramaKey) -> Sphere:
    """Decode `key.path` at `key.width` (half as high) into a `Sphere`; raises OSError when it cannot be read."""
    import numpy as np

    reader, keep = image_reader(key.source if key.source is not None else key.path)
    if reader is None:
        raise OSError(str(keep))
    reader.setAutoTransform(True)
    size = reader.size()
    if not size.isValid():
        raise OSError(reader.errorString() or "unreadable image")
    if size.width() != key.width:
        reader.setScaledSize(QSize(key.width, max(1, round(size.height() * key.width / size.width()))))
    image = reader.read()
    if image.isNull():
        raise OSError(reader.errorString() or "unreadable image")
    if image.format() != QImage.Format.Format_RGB32:
        image = image.convertToFormat(QImage.Format.Format_RGB32)
    width, height = image.width(), image.height()
    rows = np.frombuffer(image.constBits(), np.uint8, count=image.sizeInBytes()).reshape(height, image.bytesPerLine())
    return Sphere(rows[:, : width * 4].reshape(height, width, 4), owner=image)  # no copy: the image holds the pixels


def _import_libraries() -> None:
    """numpy, imported on the UI thread before a decoding thread needs it.

    It is not imported with this module: a tour without panoramas never
    loads it. Importing it first on a worker thread would let other code see
    a half-imported numpy in `sys.modules`.
    """
    import numpy  # noqa: F401


def _scale_into(pixels: Any, target: Any) -> None:
    """Draws `pixels` (height x width x 4, 32-bit RGB) smoothly scaled to fill `target`, an array of the same kind.

    Qt's raster painter scales bilinearly with SIMD into the target's memory: no new image per frame.
    """
    small = QImage(pixels.data, pixels.shape[1], pixels.shape[0], pixels.strides[0], QImage.Format.Format_RGB32)
    big = QImage(target.data, target.shape[1], target.shape[0], target.strides[0], QImage.Format.Format_RGB32)
    painter = QPainter(big)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    painter.drawImage(big.rect(), small)
    painter.end()


_RELAYS: list[QObject] = []  # never deleted: a decoding thread may emit while a window closes


class _Relay(QObject):
    done = Signal(object, object, str)  # key, sphere or None, error


class PanoramaDecoder(QObject):
    """Decodes panoramas one at a time on its own thread; the newest request goes first, older ones are dropped.

    Spheres are shared while any view holds them (the presenter console and the
    audience window asking for the same file at the same width decode it once).
    """

    ready = Signal(object, object)  # PanoramaKey, Sphere
    failed = Signal(object, str)  # PanoramaKey, why

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._relay = _Relay()
        _RELAYS.append(self._relay)
        self._relay.done.connect(self._on_done, Qt.ConnectionType.QueuedConnection)
        self._queue: queue.LifoQueue[PanoramaKey | None] = queue.LifoQueue()
        self._pending: set[PanoramaKey] = set()
        self._live: weakref.WeakValueDictionary[PanoramaKey, Sphere] = weakref.WeakValueDictionary()
        self._wants: dict[int, frozenset[PanoramaKey]] = {}  # what each view wants
        self._shared = _Wanted()  # what the thread may decode: every view's want, replaced whole
        self.errors: dict[PanoramaKey, str] = {}
        self._thread: threading.Thread | None = None  # started by the first request: most tours have no panorama

    def _start(self) -> None:
        relay, jobs, shared = self._relay, self._queue, self._shared
        self._thread = threading.Thread(target=_work, args=(relay, jobs, shared), name="panorama-decoder", daemon=True)
        self._thread.start()
        weakref.finalize(self, jobs.put, None)

    @property
    def wanted(self) -> frozenset[PanoramaKey]:
        return self._shared.keys

    def request(self, key: PanoramaKey, owner: object, preview: PanoramaKey | None = None) -> Sphere | None:
        """The sphere now when some view holds it; otherwise it comes through `ready` or `failed`.

        `owner` (a view) now wants this picture only, and `preview` (a smaller
        decode of it, made first) until it comes: what no view wants any more is
        dropped from the queue undecoded.
        """
        self._wants[id(owner)] = frozenset(k for k in (key, preview) if k is not None)
        self._shared.keys = frozenset().union(*self._wants.values())
        found = self._live.get(key)
        if found is not None:
            return found
        if self._thread is None:
            self._start()
        for wanted in (key, preview):  # the queue takes the newest first: the preview
            if wanted is not None and wanted not in self._pending and wanted not in self.errors:
                if wanted is preview and self._live.get(wanted) is not None:
                    continue
                self._pending.add(wanted)
                self._queue.put(wanted)
        return None

    def live(self, key: PanoramaKey) -> Sphere | None:
        """The sphere of `key` when some view holds it."""
        return self._live.get(key)

    def unwant(self, owner: object) -> None:
        self._wants.pop(id(owner), None)
        self._shared.keys = frozenset().union(*self._wants.values())

    @property
    def busy(self) -> bool:
        return bool(self._pending)

    @Slot(object, object, str)
    def _on_done(self, key: PanoramaKey, sphere: Sphere | None, error: str) -> None:
        self._pending.discard(key)
        if sphere is not None:
            self._live[key] = sphere
            self.ready.emit(key, sphere)
        elif error:
            self.errors[key] = error
            self.failed.emit(key, error)
        elif key in self.wanted:  # skipped as unwanted, then asked for again
            self._pending.add(key)
            self._queue.put(key)


_SHARED: list[PanoramaDecoder] = []


def shared_decoder() -> PanoramaDecoder:
    """The decoder every window uses, so a panorama shown in two windows is decoded once."""
    if not _SHARED:
        _SHARED.append(PanoramaDecoder())
    return _SHARED[0]


def wait_for_panoramas(timeout_s: float = 30) -> bool:
    """Block until the shared decoder has answered every request (for screenshots and tests)."""
    import time

    from PySide6.QtWidgets import QApplication

    end = time.monotonic() + timeout_s
    while _SHARED and _SHARED[0].busy:
        if time.monotonic() > end:
            return False
        QApplication.processEvents()
        time.sleep(0.01)
    return True


def follow_hotspot(session: TourSession, image: Image, index: int, show_image: Callable[[int], None]) -> None:
    """What activating hotspot `index` of `image` does in a window that follows `session`.

    `stop` goes to that stop; `image` calls `show_image` with the index of that
    picture in the current stop; `text` needs nothing here (its bubble opens
    over the picture).
    """
    if not 0 <= index < len(image.hotspots):
        return
    hotspot = image.hotspots[index]
    if hotspot.stop is not None:
        session.go_to_id(hotspot.stop)
    elif hotspot.image is not None and session.stop is not None:
        files = [i.file for i in session.stop.images]
        if hotspot.image in files:
            show_image(files.index(hotspot.image))


class _Wanted:
    keys: frozenset[PanoramaKey] = frozenset()


def _work(relay: _Relay, jobs: queue.LifoQueue[PanoramaKey | None], wanted: _Wanted) -> None:
    while True:
        key = jobs.get()
        if key is None:
            return
        try:
            if key not in wanted.keys:
                relay.done.emit(key, None, "")  # the view moved on before it was decoded
                continue
            try:
                relay.done.emit(key, decode_sphere(key), "")
            except Exception as exc:  # a worker must always answer; a hostile file is a message, not a crash
                log.warning("decoding the panorama %s failed: %s", key.path, exc)
                relay.done.emit(key, None, str(exc) or "unreadable image")
        except RuntimeError:  # the relay is gone: the program is closing
            return


class PanoramaView(Retranslating, QWidget):
    """A panorama drawn in perspective, turned by drag, arrow keys and wheel, with its hotspots."""

    cameraChanged = Signal(object)  # Camera
    hotspotActivated = Signal(int)  # index of the hotspot in the image's list
    firstPaint = Signal()  # the first view of a panorama has been painted
    activated = Signal()  # Enter or a double-click: show it full-window

    def __init__(self, decoder: PanoramaDecoder, texts: Texts, parent: QWidget | None = None):
        super().__init__(parent)
        self.decoder = decoder
        self.texts = texts
        self.image: Image | None = None
        self.camera = Camera()
        self.flat = False
        self.interactive = True  # False on the audience window: it follows, it does not take input
        self._path: Path | None = None
        self._source = QSize()
        self._key: PanoramaKey | None = None
        self._sphere: Sphere | None = None
        self._frame: QImage | None = None
        self._frame_camera: Camera | None = None
        self._frame_pixels: Any = None  # the array a frame's QImage reads from
        self._buffers: dict[str, Any] = {}
        self._message = ""  # what the view says while it has no picture, in the interface language
        self._said: tuple[str, tuple[str, ...]] = ("", ())  # its English source and values
        self._painted_first = False
        self._moving = False
        self._drag_from: QPoint | None = None
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(240, 160)
        self.setCursor(Qt.CursorShape.OpenHandCursor)
        self.layer = HotspotLayer(self, texts)
        self.layer.activated.connect(self.hotspotActivated)
        self.flat_button = QToolButton(self)
        self.flat_button.setCheckable(True)
        self.flat_button.toggled.connect(self.set_flat)
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(SETTLE_MS)
        self._settle.timeout.connect(self._on_settled)
        decoder.ready.connect(self._on_ready)
        decoder.failed.connect(self._on_failed)
        self.retranslate()

    def retranslate(self) -> None:
        """The interface language changed: the button, the message, the hotspots' descriptions."""
        self.setAccessibleName(translate("PanoramaView", "Panorama"))
        self.flat_button.setToolTip(translate("PanoramaView", "Show the whole 360° picture flat, and back"))
        self._show_flat_button()
        self._place_button()  # as wide as its new text
        self._say(self._said[0], *self._said[1])
        self.update()

    def _show_flat_button(self) -> None:
        if self.flat:
            self.flat_button.setText(translate("PanoramaView", "Look around"))
            self.flat_button.setAccessibleName(translate("PanoramaView", "Look around in the panorama"))
        else:
            self.flat_button.setText(translate("PanoramaView", "Flat"))
            self.flat_button.setAccessibleName(translate("PanoramaView", "Show the whole picture flat"))

    def _say(self, source: str, *values: str) -> None:
        """Say `source` (English marked in the context "PanoramaView"; "" for nothing) with `values`."""
        self._said = (source, values)
        self._message = translate("PanoramaView", source).format(*values) if source else ""

    # -- what is shown ---------------------------------------------------------------
    def show_panorama(self, path: Path | None, image: Image, stop_titles: Callable[[str], str] | None = None) -> None:
        """Show `image` (a panorama) from `path`, looking where its `view` says."""
        _import_libraries()
        self.image = image
        view = image.start_view
        self.camera = Camera(view.yaw, view.pitch, view.fov, self.width(), self.height())
        self._path = path
        self._sphere, self._frame, self._frame_camera = None, None, None
        self._painted_first = False
        if self._key is not None:
            self.decoder.unwant(self)
        self._key = None
        self.flat_button.blockSignals(True)
        self.flat_button.setChecked(False)
        self.flat_button.blockSignals(False)
        self.flat = False
        self.layer.set_hotspots(list(image.hotspots), stop_titles, self.flat_button)
        if not self.interactive:
            for marker in self.layer.markers:
                marker.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setAccessibleDescription(self.texts(image.alt))
        self._source = source_size(path) if path is not None else QSize()
        if path is None or not self._source.isValid():
            self._say(NOT_AVAILABLE, image.file)
        else:
            self._say(LOADING)
            self._ask()
        self._place_markers()
        self.cameraChanged.emit(self.camera)
        self.update()

    def set_interactive(self, interactive: bool) -> None:
        """False: a view that only follows (the audience window): no controls, no focus, no pointer."""
        self.interactive = interactive
        self.flat_button.setVisible(interactive)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus if interactive else Qt.FocusPolicy.NoFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, not interactive)

    def clear(self) -> None:
        if self._key is not None:
            self.decoder.unwant(self)
        self.image, self._key, self._sphere, self._frame = None, None, None, None
        self.layer.set_hotspots([])

    @property
    def ready(self) -> bool:
        return self._sphere is not None

    @property
    def decoded_width(self) -> int:
        return self._sphere.width if self._sphere is not None else 0

    def _ask(self) -> None:
        """Ask for the picture at the width this window and field of view need (more only, never less)."""
        if self._path is None or not self._source.isValid() or self.width() < 2:
            return
        width = self.camera.sized(self.width(), self.height()).decode_width(self._source.width())
        if self._sphere is not None and self._sphere.width >= width:
            return
        entry = None if isinstance(self._path, Path) else self._path  # an entry of a package: its bytes
        key = PanoramaKey(str(self._path), width, entry)
        if key == self._key:
            return
        self._key = key
        preview = None
        if self._sphere is None and width > PREVIEW_WIDTH:  # a small decode first: a view at once, sharp soon
            preview = PanoramaKey(str(self._path), preview_width(self._source.width()), entry)
        found = self.decoder.request(key, self, preview)
        if found is not None:
            self._on_ready(key, found)
        elif key in self.decoder.errors:
            self._say(NOT_AVAILABLE, self.image.file if self.image else key.path)
        elif preview is not None and self.decoder.live(preview) is not None:
            self._on_ready(preview, self.decoder.live(preview))

    @property
    def sharp(self) -> bool:
        """The picture shown is decoded at the width the view asked for, not only its preview."""
        return self._sphere is not None and self._key is not None and self._sphere.width >= self._key.width

    @Slot(object, object)
    def _on_ready(self, key: PanoramaKey, sphere: Sphere) -> None:
        if self._key is None or key.path != self._key.path:
            return
        if self._sphere is not None and self._sphere.width >= sphere.width:
            return  # a preview that comes after the picture itself
        if key != self._key and sphere.width > self._key.width:
            return
        self._sphere, self._frame = sphere, None
        self._say("")
        self._moving = True  # the first view comes at once at the turning resolution, sharp a moment later
        self._settle.start()
        self.update()

    @Slot(object, str)
    def _on_failed(self, key: PanoramaKey, why: str) -> None:
        if key == self._key and self._sphere is None:
            self._say(NOT_AVAILABLE, self.image.file if self.image else key.path)
            self.update()

    # -- turning and zooming ------------------------------------------------------------------
    def set_camera(self, camera: Camera, moving: bool = True) -> None:
        """Look with `camera` (its angles and field of view; the size stays this widget's)."""
        camera = camera.sized(self.width(), self.height())
        if camera == self.camera:
            return
        zoomed = camera.fov != self.camera.fov
        self.camera = camera
        if moving:
            self._moving = True
            self._settle.start()
        if zoomed:
            self._ask()
        self._place_markers()
        self.cameraChanged.emit(camera)
        self.update()

    def turn(self, yaw: float = 0.0, pitch: float = 0.0) -> None:
        self.set_camera(self.camera.turned(yaw, pitch))

    def zoom(self, factor: float) -> None:
        self.set_camera(self.camera.zoomed(max(MIN_FOV, min(MAX_FOV, self.camera.fov * factor))))

    def look_at(self, hotspot: Hotspot) -> None:
        """Turn so that `hotspot` is in the middle of the view."""
        if hotspot.yaw is not None and hotspot.pitch is not None:
            self.set_camera(self.camera.looking(hotspot.yaw, hotspot.pitch))

    @Slot(bool)
    def set_flat(self, flat: bool) -> None:
        self.flat = flat
        self._show_flat_button()
        self._place_button()
        self._place_markers()
        self.update()

    # -- where things are on screen -----------------------------------------------------------
    def _flat_rect(self) -> QRectF:
        width = min(self.width(), self.height() * 2)
        height = width / 2
        return QRectF((self.width() - width) / 2, (self.height() - height) / 2, width, height)

    def hotspot_point(self, hotspot: Hotspot) -> QPointF | None:
        """Where `hotspot` is on this widget, or None when it is not in view."""
        if hotspot.yaw is None or hotspot.pitch is None:
            return None
        if self.flat:
            rect = self._flat_rect()
            x, y = picture_point(hotspot.yaw, hotspot.pitch, round(rect.width()), round(rect.height()))
            return QPointF(rect.left() + x, rect.top() + y)
        point = self.camera.visible(hotspot.yaw, hotspot.pitch)
        return QPointF(*point) if point else None

    def _place_markers(self) -> None:
        self.layer.place(self.hotspot_point)

    # -- painting ------------------------------------------------------------------------------
    def _render(self) -> QImage | None:
        """The frame for the camera: at half resolution while turning, at full once at rest."""
        if self._sphere is None:
            return None
        scale = MOVING_SCALE if self._moving else 1.0
        camera = self.camera.sized(max(1, round(self.width() * scale)), max(1, round(self.height() * scale)))
        if camera != self._frame_camera:
            width, height = self.width(), self.height()
            channels = self._sphere.pixels.shape[2]
            small = self._buffer("small", camera.height, camera.width, channels)
            pixels = render(self._sphere, camera, coarse=self._moving, out=small)
            if (camera.width, camera.height) != (width, height):
                big = self._buffer("big", height, width, channels)
                _scale_into(pixels, big)
                pixels = big
            self._frame_pixels = pixels
            self._frame = QImage(pixels.data, width, height, width * 4, QImage.Format.Format_RGB32)
            self._frame_camera = camera
        return self._frame

    def _buffer(self, name: str, height: int, width: int, channels: int) -> Any:
        """An array drawn into frame after frame: turning allocates no memory."""
        import numpy as np

        found = self._buffers.get(name)
        if found is None or found.shape != (height, width, channels):
            found = self._buffers[name] = np.empty((height, width, channels), np.uint8)
        return found

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        frame = None if self.flat else self._render()
        if frame is not None:
            painter.drawImage(0, 0, frame)  # the frame is the widget's size: a copy, no scaling
        else:
            painter.fillRect(self.rect(), QColor("#1b1b1b"))
        if self.flat:
            self._paint_flat(painter)
        if self._sphere is None and self._message:
            painter.setPen(QColor("#eee"))
            painter.drawText(
                self.rect().adjusted(24, 24, -24, -24),
                Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                self._message,
            )
        if self._sphere is not None and not self.flat and self.interactive:
            self._paint_heading(painter)
        if self.hasFocus():
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QPen(self.palette().color(self.palette().ColorRole.Highlight), 2))
            painter.drawRect(self.rect().adjusted(1, 1, -1, -1))
        painter.end()
        if self._sphere is not None and not self._painted_first:
            self._painted_first = True
            self.firstPaint.emit()

    def _paint_flat(self, painter: QPainter) -> None:
        if self._sphere is None or not isinstance(self._sphere.owner, QImage):
            return
        rect = self._flat_rect()
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.drawImage(rect, self._sphere.owner)
        # where the view looks, outlined
        x, y = picture_point(self.camera.yaw, self.camera.pitch, round(rect.width()), round(rect.height()))
        span = rect.width() * self.camera.fov / 360
        painter.setPen(QPen(QColor(242, 140, 40), 2))
        painter.drawRect(QRectF(rect.left() + x - span / 2, rect.top() + y - span / 4, span, span / 2))

    def heading_text(self) -> str:
        """Which way the view looks, e.g. "90° left, level", in the interface language."""
        yaw, pitch = round(self.camera.yaw), round(self.camera.pitch)
        turned, tilted = QLocale().toString(abs(yaw)), QLocale().toString(abs(pitch))
        if yaw == 0:
            side = translate("PanoramaView", "ahead")
        elif yaw > 0:
            side = translate("PanoramaView", "{0}° right").format(turned)
        else:
            side = translate("PanoramaView", "{0}° left").format(turned)
        if pitch == 0:
            tilt = translate("PanoramaView", "level")
        elif pitch > 0:
            tilt = translate("PanoramaView", "{0}° up").format(tilted)
        else:
            tilt = translate("PanoramaView", "{0}° down").format(tilted)
        return translate("PanoramaView", "{0}, {1}", "which way the view turns, then how it tilts").format(side, tilt)

    def _paint_heading(self, painter: QPainter) -> None:
        """A dial: the wedge is what the view shows, out of the whole circle; up is the picture's centre."""
        radius = 26
        centre = QPointF(16 + radius, self.height() - 16 - radius)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor(255, 255, 255, 200), 1.5))
        painter.setBrush(QColor(0, 0, 0, 150))
        painter.drawEllipse(centre, radius, radius)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(242, 140, 40, 220))
        start = 90 - self.camera.yaw - self.camera.fov / 2  # Qt counts angles anticlockwise from 3 o'clock
        painter.drawPie(
            QRectF(centre.x() - radius + 3, centre.y() - radius + 3, 2 * radius - 6, 2 * radius - 6),
            round(start * 16),
            round(self.camera.fov * 16),
        )
        painter.setBrush(QColor("white"))
        painter.drawEllipse(QPointF(centre.x(), centre.y() - radius), 2.5, 2.5)  # the picture's centre
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 0.95)
        painter.setFont(font)
        text = self.heading_text()
        box = QRectF(centre.x() + radius + 8, centre.y() - 11, painter.fontMetrics().horizontalAdvance(text) + 12, 22)
        painter.setBrush(QColor(0, 0, 0, 150))
        painter.drawRoundedRect(box, 6, 6)
        painter.setPen(QColor("white"))
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)

    # -- input ------------------------------------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:
        if self.interactive and event.button() == Qt.MouseButton.LeftButton and not self.flat:
            self._drag_from = event.position().toPoint()
            self.setCursor(Qt.CursorShape.ClosedHandCursor)
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._drag_from is not None:
            now = event.position().toPoint()
            step = self.camera.degrees_per_pixel
            delta = now - self._drag_from
            self._drag_from = now
            self.turn(-delta.x() * step, delta.y() * step)  # the picture follows the pointer

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        if self.interactive and event.button() == Qt.MouseButton.LeftButton:
            self.activated.emit()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self._drag_from = None
        self.setCursor(Qt.CursorShape.OpenHandCursor)
        super().mouseReleaseEvent(event)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if not self.interactive or self.flat:
            return
        notches = event.angleDelta().y() / 120
        if notches:
            self.zoom(ZOOM_STEP ** (-notches))
        event.accept()

    TURN_KEYS = {Qt.Key.Key_Left: (-1, 0), Qt.Key.Key_Right: (1, 0), Qt.Key.Key_Up: (0, 1), Qt.Key.Key_Down: (0, -1)}
    ZOOM_KEYS = {Qt.Key.Key_Plus: 1 / ZOOM_STEP, Qt.Key.Key_Equal: 1 / ZOOM_STEP, Qt.Key.Key_Minus: ZOOM_STEP}

    def takes_key(self, event: QKeyEvent) -> bool:
        """Keys this view acts on while it has the focus (before any shortcut of the window)."""
        plain = not event.modifiers() & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
        return self.interactive and plain and (event.key() in self.TURN_KEYS or event.key() in self.ZOOM_KEYS)

    def event(self, event: Any) -> bool:
        if event.type() == event.Type.ShortcutOverride and isinstance(event, QKeyEvent) and self.takes_key(event):
            event.accept()  # the window's Left/Right (previous/next stop) wait while the picture has focus
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.interactive and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.activated.emit()
            return
        if not self.takes_key(event):
            super().keyPressEvent(event)
            return
        if event.key() in self.TURN_KEYS:
            dx, dy = self.TURN_KEYS[Qt.Key(event.key())]
            step = TURN_STEP * (3 if event.modifiers() & Qt.KeyboardModifier.ShiftModifier else 1)
            self.turn(dx * step, dy * step)
        else:
            self.zoom(self.ZOOM_KEYS[Qt.Key(event.key())])

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.camera = self.camera.sized(self.width(), self.height())
        self._place_button()
        self._ask()
        self._place_markers()

    def _place_button(self) -> None:
        hint = self.flat_button.sizeHint()
        self.flat_button.setGeometry(self.width() - hint.width() - 10, 10, hint.width(), hint.height())

    @Slot()
    def _on_settled(self) -> None:
        self._moving = False
        self.update()


class PanoramaWindow(Retranslating, QDialog):
    """A panorama full-window: the same view, turned the same ways; Escape closes it."""

    def __init__(self, view: PanoramaView, path: Path | None, parent: QWidget | None = None):
        super().__init__(parent)
        self._path = path
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.view = PanoramaView(view.decoder, view.texts, self)
        self.view.hotspotActivated.connect(self._on_hotspot)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        window = parent.window() if parent else None
        self.resize(window.size() if window else QSize(1280, 800))
        self._source = view
        if view.image is not None:
            self.view.show_panorama(path, view.image, view.layer.stop_titles)
            self.view.set_camera(view.camera, moving=False)
        self.view.setFocus()
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self._path.name if self._path else translate("PanoramaWindow", "Panorama"))
        self.setAccessibleName(translate("PanoramaWindow", "Panorama, full window"))

    @Slot(int)
    def _on_hotspot(self, index: int) -> None:
        """Stops and pictures are shown by the window below: hand them on and close; text stays here."""
        if self.view.image is None:
            return
        hotspot = self.view.image.hotspots[index]
        if hotspot.stop is not None or hotspot.image is not None:
            self.close()
            self._source.hotspotActivated.emit(index)

    def closeEvent(self, event: Any) -> None:
        self._source.set_camera(self.view.camera, moving=False)
        super().closeEvent(event)


class LookTogether(QObject):
    """Presenting: the audience window's panorama looks where the console's looks, and pulses the spotlit hotspot.

    A click (or Enter or Space on a focused marker) on a hotspot of the console's
    panorama, or of its flat picture (`flat`: the console's and the audience's
    hotspots over flat pictures), spotlights it, or puts the spotlight out when it
    is lit already. Nothing follows while the audience window is frozen or shows
    another stop.
    """

    def __init__(
        self,
        presentation: Presentation,
        console: PanoramaView,
        audience: PanoramaView,
        flat: tuple[FlatHotspots, FlatHotspots] | None = None,
    ):
        super().__init__(console)
        self.presentation = presentation
        self.console = console
        self.audience = audience
        self.flat = flat
        console.cameraChanged.connect(self._on_turned)
        console.hotspotActivated.connect(self._on_hotspot)
        if flat is not None:
            flat[0].activated.connect(self._on_flat_hotspot)
        presentation.audienceChanged.connect(self.sync)
        presentation.stateChanged.connect(self.sync)

    def _following(self) -> bool:
        image = self.console.image
        return not self.presentation.frozen and image is not None and self.audience.image is image

    @Slot(object)
    def _on_turned(self, camera: Camera) -> None:
        if self._following():
            self.audience.set_camera(camera)

    @Slot(int)
    def _on_hotspot(self, index: int) -> None:
        lit = None if self.console.layer.spotlight == index else index
        self.console.layer.set_spotlight(lit)
        if self._following():
            self.audience.layer.set_spotlight(lit)

    def _flat_following(self) -> bool:
        if self.flat is None:
            return False
        image = self.flat[0].image
        return not self.presentation.frozen and image is not None and self.flat[1].image is image

    @Slot(int)
    def _on_flat_hotspot(self, index: int) -> None:
        if self.flat is None:
            return
        console, audience = self.flat
        lit = None if console.layer.spotlight == index else index
        console.layer.set_spotlight(lit)
        if self._flat_following():
            audience.layer.set_spotlight(lit)

    @Slot()
    def sync(self) -> None:
        """Bring the audience's panorama to the console's direction and spotlight (after a move or unfreezing)."""
        if self._following():
            self.audience.set_camera(self.console.camera, moving=False)
            self.audience.layer.set_spotlight(self.console.layer.spotlight)
        if self.flat is not None and self._flat_following():
            self.flat[1].layer.set_spotlight(self.flat[0].layer.spotlight)
