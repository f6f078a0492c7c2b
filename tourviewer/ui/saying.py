"""Text made ahead of its showing, said in the interface language where it is shown.

- `marked`: a constant marked with ``QT_TRANSLATE_NOOP`` (its context and text are literals there,
  where ``pyside6-lupdate`` reads them), translated now.
- `shown`: a core message (`core.said.Said`): its template translated, then formatted.
- `english_plural`: English is the source and has no translation file, so "%n error(s)" would
  read "1 error(s)"; the English text gets its plural here.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from tourviewer.core.said import Said


def marked(context: str, text: str) -> str:
    """`text` of `context`, marked with ``QT_TRANSLATE_NOOP`` where it was written, in the interface language."""
    return QCoreApplication.translate(context, text)


def shown(text: str | None) -> str:
    """`text` as the window shows it: a `Said` translated (its `Said` values too), any other text as it is."""
    if not isinstance(text, Said):
        return text or ""
    template = QCoreApplication.translate(text.context, text.template)
    if not text.values:
        return template
    return template.format(*(shown(v) if isinstance(v, Said) else v for v in text.values))


def english_plural(said: str, n: int) -> str:
    """A ``%n … (s)`` text after `translate`: when it is still the English source, "(s)" becomes its plural."""
    return said.replace("(s)", "" if n == 1 else "s") if "(s)" in said else said
