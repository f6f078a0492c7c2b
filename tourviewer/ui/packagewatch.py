"""A package that goes away while its tour is open: told in the window, never a crash.

A package is read in place, so a USB stick pulled out, or the file truncated,
replaced or deleted, leaves the open tour without its pictures and recordings.
`PackageWatch` notices (the file system's notice, or a picture that fails to
read) and `PackageBar` says so above the tour, with "Open again" once the file
is back. Notes are kept in the data folder, never in the package, so nothing
typed is lost.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QFileSystemWatcher, QObject, Signal, Slot
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from tourviewer.core.package import Package
from tourviewer.ui.i18n import Retranslating, translate

log = logging.getLogger(__name__)


class PackageWatch(QObject):
    """Follows the open package: `gone(message)` when it is no longer the file that was opened."""

    gone = Signal(str)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.package: Package | None = None
        self.problem: str | None = None
        self._watcher = QFileSystemWatcher(self)
        self._watcher.fileChanged.connect(self.check)
        self._watcher.directoryChanged.connect(self.check)

    def watch(self, package: Package | None) -> None:
        """Follow `package` (None: nothing to follow, as for a folder)."""
        for paths in (self._watcher.files(), self._watcher.directories()):
            if paths:
                self._watcher.removePaths(paths)
        self.package, self.problem = package, None
        if package is not None:
            self._watcher.addPath(str(package.path))
            self._watcher.addPath(str(package.path.parent))

    @Slot()
    def check(self, *_: object) -> None:
        """Look at the package now; says `gone` once, when it first stops being the file that was opened."""
        if self.package is None or self.problem is not None:
            return
        problem = self.package.problem()
        if problem is not None:
            self.problem = problem
            log.warning("the open package went away: %s", problem)
            self.gone.emit(problem)


class PackageBar(Retranslating, QFrame):
    """The message above a tour whose package went away, with a way to open it again."""

    reopen = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("packageBar")
        self.setStyleSheet(
            "#packageBar { background: palette(alternate-base); border-bottom: 1px solid palette(mid); }"
        )
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.again = QPushButton()
        self.problem = ""
        self.again.clicked.connect(self.reopen)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addWidget(self.message, 1)
        layout.addWidget(self.again)
        self.hide()
        self.retranslate()

    def retranslate(self) -> None:
        self.message.setAccessibleName(translate("PackageBar", "Package problem"))
        self.again.setText(translate("PackageBar", "Open again"))
        if self.problem:
            self.message.setText(
                translate(
                    "PackageBar",
                    "⚠ {0}. Its pictures and recordings cannot be read until it is back; "
                    "your notes are kept. Put the file back, then open it again.",
                ).format(self.problem)
            )

    def show_problem(self, problem: str) -> None:
        self.problem = problem
        self.retranslate()
        self.show()
