"""An unexpected error does not make the program vanish.

`CrashHandler` catches an exception that escapes to Qt's event loop (a bug in a slot or an event
handler): the notes are saved first, the error is written to the log, and a dialog says what
happened, with "Copy details" for a report. An error in a worker thread is logged.
"""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from tourviewer.ui.logfile import log_file, start_logging

if TYPE_CHECKING:
    from tourviewer.ui.helpwindows import CrashDialog

log = logging.getLogger(__name__)


class CrashHandler:
    """Replaces sys.excepthook: an exception from a slot or an event handler saves the notes and is shown."""

    def __init__(self, save_notes: Callable[[], bool], window: QWidget | None = None, data: Path | None = None):
        """`data`: where to start the log, should an error come before it is started."""
        self.save_notes = save_notes
        self.data = data
        self.window = window
        self.dialog: CrashDialog | None = None
        self._previous = sys.excepthook
        self._previous_thread_hook = threading.excepthook

    def install(self) -> None:
        self._previous = sys.excepthook
        self._previous_thread_hook = threading.excepthook
        sys.excepthook = self.handle
        threading.excepthook = self.handle_in_thread

    def uninstall(self) -> None:
        if sys.excepthook == self.handle:
            sys.excepthook = self._previous
        if threading.excepthook == self.handle_in_thread:
            threading.excepthook = self._previous_thread_hook

    def handle_in_thread(self, args: threading.ExceptHookArgs) -> None:
        """A worker thread's error is logged (the thread has ended; the program goes on without it)."""
        if args.exc_value is None or issubclass(args.exc_type, SystemExit):
            return
        if log_file() is None and self.data is not None:
            start_logging(self.data)
        name = args.thread.name if args.thread is not None else "a thread"
        log.error("unexpected error in %s", name, exc_info=(args.exc_type, args.exc_value, args.exc_traceback))

    def handle(self, kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt | SystemExit):
            self._previous(kind, error, trace)
            return
        try:
            saved = bool(self.save_notes())
        except Exception:  # the notes' own failure is logged too, and the dialog says so
            log.exception("the notes could not be saved after an unexpected error")
            saved = False
        if log_file() is None and self.data is not None:
            start_logging(self.data)
        log.critical("unexpected error", exc_info=(kind, error, trace))
        details = "".join(traceback.format_exception(kind, error, trace))
        if self.dialog is not None and self.dialog.isVisible():
            self.dialog.add(details)
            return
        from tourviewer.ui.helpwindows import CrashDialog  # made when first needed

        self.dialog = CrashDialog(details, saved, self.window)
        self.dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
        self.dialog.open()  # returns at once: the event loop goes on
