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


def test_work_held_back_runs_a_piece_at_a_time_so_the_window_answers_in_between(qtbot):
    from PySide6.QtCore import QTimer

    widget = QWidget()
    qtbot.addWidget(widget)
    widget.show()
    gate = PaintGate(widget, parent=widget)
    gate.arm()
    ran: list[str] = []

    def first() -> None:
        ran.append("map")
        QTimer.singleShot(0, lambda: ran.append("the window's own events"))

    gate.run_later(first)
    gate.run_later(lambda: ran.append("watch"))
    widget.repaint()
    qtbot.waitUntil(lambda: len(ran) == 3)
    assert ran == ["map", "the window's own events", "watch"]
