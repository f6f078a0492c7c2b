"""The curator's tools in core: the new-tour template, packing, and pruning the package cache."""

from __future__ import annotations

import dataclasses
import io
import os
import re
import shutil
import stat
import tomllib
import zipfile
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PIL import Image, ImageOps

from tests.core.test_exif import gps_image_bytes
from tests.tourfiles import MINIMAL, png_bytes, wav_bytes, write_tour
from tourviewer.core import load_tour
from tourviewer.core.curate import (
    CurateError,
    PackCancelled,
    PackOptions,
    entry_name,
    human_size,
    new_tour,
    pack_tour,
    packed_files,
    parse_languages,
    tour_template,
)
from tourviewer.core.model import Bounds, Hotspot, Link, Location, MapSpec, Position, Stop, Tour, View
from tourviewer.core.model import Image as ImageModel

SAMPLE = Path(__file__).resolve().parents[2] / "tours" / "hongsung"
DAY = 86400.0


# -- a new tour ---------------------------------------------------------------------------


@pytest.mark.parametrize("languages", [["en"], ["en", "ko"], ["ko", "en", "zh-Hans"]])
def test_a_new_tour_validates_with_no_errors(tmp_path, languages):
    folder = tmp_path / "my-tour"
    toml = new_tour(folder, "my-tour", "My first tour", languages)
    assert toml == folder / "tour.toml"
    assert sorted(p.name for p in folder.iterdir()) == ["audio", "images", "maps", "tour.toml"]
    result = load_tour(folder)
    assert result.errors == [], result.errors
    assert result.tour is not None
    tour = result.tour
    assert (tour.id, tour.languages) == ("my-tour", languages)
    assert all(tour.text(tour.title, tag) == "My first tour" for tag in languages)
    stop = tour.stops[0]
    assert (stop.id, stop.minutes, stop.location) == ("first-stop", 10, None)
    assert tour.text(stop.narration, languages[0]).startswith("Write here what a guide would say")
    # the example narration is left to write; in a tour of several languages, the translations too
    expected = ["template-text"] + ([] if len(languages) == 1 else ["missing-translation"] * 3)
    assert sorted(p.code for p in result.warnings) == sorted(expected)


def test_a_new_tour_is_strictly_valid_once_its_narration_is_written(tmp_path):
    toml = new_tour(tmp_path / "t", "t", "T")
    assert not load_tour(tmp_path / "t").ok(strict=True)
    toml.write_text(toml.read_text(encoding="utf-8").replace("Write here what", "Here is what"), encoding="utf-8")
    assert load_tour(tmp_path / "t").ok(strict=True)


def test_the_title_is_a_table_with_the_first_language_only_when_there_are_several(tmp_path):
    data = tomllib.loads(tour_template("t", "Farm", ["en", "ko"]))
    assert data["title"] == {"en": "Farm"}, "the title given is in one language: it is not copied into the others"
    assert tomllib.loads(tour_template("t", "Farm", ["en"]))["title"] == "Farm"


@pytest.mark.parametrize("languages", [["en"], ["en", "ko"]])
def test_the_template_explains_every_key_of_the_format(languages):
    text = tour_template("t", "T", languages)
    models = (Tour, Stop, ImageModel, View, Hotspot, MapSpec, Link, Bounds, Location, Position)
    keys = {f.name for model in models for f in dataclasses.fields(model)}
    for key in keys:
        assert re.search(rf"(\b{key}(\.[a-z]+)? = |\[{key}\]|\[stops\.([a-z]+\.)?{key}\])", text), key
    assert "# x-internal-id = " in text, "the curator's own keys are shown too"
    # every key that is commented out comes with a comment line of its own above it
    lines = text.splitlines()
    for n, line in enumerate(lines):
        if line.startswith(("# subtitle =", "# cover =", "# audio =", "# links =", "# [map]")):
            assert lines[n - 1].startswith("# ") and "=" not in lines[n - 1], line


def test_the_template_refers_to_no_file():
    data = tomllib.loads(tour_template("t", "T", ["en", "ko"]))
    stop = data["stops"][0]
    assert not {"cover", "map"} & set(data) and not {"images", "audio", "transcript", "map"} & set(stop)


@given(st.text(min_size=1).filter(str.strip))
def test_any_title_survives_the_template(title):
    assert tomllib.loads(tour_template("t", title, ["en"]))["title"] == title
    assert tomllib.loads(tour_template("t", title, ["en", "ko"]))["title"] == {"en": title}


