"""What the loader found before: tours with a valid structure, and readable pictures.

Whether a `tour.toml` has a valid structure depends only on its text and on
this program's model. So once a tour has validated, the loader keeps its parsed
text (as JSON) with the identity of the file it came from: path, size,
modification and change times, inode and device. Any write, rename or
replacement of the file changes its change time, which no program can set
back. While the file is unchanged the viewer builds the model from the record
(`model.build`), without reading TOML and without loading the validator. A
record also names the model that judged it (the version and the sizes and
times of the model's sources), so a changed program validates everything
again. The rules across stops, and the checks that files exist and stay inside
the tour, run on every load all the same.

A file of a package is known by the package's identity, a hash of the
package's central directory (every entry's name, size, CRC and place) and the
entry's CRC, so a package opened again costs what a folder does: its central
directory is read, nothing else.

Likewise a picture's size, once Pillow has read it as a good image, is kept
with the picture file's identity: opening that tour again needs no image
library. And a file that `validate` or `pack` decoded whole (a picture whose
pixels decode, a recording with a sound stream) is remembered as good with its
identity, so checking an unchanged tour again decodes nothing. Problems are
never remembered: a file with one is read afresh.

A file changed in the last few seconds is not recorded: a file system with a
coarse clock (FAT keeps times to 2 seconds) could hide a second change made
within the same tick, the same way git treats "racily clean" files.

Records are small JSON files named by a checksum of the file's path; each
holds the path itself, so two paths with the same checksum never mix. A folder
that cannot be written keeps no records, and loading goes on as before.
"""

from __future__ import annotations

import functools
import json
import logging
import os
import time
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tourviewer import __version__
from tourviewer.core.media import MediaInfo, check_decodes, probe_image
from tourviewer.core.package import TourPath

log = logging.getLogger(__name__)

KEEP_TOURS = 500  # records kept of each kind; the oldest go first
KEEP_PICTURES = 5000
KEEP_DECODED = 5000
SETTLED_SECONDS = 3.0  # a file younger than this is not recorded
_MODEL_SOURCES = ("model.py", "text.py", "validation.py")
_PRUNED: set[Path] = set()  # folders already pruned by this process


def identity(stat: os.stat_result) -> list[int]:
    """What changes whenever a file's content may have changed."""
    return [stat.st_size, stat.st_mtime_ns, stat.st_ctime_ns, stat.st_ino, stat.st_dev]


@dataclass(frozen=True)
class Fingerprint:
    """A file of a tour as it is now: where it is, what changes with its content, and when it last changed."""

    location: str
    identity: list[int | str]
    mtime: float


def fingerprint(file: TourPath) -> Fingerprint | None:
    """None when a file of a folder cannot be looked at."""
    if isinstance(file, Path):
        try:
            stat = file.stat()
        except OSError:
            return None
        return Fingerprint(os.path.abspath(file), list(identity(stat)), stat.st_mtime)
    return Fingerprint(file.location, file.identity(), file.package.stat.st_mtime)


@functools.cache
def _model_version() -> str:
    """Names the model that judged a tour: this version, and the sources of the model and its validation."""
    here = Path(__file__).parent
    parts = [__version__]
    for name in _MODEL_SOURCES:
        try:
            stat = (here / name).stat()
            parts.append(f"{name}:{stat.st_size}:{stat.st_mtime_ns}")
        except OSError:
            parts.append(name)
    return " ".join(parts)


class DecodedFiles:
    """Files that decoded whole before, by identity: `check_decodes` of an unchanged good file costs a `stat`."""

    def __init__(self, folder: Path):
        self.folder = folder

    def check_decodes(self, path: TourPath, written: str, kind: str) -> str | None:
        """`media.check_decodes`, remembered for files that decode (in a folder, or in a package)."""
        now = fingerprint(path)
        if now is None:
            return check_decodes(path, written, kind)
        record = _read(self.folder, now.location)
        same = record is not None and record.get("identity") == now.identity
        if same and record is not None and kind in record.get("kinds", []):
            return None
        found = check_decodes(path, written, kind)
        if found is None and _settled(now):
            kinds = record.get("kinds", []) if same and record is not None else []
            _write(self.folder, now.location, {"identity": now.identity, "kinds": sorted({*kinds, kind})}, KEEP_DECODED)
        return found


