"""Live preview's full check: after a curator's save, every picture decoded and every recording read, off the UI thread.

Opening a tour reads headers only, so the first stop shows at once. When a
watched tour is saved, this checks it the way `validate` does, on a thread of
its own; the problems it finds (a PNG cut short, an MP3 with no sound) come
back through `found` and join the tour's problems bar. Files that decoded
before and have not changed since are not decoded again (`DecodedFiles`).
"""

from __future__ import annotations

import logging
import threading
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from tourviewer.core.checked import DecodedFiles
from tourviewer.core.loader import load_tour
from tourviewer.core.media import check_decodes
from tourviewer.core.problems import Problem
from tourviewer.ui.posting import ui_poster

log = logging.getLogger(__name__)


class DecodeChecker(QObject):
    """Checks a tour folder in full in the background; `found(folder, problems)` when done.

    Only the latest request answers: a save made while a check runs makes the
    earlier check's answer stale, and it is dropped.
    """

    found = Signal(object, object)  # Path, list[Problem]

    def __init__(self, decoded: DecodedFiles | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self._decode = decoded.check_decodes if decoded is not None else check_decodes
        self._generation = 0
        self._post = ui_poster()

    def check(self, folder: Path) -> None:
        self._generation += 1
        generation, post, decode = self._generation, self._post, self._decode

        def run() -> None:
            try:
                result = load_tour(folder, decode=decode)
                problems = [p for p in result.problems if p.code == "unreadable-media"]
            except Exception:  # the loader never raises; if it did, the preview must go on
                log.exception("checking %s in full failed", folder)
                problems = []
            post(lambda: self._done(generation, folder, problems))

        threading.Thread(target=run, name="decode-check", daemon=True).start()

    def _done(self, generation: int, folder: Path, problems: list[Problem]) -> None:
        """On the UI thread: the answer, unless a later save asked again."""
        if generation == self._generation:
            self.found.emit(folder, problems)
