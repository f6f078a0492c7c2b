"""Switching the interface language reaches the presenting windows, maps, panoramas, guided sessions and
the notes handout at once: no restart, and what depends on the state (stop numbers, timers, the roster,
a problem said) is said again in the new language.

A marking translator stands in for a language: every text that goes through translation comes back
«in brackets», so a text that changed is one that was translated, and one that did not was not.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QDate, QEvent, QLocale, QSettings, QTranslator
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from tests.guidefiles import opened, tour_folder
from tests.tourfiles import png_bytes, write_tour
from tests.ui.test_console import TALK, FakeClock
from tests.ui.test_mapview import geo_folder, geo_session  # noqa: F401 (fixtures)
from tests.ui.test_panorama import TOUR as PANORAMA_TOUR
from tests.ui.test_panorama import make_gallery, pano_tour  # noqa: F401 (fixtures)
from tourviewer.core import load_tour
from tourviewer.core.guide.facilitator import Guide
from tourviewer.core.guide.follower import LOST, Follower
from tourviewer.core.guide.invitation import InvitationError, parse_invitation
from tourviewer.core.presenting import BLACK, Presentation
from tourviewer.core.said import Said
from tourviewer.core.session import TourSession
from tourviewer.core.words import QT_TRANSLATE_NOOP
from tourviewer.ui.audience import AudienceWindow
from tourviewer.ui.console import PresenterConsole
from tourviewer.ui.exportoptions import ExportOptionsDialog, handout_date
from tourviewer.ui.gallery import Gallery
from tourviewer.ui.guidejoin import FollowingBar, JoinDialog, PausedCover
from tourviewer.ui.images import ImageLoader
from tourviewer.ui.mapview import MapPanel, MapView
from tourviewer.ui.present import ONE_SCREEN
from tourviewer.ui.wording import said


class Marking(QTranslator):
    """A stand-in language: «every text» (placeholders and %n kept)."""

    def translate(self, context, source, disambiguation=None, n=-1):  # noqa: ANN001 - Qt's signature
        return f"«{source}»"

    def isEmpty(self) -> bool:  # noqa: N802 - Qt's name
        return False


def _deliver() -> None:
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
    QApplication.processEvents()


@contextmanager
def marked() -> Iterator[None]:
    """The marking language for the `with` block, installed as a language switch is; English after it."""
    app = QApplication.instance()
    translator = Marking()
    app.installTranslator(translator)
    _deliver()
    try:
        yield
    finally:
        app.removeTranslator(translator)
        _deliver()


def is_marked(text: str) -> bool:
    return "«" in text and "»" in text


# -- the presenter console and the audience window -------------------------------------------------------
@pytest.fixture
def talk(tmp_path):
    return write_tour(tmp_path / "talk", TALK, {"harbour.png": png_bytes(160, 120, "green")})


@pytest.fixture
def presentation(talk):
    return Presentation(load_tour(talk), clock=FakeClock())


@pytest.fixture
def console(qtbot, presentation):
    console = PresenterConsole(presentation, ImageLoader(), wall_clock=lambda: datetime(2024, 3, 30, 14, 5, 59))
    console.resize(1366, 768)
    qtbot.addWidget(console)
    console.show()
    return console


def test_the_console_says_everything_again_in_the_new_language(qtbot, console, presentation):
    presentation.console.go_to(2)  # the last stop: no notes, no pictures, the end of the tour next
    presentation.set_screen(BLACK)
    presentation.say(ONE_SCREEN)
    english = {
        "title": console.windowTitle(),
        "stop": console.current_title_label.text(),
        "next": console.next_title_label.text(),
        "notes": console.notes_view.toPlainText(),
        "status": console.status_label.text(),
        "banner": console.frozen_banner.text(),
        "plan": console.stop_plan_label.text(),
        "pace": console.pace_label.text(),
        "restart": console.restart_button.text(),
        "tip": console.restart_button.toolTip(),
        "name": console.accessibleName(),
        "picture": console.current_canvas.message,
    }
    assert english["stop"] == "Stop 3 of 3 — Town hall" and english["next"] == "End of the tour"
    assert "Black screen" in english["status"] and ONE_SCREEN in english["status"]
    with marked():
        assert console.windowTitle() == "«Presenter console — {0}»".replace("{0}", "A talk")
        assert console.current_title_label.text() == "«Stop 3 of 3 — Town hall»"
        assert console.next_title_label.text() == "«End of the tour»"
        assert console.notes_view.toPlainText() == "«No speaker notes for this stop»"
        assert console.current_canvas.message == "«No pictures for this stop»"
        status = console.status_label.text()
        assert "«Black screen»" in status and f"«{ONE_SCREEN}»" in status and "«→/Space next" in status
        assert console.frozen_banner.text() == "«Audience screen is black  (B to show the tour)»"
        assert console.stop_plan_label.text().startswith("«of ") and is_marked(console.pace_label.text())
        assert console.restart_button.text() == "«Restart timers»" and is_marked(console.restart_button.toolTip())
        assert console.accessibleName() == "«Presenter console»"
        assert console.timer_texts()["stop"] == "«0:00 of 1:00»"
        assert console.guide_panel.start_button.text() == "«Start guided session»"
        assert console.guide_panel.count_label.text() == "«No participants yet»"
    assert console.current_title_label.text() == english["stop"], "English again once the language is removed"
    assert console.status_label.text() == english["status"] and console.pace_label.text() == english["pace"]
    assert console.windowTitle() == english["title"] and console.restart_button.toolTip() == english["tip"]


def test_the_console_clock_is_written_the_languages_way(console):
    assert console.timer_texts()["clock"] == QLocale().toString(
        datetime(2024, 3, 30, 14, 5).time(), QLocale.FormatType.ShortFormat
    )


def test_the_audience_window_names_its_parts_in_the_new_language(qtbot, presentation):
    audience = AudienceWindow(presentation, ImageLoader())
    qtbot.addWidget(audience)
    audience.show()
    assert audience.accessibleName() == "Audience view" and audience.title_label.accessibleName() == "Stop title"
    with marked():
        assert audience.accessibleName() == "«Audience view»"
        assert [label.accessibleName() for label in (audience.title_label, audience.caption_label)] == [
            "«Stop title»",
            "«Caption»",
        ]
        assert audience.title_label.text() == "Harbour", "the tour's own words are not the interface's"
        assert audience.map.accessibleName() == "«Map»"
    assert audience.accessibleName() == "Audience view"


# -- maps ----------------------------------------------------------------------------------------------
def test_the_maps_say_everything_again_in_the_new_language(qtbot, geo_session):  # noqa: F811
    panel = MapPanel(geo_session)
    qtbot.addWidget(panel)
    panel.show()
    view = panel.overview
    zoom_in = view.zoom_buttons()[0]
    assert panel.tabText(0) == "Tour map" and zoom_in.toolTip() == "Zoom in (+)"
    with marked():
        assert [panel.tabText(0), panel.tabText(1)] == ["«Tour map»", "«This stop»"]
        assert panel.accessibleName() == "«Maps»" and is_marked(panel.tabToolTip(1))
        assert zoom_in.toolTip() == "«Zoom in (+)»" and zoom_in.accessibleName() == "«Zoom in»"
        assert view.accessibleDescription().startswith("«Overview map of the tour».")
        assert "«3 stop(s) shown»" in view.accessibleDescription()
        view.open_window()
        window = view.map_window()
        assert window.windowTitle() == "«Tour map — {0}»".replace("{0}", "Geo")
        assert view.marker_tooltip(0) == "1. Collabo Farm", "stop titles are the tour's"
    assert panel.tabText(0) == "Tour map" and window.windowTitle() == "Tour map — Geo"
    window.close()


def test_a_map_notice_is_said_again_in_the_new_language(qtbot, tmp_path):
    session = opened(tour_folder(tmp_path, count=2))  # a tour without a map
    view = MapView(session, "tour")
    qtbot.addWidget(view)
    view.show()
    assert view.message() == "This tour has no map"
    with marked():
        assert view.message() == "«This tour has no map»"
        assert "«This tour has no map»" in view.accessibleDescription()
    assert view.message() == "This tour has no map"


# -- panoramas and hotspots ---------------------------------------------------------------------------------
def test_the_panorama_and_its_hotspots_say_what_they_do_in_the_new_language(qtbot, pano_tour):  # noqa: F811
    _, gallery = make_gallery(qtbot, pano_tour)
    view = gallery.panorama
    descriptions = [m.accessibleDescription() for m in view.layer.markers]
    labels = [m.text() for m in view.layer.markers]
    assert view.flat_button.text() == "Flat" and "Goes to" in " ".join(descriptions)
    with marked():
        assert view.flat_button.text() == "«Flat»" and view.accessibleName() == "«Panorama»"
        assert is_marked(view.flat_button.toolTip()) and is_marked(view.flat_button.accessibleName())
        assert all(is_marked(m.accessibleDescription()) for m in view.layer.markers)
        assert [m.text() for m in view.layer.markers] == labels, "hotspot labels are the tour's"
        view.flat_button.click()
        assert view.flat_button.text() == "«Look around»", "the button's state, said in the language"
        assert view.layer.bubble.browser.accessibleName() == "«Hotspot text»"
    assert view.flat_button.text() == "Look around"
    assert [m.accessibleDescription() for m in view.layer.markers] == descriptions


def test_a_missing_panorama_is_said_again_in_the_new_language(qtbot, tmp_path):
    folder = write_tour(tmp_path / "p", PANORAMA_TOUR)  # without its panorama's file
    session = TourSession()
    gallery = Gallery(session, ImageLoader())
    qtbot.addWidget(gallery)
    gallery.show()
    session.open(load_tour(folder))
    view = gallery.panorama
    assert view._message == "Image not available: pano.png"
    with marked():
        assert view._message == "«Image not available: {0}»".replace("{0}", "pano.png")
    assert view._message == "Image not available: pano.png"


# -- guided sessions ----------------------------------------------------------------------------------------
@pytest.fixture
def invitation(tmp_path):
    source = tour_folder(tmp_path / "facilitator", count=4)
    guide = Guide(opened(source), source, name="Ana")
    return guide.invitation(host="127.0.0.1", port=9)


def test_the_join_dialog_says_a_problem_again_in_the_new_language(qtbot):
    dialog = JoinDialog(QSettings())
    qtbot.addWidget(dialog)
    dialog.invitation_field.setText("https://example.org/meeting")
    dialog.accept()
    english = dialog.problem_label.text()
    assert english.startswith("This is not a guided-session invitation")
    with marked():
        assert dialog.windowTitle() == "«Join guided session»"
        assert dialog.problem_label.text() == f"«{english}»", "the problem shown is said again"
        buttons = dialog.findChild(QDialogButtonBox)
        assert {b.text() for b in buttons.buttons()} == {"«Join»", "«Cancel»"}
        assert dialog.name_field.accessibleName() == "«Your name»"
    assert dialog.problem_label.text() == english


def test_invitation_problems_keep_their_template_for_the_window():
    with pytest.raises(InvitationError) as raised:
        parse_invitation("tourviewer://join?v=99&host=a&port=1")
    problem = raised.value.args[0]
    assert str(raised.value) == "The invitation is for another version of Tour Viewer (protocol '99')"
    assert isinstance(problem, Said) and problem.values == ("'99'",)
    assert problem.template == "The invitation is for another version of Tour Viewer (protocol {0})"


def test_said_translates_the_template_and_nested_messages_but_not_the_values(qtbot):
    inner = Said(QT_TRANSLATE_NOOP("Guide", "the connection was lost during the hand-over"))
    outer = Said(QT_TRANSLATE_NOOP("Guide", "The hand-over stopped: {0}"), inner)
    assert outer == "The hand-over stopped: the connection was lost during the hand-over"
    plain = Said(QT_TRANSLATE_NOOP("Guide", "Getting the tour: {0} %"), 42)
    with marked():
        assert said("Guide", outer) == "«The hand-over stopped: «the connection was lost during the hand-over»»"
        assert said("Guide", plain) == "«Getting the tour: 42 %»"
        assert said("Guide", "Wrong join code: check the code the facilitator shows").startswith("«")
    assert said("Guide", outer) == outer


def test_the_following_bar_and_the_cover_say_everything_again_in_the_new_language(qtbot, tmp_path, invitation):
    session = opened(tour_folder(tmp_path / "mine", count=4))
    follower = Follower(session, invitation)
    bar = FollowingBar(follower, lambda: None)
    qtbot.addWidget(bar)
    cover = PausedCover(follower, bar)
    follower.set_connection(LOST, Said(QT_TRANSLATE_NOOP("Guide", "Connection lost: reconnecting…")))
    english = (bar.status_label.text(), bar.note_label.text())
    assert english == ("Following Ana — waiting for the session", "Connection lost: reconnecting…")
    with marked():
        assert bar.status_label.text() == "«Following Ana — «waiting for the session»»"
        assert bar.note_label.text() == "«Connection lost: reconnecting…»"
        assert bar.leave_button.text() == "«Leave»" and is_marked(bar.leave_button.toolTip())
        assert cover.explore_button.text() == "«Explore on my own meanwhile»"
    assert (bar.status_label.text(), bar.note_label.text()) == english


# -- the notes handout --------------------------------------------------------------------------------------
def test_the_export_dialog_says_everything_in_the_new_language_and_dates_the_handout_so(qtbot):
    dialog = ExportOptionsDialog()
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Export notes"
    with marked():
        assert dialog.windowTitle() == "«Export notes»" and dialog.noted_only.text().startswith("«")
        buttons = dialog.findChild(QDialogButtonBox)
        assert {b.text() for b in buttons.buttons()} == {"«Cancel»", "«Choose a file…»"}
        options = dialog.options()
        assert options.words("Handout", "No note") == "«No note»"
    assert options.date == handout_date(QDate.currentDate())
    assert options.date == QLocale().toString(QDate.currentDate(), QLocale.FormatType.LongFormat)
    assert dialog.windowTitle() == "Export notes"


def test_the_pdf_handout_numbers_its_pages_and_says_its_words_in_the_interface_language(qtbot, tmp_path):
    from PySide6.QtPdf import QPdfDocument

    from tourviewer.core.handout import HandoutOptions
    from tourviewer.ui.handout_pdf import export_handout
    from tourviewer.ui.i18n import translate

    gunsan = Path(__file__).resolve().parents[2] / "tours" / "gunsan"
    out = tmp_path / "handout.pdf"
    with marked():
        options = HandoutOptions(date=handout_date(QDate(2026, 3, 30)), words=translate)
        export_handout(load_tour(gunsan), {}, "en", "pdf", out, options)
    pdf = QPdfDocument()
    pdf.load(str(out))
    pages = pdf.pageCount()
    assert pages > 1
    day = QLocale().toString(QDate(2026, 3, 30), QLocale.FormatType.LongFormat)
    for n in range(pages):
        text = pdf.getAllText(n).text()
        assert f"«Page {n + 1} of {pages}»" in text, text[-200:]
        assert f"«My notes as of {day}»" in text
    assert "«No note»" in pdf.getAllText(0).text()
