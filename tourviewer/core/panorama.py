"""Looking around in an equirectangular panorama: the camera, its projection, and the rendering of a view.

A `Camera` looks from the centre of the sphere at `yaw` (degrees, 0 at the
picture's centre column, positive to the right) and `pitch` (degrees, up is
positive), with `fov` the horizontal field of view, onto a flat screen of
`width` x `height` pixels: a rectilinear (pinhole) projection, the way a
photo of that direction would look. Screen points map to directions and back
(`direction_at`, `screen_point`); `render` draws the view from the picture
with numpy on the CPU: each screen pixel gathers the picture pixel its ray
meets (bilinear at rest, nearest while turning), the picture's columns
wrapping round at ±180°.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace
from typing import Any

MIN_FOV, MAX_FOV = 20.0, 120.0
MAX_PITCH = 90.0
MAX_DECODE_WIDTH = 8192  # the widest a panorama is decoded: 128 MiB as 32-bit pixels
MIN_DECODE_WIDTH = 2048
MAPS_KEPT = 4  # base maps kept per sphere: the console's and the audience's, moving and at rest


def wrap_yaw(yaw: float) -> float:
    """`yaw` in degrees brought into [-180, 180)."""
    return (yaw + 180.0) % 360.0 - 180.0


def clamp(value: float, low: float, high: float) -> float:
    return max(low, min(high, value))


@dataclass(frozen=True)
class Camera:
    """Where a panorama view looks (degrees) and the size of the screen it is drawn on (pixels)."""

    yaw: float = 0.0
    pitch: float = 0.0
    fov: float = 90.0
    width: int = 800
    height: int = 600

    def __post_init__(self) -> None:
        object.__setattr__(self, "yaw", wrap_yaw(self.yaw))
        object.__setattr__(self, "pitch", clamp(self.pitch, -MAX_PITCH, MAX_PITCH))
        object.__setattr__(self, "fov", clamp(self.fov, MIN_FOV, MAX_FOV))
        object.__setattr__(self, "width", max(1, int(self.width)))
        object.__setattr__(self, "height", max(1, int(self.height)))

    @property
    def focal(self) -> float:
        """The distance from the eye to the screen, in pixels."""
        return (self.width / 2) / math.tan(math.radians(self.fov) / 2)

    @property
    def degrees_per_pixel(self) -> float:
        """How far the view turns for one pixel of drag at the centre of the screen."""
        return math.degrees(math.atan(1 / self.focal))

    def turned(self, yaw: float = 0.0, pitch: float = 0.0) -> Camera:
        return replace(self, yaw=self.yaw + yaw, pitch=self.pitch + pitch)

    def looking(self, yaw: float, pitch: float) -> Camera:
        return replace(self, yaw=yaw, pitch=pitch)

    def zoomed(self, fov: float) -> Camera:
        return replace(self, fov=fov)

    def sized(self, width: int, height: int) -> Camera:
        return replace(self, width=width, height=height)

    def rotation(self) -> tuple[tuple[float, float, float], ...]:
        """The 3x3 matrix from camera space (x right, y up, z ahead) to the sphere's space."""
        cy, sy = math.cos(math.radians(self.yaw)), math.sin(math.radians(self.yaw))
        cp, sp = math.cos(math.radians(self.pitch)), math.sin(math.radians(self.pitch))
        # yaw about the vertical axis after pitch about the camera's horizontal axis
        return ((cy, -sy * sp, sy * cp), (0.0, cp, sp), (-sy, -cy * sp, cy * cp))

    def direction_at(self, x: float, y: float) -> tuple[float, float]:
        """The (yaw, pitch) seen at screen point (x, y)."""
        ray = (x - self.width / 2, self.height / 2 - y, self.focal)
        r = self.rotation()
        wx, wy, wz = (sum(r[i][j] * ray[j] for j in range(3)) for i in range(3))
        return wrap_yaw(math.degrees(math.atan2(wx, wz))), math.degrees(math.atan2(wy, math.hypot(wx, wz)))

    def screen_point(self, yaw: float, pitch: float) -> tuple[float, float] | None:
        """Where (yaw, pitch) appears on the screen, or None when it is behind the viewer."""
        cy, sy = math.cos(math.radians(yaw)), math.sin(math.radians(yaw))
        cp, sp = math.cos(math.radians(pitch)), math.sin(math.radians(pitch))
        world = (cp * sy, sp, cp * cy)
        r = self.rotation()  # orthonormal: its transpose takes the sphere's space back to the camera's
        cx, cyy, cz = (sum(r[j][i] * world[j] for j in range(3)) for i in range(3))
        if cz <= 1e-9:
            return None
        f = self.focal
        return self.width / 2 + f * cx / cz, self.height / 2 - f * cyy / cz

    def visible(self, yaw: float, pitch: float, margin: float = 0.0) -> tuple[float, float] | None:
        """The screen point of (yaw, pitch) when it is on the screen (within `margin` pixels of it)."""
        point = self.screen_point(yaw, pitch)
        if point is None:
            return None
        x, y = point
        if -margin <= x <= self.width + margin and -margin <= y <= self.height + margin:
            return point
        return None

    def decode_width(self, source_width: int) -> int:
        """The width to decode a panorama at: a half, quarter, … of `source_width` (what JPEG decodes fast).

        The smallest such that shows at least one picture pixel per screen pixel
        at the centre of the view, but never more than MAX_DECODE_WIDTH.
        """
        wanted = max(MIN_DECODE_WIDTH, math.ceil(2 * math.pi * self.focal))
        width = source_width
        while width > MAX_DECODE_WIDTH or (width // 2 >= wanted and width // 2 >= 1):
            width //= 2
        return max(1, width)


def picture_point(yaw: float, pitch: float, width: int, height: int) -> tuple[float, float]:
    """The pixel of an equirectangular picture of width x height that shows (yaw, pitch)."""
    return (wrap_yaw(yaw) / 360.0 + 0.5) * width, (0.5 - pitch / 180.0) * height


class Sphere:
    """An equirectangular picture (height x width x channels, a numpy array) made ready for `render`.

    `owner` is whatever holds the array's memory (a decoded image), kept alive
    with it. A copy at half the width and height (`coarse`) draws the view while
    it turns, when the view itself is drawn at half resolution.

    The base maps of a view (what each screen pixel samples) depend on the
    screen, the field of view and the pitch only: turning left or right moves
    them along by a constant, so a sideways turn costs one addition and the sampling.
    """

    def __init__(self, picture: Any, owner: Any = None):
        self.pixels = picture
        self.owner = owner
        self.height, self.width = picture.shape[:2]
        self.coarse = half_size(picture)
        self._maps: dict[tuple[int, int, int, float, float], tuple[Any, Any]] = {}  # a few views may share a sphere
        self._nearest: dict[tuple[int, int, int, float, float], tuple[Any, Any]] = {}
        self._rows: dict[tuple[int, int, int, float, float], tuple[Any, Any, Any]] = {}

    @property
    def nbytes(self) -> int:
        return int(self.pixels.nbytes + self.coarse.nbytes)

    def maps(self, camera: Camera, coarse: bool = False) -> tuple[Any, Any]:
        """Where each pixel of `camera`'s screen samples the picture (or its coarse copy) when looking at yaw 0.

        Two float32 arrays of camera.height x camera.width: the column (in
        (-0.5, width - 0.5], to be wrapped round) and the row
        (clamped to the picture), pixel centres at whole numbers.
        """
        import numpy as np

        source = self.coarse if coarse else self.pixels
        height, width = source.shape[:2]
        key = (width, camera.width, camera.height, camera.fov, camera.pitch)
        if key in self._maps:
            return self._maps[key]
        yaw, pitch = _ray_angles(camera)
        map_x = yaw * np.float32(width / (2 * math.pi))
        map_x += np.float32(width / 2 - 0.5)  # (-0.5, width - 0.5]: yaw 0 at the centre column
        map_y = pitch * np.float32(-height / math.pi)
        map_y += np.float32(height / 2 - 0.5)
        np.clip(map_y, 0, height - 1, out=map_y)  # the poles: no wrapping from top to bottom
        _remember(self._maps, key, (map_x, map_y))
        return map_x, map_y

    def nearest_maps(self, camera: Camera, coarse: bool = False) -> tuple[Any, Any]:
        """The maps for nearest sampling: the column to round down (in [0, width)) and the row's first pixel."""
        import numpy as np

        map_x, map_y = self.maps(camera, coarse)
        width = (self.coarse if coarse else self.pixels).shape[1]
        key = (width, camera.width, camera.height, camera.fov, camera.pitch)
        if key not in self._nearest:
            column = map_x + np.float32(0.5)  # (0, width]
            np.minimum(column, np.float32(width) - np.float32(1e-3), out=column)  # float rounding: never width itself
            rows = np.rint(map_y).astype(np.intp) * width
            _remember(self._nearest, key, (column, rows))
        return self._nearest[key]

    def bilinear_rows(self, camera: Camera) -> tuple[Any, Any, Any]:
        """For bilinear sampling of the picture: the first pixel of the row above and below, and the weight of below."""
        import numpy as np

        _, map_y = self.maps(camera)
        key = (self.width, camera.width, camera.height, camera.fov, camera.pitch)
        if key not in self._rows:
            top = map_y.astype(np.intp)  # map_y >= 0: the cast rounds down
            weight = map_y - top
            bottom = np.minimum(top + 1, self.height - 1)
            _remember(self._rows, key, (top * self.width, bottom * self.width, weight))
        return self._rows[key]


def _ray_angles(camera: Camera) -> tuple[Any, Any]:
    """The yaw in (-π, π] and the pitch in [-π/2, π/2] (radians, float32) of each screen pixel's ray at yaw 0.

    The camera's rotation at yaw 0 is a pitch about its horizontal axis: it
    leaves a ray's x alone and mixes its y and z, which are the same along a
    row. So the 3x3 product reduces to two numbers a row, and the angles are
    whole-array arctangents of a column vector against a row vector.
    """
    import numpy as np

    level = Camera(0.0, camera.pitch, camera.fov, camera.width, camera.height)
    xs = np.arange(camera.width, dtype=np.float32) - np.float32(camera.width / 2 - 0.5)
    ys = np.float32(camera.height / 2 - 0.5) - np.arange(camera.height, dtype=np.float32)
    r = np.array(level.rotation(), np.float32)
    focal = np.float32(level.focal)
    wy = (r[1, 1] * ys + r[1, 2] * focal)[:, None]  # r[1, 0] is 0
    wz = (r[2, 1] * ys + r[2, 2] * focal)[:, None]  # r[2, 0] is 0
    wx = xs[None, :]
    yaw = np.arctan2(wx, wz)
    pitch = np.arctan2(wy, np.hypot(wx, wz))
    return yaw, pitch


def _remember(cache: dict[Any, Any], key: Any, value: Any) -> None:
    while len(cache) >= MAPS_KEPT:
        del cache[next(iter(cache))]
    cache[key] = value


def half_size(picture: Any) -> Any:
    """`picture` at half its width and height, each pixel the mean of a 2x2 block (channels of 8 bits)."""
    import numpy as np

    height, width = max(1, picture.shape[0] // 2), max(1, picture.shape[1] // 2)
    if picture.shape[0] < 2 or picture.shape[1] < 2:
        return np.ascontiguousarray(picture[: 2 * height : 2, : 2 * width : 2])
    packed = _pixels32(picture)
    if packed is not None:
        return _half_size32(packed, height, width)
    half = np.empty((height, width, *picture.shape[2:]), picture.dtype)
    band = 256  # rows at a time: the temporaries stay small
    for top in range(0, height, band):
        rows = picture[2 * top : 2 * min(height, top + band)]
        total = rows[0::2, 0 : 2 * width : 2].astype(np.uint16)
        total += rows[0::2, 1 : 2 * width : 2]
        total += rows[1::2, 0 : 2 * width : 2]
        total += rows[1::2, 1 : 2 * width : 2]
        total += 2  # rounded to nearest
        total >>= 2
        half[top : top + total.shape[0]] = total
    return half


def _half_size32(packed: Any, height: int, width: int) -> Any:
    """`half_size` of 32-bit pixels, four channels at once: each byte the mean of a 2x2 block, within 1 of it.

    Two pixels' bytes are averaged without a carry from one into the next:
    a & b plus half of a ^ b rounds down, a | b minus half of a ^ b rounds up;
    across then down, one of each, so there is no drift darker or lighter.
    """
    import numpy as np

    half = np.empty((height, width), np.uint32)
    high_bits = np.uint32(0xFEFEFEFE)  # a ^ b without the bit each byte would shift into its neighbour
    band = 128  # output rows at a time: the temporaries stay small
    for top in range(0, height, band):
        rows = packed[2 * top : 2 * min(height, top + band)]
        left, right = rows[:, 0 : 2 * width : 2], rows[:, 1 : 2 * width : 2]
        across = left ^ right
        across &= high_bits
        across >>= 1
        across += left & right
        upper, lower = across[0::2], across[1::2]
        apart = upper ^ lower
        apart &= high_bits
        apart >>= 1
        target = half[top : top + upper.shape[0]]
        np.bitwise_or(upper, lower, out=target)
        target -= apart
    return half.view(np.uint8).reshape(height, width, 4)


def _pixels32(array: Any) -> Any:
    """A height x width x 4 array of bytes seen as one 32-bit number a pixel (no copy), or None."""
    import numpy as np

    if array.ndim == 3 and array.shape[2] == 4 and array.dtype == np.uint8 and array.strides[1:] == (4, 1):
        return array.view(np.uint32)[..., 0]
    return None


def render(sphere: Sphere, camera: Camera, coarse: bool = False, out: Any = None) -> Any:
    """The view of `camera` from `sphere`: an array of camera.height x camera.width x channels.

    Bilinear from the picture; with `coarse`, nearest from its half-size copy
    (several times faster, for frames drawn while the view turns). Columns wrap
    round, so there is no seam at ±180°. `out`, an array of that shape and type,
    is drawn into instead of a new one (no fresh memory per frame).
    """
    import numpy as np

    source = sphere.coarse if coarse else sphere.pixels
    height, width = source.shape[:2]
    channels = source.shape[2:]
    if out is None:
        out = np.empty((camera.height, camera.width, *channels), source.dtype)
    shift = (camera.yaw / 360.0 * width) % width
    if coarse:
        _nearest(sphere, source, camera, shift, out)
    else:
        _bilinear(sphere, source, camera, shift, out)
    return out


def _gather(source: Any, index: Any, out: Any) -> None:
    """out's pixels = source's pixels at flat `index` (row * width + column), 32 bits at a time where it can."""
    import numpy as np

    source = np.ascontiguousarray(source)  # a decoded picture already is: no copy
    packed, target = _pixels32(source), _pixels32(out)
    if packed is not None and target is not None and out.flags.c_contiguous:
        np.take(packed.reshape(-1), index, out=target)
    else:
        out[...] = source.reshape(-1, *source.shape[2:])[index]


def _nearest(sphere: Sphere, source: Any, camera: Camera, shift: float, out: Any) -> None:
    import numpy as np

    column, rows = sphere.nearest_maps(camera, coarse=True)
    width = source.shape[1]
    moved = column + np.float32(shift)  # [0, 2 * width)
    index = moved.astype(np.intp)
    index -= width * (index >= width)
    index += rows
    _gather(source, index, out)


def _bilinear(sphere: Sphere, source: Any, camera: Camera, shift: float, out: Any) -> None:
    map_x, _ = sphere.maps(camera)
    top, bottom, fy = sphere.bilinear_rows(camera)
    for first in range(0, map_x.shape[0], BAND_ROWS):
        band = slice(first, first + BAND_ROWS)
        _bilinear_band(source, map_x[band], top[band], bottom[band], fy[band], shift, out[band])


BAND_ROWS = 32  # rows of the view sampled at a time: the temporaries stay in the cache and are reused


def _bilinear_band(source: Any, map_x: Any, top: Any, bottom: Any, fy: Any, shift: float, out: Any) -> None:
    import numpy as np

    width = source.shape[1]
    x = map_x + np.float32(shift + width)  # > 0: floor is a cast
    left = x.astype(np.intp)
    fx = x - left
    left %= width
    right = left + 1
    right[right == width] = 0
    packed, target = _pixels32(np.ascontiguousarray(source)), _pixels32(out)
    if packed is not None and target is not None and out.flags.c_contiguous:
        flat = packed.reshape(-1)
        upper = _lerp32(flat.take(top + left), flat.take(top + right), fx)
        lower = _lerp32(flat.take(bottom + left), flat.take(bottom + right), fx)
        target[...] = _lerp32(upper, lower, fy)
        return
    shape = (*map_x.shape, *source.shape[2:])
    corners = []
    for row in (top, bottom):
        for col in (left, right):
            got = np.empty(shape, source.dtype)
            _gather(source, row + col, got)
            corners.append(got.astype(np.float32).reshape(*map_x.shape, -1))
    a, b, c, d = corners
    b -= a
    b *= fx[..., None]
    a += b
    d -= c
    d *= fx[..., None]
    c += d
    c -= a
    c *= fy[..., None]
    a += c
    a += 0.5
    out[...] = a.reshape(shape).astype(source.dtype)


LOW_BYTES = 0x00FF00FF  # the 1st and 3rd byte of a 32-bit pixel: two channels with room to multiply by 256


def _lerp32(a: Any, b: Any, fraction: Any) -> Any:
    """a + (b - a) * fraction for each byte of 32-bit pixels, in 8.8 fixed point, two channels at a time."""
    import numpy as np

    low, half = np.uint32(LOW_BYTES), np.uint32(0x00800080)
    weight = np.rint(fraction * np.float32(256)).astype(np.uint32)  # 0 ... 256
    keep = np.uint32(256) - weight
    even = a & low
    even *= keep
    odd = b & low
    odd *= weight
    even += odd
    even += half  # rounded; each channel <= 255 * 256 + 128: no carry into the next
    even >>= 8
    even &= low
    a >>= 8
    a &= low
    a *= keep
    b >>= 8
    b &= low
    b *= weight
    a += b
    a += half
    a &= np.uint32(~LOW_BYTES & 0xFFFFFFFF)
    a |= even
    return a
