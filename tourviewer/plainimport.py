"""Importing a module with Python's own import machinery, past a replacement of `builtins.__import__`.

PySide6 replaces `builtins.__import__` with a hook that, after every import, reads the
source of the module imported (`inspect.getsource`, for its `__feature__` switches).
`inspect` first asks the module for `__wrapped__`; a pydantic module answers unknown
attributes by importing `pydantic._internal._validators`, and when that look happens
while `_validators` itself is being imported (it imports `pydantic.errors`), the import
fails: "cannot import name 'import_string' from partially initialized module". It
happens rarely, depending on what was imported before. The validator, which brings
pydantic in, is therefore imported with Python's own `importlib.__import__`.

`read_sources_plainly` answers the hook's question ("does this module's source say
PySide6?") from the module's file as bytes: the same answer, without `inspect` and
its attribute look-ups, in a third of the time (the program imports about a hundred
modules after PySide6, and each is asked once).
"""

from __future__ import annotations

import builtins
import importlib
import os
import sys
import threading
from collections.abc import Callable
from types import ModuleType

_LOCK = threading.Lock()
PYSIDE_FEATURE = "shibokensupport.feature"  # where PySide6's hook looks whether a module uses PySide6
_STDLIB = os.path.dirname(os.__file__) + os.sep  # Python's own library, which never uses PySide6


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


def read_sources_plainly() -> bool:
    """Once PySide6 is imported: its hook's source check reads a module's `.py` file as bytes.

    A module of Python's own library is answered no without reading it; any other module
    (built in, bytecode only, from a zip) is asked as before. True when the
    check is in place (now or before); False without PySide6's hook.
    """
    feature = sys.modules.get(PYSIDE_FEATURE)
    check = getattr(feature, "_mod_uses_pyside", None)
    if check is None:
        return False
    if getattr(check, "reads_bytes", False):
        return True
    feature._mod_uses_pyside = _reading_bytes(check)  # type: ignore[union-attr]
    return True


def _reading_bytes(check: Callable[[ModuleType], bool]) -> Callable[[ModuleType], bool]:
    def uses_pyside(module: ModuleType) -> bool:
        # the module's own namespace: a module's __getattr__ (pydantic's imports) is never asked
        where = vars(module).get("__file__")
        if isinstance(where, str) and where.endswith(".py"):
            if _in_python_library(where):
                return False
            try:
                with open(where, "rb") as source:
                    return b"PySide6" in source.read()
            except OSError:
                pass
        return check(module)

    uses_pyside.reads_bytes = True  # type: ignore[attr-defined]
    return uses_pyside


def _in_python_library(where: str) -> bool:
    """A module of Python's own library (not a package installed beside it)."""
    return where.startswith(_STDLIB) and "-packages" + os.sep not in where[len(_STDLIB) :]


def _forgiving(check: Callable[[ModuleType], bool]) -> Callable[[ModuleType], bool]:
    def forgiving(module: ModuleType) -> bool:
        try:
            return check(module)
        except Exception:  # a module whose attribute lookup imports (pydantic's), caught half-imported
            return False

    return forgiving
