"""What several windows draw the same way: quieter text, colours that read in light and dark schemes,
and Markdown that never runs HTML."""

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


def is_dark(palette: QPalette) -> bool:
    """Whether the palette is a dark scheme (light text on a dark window)."""
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def good_colour(palette: QPalette) -> QColor:
    """The green of "Saved" and visited marks: deep on a light window, light on a dark one (contrast 4.5:1 or more)."""
    return QColor("#81c995" if is_dark(palette) else "#1b5e20")


def problem_colour(palette: QPalette) -> QColor:
    """The red of a problem the user must know about, readable in either scheme."""
    return QColor("#f28b82" if is_dark(palette) else "#b3261e")


def border_colour(palette: QPalette) -> QColor:
    """A card's or panel's border: halfway between text and background, so it shows in either scheme."""
    return quiet_colour(palette)
