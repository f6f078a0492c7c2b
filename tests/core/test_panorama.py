"""The panorama camera: screen points and directions, turning, zooming, and the rendered view."""

from __future__ import annotations

import math

import numpy as np
from hypothesis import given
from hypothesis import strategies as st

from tourviewer.core.panorama import MAX_DECODE_WIDTH, Camera, Sphere, half_size, picture_point, render, wrap_yaw

cameras = st.builds(
    Camera,
    yaw=st.one_of(st.floats(-180, 180), st.sampled_from([-180.0, 179.999, 180.0, -179.999])),
    pitch=st.one_of(st.floats(-90, 90), st.sampled_from([-90.0, 90.0, -89.9, 89.9])),
    fov=st.floats(20, 120),
    width=st.integers(64, 2400),
    height=st.integers(64, 1400),
)


def angle_between(a: tuple[float, float], b: tuple[float, float]) -> float:
    def vec(yaw: float, pitch: float) -> tuple[float, float, float]:
        y, p = math.radians(yaw), math.radians(pitch)
        return (math.cos(p) * math.sin(y), math.sin(p), math.cos(p) * math.cos(y))

    dot = sum(x * y for x, y in zip(vec(*a), vec(*b), strict=True))
    return math.degrees(math.acos(max(-1.0, min(1.0, dot))))


@given(cameras, st.floats(0, 1), st.floats(0, 1))
def test_a_screen_point_maps_to_a_direction_and_back_to_the_same_point(camera, fx, fy):
    x, y = fx * camera.width, fy * camera.height
    yaw, pitch = camera.direction_at(x, y)
    assert -180 <= yaw < 180 and -90 <= pitch <= 90
    back = camera.screen_point(yaw, pitch)
    assert back is not None
    assert math.isclose(back[0], x, abs_tol=1e-6 * camera.width) and math.isclose(
        back[1], y, abs_tol=1e-6 * camera.height
    )


@given(cameras)
def test_the_centre_of_the_screen_is_where_the_camera_looks(camera):
    yaw, pitch = camera.direction_at(camera.width / 2, camera.height / 2)
    assert angle_between((yaw, pitch), (camera.yaw, camera.pitch)) < 1e-4  # acos loses digits near 0


@given(cameras)
def test_the_direction_behind_the_viewer_is_not_on_the_screen(camera):
    behind = (camera.yaw + 180, -camera.pitch)
    assert camera.screen_point(*behind) is None


def test_the_edges_of_the_screen_are_half_the_field_of_view_apart_from_the_centre():
    camera = Camera(yaw=170, pitch=0, fov=80, width=1000, height=500)
    left, _ = camera.direction_at(0, 250)
    right, _ = camera.direction_at(1000, 250)
    assert math.isclose(left, 130, abs_tol=1e-9)
    assert math.isclose(right, -150, abs_tol=1e-9)  # across the seam at ±180°


def test_turning_wraps_yaw_and_stops_pitch_at_the_poles():
    camera = Camera(yaw=170, pitch=80)
    turned = camera.turned(yaw=20, pitch=30)
    assert math.isclose(turned.yaw, -170) and turned.pitch == 90
    assert Camera(pitch=-100).pitch == -90
    assert wrap_yaw(180) == -180 and wrap_yaw(-190) == 170


def test_the_field_of_view_stays_between_20_and_120_degrees():
    assert Camera(fov=5).fov == 20 and Camera(fov=300).fov == 120
    assert Camera().zoomed(60).fov == 60


def test_the_decode_width_follows_window_and_zoom_within_limits():
    wide = Camera(fov=90, width=1600, height=900)  # about 2π x 800 = 5027 pixels round
    assert wide.decode_width(16384) == 8192
    assert wide.decode_width(8192) == 8192
    assert wide.decode_width(20000) == 5000
    assert wide.zoomed(20).decode_width(16384) == MAX_DECODE_WIDTH
    assert wide.decode_width(3000) == 3000  # never more than the picture has
    small = Camera(fov=90, width=400, height=300)
    assert small.decode_width(8192) == 2048 and small.decode_width(16384) == 2048
    assert small.zoomed(20).decode_width(16384) == 8192


def test_a_picture_point_is_the_column_of_the_yaw_and_the_row_of_the_pitch():
    assert picture_point(0, 0, 2000, 1000) == (1000, 500)
    assert picture_point(-180, 90, 2000, 1000) == (0, 0)
    assert picture_point(90, -45, 2000, 1000) == (1500, 750)


