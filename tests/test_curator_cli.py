"""The curator's commands: `tourviewer new`, `pack` and `locate`, and validate's location-from-photo line."""

from __future__ import annotations

import shutil
import zipfile
from pathlib import Path

import pytest

from tests.core.test_exif import gps_image_bytes
from tests.tourfiles import MINIMAL, png_bytes, write_tour
from tourviewer.cli import main
from tourviewer.core import load_tour
from tourviewer.core.curate import human_size

ROOT = Path(__file__).resolve().parents[1]
PHOTO_TOUR = MINIMAL + '[[stops.images]]\nfile = "images/p.jpg"\nalt = "a field"\ncredit = "me"\n'
BROKEN = MINIMAL + 'minutes = -3\n[[stops.images]]\nfile = "images/farm.jpg"\nalt = "x"\ncredit = "y"\n'


def run(capsys, *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    captured = capsys.readouterr()
    return status, captured.out, captured.err


# -- new ------------------------------------------------------------------------------------


def test_new_makes_a_tour_that_validates_and_says_what_comes_next(tmp_path, capsys):
    folder = tmp_path / "my-tour"
    status, out, err = run(capsys, "new", str(folder), "--id", "my-tour", "--title", "My first tour")
    assert status == 0, err
    lines = out.splitlines()
    assert lines[0] == str(folder / "tour.toml")
    assert "warning[template-text]" in lines[1]
    assert any(line.startswith(f"{folder}: ok (0 errors, 1 warning") for line in lines)
    assert lines[-1].startswith(f"Next: tourviewer preview {folder}")
    assert run(capsys, "validate", str(folder))[0] == 0
    status, out, _ = run(capsys, "validate", "--strict", str(folder))
    assert status != 0 and "template-text" in out, "--strict: the example narration is still there"
    toml = folder / "tour.toml"
    toml.write_text(toml.read_text(encoding="utf-8").replace("Write here what a guide", "A guide says"), "utf-8")
    status, out, _ = run(capsys, "validate", "--strict", str(folder))
    assert status == 0, out


def test_new_in_two_languages_lists_the_translations_to_do(tmp_path, capsys):
    folder = tmp_path / "t"
    status, out, _ = run(capsys, "new", str(folder), "--id", "t", "--title", "홍성", "--languages", "ko,en")
    assert status == 0
    lines = out.splitlines()
    assert lines[0] == str(folder / "tour.toml")
    assert f"{folder}: ok (0 errors, 4 warnings)" in lines
    missing = [line for line in lines if "warning[missing-translation]" in line]
    assert len(missing) == 3 and any(" title:" in line for line in missing), "the title too waits for its en"
    assert any("--strict fails until" in line for line in lines)
    assert run(capsys, "validate", str(folder))[0] == 0
    result = load_tour(folder)
    assert result.tour is not None and result.tour.languages == ["ko", "en"]
    assert 'en = "홍성"' not in (folder / "tour.toml").read_text(encoding="utf-8"), "the title is not copied into en"


@pytest.mark.parametrize(
    ("argv", "said"),
    [
        (["--id", "My Tour", "--title", "T"], "not a valid id"),
        (["--id", "t", "--title", "T", "--languages", "en,kr-"], "not a language tag"),
        (["--id", "t", "--title", "T", "--languages", "en,en"], "listed twice"),
    ],
)
def test_new_refuses_a_bad_id_or_language(tmp_path, capsys, argv, said):
    status, out, err = run(capsys, "new", str(tmp_path / "t"), *argv)
    assert status == 1
    assert err.startswith("tourviewer new: ") and said in err
    assert not (tmp_path / "t").exists()


def test_new_refuses_a_folder_that_is_not_empty(tmp_path, capsys):
    folder = tmp_path / "t"
    folder.mkdir()
    (folder / "draft.txt").write_text("mine")
    status, _, err = run(capsys, "new", str(folder), "--id", "t", "--title", "T")
    assert status == 1 and "not empty" in err
    assert [p.name for p in folder.iterdir()] == ["draft.txt"]


def test_new_needs_an_id_and_a_title(tmp_path):
    with pytest.raises(SystemExit) as exit_:
        main(["new", str(tmp_path / "t"), "--title", "T"])
    assert exit_.value.code == 2


# -- pack -------------------------------------------------------------------------------------


def test_pack_twice_gives_identical_bytes_and_says_the_sizes(tmp_path, capsys):
    folder = Path(shutil.copytree(ROOT / "tours" / "hongsung", tmp_path / "hongsung"))
    a, b = tmp_path / "a.tour", tmp_path / "b.tour"
    status, out, err = run(capsys, "pack", str(folder), "-o", str(a))
    assert status == 0, err
    files = [f for f in folder.rglob("*") if f.is_file()]
    before, after = human_size(sum(f.stat().st_size for f in files)), human_size(a.stat().st_size)
    assert out.splitlines() == [f"{a}: {before} → {after} ({len(files)} files)"]
    assert before.endswith(" MB") and after != before, "the sizes of what was packed, compressed"
    assert err == "", "no progress bar when the output is not a terminal"
    assert run(capsys, "pack", str(folder), "--out", str(b))[0] == 0
    assert a.read_bytes() == b.read_bytes()
    status, out, _ = run(capsys, "validate", "--strict", str(a))
    assert status == 0 and out.strip() == f"{a}: ok (0 errors, 0 warnings)"


def test_pack_with_max_image_size(tmp_path, capsys):
    folder = Path(shutil.copytree(ROOT / "tours" / "hongsung", tmp_path / "hongsung"))
    full, small = tmp_path / "full.tour", tmp_path / "small.tour"
    run(capsys, "pack", str(folder), "-o", str(full))
    status, out, _ = run(capsys, "pack", str(folder), "-o", str(small), "--max-image-size", "800")
    assert status == 0
    assert out.splitlines()[1] == "  7 pictures scaled down to 800 pixels on the long side"  # not the SVG map
    assert small.stat().st_size < full.stat().st_size
    assert load_tour(small).problems == []


def test_pack_strip_metadata_removes_gps(tmp_path, capsys):
    folder = write_tour(tmp_path / "t", PHOTO_TOUR, {"images/p.jpg": gps_image_bytes(orientation=6)})
    package = tmp_path / "t.tour"
    status, out, _ = run(capsys, "pack", str(folder), "-o", str(package), "--strip-metadata")
    assert status == 0
    assert "  metadata removed from 1 picture (JPEGs not re-encoded unless scaled)" in out.splitlines()
    extracted = tmp_path / "p.jpg"
    with zipfile.ZipFile(package) as z:
        extracted.write_bytes(z.read("images/p.jpg"))
    status, out, _ = run(capsys, "locate", str(extracted))
    assert (status, out) == (1, f"{extracted}: no GPS position in this photo\n")


def test_pack_refuses_a_tour_with_errors_and_prints_them(tmp_path, capsys):
    folder = write_tour(tmp_path / "t", BROKEN)
    package = tmp_path / "t.tour"
    status, out, err = run(capsys, "pack", str(folder), "-o", str(package))
    assert status == 1
    assert not package.exists() and out == ""
    validated = run(capsys, "validate", str(folder))[1].splitlines()
    assert err.splitlines()[:-1] == validated, "the problems as validate prints them"
    assert validated[:2] == [
        f"{folder}/tour.toml:7:1: error[out-of-range] stops[0] (a) minutes: minutes is -3, but must be more than 0.0",
        f"{folder}/tour.toml:9:1: error[missing-file] stops[0] (a) images[0].file: "
        "no file images/farm.jpg in the tour folder",
    ]
    assert err.splitlines()[-1] == f"tourviewer pack: {folder} has errors; nothing was written"


def test_pack_mentions_warnings_but_packs(tmp_path, capsys):
    toml = MINIMAL + '[[stops.images]]\nfile = "images/a.png"\n'
    folder = write_tour(tmp_path / "t", toml, {"images/a.png": png_bytes()})
    status, out, _ = run(capsys, "pack", str(folder), "-o", str(tmp_path / "t.tour"))
    assert status == 0
    assert f"  2 warnings: see tourviewer validate {folder}" in out.splitlines()


@pytest.mark.parametrize(
    "argv",
    [
        ["-o", "t.zip"],
        ["-o", "t.tour", "--max-image-size", "big"],
        ["-o", "t.tour", "--max-image-size", "8"],
        [],
    ],
)
def test_pack_command_line_mistakes_exit_2(tmp_path, argv):
    folder = write_tour(tmp_path / "t", MINIMAL)
    with pytest.raises(SystemExit) as exit_:
        main(["pack", str(folder), *argv])
    assert exit_.value.code == 2


# -- locate ---------------------------------------------------------------------------------------


def test_locate_prints_the_location_line(tmp_path, capsys):
    photo = tmp_path / "greenhouse.jpg"
    photo.write_bytes(gps_image_bytes())
    status, out, _ = run(capsys, "locate", str(photo))
    assert (status, out) == (0, f"{photo}: location = {{ lat = 36.52213, lon = 126.73712 }}\n")


def test_locate_south_west(tmp_path, capsys):
    photo = tmp_path / "sydney.jpg"
    photo.write_bytes(gps_image_bytes(gps={1: "S", 2: (33.0, 52.0, 4.0), 3: "W", 4: (70.0, 30.0, 0.0)}))
    status, out, _ = run(capsys, "locate", str(photo))
    assert out == f"{photo}: location = {{ lat = -33.86778, lon = -70.50000 }}\n"


def test_locate_a_picture_without_gps(tmp_path, capsys):
    photo, plain = tmp_path / "p.jpg", tmp_path / "plain.png"
    photo.write_bytes(gps_image_bytes())
    plain.write_bytes(png_bytes())
    status, out, _ = run(capsys, "locate", str(photo), str(plain))
    assert status == 1
    assert out.splitlines() == [
        f"{photo}: location = {{ lat = 36.52213, lon = 126.73712 }}",
        f"{plain}: no GPS position in this photo",
    ]


def test_locate_an_unreadable_file(tmp_path, capsys):
    text = tmp_path / "notes.jpg"
    text.write_text("not a photo")
    status, out, err = run(capsys, "locate", str(text), str(tmp_path / "gone.jpg"))
    assert status == 1 and out == ""
    assert err.splitlines() == [
        f"{text}: is not an image Pillow can read",
        f"{tmp_path / 'gone.jpg'}: does not exist",
    ]


# -- validate's info line -----------------------------------------------------------------------------


def test_validate_shows_the_location_from_photo_line_and_strict_still_passes(tmp_path, capsys):
    folder = write_tour(tmp_path / "t", PHOTO_TOUR, {"images/p.jpg": gps_image_bytes()})
    status, out, _ = run(capsys, "validate", "--strict", str(folder))
    assert status == 0
    assert out.splitlines() == [
        f"{folder}/tour.toml:4:1: info[location-from-photo] stops[0] (a): images/p.jpg was taken at "
        "lat 36.52213, lon 126.73712: add location = { lat = 36.52213, lon = 126.73712 }",
        f"{folder}: ok (0 errors, 0 warnings)",
    ]


def test_the_other_commands_still_route(tmp_path, capsys):
    folder = write_tour(tmp_path / "t", MINIMAL)
    assert run(capsys, "validate", str(folder))[0] == 0
    assert run(capsys, "schema")[0] == 0
    parser_commands = {"validate", "schema", "shot", "notes", "present", "view", "new", "pack", "locate"}
    from tourviewer.cli import build_parser

    actions = [a for a in build_parser()._actions if a.__class__.__name__ == "_SubParsersAction"]
    assert parser_commands <= set(actions[0].choices)
