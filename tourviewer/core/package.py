"""Tour packages: a tour folder zipped into one `.tour` file, read in place.

Opening a package reads its central directory only, and checks it whole before
anything in it is used: entries that are absolute, climb out with `..` or are
symlinks, encrypted, more than 2 GiB in all, or a large entry that compresses
suspiciously well make it a `bad-package`. Nothing is extracted: `tour.toml`,
transcripts and pictures are read from their entries when they are needed (a
stored entry is a byte range of the file), and each entry's CRC is checked the
first time it is read whole. An entry never yields more bytes than it declares.

Every read opens the package again and compares its identity (size,
modification and change times, inode) with the one it had when it was opened:
a package that was truncated, replaced or removed since gives `PackageChanged`
(an `OSError`, as a missing file would), never bytes of another file.
"""

from __future__ import annotations

import io
import logging
import os
import re
import stat
import struct
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import IO, TYPE_CHECKING

if TYPE_CHECKING:
    import zipfile

# zipfile and hashlib are imported where a package is opened: most tours are
# folders, and start-up should not pay for them.

log = logging.getLogger(__name__)

PACKAGE_SUFFIX = ".tour"
MAX_TOTAL_BYTES = 2 * 1024**3
LARGE_ENTRY_BYTES = 10 * 1024**2
MAX_RATIO = 100
_IGNORED_TOP = ("__MACOSX/",)
_LOCAL_HEADER = struct.Struct("<4s22xHH")  # signature, then the name and extra field lengths
_STORED, _DEFLATED = 0, 8
# what earlier versions left in the cache: folders named by a package's hash, and their staging folders
_OLD_EXTRACTION = re.compile(r"[0-9a-f]{32}|\.extract-.*")


class PackageError(Exception):
    """A package that cannot be opened: `code` is `bad-package` or `not-a-tour`."""

    def __init__(self, code: str, message: str):
        super().__init__(message)
        self.code = code
        self.message = message


class EntryError(OSError):
    """An entry that cannot be read: damaged, or lying about its size."""


class PackageChanged(EntryError):
    """The package is no longer the file that was opened: truncated, replaced or removed."""


def default_cache_dir() -> Path:
    if env := os.environ.get("TOURVIEWER_CACHE_DIR"):
        return Path(env)
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "tourviewer" / "packages"


def is_package(path: Path) -> bool:
    return path.suffix.lower() == PACKAGE_SUFFIX and path.is_file()


def file_identity(st: os.stat_result) -> tuple[int, int, int, int, int]:
    """What changes whenever a file's content may have changed."""
    return (st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino, st.st_dev)


@dataclass(frozen=True)
class Entry:
    """One file of a package, as its central directory declares it."""

    name: str  # inside the package, with the top folder
    header_offset: int
    method: int
    compress_size: int
    file_size: int
    crc: int
    raw_name: bytes  # as the local header must repeat it


