"""The application: starts Qt, finds the user's data folder and opens the main window."""

from __future__ import annotations

import logging
import threading
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QStandardPaths

from tourviewer.core.checked import CheckedTours
from tourviewer.core.store import default_data_dir
from tourviewer.ui.application import application

log = logging.getLogger(__name__)


def data_dir(override: str | None = None) -> Path:
    """--data-dir, then $TOURVIEWER_DATA_DIR, then Qt's application data folder."""
    if override:
        return Path(override)
    return default_data_dir() or Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation))


def main_window(data: Path):  # -> MainWindow, imported late to keep start-up light
    from tourviewer.ui.mainwindow import MainWindow

    return MainWindow(data, data / "tours", CheckedTours(data / "checked"))


def _remove_old_extractions() -> None:
    from tourviewer.core.package import remove_old_extractions

    try:
        remove_old_extractions()
    except OSError as exc:
        log.warning("cannot remove packages extracted by an earlier version: %s", exc)


def run(paths: Sequence[str], data_override: str | None = None, preview: bool = False) -> int:
    """The viewer; with `preview` (a curator's `tourviewer preview`) its status bar says it follows saves."""
    app = application()
    window = main_window(data_dir(data_override))
    window.announce_watching = preview
    window.show()
    # packages are read in place: what earlier versions extracted goes, off the UI thread
    threading.Thread(target=_remove_old_extractions, name="cache-cleaner", daemon=True).start()
    if paths:
        if not window.open_path(paths[0]):
            window.show_library()
    else:
        window.show_library()
    code = app.exec()
    window.notebook.close()
    return code
