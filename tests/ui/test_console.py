"""The presenter console: current and next stop, speaker notes, timers, banner, status, stop list, narration."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import QLocale, Qt, QTime, QUrl
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QWidget

from tests.tourfiles import png_bytes, wav_bytes, write_tour
from tourviewer.core import load_tour
from tourviewer.core.presenting import BLACK, WHITE, Presentation
from tourviewer.ui.console import AMBER, END_OF_TOUR, GREEN, KEY_HELP, NO_NOTES, NO_PICTURES, RED, PresenterConsole
from tourviewer.ui.images import ImageLoader

TALK = """format = 1
id = "talk"
title = { en = "A talk", ko = "강연" }
languages = ["en", "ko"]

[[stops]]
id = "harbour"
title = { en = "Harbour", ko = "항구" }
place = { en = "By the sea", ko = "바닷가" }
minutes = 2
audio = { en = "harbour.en.wav", ko = "harbour.ko.wav" }
transcript = { en = "harbour.en.vtt", ko = "harbour.ko.vtt" }
speaker_notes = { en = "Say **hello** first.", ko = "먼저 **인사**하세요." }
[[stops.images]]
file = "harbour.png"
alt = { en = "A green square", ko = "초록 네모" }

[[stops]]
id = "market"
title = { en = "Market", ko = "시장" }
minutes = 3
speaker_notes = { en = "Ask about prices.", ko = "가격을 물어보세요." }
[[stops.images]]
file = "market.png"

[[stops]]
id = "hall"
title = { en = "Town hall", ko = "시청" }
minutes = 1
"""

VTT_EN = "WEBVTT\n\n00:00.000 --> 00:01.000\nWelcome to the harbour.\n\n00:01.000 --> 00:02.000\nLook left.\n"
VTT_KO = "WEBVTT\n\n00:00.000 --> 00:01.000\n항구에 오신 것을 환영합니다.\n"


class FakeClock:
    """The presentation's clock, moved on by hand."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@pytest.fixture
def talk(tmp_path):
    return write_tour(
        tmp_path / "talk",
        TALK,
        {
            "harbour.png": png_bytes(1600, 1200, "green"),
            "market.png": png_bytes(300, 200, "red"),
            "harbour.en.wav": wav_bytes(),
            "harbour.ko.wav": wav_bytes(),
            "harbour.en.vtt": VTT_EN.encode(),
            "harbour.ko.vtt": VTT_KO.encode(),
        },
    )


@pytest.fixture
def clock():
    return FakeClock()


@pytest.fixture
def presentation(talk, clock):
    return Presentation(load_tour(talk), clock=clock)


@pytest.fixture
def console(qtbot, presentation):
    console = PresenterConsole(presentation, ImageLoader(), wall_clock=lambda: datetime(2024, 3, 30, 14, 5, 59))
    console.resize(1440, 900)
    qtbot.addWidget(console)
    console.show()
    return console


