"""The application: starts Qt, finds the user's data folder and opens the main window."""

from __future__ import annotations

import logging
import os
import threading
import time
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QStandardPaths, QTimer

from tourviewer.core.checked import CheckedTours
from tourviewer.core.store import default_data_dir
from tourviewer.ui.application import application, hold_collection

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from tourviewer.ui.images import EarlyDecode

log = logging.getLogger(__name__)


def data_dir(override: str | None = None) -> Path:
    """--data-dir, then $TOURVIEWER_DATA_DIR, then Qt's application data folder."""
    if override:
        return Path(override)
    return default_data_dir() or Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation))


def main_window(data: Path, early: EarlyDecode | None = None):  # -> MainWindow, imported late to keep start-up light
    """The window over the data folder `data`; `early`: the first picture, already being decoded."""
    from tourviewer.ui.mainwindow import MainWindow

    return MainWindow(data, data / "tours", CheckedTours(data / "checked"), early=early)


def early_picture(data: Path, tour: str) -> EarlyDecode | None:
    """Start decoding the picture `tour` showed when it was last left, while the window is still being made."""
    from tourviewer.core.startpicture import remembered

    found = remembered(data, Path(tour))
    if found is None:
        return None
    from tourviewer.ui.images import EarlyDecode, ImageKey

    return EarlyDecode(ImageKey(found.picture, found.width, found.height))


def _remove_old_extractions() -> None:
    from tourviewer.core.package import remove_old_extractions

    try:
        remove_old_extractions()
    except OSError as exc:
        log.warning("cannot remove packages extracted by an earlier version: %s", exc)


def run(paths: Sequence[str], data_override: str | None = None, preview: bool = False, invitation: str = "") -> int:
    """The viewer; with `preview` (a curator's `tourviewer preview`) its status bar says it follows saves;
    with a guided-session `invitation` (a tourviewer:// link) the join dialog opens with it."""
    hold_collection()  # until the first stop is on screen
    from tourviewer.ui.crash import CrashHandler
    from tourviewer.ui.logfile import start_crash_log

    app = application()
    data = data_dir(data_override)
    early = early_picture(data, paths[0]) if paths else None
    start_crash_log(data)
    window = main_window(data, early)
    window.announce_watching = preview
    crashes = CrashHandler(window.save_notes_now, window, data)
    crashes.install()
    if os.environ.get("TOURVIEWER_EXIT_AT_FIRST_STOP"):
        _exit_at_first_stop(window)
    window.show()
    # packages are read in place: what earlier versions extracted goes, off the UI thread
    threading.Thread(target=_remove_old_extractions, name="cache-cleaner", daemon=True).start()
    if paths:
        if not window.open_path(paths[0]):
            window.show_library()
    else:
        window.show_library()
    if invitation:  # the join dialog, filled in: the participant confirms their name
        QTimer.singleShot(0, lambda: window.join_guided_session_from(invitation))
    # what the first look does not need waits until the stop is on screen
    window.view.gate.run_later(lambda: _after_first_paint(app, data))
    code = app.exec()
    crashes.uninstall()
    window.notebook.close()
    return code


def _after_first_paint(app: QApplication, data: Path) -> None:
    """The log file (logging.handlers is slow to import) and the window icon (from the package's assets)."""
    from PySide6.QtGui import QIcon

    from tourviewer.core.resources import asset
    from tourviewer.ui.logfile import start_logging

    start_logging(data)
    app.setWindowIcon(QIcon(str(asset("icons/hicolor/256x256/tourviewer.png"))))


def _exit_at_first_stop(window) -> None:
    """For measuring start-up (`make dist`): prints the time once the first stop's picture has painted, and exits."""
    from PySide6.QtCore import QEvent, QObject, QTimer

    canvas = window.view.gallery.canvas

    class FirstPaint(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and canvas.image is not None:
                QTimer.singleShot(0, self.done)  # right after this paint
            return False

        def done(self) -> None:
            print(f"{time.time():.6f}", flush=True)
            os._exit(0)

    window._first_paint = FirstPaint(window)
    canvas.installEventFilter(window._first_paint)
