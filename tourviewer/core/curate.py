"""The curator's tools: start a tour from a commented template, and pack a tour into a `.tour`.

`new_tour` writes a folder with `images/`, `audio/`, `maps/` and a `tour.toml`
in which every key of the format is explained in a comment, with one example
stop. It validates at once (missing translations are warnings, listing what
is left to translate).

`pack_tour` zips a tour that has no errors. What goes in: `tour.toml` and
exactly the files it names, that is every path the validator checks (cover,
maps, stop images, audio, transcripts, and images inside Markdown texts),
stored under the name the tour writes them with. Files the tour does not
name stay out (originals, drafts, an earlier `.tour`, `.git`, `.DS_Store`,
`Thumbs.db`), so a package holds nothing the tour does not show; files that
only your own `x-` keys mention are not packed either. Every path has passed
the validator's containment check (a symlink that leaves the folder is an
error, and a tour with errors is refused), so nothing outside the folder is
ever read; a symlink inside it is packed as the file it points to.

The package is the same bytes for the same tour: entries sorted, timestamps
1980-01-01 00:00:00, permissions 0o644, `tour.toml` at the root, no directory
entries. Files that are compressed already (JPEG, PNG, WebP, GIF, Ogg, Opus,
MP3, M4A, FLAC) are stored as they are, so the viewer reads them in place and
packing runs at the speed of the disk; text and WAV are deflated (level 9).
The package is written to a temporary file, opened and validated like any
package, and only then renamed over the target; a failure or a cancel removes
the temporary file. (Its entries are not read back whole: they would come from
the memory the system just wrote them from, which proves nothing about the
disk; `validate` reads every entry whole.)

With `max_image_size`, PNG, JPEG and WebP pictures whose long side is larger
are turned upright (EXIF orientation), scaled down and re-encoded in their own
format (JPEG and WebP at quality 88; a palette PNG gets a palette again). With
`strip_metadata`, EXIF (GPS included), XMP, comments and PNG text go: a JPEG
that is not scaled loses its metadata segments without being decoded (its
pixels stay byte for byte; a turned photo keeps only its orientation), a JPEG
that is scaled anyway is re-encoded upright without them, and a PNG or WebP is
re-encoded only when Pillow sees metadata in it. ICC colour profiles
stay. Maps without `bounds` keep their pixels, since stops are placed on them
in pixels; animated pictures and GIFs are packed as they are. Packing then
lifts at most the `oversized-image` and `location-from-photo` lines.
"""

from __future__ import annotations

import io
import logging
import os
import re
import stat
import tempfile
import warnings
import zipfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PIL import Image, ImageOps

from tourviewer.core.loader import TOUR_FILE, LoadResult, load_tour
from tourviewer.core.model import Tour
from tourviewer.core.package import MediaFile, TourPath
from tourviewer.core.paths import TourFiles
from tourviewer.core.problems import Problem
from tourviewer.core.rules import TEMPLATE_NARRATION
from tourviewer.core.text import LANGUAGE_TAG, SLUG_PATTERN

log = logging.getLogger(__name__)

TOUR_FOLDERS = ("images", "audio", "maps")
ZIP_TIME = (1980, 1, 1, 0, 0, 0)
ZIP_FILE_MODE = 0o644
ZIP_LEVEL = 9
JPEG_QUALITY = 88
WEBP_QUALITY = 88
_SLUG = re.compile(SLUG_PATTERN)
_MAX_ID = 64
_RESIZABLE = frozenset({"PNG", "JPEG", "WEBP"})
_ORIENTATION = 0x0112
_METADATA_KEYS = ("exif", "xmp", "XML:com.adobe.xmp", "comment", "photoshop", "iptc", "Raw profile type exif")
# Warnings and info that scaling down or stripping may lift; nothing else may change.
_MAY_CHANGE = frozenset({"oversized-image", "location-from-photo"})
# Compressed already: deflating them again costs time and saves next to nothing.
STORED_SUFFIXES = frozenset(
    {".jpg", ".jpeg", ".png", ".webp", ".gif", ".ogg", ".oga", ".opus", ".mp3", ".m4a", ".aac", ".flac"}
)
_CHUNK = 1 << 20

