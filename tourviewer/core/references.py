"""Every file a tour names: the one list the validator checks, `pack` packs and live preview watches.

The list is read from the parsed `tour.toml` as it is, so that it is complete
even when the structure has errors: the cover, the maps, each stop's pictures,
recordings and transcripts (one per language where the tour gives several),
and the pictures inside Markdown texts (`![alt](images/farm.jpg)`), hotspots'
bubbles included. Paths are
as the tour writes them; whether they are safe and inside the tour is for
`tourviewer.core.paths` to say.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from tourviewer.core.problems import KeyPath

MARKDOWN_KEYS = ("summary", "credits", "narration", "speaker_notes")  # a tour's or a stop's
HOTSPOT_MARKDOWN_KEYS = ("text",)  # a hotspot's bubble
_MARKDOWN_IMAGE = re.compile(r"!\[[^\]]*\]\(\s*<?([^)\s>]+)")


@dataclass(frozen=True)
class FileReference:
    """One path a tour writes, where it writes it, and what kind of file it names."""

    written: str
    path: KeyPath  # the key in tour.toml (a Markdown text's key, for a picture inside it)
    kind: str  # "image", "map", "audio" or "transcript"


def file_references(data: dict[str, Any]) -> list[FileReference]:
    """Every file the parsed `tour.toml` in `data` names: the tour's own, then each stop's in order."""
    found: list[FileReference] = []

    def one(written: Any, path: KeyPath, kind: str) -> None:
        if isinstance(written, str):
            found.append(FileReference(written, path, kind))

    def of_table(table: dict[str, Any], path: KeyPath, keys: tuple[str, ...] = MARKDOWN_KEYS) -> None:
        """The pictures inside the Markdown texts of `table` (in every language)."""
        for key in keys:
            value = table.get(key)
            if isinstance(value, dict):
                for tag, text in value.items():
                    if isinstance(text, str) and "![" in text:
                        for match in _MARKDOWN_IMAGE.finditer(text):
                            found.append(FileReference(match.group(1), (*path, key, tag), "image"))
            elif isinstance(value, str) and "![" in value:  # most texts have no picture: skip the pattern
                for match in _MARKDOWN_IMAGE.finditer(value):
                    found.append(FileReference(match.group(1), (*path, key), "image"))

    def of_map(value: Any, path: KeyPath) -> None:
        if isinstance(value, dict):
            one(value.get("image"), (*path, "image"), "map")

    of_table(data, ())
    one(data.get("cover"), ("cover",), "image")
    of_map(data.get("map"), ("map",))
    stops = data.get("stops")
    for i, stop in enumerate(stops if isinstance(stops, list) else []):
        if not isinstance(stop, dict):
            continue
        path: KeyPath = ("stops", i)
        of_table(stop, path)
        for key in ("audio", "transcript"):  # a file, or one per language
            value = stop.get(key)
            if isinstance(value, dict):
                for tag, written in value.items():
                    one(written, (*path, key, tag), key)
            else:
                one(value, (*path, key), key)
        images = stop.get("images")
        for j, image in enumerate(images if isinstance(images, list) else []):
            if isinstance(image, dict):
                one(image.get("file"), (*path, "images", j, "file"), "image")
                hotspots = image.get("hotspots")
                for k, hotspot in enumerate(hotspots if isinstance(hotspots, list) else []):
                    if isinstance(hotspot, dict):
                        of_table(hotspot, (*path, "images", j, "hotspots", k), HOTSPOT_MARKDOWN_KEYS)
        of_map(stop.get("map"), (*path, "map"))
    return found
