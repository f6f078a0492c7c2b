"""Signals without Qt: as many arguments as a slot takes, bound methods held weakly."""

from __future__ import annotations

import functools
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


class _Listener:
    def none(self):
        pass

    def one(self, a):
        pass

    def two_with_default(self, a, b=1):
        pass

    def rest(self, a, *more):
        pass

    def keywords_only(self, a, *, b=1):
        pass

    @classmethod
    def made(cls, a):
        pass

    @staticmethod
    def plain(a, b):
        pass

    def __call__(self, a, b, c):
        pass


def _wrapped(function):
    @functools.wraps(function)
    def wrapper(*args, **kwargs):
        return function(*args, **kwargs)

    return wrapper


def _positional_only(a, b, /, c):
    pass


@pytest.mark.parametrize(
    "slot",
    [
        lambda: None,
        lambda a, b=2: None,
        lambda *args: None,
        lambda a, **kwargs: None,
        _positional_only,
        _Listener().none,
        _Listener().one,
        _Listener().two_with_default,
        _Listener().rest,
        _Listener().keywords_only,
        _Listener.made,
        _Listener.plain,
        _Listener(),
        functools.partial(lambda a, b, c: None, 1),
        _wrapped(lambda a: None),
        _wrapped(_Listener().one),
        print,
    ],
)
def test_a_slot_takes_as_many_arguments_as_its_signature_says(slot):
    import inspect

    from tourviewer.core.signals import _ALL, _arity

    try:
        parameters = inspect.signature(slot).parameters.values()
    except (TypeError, ValueError):
        expected = 0
    else:
        kinds = [p.kind for p in parameters]
        expected = (
            _ALL
            if inspect.Parameter.VAR_POSITIONAL in kinds
            else sum(k in (inspect.Parameter.POSITIONAL_ONLY, inspect.Parameter.POSITIONAL_OR_KEYWORD) for k in kinds)
        )
    assert _arity(slot) == expected
