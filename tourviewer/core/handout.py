"""The participant's notes as a handout that follows the tour: Markdown or HTML.

A handout lists every stop in tour order (number, title, place, main picture)
with the participant's note, or "No note" where there is none, so it reads
like the tour itself. Notes whose stop has left the tour are kept at the end
under "Notes on removed stops": a handout never drops what someone wrote.

Notes are the participant's own Markdown. In Markdown they stay Markdown with
raw HTML neutralised; in HTML they are escaped first and only a few fixed tags
(paragraphs, line breaks, lists, bold, italic, code) are put back, so nothing a
tour or a note says can become markup. Pictures are read only through
`LoadResult.media_path`, so a handout never reads a file outside the tour, and
are scaled down with Pillow (the PDF handout, made with Qt, is in
`tourviewer.ui.handout_pdf`).

The handout's own words ("No note", "My notes as of …") are the interface's: the
window passes its translate function in `HandoutOptions.words`; without one (the
command line) they are English.
"""

from __future__ import annotations

import base64
import html
import io
import logging
import os
import re
import shutil
import tempfile
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TypeVar
from urllib.parse import quote

from PIL import ExifTags, Image, ImageOps

from tourviewer.core.loader import LoadResult
from tourviewer.core.media import IMAGE_FORMATS, JPEG_VARIANTS, MAX_IMAGE_PIXELS, opened_image, quiet_decoders
from tourviewer.core.model import Image as TourImage
from tourviewer.core.model import Tour
from tourviewer.core.package import TourPath
from tourviewer.core.store import TOUR_NOTE, Note
from tourviewer.core.words import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)

FORMATS = ("md", "html")  # what `write_handout` writes; the PDF is made with Qt
MAX_SIDE = 1200  # pixels on the long side of a picture in a handout
JPEG_QUALITY = 85
NO_NOTE = QT_TRANSLATE_NOOP("Handout", "No note")
TOUR_NOTE_HEADING = QT_TRANSLATE_NOOP("Handout", "Notes on the tour")
REMOVED_HEADING = QT_TRANSLATE_NOOP("Handout", "Notes on removed stops")
DATED = QT_TRANSLATE_NOOP("Handout", "My notes as of {0}")

Translate = Callable[[str, str], str]  # (context, English text) -> the text in the reader's language


def english(context: str, text: str) -> str:
    """The handout's words as written: English."""
    return text


def dated(date: str, words: Translate = english) -> str:
    """The line that says when a handout was made."""
    return words("Handout", DATED).format(date)
_SHOWN_BOX = (520, 300)  # CSS pixels a picture may take on the page
_ROTATED = frozenset({5, 6, 7, 8})  # EXIF orientations that swap width and height


@dataclass(frozen=True)
class Picture:
    """A stop's main picture: a file inside the tour, and its size as shown (EXIF orientation applied)."""

    path: TourPath
    alt: str
    width: int
    height: int
    caption: str = ""
    credit: str = ""


@dataclass(frozen=True)
class HandoutOptions:
    """What a handout holds beyond the notes themselves."""

    noted_only: bool = False  # only the stops that have a note (the tour note and removed notes stay)
    pictures: bool = True  # each stop's main picture
    date: str = ""  # the day it was made, as shown on it (e.g. 2026-03-30); "" for none
    words: Translate = field(default=english, compare=False, repr=False)  # its headings' language


@dataclass(frozen=True)
class HandoutStop:
    number: int  # 1 for the first stop
    stop_id: str
    title: str
    place: str
    picture: Picture | None
    note: str  # the participant's Markdown; "" when there is none


@dataclass(frozen=True)
class RemovedNote:
    """A note kept under a stop id the tour no longer has."""

    stop_id: str
    note: str


@dataclass(frozen=True)
class Handout:
    tour_id: str
    language: str
    title: str
    subtitle: str
    byline: str  # the tour's authors and license
    tour_note: str  # the note on the whole tour; "" when there is none
    stops: tuple[HandoutStop, ...]
    removed: tuple[RemovedNote, ...]
    date: str = ""  # the day the handout was made; "" for none
    words: Translate = field(default=english, compare=False, repr=False)  # (context, text) -> its words

    @property
    def has_notes(self) -> bool:
        return bool(self.tour_note or self.removed or any(s.note for s in self.stops))


