"""The picture the room sees, chosen in the presenter console with `]` and `[`, shown in each follower's gallery."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize, Qt

from tests.guidefiles import pictures_tour
from tests.mosquitto import Mosquitto
from tests.ui.conftest import open_window
from tests.ui.test_mainwindow import make_window
from tourviewer.core import load_tour
from tourviewer.ui.present import Presenter


@pytest.fixture
def presenting(qtbot, tmp_path):
    """A presentation of a tour whose second stop has three pictures, in real windows."""
    source = pictures_tour(tmp_path / "facilitator", [1, 3, 2])
    presenter = Presenter(load_tour(source), windowed=True, size=QSize(960, 540))
    presenter.start()
    yield presenter, source
    presenter.console.guide_panel.end()
    presenter.stop()


@pytest.fixture(params=["direct", "broker"])
def transport(request):
    """Where the session goes: straight to the facilitator's viewer, or through a real Mosquitto on loopback."""
    if request.param == "direct":
        yield {"host": "127.0.0.1"}
        return
    broker = Mosquitto()
    yield {"broker": broker.url}
    broker.stop()


def following(qtbot, tmp_path, presenter, copy):
    window = make_window(qtbot, tmp_path)
    open_window(window, copy)
    window.join_guided_session(presenter.console.guide_panel.invitation, "Bo")
    qtbot.waitUntil(lambda: window.guided.bar.status_label.text().startswith("Following"), timeout=20000)
    return window


def test_the_consoles_bracket_keys_move_the_followers_gallery(qtbot, tmp_path, presenting, transport):
    presenter, source = presenting
    panel = presenter.console.guide_panel
    assert panel.start(name="Ana", **transport) == ""
    window = following(qtbot, tmp_path, presenter, source)
    gallery, bar = window.view.gallery, window.guided.bar
    qtbot.keyClick(presenter.console, "]")  # s1 has one picture: nothing to step to
    qtbot.keyClick(presenter.console, Qt.Key.Key_Right)
    qtbot.waitUntil(lambda: window.session.stop.id == "s2", timeout=20000)
    assert gallery.image_index == 0

    qtbot.keyClicks(presenter.console, "]")
    assert presenter.presentation.audience_picture == 1 and panel.guide.state.picture == 1
    qtbot.waitUntil(lambda: gallery.image_index == 1, timeout=20000)
    assert gallery.thumbs.currentRow() == 1 and bar.status_label.text() == "Following Ana — stop 2 of 3"
    qtbot.keyClicks(presenter.console, "]")
    qtbot.waitUntil(lambda: gallery.image_index == 2, timeout=20000)
    assert window.guided.participant.follower.following

    gallery.thumbs.setCurrentRow(0)  # the participant's own choice: exploring, as a move of their own is
    assert gallery.image_index == 0 and not window.guided.participant.follower.following
    assert bar.status_label.text() == "Exploring on your own — Ana is at stop 2 of 3"
    qtbot.keyClicks(presenter.console, "[")
    qtbot.waitUntil(lambda: window.guided.participant.follower.state.picture == 1, timeout=20000)
    assert gallery.image_index == 0, "an explorer's gallery stays"
    window.session.go_to_id("s3")
    bar.back_button.click()  # back to the facilitator: the stop and the picture
    assert window.session.stop.id == "s2" and gallery.image_index == 1
    assert bar.status_label.text() == "Following Ana — stop 2 of 3"

    qtbot.keyClick(presenter.console, Qt.Key.Key_Right)  # a new stop starts from its main picture
    qtbot.waitUntil(lambda: window.session.stop.id == "s3", timeout=20000)
    assert gallery.image_index == 0
    window.guided.leave()


def test_a_picture_beyond_the_participants_copy_shows_its_last(qtbot, tmp_path, presenting):
    presenter, source = presenting
    panel = presenter.console.guide_panel
    assert panel.start(host="127.0.0.1", name="Ana") == ""
    copy = pictures_tour(tmp_path / "participant", [1, 2, 2])  # an older copy: s2 has two pictures
    window = following(qtbot, tmp_path, presenter, copy)
    qtbot.keyClick(presenter.console, Qt.Key.Key_Right)
    qtbot.keyClicks(presenter.console, "]]")
    assert panel.guide.state.picture == 2
    qtbot.waitUntil(lambda: window.guided.participant.follower.state.picture == 2, timeout=20000)
    assert window.session.stop.id == "s2" and window.view.gallery.image_index == 1
    assert window.guided.participant.follower.following, "a clamped picture is still following"
    assert window.view.gallery._panorama is None, "following a tour without panoramas makes no panorama view"
    window.guided.leave()
