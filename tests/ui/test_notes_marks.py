"""Finding one's notes: the stop list marks stops with a note, All notes leads to the stop's own note."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.ui.conftest import drain, open_window
from tests.ui.test_mainwindow import make_window
from tourviewer.core.store import Store
from tourviewer.ui.allnotes import stop_url
from tourviewer.ui.notes import STOP_SCOPE, TOUR_SCOPE
from tourviewer.ui.stoplist import NOTED_ROLE


def noted_rows(window) -> list[bool]:
    model = window.view.stops.model()
    return [bool(model.index(i, 0).data(NOTED_ROLE)) for i in range(model.rowCount())]


def test_the_stop_list_marks_stops_that_have_a_note(qtbot, tmp_path, three_stops):
    Store(tmp_path / "data").save_note("three", "three", "written before")
    window = make_window(qtbot, tmp_path)
    open_window(window, three_stops)
    assert noted_rows(window) == [False, False, True], "notes written before are marked when the tour opens"
    tip = window.view.stops.model().index(2, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert tip == "Not visited yet, has a note"
    qtbot.keyClicks(window.view.notes.editor, "a thought")
    window.view.notes.save_now()
    qtbot.waitUntil(lambda: noted_rows(window) == [True, False, True], timeout=5000)
    window.view.notes.editor.clear()
    window.view.notes.save_now()
    qtbot.waitUntil(lambda: noted_rows(window) == [False, False, True], timeout=5000)
    window.view.notes.scope.setCurrentIndex(TOUR_SCOPE)
    qtbot.keyClicks(window.view.notes.editor, "about the whole tour")
    window.view.notes.save_now()
    qtbot.waitUntil(window.view.notes.is_saved, timeout=5000)
    drain(window.notebook)
    assert noted_rows(window) == [False, False, True], "the tour's own note marks no stop"


def test_choosing_a_stop_in_all_notes_shows_its_note(qtbot, tmp_path, three_stops):
    Store(tmp_path / "data").save_note("three", "two", "on the second stop")
    window = make_window(qtbot, tmp_path)
    open_window(window, three_stops)
    notes = window.view.notes
    notes.scope.setCurrentIndex(TOUR_SCOPE)
    window.show_all_notes()
    window._all_notes.browser.anchorClicked.emit(stop_url("two"))
    assert window.session.stop.id == "two"
    assert notes.scope.currentIndex() == STOP_SCOPE
    drain(window.notebook)  # the note is read from the notebook
    assert notes.editor.toPlainText() == "on the second stop"