def striped_picture(width: int = 720, height: int = 360) -> np.ndarray:
    """Each column's red is its yaw band (ten-degree bands), each row's green its pitch band."""
    picture = np.zeros((height, width, 4), np.uint8)
    for col in range(width):
        yaw = (col + 0.5) / width * 360 - 180
        picture[:, col, 2] = int((yaw + 180) // 10) * 7
    for row in range(height):
        pitch = 90 - (row + 0.5) / height * 180
        picture[row, :, 1] = int((pitch + 90) // 10) * 13
    picture[..., 3] = 255
    return picture


def band(yaw: float, pitch: float) -> tuple[int, int]:
    return int((wrap_yaw(yaw) + 180) // 10) * 7, int((pitch + 90) // 10) * 13


def test_the_rendered_view_shows_the_picture_in_each_direction_including_the_seam():
    sphere = Sphere(striped_picture())
    for camera in (
        Camera(yaw=-40, pitch=-5, fov=80, width=320, height=200),
        Camera(yaw=178, pitch=20, fov=60, width=320, height=200),
    ):
        view = render(sphere, camera)
        assert view.shape == (200, 320, 4)
        for fx, fy in ((0.5, 0.5), (0.1, 0.2), (0.9, 0.8), (0.3, 0.7)):
            x, y = int(fx * 320), int(fy * 200)
            yaw, pitch = camera.direction_at(x + 0.5, y + 0.5)
            if abs(((yaw + 5) % 10) - 5) < 1 or abs(((pitch + 5) % 10) - 5) < 1:
                continue  # on a band's edge the sampled pixel may be either neighbour
            red_green = (int(view[y, x, 2]), int(view[y, x, 1]))
            assert red_green == band(yaw, pitch), (camera, x, y, yaw, pitch)


def test_there_is_no_seam_at_180_degrees():
    """A picture whose two edges match renders without a visible step where they meet."""
    width, height = 720, 360
    cols = np.arange(width)
    shade = (127 + 100 * np.cos(2 * math.pi * (cols + 0.5) / width)).astype(np.uint8)  # smooth across the edges
    picture = np.zeros((height, width, 4), np.uint8)
    picture[..., 0] = shade[None, :]
    view = render(Sphere(picture), Camera(yaw=180, pitch=0, fov=40, width=400, height=100))
    row = view[50, :, 0].astype(int)
    assert np.abs(np.diff(row)).max() <= 2


def test_the_coarse_view_while_turning_shows_the_same_picture():
    sphere = Sphere(striped_picture())
    camera = Camera(yaw=100, pitch=-10, fov=70, width=320, height=200)
    fine, coarse = render(sphere, camera), render(sphere, camera, coarse=True)
    assert coarse.shape == fine.shape and sphere.coarse.shape == (180, 360, 4)
    assert np.mean(np.abs(fine.astype(int) - coarse.astype(int)) > 10) < 0.05  # only band edges differ


def test_the_half_size_copy_is_the_mean_of_each_2x2_block():
    picture = np.random.default_rng(1).integers(0, 256, (64, 96, 4), dtype=np.uint8)
    exact = picture.reshape(32, 2, 48, 2, 4).astype(float).mean(axis=(1, 3))
    for shown in (picture, picture[..., :3]):  # 32-bit pixels four bytes at once, and any other layout
        half = half_size(shown)
        assert half.shape == (32, 48, shown.shape[2]) and half.dtype == np.uint8
        assert np.abs(half - exact[..., : shown.shape[2]]).max() <= 1
        assert abs(float(np.mean(half - exact[..., : shown.shape[2]]))) < 0.2  # no drift darker or lighter


def test_the_view_of_32_bit_pixels_is_the_view_of_the_same_picture_in_any_other_layout():
    picture = striped_picture()
    picture[..., 0] = np.random.default_rng(2).integers(0, 256, picture.shape[:2], dtype=np.uint8)
    camera = Camera(yaw=170, pitch=25, fov=75, width=300, height=180)
    for coarse in (False, True):
        packed = render(Sphere(picture), camera, coarse=coarse)
        other = render(Sphere(picture[..., :3].copy()), camera, coarse=coarse)
        assert np.abs(packed[..., :3].astype(int) - other.astype(int)).max() <= 2
