"""An unexpected exception in a slot: the notes are saved, the log has it, and a dialog says so."""

from __future__ import annotations

import faulthandler
import logging
import sys

import pytest
from PySide6.QtCore import QObject, Signal, qInstallMessageHandler, qWarning
from PySide6.QtWidgets import QApplication

from tests.ui.conftest import open_window
from tests.ui.test_mainwindow import make_window
from tourviewer.core.store import Store
from tourviewer.ui import logfile
from tourviewer.ui.crash import CrashHandler
from tourviewer.ui.helpwindows import CrashDialog
from tourviewer.ui.logfile import start_logging


class Trigger(QObject):
    fired = Signal()


def stop_logging() -> None:
    handler = logfile._state.pop("handler", None)
    if isinstance(handler, logging.Handler):
        logging.getLogger().removeHandler(handler)
        handler.close()
    logfile._state.clear()
    faulthandler.enable(sys.__stderr__)  # not into a log of a finished test
    qInstallMessageHandler(None)


@pytest.fixture
def logging_to(tmp_path):
    root = logging.getLogger()
    level = root.level
    yield start_logging(tmp_path / "data")
    stop_logging()
    root.setLevel(level)


@pytest.mark.qt_no_exception_capture
def test_an_exception_in_a_slot_shows_the_dialog_writes_the_log_and_loses_no_note(
    qtbot, tmp_path, three_stops, logging_to
):
    window = make_window(qtbot, tmp_path)
    open_window(window, three_stops)
    handler = CrashHandler(window.save_notes_now, window)
    handler.install()
    try:
        qtbot.keyClicks(window.view.notes.editor, "typed just before the error")
        trigger = Trigger()

        def broken_slot() -> None:
            raise RuntimeError("a bug in a slot")

        trigger.fired.connect(broken_slot)
        trigger.fired.emit()  # the note's one-second autosave has not run yet
        qtbot.waitUntil(lambda: handler.dialog is not None and handler.dialog.isVisible())
    finally:
        handler.uninstall()
    dialog = handler.dialog
    assert isinstance(dialog, CrashDialog)
    assert "Your notes were saved." in dialog.message.text()
    assert "RuntimeError: a bug in a slot" in dialog.details.toPlainText()
    assert Store(tmp_path / "data").note("three", "one") == "typed just before the error"
    logged = logging_to.read_text(encoding="utf-8")
    assert "CRITICAL" in logged and "RuntimeError: a bug in a slot" in logged and "broken_slot" in logged

    dialog.copy_button.click()
    copied = QApplication.clipboard().text()
    assert "RuntimeError: a bug in a slot" in copied and "Tour Viewer 0." in copied
    assert window.isVisible()  # the program goes on
    dialog.close()


@pytest.mark.qt_no_exception_capture
def test_errors_while_the_dialog_is_open_join_it(qtbot, tmp_path, logging_to):
    handler = CrashHandler(lambda: True)
    handler.install()
    try:
        trigger = Trigger()
        trigger.fired.connect(lambda: 1 / 0)
        trigger.fired.emit()
        trigger.fired.emit()
        qtbot.waitUntil(lambda: handler.dialog is not None and handler.dialog.isVisible())
    finally:
        handler.uninstall()
    assert handler.dialog.details.toPlainText().count("ZeroDivisionError") == 2
    handler.dialog.close()


@pytest.mark.qt_no_exception_capture
def test_notes_that_cannot_be_saved_are_said(qtbot, tmp_path, logging_to):
    def failing_save() -> bool:
        raise OSError("disk full")

    handler = CrashHandler(failing_save)
    handler.install()
    try:
        trigger = Trigger()
        trigger.fired.connect(lambda: [][1])
        trigger.fired.emit()
        qtbot.waitUntil(lambda: handler.dialog is not None and handler.dialog.isVisible())
    finally:
        handler.uninstall()
    assert "could not all be saved" in handler.dialog.message.text()
    assert "disk full" in logging_to.read_text(encoding="utf-8")
    handler.dialog.close()


def test_the_log_rotates_and_faulthandler_writes_beside_it(tmp_path, logging_to):
    assert faulthandler.is_enabled()
    assert (logging_to.parent / logfile.CRASH_FILE).exists()
    big = "x" * 1000
    for _ in range(logfile.LOG_BYTES // 1000 + 50):
        logging.getLogger("tourviewer.test").warning(big)
    assert (logging_to.parent / f"{logfile.LOG_FILE}.1").exists()
    assert logging_to.stat().st_size < logfile.LOG_BYTES


def test_a_read_only_data_folder_means_no_log_and_no_error(tmp_path):
    blocked = tmp_path / "blocked"
    blocked.write_text("a file where the data folder should be", encoding="utf-8")
    assert start_logging(blocked) is None


@pytest.mark.qt_no_exception_capture
def test_an_error_before_the_log_is_started_starts_it(qtbot, tmp_path):
    assert logfile.log_file() is None
    handler = CrashHandler(lambda: True, data=tmp_path / "data")
    handler.install()
    try:
        trigger = Trigger()
        trigger.fired.connect(lambda: {}["missing"])
        trigger.fired.emit()
        qtbot.waitUntil(lambda: handler.dialog is not None and handler.dialog.isVisible())
    finally:
        handler.uninstall()
        handler.dialog.close()
        stop_logging()
    assert "KeyError: 'missing'" in (tmp_path / "data" / "logs" / logfile.LOG_FILE).read_text(encoding="utf-8")


def test_qt_warnings_go_to_the_log(logging_to):
    qWarning("a warning from Qt itself")
    assert "WARNING qt.default: a warning from Qt itself" in logfile.log_tail()


def test_an_error_in_a_worker_thread_is_logged(tmp_path, logging_to):
    import threading

    handler = CrashHandler(lambda: True)
    handler.install()
    try:
        worker = threading.Thread(target=lambda: 1 / 0, name="picture-decoder")
        worker.start()
        worker.join()
    finally:
        handler.uninstall()
    logged = logging_to.read_text(encoding="utf-8")
    assert "unexpected error in picture-decoder" in logged and "ZeroDivisionError" in logged
    assert handler.dialog is None  # no dialog from a thread; the program goes on
