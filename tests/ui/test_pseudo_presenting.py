"""The presenting windows, the maps, the panorama, the guided-session panel and dialogs in the pseudo
language (every text accented and about 40% longer) at 1366x768: nothing shown that did not go through
translation, and no label or button too small for its text. What the tour says is allowed as it is.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from tests.guidefiles import opened, tour_folder
from tests.tourfiles import png_bytes, write_tour
from tests.ui.pseudo import clipped, is_untranslated, pseudo_language, switch_language, untranslated
from tests.ui.test_console import TALK, FakeClock
from tests.ui.test_mapview import geo_folder, geo_session  # noqa: F401 (fixtures)
from tests.ui.test_panorama import make_gallery, pano_tour  # noqa: F401 (fixtures)
from tourviewer.core import load_tour
from tourviewer.core.guide.facilitator import Guide
from tourviewer.core.guide.follower import Follower
from tourviewer.core.presenting import BLACK, Presentation
from tourviewer.ui.audience import AudienceWindow
from tourviewer.ui.console import PresenterConsole
from tourviewer.ui.exportoptions import ExportOptionsDialog
from tourviewer.ui.guidejoin import FollowingBar, JoinDialog
from tourviewer.ui.i18n import PSEUDO, install_language, pseudo
from tourviewer.ui.images import ImageLoader
from tourviewer.ui.mapview import MapPanel

SIZE = (1366, 768)
# The talk's own words (titles, places, notes, alt text): the tour's, not the interface's
TALK_TEXTS = ["A talk", "Harbour", "By the sea", "Market", "Town hall", "Say", "hello", "first", "A green square"]


@pytest.fixture(autouse=True)
def english_after(qapp):
    yield
    install_language(qapp, "en")


def shot(widget, tmp_path, name: str) -> None:
    """Kept beside the test's files, to look at."""
    widget.grab().save(str(tmp_path / f"{name}.png"))


@pytest.fixture
def presentation(tmp_path):
    talk = write_tour(tmp_path / "talk", TALK, {"harbour.png": png_bytes(800, 600, "green")})
    return Presentation(load_tour(talk), clock=FakeClock())


def test_the_presenter_console_in_the_pseudo_language(qtbot, presentation, tmp_path):
    console = PresenterConsole(presentation, ImageLoader(), wall_clock=lambda: datetime(2024, 3, 30, 14, 5))
    qtbot.addWidget(console)
    console.resize(*SIZE)
    console.show()
    presentation.console.go_to(2)  # the town hall: no pictures, no notes, no recording (the player is hidden)
    presentation.set_screen(BLACK)  # the banner and a status chip
    switch_language(console, PSEUDO)  # built in English: everything is said again, nothing is left behind
    shot(console, tmp_path, "console")
    allowed = [*TALK_TEXTS, console.clock_label.text(), "A\u2212", "A+"]  # the time of day; A− A+ are symbols
    found = untranslated(console, allowed=allowed)
    assert found == [], "\n".join(found)
    assert clipped(console) == []
    names = {w.accessibleName() for w in (console.current_canvas, console.stop_list, console.player)}
    given = ("Current stop picture", "Stops: click one to go there", "Narration for the room")
    assert names == {pseudo(n) for n in given}, "the console's names, not the widgets' own"
    assert console.current_panorama.accessibleName() == pseudo("Current stop panorama"), "not the view's own name"


def test_the_audience_window_in_the_pseudo_language(qtbot, presentation, tmp_path):
    audience = AudienceWindow(presentation, ImageLoader())
    qtbot.addWidget(audience)
    audience.resize(*SIZE)
    audience.show()
    switch_language(audience, PSEUDO)
    shot(audience, tmp_path, "audience")
    assert untranslated(audience, allowed=TALK_TEXTS) == []
    assert clipped(audience) == []
    assert audience.canvas.accessibleName() == pseudo("Stop picture")


def test_the_maps_and_the_map_window_in_the_pseudo_language(qtbot, geo_session, tmp_path):  # noqa: F811
    geo = ["Geo", "Collabo Farm", "Schematic map", "1.", "2.", "3."] + [
        geo_session.text(stop.title) for stop in geo_session.tour.stops
    ]
    with pseudo_language():
        panel = MapPanel(geo_session)
        qtbot.addWidget(panel)
        panel.resize(480, 360)
        panel.show()
        assert untranslated(panel, allowed=geo) == []
        assert clipped(panel) == []
        panel.overview.open_window()
        window = panel.overview.map_window()
        window.resize(*SIZE)
        QApplication.processEvents()
        shot(window, tmp_path, "map-window")
        assert untranslated(window, allowed=geo) == []
        assert clipped(window) == []
        window.close()


