"""The reading panels in the interface language: each follows a change of language without a restart,
keeping what it shows (a saved note, a search's results, why a picture or a recording cannot be shown),
and in the pseudo language nothing they say is left in English or clipped at 1366x768."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from tests.tourfiles import MINIMAL, png_bytes, write_tour
from tests.ui.conftest import drain, open_window
from tests.ui.pseudo import clipped, pseudo_language, switch_language, untranslated
from tests.ui.test_narration import FILES as NARRATION_FILES
from tests.ui.test_narration import TOUR as NARRATION_TOUR
from tourviewer.core import load_tour
from tourviewer.core.media import decode_reason
from tourviewer.core.said import Said
from tourviewer.core.session import TourSession
from tourviewer.core.soundinfo import read_sound_info
from tourviewer.core.store import Store
from tourviewer.core.words import QT_TRANSLATE_NOOP
from tourviewer.ui import narration
from tourviewer.ui.audio import AudioPlayer
from tourviewer.ui.canvas import ImageCanvas
from tourviewer.ui.i18n import install_language, pseudo
from tourviewer.ui.images import ImageLoader
from tourviewer.ui.imageviewer import ImageViewer, ViewerPicture
from tourviewer.ui.mainwindow import MainWindow
from tourviewer.ui.narration import NarrationPanel
from tourviewer.ui.pictureslot import PictureSlot
from tourviewer.ui.problems import ProblemList, ProblemsDialog, WarningBar
from tourviewer.ui.stoplist import StopList
from tourviewer.ui.wording import said

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "tours" / "hongsung"


@pytest.fixture(autouse=True)
def english_after(qapp):
    yield
    install_language(qapp, "en")


def accented(text: str) -> bool:
    """Whether `text` is in the pseudo language (its letters accented, bracketed)."""
    return text.startswith("[") and not re.search(r"[A-Za-z]{3}", re.sub(r"\{\d\}|<[^>]*>", "", text))


# -- core messages ------------------------------------------------------------------------------


def test_a_media_message_is_the_english_text_and_is_said_again_in_the_interface_language(qapp):
    """A picture's placeholder: the window's sentence around the core's reason, each translated in "Media"."""
    why = Said(QT_TRANSLATE_NOOP("Media", "the {0} is cut short"), "PNG")
    placeholder = Said(QT_TRANSLATE_NOOP("Media", "{0} cannot be decoded: {1}"), "farm.png", why)
    assert placeholder == "farm.png cannot be decoded: the PNG is cut short"  # logs and problems read it as text
    assert said("Media", placeholder) == placeholder
    install_language(qapp, "pseudo")
    reason = pseudo("the {0} is cut short").format("PNG")
    assert said("Media", placeholder) == pseudo("{0} cannot be decoded: {1}").format("farm.png", reason)


MEDIA_MESSAGES = [
    "core/media.py",
    "core/soundinfo.py",
    "core/recording.py",
    "ui/audio.py",
    "ui/images.py",
    "ui/pictureslot.py",
    "ui/canvas.py",
    "ui/gallery.py",
]


def test_media_messages_are_marked_in_the_context_they_are_shown_in():
    """Messages about pictures and recordings nest (the player's sentence holds the core's reason) and are
    said in one context, "Media": every text those modules mark for a Said is marked there."""
    for name in MEDIA_MESSAGES:
        source = (ROOT / "tourviewer" / name).read_text(encoding="utf-8")
        made = re.findall(r'Said\(\s*QT_TRANSLATE_NOOP\(\s*"(\w+)"', source)
        assert made and set(made) == {"Media"}, name


def test_a_sound_files_reason_leaves_the_library_out_and_is_translated(qapp, tmp_path):
    broken = tmp_path / "farm.ogg"
    broken.write_bytes(b"this is no sound at all" * 20)
    found = read_sound_info(broken)
    assert found.error == "is not audio of a supported kind (Ogg (Opus or Vorbis), MP3, M4A/AAC, FLAC or WAV)"
    assert found.reason == "is not audio of a supported kind"
    install_language(qapp, "pseudo")
    assert accented(said("Media", found.reason))


def test_a_pictures_reason_keeps_the_librarys_words_apart(qapp, tmp_path):
    cut = tmp_path / "cut.png"
    cut.write_bytes(png_bytes(200, 100)[:-60])
    why = decode_reason(cut)
    assert why is not None and str(why).startswith("the PNG")
    assert "(Pillow: " in why
    install_language(qapp, "pseudo")
    text = said("Media", why)
    assert "PNG" in text and "Pillow: " in text and "the PNG" not in text


