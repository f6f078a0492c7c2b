"""Running work handed back from other threads on the UI thread.

The core's worker threads (the notebook's queue) report through a `post`
callable; this one queues the call into Qt's event loop. The relay is made
once and never deleted, so a worker may post while windows are closing; a
call whose widget is already gone is dropped.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Signal, Slot

log = logging.getLogger(__name__)


class _Relay(QObject):
    call = Signal(object)

    @Slot(object)
    def _on_call(self, fn: Callable[[], None]) -> None:
        try:
            fn()
        except RuntimeError as exc:
            if "already deleted" not in str(exc):
                raise
            log.debug("a posted call reached a deleted widget: %s", exc)


_relay: _Relay | None = None


def post_to_ui(fn: Callable[[], None]) -> None:
    """Run `fn` on the UI thread, soon (callable from any thread once the relay exists)."""
    assert _relay is not None, "ui_poster() must be called on the UI thread first"
    _relay.call.emit(fn)


def ui_poster() -> Callable[[Callable[[], None]], None]:
    """The `post` for core objects; call on the UI thread (it makes the relay there the first time)."""
    global _relay
    if _relay is None:
        _relay = _Relay()
        _relay.call.connect(_relay._on_call, Qt.ConnectionType.QueuedConnection)
    return post_to_ui
