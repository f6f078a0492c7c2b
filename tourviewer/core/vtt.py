"""WebVTT transcripts: the cues and which one is spoken at a given time.

`parse_vtt` follows the W3C WebVTT file parsing algorithm (WebVTT: The Web
Video Text Tracks Format, section 6.1): the signature line, a header block
(where `X-TIMESTAMP-MAP` and other headers are ignored), then blocks separated
by blank lines. A block is a cue when its first or second line holds `-->`
and parses as cue timings; `NOTE`, `STYLE` and `REGION` blocks and blocks that
fail to parse are dropped. A line with `-->` further down a block ends that
block and starts the next one, as the algorithm says, so no cue swallows the
next. Timestamps are parsed by the algorithm's rules (minutes and seconds at
most 59, three digits of milliseconds, hours only when needed); cue settings
are read past and not used. Cue text keeps its words: tags (`<v Speaker>`,
`<b>`, timestamps inside the text) are removed and character references
decoded, and its lines are joined by spaces, as the transcript shows them.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tourviewer.core.package import TourPath

_TAGS = re.compile(r"<[^>]*>")
_WHITESPACE = " \t\n\f\r"


@dataclass(frozen=True)
class Cue:
    start_ms: int
    end_ms: int
    text: str
    identifier: str = field(default="", compare=False)


def _plain(line: str) -> str:
    text = _TAGS.sub("", line)
    if "&" in text:  # a character reference such as &amp;
        import html

        text = html.unescape(text)
    return text.strip()


class _Input:
    """The text being parsed and a position in it, as the algorithm's steps describe."""

    def __init__(self, text: str):
        self.text = text
        self.pos = 0

    def past_end(self) -> bool:
        return self.pos >= len(self.text)

    def collect(self, allowed: str | None = None, stop: str | None = None) -> str:
        start = self.pos
        text = self.text
        while self.pos < len(text) and (
            (allowed is not None and text[self.pos] in allowed) or (stop is not None and text[self.pos] not in stop)
        ):
            self.pos += 1
        return text[start : self.pos]

    def at(self, char: str) -> bool:
        return self.pos < len(self.text) and self.text[self.pos] == char


def parse_timestamp(text: str, start: int = 0) -> tuple[int, int] | None:
    """A WebVTT timestamp at `start` as (milliseconds, the position after it), or None when it is not one."""
    src = _Input(text)
    src.pos = start
    if src.past_end() or not text[src.pos].isascii() or not text[src.pos].isdigit():
        return None
    first = src.collect(allowed="0123456789")
    value1 = int(first)
    hours_first = len(first) != 2 or value1 > 59
    if not src.at(":"):
        return None
    src.pos += 1
    second = src.collect(allowed="0123456789")
    if len(second) != 2:
        return None
    value2 = int(second)
    if hours_first or src.at(":"):
        if not src.at(":"):
            return None
        src.pos += 1
        third = src.collect(allowed="0123456789")
        if len(third) != 2:
            return None
        value3 = int(third)
    else:
        value1, value2, value3 = 0, value1, value2
    if not src.at("."):
        return None
    src.pos += 1
    fraction = src.collect(allowed="0123456789")
    if len(fraction) != 3 or value2 > 59 or value3 > 59:
        return None
    return ((value1 * 60 + value2) * 60 + value3) * 1000 + int(fraction), src.pos


def parse_timings(line: str) -> tuple[int, int] | None:
    """The start and end of a cue timings line (`00:01.000 --> 00:02.500 align:start`), or None."""
    src = _Input(line)
    src.collect(allowed=_WHITESPACE)
    start = parse_timestamp(line, src.pos)
    if start is None:
        return None
    src.pos = start[1]
    src.collect(allowed=_WHITESPACE)
    if line[src.pos : src.pos + 3] != "-->":
        return None
    src.pos += 3
    src.collect(allowed=_WHITESPACE)
    end = parse_timestamp(line, src.pos)
    if end is None:
        return None
    return start[0], end[0]  # what follows is the cue settings, which the transcript does not use


def _starts_block(buffer: str, keyword: str) -> bool:
    return buffer.startswith(keyword) and not buffer[len(keyword) :].strip(" \t")


def _collect_block(src: _Input, in_header: bool) -> Cue | None:
    """One block: a cue, or None for a header, NOTE, STYLE or REGION block or one that is not a cue."""
    line_count = 0
    previous = src.pos
    buffer = ""
    seen_arrow = False
    seen_cue = False
    timings: tuple[int, int] | None = None
    identifier = ""
    other_block = False  # STYLE or REGION
    while True:
        line = src.collect(stop="\n")
        line_count += 1
        end_of_file = src.past_end()
        if not end_of_file:
            src.pos += 1
        if "-->" in line:
            if not in_header and (line_count == 1 or (line_count == 2 and not seen_arrow)):
                seen_arrow = True
                previous = src.pos
                identifier = buffer
                timings = parse_timings(line)
                if timings is not None:
                    buffer = ""
                    seen_cue = True
            else:
                src.pos = previous
                break
        elif not line:
            break
        else:
            if not in_header and line_count == 2 and not seen_cue:
                other_block = _starts_block(buffer, "STYLE") or _starts_block(buffer, "REGION")
            if buffer:
                buffer += "\n"
            buffer += line
            previous = src.pos
        if end_of_file:
            break
    if timings is None or other_block:
        return None
    text = " ".join(part for part in (_plain(t) for t in buffer.split("\n")) if part)
    return Cue(timings[0], timings[1], text, identifier)


def parse_vtt(text: str) -> list[Cue]:
    """Cues in order of start; tags such as <v Speaker> are removed from the text. No cues when not WebVTT."""
    text = text.replace("\0", "\ufffd").replace("\r\n", "\n").replace("\r", "\n")
    if text.startswith("\ufeff"):
        text = text[1:]
    if not text.startswith("WEBVTT") or (len(text) > 6 and text[6] not in " \t\n"):
        return []
    src = _Input(text)
    src.collect(stop="\n")  # the rest of the signature line
    if src.past_end():
        return []
    src.pos += 1
    if not src.at("\n"):
        _collect_block(src, in_header=True)  # headers such as X-TIMESTAMP-MAP: read past
    else:
        src.pos += 1
    src.collect(allowed="\n")
    cues = []
    while not src.past_end():
        cue = _collect_block(src, in_header=False)
        if cue is not None:
            cues.append(cue)
        src.collect(allowed="\n")
    return sorted(cues, key=lambda c: c.start_ms)


def read_vtt(path: TourPath) -> list[Cue]:
    """The cues of a transcript in a folder or a package; none when it cannot be read."""
    try:
        data = path.read_bytes()
    except OSError:
        return []
    return parse_vtt(data.decode("utf-8", errors="replace"))


def cue_at(cues: list[Cue], position_ms: int) -> int | None:
    """The index of the cue spoken at `position_ms`, or None between cues."""
    starts = [c.start_ms for c in cues]
    i = bisect.bisect_right(starts, position_ms) - 1
    if i >= 0 and position_ms < cues[i].end_ms:
        return i
    return None
