"""The narration of the current stop: its title and place, the text, links, and
the recording with its transcript (or the text read aloud when there is none).

The text is CommonMark rendered by Qt, with raw HTML shown as text. The panel
fetches nothing: pictures load only from inside the tour, and a link opens in
the system browser only when it is clicked. Speaker notes are for the
facilitator and are never shown here.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QLocale, QObject, QSize, Qt, QTimer, QUrl, Signal, Slot
from PySide6.QtGui import (
    QDesktopServices,
    QFont,
    QFontInfo,
    QImage,
    QKeySequence,
    QPalette,
    QResizeEvent,
    QShortcut,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from tourviewer.core.model import Stop
from tourviewer.core.recording import read_recording
from tourviewer.core.session import TourSession
from tourviewer.core.vtt import Cue
from tourviewer.ui.audio import AudioPlayer
from tourviewer.ui.i18n import QT_TRANSLATE_NOOP, Retranslating, translate
from tourviewer.ui.images import ImageKey, ImageLoader
from tourviewer.ui.links import open_web_link
from tourviewer.ui.paintgate import PaintGate
from tourviewer.ui.style import MARKDOWN, quiet_colour
from tourviewer.ui.textsize import TextSizeControl, set_point_size
from tourviewer.ui.transcript import TranscriptView
from tourviewer.ui.wording import said

log = logging.getLogger(__name__)

TEXT_SIZES: tuple[int, ...] = (9, 10, 11, 12, 13, 14, 16, 18, 20, 22, 24, 28, 32, 36)
DEFAULT_TEXT_SIZE = 13  # points
LINE_HEIGHT = 160  # percent of the text size, from line to line: easier to read
NO_RECORDING = QT_TRANSLATE_NOOP("NarrationPanel", "No recording for this stop")
NO_ENGINE = QT_TRANSLATE_NOOP("NarrationPanel", "Read aloud needs a speech engine, and none is installed here")
ENGINE_DOWN = QT_TRANSLATE_NOOP(
    "NarrationPanel",
    "Read aloud is not available: the speech service does not start "
    "(on Debian or Ubuntu it is the packages libspeechd2, speech-dispatcher and speech-dispatcher-espeak-ng)",
)
_IMAGE = int(QTextDocument.ResourceType.ImageResource.value)
PICTURE_HEIGHT_LIMIT = 1_000_000  # a narration picture is fitted to the column's width only


def speech_engines() -> list[str]:
    """Text-to-speech engines installed here; Qt's test engine ("mock") says nothing, so it is left out."""
    try:
        from PySide6.QtTextToSpeech import QTextToSpeech
    except ImportError:
        return []
    return [engine for engine in QTextToSpeech.availableEngines() if engine != "mock"]


def create_speech(engine: str, parent: QObject) -> Any | None:
    """A QTextToSpeech on `engine`, or None when the engine does not start (e.g. no speech service)."""
    try:
        from PySide6.QtTextToSpeech import QTextToSpeech

        speech = QTextToSpeech(engine, parent)
    except Exception as exc:  # a broken plug-in must not take the panel down
        log.info("speech engine %s cannot be loaded: %s", engine, exc)
        return None
    if speech.state() == QTextToSpeech.State.Error:
        log.info("speech engine %s does not start: %s", engine, speech.errorString())
        speech.deleteLater()
        return None
    return speech


@dataclass(frozen=True)
class ShownLink:
    """A stop's link as shown: its title in the current language, and its address."""

    title: str
    url: str


