"""A recording's stream information: does a file hold sound of a kind the tour format allows, and how long is it?

`mutagen` reads the stream information of every container the format allows
(Ogg with Opus or Vorbis, MP3, M4A/AAC, FLAC, WAV) from the file's headers:
codec, sample rate, channels and length. That finds a file with no sound in
it (an MP3 that is nothing but an ID3 tag, an Ogg file holding only video, an
M4A/M4B without an audio track), a damaged or cut-short header, and a codec
the format does not list (Speex in Ogg). For FLAC, whose stream information
mutagen reads without looking further, the first audio frame is checked too.

Nothing is decoded or played here: the viewer's player says, in words a
participant understands, when a recording that passed still cannot play.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tourviewer.core.package import TourPath
from tourviewer.core.said import Said
from tourviewer.core.words import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)

KINDS = "Ogg (Opus or Vorbis), MP3, M4A/AAC, FLAC or WAV"
_NO_STREAM = QT_TRANSLATE_NOOP("Media", "has no sound stream that can be read")
_FLAC_SYNC = 0xFFF8  # the first 15 bits of every FLAC frame header (the last bit is the blocking strategy)


@dataclass(frozen=True)
class SoundInfo:
    """What the headers of a recording say: its codec and length, or why it cannot be played."""

    codec: str | None = None
    length_ms: int | None = None
    error: str | None = None  # follows the file's name: "has no sound in it …", with the library's words
    reason: Said | None = None  # the error in words a participant reads (no library's words), to translate


def _bad(reason: Said, detail: str | None = None, codec: str | None = None) -> SoundInfo:
    """A file that cannot be played: why, and in brackets what the library said (kept out of `reason`)."""
    return SoundInfo(codec, error=f"{reason} ({detail})" if detail else str(reason), reason=reason)


def read_sound_info(path: TourPath) -> SoundInfo:
    """The stream information of `path`; never raises on a bad file."""
    try:
        import mutagen  # loaded when a recording is first checked
    except ImportError:  # pragma: no cover - a dependency of the program
        return SoundInfo()
    try:
        if isinstance(path, Path):
            found = mutagen.File(path)
        else:  # an entry of a package, read in place
            with path.open("rb") as f:
                found = mutagen.File(f)
    except (OSError, MemoryError) as exc:
        if isinstance(exc, OSError) and exc.errno is not None:
            return _bad(Said(QT_TRANSLATE_NOOP("Media", "cannot be read")), exc.strerror or str(exc))
        return _bad(Said(_NO_STREAM), _library(exc))
    except Exception as exc:  # any failure of the library is the file's problem
        log.debug("reading %s", path, exc_info=True)
        if type(exc).__name__ == "HeaderNotFoundError":  # an MP3 with tags and no audio frame
            return _bad(Said(QT_TRANSLATE_NOOP("Media", "has no MPEG audio in it, only tags")), _library(exc))
        return _bad(Said(_NO_STREAM), _library(exc))
    if found is None:
        return _bad(Said(QT_TRANSLATE_NOOP("Media", "is not audio of a supported kind")), KINDS)
    return _judge(type(found).__name__, found.info, path)


def _judge(kind: str, info: Any, path: TourPath) -> SoundInfo:
    codec = _codec(kind, info)
    if kind == "OggTheora":
        return _bad(Said(QT_TRANSLATE_NOOP("Media", "holds Theora video and no sound")), codec=codec)
    if kind == "OggSpeex":
        speex = QT_TRANSLATE_NOOP("Media", "is Speex in Ogg; the tour format allows Opus or Vorbis in Ogg")
        return _bad(Said(speex), codec=codec)
    if codec is None:
        return _bad(Said(QT_TRANSLATE_NOOP("Media", "is {0} audio; use {1}"), kind, KINDS))
    if kind == "MP4" and not str(getattr(info, "codec", "")):
        return _bad(Said(QT_TRANSLATE_NOOP("Media", "has no audio track (M4A/M4B without sound)")))
    length = getattr(info, "length", 0) or 0
    rate = getattr(info, "sample_rate", None)  # Opus has none of its own: it always decodes at 48 kHz
    if not round(length * 1000) > 0 or (rate is not None and rate <= 0):  # under half a millisecond is none
        return _bad(Said(QT_TRANSLATE_NOOP("Media", "has no sound in it: its stream is empty")), codec=codec)
    if kind == "FLAC" and not _flac_frame_follows(path):
        flac = QT_TRANSLATE_NOOP("Media", "is a damaged FLAC: no audio frame follows its header")
        return _bad(Said(flac), codec=codec)
    return SoundInfo(codec, round(length * 1000))


def _codec(kind: str, info: Any) -> str | None:
    """The codec's name for messages, or None for a container the format does not allow."""
    names = {
        "OggVorbis": "Vorbis",
        "OggOpus": "Opus",
        "OggFLAC": "FLAC",
        "OggSpeex": "Speex",
        "OggTheora": "Theora",
        "MP3": "MP3",
        "FLAC": "FLAC",
        "WAVE": "WAV",
        "AAC": "AAC",
    }
    if kind == "MP4":
        return str(getattr(info, "codec_description", "") or getattr(info, "codec", "") or "M4A")
    return names.get(kind)


def _flac_frame_follows(path: TourPath) -> bool:
    """Whether a frame header follows the metadata blocks of a native FLAC file."""
    try:
        with path.open("rb") as f:
            if f.read(4) != b"fLaC":
                return False
            while True:
                header = f.read(4)
                if len(header) < 4:
                    return False
                f.seek(int.from_bytes(header[1:4], "big"), 1)
                if header[0] & 0x80:  # the last metadata block
                    break
            sync = f.read(2)
    except OSError:
        return False
    return len(sync) == 2 and (int.from_bytes(sync, "big") & 0xFFFE) == _FLAC_SYNC


def _library(exc: BaseException) -> str:
    text = str(exc).strip() or type(exc).__name__
    return f"mutagen: {text}"
