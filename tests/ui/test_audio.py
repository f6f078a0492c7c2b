"""The narration player: plays where it can, and says why where it cannot."""

from __future__ import annotations

import math
import struct
import wave
from pathlib import Path

import pytest

from tourviewer.core.vtt import Cue
from tourviewer.ui import audio
from tourviewer.ui.audio import NO_DEVICE, NO_MULTIMEDIA, AudioPlayer, format_time

CUES = [Cue(0, 400, "First."), Cue(600, 1000, "Second."), Cue(1200, 1800, "Third.")]


def sine_wav(path: Path, seconds: float = 2.0, rate: int = 8000) -> Path:
    """A quiet 440 Hz tone, so a player with a sound device has something real to play."""
    frames = b"".join(
        struct.pack("<h", int(3000 * math.sin(2 * math.pi * 440 * i / rate))) for i in range(int(rate * seconds))
    )
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(rate)
        out.writeframes(frames)
    return path


def make_player(qtbot) -> AudioPlayer:
    player = AudioPlayer()
    qtbot.addWidget(player)
    return player


def controls_enabled(player: AudioPlayer) -> list[bool]:
    return [player.play_button.isEnabled(), player.slider.isEnabled(), player.speed.isEnabled()]


def assert_says_why(player: AudioPlayer) -> None:
    assert not player.is_available()
    reason = player.unavailable_reason()
    assert reason
    assert player.message.text() == reason
    assert not player.message.isHidden()
    assert controls_enabled(player) == [False, False, False]


def test_plays_here_or_says_why(qtbot, tmp_path):
    """With sound, the position advances; without, the controls are off and a line says why."""
    player = make_player(qtbot)
    player.set_source(sine_wav(tmp_path / "tone.wav"), CUES)
    if player.is_available():
        assert controls_enabled(player) == [True, True, True]
        assert player.message.isHidden()
        player.play()
        qtbot.waitUntil(lambda: player.position_ms() > 0 or not player.is_available(), timeout=10_000)
        if player.is_available():
            assert player.position_ms() > 0
            assert player.duration_ms() == pytest.approx(2000, abs=100)
        else:  # the backend refused the file or the device after all
            assert_says_why(player)
    else:
        assert_says_why(player)
        assert player.unavailable_reason() in (NO_DEVICE, NO_MULTIMEDIA) or player.unavailable_reason().startswith(
            "Audio cannot play here: "
        )


def test_plays_through_the_backend_when_a_device_is_reported(qtbot, tmp_path, monkeypatch):
    """The real player path, even on a machine without sound: FFmpeg plays silently without a device.

    A backend that cannot must report an error, which the player then shows.
    """
    monkeypatch.setattr(audio, "audio_output_available", lambda: True)
    player = make_player(qtbot)
    changes: list[int] = []
    player.cueChanged.connect(changes.append)
    player.set_source(sine_wav(tmp_path / "tone.wav"), CUES)
    player.set_rate(1.5)
    player.play()
    qtbot.waitUntil(lambda: player.position_ms() >= 700 or not player.is_available(), timeout=10_000)
    if player.is_available():
        assert player.duration_ms() == pytest.approx(2000, abs=100)
        assert player.time_label.text().endswith("/ 0:02")
        assert 1 in changes  # crossed into the second cue while playing
        assert player.play_button.accessibleName() == "Pause narration"
    else:
        assert_says_why(player)


def test_no_sound_device(qtbot, tmp_path, monkeypatch):
    monkeypatch.setattr(audio, "audio_output_available", lambda: False)
    player = make_player(qtbot)
    player.set_source(sine_wav(tmp_path / "tone.wav", seconds=0.2), CUES)
    assert player.unavailable_reason() == "Audio cannot play here: no sound device"
    assert_says_why(player)
    player.play()  # does nothing, raises nothing
    assert not player.is_playing()


def test_no_qt_multimedia(qtbot, tmp_path, monkeypatch):
    def missing():
        raise ImportError("No module named 'PySide6.QtMultimedia'")

    monkeypatch.setattr(audio, "load_multimedia", missing)
    player = make_player(qtbot)
    player.set_source(sine_wav(tmp_path / "tone.wav", seconds=0.2), CUES)
    assert player.unavailable_reason() == "Audio cannot play here: Qt Multimedia is not available"
    assert_says_why(player)


def test_a_file_that_is_not_audio_shows_the_players_error(qtbot, tmp_path, monkeypatch):
    monkeypatch.setattr(audio, "audio_output_available", lambda: True)
    bad = tmp_path / "bad.wav"
    bad.write_bytes(b"this is not a recording\n" * 50)
    player = make_player(qtbot)
    player.set_source(bad, [])
    player.play()
    qtbot.waitUntil(lambda: not player.is_available(), timeout=10_000)
    assert_says_why(player)


def test_a_missing_file_is_named(qtbot, tmp_path):
    player = make_player(qtbot)
    player.set_source(tmp_path / "gone.wav", CUES)
    assert player.unavailable_reason() == "The recording gone.wav is missing from the tour folder"
    assert_says_why(player)


def test_no_source_disables_without_a_message(qtbot):
    player = make_player(qtbot)
    player.set_source(None, [])
    assert controls_enabled(player) == [False, False, False]
    assert player.unavailable_reason() is None
    assert player.message.isHidden()
    player.set_source(None, [], problem="The recording a.wav is missing from the tour folder")
    assert_says_why(player)


def test_cue_changes_only_when_a_boundary_is_crossed(qtbot, tmp_path, monkeypatch):
    monkeypatch.setattr(audio, "audio_output_available", lambda: False)
    player = make_player(qtbot)
    player.set_source(sine_wav(tmp_path / "tone.wav", seconds=0.2), CUES)
    assert player.current_cue() == 0
    changes: list[int] = []
    player.cueChanged.connect(changes.append)
    for ms in (100, 300, 500, 700, 900, 1100, 1250, 5000):
        player.seek(ms)
        assert player.position_ms() == ms
    assert changes == [-1, 1, -1, 2, -1]
    assert player.time_label.text().startswith("0:05 / ")


def test_a_new_source_starts_from_the_top(qtbot, tmp_path, monkeypatch):
    monkeypatch.setattr(audio, "audio_output_available", lambda: False)
    player = make_player(qtbot)
    tone = sine_wav(tmp_path / "tone.wav", seconds=0.2)
    player.set_source(tone, CUES)
    player.seek(700)
    assert player.current_cue() == 1
    with qtbot.waitSignal(player.cueChanged) as changed:
        player.set_source(tone, [Cue(5000, 6000, "Later.")])
    assert changed.args == [-1]
    assert player.position_ms() == 0
    assert player.source() == tone
    assert not player.is_playing()


def test_speeds_and_names(qtbot):
    player = make_player(qtbot)
    assert [player.speed.itemText(i) for i in range(player.speed.count())] == ["0.75x", "1x", "1.25x", "1.5x"]
    assert player.rate() == 1.0
    player.set_rate(1.25)
    assert player.speed.currentText() == "1.25x"
    player.set_rate(0.8)
    assert player.rate() == 0.75
    assert player.speed.accessibleName() == "Playback speed"
    assert player.play_button.accessibleName() == "Play narration"
    assert player.play_button.shortcut().isEmpty()
    assert "&" not in player.play_button.text()


def test_format_time():
    assert format_time(0) == "0:00"
    assert format_time(65_000) == "1:05"
    assert format_time(200_999) == "3:20"
    assert format_time(3_723_000) == "1:02:03"
    assert format_time(-5) == "0:00"
