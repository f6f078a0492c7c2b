"""Signals without Qt: as many arguments as a slot takes, bound methods held weakly."""

from __future__ import annotations

import gc

import pytest

from tourviewer.core.signals import Signal


def test_each_slot_gets_as_many_arguments_as_it_takes():
    signal = Signal("moved")
    got: list[tuple] = []
    signal.connect(lambda: got.append(()))
    signal.connect(lambda index: got.append((index,)))
    signal.connect(lambda *args: got.append(args))
    signal.emit(3, "extra")
    assert got == [(), (3,), (3, "extra")]


def test_a_deleted_listener_is_not_called_and_is_dropped():
    signal = Signal()
    heard: list[int] = []

    class Listener:
        def on(self, value):
            heard.append(value)

    listener = Listener()
    signal.connect(listener.on)
    signal.emit(1)
    del listener
    gc.collect()
    signal.emit(2)
    assert heard == [1]
    assert len(signal) == 0


def test_a_listener_whose_qt_object_is_gone_is_dropped():
    signal = Signal()

    def gone():
        raise RuntimeError("Internal C++ object (QLabel) already deleted.")

    signal.connect(gone)
    signal.emit()
    assert len(signal) == 0


def test_other_errors_are_not_swallowed():
    signal = Signal()

    def broken():
        raise RuntimeError("a real bug")

    signal.connect(broken)
    with pytest.raises(RuntimeError, match="a real bug"):
        signal.emit()


def test_disconnect_one_or_all():
    signal = Signal()
    got: list[str] = []

    def a():
        got.append("a")

    def b():
        got.append("b")

    signal.connect(a)
    signal.connect(b)
    signal.disconnect(a)
    signal.emit()
    assert got == ["b"]
    with pytest.raises(TypeError):
        signal.disconnect(a)
    signal.disconnect()
    signal.emit()
    assert got == ["b"]
