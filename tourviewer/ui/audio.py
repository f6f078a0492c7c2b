"""A small player for a stop's recorded narration, and the transcript cue it is at.

Sound is optional: the player is made the first time a recording is set, and
when Qt Multimedia is missing, there is no sound device, or the recording
cannot be played, the controls are disabled and a line says why. Nothing else
in the viewer depends on sound working. Without a player the recording's
length still shows, read from its headers (`core.soundinfo`), and a file with
no sound in it is named as such rather than with the backend's error.

Why a recording cannot play is kept as a `Said` (the player's sentence around
the core's reason) and said in the interface language whenever it is shown:
messages about pictures and recordings, the core's and the window's, are all
translated in one context, "Media", because they nest.
"""

from __future__ import annotations

import logging
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QLocale, QObject, Qt, QUrl, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from tourviewer.core.package import TourPath
from tourviewer.core.recording import Recording, missing_recording, unreadable_recording
from tourviewer.core.said import Said
from tourviewer.core.vtt import Cue, cue_at
from tourviewer.ui.i18n import QT_TRANSLATE_NOOP, Retranslating, translate
from tourviewer.ui.paintgate import PaintGate
from tourviewer.ui.quiet import quiet_ffmpeg, quiet_qt
from tourviewer.ui.wording import said

if TYPE_CHECKING:
    from tourviewer.core.soundinfo import SoundInfo

log = logging.getLogger(__name__)

RATES: tuple[float, ...] = (0.75, 1.0, 1.25, 1.5)
NO_MULTIMEDIA = Said(QT_TRANSLATE_NOOP("Media", "Audio cannot play here: Qt Multimedia is not available"))
NO_DEVICE = Said(QT_TRANSLATE_NOOP("Media", "Audio cannot play here: no sound device"))
CANNOT_PLAY = QT_TRANSLATE_NOOP("Media", "This recording cannot play: {0}")
# What the backend's errors mean to a participant (QMediaPlayer.Error by name).
_ERROR_WORDS = {
    "ResourceError": QT_TRANSLATE_NOOP("Media", "the file is damaged or cannot be opened"),
    "FormatError": QT_TRANSLATE_NOOP("Media", "this computer has no decoder for the kind of sound in it"),
    "AccessDeniedError": QT_TRANSLATE_NOOP("Media", "the file cannot be opened (permission denied)"),
    "NetworkError": QT_TRANSLATE_NOOP("Media", "the file cannot be opened"),
}


def load_multimedia() -> ModuleType:
    """PySide6.QtMultimedia; raises ImportError where Qt was built or installed without it."""
    quiet_qt()  # before the import: loading the backend is when it reports missing sound servers
    quiet_ffmpeg()
    import PySide6.QtMultimedia as multimedia

    return multimedia


def audio_output_available() -> bool:
    """Whether the system offers at least one sound output device."""
    return bool(load_multimedia().QMediaDevices.audioOutputs())


def format_time(ms: int) -> str:
    """`65000` -> `1:05`; an hour or more -> `1:02:03`."""
    seconds = max(0, ms) // 1000
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


def _file_reason(path: TourPath, found: SoundInfo) -> Said:
    """`This recording cannot play: farm.ogg has no sound in it`, without the library's own words."""
    file_said = QT_TRANSLATE_NOOP("Media", "This recording cannot play: {0} {1}")
    return Said(file_said, path.name, found.reason or found.error or "")


def _rate_label(rate: float) -> str:
    return translate("AudioPlayer", "{0}x").format(QLocale().toString(rate, "g", 3))