@pytest.mark.parametrize(
    ("tour_id", "languages", "said"),
    [
        ("My Tour", ["en"], "not a valid id"),
        ("a--b", ["en"], "not a valid id"),
        ("x" * 65, ["en"], "not a valid id"),
        ("ok", ["EN"], "not a language tag"),
        ("ok", ["en", "en"], "listed twice"),
        ("ok", ["en", "kr_KR"], "not a language tag"),
    ],
)
def test_a_bad_id_or_language_is_refused_before_anything_is_written(tmp_path, tour_id, languages, said):
    with pytest.raises(CurateError, match=said):
        new_tour(tmp_path / "t", tour_id, "T", languages)
    assert not (tmp_path / "t").exists()


def test_parse_languages():
    assert parse_languages("en, ko,zh-Hans") == ["en", "ko", "zh-Hans"]
    for bad in ("", " , ", "en,,ko", "en;ko"):
        with pytest.raises(CurateError):
            parse_languages(bad)


def test_a_folder_that_is_not_empty_is_refused(tmp_path):
    folder = tmp_path / "t"
    folder.mkdir()
    (folder / "notes.txt").write_text("mine")
    with pytest.raises(CurateError, match="not empty"):
        new_tour(folder, "t", "T")
    assert sorted(p.name for p in folder.iterdir()) == ["notes.txt"]
    (tmp_path / "file").write_text("x")
    with pytest.raises(CurateError, match="not a folder"):
        new_tour(tmp_path / "file", "t", "T")


def test_an_empty_folder_is_used(tmp_path):
    (tmp_path / "t").mkdir()
    new_tour(tmp_path / "t", "t", "T")
    assert (tmp_path / "t" / "tour.toml").is_file()


def test_an_empty_title_is_refused(tmp_path):
    with pytest.raises(CurateError, match="title"):
        new_tour(tmp_path / "t", "t", "  ")


# -- packing --------------------------------------------------------------------------------

IMAGE_TOUR = MINIMAL + '[[stops.images]]\nfile = "images/a.png"\nalt = "x"\ncredit = "y"\n'


def sample_copy(tmp_path: Path) -> Path:
    """The Hongsung sample tour, copied: nothing is ever written into the repository's tours/."""
    return Path(shutil.copytree(SAMPLE, tmp_path / "hongsung"))


def pack(folder: Path, out: Path, **options) -> Path:
    result = load_tour(folder)
    pack_tour(result, out, PackOptions(**options))
    return out


def zip_picture(package: Path, name: str) -> Image.Image:
    with zipfile.ZipFile(package) as z:
        return Image.open(io.BytesIO(z.read(name)))


def test_packing_twice_gives_the_same_bytes(tmp_path):
    folder = sample_copy(tmp_path)
    first = pack(folder, tmp_path / "a.tour").read_bytes()
    os.utime(folder / "tour.toml", (1e9, 1e9))  # another day, another clock: the same package
    second = pack(folder, tmp_path / "b.tour").read_bytes()
    assert first == second


def test_tour_toml_comes_first_then_entries_sorted_with_fixed_times_permissions_and_compression(tmp_path):
    package = pack(sample_copy(tmp_path), tmp_path / "h.tour")
    with zipfile.ZipFile(package) as z:
        infos = z.infolist()
    names = [i.filename for i in infos]
    # tour.toml first: the file type's magic recognises a package by the name of its first entry
    assert names[0] == "tour.toml" and names[1:] == sorted(names[1:])
    for info in infos:
        assert info.date_time == (1980, 1, 1, 0, 0, 0)
        assert stat.S_IMODE(info.external_attr >> 16) == 0o644 and stat.S_ISREG(info.external_attr >> 16)
        compressed_already = Path(info.filename).suffix in (".jpg", ".png", ".ogg", ".mp3", ".webp")
        assert info.compress_type == (zipfile.ZIP_STORED if compressed_already else zipfile.ZIP_DEFLATED)
        assert not info.is_dir()
    assert {Path(n).suffix for n in names} >= {".toml", ".vtt", ".png"}, "the sample has text and pictures"


