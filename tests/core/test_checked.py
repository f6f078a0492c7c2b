"""Opening a tour validated before: the same model without the validator, and what is remembered."""

from __future__ import annotations

import dataclasses
import json
import os
import subprocess
import sys
import time
import tomllib
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from tests.core.test_properties import MEDIA, VALID
from tests.tourfiles import png_bytes, write_tour
from tourviewer.core import checked as checked_module
from tourviewer.core import load_tour
from tourviewer.core.checked import CheckedTours, fingerprint
from tourviewer.core.model import build
from tourviewer.core.text import LocalizedText
from tourviewer.core.validation import validate

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = [ROOT / "tours" / "hongsung", ROOT / "tours" / "gunsan"]


def snapshot(value: Any) -> Any:
    """Everything a model holds, with the type of each value: 1 and 1.0 differ here."""
    if isinstance(value, LocalizedText):
        return ["text", value.plain, value.translations]
    if isinstance(value, list):
        return [snapshot(v) for v in value]
    if dataclasses.is_dataclass(value):
        fields = {f.name: snapshot(getattr(value, f.name)) for f in dataclasses.fields(value)}
        return [type(value).__name__, fields, value.extensions]  # type: ignore[attr-defined]
    return [type(value).__name__, value]


def assert_built_as_validated(data: dict[str, Any]) -> None:
    validated, errors = validate(data)
    assert validated is not None, errors
    built = build(data)
    assert built == validated
    assert snapshot(built) == snapshot(validated)


def tour_data(folder: Path) -> dict[str, Any]:
    return tomllib.loads((folder / "tour.toml").read_text(encoding="utf-8"))


@pytest.mark.parametrize("folder", SAMPLES, ids=lambda p: p.name)
def test_the_sample_tours_build_as_they_validate(folder):
    assert_built_as_validated(tour_data(folder))


# -- any valid tour builds as it validates ------------------------------------------------------

texts = st.one_of(
    st.text(max_size=12),
    st.dictionaries(st.sampled_from(["en", "ko", "zh-Hans"]), st.text(max_size=8), min_size=1, max_size=3),
)
numbers = st.one_of(st.integers(-90, 90), st.floats(-90, 90, allow_nan=False))
extensions = st.dictionaries(
    st.sampled_from(["x-a", "x-note", "x-1"]),
    st.one_of(st.integers(), st.text(max_size=5), st.lists(st.integers(), max_size=3)),
    max_size=2,
)


def table(required: dict[str, Any], optional: dict[str, Any]) -> st.SearchStrategy[dict[str, Any]]:
    """A table with its required keys, some of its optional ones, and perhaps the curator's own."""
    return st.fixed_dictionaries(required, optional=optional).flatmap(
        lambda made: extensions.map(lambda own: {**made, **own})
    )


images = table(
    {"file": st.sampled_from(["images/farm.png", "maps/region.png"])},
    {"caption": texts, "credit": texts, "alt": texts, "panorama": st.booleans()},
)
maps = table(
    {"image": st.just("maps/region.png")},
    {
        "bounds": table({"west": numbers, "south": numbers, "east": numbers, "north": numbers}, {}),
        "attribution": texts,
        "route": st.booleans(),
    },
)
stops = table(
    {"id": st.from_regex(r"[a-z0-9]{1,6}(-[a-z0-9]{1,4})?", fullmatch=True), "title": texts},
    {
        "subtitle": texts,
        "place": texts,
        "location": table({"lat": numbers, "lon": numbers}, {}),
        "position": table({"x": st.integers(0, 900), "y": st.floats(0, 900)}, {}),
        "narration": texts,
        "audio": texts,
        "transcript": texts,
        "speaker_notes": texts,
        "minutes": st.one_of(st.integers(1, 60), st.floats(0.5, 60)),
        "images": st.lists(images, max_size=3),
        "map": maps,
        "links": st.lists(table({"title": texts, "url": st.just("https://example.org/a")}, {}), max_size=2),
    },
)
tours = table(
    {"format": st.just(1), "id": st.just("a-tour"), "title": texts, "stops": st.lists(stops, min_size=1, max_size=3)},
    {
        "subtitle": texts,
        "summary": texts,
        "languages": st.lists(st.sampled_from(["en", "ko", "zh-Hans"]), min_size=1, max_size=3),
        "cover": st.just("images/farm.png"),
        "authors": st.lists(st.text(max_size=6), max_size=2),
        "license": st.just("CC-BY-4.0"),
        "credits": texts,
        "map": maps,
    },
)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(tours)
def test_any_valid_tour_builds_as_it_validates(data):
    validated, _ = validate(data)
    assume(validated is not None)
    assert_built_as_validated(data)


