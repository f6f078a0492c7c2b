"""A scroll area's viewport made in Python, so that PySide6 never has to find out what Qt made.

The first time PySide6 is handed a widget that Qt made itself (a scroll area's own
viewport, say), it finds out which Python class to give it by making the class of every
Qt widget it has not made yet: some 60 classes with their enums, about 12 ms of the UI
thread at once. The viewer makes the classes it uses as it imports them; the maps, the
picture viewer and the search list give their views a viewport of their own instead.
"""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractScrollArea, QWidget


def own_viewport(view: QAbstractScrollArea) -> QWidget:
    """Give `view` a plain viewport made here (as Qt's own would be) and return it."""
    viewport = QWidget()
    view.setViewport(viewport)
    return viewport
