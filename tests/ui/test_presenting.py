"""Presenting as a facilitator does: every picture of a stop, a window that fits the screen, a plain pace."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, QSize, Qt

from tests.tourfiles import png_bytes, write_tour
from tests.ui.test_present import TOUR, FakeClock, press
from tourviewer.core import load_tour
from tourviewer.core.presenting import Presentation
from tourviewer.ui.present import ONE_SCREEN, Presenter, windowed_layout


@pytest.fixture
def pictures_presenter(qtbot, three_stops):
    presenter = Presenter(load_tour(three_stops), windowed=True, size=QSize(800, 450))
    qtbot.addWidget(presenter.audience)
    qtbot.addWidget(presenter.console)
    presenter.start()
    yield presenter
    presenter.stop()


def shown_colour(canvas) -> str:
    image = canvas.image
    return image.pixelColor(image.width() // 2, image.height() // 2).name()


def test_brackets_show_the_stops_other_pictures_to_the_room(qtbot, pictures_presenter):
    presenter = pictures_presenter
    console, audience = presenter.console, presenter.audience
    assert console.pictures.isVisible() and console.pictures.count() == 2
    assert console.picture_label.text().startswith("Picture 1 of 2")
    qtbot.waitUntil(lambda: audience.canvas.image is not None and shown_colour(audience.canvas) == "#008000")
    qtbot.keyClicks(console, "]")
    assert presenter.presentation.picture == 1 and presenter.presentation.console.index == 0
    qtbot.waitUntil(lambda: audience.canvas.image is not None and shown_colour(audience.canvas) == "#ff0000")
    current = console.current_canvas
    qtbot.waitUntil(lambda: current.image is not None and shown_colour(current) == "#ff0000")
    assert console.picture_label.text().startswith("Picture 2 of 2")
    assert audience.caption_label.isHidden(), "the second picture has no caption; the first's is not shown"
    qtbot.keyClicks(console, "]")
    assert presenter.presentation.picture == 1, "no third picture: ] stays"
    qtbot.keyClicks(audience, "[")
    assert presenter.presentation.picture == 0
    qtbot.waitUntil(lambda: shown_colour(audience.canvas) == "#008000")
    assert audience.caption_label.text() == "First picture"
    console.pictures.chosen.emit(1)  # a click on the second thumbnail
    assert presenter.presentation.picture == 1
    press(qtbot, console, Qt.Key.Key_Right)
    assert presenter.presentation.console.index == 1 and presenter.presentation.picture == 0
    assert not console.pictures.isVisible(), "a stop with one picture has no strip"


def test_the_windowed_audience_fits_a_small_screen_with_the_console_beside_it():
    laptop = QRect(0, 0, 1366, 740)  # 1366x768 less a panel
    audience, console = windowed_layout(laptop, None, 826)
    assert abs(audience.width() / audience.height() - 16 / 9) < 0.01
    assert laptop.contains(audience) and laptop.contains(console) and console.width() >= 826
    assert not audience.intersects(console), "the console is beside the audience window, not over it"
    big, _ = windowed_layout(QRect(0, 0, 3840, 2160), None, None)
    assert big.size() == QSize(1920, 1080), "never larger than 1920x1080 unless asked"
    whole, _ = windowed_layout(laptop, None, None)
    assert whole.height() == 740 and whole.width() <= 1366, "alone on a screen it fills it, 16:9"
    given, rest = windowed_layout(laptop, QSize(1280, 720), 826)
    assert given.size() == QSize(1280, 720) and rest == laptop, "--size is kept; no room beside it"


def test_windowed_without_a_size_is_no_larger_than_the_screen(qtbot, three_stops):
    presenter = Presenter(load_tour(three_stops), windowed=True)
    qtbot.addWidget(presenter.audience)
    qtbot.addWidget(presenter.console)
    presenter.start()
    area = presenter.console.screen().availableGeometry()
    assert presenter.audience.width() <= area.width() and presenter.audience.height() <= area.height()
    presenter.stop()


def test_s_with_one_screen_says_why_nothing_happens(qtbot, pictures_presenter):
    qtbot.keyClicks(pictures_presenter.console, "s")
    assert ONE_SCREEN in pictures_presenter.console.status_label.text()
    press(qtbot, pictures_presenter.console, Qt.Key.Key_Right)
    assert ONE_SCREEN not in pictures_presenter.console.status_label.text()


def test_going_back_does_not_turn_the_pace_around(qtbot, tmp_path):
    folder = write_tour(tmp_path / "talk", TOUR, {f"p{n}.png": png_bytes(64, 48, "navy") for n in range(1, 13)})
    clock = FakeClock()
    presentation = Presentation(load_tour(folder), clock=clock)  # two minutes a stop
    clock.now += 100
    presentation.console.next()
    clock.now += 100
    presentation.console.next()  # stop 3 at 200 s, where the plan says 240 s: 40 s ahead
    assert presentation.timing().behind == pytest.approx(-40)
    clock.now += 10
    presentation.console.previous()  # back to stop 2 to show something again
    timing = presentation.timing()
    assert timing.behind == pytest.approx(-40), "still measured at stop 3, the furthest reached, not 1:30 behind"
    assert timing.planned_by_end_of_furthest == 360


def test_the_console_clock_has_a_label(qtbot, pictures_presenter):
    assert pictures_presenter.console.clock_caption.text() == "Time now"


def test_a_console_with_no_room_beside_the_audience_opens_maximised(qtbot, three_stops):
    area = QRect(0, 0, 1366, 740)
    _, console = windowed_layout(area, QSize(1280, 720), 900)
    assert console == area, "no room beside a 1280-wide audience window: the console takes the screen"
    presenter = Presenter(load_tour(three_stops), windowed=True, size=QSize(4000, 2250))
    qtbot.addWidget(presenter.audience)
    qtbot.addWidget(presenter.console)
    presenter.start()
    assert presenter.console.windowState() & Qt.WindowState.WindowMaximized
    presenter.stop()
