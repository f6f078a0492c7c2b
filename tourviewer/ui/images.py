"""Image decoding off the UI thread, at the size the image is shown, with a cache bounded in bytes.

A request names a file and the box it must fit. Worker threads decode it with
`QImageReader.setScaledSize` (for JPEG that lets libjpeg decode at a fraction
of full size) and hand the `QImage` back through a queued signal. Direct
requests go before prefetches, and a new direct request drops prefetches that
have not started, so jumping far ahead is not held up by neighbours.
"""

from __future__ import annotations

import logging
from collections import OrderedDict
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, QSize, Qt, QThreadPool, Signal, Slot
from PySide6.QtGui import QImage, QImageReader

log = logging.getLogger(__name__)

DEFAULT_CACHE_BYTES = 160 * 1024 * 1024
_DIRECT, _PREFETCH = 10, 0


@dataclass(frozen=True)
class ImageKey:
    """A file decoded to fit a box (width x height in device pixels)."""

    path: str
    width: int
    height: int


def decode(key: ImageKey) -> tuple[QImage, str | None]:
    """Decode `key.path` to fit its box, keeping the aspect; returns (image, error)."""
    reader = QImageReader(key.path)
    reader.setAutoTransform(True)
    size = reader.size()
    if not size.isValid():
        return QImage(), reader.errorString() or "unreadable image"
    if size.width() > key.width or size.height() > key.height:
        reader.setScaledSize(size.scaled(QSize(key.width, key.height), Qt.AspectRatioMode.KeepAspectRatio))
    image = reader.read()
    if image.isNull():
        return image, reader.errorString() or "unreadable image"
    return image, None


class _Relay(QObject):
    done = Signal(object, QImage, object)  # key, image, error (None when cancelled or fine)
    cancelled = Signal(object)


class _DecodeTask(QRunnable):
    def __init__(self, key: ImageKey, loader: ImageLoader):
        super().__init__()
        self.key = key
        self.loader = loader
        self.relay = loader._relay
        self.setAutoDelete(True)

    def run(self) -> None:
        if self.key not in self.loader._wanted:  # asked for by a stop the user has left
            self.relay.cancelled.emit(self.key)
            return
        try:
            image, error = decode(self.key)
        except Exception as exc:  # a worker must always answer
            log.exception("decoding %s failed", self.key.path)
            image, error = QImage(), str(exc)
        self.relay.done.emit(self.key, image, error)


class ImageCache:
    """Least recently used images, bounded by their size in bytes."""

    def __init__(self, max_bytes: int = DEFAULT_CACHE_BYTES):
        self.max_bytes = max_bytes
        self.bytes = 0
        self._images: OrderedDict[ImageKey, QImage] = OrderedDict()

    def get(self, key: ImageKey) -> QImage | None:
        image = self._images.get(key)
        if image is not None:
            self._images.move_to_end(key)
        return image

    def put(self, key: ImageKey, image: QImage) -> None:
        old = self._images.pop(key, None)
        if old is not None:
            self.bytes -= old.sizeInBytes()
        self._images[key] = image
        self.bytes += image.sizeInBytes()
        while self.bytes > self.max_bytes and len(self._images) > 1:
            _, dropped = self._images.popitem(last=False)
            self.bytes -= dropped.sizeInBytes()

    def __len__(self) -> int:
        return len(self._images)

    def clear(self) -> None:
        self._images.clear()
        self.bytes = 0


class ImageLoader(QObject):
    """Asks for images by key; answers with `loaded` (or `failed`) on the UI thread.

    `want(keys)` says which images still matter: a queued decode that is no
    longer wanted when a worker reaches it is dropped without decoding.
    """

    loaded = Signal(object, QImage)  # ImageKey, image
    failed = Signal(object, str)  # ImageKey, why
    idle = Signal()

    def __init__(self, cache_bytes: int = DEFAULT_CACHE_BYTES, threads: int = 2, parent: QObject | None = None):
        super().__init__(parent)
        self.cache = ImageCache(cache_bytes)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(threads)
        self._relay = _Relay()
        self._relay.done.connect(self._on_done, Qt.ConnectionType.QueuedConnection)
        self._relay.cancelled.connect(self._on_cancelled, Qt.ConnectionType.QueuedConnection)
        self._pending: set[ImageKey] = set()
        self._wanted: frozenset[ImageKey] = frozenset()
        self.errors: dict[ImageKey, str] = {}

    @staticmethod
    def key(path: Path | str, box: QSize) -> ImageKey:
        return ImageKey(str(path), max(1, box.width()), max(1, box.height()))

    def cached(self, key: ImageKey) -> QImage | None:
        return self.cache.get(key)

    def want(self, keys: list[ImageKey]) -> None:
        """Only these images are still wanted; queued work for others is dropped."""
        self._wanted = frozenset(keys)

    def request(self, key: ImageKey, prefetch: bool = False) -> QImage | None:
        """The image now when cached; otherwise it comes later through `loaded` or `failed`."""
        image = self.cache.get(key)
        if image is not None:
            return image
        if key not in self._wanted:
            self._wanted = self._wanted | {key}
        if key in self.errors or key in self._pending:
            return None
        self._pending.add(key)
        self.pool.start(_DecodeTask(key, self), _PREFETCH if prefetch else _DIRECT)
        return None

    def forget_errors(self) -> None:
        self.errors.clear()

    @property
    def busy(self) -> bool:
        return bool(self._pending)

    def wait(self, msecs: int = 30000) -> bool:
        """Block until every decode has finished (for screenshots and tests)."""
        return self.pool.waitForDone(msecs)

    @Slot(object)
    def _on_cancelled(self, key: ImageKey) -> None:
        self._pending.discard(key)
        if not self._pending:
            self.idle.emit()

    @Slot(object, QImage, object)
    def _on_done(self, key: ImageKey, image: QImage, error: str | None) -> None:
        self._pending.discard(key)
        if error is None and not image.isNull():
            self.cache.put(key, image)
            self.loaded.emit(key, image)
        else:
            self.errors[key] = error or "unreadable image"
            self.failed.emit(key, self.errors[key])
        if not self._pending:
            self.idle.emit()