def test_the_packed_sample_tour_validates_like_the_folder(tmp_path):
    folder = sample_copy(tmp_path)
    assert load_tour(folder).problems == []
    result = load_tour(folder)
    summary = pack_tour(result, tmp_path / "hongsung.tour")
    packed = load_tour(tmp_path / "hongsung.tour")
    assert packed.problems == []
    assert packed.tour is not None and packed.tour.id == "hongsung"
    on_disk = [p for p in folder.rglob("*") if p.is_file()]
    # tour.toml, the map, 7 pictures, and a recording and its transcript per stop (4) and language (6)
    assert summary.files == len(on_disk) == 1 + 1 + 7 + 4 * 6 * 2
    assert summary.bytes_before == sum(p.stat().st_size for p in on_disk)
    assert summary.bytes_after == (tmp_path / "hongsung.tour").stat().st_size


def test_only_tour_toml_and_what_it_names_are_packed(tmp_path):
    toml = (
        MINIMAL
        + 'narration = "See ![the plan](maps/plan.png)"\naudio = "audio/a.wav"\n'
        + '[[stops.images]]\nfile = "images/./a.png"\nalt = "x"\ncredit = "y"\n'
    )
    files = {
        "images/a.png": png_bytes(),
        "maps/plan.png": png_bytes(),
        "audio/a.wav": wav_bytes(),
        "images/draft.png": png_bytes(),
        ".DS_Store": b"junk",
        "images/Thumbs.db": b"junk",
        ".git/config": b"[core]",
        "notes.md": b"my notes",
    }
    folder = write_tour(tmp_path / "t", toml, files)
    assert [f.name for f in packed_files(load_tour(folder))] == [
        "tour.toml",
        "audio/a.wav",
        "images/a.png",
        "maps/plan.png",
    ]
    package = pack(folder, tmp_path / "t.tour")
    assert load_tour(package).problems == load_tour(folder).problems == []


def test_a_symlink_inside_the_folder_is_packed_as_the_file_it_names(tmp_path):
    folder = write_tour(tmp_path / "t", IMAGE_TOUR, {"originals/a.png": png_bytes(color="red")})
    (folder / "images").mkdir()
    (folder / "images" / "a.png").symlink_to("../originals/a.png")
    package = pack(folder, tmp_path / "t.tour")
    with zipfile.ZipFile(package) as z:
        assert z.namelist() == ["tour.toml", "images/a.png"]
        assert z.read("images/a.png") == png_bytes(color="red")


def test_a_symlink_out_of_the_folder_is_never_followed(tmp_path):
    (tmp_path / "secret.png").write_bytes(png_bytes())
    folder = write_tour(tmp_path / "t", IMAGE_TOUR)
    (folder / "images").mkdir()
    (folder / "images" / "a.png").symlink_to(tmp_path / "secret.png")
    result = load_tour(folder)
    assert [p.code for p in result.errors] == ["path-outside-tour"]
    with pytest.raises(CurateError, match="errors"):
        pack_tour(result, tmp_path / "t.tour")
    assert not (tmp_path / "t.tour").exists()


def test_a_tour_with_errors_is_refused_and_nothing_is_written(tmp_path):
    folder = write_tour(tmp_path / "t", IMAGE_TOUR)  # images/a.png is missing
    (tmp_path / "t.tour").write_bytes(b"the old package")
    with pytest.raises(CurateError):
        pack_tour(load_tour(folder), tmp_path / "t.tour")
    assert (tmp_path / "t.tour").read_bytes() == b"the old package"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["t", "t.tour"], "no temporary file is left"


def test_a_package_replaces_the_old_one_whole(tmp_path):
    folder = write_tour(tmp_path / "t", MINIMAL)
    (tmp_path / "t.tour").write_bytes(b"the old package")
    pack(folder, tmp_path / "t.tour")
    assert load_tour(tmp_path / "t.tour").ok()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["t", "t.tour"]


def test_max_image_size_scales_pictures_down_and_the_tour_stays_valid(tmp_path):
    folder = sample_copy(tmp_path)
    full = pack(folder, tmp_path / "full.tour")
    result = load_tour(folder)
    summary = pack_tour(result, tmp_path / "small.tour", PackOptions(max_image_size=800))
    small = tmp_path / "small.tour"
    assert small.stat().st_size < full.stat().st_size
    assert len(summary.resized) == 7  # seven pictures (one a panorama); the map is an SVG, sharp at any size
    with zipfile.ZipFile(small) as z:
        pictures = [n for n in z.namelist() if n.endswith(".png")]
        assert z.read("maps/hongseong-region.svg") == (folder / "maps" / "hongseong-region.svg").read_bytes()
    for name in pictures:
        im = zip_picture(small, name)
        assert max(im.size) == 800, name
        assert im.format == "PNG"
    assert load_tour(small).problems == []


