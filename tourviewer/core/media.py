"""Media probing: is this file a readable image, audio or WebVTT of a supported kind?

Images are judged by Pillow from their header, without decoding the pixels;
audio by sniffing its container; transcripts by their `WEBVTT` header. Nothing
is played, rendered or executed. `decode_image` goes further and decodes the
picture (at a reduced size where the format allows), for `validate` and `pack`.

Whatever a decoder library raises or warns about a file becomes a message
naming the file and the library's reason: nothing escapes to the caller, and
nothing is printed.
"""

from __future__ import annotations

import contextlib
import logging
import re
import threading
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tourviewer.core.gps import photo_location
from tourviewer.core.said import Said
from tourviewer.core.words import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from tourviewer.core.package import TourPath

log = logging.getLogger(__name__)

# Twice Pillow's default warning limit: beyond it an image is a decompression bomb.
MAX_IMAGE_PIXELS = 178_956_970
OVERSIZED_PIXELS = 40_000_000
OVERSIZED_PANORAMA_PIXELS = 120_000_000  # a window shows a small part of a panorama at a time
IMAGE_FORMATS = frozenset({"PNG", "JPEG", "WEBP", "GIF"})
# What cameras write as JPEG: a multi-picture JPEG (stereo cameras, phones' gain maps) is read as its first picture.
JPEG_VARIANTS = frozenset({"MPO"})
_PILLOW_REASONS = {  # what Pillow says: the words for it, {0} the picture's format
    "image file is truncated": QT_TRANSLATE_NOOP("Media", "the {0} is cut short"),
    "broken data stream": QT_TRANSLATE_NOOP("Media", "the {0}'s picture data is damaged"),
    "decoder error": QT_TRANSLATE_NOOP("Media", "the {0}'s picture data is damaged"),
    "cannot identify image file": QT_TRANSLATE_NOOP("Media", "it is not an image Pillow can read"),
}
_SVG_SIZE = re.compile(rb"""\b(width|height|viewBox)\s*=\s*["']([^"']*)["']""")


@dataclass(frozen=True)
class MediaInfo:
    """What a probe found: a problem message, or the kind and pixel size."""

    kind: str
    width: int | None = None
    height: int | None = None
    error: str | None = None
    location: tuple[float, float] | None = None  # where a photo says it was taken (EXIF GPS in its header)

    @property
    def pixels(self) -> int:
        return (self.width or 0) * (self.height or 0)


@contextmanager
def opened_image(path: TourPath | str) -> Iterator[Any]:
    """Pillow's `Image.open` of a file: a path, or an entry of a package (read in place)."""
    from PIL import Image

    if isinstance(path, (str, Path)):
        with Image.open(path) as im:
            yield im
    else:
        with path.open("rb") as f, Image.open(f) as im:
            yield im


def probe_image(path: TourPath, written: str, allow_svg: bool = False) -> MediaInfo:
    head = _head(path, 4096)
    if allow_svg and _looks_like_svg(head):
        width, height = _svg_size(head)
        return MediaInfo("svg", width, height)
    from PIL import Image, UnidentifiedImageError  # loaded when a picture is first probed

    try:
        with quiet_decoders() as said:
            with opened_image(path) as im:
                fmt, (width, height) = im.format, im.size
                location = photo_location(im)
    except Image.DecompressionBombError:
        return MediaInfo(
            "image", error=f"{written} has more pixels than any image should ({MAX_IMAGE_PIXELS:,} at most)"
        )
    except UnidentifiedImageError:
        return MediaInfo("image", error=f"{written} is not an image Pillow can read (PNG, JPEG, WebP, GIF)")
    except (OSError, ValueError, SyntaxError, EOFError) as exc:
        reason = library_reason(exc, said, path, written)
        return MediaInfo("image", error=f"{written} is a damaged or truncated image ({reason})")
    except Exception as exc:  # any decoder's failure is the file's problem, never the caller's
        log.debug("probing %s", path, exc_info=True)
        reason = library_reason(exc, said, path, written)
        return MediaInfo("image", error=f"{written} cannot be read as an image ({reason})")
    kinds = "PNG, JPEG, WebP, GIF" + (" or SVG" if allow_svg else "")
    if fmt in JPEG_VARIANTS:
        fmt = "JPEG"
    if fmt not in IMAGE_FORMATS:
        return MediaInfo("image", error=f"{written} is a {fmt} image; use {kinds}")
    if width * height > MAX_IMAGE_PIXELS:
        return MediaInfo(
            "image", error=f"{written} declares {width}x{height} pixels, over the limit of {MAX_IMAGE_PIXELS:,}"
        )
    if width <= 0 or height <= 0:
        return MediaInfo("image", error=f"{written} has no pixels")
    return MediaInfo("image", width, height, location=location)


