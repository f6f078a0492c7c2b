"""Tour packages: a tour folder zipped into one `.tour` file.

A package is checked whole before anything is written: entries that are
absolute, climb out with `..` or are symlinks, more than 2 GiB in all, or a
large entry that compresses suspiciously well make it a `bad-package`. A good
package is extracted into a cache folder named by its content hash, never
anywhere else, and the byte counts are enforced again while extracting.
Reusing an extraction touches its `.complete` marker, so `prune_cache` can
remove the ones nobody has opened for a month.
"""

from __future__ import annotations

import logging
import os
import re
import stat
import time
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import zipfile

# zipfile, hashlib, lzma, shutil and tempfile are imported where a package is
# opened: most tours are folders, and start-up should not pay for them.

log = logging.getLogger(__name__)

PACKAGE_SUFFIX = ".tour"
MAX_TOTAL_BYTES = 2 * 1024**3
LARGE_ENTRY_BYTES = 10 * 1024**2
MAX_RATIO = 100
_IGNORED_TOP = ("__MACOSX/",)
_COMPLETE = ".complete"
_STAGING_PREFIX = ".extract-"
_EXTRACTION_NAME = re.compile(r"[0-9a-f]{32}")  # the first half of the package's SHA-256
STAGING_MAX_AGE_DAYS = 1.0


class PackageError(Exception):
    """A package that cannot be opened: `code` is `bad-package` or `not-a-tour`."""

    def __init__(self, code: str, message: str):
        super().__init__(message)
        self.code = code
        self.message = message


@dataclass(frozen=True)
class OpenedPackage:
    root: Path  # the folder that holds tour.toml, inside the cache


def default_cache_dir() -> Path:
    if env := os.environ.get("TOURVIEWER_CACHE_DIR"):
        return Path(env)
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "tourviewer" / "packages"


def is_package(path: Path) -> bool:
    return path.suffix.lower() == PACKAGE_SUFFIX and path.is_file()


def open_package(path: Path, cache_dir: Path | None = None) -> OpenedPackage:
    """Check and extract `path`; raises PackageError with the spec's code."""
    import lzma
    import zipfile
    import zlib

    cache_dir = cache_dir or default_cache_dir()
    digest = _sha256(path)
    try:
        with zipfile.ZipFile(path) as archive:
            entries = _checked_entries(archive)
            top = _tour_folder(entries)
            target = cache_dir / digest[:32]
            if (target / _COMPLETE).exists():
                _mark_used(target)
            else:
                _extract(archive, entries, cache_dir, target)
    except PackageError:
        raise
    except (
        zipfile.BadZipFile,
        zipfile.LargeZipFile,
        NotImplementedError,
        EOFError,
        ValueError,
        RuntimeError,
        zlib.error,
        lzma.LZMAError,
    ) as exc:
        raise PackageError("bad-package", f"the package is damaged or not a zip file ({exc})") from exc
    except OSError as exc:
        raise PackageError("bad-package", f"the package cannot be read or extracted ({exc.strerror or exc})") from exc
    return OpenedPackage(root=target / top if top else target)


def _sha256(path: Path) -> str:
    import hashlib

    h = hashlib.sha256()
    try:
        with path.open("rb") as f:
            while chunk := f.read(1 << 20):
                h.update(chunk)
    except OSError as exc:
        raise PackageError("bad-package", f"the package cannot be read ({exc.strerror or exc})") from exc
    return h.hexdigest()


def _checked_entries(archive: zipfile.ZipFile) -> list[zipfile.ZipInfo]:
    entries = [i for i in archive.infolist() if not i.filename.startswith(_IGNORED_TOP)]
    total = 0
    for info in entries:
        name = info.filename
        parts = re.split(r"[/\\]", name)
        if name.startswith(("/", "\\")) or re.match(r"^[A-Za-z]:", name):
            raise PackageError("bad-package", f"the entry {name} has an absolute path")
        if ".." in parts:
            raise PackageError("bad-package", f"the entry {name} would extract outside the package folder")
        if stat.S_ISLNK(info.external_attr >> 16):
            raise PackageError("bad-package", f"the entry {name} is a symbolic link")
        if info.flag_bits & 0x1:
            raise PackageError("bad-package", f"the entry {name} is encrypted")
        total += info.file_size
        if total > MAX_TOTAL_BYTES:
            raise PackageError("bad-package", "the package holds more than 2 GiB uncompressed")
        if info.file_size > LARGE_ENTRY_BYTES and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            raise PackageError(
                "bad-package",
                f"the entry {name} compresses more than {MAX_RATIO} to 1 (a zip bomb?)",
            )
    return entries