def colour_of(image: QImage | None) -> str:
    return image.pixelColor(image.width() // 2, image.height() // 2).name() if image is not None else ""


# -- the stops -------------------------------------------------------------------------------
def test_current_and_next_stop_follow_the_console(qtbot, console, presentation):
    assert console.current_title_label.text() == "Stop 1 of 3 — Harbour"
    assert console.place_label.text() == "By the sea"
    assert console.next_title_label.text() == "Stop 2 — Market"
    qtbot.waitUntil(lambda: colour_of(console.current_canvas.image) == "#008000")
    qtbot.waitUntil(lambda: colour_of(console.next_canvas.image) == "#ff0000")
    assert console.current_canvas.accessibleDescription() == "A green square"

    presentation.console.next()
    assert console.current_title_label.text() == "Stop 2 of 3 — Market"
    assert console.next_title_label.text() == "Stop 3 — Town hall"
    qtbot.waitUntil(lambda: colour_of(console.current_canvas.image) == "#ff0000")
    assert console.next_canvas.message == NO_PICTURES
    assert console.windowTitle() == "Presenter console — A talk"


def test_the_current_picture_is_decoded_at_its_shown_size(qtbot, console):
    qtbot.waitUntil(lambda: console.current_canvas.image is not None)
    canvas = console.current_canvas
    qtbot.waitUntil(lambda: canvas.image.width() >= min(canvas.width(), canvas.height() * 4 / 3) * 0.9)
    assert canvas.image.width() < 1600, "decoded to fit, not at full size"
    qtbot.waitUntil(lambda: console.next_canvas.image is not None)
    assert console.next_canvas.image.width() <= 256, "the preview is decoded at its own small size"


def test_the_last_stop_says_the_tour_ends(console, presentation):
    presentation.console.last()
    assert console.current_title_label.text() == "Stop 3 of 3 — Town hall"
    assert console.next_title_label.text() == END_OF_TOUR
    assert not console.next_canvas.isVisible()
    assert console.current_canvas.message == NO_PICTURES
    presentation.console.previous()
    assert console.next_canvas.isVisible()
    assert console.next_title_label.text() == "Stop 3 — Town hall"


# -- speaker notes and language ---------------------------------------------------------------------
def test_speaker_notes_are_large_and_in_the_console_language(console, presentation):
    assert console.notes_view.toPlainText() == "Say hello first."
    assert console.notes_view.font().pointSize() >= 18
    assert console.language_box.currentData() == "en"
    assert [console.language_box.itemData(i) for i in range(console.language_box.count())] == ["en", "ko"]

    console.language_box.setCurrentIndex(console.language_box.findData("ko"))
    assert presentation.console.language == "ko"
    assert presentation.audience.language == "ko", "the audience follows the console's language"
    assert console.notes_view.toPlainText() == "먼저 인사하세요."
    assert console.current_title_label.text() == "Stop 1 of 3 — 항구"
    assert console.next_title_label.text() == "Stop 2 — 시장"

    presentation.console.set_language("en")  # changed elsewhere: the box follows
    assert console.language_box.currentData() == "en"
    assert console.notes_view.toPlainText() == "Say hello first."


def test_a_stop_without_notes_says_so(console, presentation):
    presentation.console.next()
    assert console.notes_view.toPlainText() == "Ask about prices."
    presentation.console.next()
    assert console.notes_view.toPlainText() == NO_NOTES


def test_notes_text_size_buttons(console):
    size = console.notes_view.font().pointSize()
    console.larger.click()
    assert console.notes_view.font().pointSize() > size
    console.smaller.click()
    console.smaller.click()
    assert console.notes_view.font().pointSize() < size
    assert console.notes_view.toPlainText() == "Say hello first.", "the notes stay after a size change"


# -- timers ------------------------------------------------------------------------------------------
def test_timers_against_the_plan(console, presentation, clock):
    assert console.timer_texts() == {
        "stop": "0:00 of 2:00",
        "total": "0:00 of 2:00",
        "status": "on time",
        "clock": QLocale().toString(QTime(14, 5), QLocale.FormatType.ShortFormat),  # as the language writes it
    }

    clock.advance(90)
    console.refresh_timers()
    texts = console.timer_texts()
    assert texts["stop"] == "1:30 of 2:00"
    assert texts["total"] == "1:30 of 2:00"
    assert texts["status"] == "on time"
    assert console.stop_time_label.text() == "1:30"
    assert console.stop_plan_label.text() == "of 2:00 planned"

    clock.advance(110)  # 200 s at a stop planned for 120 s
    console.refresh_timers()
    assert console.timer_texts()["status"] == "1:20 behind"
    assert AMBER.name() in console.pace_label.styleSheet()

    clock.advance(100)
    console.refresh_timers()
    assert console.timer_texts()["status"] == "3:00 behind"
    assert RED.name() in console.pace_label.styleSheet()
    assert console.pace_label.text() == "3:00 behind"


def test_the_stop_timer_restarts_on_another_stop(console, presentation, clock):
    clock.advance(300)
    presentation.console.next()  # the console updates itself: no refresh_timers() here
    texts = console.timer_texts()
    assert texts["stop"] == "0:00 of 3:00"
    assert texts["total"] == "5:00 of 5:00", "planned to the end of this stop: 2 + 3 minutes"
    assert texts["status"] == "3:00 behind", "arrived at 5:00 where the plan says 2:00"
    clock.advance(60)
    console.refresh_timers()
    assert console.timer_texts()["stop"] == "1:00 of 3:00"
    assert console.timer_texts()["total"] == "6:00 of 5:00"


def test_ahead_of_the_plan(console, presentation, clock):
    clock.advance(500)
    presentation.restart_timing()
    assert console.timer_texts()["total"].startswith("0:00")
    clock.advance(30)
    presentation.console.go_to(2)  # plan: 5 minutes before this stop
    assert console.timer_texts()["status"] == "4:30 ahead"
    assert GREEN.name() in console.pace_label.styleSheet()
    assert console.timer_texts()["total"] == "0:30 of 6:00"


def test_the_timers_tick_by_themselves(qtbot, console, clock):
    clock.advance(5)
    qtbot.waitUntil(lambda: console.timer_texts()["stop"] == "0:05 of 2:00")


def test_restart_button_restarts_the_timers(console, clock):
    clock.advance(75)
    console.refresh_timers()
    console.restart_button.click()
    assert console.timer_texts()["total"] == "0:00 of 2:00"


def test_a_tour_without_minutes_has_no_verdict(qtbot, tmp_path, clock):
    folder = write_tour(tmp_path / "plain", 'format = 1\nid = "p"\ntitle = "P"\n[[stops]]\nid = "a"\ntitle = "A"\n')
    console = PresenterConsole(Presentation(load_tour(folder), clock=clock), ImageLoader())
    qtbot.addWidget(console)
    clock.advance(61)
    console.refresh_timers()
    texts = console.timer_texts()
    assert texts["stop"] == "1:01"
    assert texts["total"] == "1:01"
    assert texts["status"] == "no time plan"
    assert console.next_title_label.text() == END_OF_TOUR
    assert not console.language_box.isEnabled(), "one language: nothing to choose"


# -- what the audience sees, and the status line ------------------------------------------------------
def test_frozen_banner(console, presentation):
    assert not console.frozen_banner.isVisible()
    presentation.toggle_freeze()
    presentation.console.next()
    assert console.frozen_banner.isVisible()
    assert "Audience frozen on stop 1: Harbour" in console.frozen_banner.text()
    assert console.current_title_label.text() == "Stop 2 of 3 — Market", "the console shows its own stop"
    assert "Frozen on stop 1" in console.status_label.text()
    presentation.toggle_freeze()
    assert not console.frozen_banner.isVisible()
    assert "Audience sees stop 2" in console.status_label.text()


def test_status_shows_blank_screens_and_the_typed_number(console, presentation):
    assert KEY_HELP.split(" · ")[0] in console.status_label.text()
    presentation.set_screen(BLACK)
    assert "Black screen" in console.status_label.text()
    assert "Audience screen is black" in console.frozen_banner.text()
    presentation.set_screen(WHITE)
    assert "White screen" in console.status_label.text()
    assert "Black screen" not in console.status_label.text()
    presentation.set_screen(WHITE)
    assert "White screen" not in console.status_label.text()
    assert not console.frozen_banner.isVisible()

    presentation.type_digit("1")
    presentation.type_digit("2")
    assert "Go to stop 12…" in console.status_label.text()
    assert "(there are 3)" in console.status_label.text()
    presentation.clear_number()
    assert "Go to stop" not in console.status_label.text()
    presentation.type_digit("2")
    assert "Go to stop 2…" in console.status_label.text()
    assert "there are" not in console.status_label.text()
    presentation.go_to_number()
    assert console.current_title_label.text() == "Stop 2 of 3 — Market"
    assert "Go to stop" not in console.status_label.text()


# -- stop list, keys and narration ----------------------------------------------------------------------
def test_clicking_the_stop_list_jumps(qtbot, console, presentation):
    assert console.stop_list.model().rowCount() == 3
    rect = console.stop_list.visualRect(console.stop_list.model().index(2, 0))
    qtbot.mouseClick(console.stop_list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert presentation.console.index == 2
    assert console.current_title_label.text() == "Stop 3 of 3 — Town hall"
    presentation.console.first()
    assert console.stop_list.current_row() == 0


def test_no_control_takes_the_presenter_keys(qtbot, console, presentation):
    for widget in (
        console.stop_list,
        console.notes_view,
        console.language_box,
        console.current_canvas,
        console.next_canvas,
        console.player.play_button,
        console.player.slider,
        console.player.speed,
        console.larger,
        console.restart_button,
    ):
        assert widget.focusPolicy() == Qt.FocusPolicy.NoFocus, widget.accessibleName()
    takers = [w for w in console.findChildren(QWidget) if w.focusPolicy() != Qt.FocusPolicy.NoFocus and w.isVisible()]
    assert takers == [], [w.accessibleName() or type(w).__name__ for w in takers]
    qtbot.keyClick(console, Qt.Key.Key_Right)  # the presenter keys belong to the application-wide filter
    assert presentation.console.index == 0


def test_the_narration_player_gets_the_stop_recording(console, presentation, talk):
    assert console.player.source() == talk / "harbour.en.wav"
    assert [cue.text for cue in console.player.cues()] == ["Welcome to the harbour.", "Look left."]
    assert console.cue_label.text() == "Welcome to the harbour."
    presentation.console.set_language("ko")
    assert console.player.source() == talk / "harbour.ko.wav"
    assert len(console.player.cues()) == 1
    presentation.console.next()
    assert console.player.source() is None
    assert not console.player.isVisible()
    assert console.no_audio_label.isVisible()


def test_a_language_without_its_own_recording_plays_no_other_language(qtbot, talk, clock):
    toml = (talk / "tour.toml").read_text(encoding="utf-8")
    (talk / "tour.toml").write_text(toml.replace('languages = ["en", "ko"]', 'languages = ["en", "ko", "ja"]'), "utf-8")
    presentation = Presentation(load_tour(talk), clock=clock)
    console = PresenterConsole(presentation, ImageLoader(), wall_clock=lambda: datetime(2024, 3, 30, 14, 5, 59))
    qtbot.addWidget(console)
    console.show()
    assert console.player.source() == talk / "harbour.en.wav"
    presentation.console.set_language("ja")
    assert console.player.source() is None, "not the English recording"
    assert console.no_audio_label.isVisible() and not console.cue_label.isVisible()


def test_closing_from_code_does_not_end_the_presentation(qtbot, console, presentation):
    with qtbot.assertNotEmitted(presentation.ended):
        console.close()


def test_web_links_in_the_speaker_notes_open_only_in_the_browser(console):
    opened: list[QUrl] = []
    console.open_url = opened.append
    for address in ("https://example.org/harbour", "file:///etc/passwd", "javascript:alert(1)"):
        console.notes_view.anchorClicked.emit(QUrl(address))
    assert opened == [QUrl("https://example.org/harbour")]


def test_a_recording_removed_since_the_tour_was_read_says_so_as_in_the_viewer(console, presentation, talk):
    (talk / "harbour.ko.wav").unlink()
    presentation.console.set_language("ko")
    assert console.player.source() is None
    assert console.player.unavailable_reason() == "The recording harbour.ko.wav is missing from the tour folder"
    assert len(console.player.cues()) == 1, "the transcript still goes with the recording's place"
