"""The Help menu: the user guide (shipped with the program, read offline), About, and diagnostics.

The windows themselves are in `helpwindows`, loaded when first opened.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

import PySide6
from PySide6.QtCore import Slot, qVersion
from PySide6.QtGui import QGuiApplication

from tourviewer import __version__
from tourviewer.ui.crash import log_file, log_tail

if TYPE_CHECKING:
    from tourviewer.ui.helpwindows import AboutDialog, GuideWindow
    from tourviewer.ui.mainwindow import MainWindow


def add_help_menu(window: MainWindow) -> None:
    """Help > User guide, Copy diagnostics, About Tour Viewer (joining a Help menu the window already has)."""
    bar = window.menuBar()
    existing = [a.menu() for a in bar.actions() if a.menu() is not None and a.text().replace("&", "") == "Help"]
    menu = existing[0] if existing else bar.addMenu("&Help")
    if not menu.isEmpty():
        menu.addSeparator()
    # no key of its own: F1 is kept for the keyboard-shortcuts help
    window._action("User &guide", [], lambda: show_guide(window), menu)
    window._action("Copy &diagnostics", [], copy_diagnostics, menu)
    menu.addSeparator()
    window._action("&About Tour Viewer", [], lambda: show_about(window), menu)


def notes_folder(window: MainWindow | None) -> str:
    folder = window.notebook.folder if window is not None else None
    return str(folder) if folder is not None else "nowhere: no data folder"


def diagnostics(window: MainWindow | None = None) -> str:
    """What a report needs: versions, platform, screens, where data and log are, and the log's end."""
    import platform

    lines = [
        f"Tour Viewer {__version__}",
        f"Qt {qVersion()}, PySide6 {PySide6.__version__}, Python {platform.python_version()}",
        f"Platform: {platform.platform()} ({QGuiApplication.platformName()})",
        f"Bundle: {'yes' if getattr(sys, 'frozen', False) else 'no'}",
    ]
    for n, screen in enumerate(QGuiApplication.screens()):
        size = screen.size()
        lines.append(f"Screen {n}: {screen.name()} {size.width()}x{size.height()} at {screen.devicePixelRatio():g}x")
    if window is None:
        window = _main_window()
    lines += [f"Notes: {notes_folder(window)}", f"Log: {log_file() or 'none'}", "", "Log (last lines):", log_tail()]
    return "\n".join(lines)


def _main_window() -> MainWindow | None:
    from tourviewer.ui.mainwindow import MainWindow

    app = QGuiApplication.instance()
    widgets = app.topLevelWidgets() if app is not None and hasattr(app, "topLevelWidgets") else []
    return next((w for w in widgets if isinstance(w, MainWindow)), None)


@Slot()
def copy_diagnostics() -> None:
    QGuiApplication.clipboard().setText(diagnostics())


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
