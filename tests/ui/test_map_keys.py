"""The map's own keys win over the window's while the map has focus."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from tests.ui.conftest import open_window
from tests.ui.test_mainwindow import make_window

SAMPLE = Path(__file__).resolve().parents[2] / "tours" / "hongsung"


def test_arrow_keys_on_the_focused_map_choose_markers_instead_of_changing_stop(qtbot, tmp_path):
    window = make_window(qtbot, tmp_path)
    open_window(window, SAMPLE)
    overview = window.view.map.overview
    qtbot.waitUntil(lambda: len(overview.marker_positions()) == 4)
    overview.setFocus()
    qtbot.waitUntil(overview.hasFocus)
    qtbot.keyClick(overview, Qt.Key.Key_Right)
    qtbot.keyClick(overview, Qt.Key.Key_Right)
    assert window.session.index == 0 and overview.chosen_marker() == 2
    qtbot.keyClick(overview, Qt.Key.Key_Space)
    assert window.session.index == 2
    qtbot.keyClick(overview, Qt.Key.Key_Home)  # a key the map leaves alone still works
    assert window.session.index == 0
