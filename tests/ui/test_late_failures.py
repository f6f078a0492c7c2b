"""Pictures that fail to decode on the map panel and when presenting are counted as the tour's problems,
with the file and the reason, as the gallery's are."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize

from tests import hostile
from tests.tourfiles import MINIMAL, png_bytes, write_tour
from tests.ui.conftest import open_window, shown_window
from tourviewer.core.loader import load_tour

MAP_TOUR = """format = 1
id = "plan"
title = "Site plan"

[map]
image = "maps/plan.png"

[[stops]]
id = "gate"
title = "Gate"
position = { x = 20, y = 25 }
[[stops.images]]
file = "gate.png"
alt = "a"
credit = "c"

[[stops]]
id = "barn"
title = "Barn"
[stops.map]
image = "maps/barn.png"
bounds = { west = 126.85, south = 35.95, east = 126.95, north = 36.05 }
"""

TWO_PICTURES = (
    MINIMAL
    + '[[stops.images]]\nfile = "images/x.png"\nalt = "a"\ncredit = "c"\n'
    + '[[stops]]\nid = "b"\ntitle = "B"\n[[stops.images]]\nfile = "images/y.png"\nalt = "a"\ncredit = "c"\n'
)


def late(result) -> dict[tuple, str]:
    return {p.path: p.message for p in result.problems if p.code == "unreadable-media"}


def test_a_map_picture_that_cannot_be_decoded_is_counted_and_listed(qtbot, tmp_path):
    folder = write_tour(
        tmp_path / "t",
        MAP_TOUR,
        {
            "maps/plan.png": hostile.truncated_png(),
            "maps/barn.png": hostile.broken_png_stream(),
            "gate.png": png_bytes(),
        },
    )
    window = shown_window(qtbot, tmp_path)
    open_window(window, folder)
    result, bar = window.session.result, window.view.warnings
    qtbot.waitUntil(lambda: ("map", "image") in late(result), timeout=10_000)
    assert late(result)[("map", "image")].startswith("maps/plan.png cannot be decoded: the PNG is cut short")
    assert bar.isVisible() and "1 error" in bar.label.text()
    window.session.next()  # the stop's own map, in the map panel's second tab
    window.view.map.setCurrentIndex(window.view.map.STOP_TAB)
    qtbot.waitUntil(lambda: ("stops", 1, "map", "image") in late(result), timeout=10_000)
    assert late(result)[("stops", 1, "map", "image")].startswith(
        "maps/barn.png cannot be decoded: the PNG's picture data is damaged"
    )
    assert "2 errors" in bar.label.text()
    window.view.map.overview._rebuild()  # drawn again: counted once
    qtbot.wait(50)
    assert len(late(result)) == 2
    window.show_problems()
    rows = [window._problems.list.topLevelItem(i) for i in range(window._problems.list.topLevelItemCount())]
    listed = {r.text(3): r.text(4) for r in rows if r.text(2) == "unreadable-media"}
    assert listed["map.image"].startswith("maps/plan.png cannot be decoded: the PNG is cut short")
    assert any(key.endswith("map.image") and key != "map.image" for key in listed), listed
    window._problems.close()


@pytest.mark.parametrize("gone", [False, True])
def test_a_map_picture_gone_since_the_tour_was_read_is_not_the_tours_problem(qtbot, tmp_path, gone):
    from tests.ui.test_mapview import open_tour
    from tourviewer.ui.mapview import MapView

    folder = write_tour(tmp_path / "t", MAP_TOUR, {"maps/plan.png": hostile.truncated_png(), "gate.png": png_bytes()})
    session = open_tour(folder)  # the header is read here
    if gone:
        (folder / "maps" / "plan.png").unlink()
    told = []
    view = MapView(session, "tour")
    view.pictureFailed.connect(lambda *args: told.append(args))
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(lambda: "not available" in view.message() or "cannot be decoded" in view.message())
    if gone:
        assert view.message() == "Map image not available: plan.png" and told == []
    else:
        assert told == [(("map", "image"), "maps/plan.png", told[0][2])] and "cut short" in told[0][2]


def presenter_for(qtbot, folder):
    from tourviewer.ui.present import Presenter

    presenter = Presenter(load_tour(folder), windowed=True, size=QSize(960, 540))
    qtbot.addWidget(presenter.audience)
    qtbot.addWidget(presenter.console)
    return presenter


def test_pictures_the_presenter_console_cannot_decode_join_the_tours_problems(qtbot, tmp_path):
    folder = write_tour(
        tmp_path / "t",
        TWO_PICTURES,
        {"images/x.png": hostile.broken_png_stream(), "images/y.png": hostile.truncated_png()},
    )
    presenter = presenter_for(qtbot, folder)
    result = presenter.presentation.console.result
    with qtbot.waitSignal(presenter.problemsAdded, timeout=10_000):
        presenter.start()
    qtbot.waitUntil(lambda: len(late(result)) == 2, timeout=10_000)  # the current picture and the next one
    assert late(result)[("stops", 0, "images", 0, "file")].startswith(
        "images/x.png cannot be decoded: the PNG's picture data is damaged"
    )
    assert late(result)[("stops", 1, "images", 0, "file")].startswith(
        "images/y.png cannot be decoded: the PNG is cut short"
    )
    presenter.stop()


def test_a_picture_the_audience_window_cannot_decode_joins_the_tours_problems(qtbot, tmp_path):
    folder = write_tour(
        tmp_path / "t", TWO_PICTURES, {"images/x.png": hostile.broken_png_stream(), "images/y.png": png_bytes()}
    )
    presenter = presenter_for(qtbot, folder)
    for slot in (presenter.console.current_slot, presenter.console.next_slot):
        slot.unavailable.disconnect()  # only the audience window tells
    presenter.start()
    result = presenter.presentation.console.result
    qtbot.waitUntil(lambda: ("stops", 0, "images", 0, "file") in late(result), timeout=10_000)
    assert "cannot be decoded" in late(result)[("stops", 0, "images", 0, "file")]
    presenter.stop()


def test_presenting_from_the_viewer_counts_in_the_viewers_problems_bar(qtbot, tmp_path):
    folder = write_tour(
        tmp_path / "t", TWO_PICTURES, {"images/x.png": png_bytes(), "images/y.png": hostile.truncated_png()}
    )
    window = shown_window(qtbot, tmp_path)
    open_window(window, folder)
    bar = window.view.warnings
    assert not late(window.session.result)
    window.present()  # the console shows stop 2's picture as the next one: only there is it decoded
    qtbot.addWidget(window.presenter.console)
    qtbot.addWidget(window.presenter.audience)
    qtbot.waitUntil(lambda: ("stops", 1, "images", 0, "file") in late(window.session.result), timeout=10_000)
    assert bar.isVisible() and "1 error" in bar.label.text()
    window.presenter.stop()


def test_a_packaged_tours_picture_that_cannot_be_decoded_says_why_and_is_counted(qtbot, tmp_path):
    import zipfile

    from tourviewer.core.curate import pack_tour

    folder = write_tour(
        tmp_path / "t", TWO_PICTURES, {"images/x.png": hostile.noisy_png(), "images/y.png": png_bytes()}
    )
    whole, package = tmp_path / "whole.tour", tmp_path / "t.tour"
    pack_tour(load_tour(folder), whole)
    with zipfile.ZipFile(whole) as src, zipfile.ZipFile(package, "w") as out:  # damaged after packing
        for entry in src.infolist():
            data = src.read(entry)
            out.writestr(entry, hostile.truncated_png() if entry.filename.endswith("images/x.png") else data)
    window = shown_window(qtbot, tmp_path)
    open_window(window, package)
    canvas = window.view.gallery.canvas
    qtbot.waitUntil(lambda: "cannot be decoded" in (canvas.message or ""), timeout=10_000)
    assert canvas.message.startswith("images/x.png cannot be decoded: the PNG is cut short")
    assert late(window.session.result)[("stops", 0, "images", 0, "file")].startswith("images/x.png cannot be decoded")
    assert "1 error" in window.view.warnings.label.text()