Progress = Callable[[int, int], None]  # (bytes done, bytes in all); may raise PackCancelled to stop


class CurateError(Exception):
    """Something a curator asked for that cannot be done; `message` says why."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


# -- a new tour ------------------------------------------------------------------


def parse_languages(text: str) -> list[str]:
    """`en,ko` as `["en", "ko"]`, checked as the tour format checks `languages`."""
    tags = [t.strip() for t in text.split(",")]
    if not any(tags):
        raise CurateError("give at least one language, like en or en,ko")
    seen: set[str] = set()
    for tag in tags:
        if not LANGUAGE_TAG.match(tag):
            raise CurateError(f"{tag!r} is not a language tag like en, ko or zh-Hans")
        if tag in seen:
            raise CurateError(f"language {tag} is listed twice")
        seen.add(tag)
    return tags


def check_id(tour_id: str) -> None:
    if not _SLUG.match(tour_id) or len(tour_id) > _MAX_ID:
        raise CurateError(
            f"{tour_id!r} is not a valid id: use at most {_MAX_ID} lowercase letters, digits "
            "and single hyphens (like my-tour)"
        )


def new_tour(folder: Path, tour_id: str, title: str, languages: Sequence[str] = ("en",)) -> Path:
    """Make a new tour folder from the template; returns its `tour.toml`.

    Refuses (CurateError) a bad id, language or title, and a folder that exists
    and is not empty, before writing anything.
    """
    check_id(tour_id)
    parse_languages(",".join(languages))
    if not title.strip():
        raise CurateError("the title must not be empty")
    try:
        title.encode("utf-8")
    except UnicodeEncodeError:
        raise CurateError("the title is not valid text (check your terminal's encoding)") from None
    if folder.exists() or folder.is_symlink():
        if not folder.is_dir():
            raise CurateError(f"{folder} exists and is not a folder")
        if any(folder.iterdir()):
            raise CurateError(f"{folder} is not empty: choose a new folder for the tour")
    text = tour_template(tour_id, title, list(languages))
    try:
        folder.mkdir(parents=True, exist_ok=True)
        for name in TOUR_FOLDERS:
            (folder / name).mkdir()
        toml = folder / TOUR_FILE
        with toml.open("x", encoding="utf-8", newline="\n") as f:
            f.write(text)
    except OSError as exc:
        raise CurateError(f"cannot write {folder}: {exc.strerror or exc}") from exc
    return toml


def toml_string(value: str) -> str:
    """A TOML basic string: quotes, backslashes and control characters escaped."""
    out = []
    for c in value:
        if c in '"\\':
            out.append("\\" + c)
        elif c == "\n":
            out.append("\\n")
        elif c == "\t":
            out.append("\\t")
        elif ord(c) < 0x20 or ord(c) == 0x7F:
            out.append(f"\\u{ord(c):04x}")
        else:
            out.append(c)
    return '"' + "".join(out) + '"'


def _text(values: dict[str, str], languages: list[str]) -> str:
    """A text value: a plain string in a one-language tour, else a table per language."""
    if len(languages) == 1:
        return toml_string(next(iter(values.values())))
    return "{ " + ", ".join(f"{tag} = {toml_string(v)}" for tag, v in values.items()) + " }"


def tour_template(tour_id: str, title: str, languages: list[str]) -> str:
    """The commented `tour.toml` of a new tour: every key explained, one example stop."""
    first, others = languages[0], languages[1:]
    several = bool(others)
    placeholders = ", ".join(f"{t} = {toml_string('…')}" for t in others)
    todo = f"  # add {placeholders}" if several else ""
    stop_title = _text({first: "First stop"}, languages) + todo
    narration_key = f"narration.{first}" if several else "narration"
    more_narration = (
        f'\n# Translations of a text go beside it, one key per language:\n# narration.{others[0]} = """…"""\n'
        if several
        else ""
    )
    tags = ", ".join(toml_string(t) for t in languages)
    lines = _TEMPLATE.format(
        id=toml_string(tour_id),
        languages=tags,
        title=_text({first: title}, languages) + todo,
        narration=TEMPLATE_NARRATION,
        stop_title=stop_title,
        narration_key=narration_key,
        more_narration=more_narration,
        audio=_text({t: f"audio/first-stop.{t}.ogg" for t in languages}, languages),
        transcript=_text({t: f"audio/first-stop.{t}.vtt" for t in languages}, languages),
    )
    return lines


_TEMPLATE = """\
# A Tour Viewer tour (tour format, version 1).
#
# Every key of the format is below, each with a comment saying what it is and
# an example. A line that starts with # is a comment: remove the # to use it.
#
# - Paths are relative to this folder, with forward slashes, and file names are
#   case-sensitive: put pictures in images/, narration in audio/, maps in maps/.
# - A text is one string in the default language, or a table with one string
#   per language: title = {{ en = "Collabo Farm", ko = "협업농장" }}.
# - Markdown texts (summary, credits, narration, speaker_notes) are CommonMark:
#   **bold**, *italic*, lists, [links](https://example.org).
# - Check your work with `tourviewer validate FOLDER` (add --strict before you
#   share), see it with `tourviewer FOLDER`, and share it with
#   `tourviewer pack FOLDER -o NAME.tour`.

