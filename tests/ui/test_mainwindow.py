"""The main window: library, opening tours, moving around by keys and buttons, problems."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget

from tests.core.test_checked import settle
from tests.tourfiles import MINIMAL, png_bytes, write_tour
from tests.ui.conftest import drain, open_window
from tourviewer.core.store import Store
from tourviewer.ui.mainwindow import MainWindow
from tourviewer.ui.problems import ProblemsDialog
from tourviewer.ui.stoplist import VISITED_ROLE


def make_window(qtbot, tmp_path) -> MainWindow:
    window = MainWindow(Store(tmp_path / "data"), tmp_path / "data" / "tours")
    qtbot.addWidget(window)
    window.resize(1400, 860)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)  # window shortcuts need an active window
    return window


def press(qtbot, window, key) -> None:
    qtbot.keyClick(window, key)


def test_keys_move_through_the_tour(qtbot, tmp_path, three_stops):
    window = make_window(qtbot, tmp_path)
    open_window(window, three_stops)
    session = window.session
    assert window.view.position.text() == "Stop 1 of 3"
    assert QApplication.focusWidget() is window.view.gallery.canvas, "keys go to the tour, not a button"
    for key, expected in [
        (Qt.Key.Key_Right, 1),
        (Qt.Key.Key_Left, 0),
        (Qt.Key.Key_PageDown, 1),
        (Qt.Key.Key_PageUp, 0),
        (Qt.Key.Key_Space, 1),
        (Qt.Key.Key_End, 2),
        (Qt.Key.Key_Home, 0),
    ]:
        press(qtbot, window, key)
        assert session.index == expected, key
    assert window.view.previous_button.isEnabled() is False
    window.view.next_button.click()
    assert window.view.position.text() == "Stop 2 of 3"
    window.view.previous_button.click()
    assert session.index == 0


def test_stop_list_numbers_titles_and_visited_marks(qtbot, tmp_path, three_stops):
    window = make_window(qtbot, tmp_path)
    open_window(window, three_stops)
    stops = window.view.stops
    rows = [stops.model().index(i, 0) for i in range(3)]
    assert [row.data() for row in rows] == ["1. One", "2. Two", "3. Three"]
    assert [row.data(VISITED_ROLE) for row in rows] == [True, False, False]
    assert [row.data(Qt.ItemDataRole.AccessibleDescriptionRole) for row in rows] == [
        "visited",
        "not visited yet",
        "not visited yet",
    ]
    assert stops.current_row() == 0 and stops.selectionModel().isSelected(rows[0])
    stops.setCurrentIndex(rows[2])
    assert window.session.index == 2
    assert rows[2].data(VISITED_ROLE) is True and rows[2].data(Qt.ItemDataRole.ToolTipRole) == "Visited"
    assert rows[2].data(Qt.ItemDataRole.AccessibleDescriptionRole) == "visited"
    window.session.go_to(1)
    assert stops.current_row() == 1 and stops.selectionModel().selectedRows() == [rows[1]]


def test_the_stop_list_goes_where_it_is_clicked_and_follows_its_keys(qtbot, tmp_path, three_stops):
    window = make_window(qtbot, tmp_path)
    open_window(window, three_stops)
    stops = window.view.stops
    rect = stops.visualRect(stops.model().index(2, 0))
    qtbot.mouseClick(stops.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.session.index == 2
    stops.setFocus()
    qtbot.keyClick(stops, Qt.Key.Key_Up)
    assert window.session.index == 1 and stops.current_row() == 1
    qtbot.keyClick(stops, Qt.Key.Key_Home)
    assert window.session.index == 0


def test_language_menu_switches_and_is_remembered(qtbot, tmp_path, three_stops):
    window = make_window(qtbot, tmp_path)
    open_window(window, three_stops)
    window.session.go_to(1)
    actions = {a.data(): a for a in window.language_group.actions()}
    assert set(actions) == {"en", "ko"} and actions["en"].isChecked()
    actions["ko"].trigger()
    assert window.session.language == "ko" and window.session.index == 1
    assert window.view.stops.model().index(1, 0).data().startswith("2. 둘")
    assert window.view.title.text() == "세 곳"
    window.close()
    again = make_window(qtbot, tmp_path)
    open_window(again, three_stops)
    assert again.session.language == "ko"
    assert again.session.index == 1, "reopening returns to where the participant left"


def test_a_broken_tour_opens_the_problems_dialog(qtbot, tmp_path):
    broken = write_tour(tmp_path / "broken", 'format = 1\nid = "x"\ntitle = 3\n')
    window = make_window(qtbot, tmp_path)
    assert window.open_path(str(broken)) is False
    dialog = window._problems
    assert isinstance(dialog, ProblemsDialog) and dialog.isVisible()
    rows = [dialog.list.topLevelItem(i) for i in range(dialog.list.topLevelItemCount())]
    assert any(r.text(2) == "wrong-type" and r.text(1) == "tour.toml:3:1" for r in rows)
    assert any(r.text(2) == "missing-key" for r in rows)
    dialog.close()


def test_warnings_show_in_a_dismissible_bar(qtbot, tmp_path):
    warned = write_tour(tmp_path / "w", MINIMAL + '[[stops.images]]\nfile = "p.png"\n', {"p.png": png_bytes()})
    window = make_window(qtbot, tmp_path)
    open_window(window, warned)
    bar = window.view.warnings
    assert bar.isVisible() and "2 warnings" in bar.label.text()
    close = next(b for b in bar.findChildren(QAbstractButton) if b.accessibleName() == "Dismiss warnings")
    close.click()
    assert not bar.isVisible()


def _top(widget: QWidget) -> int:
    return widget.mapTo(widget.window(), widget.rect().topLeft()).y()


def test_the_bars_over_a_tour_are_made_when_first_shown(qtbot, tmp_path, three_stops):
    """A tour without problems, not at its end, from a folder: no bar over it, none made (a quicker start)."""
    from tourviewer.ui.endoftour import EndOfTourBar
    from tourviewer.ui.packagewatch import PackageBar
    from tourviewer.ui.problems import WarningBar

    window = make_window(qtbot, tmp_path)
    open_window(window, three_stops)
    for kind in (WarningBar, EndOfTourBar, PackageBar):
        assert window.findChildren(kind) == [], kind.__name__
    qtbot.keyClick(window, Qt.Key.Key_End)
    [end] = window.findChildren(EndOfTourBar)
    qtbot.waitUntil(end.isVisible)
    view = window.view
    assert _top(view.next_button) < _top(end) < _top(view.splitter), "under the stop bar, over the tour"
    view.show_search()
    qtbot.waitUntil(view.search.isVisible)
    assert _top(end) < _top(view.search) < _top(view.splitter), "the search opens under the end-of-tour bar"
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    qtbot.keyClick(window, Qt.Key.Key_Home)
    qtbot.waitUntil(lambda: not end.isVisible())
    assert window.findChildren(WarningBar) == []


def test_the_problems_bar_is_made_above_the_stop_bar_and_goes_with_the_problems(qtbot, tmp_path, three_stops):
    warned = write_tour(tmp_path / "w", MINIMAL + '[[stops.images]]\nfile = "p.png"\n', {"p.png": png_bytes()})
    window = make_window(qtbot, tmp_path)
    open_window(window, warned)
    bar = window.view.warnings
    qtbot.waitUntil(bar.isVisible)
    assert _top(bar) < _top(window.view.next_button)
    open_window(window, three_stops)  # a tour without problems: the bar goes
    qtbot.waitUntil(lambda: not bar.isVisible())


def test_library_lists_samples_recent_and_user_tours(qtbot, tmp_path, three_stops):
    user = tmp_path / "data" / "tours"
    write_tour(user / "mine", MINIMAL.replace('title = "T"', 'title = "Mine"', 1))
    window = make_window(qtbot, tmp_path)
    open_window(window, three_stops)
    window.show_library()
    drain(window.notebook)
    titles = [c.card.title for c in window.library.cards]
    assert titles[0] == "Three stops", "recent first"
    assert "Mine" in titles
    assert any(t.startswith("Hongsung") for t in titles) and any(t.startswith("Gunsan") for t in titles)
    card = window.library.cards[0]
    assert card.progress.format() == "1 of 3 visited"
    with qtbot.waitSignal(window.session.tourChanged):
        qtbot.keyClick(card, Qt.Key.Key_Return)
    assert window.stack.currentWidget() is window.view


def test_dropping_a_tour_folder_opens_it(qtbot, tmp_path, three_stops):
    window = make_window(qtbot, tmp_path)
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(three_stops))])
    event = QDropEvent(
        QPointF(10, 10), Qt.DropAction.CopyAction, data, Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier
    )
    window.dropEvent(event)
    assert window.wait_until_shown()
    assert window.session.tour is not None and window.session.tour.id == "three"


def test_full_screen_toggles_with_f11(qtbot, tmp_path, three_stops):
    window = make_window(qtbot, tmp_path)
    open_window(window, three_stops)
    press(qtbot, window, Qt.Key.Key_F11)
    assert window.windowState() & Qt.WindowState.WindowFullScreen
    press(qtbot, window, Qt.Key.Key_F11)
    assert not window.windowState() & Qt.WindowState.WindowFullScreen


def test_main_controls_have_accessible_names(qtbot, tmp_path, three_stops):
    window = make_window(qtbot, tmp_path)
    open_window(window, three_stops)
    qtbot.waitUntil(lambda: window.view._map is not None)  # the maps come right after the first picture
    names = {w.accessibleName() for w in window.findChildren(QWidget)}
    for expected in ["Previous stop", "Next stop", "Stops", "Picture", "Map", "Narration"]:
        assert expected in names, expected
    unnamed = [
        b for b in window.view.findChildren(QAbstractButton) if b.isVisible() and not (b.accessibleName() or b.text())
    ]
    assert unnamed == []


def test_the_sample_tour_opens_at_its_first_stop(qtbot, tmp_path):
    window = make_window(qtbot, tmp_path)
    sample = Path(__file__).resolve().parents[2] / "tours" / "hongsung"
    open_window(window, sample)
    assert window.session.stop.id == "arrival"
    assert window.windowTitle().startswith("Hongsung")
    QApplication.processEvents()


def test_opening_and_walking_a_tour_makes_no_network_connection(qtbot, tmp_path, monkeypatch):
    import socket

    attempts = []

    def refuse(self, address, *args):
        attempts.append(address)
        raise OSError("no network in tests")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    window = make_window(qtbot, tmp_path)
    sample = Path(__file__).resolve().parents[2] / "tours" / "gunsan"
    open_window(window, sample)
    for _ in range(window.session.count):
        window.session.next()
        QApplication.processEvents()
    window.session.set_language("ko")
    QApplication.processEvents()
    assert attempts == []


def test_ctrl_f_searches_text_and_notes_and_goes_to_the_stop(qtbot, tmp_path, three_stops):
    window = make_window(qtbot, tmp_path)
    open_window(window, three_stops)
    qtbot.keyClicks(window.view.notes.editor, "remember the greenhouse")
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    search = window.view.search
    assert search.isVisible() and QApplication.focusWidget() is search.field
    window.session.go_to(2)
    qtbot.keyClicks(search.field, "greenhouse")
    qtbot.keyClick(search.field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(search.hits()) == 1)
    assert search.hits()[0].kind == "note"
    qtbot.keyClick(search.field, Qt.Key.Key_Down)
    qtbot.keyClick(search.results, Qt.Key.Key_Return)
    assert window.session.stop.id == "one"
    assert not search.isVisible()


def test_all_notes_lists_what_was_just_typed(qtbot, tmp_path, three_stops):
    window = make_window(qtbot, tmp_path)
    open_window(window, three_stops)
    qtbot.keyClicks(window.view.notes.editor, "just typed")
    window.show_all_notes()
    drain(window.notebook)
    dialog = window._all_notes
    assert dialog.isVisible()
    assert "just typed" in dialog.browser.toPlainText()
    dialog.close()


def test_export_notes_from_the_window_writes_a_pdf(qtbot, tmp_path, three_stops):
    window = make_window(qtbot, tmp_path)
    open_window(window, three_stops)
    qtbot.keyClicks(window.view.notes.editor, "for the handout")
    out = tmp_path / "handout.pdf"
    with qtbot.waitSignal(window.exported, timeout=20000) as done:
        window.export_notes(out)
    assert done.args == [str(out), ""]
    assert out.read_bytes().startswith(b"%PDF")
    with qtbot.waitSignal(window.exported, timeout=20000):
        window.export_notes(tmp_path / "handout.md")
    assert "for the handout" in (tmp_path / "handout.md").read_text(encoding="utf-8")


def test_a_packed_sample_tour_opens_in_the_viewer(qtbot, tmp_path, capsys):
    import shutil

    from tourviewer.cli import main as cli

    folder = tmp_path / "hongsung"
    shutil.copytree(Path(__file__).resolve().parents[2] / "tours" / "hongsung", folder)
    package = tmp_path / "hongsung.tour"
    assert cli(["pack", str(folder), "-o", str(package), "--max-image-size", "800"]) == 0
    window = make_window(qtbot, tmp_path)
    open_window(window, package)
    assert window.session.tour.id == "hongsung" and window.session.result.problems == []
    window.session.go_to_id("farming-for-happiness")
    qtbot.waitUntil(lambda: window.view.gallery.canvas.image is not None)
    assert window.view.gallery.canvas.image.width() <= 800
    window.session.go_to_id("collabo-farm")  # opens on its panorama, scaled down like any picture
    qtbot.waitUntil(lambda: window.view.gallery.panorama.ready)
    assert window.view.gallery.panorama.decoded_width <= 800


def test_the_app_remembers_validated_tours_in_its_data_folder(qtbot, tmp_path):
    from tourviewer.ui.app import main_window

    window = main_window(tmp_path / "data")
    qtbot.addWidget(window)
    assert window.checked is not None and window.checked.folder == tmp_path / "data" / "checked"
    folder = settle(write_tour(tmp_path / "t", MINIMAL))
    open_window(window, folder)
    assert window.checked.tour_data(folder / "tour.toml") is not None
    reopened = main_window(tmp_path / "data")
    qtbot.addWidget(reopened)
    open_window(reopened, folder)
    assert reopened.session.tour == window.session.tour
