"""Plays a WAV file through the narration player in a process of its own, and reports what happened as JSON.

Run by tests/ui/test_audio.py with the sound server it chose in the environment:
Qt Multimedia picks its audio backend and devices once per process.

    python -m tests.ui.audio_child FILE.wav
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

from tourviewer.core.vtt import Cue

CUES = [Cue(0, 400, "First."), Cue(600, 1000, "Second."), Cue(1200, 1800, "Third.")]
GUARD_MS = 30_000  # stop waiting after this long; the test then fails on what was (not) seen


def main(wav: Path) -> dict[str, object]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QTimer
    from PySide6.QtMultimedia import QMediaDevices, QMediaPlayer
    from PySide6.QtWidgets import QApplication

    from tourviewer.ui.audio import AudioPlayer

    app = QApplication([])
    player = AudioPlayer()
    cues: list[int] = []
    states: list[str] = []
    statuses: list[str] = []
    seen = {"max_position": 0, "button_while_playing": ""}
    player.cueChanged.connect(cues.append)
    player.set_source(wav, CUES)
    media = player.findChild(QMediaPlayer)  # the Qt player inside, made when the source was set

    def on_state(state: QMediaPlayer.PlaybackState) -> None:
        states.append(state.name)
        if state == QMediaPlayer.PlaybackState.PlayingState:
            seen["button_while_playing"] = player.play_button.accessibleName()

    def on_status(status: QMediaPlayer.MediaStatus) -> None:
        statuses.append(status.name)
        if status in (QMediaPlayer.MediaStatus.EndOfMedia, QMediaPlayer.MediaStatus.InvalidMedia):
            app.quit()

    def on_position(ms: int) -> None:
        seen["max_position"] = max(seen["max_position"], int(ms))

    if media is not None:
        media.playbackStateChanged.connect(on_state)
        media.mediaStatusChanged.connect(on_status)
        media.positionChanged.connect(on_position)
        media.errorOccurred.connect(lambda *_: app.quit())
        player.play()
        QTimer.singleShot(GUARD_MS, app.quit)
        app.exec()
    return {
        "outputs": [device.description() for device in QMediaDevices.audioOutputs()],
        "available": player.is_available(),
        "reason": player.unavailable_reason(),
        "made_a_player": media is not None,
        "states": states,
        "statuses": statuses,
        "max_position": seen["max_position"],
        "duration": player.duration_ms(),
        "time_label": player.time_label.text(),
        "cues": cues,
        "button_while_playing": seen["button_while_playing"],
    }


if __name__ == "__main__":
    print(json.dumps(main(Path(sys.argv[1]))))