def build_handout(
    result: LoadResult, notes: Mapping[str, Note], language: str, options: HandoutOptions | None = None
) -> Handout:
    """The handout of a loaded tour (`result.tour` must not be None) with `notes` by stop id."""
    options = options or HandoutOptions()
    tour = result.tour
    if tour is None:
        raise ValueError(f"{result.source} could not be read, so it has no handout")
    texts = {stop_id: note.text.strip() for stop_id, note in notes.items() if note.text.strip()}
    stops = tuple(
        HandoutStop(
            number=n,
            stop_id=stop.id,
            title=tour.text(stop.title, language),
            place=tour.text(stop.place, language),
            picture=_picture(result, tour, stop.main_image, language) if options.pictures else None,
            note=texts.get(stop.id, ""),
        )
        for n, stop in enumerate(tour.stops, start=1)
        if not options.noted_only or texts.get(stop.id)
    )
    known = {stop.id for stop in tour.stops} | {TOUR_NOTE}
    removed = tuple(RemovedNote(stop_id, text) for stop_id, text in sorted(texts.items()) if stop_id not in known)
    return Handout(
        tour_id=tour.id,
        language=language,
        title=tour.text(tour.title, language),
        subtitle=tour.text(tour.subtitle, language),
        byline=" · ".join(part for part in (", ".join(tour.authors), tour.license or "") if part),
        tour_note=texts.get(TOUR_NOTE, ""),
        stops=stops,
        removed=removed,
        date=options.date,
        words=options.words,
    )


def _picture(result: LoadResult, tour: Tour, image: TourImage | None, language: str) -> Picture | None:
    if image is None:
        return None
    path = result.media_path(image.file)
    size = _shown_size(path) if path is not None else None
    if path is None or size is None:
        return None
    caption = tour.text(image.caption, language)
    alt = tour.text(image.alt, language) or caption
    return Picture(path, alt, *size, caption=caption, credit=tour.text(image.credit, language))


def _shown_size(path: TourPath) -> tuple[int, int] | None:
    """Width and height as the picture is shown, read from its header; None if it is no usable image."""
    try:
        with quiet_decoders():
            with opened_image(path) as im:
                kind = "JPEG" if im.format in JPEG_VARIANTS else im.format
                if kind not in IMAGE_FORMATS or im.width * im.height > MAX_IMAGE_PIXELS:
                    return None
                width, height = im.size
                orientation = im.getexif().get(ExifTags.Base.Orientation)
    except Exception:  # whatever a decoder raises, the handout goes on without the picture
        log.warning("%s is not a readable image; the handout goes without it", path)
        return None
    return (height, width) if orientation in _ROTATED else (width, height)


def first_line(note: str, width: int = 60) -> str:
    """The note's first line, shortened to `width` characters; "…" says there is more."""
    lines = [line for line in note.strip().splitlines() if line.strip()]
    if not lines:
        return ""
    line = " ".join(lines[0].split())
    more = len(lines) > 1 or len(line) > width
    return (line[: width - 1].rstrip() if len(line) > width else line) + ("…" if more else "")


def summary_lines(handout: Handout) -> list[str]:
    """One line per note, the tour's first: what `tourviewer notes list TOUR` prints."""
    lines = [f"Tour: {first_line(handout.tour_note)}"] if handout.tour_note else []
    lines += [f"{s.number}. {s.title} ({s.stop_id}): {first_line(s.note)}" for s in handout.stops if s.note]
    lines += [f"Removed stop {r.stop_id}: {first_line(r.note)}" for r in handout.removed]
    return lines


# -- pictures ------------------------------------------------------------------
def scaled_jpeg(path: TourPath, max_side: int = MAX_SIDE, quality: int = JPEG_QUALITY) -> bytes | None:
    """The picture upright, at most `max_side` pixels on its long side, as JPEG; None if it cannot be read."""
    try:
        with quiet_decoders(), opened_image(path) as im:
            im.draft("RGB", (max_side, max_side))  # JPEGs decode at a smaller size straight away
            upright = ImageOps.exif_transpose(im)
            upright.thumbnail((max_side, max_side), Image.Resampling.LANCZOS)
            rgb = _on_white(upright)
            out = io.BytesIO()
            rgb.save(out, "JPEG", quality=quality, optimize=True)
    except Exception as exc:  # whatever a decoder raises, the handout goes on without the picture
        log.warning("%s cannot be scaled for the handout: %s", path, exc)
        return None
    return out.getvalue()