def test_a_small_picture_is_packed_as_it_is(tmp_path):
    folder = write_tour(tmp_path / "t", IMAGE_TOUR, {"images/a.png": png_bytes(30, 20)})
    package = pack(folder, tmp_path / "t.tour", max_image_size=100, strip_metadata=True)
    with zipfile.ZipFile(package) as z:
        assert z.read("images/a.png") == png_bytes(30, 20)


def test_scaling_down_turns_a_photo_upright_first_and_keeps_its_format(tmp_path):
    toml = IMAGE_TOUR.replace("a.png", "p.jpg")
    photo = gps_image_bytes(orientation=6, size=(300, 200))
    folder = write_tour(tmp_path / "t", toml, {"images/p.jpg": photo})
    package = pack(folder, tmp_path / "t.tour", max_image_size=150)
    im = zip_picture(package, "images/p.jpg")
    assert im.format == "JPEG" and im.size == (100, 150)
    assert im.getexif().get(0x0112) is None
    assert im.getpixel((50, 10))[0] > 200 and im.getpixel((50, 140))[2] > 200, "red on top: turned upright"
    assert im.getexif().get_ifd(0x8825), "without --strip-metadata the GPS position stays"


def test_a_map_without_bounds_keeps_its_pixels(tmp_path):
    toml = (
        MINIMAL.replace("[[stops]]", '[map]\nimage = "maps/plan.png"\n[[stops]]') + "position = { x = 350, y = 250 }\n"
    )
    folder = write_tour(tmp_path / "t", toml, {"maps/plan.png": png_bytes(400, 300)})
    assert load_tour(folder).problems == []
    summary = pack_tour(load_tour(folder), tmp_path / "t.tour", PackOptions(max_image_size=100))
    assert summary.resized == [] and "map without bounds" in summary.left_as_is[0]
    assert zip_picture(tmp_path / "t.tour", "maps/plan.png").size == (400, 300)
    assert load_tour(tmp_path / "t.tour").problems == []


def test_a_palette_png_stays_a_palette_png(tmp_path):
    im = Image.new("RGB", (400, 200), "white")
    im.paste((200, 30, 30), (0, 0, 200, 200))
    out = io.BytesIO()
    im.quantize(16).save(out, "PNG")
    folder = write_tour(tmp_path / "t", IMAGE_TOUR, {"images/a.png": out.getvalue()})
    scaled = zip_picture(pack(folder, tmp_path / "t.tour", max_image_size=100), "images/a.png")
    assert scaled.mode == "P" and scaled.size == (100, 50)
    rgb = scaled.convert("RGB")
    assert rgb.getpixel((10, 25)) == (200, 30, 30) and rgb.getpixel((90, 25)) == (255, 255, 255)


def test_strip_metadata_removes_gps_and_keeps_a_photo_upright(tmp_path):
    toml = IMAGE_TOUR.replace("a.png", "p.jpg")
    original = gps_image_bytes(orientation=6)
    folder = write_tour(tmp_path / "t", toml, {"images/p.jpg": original})
    assert [p.code for p in load_tour(folder).problems] == ["location-from-photo"]
    result = load_tour(folder)
    summary = pack_tour(result, tmp_path / "t.tour", PackOptions(strip_metadata=True))
    assert summary.stripped == ["images/p.jpg"]
    im = zip_picture(tmp_path / "t.tour", "images/p.jpg")
    assert im.format == "JPEG"
    assert dict(im.getexif()) == {0x0112: 6}, "only the orientation is left"
    assert ImageOps.exif_transpose(im).size == (40, 60), "still shown upright"
    assert load_tour(tmp_path / "t.tour").problems == [], "no position left to suggest"


def test_strip_metadata_does_not_re_encode_a_jpeg(tmp_path):
    photo = io.BytesIO()
    noisy = Image.effect_noise((320, 240), 60).convert("RGB")
    exif = Image.Exif()
    exif[0x8825] = {1: "N", 2: (36.0, 31.0, 19.7), 3: "E", 4: (126.0, 44.0, 13.6)}
    noisy.save(photo, "JPEG", quality=95, exif=exif, comment=b"shot at home", icc_profile=b"\0" * 128)
    raw = photo.getvalue()
    folder = write_tour(tmp_path / "t", IMAGE_TOUR.replace("a.png", "p.jpg"), {"images/p.jpg": raw})
    pack(folder, tmp_path / "t.tour", strip_metadata=True)
    with zipfile.ZipFile(tmp_path / "t.tour") as z:
        packed = z.read("images/p.jpg")
    start = raw.index(b"\xff\xdb")  # the quantisation tables, the frame and the scan follow: the picture itself
    assert packed.endswith(raw[start:]), "the pixels are copied byte for byte, not decoded and encoded again"
    assert len(raw) - len(packed) < 200, "only the metadata went"
    im = Image.open(io.BytesIO(packed))
    assert len(im.getexif()) == 0 and "comment" not in im.info
    assert im.info.get("icc_profile") == b"\0" * 128, "the colour profile stays"
    assert Image.open(io.BytesIO(raw)).tobytes() == im.tobytes()


