"""The presenter console's guided-session band, with real followers on loopback."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from tests.guidefiles import Serial, opened, tour_folder
from tourviewer.core import load_tour
from tourviewer.core.guide.invitation import parse_invitation
from tourviewer.core.guide.joining import Participant
from tourviewer.core.presenting import BLACK
from tourviewer.ui.console import PresenterConsole
from tourviewer.ui.images import ImageLoader


def console_for(qtbot, source):
    from tourviewer.core.presenting import Presentation

    presentation = Presentation(load_tour(source))
    console = PresenterConsole(presentation, ImageLoader())
    qtbot.addWidget(console)
    console.resize(1400, 900)
    console.show()
    return presentation, console


def test_start_shows_the_invitation_and_the_roster_follows(qtbot, tmp_path):
    source = tour_folder(tmp_path)
    presentation, console = console_for(qtbot, source)
    panel = console.guide_panel
    assert panel.start_button.isVisibleTo(console) and not panel.running.isVisibleTo(console)
    assert panel.start(host="127.0.0.1", name="Ana") == ""
    assert panel.running.isVisibleTo(console) and not panel.idle.isVisibleTo(console)
    invitation = parse_invitation(panel.invitation_field.text())
    assert invitation == panel.invitation and invitation.name == "Ana"
    assert panel.code_label.text().replace(" ", "").endswith(invitation.code)
    assert str(invitation.port) in panel.address_label.text()
    panel.copy_invitation()
    assert QGuiApplication.clipboard().text() == invitation.link()

    participant = Participant(opened(source, language="ko"), invitation, "Bo", post=Serial())
    try:
        qtbot.waitUntil(lambda: panel.roster.rowCount() == 1, timeout=20000)
        assert [panel.roster.item(0, c).text() for c in range(4)] == ["Bo", "한국어", "following", "connected"]
        assert panel.count_label.text() == "1 participant connected, 1 following"
        participant.follower.explore()
        qtbot.waitUntil(lambda: panel.roster.item(0, 2).text() == "exploring", timeout=20000)
        presentation.console.go_to_id("s4")
        qtbot.waitUntil(lambda: participant.session.stop.id == "s1" and participant.follower.state.stop == "s4",
                        timeout=20000)
        panel.bring_button.click()
        qtbot.waitUntil(lambda: participant.session.stop.id == "s4", timeout=20000)
        qtbot.waitUntil(lambda: panel.roster.item(0, 2).text() == "following", timeout=20000)
        panel.explore_button.click()
        assert panel.explore_button.text() == "Follow me again"
        panel.explore_button.click()
        assert panel.explore_button.text() == "Let everyone explore"
        presentation.set_screen(BLACK)
        qtbot.waitUntil(lambda: participant.follower.paused, timeout=20000)
        panel.end_button.click()
        assert not panel.running.isVisibleTo(console) and panel.invitation is None
        qtbot.waitUntil(lambda: participant.follower.connection == "ended", timeout=20000)
        assert participant.session.stop.id == "s4"
    finally:
        participant.leave()
        panel.end()


def test_screenshot_of_a_running_session(qtbot, tmp_path):
    source = tour_folder(tmp_path)
    presentation, console = console_for(qtbot, source)
    console.guide_panel.start(host="127.0.0.1", name="Ana")
    participant = Participant(opened(source, language="ko"), console.guide_panel.invitation, "Bo", post=Serial())
    try:
        qtbot.waitUntil(lambda: console.guide_panel.roster.rowCount() == 1, timeout=20000)
        QApplication.processEvents()
        assert console.grab().save(str(tmp_path / "console.png"))
    finally:
        participant.leave()
        console.guide_panel.end()