# -- what is remembered -------------------------------------------------------------------------


def settle(folder: Path) -> Path:
    """Date every file of `folder` ten seconds back: files changed a moment ago are not recorded."""
    past = time.time() - 10
    for file in folder.rglob("*"):
        os.utime(file, (past, past))
    return folder


def problems_of(result) -> list[tuple[str, tuple, int | None]]:
    return [(p.code, p.path, p.line) for p in result.problems]


def test_a_tour_validated_before_is_read_the_same_without_validating(tmp_path, monkeypatch):
    folder = settle(write_tour(tmp_path / "tour", VALID, MEDIA))
    checked = CheckedTours(tmp_path / "checked")
    first = load_tour(folder, checked=checked)
    assert first.ok() and checked.tour_data(folder / "tour.toml") == tour_data(folder)

    def no_validator(data):
        raise AssertionError("validated again")

    monkeypatch.setattr("tourviewer.core.validation.validate", no_validator)
    again = load_tour(folder, checked=checked)
    assert again.tour == first.tour and snapshot(again.tour) == snapshot(first.tour)
    assert problems_of(again) == problems_of(first) and again.stop_ids == first.stop_ids


def test_an_edited_tour_is_validated_again(tmp_path):
    folder = settle(write_tour(tmp_path / "tour", VALID, MEDIA))
    checked = CheckedTours(tmp_path / "checked")
    assert load_tour(folder, checked=checked).ok()
    (folder / "tour.toml").write_text(VALID.replace("minutes = 10", 'minutes = "ten"'), encoding="utf-8")
    broken = load_tour(folder, checked=checked)
    assert broken.tour is None
    assert [(p.code, p.path, p.line) for p in broken.errors] == [("wrong-type", ("stops", 0, "minutes"), 17)]