def decode_image(path: TourPath, written: str) -> str | None:
    """Why the picture at `path` cannot be decoded (a message naming `written`), or None when it decodes."""
    why = decode_reason(path, written)
    return None if why is None else f"{written} cannot be decoded: {why}"


def decode_reason(path: TourPath, written: str = "") -> Said | None:
    """Why the picture at `path` cannot be decoded, in words and the library's own; None when it decodes.

    A JPEG is decoded at an eighth of its size (libjpeg scales while it
    decodes); other kinds decode whole, as the viewer would. An animated PNG
    that declares no frames is refused: viewers disagree about what to show.
    """

    fmt: str = Said(QT_TRANSLATE_NOOP("Media", "image"))  # until Pillow names the format
    said: list[str] = []
    try:
        with quiet_decoders() as said:
            with opened_image(path) as im:
                fmt = "JPEG" if im.format in JPEG_VARIANTS else (im.format or fmt)
                if fmt == "JPEG":
                    im.draft("RGB", (max(1, im.width // 8), max(1, im.height // 8)))
                im.load()
    except Exception as exc:  # every decoder failure is a reason, whatever its type
        log.debug("decoding %s", path, exc_info=True)
        library = library_reason(exc, said, path, written or path.name)
        return Said(QT_TRANSLATE_NOOP("Media", "{0} ({1})"), plain_reason(exc, fmt), library)
    if fmt == "PNG" and any("APNG" in line for line in said):
        return Said(QT_TRANSLATE_NOOP("Media", "it is an animated PNG that declares no frames"))
    return None


def plain_reason(exc: BaseException, fmt: str) -> Said:
    """A decoder's complaint in words a curator understands."""
    text = str(exc)
    for start, words in _PILLOW_REASONS.items():
        if text.startswith(start):
            return Said(words, fmt) if "{0}" in words else Said(words)
    if isinstance(exc, MemoryError):
        return Said(QT_TRANSLATE_NOOP("Media", "it needs more memory than this computer has"))
    if isinstance(exc, NotImplementedError):
        return Said(QT_TRANSLATE_NOOP("Media", "it holds a kind of picture data Pillow cannot decode"))
    return Said(QT_TRANSLATE_NOOP("Media", "the {0} is damaged"), fmt)


def library_reason(
    exc: BaseException, said: list[str] | None = None, path: TourPath | None = None, written: str = ""
) -> str:
    """The library's own words: the exception, and what it logged or warned while failing.

    The file's full path in them is replaced by the name the tour wrote.
    """
    text = str(exc).strip() or type(exc).__name__
    if path is not None:
        text = text.replace(str(path), written)
    if type(exc).__name__ not in ("OSError", "UnidentifiedImageError") and not text.startswith(type(exc).__name__):
        text = f"{type(exc).__name__}: {text}"
    extra = [line for line in (said or []) if line not in text]
    return "; ".join([f"Pillow: {text}", *extra[:2]])


_QUIET_LOCK = threading.RLock()


class _Collect(logging.Handler):
    def __init__(self, into: list[str]):
        super().__init__(logging.WARNING)
        self.into = into

    def emit(self, record: logging.LogRecord) -> None:
        self.into.append(record.getMessage())


@contextlib.contextmanager
def quiet_decoders() -> Iterator[list[str]]:
    """Collect what Pillow warns or logs (e.g. about odd TIFF tags) instead of letting it reach the terminal.

    The list it gives holds those lines; they are logged at debug level here and
    become part of a problem's message when the file turns out to be bad.
    """
    said: list[str] = []
    pil = logging.getLogger("PIL")
    handler = _Collect(said)
    with _QUIET_LOCK:  # the warnings module's state is global: threads take turns
        propagate = pil.propagate
        pil.addHandler(handler)
        pil.propagate = False
        try:
            with warnings.catch_warnings(record=True) as caught:
                warnings.simplefilter("always")
                try:
                    yield said
                finally:
                    # a large picture is judged by its size, not by Pillow's warning about it
                    said.extend(str(w.message) for w in caught if w.category.__name__ != "DecompressionBombWarning")
        finally:
            pil.removeHandler(handler)
            pil.propagate = propagate
    for line in said:
        log.debug("decoder said: %s", line)


def audio_container(head: bytes) -> str | None:
    """The container of an audio file from its first bytes, or None."""
    if head[:4] == b"RIFF" and head[8:12] == b"WAVE":
        return "wav"
    if head[:4] == b"OggS":
        return "ogg"
    if head[:4] == b"fLaC":
        return "flac"
    if head[4:8] == b"ftyp":
        return "mp4"
    if head[:3] == b"ID3":
        return "mp3"
    if len(head) >= 2 and head[0] == 0xFF and (head[1] & 0xE0) == 0xE0 and (head[1] & 0x06):
        return "mp3"  # an MPEG audio frame
    if len(head) >= 2 and head[0] == 0xFF and (head[1] & 0xF6) == 0xF0:
        return "aac"  # ADTS
    return None


def probe_audio(path: TourPath, written: str) -> MediaInfo:
    kind = audio_container(_head(path, 16))
    if kind is None:
        return MediaInfo(
            "audio",
            error=f"{written} is not audio of a supported kind (Ogg, MP3, M4A/AAC, FLAC or WAV)",
        )
    return MediaInfo(kind)


def check_decodes(path: TourPath, written: str, kind: str) -> str | None:
    """Why a file that passed its probe still cannot be shown or played, or None.

    Pictures and maps are decoded; a recording's stream information is read
    (`soundinfo.read_sound_info`). A map in SVG and a transcript need nothing more.
    """
    if kind in ("image", "map"):
        if kind == "map" and _looks_like_svg(_head(path, 4096)):
            return None
        return decode_image(path, written)
    if kind == "audio":
        from tourviewer.core.soundinfo import read_sound_info

        found = read_sound_info(path)
        return f"{written} {found.error}" if found.error else None
    return None


def probe_transcript(path: TourPath, written: str) -> MediaInfo:
    head = _head(path, 16)
    if head.startswith(b"\xef\xbb\xbf"):
        head = head[3:]
    if not head.startswith(b"WEBVTT") or head[6:7] not in (b"", b" ", b"\t", b"\n", b"\r"):
        return MediaInfo("transcript", error=f"{written} is not WebVTT: it must begin with WEBVTT")
    return MediaInfo("transcript")


def _head(path: TourPath, size: int) -> bytes:
    try:
        with path.open("rb") as f:
            return f.read(size)
    except OSError:
        return b""


def _looks_like_svg(head: bytes) -> bool:
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    return start.startswith((b"<svg", b"<?xml", b"<!--", b"<!DOCTYPE svg")) and b"<svg" in head


def _svg_size(head: bytes) -> tuple[int | None, int | None]:
    found = {m.group(1).decode(): m.group(2).decode() for m in _SVG_SIZE.finditer(head)}
    try:
        if "viewBox" in found:
            _, _, w, h = (float(v) for v in re.split(r"[\s,]+", found["viewBox"].strip()))
            return int(w), int(h)
        return int(float(found["width"].rstrip("px"))), int(float(found["height"].rstrip("px")))
    except (KeyError, ValueError):
        return None, None
