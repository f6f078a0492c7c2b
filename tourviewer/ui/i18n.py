"""The interface's words in the reader's language, through Qt's translation system.

Every string a person sees or hears goes through :func:`translate` with an explicit
context (the class or module it belongs to, spelled out: never ``self.tr``,
whose context changes in subclasses). ``pyside6-lupdate`` finds these calls by
name, so call them as ``translate("Context", "text")`` with literal strings.

- Constants defined before a translator exists are marked with
  :func:`QT_TRANSLATE_NOOP` and translated where they are shown.
- Counts use Qt's ``%n`` plurals, the count given fourth and by position, after
  ``None`` (lupdate sees neither ``n=`` nor ``""``):
  ``translate("MainWindow", "%n stop(s)", None, count)``.
- Translate first, format after: ``translate("C", "Stop {0} of {1}").format(a, b)``.

Widgets that show translated text set it in a ``retranslate()`` method, called
once when they are built and again on ``QEvent.LanguageChange`` (see
:class:`Retranslating`), so switching the interface language needs no restart.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``text`` of ``context`` in the interface language (``%n`` replaced by ``n``)."""
    return QCoreApplication.translate(context, text, disambiguation, n)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate knows
    """Marks ``text`` of ``context`` for extraction without translating it yet."""
    return text


class Retranslating:
    """Mixin for a QWidget: calls ``self.retranslate()`` when the language changes."""

    def retranslate(self) -> None:  # pragma: no cover - overridden
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)  # type: ignore[misc]