def test_the_panorama_in_the_pseudo_language(qtbot, pano_tour, tmp_path):  # noqa: F811
    with pseudo_language():
        session, gallery = make_gallery(qtbot, pano_tour, size=SIZE)
        view = gallery.panorama
        labels = [m.text() for m in view.layer.markers]
        allowed = [*labels, "Among the greenhouses", "Farm", "School"]
        shot(view, tmp_path, "panorama")
        assert untranslated(view, allowed=allowed) == []
        assert not is_untranslated(view.heading_text()), "the dial's words are painted, not a widget's text"
        assert clipped(view) == []
        view.flat_button.click()
        assert untranslated(view, allowed=allowed) == [] and clipped(view) == []


def test_the_guide_panel_in_the_pseudo_language(qtbot, tmp_path):
    source = tour_folder(tmp_path / "facilitator", count=4)
    presentation = Presentation(load_tour(source))
    with pseudo_language():
        console = PresenterConsole(presentation, ImageLoader())
        qtbot.addWidget(console)
        console.resize(*SIZE)
        console.show()
        panel = console.guide_panel
        assert panel.start("127.0.0.1", 0, name="Ana") == ""
        try:
            QApplication.processEvents()
            shot(console, tmp_path, "guide-panel")
            invitation = panel.invitation
            allowed = [invitation.link(), f"{invitation.host} : {invitation.port}", invitation.code[:3]]
            allowed += [invitation.code[3:], "Walk", "Stop 1", "Stop 2"]
            assert untranslated(panel, allowed=allowed) == []
            assert clipped(panel) == []
            headers = [panel.roster.horizontalHeaderItem(c).text() for c in range(panel.roster.columnCount())]
            assert all(h.startswith("[") for h in headers), headers
        finally:
            panel.end()


def test_the_join_dialog_and_the_following_bar_in_the_pseudo_language(qtbot, tmp_path):
    source = tour_folder(tmp_path / "facilitator", count=4)
    invitation = Guide(opened(source), source, name="Ana").invitation(host="127.0.0.1", port=9)
    with pseudo_language():
        dialog = JoinDialog(QSettings())
        qtbot.addWidget(dialog)
        dialog.invitation_field.setText("https://example.org/meeting")
        dialog.show()
        dialog.accept()
        QApplication.processEvents()
        shot(dialog, tmp_path, "join")
        name = dialog.name_field.text()
        allowed = ["https://example.org/meeting", "tourviewer://join?…", name]
        assert untranslated(dialog, allowed=allowed) == []
        assert clipped(dialog) == []
        bar = FollowingBar(Follower(opened(tour_folder(tmp_path / "mine", count=4)), invitation), lambda: None)
        qtbot.addWidget(bar)
        bar.resize(SIZE[0], bar.sizeHint().height())
        bar.show()
        assert untranslated(bar, allowed=["Ana"]) == []
        assert clipped(bar) == []


def test_the_export_dialog_in_the_pseudo_language(qtbot, tmp_path):
    with pseudo_language():
        dialog = ExportOptionsDialog()
        qtbot.addWidget(dialog)
        dialog.show()
        QApplication.processEvents()
        shot(dialog, tmp_path, "export")
        assert untranslated(dialog) == []
        assert clipped(dialog) == []


def test_a_longer_picture_label_wraps_beside_the_pictures_rather_than_squeezing_them(qtbot):
    hongsung = Path(__file__).resolve().parents[2] / "tours" / "hongsung"
    presentation = Presentation(load_tour(hongsung), start_index=1)  # the farm: three pictures
    console = PresenterConsole(presentation, ImageLoader())
    qtbot.addWidget(console)
    console.resize(*SIZE)
    console.show()
    assert presentation.picture_count() == 3 and console.pictures.isVisible()
    for code in ("en", PSEUDO):
        switch_language(console, code)
        QApplication.processEvents()
        assert not console.pictures.horizontalScrollBar().isVisible(), f"all three pictures in view ({code})"
        assert clipped(console.picture_label.parentWidget()) == [], code


GUNSAN = Path(__file__).resolve().parents[2] / "tours" / "gunsan"


@pytest.mark.parametrize("code", ["en", "ko", "ja", "zh_CN", "id", "ms"])
def test_the_console_fits_a_1366x768_laptop_in_every_interface_language(qtbot, code):
    """A maximized window on a 1366x768 screen, under a panel and its own title bar, has about 700 px."""
    from PySide6.QtCore import QSize

    from tourviewer.ui.present import Presenter

    result = load_tour(GUNSAN)
    tour_language = {"zh_CN": "zh-Hans"}.get(code, code)
    presenter = Presenter(result, start_index=2, language=tour_language, windowed=True, size=QSize(1280, 720))
    console = presenter.console
    qtbot.addWidget(console)
    qtbot.addWidget(presenter.audience)
    try:
        switch_language(console, code)
        console.resize(1366, 700)
        console.show()
        qtbot.waitExposed(console)
        qtbot.wait(50)  # laid out with the clock's and timers' first texts
        needed = console.minimumSizeHint()
        assert needed.height() <= 700 and needed.width() <= 1366, (code, needed)
        assert clipped(console) == [], code
    finally:
        switch_language(console, "en")