# The version of the tour format. Always 1.
format = 1

# The tour's stable identity: lowercase letters, digits and single hyphens, at
# most 64. Notes and progress are kept under it: do not change it once shared.
id = {id}

# The tour's languages as BCP 47 tags (en, ko, ja, zh-Hans …); the first is the
# default, used when a text has no version in the language being shown.
languages = [{languages}]

# The tour's name, on its card and first screen.
title = {title}

# A second line under the title.
# subtitle = "Cooperative farming in South Chungcheong"

# Shown on the tour's card and first screen (Markdown).
# summary = \"\"\"
# A virtual field tour of **Hongseong County**, Korea.
# \"\"\"

# The card picture. Default: the first stop's first image.
# cover = "images/cover.jpg"

# Who wrote the tour.
# authors = ["Your name"]

# The tour's licence, as an SPDX identifier.
# license = "CC-BY-4.0"

# Who made the pictures, maps and recordings (Markdown).
# credits = "Photos: Jane Doe. Coastline: GSHHG (Wessel & Smith), LGPL."

# Keys that start with x- are your own, anywhere: kept, never shown, never an error.
# x-internal-id = "project-42"

# The overview map: a picture, placed on Earth by the longitudes and latitudes
# of its edges. Without bounds it is a plain picture (a site plan, a drawing)
# and stops are placed on it with position, in pixels.
# [map]
# image = "maps/region.png"            # PNG, JPEG, WebP or SVG (required)
# bounds = {{ west = 126.45, south = 36.40, east = 126.90, north = 36.70 }}
# attribution = "Coastline: GSHHG"     # shown on the map
# route = true                         # a line through the stops in order (default true)

# The stops, shown in this order: one [[stops]] table each, at least one.
# To add a stop, copy this one down to its end and give it a new id.
[[stops]]
# Unique within the tour. Notes are kept under it: keep it when you reorder or
# retitle stops.
id = "first-stop"

# The stop's name.
title = {stop_title}

# A second line under the title.
# subtitle = "Where the tour begins"

# A place name people would say.
# place = "Janggok-myeon, Hongseong County"

# Where the stop is, in decimal degrees: puts it on every map with bounds.
# `tourviewer locate images/photo.jpg` prints this line from a photo's GPS.
# location = {{ lat = 36.52213, lon = 126.73712 }}

