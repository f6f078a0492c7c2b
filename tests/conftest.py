"""Test setup: offscreen Qt, and a private data and cache folder for every test."""

from __future__ import annotations

import gc
import os
import sys
import tempfile

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The interface in English whatever the machine's locale (tests of other languages install theirs).
os.environ["TOURVIEWER_UI_LANG"] = "en"
# No test plays to the machine's speakers or starts its sound server (libpulse would, for a
# user): Qt Multimedia is pointed at a PulseAudio socket that does not exist, so it finds no
# sound device. The one test that needs sound starts a private server (tests/ui/sound_server.py).
os.environ["QT_AUDIO_BACKEND"] = "pulseaudio"
os.environ["PULSE_SERVER"] = "unix:" + os.path.join(tempfile.gettempdir(), f"tourviewer-tests-{os.getpid()}-no-sound")

import pytest  # noqa: E402

from tests.tourfiles import png_bytes, write_tour  # noqa: E402


@pytest.fixture(autouse=True, scope="session")
def collection_on_the_main_thread():
    """As in the viewer once started: no automatic cycle collection, which would run on whichever
    thread allocates (a picture decoder's, a guided session's) and could destroy a garbage widget
    there; the main thread collects between tests (and a window's event loop while it runs)."""
    automatic = gc.isenabled()
    gc.disable()
    yield
    if automatic:
        gc.enable()


@pytest.fixture(autouse=True)
def collect_after_each_test():
    yield
    if gc.get_count()[0] > gc.get_threshold()[0]:
        _delete_what_was_closed()
        gc.collect()


def _delete_what_was_closed() -> None:
    """The widgets a test closed and handed to `deleteLater` (pytest-qt does) are deleted before a
    collection: one that cleared their Python half first left Qt objects alive whose event
    filters met the next test's events with their attributes gone."""
    qtcore = sys.modules.get("PySide6.QtCore")
    if qtcore is not None and qtcore.QCoreApplication.instance() is not None:
        qtcore.QCoreApplication.sendPostedEvents(None, qtcore.QEvent.Type.DeferredDelete)


@pytest.fixture(autouse=True)
def private_folders(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """No test touches a person's real notes, settings or package cache."""
    base = tmp_path_factory.mktemp("user")
    monkeypatch.setenv("TOURVIEWER_DATA_DIR", str(base / "data"))
    monkeypatch.setenv("TOURVIEWER_CACHE_DIR", str(base / "cache"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(base / "config"))


THREE_STOPS = """format = 1
id = "three"
title = { en = "Three stops", ko = "세 곳" }
languages = ["en", "ko"]
[[stops]]
id = "one"
title = { en = "One", ko = "하나" }
[[stops.images]]
file = "a.png"
caption = { en = "First picture", ko = "첫 그림" }
credit = "Illustration"
alt = { en = "A green square", ko = "초록 네모" }
[[stops.images]]
file = "b.png"
credit = "Illustration"
alt = "A red square"
[[stops]]
id = "two"
title = { en = "Two", ko = "둘" }
[[stops.images]]
file = "c.png"
credit = "Illustration"
alt = "A blue square"
[[stops]]
id = "three"
title = { en = "Three", ko = "셋" }
"""


@pytest.fixture
def three_stops(tmp_path):
    return write_tour(
        tmp_path / "three",
        THREE_STOPS,
        {
            "a.png": png_bytes(400, 300, "green"),
            "b.png": png_bytes(300, 400, "red"),
            "c.png": png_bytes(64, 64, "blue"),
        },
    )
