"""What several windows draw the same way: quieter text, and Markdown that never runs HTML."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette, QTextDocument

# CommonMark, with raw HTML shown as text: tours and notes never run markup
MARKDOWN = QTextDocument.MarkdownFeature.MarkdownDialectCommonMark | QTextDocument.MarkdownFeature.MarkdownNoHTML


def quiet_colour(palette: QPalette) -> QColor:
    """Text colour mixed towards the background: for what is said second (solid; rich text has no alpha)."""
    text, base = palette.color(QPalette.ColorRole.Text), palette.color(QPalette.ColorRole.Base)
    return QColor(
        (text.red() * 55 + base.red() * 45) // 100,
        (text.green() * 55 + base.green() * 45) // 100,
        (text.blue() * 55 + base.blue() * 45) // 100,
    )