# Pixels from the top-left corner of the tour map, for a map without bounds.
# position = {{ x = 420, y = 310 }}

# Minutes planned at this stop, for the facilitator's timer.
minutes = 10

# What a guide would say here (Markdown). Leave an empty line between paragraphs.
{narration_key} = \"\"\"
{narration}
\"\"\"
{more_narration}
# Recorded narration: Ogg, MP3, M4A/AAC, FLAC or WAV, one file per language.
# audio = {audio}

# WebVTT captions of the audio (the file begins with WEBVTT), one per language.
# transcript = {transcript}

# For the facilitator only: never shown to participants or on the audience screen.
# speaker_notes = "Ask who in the room grew up on a farm."

# Web links, opened in the browser only when clicked (http or https).
# links = [{{ title = "About the farm", url = "https://example.org/farm" }}]

# The stop's pictures, in order; the first is its main image. One
# [[stops.images]] table each.
# [[stops.images]]
# file = "images/first-stop.jpg"       # PNG, JPEG, WebP or GIF (required)
# caption = "Greenhouses shared by the trainees"  # shown under the picture
# credit = "Photo: Jane Doe"           # who made it
# alt = "Three long greenhouses beside rice paddies"  # for people who cannot see it
# panorama = false                     # true for an equirectangular 360° photo
# view = {{ yaw = -40, pitch = -5, fov = 80 }}  # panoramas only: where the viewer first looks

# Hotspots: markers on a picture, reached with Tab in the order written. On a
# panorama place each by yaw and pitch (degrees, yaw 0 is the picture's centre
# column); on a flat picture by x and y (0 to 1 from the top-left corner). Each
# has a label and at most one target: stop (go to that stop), image (show
# another picture of this stop) or text (Markdown shown in a bubble).
# [[stops.images.hotspots]]
# yaw = 35                             # on a flat picture: x = 0.62 and y = 0.40
# pitch = -3
# label = "The shared seedling house"
# text = "Seedlings for all members start here in March."
# stop = "next-stop"                  # instead of text: go to that stop

