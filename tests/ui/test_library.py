"""The start window lists tours as cards."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.tourfiles import MINIMAL, write_tour
from tourviewer.core.library import sample_tour_folders
from tourviewer.ui.library import LibraryWindow


def test_lists_the_sample_tours_and_given_tours(qtbot, tmp_path):
    extra = write_tour(tmp_path / "mine", MINIMAL.replace('title = "T"', 'title = "My own tour"', 1))
    window = LibraryWindow([str(extra)])
    qtbot.addWidget(window)
    texts = [window.cards.item(i).text() for i in range(window.cards.count())]
    assert window.cards.count() == 1 + len(sample_tour_folders())
    assert texts[0].startswith("My own tour\n1 stop · en")
    assert any(t.startswith("Hongsung") for t in texts)
    assert any(t.startswith("Gunsan") for t in texts)
    sources = [window.cards.item(i).data(Qt.ItemDataRole.UserRole) for i in range(window.cards.count())]
    assert sources[0] == str(extra)


def test_a_broken_tour_shows_its_problem_count(qtbot, tmp_path):
    broken = write_tour(tmp_path / "broken", "format = 1\n")
    window = LibraryWindow([str(broken)])
    qtbot.addWidget(window)
    assert "problems: run tourviewer validate" in window.cards.item(0).text()
