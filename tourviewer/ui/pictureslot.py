"""One place on screen that shows one picture: the state every picture view shares.

A `PictureSlot` holds a canvas, the loader and what it asked for: the picture
it wants (decoded at the canvas's size, off the UI thread), the picture it
shows, and the pictures to decode ahead once its own is there. It shows the
picture as soon as it is decoded, a placeholder that says why when it cannot
be, and keeps the same picture at another size up (a little blurry) until the
sharper one comes. The gallery, the presenter console and the audience window
each own slots; each slot tells the loader what it wants in its own name, so
windows sharing a loader never drop each other's pictures.

What a placeholder says is a `Said` in the translation context "Media" (the
slot's sentence, and the decoder's reason inside it), which the canvas says in
the interface language when it paints, so it follows a change of language.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtGui import QImage

from tourviewer.core.said import Said
from tourviewer.ui.canvas import LOADING, ImageCanvas
from tourviewer.ui.i18n import QT_TRANSLATE_NOOP
from tourviewer.ui.images import ImageKey, ImageLoader, decode_box
from tourviewer.ui.latefailures import still_there


def unavailable(name: str) -> Said:
    return Said(QT_TRANSLATE_NOOP("Media", "Image not available: {0}"), name)


def undecodable(name: str, why: str) -> Said:
    """What a placeholder says of a picture that is there but cannot be decoded (`why` may be a `Said`)."""
    return Said(QT_TRANSLATE_NOOP("Media", "{0} cannot be decoded: {1}"), name, why)


class PictureSlot(QObject):
    """Shows the picture at `path` on `canvas`; `quiet` slots show an empty stage instead of any message."""

    displayed = Signal(object)  # the ImageKey now on the canvas
    unavailable = Signal(object, str)  # the ImageKey that could not be decoded, and why

    def __init__(self, canvas: ImageCanvas, loader: ImageLoader, quiet: bool = False, parent: QObject | None = None):
        super().__init__(parent or canvas)
        self.canvas = canvas
        self.loader = loader
        self.quiet = quiet
        self.wanted: ImageKey | None = None  # the picture the canvas should show
        self.shown: ImageKey | None = None  # the picture it does show
        self._stale = False  # the shown picture may have changed on disk: decode it again
        self._name = ""
        self._ahead: list[ImageKey] = []
        self._extra: list[ImageKey] = []
        loader.loaded.connect(self._on_loaded)
        loader.failed.connect(self._on_failed)
        loader.forgotten.connect(self._on_forgotten)

    def key_for(self, path: Path) -> ImageKey:
        """The key of `path` decoded for this slot's canvas as it is now."""
        return self.loader.key(path, decode_box(self.canvas))

    def show(
        self,
        path: Path | None,
        name: str,
        ahead: Sequence[ImageKey] = (),
        also: Sequence[ImageKey] = (),
    ) -> None:
        """Show the picture at `path` (`name` as the tour writes it, for messages).

        `ahead` is decoded once this picture is on screen (what Next will need); `also` is
        wanted alongside it (thumbnails), so that the loader keeps it queued.
        """
        self._name, self._ahead, self._extra = name, list(ahead), list(also)
        if path is None or not path.is_file():
            self._message(unavailable(name))
            self._prefetch()
            return
        key = self.key_for(path)
        if key == self.shown and not self._stale:
            self.wanted = key
            self._prefetch()
            return
        same_picture = self.shown is not None and self.shown.path == key.path
        self.wanted = key
        self._want()
        found = self.loader.request(key)
        if found is not None:
            self._display(key, found)
        elif key in self.loader.errors:
            self._message(undecodable(name, self.loader.errors[key]), keep_wanted=True)
            self._prefetch()
        elif not same_picture:
            self.shown = None
            self._say(LOADING)  # never the last picture under this one's title

    def clear(self, message: str = "", ahead: Sequence[ImageKey] = ()) -> None:
        """Nothing to show: the message (none on a quiet slot); `ahead` is decoded all the same."""
        self._ahead, self._extra = list(ahead), []
        self._message(message)
        self._prefetch()

    def release(self) -> None:
        """The slot is not seen: nothing more is decoded for it."""
        self.wanted = self.shown = None
        self._ahead, self._extra = [], []
        self.loader.want([], self)

    # -- inside ---------------------------------------------------------------------------
    def _message(self, message: str, keep_wanted: bool = False) -> None:
        if not keep_wanted:
            self.wanted = None
        self.shown = None
        self._say(message)

    def _say(self, message: str) -> None:
        self.canvas.show_message("" if self.quiet else message)

    def _display(self, key: ImageKey, image: QImage) -> None:
        self.shown, self._stale = key, False
        self.canvas.show_image(image)
        self.displayed.emit(key)
        self._want()
        self.canvas.after_paint(self._prefetch)  # decoding ahead would slow this paint down on two cores

    def _want(self) -> None:
        wanted = [self.wanted] if self.wanted is not None else []
        self.loader.want([*wanted, *self._extra, *self._ahead], self)

    def _prefetch(self) -> None:
        """Decode ahead, once the wanted picture is there: on two cores the neighbours would slow it down."""
        self._want()
        for key in self._ahead:
            self.loader.request(key, prefetch=True)

    @Slot(object, QImage)
    def _on_loaded(self, key: ImageKey, image: QImage) -> None:
        if key == self.wanted and (key != self.shown or self._stale):
            self._display(key, image)

    @Slot()
    def _on_forgotten(self) -> None:
        self._stale = True  # decoded anew when next shown; the picture stays up until then

    @Slot(object, str)
    def _on_failed(self, key: ImageKey, why: str) -> None:
        if key == self.wanted:
            why = self.loader.errors.get(key, why)  # the reason as made, to be said in the interface language
            self.unavailable.emit(key, why)
            gone = not still_there(key)  # since the tour was read
            self._message(unavailable(self._name) if gone else undecodable(self._name, why), keep_wanted=True)
            self._prefetch()
