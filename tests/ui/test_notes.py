"""The notes panel: saved by itself, at once when leaving, and never lost when saving fails."""

from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.ui.conftest import drain, open_window
from tourviewer.core import load_tour
from tourviewer.core.session import TourSession
from tourviewer.core.store import DB_NAME, TOUR_NOTE, Store
from tourviewer.ui.notes import SAVE_WITHIN_MS, NotesPanel


def make_panel(qtbot, folder, notebook):
    session = TourSession(notebook)
    panel = NotesPanel(session, notebook)
    qtbot.addWidget(panel)
    panel.show()
    session.open(load_tour(folder))
    drain(notebook)
    return session, notebook, panel


@pytest.fixture
def notebook(qtbot, tmp_path, three_stops, notebook_at):
    return make_panel(qtbot, three_stops, notebook_at())


def saved(tmp_path, stop_id, tour_id="three"):
    return Store(tmp_path / "data").note(tour_id, stop_id)


def test_typing_is_saved_within_a_second(qtbot, notebook, tmp_path):
    session, service, panel = notebook
    qtbot.keyClicks(panel.editor, "Ask about school meals")
    assert panel.status.text() == "Saving…"
    assert panel._save_timer.isActive() and panel._save_timer.interval() == SAVE_WITHIN_MS
    qtbot.waitUntil(lambda: panel.status.text() == "Saved", timeout=3000)
    assert saved(tmp_path, "one") == "Ask about school meals"


def test_a_stop_without_a_note_says_nothing_about_saving(qtbot, notebook):
    session, service, panel = notebook
    assert panel.editor.toPlainText() == ""
    assert panel.status.text() == "", "no note, nothing saved: 'Saved' would say otherwise"
    qtbot.keyClicks(panel.editor, "x")
    qtbot.waitUntil(lambda: panel.status.text() == "Saved", timeout=3000)
    session.next()
    drain(service)
    assert panel.status.text() == ""


def test_typing_on_does_not_put_the_save_off(qtbot, notebook):
    session, service, panel = notebook
    qtbot.keyClicks(panel.editor, "a")
    first = panel._save_timer.remainingTime()
    qtbot.wait(50)
    qtbot.keyClicks(panel.editor, "b")
    assert panel._save_timer.remainingTime() <= first, "more typing must not restart the one-second clock"


def test_leaving_the_stop_saves_at_once(qtbot, notebook, tmp_path):
    session, service, panel = notebook
    qtbot.keyClicks(panel.editor, "first stop")
    session.next()
    drain(service)
    assert saved(tmp_path, "one") == "first stop"
    assert panel.editor.toPlainText() == ""
    qtbot.keyClicks(panel.editor, "second stop")
    session.previous()
    drain(service)
    assert panel.editor.toPlainText() == "first stop"
    assert saved(tmp_path, "two") == "second stop"


def test_the_whole_tour_has_its_own_note(qtbot, notebook, tmp_path):
    session, service, panel = notebook
    panel.scope.setCurrentIndex(1)
    drain(service)
    qtbot.keyClicks(panel.editor, "about the whole trip")
    session.next()
    assert panel.editor.toPlainText() == "about the whole trip", "the tour note stays while moving"
    panel.scope.setCurrentIndex(0)
    drain(service)
    assert saved(tmp_path, TOUR_NOTE) == "about the whole trip"
    assert panel.editor.toPlainText() == ""


def test_preview_renders_markdown_without_html(qtbot, notebook):
    session, service, panel = notebook
    panel.editor.setPlainText("**bold idea** <b>not html</b>")
    panel.preview_button.click()
    assert panel.pages.currentWidget() is panel.preview
    text = panel.preview.toPlainText()
    assert "bold idea" in text and "**" not in text and "<b>not html</b>" in text
    panel.preview_button.click()
    assert panel.pages.currentWidget() is panel.editor


