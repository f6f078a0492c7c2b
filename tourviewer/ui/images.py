"""Image decoding off the UI thread, at the size the image is shown, with a cache bounded in bytes.

A request names a file and the box it must fit. The file is a path, or an
entry of a package read in place: its bytes (CRC checked the first time) go to
the reader through a `QBuffer`. Worker threads decode it with
`QImageReader.setScaledSize` (for JPEG that lets libjpeg decode at a fraction
of full size) and hand the `QImage` back through a queued signal. Direct
requests go before prefetches, and a new direct request drops prefetches that
have not started, so jumping far ahead is not held up by neighbours.
"""

from __future__ import annotations

import itertools
import logging
import queue
import threading
import time
import weakref
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QObject, QSize, Qt, Signal, Slot
from PySide6.QtGui import QImage, QImageIOHandler, QImageReader
from PySide6.QtWidgets import QWidget

from tourviewer.core.said import Said
from tourviewer.ui.i18n import QT_TRANSLATE_NOOP
from tourviewer.ui.quiet import libpng_quiet, quiet_libpng

log = logging.getLogger(__name__)

DEFAULT_CACHE_BYTES = 160 * 1024 * 1024
UNREADABLE = Said(QT_TRANSLATE_NOOP("Media", "unreadable image"))
_DIRECT, _PREFETCH = 10, 0


@dataclass(frozen=True)
class ImageKey:
    """A file decoded to fit a box (width x height in device pixels)."""

    path: str
    width: int
    height: int
    source: object = field(default=None, compare=False, repr=False)  # a package entry: where the bytes are


