"""Signals without Qt, for the objects of the core that widgets follow.

`Signal` is connected and emitted as a Qt signal is: a slot may take fewer
arguments than the signal carries (the rest are dropped), and a bound method
is held weakly, so a widget that is gone is never called. Core objects such as
the tour session can thus be driven, and tested, without a display, while Qt
slots connect to them unchanged. Emitting calls every slot at once, on the
emitting thread.
"""

from __future__ import annotations

import inspect
import logging
import types
import weakref
from collections.abc import Callable
from typing import Any

log = logging.getLogger(__name__)

_ALL = -1  # the slot takes any number of arguments


def _arity(slot: Callable[..., Any]) -> int:
    """How many positional arguments `slot` takes (`_ALL` for *args)."""
    # A plain function or method says so in its code (a window connects dozens as it is made;
    # `inspect.signature` takes tens of microseconds each); anything else is asked properly.
    function = getattr(slot, "__func__", slot)
    code = getattr(function, "__code__", None)
    if isinstance(code, types.CodeType) and not hasattr(function, "__wrapped__"):
        if code.co_flags & inspect.CO_VARARGS:
            return _ALL
        bound = 1 if inspect.ismethod(slot) else 0
        return max(code.co_argcount - bound, 0)
    try:
        parameters = inspect.signature(slot).parameters.values()
    except (TypeError, ValueError):  # a built-in without a signature, such as a Qt method
        return 0
    count = 0
    for parameter in parameters:
        if parameter.kind is parameter.VAR_POSITIONAL:
            return _ALL
        if parameter.kind in (parameter.POSITIONAL_ONLY, parameter.POSITIONAL_OR_KEYWORD):
            count += 1
    return count


class _Connection:
    def __init__(self, slot: Callable[..., Any]):
        self.arity = _arity(slot)
        if inspect.ismethod(slot):
            self.method: weakref.WeakMethod[Callable[..., Any]] | None = weakref.WeakMethod(slot)
            self.function: Callable[..., Any] | None = None
        else:
            self.method, self.function = None, slot

    def target(self) -> Callable[..., Any] | None:
        return self.method() if self.method is not None else self.function

    def matches(self, slot: Callable[..., Any]) -> bool:
        return self.target() == slot


class Signal:
    """Connect callables; `emit(*args)` calls each with as many arguments as it takes."""

    def __init__(self, name: str = "signal"):
        self.name = name
        self._connections: list[_Connection] = []

    def connect(self, slot: Callable[..., Any]) -> None:
        self._connections.append(_Connection(slot))

    def disconnect(self, slot: Callable[..., Any] | None = None) -> None:
        """Disconnect `slot`, or every slot when none is named."""
        if slot is None:
            self._connections.clear()
            return
        before = len(self._connections)
        self._connections = [c for c in self._connections if not c.matches(slot)]
        if len(self._connections) == before:
            raise TypeError(f"{self.name}: slot was not connected")

    def emit(self, *args: Any) -> None:
        for connection in list(self._connections):
            slot = connection.target()
            if slot is None:  # its object is gone
                self._connections.remove(connection)
                continue
            given = args if connection.arity == _ALL else args[: connection.arity]
            try:
                slot(*given)
            except RuntimeError as exc:
                if "already deleted" not in str(exc):
                    raise
                self._connections.remove(connection)  # a Qt object deleted behind its wrapper

    def __len__(self) -> int:
        return len(self._connections)

    def __repr__(self) -> str:
        return f"<Signal {self.name}: {len(self._connections)} slots>"