# A detail map of this stop, with the same keys as [map].
# [stops.map]
# image = "maps/first-stop.png"
# bounds = {{ west = 126.73, south = 36.51, east = 126.75, north = 36.53 }}
"""


# -- packing ----------------------------------------------------------------------


@dataclass(frozen=True)
class PackOptions:
    max_image_size: int | None = None  # pixels on the long side
    strip_metadata: bool = False


class PackCancelled(Exception):
    """Raised by a progress callback to stop packing; nothing is left behind."""


@dataclass(frozen=True)
class PackedFile:
    name: str  # the entry in the package: the path as the tour writes it, normalised
    source: TourPath  # the file in the tour folder (symlinks inside it resolved), or in the package repacked

    @property
    def stored(self) -> bool:
        """Packed as it is, not deflated: a file compressed already."""
        return Path(self.name).suffix.lower() in STORED_SUFFIXES


@dataclass
class PackSummary:
    out: Path
    files: int
    bytes_before: int  # the packed files as they are in the folder
    bytes_after: int  # the package
    resized: list[str] = field(default_factory=list)
    stripped: list[str] = field(default_factory=list)
    left_as_is: list[str] = field(default_factory=list)  # "name: why"


def entry_name(written: str) -> str:
    """The package entry of a tour path: segments as the loader splits them, joined by /."""
    return "/".join(s for s in re.split(r"[/\\]", written) if s not in ("", "."))


def packed_files(result: LoadResult) -> list[PackedFile]:
    """`tour.toml` first (file managers recognise a package by it), then every file it names that is
    inside the tour (a folder or a package), by entry name."""
    files = result.files
    if files is None:
        raise CurateError(f"{result.source} is not a tour")
    toml: TourPath = result.package.file(TOUR_FILE) if result.package else (result.root or Path()) / TOUR_FILE
    found: dict[str, TourPath] = {TOUR_FILE: toml.resolve() if isinstance(toml, Path) else toml}
    for ref in result.references:
        file = files.check(ref.written).file
        inside = isinstance(file, MediaFile) or (
            isinstance(file, Path) and isinstance(files, TourFiles) and file.is_relative_to(files.root)
        )
        if file is not None and inside:
            found.setdefault(entry_name(ref.written), file)
    return [PackedFile(name, found[name]) for name in sorted(found, key=lambda name: (name != TOUR_FILE, name))]


def pack_tour(
    result: LoadResult, out: Path, options: PackOptions | None = None, progress: Progress | None = None
) -> PackSummary:
    """Write the tour of `result` (which must have no errors) as the package `out`.

    `progress` is told the bytes read so far and in all; when it raises
    `PackCancelled`, packing stops and nothing is left behind.
    """
    options = options or PackOptions()
    if result.errors or result.tour is None:
        raise CurateError(f"{result.source} has errors: fix them before packing")
    if out.suffix.lower() != ".tour":
        raise CurateError(f"{out} must end in .tour")
    if not out.parent.is_dir():
        raise CurateError(f"there is no folder {out.parent} to write {out.name} in")
    files = packed_files(result)
    summary = PackSummary(out=out, files=len(files), bytes_before=0, bytes_after=0)
    picture_maps = _picture_maps(result.tour)
    total = sum(_size(packed) for packed in files)
    tell = progress or (lambda done, total: None)
    fd, temp_name = tempfile.mkstemp(prefix=f".{out.stem}-", suffix=".tour", dir=out.parent)
    temp = Path(temp_name)
    try:
        tell(0, total)
        with os.fdopen(fd, "wb") as f, zipfile.ZipFile(f, "w") as z:
            for packed in files:
                if options.max_image_size is None and not options.strip_metadata:
                    summary.bytes_before += _copy(packed, z, lambda n: tell(summary.bytes_before + n, total))
                    continue
                raw = _read(packed)
                summary.bytes_before += len(raw)
                data = _prepared(packed.name, raw, options, packed.name in picture_maps, summary)
                method = zipfile.ZIP_STORED if packed.stored else zipfile.ZIP_DEFLATED
                z.writestr(_zip_info(packed.name, method), data, method, ZIP_LEVEL)
                tell(summary.bytes_before, total)
        _check_package(temp, result, changed=bool(summary.resized or summary.stripped))
        temp.chmod(0o644)
        summary.bytes_after = temp.stat().st_size
        os.replace(temp, out)
    except OSError as exc:
        raise CurateError(f"cannot write {out}: {exc.strerror or exc}") from exc
    finally:
        temp.unlink(missing_ok=True)
    return summary


def human_size(count: int) -> str:
    """Bytes to three figures, in powers of 1000: 950 bytes, 12.3 kB, 4.50 MB, 2.10 GB."""
    if count < 1000:
        return f"{count} bytes"
    for unit, scale in (("kB", 1e3), ("MB", 1e6), ("GB", 1e9)):
        value = count / scale
        if round(value, 2) < 10:
            return f"{value:.2f} {unit}"
        if round(value, 1) < 100:
            return f"{value:.1f} {unit}"
        if round(value) < 1000 or unit == "GB":
            return f"{value:.0f} {unit}"
    raise AssertionError("unreachable")


def _read(packed: PackedFile) -> bytes:
    try:
        return packed.source.read_bytes()
    except OSError as exc:
        raise CurateError(f"cannot read {packed.name}: {exc.strerror or exc}") from exc


def _size(packed: PackedFile) -> int:
    if isinstance(packed.source, MediaFile):
        return packed.source.size
    try:
        return packed.source.stat().st_size
    except OSError as exc:
        raise CurateError(f"cannot read {packed.name}: {exc.strerror or exc}") from exc


def _copy(packed: PackedFile, z: zipfile.ZipFile, tell: Callable[[int], None]) -> int:
    """Copy one file into the package in pieces, telling the bytes copied so far; returns how many."""
    method = zipfile.ZIP_STORED if packed.stored else zipfile.ZIP_DEFLATED
    info = _zip_info(packed.name, method)
    info.file_size = _size(packed)  # a stored entry's size goes in its header before its bytes
    count = 0
    try:
        with packed.source.open("rb") as src, z.open(info, "w", force_zip64=info.file_size > 0x7FFFFFFF) as dst:
            while chunk := src.read(_CHUNK):
                dst.write(chunk)
                count += len(chunk)
                tell(count)
    except OSError as exc:
        raise CurateError(f"cannot read {packed.name}: {exc.strerror or exc}") from exc
    return count


def _zip_info(name: str, method: int) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
    info.compress_type = method
    if method == zipfile.ZIP_DEFLATED:
        info._compresslevel = ZIP_LEVEL  # type: ignore[attr-defined]  # what ZipFile.open("w") uses
    info.create_system = 3  # Unix, on every system, so the permissions below mean the same
    info.external_attr = (stat.S_IFREG | ZIP_FILE_MODE) << 16
    return info


def _picture_maps(tour: Tour) -> set[str]:
    """Map images without bounds: stops are placed on them in pixels, so their pixels stay."""
    maps = [tour.map, *(stop.map for stop in tour.stops)]
    return {entry_name(m.image) for m in maps if m is not None and m.bounds is None}


def _check_package(package: Path, folder: LoadResult, changed: bool) -> None:
    """Open the new package like any other: it must have the folder's problems (or fewer, when images changed)."""
    packed = load_tour(package)  # its bytes are zipfile's own, CRCs computed as they were written
    if packed.errors or packed.tour is None:
        raise CurateError(_differs("the package does not open cleanly", packed.errors))
    before, after = _keys(folder.problems), _keys(packed.problems)
    if changed:
        before = {p for p in before if p[0] not in _MAY_CHANGE}
        after = {p for p in after if p[0] not in _MAY_CHANGE}
    if before != after:
        new = [p for p in packed.problems if _key(p) in after - before]
        raise CurateError(_differs("the package's problems differ from the folder's", new))


