"""The notes handout: what it lists, in what order, and that nothing in a tour or a note becomes markup."""

from __future__ import annotations

import io
import os
import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PIL import Image

from tests.tourfiles import png_bytes, write_tour
from tourviewer.core.handout import (
    NO_NOTE,
    REMOVED_HEADING,
    ExportCancelled,
    build_handout,
    first_line,
    images_dir,
    note_html,
    scaled_jpeg,
    summary_lines,
    to_html,
    to_markdown,
    write_handout,
)
from tourviewer.core.loader import LoadResult, load_tour
from tourviewer.core.store import TOUR_NOTE, Note

SCRIPT = "<script>alert(1)</script>"
TOUR = """format = 1
id = "field"
languages = ["en", "ko"]
title = { en = "Field <b>day</b> & *more*", ko = "현장 답사" }
subtitle = "A day out"
authors = ["A. Curator"]
license = "CC-BY-4.0"

[[stops]]
id = "harbour"
title = { en = "The harbour", ko = "항구" }
place = "Quay 3"
[[stops.images]]
file = "images/big.png"
alt = 'A "big" <picture>'
caption = "Cranes"
credit = "Photo: B"

[[stops]]
id = "market"
title = "The market"

[[stops]]
id = "mill"
title = "The old mill"
[[stops.images]]
file = "images/missing.png"
alt = "not there"
"""


def note(stop_id: str, text: str) -> Note:
    return Note(stop_id, text, 0.0)


@pytest.fixture
def tour(tmp_path: Path) -> LoadResult:
    folder = write_tour(tmp_path / "field", TOUR, {"images/big.png": png_bytes(3000, 2000)})
    result = load_tour(folder)
    assert result.tour is not None
    return result


@pytest.fixture
def notes() -> dict[str, Note]:
    return {
        "market": note("market", f"Bought rice.\n{SCRIPT}"),
        TOUR_NOTE: note(TOUR_NOTE, "A good day."),
        "gone": note("gone", "This stop was taken out of the tour."),
        "harbour": note("harbour", "   "),  # only spaces: no note
    }


def test_stops_follow_the_tour_with_their_notes(tour, notes):
    handout = build_handout(tour, notes, "en")
    assert [(s.number, s.stop_id, s.title) for s in handout.stops] == [
        (1, "harbour", "The harbour"),
        (2, "market", "The market"),
        (3, "mill", "The old mill"),
    ]
    assert [s.note for s in handout.stops] == ["", f"Bought rice.\n{SCRIPT}", ""]
    assert handout.stops[0].place == "Quay 3"
    assert handout.tour_note == "A good day."
    assert handout.title == "Field <b>day</b> & *more*"
    assert handout.byline == "A. Curator · CC-BY-4.0"


def test_notes_on_removed_stops_are_kept(tour, notes):
    handout = build_handout(tour, notes, "en")
    assert [(r.stop_id, r.note) for r in handout.removed] == [("gone", "This stop was taken out of the tour.")]
    assert REMOVED_HEADING in to_markdown(handout, "x-images")
    assert "This stop was taken out of the tour." in to_html(handout, lambda path: "")


def test_a_picture_is_the_stops_first_image_or_none(tour, notes):
    handout = build_handout(tour, notes, "en")
    first = handout.stops[0].picture
    assert first is not None and first.path.name == "big.png"
    assert (first.width, first.height, first.alt) == (3000, 2000, 'A "big" <picture>')
    assert handout.stops[1].picture is None  # no images
    assert handout.stops[2].picture is None  # the file is missing


def test_texts_are_in_the_chosen_language(tour, notes):
    handout = build_handout(tour, notes, "ko")
    assert handout.title == "현장 답사"
    assert [s.title for s in handout.stops] == ["항구", "The market", "The old mill"]


def test_a_link_out_of_the_tour_is_never_followed(tmp_path):
    outside = tmp_path / "private.png"
    outside.write_bytes(png_bytes(40, 30))
    folder = write_tour(tmp_path / "t", TOUR.replace("images/missing.png", "images/link.png"), {})
    (folder / "images").mkdir()
    os.symlink(outside, folder / "images" / "link.png")
    handout = build_handout(load_tour(folder), {}, "en")
    assert handout.stops[2].picture is None


