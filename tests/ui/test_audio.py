"""The narration player: plays where it can, and says why where it cannot."""

from __future__ import annotations

import json
import math
import os
import shutil
import struct
import subprocess
import sys
import tempfile
import wave
from array import array
from pathlib import Path

import pytest

from tests.ui.sound_server import RECORD_RATE, SoundServer, SoundServerMissing
from tourviewer.core.vtt import Cue
from tourviewer.ui import audio
from tourviewer.ui.audio import NO_DEVICE, AudioPlayer, format_time

ROOT = Path(__file__).resolve().parents[2]

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


@pytest.fixture
def sound_server():
    folder = Path(tempfile.mkdtemp(prefix="tv-sound-"))  # a short path: a socket's has at most 107 bytes
    server = SoundServer(folder)
    try:
        server.start()
    except SoundServerMissing as exc:
        pytest.fail(str(exc))
    yield server
    server.stop()
    shutil.rmtree(folder, ignore_errors=True)


def loudest_tone(raw: bytes) -> tuple[int, float]:
    """The peak of a mono 16-bit recording, and the frequency of its loud part (from zero crossings)."""
    samples = array("h", raw[: len(raw) // 2 * 2])
    loud = [i for i, sample in enumerate(samples) if abs(sample) > 1000]
    if not loud:
        return max((abs(s) for s in samples), default=0), 0.0
    part = samples[loud[0] : loud[-1] + 1]
    crossings = sum(1 for a, b in zip(part, part[1:], strict=False) if (a < 0) != (b < 0))
    return max(abs(s) for s in part), crossings / 2 / (len(part) / RECORD_RATE)


def test_a_recording_plays_to_the_sound_device(tmp_path, sound_server):
    """With a sound server the tone reaches its output: the player plays it through, cue by cue."""
    tone = sine_wav(tmp_path / "tone.wav")
    heard = tmp_path / "heard.raw"
    recorder = sound_server.record(heard)
    try:
        done = subprocess.run(
            [sys.executable, "-m", "tests.ui.audio_child", str(tone)],
            cwd=ROOT,
            env={**os.environ, **sound_server.env()},
            capture_output=True,
            text=True,
            timeout=180,  # a guard against a hang, not a measure: the child stops waiting after 30 s
        )
    finally:
        recorder.terminate()
        recorder.wait()
    assert done.returncode == 0, done.stderr[-3000:]
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert report["outputs"], "the server's output is a sound device to Qt"
    assert report["available"] and report["reason"] is None
    assert "PlayingState" in report["states"]
    assert report["statuses"][-1] == "EndOfMedia", report["statuses"]
    assert report["max_position"] >= 1900
    assert report["duration"] == pytest.approx(2000, abs=100)
    assert report["time_label"].endswith("/ 0:02")
    assert report["button_while_playing"] == "Pause narration"
    assert {1, 2} <= set(report["cues"]), "the transcript followed the playing"
    peak, frequency = loudest_tone(heard.read_bytes())
    assert peak > 1000, "the tone was heard at the sound device"
    assert frequency == pytest.approx(440, abs=40)


def test_without_a_sound_device_the_player_says_so(qtbot, tmp_path):
    """The real backend, no sound server to reach (as conftest leaves every test): the message, not a player."""
    player = make_player(qtbot)
    player.set_source(sine_wav(tmp_path / "tone.wav"), CUES)
    assert not audio.audio_output_available()
    assert player.unavailable_reason() == NO_DEVICE
    assert_says_why(player)
    player.play()
    assert not player.is_playing()
    assert player.position_ms() == 0


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
    player.set_source(sine_wav(tmp_path / "tone.wav", seconds=6.0), CUES)
    assert player.current_cue() == 0
    changes: list[int] = []
    player.cueChanged.connect(changes.append)
    for ms in (100, 300, 500, 700, 900, 1100, 1250, 5000):
        player.seek(ms)
        assert player.position_ms() == ms
    assert changes == [-1, 1, -1, 2, -1]
    assert player.time_label.text() == "0:05 / 0:06"  # the length, read from the file without a sound device


def test_a_new_source_starts_from_the_top(qtbot, tmp_path, monkeypatch):
    monkeypatch.setattr(audio, "audio_output_available", lambda: False)
    player = make_player(qtbot)
    tone = sine_wav(tmp_path / "tone.wav", seconds=2.0)
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
