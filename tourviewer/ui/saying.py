"""Core messages (`core.said.Said`) in the interface language: the template translated, then formatted."""

from __future__ import annotations

from tourviewer.core.said import Said
from tourviewer.ui.i18n import translate


def shown(text: str | None) -> str:
    """`text` as the window shows it: a `Said` translated (its `Said` values too), any other text as it is."""
    if not isinstance(text, Said):
        return text or ""
    template = translate(text.context, text.template)
    if not text.values:
        return template
    return template.format(*(shown(v) if isinstance(v, Said) else v for v in text.values))


def counted(context: str, text: str, n: int) -> str:
    """`translate(context, text, None, n)` for a ``%n … (s)`` text, with English plurals right when untranslated.

    English is the source language and has no translation file: "%n error(s)" would read "1 error(s)".
    """
    said = translate(context, text, None, n)
    if said == text.replace("%n", str(n)):  # not translated: the English source
        said = said.replace("(s)", "" if n == 1 else "s")
    return said
