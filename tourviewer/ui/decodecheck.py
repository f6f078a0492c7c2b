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

from PySide6.QtCore import QObject, Qt, Signal, Slot

from tourviewer.core.checked import DecodedFiles
from tourviewer.core.loader import load_tour
from tourviewer.core.media import check_decodes
from tourviewer.core.problems import Problem

log = logging.getLogger(__name__)

_RELAYS: list[QObject] = []  # kept for the life of the program: a thread may emit while a window closes


class _Relay(QObject):
    done = Signal(int, object, object)  # generation, folder, problems


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
        self._relay = _Relay()
        _RELAYS.append(self._relay)
        self._relay.done.connect(self._on_done, Qt.ConnectionType.QueuedConnection)

    def check(self, folder: Path) -> None:
        self._generation += 1
        generation, relay, decode = self._generation, self._relay, self._decode

        def run() -> None:
            try:
                result = load_tour(folder, decode=decode)
                problems = [p for p in result.problems if p.code == "unreadable-media"]
            except Exception:  # the loader never raises; if it did, the preview must go on
                log.exception("checking %s in full failed", folder)
                problems = []
            try:
                relay.done.emit(generation, folder, problems)
            except RuntimeError:  # the program is closing
                pass

        threading.Thread(target=run, name="decode-check", daemon=True).start()

    @Slot(int, object, object)
    def _on_done(self, generation: int, folder: Path, problems: list[Problem]) -> None:
        if generation == self._generation:
            self.found.emit(folder, problems)
