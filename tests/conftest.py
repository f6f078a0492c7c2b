"""Test setup: offscreen Qt, and a private data and cache folder for every test."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402


@pytest.fixture(autouse=True)
def private_folders(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """No test touches a person's real notes, settings or package cache."""
    base = tmp_path_factory.mktemp("user")
    monkeypatch.setenv("TOURVIEWER_DATA_DIR", str(base / "data"))
    monkeypatch.setenv("TOURVIEWER_CACHE_DIR", str(base / "cache"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(base / "config"))