def _on_white(im: Image.Image) -> Image.Image:
    """JPEG has no transparency: transparent parts become the page's white."""
    if im.mode in ("RGBA", "LA", "PA") or (im.mode == "P" and "transparency" in im.info):
        rgba = im.convert("RGBA")
        page = Image.new("RGB", rgba.size, "white")
        page.paste(rgba, mask=rgba.getchannel("A"))
        return page
    return im.convert("RGB")


def data_uri(path: TourPath) -> str:
    """The scaled picture as a `data:` URI; "" when it cannot be read."""
    data = scaled_jpeg(path)
    return "" if data is None else "data:image/jpeg;base64," + base64.b64encode(data).decode("ascii")


def picture_name(handout: Handout, stop: HandoutStop) -> str:
    """The file name of a stop's scaled picture next to a Markdown handout: 01-arrival.jpg."""
    digits = max(2, len(str(len(handout.stops))))
    return f"{stop.number:0{digits}d}-{stop.stop_id}.jpg"


def shown_size(picture: Picture) -> tuple[int, int]:
    """CSS pixels for the picture on a page: scaled down to fit the page's picture box, never up."""
    box_w, box_h = _SHOWN_BOX
    scale = min(1.0, box_w / picture.width, box_h / picture.height)
    return max(1, round(picture.width * scale)), max(1, round(picture.height * scale))


# -- Markdown ------------------------------------------------------------------
_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>#|!~&])")
_MD_FENCE = re.compile(r"^\s{0,3}(```|~~~)")
_MD_CODE_SPAN = re.compile(r"((?P<ticks>`+).+?(?P=ticks))")


def _md_text(text: str) -> str:
    """Plain text from a tour, on one line, with Markdown's special characters escaped."""
    return _MD_SPECIAL.sub(r"\\\1", " ".join(text.split()))


def _md_note(text: str) -> str:
    """The participant's Markdown as written, except that it cannot open an HTML tag."""
    lines, fenced = [], False
    for line in text.splitlines():
        if _MD_FENCE.match(line):
            fenced = not fenced
        elif not fenced:
            # split gives text, code span, its backticks, text, ...; code spans are kept as they are
            pieces = _MD_CODE_SPAN.split(line)
            line = "".join(
                piece if i % 3 else piece.replace("<", "\\<") for i, piece in enumerate(pieces) if i % 3 != 2
            )
        lines.append(line)
    return "\n".join(lines)


def _md_caption(picture: Picture) -> str:
    return " — ".join(_md_text(part) for part in (picture.caption, picture.credit) if part)


def to_markdown(handout: Handout, images_dir_name: str) -> str:
    """The handout as Markdown; pictures are linked as `images_dir_name/<picture_name>`."""
    out = [f"# {_md_text(handout.title)}", ""]
    if handout.subtitle:
        out += [_md_text(handout.subtitle), ""]
    if handout.byline:
        out += [f"*{_md_text(handout.byline)}*", ""]
    words = handout.words
    if handout.date:
        out += [f"*{_md_text(dated(handout.date, words))}*", ""]
    if handout.tour_note:
        out += [f"## {_md_text(words('Handout', TOUR_NOTE_HEADING))}", "", _md_note(handout.tour_note), ""]
    for stop in handout.stops:
        out += [f"## {stop.number}. {_md_text(stop.title)}", ""]
        if stop.place:
            out += [f"*{_md_text(stop.place)}*", ""]
        if stop.picture is not None:
            link = quote(f"{images_dir_name}/{picture_name(handout, stop)}")
            out += [f"![{_md_text(stop.picture.alt)}]({link})", ""]
            caption = _md_caption(stop.picture)
            if caption:
                out += [f"*{caption}*", ""]
        out += [_md_note(stop.note) if stop.note else f"*{_md_text(words('Handout', NO_NOTE))}*", ""]
    if handout.removed:
        out += [f"## {_md_text(words('Handout', REMOVED_HEADING))}", ""]
        for removed in handout.removed:
            out += [f"### {_md_text(removed.stop_id)}", "", _md_note(removed.note), ""]
    return "\n".join(out).rstrip("\n") + "\n"


