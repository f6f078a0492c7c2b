"""`tourviewer notes export` and `tourviewer notes list`, and the PDF handout they write."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest
from PIL import Image

from tests.tourfiles import MINIMAL, write_tour
from tourviewer.cli import main
from tourviewer.core.store import TOUR_NOTE, Note, Store

ROOT = Path(__file__).resolve().parents[1]
HONGSUNG = ROOT / "tours" / "hongsung"
GUNSAN = ROOT / "tours" / "gunsan"
NOTES = {
    TOUR_NOTE: "Ask about the youth farming programme.\nFollow up in May.",
    "collabo-farm": "Young farmers learn together for a year.\n- greenhouses\n- paddy fields",
    "arrival": "Arrived by bus <script>alert(1)</script>",
    "removed-stop": "A stop that left the tour.",
}


@pytest.fixture(autouse=True)
def names_kept(qapp):
    """Without a data folder the notes commands name the application as the viewer does; other tests keep
    their settings apart by pytest-qt's name, so it is put back."""
    names = qapp.organizationName(), qapp.applicationName()
    yield
    qapp.setOrganizationName(names[0])
    qapp.setApplicationName(names[1])


@pytest.fixture
def data(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    store = Store(folder)
    for stop_id, text in NOTES.items():
        assert store.save_note("hongsung", stop_id, text)
    store.close()
    return folder


def run(capsys, *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def pdf_text(pdf: Path, page: int = 1) -> str:
    """The text of one page, from poppler's pdftotext when it is installed."""
    found = subprocess.run(
        ["pdftotext", "-layout", "-f", str(page), "-l", str(page), str(pdf), "-"],
        capture_output=True,
        text=True,
        check=True,
    )
    return found.stdout


def test_export_markdown(data, tmp_path, capsys):
    out = tmp_path / "out" / "hongsung.md"
    status, printed, _ = run(
        capsys, "--data-dir", str(data), "notes", "export", str(HONGSUNG), "--format", "md", "-o", str(out)
    )
    assert status == 0 and printed.strip() == str(out)
    markdown = out.read_text(encoding="utf-8")
    assert markdown.startswith("# Hongsung (Hongseong): farming together\n")
    assert "## 2. Cooperative Youth Collabo Farm" in markdown
    assert "Young farmers learn together for a year." in markdown
    assert "\\<script>" in markdown and "*No note*" in markdown and "### removed-stop" in markdown
    links = [line for line in markdown.splitlines() if line.startswith("![")]
    assert len(links) == 4 and all("](hongsung-images/" in link for link in links)
    for picture in (tmp_path / "out" / "hongsung-images").iterdir():
        with Image.open(picture) as im:
            assert max(im.size) <= 1200


def test_export_html_in_another_language(data, tmp_path, capsys):
    out = tmp_path / "hongsung.html"
    status, _, _ = run(
        capsys,
        "--data-dir",
        str(data),
        "notes",
        "export",
        str(HONGSUNG),
        "--format",
        "html",
        "-o",
        str(out),
        "--lang",
        "ko",
    )
    assert status == 0
    page = out.read_text(encoding="utf-8")
    assert "<h1>홍성: 함께 짓는 농사</h1>" in page and '<html lang="ko">' in page
    assert page.count("data:image/jpeg;base64,") == 4 and str(HONGSUNG) not in page
    assert "&lt;script&gt;" in page and "<script" not in page


def test_export_pdf(data, tmp_path, capsys):
    out = tmp_path / "hongsung.pdf"
    status, printed, _ = run(
        capsys, "--data-dir", str(data), "notes", "export", str(HONGSUNG), "--format", "pdf", "-o", str(out)
    )
    assert status == 0 and printed.strip() == str(out)
    content = out.read_bytes()
    assert content.startswith(b"%PDF") and b"/Page" in content
    assert len(content) > 50_000  # four pictures
    if shutil.which("pdftotext"):
        first = " ".join(pdf_text(out).split())
        assert "Hongsung (Hongseong): farming together" in first
        assert "Ask about the youth farming programme." in first
        assert "1. Arriving in Hongseong County" in first


def test_the_pdf_keeps_each_heading_with_its_picture(data):
    from tourviewer.core.handout import build_handout
    from tourviewer.core.loader import load_tour
    from tourviewer.ui.handout_pdf import handout_document

    result = load_tour(GUNSAN)  # the longer sample: its stops fall across several pages
    document = handout_document(build_handout(result, {}, "en"))
    layout, page = document.documentLayout(), document.pageSize().height()
    assert document.pageCount() > 1
    block, checked = document.begin(), 0
    while block.isValid():
        if block.blockFormat().headingLevel() == 2 and block.text()[:1].isdigit():
            heading_page = layout.blockBoundingRect(block).top() // page
            following = block.next().next()  # the place, then the picture
            if "\ufffc" in following.text():
                line = following.layout()
                assert (line.position().y() + line.lineAt(0).rect().top()) // page == heading_page, block.text()
                checked += 1
        block = block.next()
    assert checked == len(result.tour.stops)


def test_export_without_data_dir_reads_the_viewers_folder(data, tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("TOURVIEWER_DATA_DIR", str(data))
    out = tmp_path / "n.md"
    assert run(capsys, "notes", "export", str(HONGSUNG), "--format", "md", "-o", str(out))[0] == 0
    assert "Young farmers" in out.read_text(encoding="utf-8")


def test_without_any_setting_the_folder_is_qts_for_the_viewer(tmp_path, capsys, monkeypatch):
    monkeypatch.delenv("TOURVIEWER_DATA_DIR")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    store = Store(tmp_path / "xdg" / "tourviewer" / "Tour Viewer")  # where the viewer keeps notes on Linux
    store.save_note("gunsan", "harbour", "x")
    store.close()
    assert run(capsys, "notes", "list")[1] == "gunsan: 1 note\n"


def test_list_tours_with_notes(data, capsys):
    store = Store(data)
    store.save_note("gunsan", TOUR_NOTE, "one")
    store.close()
    status, printed, _ = run(capsys, "--data-dir", str(data), "notes", "list")
    assert status == 0
    assert printed.splitlines() == ["gunsan: 1 note", "hongsung: 4 notes"]


def test_list_one_tour(data, capsys):
    status, printed, _ = run(capsys, "--data-dir", str(data), "notes", "list", str(HONGSUNG))
    assert status == 0
    assert printed.splitlines() == [
        "Tour: Ask about the youth farming programme.…",
        "1. Arriving in Hongseong County (arrival): Arrived by bus <script>alert(1)</script>",
        "2. Cooperative Youth Collabo Farm (collabo-farm): Young farmers learn together for a year.…",
        "Removed stop removed-stop: A stop that left the tour.",
    ]


def test_list_says_when_there_are_no_notes(tmp_path, capsys):
    assert run(capsys, "--data-dir", str(tmp_path / "empty"), "notes", "list")[:2] == (0, "No notes yet.\n")
    assert run(capsys, "--data-dir", str(tmp_path / "empty"), "notes", "list", str(GUNSAN))[:2] == (
        0,
        "No notes yet.\n",
    )


def test_a_broken_tour_exits_1_and_says_what_to_do(tmp_path, capsys):
    broken = write_tour(tmp_path / "broken", MINIMAL.replace('title = "T"', "title = "))
    status, printed, err = run(capsys, "notes", "export", str(broken), "--format", "md", "-o", str(tmp_path / "x.md"))
    assert status == 1 and printed == ""
    assert "cannot be read (1 problem)" in err and f"run tourviewer validate {broken}" in err
    assert not (tmp_path / "x.md").exists()
    assert run(capsys, "notes", "list", str(broken))[0] == 1


def test_a_language_the_tour_lacks_exits_1(tmp_path, capsys):
    status, _, err = run(
        capsys, "notes", "export", str(HONGSUNG), "--format", "md", "-o", str(tmp_path / "x.md"), "--lang", "fr"
    )
    assert status == 1 and "has no language fr (it has en, ko, ja, zh-Hans, id, ms)" in err


def test_notes_needs_a_command_and_a_format(tmp_path):
    for argv in (["notes"], ["notes", "export", str(HONGSUNG), "-o", str(tmp_path / "x")]):
        with pytest.raises(SystemExit) as exit_:
            main(argv)
        assert exit_.value.code == 2


def first_heading_and_picture(document):
    from PySide6.QtGui import QTextCursor

    block = document.begin()
    while block.isValid() and not (block.blockFormat().headingLevel() == 2 and block.text()[:1].isdigit()):
        block = block.next()
    picture = block.next().next()
    assert "\ufffc" in picture.text()
    cursor = QTextCursor(picture)
    cursor.setPosition(picture.position() + picture.text().index("\ufffc"))
    cursor.movePosition(QTextCursor.MoveOperation.NextCharacter, QTextCursor.MoveMode.KeepAnchor)
    return block, picture, cursor.charFormat().toImageFormat()


@pytest.mark.parametrize("lines", [16, 18])
def test_a_long_tour_note_does_not_leave_the_first_page_half_empty(lines):
    from tourviewer.core.handout import build_handout
    from tourviewer.core.loader import load_tour
    from tourviewer.ui.handout_pdf import SMALLEST_PICTURE, handout_document

    note = Note(TOUR_NOTE, "\n\n".join(f"Line {n} of what I thought of the whole day." for n in range(lines)), 0.0)
    document = handout_document(build_handout(load_tour(HONGSUNG), {TOUR_NOTE: note}, "en"))
    layout, page = document.documentLayout(), document.pageSize().height()
    heading, picture, image = first_heading_and_picture(document)
    assert layout.blockBoundingRect(heading).top() // page == 0, "the first stop begins on the first page"
    assert layout.blockBoundingRect(picture).bottom() <= page, "and its picture fits there"
    plain = first_heading_and_picture(handout_document(build_handout(load_tour(HONGSUNG), {}, "en")))[2]
    assert plain.height() * SMALLEST_PICTURE <= image.height() < plain.height(), "made smaller, at most by half"


def test_every_pdf_page_has_its_number_and_the_date(data, tmp_path, capsys):
    from PySide6.QtPdf import QPdfDocument

    out = tmp_path / "gunsan.pdf"
    argv = ["--data-dir", str(data), "notes", "export", str(GUNSAN), "--format", "pdf", "-o", str(out)]
    assert run(capsys, *argv)[0] == 0
    pdf = QPdfDocument()
    pdf.load(str(out))
    pages = pdf.pageCount()
    assert pages > 1
    today = date.today().isoformat()
    for n in range(pages):
        text = pdf.getAllText(n).text()
        assert f"Page {n + 1} of {pages}" in text and f"My notes as of {today}" in text, text[-200:]
