"""Presenting: the keys a clicker sends, from either window, and what the audience sees."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QApplication

from tests.tourfiles import png_bytes, write_tour
from tests.ui.conftest import open_window
from tourviewer.core import load_tour
from tourviewer.core.presenting import BLACK, SHOWING, WHITE
from tourviewer.ui.present import Presenter

STOPS = "".join(
    f"""
[[stops]]
id = "s{n}"
title = {{ en = "Stop {n}", ko = "정류장 {n}" }}
minutes = 2
speaker_notes = {{ en = "NOTE-EN-{n}", ko = "NOTE-KO-{n}" }}
[[stops.images]]
file = "p{n}.png"
alt = "picture {n}"
credit = "Illustration"
"""
    for n in range(1, 13)
)
TOUR = 'format = 1\nid = "talk"\ntitle = { en = "Talk", ko = "발표" }\nlanguages = ["en", "ko"]\n' + STOPS


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def presenter(qtbot, tmp_path):
    folder = write_tour(tmp_path / "talk", TOUR, {f"p{n}.png": png_bytes(64, 48, "navy") for n in range(1, 13)})
    clock = FakeClock()
    presenter = Presenter(load_tour(folder), windowed=True, size=QSize(1280, 720), clock=clock)
    qtbot.addWidget(presenter.audience)
    qtbot.addWidget(presenter.console)
    presenter.start()
    presenter.clock = clock
    yield presenter
    presenter.stop()


def press(qtbot, widget, key, text_key=None) -> None:
    qtbot.keyClick(widget, key)


@pytest.mark.parametrize("window", ["console", "audience"])
def test_clicker_keys_move_from_either_window(qtbot, presenter, window):
    target = getattr(presenter, window)
    console = presenter.presentation.console
    for key in (Qt.Key.Key_Right, Qt.Key.Key_PageDown, Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Down):
        before = console.index
        press(qtbot, target, key)
        assert console.index == before + 1, key
    for key in (Qt.Key.Key_Left, Qt.Key.Key_PageUp, Qt.Key.Key_Backspace, Qt.Key.Key_Up):
        before = console.index
        press(qtbot, target, key)
        assert console.index == before - 1, key
    press(qtbot, target, Qt.Key.Key_End)
    assert console.index == 11
    press(qtbot, target, Qt.Key.Key_Home)
    assert console.index == 0
    assert presenter.presentation.audience.index == 0


def test_keys_reach_the_presenter_even_inside_the_consoles_widgets(qtbot, presenter):
    inner = presenter.console.stop_list
    press(qtbot, inner, Qt.Key.Key_Right)
    assert presenter.presentation.console.index == 1


def test_a_number_then_enter_or_g_goes_to_that_stop(qtbot, presenter):
    console = presenter.console
    qtbot.keyClicks(console, "1")
    qtbot.keyClicks(console, "0")
    assert presenter.presentation.number == "10"
    press(qtbot, console, Qt.Key.Key_Return)
    assert presenter.presentation.console.index == 9
    qtbot.keyClicks(presenter.audience, "3")
    qtbot.keyClicks(presenter.audience, "g")
    assert presenter.presentation.console.index == 2
    qtbot.keyClicks(console, "99")
    press(qtbot, console, Qt.Key.Key_Return)
    assert presenter.presentation.console.index == 2, "no stop 99: stay"
    qtbot.keyClicks(console, "5")
    press(qtbot, console, Qt.Key.Key_Escape)
    assert presenter.presentation.number == "" and presenter.running, "Esc first forgets the number"


@pytest.mark.parametrize(("keys", "state"), [("b", BLACK), (".", BLACK), ("w", WHITE), (",", WHITE)])
def test_black_and_white_screens_toggle(qtbot, presenter, keys, state):
    qtbot.keyClicks(presenter.console, keys)
    assert presenter.presentation.screen == state
    assert presenter.audience.showing() == state
    colour = presenter.audience.grab().toImage().pixelColor(640, 360).name()
    assert colour == ("#000000" if state == BLACK else "#ffffff")
    qtbot.keyClicks(presenter.console, keys)
    assert presenter.audience.showing() == SHOWING


def test_freeze_keeps_the_audience_while_the_console_looks_ahead(qtbot, presenter):
    qtbot.keyClicks(presenter.console, "f")
    assert presenter.presentation.frozen
    press(qtbot, presenter.console, Qt.Key.Key_Right)
    press(qtbot, presenter.console, Qt.Key.Key_Right)
    assert presenter.presentation.console.index == 2
    assert presenter.audience.shown_stop_id() == "s1"
    qtbot.keyClicks(presenter.console, "f")
    assert presenter.audience.shown_stop_id() == "s3"


def test_audience_text_scales_with_ctrl_plus_and_minus(qtbot, presenter):
    start = presenter.audience.text_scale()
    qtbot.keyClick(presenter.console, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert presenter.audience.text_scale() > start
    qtbot.keyClick(presenter.audience, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(presenter.audience, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert presenter.audience.text_scale() < start


def test_language_from_the_console_and_the_audience_follows(qtbot, presenter):
    box = presenter.console.language_box
    box.setCurrentIndex(box.findData("ko") if box.findData("ko") >= 0 else box.findText("ko"))
    assert presenter.presentation.console.language == "ko"
    assert presenter.presentation.audience.language == "ko"
    assert presenter.audience.title_label.text() == "정류장 1"


def test_speaker_notes_never_reach_the_audience(qtbot, presenter):
    from PySide6.QtWidgets import QLabel, QTextEdit, QWidget

    press(qtbot, presenter.console, Qt.Key.Key_Right)
    texts = []
    for widget in [presenter.audience, *presenter.audience.findChildren(QWidget)]:
        texts += [widget.toolTip(), widget.accessibleName(), widget.accessibleDescription(), widget.windowTitle()]
        if isinstance(widget, QLabel):
            texts.append(widget.text())
        if isinstance(widget, QTextEdit):
            texts.append(widget.toPlainText())
    assert not any("NOTE-" in t for t in texts)
    console_texts = presenter.console.notes_view.toPlainText()
    assert "NOTE-EN-2" in console_texts


def test_timers_follow_a_fake_clock(qtbot, presenter):
    clock = presenter.clock
    clock.now += 90
    timing = presenter.presentation.timing()
    assert timing.at_stop == 90 and timing.planned_stop == 120 and timing.behind <= 0
    clock.now += 100  # 190 s at a 2-minute stop: 70 s behind
    assert presenter.presentation.timing().behind == pytest.approx(70)
    press(qtbot, presenter.console, Qt.Key.Key_Right)
    timing = presenter.presentation.timing()
    assert timing.at_stop == 0 and timing.total == 190 and timing.planned_until_here == 120
    presenter.console.refresh_timers()
    assert "behind" in presenter.console.timer_texts()["status"]


def test_escape_ends_and_reports_where(qtbot, presenter):
    press(qtbot, presenter.console, Qt.Key.Key_Right)
    with qtbot.waitSignal(presenter.finished) as ended:
        press(qtbot, presenter.audience, Qt.Key.Key_Escape)
    assert ended.args == [1]
    assert not presenter.audience.isVisible() and not presenter.console.isVisible()


def test_swap_with_one_screen_changes_nothing(qtbot, presenter):
    assert len(QApplication.screens()) == 1
    before = presenter.audience.geometry()
    qtbot.keyClicks(presenter.console, "s")
    assert presenter.audience.geometry() == before and presenter.running


def test_f5_from_the_viewer_presents_and_returns_to_the_stop(qtbot, tmp_path):
    from tourviewer.core.store import Store
    from tourviewer.ui.mainwindow import MainWindow

    folder = write_tour(tmp_path / "talk", TOUR, {f"p{n}.png": png_bytes(64, 48, "navy") for n in range(1, 13)})
    window = MainWindow(Store(tmp_path / "data"), tmp_path / "tours")
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    open_window(window, folder)
    window.session.go_to(4)
    qtbot.keyClick(window, Qt.Key.Key_F5)
    presenter = window.presenter
    assert presenter.running and presenter.presentation.console.index == 4
    press(qtbot, presenter.console, Qt.Key.Key_Right)
    press(qtbot, presenter.console, Qt.Key.Key_Escape)
    assert window.session.index == 5


def test_the_present_command_runs_until_escape(qtbot, tmp_path):
    from PySide6.QtCore import QTimer
    from PySide6.QtTest import QTest

    from tourviewer.cli import main
    from tourviewer.ui.audience import AudienceWindow
    from tourviewer.ui.console import PresenterConsole

    folder = write_tour(tmp_path / "talk", TOUR, {f"p{n}.png": png_bytes(64, 48, "navy") for n in range(1, 13)})
    seen = {}

    def end() -> None:
        windows = QApplication.topLevelWidgets()
        audience = next(w for w in windows if isinstance(w, AudienceWindow) and w.isVisible())
        console = next(w for w in windows if isinstance(w, PresenterConsole) and w.isVisible())
        seen["size"] = (audience.width(), audience.height())
        QTest.keyClick(console, Qt.Key.Key_Escape)

    QTimer.singleShot(300, end)
    assert main(["present", str(folder), "--windowed", "--size", "1280x720"]) == 0
    assert seen["size"] == (1280, 720)


def test_the_present_command_refuses_a_broken_tour(tmp_path, capsys):
    from tourviewer.cli import main

    broken = write_tour(tmp_path / "broken", "format = 1\n")
    assert main(["present", str(broken)]) == 1
    assert "cannot be shown" in capsys.readouterr().err


def test_the_plan_counts_from_the_stop_presenting_began_at(qtbot, tmp_path):
    from tourviewer.core.presenting import Presentation

    folder = write_tour(tmp_path / "talk", TOUR, {f"p{n}.png": png_bytes(64, 48, "navy") for n in range(1, 13)})
    clock = FakeClock()
    presentation = Presentation(load_tour(folder), start_index=4, clock=clock)
    timing = presentation.timing()
    assert timing.planned_until_here == 0 and timing.planned_total == 8 * 120
    assert timing.behind == 0, "starting at stop 5 is not eight minutes ahead"
    presentation.console.next()
    assert presentation.timing().planned_until_here == 120