# -- HTML ----------------------------------------------------------------------
_STYLE = """
body { font-family: "Noto Sans", "DejaVu Sans", sans-serif; color: #222; max-width: 46em; margin: 2em auto;
       padding: 0 1em; }
h1 { font-size: 20pt; margin: 0 0 4px 0; color: #1d3b53; }
h2 { font-size: 14pt; margin: 22px 0 3px 0; color: #1d3b53; }
h3 { font-size: 11.5pt; margin: 14px 0 3px 0; }
p { margin: 4px 0; }
ul, ol { margin: 4px 0; }
.subtitle { font-size: 12pt; color: #555; }
.byline, .place, .caption { color: #666; }
.byline { font-size: 9pt; }
.place { font-style: italic; }
.picture { margin: 8px 0 2px 0; }
.picture img { max-width: 100%; height: auto; }
.caption { font-size: 8.5pt; margin: 0 0 6px 0; }
.note p, .note li { line-height: 130%; }
.no-note { color: #888; font-style: italic; }
code { font-family: "DejaVu Sans Mono", monospace; }
"""
_BULLET = re.compile(r"^\s*[-*+]\s+")
_NUMBERED = re.compile(r"^\s*\d{1,9}[.)]\s+")
_CODE = re.compile(r"(`[^`\n]+`)")
_BOLD = re.compile(r"\*\*(?=\S)(.+?)(?<=\S)\*\*|__(?=\S)(.+?)(?<=\S)__")
_ITALIC = re.compile(r"(?<![\w*])\*(?=[^\s*])(.+?)(?<=[^\s*])\*(?![\w*])|(?<!\w)_(?=\S)(.+?)(?<=\S)_(?!\w)")


def _e(text: str) -> str:
    return html.escape(text, quote=True)


def _inline(line: str) -> str:
    """One line of a note: escaped, then only **bold**, *italic* and `code` become tags."""
    out = []
    for i, piece in enumerate(_CODE.split(line)):
        if i % 2:
            out.append(f"<code>{_e(piece[1:-1])}</code>")
        else:
            text = _BOLD.sub(lambda m: f"<b>{m.group(1) or m.group(2)}</b>", _e(piece))
            out.append(_ITALIC.sub(lambda m: f"<i>{m.group(1) or m.group(2)}</i>", text))
    return "".join(out)


def note_html(text: str) -> str:
    """A note as safe HTML: its paragraphs, line breaks, lists, bold, italic and code, and nothing else."""
    blocks: list[str] = []
    for paragraph in re.split(r"\n\s*\n", text.strip()):
        kind = ""
        run: list[str] = []
        for line in (line.rstrip() for line in paragraph.splitlines() if line.strip()):
            line_kind = "ul" if _BULLET.match(line) else "ol" if _NUMBERED.match(line) else "p"
            if run and line_kind != kind:
                blocks.append(_run_html(kind, run))
                run = []
            kind = line_kind
            run.append(line)
        if run:
            blocks.append(_run_html(kind, run))
    return "\n".join(blocks)


def _run_html(kind: str, lines: list[str]) -> str:
    """Lines of one kind: a paragraph with its line breaks, or a list."""
    if kind == "p":
        return "<p>" + "<br>\n".join(_inline(line.strip()) for line in lines) + "</p>"
    marker = _BULLET if kind == "ul" else _NUMBERED
    items = "".join(f"<li>{_inline(marker.sub('', line, count=1))}</li>" for line in lines)
    return f"<{kind}>{items}</{kind}>"


def _picture_html(picture: Picture, image_src: Callable[[TourPath], str]) -> list[str]:
    src = image_src(picture.path)
    if not src:
        return []
    width, height = shown_size(picture)
    out = [f'<p class="picture"><img src="{_e(src)}" alt="{_e(picture.alt)}" width="{width}" height="{height}"></p>']
    caption = " — ".join(_e(part) for part in (picture.caption, picture.credit) if part)
    if caption:
        out.append(f'<p class="caption">{caption}</p>')
    return out


