"""A message the core makes for a person: English text that the window can say again in its language.

``Said(QT_TRANSLATE_NOOP("Guide", "Stop '{0}' is not in your copy of the tour: skipped"), stop)``
is the English text itself (a ``str``: logs, the command line and tests read it as it is) and keeps
its template and values, so that the window translates the template and formats the values again
(see ``tourviewer.ui.wording.said``). A value may itself be ``Said``.
"""

from __future__ import annotations


class Said(str):
    """English text made of a template marked for translation (numbered ``{0}`` placeholders) and values."""

    template: str
    values: tuple[str, ...]

    def __new__(cls, template: str, *values: object) -> Said:
        kept = tuple(v if isinstance(v, str) else str(v) for v in values)
        said = super().__new__(cls, template.format(*kept))
        said.template = template
        said.values = kept
        return said

    def __reduce__(self) -> tuple[object, ...]:  # copies and pickles keep the template
        return (Said, (self.template, *self.values))
