"""A widget's fixed texts in one place, set again whenever the interface language changes.

A widget registers each fixed text with the setter that shows it (a label's
``setText``, a button's ``setToolTip``, a window's ``setAccessibleName``…) and
the English source marked for ``pyside6-lupdate``::

    self.words = Wording("PresenterConsole")
    self.words.add(label.setAccessibleName, QT_TRANSLATE_NOOP("PresenterConsole", "Current stop"))

and its ``retranslate()`` calls ``self.words.apply()``. Text that depends on the
widget's state ("Stop {0} of {1}") is recomputed by the widget itself.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent

from tourviewer.ui.i18n import Retranslating, translate


class Wording:
    """The fixed texts of one translation context, with the setters that show them."""

    def __init__(self, context: str):
        self.context = context
        self._texts: list[tuple[Callable[[str], object], str]] = []

    def add(self, show: Callable[[str], object], source: str) -> None:
        """Show `source` (English, marked with QT_TRANSLATE_NOOP) in the interface language, now and after a switch."""
        self._texts.append((show, source))
        show(translate(self.context, source))

    def apply(self) -> None:
        """Show every text again in the interface language."""
        for show, source in self._texts:
            show(translate(self.context, source))


def said(context: str, text: str) -> str:
    """A message the core made (`tourviewer.core.said.Said`: its template and values) in the interface
    language; a plain text is translated when it is one of `context`'s marked texts, else kept as it is."""
    template = getattr(text, "template", None)
    if template is None:
        return translate(context, text) if text else text
    values = [said(context, v) if hasattr(v, "template") else v for v in getattr(text, "values", ())]
    return translate(context, template).format(*values)


class NamesChildren(Retranslating):
    """Mixin for a widget (listed before the Qt base class) that names widgets of other classes inside it:
    a picture's accessible name, a button's tooltip. Those texts go in ``self.child_words``; a child that
    retranslates itself would otherwise put back its own generic name, as the language change reaches
    the children after their parent, so they are set again once the children have heard of it."""

    child_words: Wording

    def event(self, event: QEvent) -> bool:
        handled = super().event(event)  # type: ignore[misc]
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "child_words"):
            self.child_words.apply()
        return bool(handled)