def to_html(handout: Handout, image_src: Callable[[TourPath], str]) -> str:
    """The handout as one HTML page; `image_src` gives each picture's `src` ("" leaves the picture out)."""
    out = [
        "<!DOCTYPE html>",
        f'<html lang="{_e(handout.language)}">',
        '<head>\n<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{_e(handout.title)}</title>",
        f"<style>{_STYLE}</style>\n</head>\n<body>",
        f"<h1>{_e(handout.title)}</h1>",
    ]
    if handout.subtitle:
        out.append(f'<p class="subtitle">{_e(handout.subtitle)}</p>')
    if handout.byline:
        out.append(f'<p class="byline">{_e(handout.byline)}</p>')
    words = handout.words
    if handout.date:
        out.append(f'<p class="byline">{_e(dated(handout.date, words))}</p>')
    if handout.tour_note:
        heading = _e(words("Handout", TOUR_NOTE_HEADING))
        out += [f"<h2>{heading}</h2>", f'<div class="note">{note_html(handout.tour_note)}</div>']
    for stop in handout.stops:
        out.append(f'<h2 id="stop-{_e(stop.stop_id)}">{stop.number}. {_e(stop.title)}</h2>')
        if stop.place:
            out.append(f'<p class="place">{_e(stop.place)}</p>')
        if stop.picture is not None:
            out += _picture_html(stop.picture, image_src)
        if stop.note:
            out.append(f'<div class="note">{note_html(stop.note)}</div>')
        else:
            out.append(f'<p class="no-note">{_e(words("Handout", NO_NOTE))}</p>')
    if handout.removed:
        out.append(f"<h2>{_e(words('Handout', REMOVED_HEADING))}</h2>")
        for removed in handout.removed:
            out += [f"<h3>{_e(removed.stop_id)}</h3>", f'<div class="note">{note_html(removed.note)}</div>']
    out.append("</body>\n</html>\n")
    return "\n".join(out)


# -- files ---------------------------------------------------------------------
def images_dir(out: Path) -> Path:
    """Where a Markdown handout's pictures go: `<out stem>-images/` next to it."""
    return out.with_name(f"{out.stem}-images")


class ExportCancelled(Exception):
    """Raised by a progress callback to stop an export; nothing is left behind."""


Progress = Callable[[int, int], None]  # (pictures done, pictures in all); may raise ExportCancelled
T = TypeVar("T")


def told(make: Callable[[TourPath], T], handout: Handout, progress: Progress | None) -> Callable[[TourPath], T]:
    """`make` (a picture for the handout) telling `progress` of each picture made: the slow part of an export."""
    if progress is None:
        return make
    total, done = sum(1 for stop in handout.stops if stop.picture is not None), 0
    progress(0, total)

    def src(path: TourPath) -> T:
        nonlocal done
        made = make(path)
        done += 1
        progress(done, total)
        return made

    return src


@contextmanager
def written_whole(out: Path) -> Iterator[Path]:
    """A temporary file next to `out` to write, renamed over `out` only when all went well."""
    out.parent.mkdir(parents=True, exist_ok=True)
    fd, name = tempfile.mkstemp(prefix=f".{out.stem}-", suffix=out.suffix, dir=out.parent)
    os.close(fd)
    temp = Path(name)
    try:
        yield temp
        os.replace(temp, out)
    finally:
        temp.unlink(missing_ok=True)


def write_handout(
    result: LoadResult,
    notes: Mapping[str, Note],
    language: str,
    fmt: str,
    out: Path,
    options: HandoutOptions | None = None,
    progress: Progress | None = None,
) -> Handout:
    """Write the handout as Markdown (pictures in a sibling folder) or self-contained HTML.

    Raises OSError when the files cannot be written, ValueError for another
    format, and `ExportCancelled` when `progress` does; `out` is written whole
    or not at all (and a cancelled Markdown export leaves no pictures folder).
    """
    if fmt not in FORMATS:
        raise ValueError(f"no handout format {fmt!r}; use one of {', '.join(FORMATS)} (or pdf, from the UI)")
    handout = build_handout(result, notes, language, options)
    folder = images_dir(out)
    had_folder = folder.exists()
    try:
        with written_whole(out) as temp:
            if fmt == "md":
                handout = _write_pictures(handout, folder, progress)
                text = to_markdown(handout, folder.name)
            else:
                text = to_html(handout, told(data_uri, handout, progress))
            temp.write_text(text, encoding="utf-8")
    except BaseException:
        if fmt == "md" and not had_folder:
            shutil.rmtree(folder, ignore_errors=True)
        raise
    return handout


def _write_pictures(handout: Handout, folder: Path, progress: Progress | None = None) -> Handout:
    """Scaled copies of the main pictures in `folder`; a stop whose picture cannot be read goes without."""
    stops = []
    scaled = told(scaled_jpeg, handout, progress)
    for stop in handout.stops:
        data = scaled(stop.picture.path) if stop.picture is not None else None
        if data is None:
            stops.append(replace(stop, picture=None))
            continue
        folder.mkdir(exist_ok=True)
        (folder / picture_name(handout, stop)).write_bytes(data)
        stops.append(stop)
    return replace(handout, stops=tuple(stops))
