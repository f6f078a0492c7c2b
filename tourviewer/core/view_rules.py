"""The rules for panoramas, their start `view`, and hotspots, that a schema cannot express.

Which keys may stand together in a hotspot (`conflicting-keys`), which belong to
panoramas only (`panorama-only`), where a hotspot's target leads
(`broken-link`), and whether a panorama has the 2:1 shape of an
equirectangular picture (`not-equirectangular`). Like the other rules they read
the parsed TOML as written, so they report what they can when the structure
has errors of its own.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from typing import Any

from tourviewer.core.media import MediaInfo
from tourviewer.core.problems import KeyPath

TARGETS = ("stop", "image", "text")
SPHERE_PLACE = ("yaw", "pitch")
FLAT_PLACE = ("x", "y")
EQUIRECTANGULAR_TOLERANCE = 0.02  # a panorama's width may be 2% off twice its height

Report = Callable[[str, KeyPath, str], None]


def check_image(
    image: dict[str, Any],
    path: KeyPath,
    info: MediaInfo | None,
    stop_ids: Collection[str],
    stop_files: list[Any],
    add: Report,
) -> None:
    """Check one image table's `panorama`, `view` and `hotspots` (`stop_files`: the files of its stop's images)."""
    panorama = image.get("panorama") is True
    file = image.get("file")
    name = file if isinstance(file, str) else "this image"
    if "view" in image and not panorama:
        add("panorama-only", (*path, "view"), f"{name} is not a panorama (panorama = true), so it has no view to turn")
    if panorama and info is not None and info.width and info.height:
        _shape(info.width, info.height, name, path, add)
    hotspots = image.get("hotspots")
    if not isinstance(hotspots, list):
        return
    others = [f for f in stop_files if isinstance(f, str) and f != image.get("file")]
    for k, hotspot in enumerate(hotspots):
        if isinstance(hotspot, dict):
            where = (*path, "hotspots", k)
            _place(hotspot, where, panorama, name, add)
            _target(hotspot, where, stop_ids, others, add)


def _shape(width: int, height: int, name: str, path: KeyPath, add: Report) -> None:
    ratio = width / height
    if abs(ratio - 2) > 2 * EQUIRECTANGULAR_TOLERANCE:
        add(
            "not-equirectangular",
            path,
            f"{name} is {width}x{height}; a 360° panorama is twice as wide as it is high "
            f"(like {2 * height}x{height}), or it looks stretched when turned",
        )


def _place(hotspot: dict[str, Any], path: KeyPath, panorama: bool, name: str, add: Report) -> None:
    sphere = [k for k in SPHERE_PLACE if k in hotspot]
    flat = [k for k in FLAT_PLACE if k in hotspot]
    if sphere and flat:
        add(
            "conflicting-keys",
            path,
            f"a hotspot has either yaw and pitch (on a panorama) or x and y (on a flat picture), "
            f"not {', '.join(sphere + flat)} together",
        )
        return
    if sphere and not panorama:
        add(
            "panorama-only",
            (*path, sphere[0]),
            f"{name} is not a panorama: place the hotspot with x and y (0 to 1 of the width and height)",
        )
        return
    if flat and panorama:
        add(
            "panorama-only",
            (*path, flat[0]),
            f"{name} is a panorama: place the hotspot with yaw and pitch in degrees, not x and y",
        )
        return
    wanted = SPHERE_PLACE if panorama else FLAT_PLACE
    for key in wanted:
        if key not in hotspot:
            add(
                "missing-key",
                (*path, key),
                f"{key} is required here: a hotspot on this picture needs {' and '.join(wanted)}",
            )


def _target(hotspot: dict[str, Any], path: KeyPath, stop_ids: Collection[str], others: list[str], add: Report) -> None:
    targets = [k for k in TARGETS if k in hotspot]
    if len(targets) > 1:
        add(
            "conflicting-keys",
            path,
            f"a hotspot leads to one place at most: it has {' and '.join(targets)}; keep one of them",
        )
        return
    stop = hotspot.get("stop")
    if isinstance(stop, str) and stop not in stop_ids:
        add("broken-link", (*path, "stop"), f"there is no stop with the id {stop} in this tour")
    image = hotspot.get("image")
    if isinstance(image, str) and image not in others:
        choices = f" (images here: {', '.join(others)})" if others else " (the stop has no other image)"
        add("broken-link", (*path, "image"), f"{image} is not the file of another image of this stop{choices}")