def _key(p: Problem) -> tuple[str, tuple[str | int, ...], str]:
    return p.code, p.path, p.message


def _keys(problems: list[Problem]) -> set[tuple[str, tuple[str | int, ...], str]]:
    return {_key(p) for p in problems}


def _differs(what: str, problems: list[Problem]) -> str:
    said = "; ".join(f"{p.code}: {p.message}" for p in problems[:3])
    return f"{what} ({said}); nothing was written" if said else f"{what}; nothing was written"


# -- pictures ------------------------------------------------------------------------


def _prepared(name: str, raw: bytes, options: PackOptions, picture_map: bool, summary: PackSummary) -> bytes:
    """The bytes to pack for one file: as it is, or a picture scaled down or stripped."""
    if options.max_image_size is None and not options.strip_metadata:
        return raw
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(raw)) as im:
                return _picture(name, im, raw, options, picture_map, summary)
    except Image.UnidentifiedImageError:
        return raw  # audio, transcripts: not pictures at all
    except Exception as exc:  # a picture Pillow reads but cannot re-encode must not stop the packing
        if options.strip_metadata:  # never ship a photo's GPS position when asked not to
            raise CurateError(f"cannot remove the metadata of {name}: {exc}") from exc
        summary.left_as_is.append(f"{name}: cannot be re-encoded ({exc}), packed as it is")
        return raw


