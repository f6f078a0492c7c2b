"""Keys in the viewer: no control traps the keyboard, and every picture of a stop can be reached."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.ui.conftest import open_window
from tests.ui.test_mainwindow import make_window


def test_tab_leaves_the_note_and_escape_returns_to_the_tour(qtbot, tmp_path, three_stops):
    window = make_window(qtbot, tmp_path)
    open_window(window, three_stops)
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
    open_window(window, three_stops)
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


def test_tab_goes_through_the_tour_in_reading_order_with_a_visible_ring(qtbot, tmp_path, three_stops):
    window = make_window(qtbot, tmp_path)
    open_window(window, three_stops)
    view = window.view
    narration = view.narration
    parts = [
        ("stops", view.stops),
        ("picture", view.gallery.canvas),
        ("thumbnails", view.gallery.thumbs),
        ("map", view.map),
        ("narration", narration.narration),
        ("player", narration.player),  # hidden at a stop without a recording, as here: Tab passes it by
        ("transcript", narration.transcript),
        ("notes", view.notes),
    ]

    def part() -> str:
        focused = QApplication.focusWidget()
        return next((name for name, w in parts if w is focused or w.isAncestorOf(focused)), repr(focused))

    view.stops.setFocus()
    seen = [part()]
    for _ in range(14):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        if part() != seen[-1]:
            seen.append(part())
        if part() == "notes":
            break
    assert seen == ["stops", "picture", "thumbnails", "map", "narration", "notes"], seen
    chain, widget = ["stops"], view.stops
    for _ in range(400):  # the whole focus chain, hidden parts included
        widget = widget.nextInFocusChain()
        if not widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            continue  # never reached by Tab
        name = next((n for n, w in parts if w is widget or w.isAncestorOf(widget)), None)
        if name and (not chain or chain[-1] != name):
            chain.append(name)
        if widget is view.stops:
            break
    assert chain[: len(parts)] == [name for name, _ in parts], chain
    ring = view.focus_ring
    assert ring.isVisible() and ring.target is view.notes
    assert ring.geometry().size() == view.notes.size()
    view.narration.narration.setFocus()
    assert ring.target is narration.narration and ring.isVisible()
