"""Media probing: is this file a readable image, audio or WebVTT of a supported kind?

Images are judged by Pillow from their header, without decoding the pixels;
audio by sniffing its container; transcripts by their `WEBVTT` header. Nothing
is played, rendered or executed.
"""

from __future__ import annotations

import re
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from tourviewer.core.package import TourPath

# Twice Pillow's default warning limit: beyond it an image is a decompression bomb.
MAX_IMAGE_PIXELS = 178_956_970
OVERSIZED_PIXELS = 40_000_000
IMAGE_FORMATS = frozenset({"PNG", "JPEG", "WEBP", "GIF"})
_SVG_SIZE = re.compile(rb"""\b(width|height|viewBox)\s*=\s*["']([^"']*)["']""")


@dataclass(frozen=True)
class MediaInfo:
    """What a probe found: a problem message, or the kind and pixel size."""

    kind: str
    width: int | None = None
    height: int | None = None
    error: str | None = None

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
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            with opened_image(path) as im:
                fmt, (width, height) = im.format, im.size
    except Image.DecompressionBombError:
        return MediaInfo(
            "image", error=f"{written} has more pixels than any image should ({MAX_IMAGE_PIXELS:,} at most)"
        )
    except UnidentifiedImageError:
        return MediaInfo("image", error=f"{written} is not an image Pillow can read (PNG, JPEG, WebP, GIF)")
    except (OSError, ValueError, SyntaxError, EOFError):
        return MediaInfo("image", error=f"{written} is a damaged or truncated image")
    kinds = "PNG, JPEG, WebP, GIF" + (" or SVG" if allow_svg else "")
    if fmt not in IMAGE_FORMATS:
        return MediaInfo("image", error=f"{written} is a {fmt} image; use {kinds}")
    if width * height > MAX_IMAGE_PIXELS:
        return MediaInfo(
            "image", error=f"{written} declares {width}x{height} pixels, over the limit of {MAX_IMAGE_PIXELS:,}"
        )
    if width <= 0 or height <= 0:
        return MediaInfo("image", error=f"{written} has no pixels")
    return MediaInfo("image", width, height)


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
