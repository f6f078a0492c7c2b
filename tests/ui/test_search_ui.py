"""The search panel: the tour's text in the current language and the participant's notes,
matches in bold, choosing a result, and queries that must not break it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt

from tests.tourfiles import write_tour
from tests.ui.conftest import drain
from tourviewer.core import load_tour
from tourviewer.core.notebook import Notebook
from tourviewer.core.session import TourSession
from tourviewer.core.store import TOUR_NOTE
from tourviewer.ui.posting import ui_poster
from tourviewer.ui.search import HTML_ROLE, KIND_ROLE, NO_RESULTS, NO_STORE, STOP_ROLE, SearchPanel

TOUR = """format = 1
id = "farms"
title = { en = "Farms", ko = "농장들" }
languages = ["en", "ko"]

[[stops]]
id = "arrival"
title = { en = "Arrival", ko = "도착" }
narration = { en = "Welcome to the county.", ko = "군에 오신 것을 환영합니다." }

[[stops]]
id = "collabo"
title = { en = "Collabo Farm", ko = "협업농장" }
place = { en = "Janggok-myeon", ko = "장곡면" }
narration = { en = "Young people learn *farming* together.", ko = "청년들이 농장에서 함께 배웁니다." }

[[stops]]
id = "care"
title = { en = "Care farm", ko = "치유농장" }
narration = { en = "A farm that helps recovery.", ko = "회복을 돕는 곳입니다." }
"""

OTHER = """format = 1
id = "other"
title = "Other"
[[stops]]
id = "harbour"
title = "Harbour"
narration = "Fishing boats in the harbour."
"""


@pytest.fixture
def session(tmp_path, notebook):
    session = TourSession(notebook)
    session.open(load_tour(write_tour(tmp_path / "farms", TOUR)))
    return session


@pytest.fixture
def panel(qtbot, session, notebook):
    panel = SearchPanel(session, notebook)
    qtbot.addWidget(panel)
    panel.resize(420, 480)
    panel.show()
    qtbot.waitExposed(panel)
    return panel


def search(qtbot, panel: SearchPanel, text: str) -> list[tuple[str, str]]:
    """Type `text` as a person would and wait for the results; (kind, stop id) of each."""
    panel.field.clear()
    if text.isascii():
        qtbot.keyClicks(panel.field, text)
    else:  # QTest types only what a keyboard's keys name; an input method sends Hangul whole
        panel.field.insert(text)
    qtbot.waitUntil(lambda: not panel.pending)
    drain(panel.notebook)
    return [(str(item.data(KIND_ROLE)), str(item.data(STOP_ROLE))) for item in items(panel)]


def items(panel: SearchPanel) -> list[QModelIndex]:
    """The rows the results list shows."""
    model = panel.results.model()
    return [model.index(row, 0) for row in range(model.rowCount())]


def count(panel: SearchPanel) -> int:
    return panel.results.model().rowCount()


def test_field_and_results_are_named(panel):
    assert panel.field.accessibleName() == "Search"
    assert panel.field.placeholderText() == "Search this tour and your notes"
    assert panel.results.accessibleName() == "Search results"


def test_finds_the_tour_text_in_the_current_language_only(qtbot, panel, session):
    assert search(qtbot, panel, "농장에서") == []
    assert panel.message.isVisible() and panel.message.text() == NO_RESULTS
    with qtbot.waitSignal(session.languageChanged):
        session.set_language("ko")
    drain(panel.notebook)
    assert [(i.data(KIND_ROLE), i.data(STOP_ROLE)) for i in items(panel)] == [("tour", "collabo")]
    assert not panel.message.isVisible()
    assert search(qtbot, panel, "farming") == [], "English text is not searched in Korean"


def test_a_word_finds_longer_words_that_start_with_it(qtbot, panel, session):
    assert ("tour", "collabo") in search(qtbot, panel, "farm"), "farm finds farming"
    assert {stop for _, stop in search(qtbot, panel, "farm")} == {"collabo", "care"}
    session.set_language("ko")
    assert sorted(search(qtbot, panel, "농장")) == [("tour", "care"), ("tour", "collabo")], "농장에서, 치유농장"
    assert search(qtbot, panel, "치유") == [("tour", "care")], "inside the compound 치유농장"


def test_finds_notes_and_says_so(qtbot, panel, session, store):
    store.save_note("farms", "care", "Ask about the greenhouse rent")
    store.save_note("farms", TOUR_NOTE, "A greenhouse at every stop?")
    found = search(qtbot, panel, "greenhouse")
    assert sorted(found) == [("note", ""), ("note", "care")]
    texts = {str(i.data(STOP_ROLE)): i.data() for i in items(panel)}
    assert texts["care"].startswith("3. Care farm, Your note:")
    assert texts[""].startswith("Whole tour, Your note:")


def test_a_note_written_while_results_show_is_found_at_once(qtbot, panel, notebook):
    assert search(qtbot, panel, "greenhouse") == []
    notebook.save_note("farms", "collabo", "The greenhouse is shared")
    drain(notebook)
    assert [(i.data(KIND_ROLE), i.data(STOP_ROLE)) for i in items(panel)] == [("note", "collabo")]


def test_results_name_the_stop_and_show_the_match_in_bold(qtbot, panel):
    search(qtbot, panel, "farmi")
    (item,) = [i for i in items(panel) if i.data(STOP_ROLE) == "collabo"]
    assert item.data().startswith("2. Collabo Farm, Tour text:")
    shown = str(item.data(HTML_ROLE))
    assert "<b>farming</b>" in shown
    assert "*" not in shown, "the narration's Markdown is not shown"
    assert item.data(Qt.ItemDataRole.AccessibleTextRole) == item.data()


def test_everything_shown_is_escaped(qtbot, panel, session, store):
    store.save_note("farms", "arrival", "<img src=x> & <b>bold?</b> tractor")
    search(qtbot, panel, "tractor")
    (item,) = items(panel)
    shown = str(item.data(HTML_ROLE))
    assert "<img" not in shown and "&lt;img src=x&gt; &amp; &lt;b&gt;bold?&lt;/b&gt;" in shown


def test_a_note_on_a_removed_stop_is_found_and_named(qtbot, panel, session, store):
    store.save_note("farms", "old-market", "The old market sold seedlings")
    assert search(qtbot, panel, "seedlings") == [("note", "old-market")]
    assert items(panel)[0].data().startswith("Removed stop (old-market), Your note:")


def test_clicking_a_result_goes_to_its_stop(qtbot, panel, session):
    search(qtbot, panel, "recovery")
    (item,) = items(panel)
    rect = panel.results.visualRect(item)
    with qtbot.waitSignal(panel.chosen) as chosen:
        qtbot.mouseClick(panel.results.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert chosen.args == ["care", "tour"]
    assert session.stop.id == "care"


def test_enter_on_a_result_goes_to_its_stop(qtbot, panel, session):
    search(qtbot, panel, "welcome")
    session.go_to(2)
    qtbot.keyClick(panel.field, Qt.Key.Key_Down)
    assert panel.results.hasFocus() and panel.results.currentIndex().row() == 0
    with qtbot.waitSignal(panel.chosen) as chosen:
        qtbot.keyClick(panel.results, Qt.Key.Key_Return)
    assert chosen.args == ["arrival", "tour"]
    assert session.index == 0


def test_a_double_click_chooses_once(qtbot, panel):
    search(qtbot, panel, "recovery")
    rect = panel.results.visualRect(items(panel)[0])
    chosen = []
    panel.chosen.connect(lambda stop_id, kind: chosen.append(stop_id))
    qtbot.mouseClick(panel.results.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(panel.results.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert chosen == ["care"]


def test_choosing_the_tour_note_stays_where_it_is(qtbot, panel, session, store):
    store.save_note("farms", TOUR_NOTE, "Overall the harvest was late")
    session.go_to(1)
    search(qtbot, panel, "harvest")
    with qtbot.waitSignal(panel.chosen) as chosen:
        panel.results.activated.emit(items(panel)[0])
    assert chosen.args == [TOUR_NOTE, "note"]
    assert session.index == 1


def test_enter_in_the_field_searches_at_once(qtbot, panel):
    panel.field.setText("welcome")
    assert count(panel) == 0, "typing waits for a pause"
    qtbot.keyClick(panel.field, Qt.Key.Key_Return)
    drain(panel.notebook)
    assert count(panel) == 1
    assert not panel.pending


def test_an_empty_query_shows_nothing(qtbot, panel):
    search(qtbot, panel, "farm")
    panel.field.clear()
    assert count(panel) == 0
    assert not panel.message.isVisible()
    assert search(qtbot, panel, "   ") == []
    assert not panel.message.isVisible()


@pytest.mark.parametrize("query", ["!!! ... ???", "—", '"', "*", "(", 'farm" AND (', '"farm*" OR NOT )', "NEAR(a b"])
def test_punctuation_and_query_syntax_do_not_break_it(qtbot, panel, query):
    found = search(qtbot, panel, query)
    if "farm" in query:
        assert ("tour", "collabo") in found or found == [], "words are searched as words"
    else:
        assert found == []
        assert panel.message.text() == NO_RESULTS


def test_escape_clears_and_closes(qtbot, panel):
    search(qtbot, panel, "farm")
    with qtbot.waitSignal(panel.closed):
        qtbot.keyClick(panel.field, Qt.Key.Key_Escape)
    assert panel.field.text() == "" and count(panel) == 0


def test_a_new_tour_is_searched_at_once(qtbot, panel, session, tmp_path):
    search(qtbot, panel, "harbour")
    assert count(panel) == 0
    with qtbot.waitSignal(session.tourChanged):
        session.open(load_tour(write_tour(tmp_path / "other", OTHER)))
    drain(panel.notebook)
    assert [i.data(STOP_ROLE) for i in items(panel)] == ["harbour"]


def test_without_a_store_it_says_why(qtbot, tmp_path):
    notebook = Notebook(None, ui_poster())
    session = TourSession(notebook)
    session.open(load_tour(write_tour(tmp_path / "farms", TOUR)))
    panel = SearchPanel(session, notebook)
    qtbot.addWidget(panel)
    panel.show()
    assert panel.message.text() == NO_STORE
    assert search(qtbot, panel, "farm") == []
    assert panel.message.text() == NO_STORE
