"""Panoramas, views and hotspots in tour.toml: the model, every new problem code, its key path, line and column."""

from __future__ import annotations

from pathlib import Path

from tests.tourfiles import big_png_header, png_bytes, write_tour
from tourviewer.core import Severity, load_tour
from tourviewer.core.model import View
from tourviewer.core.problems import ERROR_CODES, WARNING_CODES

HEAD = 'format = 1\nid = "t"\ntitle = "T"\nlanguages = ["en", "ko"]\n'
STOPS = '[[stops]]\nid = "a"\ntitle = { en = "A", ko = "가" }\n'
PANO = '[[stops.images]]\nfile = "pano.png"\npanorama = true\nalt = "x"\ncredit = "y"\n'
FLAT = '[[stops.images]]\nfile = "flat.png"\nalt = "x"\ncredit = "y"\n'
B = '[[stops]]\nid = "b"\ntitle = { en = "B", ko = "나" }\n'
FILES = {"pano.png": png_bytes(40, 20), "flat.png": png_bytes(30, 20)}


def load(tmp_path: Path, body: str, files: dict[str, bytes] | None = None):
    return load_tour(write_tour(tmp_path / "tour", HEAD + body, files or FILES))


def found(result) -> list[tuple[str, tuple, int | None, int | None]]:
    return [(p.code, p.path, p.line, p.column) for p in result.problems]


def test_the_new_codes_are_codes_of_the_format():
    assert {"broken-link", "conflicting-keys", "panorama-only"} <= ERROR_CODES
    assert "not-equirectangular" in WARNING_CODES


def test_a_panorama_with_a_view_and_hotspots_builds_the_model(tmp_path):
    body = (
        STOPS
        + PANO
        + "view = { yaw = -40, pitch = -5, fov = 80 }\n"
        + '[[stops.images.hotspots]]\nyaw = 35\npitch = -3\nlabel = { en = "Seedlings", ko = "육묘장" }\n'
        + 'text = "Seedlings start **here**."\n'
        + '[[stops.images.hotspots]]\nyaw = 170\npitch = 0\nlabel = { en = "On", ko = "다음" }\nstop = "b"\n'
        + FLAT
        + '[[stops.images.hotspots]]\nx = 0.5\ny = 0.25\nlabel = { en = "Back", ko = "뒤" }\nimage = "pano.png"\n'
        + B
    )
    result = load(tmp_path, body)
    assert result.problems == []
    pano, flat = result.tour.stops[0].images
    assert pano.start_view == View(yaw=-40, pitch=-5, fov=80)
    assert [(h.yaw, h.pitch, h.stop, h.on_panorama) for h in pano.hotspots] == [
        (35, -3, None, True),
        (170, 0, "b", True),
    ]
    assert pano.hotspots[0].text.get("ko", "en") == "Seedlings start **here**."
    assert (flat.hotspots[0].x, flat.hotspots[0].y, flat.hotspots[0].image) == (0.5, 0.25, "pano.png")
    assert flat.start_view == View(yaw=0, pitch=0, fov=90)


def test_a_view_may_give_only_some_angles(tmp_path):
    result = load(tmp_path, STOPS + PANO + "view = { fov = 60 }\n")
    assert result.problems == []
    assert result.tour.stops[0].images[0].start_view == View(yaw=0, pitch=0, fov=60)


def test_a_hotspot_to_a_stop_that_does_not_exist_is_a_broken_link(tmp_path):
    body = (
        STOPS
        + PANO
        + '[[stops.images.hotspots]]\nyaw = 10\npitch = 0\nlabel = { en = "G", ko = "G" }\nstop = "nowhere"\n'
    )
    assert found(load(tmp_path, body)) == [("broken-link", ("stops", 0, "images", 0, "hotspots", 0, "stop"), 17, 1)]


def test_a_hotspot_image_must_be_another_image_of_the_same_stop(tmp_path):
    hotspot = '[[stops.images.hotspots]]\nyaw = 1\npitch = 0\nlabel = { en = "G", ko = "G" }\nimage = "{}"\n'
    own = load(tmp_path / "own", STOPS + PANO + hotspot.replace("{}", "pano.png") + FLAT)
    assert [(c, p) for c, p, *_ in found(own)] == [("broken-link", ("stops", 0, "images", 0, "hotspots", 0, "image"))]
    other_stop = load(tmp_path / "other", STOPS + PANO + hotspot.replace("{}", "flat.png") + B + FLAT)
    assert [c for c, *_ in found(other_stop)] == ["broken-link"]
    assert "the stop has no other image" in other_stop.problems[0].message


def test_two_targets_or_two_places_conflict(tmp_path):
    targets = (
        STOPS
        + PANO
        + '[[stops.images.hotspots]]\nyaw = 10\npitch = 0\nlabel = { en = "G", ko = "G" }\nstop = "a"\ntext = "t"\n'
    )
    result = load(tmp_path / "targets", targets)
    assert found(result) == [("conflicting-keys", ("stops", 0, "images", 0, "hotspots", 0), 13, 1)]
    assert "stop and text" in result.problems[0].message
    places = (
        STOPS
        + PANO
        + '[[stops.images.hotspots]]\nyaw = 10\npitch = 0\nx = 0.1\ny = 0.1\nlabel = { en = "G", ko = "G" }\n'
    )
    assert [(c, p) for c, p, *_ in found(load(tmp_path / "places", places))] == [
        ("conflicting-keys", ("stops", 0, "images", 0, "hotspots", 0))
    ]


