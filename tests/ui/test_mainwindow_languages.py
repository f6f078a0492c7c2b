"""The main window in other interface languages: every text translated (the pseudo language), nothing
clipped at 1366x768, the language switched from the View menu without a restart and remembered."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSettings
from PySide6.QtWidgets import QApplication

from tests.ui.conftest import drain, open_window
from tests.ui.pseudo import clipped, pseudo_language, switch_language, untranslated
from tourviewer.core.library import sample_tour_folders
from tourviewer.core.loader import load_tour
from tourviewer.core.store import Store
from tourviewer.core.text import LocalizedText
from tourviewer.ui.i18n import ENVIRONMENT, SETTING, install_language, pseudo
from tourviewer.ui.mainwindow import MainWindow


@pytest.fixture(autouse=True)
def english_after(qapp):
    yield
    install_language(qapp, "en")


def strings_of(value: object) -> set[str]:
    """Every text a tour holds (titles, narration, captions, credits, file names…): the tour's own words."""
    found: set[str] = set()
    if isinstance(value, str):
        found.add(value)
    elif isinstance(value, dict):
        for item in value.values():
            found |= strings_of(item)
    elif isinstance(value, list | tuple):
        for item in value:
            found |= strings_of(item)
    elif isinstance(value, LocalizedText):
        found |= strings_of(value.plain) | strings_of(value.translations)
    elif dataclasses.is_dataclass(value):
        for field in dataclasses.fields(value):
            found |= strings_of(getattr(value, field.name))
    elif hasattr(value, "__dict__") and not isinstance(value, type):
        for item in vars(value).values():
            found |= strings_of(item)
    return found


def tour_texts(path: Path) -> set[str]:
    tour = load_tour(path).tour
    assert tour is not None
    return strings_of(tour) | {tour.id}


def make_window(qtbot, tmp_path) -> MainWindow:
    window = MainWindow(Store(tmp_path / "data"), tmp_path / "data" / "tours")
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    return window


def settle(window: MainWindow) -> None:
    drain(window.notebook)
    QApplication.processEvents()


def test_library_in_the_pseudo_language(qtbot, tmp_path):
    with pseudo_language():
        window = make_window(qtbot, tmp_path)
        window.show_library()
        settle(window)
        allowed = {str(tmp_path / "data" / "tours")}
        for folder in sample_tour_folders():
            allowed |= tour_texts(folder) | {folder.name, str(folder)}
        assert untranslated(window, allowed) == []
        assert clipped(window) == []
        window.grab().save(str(tmp_path / "library-pseudo.png"))


def test_a_tour_and_every_menu_in_the_pseudo_language(qtbot, tmp_path, three_stops):
    with pseudo_language():
        window = make_window(qtbot, tmp_path)
        open_window(window, three_stops)
        window.session.last()  # the end-of-tour bar shows too
        settle(window)
        allowed = tour_texts(three_stops) | {str(three_stops.resolve())}  # Open Recent names the folder
        assert clipped(window) == []
        problems = untranslated(window, allowed)
        assert problems == [], "\n".join(problems)


def test_switching_the_interface_language_needs_no_restart(qtbot, tmp_path, three_stops):
    window = make_window(qtbot, tmp_path)
    open_window(window, three_stops)
    file_menu = window.menuBar().actions()[0]
    assert file_menu.text() == "&File"
    assert window.view.position.text() == "Stop 1 of 3"
    switch_language(window, "pseudo")
    assert file_menu.text().startswith("[&Ƒîĺé")
    assert window.view.position.text().startswith("[Šţöþ 1 öƒ 3")
    assert window.view.next_button.accessibleName().startswith("[Ñéẋţ šţöþ")
    assert window.windowTitle() == pseudo("{0} — Tour Viewer").format("Three stops")
    switch_language(window, "en")
    assert file_menu.text() == "&File"
    assert window.view.position.text() == "Stop 1 of 3"
    assert window.windowTitle() == "Three stops — Tour Viewer"


def test_the_view_menu_chooses_the_interface_language_and_remembers_it(qtbot, tmp_path):
    window = make_window(qtbot, tmp_path)
    names = [a.text() for a in window.interface_language_group.actions()]
    assert names == ["System default", "English", "한국어", "日本語", "简体中文", "Bahasa Indonesia", "Bahasa Melayu"]
    korean = next(a for a in window.interface_language_group.actions() if a.data() == "ko")
    korean.trigger()
    QApplication.processEvents()
    assert QSettings().value(SETTING) == "ko"
    assert QLocale().language() == QLocale.Language.Korean
    assert window.interface_language == "ko"
    assert korean.isChecked()
    window.system_language_action.trigger()
    assert QSettings().value(SETTING) == ""
    assert window.system_language_action.isChecked()


def test_the_tours_text_is_drawn_in_the_tours_language(qtbot, tmp_path, three_stops):
    window = make_window(qtbot, tmp_path)
    open_window(window, three_stops)
    assert window.view.title.font().families()[-1] != "Noto Sans CJK KR"
    window.view.narration.zoom_in()
    size = window.view.narration.narration.font().pointSizeF()
    window.session.set_language("ko")
    assert window.view.title.font().families()[-1] == "Noto Sans CJK KR"
    view = window.view
    for text in (view.narration.narration, view.narration.transcript, view.gallery.caption, view.notes.editor):
        assert text.font().families()[-1] == "Noto Sans CJK KR"
    assert view.narration.narration.font().pointSizeF() == size  # the reader's text size is kept
    assert window.view.previous_button.font().families()[-1] != "Noto Sans CJK KR"  # the interface's, not the tour's


