"""The participant's side in the window: join dialog, following bar, exploring and coming back, the paused cover."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication

from tests.guidefiles import opened, tour_folder, tour_package
from tests.ui.conftest import open_window
from tests.ui.test_mainwindow import make_window
from tourviewer.core import load_tour
from tourviewer.core.guide.direct import DirectServer
from tourviewer.core.guide.facilitator import Guide
from tourviewer.core.presenting import BLACK, Presentation
from tourviewer.ui.guidejoin import PAUSED, JoinDialog


@pytest.fixture
def facilitator(tmp_path):
    """A presentation of a 12-stop tour served on loopback, with its invitation."""
    source = tour_folder(tmp_path / "facilitator")
    presentation = Presentation(load_tour(source))
    guide = Guide(presentation.audience, source, name="Ana", presentation=presentation)
    server = DirectServer(guide, "127.0.0.1")
    invitation = guide.invitation(host="127.0.0.1", port=server.start())
    yield presentation, guide, invitation
    server.close()


def test_join_dialog_explains_a_bad_invitation_and_remembers_the_name(qtbot, facilitator):
    presentation, guide, invitation = facilitator
    dialog = JoinDialog(QSettings())
    qtbot.addWidget(dialog)
    dialog.invitation_field.setText("https://example.org/meeting")
    dialog.name_field.setText("Bo Kim")
    dialog.accept()
    assert dialog.result() != JoinDialog.DialogCode.Accepted
    assert "not a guided-session invitation" in dialog.problem_label.text() and dialog.problem_label.isVisibleTo(dialog)
    dialog.invitation_field.setText(invitation.link())
    dialog.accept()
    assert dialog.result() == JoinDialog.DialogCode.Accepted and dialog.invitation == invitation
    again = JoinDialog(QSettings())
    qtbot.addWidget(again)
    assert again.name_field.text() == "Bo Kim", "the display name is remembered"


def test_ctrl_j_is_join_guided_session(qtbot, tmp_path):
    window = make_window(qtbot, tmp_path)
    action = next(a for a in window.actions() if a.text() == "&Join guided session…")
    assert action.shortcut().toString() == "Ctrl+J"


def test_following_exploring_and_coming_back(qtbot, tmp_path, facilitator):
    presentation, guide, invitation = facilitator
    window = make_window(qtbot, tmp_path)
    open_window(window, tmp_path / "facilitator" / "walk")  # the participant's copy: in the recent tours
    window.join_guided_session(invitation, "Bo")
    bar = window.guided.bar
    qtbot.waitUntil(lambda: bar.status_label.text() == "Following Ana — stop 1 of 12", timeout=20000)
    assert bar.explore_button.isVisibleTo(window) and not bar.back_button.isVisibleTo(window)
    presentation.console.go_to_id("s5")
    qtbot.waitUntil(lambda: window.session.stop.id == "s5", timeout=20000)
    assert bar.status_label.text() == "Following Ana — stop 5 of 12"
    assert window.view.position.text() == "Stop 5 of 12"

    window.view.gallery.canvas.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_Right)  # the participant's own key: exploring, not a fight
    assert window.session.stop.id == "s6"
    assert bar.status_label.text() == "Exploring on your own — Ana is at stop 5 of 12"
    assert bar.back_button.isVisibleTo(window) and not bar.explore_button.isVisibleTo(window)
    qtbot.waitUntil(lambda: guide.roster() and not guide.roster()[0].following, timeout=20000)
    presentation.console.go_to_id("s9")
    qtbot.waitUntil(lambda: bar.status_label.text().endswith("stop 9 of 12"), timeout=20000)
    assert window.session.stop.id == "s6", "an explorer stays"
    bar.back_button.click()
    assert window.session.stop.id == "s9" and bar.status_label.text() == "Following Ana — stop 9 of 12"

    presentation.set_screen(BLACK)
    cover = window.guided.cover
    qtbot.waitUntil(lambda: cover.isVisible(), timeout=20000)
    assert cover.geometry() == window.view.rect()
    assert PAUSED in [label.text() for label in cover.findChildren(type(bar.status_label))]
    window.grab().save(str(tmp_path / "paused.png"))
    presentation.set_screen(BLACK)
    qtbot.waitUntil(lambda: not cover.isVisible(), timeout=20000)
    window.grab().save(str(tmp_path / "following.png"))

    bar.leave_button.click()
    QApplication.processEvents()
    assert window.guided.left and window.session.stop.id == "s9", "leaving keeps the tour where it is"


def test_a_stop_missing_from_the_participants_copy_is_said_in_the_bar(qtbot, tmp_path, facilitator):
    presentation, guide, invitation = facilitator
    older = tour_folder(tmp_path / "older", skip="s4")
    window = make_window(qtbot, tmp_path)
    open_window(window, older)
    window.join_guided_session(invitation, "Bo")
    bar = window.guided.bar
    qtbot.waitUntil(lambda: bar.status_label.text() == "Following Ana — stop 1 of 12", timeout=20000)
    presentation.console.go_to_id("s4")
    qtbot.waitUntil(lambda: "'s4' is not in your copy" in bar.note_label.text(), timeout=20000)
    assert window.session.stop.id == "s1"


def test_a_participant_without_the_tour_gets_it_from_the_facilitator(qtbot, tmp_path):
    package = tour_package(tmp_path, count=6)
    guide = Guide(opened(package, at="s3"), package, name="Ana")
    server = DirectServer(guide, "127.0.0.1")
    invitation = guide.invitation(host="127.0.0.1", port=server.start())
    try:
        window = make_window(qtbot, tmp_path)
        window.join_guided_session(invitation, "Bo")
        qtbot.waitUntil(lambda: window.session.stop is not None and window.session.stop.id == "s3", timeout=30000)
        assert window.guided.bar.status_label.text() == "Following Ana — stop 3 of 6"
        assert window.session.result.source.name == f"{guide.sha256}.tour"
    finally:
        server.close()


def test_the_bar_says_when_the_connection_is_lost_and_follows_once_it_is_back(qtbot, tmp_path):
    from tests.mosquitto import free_port

    source = tour_folder(tmp_path / "facilitator")
    guide = Guide(opened(source, at="s7"), source, name="Ana")
    port = free_port()
    invitation = guide.invitation(host="127.0.0.1", port=port)  # nothing listens there yet
    window = make_window(qtbot, tmp_path)
    open_window(window, source)
    window.join_guided_session(invitation, "Bo")
    bar = window.guided.bar
    qtbot.waitUntil(lambda: bar.note_label.text() == "Connection lost: reconnecting…", timeout=20000)
    server = DirectServer(guide, "127.0.0.1", port)
    server.start()
    try:
        qtbot.waitUntil(lambda: window.session.stop.id == "s7", timeout=20000)
        assert bar.status_label.text() == "Following Ana — stop 7 of 12" and bar.note_label.text() == ""
    finally:
        window.guided.leave()
        server.close()


def test_the_participants_panorama_turns_with_the_audiences(qtbot, tmp_path):
    from dataclasses import replace
    from pathlib import Path

    from PySide6.QtCore import QSize

    from tourviewer.ui.present import Presenter

    gunsan = Path(__file__).resolve().parents[2] / "tours" / "gunsan"
    presenter = Presenter(load_tour(gunsan), start_index=2, windowed=True, size=QSize(1280, 720))
    presenter.start()
    panel = presenter.console.guide_panel
    assert panel.start(host="127.0.0.1", name="Ana") == ""
    try:
        window = make_window(qtbot, tmp_path)
        open_window(window, gunsan)
        window.join_guided_session(panel.invitation, "Bo")
        qtbot.waitUntil(lambda: window.session.stop.id == "local-rise", timeout=20000)
        mine = window.view.gallery.panorama
        assert mine.image is not None and mine.image.panorama
        console_view = presenter.console.current_panorama
        console_view.set_camera(replace(console_view.camera, yaw=60.0, pitch=10.0))  # the presenter turns it
        qtbot.waitUntil(lambda: (round(mine.camera.yaw), round(mine.camera.pitch)) == (60, 10), timeout=20000)
        assert panel.guide.state.yaw == 60 and window.session.stop.id == "local-rise"
    finally:
        panel.end()
        presenter.stop()


def test_an_invitation_from_the_desktop_fills_the_join_dialog(qtbot, tmp_path, facilitator):
    from PySide6.QtCore import QTimer

    presentation, guide, invitation = facilitator
    window = make_window(qtbot, tmp_path)
    open_window(window, tmp_path / "facilitator" / "walk")
    seen = []

    def confirm() -> None:
        dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, JoinDialog) and w.isVisible())
        seen.append(dialog.invitation_field.text())
        dialog.name_field.setText("Bo")
        dialog.accept()

    QTimer.singleShot(200, confirm)
    window.join_guided_session_from(invitation.link())
    assert seen == [invitation.link()]
    qtbot.waitUntil(lambda: window.guided is not None and window.guided.bar.status_label.text().startswith("Following"),
                    timeout=20000)
    qtbot.waitUntil(lambda: [m.name for m in guide.roster()] == ["Bo"], timeout=20000)