def test_notes_survive_reordered_and_retitled_stops(qtbot, tmp_path, three_stops, notebook_at):
    session, service, panel = make_panel(qtbot, three_stops, notebook_at())
    session.go_to_id("three")
    drain(service)
    qtbot.keyClicks(panel.editor, "kept by id")
    panel.save_now()
    assert service.close()
    toml = (three_stops / "tour.toml").read_text(encoding="utf-8")
    head, first, second, third = toml.split("[[stops]]\n")
    third = third.replace('en = "Three"', 'en = "Renamed"')
    (three_stops / "tour.toml").write_text(head + "[[stops]]\n".join(["", third, first, second]), encoding="utf-8")
    session2, service2, panel2 = make_panel(qtbot, three_stops, notebook_at())
    session2.go_to_id("three")
    drain(service2)
    assert session2.index == 0 and session2.text(session2.stop.title) == "Renamed"
    assert panel2.editor.toPlainText() == "kept by id"


def _failing_connect(monkeypatch, how: str) -> None:
    """Make every new connection to notes.db read-only, or full, as a real folder or disk would."""
    real_connect = sqlite3.connect

    def connect(path, *args, **kwargs):
        if how == "read-only":
            return real_connect(f"file:{path}?mode=ro", *args, uri=True, **kwargs)
        conn = real_connect(path, *args, **kwargs)
        pages = conn.execute("PRAGMA page_count").fetchone()[0]
        conn.execute(f"PRAGMA max_page_count = {pages}")
        return conn

    monkeypatch.setattr(sqlite3, "connect", connect)


@pytest.mark.parametrize(("how", "says"), [("read-only", "readonly"), ("full", "full")])
def test_a_read_only_or_full_store_keeps_the_text_and_says_why(
    qtbot, tmp_path, three_stops, monkeypatch, how, says, notebook_at
):
    Store(tmp_path / "data").close()  # the database exists, as after an earlier session
    _failing_connect(monkeypatch, how)
    session, service, panel = make_panel(qtbot, three_stops, notebook_at())
    long_text = "x" * 20000 if how == "full" else "my precious thought"
    panel.editor.setPlainText(long_text)
    panel.save_now()
    qtbot.waitUntil(lambda: panel.status.text().startswith("Notes cannot be saved"), timeout=5000)
    assert says in panel.status.text()
    assert panel.editor.toPlainText() == long_text
    assert not panel.is_saved()
    session.next()  # the viewer keeps working
    assert session.index == 1
    session.previous()
    drain(service)
    assert panel.editor.toPlainText() == long_text, "what could not be saved is still there"
    service.close()
    monkeypatch.undo()
    assert saved(tmp_path, "one") == ""


def test_saving_is_tried_again_when_the_store_recovers(qtbot, tmp_path, three_stops, monkeypatch, notebook_at):
    Store(tmp_path / "data").close()
    _failing_connect(monkeypatch, "read-only")
    session, service, panel = make_panel(qtbot, three_stops, notebook_at())
    panel.editor.setPlainText("waiting for the disk")
    panel.save_now()
    qtbot.waitUntil(lambda: panel.status.text().startswith("Notes cannot be saved"), timeout=5000)
    monkeypatch.undo()  # the disk is writable again: the retry opens the database anew
    panel._on_retry()
    qtbot.waitUntil(lambda: panel.status.text() == "Saved", timeout=5000)
    assert saved(tmp_path, "one") == "waiting for the disk"


def test_a_damaged_database_is_kept_aside_and_the_user_told(qtbot, tmp_path, three_stops):
    from tourviewer.ui.mainwindow import MainWindow

    data = tmp_path / "data"
    data.mkdir()
    (data / DB_NAME).write_bytes(b"this is not a database" * 100)
    window = MainWindow(data, data / "tours")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: getattr(window, "_recovered_box", None) is not None and window._recovered_box.isVisible())
    aside = window.notebook.recovered_from
    assert aside is not None and aside.read_bytes() == b"this is not a database" * 100
    assert str(aside) in window._recovered_box.text()
    window._recovered_box.close()
    open_window(window, three_stops)
    qtbot.keyClicks(window.view.notes.editor, "a fresh start")
    window.close()
    assert Store(data).note("three", "one") == "a fresh start"