def test_stops_without_a_note_say_so(tour):
    handout = build_handout(tour, {}, "en")
    assert not handout.has_notes
    markdown = to_markdown(handout, "x-images")
    assert markdown.count(f"*{NO_NOTE}*") == 3
    assert "## 2. The market" in markdown
    assert to_html(handout, lambda path: "").count(NO_NOTE) == 3


def test_markdown_cannot_open_an_html_tag(tour, notes):
    markdown = to_markdown(build_handout(tour, notes, "en"), "x-images")
    assert re.search(r"(?<!\\)<", markdown) is None  # every < is escaped
    assert "\\<script>alert(1)\\</script>" in markdown
    assert "# Field \\<b\\>day\\</b\\> \\& \\*more\\*" in markdown  # a tour's text is plain text


def test_markdown_keeps_code_as_written():
    handout = build_handout_for_note("Use `a<b` here\n```\nx < y\n```\nbut not <i>")
    markdown = to_markdown(handout, "x-images")
    assert "`a<b`" in markdown and "\nx < y\n" in markdown and "\\<i>" in markdown


def build_handout_for_note(text: str):
    from tourviewer.core.handout import Handout, HandoutStop

    stop = HandoutStop(1, "a", "A", "", None, text)
    return Handout("t", "en", "T", "", "", "", (stop,), ())


def test_html_escapes_every_text(tour, notes):
    page = to_html(build_handout(tour, notes, "en"), lambda path: "pic.jpg")
    assert "<script" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "<h1>Field &lt;b&gt;day&lt;/b&gt; &amp; *more*</h1>" in page
    assert 'alt="A &quot;big&quot; &lt;picture&gt;"' in page
    assert 'src="pic.jpg"' in page


def test_html_notes_keep_line_breaks_and_a_little_markdown():
    html = note_html("First line\nsecond **bold** and *italic* and `<code>`\n\n- one\n- two\n\n1. first")
    assert html == (
        "<p>First line<br>\nsecond <b>bold</b> and <i>italic</i> and <code>&lt;code&gt;</code></p>\n"
        "<ul><li>one</li><li>two</li></ul>\n<ol><li>first</li></ol>"
    )


ALLOWED_TAGS = {"p", "br", "ul", "ol", "li", "b", "i", "code"}


@given(st.text(alphabet=st.sampled_from(list("<>&\"'`*_-+1. \nabc/=")) | st.characters(), max_size=200))
def test_a_note_becomes_only_the_allowed_tags(text):
    html = note_html(text)
    assert {tag.lower() for tag in re.findall(r"</?([^\s>/]+)", html)} <= ALLOWED_TAGS
    assert "<script" not in html.lower()


def test_markdown_export_writes_scaled_pictures_next_to_it(tour, notes, tmp_path):
    out = tmp_path / "out" / "my notes.md"
    write_handout(tour, notes, "en", "md", out)
    markdown = out.read_text(encoding="utf-8")
    folder = images_dir(out)
    assert folder == tmp_path / "out" / "my notes-images"
    assert sorted(p.name for p in folder.iterdir()) == ["01-harbour.jpg"]
    assert "](my%20notes-images/01-harbour.jpg)" in markdown
    with Image.open(folder / "01-harbour.jpg") as picture:
        assert picture.format == "JPEG"
        assert max(picture.size) <= 1200 and picture.size == (1200, 800)


def test_html_export_is_self_contained(tour, notes, tmp_path):
    out = tmp_path / "notes.html"
    write_handout(tour, notes, "en", "html", out)
    page = out.read_text(encoding="utf-8")
    assert page.count('src="data:image/jpeg;base64,') == 1
    assert str(tmp_path) not in page and "file:" not in page and "big.png" not in page
    assert not images_dir(out).exists()


def test_another_format_is_refused(tour, tmp_path):
    with pytest.raises(ValueError):
        write_handout(tour, {}, "en", "docx", tmp_path / "x.docx")


def test_pictures_are_turned_upright_and_lose_transparency(tmp_path):
    sideways = tmp_path / "sideways.jpg"
    exif = Image.Exif()
    exif[0x0112] = 6  # rotated: shown turned a quarter
    Image.new("RGB", (300, 200), "red").save(sideways, exif=exif)
    with Image.open(io.BytesIO(scaled_jpeg(sideways))) as upright:
        assert upright.size == (200, 300)
    clear = tmp_path / "clear.png"
    Image.new("RGBA", (10, 10), (0, 0, 0, 0)).save(clear)
    with Image.open(io.BytesIO(scaled_jpeg(clear))) as flat:
        assert flat.getpixel((5, 5)) == (255, 255, 255)
    broken = tmp_path / "broken.png"
    broken.write_bytes(b"\x89PNG\r\n\x1a\nnot really")
    assert scaled_jpeg(broken) is None