# -- each panel follows the language --------------------------------------------------------------


@pytest.fixture
def farm(tmp_path: Path) -> Path:
    return write_tour(tmp_path / "farm", NARRATION_TOUR, NARRATION_FILES)


def test_narration_panel_switches_language_without_a_restart(qtbot, farm, monkeypatch):
    monkeypatch.setattr(narration, "speech_engines", lambda: [])
    session = TourSession()
    session.open(load_tour(farm))
    panel = NarrationPanel(session, ImageLoader())
    qtbot.addWidget(panel)
    panel.resize(600, 900)
    panel.show()
    player = panel.player
    english = (panel.accessibleName(), player.play_button.text(), player.message.text(), panel.smaller.toolTip())
    assert english[1] == "▶  Play" and english[2] == "Audio cannot play here: no sound device"
    assert "Links" in panel.narration.toPlainText()
    tooltip = panel.transcript.model().index(0, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert tooltip == "Play from 0:00"

    switch_language(panel, "pseudo")
    assert all(accented(text) for text in (panel.accessibleName(), player.message.text(), panel.smaller.toolTip()))
    assert player.play_button.text() == pseudo("▶  Play")
    assert player.speed.itemText(1) == pseudo("{0}x").replace("{0}", "1")
    assert pseudo("Links") in panel.narration.toPlainText()
    assert panel.narration.placeholderText() == pseudo("This stop has no narration.")
    tooltip = panel.transcript.model().index(0, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert tooltip == pseudo("Play from {0}").replace("{0}", "0:00")
    session.next()  # a stop without a recording: the note says why, in the language now
    assert panel.note.text() == pseudo("No recording for this stop. {0}.").format(
        pseudo("Read aloud needs a speech engine, and none is installed here")
    )
    assert panel.title.text() == "Field"  # the tour's own words are the tour's

    switch_language(panel, "en")
    session.previous()
    assert (panel.accessibleName(), player.play_button.text(), player.message.text(), panel.smaller.toolTip()) == (
        english
    )


def test_audio_reasons_are_said_again_in_the_new_language(qtbot, tmp_path):
    player = AudioPlayer()
    qtbot.addWidget(player)
    missing = tmp_path / "gone.ogg"
    player.set_source(missing, [])
    assert player.message.text() == "The recording gone.ogg is missing from the tour folder"
    switch_language(player, "pseudo")
    assert player.message.text() == pseudo("The recording {0} is missing from the tour folder").format("gone.ogg")
    assert player.unavailable_reason() == "The recording gone.ogg is missing from the tour folder"


def test_a_picture_placeholder_follows_the_language(qtbot, tmp_path):
    canvas = ImageCanvas()
    qtbot.addWidget(canvas)
    loader = ImageLoader()
    slot = PictureSlot(canvas, loader)
    cut = tmp_path / "cut.png"
    cut.write_bytes(png_bytes(200, 100)[:-60])
    slot.show(cut, "cut.png")
    qtbot.waitUntil(lambda: canvas.message.startswith("cut.png cannot be decoded: the PNG"), timeout=10000)
    assert canvas.shown_message() == canvas.message
    switch_language(canvas, "pseudo")
    said = canvas.shown_message()
    library = canvas.message.values[1].values[1]
    reason = pseudo("{0} ({1})").format(pseudo("the {0} is cut short").format("PNG"), library)
    assert said == pseudo("{0} cannot be decoded: {1}").format("cut.png", reason)
    assert "Pillow: " in said
    assert canvas.accessibleName() == pseudo("Picture")
    slot.show(tmp_path / "absent.png", "absent.png")
    assert canvas.shown_message() == pseudo("Image not available: {0}").format("absent.png")


def test_stop_list_tooltips_follow_the_language(qtbot, three_stops):
    session = TourSession()
    session.open(load_tour(three_stops))
    stops = StopList(session)
    qtbot.addWidget(stops)
    row = stops.model().index(1, 0)
    assert row.data(Qt.ItemDataRole.ToolTipRole) == "Not visited yet"
    stops.stops.set_noted({"two"})
    assert row.data(Qt.ItemDataRole.AccessibleDescriptionRole) == "not visited yet, has a note"
    changed: list[object] = []
    stops.model().dataChanged.connect(lambda *args: changed.append(args))
    switch_language(stops, "pseudo")
    assert changed, "the view is told to ask for the rows' texts again"
    assert accented(row.data(Qt.ItemDataRole.ToolTipRole)) and accented(stops.accessibleName())
    assert row.data(Qt.ItemDataRole.DisplayRole) == "2. Two"


def test_image_viewer_counter_and_buttons_follow_the_language(qtbot, tmp_path):
    files = []
    for name in ("a.png", "b.png"):
        files.append(tmp_path / name)
        files[-1].write_bytes(png_bytes(60, 40))
    preview = QImage(60, 40, QImage.Format.Format_RGB32)
    viewer = ImageViewer([ViewerPicture(f) for f in files], 1, preview, ImageLoader())
    qtbot.addWidget(viewer)
    assert viewer.counter.text() == "2 of 2" and viewer.full_button.text() == "Full screen"
    switch_language(viewer, "pseudo")
    assert viewer.counter.text() == pseudo("{0} of {1}").format(2, 2)
    assert viewer.full_button.text() == pseudo("Full screen") and accented(viewer.close_button.toolTip())


def _broken_tour(tmp_path: Path, extra: str = "") -> Path:
    return write_tour(tmp_path / "broken", MINIMAL.replace('title = "', 'nonsense = 1\ntitle = "', 1) + extra, {})


def test_problems_headings_are_translated_and_the_messages_stay_english(qtbot, tmp_path):
    result = load_tour(_broken_tour(tmp_path))
    assert result.errors
    problems = ProblemList()
    qtbot.addWidget(problems)
    problems.show_problems(result)
    message = problems.topLevelItem(0).text(4)
    assert problems.headerItem().text(1) == "Where"
    switch_language(problems, "pseudo")
    assert problems.headerItem().text(1) == pseudo("Where")
    assert problems.topLevelItem(0).text(4) == message  # the validator's words, as `validate` prints them
    assert accented(problems.topLevelItem(0).data(0, Qt.ItemDataRole.AccessibleTextRole))


def test_warning_bar_counts_in_the_language(qtbot, tmp_path):
    result = load_tour(_broken_tour(tmp_path))
    bar = WarningBar()
    qtbot.addWidget(bar)
    bar.show_for(result)
    count = len(result.errors)
    assert bar.label.text() == f"✖ This tour has {count} error{'s' if count != 1 else ''} for its author."
    switch_language(bar, "pseudo")
    said = pseudo("✖ This tour has %n error(s) for its author.").replace("%n", str(count))
    assert bar.label.text() == said
    assert bar.show_button.text() == pseudo("Show")


def test_the_problems_dialog_counts_errors_in_english_plurals(qtbot, tmp_path):
    one = ProblemsDialog(load_tour(_broken_tour(tmp_path)), None)
    qtbot.addWidget(one)
    assert "<b>broken</b> has 1 error and cannot be shown." in one.heading.text()
    two = ProblemsDialog(load_tour(_broken_tour(tmp_path / "two", "nothing = 2\n")), None)
    qtbot.addWidget(two)
    assert "<b>broken</b> has 2 errors and cannot be shown." in two.heading.text()


# -- the pseudo language in the main window ---------------------------------------------------------


def tour_texts(session: TourSession) -> list[str]:
    """Everything the open tour says in the session's language, and its file names: not the program's words."""
    tour = session.tour
    assert tour is not None
    text = session.text
    found = [text(tour.title), text(tour.subtitle)]
    for stop in tour.stops:
        found += [text(stop.title), text(stop.subtitle), text(stop.place)]
        found += [text(link.title) for link in stop.links]
        for image in stop.images:
            found += [text(image.caption), text(image.credit), text(image.alt), Path(image.file).name]
            found += [text(hotspot.label) for hotspot in image.hotspots]
    return [t for t in found if t]


def settle(window: MainWindow) -> None:
    for _ in range(6):
        drain(window.notebook)
        window.loader.wait()
        QApplication.processEvents()


@pytest.fixture
def pseudo_window(qtbot, tmp_path):
    """The main window at 1366x768 in the pseudo language, a sample tour open at a stop with a recording."""
    with pseudo_language():
        window = MainWindow(Store(tmp_path / "data"), tmp_path / "data" / "tours")
        qtbot.addWidget(window)
        window.resize(1366, 768)
        window.show()
        open_window(window, SAMPLE)
        window.session.go_to(1)
        window.view.gallery.show_image(1)  # a flat picture (the first is a panorama)
        settle(window)
        yield window


# A− and A+ are symbols for "smaller" and "larger", whose words are their tooltips and accessible names.
SYMBOLS = ["A\u2212", "A+"]


def test_reading_panels_in_the_pseudo_language(pseudo_window, qtbot):
    window = pseudo_window
    view = window.view
    allowed = [*tour_texts(window.session), *SYMBOLS]
    assert view.narration.player.isVisible() and view.narration.transcript.isVisible()
    for panel in (view.narration, view.notes, view.stops, view.gallery.thumbs, view.gallery.canvas):
        assert untranslated(panel, allowed) == [], type(panel).__name__
        assert clipped(panel) == [], type(panel).__name__
    for widget in (view.gallery.caption, view.gallery.credit):
        assert widget.text() in allowed
    qtbot.keyClicks(view.notes.editor, "x")  # a note to save: the panel says Saving…, then Saved
    qtbot.waitUntil(lambda: accented(view.notes.status.text()), timeout=5000)


def test_search_with_results_in_the_pseudo_language(pseudo_window, qtbot):
    window = pseudo_window
    window.view.show_search()
    search = window.view.search
    search.field.setText("farm")
    search.run_search()
    qtbot.waitUntil(lambda: bool(search.hits()), timeout=10000)
    allowed = tour_texts(window.session)
    assert untranslated(search, allowed) == []
    assert clipped(search) == []
    row = search.results.model().index(0, 0).data()
    assert pseudo("Tour text") in row
    search.field.setText("zzzzqqq")
    search.run_search()
    qtbot.waitUntil(lambda: search.message.isVisible(), timeout=10000)
    assert search.message.text() == pseudo("No results")


def test_all_notes_and_full_window_picture_in_the_pseudo_language(pseudo_window, qtbot):
    window = pseudo_window
    view = window.view
    allowed = tour_texts(window.session)
    window.show_all_notes()
    dialog = window._all_notes
    qtbot.waitUntil(lambda: pseudo("No note yet") in dialog.browser.toPlainText(), timeout=10000)
    assert untranslated(dialog, [*allowed, window.session.text(window.session.tour.title)]) == []
    assert pseudo("Whole tour") in dialog.browser.toPlainText()
    dialog.close()

    view.gallery.open_full()
    viewer = next(w for w in QApplication.topLevelWidgets() if isinstance(w, ImageViewer) and w.isVisible())
    assert untranslated(viewer, allowed) == []
    assert clipped(viewer) == []
    viewer.close()


def test_problems_dialog_and_warning_bar_in_the_pseudo_language(qtbot, tmp_path):
    with pseudo_language():
        result = load_tour(_broken_tour(tmp_path))
        dialog = ProblemsDialog(result, None)
        qtbot.addWidget(dialog)
        dialog.resize(980, 420)
        dialog.show()
        messages = [p.message for p in result.problems]
        codes = [p.code for p in result.problems]
        keys = [dialog.list.topLevelItem(i).text(3) for i in range(dialog.list.topLevelItemCount())]
        allowed = [*messages, *codes, *keys, "broken", "tour.toml"]
        assert untranslated(dialog, allowed) == []
        assert clipped(dialog) == []
        bar = WarningBar()
        qtbot.addWidget(bar)
        bar.resize(1366, 40)
        bar.show_for(result)
        assert untranslated(bar) == [] and clipped(bar) == []


def test_open_window_sees_a_change_of_language(qtbot, tmp_path, three_stops):
    """In the window as a person uses it: a change of language reaches every panel through Qt's event."""
    window = MainWindow(Store(tmp_path / "data"), tmp_path / "data" / "tours")
    qtbot.addWidget(window)
    window.show()
    open_window(window, three_stops)
    notes = window.view.notes
    assert notes.status.text() in ("", "Saved")
    assert notes.scope.tabText(0) == "This stop"
    install_language(QApplication.instance(), "pseudo")
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
    QApplication.processEvents()
    assert notes.scope.tabText(0) == pseudo("This stop")
    assert window.view.gallery.thumbs.accessibleName() == pseudo("Pictures of this stop")


def test_notes_state_is_said_again_in_the_new_language(qtbot, tmp_path, three_stops, notebook_at):
    """Saved, Saving… and why a note cannot be saved: the state is kept, its words follow the language."""
    from tourviewer.ui.notes import NotesPanel

    notebook = notebook_at()
    session = TourSession(notebook)
    panel = NotesPanel(session, notebook)
    qtbot.addWidget(panel)
    panel.show()
    session.open(load_tour(three_stops))
    drain(notebook)
    qtbot.keyClicks(panel.editor, "A question for the farm")
    qtbot.waitUntil(lambda: panel.status.text() == "Saved", timeout=5000)
    switch_language(panel, "pseudo")
    assert panel.status.text() == pseudo("Saved")
    panel.preview_button.setChecked(True)
    assert panel.preview_button.text() == pseudo("Edit")

    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the data folder should be")
    unusable = notebook_at(blocker / "data")
    other = TourSession(unusable)
    stuck = NotesPanel(other, unusable)
    qtbot.addWidget(stuck)
    stuck.show()
    other.open(load_tour(three_stops))
    drain(unusable)
    problem = unusable.problem
    assert problem is not None and problem.startswith("notes cannot be saved in ")
    inner = pseudo("notes cannot be saved in {0}: {1}").format(*problem.values)
    assert stuck.status.text() == pseudo("Notes cannot be saved: {0}").format(inner)
    switch_language(stuck, "en")
    assert stuck.status.text() == f"Notes cannot be saved: {problem}"
    assert panel.status.text() == "Saved"


def test_tour_text_in_search_and_all_notes_is_drawn_with_the_tours_han_forms(qtbot, tmp_path, three_stops):
    """The interface may be Japanese while the tour is read in Korean: quotes of the tour take Korean forms."""
    window = MainWindow(Store(tmp_path / "data"), tmp_path / "data" / "tours")
    qtbot.addWidget(window)
    window.show()
    install_language(QApplication.instance(), "ja")
    open_window(window, three_stops)
    window.session.set_language("ko")
    search = window.view.search
    assert "Noto Sans CJK KR" in search.results.font().families()
    assert "Noto Sans CJK JP" in search.field.font().families()  # what the reader types: the interface's
    window.show_all_notes()
    assert "Noto Sans CJK KR" in window._all_notes.browser.font().families()
    window._all_notes.close()
    window.view.gallery.open_full()
    viewer = next(w for w in QApplication.topLevelWidgets() if isinstance(w, ImageViewer) and w.isVisible())
    assert "Noto Sans CJK KR" in viewer.caption.font().families()
    viewer.close()


def test_picture_strip_names_its_pictures_in_the_new_language(qtbot, tmp_path):
    from tourviewer.ui.picturestrip import PictureStrip

    strip = PictureStrip(ImageLoader())
    qtbot.addWidget(strip)
    strip.show_pictures([None, None], ["Greenhouses", "Paddies"], 0)
    name = strip.item(1).data(Qt.ItemDataRole.AccessibleTextRole)
    assert name == "Picture 2: Paddies"
    switch_language(strip, "pseudo")
    assert strip.item(1).data(Qt.ItemDataRole.AccessibleTextRole) == pseudo("Picture {0}: {1}").format(2, "Paddies")


def test_search_results_and_all_notes_follow_the_language(qtbot, tmp_path, three_stops):
    window = MainWindow(Store(tmp_path / "data"), tmp_path / "data" / "tours")
    qtbot.addWidget(window)
    window.show()
    open_window(window, three_stops)
    search = window.view.search
    window.view.show_search()
    search.field.setText("Three")
    search.run_search()
    qtbot.waitUntil(lambda: bool(search.hits()), timeout=10000)
    assert search.results.model().index(0, 0).data() == "3. Three, Tour text: Three"
    window.show_all_notes()
    dialog = window._all_notes
    qtbot.waitUntil(lambda: "No note yet" in dialog.browser.toPlainText(), timeout=10000)
    assert dialog.windowTitle() == "All notes — Three stops"

    switch_language(window, "pseudo")
    hit = search.results.model().index(0, 0).data()
    assert hit == pseudo("{0}, {1}: {2}").format("3. Three", pseudo("Tour text"), "Three")
    assert search.field.placeholderText() == pseudo("Search this tour and your notes")
    text = dialog.browser.toPlainText()
    assert pseudo("Whole tour") in text and pseudo("No note yet") in text
    assert "No note yet" not in text.replace(pseudo("No note yet"), "")
    assert dialog.windowTitle() == pseudo("All notes — {0}").format("Three stops")
    assert len(search.hits()) == 1  # the results were kept, not searched for again
