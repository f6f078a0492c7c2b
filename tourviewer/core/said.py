"""A message the core makes for the window, kept as its template and values so the window can translate it.

A `Said` is the English text itself (a `str`: logs, the command line and the
validator's problem messages use it as it is) that also remembers how it was
made: the translation context, the template marked with ``QT_TRANSLATE_NOOP``
and the values put into it. The window translates the template and formats
the values again (`tourviewer.ui.saying.shown`), so a message made before the
interface language changed is shown in the new one. A value may itself be a
`Said` (a reason inside a sentence); values from the tour (file names) are
shown as they are.

    Said("Recording", QT_TRANSLATE_NOOP("Recording", "The recording {0} is missing"), name)

The context is written twice, once for ``pyside6-lupdate`` and once for the
program; a test checks the two agree.
"""

from __future__ import annotations


class Said(str):
    """English text, with the `context`, `template` and `values` it was made from."""

    context: str
    template: str
    values: tuple[object, ...]

    def __new__(cls, context: str, template: str, *values: object) -> Said:
        made = super().__new__(cls, template.format(*values) if values else template)
        made.context, made.template, made.values = context, template, values
        return made

    def __repr__(self) -> str:
        return f"Said({self.context!r}, {self.template!r}{''.join(', ' + repr(v) for v in self.values)})"