def test_an_unreadable_picture_is_left_out_of_the_markdown(tmp_path):
    folder = write_tour(tmp_path / "t", TOUR, {"images/big.png": b"\x89PNG\r\n\x1a\nnot really"})
    out = tmp_path / "n.md"
    handout = write_handout(load_tour(folder), {}, "en", "md", out)
    assert handout.stops[0].picture is None
    assert "![" not in out.read_text(encoding="utf-8")


def test_list_lines_show_each_note_once(tour, notes):
    assert summary_lines(build_handout(tour, notes, "en")) == [
        "Tour: A good day.",
        "2. The market (market): Bought rice.…",
        "Removed stop gone: This stop was taken out of the tour.",
    ]
    assert first_line("x" * 70) == "x" * 59 + "…"
    assert first_line("\n\n  short  \n") == "short"


def test_a_handout_of_the_noted_stops_only_without_pictures_and_dated(tour, notes):
    from tourviewer.core.handout import HandoutOptions

    options = HandoutOptions(noted_only=True, pictures=False, date="2026-03-30")
    handout = build_handout(tour, notes, "en", options)
    assert [(s.number, s.stop_id) for s in handout.stops] == [(2, "market")], "numbered as in the tour"
    assert handout.tour_note == "A good day." and [r.stop_id for r in handout.removed] == ["gone"]
    noted = {**notes, "harbour": note("harbour", "Boats.")}
    assert build_handout(tour, noted, "en", HandoutOptions(pictures=True)).stops[0].picture is not None
    assert build_handout(tour, noted, "en", options).stops[0].picture is None, "the harbour's picture is left out"
    page = to_html(handout, lambda path: "data:,")
    assert "My notes as of 2026-03-30" in page and "<img" not in page
    assert "My notes as of 2026-03-30" in to_markdown(handout, "pics")


def cancel_at_first_picture(done: int, total: int) -> None:
    assert total == 1
    if done == 1:
        raise ExportCancelled


@pytest.mark.parametrize("fmt", ["md", "html"])
def test_a_cancelled_export_leaves_nothing_behind(tour, notes, tmp_path, fmt):
    out = tmp_path / "out" / f"notes.{fmt}"
    out.parent.mkdir()
    with pytest.raises(ExportCancelled):
        write_handout(tour, notes, "en", fmt, out, progress=cancel_at_first_picture)
    assert list(out.parent.iterdir()) == [], "no half-written file, no pictures folder"


def test_an_export_over_an_older_one_replaces_it_whole_or_not_at_all(tour, notes, tmp_path):
    out = tmp_path / "notes.html"
    out.write_text("the export from before")
    with pytest.raises(ExportCancelled):
        write_handout(tour, notes, "en", "html", out, progress=cancel_at_first_picture)
    assert out.read_text() == "the export from before"
    told = []
    write_handout(tour, notes, "en", "html", out, progress=lambda done, total: told.append((done, total)))
    assert told == [(0, 1), (1, 1)] and "data:image/jpeg" in out.read_text()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_the_handouts_own_words_are_said_by_the_translation_it_is_given(tour, notes):
    from tourviewer.core.handout import TOUR_NOTE_HEADING, HandoutOptions

    def upper(context: str, text: str) -> str:  # a stand-in for the window's translate()
        assert context == "Handout"
        return text.upper()

    english = build_handout(tour, notes, "en", HandoutOptions(date="30 March 2026"))
    told = build_handout(tour, notes, "en", HandoutOptions(date="30 March 2026", words=upper))
    assert told == english, "the words say the same handout, and are not part of what it holds"
    for page in (to_markdown(told, "pics"), to_html(told, lambda path: "")):
        for heading in (NO_NOTE, TOUR_NOTE_HEADING, REMOVED_HEADING):
            assert heading.upper() in page and heading not in page
        assert "MY NOTES AS OF 30 March 2026" in page, "the date as given, in the translated line"
        assert "The harbour" in page and "Bought rice." in page, "the tour's and the participant's words stay"
    for page in (to_markdown(english, "pics"), to_html(english, lambda path: "")):
        assert NO_NOTE in page and "My notes as of 30 March 2026" in page, "English without a translation"