def test_a_jpeg_scaled_down_is_re_encoded_without_its_metadata(tmp_path):
    toml = IMAGE_TOUR.replace("a.png", "p.jpg")
    folder = write_tour(tmp_path / "t", toml, {"images/p.jpg": gps_image_bytes(orientation=6, size=(300, 200))})
    pack(folder, tmp_path / "t.tour", strip_metadata=True, max_image_size=120)
    im = zip_picture(tmp_path / "t.tour", "images/p.jpg")
    assert len(im.getexif()) == 0 and im.size == (80, 120), "scaled, turned upright in its pixels"


@pytest.mark.parametrize("fmt", ["PNG", "WEBP"])
def test_strip_metadata_removes_gps_from_png_and_webp(tmp_path, fmt):
    name = f"images/p.{fmt.lower()}"
    folder = write_tour(tmp_path / "t", IMAGE_TOUR.replace("images/a.png", name), {name: gps_image_bytes(fmt)})
    package = pack(folder, tmp_path / "t.tour", strip_metadata=True)
    im = zip_picture(package, name)
    assert im.format == fmt and len(im.getexif()) == 0
    assert not {"exif", "xmp", "XML:com.adobe.xmp"} & set(im.info)


def test_strip_metadata_removes_png_text_and_jpeg_comments(tmp_path):
    from PIL.PngImagePlugin import PngInfo

    text = PngInfo()
    text.add_text("Author", "Jane Doe, at home")
    png = io.BytesIO()
    Image.new("RGB", (20, 10), "green").save(png, "PNG", pnginfo=text)
    jpeg = io.BytesIO()
    Image.new("RGB", (20, 10), "green").save(jpeg, "JPEG", comment=b"shot at 12 Main Street")
    toml = IMAGE_TOUR + '[[stops.images]]\nfile = "images/b.jpg"\nalt = "x"\ncredit = "y"\n'
    folder = write_tour(tmp_path / "t", toml, {"images/a.png": png.getvalue(), "images/b.jpg": jpeg.getvalue()})
    package = pack(folder, tmp_path / "t.tour", strip_metadata=True)
    with zipfile.ZipFile(package) as z:
        assert b"Jane Doe" not in z.read("images/a.png")
        assert b"Main Street" not in z.read("images/b.jpg")


def test_packing_with_options_is_deterministic_too(tmp_path):
    toml = IMAGE_TOUR.replace("a.png", "p.jpg")
    folder = write_tour(tmp_path / "t", toml, {"images/p.jpg": gps_image_bytes(orientation=6, size=(300, 200))})
    first = pack(folder, tmp_path / "a.tour", max_image_size=120, strip_metadata=True).read_bytes()
    second = pack(folder, tmp_path / "b.tour", max_image_size=120, strip_metadata=True).read_bytes()
    assert first == second


def test_a_package_can_be_repacked(tmp_path):
    folder = write_tour(tmp_path / "t", IMAGE_TOUR, {"images/a.png": png_bytes(400, 300)})
    first = pack(folder, tmp_path / "a.tour")
    second = pack(first, tmp_path / "b.tour", max_image_size=200)
    assert zip_picture(second, "images/a.png").size == (200, 150)


def test_the_package_name_must_end_in_tour(tmp_path):
    folder = write_tour(tmp_path / "t", MINIMAL)
    with pytest.raises(CurateError, match=r"\.tour"):
        pack_tour(load_tour(folder), tmp_path / "t.zip")
    with pytest.raises(CurateError, match="no folder"):
        pack_tour(load_tour(folder), tmp_path / "nowhere" / "t.tour")


