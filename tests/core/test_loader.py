"""The loader against every rule and problem code of the tour format."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.tourfiles import MINIMAL, big_png_header, png_bytes, wav_bytes, write_tour
from tourviewer.core import Severity, load_tour
from tourviewer.core.problems import ERROR_CODES, WARNING_CODES

HEAD = 'format = 1\nid = "t"\ntitle = "T"\n'
STOP = '[[stops]]\nid = "a"\ntitle = "A"\n'
IMAGE_OK = 'alt = "x"\ncredit = "y"\n'


def codes(result, severity: Severity | None = None) -> list[tuple[str, tuple]]:
    return [(p.code, p.path) for p in result.problems if severity is None or p.severity is severity]


def load(tmp_path: Path, toml: str, files: dict[str, bytes] | None = None):
    return load_tour(write_tour(tmp_path / "tour", toml, files))


def test_minimal_tour_loads(tmp_path):
    result = load(tmp_path, MINIMAL)
    assert result.problems == []
    assert result.ok(strict=True)
    assert result.tour is not None
    assert result.tour.languages == ["en"]
    assert [s.id for s in result.tour.stops] == ["a"]


def test_a_tour_toml_path_loads_its_folder(tmp_path):
    folder = write_tour(tmp_path / "t", MINIMAL)
    assert load_tour(folder / "tour.toml").tour is not None


@pytest.mark.parametrize(
    ("toml", "files", "code", "path"),
    [
        (HEAD + "stops = []\n", {}, "no-stops", ("stops",)),
        ('format = 1\nid = "t"\n' + STOP, {}, "missing-key", ("title",)),
        (HEAD, {}, "missing-key", ("stops",)),
        (HEAD + '[[stops]]\nid = "a"\n', {}, "missing-key", ("stops", 0, "title")),
        (HEAD + STOP + "titel = 'x'\n", {}, "unknown-key", ("stops", 0, "titel")),
        (HEAD + "subtitle = 5\n" + STOP, {}, "wrong-type", ("subtitle",)),
        (HEAD + "subtitle = {}\n" + STOP, {}, "wrong-type", ("subtitle",)),
        (HEAD + STOP + 'minutes = "ten"\n', {}, "wrong-type", ("stops", 0, "minutes")),
        (HEAD + STOP + "minutes = 0\n", {}, "out-of-range", ("stops", 0, "minutes")),
        (HEAD + STOP + "minutes = nan\n", {}, "out-of-range", ("stops", 0, "minutes")),
        (HEAD + STOP + "location = { lat = 12.0, lon = inf }\n", {}, "out-of-range", ("stops", 0, "location")),
        (HEAD + STOP + "location = { lat = 91, lon = 0 }\n", {}, "out-of-range", ("stops", 0, "location")),
        (HEAD + STOP + "location = { lat = 'x', lon = 500 }\n", {}, "wrong-type", ("stops", 0, "location", "lat")),
        (HEAD + STOP + "position = { x = -1, y = 0 }\n", {}, "out-of-range", ("stops", 0, "position")),
        ('format = 1\nid = "Bad_Id"\ntitle = "T"\n' + STOP, {}, "bad-id", ("id",)),
        ('format = 1\nid = "' + "a" * 65 + '"\ntitle = "T"\n' + STOP, {}, "bad-id", ("id",)),
        (HEAD + '[[stops]]\nid = "-a"\ntitle = "A"\n', {}, "bad-id", ("stops", 0, "id")),
        (HEAD + STOP + STOP, {}, "duplicate-id", ("stops", 1, "id")),
        (HEAD + 'languages = ["en", "en"]\n' + STOP, {}, "undeclared-language", ("languages", 1)),
        (HEAD + 'languages = ["EN"]\n' + STOP, {}, "undeclared-language", ("languages", 0)),
        (HEAD + "languages = []\n" + STOP, {}, "undeclared-language", ("languages",)),
        (
            HEAD + 'languages = ["en"]\n' + '[[stops]]\nid = "a"\ntitle = { kr = "A" }\n',
            {},
            "undeclared-language",
            ("stops", 0, "title", "kr"),
        ),
        (
            HEAD + '[map]\nimage = "m.png"\nbounds = { west = 1, south = 2, east = 1, north = 3 }\n' + STOP,
            {"m.png": png_bytes()},
            "bad-bounds",
            ("map", "bounds"),
        ),
        (
            HEAD + STOP + '[[stops.images]]\nfile = "http://x.org/a.png"\n' + IMAGE_OK,
            {},
            "remote-media",
            ("stops", 0, "images", 0, "file"),
        ),
        (
            HEAD + STOP + '[[stops.images]]\nfile = "data:image/png;base64,AAAA"\n' + IMAGE_OK,
            {},
            "remote-media",
            ("stops", 0, "images", 0, "file"),
        ),
        (
            HEAD + STOP + '[[stops.images]]\nfile = "/etc/passwd"\n' + IMAGE_OK,
            {},
            "path-outside-tour",
            ("stops", 0, "images", 0, "file"),
        ),
        (
            HEAD + STOP + '[[stops.images]]\nfile = "C:/x.png"\n' + IMAGE_OK,
            {},
            "path-outside-tour",
            ("stops", 0, "images", 0, "file"),
        ),
        (
            HEAD + STOP + '[[stops.images]]\nfile = "a/../../x.png"\n' + IMAGE_OK,
            {},
            "path-outside-tour",
            ("stops", 0, "images", 0, "file"),
        ),
        (
            HEAD + STOP + '[[stops.images]]\nfile = "A.PNG"\n' + IMAGE_OK,
            {"a.png": png_bytes()},
            "missing-file",
            ("stops", 0, "images", 0, "file"),
        ),
        (
            HEAD + STOP + '[[stops.images]]\nfile = "a.png"\n' + IMAGE_OK,
            {"a.png": b"not an image"},
            "unreadable-media",
            ("stops", 0, "images", 0, "file"),
        ),
        (
            HEAD + STOP + '[[stops.images]]\nfile = "a.bmp"\n' + IMAGE_OK,
            {},
            "missing-file",
            ("stops", 0, "images", 0, "file"),
        ),
        (
            HEAD + STOP + '[[stops.images]]\nfile = "huge.png"\n' + IMAGE_OK,
            {"huge.png": big_png_header(20000, 10000)},
            "unreadable-media",
            ("stops", 0, "images", 0, "file"),
        ),
        (HEAD + STOP + 'audio = "a.ogg"\n', {"a.ogg": png_bytes()}, "unreadable-media", ("stops", 0, "audio")),
        (
            HEAD + STOP + 'transcript = "a.vtt"\n',
            {"a.vtt": b"1\n00:00.000 --> 00:01.000\nhi\n"},
            "unreadable-media",
            ("stops", 0, "transcript"),
        ),
        (HEAD + STOP + 'narration = "See ![a](../secret.png)"\n', {}, "path-outside-tour", ("stops", 0, "narration")),
        (
            HEAD + STOP + 'links = [{ title = "x", url = "ftp://x" }]\n',
            {},
            "wrong-type",
            ("stops", 0, "links", 0, "url"),
        ),
        (HEAD + STOP + 'links = [{ url = "https://x.org" }]\n', {}, "missing-key", ("stops", 0, "links", 0, "title")),
        (HEAD + "[[stops]]\n" + 'id = "a"\ntitle = "A"\nimages = "x.png"\n', {}, "wrong-type", ("stops", 0, "images")),
        (HEAD + "stops = 3\n", {}, "wrong-type", ("stops",)),
        (HEAD + 'cover = "c.png"\n' + STOP, {}, "missing-file", ("cover",)),
    ],
)
def test_each_rule_gives_its_code(tmp_path, toml, files, code, path):
    result = load(tmp_path, toml, files)
    assert code in ERROR_CODES
    found = [p for p in result.errors if p.code == code and p.path[: len(path)] == path]
    assert found, f"expected {code} at {path}, got {codes(result)}"
    assert not result.ok()
    assert all(p.message for p in result.problems)


@pytest.mark.parametrize(
    ("toml", "files", "code", "path"),
    [
        (
            HEAD + STOP + '[[stops.images]]\nfile = "a.png"\ncredit = "c"\n',
            {"a.png": png_bytes()},
            "missing-alt",
            ("stops", 0, "images", 0),
        ),
        (
            HEAD + STOP + '[[stops.images]]\nfile = "a.png"\nalt = "c"\n',
            {"a.png": png_bytes()},
            "missing-credit",
            ("stops", 0, "images", 0),
        ),
        (
            HEAD + 'languages = ["en", "ko"]\n' + STOP.replace('"A"', '{ en = "A" }'),
            {},
            "missing-translation",
            ("stops", 0, "title"),
        ),
        (
            HEAD + 'languages = ["en", "ko"]\n' + STOP + 'audio = { en = "a.wav" }\n',
            {"a.wav": wav_bytes()},
            "missing-translation",
            ("stops", 0, "audio"),
        ),
        (
            HEAD
            + '[map]\nimage = "m.png"\nbounds = { west = 126, south = 35, east = 127, north = 36 }\n'
            + STOP
            + "location = { lat = 40, lon = 126.5 }\n",
            {"m.png": png_bytes()},
            "off-map",
            ("stops", 0, "location"),
        ),
        (
            HEAD + '[map]\nimage = "m.png"\nbounds = { west = 126, south = 35, east = 127, north = 36 }\n' + STOP,
            {"m.png": png_bytes()},
            "no-position",
            ("stops", 0),
        ),
        (
            HEAD + '[map]\nimage = "m.png"\n' + STOP + "location = { lat = 35.5, lon = 126.5 }\n",
            {"m.png": png_bytes()},
            "no-position",
            ("stops", 0),
        ),
        (
            HEAD + STOP + '[[stops.images]]\nfile = "big.png"\n' + IMAGE_OK,
            {"big.png": big_png_header(8000, 6000)},
            "oversized-image",
            ("stops", 0, "images", 0, "file"),
        ),
    ],
)
def test_each_warning_gives_its_code(tmp_path, toml, files, code, path):
    result = load(tmp_path, toml, files)
    assert code in WARNING_CODES
    assert (code, path) in codes(result, Severity.WARNING), codes(result)
    assert result.ok() and not result.ok(strict=True)


def test_position_outside_the_map_image_is_out_of_range(tmp_path):
    toml = HEAD + '[map]\nimage = "m.png"\n' + STOP + "position = { x = 9, y = 2 }\n"
    result = load(tmp_path, toml, {"m.png": png_bytes(8, 6)})
    assert ("out-of-range", ("stops", 0, "position")) in codes(result)


def test_position_inside_a_plain_map_places_the_stop(tmp_path):
    toml = HEAD + '[map]\nimage = "m.png"\n' + STOP + "position = { x = 4, y = 3 }\n"
    assert load(tmp_path, toml, {"m.png": png_bytes(8, 6)}).problems == []


def test_a_full_tour_loads_with_its_values(tmp_path):
    toml = (
        HEAD.replace('title = "T"', 'title = { en = "T", ko = "티" }')
        + """languages = ["en", "ko"]
