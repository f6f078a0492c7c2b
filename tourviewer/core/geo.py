"""Placing stops on map images: by `location` through `bounds`, or by `position`."""

from __future__ import annotations

import math
from dataclasses import dataclass

from tourviewer.core.model import Bounds, Location, MapSpec, Stop


@dataclass(frozen=True)
class MapPoint:
    """A stop on a map image, in image pixels from the top-left corner."""

    stop_index: int
    x: float
    y: float


def project(location: Location, bounds: Bounds, width: float, height: float) -> tuple[float, float]:
    """Linear in longitude and latitude, as the tour format says."""
    x = (location.lon - bounds.west) / (bounds.east - bounds.west) * width
    y = (bounds.north - location.lat) / (bounds.north - bounds.south) * height
    return x, y


def inside(x: float, y: float, width: float, height: float) -> bool:
    return 0 <= x <= width and 0 <= y <= height


def stop_points(stops: list[Stop], map_spec: MapSpec, width: float, height: float) -> list[MapPoint]:
    """The stops that can be placed on a map of the given pixel size, in tour order."""
    points = []
    for i, stop in enumerate(stops):
        if map_spec.bounds is not None:
            if stop.location is None:
                continue
            x, y = project(stop.location, map_spec.bounds, width, height)
        elif stop.position is not None:
            x, y = stop.position.x, stop.position.y
        else:
            continue
        if inside(x, y, width, height):
            points.append(MapPoint(i, x, y))
    return points


def spread(points: dict[int, tuple[float, float]], distance: float) -> dict[int, tuple[float, float]]:
    """Where to draw markers so that no two centres are closer than `distance`.

    `points` are true positions in screen pixels. A marker far from the others
    stays where it is; markers that crowd each other move onto a ring around
    their group's centre, each in the direction of its own point where it can,
    so that a leader line from the marker to its true point stays short. Groups
    whose rings meet are merged and laid out again. Returns the drawn position
    of every point.
    """
    groups = _groups(points, distance, [[k] for k in sorted(points)])
    placed: dict[int, tuple[float, float]] = {}
    for _ in range(len(points) + 1):
        placed = {}
        for group in groups:
            placed.update(_ring(group, points, distance))
        merged = _groups(placed, distance * 0.999, groups)
        if len(merged) == len(groups):
            break
        groups = merged
    return placed


def _close_pairs(points: dict[int, tuple[float, float]], distance: float) -> list[tuple[int, int]]:
    """Pairs of points closer than `distance`, found through a grid of `distance`-sized cells."""
    cells: dict[tuple[int, int], list[int]] = {}
    for key, (x, y) in points.items():
        cells.setdefault((math.floor(x / distance), math.floor(y / distance)), []).append(key)
    pairs = []
    for (cx, cy), keys in cells.items():
        for dx in (-1, 0, 1):
            for dy in (-1, 0, 1):
                for b in cells.get((cx + dx, cy + dy), ()):
                    for a in keys:
                        if a < b and math.dist(points[a], points[b]) < distance:
                            pairs.append((a, b))
    return pairs


def _groups(points: dict[int, tuple[float, float]], distance: float, start: list[list[int]]) -> list[list[int]]:
    """The `start` groups, joined wherever two of their points are closer than `distance`."""
    parent = {k: group[0] for group in start for k in group}

    def root(k: int) -> int:
        while parent[k] != k:
            parent[k] = parent[parent[k]]
            k = parent[k]
        return k

    for group in start:
        parent[group[0]] = group[0]
    for a, b in _close_pairs(points, distance):
        ra, rb = root(a), root(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    joined: dict[int, list[int]] = {}
    for k in sorted(parent):
        joined.setdefault(root(k), []).append(k)
    return list(joined.values())


def _ring(group: list[int], points: dict[int, tuple[float, float]], distance: float) -> dict[int, tuple[float, float]]:
    if len(group) == 1:
        return {group[0]: points[group[0]]}
    n = len(group)
    cx = sum(points[k][0] for k in group) / n
    cy = sum(points[k][1] for k in group) / n
    # Neighbours on the ring are `distance` apart, and every marker clears the centre.
    radius = max(distance * 0.85, distance / 2 / math.sin(math.pi / n) * 1.02)
    angles = {k: math.atan2(points[k][1] - cy, points[k][0] - cx) for k in group}
    together = all(math.dist(points[k], (cx, cy)) < 1e-6 for k in group)
    if together:  # nothing tells the directions apart: tour order, from the left, clockwise
        order, base = sorted(group), math.pi
    else:
        order = sorted(group, key=lambda k: (angles[k], k))
        step = 2 * math.pi / n
        # The rotation that keeps each marker closest to its own direction (a circular mean).
        base = math.atan2(
            sum(math.sin(angles[k] - step * i) for i, k in enumerate(order)),
            sum(math.cos(angles[k] - step * i) for i, k in enumerate(order)),
        )
    step = 2 * math.pi / n
    return {
        k: (cx + radius * math.cos(base + step * i), cy + radius * math.sin(base + step * i))
        for i, k in enumerate(order)
    }