def _picture(
    name: str, im: Image.Image, raw: bytes, options: PackOptions, picture_map: bool, summary: PackSummary
) -> bytes:
    fmt = im.format or ""
    if fmt not in _RESIZABLE:
        return raw  # GIF and the rest: packed as they are
    if getattr(im, "n_frames", 1) > 1:
        summary.left_as_is.append(f"{name}: animated, packed as it is")
        return raw
    orientation = _orientation(im)
    width, height = im.size
    if orientation in (5, 6, 7, 8):
        width, height = height, width
    limit = options.max_image_size
    resize = limit is not None and max(width, height) > limit and not picture_map
    strip = options.strip_metadata and (fmt == "JPEG" or _has_metadata(im))
    if not (resize or strip):
        if limit is not None and picture_map and max(width, height) > limit:
            summary.left_as_is.append(f"{name}: a map without bounds keeps its size (stops are placed in pixels)")
        return raw
    if strip and not resize and fmt == "JPEG":  # without decoding: the pixels stay exactly as they were
        summary.stripped.append(name)
        return strip_jpeg_metadata(raw, orientation)
    im.load()
    text = dict(getattr(im, "text", None) or {}) if not options.strip_metadata else {}
    if picture_map:
        picture, keep_orientation = im, orientation  # stops are placed on its pixels as stored
    else:
        picture, keep_orientation = ImageOps.exif_transpose(im), 1
    if resize and limit is not None:
        picture = _scaled(picture, limit)
        summary.resized.append(name)
    if strip:
        summary.stripped.append(name)
    return _encode(picture, fmt, keep_metadata=not options.strip_metadata, orientation=keep_orientation, text=text)


_SOI, _EOI, _SOS, _COM = 0xD8, 0xD9, 0xDA, 0xFE
_KEPT_APP = {0xE0, 0xE2, 0xEE}  # JFIF, ICC profile (APP2 also carries MPF: checked by its name), Adobe colour


def _kept_segment(marker: int, body: bytes) -> bool:
    """Whether a JPEG segment describes how to show the pixels rather than the photo (EXIF, XMP, IPTC, comments)."""
    if marker == _COM or 0xE0 <= marker <= 0xEF:
        return marker in _KEPT_APP and (marker != 0xE2 or body.startswith(b"ICC_PROFILE\0"))
    return True  # tables, frame and scan headers: the picture itself


def strip_jpeg_metadata(raw: bytes, orientation: int = 1) -> bytes:
    """`raw` without EXIF (GPS included), XMP, IPTC, comments and other application segments, not re-encoded.

    The frame, tables, scans, ICC profile, JFIF and Adobe segments are copied byte for byte; anything after
    the end of the picture (the further pictures of an MPO) goes. A turned photo keeps a minimal EXIF
    holding only its orientation, so it still shows upright. Raises ValueError for a file that is not
    a JPEG or whose segments are damaged.
    """
    if raw[:2] != b"\xff\xd8":
        raise ValueError("not a JPEG file")
    out = bytearray(b"\xff\xd8")
    if orientation != 1:
        exif = Image.Exif()
        exif[_ORIENTATION] = orientation
        body = exif.tobytes()
        out += b"\xff\xe1" + (len(body) + 2).to_bytes(2, "big") + body
    i, size = 2, len(raw)
    while i < size:
        if raw[i] != 0xFF or i + 1 >= size:
            raise ValueError(f"damaged JPEG segment at byte {i}")
        marker = raw[i + 1]
        if marker == 0xFF:  # fill byte
            i += 1
            continue
        if marker == _EOI:
            out += b"\xff\xd9"
            return bytes(out)
        if marker == _SOI or 0xD0 <= marker <= 0xD7 or marker == 0x01:
            out += raw[i : i + 2]
            i += 2
            continue
        if i + 4 > size:
            raise ValueError(f"damaged JPEG segment at byte {i}")
        length = int.from_bytes(raw[i + 2 : i + 4], "big")
        end = i + 2 + length
        if length < 2 or end > size:
            raise ValueError(f"damaged JPEG segment at byte {i}")
        if _kept_segment(marker, raw[i + 4 : end]):
            out += raw[i:end]
        i = end
        if marker == _SOS:  # the entropy-coded data runs to the next marker that is not a stuffed byte or restart
            j = i
            while True:
                j = raw.find(b"\xff", j)
                if j < 0 or j + 1 >= size:
                    out += raw[i:]  # a cut file: its pixels as far as they go
                    return bytes(out)
                if raw[j + 1] == 0x00 or 0xD0 <= raw[j + 1] <= 0xD7 or raw[j + 1] == 0xFF:
                    j += 1 if raw[j + 1] == 0xFF else 2
                    continue
                break
            out += raw[i:j]
            i = j
    return bytes(out)


