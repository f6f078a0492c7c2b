"""A participant's smaller stumbles: help with the keys, the end of a tour, export from the library, dark colours."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from tests.ui.conftest import open_window
from tests.ui.test_mainwindow import make_window
from tourviewer.ui.mainwindow import NO_TOUR_TO_EXPORT
from tourviewer.ui.shortcuts import ShortcutsDialog
from tourviewer.ui.style import border_colour, good_colour, problem_colour


def contrast(a: QColor, b: QColor) -> float:
    """WCAG contrast ratio of two colours."""

    def luminance(c: QColor) -> float:
        def channel(v: float) -> float:
            return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF())

    hi, lo = sorted((luminance(a), luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def dark_palette() -> QPalette:
    palette = QPalette()
    for role, colour in (
        (QPalette.ColorRole.Window, "#2b2b2b"),
        (QPalette.ColorRole.Base, "#1e1e1e"),
        (QPalette.ColorRole.Text, "#f0f0f0"),
        (QPalette.ColorRole.WindowText, "#f0f0f0"),
        (QPalette.ColorRole.Mid, "#242424"),
    ):
        palette.setColor(role, QColor(colour))
    return palette


def test_f1_lists_the_keyboard_shortcuts(qtbot, tmp_path, three_stops):
    window = make_window(qtbot, tmp_path)
    open_window(window, three_stops)
    qtbot.keyClick(window, Qt.Key.Key_F1)
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, ShortcutsDialog) and w.isVisible())
    text = dialog.browser.toPlainText()
    for expected in ("Next stop", "Export notes", "Full screen", "F11", "Ctrl+Shift+N", "Escape, twice", "] / ["):
        assert expected in text, expected
    dialog.close()


def test_the_last_stop_says_the_tour_is_over_and_offers_what_next(qtbot, tmp_path, three_stops):
    window = make_window(qtbot, tmp_path)
    open_window(window, three_stops)
    bar = window.view.end_bar
    assert not bar.isVisible()
    qtbot.keyClick(window, Qt.Key.Key_End)
    assert bar.isVisible() and "end of the tour" in bar.label.text()
    bar.buttons["Start again"].click()
    assert window.session.index == 0 and not bar.isVisible()
    window.session.last()
    bar.buttons["Back to the library"].click()
    assert window.stack.currentWidget() is window.library


def test_ctrl_e_in_the_library_does_not_export_the_last_tour(qtbot, tmp_path, three_stops, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    from tourviewer.ui.exportoptions import ExportOptionsDialog

    asked = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: asked.append(a) or ("", ""))
    monkeypatch.setattr(ExportOptionsDialog, "exec", lambda self: ExportOptionsDialog.DialogCode.Accepted)
    window = make_window(qtbot, tmp_path)
    open_window(window, three_stops)
    window.show_library()
    qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert asked == [], "no export dialog for a tour that is not on screen"
    assert window.statusBar().currentMessage() == NO_TOUR_TO_EXPORT
    open_window(window, three_stops)
    window.activateWindow()  # offscreen, hiding the focused page deactivates the window
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert len(asked) == 1


def test_dark_scheme_colours_keep_their_contrast():
    dark = dark_palette()
    window = dark.color(QPalette.ColorRole.Window)
    assert contrast(good_colour(dark), window) >= 4.5, "Saved, green on dark grey"
    assert contrast(problem_colour(dark), window) >= 4.5
    assert contrast(border_colour(dark), dark.color(QPalette.ColorRole.Base)) >= 3, "a card's border shows"
    light = QPalette(QColor("#efefef"))
    assert contrast(good_colour(light), light.color(QPalette.ColorRole.Window)) >= 4.5


def test_the_notes_panel_says_saved_in_a_colour_that_reads_on_dark(qtbot, tmp_path, three_stops):
    window = make_window(qtbot, tmp_path)
    window.view.notes.setPalette(dark_palette())
    open_window(window, three_stops)
    qtbot.keyClicks(window.view.notes.editor, "x")
    qtbot.waitUntil(lambda: window.view.notes.status.text() == "Saved", timeout=5000)
    assert good_colour(dark_palette()).name() in window.view.notes.status.styleSheet()


def test_removing_a_recent_tour_forgets_it_and_the_text_size_is_remembered(qtbot, tmp_path, three_stops):
    window = make_window(qtbot, tmp_path)
    open_window(window, three_stops)
    window.view.narration.zoom_in()
    size = window.view.narration.text_size()
    window.show_library()
    window.forget_recent(str(three_stops.resolve()))
    assert window.recent() == []
    assert all(c.recent is None for c in window.library.cards)
    again = make_window(qtbot, tmp_path)
    assert again.view.narration.text_size() == size, "the text size a reader chose is kept for next time"
