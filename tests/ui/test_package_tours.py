"""Package tours in the viewer, presenting and export: read in place, and a package that goes away while open."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication

from tests.ui.conftest import open_window
from tests.ui.test_mainwindow import make_window
from tourviewer.core import load_tour
from tourviewer.core.curate import pack_tour
from tourviewer.core.package import MediaFile
from tourviewer.ui.present import Presenter

SAMPLE = Path(__file__).resolve().parents[2] / "tours" / "hongsung"


@pytest.fixture(scope="module")
def packed_sample(tmp_path_factory) -> Path:
    """The Hongsung sample tour, packed once for this module."""
    folder = tmp_path_factory.mktemp("sample") / "hongsung"
    shutil.copytree(SAMPLE, folder)
    package = folder.parent / "hongsung.tour"
    pack_tour(load_tour(folder), package)
    return package


@pytest.fixture
def package(tmp_path, packed_sample) -> Path:
    """A copy of the packed sample that a test may cut short, replace or delete."""
    return Path(shutil.copy(packed_sample, tmp_path / "hongsung.tour"))


def files_in(folder: Path) -> list[Path]:
    return [p for p in folder.rglob("*") if p.is_file()] if folder.exists() else []


def picture_shown(window) -> bool:
    return window.view.gallery.canvas.image is not None and not window.loader.busy


def test_a_package_tour_shows_its_pictures_map_and_recording_without_extracting(qtbot, tmp_path, package):
    window = make_window(qtbot, tmp_path)
    open_window(window, package)
    assert window.session.result.problems == [] and window.session.result.package is not None
    qtbot.waitUntil(lambda: picture_shown(window))
    window.session.go_to_id("collabo-farm")  # it opens on its panorama, decoded from the package
    qtbot.waitUntil(lambda: window.view.gallery.panorama.ready)
    player = window.view.narration.player
    assert isinstance(player.source(), MediaFile) and player.source().name.endswith(".ogg")
    qtbot.waitUntil(lambda: player.is_available() or player.unavailable_reason() is not None)
    assert "cannot be read" not in (player.unavailable_reason() or "")
    assert window.view.narration.transcript.model().rowCount() > 0, "the transcript is read from the package"
    cache = Path(os.environ["TOURVIEWER_CACHE_DIR"])
    assert files_in(cache) == [], "nothing is extracted"
    assert window.package_bar.isHidden()


def test_presenting_a_package_tour_shows_the_picture_to_the_room(qtbot, package):
    presenter = Presenter(load_tour(package), windowed=True, size=QSize(1280, 720))
    qtbot.addWidget(presenter.audience)
    qtbot.addWidget(presenter.console)
    presenter.start()
    try:
        qtbot.waitUntil(lambda: presenter.audience.canvas.image is not None, timeout=10000)
        assert presenter.audience.canvas.image.width() > 1
    finally:
        presenter.stop()


def test_notes_of_a_package_tour_export_with_their_pictures(qtbot, tmp_path, package):
    window = make_window(qtbot, tmp_path)
    open_window(window, package)
    qtbot.keyClicks(window.view.notes.editor, "for the handout")
    out = tmp_path / "handout.html"
    with qtbot.waitSignal(window.exported, timeout=20000) as done:
        window.export_notes(out)
    assert done.args == [str(out), ""]
    html = out.read_text(encoding="utf-8")
    assert "for the handout" in html and "data:image/jpeg;base64," in html


def test_live_preview_refuses_a_package_cleanly(qtbot, tmp_path, package):
    window = make_window(qtbot, tmp_path)
    open_window(window, package)
    assert window.watcher is None, "a package is not watched for edits"


def go_to_a_stop_not_yet_shown(qtbot, window) -> None:
    window.loader.cache.clear()
    window.session.go_to_id("farming-for-happiness")  # a stop with a flat picture (the second opens on a panorama)
    qtbot.waitUntil(lambda: not window.loader.busy)


def test_a_package_cut_short_while_open_is_told_and_no_note_is_lost(qtbot, tmp_path, package, store):
    whole = package.read_bytes()
    window = make_window(qtbot, tmp_path)
    open_window(window, package)
    qtbot.waitUntil(lambda: picture_shown(window))
    qtbot.keyClicks(window.view.notes.editor, "typed before the stick was pulled")
    with package.open("r+b") as f:
        f.truncate(len(whole) // 3)
    qtbot.waitUntil(lambda: window.package_bar.isVisible(), timeout=5000)
    assert "cut short" in window.package_bar.message.text()
    go_to_a_stop_not_yet_shown(qtbot, window)  # its picture cannot be read: a placeholder, no crash
    assert window.view.gallery.canvas.message.startswith("Image not available")
    assert "cut short" in window.view.narration.player.unavailable_reason()
    tour = window.session.tour
    assert window.notebook.wait()  # saved when the participant moved on, as always
    assert store.note(tour.id, tour.stops[0].id) == "typed before the stick was pulled"
    package.write_bytes(whole)  # back again
    index = window.session.index
    window.package_bar.again.click()
    assert window.wait_until_shown()
    assert window.package_bar.isHidden() and window.session.index == index
    qtbot.waitUntil(lambda: picture_shown(window))
    assert window.view.gallery.canvas.image is not None


def test_a_package_deleted_while_open_is_told(qtbot, tmp_path, package):
    window = make_window(qtbot, tmp_path)
    open_window(window, package)
    qtbot.waitUntil(lambda: picture_shown(window))
    whole = package.read_bytes()
    package.unlink()
    qtbot.waitUntil(lambda: window.package_bar.isVisible(), timeout=5000)
    assert "is gone" in window.package_bar.message.text()
    go_to_a_stop_not_yet_shown(qtbot, window)
    assert window.view.gallery.canvas.message.startswith("Image not available")
    package.write_bytes(whole)
    window.package_bar.again.click()
    assert window.wait_until_shown()
    assert window.package_bar.isHidden()
    qtbot.waitUntil(lambda: picture_shown(window))


def test_a_package_replaced_by_another_of_the_same_name_is_told_and_reopens_as_the_new_one(
    qtbot, tmp_path, package, three_stops
):
    window = make_window(qtbot, tmp_path)
    open_window(window, package)
    qtbot.waitUntil(lambda: picture_shown(window))
    other = tmp_path / "other.tour"
    pack_tour(load_tour(three_stops), other)
    other.replace(package)
    qtbot.waitUntil(lambda: window.package_bar.isVisible(), timeout=5000)
    assert "changed or replaced" in window.package_bar.message.text()
    window.package_bar.again.click()
    assert window.wait_until_shown()
    assert window.session.tour.id == "three"
    qtbot.waitUntil(lambda: picture_shown(window))
    assert window.view.gallery.canvas.image.pixelColor(5, 5).green() > 100, "the new package's picture"
    assert QApplication.activeModalWidget() is None


def test_an_export_shows_progress_and_cancel_leaves_no_file(qtbot, tmp_path, package, monkeypatch):
    import threading

    from tourviewer.core import handout
    from tourviewer.ui.mainwindow import EXPORT_CANCELLED

    window = make_window(qtbot, tmp_path)
    open_window(window, package)
    release = threading.Event()
    real = handout.scaled_jpeg

    def slow(path, *args, **kwargs):  # the first picture waits until Cancel has been pressed
        release.wait(10)
        return real(path, *args, **kwargs)

    monkeypatch.setattr(handout, "scaled_jpeg", slow)
    out = tmp_path / "out" / "handout.pdf"
    out.parent.mkdir()
    with qtbot.waitSignal(window.exported, timeout=20000) as done:
        window.export_notes(out)
        assert window.export_dialog is not None and window.export_dialog.maximum() == 0
        window.export_dialog.canceled.emit()  # what its Cancel button sends
        release.set()
    assert done.args == [str(out), EXPORT_CANCELLED]
    assert list(out.parent.iterdir()) == [], "no half-written file"
    assert window.export_dialog is None
    assert "cancelled" in window.statusBar().currentMessage()
    with qtbot.waitSignal(window.exported, timeout=20000) as done:
        window.export_notes(out)
    assert done.args == [str(out), ""] and out.read_bytes().startswith(b"%PDF")


def test_closing_the_window_during_an_export_stops_it_and_leaves_no_file(qtbot, tmp_path, package, monkeypatch):
    import threading

    from tourviewer.core import handout

    window = make_window(qtbot, tmp_path)
    open_window(window, package)
    started = threading.Event()
    real = handout.scaled_jpeg

    def slow(path, *args, **kwargs):  # each picture takes a while: the export is still running at the close
        started.set()
        threading.Event().wait(0.3)
        return real(path, *args, **kwargs)

    monkeypatch.setattr(handout, "scaled_jpeg", slow)
    out = tmp_path / "out" / "handout.pdf"
    out.parent.mkdir()
    window.export_notes(out)
    qtbot.waitUntil(started.is_set, timeout=10000)
    exports = [t for t in threading.enumerate() if t.name == "notes-export"]
    assert exports, "the export runs on its own thread"
    window.close()
    assert not any(t.is_alive() for t in exports), "the export stopped before its window went"
    assert list(out.parent.iterdir()) == [], "no half-written file"


def zipped(folder: Path, out: Path, method: int) -> Path:
    """A tour zipped as "compress folder" does it: every file deflated, or every file stored."""
    import zipfile

    with zipfile.ZipFile(out, "w", method) as z:
        for path in sorted(folder.rglob("*")):
            z.write(path, f"{folder.name}/{path.relative_to(folder).as_posix()}")
    return out


def test_pictures_deflated_although_named_png_show_as_well(qtbot, tmp_path, three_stops):
    import zipfile

    package = zipped(three_stops, tmp_path / "three.tour", zipfile.ZIP_DEFLATED)
    window = make_window(qtbot, tmp_path)
    open_window(window, package)
    qtbot.waitUntil(lambda: picture_shown(window))
    assert window.view.gallery.canvas.image.pixelColor(5, 5).green() > 100


def test_a_damaged_entry_shows_the_placeholder_of_a_damaged_file(qtbot, tmp_path, three_stops):
    import zipfile

    from tests.tourfiles import png_bytes

    package = zipped(three_stops, tmp_path / "three.tour", zipfile.ZIP_STORED)
    raw = bytearray(package.read_bytes())
    pixels = png_bytes(400, 300, "green")[60:80]  # inside the first picture's pixel data
    at = raw.find(pixels)
    assert at > 0
    raw[at + 5] ^= 0xFF
    package.write_bytes(bytes(raw))
    window = make_window(qtbot, tmp_path)
    open_window(window, package)
    qtbot.waitUntil(lambda: not window.loader.busy and window.view.gallery.canvas.message != "Loading…")
    assert window.view.gallery.canvas.image is None
    message = "a.png cannot be decoded: the entry a.png is damaged (its checksum does not match)"
    assert window.view.gallery.canvas.message == message, "the reason, as for a damaged file in a folder"
    [problem] = [p for p in window.session.result.problems if p.code == "unreadable-media"]
    assert problem.path == ("stops", 0, "images", 0, "file") and problem.message == message
    assert window.package_bar.isHidden(), "the package is still there: only one entry is damaged"
