"""Every file a tour names: the one list the validator checks, `pack` packs and live preview watches.

The list is read from the parsed `tour.toml` as it is, so that it is complete
even when the structure has errors: the cover, the maps, each stop's pictures,
recordings and transcripts (one per language where the tour gives several),
and the pictures inside Markdown texts (`![alt](images/farm.jpg)`). Paths are
as the tour writes them; whether they are safe and inside the tour is for
`tourviewer.core.paths` to say.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from tourviewer.core.problems import KeyPath

MARKDOWN_KEYS = frozenset({"summary", "credits", "narration", "speaker_notes"})
_MARKDOWN_IMAGE = re.compile(r"!\[[^\]]*\]\(\s*<?([^)\s>]+)")


@dataclass(frozen=True)
class FileReference:
    """One path a tour writes, where it writes it, and what kind of file it names."""

    written: str
    path: KeyPath  # the key in tour.toml (a Markdown text's key, for a picture inside it)
    kind: str  # "image", "map", "audio" or "transcript"


def file_references(data: dict[str, Any]) -> list[FileReference]:
    """Every file the parsed `tour.toml` in `data` names: the tour's own, then each stop's in order."""
    return list(_references(data))


def _references(data: dict[str, Any]) -> Iterator[FileReference]:
    yield from _markdown_images(data, ())
    yield from _one(data.get("cover"), ("cover",), "image")
    yield from _map(data.get("map"), ("map",))
    for i, stop in enumerate(_list(data.get("stops"))):
        if not isinstance(stop, dict):
            continue
        path: KeyPath = ("stops", i)
        yield from _markdown_images(stop, path)
        for key in ("audio", "transcript"):
            yield from _translatable(stop.get(key), (*path, key), key)
        for j, image in enumerate(_list(stop.get("images"))):
            if isinstance(image, dict):
                yield from _one(image.get("file"), (*path, "images", j, "file"), "image")
        yield from _map(stop.get("map"), (*path, "map"))


def _list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


def _one(written: Any, path: KeyPath, kind: str) -> Iterator[FileReference]:
    if isinstance(written, str):
        yield FileReference(written, path, kind)


def _translatable(value: Any, path: KeyPath, kind: str) -> Iterator[FileReference]:
    """A path, or a table of one path per language."""
    if isinstance(value, dict):
        for tag, written in value.items():
            yield from _one(written, (*path, tag), kind)
    else:
        yield from _one(value, path, kind)


def _map(value: Any, path: KeyPath) -> Iterator[FileReference]:
    if isinstance(value, dict):
        yield from _one(value.get("image"), (*path, "image"), "map")


def _markdown_images(table: dict[str, Any], path: KeyPath) -> Iterator[FileReference]:
    """The pictures inside the Markdown texts of `table` (in every language)."""
    for key, value in table.items():
        if key not in MARKDOWN_KEYS:
            continue
        texts = value.items() if isinstance(value, dict) else [(None, value)]
        for tag, text in texts:
            if not isinstance(text, str):
                continue
            where = (*path, key) if tag is None else (*path, key, tag)
            for match in _MARKDOWN_IMAGE.finditer(text):
                yield FileReference(match.group(1), where, "image")
