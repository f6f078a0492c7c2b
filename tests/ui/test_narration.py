"""The narration panel: Markdown, pictures and links that stay offline, text size, language,
the recording with its transcript, reading aloud, and speaker notes kept away."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QObject, QPoint, Qt, QUrl, Signal
from PySide6.QtGui import QFont, QFontMetrics, QImage, QTextCursor, QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QLabel,
    QStyleOptionViewItem,
    QTextEdit,
    QWidget,
)

from tests.tourfiles import png_bytes, wav_bytes, write_tour
from tourviewer.core import load_tour
from tourviewer.core.session import TourSession
from tourviewer.ui import audio, narration
from tourviewer.ui.images import ImageLoader
from tourviewer.ui.narration import DEFAULT_TEXT_SIZE, NarrationPanel

NOTES = "Ask who in the room grew up on a farm"
KO_NOTES = "농장에서 자란 분이 있는지 물어보세요"

TOUR = f"""format = 1
id = "farm-tour"
title = "Farm tour"
languages = ["en", "ko"]

[[stops]]
id = "farm"
title = {{ en = "Collabo Farm", ko = "협업농장" }}
place = {{ en = "Hongdong-myeon", ko = "홍동면" }}
narration = {{ en = \"\"\"
Young people farm **together** here, <b>x</b> stays text.

![greenhouse](images/farm.png)

![remote](https://example.org/tracker.png)

Read [the farm's page](https://example.org/farm).
\"\"\", ko = "청년들이 **함께** 농사짓는 곳." }}
audio = {{ en = "audio/farm.en.wav", ko = "audio/farm.ko.wav" }}
transcript = {{ en = "audio/farm.en.vtt", ko = "audio/farm.ko.vtt" }}
speaker_notes = {{ en = "{NOTES}", ko = "{KO_NOTES}" }}
links = [{{ title = {{ en = "About the farm", ko = "농장 소개" }}, url = "https://example.org/about" }}]

[[stops]]
id = "field"
title = "Field"
narration = "A field with *no* recording."
speaker_notes = "{NOTES}"
"""

EN_VTT = b"""WEBVTT

00:00.000 --> 00:00.400
Young people farm here.

00:00.600 --> 00:01.000
Together.

00:01.200 --> 00:01.800
Welcome.
"""

KO_VTT = """WEBVTT

00:00.000 --> 00:00.500
청년들이 농사짓는 곳.
""".encode()

FILES = {
    "images/farm.png": png_bytes(900, 300),
    "audio/farm.en.wav": wav_bytes(2),
    "audio/farm.ko.wav": wav_bytes(1),
    "audio/farm.en.vtt": EN_VTT,
    "audio/farm.ko.vtt": KO_VTT,
}


class FakeSpeech(QObject):
    """Stands in for QTextToSpeech: records what it was asked to say."""

    stateChanged = Signal(object)

    class _State:
        def __init__(self, name: str):
            self.name = name

    def __init__(self, engine: str = "fake", parent: QObject | None = None):
        super().__init__(parent)
        self.said: list[str] = []
        self._state = self._State("Ready")

    def state(self):
        return self._state

    def availableLocales(self):  # noqa: N802 (Qt's name)
        return []

    def setLocale(self, locale) -> None:  # noqa: N802 (Qt's name)
        pass

    def say(self, text: str) -> None:
        self.said.append(text)
        self._state = self._State("Speaking")
        self.stateChanged.emit(self._state)

    def stop(self) -> None:
        self._state = self._State("Ready")
        self.stateChanged.emit(self._state)


@pytest.fixture
def no_speech(monkeypatch):
    monkeypatch.setattr(narration, "speech_engines", lambda: [])


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    return write_tour(tmp_path / "farm", TOUR, FILES)


def open_panel(qtbot, folder: Path) -> tuple[TourSession, NarrationPanel]:
    session = TourSession()
    session.open(load_tour(folder))
    panel = NarrationPanel(session, ImageLoader())
    qtbot.addWidget(panel)
    panel.resize(600, 900)
    panel.show()
    qtbot.waitExposed(panel)
    return session, panel


def fragments(document: QTextDocument):
    block = document.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            yield it.fragment()
            it += 1
        block = block.next()


def anchor_point(panel: NarrationPanel, href: str) -> QPoint:
    """Where the link `href` is drawn in the narration's viewport."""
    for fragment in fragments(panel.narration.document()):
        if fragment.charFormat().anchorHref() == href:
            cursor = QTextCursor(panel.narration.document())
            cursor.setPosition(fragment.position() + 1)
            return panel.narration.cursorRect(cursor).center()
    raise AssertionError(f"no link to {href}")


def all_text(root: QWidget) -> str:
    """Everything a person could see or hear from the panel's widgets."""
    parts: list[str] = []
    for widget in [root, *root.findChildren(QWidget)]:
        parts += [widget.toolTip(), widget.accessibleName(), widget.accessibleDescription(), widget.windowTitle()]
        if isinstance(widget, QLabel):
            parts.append(widget.text())
        if isinstance(widget, QAbstractButton):
            parts.append(widget.text())
        if isinstance(widget, QTextEdit):
            parts += [widget.toPlainText(), widget.toHtml(), widget.placeholderText()]
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            for row in range(model.rowCount()):
                for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                    parts.append(str(model.index(row, 0).data(role) or ""))
        if isinstance(widget, QComboBox):
            parts += [widget.itemText(i) for i in range(widget.count())]
    return "\n".join(parts)


def lines(view: QAbstractItemView) -> list[str]:
    """The text of each row a list view shows."""
    model = view.model()
    return [str(model.index(row, 0).data()) for row in range(model.rowCount())]


def shown_font(view: QAbstractItemView, row: int) -> QFont:
    """The font a row is drawn in: the view's own, with what the model says about the row."""
    option = QStyleOptionViewItem()
    option.initFrom(view)
    option.font = view.font()  # as the view does before drawing a row
    view.itemDelegate().initStyleOption(option, view.model().index(row, 0))
    return QFont(option.font)


# -- the text ---------------------------------------------------------------------------------


def test_shows_title_place_and_markdown(qtbot, folder, no_speech):
    _, panel = open_panel(qtbot, folder)
    assert panel.title.text() == "Collabo Farm"
    assert panel.place.text() == "Hongdong-myeon"
    text = panel.narration.toPlainText()
    assert "Young people farm together here" in text
    assert "**" not in text
    bold = [f.text() for f in fragments(panel.narration.document()) if f.charFormat().fontWeight() >= QFont.Weight.Bold]
    assert bold == ["together"]


def test_raw_html_is_shown_as_text(qtbot, folder, no_speech):
    _, panel = open_panel(qtbot, folder)
    assert "<b>x</b> stays text" in panel.narration.toPlainText()
    bold = [f.text() for f in fragments(panel.narration.document()) if f.charFormat().fontWeight() >= QFont.Weight.Bold]
    assert "x" not in bold


def test_a_picture_in_the_narration_is_decoded_off_the_ui_thread(qtbot, folder, no_speech, decode_threads):
    decoded_on = decode_threads
    _, panel = open_panel(qtbot, folder)
    qtbot.waitUntil(lambda: any(f.charFormat().isImageFormat() for f in fragments(panel.narration.document())))
    qtbot.waitUntil(lambda: not panel.loader.busy and not panel.narration._pictures_came.isActive())
    names = {f.charFormat().toImageFormat().name() for f in fragments(panel.narration.document())}
    kind = int(QTextDocument.ResourceType.ImageResource.value)
    shown = panel.narration.document().resource(kind, QUrl("images/farm.png"))
    assert "images/farm.png" in names
    assert shown is not None and not shown.isNull(), "the picture is in the text once decoded"
    assert decoded_on and set(decoded_on) == {"image-decoder"}


def test_only_tour_pictures_are_loaded(qtbot, folder, no_speech):
    _, panel = open_panel(qtbot, folder)
    image = int(QTextDocument.ResourceType.ImageResource.value)
    qtbot.waitUntil(lambda: not panel.loader.busy)  # decoded off the UI thread, then laid out
    local = panel.narration.loadResource(image, QUrl("images/farm.png"))
    assert isinstance(local, QImage) and not local.isNull()
    assert local.width() <= panel.narration.image_width()  # 900 px wide, scaled to the column
    assert local.width() == pytest.approx(panel.narration.image_width(), abs=1)
    refused = [
        "https://example.org/tracker.png",
        "http://example.org/a.png",
        f"file://{folder / 'images/farm.png'}",
        str(folder / "images/farm.png"),
        "../farm/images/farm.png",
        "data:image/png;base64,iVBORw0KGgo=",
        "images/missing.png",
    ]
    for written in refused:
        loaded = panel.narration.loadResource(image, QUrl(written))
        assert isinstance(loaded, QImage) and loaded.isNull(), written
    # What the document itself holds for the remote picture is nothing either.
    held = panel.narration.document().resource(image, QUrl("https://example.org/tracker.png"))
    assert held is None or held.isNull()


def test_links_open_only_when_clicked(qtbot, folder, no_speech):
    _, panel = open_panel(qtbot, folder)
    opened: list[QUrl] = []
    panel.open_url = opened.append
    assert "About the farm  \u2014 example.org" in panel.narration.toPlainText()  # the stop's links, under the text
    assert opened == []  # showing the links opened nothing
    for href in ("https://example.org/farm", "https://example.org/about"):
        point = anchor_point(panel, href)
        qtbot.mouseClick(panel.narration.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert [u.toString() for u in opened] == ["https://example.org/farm", "https://example.org/about"]
    panel.narration.anchorClicked.emit(QUrl("file:///etc/passwd"))
    panel.narration.anchorClicked.emit(QUrl("javascript:alert(1)"))
    assert len(opened) == 2


def test_a_long_narration_starts_at_the_top(qtbot, folder, no_speech):
    session, panel = open_panel(qtbot, folder)
    panel.resize(360, 420)
    for _ in range(4):
        panel.zoom_in()
    session.next()
    session.previous()
    qtbot.waitUntil(lambda: panel.narration.verticalScrollBar().maximum() > 0)
    assert panel.narration.verticalScrollBar().value() == 0
    assert panel.narration.textCursor().position() == 0


def test_text_size_changes_and_is_kept_across_stops(qtbot, folder, no_speech):
    session, panel = open_panel(qtbot, folder)
    assert panel.text_size() == DEFAULT_TEXT_SIZE
    panel.zoom_in()
    panel.zoom_in()
    larger = panel.text_size()
    assert larger > DEFAULT_TEXT_SIZE
    assert panel.narration.font().pointSize() == larger
    panel.zoom_out()
    assert DEFAULT_TEXT_SIZE < panel.text_size() < larger
    size = panel.text_size()
    session.next()
    assert panel.title.text() == "Field"
    assert panel.text_size() == size
    assert panel.narration.font().pointSize() == size


def test_text_size_shortcuts(qtbot, folder, no_speech):
    _, panel = open_panel(qtbot, folder)
    panel.narration.setFocus()
    qtbot.waitUntil(panel.narration.hasFocus)
    qtbot.keyClick(panel.narration, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert panel.text_size() > DEFAULT_TEXT_SIZE
    qtbot.keyClick(panel.narration, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(panel.narration, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert panel.text_size() < DEFAULT_TEXT_SIZE
    assert panel.size_controls.accessibleName() == "Narration text size"


def test_language_switch_changes_the_text(qtbot, folder, no_speech):
    session, panel = open_panel(qtbot, folder)
    session.set_language("ko")
    assert panel.title.text() == "협업농장"
    assert panel.place.text() == "홍동면"
    assert panel.narration.plain_text() == "청년들이 함께 농사짓는 곳."
    assert "농장 소개" in panel.narration.toPlainText()


# -- the recording and its transcript --------------------------------------------------------


def test_recording_and_transcript_follow_the_language(qtbot, folder, no_speech):
    session, panel = open_panel(qtbot, folder)
    assert panel.player.source() == (folder / "audio/farm.en.wav").resolve()
    assert len(lines(panel.transcript)) == 3
    assert lines(panel.transcript)[1].endswith("Together.")
    session.set_language("ko")
    assert panel.player.source() == (folder / "audio/farm.ko.wav").resolve()
    assert lines(panel.transcript) == ["0:00   청년들이 농사짓는 곳."]
    assert not panel.player.isHidden()
    assert not panel.transcript.isHidden()


def test_without_sound_the_player_says_why_and_the_transcript_stays(qtbot, folder, no_speech):
    _, panel = open_panel(qtbot, folder)  # tests reach no sound server (tests/conftest.py)
    qtbot.waitUntil(lambda: panel.player.unavailable_reason() is not None)
    assert panel.player.message.text() == panel.player.unavailable_reason() == audio.NO_DEVICE
    assert not panel.player.play_button.isEnabled()
    assert len(lines(panel.transcript)) == 3


def test_the_current_cue_is_highlighted(qtbot, folder, no_speech):
    _, panel = open_panel(qtbot, folder)
    with qtbot.waitSignal(panel.player.cueChanged) as changed:
        panel.player.seek(700)
    assert changed.args == [1]
    assert panel.current_cue() == 1
    assert shown_font(panel.transcript, 1).bold()
    assert not shown_font(panel.transcript, 0).bold()
    assert shown_font(panel.transcript, 1).pointSize() == panel.transcript.font().pointSize()
    panel.player.seek(1100)  # between cues
    assert panel.current_cue() == -1
    assert not any(shown_font(panel.transcript, row).bold() for row in range(3))
    panel.player.cueChanged.emit(2)
    assert panel.current_cue() == 2
    assert shown_font(panel.transcript, 2).bold()


def test_clicking_a_cue_seeks_there(qtbot, folder, no_speech, monkeypatch):
    _, panel = open_panel(qtbot, folder)
    requests: list[int] = []
    seek = panel.player.seek

    def record(ms: int) -> None:
        requests.append(ms)
        seek(ms)

    monkeypatch.setattr(panel.player, "seek", record)
    point = panel.transcript.visualRect(panel.transcript.model().index(2, 0)).center()
    qtbot.mouseClick(panel.transcript.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert requests == [1200]
    if not panel.player.is_available():  # with sound the real player reports its own position
        assert panel.player.position_ms() == 1200
        assert panel.current_cue() == 2


def test_a_recording_deleted_after_loading_shows_a_message(qtbot, folder, no_speech):
    session = TourSession()
    result = load_tour(folder)
    (folder / "audio/farm.en.wav").unlink()
    session.open(result)
    panel = NarrationPanel(session, ImageLoader())
    qtbot.addWidget(panel)
    assert panel.player.unavailable_reason() == "The recording audio/farm.en.wav is missing from the tour folder"
    assert panel.player.message.text() == panel.player.unavailable_reason()
    assert not panel.player.play_button.isEnabled()
    assert len(lines(panel.transcript)) == 3
    # The file goes while the stop is shown: coming back to it says the same, without a crash.
    session.set_language("ko")
    (folder / "audio/farm.ko.wav").unlink()
    session.next()
    session.previous()
    assert panel.player.unavailable_reason() == "The recording audio/farm.ko.wav is missing from the tour folder"


def test_changing_stop_stops_the_recording(qtbot, folder, no_speech, monkeypatch):
    monkeypatch.setattr(audio, "audio_output_available", lambda: True)
    session, panel = open_panel(qtbot, folder)
    panel.player.play()
    session.next()
    assert not panel.player.is_playing()
    assert panel.player.source() is None
    assert panel.player.isHidden()
    assert panel.transcript.isHidden()


# -- reading aloud ---------------------------------------------------------------------------


def test_read_aloud_only_without_a_recording_and_with_an_engine(qtbot, folder, monkeypatch):
    speech = FakeSpeech()
    monkeypatch.setattr(narration, "speech_engines", lambda: ["fake"])
    monkeypatch.setattr(narration, "create_speech", lambda engine, parent: speech)
    session, panel = open_panel(qtbot, folder)
    assert panel.read_aloud.isHidden()  # the farm has a recording
    session.next()
    assert not panel.read_aloud.isHidden()
    assert panel.note.isHidden()
    qtbot.mouseClick(panel.read_aloud, Qt.MouseButton.LeftButton)
    assert speech.said == ["A field with no recording."]
    assert panel.read_aloud.isChecked()
    session.previous()  # leaving the stop stops the reading
    assert speech.state().name == "Ready"
    assert panel.read_aloud.isHidden()


def test_no_engine_no_button_but_a_note(qtbot, folder, no_speech):
    session, panel = open_panel(qtbot, folder)
    session.next()
    assert panel.read_aloud.isHidden()
    assert not panel.note.isHidden()
    assert panel.note.text() == f"No recording for this stop. {narration.NO_ENGINE}."


def test_an_engine_that_does_not_start_counts_as_none(qtbot, folder, monkeypatch):
    monkeypatch.setattr(narration, "speech_engines", lambda: ["broken"])
    monkeypatch.setattr(narration, "create_speech", lambda engine, parent: None)
    session, panel = open_panel(qtbot, folder)
    session.next()
    assert panel.read_aloud.isHidden()
    said = f"No recording for this stop. {narration.ENGINE_DOWN}."
    assert panel.note.text() == said, "it says why, and what to install"


# -- what is never shown ---------------------------------------------------------------------


def test_speaker_notes_are_never_shown(qtbot, folder, monkeypatch):
    monkeypatch.setattr(narration, "speech_engines", lambda: ["fake"])
    monkeypatch.setattr(narration, "create_speech", lambda engine, parent: FakeSpeech())
    session, panel = open_panel(qtbot, folder)
    for language in ("en", "ko"):
        session.set_language(language)
        for index in range(session.count):
            session.go_to(index)
            shown = all_text(panel)
            assert session.stop.title.get(language, "en") in shown  # the check does see the panel's text
            assert NOTES not in shown
            assert KO_NOTES not in shown


def test_accessible_names(qtbot, folder, no_speech):
    _, panel = open_panel(qtbot, folder)
    names = {w.accessibleName() for w in panel.findChildren(QWidget)}
    assert {"Narration", "Narration text size", "Transcript", "Read aloud", "Playback speed"} <= names
    assert panel.narration.accessibleName() == "Narration"


def test_no_tour_shows_nothing(qtbot, tmp_path, no_speech):
    session = TourSession()
    panel = NarrationPanel(session, ImageLoader())
    qtbot.addWidget(panel)
    assert panel.title.text() == ""
    assert panel.player.isHidden()
    session.open(load_tour(tmp_path / "nowhere"))
    assert panel.title.text() == ""


def test_an_enlarged_transcript_line_is_shown_whole(qtbot, no_speech):
    sample = Path(__file__).resolve().parents[2] / "tours" / "hongsung"  # long sentences in its transcript
    _, panel = open_panel(qtbot, sample)
    panel.resize(420, 800)
    for _ in range(5):
        panel.zoom_in()
    QApplication.processEvents()  # the list lays its items out again on its next turn
    view = panel.transcript
    model = view.model()
    width = view.viewport().width()
    for row in range(model.rowCount()):
        rect = view.visualRect(model.index(row, 0))
        font = model.index(row, 0).data(Qt.ItemDataRole.FontRole) or view.font()
        text = model.index(row, 0).data()
        needed = QFontMetrics(font).boundingRect(0, 0, width - 8, 10_000, int(Qt.TextFlag.TextWordWrap), text)
        assert rect.height() >= needed.height(), f"row {row} is cut: {rect.height()} < {needed.height()}"
        assert rect.width() <= width, f"row {row} is wider than the list: not wrapped"
        assert view.viewport().height() >= rect.height(), f"row {row} does not fit in the list's height"


def test_a_language_without_its_own_recording_offers_read_aloud_not_another_language(qtbot, tmp_path, monkeypatch):
    """A Japanese reader of a stop recorded in English and Korean hears no English: Read aloud reads the Japanese."""
    speech = FakeSpeech()
    monkeypatch.setattr(narration, "speech_engines", lambda: ["fake"])
    monkeypatch.setattr(narration, "create_speech", lambda engine, parent: speech)
    ko_text = 'ko = "청년들이 **함께** 농사짓는 곳."'
    toml = TOUR.replace('languages = ["en", "ko"]', 'languages = ["en", "ko", "ja"]').replace(
        ko_text, ko_text + ', ja = "若者が一緒に農業をする場所です。"'
    )
    assert "ja = " in toml
    session, panel = open_panel(qtbot, write_tour(tmp_path / "farm", toml, FILES))
    session.set_language("ja")
    assert panel.player.isHidden() and panel.transcript.isHidden()
    assert panel.player.source() is None
    assert not panel.read_aloud.isHidden()
    qtbot.mouseClick(panel.read_aloud, Qt.MouseButton.LeftButton)
    assert speech.said == ["若者が一緒に農業をする場所です。"]
    session.set_language("ko")
    assert panel.player.source() == (tmp_path / "farm/audio/farm.ko.wav").resolve()
    assert panel.read_aloud.isHidden()
