"""Handing the tour over: a follower without it fetches the `.tour` package from the facilitator.

The facilitator sends a `handover` message (size and sha256) and then the
package in binary chunks. The follower writes them to a file it names itself,
in its own folder, after the content hash from the invitation (nothing received
is used as a path), refuses a package larger than its limit or longer than
announced, and keeps the file only when its sha256 is the invitation's. The
package is then opened like any other, with all the package rules.
"""

from __future__ import annotations

import hashlib
import logging
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import BinaryIO

from tourviewer.core.guide.protocol import CHUNK, Message
from tourviewer.core.said import Said
from tourviewer.core.words import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)

MAX_RECEIVE_BYTES = 2 * 1024**3  # a follower refuses a larger tour


def chunks(source: Path) -> Iterator[bytes]:
    with source.open("rb") as f:
        while chunk := f.read(CHUNK):
            yield chunk


class HandoverReceiver:
    """Receives one package into `folder`/<sha256>.tour; `done(path, problem)` is called once."""

    def __init__(
        self,
        folder: Path,
        sha256: str,
        done: Callable[[Path | None, str], None],
        progress: Callable[[int, int], None] = lambda received, total: None,
        limit: int = MAX_RECEIVE_BYTES,
    ):
        self.folder = folder
        self.sha256 = sha256  # from the invitation, checked to be 64 hex digits
        self.done = done
        self.progress = progress
        self.limit = limit
        self.wanted = False  # asked for, and no answer yet
        self.size = 0
        self.received = 0
        self._hash = hashlib.sha256()
        self._file: BinaryIO | None = None
        self._lock = threading.Lock()

    @property
    def target(self) -> Path:
        return self.folder / f"{self.sha256}.tour"

    @property
    def _partial(self) -> Path:
        return self.folder / f"{self.sha256}.part"

    @property
    def active(self) -> bool:
        return self._file is not None

    def on_message(self, message: Message) -> None:
        self.wanted = False
        if message.type == "handover-failed":
            why = message["message"]
            self._finish(None, why if isinstance(why, Said) else str(why)[:200])
            return
        size = int(message["size"])
        if size > self.limit:
            self._finish(
                None,
                Said(
                    QT_TRANSLATE_NOOP("Guide", "The tour is {0} MB, more than the {1} MB accepted"),
                    f"{size / 1e6:.0f}",
                    f"{self.limit / 1e6:.0f}",
                ),
            )
            return
        if size <= 0:
            self._finish(None, Said(QT_TRANSLATE_NOOP("Guide", "The facilitator announced an empty tour")))
            return
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            self._file = self._partial.open("wb")
        except OSError as exc:
            self._finish(None, Said(QT_TRANSLATE_NOOP("Guide", "Cannot write the tour here: {0}"), exc.strerror or exc))
            return
        self.size, self.received, self._hash = size, 0, hashlib.sha256()
        self.progress(0, size)

    def on_chunk(self, chunk: bytes) -> None:
        if self._file is None:
            log.warning("guide: dropped a chunk outside a hand-over")
            return
        if self.received + len(chunk) > self.size:
            self._fail(Said(QT_TRANSLATE_NOOP("Guide", "The facilitator sent more than the tour's announced size")))
            return
        try:
            self._file.write(chunk)
        except OSError as exc:
            self._fail(Said(QT_TRANSLATE_NOOP("Guide", "Cannot write the tour here: {0}"), exc.strerror or exc))
            return
        self._hash.update(chunk)
        self.received += len(chunk)
        self.progress(self.received, self.size)
        if self.received == self.size:
            self._complete()

    def abort(self, why: str) -> None:
        if self._file is not None:
            self._fail(Said(QT_TRANSLATE_NOOP("Guide", "The hand-over stopped: {0}"), why))

    def _complete(self) -> None:
        self._close()
        if self._hash.hexdigest() != self.sha256:
            self._partial.unlink(missing_ok=True)
            self._finish(
                None,
                Said(
                    QT_TRANSLATE_NOOP(
                        "Guide", "The tour received does not match the invitation's content hash: it was not kept"
                    )
                ),
            )
            return
        self._partial.replace(self.target)
        self._finish(self.target, "")

    def _fail(self, why: str) -> None:
        self._close()
        self._partial.unlink(missing_ok=True)
        self._finish(None, why)

    def _close(self) -> None:
        if self._file is not None:
            self._file.close()
            self._file = None

    def _finish(self, path: Path | None, problem: str) -> None:
        if problem:
            log.warning("guide: hand-over failed: %s", problem)
        self.done(path, problem)
