"""The data folder the command line finds without Qt is the one the viewer gets from Qt."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QStandardPaths

from tourviewer.core.appdata import APPLICATION, ORGANIZATION, app_data_dir
from tourviewer.ui.application import application


@pytest.fixture
def viewer_names(qapp):
    """The viewer's organization and application names; other tests keep their settings apart by pytest-qt's."""
    names = qapp.organizationName(), qapp.applicationName()
    application()
    yield
    qapp.setOrganizationName(names[0])
    qapp.setApplicationName(names[1])


@pytest.mark.parametrize("xdg", [None, "", "relative/share", "absolute"])
def test_the_folder_found_without_qt_is_qts(viewer_names, monkeypatch, tmp_path, xdg):
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    if xdg is None:
        monkeypatch.delenv("XDG_DATA_HOME", raising=False)
    else:
        monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg") if xdg == "absolute" else xdg)
    qts = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation))
    assert qts.name == APPLICATION and qts.parent.name == ORGANIZATION
    assert app_data_dir() == qts
    expected = tmp_path / "xdg" if xdg == "absolute" else tmp_path / "home" / ".local" / "share"
    assert qts.parent.parent == expected
