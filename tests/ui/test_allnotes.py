"""All notes: every stop in order with its note, the tour's note, notes on removed stops,
Markdown without HTML, and following a stop's title."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt, QUrl
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QDialog

from tests.tourfiles import png_bytes
from tests.ui.conftest import drain
from tourviewer.core import load_tour
from tourviewer.core.session import TourSession
from tourviewer.core.store import TOUR_NOTE
from tourviewer.ui.allnotes import NO_NOTE, REMOVED, WHOLE_TOUR, AllNotesDialog, stop_url


@pytest.fixture
def session(three_stops, notebook):
    session = TourSession(notebook)
    session.open(load_tour(three_stops))
    return session


@pytest.fixture
def dialog(qtbot, session, notebook):
    def make() -> AllNotesDialog:
        dialog = AllNotesDialog(session, notebook)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        drain(notebook)
        return dialog

    return make


def lines(dialog: AllNotesDialog) -> list[str]:
    return [line for line in dialog.browser.toPlainText().splitlines() if line.strip()]


def anchor_point(dialog: AllNotesDialog, href: str) -> QPoint:
    """Where the link to `href` is drawn, in the browser's viewport."""
    block = dialog.browser.document().begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            if fragment.charFormat().anchorHref() == href:
                cursor = QTextCursor(dialog.browser.document())
                cursor.setPosition(fragment.position() + 1)
                return dialog.browser.cursorRect(cursor).center()
            it += 1
        block = block.next()
    raise AssertionError(f"no link to {href}")


def test_lists_every_stop_in_order_with_its_note(dialog, session, store):
    store.save_note("three", "two", "The blue square was *small*")
    shown = lines(dialog())
    assert shown == [WHOLE_TOUR, NO_NOTE, "1. One", NO_NOTE, "2. Two", "The blue square was small", "3. Three", NO_NOTE]


def test_the_tour_note_comes_first(dialog, session, store):
    store.save_note("three", TOUR_NOTE, "A tour of squares")
    assert lines(dialog())[:2] == [WHOLE_TOUR, "A tour of squares"]


def test_notes_on_removed_stops_come_last_and_are_kept(dialog, session, store):
    store.save_note("three", "four", "A stop that the curator took out")
    store.save_note("three", "one", "Still here")
    shown = lines(dialog())
    assert shown[-3:] == [REMOVED, "Stop \u201cfour\u201d", "A stop that the curator took out"]
    assert "Still here" in shown
    assert store.note("three", "four") == "A stop that the curator took out", "never deleted"


def test_without_removed_notes_there_is_no_such_section(dialog):
    assert REMOVED not in lines(dialog())


def test_notes_are_markdown_without_html(dialog, session, store):
    store.save_note("three", "one", "**Bold** idea\n\n- first\n- second\n\n<b>tag</b> <script>x</script>")
    d = dialog()
    shown = lines(d)
    assert "Bold idea" in shown and "first" in shown and "second" in shown
    assert "<b>tag</b> <script>x</script>" in shown, "raw HTML is shown as text"
    found = d.browser.document().find("Bold")
    assert found.charFormat().fontWeight() >= 600


def test_no_note_yet_is_greyed(dialog):
    d = dialog()
    cursor = d.browser.document().find(NO_NOTE)
    text_colour = d.browser.palette().color(d.browser.foregroundRole())
    assert cursor.charFormat().foreground().color() != text_colour
    assert cursor.charFormat().fontItalic()


def test_pictures_in_notes_are_not_loaded(dialog, session, tmp_path, store):
    picture = tmp_path / "private.png"
    picture.write_bytes(png_bytes(20, 20, "red"))
    store.save_note("three", "one", f"![mine]({picture.as_uri()}) and ![rel](a.png)")
    d = dialog()
    assert d.browser.loadResource(2, QUrl(picture.as_uri())).isNull()


def test_clicking_a_stop_goes_there_and_closes(qtbot, dialog, session):
    d = dialog()
    with qtbot.waitSignal(session.stopChanged) as moved:
        qtbot.mouseClick(d.browser.viewport(), Qt.MouseButton.LeftButton, pos=anchor_point(d, "stop:two"))
    assert moved.args == [1]
    assert d.result() == QDialog.DialogCode.Accepted and not d.isVisible()


def test_keyboard_tab_and_enter_follow_a_stop(qtbot, dialog, session):
    session.go_to(2)
    d = dialog()
    d.browser.setFocus()
    qtbot.keyClick(d.browser, Qt.Key.Key_Tab)  # to the first link: stop 1
    assert d.browser.textCursor().selectedText() == "1. One"
    qtbot.keyClick(d.browser, Qt.Key.Key_Tab)
    qtbot.keyClick(d.browser, Qt.Key.Key_Backtab)
    assert d.browser.textCursor().charFormat().anchorHref() == "stop:one"
    with qtbot.waitSignal(session.stopChanged):
        qtbot.keyClick(d.browser, Qt.Key.Key_Return)
    assert session.index == 0
    assert not d.isVisible()


def test_web_links_in_notes_open_only_in_the_browser(qtbot, dialog, session, store):
    store.save_note("three", "one", "See [the farm](https://example.org/farm) or [a file](file:///etc/passwd)")
    d = dialog()
    opened = []
    d.open_url = opened.append
    qtbot.mouseClick(d.browser.viewport(), Qt.MouseButton.LeftButton, pos=anchor_point(d, "https://example.org/farm"))
    qtbot.mouseClick(d.browser.viewport(), Qt.MouseButton.LeftButton, pos=anchor_point(d, "file:///etc/passwd"))
    assert opened == [QUrl("https://example.org/farm")]
    assert d.isVisible() and session.index == 0


def test_refresh_reads_the_notes_again(dialog, session, store):
    d = dialog()
    assert "Written later" not in lines(d)
    store.save_note("three", "three", "Written later")
    d.refresh()
    drain(d.notebook)
    assert lines(d)[-1] == "Written later"


def test_follows_the_language(qtbot, dialog, session):
    d = dialog()
    with qtbot.waitSignal(session.languageChanged):
        session.set_language("ko")
    drain(d.notebook)
    assert "2. 둘" in lines(d)
    assert d.windowTitle() == "All notes \u2014 세 곳"


def test_names_for_assistive_technology(dialog):
    d = dialog()
    assert d.accessibleName() == "All notes"
    assert d.browser.accessibleName() == "Your notes by stop"


def test_stop_links_name_the_stop():
    assert stop_url("collabo-farm").toString() == "stop:collabo-farm"
    assert stop_url("collabo-farm").path() == "collabo-farm"
