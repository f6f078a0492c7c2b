"""GPS positions from photos: where a phone says a picture was taken.

Phones and cameras write the position into the photo's EXIF GPS block as
degrees, minutes and seconds (three rationals) with an N/S or E/W reference.
This module turns that into decimal degrees for `tourviewer locate` and for
the validator's `location-from-photo` suggestion. Only the file's header is
read: no pixels are decoded.
"""

from __future__ import annotations

import logging
import struct
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from tourviewer.core.gps import GPS_IFD, HEADER_EXIF_FORMATS, gps_from_ifd
from tourviewer.core.media import library_reason, opened_image, quiet_decoders

if TYPE_CHECKING:
    from tourviewer.core.package import TourPath

__all__ = ["HEADER_EXIF_FORMATS", "PhotoError", "gps_from_ifd", "gps_location", "location_toml", "read_location"]

log = logging.getLogger(__name__)


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
