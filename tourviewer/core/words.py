"""Words the core makes that the window shows, marked for the interface's translation.

The core never imports Qt, so it cannot translate; it marks its constants with
:func:`QT_TRANSLATE_NOOP` (the name ``pyside6-lupdate`` knows) and keeps formatted
messages as a template and its values, which the window translates and then formats.
"""


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802
    """Marks text of context for the interface's translation; the window translates it where it is shown."""
    return text
