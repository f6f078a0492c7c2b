"""Live preview: watching a tour folder while a curator edits it, and the page shown while it is broken.

A `TourWatcher` watches a folder's `tour.toml`, every file the tour names (the
loader's list, `LoadResult.references`: the one the validator checks and
`pack` packs, pictures inside Markdown texts included), and the folders that
hold them. Editors save in different ways: some write the file in place, some
write a temporary file and rename it over the old one, some delete and create.
A renamed-over or deleted file drops out of `QFileSystemWatcher.files()`; the
folder watch tells when a file of that name exists again, and it is watched
again. Saves come in bursts (truncate, write,
rename, attributes), so `changed` is emitted once, a quarter of a second after
the last event of a burst.

Packages (`.tour` files) are not watched: they are unpacked into a cache that
nobody edits, and a curator works on the folder, not on the package.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from tourviewer.core.loader import TOUR_FILE, LoadResult
from tourviewer.core.paths import unsafe_reason
from tourviewer.ui.i18n import Retranslating, translate

log = logging.getLogger(__name__)

SETTLE_MS = 250


def tour_folder(result: LoadResult) -> Path | None:
    """The folder a curator edits, when `result` was read from one rather than from a package's cache."""
    if result.root is None:
        return None
    return result.root if result.root in (result.source, result.source.parent) else None


class TourWatcher(QObject):
    """Watches one tour folder; `changed` says that the tour should be read again."""

    changed = Signal()

    def __init__(self, folder: Path, parent: QObject | None = None):
        super().__init__(parent)
        self.folder = folder
        self.root = folder.resolve()
        self._files: set[str] = set()  # what should be watched, whether or not it exists right now
        self._folders: set[str] = {str(self.root)}
        self._watcher = QFileSystemWatcher(self)
        self._watcher.fileChanged.connect(self._on_file_changed)
        self._watcher.directoryChanged.connect(self._on_folder_changed)
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(SETTLE_MS)
        self._settle.timeout.connect(self._on_settled)
        self.watch(None)

    def watch(self, result: LoadResult | None) -> None:
        """Watch tour.toml and every file `result` names inside the folder."""
        toml = self.root / TOUR_FILE
        files = {toml} if toml.resolve().is_relative_to(self.root) else set()  # the loader refuses a link out too
        if result is not None:
            folders: dict[tuple[str, ...], Path] = {}  # each folder resolved once, not once per file in it
            files.update(p for p in (self._inside(ref.written, folders) for ref in result.references) if p)
        self._files = {str(f) for f in files}
        self._folders = {str(self.root)} | {str(f.parent) for f in files}
        stale = [p for p in self._watcher.files() if p not in self._files]
        stale += [p for p in self._watcher.directories() if p not in self._folders]
        if stale:
            self._watcher.removePaths(stale)
        self._rewatch()

    def watched(self) -> list[Path]:
        """The files and folders watched now."""
        return sorted(Path(p) for p in self._watcher.files() + self._watcher.directories())

    @property
    def settling(self) -> bool:
        """Whether a change waits for the end of its burst."""
        return self._settle.isActive()

    def _inside(self, written: str, folders: dict[tuple[str, ...], Path]) -> Path | None:
        """The file `written` names, resolved, when it is inside the folder (it need not exist yet).

        `folders` keeps the folders resolved so far, for many files in few folders.
        """
        if unsafe_reason(written) is not None:
            return None
        parts = tuple(s for s in written.replace("\\", "/").split("/") if s not in ("", "."))
        if not parts:
            return None
        try:
            folder = folders.get(parts[:-1])
            if folder is None:
                folder = folders[parts[:-1]] = self.root.joinpath(*parts[:-1]).resolve()
            resolved = folder / parts[-1]
            if resolved.is_symlink():
                resolved = resolved.resolve()
        except (OSError, RuntimeError):  # a symlink loop
            return None
        return resolved if resolved.is_relative_to(self.root) else None

    def _rewatch(self) -> bool:
        """Watch again what exists again (after a save by replace); True when a file came back."""
        watched = set(self._watcher.files()) | set(self._watcher.directories())
        back = [p for p in sorted(self._files) if p not in watched and Path(p).is_file()]
        folders = [p for p in sorted(self._folders) if p not in watched and Path(p).is_dir()]
        if back or folders:
            self._watcher.addPaths(back + folders)
        return bool(back)

    # -- events ----------------------------------------------------------------------
    @Slot(str)
    def _on_file_changed(self, path: str) -> None:
        self._rewatch()  # a file replaced by rename is no longer watched: watch the new one
        self._settle.start()

    @Slot(str)
    def _on_folder_changed(self, path: str) -> None:
        # Other files come and go in a tour folder (editors' swap and backup files); only
        # a watched file that exists again, after a delete or a rename, is a change.
        if self._rewatch():
            self._settle.start()

    @Slot()
    def _on_settled(self) -> None:
        if not (self.root / TOUR_FILE).is_file():
            log.debug("%s is missing: waiting for it to be written again", TOUR_FILE)
            return  # most likely a save by delete and create: the create will start the timer again
        self.changed.emit()


class BrokenTourPage(Retranslating, QWidget):
    """In place of the tour while its tour.toml cannot be read: every error, and where it is."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.heading = QLabel()
        self._count = 0
        self.heading.setWordWrap(True)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setWeight(font.Weight.DemiBold)
        self.heading.setFont(font)
        self.file = QLabel()
        self.file.setTextFormat(Qt.TextFormat.PlainText)
        self.file.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        from tourviewer.ui.problems import ProblemList  # with the page, when a save first fails to read

        self.problems = ProblemList()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(10)
        layout.addWidget(self.heading)
        layout.addWidget(self.file)
        layout.addWidget(self.hint)
        layout.addWidget(self.problems, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.setAccessibleName(translate("BrokenTourPage", "Tour problems"))
        self.heading.setAccessibleName(translate("BrokenTourPage", "Why the tour is not shown"))
        self.file.setAccessibleName(translate("BrokenTourPage", "File"))
        self.hint.setText(
            translate(
                "BrokenTourPage",
                "Your place in the tour and your notes are kept. "
                "Double-click a line to copy where it is (file:line:column).",
            )
        )
        count = self._count
        if not count:
            return  # nothing read yet
        if count == 1:
            text = translate("BrokenTourPage", "{0} has 1 error — fix it and save; the tour comes back by itself")
        else:
            text = translate(
                "BrokenTourPage", "{0} has %n errors — fix them and save; the tour comes back by itself", None, count
            )
        self.heading.setText(text.format(TOUR_FILE))

    def show_result(self, result: LoadResult) -> None:
        self._count = len(result.errors)
        self.retranslate()
        self.file.setText(str((result.root or result.source) / TOUR_FILE))
        self.problems.show_problems(result)
