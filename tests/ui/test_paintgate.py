"""The paint gate: work held back until a widget has painted."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from tourviewer.ui.paintgate import PaintGate


def test_work_runs_after_the_next_paint(qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.show()
    gate = PaintGate(widget, parent=widget)
    gate.arm()
    ran = []
    gate.run_later(lambda: ran.append(True))
    widget.repaint()
    qtbot.waitUntil(lambda: ran == [True])