class AudioPlayer(Retranslating, QWidget):
    """Play/pause, a seek slider, elapsed and total time, and the playback speed."""

    cueChanged = Signal(int)  # index into the cues, -1 between cues

    def __init__(self, parent: QWidget | None = None, gate: PaintGate | None = None):
        """With a `gate`, the sound backend is made once the gate opens (after the stop is painted)."""
        super().__init__(parent)
        self._gate = gate
        self._player: QObject | None = None  # QMediaPlayer, made on first use
        self._output: QObject | None = None  # QAudioOutput
        self._devices: QObject | None = None  # QMediaDevices, to notice a device being plugged in
        self._path: TourPath | None = None
        self._device: QBuffer | None = None  # the recording's bytes, for one read from a package
        self._cues: list[Cue] = []
        self._cue = -1
        self._position = 0
        self._duration = 0
        self._reason: str | None = None  # a `Said` where it can be translated
        self._build()
        self._show_state()
        self.retranslate()

    def retranslate(self) -> None:
        """The texts in the interface language (the state they describe is kept)."""
        self.slider.setAccessibleName(translate("AudioPlayer", "Narration position"))
        self.time_label.setAccessibleName(translate("AudioPlayer", "Elapsed and total time"))
        self.speed.setAccessibleName(translate("AudioPlayer", "Playback speed"))
        self.speed.setToolTip(translate("AudioPlayer", "Playback speed"))
        for index, rate in enumerate(RATES):
            self.speed.setItemText(index, _rate_label(rate))
        self.message.setAccessibleName(translate("AudioPlayer", "Audio status"))
        self.message.setText(said("Media", self._reason))
        self._show_playing(self.is_playing())

    def _build(self) -> None:
        self.play_button = QPushButton()
        self.play_button.setAutoDefault(False)
        self.play_button.clicked.connect(self._on_play_clicked)
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setRange(0, 0)
        self.slider.setSingleStep(5000)
        self.slider.setPageStep(15000)
        self.slider.sliderMoved.connect(self._on_slider_moved)
        self.slider.actionTriggered.connect(self._on_slider_action)
        self.time_label = QLabel()
        self.time_label.setTextFormat(Qt.TextFormat.PlainText)
        self.time_label.setMinimumWidth(self.time_label.fontMetrics().horizontalAdvance("00:00 / 00:00") + 4)
        self.speed = QComboBox()
        for rate in RATES:
            self.speed.addItem(_rate_label(rate), rate)
        self.speed.setCurrentIndex(RATES.index(1.0))
        self.speed.currentIndexChanged.connect(self._on_speed_changed)
        self.message = QLabel()
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        self.message.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)

        controls = QHBoxLayout()
        controls.setContentsMargins(0, 0, 0, 0)
        controls.setSpacing(8)
        controls.addWidget(self.play_button)
        controls.addWidget(self.slider, 1)
        controls.addWidget(self.time_label)
        controls.addWidget(self.speed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(controls)
        layout.addWidget(self.message)

    # -- what is playing ----------------------------------------------------------
    def set_recording(self, recording: Recording) -> None:
        """Play a stop's recording (stopped, from the start); one the tour names but lacks says so."""
        self.set_source(recording.file, recording.player_cues, recording.problem)

    def set_source(self, path: TourPath | None, cues: list[Cue], problem: str | None = None) -> None:
        """Play `path` (stopped, from the start) with its transcript `cues`.

        With no path the controls are disabled; `problem`, when given, says why
        (e.g. the recording named by the tour is missing).
        """
        self.stop()
        self._path = path
        self._cues = list(cues)
        self._duration = 0
        self._reason = None
        if path is None:
            self._reason = problem
            self._release()
        elif not path.is_file():
            self._reason = missing_recording(path.name)
            self._release()
        elif self._player is None and self._gate is not None:
            self._gate.run_later(self._attach)  # importing Qt Multimedia waits until the stop is shown
        else:
            self._attach()
            return
        if self._reason:
            log.info("narration audio unavailable: %s", self._reason)
        self._update_position(0)
        self._show_state()

    @Slot()
    def _attach(self) -> None:
        """Make the player if needed and give it the current file."""
        path = self._path
        if path is None or not path.is_file():
            return
        self._reason = self._ensure_player()
        if self._player is not None and self._reason is None:
            if isinstance(path, Path):
                self._player.setSource(QUrl.fromLocalFile(str(path)))
            else:
                self._play_from_package(path)
        else:
            self._read_headers(path)
        if self._reason:
            log.info("narration audio unavailable: %s", self._reason)
        self._update_position(0)
        self._show_state()

    def _play_from_package(self, entry: TourPath) -> None:
        """Play an entry of a package from memory: Qt's FFmpeg backend seeks in a device as in a file."""
        assert self._player is not None
        try:
            data = entry.read_bytes()  # its CRC is checked the first time
        except OSError as exc:
            self._reason = unreadable_recording(entry.name, str(exc))
            return
        device = QBuffer(self)
        device.setData(QByteArray(data))
        device.open(QIODevice.OpenModeFlag.ReadOnly)
        self._player.setSourceDevice(device, QUrl(entry.name))  # the name tells the backend the format
        if self._device is not None:
            self._device.deleteLater()
        self._device = device

    def source(self) -> TourPath | None:
        return self._path

    def cues(self) -> list[Cue]:
        return list(self._cues)

    def is_available(self) -> bool:
        """Whether the current recording can be played here."""
        return self._player is not None and self._path is not None and self._reason is None

    def unavailable_reason(self) -> str | None:
        """Why the current recording cannot play, or None."""
        return self._reason

    # -- playing ------------------------------------------------------------------
    def play(self) -> None:
        if self.is_available():
            self._player.play()

    def pause(self) -> None:
        if self._player is not None:
            self._player.pause()

    def stop(self) -> None:
        if self._player is not None:
            self._player.stop()

    def is_playing(self) -> bool:
        return self._player is not None and self._player.isPlaying()

    def seek(self, ms: int) -> None:
        """Go to `ms`; the transcript follows even when the sound cannot play."""
        ms = max(0, ms)
        if self._duration:
            ms = min(ms, self._duration)
        if self.is_available():
            self._player.setPosition(ms)
        self._update_position(ms)

    def set_rate(self, rate: float) -> None:
        """Play at `rate` (the nearest of 0.75, 1, 1.25, 1.5)."""
        nearest = min(range(len(RATES)), key=lambda i: abs(RATES[i] - rate))
        self.speed.setCurrentIndex(nearest)
        self._apply_rate()

    def rate(self) -> float:
        return float(self.speed.currentData())

    def position_ms(self) -> int:
        return self._position

    def duration_ms(self) -> int:
        return self._duration

    def current_cue(self) -> int:
        return self._cue

    # -- making the player ------------------------------------------------------------
    def _ensure_player(self) -> str | None:
        """Make the player on first use; the reason it cannot play, or None."""
        if self._player is not None:
            return None
        try:
            multimedia = load_multimedia()
        except ImportError as exc:
            log.info("Qt Multimedia cannot be imported: %s", exc)
            return NO_MULTIMEDIA
        try:
            if not audio_output_available():
                self._watch_devices(multimedia)
                return NO_DEVICE
            output = multimedia.QAudioOutput(self)
            player = multimedia.QMediaPlayer(self)
            player.setAudioOutput(output)
        except Exception as exc:  # a broken backend must not take the viewer down
            log.warning("cannot make the audio player: %s", exc)
            return Said(QT_TRANSLATE_NOOP("Media", "Audio cannot play here: {0}"), str(exc))
        player.positionChanged.connect(self._on_player_position)
        player.durationChanged.connect(self._on_duration_changed)
        player.playbackStateChanged.connect(self._on_playback_state_changed)
        player.errorOccurred.connect(self._on_error)
        self._player, self._output = player, output
        self._apply_rate()
        return None

    def _read_headers(self, path: TourPath) -> None:
        """With no player to tell them: the length from the file's headers, or why the file holds no sound."""
        from tourviewer.core.soundinfo import read_sound_info  # after the first look: the player waits for it

        found = read_sound_info(path)
        if found.error:
            self._reason = _file_reason(path, found)
        elif found.length_ms:
            self._duration = min(found.length_ms, 2**31 - 1)  # a damaged header may declare centuries
            self.slider.setRange(0, self._duration)

    def _watch_devices(self, multimedia: ModuleType) -> None:
        if self._devices is None:
            self._devices = multimedia.QMediaDevices(self)
            self._devices.audioOutputsChanged.connect(self._on_outputs_changed)

    def _release(self) -> None:
        """Let go of the previous file, so a tour folder can be moved or deleted."""
        if self._player is not None:
            self._player.setSource(QUrl())
        if self._device is not None:
            self._device.deleteLater()
            self._device = None

    def _apply_rate(self) -> None:
        if self._player is not None:
            self._player.setPlaybackRate(self.rate())

    # -- showing it ------------------------------------------------------------------
    def _show_state(self) -> None:
        enabled = self.is_available()
        for control in (self.play_button, self.slider, self.speed):
            control.setEnabled(enabled)
        self.message.setText(said("Media", self._reason))
        self.message.setVisible(bool(self._reason))
        self._show_playing(self.is_playing())
        self._show_time()

    def _show_playing(self, playing: bool) -> None:
        # symbols in the text, like Previous and Next (the style's icons cost PySide ~8 ms to reach)
        if playing:
            self.play_button.setText(translate("AudioPlayer", "❚❚  Pause"))
            self.play_button.setAccessibleName(translate("AudioPlayer", "Pause narration"))
        else:
            self.play_button.setText(translate("AudioPlayer", "▶  Play"))
            self.play_button.setAccessibleName(translate("AudioPlayer", "Play narration"))

    def _show_time(self) -> None:
        self.time_label.setText(f"{format_time(self._position)} / {format_time(self._duration)}")

    def _update_position(self, ms: int) -> None:
        self._position = ms
        if not self.slider.isSliderDown():
            self.slider.setValue(ms)
        self._show_time()
        found = cue_at(self._cues, ms)
        index = -1 if found is None else found
        if index != self._cue:
            self._cue = index
            self.cueChanged.emit(index)

    # -- events --------------------------------------------------------------------
    @Slot()
    def _on_play_clicked(self) -> None:
        if self.is_playing():
            self.pause()
        else:
            self.play()

    @Slot(int)
    def _on_slider_moved(self, value: int) -> None:
        self.seek(value)

    @Slot(int)
    def _on_slider_action(self, action: int) -> None:
        if action != QSlider.SliderAction.SliderMove.value:  # dragging is handled by sliderMoved
            self.seek(self.slider.sliderPosition())

    @Slot(int)
    def _on_speed_changed(self, index: int) -> None:
        self._apply_rate()

    @Slot("qint64")
    def _on_player_position(self, ms: int) -> None:
        self._update_position(int(ms))

    @Slot("qint64")
    def _on_duration_changed(self, ms: int) -> None:
        self._duration = int(ms)
        self.slider.setRange(0, self._duration)
        self._show_time()

    @Slot()
    def _on_playback_state_changed(self) -> None:
        self._show_playing(self.is_playing())

    @Slot()
    def _on_error(self) -> None:
        if self._player is None or self._path is None:
            return
        error = self._player.error()
        if error == type(error).NoError:
            return
        detail = self._player.errorString() or "the file cannot be decoded"
        from tourviewer.core.soundinfo import read_sound_info

        found = read_sound_info(self._path)
        if found.error:
            self._reason = _file_reason(self._path, found)
        else:
            words = _ERROR_WORDS.get(getattr(error, "name", ""))
            why = Said(words) if words else detail
            self._reason = Said(CANNOT_PLAY, why)
        log.warning("cannot play %s: %s", self._path, detail)
        self._show_state()

    @Slot()
    def _on_outputs_changed(self) -> None:
        if self._player is None and self._reason == NO_DEVICE and audio_output_available():
            log.info("a sound device appeared")
            self.set_source(self._path, self._cues)
