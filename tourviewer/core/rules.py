"""The rules of the tour format that a schema cannot express.

Languages of translated texts, unique stop ids, map bounds and positions, and
every file the tour names (the list of `tourviewer.core.references`: safety
first, then existence, then content). They read the parsed TOML as it is, so
they still report what they can when the structure has errors of its own
(those come from the model, not from here).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from tourviewer.core.exif import location_toml
from tourviewer.core.media import (
    OVERSIZED_PANORAMA_PIXELS,
    OVERSIZED_PIXELS,
    MediaInfo,
    probe_audio,
    probe_image,
    probe_transcript,
)
from tourviewer.core.package import MediaFile, TourPath
from tourviewer.core.paths import PathChecker
from tourviewer.core.problems import KeyPath, Problem
from tourviewer.core.references import FileReference, file_references
from tourviewer.core.text import LANGUAGE_TAG
from tourviewer.core.view_rules import check_image

TOUR_TEXTS = ("title", "subtitle", "summary", "credits")
STOP_TEXTS = ("title", "subtitle", "place", "narration", "speaker_notes")
IMAGE_TEXTS = ("caption", "credit", "alt")
HOTSPOT_TEXTS = ("label", "text")
# Why a file cannot be decoded (None when it can): `media.check_decodes` or a remembering one.
DecodeCheck = Callable[[TourPath, str, str], str | None]


def _table(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


def _number(value: Any) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return float(value) if math.isfinite(value) else None


def _point(value: Any, a: str, b: str, limits: tuple[float, float]) -> tuple[float, float] | None:
    """Two numbers of a table when both are present and within their limits."""
    table = _table(value)
    x, y = _number(table.get(a)), _number(table.get(b))
    if x is None or y is None or abs(x) > limits[0] or abs(y) > limits[1]:
        return None
    return x, y


@dataclass(frozen=True)
class Bounds:
    west: float
    south: float
    east: float
    north: float

    def contains(self, lat: float, lon: float) -> bool:
        return self.west <= lon <= self.east and self.south <= lat <= self.north


@dataclass
class MapFacts:
    """What the rules learned about a map: bounds when valid, image size when readable."""

    bounds: Bounds | None = None
    image: MediaInfo | None = None


# The example narration of `tourviewer new`'s template: a tour that still has it is not finished.
TEMPLATE_NARRATION = (
    "Write here what a guide would say at this stop: what people see, why it\nmatters, a question to ask."
)


@dataclass
class RuleChecker:
    data: dict[str, Any]
    files: PathChecker
    probe_image: Callable[[TourPath, str, bool], MediaInfo] = probe_image  # may remember earlier probes
    decode: DecodeCheck | None = None  # with it, files that pass their probe are decoded too
    verify: bool = False  # read every entry of a package whole, to check its CRC
    problems: list[Problem] = field(default_factory=list)
    references: list[FileReference] = field(default_factory=list)  # every file the tour names, once run
    _maps: dict[KeyPath, MediaInfo | None] = field(default_factory=dict)  # what each map image's probe found
    _pictures: dict[KeyPath, MediaInfo | None] = field(default_factory=dict)  # what each image file's probe found
    _probed: dict[tuple[str, str], MediaInfo | tuple[str, str]] = field(default_factory=dict)
    _ids: set[str] | None = None  # the tour's stop ids, gathered once

    def add(self, code: str, path: KeyPath, message: str) -> None:
        self.problems.append(Problem.make(code, path, message))

    # -- languages and texts --------------------------------------------------
    def languages(self) -> list[str] | None:
        """The declared languages, or None when `languages` itself is malformed."""
        declared = self.data.get("languages", ["en"])
        if not isinstance(declared, list) or not declared:
            return None
        seen: set[str] = set()
        for i, tag in enumerate(declared):
            if not isinstance(tag, str):
                continue
            if tag in seen:
                self.add("undeclared-language", ("languages", i), f"language {tag} is listed twice")
            seen.add(tag)
        if not all(isinstance(t, str) and LANGUAGE_TAG.match(t) for t in declared):
            return None  # the model reports the bad tags
        return list(dict.fromkeys(declared))

    def text(self, value: Any, path: KeyPath, languages: list[str] | None) -> None:
        if not isinstance(value, dict) or not value or languages is None:
            return
        for tag in value:
            if tag not in languages:
                import difflib

                hint = difflib.get_close_matches(tag, languages, n=1, cutoff=0.3)
                did_you = f" (did you mean {hint[0]}?)" if hint else ""
                self.add(
                    "undeclared-language",
                    (*path, tag),
                    f"language {tag} is not in the tour's languages [{', '.join(languages)}]{did_you}",
                )
        missing = [tag for tag in languages if tag not in value]
        if missing:
            self.add("missing-translation", path, f"no {', '.join(missing)} version of this text")

    def template_text(self, value: Any, path: KeyPath) -> None:
        """The template's example narration, left in place (in any language)."""
        values = value.values() if isinstance(value, dict) else [value]
        if any(isinstance(v, str) and v.strip() == TEMPLATE_NARRATION for v in values):
            self.add("template-text", path, "this is still the template's example narration: write the stop's own")

    def texts_of(
        self, table: dict[str, Any], keys: tuple[str, ...], path: KeyPath, languages: list[str] | None
    ) -> None:
        for key in keys:
            if key in table:
                self.text(table[key], (*path, key), languages)

    # -- media -----------------------------------------------------------------
    def media(self, written: Any, path: KeyPath, kind: str, oversized: int = OVERSIZED_PIXELS) -> MediaInfo | None:
        """Check one media path: safe, present, readable. Returns what the probe found."""
        if not isinstance(written, str):
            return None
        cache_key = (written, kind)
        if cache_key not in self._probed:
            self._probed[cache_key] = self._probe(written, kind)
        found = self._probed[cache_key]
        if isinstance(found, tuple):
            self.add(found[0], path, found[1])
            return None
        if found.error:
            self.add("unreadable-media", path, found.error)
        elif kind in ("image", "map"):
            self._oversized(found, written, path, oversized)
        return found

    def _probe(self, written: str, kind: str) -> MediaInfo | tuple[str, str]:
        verdict = self.files.check(written)
        if verdict.file is None:
            return verdict.code or "missing-file", verdict.message or written
        if self.verify and isinstance(verdict.file, MediaFile):
            try:
                verdict.file.read_bytes()
            except OSError as exc:
                return MediaInfo(kind, error=f"{written} cannot be read from the package: {exc}")
        if kind == "audio":
            found = probe_audio(verdict.file, written)
        elif kind == "transcript":
            found = probe_transcript(verdict.file, written)
        else:
            found = self.probe_image(verdict.file, written, kind == "map")
        if found.error is None and self.decode is not None:
            error = self.decode(verdict.file, written, kind)
            if error is not None:
                return MediaInfo(found.kind, found.width, found.height, error)
        return found

    def _oversized(self, info: MediaInfo, written: str, path: KeyPath, limit: int) -> None:
        if info.pixels > limit:
            self.add(
                "oversized-image",
                path,
                f"{written} is {info.width}x{info.height} ({info.pixels / 1e6:.0f} megapixels); "
                f"no screen needs more than {limit // 1_000_000}"
                f"{' in a panorama' if limit == OVERSIZED_PANORAMA_PIXELS else ''}, and smaller files load faster",
            )

    # -- maps ------------------------------------------------------------------
    def map(self, value: Any, path: KeyPath, languages: list[str] | None) -> MapFacts | None:
        if not isinstance(value, dict):
            return None
        facts = MapFacts()
        facts.image = self._maps.get((*path, "image"))
        self.text(value.get("attribution"), (*path, "attribution"), languages)
        bounds = _table(value.get("bounds"))
        west, east = (_number(bounds.get(k)) for k in ("west", "east"))
        south, north = (_number(bounds.get(k)) for k in ("south", "north"))
        if None in (west, east, south, north):
            return facts
        assert west is not None and east is not None and south is not None and north is not None
        if max(abs(west), abs(east)) > 180 or max(abs(south), abs(north)) > 90:
            return facts
        bad = []
        if west >= east:
            bad.append(f"west ({west}) must be less than east ({east})")
        if south >= north:
            bad.append(f"south ({south}) must be less than north ({north})")
        if bad:
            self.add("bad-bounds", (*path, "bounds"), "; ".join(bad))
            return facts
        facts.bounds = Bounds(west, south, east, north)
        return facts

    # -- the whole tour ----------------------------------------------------------
    def run(self) -> list[Problem]:
        data = self.data
        languages = self.languages()
        self.references = file_references(data)
        for ref in self.references:
            found = self.media(ref.written, ref.path, ref.kind, self._oversized_limit(ref))
            if ref.kind == "map":
                self._maps[ref.path] = found
            elif ref.path[-1:] == ("file",):
                self._pictures[ref.path] = found
        self.texts_of(data, TOUR_TEXTS, (), languages)
        tour_map = self.map(data.get("map"), ("map",), languages)
        seen_ids: dict[str, int] = {}
        for i, stop in self._stops():
            path: KeyPath = ("stops", i)
            stop_id = stop.get("id")
            if isinstance(stop_id, str):
                if stop_id in seen_ids:
                    self.add(
                        "duplicate-id",
                        (*path, "id"),
                        f"stop id {stop_id} is already used by stops[{seen_ids[stop_id]}]; ids must be unique",
                    )
                else:
                    seen_ids[stop_id] = i
            self.stop(stop, path, languages, tour_map)
        return self.problems

    def _stop_ids(self) -> set[str]:
        if self._ids is None:
            self._ids = {stop["id"] for _, stop in self._stops() if isinstance(stop.get("id"), str)}
        return self._ids

    def _oversized_limit(self, ref: FileReference) -> int:
        """A panorama's picture may have more pixels than a flat one before it is called oversized."""
        match ref.path:
            case ("stops", int(i), "images", int(j), "file"):
                image = _table(_list(_table(_list(self.data.get("stops"))[i]).get("images"))[j])
                if image.get("panorama") is True:
                    return OVERSIZED_PANORAMA_PIXELS
        return OVERSIZED_PIXELS

    def _stops(self) -> Iterator[tuple[int, dict[str, Any]]]:
        for i, stop in enumerate(_list(self.data.get("stops"))):
            if isinstance(stop, dict):
                yield i, stop

    def stop(self, stop: dict[str, Any], path: KeyPath, languages: list[str] | None, tour_map: MapFacts | None) -> None:
        self.texts_of(stop, STOP_TEXTS, path, languages)
        self.template_text(stop.get("narration"), (*path, "narration"))
        for key in ("audio", "transcript"):  # a file, or one per language
            if isinstance(stop.get(key), dict):
                self.text(stop[key], (*path, key), languages)
        images = _list(stop.get("images"))
        for j, image in enumerate(images):
            if isinstance(image, dict):
                self.image(image, (*path, "images", j), languages, [_table(i).get("file") for i in images])
        for j, link in enumerate(_list(stop.get("links"))):
            if isinstance(link, dict):
                self.text(link.get("title"), (*path, "links", j, "title"), languages)
        if "location" not in stop:
            self.location_from_photo(stop, path)
        location = _point(stop.get("location"), "lat", "lon", (90, 180))
        position = _point(stop.get("position"), "x", "y", (math.inf, math.inf))
        if tour_map is not None:
            self.placement(path, location, position, tour_map, "the tour map")
        own_map = self.map(stop.get("map"), (*path, "map"), languages)
        if own_map is not None and own_map.bounds and location:
            self.placement(path, location, position, own_map, "the stop's own map")

    def image(self, image: dict[str, Any], path: KeyPath, languages: list[str] | None, stop_files: list[Any]) -> None:
        self.texts_of(image, IMAGE_TEXTS, path, languages)
        for k, hotspot in enumerate(_list(image.get("hotspots"))):
            if isinstance(hotspot, dict):
                self.texts_of(hotspot, HOTSPOT_TEXTS, (*path, "hotspots", k), languages)
        check_image(image, path, self._pictures.get((*path, "file")), self._stop_ids(), stop_files, self.add)
        name = image.get("file") if isinstance(image.get("file"), str) else "this image"
        if "alt" not in image:
            self.add("missing-alt", path, f"{name} has no alt text for people who cannot see it")
        if "credit" not in image:
            self.add("missing-credit", path, f"{name} has no credit: say who made it")

    def location_from_photo(self, stop: dict[str, Any], path: KeyPath) -> None:
        """Suggest a location for a stop without one, from its first image's GPS position."""
        images = _list(stop.get("images"))
        first = _table(images[0]) if images else {}
        written = first.get("file")
        if not isinstance(written, str):
            return
        found = self._probed.get((written, "image"))
        if not isinstance(found, MediaInfo) or found.error:
            return  # missing, unsafe or unreadable: reported already
        where = found.location  # read with the picture's size, and remembered with it
        if where:
            lat, lon = where
            self.add(
                "location-from-photo",
                path,
                f"{written} was taken at lat {lat:.5f}, lon {lon:.5f}: add {location_toml(lat, lon)}",
            )

    def placement(
        self,
        path: KeyPath,
        location: tuple[float, float] | None,
        position: tuple[float, float] | None,
        facts: MapFacts,
        which: str,
    ) -> None:
        if facts.bounds:
            if location is None:
                how = "position is only used on maps without bounds" if position else "it has no location"
                self.add("no-position", path, f"the stop cannot be placed on {which}: {how}")
            elif not facts.bounds.contains(*location):
                lat, lon = location
                b = facts.bounds
                self.add(
                    "off-map",
                    (*path, "location"),
                    f"lat {lat}, lon {lon} lies outside {which} "
                    f"(west {b.west}, south {b.south}, east {b.east}, north {b.north})",
                )
        elif position is None:
            self.add(
                "no-position",
                path,
                f"the stop cannot be placed on {which}: it has no bounds, so the stop needs a position in pixels",
            )
        else:
            x, y = position
            image = facts.image
            if image and image.width and image.height and (x > image.width or y > image.height):
                self.add(
                    "out-of-range",
                    (*path, "position"),
                    f"position x {x}, y {y} lies outside the {image.width}x{image.height} map image",
                )
