"""The handout as a PDF, laid out by Qt's rich text engine and written with QPdfWriter.

The page is the same HTML as the HTML handout (pictures as `data:` URIs, scaled
by the core), so the formats say the same thing. The document is paginated
here, on A4 with 2 cm margins, so that a stop's heading is never left at the
foot of a page while its picture starts the next one.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QSizeF
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QFont,
    QPageLayout,
    QPageSize,
    QPdfWriter,
    QTextBlock,
    QTextBlockFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)

from tourviewer.core.handout import (
    Handout,
    Progress,
    build_handout,
    data_uri,
    to_html,
    told,
    write_handout,
    written_whole,
)
from tourviewer.core.loader import LoadResult
from tourviewer.core.store import Note

RESOLUTION_DPI = 300
BODY_POINTS = 10.5
MARGIN_MM = 20.0
_LAYOUT_DPI = 96  # the document is laid out in CSS pixels; print_ scales it to the page
_OBJECT = "\ufffc"  # the character that stands for an image in a text block


def _ensure_application() -> None:
    """Text layout needs Qt's application; from the command line there is none yet, and no screen."""
    if QCoreApplication.instance() is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        from tourviewer.ui.application import application

        application()  # the viewer's own (a QApplication), so that the viewer can still start in this process


def handout_document(handout: Handout, progress: Progress | None = None) -> QTextDocument:
    """The handout as a text document paginated for A4; `progress` is told of each picture made."""
    _ensure_application()
    document = QTextDocument()
    font = QFont(document.defaultFont())
    font.setPointSizeF(BODY_POINTS)
    document.setDefaultFont(font)
    document.setHtml(to_html(handout, told(data_uri, handout, progress)))
    document.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, handout.title)
    page = QPageSize(QPageSize.PageSizeId.A4).sizePixels(_LAYOUT_DPI)
    document.setPageSize(QSizeF(page))
    frame = document.rootFrame().frameFormat()
    frame.setMargin(MARGIN_MM / 25.4 * _LAYOUT_DPI)  # on every page, as the root frame is paginated
    document.rootFrame().setFrameFormat(frame)
    _keep_headings_together(document)
    return document


def _keep_headings_together(document: QTextDocument) -> None:
    """Start a heading on a new page when what belongs under it (place, picture, first line) would not fit."""
    for _ in range(document.blockCount()):  # each round moves one heading to a new page
        heading = _first_stranded_heading(document)
        if heading is None:
            return
        breaking = QTextBlockFormat()
        breaking.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
        QTextCursor(heading).mergeBlockFormat(breaking)
        # Qt relays out only the changed block at once; the rest must move down as well
        document.markContentsDirty(0, document.characterCount())


def _first_stranded_heading(document: QTextDocument) -> QTextBlock | None:
    layout = document.documentLayout()
    layout.documentSize()  # finishes the layout: it is otherwise done lazily, block by block
    page_height = document.pageSize().height()
    block = document.begin()
    while block.isValid():
        level = block.blockFormat().headingLevel()
        if level and block.blockFormat().pageBreakPolicy() == QTextFormat.PageBreakFlag.PageBreak_Auto:
            group = _group(block, level)
            top = layout.blockBoundingRect(block).top()
            bottom = _first_line_bottom(layout, group[-1])
            # a group nearly as tall as a page is left to break where it falls
            if top // page_height != (bottom - 1) // page_height and _lines_height(group) < page_height * 0.7:
                return block
        block = block.next()
    return None


def _group(heading: QTextBlock, level: int) -> list[QTextBlock]:
    """The blocks to keep on one page: a heading and what follows it up to two blocks after its picture
    (the caption and the note's first line), or its next two blocks when it has no picture."""
    following: list[QTextBlock] = []
    block = heading.next()
    while block.isValid() and len(following) < 4:
        other = block.blockFormat().headingLevel()
        if other and other <= level:
            break
        following.append(block)
        block = block.next()
    for n, candidate in enumerate(following[:3]):
        if _OBJECT in candidate.text():
            return [heading, *following[: n + 3]]
    return [heading, *following[:2]]


def _lines_height(blocks: list[QTextBlock]) -> float:
    """The height of the blocks' lines, without the gap where a page ends between them."""
    total = 0.0
    for block in blocks:
        text_layout = block.layout()
        total += sum(text_layout.lineAt(n).height() for n in range(text_layout.lineCount()))
    return total


def _first_line_bottom(layout: QAbstractTextDocumentLayout, block: QTextBlock) -> float:
    """Where the block's first line ends: the block's own rectangle does not move when a line is pushed
    to the next page, its lines do."""
    text_layout = block.layout()
    if text_layout is None or text_layout.lineCount() == 0:
        return layout.blockBoundingRect(block).bottom()
    return text_layout.position().y() + text_layout.lineAt(0).rect().bottom()


def write_pdf(handout: Handout, out: Path, progress: Progress | None = None) -> None:
    """Write the handout to `out` as an A4 PDF, whole or not at all.

    Raises OSError when it cannot be written, `ExportCancelled` when `progress` does.
    """
    document = handout_document(handout, progress)
    with written_whole(out) as temp:
        _print(document, handout.title, temp)


def _print(document: QTextDocument, title: str, out: Path) -> None:
    writer = QPdfWriter(str(out))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter)  # the document has its own
    writer.setResolution(RESOLUTION_DPI)
    writer.setTitle(title)
    writer.setCreator("Tour Viewer")
    document.print_(writer)
    del writer  # the file is complete once the writer is gone
    if not out.is_file() or out.stat().st_size == 0:
        raise OSError(f"{out} could not be written")


EXPORT_FORMATS = ("md", "html", "pdf")


def export_handout(
    result: LoadResult,
    notes: Mapping[str, Note],
    language: str,
    fmt: str,
    out: Path,
    progress: Progress | None = None,
) -> None:
    """Write the participant's handout in `fmt` (md, html or pdf), whole or not at all.

    Raises OSError when it cannot, `ExportCancelled` when `progress` does.
    """
    if fmt == "pdf":
        write_pdf(build_handout(result, notes, language), out, progress)
    else:
        write_handout(result, notes, language, fmt, out, progress)