def decoded_files(cache_dir: Path | None = None) -> DecodedFiles:
    """Where `validate` and `pack` remember files that decoded: `decoded/` in the package cache folder."""
    from tourviewer.core.package import default_cache_dir

    return DecodedFiles((cache_dir or default_cache_dir()) / "decoded")


class CheckedTours:
    def __init__(self, folder: Path):
        self.folder = folder
        self.tours = folder / "tours"
        self.pictures = folder / "pictures"
        self.decoded = DecodedFiles(folder / "decoded")

    def tour_data(self, toml: TourPath) -> dict[str, Any] | None:
        """The parsed `toml`, when it validated before and has not changed since."""
        now = fingerprint(toml)
        if now is None:
            return None
        record = _read(self.tours, now.location)
        if record is None or record.get("identity") != now.identity or record.get("model") != _model_version():
            return None
        data = record.get("data")
        return data if isinstance(data, dict) else None

    def remember_tour(self, before: Fingerprint | None, data: dict[str, Any]) -> None:
        """`data`, read from the file when it was `before`, has a valid structure."""
        if before is not None and _settled(before):
            record = {"identity": before.identity, "model": _model_version(), "data": data}
            _write(self.tours, before.location, record, KEEP_TOURS)

    def probe_image(self, path: TourPath, written: str, allow_svg: bool = False) -> MediaInfo:
        """`media.probe_image`, remembered for good pictures."""
        now = fingerprint(path)
        if now is None:
            return probe_image(path, written, allow_svg)
        record = _read(self.pictures, now.location)
        if record is not None and record.get("identity") == now.identity:
            known = _remembered_probe(record)
            if known is not None:
                return known
        found = probe_image(path, written, allow_svg)
        if found.kind == "image" and found.error is None and _settled(now):
            record = {
                "identity": now.identity,
                "size": [found.width, found.height],
                "location": list(found.location) if found.location else None,
            }
            _write(self.pictures, now.location, record, KEEP_PICTURES)
        return found


def _remembered_probe(record: dict[str, Any]) -> MediaInfo | None:
    """A good picture's probe as remembered; None for a record this version cannot use (probed again)."""
    size, location = record.get("size"), record.get("location", "")
    if not (isinstance(size, list) and len(size) == 2 and all(isinstance(n, int) and n > 0 for n in size)):
        return None
    if location is None:
        return MediaInfo("image", size[0], size[1])
    if isinstance(location, list) and len(location) == 2 and all(isinstance(n, float) for n in location):
        return MediaInfo("image", size[0], size[1], location=(location[0], location[1]))
    return None  # no location kept (an older record), or not one this version wrote


def _settled(file: Fingerprint) -> bool:
    """Not changed a moment ago, when it could change again within the file system's clock tick."""
    return time.time() - file.mtime >= SETTLED_SECONDS


def _record_path(folder: Path, location: str) -> Path:
    return folder / f"{zlib.crc32(os.fsencode(location)):08x}.json"


def _read(folder: Path, location: str) -> dict[str, Any] | None:
    try:
        record = json.loads(_record_path(folder, location).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(record, dict) or record.get("path") != location:
        return None
    return record


def _write(folder: Path, location: str, record: dict[str, Any], limit: int) -> None:
    """Write a record whole (a reader never sees half of one); past `limit` records the oldest go (once a run)."""
    try:
        text = json.dumps({"path": location, **record}, ensure_ascii=False)
    except (TypeError, ValueError):  # a value JSON cannot hold, such as a TOML date: not remembered
        return
    target = _record_path(folder, location)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        scratch = target.with_name(f"{target.name}.{os.getpid()}.tmp")
        scratch.write_text(text, encoding="utf-8")
        os.replace(scratch, target)
        if folder in _PRUNED:
            return
        _PRUNED.add(folder)
        kept = [p for p in folder.iterdir() if p.suffix == ".json"]
        if len(kept) > limit:
            kept.sort(key=lambda p: p.stat().st_mtime)
            for old in kept[: len(kept) - limit]:
                old.unlink(missing_ok=True)
    except OSError as exc:
        log.info("cannot keep what was checked in %s: %s", folder, exc)
