"""The tour session owns the current stop and language, and remembers them."""

from __future__ import annotations

from tourviewer.core import load_tour
from tourviewer.core.store import Store
from tourviewer.ui.session import TourSession


def test_moves_within_the_tour(qtbot, three_stops):
    session = TourSession()
    session.open(load_tour(three_stops))
    assert (session.index, session.stop.id) == (0, "one")
    with qtbot.waitSignal(session.stopChanged) as changed:
        session.next()
    assert changed.args == [1]
    session.next()
    session.next()
    assert session.index == 2, "stays on the last stop"
    session.first()
    session.previous()
    assert session.index == 0
    session.last()
    assert session.stop.id == "three"
    session.go_to_id("two")
    assert session.index == 1
    assert session.visited == {"one", "two", "three"}


def test_language_switch_keeps_the_stop(qtbot, three_stops):
    session = TourSession()
    session.open(load_tour(three_stops))
    session.go_to(1)
    with qtbot.waitSignal(session.languageChanged):
        session.set_language("ko")
    assert session.index == 1
    assert session.text(session.stop.title) == "둘"
    session.set_language("fr")
    assert session.language == "ko", "a language the tour does not have is ignored"


def test_resume_where_left_with_the_language(qtbot, three_stops, tmp_path):
    store = Store(tmp_path / "data")
    session = TourSession(store)
    session.open(load_tour(three_stops))
    session.go_to(2)
    session.set_language("ko")
    reopened = TourSession(Store(tmp_path / "data"))
    reopened.open(load_tour(three_stops))
    assert reopened.stop.id == "three"
    assert reopened.language == "ko"
    assert reopened.visited == {"one", "three"}
