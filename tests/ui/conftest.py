"""Shared fixtures for UI tests: small tours opened in a session."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings

from tourviewer.core.store import Store


@pytest.fixture(autouse=True)
def private_settings(tmp_path_factory: pytest.TempPathFactory) -> None:
    """Every test starts with no settings (recent tours, languages, window state).

    Qt reads where settings live once per process, so a new $XDG_CONFIG_HOME
    alone would leave every test after the first sharing one file.
    """
    folder = str(tmp_path_factory.mktemp("settings"))
    for kind in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(kind, QSettings.Scope.UserScope, folder)


def drain(notebook) -> None:
    """Let the notebook finish what is queued, and its answers (and what they queue) reach the widgets."""
    from PySide6.QtWidgets import QApplication

    for _ in range(4):
        assert notebook.wait(10)
        QApplication.processEvents()


@pytest.fixture
def notebook_at(tmp_path):
    """Notebooks over folders, answering on the UI thread; closed after the test."""
    from tourviewer.core.notebook import Notebook
    from tourviewer.ui.posting import ui_poster

    made = []

    def make(folder=None):
        notebook = Notebook(folder if folder is not None else tmp_path / "data", ui_poster())
        made.append(notebook)
        return notebook

    yield make
    for notebook in made:
        notebook.close()


def open_window(window, path) -> None:
    """Open a tour in the main window and wait until it shows (after the notebook says where it was left)."""
    assert window.open_path(str(path))
    assert window.wait_until_shown()
    drain(window.notebook)


@pytest.fixture
def store(tmp_path):
    """A connection of the test's own, to write notes as an earlier session would have."""
    store = Store(tmp_path / "data")
    yield store
    store.close()


@pytest.fixture
def notebook(notebook_at, store):
    return notebook_at()  # after the test's own connection has made the database


@pytest.fixture
def decode_threads(monkeypatch):
    """The names of the threads that decode pictures during the test."""
    import threading

    from tourviewer.ui import images

    names: list[str] = []
    real = images.decode

    def spy(key):
        names.append(threading.current_thread().name)
        return real(key)

    monkeypatch.setattr(images, "decode", spy)
    return names


def shown_window(qtbot, tmp_path, size: tuple[int, int] = (1200, 800)):
    """A main window of the test's own (notes in tmp_path/data), shown at `size`."""
    from tourviewer.ui.mainwindow import MainWindow

    window = MainWindow(Store(tmp_path / "data"), tmp_path / "data" / "tours")
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    return window