@dataclass(eq=False)
class Package:
    """A checked package. Entries are named relative to the folder that holds `tour.toml`."""

    path: Path
    stat: os.stat_result
    directory_hash: str  # of the central directory and end record, as read when opened
    top: str  # '' when tour.toml is at the root, else the single top folder
    entries: dict[str, Entry]
    folders: frozenset[str]
    _offsets: dict[str, int] = field(default_factory=dict, repr=False)
    _verified: set[str] = field(default_factory=set, repr=False)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    @property
    def identity(self) -> tuple[int, int, int, int, int]:
        return file_identity(self.stat)

    def file(self, name: str) -> MediaFile:
        return MediaFile(self, name)

    def intact(self) -> bool:
        """Whether the file at `path` is still the package that was opened."""
        try:
            return file_identity(self.path.stat()) == self.identity
        except OSError:
            return False

    def problem(self) -> str | None:
        """What happened to the package since it was opened, or None while it is intact."""
        try:
            now = self.path.stat()
        except OSError:
            return f"{self.path.name} is gone (removed, renamed, or its disk was taken away)"
        if file_identity(now) == self.identity:
            return None
        same_file = (now.st_ino, now.st_dev) == (self.stat.st_ino, self.stat.st_dev)
        if same_file and now.st_size < self.stat.st_size:
            return f"{self.path.name} was cut short (truncated) since it was opened"
        return f"{self.path.name} was changed or replaced since it was opened"

    # -- reading entries --------------------------------------------------------------
    def _open(self) -> IO[bytes]:
        try:
            f = self.path.open("rb")
        except OSError as exc:
            raise PackageChanged(exc.errno, self.problem() or str(exc)) from exc
        if file_identity(os.fstat(f.fileno())) != self.identity:
            f.close()
            raise PackageChanged(self.problem() or f"{self.path.name} changed since it was opened")
        return f

    def _data_offset(self, f: IO[bytes], entry: Entry) -> int:
        """Where the entry's bytes begin: after its local header, which must name the same entry."""
        with self._lock:
            known = self._offsets.get(entry.name)
        if known is not None:
            return known
        f.seek(entry.header_offset)
        head = f.read(_LOCAL_HEADER.size)
        if len(head) < _LOCAL_HEADER.size:
            raise EntryError(f"the entry {entry.name} is cut off")
        signature, name_length, extra_length = _LOCAL_HEADER.unpack(head)
        if signature != b"PK\x03\x04" or f.read(name_length) != entry.raw_name:
            raise EntryError(f"the entry {entry.name} has a damaged header")
        offset = entry.header_offset + _LOCAL_HEADER.size + name_length + extra_length
        if offset + entry.compress_size > self.stat.st_size:
            raise EntryError(f"the entry {entry.name} is cut off")
        with self._lock:
            self._offsets[entry.name] = offset
        return offset

    def _entry(self, name: str) -> Entry:
        entry = self.entries.get(name)
        if entry is None:
            raise EntryError(f"no entry {name} in {self.path.name}")
        return entry

    def read(self, name: str) -> bytes:
        """The whole entry; its CRC is checked the first time."""
        import zlib

        entry = self._entry(name)
        with self._open() as f:
            start = self._data_offset(f, entry)
            f.seek(start)
            raw = f.read(entry.compress_size)
        if len(raw) != entry.compress_size:
            raise EntryError(f"the entry {name} is cut off")
        if entry.method == _STORED:
            data = raw
        elif entry.method == _DEFLATED:
            data = _inflate(raw, entry)
        else:
            raise EntryError(f"the entry {name} is compressed in a way this viewer does not read")
        if len(data) != entry.file_size:
            raise EntryError(f"the entry {name} does not hold the bytes it declares")
        if name not in self._verified:
            if zlib.crc32(data) != entry.crc:
                raise EntryError(f"the entry {name} is damaged (its checksum does not match)")
            with self._lock:
                self._verified.add(name)
        return data

    def byte_range(self, name: str) -> tuple[int, int] | None:
        """(offset, length) of a stored entry in the package file; None for a compressed one."""
        entry = self._entry(name)
        if entry.method != _STORED:
            return None
        with self._open() as f:
            return self._data_offset(f, entry), entry.file_size

    def open(self, name: str) -> IO[bytes]:
        """A file object over the entry: a window on the package for a stored entry (CRC not checked)."""
        entry = self._entry(name)
        if entry.method != _STORED:
            return io.BytesIO(self.read(name))
        f = self._open()
        try:
            start = self._data_offset(f, entry)
        except BaseException:
            f.close()
            raise
        return io.BufferedReader(_Window(f, start, entry.file_size), buffer_size=64 * 1024)


def _inflate(raw: bytes, entry: Entry) -> bytes:
    import zlib

    inflater = zlib.decompressobj(-zlib.MAX_WBITS)
    try:
        data = inflater.decompress(raw, entry.file_size)
    except zlib.error as exc:
        raise EntryError(f"the entry {entry.name} is damaged ({exc})") from exc
    if inflater.unconsumed_tail or not inflater.eof:
        raise EntryError(f"the entry {entry.name} does not hold the bytes it declares")
    return data


class _Window(io.RawIOBase):
    """Reads `length` bytes of `f` from `start`, and nothing around them."""

    def __init__(self, f: IO[bytes], start: int, length: int):
        self._f, self._start, self._length, self._pos = f, start, length, 0

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
        count = max(0, min(len(buffer), self._length - self._pos))
        if count == 0:
            return 0
        self._f.seek(self._start + self._pos)
        data = self._f.read(count)
        buffer[: len(data)] = data
        self._pos += len(data)
        return len(data)

    def seek(self, offset: int, whence: int = io.SEEK_SET) -> int:
        base = {io.SEEK_SET: 0, io.SEEK_CUR: self._pos, io.SEEK_END: self._length}[whence]
        self._pos = max(0, base + offset)
        return self._pos

    def tell(self) -> int:
        return self._pos

    def close(self) -> None:
        self._f.close()
        super().close()


