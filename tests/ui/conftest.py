"""Shared fixtures for UI tests: small tours opened in a session."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings

from tests.tourfiles import png_bytes, write_tour


@pytest.fixture(autouse=True)
def private_settings(tmp_path_factory: pytest.TempPathFactory) -> None:
    """Every test starts with no settings (recent tours, languages, window state).

    Qt reads where settings live once per process, so a new $XDG_CONFIG_HOME
    alone would leave every test after the first sharing one file.
    """
    folder = str(tmp_path_factory.mktemp("settings"))
    for kind in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(kind, QSettings.Scope.UserScope, folder)


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
