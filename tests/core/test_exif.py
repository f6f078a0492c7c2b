"""GPS positions from photos, and the validator's location-from-photo suggestion."""

from __future__ import annotations

import io
import math

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PIL import Image
from PIL.TiffImagePlugin import IFDRational

from tests.tourfiles import MINIMAL, png_bytes, write_tour
from tourviewer.core import Severity, load_tour
from tourviewer.core.exif import PhotoError, gps_from_ifd, gps_location, location_toml, read_location

# 36° 31' 19.67" N, 126° 44' 13.63" E: a field in Janggok-myeon, Hongseong.
GPS = {1: "N", 2: (36.0, 31.0, 19.67), 3: "E", 4: (126.0, 44.0, 13.63)}
LAT = 36 + 31 / 60 + 19.67 / 3600  # 36.522130…
LON = 126 + 44 / 60 + 13.63 / 3600  # 126.737119…


def gps_image_bytes(
    fmt: str = "JPEG", gps: dict | None = None, orientation: int | None = None, size: tuple[int, int] = (60, 40)
) -> bytes:
    """A picture with a GPS block (and an orientation) in its EXIF; its left half is red, its right half blue."""
    im = Image.new("RGB", size, "blue")
    im.paste((255, 0, 0), (0, 0, size[0] // 2, size[1]))
    exif = Image.Exif()
    exif[0x8825] = GPS if gps is None else gps
    if orientation is not None:
        exif[0x0112] = orientation
    out = io.BytesIO()
    im.save(out, fmt, exif=exif)
    return out.getvalue()


def test_the_example_position_in_decimal_degrees():
    assert round(LAT, 5) == 36.52213 and round(LON, 5) == 126.73712
    assert location_toml(LAT, LON) == "location = { lat = 36.52213, lon = 126.73712 }"


@pytest.mark.parametrize("fmt", ["JPEG", "WEBP", "PNG"])
def test_a_photo_with_gps_gives_its_position(tmp_path, fmt):
    photo = tmp_path / f"p.{fmt.lower()}"
    photo.write_bytes(gps_image_bytes(fmt))
    lat, lon = read_location(photo)
    assert lat == pytest.approx(LAT, abs=1e-9) and lon == pytest.approx(LON, abs=1e-9)


def test_south_and_west_are_negative():
    gps = {1: "S", 2: (33.0, 52.0, 0.0), 3: "W", 4: (151.0, 12.0, 36.0)}
    assert gps_from_ifd(gps) == pytest.approx((-(33 + 52 / 60), -(151 + 12 / 60 + 36 / 3600)))


def test_rationals_and_byte_refs_as_cameras_write_them():
    gps = {
        1: b"N\x00",
        2: (IFDRational(36, 1), IFDRational(31, 1), IFDRational(1967, 100)),
        3: b"E\x00",
        4: ((126, 1), (44, 1), (1363, 100)),
    }
    assert gps_from_ifd(gps) == pytest.approx((LAT, LON))


def test_decimal_degrees_in_one_rational():
    assert gps_from_ifd({1: "N", 2: (IFDRational(3652213, 100000),), 3: "E", 4: 126.73712}) == pytest.approx(
        (36.52213, 126.73712)
    )


@pytest.mark.parametrize(
    "gps",
    [
        {},
        {1: "N", 2: (36.0, 31.0, 19.67)},  # no longitude
        {2: (36.0, 31.0, 19.67), 3: "E", 4: (126.0, 44.0, 13.63)},  # no hemisphere
        {**GPS, 1: "X"},
        {**GPS, 2: (IFDRational(36, 0), 0, 0)},  # zero denominator
        {**GPS, 2: ((36, 0), (1, 1), (1, 1))},
        {**GPS, 2: (95.0, 0.0, 0.0)},  # beyond the pole
        {**GPS, 4: (181.0, 0.0, 0.0)},
        {**GPS, 2: (-36.0, 0.0, 0.0)},
        {**GPS, 2: (float("nan"), 0.0, 0.0)},
        {**GPS, 2: "thirty-six"},
        {**GPS, 2: (1.0, 2.0, 3.0, 4.0)},
        {**GPS, 2: ()},
    ],
)
def test_incomplete_or_nonsense_gps_is_no_position(gps):
    assert gps_from_ifd(gps) is None


def test_a_picture_without_gps_has_no_position(tmp_path):
    photo = tmp_path / "plain.png"
    photo.write_bytes(png_bytes())
    assert read_location(photo) is None
    assert gps_location(photo) is None


def test_formats_limit_which_pictures_are_read(tmp_path):
    photo = tmp_path / "p.png"
    photo.write_bytes(gps_image_bytes("PNG"))
    assert read_location(photo) is not None
    assert read_location(photo, ("JPEG", "WEBP")) is None


@pytest.mark.parametrize(
    ("name", "data", "said"),
    [
        ("notes.txt", b"not a picture at all", "is not an image Pillow can read"),
        ("cut.jpg", gps_image_bytes()[:12], "is a damaged or truncated image"),
    ],
)
def test_unreadable_files_raise_photo_error_and_gps_location_does_not(tmp_path, name, data, said):
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(PhotoError) as err:
        read_location(path)
    assert said in err.value.message
    assert gps_location(path) is None


def test_missing_file_and_folder(tmp_path):
    with pytest.raises(PhotoError, match="does not exist"):
        read_location(tmp_path / "nope.jpg")
    with pytest.raises(PhotoError):
        read_location(tmp_path)
    assert gps_location(tmp_path / "nope.jpg") is None and gps_location(tmp_path) is None


@given(cut=st.integers(20, 400), tail=st.binary(max_size=600))
def test_gps_location_never_raises_on_damaged_photos(tmp_path_factory, cut, tail):
    # a real JPEG with GPS, cut anywhere and followed by anything: its EXIF is cut or garbled
    path = tmp_path_factory.getbasetemp() / "damaged.jpg"
    path.write_bytes(gps_image_bytes()[:cut] + tail)
    found = gps_location(path)
    assert found is None or (abs(found[0]) <= 90 and abs(found[1]) <= 180)


_values = st.one_of(
    st.none(),
    st.text(max_size=3),
    st.binary(max_size=3),
    st.floats(allow_nan=True, allow_infinity=True),
    st.integers(),
    st.tuples(st.integers(), st.integers()),
    st.lists(st.one_of(st.floats(), st.integers(), st.tuples(st.integers(), st.integers())), max_size=4).map(tuple),
)


@given(st.dictionaries(st.integers(0, 6), _values, max_size=6))
def test_any_gps_block_gives_a_position_on_earth_or_none(gps):
    found = gps_from_ifd(gps)
    if found is not None:
        lat, lon = found
        assert math.isfinite(lat) and math.isfinite(lon) and abs(lat) <= 90 and abs(lon) <= 180


# -- the validator's suggestion ----------------------------------------------------------

PHOTO_STOP = MINIMAL + '[[stops.images]]\nfile = "images/p.jpg"\nalt = "a field"\ncredit = "me"\n'


def test_validate_suggests_the_location_of_a_stop_from_its_first_photo(tmp_path):
    folder = write_tour(tmp_path / "t", PHOTO_STOP, {"images/p.jpg": gps_image_bytes()})
    result = load_tour(folder)
    [info] = result.problems
    assert (info.severity, info.code, info.path) == (Severity.INFO, "location-from-photo", ("stops", 0))
    assert info.message == (
        "images/p.jpg was taken at lat 36.52213, lon 126.73712: add location = { lat = 36.52213, lon = 126.73712 }"
    )
    assert info.line == 4  # the stop's [[stops]] line
    assert result.ok() and result.ok(strict=True), "info lines never fail a tour"


def test_a_webp_photo_counts_too(tmp_path):
    toml = PHOTO_STOP.replace("p.jpg", "p.webp")
    folder = write_tour(tmp_path / "t", toml, {"images/p.webp": gps_image_bytes("WEBP")})
    assert [p.code for p in load_tour(folder).problems] == ["location-from-photo"]


@pytest.mark.parametrize(
    ("toml", "files"),
    [
        # the stop has a location already
        (
            PHOTO_STOP.replace('title = "A"\n', 'title = "A"\nlocation = { lat = 1, lon = 2 }\n'),
            {"images/p.jpg": gps_image_bytes()},
        ),
        # the photo has no GPS
        (PHOTO_STOP, {"images/p.jpg": gps_image_bytes(gps={})}),
        # a PNG is not read (its EXIF may sit after the pixels)
        (PHOTO_STOP.replace("p.jpg", "p.png"), {"images/p.png": gps_image_bytes("PNG")}),
    ],
)
def test_no_suggestion(tmp_path, toml, files):
    folder = write_tour(tmp_path / "t", toml, files)
    assert load_tour(folder).problems == []


def test_only_the_first_image_is_asked(tmp_path):
    toml = (
        MINIMAL
        + '[[stops.images]]\nfile = "images/a.png"\nalt = "x"\ncredit = "y"\n'
        + '[[stops.images]]\nfile = "images/p.jpg"\nalt = "x"\ncredit = "y"\n'
    )
    folder = write_tour(tmp_path / "t", toml, {"images/a.png": png_bytes(), "images/p.jpg": gps_image_bytes()})
    assert load_tour(folder).problems == []


def test_a_missing_first_image_is_reported_once_without_a_suggestion(tmp_path):
    folder = write_tour(tmp_path / "t", PHOTO_STOP)
    assert [p.code for p in load_tour(folder).problems] == ["missing-file"]
