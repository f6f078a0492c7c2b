"""The program's own files are package data, found through importlib.resources."""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

from tourviewer.core import resources
from tourviewer.core.desktop import ICON_SIZES
from tourviewer.core.library import sample_tour_folders


def test_the_sample_tours_are_the_tourviewer_tours_package():
    folder = resources.sample_tours_folder()
    assert folder == Path(str(files("tourviewer.tours")))
    assert [p.name for p in sample_tour_folders()] == ["gunsan", "hongsung"]


def test_every_shipped_asset_is_there():
    for name in ("icons/tourviewer.svg", "icons/application-vnd.tourviewer.tour.svg", "LICENSES.md"):
        assert resources.asset(name).is_file()
    for name in ("guide/user-guide.md", "guide/authoring.md"):
        assert resources.asset(name).stat().st_size > 1000
    for size in ICON_SIZES:
        assert resources.asset(f"icons/hicolor/{size}x{size}/tourviewer.png").is_file()


def test_a_source_tree_that_was_not_installed_shows_no_samples_instead_of_failing(monkeypatch, caplog):
    def not_installed(package: str):
        raise ModuleNotFoundError(package)

    monkeypatch.setattr(resources, "files", not_installed)
    assert sample_tour_folders() == []
    assert not resources.asset("LICENSES.md").exists()
    assert "tourviewer.tours is not installed" in caplog.text