def test_entry_names_and_sizes():
    assert entry_name("images/./a.png") == entry_name("images\\a.png") == entry_name("images//a.png") == "images/a.png"
    sizes = (950, 1000, 9_999, 12_345, 99_960, 999_999, 4_500_000, 2_100_000_000, 12_345_000_000)
    assert [human_size(n) for n in sizes] == [
        "950 bytes",
        "1.00 kB",
        "10.0 kB",
        "12.3 kB",
        "100 kB",
        "1.00 MB",
        "4.50 MB",
        "2.10 GB",
        "12.3 GB",
    ]


def test_a_damaged_picture_is_packed_as_it_is_but_never_with_its_metadata(tmp_path):
    photo = gps_image_bytes(size=(300, 200))
    cut = photo[: len(photo) // 2]  # the header (and its GPS) is whole, the pixels are not
    folder = write_tour(tmp_path / "t", IMAGE_TOUR.replace("a.png", "p.jpg"), {"images/p.jpg": cut})
    result = load_tour(folder)
    assert result.errors == []
    summary = pack_tour(result, tmp_path / "a.tour", PackOptions(max_image_size=100))
    assert summary.left_as_is == [f"images/p.jpg: cannot be re-encoded ({_truncated(cut)}), packed as it is"]
    with zipfile.ZipFile(tmp_path / "a.tour") as z:
        assert z.read("images/p.jpg") == cut
    with pytest.raises(CurateError, match="cannot remove the metadata of images/p.jpg"):
        pack_tour(result, tmp_path / "b.tour", PackOptions(strip_metadata=True, max_image_size=100))
    assert not (tmp_path / "b.tour").exists()
    pack_tour(result, tmp_path / "c.tour", PackOptions(strip_metadata=True))  # no decoding needed
    with zipfile.ZipFile(tmp_path / "c.tour") as z:
        assert len(Image.open(io.BytesIO(z.read("images/p.jpg"))).getexif()) == 0, "its GPS is gone all the same"


def _truncated(data: bytes) -> str:
    try:
        Image.open(io.BytesIO(data)).load()
    except OSError as exc:
        return str(exc)
    raise AssertionError("the picture should be damaged")


# -- packing at disk speed, with progress ---------------------------------------------------


def test_compressed_files_are_stored_and_text_and_wav_deflated(tmp_path):
    toml = MINIMAL + 'audio = "a.wav"\ntranscript = "a.vtt"\n' + IMAGE_TOUR[len(MINIMAL) :]
    files = {
        "images/a.png": png_bytes(40, 30),
        "a.wav": wav_bytes(),
        "a.vtt": b"WEBVTT\n\n00:00.000 --> 00:01.000\nHi\n",
    }
    folder = write_tour(tmp_path / "t", toml, files)
    package = pack(folder, tmp_path / "t.tour")
    with zipfile.ZipFile(package) as z:
        methods = {i.filename: i.compress_type for i in z.infolist()}
        assert z.read("images/a.png") == files["images/a.png"]
    assert methods == {
        "a.vtt": zipfile.ZIP_DEFLATED,
        "a.wav": zipfile.ZIP_DEFLATED,
        "images/a.png": zipfile.ZIP_STORED,
        "tour.toml": zipfile.ZIP_DEFLATED,
    }
    stored = load_tour(package).media_path("images/a.png")
    assert stored.byte_range() is not None, "a stored picture is read in place"
    assert pack(folder, tmp_path / "again.tour").read_bytes() == package.read_bytes()


def test_progress_counts_every_byte_up_to_the_total(tmp_path):
    folder = sample_copy(tmp_path)
    told: list[tuple[int, int]] = []
    pack_tour(load_tour(folder), tmp_path / "h.tour", progress=lambda done, total: told.append((done, total)))
    totals = {total for _, total in told}
    assert len(totals) == 1 and told[-1][0] == totals.pop() > 0
    assert [done for done, _ in told] == sorted(done for done, _ in told)


@pytest.mark.parametrize("options", [{}, {"max_image_size": 100}])
def test_cancelling_a_pack_leaves_nothing_behind(tmp_path, options):
    folder = sample_copy(tmp_path)
    out = tmp_path / "out"
    out.mkdir()
    (out / "h.tour").write_bytes(b"the package from before")

    def cancel_midway(done: int, total: int) -> None:
        if done > total // 3:
            raise PackCancelled

    with pytest.raises(PackCancelled):
        pack_tour(load_tour(folder), out / "h.tour", PackOptions(**options), progress=cancel_midway)
    assert [p.name for p in out.iterdir()] == ["h.tour"], "no half-written file"
    assert (out / "h.tour").read_bytes() == b"the package from before"
