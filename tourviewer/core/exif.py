"""GPS positions from photos: where a phone says a picture was taken.

Phones and cameras write the position into the photo's EXIF GPS block as
degrees, minutes and seconds (three rationals) with an N/S or E/W reference.
This module turns that into decimal degrees for `tourviewer locate` and for
the validator's `location-from-photo` suggestion. Only the file's header is
read: no pixels are decoded.
"""

from __future__ import annotations

import logging
import math
import struct
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tourviewer.core.media import opened_image

if TYPE_CHECKING:
    from tourviewer.core.package import TourPath

from tourviewer.core.media import library_reason, quiet_decoders

log = logging.getLogger(__name__)

GPS_IFD = 0x8825
# Kinds of photo whose EXIF sits before the pixels: reading it costs no decoding.
# (A PNG may keep its EXIF after the image data, and Pillow then decodes it all.)
HEADER_EXIF_FORMATS = ("JPEG", "WEBP")
_LATITUDE_REF, _LATITUDE, _LONGITUDE_REF, _LONGITUDE = 1, 2, 3, 4
_SIGNS = {"N": 1.0, "S": -1.0, "E": 1.0, "W": -1.0}


class PhotoError(Exception):
    """A file that is not an image Pillow can read; `message` follows the file's name ("is a folder …")."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


def location_toml(lat: float, lon: float) -> str:
    """The `location` line of a stop, as a curator would paste it."""
    return f"location = {{ lat = {lat:.5f}, lon = {lon:.5f} }}"


def read_location(path: TourPath | Path, formats: Iterable[str] | None = None) -> tuple[float, float] | None:
    """(lat, lon) in decimal degrees from the photo's GPS block, or None when it has none.

    Raises PhotoError when the file cannot be read as an image. With `formats`
    (Pillow's names, e.g. ``("JPEG", "WEBP")``), other kinds of image count as
    having no position: a PNG may keep its EXIF after the pixels, and reading
    it would decode the whole picture.
    """
    from PIL import Image, UnidentifiedImageError  # loaded only when a photo is read

    said: list[str] = []
    try:
        with quiet_decoders() as said:  # bomb-sized and odd headers: only the EXIF is read
            with opened_image(path) as im:
                if formats is not None and im.format not in set(formats):
                    return None
                gps = im.getexif().get_ifd(GPS_IFD)
    except FileNotFoundError:
        raise PhotoError("does not exist") from None
    except IsADirectoryError:
        raise PhotoError("is a folder, not a photo") from None
    except UnidentifiedImageError:
        raise PhotoError("is not an image Pillow can read") from None
    except Image.DecompressionBombError:
        raise PhotoError("has more pixels than any image should") from None
    except OSError as exc:
        if exc.errno is None:  # Pillow's own complaint about the file's content
            raise PhotoError("is a damaged or truncated image") from None
        raise PhotoError(f"cannot be read ({exc.strerror or exc})") from None
    except (ValueError, SyntaxError, EOFError, TypeError, KeyError, IndexError, struct.error) as exc:
        log.debug("damaged EXIF in %s: %s", path, exc)
        return None
    except Exception as exc:  # whatever else a decoder raises is the file's problem
        log.debug("reading %s", path, exc_info=True)
        raise PhotoError(f"cannot be read as an image ({library_reason(exc, said)})") from None
    return gps_from_ifd(gps)


def gps_location(path: TourPath | Path, formats: Iterable[str] | None = None) -> tuple[float, float] | None:
    """Like `read_location`, but None for anything unreadable: it never raises on bad data."""
    try:
        return read_location(path, formats)
    except PhotoError:
        return None
    except Exception:  # a damaged file must never stop validation
        log.debug("cannot read a GPS position from %s", path, exc_info=True)
        return None


def gps_from_ifd(gps: Any) -> tuple[float, float] | None:
    """Decimal degrees from an EXIF GPS block (a mapping of tag numbers to values)."""
    if not hasattr(gps, "get"):
        return None
    lat = _degrees(gps.get(_LATITUDE), gps.get(_LATITUDE_REF), "NS", 90)
    lon = _degrees(gps.get(_LONGITUDE), gps.get(_LONGITUDE_REF), "EW", 180)
    if lat is None or lon is None:
        return None
    return lat, lon


def _degrees(value: Any, ref: Any, allowed: str, limit: float) -> float | None:
    """Degrees, minutes, seconds and a hemisphere letter as signed decimal degrees."""
    letter = _ref_letter(ref)
    if letter is None or letter not in allowed:
        return None  # a position without its hemisphere could be on the wrong side of the world
    parts = value if isinstance(value, tuple | list) else (value,)
    if not 1 <= len(parts) <= 3:
        return None
    total = 0.0
    for part, scale in zip(parts, (1.0, 60.0, 3600.0), strict=False):
        number = _number(part)
        if number is None or number < 0:
            return None
        total += number / scale
    if not math.isfinite(total) or total > limit:
        return None
    return _SIGNS[letter] * total


def _ref_letter(ref: Any) -> str | None:
    if isinstance(ref, bytes):
        ref = ref.decode("ascii", "replace")
    if not isinstance(ref, str):
        return None
    letter = ref.strip("\x00 ").upper()
    return letter if len(letter) == 1 else None


def _number(value: Any) -> float | None:
    """A rational (IFDRational, a (num, den) pair) or a plain number as a finite float."""
    try:
        if isinstance(value, tuple) and len(value) == 2:
            number = float(value[0]) / float(value[1])
        else:
            number = float(value)
    except (TypeError, ValueError, ZeroDivisionError, OverflowError):
        return None
    return number if math.isfinite(number) else None
