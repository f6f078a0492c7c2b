"""A stop's recorded narration in one language: the file to play and its transcript, or why it cannot play."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field

from tourviewer.core.package import MediaFile, TourPath
from tourviewer.core.said import Said
from tourviewer.core.vtt import Cue, read_vtt
from tourviewer.core.words import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)


def missing_recording(name: str) -> Said:
    """What the player says of a recording the tour names but its folder lacks."""
    return Said(QT_TRANSLATE_NOOP("Media", "The recording {0} is missing from the tour folder"), name)


def unreadable_recording(name: str, why: str) -> Said:
    """What the player says of a recording that is there but cannot be read (`why` may be a `Said`)."""
    return Said(QT_TRANSLATE_NOOP("Media", "The recording {0} cannot be read: {1}"), name, why)


@dataclass(frozen=True)
class Recording:
    """What a narration player is given for one stop and language."""

    audio: str = ""  # the recording as the tour names it; "" when there is none
    transcript: str = ""  # its WebVTT transcript as the tour names it; "" when there is none
    file: TourPath | None = None  # the recording to play, when it is in the tour folder (or package) now
    cues: list[Cue] = field(default_factory=list)  # the transcript's cues (none when it cannot be read)
    problem: str | None = None  # why a recording the tour names cannot be played

    @property
    def player_cues(self) -> list[Cue]:
        """The cues that go with the recording: none without one, so no line is said to be spoken."""
        return self.cues if self.audio else []


def read_recording(resolve: Callable[[str], TourPath | None], audio: str, transcript: str) -> Recording:
    """The recording and transcript the tour names (`resolve` finds a tour path's file, or None when unsafe).

    A recording removed since the tour was read counts as missing, as one that never was.
    """
    cues: list[Cue] = []
    if transcript:
        found = resolve(transcript)
        if found is None:
            log.info("transcript %s is not in the tour folder", transcript)
        else:
            cues = read_vtt(found)
    if not audio:
        return Recording(transcript=transcript, cues=cues)
    file = resolve(audio)
    if isinstance(file, MediaFile) and not file.is_file():  # its package went away while the tour was open
        why = file.package.problem() or Said(QT_TRANSLATE_NOOP("Media", "its package changed"))
        return Recording(audio, transcript, None, cues, unreadable_recording(audio, why))
    if file is None or not file.is_file():
        return Recording(audio, transcript, None, cues, missing_recording(audio))
    return Recording(audio, transcript, file, cues)