def image_reader(file: object) -> tuple[QImageReader | None, QIODevice | str | None]:
    """A reader of a tour's picture, and what must live as long as it (or why there is none).

    A path is read by Qt itself; an entry of a package (anything with
    `read_bytes`) is read whole, its CRC checked the first time, into a buffer.
    """
    if isinstance(file, (str, Path)):
        return _libpng_quiet(QImageReader(str(file))), None
    try:
        data = file.read_bytes()  # type: ignore[attr-defined]
    except OSError as exc:
        return None, str(exc)
    buffer = QBuffer()
    buffer.setData(_qt_bytes(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    # Its format handler is made now, by a call that keeps the interpreter. Made inside
    # `read` (which lets it go), Qt would hold its image plug-ins' lock while asking this
    # Python-made buffer for bytes, which needs the interpreter back: a thread holding the
    # interpreter and waiting for that lock (any other reader being made) would deadlock.
    reader.format()
    return _libpng_quiet(reader), buffer


COPY_CHUNK = 256 * 1024


def _qt_bytes(data: bytes) -> QByteArray:
    """`data` copied into a QByteArray a quarter of a megabyte at a time.

    The interpreter is held while PySide copies: copied at once, a package's 11 MB picture
    held it 7 to 9 ms, and a Next on the UI thread waited that long for it; between the
    pieces the UI thread gets its turn.
    """
    copied = QByteArray()
    copied.reserve(len(data))
    view = memoryview(data)
    for start in range(0, len(data), COPY_CHUNK):
        copied.append(view[start : start + COPY_CHUNK].tobytes())
    return copied


def _libpng_quiet(reader: QImageReader) -> QImageReader:
    """Before the first PNG is read: libpng prints its errors itself, and those lines are kept off the terminal."""
    if not libpng_quiet() and reader.format() == b"png":
        quiet_libpng()
    return reader


def decode_box(widget: QWidget) -> QSize:
    """The device pixels a widget shows: decoding to exactly this size lets painting copy, not scale."""
    ratio = widget.devicePixelRatioF()
    return QSize(max(1, round(widget.width() * ratio)), max(1, round(widget.height() * ratio)))


def on_its_side(reader: QImageReader) -> bool:
    """Whether the picture is stored on its side: its EXIF orientation turns it a quarter when it is read."""
    return bool(reader.transformation() & QImageIOHandler.Transformation.TransformationRotate90)


def decode(key: ImageKey) -> tuple[QImage, str | None]:
    """Decode `key`'s file to fit its box, keeping the aspect; returns (image, why it failed)."""
    file = key.source if key.source is not None else key.path
    reader, keep = image_reader(file)
    if reader is None:
        return QImage(), str(keep)
    reader.setAutoTransform(True)
    size = reader.size()
    if not size.isValid():
        return QImage(), failure_reason(file, reader)
    # The reader scales as it reads: a JPEG's handler as it decodes, any other format's reader
    # smoothly right after, inside `read`, which lets other threads run meanwhile (the UI
    # thread among them; a `QImage.scaled` called from here would hold them back). The reader
    # scales the picture as stored and turns it afterwards (EXIF orientation): a photo stored
    # on its side is fitted to the box turned a quarter.
    turned = on_its_side(reader)
    shown = size.transposed() if turned else size
    if shown.width() > key.width or shown.height() > key.height:
        fitted = shown.scaled(QSize(key.width, key.height), Qt.AspectRatioMode.KeepAspectRatio)
        reader.setScaledSize(fitted.transposed() if turned else fitted)
    image = reader.read()
    if image.isNull():
        return image, failure_reason(file, reader)
    return image, None


def decode_answering(key: ImageKey) -> tuple[QImage, str | None]:
    """`decode`, on a thread that must always answer: whatever goes wrong is the picture's failure."""
    try:
        return decode(key)
    except Exception as exc:
        log.exception("decoding %s failed", key.path)
        return QImage(), str(exc)


def _fits_alike(image: QImage, made_for: ImageKey, wanted: ImageKey) -> bool:
    """Whether decoding for `wanted`'s box would give `image` again (made for `made_for`'s box).

    A picture fitted to a box fills its width or its height; another box with that
    same width (or height) and room for the other side gives the same picture, and
    so does any box with room for a picture that was smaller than its box.
    """
    w, h = image.width(), image.height()
    if w > wanted.width or h > wanted.height:
        return False
    if w < made_for.width and h < made_for.height:
        return True  # not scaled down: the file's own size
    return (w == made_for.width == wanted.width) or (h == made_for.height == wanted.height)


def failure_reason(path: object, reader: QImageReader) -> str:
    """Why a picture Qt could not read fails, in words ("the PNG is cut short"): Pillow's verdict, else Qt's.

    `path` is a path, or an entry of a package.
    """
    from tourviewer.core.media import decode_reason  # only a failed picture needs Pillow

    file = Path(path) if isinstance(path, str) else path
    found = decode_reason(file)  # type: ignore[arg-type]
    if found is not None:
        return found
    return Said(QT_TRANSLATE_NOOP("Media", "Qt cannot read it ({0})"), reader.errorString() or UNREADABLE)


class EarlyDecode:
    """One picture decoded on a thread of its own while the program is still starting.

    The picture the tour showed when it was last left (`core.startpicture`):
    a loader that adopts it has the picture by the time the tour asks for it.
    """

    def __init__(self, key: ImageKey):
        self.key = key
        self._lock = threading.Lock()
        self._result: tuple[QImage, str | None] | None = None
        self._deliver: Callable[[QImage, str | None], None] | None = None
        threading.Thread(target=self._run, name="image-decoder-early", daemon=True).start()

    def _run(self) -> None:
        result = decode_answering(self.key)
        with self._lock:
            self._result, deliver = result, self._deliver
        if deliver is not None:
            deliver(*result)

    def then(self, deliver: Callable[[QImage, str | None], None]) -> None:
        """`deliver(image, error)` once decoded: now if it is, else on the decoding thread."""
        with self._lock:
            result = self._result
            if result is None:
                self._deliver = deliver
                return
        deliver(*result)


_RELAYS: list[QObject] = []  # kept for the life of the program, one per loader


class _Relay(QObject):
    done = Signal(object, QImage, object)  # key, image, error
    cancelled = Signal(object)


class _Workers:
    """Decoding threads fed from a priority queue: direct requests before prefetches.

    Plain Python threads (QImageReader releases the interpreter while it
    decodes); they hold the queue and the relay, never the loader, so a loader
    that is no longer used can be collected, which stops them.
    """

    def __init__(self, relay: _Relay, threads: int, start: bool = True):
        """`start` False: the threads start with the first request (a picture is decoding already)."""
        self.relay = relay
        self.queue: queue.PriorityQueue[tuple[int, int, ImageKey | None]] = queue.PriorityQueue()
        self.wanted: frozenset[ImageKey] = frozenset()
        self.condition = threading.Condition()
        self.unfinished = 0
        self._order = itertools.count()
        self.threads = [
            threading.Thread(target=self._run, args=(n == 0,), name="image-decoder", daemon=True)
            for n in range(threads)
        ]
        self.started = self.stopped = False
        if start:
            self.start()

    def start(self) -> None:
        if not self.started and not self.stopped:
            self.started = True
            for thread in self.threads:
                thread.start()

    def _run(self, first: bool) -> None:
        if first:  # while the window is still being built: Qt reads its image format plugins' list once
            QImageReader.supportedImageFormats()
        self._serve()

    def put(self, key: ImageKey, priority: int) -> None:
        self.start()
        self.begin()
        self.queue.put((-priority, next(self._order), key))

    def begin(self) -> None:
        with self.condition:
            self.unfinished += 1

    def end(self) -> None:
        with self.condition:
            self.unfinished -= 1
            self.condition.notify_all()

    def wait(self, timeout: float) -> bool:
        with self.condition:
            return self.condition.wait_for(lambda: self.unfinished == 0, timeout)

    def stop(self) -> None:
        self.stopped = True
        for _ in self.threads:
            self.queue.put((1_000_000, next(self._order), None))

    def _serve(self) -> None:
        while True:
            _, _, key = self.queue.get()
            if key is None:
                return
            try:
                if key not in self.wanted:  # asked for by a stop the user has left
                    self.relay.cancelled.emit(key)
                    continue
                self.relay.done.emit(key, *decode_answering(key))
            except RuntimeError:  # the relay is gone: the program is closing
                return
            finally:
                self.end()


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

    def same_picture(self, key: ImageKey) -> QImage | None:
        """An image of `key`'s file decoded for another box that comes out the same size in `key`'s box."""
        for other, image in reversed(self._images.items()):
            if other.path == key.path and other.source == key.source and _fits_alike(image, other, key):
                return image
        return None

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
    forgotten = Signal()  # what was decoded is no longer to be trusted

    def __init__(
        self,
        cache_bytes: int = DEFAULT_CACHE_BYTES,
        threads: int = 2,
        parent: QObject | None = None,
        start_threads: bool = True,
    ):
        """`start_threads` False: the decoding threads start at the first request, not now."""
        super().__init__(parent)
        self.cache = ImageCache(cache_bytes)
        # The relay is never deleted: decoding threads may still emit through it while a
        # closing window deletes its loader. Its connections end with the loader.
        self._relay = _Relay()
        _RELAYS.append(self._relay)
        self._relay.done.connect(self._on_done, Qt.ConnectionType.QueuedConnection)
        self._relay.cancelled.connect(self._on_cancelled, Qt.ConnectionType.QueuedConnection)
        self._workers = _Workers(self._relay, threads, start_threads)
        weakref.finalize(self, self._workers.stop)
        self._pending: set[ImageKey] = set()
        self._early: ImageKey | None = None  # a picture decoding since the program started (`adopt`)
        self._after_early: list[ImageKey] = []  # the same file asked for at another size meanwhile
        self._wants: dict[int, frozenset[ImageKey]] = {}
        self._asked: set[ImageKey] = set()
        self.errors: dict[ImageKey, str] = {}

    @staticmethod
    def key(path: object, box: QSize) -> ImageKey:
        """`path` is a path, or an entry of a package (`MediaFile`)."""
        source = None if isinstance(path, (str, Path)) else path
        return ImageKey(str(path), max(1, box.width()), max(1, box.height()), source)

    def cached(self, key: ImageKey) -> QImage | None:
        return self.cache.get(key)

    def want(self, keys: list[ImageKey], owner: object = None) -> None:
        """`owner` (a view) now wants only these images; queued work nobody wants is dropped.

        Several views may share a loader (the audience window and the presenter
        console): what each wants is kept apart, and the workers skip only what
        no view wants any more.
        """
        self._wants[id(owner)] = frozenset(keys)
        self._update_wanted()

    def _update_wanted(self) -> None:
        self._workers.wanted = frozenset(self._asked).union(*self._wants.values())

    def request(self, key: ImageKey, prefetch: bool = False) -> QImage | None:
        """The image now when cached; otherwise it comes later through `loaded` or `failed`."""
        image = self.cache.get(key)
        if image is None:
            image = self.cache.same_picture(key)  # a resize that leaves the picture's own size as it was
            if image is not None:
                self.cache.put(key, image)
        if image is not None:
            return image
        if key not in self._workers.wanted:  # asked for without want(): kept until answered
            self._asked.add(key)
            self._update_wanted()
        if key in self.errors or key in self._pending:
            return None
        self._pending.add(key)
        early = self._early
        if early is not None and early.path == key.path and early.source == key.source:
            self._after_early.append(key)  # the early picture may well do for this size too
            return None
        self._workers.put(key, _PREFETCH if prefetch else _DIRECT)
        return None

    def adopt(self, early: EarlyDecode) -> None:
        """Take the picture `early` decodes as if it had been asked for (`loaded` or `failed` follows)."""
        key, relay, workers = early.key, self._relay, self._workers
        self._early = key
        self._pending.add(key)
        self._asked.add(key)
        self._update_wanted()
        workers.begin()

        def deliver(image: QImage, error: str | None) -> None:
            try:
                relay.done.emit(key, image, error)
            finally:
                workers.end()

        early.then(deliver)

    def forget_errors(self) -> None:
        self.errors.clear()

    def forget(self) -> None:
        """Pictures may have changed under the same names: decode everything again (`forgotten`)."""
        self.errors.clear()
        self.cache.clear()
        self.forgotten.emit()

    @property
    def busy(self) -> bool:
        return bool(self._pending)

    def wait(self, msecs: int = 30000) -> bool:
        """Block until every decode has finished (for screenshots and tests)."""
        return self._workers.wait(msecs / 1000)

    def shutdown(self, wait: float = 2.0) -> None:
        """Drop what is queued and stop the decoding threads after their current image.

        Waits up to `wait` seconds for that image: a thread still decoding while
        the program ends could crash it on the way out.
        """
        self._workers.wanted = frozenset()
        self._workers.stop()
        deadline = time.monotonic() + wait
        for thread in self._workers.threads:
            if thread.ident is not None:  # started
                thread.join(max(0.0, deadline - time.monotonic()))

    @Slot(object)
    def _on_cancelled(self, key: ImageKey) -> None:
        if key in self._workers.wanted:
            # wanted again since the worker passed it over (asked for while it was still
            # queued): decode it now, or nobody would ask again
            self._workers.put(key, _DIRECT)
            return
        self._pending.discard(key)
        self._asked.discard(key)
        if not self._pending:
            self.idle.emit()

    @Slot(object, QImage, object)
    def _on_done(self, key: ImageKey, image: QImage, error: str | None) -> None:
        self._pending.discard(key)
        self._asked.discard(key)
        good = error is None and not image.isNull()
        if good:
            self.cache.put(key, image)
            self.loaded.emit(key, image)
        else:
            self.errors[key] = error or UNREADABLE
            self.failed.emit(key, self.errors[key])
        if key == self._early:
            self._after_the_early_picture(key, image if good else None)
        if not self._pending:
            self.idle.emit()

    def _after_the_early_picture(self, early: ImageKey, image: QImage | None) -> None:
        """The same file asked for at other sizes while it decoded: its picture, or a decode of their own."""
        waiting, self._after_early, self._early = self._after_early, [], None
        for key in waiting:
            if key not in self._pending:
                continue
            if image is not None and _fits_alike(image, early, key):
                self._pending.discard(key)
                self._asked.discard(key)
                self.cache.put(key, image)
                self.loaded.emit(key, image)
            else:
                self._workers.put(key, _DIRECT)