@dataclass(frozen=True)
class MediaFile:
    """A file of a packaged tour: an entry read in place, with the few `Path` methods the viewer uses.

    A tour folder's files are plain `Path`s; code that reads a tour's files
    through `open("rb")`, `read_bytes()`, `is_file()`, `name` and `suffix`
    works with both.
    """

    package: Package = field(compare=False)
    entry: str
    location: str = field(default="", compare=True)  # the package's path and the entry: tells two packages apart

    def __post_init__(self) -> None:
        if not self.location:
            object.__setattr__(self, "location", f"{self.package.path}!/{self.entry}")

    def __str__(self) -> str:
        return self.location

    @property
    def name(self) -> str:
        return PurePosixPath(self.entry).name

    @property
    def suffix(self) -> str:
        return PurePosixPath(self.entry).suffix

    @property
    def size(self) -> int:
        """The bytes the entry declares it holds (reading it checks this)."""
        entry = self.package.entries.get(self.entry)
        return entry.file_size if entry else 0

    def is_file(self) -> bool:
        return self.entry in self.package.entries and self.package.intact()

    def read_bytes(self) -> bytes:
        return self.package.read(self.entry)

    def open(self, mode: str = "rb") -> IO[bytes]:
        if mode != "rb":
            raise ValueError("a package entry opens only for reading bytes")
        return self.package.open(self.entry)

    def byte_range(self) -> tuple[int, int] | None:
        return self.package.byte_range(self.entry)

    def identity(self) -> list[int | str]:
        """What changes whenever the entry's content may have changed."""
        entry = self.package.entries.get(self.entry)
        return [*self.package.identity, self.package.directory_hash, entry.crc if entry else -1]


TourPath = Path | MediaFile  # a file of a tour: in a folder, or in a package


def open_package(path: Path) -> Package:
    """Check `path`'s central directory; raises PackageError with the spec's code. Extracts nothing."""
    import zipfile

    try:
        with path.open("rb") as f:
            st = os.fstat(f.fileno())
            with zipfile.ZipFile(f) as archive:
                infos = _checked_entries(archive)
                top = _tour_folder(infos)
                directory_hash = _directory_hash(f, archive, st.st_size)
    except PackageError:
        raise
    except (zipfile.BadZipFile, zipfile.LargeZipFile, NotImplementedError, EOFError, ValueError, RuntimeError) as exc:
        raise PackageError("bad-package", f"the package is damaged or not a zip file ({exc})") from exc
    except OSError as exc:
        raise PackageError("bad-package", f"the package cannot be read ({exc.strerror or exc})") from exc
    entries, folders = _tour_entries(infos, top)
    return Package(path, st, directory_hash, top, entries, folders)


def _directory_hash(f: IO[bytes], archive: zipfile.ZipFile, size: int) -> str:
    """A hash of the central directory and what follows it: every entry's name, size, CRC and place."""
    import hashlib

    start = getattr(archive, "start_dir", None)
    if not isinstance(start, int) or not 0 <= start <= size:
        start = max(0, size - 65536)
    f.seek(start)
    return hashlib.blake2b(f.read(size - start), digest_size=16).hexdigest()


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


def _tour_folder(entries: list[zipfile.ZipInfo]) -> str:
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


def _tour_entries(infos: list[zipfile.ZipInfo], top: str) -> tuple[dict[str, Entry], frozenset[str]]:
    """Files by their name relative to the tour's folder, and the folders they are in."""
    prefix = f"{top}/" if top else ""
    entries: dict[str, Entry] = {}
    folders: set[str] = set()
    for info in infos:
        if not info.filename.startswith(prefix):
            continue
        name = "/".join(p for p in re.split(r"[/\\]", info.filename[len(prefix) :]) if p not in ("", "."))
        if not name:
            continue
        parents = name.split("/")[:-1]
        folders.update("/".join(parents[: n + 1]) for n in range(len(parents)))
        if info.is_dir():
            folders.add(name)
            continue
        raw_name = info.orig_filename.encode("utf-8" if info.flag_bits & 0x800 else "cp437", errors="replace")
        entries[name] = Entry(
            info.filename, info.header_offset, info.compress_type, info.compress_size, info.file_size,
            info.CRC, raw_name,
        )  # fmt: skip
    for folder in folders:
        entries.pop(folder, None)  # a name that is both a file and a folder is a folder
    return entries, frozenset(folders)


def iter_old_extractions(cache_dir: Path) -> Iterator[Path]:
    """Folders that earlier versions extracted packages into: named by a hash, or staging folders."""
    try:
        children = list(os.scandir(cache_dir))
    except OSError:
        return
    for child in children:
        try:
            if _OLD_EXTRACTION.fullmatch(child.name) and child.is_dir(follow_symlinks=False):
                yield Path(child.path)
        except OSError:
            continue


def remove_old_extractions(cache_dir: Path | None = None) -> int:
    """Remove what earlier versions extracted (packages are read in place now); returns how many folders.

    Only the cache's own folders are candidates, never a symlink, and nothing
    outside `cache_dir` is touched.
    """
    import shutil

    removed = 0
    for folder in iter_old_extractions(cache_dir or default_cache_dir()):
        shutil.rmtree(folder, ignore_errors=True)  # never follows symlinks inside
        if not os.path.lexists(folder):
            removed += 1
    if removed:
        log.info("removed %d folders of extracted packages", removed)
    return removed
