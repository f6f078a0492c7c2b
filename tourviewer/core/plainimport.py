"""Importing a module with Python's own import machinery, past a replacement of `builtins.__import__`.

PySide6 replaces `builtins.__import__` with a hook that, after every import, reads the
source of the module imported (`inspect.getsource`, for its `__feature__` switches).
`inspect` first asks the module for `__wrapped__`; a pydantic module answers unknown
attributes by importing `pydantic._internal._validators`, and when that look happens
while `_validators` itself is being imported (it imports `pydantic.errors`), the import
fails: "cannot import name 'import_string' from partially initialized module". It
happens rarely, depending on what was imported before. The validator, which brings
pydantic in, is therefore imported with Python's own `importlib.__import__`.
"""

from __future__ import annotations

import builtins
import importlib
import sys
import threading
from collections.abc import Callable
from types import ModuleType

_LOCK = threading.Lock()
PYSIDE_FEATURE = "shibokensupport.feature"  # where PySide6's hook looks whether a module uses PySide6


def import_plainly(name: str) -> ModuleType:
    """`importlib.import_module(name)`, with any hook on `builtins.__import__` set aside meanwhile.

    Should PySide6's hook run all the same (it was seen once, in a process whose other
    threads were starting up), its source check is made to answer "no" instead of letting
    an error out of `inspect` break the import.
    """
    with _LOCK:
        hooked = builtins.__import__
        feature = sys.modules.get(PYSIDE_FEATURE)
        check = getattr(feature, "_mod_uses_pyside", None)
        builtins.__import__ = importlib.__import__
        if check is not None:
            feature._mod_uses_pyside = _forgiving(check)  # type: ignore[union-attr]
        try:
            return importlib.import_module(name)
        finally:
            builtins.__import__ = hooked
            if check is not None:
                feature._mod_uses_pyside = check  # type: ignore[union-attr]


def _forgiving(check: Callable[[ModuleType], bool]) -> Callable[[ModuleType], bool]:
    def forgiving(module: ModuleType) -> bool:
        try:
            return check(module)
        except Exception:  # a module whose attribute lookup imports (pydantic's), caught half-imported
            return False

    return forgiving
