"""The start screen lists tours as cards with cover, title, stops, languages and progress."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.tourfiles import MINIMAL, write_tour
from tests.ui.conftest import drain
from tourviewer.core.store import Store
from tourviewer.ui.images import ImageLoader
from tourviewer.ui.library import LibraryPage


def make_page(qtbot, tmp_path, notebook):
    page = LibraryPage(ImageLoader(), notebook, tmp_path / "user-tours")
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.show()
    return page


def test_cards_for_recent_sample_and_user_tours(qtbot, tmp_path, three_stops, notebook_at):
    write_tour(tmp_path / "user-tours" / "mine", MINIMAL.replace('title = "T"', 'title = "My own tour"', 1))
    store = Store(tmp_path / "data")
    store.mark_visited("three", "one")
    store.mark_visited("three", "gone-stop")  # a stop the tour no longer has does not count
    page = make_page(qtbot, tmp_path, notebook_at())
    page.refresh([str(three_stops)])
    drain(page.notebook)  # the visited counts come from the notebook
    by_title = {c.card.title: c for c in page.cards}
    assert list(by_title)[0] == "Three stops"
    assert "My own tour" in by_title
    assert {"Hongsung (Hongseong): farming together", "Gunsan: a city starting again"} <= set(by_title)
    three = by_title["Three stops"]
    assert three.meta.text() == "3 stops · English, 한국어 · folder three"
    assert three.progress.format() == "1 of 3 visited"
    assert by_title["My own tour"].meta.text() == "1 stop · English · folder mine"
    assert three.accessibleName() == "Three stops"


def test_covers_are_loaded_off_the_ui_thread(qtbot, tmp_path, notebook_at):
    page = make_page(qtbot, tmp_path, notebook_at())
    page.refresh([])
    hongsung = next(c for c in page.cards if c.card.tour_id == "hongsung")
    qtbot.waitUntil(lambda: hongsung.cover.pixmap() is not None and not hongsung.cover.pixmap().isNull())


def test_a_broken_tour_says_it_cannot_be_opened(qtbot, tmp_path, notebook_at):
    broken = write_tour(tmp_path / "broken", "format = 1\n")
    page = make_page(qtbot, tmp_path, notebook_at())
    page.refresh([str(broken)])
    card = page.cards[0]
    assert card.meta.text().startswith("Cannot be opened")
    with qtbot.waitSignal(page.openRequested) as chosen:
        qtbot.mouseClick(card, Qt.MouseButton.LeftButton)
    assert chosen.args == [str(broken)]


def test_a_folder_and_its_package_are_told_apart(qtbot, tmp_path, three_stops, notebook_at):
    from tourviewer.core.curate import pack_tour
    from tourviewer.core.loader import load_tour

    package = tmp_path / "three.tour"
    pack_tour(load_tour(three_stops), package)
    page = make_page(qtbot, tmp_path, notebook_at())
    page.refresh([str(package), str(three_stops)])
    metas = [c.meta.text() for c in page.cards if c.card.title == "Three stops"]
    assert metas == ["3 stops · English, 한국어 · package three.tour", "3 stops · English, 한국어 · folder three"]


def test_a_recent_tour_can_be_removed_from_the_list(qtbot, tmp_path, three_stops, notebook_at):
    page = make_page(qtbot, tmp_path, notebook_at())
    page.refresh([str(three_stops)])
    recent = next(c for c in page.cards if c.recent is not None)
    assert all(c.recent is None for c in page.cards if c is not recent), "samples cannot be removed"
    recent.setFocus()
    with qtbot.waitSignal(page.removeRecentRequested) as removed:
        qtbot.keyClick(recent, Qt.Key.Key_Delete)
    assert removed.args == [str(three_stops)]


def test_continue_where_the_last_tour_was_left(qtbot, tmp_path, three_stops, notebook_at):
    store = Store(tmp_path / "data")
    store.save_position("three", "two", "ko")
    store.close()
    page = make_page(qtbot, tmp_path, notebook_at())
    page.refresh([str(three_stops)])
    drain(page.notebook)  # where the tour was left comes from the notebook
    assert page.continue_button is not None
    assert page.continue_button.accessibleName() == "Continue 세 곳 at stop 2"
    with qtbot.waitSignal(page.openRequested) as opened:
        page.continue_button.click()
    assert opened.args == [str(three_stops)]
    page.refresh([])
    assert page.continue_button is None