class NarrationBrowser(QTextBrowser):
    """Markdown narration, then the stop's links; pictures load only from inside the tour."""

    zoomRequested = Signal(int)  # +1 larger, -1 smaller (Ctrl + mouse wheel)

    def __init__(self, resolve: Callable[[str], Path | None], loader: ImageLoader, parent: QWidget | None = None):
        super().__init__(parent)
        self._resolve = resolve
        self._loader = loader
        self._asked: set[ImageKey] = set()  # pictures being decoded for this text
        self._pictures_came = QTimer(self, singleShot=True, interval=0)
        self._pictures_came.timeout.connect(self.refresh)
        loader.loaded.connect(self._on_picture_loaded)
        self._markdown = ""
        self._links: list[ShownLink] = []
        self._plain = ""
        self._has_images = False
        self._image_width = 0
        self._rerender = QTimer(self, singleShot=True, interval=150)
        self._rerender.timeout.connect(self._on_rerender)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setUndoRedoEnabled(False)

    def show_markdown(self, text: str, links: Sequence[ShownLink] = ()) -> None:
        self._markdown = text
        self._links = list(links)
        self._has_images = False
        self._image_width = self.image_width()
        self.document().setMarkdown(text, MARKDOWN)
        self._plain = self.document().toPlainText().replace("\ufffc", " ").strip()
        self._space_blocks()
        self._append_links()
        # The view follows its own cursor, which the appended links have carried to the end.
        self.moveCursor(QTextCursor.MoveOperation.Start)
        self.verticalScrollBar().setValue(0)

    def plain_text(self) -> str:
        """The narration without its markup, pictures and links: what reading aloud says."""
        return self._plain

    def refresh(self) -> None:
        """Render again (after a change of text size or width), keeping the place in the text."""
        scroll = self.verticalScrollBar()
        ratio = scroll.value() / scroll.maximum() if scroll.maximum() else 0.0
        self.show_markdown(self._markdown, self._links)
        scroll.setValue(round(ratio * scroll.maximum()))

    def _space_blocks(self) -> None:
        """Airier lines, and a clear gap between paragraphs (Qt's Markdown leaves 6 px)."""
        # At least 1.6 em from line to line. A proportional height would stretch Hangul twice:
        # its fallback font's own line is already taller than the Latin font's.
        em = QFontInfo(self.font()).pixelSize()
        line = round(em * LINE_HEIGHT / 100)
        gap = em * 0.8
        cursor = QTextCursor(self.document())
        cursor.beginEditBlock()  # laid out once, after the last block
        block = self.document().begin()
        while block.isValid():
            spacing = block.blockFormat()
            spacing.setLineHeight(line, QTextBlockFormat.LineHeightTypes.MinimumHeight.value)
            if block.textList() is None and spacing.headingLevel() == 0:
                spacing.setTopMargin(0)
                spacing.setBottomMargin(gap)
            cursor.setPosition(block.position())
            cursor.setBlockFormat(spacing)
            block = block.next()
        cursor.endEditBlock()

    def _append_links(self) -> None:
        """The links under the text, in its flow: they scroll and grow with it."""
        if not self._links:
            return
        em = QFontInfo(self.font()).pixelSize()
        muted = QTextCharFormat()
        muted.setForeground(quiet_colour(self.palette()))
        heading = QTextCharFormat(muted)
        heading.setFontWeight(QFont.Weight.DemiBold)
        cursor = QTextCursor(self.document())
        cursor.movePosition(QTextCursor.MoveOperation.End)
        block = QTextBlockFormat()
        block.setLineHeight(round(em * LINE_HEIGHT / 100), QTextBlockFormat.LineHeightTypes.MinimumHeight.value)
        block.setTopMargin(em * 0.6 if self._plain else 0)
        if self._plain or not cursor.atStart():
            cursor.insertBlock(block, heading)
        else:
            cursor.setBlockFormat(block)
        cursor.insertText(translate("NarrationBrowser", "Links"), heading)
        block.setTopMargin(0)
        for link in self._links:
            cursor.insertBlock(block, QTextCharFormat())
            anchor = QTextCharFormat()
            anchor.setAnchor(True)
            anchor.setAnchorHref(link.url)
            anchor.setForeground(self.palette().color(QPalette.ColorRole.Link))
            anchor.setFontUnderline(True)
            anchor.setToolTip(link.url)
            cursor.insertText(link.title, anchor)
            cursor.insertText(f"  \u2014 {QUrl(link.url).host()}", muted)

    def markdown(self) -> str:
        return self._markdown

    def links(self) -> list[ShownLink]:
        return list(self._links)

    def image_width(self) -> int:
        """The widest a picture may be to fit the text column."""
        margin = int(self.document().documentMargin())
        # the viewport's width, worked out: asking PySide for the viewport widget itself costs
        # ~8 ms the first time in a process (it looks through every widget class for its type)
        width = self.contentsRect().width()
        bar = self.verticalScrollBar()
        if bar.isVisible():
            width -= bar.width()
        return max(120, width - 2 * margin - 4)

    def loadResource(self, kind: int, url: QUrl) -> Any:  # noqa: N802 (Qt's name)
        # An empty value, never None: for None Qt would load file:, data: and relative paths itself.
        if int(kind) != _IMAGE:
            return ""
        self._has_images = True
        return self._tour_image(url)

    def _tour_image(self, url: QUrl) -> QImage:
        if url.scheme() or url.host() or url.hasQuery() or url.hasFragment():
            log.info("narration picture refused (not a tour path): %s", url.toString())
            return QImage()
        path = self._resolve(url.path(QUrl.ComponentFormattingOption.FullyDecoded))
        if path is None:
            log.info("narration picture refused or missing: %s", url.toString())
            return QImage()
        self._image_width = width = self.image_width()
        # decoded off the UI thread, as wide as the column at most; the text is laid out again when it comes
        key = self._loader.key(path, QSize(width, PICTURE_HEIGHT_LIMIT))
        found = self._loader.request(key)
        if found is not None:
            return found
        if key in self._loader.errors:
            log.warning("cannot read narration picture %s: %s", path, self._loader.errors[key])
        else:
            self._asked.add(key)
        return QImage()

    @Slot(object, QImage)
    def _on_picture_loaded(self, key: ImageKey, image: QImage) -> None:
        if key in self._asked:
            self._asked.discard(key)
            self._pictures_came.start()  # once for the pictures that come together

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 (Qt's name)
        # QTextEdit zooms a read-only text on Ctrl+wheel by itself; the panel keeps the size instead.
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            step = event.angleDelta().y()
            if step:
                self.zoomRequested.emit(1 if step > 0 else -1)
            event.accept()
            return
        super().wheelEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        if self._has_images and abs(self.image_width() - self._image_width) > 8:
            self._rerender.start()

    @Slot()
    def _on_rerender(self) -> None:
        self.refresh()


class NarrationPanel(Retranslating, QWidget):
    """The current stop's narration, links, recording and transcript; follows the session."""

    textSizeChanged = Signal(int)  # points, when the reader makes the text larger or smaller

    def __init__(
        self,
        session: TourSession,
        loader: ImageLoader,
        parent: QWidget | None = None,
        shortcuts: bool = True,
        gate: PaintGate | None = None,
    ):
        super().__init__(parent)
        self.session = session
        self.loader = loader
        # Replaced in tests, so that nothing is launched; called only when a person clicks a link.
        self.open_url: Callable[[QUrl], object] = QDesktopServices.openUrl
        self._cues: list[Cue] = []
        self._audio_key: tuple[str, str] | None = None
        self._speech: Any | None = None
        self._speech_checked = False
        self._speech_problem: str | None = None  # why Read aloud is not offered, once that is known
        self._note_why: str | None = None  # the speech problem the note under the text shows, untranslated
        self._gate = gate
        self._build()
        if shortcuts:  # a window that binds the text-size keys itself passes False
            self._add_shortcuts()
        session.tourChanged.connect(self._on_tour_changed)
        session.stopChanged.connect(self._on_stop_changed)
        session.languageChanged.connect(self._on_language_changed)
        self.retranslate()
        self._apply_text_size()
        self._show_stop(restart_audio=True)

    def retranslate(self) -> None:
        """The panel's own words in the interface language; the stop's texts are the tour's."""
        self.setAccessibleName(translate("NarrationPanel", "Narration panel"))
        self.title.setAccessibleName(translate("NarrationPanel", "Stop title"))
        self.place.setAccessibleName(translate("NarrationPanel", "Place"))
        # the control names itself (after this, as a child hears of the change after its parent)
        self.smaller.setToolTip(translate("NarrationPanel", "Smaller text (Ctrl+-)"))
        self.larger.setToolTip(translate("NarrationPanel", "Larger text (Ctrl+=)"))
        self.narration.setAccessibleName(translate("NarrationPanel", "Narration"))
        self.narration.setPlaceholderText(translate("NarrationPanel", "This stop has no narration."))
        self.player.setAccessibleName(translate("NarrationPanel", "Recorded narration"))
        self.read_aloud.setAccessibleName(translate("NarrationPanel", "Read aloud"))
        self.note.setAccessibleName(translate("NarrationPanel", "Recording status"))
        self._show_speaking(self.read_aloud.isChecked())
        self._show_note()
        if self.narration.links():
            self.narration.refresh()  # the heading over the links

    # -- building ------------------------------------------------------------------
    def _build(self) -> None:
        self.setBackgroundRole(QPalette.ColorRole.Base)  # one page, the text's own colour
        self.setAutoFillBackground(True)
        self.title = QLabel()
        self.place = QLabel()
        for label in (self.title, self.place):
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.place.setForegroundRole(QPalette.ColorRole.PlaceholderText)

        # the tooltips are set in the interface language by `retranslate`
        self.size_controls = TextSizeControl(TEXT_SIZES, DEFAULT_TEXT_SIZE, "narration text", ("", ""))
        self.size_controls.changed.connect(self._on_text_size_changed)
        self.smaller, self.larger = self.size_controls.smaller, self.size_controls.larger

        self.narration = NarrationBrowser(self.session.media_path, self.loader)
        self.narration.setFrameShape(QFrame.Shape.NoFrame)
        self.narration.document().setDocumentMargin(0)
        self.narration.anchorClicked.connect(self._on_anchor_clicked)
        self.narration.zoomRequested.connect(self.size_controls.step)

        self.separator = QFrame()
        self.separator.setFrameShape(QFrame.Shape.HLine)
        self.separator.setFrameShadow(QFrame.Shadow.Sunken)
        self.player = AudioPlayer(gate=self._gate)
        self.player.cueChanged.connect(self._on_cue_changed)
        self.transcript = TranscriptView()
        self.transcript.cueChosen.connect(self._on_cue_chosen)
        self.read_aloud = QPushButton()
        self.read_aloud.setCheckable(True)
        self.read_aloud.setAutoDefault(False)
        self.read_aloud.clicked.connect(self._on_read_aloud_clicked)
        self.note = QLabel()
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.note.setWordWrap(True)
        self.note.setForegroundRole(QPalette.ColorRole.PlaceholderText)

        heading = QHBoxLayout()
        heading.setSpacing(12)
        heading.addWidget(self.title, 1)
        heading.addWidget(self.size_controls, 0, Qt.AlignmentFlag.AlignTop)
        speak = QHBoxLayout()
        speak.addWidget(self.read_aloud)
        speak.addWidget(self.note, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 14)
        layout.setSpacing(6)
        layout.addLayout(heading)
        layout.addWidget(self.place)
        layout.addSpacing(6)
        layout.addWidget(self.narration, 1)
        layout.addSpacing(4)
        layout.addWidget(self.separator)
        layout.addSpacing(4)
        layout.addWidget(self.player)
        layout.addWidget(self.transcript)
        layout.addLayout(speak)

    def _add_shortcuts(self) -> None:
        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        for keys, slot in (
            ("Ctrl+=", self.zoom_in),
            ("Ctrl++", self.zoom_in),
            ("Ctrl+-", self.zoom_out),
            ("Ctrl+0", self.reset_text_size),
        ):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(context)
            shortcut.activated.connect(slot)

    # -- text size -------------------------------------------------------------------
    def text_size(self) -> int:
        """The narration's text size in points; kept from stop to stop."""
        return self.size_controls.points()

    @Slot()
    def zoom_in(self) -> None:
        self.size_controls.grow()

    @Slot()
    def zoom_out(self) -> None:
        self.size_controls.shrink()

    @Slot()
    def reset_text_size(self) -> None:
        self.size_controls.reset()

    def set_text_size(self, size: int) -> None:
        """Show the text at `size` points (the nearest size offered), e.g. as the reader left it last time."""
        self.size_controls.set_points(size)

    @Slot(int)
    def _on_text_size_changed(self, size: int) -> None:
        self._apply_text_size()
        self.textSizeChanged.emit(size)

    def _apply_text_size(self) -> None:
        size = self.text_size()
        set_point_size(self.narration, size)
        set_point_size(self.title, round(size * 1.35), QFont.Weight.DemiBold)
        set_point_size(self.place, size)
        set_point_size(self.transcript, max(TEXT_SIZES[0], size - 1))
        set_point_size(self.note, max(TEXT_SIZES[0], size - 2))
        self.narration.refresh()
        self.transcript.fit_height()

    # -- showing the stop -----------------------------------------------------------------
    def _show_stop(self, restart_audio: bool) -> None:
        self._stop_speaking()
        stop = self.session.stop
        if stop is None:
            self._show_nothing()
            return
        self.title.setText(self.session.text(stop.title))
        place = self.session.text(stop.place)
        self.place.setText(place)
        self.place.setVisible(bool(place))
        links = [ShownLink(self.session.text(link.title) or link.url, link.url) for link in stop.links]
        self.narration.show_markdown(self.session.text(stop.narration), links)
        self._show_recording(stop, restart_audio)

    def _show_nothing(self) -> None:
        self.title.clear()
        self.place.clear()
        self.place.hide()
        self.narration.show_markdown("")
        self._audio_key = None
        self.player.set_source(None, [])
        self._fill_transcript([])
        for widget in (self.separator, self.player, self.transcript, self.read_aloud, self.note):
            widget.hide()

    def _show_recording(self, stop: Stop, restart: bool) -> None:
        written, transcript = self.session.recording(stop)
        key = (written, transcript)
        if restart or key != self._audio_key:
            self._audio_key = key
            recording = read_recording(self.session.media_path, written, transcript)
            self.player.set_recording(recording)
            self._fill_transcript(recording.cues)
        has_recording = bool(written)
        can_speak = not has_recording and bool(self.narration.plain_text()) and self._speech_ready()
        self.separator.setVisible(True)
        self.player.setVisible(has_recording)
        self.transcript.setVisible(bool(self._cues))
        self.read_aloud.setVisible(can_speak)
        self._note_why = self._speech_problem if not has_recording and self.narration.plain_text() else None
        self._show_note()
        self.note.setVisible(not has_recording and not can_speak)

    def _show_note(self) -> None:
        """Why there is nothing to listen to: no recording, and why Read aloud is not offered either."""
        if self._note_why:
            sentence = translate("NarrationPanel", "No recording for this stop. {0}.")
            self.note.setText(sentence.format(said("NarrationPanel", self._note_why)))
        else:
            self.note.setText(said("NarrationPanel", NO_RECORDING))

    def _fill_transcript(self, cues: list[Cue]) -> None:
        self._cues = list(cues)
        self.transcript.show_cues(cues, self.player.current_cue() if cues else -1)

    # -- transcript -----------------------------------------------------------------------
    def current_cue(self) -> int:
        """The highlighted transcript line, or -1."""
        return self.transcript.transcript.current()

    @Slot(int)
    def _on_cue_changed(self, index: int) -> None:
        self.transcript.highlight(index)

    @Slot(int)
    def _on_cue_chosen(self, index: int) -> None:
        if 0 <= index < len(self._cues):
            self.player.seek(self._cues[index].start_ms)

    # -- links ----------------------------------------------------------------------------
    @Slot(QUrl)
    def _on_anchor_clicked(self, url: QUrl) -> None:
        self._open_link(url)

    def _open_link(self, url: QUrl) -> None:
        if not url.scheme() and not url.path() and url.hasFragment():
            self.narration.scrollToAnchor(url.fragment())
        else:
            open_web_link(url, self.open_url, "the narration")

    # -- reading aloud --------------------------------------------------------------------
    def _speech_ready(self) -> bool:
        if not self._speech_checked:
            self._speech_checked = True
            engines = speech_engines()
            for engine in engines:
                self._speech = create_speech(engine, self)
                if self._speech is not None:
                    self._speech.stateChanged.connect(self._on_speech_state_changed)
                    break
            if self._speech is None:
                self._speech_problem = ENGINE_DOWN if engines else NO_ENGINE
        return self._speech is not None

    def _is_speaking(self) -> bool:
        return self._speech is not None and getattr(self._speech.state(), "name", "") in ("Speaking", "Synthesizing")

    @Slot()
    def _on_read_aloud_clicked(self) -> None:
        if self._speech is None:
            return
        if self._is_speaking():
            self._stop_speaking()
            return
        text = self.narration.plain_text()
        if not text:
            self._show_speaking(False)
            return
        self._choose_voice(self.session.language)
        self._speech.say(text)
        self._show_speaking(True)

    def _choose_voice(self, language: str) -> None:
        wanted = QLocale(language)
        same_language = [loc for loc in self._speech.availableLocales() if loc.language() == wanted.language()]
        if not same_language:
            log.info("no %s voice; reading with the default voice", language)
            return
        exact = [loc for loc in same_language if loc.territory() == wanted.territory()]
        self._speech.setLocale((exact or same_language)[0])

    def _stop_speaking(self) -> None:
        if self._speech is not None and self._is_speaking():
            self._speech.stop()
        self._show_speaking(False)

    def _show_speaking(self, speaking: bool) -> None:
        self.read_aloud.setChecked(speaking)
        if speaking:
            self.read_aloud.setText(translate("NarrationPanel", "Stop reading"))
        else:
            self.read_aloud.setText(translate("NarrationPanel", "Read aloud"))

    @Slot()
    def _on_speech_state_changed(self) -> None:
        self._show_speaking(self._is_speaking())

    # -- following the session ----------------------------------------------------------------
    @Slot()
    def _on_tour_changed(self) -> None:
        self._show_stop(restart_audio=True)

    @Slot(int)
    def _on_stop_changed(self, index: int) -> None:
        self.player.stop()
        self._show_stop(restart_audio=True)

    @Slot(str)
    def _on_language_changed(self, language: str) -> None:
        self._show_stop(restart_audio=False)
