"""Placing stops on map images: by `location` through `bounds`, or by `position`."""

from __future__ import annotations

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