def test_shot_with_ui_lang_draws_the_interface_in_that_language(qtbot, tmp_path, monkeypatch, three_stops):
    from tourviewer.cli import main
    from tourviewer.ui import app

    made: list[MainWindow] = []
    make = app.main_window
    monkeypatch.setattr(app, "main_window", lambda data: made.append(make(data)) or made[-1])
    monkeypatch.setenv(ENVIRONMENT, "en")  # restored after the test: --ui-lang sets it for the run
    out = tmp_path / "shot.png"
    assert main(["shot", str(three_stops), "--out", str(out), "--size", "1366x768", "--ui-lang", "pseudo"]) == 0
    assert out.is_file()
    assert made[-1].view.position.text().startswith("[Šţöþ 1 öƒ 3")
    assert main(["shot", str(three_stops), "--out", str(out), "--ui-lang", "ko"]) == 0
    assert QLocale().language() == QLocale.Language.Korean


def test_about_shortcuts_and_crash_dialogs_in_the_pseudo_language(qtbot, tmp_path):
    from tourviewer.ui.about import show_about
    from tourviewer.ui.helpwindows import CrashDialog

    with pseudo_language():
        window = make_window(qtbot, tmp_path)
        about = show_about(window)
        qtbot.waitExposed(about)
        # the version line names the libraries; the notes folder is a path
        allowed = {str(tmp_path / "data"), "Qt", "PySide6", "Python"}
        assert untranslated(about, allowed) == []
        assert clipped(about) == []
        window.show_shortcuts()
        shortcuts = window._shortcuts
        qtbot.waitExposed(shortcuts)
        assert untranslated(shortcuts) == []
        page = shortcuts.browser.toPlainText()
        assert "Ñéẋţ šţöþ" in page and "Ƒûĺĺ-ŵîñđöŵ þîçţûŕé" in page  # the menus' keys and the panels' keys
        crash = CrashDialog("Traceback: ValueError", notes_saved=True, parent=window)
        qtbot.addWidget(crash)
        crash.show()
        qtbot.waitExposed(crash)
        assert untranslated(crash) == []
        assert clipped(crash) == []
        crash.copy_details()
        assert crash.copy_button.text() == pseudo("Copied")


def test_the_guide_window_library_and_bars_follow_a_language_change(qtbot, tmp_path, three_stops):
    from tourviewer.ui.about import show_guide

    window = make_window(qtbot, tmp_path)
    guide = show_guide(window)
    window.show_library()
    settle(window)
    library = window.library
    card = library.cards[0]
    end_bar, package_bar = window.view.end_bar, window.package_bar
    package_bar.show_problem("three.tour is gone")
    before = (guide.windowTitle(), guide.tabs.tabText(0), card.meta.text(), card.progress.format())
    assert before[:2] == ("Tour Viewer — User guide", "Using Tour Viewer")
    switch_language(window, "pseudo")
    assert guide.windowTitle() == pseudo("Tour Viewer — User guide")
    assert guide.tabs.tabText(1) == pseudo("Writing tours")
    assert card.meta.text().startswith("[")
    assert card.progress.format().startswith("[0 öƒ ")
    assert library.accessibleName() == pseudo("Tour library")
    assert end_bar.buttons["Start again"].text() == pseudo("Start again")
    assert package_bar.again.text() == pseudo("Open again")
    assert package_bar.message.text().startswith("[⚠ three.tour is gone. ")
    switch_language(window, "en")
    assert (guide.windowTitle(), guide.tabs.tabText(0), card.meta.text(), card.progress.format()) == before
    assert package_bar.message.text().startswith("⚠ three.tour is gone. Its pictures")


def test_the_broken_tour_page_and_text_size_control_follow_a_language_change(qtbot, tmp_path):
    from tourviewer.core.loader import load_tour as load
    from tourviewer.ui.textsize import TextSizeControl
    from tourviewer.ui.watch import BrokenTourPage

    (tmp_path / "bad").mkdir()
    (tmp_path / "bad" / "tour.toml").write_text("format = 1\nid = 'x'\n[[stops]\n", encoding="utf-8")
    page = BrokenTourPage()
    qtbot.addWidget(page)
    page.show_result(load(tmp_path / "bad"))
    control = TextSizeControl([10, 12], 10, "notes", ("", ""))
    qtbot.addWidget(control)
    assert page.heading.text() == "tour.toml has 1 error — fix it and save; the tour comes back by itself"
    assert control.accessibleName() == "Notes size" and control.smaller.accessibleName() == "Smaller notes"
    switch_language(page, "pseudo")
    assert page.heading.text() == pseudo("{0} has 1 error — fix it and save; the tour comes back by itself").format(
        "tour.toml"
    )
    assert page.hint.text() == pseudo(
        "Your place in the tour and your notes are kept. Double-click a line to copy where it is (file:line:column)."
    )
    assert control.smaller.accessibleName() == pseudo("Smaller {0}").format(pseudo("notes"))


def test_the_window_title_names_the_tour_opened_from_the_library(qtbot, tmp_path, three_stops):
    window = make_window(qtbot, tmp_path)
    window.show_library()
    assert window.windowTitle() == "Tour Viewer"
    open_window(window, three_stops)
    assert window.windowTitle() == "Three stops — Tour Viewer"
    window.show_library()
    assert window.windowTitle() == "Tour Viewer"
