"""The picture a tour showed when it was last left, so that reopening it can decode that picture first.

Reopening a tour shows the stop where the participant left it. Which picture
that is, and at what size it was shown, is known only once the tour has been
read and the notebook asked; by then the program has spent most of its start
importing itself. So the viewer keeps, for each tour folder it showed, the
picture on screen and the box it filled (`start-pictures.json` in the data
folder), and a start with that tour decodes it on a thread of its own while
the rest of the program loads. It is a guess and nothing more: the picture
is used only if the tour asks for the same file at the same size; a guess
that is wrong costs one decode.

What is read back is checked before it is used: the picture must be a file
inside the tour's folder, unchanged (size, times, inode, device) since it was shown.
A package's pictures are not guessed: they are read from inside the package.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
from dataclasses import asdict, dataclass
from pathlib import Path

from tourviewer.core.checked import identity
from tourviewer.core.loader import TOUR_FILE

log = logging.getLogger(__name__)

FILE_NAME = "start-pictures.json"
KEEP = 20  # tours remembered; the oldest go


@dataclass(frozen=True)
class StartPicture:
    """A picture file of a tour folder and the box (device pixels) it was decoded for."""

    picture: str
    width: int
    height: int
    identity: list[int]  # what changes when the file's content may have changed (`checked.identity`)


def tour_folder(path: Path) -> Path | None:
    """The folder of a tour opened as `path` (its folder or its `tour.toml`); None for anything else."""
    folder = path.parent if path.name == TOUR_FILE else path
    try:
        return folder.resolve() if folder.is_dir() else None
    except OSError:
        return None


def picture_identity(path: Path) -> list[int] | None:
    try:
        return identity(path.stat())
    except OSError:
        return None


def remembered(data: Path, tour: Path) -> StartPicture | None:
    """The picture the tour at `tour` showed when it was last left, if it is still there unchanged."""
    folder = tour_folder(tour)
    if folder is None:
        return None
    entry = _read(data).get(str(folder))
    if not isinstance(entry, dict):
        return None
    try:
        found = StartPicture(
            str(entry["picture"]), int(entry["width"]), int(entry["height"]), [int(n) for n in entry["identity"]]
        )
    except (KeyError, TypeError, ValueError):
        return None
    picture = Path(found.picture)
    if found.width <= 0 or found.height <= 0 or not picture.is_absolute():
        return None
    try:
        # named as the tour names its files (resolved), and inside the tour's folder
        where = picture.resolve()
    except OSError:
        return None
    if where != picture or not where.is_relative_to(folder) or not where.is_file():
        return None
    return found if picture_identity(picture) == found.identity else None


def remember(data: Path, tour: Path, picture: Path, width: int, height: int) -> None:
    """`picture` (resolved, as the tour names its files) was shown in a box `width` x `height`; never raises."""
    folder = tour_folder(tour)
    identity = picture_identity(picture)
    if folder is None or identity is None:
        return
    entries = {k: v for k, v in _read(data).items() if k != str(folder)}
    entries[str(folder)] = asdict(StartPicture(str(picture), width, height, identity))
    kept = dict(list(entries.items())[-KEEP:])  # the newest last
    target = data / FILE_NAME
    scratch = target.with_name(f"{FILE_NAME}.{os.getpid()}.tmp")
    try:
        data.mkdir(parents=True, exist_ok=True)
        scratch.write_text(json.dumps(kept, ensure_ascii=False), encoding="utf-8")
        os.replace(scratch, target)
    except OSError as exc:  # a full or read-only disk: the next start decodes after reading the tour
        log.info("cannot keep the picture to show first: %s", exc)
        with contextlib.suppress(OSError):
            scratch.unlink(missing_ok=True)


def _read(data: Path) -> dict[str, object]:
    try:
        entries = json.loads((data / FILE_NAME).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return entries if isinstance(entries, dict) else {}
