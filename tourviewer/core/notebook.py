"""The participant's notebook: every read and write of `notes.db`, in order, on one thread.

Callers never wait for the disk. An operation (save a note, mark a stop
visited, keep the position, index a tour for search, read notes for a list or
an export) is queued and run on the notebook's own thread with its own
connection; what it read comes back through `then`, and what it changed as a
`Changes` record through the `changed` signal, so each screen refreshes itself.
Both are handed to `post`, which runs them on the owner's thread (the UI
thread in the viewer; at once in tests and on the command line).

The queue is ordered: a read queued after a write sees it. Before any read,
`before_read` lets an editor hand over what it holds unsaved, so a list or an
export shows what was just typed without the caller knowing what to save
first. A newer text for a note not yet written replaces the older one.
"""

from __future__ import annotations

import logging
import threading
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from tourviewer.core.model import Tour
from tourviewer.core.said import Said
from tourviewer.core.signals import Signal
from tourviewer.core.store import Note, Position, SearchHit, Store
from tourviewer.core.words import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)
# why notes cannot be saved, as the notes panel says it (the store's own reasons come from `Store.problem`)
NO_FOLDER = Said(QT_TRANSLATE_NOOP("Notebook", "there is no data folder"))
NO_DATABASE = Said(QT_TRANSLATE_NOOP("Notebook", "there is no notes database"))
CANNOT_OPEN = Said(QT_TRANSLATE_NOOP("Notebook", "the notes database cannot be opened"))

T = TypeVar("T")
Post = Callable[[Callable[[], None]], None]


def _call_now(fn: Callable[[], None]) -> None:
    fn()


@dataclass(frozen=True)
class NoteSaved:
    """What became of one note handed to `save_note`."""

    tour_id: str
    stop_id: str
    text: str
    saved: bool
    problem: str | None  # why it could not be saved


@dataclass(frozen=True)
class Changes:
    """What an operation changed, for the screens that show it."""

    tour_id: str | None = None
    notes: frozenset[str] = frozenset()  # stop ids whose note was written
    visited: frozenset[str] = frozenset()
    position: bool = False
    indexed: bool = False
    note: NoteSaved | None = None  # the outcome of a note save, written or not
    opened: bool = False  # the database was opened (see `problem` and `recovered_from`)
    problem: str | None = None  # why the database cannot be written, when it cannot
    recovered_from: Path | None = None  # where a damaged database was put aside


@dataclass(frozen=True)
class Progress:
    """Where a participant left a tour."""

    position: Position
    visited: frozenset[str]


@dataclass
class _Op:
    run: Callable[[Store | None], tuple[Any, Changes | None]]
    then: Callable[[Any], None] | None = None
    name: str = ""
    waiting: _Waiting | None = None  # a caller waiting for the result, which then calls `then` itself


class _Waiting:
    """A caller blocked for a moment on one operation's result; past its time, the result is posted."""

    def __init__(self) -> None:
        self.condition = threading.Condition()
        self.done = False
        self.given_up = False
        self.result: Any = None

    def take(self, result: Any) -> bool:
        """On the queue's thread: hand `result` to the waiting caller; False once it stopped waiting."""
        with self.condition:
            if self.given_up:
                return False
            self.result, self.done = result, True
            self.condition.notify_all()
            return True

    def wait(self, timeout: float) -> bool:
        with self.condition:
            if not self.condition.wait_for(lambda: self.done, timeout):
                self.given_up = True
            return self.done