def _tour_folder(entries: list[zipfile.ZipInfo]) -> str | None:
    """'' when tour.toml is at the root, the single top folder's name, or not-a-tour."""
    names = {i.filename for i in entries}
    if "tour.toml" in names:
        return ""
    tops = {i.filename.split("/", 1)[0] for i in entries}
    if len(tops) == 1:
        top = next(iter(tops))
        if f"{top}/tour.toml" in names:
            return top
    raise PackageError("not-a-tour", "the package has no tour.toml at its root or in a single top folder")


def _extract(archive: zipfile.ZipFile, entries: list[zipfile.ZipInfo], cache_dir: Path, target: Path) -> None:
    import shutil
    import tempfile

    cache_dir.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=_STAGING_PREFIX, dir=cache_dir)).resolve()
    try:
        written = 0
        for info in entries:
            out = staging.joinpath(*[p for p in info.filename.split("/") if p])
            if not out.resolve().is_relative_to(staging):
                raise PackageError("bad-package", f"the entry {info.filename} would extract outside the package folder")
            if info.is_dir():
                out.mkdir(parents=True, exist_ok=True)
                continue
            out.parent.mkdir(parents=True, exist_ok=True)
            written += _copy_entry(archive, info, out, MAX_TOTAL_BYTES - written)
        (staging / _COMPLETE).write_text("ok\n", encoding="utf-8")
        try:
            staging.rename(target)
        except OSError:
            if not (target / _COMPLETE).exists():  # not a concurrent extraction that won
                shutil.rmtree(target, ignore_errors=True)
                staging.rename(target)
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def _copy_entry(archive: zipfile.ZipFile, info: zipfile.ZipInfo, out: Path, budget: int) -> int:
    """Copy one entry, trusting no declared size: returns the bytes written."""
    limit = min(info.file_size, budget)
    count = 0
    with archive.open(info) as src, out.open("wb") as dst:
        while chunk := src.read(1 << 16):
            count += len(chunk)
            if count > limit:
                raise PackageError("bad-package", f"the entry {info.filename} is larger than it declares")
            dst.write(chunk)
    return count


def _mark_used(target: Path) -> None:
    """Touch the extraction's marker: `prune_cache` judges age by it."""
    try:
        os.utime(target / _COMPLETE)
    except OSError as exc:  # a read-only cache still opens
        log.debug("cannot mark %s as used: %s", target, exc)


def prune_cache(cache_dir: Path | None = None, max_age_days: float = 30, now: float | None = None) -> int:
    """Remove extracted packages not opened for `max_age_days`, and staging folders older than a day.

    Only the cache's own folders are candidates (named by a content hash, or
    `.extract-…`), never a symlink, and nothing outside `cache_dir` is touched.
    Returns how many folders were removed.
    """
    import shutil

    cache_dir = cache_dir or default_cache_dir()
    now = time.time() if now is None else now
    try:
        children = list(os.scandir(cache_dir))
    except OSError:
        return 0  # no cache yet
    removed = 0
    for entry in children:
        try:
            if entry.is_symlink() or not entry.is_dir(follow_symlinks=False):
                continue
            if entry.name.startswith(_STAGING_PREFIX):
                last_used, max_age = entry.stat(follow_symlinks=False).st_mtime, STAGING_MAX_AGE_DAYS
            elif _EXTRACTION_NAME.fullmatch(entry.name):
                last_used, max_age = _last_used(Path(entry.path)), max_age_days
            else:
                continue  # not the cache's: leave it
        except OSError:
            continue
        if now - last_used <= max_age * 86400:
            continue
        shutil.rmtree(entry.path, ignore_errors=True)  # never follows symlinks inside
        if not os.path.lexists(entry.path):
            removed += 1
            log.info("removed %s from the package cache", entry.name)
    return removed


def _last_used(extraction: Path) -> float:
    """When the extraction was last opened: its marker's time, or the folder's when it has none."""
    try:
        return os.stat(extraction / _COMPLETE, follow_symlinks=False).st_mtime
    except OSError:
        return os.stat(extraction, follow_symlinks=False).st_mtime
