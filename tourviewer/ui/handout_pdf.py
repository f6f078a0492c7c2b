"""The handout as a PDF, laid out by Qt's rich text engine and written with QPdfWriter.

The page is the same HTML as the HTML handout (pictures as `data:` URIs, scaled
by the core), so the formats say the same thing. The document is paginated
here, on A4 with 2 cm margins, so that a stop's heading is never left at the
foot of a page while its picture starts the next one; when that would leave
more than a quarter of a page empty, the picture is made smaller (down to half
its size) so that the stop fits where it begins. Every page has its number
("Page 2 of 5", in the interface language) and the tour's title and date in its foot.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextBlock,
    QTextBlockFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)

from tourviewer.core.handout import (
    Handout,
    HandoutOptions,
    Progress,
    build_handout,
    data_uri,
    dated,
    to_html,
    told,
    write_handout,
    written_whole,
)
from tourviewer.core.loader import LoadResult
from tourviewer.core.store import Note
from tourviewer.ui.i18n import translate

BODY_POINTS = 10.5
FOOT_POINTS = 8.0
MARGIN_MM = 20.0
SMALLEST_PICTURE = 0.5  # a picture may shrink to this share of its size for its stop to fit on a page
MOST_EMPTY = 0.25  # the share of a page that moving a stop to the next one may leave empty
# The document is laid out in CSS pixels and written at the same resolution: text and pictures stay
# sharp in a PDF whatever the resolution, and the layout needs no scaling.
_LAYOUT_DPI = 96
_OBJECT = "\ufffc"  # the character that stands for an image in a text block
_ORIGINAL_HEIGHT = QTextFormat.Property.UserProperty  # a picture's height before it was made smaller


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
        if not _shrink_to_fit(document, heading):
            breaking = QTextBlockFormat()
            breaking.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
            QTextCursor(heading).mergeBlockFormat(breaking)
        # Qt relays out only the changed block at once; the rest must move down as well
        document.markContentsDirty(0, document.characterCount())


def _shrink_to_fit(document: QTextDocument, heading: QTextBlock) -> bool:
    """Make the picture under `heading` smaller so that its stop fits on the heading's page, when moving
    the stop to the next page would leave much of this one empty; False when it cannot or need not."""
    layout = document.documentLayout()
    page_height = document.pageSize().height()
    margin = document.rootFrame().frameFormat().margin()
    top = layout.blockBoundingRect(heading).top()
    page_end = (top // page_height + 1) * page_height - margin
    if page_end - top < page_height * MOST_EMPTY:
        return False  # little would be left empty: the stop starts the next page
    group = _group(heading, heading.blockFormat().headingLevel())
    picture = next((b for b in group if _OBJECT in b.text()), None)
    if picture is None:
        return False
    cursor = QTextCursor(picture)
    cursor.setPosition(picture.position() + picture.text().index(_OBJECT))
    cursor.movePosition(QTextCursor.MoveOperation.NextCharacter, QTextCursor.MoveMode.KeepAnchor)
    image = cursor.charFormat().toImageFormat()
    height = image.height()
    if not image.isValid() or height <= 0:
        return False
    original = image.property(_ORIGINAL_HEIGHT) or height  # shrunk before, in an earlier round
    # what the stop needs from its heading down: its lines, and the gaps between its blocks
    gaps = sum(b.blockFormat().topMargin() + b.blockFormat().bottomMargin() for b in group[1:])
    excess = _lines_height(group) + gaps - (page_end - top)
    wanted = height - max(excess, 1.0) - 6
    if wanted < original * SMALLEST_PICTURE:
        return False
    image.setProperty(_ORIGINAL_HEIGHT, original)
    image.setWidth(image.width() * wanted / height)
    image.setHeight(wanted)
    cursor.setCharFormat(image)
    return True


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
        _print(document, handout, temp)


def _print(document: QTextDocument, handout: Handout, out: Path) -> None:
    """Each page drawn by hand, so that its foot carries the page number, the tour and the date."""
    writer = QPdfWriter(str(out))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter)  # the document has its own
    writer.setResolution(_LAYOUT_DPI)
    writer.setTitle(handout.title)
    writer.setCreator("Tour Viewer")
    painter = QPainter()
    if not painter.begin(writer):
        raise OSError(f"{out} could not be written")
    pages = document.pageCount()
    page = QRectF(0, 0, document.pageSize().width(), document.pageSize().height())
    indent = document.documentLayout().blockBoundingRect(document.begin()).left()  # the foot lines up with the text
    for n in range(pages):
        if n:
            writer.newPage()
        painter.save()
        painter.translate(0, -n * page.height())
        document.drawContents(painter, page.translated(0, n * page.height()))
        painter.restore()
        _draw_foot(painter, page, indent, page_foot(handout), page_number(n + 1, pages))
    painter.end()
    del writer  # the file is complete once the writer is gone
    if not out.is_file() or out.stat().st_size == 0:
        raise OSError(f"{out} could not be written")


def page_foot(handout: Handout) -> str:
    """What the foot of every page says besides its number: the tour and the date."""
    return " · ".join(
        part for part in (handout.title, dated(handout.date, handout.words) if handout.date else "") if part
    )


def page_number(page: int, pages: int) -> str:
    """ "Page 2 of 5", in the interface language and its digits."""
    locale = QLocale()
    return translate("HandoutPdf", "Page {0} of {1}").format(locale.toString(page), locale.toString(pages))


def _draw_foot(painter: QPainter, page: QRectF, indent: float, left: str, right: str) -> None:
    margin = MARGIN_MM / 25.4 * _LAYOUT_DPI
    font = QFont(painter.font())
    font.setPointSizeF(FOOT_POINTS)
    painter.setFont(font)
    painter.setPen(QColor("#666666"))
    foot = QRectF(indent, page.height() - margin * 0.75, page.width() - 2 * indent, margin * 0.4)
    painter.drawText(foot, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), left)
    painter.drawText(foot, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), right)


EXPORT_FORMATS = ("md", "html", "pdf")


def export_handout(
    result: LoadResult,
    notes: Mapping[str, Note],
    language: str,
    fmt: str,
    out: Path,
    options: HandoutOptions | None = None,
    progress: Progress | None = None,
) -> None:
    """Write the participant's handout in `fmt` (md, html or pdf), whole or not at all.

    Raises OSError when it cannot, `ExportCancelled` when `progress` does.
    """
    if fmt == "pdf":
        write_pdf(build_handout(result, notes, language, options), out, progress)
    else:
        write_handout(result, notes, language, fmt, out, options, progress)