class Notebook:
    """One ordered queue over `notes.db`; `folder` None keeps nothing (the viewer still works)."""

    def __init__(self, folder: Path | None, post: Post = _call_now, store: Store | None = None):
        self.folder = folder if store is None else store.path.parent
        self.post = post
        self.changed = Signal("changed")  # (Changes), on the owner's thread
        self.before_read = Signal("before_read")  # on the caller's thread, before a read is queued
        nowhere = None if folder is not None or store is not None else NO_FOLDER
        self.problem: str | None = nowhere
        self.recovered_from: Path | None = None
        self._store = store
        self._ops: deque[_Op] = deque()
        self._note_texts: dict[tuple[str, str], str] = {}  # the latest text of each note queued
        self._busy = False
        self._closed = False
        self._condition = threading.Condition()
        self._thread = threading.Thread(target=self._run, name="notebook", daemon=True)
        self._thread.start()
        if store is None and self.folder is not None:
            self._queue(_Op(self._open, name="open"))
        elif store is not None:
            self.problem, self.recovered_from = store.problem if store.db is None else None, store.recovered_from

    # -- writes --------------------------------------------------------------------
    def save_note(self, tour_id: str, stop_id: str, text: str) -> None:
        """Write `text` as the note; its outcome comes as a `Changes` with `note` set."""
        key = (tour_id, stop_id)
        with self._condition:
            queued = key in self._note_texts
            self._note_texts[key] = text
            if not queued:
                self._ops.append(_Op(lambda _store: self._write_note(key), name="save note"))
                self._condition.notify_all()

    def mark_visited(self, tour_id: str, stop_id: str) -> None:
        def run(store: Store | None) -> tuple[None, Changes | None]:
            done = store is not None and store.mark_visited(tour_id, stop_id)
            return None, Changes(tour_id, visited=frozenset([stop_id])) if done else None

        self._queue(_Op(run, name="mark visited"))

    def save_position(self, tour_id: str, stop_id: str, language: str) -> None:
        def run(store: Store | None) -> tuple[None, Changes | None]:
            done = store is not None and store.save_position(tour_id, stop_id, language)
            return None, Changes(tour_id, position=True) if done else None

        self._queue(_Op(run, name="save position"))

    def index_tour(self, tour: Tour, then: Callable[[bool], None]) -> None:
        """Keep every language of the tour's text searchable; `then(done)`."""

        def run(store: Store | None) -> tuple[bool, Changes | None]:
            from tourviewer.core import search  # its patterns are compiled when a tour is first indexed

            done = store is not None and search.index(store, tour)
            return done, Changes(tour.id, indexed=True) if done else None

        self._queue(_Op(run, then, name="index tour"))

    # -- reads -----------------------------------------------------------------------
    def read(self, fn: Callable[[Store], T], then: Callable[[T], None], empty: T, wait: float = 0.0) -> None:
        """Run `fn` on the store after everything queued before; `then(result)`, or `then(empty)` without one.

        With `wait`, the caller waits up to that many seconds: an answer within it is given
        (`then` called) before this returns; a later one comes as it does without waiting.
        """
        self.before_read.emit()

        def run(store: Store | None) -> tuple[T, None]:
            return (fn(store) if store is not None else empty), None

        waiting = _Waiting() if wait > 0 else None
        self._queue(_Op(run, then, name="read", waiting=waiting))
        if waiting is not None and waiting.wait(wait):
            then(waiting.result)

    def progress(self, tour_id: str, then: Callable[[Progress], None], wait: float = 0.0) -> None:
        """Where the participant left the tour, and the stops seen; `wait` as for `read`."""
        self.read(
            lambda s: Progress(s.position(tour_id), frozenset(s.visited(tour_id))),
            then,
            Progress(Position(None, None), frozenset()),
            wait,
        )

    def note(self, tour_id: str, stop_id: str, then: Callable[[str], None]) -> None:
        self.read(lambda s: s.note(tour_id, stop_id), then, "")

    def notes(self, tour_id: str, then: Callable[[dict[str, Note]], None]) -> None:
        empty: dict[str, Note] = {}
        self.read(lambda s: s.notes(tour_id), then, empty)

    def visited(self, tour_id: str, then: Callable[[frozenset[str]], None]) -> None:
        empty: frozenset[str] = frozenset()
        self.read(lambda s: frozenset(s.visited(tour_id)), then, empty)

    def search(self, tour_id: str, language: str, text: str, then: Callable[[list[SearchHit]], None]) -> None:
        empty: list[SearchHit] = []
        self.read(lambda s: s.search(tour_id, language, text), then, empty)

    # -- the queue -------------------------------------------------------------------------
    @property
    def pending(self) -> int:
        """Operations queued or running."""
        with self._condition:
            return len(self._ops) + (1 if self._busy else 0)

    def wait(self, timeout: float = 10.0) -> bool:
        """Block until the queue is empty (for shutdown, the command line and tests)."""
        with self._condition:
            return self._condition.wait_for(lambda: not self._ops and not self._busy, timeout)

    def close(self, timeout: float = 10.0) -> bool:
        """Finish what is queued (up to `timeout`), then close the database; False if time ran out."""
        done = self.wait(timeout)
        with self._condition:
            self._closed = True
            self._condition.notify_all()
        self._thread.join(timeout if done else 0.1)
        return done

    def _queue(self, op: _Op) -> None:
        with self._condition:
            if self._closed:
                log.warning("notebook closed: %s dropped", op.name)
                return
            self._ops.append(op)
            self._condition.notify_all()

    def _run(self) -> None:
        try:
            while True:
                with self._condition:
                    self._condition.wait_for(lambda: self._ops or self._closed)
                    if not self._ops:
                        return
                    op = self._ops.popleft()
                    self._busy = True
                try:
                    self._do(op)
                finally:
                    with self._condition:
                        self._busy = False
                        self._condition.notify_all()
        finally:
            if self._store is not None:
                self._store.close()

    def _do(self, op: _Op) -> None:
        try:
            # a note to save is worth opening the database again for: the disk may have recovered
            result, changes = op.run(self._reopened_if_unavailable() if op.name == "save note" else self._store)
        except Exception:  # an operation's mistake must not stop the queue
            log.exception("notebook: %s failed", op.name)
            return
        then = op.then
        if then is not None and not (op.waiting is not None and op.waiting.take(result)):
            self.post(lambda: then(result))
        if changes is not None:
            self.post(lambda: self.changed.emit(changes))

    def _open(self, _: Store | None) -> tuple[None, Changes]:
        assert self.folder is not None
        self._store = Store(self.folder)
        self.problem = self._store.problem if self._store.db is None else None
        self.recovered_from = self._store.recovered_from
        return None, Changes(opened=True, problem=self.problem, recovered_from=self.recovered_from)

    def _write_note(self, key: tuple[str, str]) -> tuple[None, Changes]:
        with self._condition:
            text = self._note_texts.pop(key)
        store = self._store
        saved = store is not None and store.save_note(key[0], key[1], text)
        if saved:
            problem = None
        elif store is None:
            problem = self.problem or NO_DATABASE
        else:
            problem = store.problem or CANNOT_OPEN
            store.close()  # opened again for the next operation: the disk may have recovered by then
            self._store = None
        self.problem = problem
        outcome = NoteSaved(key[0], key[1], text, saved, problem)
        return None, Changes(key[0], notes=frozenset([key[1]]) if saved else frozenset(), note=outcome, problem=problem)

    def _reopened_if_unavailable(self) -> Store | None:
        """The store; one that could not be opened or written is tried again (the folder may have recovered)."""
        if self.folder is None:
            return self._store
        if self._store is None or self._store.db is None:
            if self._store is not None:
                self._store.close()
            self._store = Store(self.folder)
        return self._store
