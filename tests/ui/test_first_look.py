"""What a tour's first look holds, and what is made only after it or only when needed."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QEvent, QObject

from tests.tourfiles import png_bytes, write_tour
from tests.ui.conftest import open_window, shown_window
from tests.ui.test_panorama import TOUR as PANORAMA_TOUR
from tests.ui.test_panorama import quarters_png
from tourviewer.ui.mainwindow import MainWindow

SAMPLE = Path(__file__).resolve().parents[2] / "tours" / "hongsung"


class _AtFirstPicture(QObject):
    """Notes, at the first paint of the canvas with a picture on it, whether the window had made its maps."""

    def __init__(self, window: MainWindow):
        super().__init__()
        self.window = window
        self.maps_made: bool | None = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        canvas = self.window.view.gallery.canvas
        if event.type() == QEvent.Type.Paint and canvas.image is not None and self.maps_made is None:
            self.maps_made = self.window.view._map is not None
        return False


def test_the_maps_are_made_right_after_the_first_picture_is_painted(qtbot, tmp_path):
    window = shown_window(qtbot, tmp_path)
    watcher = _AtFirstPicture(window)
    window.view.gallery.canvas.installEventFilter(watcher)
    open_window(window, SAMPLE)
    qtbot.waitUntil(lambda: watcher.maps_made is not None)
    assert watcher.maps_made is False, "the first picture did not wait for the maps"
    qtbot.waitUntil(lambda: window.view._map is not None)
    overview = window.view.map.overview
    qtbot.waitUntil(lambda: len(overview.marker_positions()) == len(window.session.tour.stops))
    assert window.view.map.isVisible()


def test_the_maps_take_their_place_in_the_tab_order_after_the_thumbnails(qtbot, tmp_path, three_stops):
    window = shown_window(qtbot, tmp_path)
    open_window(window, three_stops)
    qtbot.waitUntil(lambda: window.view._map is not None)
    view = window.view
    view.gallery.thumbs.setFocus()
    qtbot.waitUntil(view.gallery.thumbs.hasFocus)
    view.gallery.thumbs.focusNextChild()
    focused = window.focusWidget()
    assert focused is view.map or view.map.isAncestorOf(focused)


def test_a_tour_without_panoramas_never_makes_the_panorama_view(qtbot, tmp_path, three_stops):
    window = shown_window(qtbot, tmp_path)
    open_window(window, three_stops)
    for _ in range(2):
        window.session.next()
    qtbot.wait(50)
    assert window.view.gallery._panorama is None


def test_a_stop_that_opens_on_a_panorama_makes_its_view_and_opens_the_gate(qtbot, tmp_path):
    folder = write_tour(
        tmp_path / "p", PANORAMA_TOUR, {"pano.png": quarters_png(1024, 512), "flat.png": png_bytes(400, 200, "white")}
    )
    window = shown_window(qtbot, tmp_path)
    open_window(window, folder)
    gallery = window.view.gallery
    assert gallery.showing_panorama()
    qtbot.waitUntil(lambda: gallery.panorama.ready)
    # the gate waited for the panorama's first view, then let the maps be made
    qtbot.waitUntil(lambda: window.view._map is not None)


def test_the_collector_waits_while_the_program_starts_and_runs_again_once_a_stop_is_shown(qtbot, tmp_path, monkeypatch):
    import gc

    from tourviewer.ui import application
    from tourviewer.ui.application import hold_collection

    monkeypatch.setattr(application, "COLLECT_AGAIN_MS", 600_000)  # only the first stop's paint resumes it here
    monkeypatch.setattr(application, "_collector", None)
    hold_collection()
    window = shown_window(qtbot, tmp_path)
    try:
        assert not application.collection_resumed()
        assert sys.getswitchinterval() == application.STARTING_TURN_S, "the UI thread keeps Python's own turn"
        frozen_before = gc.get_freeze_count()
        open_window(window, SAMPLE)
        qtbot.waitUntil(application.collection_resumed)  # once the first stop has painted
        assert gc.get_freeze_count() > frozen_before, "what the start made is set aside from later collections"
        assert not gc.isenabled(), "collected by the UI thread only, never automatically"
        assert sys.getswitchinterval() == application.TURN_S, "the decoding threads get their turns quickly"
        application.application()  # another window's application, later: the quick turns stay
        assert sys.getswitchinterval() == application.TURN_S
    finally:
        gc.unfreeze()
        sys.setswitchinterval(application.TURN_S)


def test_the_collector_runs_again_after_a_while_when_no_tour_is_shown(qtbot, tmp_path, monkeypatch):
    from tourviewer.ui import application
    from tourviewer.ui.application import hold_collection

    monkeypatch.setattr(application, "COLLECT_AGAIN_MS", 50)
    monkeypatch.setattr(application, "_collector", None)
    hold_collection()
    window = shown_window(qtbot, tmp_path)
    window.show_library()
    assert not application.collection_resumed()
    qtbot.waitUntil(application.collection_resumed, timeout=2000)


def test_garbage_is_collected_on_the_ui_thread_never_on_a_decoder_thread(qtbot, monkeypatch):
    import threading

    from tourviewer.ui import application

    monkeypatch.setattr(application, "_collector", None)
    application.resume_collection()
    freed_on: list[str] = []

    class Cycle:
        def __init__(self) -> None:
            self.me = self

        def __del__(self) -> None:
            freed_on.append(threading.current_thread().name)

    def make_garbage() -> None:  # far past the point where Python would collect, on a decoding thread
        for _ in range(2000):
            Cycle()

    worker = threading.Thread(target=make_garbage, name="image-decoder")
    worker.start()
    worker.join()
    assert freed_on == [], "nothing is collected on the thread that allocates"
    qtbot.waitUntil(lambda: len(freed_on) == 2000, timeout=3000)
    assert set(freed_on) == {threading.main_thread().name}
