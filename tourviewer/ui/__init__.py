"""The windows and widgets: everything that uses Qt."""

import PySide6.QtCore  # noqa: F401  (PySide6's import hook, answered quickly from here on)

from tourviewer.plainimport import read_sources_plainly

read_sources_plainly()
