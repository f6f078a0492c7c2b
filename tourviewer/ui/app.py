"""The application: starts Qt and opens the viewer's first window."""

from __future__ import annotations

import sys
from collections.abc import Sequence

from PySide6.QtWidgets import QApplication

from tourviewer.ui.library import LibraryWindow


def run(paths: Sequence[str]) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Tour Viewer")
    app.setOrganizationName("tourviewer")
    window = LibraryWindow(list(paths))
    window.show()
    return app.exec()