def _orientation(im: Image.Image) -> int:
    try:
        value = im.getexif().get(_ORIENTATION, 1)
    except Exception:  # damaged EXIF: treat the picture as upright
        return 1
    return value if isinstance(value, int) else 1


def _has_metadata(im: Image.Image) -> bool:
    """Whether Pillow sees EXIF, XMP, comments or PNG text in the picture."""
    if any(key in im.info for key in _METADATA_KEYS):
        return True
    try:
        if len(im.getexif()):
            return True
    except Exception:
        return True  # damaged EXIF: re-encoding removes it
    return bool(getattr(im, "text", None))


def _scaled(im: Image.Image, limit: int) -> Image.Image:
    """`im` with its long side `limit` pixels, resampled smoothly (a palette is rebuilt afterwards)."""
    width, height = im.size
    scale = limit / max(width, height)
    size = (max(1, round(width * scale)), max(1, round(height * scale)))
    palette = im.mode == "P"
    if im.mode in ("P", "PA", "1") or (im.mode in ("L", "RGB") and "transparency" in im.info):
        im = im.convert("RGBA" if "transparency" in im.info or im.mode == "PA" else "RGB")
    elif im.mode not in ("L", "LA", "RGB", "RGBA", "CMYK"):
        im = im.convert("RGBA" if "A" in im.getbands() else "RGB")
    scaled = im.resize(size, Image.Resampling.LANCZOS)
    if palette:  # back to 256 colours: a palette picture stays about as small as it was
        method = Image.Quantize.MEDIANCUT if scaled.mode == "RGB" else Image.Quantize.FASTOCTREE
        scaled = scaled.quantize(256, method=method)
    return scaled


def _encode(im: Image.Image, fmt: str, keep_metadata: bool, orientation: int, text: dict[str, str]) -> bytes:
    """`im` encoded in `fmt`, with its metadata or with none (but the orientation a map keeps).

    `text` is a PNG's text chunks, kept with the rest of the metadata.
    """
    info = dict(im.info)
    args: dict[str, Any] = {}
    if icc := info.get("icc_profile"):
        args["icc_profile"] = icc  # colour, not metadata about the photo
    if keep_metadata:
        exif = im.getexif()
        if len(exif):
            args["exif"] = exif.tobytes()
        if xmp := info.get("xmp"):
            args["xmp"] = xmp
    elif orientation != 1:
        exif = Image.Exif()
        exif[_ORIENTATION] = orientation
        args["exif"] = exif.tobytes()
    # Pillow copies some of `info` (a JPEG comment, PNG transparency) into the new file by itself.
    kept = ("transparency", "comment") if keep_metadata else ("transparency",)
    im.info = {k: v for k, v in info.items() if k in kept}
    if fmt == "JPEG":
        if im.mode not in ("L", "RGB"):
            im = im.convert("RGB")
        args.update(quality=JPEG_QUALITY, optimize=True)
    elif fmt == "PNG":
        args.update(compress_level=9)
        if text:
            args["pnginfo"] = _png_text(text)
    elif fmt == "WEBP":
        if im.mode not in ("RGB", "RGBA"):
            im = im.convert("RGBA" if "A" in im.getbands() else "RGB")
        args.update(quality=WEBP_QUALITY)
    out = io.BytesIO()
    im.save(out, fmt, **args)
    return out.getvalue()


def _png_text(text: dict[str, str]) -> Any:
    from PIL.PngImagePlugin import PngInfo

    chunks = PngInfo()
    for key, value in text.items():
        chunks.add_text(key, value)
    return chunks
