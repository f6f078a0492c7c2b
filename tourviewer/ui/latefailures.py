"""Pictures that pass the check made when a tour opens but fail to decode on screen, as the tour's problems.

Opening a tour reads pictures' headers only, so the first stop shows at once.
A picture that then fails to decode (a PNG cut short, a damaged JPEG) says why
in its placeholder wherever it is shown: the gallery, the map panel (a raster
map picture), the presenter console and the audience window. Each of those
hands the failure to `picture_failed`, which adds it to the tour's problems
(`LoadResult.add_late`) on the file's key path, with the file and the reason,
so that the problems bar counts it and the problems list says why. A file gone
since the tour was read is no problem of the tour's, and is not added.
"""

from __future__ import annotations

from pathlib import Path

from tourviewer.core.loader import LoadResult
from tourviewer.core.problems import KeyPath, Problem
from tourviewer.ui.images import ImageKey


def still_there(key: ImageKey) -> bool:
    """Whether the decoded file is still where the tour was read from (a folder's file, or a package's entry)."""
    source = key.source if key.source is not None else Path(key.path)
    return bool(source.is_file())  # type: ignore[attr-defined]


def picture_failed(result: LoadResult | None, path: KeyPath, file: str, why: str) -> bool:
    """Add "`file` cannot be decoded: `why`" on `path` to the tour's problems; True when it is new."""
    if result is None:
        return False
    return result.add_late(Problem.make("unreadable-media", path, f"{file} cannot be decoded: {why}"))


def where_in_tour(result: LoadResult | None, key: ImageKey) -> tuple[KeyPath, str] | None:
    """The key path and written name of the first stop picture that `key` decodes, if any."""
    tour = result.tour if result is not None else None
    if result is None or tour is None:
        return None
    for s, stop in enumerate(tour.stops):
        for i, image in enumerate(stop.images):
            found = result.media_path(image.file)
            if found is not None and str(found) == key.path:
                return ("stops", s, "images", i, "file"), image.file
    return None