def test_an_edit_that_keeps_size_and_modification_time_is_seen(tmp_path):
    folder = settle(write_tour(tmp_path / "tour", VALID, MEDIA))
    toml = folder / "tour.toml"
    checked = CheckedTours(tmp_path / "checked")
    assert load_tour(folder, checked=checked).ok()
    before = toml.stat()
    toml.write_text(VALID.replace("minutes = 10", "minutes = -1"), encoding="utf-8")  # the same length
    os.utime(toml, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert toml.stat().st_size == before.st_size and toml.stat().st_mtime_ns == before.st_mtime_ns
    assert [p.code for p in load_tour(folder, checked=checked).errors] == ["out-of-range"]


def test_problems_found_every_time_are_not_forgotten(tmp_path):
    """Rules across stops and the files are checked on every load, remembered tour or not."""
    text = VALID.replace('id = "local-rise"', 'id = "collabo-farm"')
    folder = settle(write_tour(tmp_path / "tour", text, MEDIA))
    checked = CheckedTours(tmp_path / "checked")
    first = load_tour(folder, checked=checked)
    assert [(p.code, p.line) for p in first.errors] == [("duplicate-id", 31)]
    (folder / "images" / "farm.png").unlink()
    again = load_tour(folder, checked=checked)
    assert checked.tour_data(folder / "tour.toml") is not None  # read from its record
    found = {(p.code, p.line) for p in again.problems}
    assert found == {("duplicate-id", 31), ("missing-file", 18), ("missing-file", 25)}


def test_a_record_that_does_not_fit_the_model_is_not_trusted(tmp_path):
    folder = settle(write_tour(tmp_path / "tour", VALID, MEDIA))
    toml = folder / "tour.toml"
    checked = CheckedTours(tmp_path / "checked")
    data = tour_data(folder)
    data["stops"][0]["minutes"] = "ten"  # as if someone had written it there
    checked.remember_tour(fingerprint(toml), data)
    assert checked.tour_data(toml) == data
    result = load_tour(folder, checked=checked)
    assert result.ok() and result.tour.stops[0].minutes == 10.0  # the file itself was read


def test_a_record_of_another_file_is_never_used(tmp_path):
    folder = settle(write_tour(tmp_path / "tour", VALID, MEDIA))
    other = settle(write_tour(tmp_path / "other", VALID, MEDIA))
    checked = CheckedTours(tmp_path / "checked")
    assert load_tour(other, checked=checked).ok()
    record = checked_module._record_path(checked.tours, other / "tour.toml")
    # a record under this file's name that holds another file (as a checksum clash would)
    record.rename(checked_module._record_path(checked.tours, folder / "tour.toml"))
    assert checked.tour_data(folder / "tour.toml") is None


def test_a_file_changed_a_moment_ago_is_not_recorded_until_it_settles(tmp_path):
    folder = write_tour(tmp_path / "tour", VALID, MEDIA)
    checked = CheckedTours(tmp_path / "checked")
    assert load_tour(folder, checked=checked).ok()
    assert checked.tour_data(folder / "tour.toml") is None and not checked.pictures.exists()
    settle(folder)
    assert load_tour(folder, checked=checked).ok()
    assert checked.tour_data(folder / "tour.toml") == tour_data(folder)
    assert len(list(checked.pictures.iterdir())) == 2


def test_a_changed_model_forgets_every_record(tmp_path, monkeypatch):
    folder = settle(write_tour(tmp_path / "tour", VALID, MEDIA))
    checked = CheckedTours(tmp_path / "checked")
    assert load_tour(folder, checked=checked).ok()
    assert checked.tour_data(folder / "tour.toml") is not None
    monkeypatch.setattr(checked_module, "_MODEL_SOURCES", ("model.py", "text.py"))
    checked_module._model_version.cache_clear()
    try:
        assert checked.tour_data(folder / "tour.toml") is None
    finally:
        checked_module._model_version.cache_clear()


def test_a_tour_json_cannot_hold_is_read_every_time(tmp_path):
    folder = settle(write_tour(tmp_path / "tour", "x-when = 2021-03-10\n" + VALID, MEDIA))
    checked = CheckedTours(tmp_path / "checked")
    for _ in range(2):
        result = load_tour(folder, checked=checked)
        assert result.ok() and str(result.tour.extensions["x-when"]) == "2021-03-10"
    assert checked.tour_data(folder / "tour.toml") is None


def test_a_picture_changed_since_is_probed_again(tmp_path):
    folder = settle(write_tour(tmp_path / "tour", VALID, MEDIA))
    checked = CheckedTours(tmp_path / "checked")
    assert load_tour(folder, checked=checked).ok()
    assert len(list(checked.pictures.iterdir())) == 2  # the map and the stop's picture
    picture = folder / "images" / "farm.png"
    picture.write_bytes(png_bytes()[:30])  # damaged
    settle(folder)
    result = load_tour(folder, checked=checked)
    assert [p.code for p in result.errors] == ["unreadable-media"] * 2  # the picture, and in the narration
    picture.write_bytes(png_bytes(9000, 8000))  # a different size, good again
    settle(folder)
    result = load_tour(folder, checked=checked)
    assert [p.code for p in result.problems] == ["oversized-image"] * 2


def test_a_remembered_picture_has_the_size_pillow_read(tmp_path):
    folder = settle(write_tour(tmp_path / "tour", VALID, {**MEDIA, "images/farm.png": png_bytes(640, 480)}))
    checked = CheckedTours(tmp_path / "checked")
    picture = folder / "images" / "farm.png"
    first = checked.probe_image(picture, "images/farm.png")
    again = checked.probe_image(picture, "images/farm.png")
    assert (first.width, first.height) == (again.width, again.height) == (640, 480)
    assert again.error is None and again.kind == "image"


def test_a_reopened_tour_suggests_a_photos_location_without_opening_the_photo(tmp_path, monkeypatch):
    from PIL import Image

    from tests.core.test_exif import PHOTO_STOP, gps_image_bytes

    folder = settle(write_tour(tmp_path / "t", PHOTO_STOP, {"images/p.jpg": gps_image_bytes()}))
    checked = CheckedTours(tmp_path / "checked")
    first = load_tour(folder, checked=checked)
    opened: list[object] = []
    real_open = Image.open
    monkeypatch.setattr(Image, "open", lambda *a, **k: opened.append(a) or real_open(*a, **k))
    again = load_tour(folder, checked=checked)
    assert [(p.code, p.message) for p in again.problems] == [(p.code, p.message) for p in first.problems]
    assert [p.code for p in again.problems] == ["location-from-photo"]
    assert opened == []  # its size and position were remembered with the first open


def test_a_folder_that_cannot_be_written_remembers_nothing_and_loses_nothing(tmp_path):
    folder = settle(write_tour(tmp_path / "tour", VALID, MEDIA))
    blocked = tmp_path / "checked"
    blocked.write_text("a file where the folder should be")
    checked = CheckedTours(blocked)
    for _ in range(2):
        result = load_tour(folder, checked=checked)
        assert result.ok() and result.tour is not None


def test_only_the_newest_records_are_kept(tmp_path, monkeypatch):
    monkeypatch.setattr(checked_module, "KEEP_TOURS", 3)
    monkeypatch.setattr(checked_module, "_PRUNED", set())
    checked = CheckedTours(tmp_path / "checked")
    folders = [settle(write_tour(tmp_path / f"t{n}", VALID, MEDIA)) for n in range(6)]
    for n, folder in enumerate(folders[:5]):
        assert load_tour(folder, checked=checked).ok()
        record = checked_module._record_path(checked.tours, folder / "tour.toml")
        os.utime(record, (1_000_000 + n, 1_000_000 + n))
    checked_module._PRUNED.clear()  # a later run
    assert load_tour(folders[5], checked=checked).ok()
    kept = [f for f in folders if checked.tour_data(f / "tour.toml") is not None]
    assert kept == folders[3:]


def test_opening_a_known_tour_reads_no_toml_and_loads_neither_pydantic_nor_pillow(tmp_path):
    folder = settle(write_tour(tmp_path / "tour", VALID, MEDIA))
    script = (
        "import json, sys; from pathlib import Path\n"
        "from tourviewer.core import load_tour\n"
        "from tourviewer.core.checked import CheckedTours\n"
        f"result = load_tour(Path({str(folder)!r}), checked=CheckedTours(Path({str(tmp_path / 'checked')!r})))\n"
        "names = ('pydantic', 'pydantic_core', 'PIL', 'tomllib')\n"
        "loaded = sorted(m for m in sys.modules if m.split('.')[0] in names)\n"
        "print(json.dumps([result.ok(), loaded]))\n"
    )

    def run() -> list[Any]:
        done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=ROOT, check=True)
        return json.loads(done.stdout.strip().splitlines()[-1])

    ok, first = run()
    assert ok and {"pydantic", "PIL", "tomllib"} <= set(first)  # read, validated and probed once
    assert run() == [True, []]