x-mine = { anything = [1, 2] }
[map]
image = "m.svg"
bounds = { west = 126, south = 35, east = 127, north = 36 }
route = false
[[stops]]
id = "farm"
title = { en = "Farm", ko = "농장" }
location = { lat = 35.5, lon = 126.5 }
minutes = 7.5
narration = { en = "**Hi** ![p](p.png)", ko = "안녕" }
audio = { en = "a.ogg", ko = "a.mp3" }
transcript = "a.vtt"
x-note = "kept"
[[stops.images]]
file = "p.png"
alt = { en = "A", ko = "에이" }
credit = "me"
panorama = true
"""
    )
    files = {
        "m.svg": b'<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 50"></svg>',
        "p.png": png_bytes(16, 8),
        "a.ogg": b"OggS" + bytes(40),
        "a.mp3": b"ID3" + bytes(40),
        "a.vtt": "\ufeffWEBVTT\n\n00:00.000 --> 00:01.000\nHi\n".encode(),
    }
    result = load(tmp_path, toml, files)
    assert result.problems == []
    tour = result.tour
    assert tour is not None
    assert tour.extensions == {"x-mine": {"anything": [1, 2]}}
    assert tour.stops[0].extensions == {"x-note": "kept"}
    assert tour.map is not None and tour.map.route is False and tour.map.bounds.west == 126
    stop = tour.stops[0]
    assert stop.minutes == 7.5
    assert tour.text(stop.title, "ko") == "농장"
    assert tour.text(stop.audio, "ko") == "a.mp3"
    assert stop.images[0].panorama is True
    assert tour.cover_file == "p.png"
    assert result.media_path("p.png") == (tmp_path / "tour" / "p.png").resolve()
    assert result.media_path("../x") is None


def test_every_problem_is_reported_in_one_run(tmp_path):
    toml = HEAD + 'languages = ["en"]\n' + STOP + 'minutes = "x"\n' + STOP + ('[[stops.images]]\nfile = "gone.png"\n')
    result = load(tmp_path, toml)
    found = {p.code for p in result.problems}
    assert {"wrong-type", "duplicate-id", "missing-file", "missing-alt", "missing-credit"} <= found
    assert result.tour is None


def test_a_newer_format_reports_nothing_else(tmp_path):
    result = load(tmp_path, "format = 2\nid = 'BAD ID'\n")
    assert codes(result) == [("unsupported-format", ("format",))]
    assert "newer" in result.problems[0].message


@pytest.mark.parametrize("value", ["1.0", '"1"', "true", "0"])
def test_a_format_that_is_not_the_integer_1_is_unsupported(tmp_path, value):
    result = load(tmp_path, MINIMAL.replace("format = 1", f"format = {value}"))
    assert codes(result) == [("unsupported-format", ("format",))]


def test_syntax_error_has_line_and_column(tmp_path):
    result = load(tmp_path, 'format = 1\nid = "t"\ntitle = = "T"\n')
    [problem] = result.problems
    assert (problem.code, problem.line) == ("syntax", 3)
    assert problem.column is not None and problem.column >= 1


def test_not_utf8_is_reported_with_its_line(tmp_path):
    folder = tmp_path / "t"
    folder.mkdir()
    (folder / "tour.toml").write_bytes(b'format = 1\ntitle = "caf\xe9"\n')
    [problem] = load_tour(folder).problems
    assert (problem.code, problem.line, problem.column) == ("not-utf8", 2, 13)


def test_byte_order_mark_is_accepted(tmp_path):
    folder = tmp_path / "t"
    folder.mkdir()
    (folder / "tour.toml").write_bytes(b"\xef\xbb\xbf" + MINIMAL.encode())
    assert load_tour(folder).problems == []


def test_deep_nesting_is_a_syntax_problem_not_a_crash(tmp_path):
    result = load(tmp_path, "x = " + "[" * 5000 + "]" * 5000 + "\n")
    assert [p.code for p in result.problems] == ["syntax"]


@pytest.mark.parametrize("kind", ["missing", "file", "empty-folder"])
def test_not_a_tour(tmp_path, kind):
    target = tmp_path / "x"
    if kind == "file":
        target.write_text("hello")
    elif kind == "empty-folder":
        target.mkdir()
    result = load_tour(target)
    assert codes(result) == [("not-a-tour", ())]
    assert result.tour is None


def test_problems_carry_line_and_column_of_their_key(tmp_path):
    toml = HEAD + STOP + 'minutes = "ten"\nlocation = { lat = 123.0, lon = 1 }\n'
    result = load(tmp_path, toml)
    where = {p.code: (p.line, p.column) for p in result.problems}
    assert where["wrong-type"] == (7, 1)
    assert where["out-of-range"] == (8, 14)


def test_missing_key_points_at_its_table(tmp_path):
    result = load(tmp_path, HEAD + "\n\n[[stops]]\nid = 'a'\n")
    [problem] = result.problems
    assert (problem.code, problem.line) == ("missing-key", 6)


def test_unknown_key_suggests_the_closest(tmp_path):
    result = load(tmp_path, HEAD + "sumary = 'x'\n" + STOP)
    [problem] = result.problems
    assert problem.code == "unknown-key"
    assert "did you mean summary?" in problem.message


def test_unknown_key_without_a_close_one_lists_the_keys(tmp_path):
    result = load(tmp_path, HEAD + STOP + "location = { lat = 1, lon = 2, zzz = 3 }\n")
    [problem] = result.problems
    assert problem.path == ("stops", 0, "location", "zzz")
    assert "lat, lon" in problem.message and "x-" in problem.message


def test_extension_keys_are_kept_everywhere(tmp_path):
    toml = HEAD + 'x-a = 1\n[map]\nimage = "m.png"\nx-b = 2\n' + STOP + "position = { x = 1, y = 1, x-c = 3 }\n"
    result = load(tmp_path, toml, {"m.png": png_bytes()})
    assert result.problems == []
    assert result.tour.map.extensions == {"x-b": 2}
    assert result.tour.stops[0].position.extensions == {"x-c": 3}


def test_symlink_leaving_the_folder_is_refused_before_opening(tmp_path):
    secret = tmp_path / "secret.png"
    secret.write_bytes(png_bytes())
    folder = write_tour(tmp_path / "t", HEAD + STOP + '[[stops.images]]\nfile = "img.png"\n' + IMAGE_OK)
    os.symlink(secret, folder / "img.png")
    result = load_tour(folder)
    assert codes(result) == [("path-outside-tour", ("stops", 0, "images", 0, "file"))]


def test_symlink_inside_the_folder_is_fine(tmp_path):
    folder = write_tour(
        tmp_path / "t", HEAD + STOP + '[[stops.images]]\nfile = "img.png"\n' + IMAGE_OK, {"real.png": png_bytes()}
    )
    os.symlink(folder / "real.png", folder / "img.png")
    assert load_tour(folder).problems == []


def test_a_missing_file_is_reported_once_per_use_and_probed_once(tmp_path):
    toml = HEAD + STOP + ('[[stops.images]]\nfile = "x.png"\n' + IMAGE_OK) * 2
    result = load(tmp_path, toml)
    assert [p.path for p in result.problems] == [
        ("stops", 0, "images", 0, "file"),
        ("stops", 0, "images", 1, "file"),
    ]


def test_a_syntax_error_quotes_the_line_with_a_caret_under_the_place(tmp_path):
    folder = tmp_path / "t"
    folder.mkdir()
    (folder / "tour.toml").write_text(
        'format = 1\nid = "t"\ntitle = { ko = "홍성 협업농장" en = "Farm" }\n', encoding="utf-8"
    )
    [problem] = load_tour(folder).errors
    assert problem.code == "syntax" and (problem.line, problem.column) == (3, 26)
    quoted, caret = problem.message.splitlines()[1:]
    assert quoted == '  3 | title = { ko = "홍성 협업농장" en = "Farm" }'
    # the caret stands under the place, counting the Korean characters as two columns each
    assert caret == "    | " + " " * (len('title = { ko = "') + 2 * 6 + 3) + "^"


def test_a_linked_folder_leaving_the_tour_is_refused(tmp_path):
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "p.png").write_bytes(png_bytes())
    folder = write_tour(tmp_path / "t", HEAD + STOP + '[[stops.images]]\nfile = "images/p.png"\n' + IMAGE_OK)
    os.symlink(outside, folder / "images")
    assert codes(load_tour(folder)) == [("path-outside-tour", ("stops", 0, "images", 0, "file"))]


def test_a_file_is_named_as_resolving_it_names_it(tmp_path, monkeypatch):
    from tourviewer.core.paths import TourFiles

    real = tmp_path / "real"
    (real / "a" / "b").mkdir(parents=True)
    (real / "a" / "b" / "c.png").write_bytes(png_bytes())
    os.symlink(real, tmp_path / "link")  # the tour opened through a link to its folder
    monkeypatch.chdir(tmp_path)
    for root in (Path("real"), Path("link"), tmp_path / "link"):
        found = TourFiles(root).check("a/./b//c.png").file
        assert found == (root / "a" / "b" / "c.png").resolve() == real.resolve() / "a" / "b" / "c.png"
    assert TourFiles(Path("real")).check("a/b/C.png").code == "missing-file"  # names are matched exactly
