"""Keys in the viewer: no control traps the keyboard, and every picture of a stop can be reached."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.ui.test_mainwindow import make_window


def test_tab_leaves_the_note_and_escape_returns_to_the_tour(qtbot, tmp_path, three_stops):
    window = make_window(qtbot, tmp_path)
    window.open_path(str(three_stops))
    notes = window.view.notes
    notes.focus_note()
    qtbot.keyClicks(notes.editor, "first")
    qtbot.keyClick(notes.editor, Qt.Key.Key_Tab)
    assert "\t" not in notes.editor.toPlainText(), "Tab must not type into the note"
    assert QApplication.focusWidget() is not notes.editor, "Tab moves on"
    notes.focus_note()
    qtbot.keyClick(notes.editor, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert QApplication.focusWidget() is not notes.editor, "Shift+Tab moves back"
    notes.focus_note()
    qtbot.keyClick(notes.editor, Qt.Key.Key_Escape)
    assert QApplication.focusWidget() is window.view.gallery.canvas
    assert notes.editor.toPlainText() == "first"
    notes.preview_button.setChecked(True)
    notes.preview.setFocus()
    qtbot.keyClick(notes.preview, Qt.Key.Key_Escape)
    assert QApplication.focusWidget() is window.view.gallery.canvas


def test_left_and_right_step_through_the_pictures_when_the_gallery_has_the_keyboard(qtbot, tmp_path, three_stops):
    window = make_window(qtbot, tmp_path)
    window.open_path(str(three_stops))
    gallery, session = window.view.gallery, window.session
    gallery.canvas.setFocus()
    qtbot.keyClick(gallery.canvas, Qt.Key.Key_Right)
    assert (session.index, gallery.image_index) == (0, 1), "the stop's second picture"
    assert gallery.thumbs.currentRow() == 1
    qtbot.keyClick(gallery.canvas, Qt.Key.Key_Left)
    assert (session.index, gallery.image_index) == (0, 0)
    gallery.thumbs.setFocus()
    qtbot.keyClick(gallery.thumbs, Qt.Key.Key_Right)
    assert (session.index, gallery.image_index) == (0, 1)
    qtbot.keyClick(gallery.thumbs, Qt.Key.Key_Right)
    assert session.index == 1, "Right on the last picture goes on to the next stop"
    gallery.canvas.setFocus()
    qtbot.keyClick(gallery.canvas, Qt.Key.Key_Left)
    assert (session.index, gallery.image_index) == (0, 0), "Left on the first picture goes back a stop"
