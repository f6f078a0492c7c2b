"""A photo's GPS block (EXIF) as decimal degrees: the parsing alone, with no file read.

Phones and cameras write the position as degrees, minutes and seconds (three
rationals) with an N/S or E/W reference.
"""

from __future__ import annotations

import math
from typing import Any

GPS_IFD = 0x8825
# Kinds of photo whose EXIF sits before the pixels: reading it costs no decoding.
# (A PNG may keep its EXIF after the image data, and Pillow then decodes it all.)
HEADER_EXIF_FORMATS = ("JPEG", "WEBP")
_LATITUDE_REF, _LATITUDE, _LONGITUDE_REF, _LONGITUDE = 1, 2, 3, 4
_SIGNS = {"N": 1.0, "S": -1.0, "E": 1.0, "W": -1.0}


def photo_location(image: Any) -> tuple[float, float] | None:
    """(lat, lon) from a Pillow image already open, for the kinds whose EXIF is in the header; None without one.

    Damaged EXIF counts as none: a position is a suggestion, never a reason to refuse a picture.
    """
    if image.format not in HEADER_EXIF_FORMATS:
        return None
    try:
        return gps_from_ifd(image.getexif().get_ifd(GPS_IFD))
    except Exception:  # whatever a damaged EXIF block raises (struct.error, ValueError, KeyError …)
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
