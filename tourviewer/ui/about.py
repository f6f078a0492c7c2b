"""The Help menu: the user guide (shipped with the program, read offline), About, and diagnostics."""

from __future__ import annotations

import sys
from html import escape
from pathlib import Path
from typing import TYPE_CHECKING

import PySide6
from PySide6.QtCore import Qt, QUrl, Slot, qVersion
from PySide6.QtGui import QDesktopServices, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from tourviewer import __version__
from tourviewer.ui.crash import log_file, log_tail

if TYPE_CHECKING:
    from tourviewer.ui.mainwindow import MainWindow


def add_help_menu(window: MainWindow) -> None:
    """Help > User guide (F1), Copy diagnostics, About Tour Viewer."""
    menu = window.menuBar().addMenu("&Help")
    window._action("User &guide", [QKeySequence.StandardKey.HelpContents, "F1"], lambda: show_guide(window), menu)
    window._action("Copy &diagnostics", [], copy_diagnostics, menu)
    menu.addSeparator()
    window._action("&About Tour Viewer", [], lambda: show_about(window), menu)


def _read(name: str) -> str:
    from tourviewer.core.resources import asset

    try:
        return asset(name).read_text(encoding="utf-8")
    except OSError as exc:
        return f"({name} is missing from this installation: {exc})"


def notes_folder(window: MainWindow | None) -> str:
    store = window.store if window is not None else None
    return str(store.path.parent) if store is not None else "nowhere: no data folder"


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


def _browser(markdown: str) -> QTextBrowser:
    browser = QTextBrowser()
    browser.setOpenLinks(False)  # links are handled below: nothing is fetched into the window
    browser.setMarkdown(markdown)
    return browser


def _open_outside(url: QUrl) -> None:
    if url.scheme() in ("http", "https"):
        QDesktopServices.openUrl(url)  # in the browser, and only when clicked


class AboutDialog(QDialog):
    def __init__(self, window: MainWindow | None, parent: QWidget | None = None):
        import platform

        super().__init__(parent)
        self.setWindowTitle("About Tour Viewer")
        self.summary = QLabel(
            f"<h2>Tour Viewer {__version__}</h2>"
            "<p>An offline viewer for virtual field tours.</p>"
            f"<p>Qt {qVersion()} · PySide6 {PySide6.__version__} · Python {platform.python_version()}</p>"
            f"<p>Your notes and progress are kept in:<br><b>{escape(notes_folder(window))}</b></p>"
            f"<p>The log is:<br>{escape(str(log_file() or 'not written'))}</p>"
        )
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(
            self.summary.textInteractionFlags() | Qt.TextInteractionFlag.TextSelectableByMouse
        )
        self.licences = _browser(_read("LICENSES.md"))
        self.licences.setAccessibleName("Licences")
        self.licences.anchorClicked.connect(_open_outside)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.licences, 1)
        layout.addWidget(buttons)
        self.resize(720, 620)


class GuideWindow(QWidget):
    """The user guide and the authoring guide, as shipped with the program."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle("Tour Viewer — User guide")
        self.tabs = QTabWidget()
        self.user = _browser(_read("guide/user-guide.md"))
        self.authoring = _browser(_read("guide/authoring.md"))
        for browser, title in ((self.user, "Using Tour Viewer"), (self.authoring, "Writing tours")):
            browser.setAccessibleName(title)
            browser.anchorClicked.connect(self._on_link)
            self.tabs.addTab(browser, title)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        self.resize(900, 760)

    @Slot(QUrl)
    def _on_link(self, url: QUrl) -> None:
        if Path(url.path()).name == "authoring.md":
            self.tabs.setCurrentWidget(self.authoring)
        elif url.hasFragment() and not url.scheme():
            browser = self.tabs.currentWidget()
            if isinstance(browser, QTextBrowser):
                browser.scrollToAnchor(url.fragment())
        else:
            _open_outside(url)


def show_guide(window: MainWindow) -> GuideWindow:
    guide = getattr(window, "_guide", None)
    if guide is None:
        guide = window._guide = GuideWindow()
        guide.setWindowFlag(Qt.WindowType.Window)
    guide.show()
    guide.raise_()
    guide.activateWindow()
    return guide


def show_about(window: MainWindow) -> AboutDialog:
    window._about = AboutDialog(window, window)
    window._about.open()
    return window._about
