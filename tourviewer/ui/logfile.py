"""The log in the data folder: what the program and Qt say, and the stacks of a hard crash.

`start_logging` writes the program's messages (Qt's warnings included) to `logs/tourviewer.log` in
the data folder, a rotating log (1 MB, three old files kept); `start_crash_log` has `faulthandler`
write the Python stacks of a hard crash (a segfault in a library) to `logs/crash.log`.
"""

from __future__ import annotations

import faulthandler
import logging
import sys
from io import IOBase
from pathlib import Path
from typing import IO

from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler

log = logging.getLogger(__name__)

LOG_FILE = "tourviewer.log"
CRASH_FILE = "crash.log"
LOG_BYTES = 1_000_000
LOG_BACKUPS = 3

_state: dict[str, object] = {}  # the log file in use, and the file faulthandler writes to (kept open)


def log_file() -> Path | None:
    """The log being written, once `start_logging` has run."""
    path = _state.get("log")
    return path if isinstance(path, Path) else None


def start_crash_log(data: Path) -> bool:
    """The Python stacks of a hard crash (a segfault in a library) go to `data/logs/crash.log`."""
    folder = data / "logs"
    if isinstance(_state.get("crash_file"), IOBase) and _state.get("crash_folder") == folder:
        return True
    try:
        folder.mkdir(parents=True, exist_ok=True)
        crash_file: IO[str] = open(folder / CRASH_FILE, "a", encoding="utf-8")  # noqa: SIM115 (open for life)
    except OSError as exc:
        log.warning("cannot write a crash log in %s: %s", folder, exc)
        return False
    faulthandler.enable(crash_file, all_threads=True)
    previous = _state.get("crash_file")
    _state.update(crash_file=crash_file, crash_folder=folder)
    if isinstance(previous, IOBase):
        previous.close()
    return True


def start_logging(data: Path) -> Path | None:
    """Warnings and errors of every module to a rotating log in `data/logs`; hard crashes to crash.log.

    Returns the log's path, or None when the folder cannot be written (the program runs on regardless).
    """
    from logging.handlers import RotatingFileHandler  # imports sockets and pickle: not before the first paint

    folder = data / "logs"
    if not start_crash_log(data):
        return None
    try:
        handler = RotatingFileHandler(folder / LOG_FILE, maxBytes=LOG_BYTES, backupCount=LOG_BACKUPS, encoding="utf-8")
    except OSError as exc:
        log.warning("cannot write a log in %s: %s", folder, exc)
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.setLevel(logging.INFO)
    root = logging.getLogger()
    previous = _state.get("handler")
    if isinstance(previous, logging.Handler):
        root.removeHandler(previous)
        previous.close()
    root.addHandler(handler)
    if root.level > logging.INFO or root.level == logging.NOTSET:
        root.setLevel(logging.INFO)
    _state.update(log=folder / LOG_FILE, handler=handler)
    qInstallMessageHandler(_on_qt_message)
    return folder / LOG_FILE


_QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


def _on_qt_message(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    """Qt's own warnings (a missing sound device, a plugin that cannot load) go to the log, and to stderr as before."""
    logging.getLogger(f"qt.{context.category or 'default'}").log(_QT_LEVELS.get(kind, logging.WARNING), message)
    if sys.__stderr__ is not None:
        sys.__stderr__.write(message + "\n")


def log_tail(lines: int = 40) -> str:
    """The last lines of the log, for diagnostics."""
    path = log_file()
    if path is None:
        return "(no log is being written)"
    handler = _state.get("handler")
    if isinstance(handler, logging.Handler):
        handler.flush()
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError as exc:
        return f"(the log cannot be read: {exc})"
    return "\n".join(text.splitlines()[-lines:])