def test_closing_the_window_saves_what_was_typed(qtbot, tmp_path, three_stops):
    from tourviewer.ui.mainwindow import MainWindow

    window = MainWindow(tmp_path / "data", tmp_path / "tours")
    qtbot.addWidget(window)
    window.show()
    open_window(window, three_stops)
    drain(window.notebook)
    qtbot.keyClicks(window.view.notes.editor, "typed just before quitting")
    window.close()
    assert saved(tmp_path, "one") == "typed just before quitting"


def test_ctrl_shift_n_puts_the_cursor_in_the_note(qtbot, tmp_path, three_stops):
    from tourviewer.ui.mainwindow import MainWindow

    window = MainWindow(tmp_path / "data", tmp_path / "tours")
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    open_window(window, three_stops)
    window.view.notes.scope.setCurrentIndex(1)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert QApplication.focusWidget() is window.view.notes.editor
    assert window.view.notes.scope.currentIndex() == 0
    window.close()


def test_a_one_megabyte_note(qtbot, notebook, tmp_path):
    session, service, panel = notebook
    big = ("A long field diary line with 한국어 too. " * 30 + "\n") * 900
    assert len(big.encode()) > 1_000_000
    panel.editor.setPlainText(big)
    panel.save_now()
    drain(service)
    assert saved(tmp_path, "one") == big
    session.next()
    session.previous()
    drain(service)
    assert panel.editor.toPlainText() == big


def test_a_data_folder_that_cannot_be_used_keeps_the_viewer_working(qtbot, tmp_path, three_stops):
    from tourviewer.ui.mainwindow import MainWindow

    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the data folder should be")
    window = MainWindow(blocker / "data", blocker / "tours")
    qtbot.addWidget(window)
    window.show()
    open_window(window, three_stops)
    panel = window.view.notes
    assert panel.status.text().startswith("Notes cannot be saved:")
    qtbot.keyClicks(panel.editor, "kept on screen")
    window.session.next()
    assert window.session.index == 1
    window.session.previous()
    drain(window.notebook)
    assert panel.editor.toPlainText() == "kept on screen", "unsaved text is not lost by moving around"
    window.close()


def test_going_back_to_the_library_saves_the_note(qtbot, tmp_path, three_stops):
    from tourviewer.ui.mainwindow import MainWindow

    window = MainWindow(tmp_path / "data", tmp_path / "tours")
    qtbot.addWidget(window)
    window.show()
    open_window(window, three_stops)
    drain(window.notebook)
    qtbot.keyClicks(window.view.notes.editor, "before the library")
    window.show_library()
    assert window.notebook.wait()
    assert saved(tmp_path, "one") == "before the library"
    window.close()


def test_closing_while_the_disk_is_slow_says_so_and_still_saves(qtbot, tmp_path, three_stops, monkeypatch):
    from tourviewer.ui.mainwindow import MainWindow

    window = MainWindow(tmp_path / "data", tmp_path / "tours")
    qtbot.addWidget(window)
    window.show()
    open_window(window, three_stops)
    real_save = Store.save_note

    def slow_save(self, *args):
        import time

        time.sleep(0.8)  # a slow USB stick
        return real_save(self, *args)

    monkeypatch.setattr(Store, "save_note", slow_save)
    qtbot.keyClicks(window.view.notes.editor, "written on a slow disk")
    window.close()
    assert window.saving_dialog.labelText() == "Saving your notes…", "the wait is shown"
    assert not window.saving_dialog.isVisible(), "and ends"
    assert saved(tmp_path, "one") == "written on a slow disk"
