"""A stop's recording and transcript, read once for every narration player (viewer and presenter console)."""

from __future__ import annotations

from pathlib import Path

from tests.tourfiles import wav_bytes
from tourviewer.core.recording import Recording, read_recording
from tourviewer.core.vtt import Cue

VTT = "WEBVTT\n\n00:00.000 --> 00:02.000\nWelcome.\n\n00:02.000 --> 00:04.000\nLook left.\n"
CUES = [Cue(0, 2000, "Welcome."), Cue(2000, 4000, "Look left.")]


def tour(tmp_path: Path) -> tuple[Path, object]:
    (tmp_path / "a.wav").write_bytes(wav_bytes())
    (tmp_path / "a.vtt").write_text(VTT, encoding="utf-8")

    def resolve(written: str) -> Path | None:
        return None if written.startswith("..") else tmp_path / written

    return tmp_path, resolve


def test_a_recording_with_its_transcript(tmp_path):
    folder, resolve = tour(tmp_path)
    recording = read_recording(resolve, "a.wav", "a.vtt")
    assert recording == Recording("a.wav", "a.vtt", folder / "a.wav", CUES, None)
    assert recording.player_cues == CUES


def test_no_recording_keeps_the_transcript_but_gives_the_player_no_cues(tmp_path):
    _, resolve = tour(tmp_path)
    recording = read_recording(resolve, "", "a.vtt")
    assert recording.file is None and recording.problem is None
    assert recording.cues == CUES and recording.player_cues == []
    assert read_recording(resolve, "", "") == Recording()


def test_a_recording_removed_since_the_tour_was_read_is_missing(tmp_path):
    folder, resolve = tour(tmp_path)
    (folder / "a.wav").unlink()
    recording = read_recording(resolve, "a.wav", "a.vtt")
    assert recording.file is None
    assert recording.problem == "The recording a.wav is missing from the tour folder"
    assert recording.cues == CUES


def test_a_recording_outside_the_tour_is_missing_and_an_unreadable_transcript_has_no_cues(tmp_path):
    _, resolve = tour(tmp_path)
    recording = read_recording(resolve, "../a.wav", "../a.vtt")
    assert recording.problem == "The recording ../a.wav is missing from the tour folder"
    assert recording.cues == [] and recording.player_cues == []
    assert read_recording(resolve, "a.wav", "gone.vtt").cues == []
