"""Work that waits until a widget has painted: what is not needed for the first look.

Opening a tour should show its stop at once; reading the map picture and
starting the sound backend can follow a moment later. A `PaintGate` watches one
widget: work handed to `run_later` while the gate is armed runs right after that
widget's next paint (or after a short fallback delay, if it never paints, e.g.
when hidden).
"""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QEvent, QObject, QTimer, Slot
from PySide6.QtWidgets import QWidget

FALLBACK_MS = 400


class PaintGate(QObject):
    def __init__(self, watched: QWidget, ready: Callable[[], bool] = lambda: True, parent: QObject | None = None):
        """`ready` says whether what the widget paints now is what the user came for."""
        super().__init__(parent)
        self._ready = ready
        self._armed = False
        self._waiting: list[Callable[[], None]] = []
        self._pieces: list[Callable[[], None]] = []  # held-back work being done, a piece per turn
        self._fallback = QTimer(self)
        self._fallback.setSingleShot(True)
        self._fallback.setInterval(FALLBACK_MS)
        self._fallback.timeout.connect(self._open)
        watched.installEventFilter(self)

    def arm(self) -> None:
        """Hold work back until the watched widget paints next."""
        self._armed = True
        self._fallback.start()

    def run_later(self, work: Callable[[], None]) -> None:
        if self._armed:
            self._waiting.append(work)
        else:
            QTimer.singleShot(0, work)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self._armed and event.type() == QEvent.Type.Paint and self._ready():
            QTimer.singleShot(0, self, self._open)  # after this paint has finished; never once the gate is gone
        return False

    @Slot()
    def _open(self) -> None:
        if not self._armed or not shiboken6.isValid(self._fallback):
            return  # opened already, or its window was deleted while the call was queued
        self._armed = False
        self._fallback.stop()
        self._pieces, self._waiting = self._waiting, []
        self._next_piece()

    @Slot()
    def _next_piece(self) -> None:
        """One piece of the work held back; the next is asked for after it, so the window answers in between."""
        if self._pieces:
            work = self._pieces.pop(0)
            if self._pieces:
                QTimer.singleShot(1, self, self._next_piece)
            work()
