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
import threading
from types import ModuleType

_LOCK = threading.Lock()


def import_plainly(name: str) -> ModuleType:
    """`importlib.import_module(name)`, with any hook on `builtins.__import__` set aside meanwhile."""
    with _LOCK:
        hooked = builtins.__import__
        builtins.__import__ = importlib.__import__
        try:
            return importlib.import_module(name)
        finally:
            builtins.__import__ = hooked