def package_of(folder: Path, out: Path) -> Path:
    import zipfile

    with zipfile.ZipFile(out, "w") as z:
        for file in sorted(folder.rglob("*")):
            z.write(file, file.relative_to(folder).as_posix())
    past = time.time() - 10
    os.utime(out, (past, past))
    return out


def test_a_package_validated_before_is_read_from_its_record(tmp_path, monkeypatch):
    package = package_of(write_tour(tmp_path / "tour", VALID, MEDIA), tmp_path / "t.tour")
    checked = CheckedTours(tmp_path / "checked")
    first = load_tour(package, checked=checked)
    assert first.ok() and checked.tour_data(first.package.file("tour.toml")) is not None

    def no_reading(*args):
        raise AssertionError("read or validated again")

    monkeypatch.setattr("tourviewer.core.validation.validate", no_reading)
    monkeypatch.setattr("tourviewer.core.checked.probe_image", no_reading)  # picture sizes come from records
    again = load_tour(package, checked=checked)
    assert again.tour == first.tour and problems_of(again) == problems_of(first)


def test_a_package_replaced_under_the_same_name_is_validated_again(tmp_path):
    package = package_of(write_tour(tmp_path / "tour", VALID, MEDIA), tmp_path / "t.tour")
    checked = CheckedTours(tmp_path / "checked")
    assert load_tour(package, checked=checked).ok()
    broken = write_tour(tmp_path / "broken", VALID.replace("minutes = 10", 'minutes = "ten"'), MEDIA)
    package_of(broken, tmp_path / "other.tour").replace(package)
    assert load_tour(package, checked=checked).tour is None