def test_views_and_angles_belong_to_panoramas_and_fractions_to_flat_pictures(tmp_path):
    view = load(tmp_path / "view", STOPS + FLAT + "view = { yaw = 10 }\n")
    assert found(view) == [("panorama-only", ("stops", 0, "images", 0, "view"), 12, 1)]
    angles = load(
        tmp_path / "angles",
        STOPS + FLAT + '[[stops.images.hotspots]]\nyaw = 1\npitch = 2\nlabel = { en = "G", ko = "G" }\n',
    )
    assert [(c, p) for c, p, *_ in found(angles)] == [
        ("panorama-only", ("stops", 0, "images", 0, "hotspots", 0, "yaw"))
    ]
    xy = load(
        tmp_path / "xy", STOPS + PANO + '[[stops.images.hotspots]]\nx = 0.1\ny = 0.2\nlabel = { en = "G", ko = "G" }\n'
    )
    assert [(c, p) for c, p, *_ in found(xy)] == [("panorama-only", ("stops", 0, "images", 0, "hotspots", 0, "x"))]


def test_a_hotspot_needs_a_whole_place_and_a_label(tmp_path):
    result = load(
        tmp_path, STOPS + PANO + '[[stops.images.hotspots]]\nyaw = 1\n[[stops.images.hotspots]]\nlabel = "x"\n'
    )
    got = {(c, p) for c, p, *_ in found(result)}
    hot = ("stops", 0, "images", 0, "hotspots")
    assert ("missing-key", (*hot, 0, "label")) in got
    assert ("missing-key", (*hot, 0, "pitch")) in got
    assert ("missing-key", (*hot, 1, "yaw")) in got and ("missing-key", (*hot, 1, "pitch")) in got


def test_angles_fractions_and_fields_of_view_out_of_range(tmp_path):
    body = (
        STOPS
        + PANO
        + "view = { yaw = 200, pitch = -91, fov = 10 }\n"
        + '[[stops.images.hotspots]]\nyaw = -181\npitch = 95\nlabel = { en = "G", ko = "G" }\n'
        + FLAT
        + '[[stops.images.hotspots]]\nx = 1.5\ny = -0.1\nlabel = { en = "G", ko = "G" }\n'
    )
    got = {(c, p) for c, p, *_ in found(load(tmp_path, body))}
    img = ("stops", 0, "images")
    assert {
        ("out-of-range", (*img, 0, "view", "yaw")),
        ("out-of-range", (*img, 0, "view", "pitch")),
        ("out-of-range", (*img, 0, "view", "fov")),
        ("out-of-range", (*img, 0, "hotspots", 0, "yaw")),
        ("out-of-range", (*img, 0, "hotspots", 0, "pitch")),
        ("out-of-range", (*img, 1, "hotspots", 0, "x")),
        ("out-of-range", (*img, 1, "hotspots", 0, "y")),
    } == got


def test_hotspot_texts_are_checked_like_other_texts(tmp_path):
    body = (
        STOPS
        + PANO
        + '[[stops.images.hotspots]]\nyaw = 1\npitch = 0\nlabel = { en = "G", kr = "G" }\n'
        + 'text = { en = "![x](missing.png)" }\n'
    )
    got = {(c, p) for c, p, *_ in found(load(tmp_path, body))}
    hot = ("stops", 0, "images", 0, "hotspots", 0)
    assert ("undeclared-language", (*hot, "label", "kr")) in got
    assert ("missing-translation", (*hot, "text")) in got
    assert ("missing-file", (*hot, "text", "en")) in got


def test_a_panorama_that_is_not_two_to_one_is_a_warning(tmp_path):
    result = load(tmp_path, STOPS + PANO, {"pano.png": png_bytes(30, 20)})
    assert [(p.code, p.path, p.severity) for p in result.problems] == [
        ("not-equirectangular", ("stops", 0, "images", 0), Severity.WARNING)
    ]
    assert "30x20" in result.problems[0].message
    near = load(tmp_path / "near", STOPS + PANO, {"pano.png": png_bytes(101, 50)})  # within 2%
    assert near.problems == []


def test_a_panorama_may_have_more_pixels_than_a_flat_picture(tmp_path):
    pano = load(tmp_path / "p", STOPS + PANO, {"pano.png": big_png_header(12000, 6000)})
    assert pano.problems == []
    flat = load(tmp_path / "f", STOPS + FLAT, {"flat.png": big_png_header(12000, 6000)})
    assert [p.code for p in flat.problems] == ["oversized-image"]
    huge = load(tmp_path / "h", STOPS + PANO, {"pano.png": big_png_header(16384, 8192)})
    assert [p.code for p in huge.problems] == ["oversized-image"]
    assert "120 in a panorama" in huge.problems[0].message
