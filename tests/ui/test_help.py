"""Help: the user guide read offline from the installed program, About, and Copy diagnostics."""

from __future__ import annotations

import logging

from PySide6.QtWidgets import QApplication

from tests.ui.test_crash import logging_to  # noqa: F401 (fixture)
from tests.ui.test_mainwindow import make_window
from tourviewer import __version__
from tourviewer.core.resources import asset
from tourviewer.ui.about import show_about, show_guide


def menu_titles(window, name: str) -> list[str]:
    menu = next(a.menu() for a in window.menuBar().actions() if a.text() == name)
    return [a.text() for a in menu.actions() if not a.isSeparator()]


def test_the_help_menu_has_the_guide_diagnostics_and_about(qtbot, tmp_path):
    window = make_window(qtbot, tmp_path)
    assert menu_titles(window, "&Help") == [
        "&Keyboard shortcuts",
        "User &guide",
        "Copy &diagnostics",
        "&About Tour Viewer",
    ]


def test_about_shows_version_licences_and_where_notes_are(qtbot, tmp_path):
    window = make_window(qtbot, tmp_path)
    about = show_about(window)
    assert about.isVisible()
    summary = about.summary.text()
    assert f"Tour Viewer {__version__}" in summary
    assert str(tmp_path / "data") in summary
    licences = about.licences.toPlainText()
    for part in ("LGPL 3.0", "PySide6", "Pillow", "pydantic", "sqlite-utils", "GSHHG", "MIT"):
        assert part in licences
    about.grab().save(str(tmp_path / "about.png"))
    about.close()


def test_the_guide_is_shipped_and_shown_offline(qtbot, tmp_path):
    window = make_window(qtbot, tmp_path)
    guide = show_guide(window)
    qtbot.addWidget(guide)
    assert guide.isVisible()
    text = guide.user.toPlainText()
    assert "Stepping through a tour" in text and "The field notebook" in text
    assert "Every key" in guide.authoring.toPlainText() or "tour.toml" in guide.authoring.toPlainText()
    assert str(asset("guide/user-guide.md")).startswith(str(asset("")))
    from PySide6.QtCore import QUrl

    guide._on_link(QUrl("authoring.md"))
    assert guide.tabs.currentWidget() is guide.authoring
    assert show_guide(window) is guide  # one guide window, brought to the front again
    guide.close()


def test_copy_diagnostics_gathers_versions_screens_and_the_log(qtbot, tmp_path, logging_to):  # noqa: F811
    window = make_window(qtbot, tmp_path)
    logging.getLogger("tourviewer.test").warning("a line for the log's tail")
    help_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Help")
    next(a for a in help_menu.actions() if a.text() == "Copy &diagnostics").trigger()
    text = QApplication.clipboard().text()
    assert f"Tour Viewer {__version__}" in text
    assert "Qt 6." in text and "PySide6 6." in text and "Python 3." in text
    assert "Screen 0:" in text
    assert f"Notes: {tmp_path / 'data'}" in text
    assert "a line for the log's tail" in text
    window.close()


def test_the_help_items_join_a_help_menu_the_window_already_has(qtbot, tmp_path):
    from tourviewer.ui.about import add_help_menu

    window = make_window(qtbot, tmp_path)
    add_help_menu(window)  # as if another part of the program had made the Help menu first
    help_menus = [a for a in window.menuBar().actions() if a.text() == "&Help"]
    assert len(help_menus) == 1
    items = ["User &guide", "Copy &diagnostics", "&About Tour Viewer"]
    assert menu_titles(window, "&Help") == ["&Keyboard shortcuts", *items, *items]
