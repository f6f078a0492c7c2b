"""The windows of the Help menu, and the dialog for an unexpected error; made when first opened."""

from __future__ import annotations

import platform
import sys
from html import escape
from pathlib import Path
from typing import TYPE_CHECKING

import PySide6
from PySide6.QtCore import Qt, QUrl, Slot, qVersion
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from tourviewer import __version__
from tourviewer.core.resources import asset
from tourviewer.ui.i18n import Retranslating, translate
from tourviewer.ui.logfile import log_file, log_tail

if TYPE_CHECKING:
    from tourviewer.ui.mainwindow import MainWindow


def notes_folder(window: QWidget | None) -> str:
    """Where the main window's notebook keeps the notes."""
    notebook = getattr(window, "notebook", None)
    folder = getattr(notebook, "folder", None)
    return str(folder) if folder is not None else "nowhere: no data folder"


def diagnostics(window: QWidget | None = None) -> str:
    """What a report needs: versions, platform, screens, where data and log are, and the log's end."""
    lines = [
        f"Tour Viewer {__version__}",
        f"Qt {qVersion()}, PySide6 {PySide6.__version__}, Python {platform.python_version()}",
        f"Platform: {platform.platform()} ({QGuiApplication.platformName()})",
        f"Bundle: {'yes' if getattr(sys, 'frozen', False) else 'no'}",
    ]
    for n, screen in enumerate(QGuiApplication.screens()):
        size = screen.size()
        lines.append(f"Screen {n}: {screen.name()} {size.width()}x{size.height()} at {screen.devicePixelRatio():g}x")
    lines += [f"Notes: {notes_folder(window)}", f"Log: {log_file() or 'none'}", "", "Log (last lines):", log_tail()]
    return "\n".join(lines)


def _read(name: str) -> str:
    try:
        return asset(name).read_text(encoding="utf-8")
    except OSError as exc:
        return f"({name} is missing from this installation: {exc})"


def _browser(markdown: str) -> QTextBrowser:
    browser = QTextBrowser()
    browser.setOpenLinks(False)  # links are handled below: nothing is fetched into the window
    browser.setMarkdown(markdown)
    return browser


def _open_outside(url: QUrl) -> None:
    if url.scheme() in ("http", "https"):
        QDesktopServices.openUrl(url)  # in the browser, and only when clicked


class AboutDialog(QDialog):
    """Help > About: the version, where the notes and the log are, and the licences (in English, as written)."""

    def __init__(self, window: MainWindow | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(translate("AboutDialog", "About Tour Viewer"))
        folder = notes_folder(window) if getattr(getattr(window, "notebook", None), "folder", None) else ""
        log = log_file()
        texts = [
            translate("AboutDialog", "An offline viewer for virtual field tours."),
            translate("AboutDialog", "Your notes and progress are kept in:"),
            folder or translate("AboutDialog", "nowhere: no data folder"),
            translate("AboutDialog", "The log is:"),
            str(log) if log else translate("AboutDialog", "not written"),
        ]
        viewer, kept_in, notes, log_is, log_at = (escape(text) for text in texts)
        self.summary = QLabel(
            f"<h2>Tour Viewer {__version__}</h2><p>{viewer}</p>"
            f"<p>Qt {qVersion()} · PySide6 {PySide6.__version__} · Python {platform.python_version()}</p>"
            f"<p>{kept_in}<br><b>{notes}</b></p><p>{log_is}<br>{log_at}</p>"
        )
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(
            self.summary.textInteractionFlags() | Qt.TextInteractionFlag.TextSelectableByMouse
        )
        self.licences = _browser(_read("LICENSES.md"))
        self.licences.setAccessibleName(translate("AboutDialog", "Licences"))
        self.licences.anchorClicked.connect(_open_outside)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.licences, 1)
        layout.addWidget(buttons)
        self.resize(720, 620)


class GuideWindow(Retranslating, QWidget):
    """The user guide and the authoring guide, as shipped with the program: a window of its own.
    Its frame follows the interface language; the guides themselves are in English."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent, Qt.WindowType.Window)
        self.tabs = QTabWidget()
        self.user = _browser(_read("guide/user-guide.md"))
        self.authoring = _browser(_read("guide/authoring.md"))
        for browser in (self.user, self.authoring):
            browser.anchorClicked.connect(self._on_link)
            self.tabs.addTab(browser, "")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        self.resize(900, 760)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(translate("GuideWindow", "Tour Viewer — User guide"))
        titles = (translate("GuideWindow", "Using Tour Viewer"), translate("GuideWindow", "Writing tours"))
        for index, (browser, title) in enumerate(zip((self.user, self.authoring), titles, strict=True)):
            browser.setAccessibleName(title)
            self.tabs.setTabText(index, title)

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


class CrashDialog(QDialog):
    """Says that something went wrong, that the notes were saved, and where the details are."""

    def __init__(self, details: str, notes_saved: bool, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(translate("CrashDialog", "Something went wrong"))
        self.setModal(True)
        if notes_saved:
            saved = translate("CrashDialog", "Your notes were saved.")
        else:
            saved = translate("CrashDialog", "Your notes could not all be saved: copy them elsewhere.")
        if log_file():
            saved += " " + translate("CrashDialog", "The details are also in the log, {0}.").format(log_file())
        self.message = QLabel(
            translate(
                "CrashDialog",
                "Tour Viewer met an unexpected error. {0}\n\n"
                "You can go on working; if something looks wrong, restart Tour Viewer. "
                "To report the problem, copy the details and send them with what you were doing.",
            ).format(saved)
        )
        self.message.setWordWrap(True)
        self.details = QPlainTextEdit(details)
        self.details.setReadOnly(True)
        self.details.setAccessibleName(translate("CrashDialog", "Error details"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = QPushButton(translate("CrashDialog", "Copy details"))
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy_details)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.details, 1)
        layout.addWidget(buttons)
        self.resize(640, 420)

    def add(self, details: str) -> None:
        """A further error while the dialog is open joins it instead of opening another."""
        self.details.appendPlainText("\n" + details)

    @Slot()
    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details.toPlainText() + "\n\n" + diagnostics(self.parentWidget()))
        self.copy_button.setText(translate("CrashDialog", "Copied"))
