"""The Help menu: the user guide (shipped with the program, read offline), About, and diagnostics.

The windows themselves are in `helpwindows`, loaded when first opened.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QGuiApplication

from tourviewer.ui.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from tourviewer.ui.helpwindows import AboutDialog, GuideWindow
    from tourviewer.ui.mainwindow import MainWindow


def add_help_menu(window: MainWindow) -> None:
    """Help > User guide, Copy diagnostics, About Tour Viewer (joining a Help menu the window already has)."""
    menu = window.help_menu
    if not menu.isEmpty():
        menu.addSeparator()
    # no key of its own: F1 is kept for the keyboard-shortcuts help
    window._action(QT_TRANSLATE_NOOP("MainWindow", "User &guide"), [], lambda: show_guide(window), menu)
    window._action(QT_TRANSLATE_NOOP("MainWindow", "Copy &diagnostics"), [], lambda: copy_diagnostics(window), menu)
    menu.addSeparator()
    window._action(QT_TRANSLATE_NOOP("MainWindow", "&About Tour Viewer"), [], lambda: show_about(window), menu)


def copy_diagnostics(window: MainWindow | None = None) -> None:
    from tourviewer.ui.helpwindows import diagnostics

    QGuiApplication.clipboard().setText(diagnostics(window))


def show_guide(window: MainWindow) -> GuideWindow:
    from tourviewer.ui.helpwindows import GuideWindow

    guide = getattr(window, "_guide", None)
    if guide is None:
        guide = window._guide = GuideWindow(window)
    guide.show()
    guide.raise_()
    guide.activateWindow()
    return guide


def show_about(window: MainWindow) -> AboutDialog:
    from tourviewer.ui.helpwindows import AboutDialog

    window._about = AboutDialog(window, window)
    window._about.open()
    return window._about
