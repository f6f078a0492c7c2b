"""Looking around in an equirectangular panorama: the camera, its projection, and the rendering of a view.

A `Camera` looks from the centre of the sphere at `yaw` (degrees, 0 at the
picture's centre column, positive to the right) and `pitch` (degrees, up is
positive), with `fov` the horizontal field of view, onto a flat screen of
`width` x `height` pixels: a rectilinear (pinhole) projection, the way a
photo of that direction would look. Screen points map to directions and back
(`direction_at`, `screen_point`); `render` draws the view from the picture
with OpenCV's `remap` (bilinear, the picture's columns wrapping round at
±180°), on the CPU.
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
        import cv2

        self.pixels = picture
        self.owner = owner
        self.height, self.width = picture.shape[:2]
        size = (max(1, self.width // 2), max(1, self.height // 2))
        self.coarse = cv2.resize(picture, size, interpolation=cv2.INTER_AREA)
        self._maps: dict[tuple[int, int, int, float, float], tuple[Any, Any]] = {}  # a few views may share a sphere

    @property
    def nbytes(self) -> int:
        return int(self.pixels.nbytes + self.coarse.nbytes)

    def maps(self, camera: Camera, coarse: bool = False) -> tuple[Any, Any]:
        """Where each pixel of `camera`'s screen samples the picture (or its coarse copy) when looking at yaw 0."""
        import cv2
        import numpy as np

        source = self.coarse if coarse else self.pixels
        height, width = source.shape[:2]
        key = (width, camera.width, camera.height, camera.fov, camera.pitch)
        if key in self._maps:
            return self._maps[key]
        level = Camera(0.0, camera.pitch, camera.fov, camera.width, camera.height)
        xs = np.arange(camera.width, dtype=np.float32) - camera.width / 2 + 0.5
        ys = camera.height / 2 - 0.5 - np.arange(camera.height, dtype=np.float32)
        rays = np.empty((camera.height, camera.width, 3), np.float32)
        rays[..., 0] = xs[None, :]
        rays[..., 1] = ys[:, None]
        rays[..., 2] = level.focal
        world = cv2.transform(rays, np.array(level.rotation(), np.float32))
        across, yaw = cv2.cartToPolar(world[..., 2], world[..., 0], angleInDegrees=True)  # yaw in [0, 360)
        _, pitch = cv2.cartToPolar(across, world[..., 1], angleInDegrees=True)  # [0, 90] up, (270, 360) down
        map_x = yaw * np.float32(width / 360.0) + np.float32(width / 2 - 0.5)
        pitch[pitch > 180] -= 360
        map_y = pitch * np.float32(-height / 180.0) + np.float32(height / 2 - 0.5)
        np.clip(map_y, 0, height - 1, out=map_y)  # the poles: no wrapping from top to bottom
        while len(self._maps) >= MAPS_KEPT:
            del self._maps[next(iter(self._maps))]
        self._maps[key] = (map_x, map_y)
        return map_x, map_y


def render(sphere: Sphere, camera: Camera, coarse: bool = False, out: Any = None) -> Any:
    """The view of `camera` from `sphere`: an array of camera.height x camera.width x channels.

    Bilinear from the picture; with `coarse`, nearest from its half-size copy
    (several times faster, for frames drawn while the view turns). Columns wrap
    round (OpenCV's BORDER_WRAP), so there is no seam at ±180°. `out`, an array
    of that shape and type, is drawn into instead of a new one (no fresh memory
    per frame).
    """
    import cv2

    source = sphere.coarse if coarse else sphere.pixels
    base_x, map_y = sphere.maps(camera, coarse)
    map_x = cv2.add(base_x, camera.yaw / 360.0 * source.shape[1])
    how = cv2.INTER_NEAREST if coarse else cv2.INTER_LINEAR
    return cv2.remap(source, map_x, map_y, how, dst=out, borderMode=cv2.BORDER_WRAP)
