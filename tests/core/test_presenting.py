"""What the audience sees while presenting, and the time against the plan, with no Qt."""

from __future__ import annotations

import pytest

from tests.tourfiles import write_tour
from tourviewer.core import load_tour
from tourviewer.core.presenting import BLACK, SHOWING, WHITE, Presentation

TALK = """format = 1
id = "talk"
title = "Talk"
languages = ["en", "ko"]
[[stops]]
id = "a"
title = { en = "A", ko = "가" }
minutes = 2
[[stops]]
id = "b"
title = { en = "B", ko = "나" }
minutes = 3
[[stops]]
id = "c"
title = { en = "C", ko = "다" }
minutes = 5
"""


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def result(tmp_path):
    return load_tour(write_tour(tmp_path / "talk", TALK))


def count(signal) -> list[int]:
    heard = [0]
    signal.connect(lambda: heard.__setitem__(0, heard[0] + 1))
    return heard


def test_starts_where_asked_in_the_language_asked(result):
    presentation = Presentation(result, start_index=1, language="ko")
    assert (presentation.console.stop.id, presentation.audience.stop.id) == ("b", "b")
    assert presentation.console.language == presentation.audience.language == "ko"


def test_the_audience_follows_unless_frozen_then_catches_up(result):
    presentation = Presentation(result)
    changed = count(presentation.audienceChanged)
    presentation.console.next()
    assert presentation.audience.index == 1 and changed[0] == 1
    presentation.toggle_freeze()
    presentation.console.next()
    assert presentation.audience.index == 1, "frozen: the room keeps the picture"
    presentation.toggle_freeze()
    assert presentation.audience.index == 2


def test_language_changes_reach_the_audience(result):
    presentation = Presentation(result)
    presentation.console.set_language("ko")
    assert presentation.audience.language == "ko"


@pytest.mark.parametrize("state", [BLACK, WHITE])
def test_a_blank_screen_toggles(result, state):
    presentation = Presentation(result)
    presentation.set_screen(state)
    assert presentation.screen == state
    presentation.set_screen(state)
    assert presentation.screen == SHOWING


def test_a_typed_number_goes_to_that_stop_or_nowhere(result):
    presentation = Presentation(result)
    presentation.type_digit("3")
    assert presentation.number == "3"
    assert presentation.go_to_number() and presentation.console.index == 2
    presentation.type_digit("9")
    assert not presentation.go_to_number() and presentation.console.index == 2
    assert not presentation.go_to_number(), "nothing typed"


def test_time_against_the_plan(result):
    clock = Clock()
    presentation = Presentation(result, clock=clock)
    clock.now += 150  # 2.5 minutes at the first stop, planned 2
    assert presentation.timing().behind == pytest.approx(30)
    presentation.console.next()
    clock.now += 60
    timing = presentation.timing()
    assert (timing.at_stop, timing.total) == (60, 210)
    assert timing.planned_until_here == 120 and timing.planned_total == 600
    assert timing.behind == pytest.approx(30), "still the half minute lost at the first stop"


def test_the_plan_counts_from_where_presenting_began_and_restarts(result):
    clock = Clock()
    presentation = Presentation(result, start_index=1, clock=clock)
    assert presentation.timing().planned_total == 480
    presentation.console.next()
    clock.now += 10
    presentation.restart_timing()
    timing = presentation.timing()
    assert (timing.total, timing.planned_total) == (0, 300)


def test_end_is_said(result):
    presentation = Presentation(result)
    ended = count(presentation.ended)
    presentation.end()
    assert ended[0] == 1
