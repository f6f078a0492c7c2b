"""A tour's own text made searchable: each stop's title, place and narration per language.

The store keeps the text in its full-text index (`Store.index_tour`) and finds
it again (`Store.search`); this module says what that text is. Narration is
CommonMark, so its markup is taken off here: search snippets then read as the
narration reads on screen, with link text kept and pictures left out. Speaker
notes are for the facilitator and are never indexed, so a participant's search
cannot show them.

Raw HTML stays as written, because the narration panel shows it as text too.
"""

from __future__ import annotations

import logging
import re
from functools import lru_cache

from tourviewer.core.model import Tour
from tourviewer.core.store import SearchHit, StopText, Store

log = logging.getLogger(__name__)

# -- blocks (one line at a time) ---------------------------------------------------
_FENCE = re.compile(r"^\s{0,3}(`{3,}|~{3,})")
_REFERENCE = re.compile(r"^\s{0,3}\[[^\]]+\]:\s*\S+")  # [label]: url "title"
_RULE = re.compile(r"^\s{0,3}([-*_])(\s*\1){2,}\s*$")  # also a setext underline of dashes
_SETEXT = re.compile(r"^\s{0,3}=+\s*$")
_HEADING = re.compile(r"^\s{0,3}#{1,6}(?=\s|$)\s*(.*?)(\s+#+)?\s*$")
_QUOTE = re.compile(r"^\s{0,3}(>\s?)+")
_LIST = re.compile(r"^\s*(([-+*]|\d{1,9}[.)])(\s+\[[ xX]\])?(\s+|$))+")  # nested: "- 1. item"

# -- inline ----------------------------------------------------------------------
_CODE_SPAN = re.compile(r"(`+)(.+?)(?<!`)\1(?!`)")
_ESCAPED = re.compile(r"\\([!-/:-@\[-`{-~])")  # a backslash before ASCII punctuation
_IMAGE = re.compile(r"!\[[^\]]*\](\([^)]*\)|\[[^\]]*\])")
_LINK = re.compile(r"\[([^\]]*)\](\([^)]*\)|\[[^\]]*\])")
_AUTOLINK = re.compile(r"<((?:https?|mailto):[^>\s]+)>")
_EMPHASIS = (  # (a mark that must occur, the pattern)
    ("**", re.compile(r"(\*\*)(?=\S)(.+?)(?<=\S)\*\*")),
    ("__", re.compile(r"(__)(?=\S)(.+?)(?<=\S)__")),
    ("*", re.compile(r"(\*)(?=[^\s*])(.+?)(?<=[^\s*])\*")),
    ("_", re.compile(r"(?<![\w\\])(_)(?=[^\s_])(.+?)(?<=[^\s_])_(?!\w)")),
    ("~~", re.compile(r"(~~)(?=\S)(.+?)(?<=\S)~~")),
)
_HARD_BREAK = re.compile(r"(\\| {2,})$")
_PRIVATE = 0xE000  # escaped characters wait here, so that they are not read as markup


def plain_text(markdown: str) -> str:
    """The text of CommonMark `markdown` as a reader sees it: paragraphs on lines of their own."""
    return _plain_text(markdown)


@lru_cache(maxsize=1024)  # a tour is indexed again on every opening; its text seldom changes
def _plain_text(markdown: str) -> str:
    paragraphs: list[str] = []
    lines: list[str] = []
    fence: str | None = None
    in_list = False
    for line in markdown.splitlines():
        if fence is not None:  # inside fenced code: kept as it is
            if line.strip().startswith(fence):
                fence = None
            elif line.strip():
                paragraphs.append(line.strip())
            continue
        opened = _FENCE.match(line)
        if opened:
            fence, in_list = opened.group(1), False
            _end_paragraph(paragraphs, lines)
            continue
        if not line.strip() or _RULE.match(line) or _SETEXT.match(line) or _REFERENCE.match(line):
            in_list = False
            _end_paragraph(paragraphs, lines)
            continue
        heading = _HEADING.match(line)
        if heading:
            in_list = False
            _end_paragraph(paragraphs, lines)
            paragraphs.append(_inline(heading.group(1)))
            continue
        line = _QUOTE.sub("", line)
        item = _LIST.match(line)
        # Within a paragraph only "1." starts a list: "… founded in\n2011. Later …" is a year.
        if item and (not lines or in_list or item.group(2) in ("-", "+", "*", "1.", "1)")):
            in_list = True
            _end_paragraph(paragraphs, lines)  # each list item reads as a line of its own
            line = line[item.end() :]
        lines.append(_HARD_BREAK.sub("", line.strip()))
    _end_paragraph(paragraphs, lines)
    return "\n".join(p for p in paragraphs if p)


def _end_paragraph(paragraphs: list[str], lines: list[str]) -> None:
    if lines:  # emphasis and links may run from line to line: the paragraph is read whole
        paragraphs.append(_inline(" ".join(line for line in lines if line)))
        lines.clear()


def _inline(text: str) -> str:
    """Inline markup taken off; code spans are kept literally."""
    if "`" not in text:
        return _collapse(_prose(text))
    pieces = _CODE_SPAN.split(text)  # prose, ticks, code, prose, ticks, code, …
    out = []
    for i, piece in enumerate(pieces):
        if i % 3 == 0:
            out.append(_prose(piece))
        elif i % 3 == 2:
            out.append(piece.strip())
    return _collapse("".join(out))


def _collapse(text: str) -> str:
    return " ".join(text.split())


def _prose(text: str) -> str:
    # Each pattern only where its mark occurs: most narration has little markup.
    escaped = "\\" in text
    if escaped:
        text = _ESCAPED.sub(lambda m: chr(_PRIVATE + ord(m.group(1))), text)
    if "[" in text:
        text = _LINK.sub(r"\1", _IMAGE.sub("", text))
    if "<" in text:
        text = _AUTOLINK.sub(r"\1", text)
    for mark, emphasis in _EMPHASIS:
        while mark in text:  # again for nested emphasis, *like **this***
            stripped = emphasis.sub(r"\2", text)
            if stripped == text:
                break
            text = stripped
    if escaped:
        text = re.sub(r"[\ue021-\ue07e]", lambda m: chr(ord(m.group(0)) - _PRIVATE), text)
    return text


def readable(hit: SearchHit) -> SearchHit:
    """`hit` with its snippet on one line and, for a note (notes are Markdown), without markup."""
    if hit.kind != "note":  # the tour's text was made plain when it was indexed
        return SearchHit(hit.kind, hit.stop_id, " ".join(hit.snippet.split()))
    # The match marks are plain characters to the patterns, so they stay around their words.
    return SearchHit(hit.kind, hit.stop_id, " ".join(_plain_text(hit.snippet).split()))


def stop_texts(tour: Tour, language: str) -> list[StopText]:
    """Each stop's title, place and narration as shown in `language` (with the tour's fallback)."""
    return [
        StopText(
            stop_id=stop.id,
            title=tour.text(stop.title, language),
            place=tour.text(stop.place, language),
            narration=plain_text(tour.text(stop.narration, language)),
        )
        for stop in tour.stops
    ]


def index(store: Store, tour: Tour) -> bool:
    """Keep every language of `tour` searchable in `store`; False if any could not be written."""
    done = True
    for language in tour.languages:
        if not store.index_tour(tour.id, language, stop_texts(tour, language)):
            log.info("tour %s in %s could not be indexed: %s", tour.id, language, store.problem)
            done = False
    return done
