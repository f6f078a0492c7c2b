"""The picture a tour folder showed when it was left: trusted only while it is the same file inside the tour."""

from __future__ import annotations

import json
import os

import pytest

from tests.tourfiles import png_bytes
from tourviewer.core import startpicture
from tourviewer.core.startpicture import FILE_NAME, remember, remembered


@pytest.fixture
def tour(tmp_path):
    folder = tmp_path / "tour"
    (folder / "images").mkdir(parents=True)
    (folder / "tour.toml").write_text('format = 1\nid = "t"\ntitle = "T"\n', encoding="utf-8")
    (folder / "images" / "a.png").write_bytes(png_bytes(60, 40, "red"))
    return folder


def test_a_shown_picture_is_found_again_from_the_folder_or_its_toml(tmp_path, tour):
    data = tmp_path / "data"
    picture = (tour / "images" / "a.png").resolve()
    remember(data, tour, picture, 756, 580)
    for opened in (tour, tour / "tour.toml"):
        found = remembered(data, opened)
        assert found is not None and (found.picture, found.width, found.height) == (str(picture), 756, 580)


def test_a_picture_changed_since_is_not_trusted(tmp_path, tour):
    data = tmp_path / "data"
    picture = (tour / "images" / "a.png").resolve()
    remember(data, tour, picture, 756, 580)
    picture.write_bytes(png_bytes(61, 40, "blue"))
    assert remembered(data, tour) is None
    picture.unlink()
    assert remembered(data, tour) is None


def test_a_picture_outside_the_tour_is_never_used(tmp_path, tour):
    data = tmp_path / "data"
    outside = tmp_path / "secret.png"
    outside.write_bytes(png_bytes(60, 40))
    remember(data, tour, outside.resolve(), 756, 580)  # as a hand-edited file could say
    assert remembered(data, tour) is None
    link = tour / "images" / "link.png"
    os.symlink(outside, link)
    entries = json.loads((data / FILE_NAME).read_text(encoding="utf-8"))
    entries[str(tour.resolve())]["picture"] = str(link)  # inside by its name, outside in fact
    (data / FILE_NAME).write_text(json.dumps(entries), encoding="utf-8")
    assert remembered(data, tour) is None


@pytest.mark.parametrize(
    "content", ["", "not json", "[1, 2]", '{"%s": {"picture": 3}}', '{"%s": {"picture": "images/a.png"}}']
)
def test_a_damaged_record_is_no_picture_and_is_replaced(tmp_path, tour, content):
    data = tmp_path / "data"
    data.mkdir()
    (data / FILE_NAME).write_text(content.replace("%s", str(tour.resolve())), encoding="utf-8")
    assert remembered(data, tour) is None
    picture = (tour / "images" / "a.png").resolve()
    remember(data, tour, picture, 10, 10)
    assert remembered(data, tour) is not None


def test_a_package_or_a_missing_tour_has_none(tmp_path, tour):
    data = tmp_path / "data"
    remember(data, tmp_path / "tour.tour", tour / "images" / "a.png", 10, 10)
    assert not (data / FILE_NAME).exists()
    assert remembered(data, tmp_path / "tour.tour") is None
    assert remembered(data, tmp_path / "gone") is None


def test_a_folder_that_cannot_be_written_loses_nothing_else(tmp_path, tour):
    blocked = tmp_path / "data"
    blocked.write_text("a file where the data folder should be")
    remember(blocked, tour, (tour / "images" / "a.png").resolve(), 10, 10)  # never raises
    assert blocked.read_text() == "a file where the data folder should be"


def test_only_the_newest_tours_are_kept(tmp_path, monkeypatch):
    monkeypatch.setattr(startpicture, "KEEP", 3)
    data = tmp_path / "data"
    folders = []
    for n in range(5):
        folder = tmp_path / f"t{n}"
        folder.mkdir()
        (folder / "p.png").write_bytes(png_bytes(10, 10))
        remember(data, folder, (folder / "p.png").resolve(), 10, 10)
        folders.append(folder)
    assert [remembered(data, f) is not None for f in folders] == [False, False, True, True, True]
