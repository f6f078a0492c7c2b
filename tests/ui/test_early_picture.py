"""A reopened tour's picture is decoded while the window is still being made; a resize that keeps its size reuses it."""

from __future__ import annotations

import json
import threading

import pytest
from PySide6.QtCore import QSize

from tests.tourfiles import png_bytes
from tests.ui.conftest import open_window
from tourviewer.core.startpicture import FILE_NAME
from tourviewer.ui import images
from tourviewer.ui.app import early_picture, main_window
from tourviewer.ui.images import EarlyDecode, ImageKey, ImageLoader


@pytest.fixture
def decoded(monkeypatch):
    """(thread name, file name, box) of every decode during the test."""
    found: list[tuple[str, str, tuple[int, int]]] = []
    real = images.decode

    def spy(key):
        found.append((threading.current_thread().name, key.path.rsplit("/", 1)[-1], (key.width, key.height)))
        return real(key)

    monkeypatch.setattr(images, "decode", spy)
    return found


def shown_picture(qtbot, window):
    slot = window.view.gallery.slot
    qtbot.waitUntil(lambda: slot.shown is not None and slot.shown == slot.wanted)
    return slot.shown


def test_a_reopened_tour_shows_the_picture_decoded_while_the_window_was_made(qtbot, tmp_path, three_stops, decoded):
    data = tmp_path / "data"
    first = main_window(data)
    qtbot.addWidget(first)
    first.resize(1200, 800)
    first.show()
    open_window(first, three_stops)
    first.session.go_to(1)
    key = shown_picture(qtbot, first)
    first.close()  # as the participant leaves
    kept = json.loads((data / FILE_NAME).read_text(encoding="utf-8"))
    assert [entry["picture"] for entry in kept.values()] == [key.path]

    decoded.clear()
    early = early_picture(data, str(three_stops))
    assert early is not None and early.key == ImageKey(key.path, key.width, key.height)
    again = main_window(data, early)
    qtbot.addWidget(again)
    again.resize(1200, 800)
    again.show()
    open_window(again, three_stops)
    assert again.session.stop.id == first.session.stop.id
    assert shown_picture(qtbot, again) == key
    name = key.path.rsplit("/", 1)[-1]
    assert decoded[0] == ("image-decoder-early", name, (key.width, key.height))
    assert [d for d in decoded if d[1] == name] == [decoded[0]], "decoded once, before the tour was read"


def test_a_package_tour_keeps_no_picture_to_decode_first(qtbot, tmp_path, three_stops):
    from tourviewer.core import load_tour
    from tourviewer.core.curate import pack_tour

    package = tmp_path / "three.tour"
    pack_tour(load_tour(three_stops), package)
    data = tmp_path / "data"
    window = main_window(data)
    qtbot.addWidget(window)
    window.show()
    open_window(window, package)
    shown_picture(qtbot, window)
    window.close()
    assert not (data / FILE_NAME).exists()
    assert early_picture(data, str(package)) is None


def fitted(qtbot, loader: ImageLoader, key: ImageKey):
    assert loader.request(key) is None
    with qtbot.waitSignal(loader.loaded):
        pass
    return loader.cached(key)


def test_a_box_that_fits_the_picture_alike_reuses_it(qtbot, tmp_path, decoded):
    picture = tmp_path / "wide.png"
    picture.write_bytes(png_bytes(600, 400, "red"))
    loader = ImageLoader()
    image = fitted(qtbot, loader, loader.key(picture, QSize(300, 300)))
    assert (image.width(), image.height()) == (300, 200)
    decoded.clear()
    for box in (QSize(300, 250), QSize(300, 200), QSize(300, 900)):  # the same width: the same picture
        again = loader.request(loader.key(picture, box))
        assert again is not None and again.cacheKey() == image.cacheKey()
    for box in (QSize(320, 300), QSize(300, 150)):  # wider, or too low: decoded anew
        assert loader.request(loader.key(picture, box)) is None
    loader.wait()
    assert len(decoded) == 2


def test_a_picture_smaller_than_its_box_is_reused_for_any_box_it_fits(qtbot, tmp_path):
    picture = tmp_path / "small.png"
    picture.write_bytes(png_bytes(60, 40, "red"))
    loader = ImageLoader()
    image = fitted(qtbot, loader, loader.key(picture, QSize(300, 300)))
    assert (image.width(), image.height()) == (60, 40)
    assert loader.request(loader.key(picture, QSize(61, 40))) is not None
    assert loader.request(loader.key(picture, QSize(59, 40))) is None


def test_an_early_picture_that_cannot_be_decoded_says_why(qtbot, tmp_path):
    broken = tmp_path / "broken.png"
    broken.write_bytes(b"not a picture")
    key = ImageKey(str(broken), 300, 200)
    loader = ImageLoader()
    with qtbot.waitSignal(loader.failed) as failed:
        loader.adopt(EarlyDecode(key))
    assert failed.args[0] == key and "Pillow" in failed.args[1]
    assert loader.request(key) is None and key in loader.errors and not loader.busy


def test_the_file_asked_at_another_size_while_it_decodes_early_waits_for_it(qtbot, tmp_path, decoded):
    picture = tmp_path / "wide.png"
    picture.write_bytes(png_bytes(600, 400, "red"))
    loader = ImageLoader()
    early = loader.key(picture, QSize(300, 300))
    loader.adopt(EarlyDecode(early))
    alike, larger = loader.key(picture, QSize(300, 250)), loader.key(picture, QSize(450, 450))
    assert loader.request(alike) is None and loader.request(larger) is None  # before the early picture came
    qtbot.waitUntil(lambda: None not in (loader.cached(alike), loader.cached(larger)))
    assert loader.cached(alike).cacheKey() == loader.cached(early).cacheKey()
    assert (loader.cached(larger).width(), loader.cached(larger).height()) == (450, 300)
    assert sorted(box for _, _, box in decoded) == [(300, 300), (450, 450)], "one decode for each size that differs"
    assert not loader.busy


def test_a_loader_with_a_picture_decoding_already_starts_its_threads_at_the_first_request(qtbot, tmp_path):
    picture = tmp_path / "wide.png"
    picture.write_bytes(png_bytes(600, 400, "red"))
    before = set(threading.enumerate())
    idle = ImageLoader(start_threads=False)
    assert set(threading.enumerate()) - before == set(), "no thread yet"
    idle.shutdown()  # a loader that never decoded closes all the same
    loader = ImageLoader(start_threads=False)
    assert set(threading.enumerate()) - before == set()
    fitted(qtbot, loader, loader.key(picture, QSize(300, 300)))
    assert any(t.name == "image-decoder" for t in set(threading.enumerate()) - before)
    loader.shutdown()
