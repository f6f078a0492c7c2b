"""The sample tours' 360° panoramas: equirectangular illustrations drawn by casting a ray through every pixel.

Used by ``make_sample_media.py`` (kind ``images``). Each scene is a few simple
solids (arched greenhouse tunnels, boxes for buildings) on a ground plane
under a sky with far hills, seen from eye height. Every pixel's colour comes
from the direction it looks in, so the horizon is a straight line across the
middle of the picture and the left and right edges meet without a seam. Each
solid is cast only through the pixels its bounding box can cover, and a light
smoothing (wrapping round at the edges) softens the stairs along edges.

Yaw 0 (the picture's centre column) looks along +z, yaw 90 along +x; y is up.
Needs numpy and Pillow.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Collection
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from PIL import Image, ImageFilter

WIDTH, HEIGHT = 4096, 2048
ROWS_PER_BAND = 128  # rows cast at a time, to bound memory
EYE = 1.6  # metres
SUN = np.array([0.45, 0.75, -0.5], np.float32) / np.linalg.norm([0.45, 0.75, -0.5])

Colour = tuple[int, int, int]


def c(hex_colour: str) -> np.ndarray:
    return np.array([int(hex_colour[i : i + 2], 16) for i in (1, 3, 5)], np.float32)


@dataclass
class Hits:
    """The nearest surface found so far along each ray: distance and colour."""

    t: np.ndarray
    rgb: np.ndarray

    def take(self, t: np.ndarray, rgb: np.ndarray) -> None:
        nearer = (t > 0) & (t < self.t)
        self.t[nearer] = t[nearer]
        self.rgb[nearer] = rgb[nearer]


def shade(base: np.ndarray, normal: np.ndarray, strength: float = 0.35) -> np.ndarray:
    """Flat colour lit by the sun: `strength` of it depends on the angle to the sun."""
    light = np.clip(normal @ SUN, 0, 1)[..., None]
    return base * (1 - strength + strength * light)


# -- solids ------------------------------------------------------------------------------------


@dataclass
class Tunnel:
    """An arched greenhouse: half a cylinder of radius `r` along z from z0 to z1, its axis on the ground at x."""

    x: float
    z0: float
    z1: float
    r: float = 3.2
    plastic: str = "#e9efe9"
    crop: str = "#5f9f3f"

    def footprint(self) -> tuple[float, float, float, float, float]:
        return self.x - self.r, self.x + self.r, self.z0, self.z1, self.r

    def hit(self, o: np.ndarray, d: np.ndarray, hits: Hits) -> None:
        ox, oy = o[0] - self.x, o[1]
        dx, dy, dz = d[..., 0], d[..., 1], d[..., 2]
        a = dx * dx + dy * dy
        b = 2 * (dx * ox + dy * oy)
        cc = ox * ox + oy * oy - self.r * self.r
        disc = b * b - 4 * a * cc
        ok = (disc > 0) & (a > 1e-9)
        root = np.sqrt(np.where(ok, disc, 0))
        t = np.where(ok, (-b - root) / (2 * np.where(a > 1e-9, a, 1)), np.inf)
        px, py, pz = ox + t * dx, oy + t * dy, o[2] + t * dz
        ok &= (py >= 0) & (pz >= self.z0) & (pz <= self.z1)
        normal = np.stack([px / self.r, py / self.r, np.zeros_like(px)], -1)
        ribs = (np.abs(((pz - self.z0) % 2.0) - 1.0) < 0.06)[..., None]  # the steel hoops every 2 m
        base = np.where(ribs, c(self.plastic) * 0.78, c(self.plastic))
        hits.take(np.where(ok, t, np.inf), shade(np.broadcast_to(base, normal.shape), normal, 0.3))
        # the open ends: rows of green inside, under the arch
        for z_end in (self.z0, self.z1):
            t_end = (z_end - o[2]) / np.where(np.abs(dz) > 1e-9, dz, 1e-9)
            ex, ey = ox + t_end * dx, oy + t_end * dy
            inside = (t_end > 0) & (ey >= 0) & (ex * ex + ey * ey <= self.r * self.r)
            row = (np.abs((ex % 0.9) - 0.45) < 0.22) & (ey < 0.55 + 0.1 * np.sin(ex * 7))
            dark = np.broadcast_to(c("#2f3a2c"), ex.shape + (3,))
            rgb = np.where(row[..., None], c(self.crop), dark)
            rgb = np.where(
                (ey > self.r * 0.92)[..., None] | (np.abs(ex) > self.r * 0.96)[..., None], c(self.plastic) * 0.8, rgb
            )
            hits.take(np.where(inside, t_end, np.inf), rgb)


@dataclass
class Box:
    """A building: an axis-aligned box with coloured walls, a roof, and windows drawn on its walls."""

    x0: float
    x1: float
    z0: float
    z1: float
    height: float
    wall: str
    roof: str = "#6d6a66"
    window: str | None = "#3c4a57"
    window_every: float = 3.0
    floor_height: float = 3.2
    band: tuple[float, float, str] | None = None  # a sign band: from, to (m above the ground), colour
    shopfront: str | None = None  # a glazed ground floor of this colour

    def footprint(self) -> tuple[float, float, float, float, float]:
        return self.x0, self.x1, self.z0, self.z1, self.height

    def hit(self, o: np.ndarray, d: np.ndarray, hits: Hits) -> None:
        lo = np.array([self.x0, 0.0, self.z0], np.float32)
        hi = np.array([self.x1, self.height, self.z1], np.float32)
        safe = np.where(np.abs(d) > 1e-9, d, 1e-9)
        t0, t1 = (lo - o) / safe, (hi - o) / safe
        near, far = np.minimum(t0, t1), np.maximum(t0, t1)
        t_in = near.max(-1)
        axis = near.argmax(-1)
        ok = (t_in <= far.min(-1)) & (t_in > 0)
        p = o + t_in[..., None] * d
        normal = np.zeros_like(d)
        sign = -np.sign(np.take_along_axis(d, axis[..., None], -1)[..., 0])
        np.put_along_axis(normal, axis[..., None], sign[..., None], -1)
        base = np.broadcast_to(c(self.wall), d.shape).copy()
        along = np.where(axis == 0, p[..., 2], p[..., 0])  # the horizontal coordinate on the wall
        up = p[..., 1]
        wall_face = axis != 1
        if self.window is not None:
            storey = up % self.floor_height
            win = wall_face & (np.abs((along % self.window_every) - self.window_every / 2) < self.window_every * 0.22)
            win &= (storey > self.floor_height * 0.35) & (storey < self.floor_height * 0.8) & (up > self.floor_height)
            win &= up < self.height - 0.6
            base[win] = c(self.window)
        if self.shopfront is not None:
            glass = wall_face & (up > 0.3) & (up < 2.6) & (np.abs((along % 4.0) - 2.0) < 1.6)
            base[glass] = c(self.shopfront)
        if self.band is not None:
            band = wall_face & (up > self.band[0]) & (up < self.band[1])
            base[band] = c(self.band[2])
        base[axis == 1] = c(self.roof)
        hits.take(np.where(ok, t_in, np.inf), shade(base, normal))


# -- backgrounds ------------------------------------------------------------------------------


def hills(yaw: np.ndarray, seed: int, height: float) -> np.ndarray:
    """The pitch (radians) of a far ridge line over each yaw: a sum of whole waves, so it closes round the circle."""
    rng = np.random.default_rng(seed)
    out = np.zeros_like(yaw)
    for k in range(1, 9):
        out += rng.uniform(0.2, 1.0) / k * np.sin(k * yaw + rng.uniform(0, 2 * math.pi))
    return np.radians(height) * (0.55 + 0.45 * out / 1.6)


def sky(pitch: np.ndarray, yaw: np.ndarray, seed: int) -> np.ndarray:
    high, low = c("#7fb0dc"), c("#dbe8f0")
    t = np.clip(pitch / (math.pi / 2), 0, 1)[..., None] ** 0.6
    rgb = low * (1 - t) + high * t
    rng = np.random.default_rng(seed)
    cloud = np.zeros_like(yaw)
    for _ in range(7):  # soft clouds, periodic in yaw
        centre, at = rng.uniform(-math.pi, math.pi), rng.uniform(0.12, 0.45)
        wide = rng.uniform(0.15, 0.35)
        dyaw = np.angle(np.exp(1j * (yaw - centre)))
        cloud += np.exp(-((dyaw / wide) ** 2) - ((pitch - at) / 0.035) ** 2)
    return rgb + np.clip(cloud, 0, 1)[..., None] * (c("#ffffff") - rgb) * 0.85


def _covered(
    footprint: tuple[float, float, float, float, float], yaws: np.ndarray, pitches: np.ndarray
) -> tuple[slice, np.ndarray] | None:
    """The rows and columns of a band that a solid standing on `footprint` (x0, x1, z0, z1, height) may cover."""
    x0, x1, z0, z1, top = footprint
    nearest = math.hypot(max(x0, 0.0, -x1), max(z0, 0.0, -z1))  # horizontal distance from the eye to the footprint
    if nearest <= 0:
        return slice(None), np.arange(len(yaws))
    low, high = math.atan2(-EYE, nearest), math.atan2(top - EYE, nearest)
    rows = np.nonzero((pitches >= low - 0.01) & (pitches <= high + 0.01))[0]
    if len(rows) == 0:
        return None
    corners = [math.atan2(x, z) for x in (x0, x1) for z in (z0, z1)]
    centre = math.atan2(sum(math.sin(a) for a in corners), sum(math.cos(a) for a in corners))
    half = max(abs(math.remainder(a - centre, 2 * math.pi)) for a in corners) + 0.01
    cols = np.nonzero(np.abs(np.remainder(yaws - centre + math.pi, 2 * math.pi) - math.pi) <= half)[0]
    if len(cols) == 0:
        return None
    return slice(rows[0], rows[-1] + 1), cols


# -- a scene ----------------------------------------------------------------------------------


@dataclass
class Panorama:
    solids: list
    ground: Callable[[np.ndarray, np.ndarray], np.ndarray]  # x, z -> colour
    seed: int
    hill_height: float = 3.0
    hill_colour: str = "#7d9a78"
    haze: str = "#d4e0e4"

    def render(self) -> Image.Image:
        width, height = WIDTH, HEIGHT
        out = np.empty((height, width, 3), np.uint8)
        yaw_row = ((np.arange(width, dtype=np.float32) + 0.5) / width - 0.5) * 2 * math.pi
        for top in range(0, height, ROWS_PER_BAND):
            rows = np.arange(top, min(top + ROWS_PER_BAND, height), dtype=np.float32)
            pitch = (0.5 - (rows + 0.5) / height) * math.pi
            yaw, pitch = np.meshgrid(yaw_row, pitch)
            out[top : top + len(rows)] = self._band(yaw, pitch)
        pad = 4  # smoothed with the opposite edge beside each edge, so the two edges still meet
        wrapped = Image.fromarray(np.concatenate((out[:, -pad:], out, out[:, :pad]), axis=1))
        smooth = wrapped.filter(ImageFilter.SMOOTH)
        return smooth.crop((pad, 0, pad + width, height))

    def _band(self, yaw: np.ndarray, pitch: np.ndarray) -> np.ndarray:
        with np.errstate(invalid="ignore", over="ignore"):  # rays that miss a solid carry inf along
            return self._cast(yaw, pitch)

    def _cast(self, yaw: np.ndarray, pitch: np.ndarray) -> np.ndarray:
        d = np.stack([np.cos(pitch) * np.sin(yaw), np.sin(pitch), np.cos(pitch) * np.cos(yaw)], -1).astype(np.float32)
        o = np.array([0.0, EYE, 0.0], np.float32)
        rgb = sky(pitch, yaw, self.seed)
        ridge = hills(yaw, self.seed, self.hill_height)
        far = (pitch >= 0) & (pitch < ridge)
        hill = c(self.hill_colour) * (0.92 + 0.08 * np.sin(yaw * 40)[..., None] * (pitch < ridge * 0.8)[..., None])
        rgb = np.where(far[..., None], hill * 0.75 + c(self.haze) * 0.25, rgb)
        hits = Hits(np.full(yaw.shape, np.inf, np.float32), rgb.astype(np.float32))
        down = d[..., 1] < -1e-6
        t_ground = np.where(down, -EYE / np.where(down, d[..., 1], -1), np.inf)
        gx, gz = o[0] + t_ground * d[..., 0], o[2] + t_ground * d[..., 2]
        hits.take(t_ground, self.ground(np.where(down, gx, 0), np.where(down, gz, 0)))
        for solid in self.solids:
            where = _covered(solid.footprint(), yaw[0], pitch[:, 0])
            if where is None:
                continue
            rows, cols = where
            cells = np.ix_(np.arange(len(pitch))[rows], cols)
            part = Hits(hits.t[cells], hits.rgb[cells])
            solid.hit(o, d[cells], part)
            hits.t[cells], hits.rgb[cells] = part.t, part.rgb
        fog = (1 - np.exp(-np.where(np.isfinite(hits.t), hits.t, 0) / 900))[..., None]
        rgb = hits.rgb * (1 - fog) + c(self.haze) * fog
        return np.clip(rgb, 0, 255).astype(np.uint8)


# -- the sample tours' scenes ----------------------------------------------------------------------

# Collabo Farm: standing on the farm track between a row of greenhouses (to the west, yaw -90)
# and rice paddies (to the east, yaw 90); the track runs north (yaw 0) to the neighbouring farm.
FARM_GREENHOUSES = [Tunnel(x=-9 - 8 * i, z0=-28, z1=26) for i in range(6)]
FARM_SOLIDS: list = [
    *FARM_GREENHOUSES,
    Tunnel(x=-9, z0=34, z1=52, plastic="#dfe6dc"),  # a shorter one at the end of the row
    Box(-20, -12, -46, -36, 4.2, "#c9c2b4", roof="#7b8a96", window="#56636e", window_every=2.5, floor_height=2.6),
]


def farm_ground(x: np.ndarray, z: np.ndarray) -> np.ndarray:
    grass, earth, track = c("#8fae62"), c("#9c8462"), c("#c8b48e")
    water, rice = c("#8fb8b4"), c("#79a84e")
    rgb = np.broadcast_to(grass, x.shape + (3,)).copy()
    paddy = x > 4.5
    bank = paddy & ((np.abs((x - 4.5) % 24 - 12) > 11.4) | (np.abs(z % 30 - 15) > 14.4))
    rows = paddy & (np.abs((z % 0.6) - 0.3) < 0.09)
    rgb[paddy] = water
    rgb[rows] = rice
    rgb[bank] = earth
    rgb[np.abs(x) <= 1.5] = track
    rgb[(np.abs(np.abs(x) - 0.8) < 0.12)] = track * 0.9  # wheel ruts
    rgb[(x < -5) & (np.abs(z) < 30)] = earth * 1.05  # the yard by the greenhouses
    return rgb


def collabo_farm() -> Image.Image:
    return Panorama(FARM_SOLIDS, farm_ground, seed=11, hill_height=3.2).render()


# Gunsan's old downtown: standing in a street of low shops (it runs north, yaw 0, and south),
# a taller building with a large glazed front on the east side (yaw about 55) stands for Local:Rise Town.
SHOP_COLOURS = ["#d9c7a7", "#b7c4c9", "#e4d6c3", "#c9a98f", "#a9b7a0", "#d7b9b0", "#c4c0b8", "#b9a58c"]
SIGN_COLOURS = ["#2f5d8a", "#9b3b32", "#3f6f4f", "#c28a2c", "#5a4a78", "#2d6e73"]


def downtown_solids() -> list:
    solids: list = []
    for side, x0, x1 in (("west", -14.0, -6.0), ("east", 6.0, 14.0)):
        z = -90.0
        n = 0 if side == "west" else 3
        while z < 90:
            width = 6.0 + (n * 37 % 4)
            if side == "east" and -2 < z + width / 2 < 16:
                solids.append(
                    Box(
                        x0,
                        x1 + 4,
                        2,
                        14,
                        10.5,
                        "#b8643f",
                        roof="#5d5550",
                        window="#b9d3dc",
                        window_every=2.4,
                        floor_height=3.4,
                        band=(3.0, 3.6, "#f0efe8"),
                        shopfront="#cfe3ea",
                    )
                )
                z = 14.0
                n += 1
                continue
            storeys = 1 + (n * 5 % 3)
            solids.append(
                Box(
                    x0,
                    x1,
                    z,
                    z + width - 0.3,
                    3.6 * storeys + 0.8,
                    SHOP_COLOURS[n % len(SHOP_COLOURS)],
                    window="#51606b",
                    window_every=2.2,
                    floor_height=3.6,
                    band=(2.7, 3.4, SIGN_COLOURS[n % len(SIGN_COLOURS)]),
                    shopfront="#6f8793",
                )
            )
            z += width
            n += 1
    return solids


def downtown_ground(x: np.ndarray, z: np.ndarray) -> np.ndarray:
    road, pavement = c("#8d8d8b"), c("#c7c0b2")
    rgb = np.broadcast_to(road, x.shape + (3,)).copy()
    walk = np.abs(x) > 4.2
    rgb[walk] = pavement
    rgb[walk & ((np.abs((z % 1.0) - 0.5) < 0.03) | (np.abs((x % 1.0) - 0.5) < 0.03))] = pavement * 0.9
    rgb[(np.abs(x) < 0.08) & (np.abs((z % 6) - 3) < 1.5)] = c("#e9e4cf")  # the dashed centre line
    crossing = (np.abs(z + 20) < 2.0) & (np.abs(x) < 4.2) & (np.abs((x % 1.0) - 0.5) < 0.25)
    rgb[crossing] = c("#e9e4cf")
    return rgb


def old_downtown() -> Image.Image:
    return Panorama(downtown_solids(), downtown_ground, seed=23, hill_height=4.0, hill_colour="#7f9585").render()


PANORAMAS: list[tuple[str, str, Callable[[], Image.Image]]] = [
    ("hongsung", "images/collabo-farm-360.jpg", collabo_farm),
    ("gunsan", "images/old-downtown-360.jpg", old_downtown),
]


def make_panoramas(tours_dir: Path, only: str | None = None, tours: Collection[str] | None = None) -> list[Path]:
    written = []
    for tour, rel, draw in PANORAMAS:
        if (only and only not in rel) or (tours is not None and tour not in tours):
            continue
        out = tours_dir / tour / rel
        out.parent.mkdir(parents=True, exist_ok=True)
        draw().save(out, quality=84, optimize=True, progressive=False)
        written.append(out)
        print(f"image  {out.relative_to(tours_dir.parent)} ({out.stat().st_size // 1024} KB)")
    return written
