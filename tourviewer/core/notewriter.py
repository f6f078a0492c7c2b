"""Saving notes on a thread of their own, so typing never waits for the disk.

The editor hands each note's latest text to `NoteWriter.submit`; a worker
thread with its own connection to `notes.db` writes it (a newer text for the
same note replaces one not yet written) and reports every outcome through a
callback. `flush` waits until everything handed over is on disk, for changing
tours and quitting.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from tourviewer.core.store import Store

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class SaveResult:
    tour_id: str
    stop_id: str
    text: str
    saved: bool
    problem: str | None  # why it could not be saved


class NoteWriter:
    def __init__(self, folder: Path, on_result: Callable[[SaveResult], None] = lambda r: None):
        self.folder = folder
        self.on_result = on_result
        self._pending: dict[tuple[str, str], str] = {}
        self._busy = False
        self._closed = False
        self._condition = threading.Condition()
        self._thread = threading.Thread(target=self._run, name="note-writer", daemon=True)
        self._thread.start()

    def submit(self, tour_id: str, stop_id: str, text: str) -> None:
        with self._condition:
            self._pending[(tour_id, stop_id)] = text
            self._condition.notify_all()

    def flush(self, timeout: float = 10.0) -> bool:
        """Wait until every submitted note has been written (or has failed)."""
        with self._condition:
            return self._condition.wait_for(lambda: not self._pending and not self._busy, timeout)

    def close(self, timeout: float = 10.0) -> bool:
        done = self.flush(timeout)
        with self._condition:
            self._closed = True
            self._condition.notify_all()
        self._thread.join(timeout)
        return done

    def _run(self) -> None:
        self._store = Store(self.folder)
        try:
            while True:
                with self._condition:
                    self._condition.wait_for(lambda: self._pending or self._closed)
                    if not self._pending and self._closed:
                        return
                    (tour_id, stop_id), text = self._pending.popitem()
                    self._busy = True
                try:
                    self._write(tour_id, stop_id, text)
                finally:
                    with self._condition:
                        self._busy = False
                        self._condition.notify_all()
        finally:
            self._store.close()

    def _write(self, tour_id: str, stop_id: str, text: str) -> None:
        store = self._store
        if store.db is None:  # the folder may have become writable since: try again
            store.close()
            store = self._store = Store(self.folder)
        saved = store.save_note(tour_id, stop_id, text)
        problem = None if saved else (store.problem or "the notes database cannot be opened")
        try:
            self.on_result(SaveResult(tour_id, stop_id, text, saved, problem))
        except Exception:  # a listener's mistake must not stop the writer
            log.exception("note save listener failed")
