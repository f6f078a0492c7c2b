"""WebVTT transcripts: the cues and which one is spoken at a given time."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tourviewer.core.package import TourPath

_TIME = r"(?:(\d+):)?(\d{2}):(\d{2})\.(\d{3})"
_CUE_TIMING = re.compile(rf"^{_TIME}\s+-->\s+{_TIME}")
_TAGS = re.compile(r"<[^>]*>")


@dataclass(frozen=True)
class Cue:
    start_ms: int
    end_ms: int
    text: str


def _ms(h: str | None, m: str, s: str, ms: str) -> int:
    return ((int(h or 0) * 60 + int(m)) * 60 + int(s)) * 1000 + int(ms)


def _plain(line: str) -> str:
    text = _TAGS.sub("", line)
    if "&" in text:  # a character reference such as &amp;
        import html

        text = html.unescape(text)
    return text.strip()


def parse_vtt(text: str) -> list[Cue]:
    """Cues in order of start; tags such as <v Speaker> are removed from the text."""
    cues = []
    for block in re.split(r"\r?\n\s*\r?\n", text.lstrip("\ufeff")):
        lines = block.strip("\r\n").splitlines()
        for n, line in enumerate(lines):
            match = _CUE_TIMING.match(line.strip())
            if match:
                g = match.groups()
                body = " ".join(_plain(t) for t in lines[n + 1 :]).strip()
                cues.append(Cue(_ms(*g[:4]), _ms(*g[4:]), body))
                break
    return sorted(cues, key=lambda c: c.start_ms)


def read_vtt(path: TourPath) -> list[Cue]:
    """The cues of a transcript in a folder or a package; none when it cannot be read."""
    try:
        return parse_vtt(path.read_bytes().decode("utf-8", errors="replace"))
    except OSError:
        return []


def cue_at(cues: list[Cue], position_ms: int) -> int | None:
    """The index of the cue spoken at `position_ms`, or None between cues."""
    starts = [c.start_ms for c in cues]
    i = bisect.bisect_right(starts, position_ms) - 1
    if i >= 0 and position_ms < cues[i].end_ms:
        return i
    return None
