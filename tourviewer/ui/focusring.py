"""A visible ring around whichever part of a window has the keyboard, in the scheme's highlight colour.

Fusion shows focus on buttons and line edits, but not on a text browser, a list, a map or a
picture. One overlay, drawn over the focused part, shows it the same way everywhere, in light and
dark schemes alike, without changing any widget's style or size.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, Qt, Slot
from PySide6.QtGui import QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QApplication, QWidget

RING = 2  # pixels


class FocusRing(QWidget):
    """Draws a ring over the one of `parts` (a child of `parent`) that holds the focus, or over none."""

    def __init__(self, parent: QWidget, parts: list[QWidget]):
        super().__init__(parent)
        self.parts = parts
        self.target: QWidget | None = None
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.hide()
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._on_focus_changed)

    def part_with_focus(self, focused: QWidget | None) -> QWidget | None:
        if focused is None:
            return None
        return next((p for p in self.parts if p is focused or p.isAncestorOf(focused)), None)

    @Slot(QWidget, QWidget)
    def _on_focus_changed(self, old: QWidget | None, new: QWidget | None) -> None:
        target = self.part_with_focus(new)
        if target is self.target:
            return
        if self.target is not None:
            self.target.removeEventFilter(self)
        self.target = target
        if target is not None:
            target.installEventFilter(self)
        self._place()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if watched is self.target and event.type() in (QEvent.Type.Resize, QEvent.Type.Move, QEvent.Type.Hide):
            self._place()
        return False

    def _place(self) -> None:
        target, parent = self.target, self.parentWidget()
        if target is None or parent is None or not target.isVisible():
            self.hide()
            return
        self.setGeometry(QRect(target.mapTo(parent, QPoint(0, 0)), target.size()))
        self.raise_()
        self.show()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        painter = QPainter(self)
        pen = QPen(self.palette().color(QPalette.ColorRole.Highlight), RING)
        pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
        painter.setPen(pen)
        painter.drawRect(self.rect().adjusted(RING // 2, RING // 2, -RING // 2 - 1, -RING // 2 - 1))
