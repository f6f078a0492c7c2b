"""PySide6's import hook asks of every module imported whether its source says "PySide6";
once `tourviewer.ui` is imported the question is answered from the module's file as bytes."""

from __future__ import annotations

import importlib
import inspect
import json
import sys
import types

import pytest

import tourviewer.ui  # noqa: F401  (puts the quick check in place)
from tourviewer.plainimport import PYSIDE_FEATURE, read_sources_plainly


def pyside_answer(module: types.ModuleType) -> bool:
    """PySide6's own answer (shibokensupport.feature._mod_uses_pyside, as written there)."""
    try:
        return "PySide6" in inspect.getsource(module)
    except (OSError, TypeError, SyntaxError):
        return False


def check():
    return sys.modules[PYSIDE_FEATURE]._mod_uses_pyside


def test_importing_the_interface_puts_the_quick_check_in_place():
    assert getattr(check(), "reads_bytes", False)
    assert read_sources_plainly()  # a second time changes nothing
    assert not getattr(check().__closure__[0].cell_contents, "reads_bytes", False), "wrapped once, not twice"


@pytest.mark.parametrize(
    "name", ["tourviewer.ui.canvas", "tourviewer.ui.mainwindow", "tourviewer.core.model", "json", "sys", "math"]
)
def test_the_answer_is_pysides_own(name):
    module = importlib.import_module(name)
    assert check()(module) == pyside_answer(module)


def test_modules_with_and_without_pyside_are_told_apart():
    assert check()(importlib.import_module("tourviewer.ui.canvas")) is True
    assert check()(importlib.import_module("tourviewer.core.model")) is False


def test_the_answer_comes_from_the_file_not_from_inspect(monkeypatch, tmp_path):
    def no_inspect(module):
        raise AssertionError("inspect asked")

    monkeypatch.setattr(inspect, "getsource", no_inspect)
    module = types.ModuleType("written")
    (tmp_path / "written.py").write_text('"""Draws with PySide6."""\n', encoding="utf-8")
    module.__file__ = str(tmp_path / "written.py")
    assert check()(module) is True
    (tmp_path / "written.py").write_text("import json\n", encoding="utf-8")
    assert check()(module) is False


def test_a_module_answering_unknown_names_is_not_asked_for_any(tmp_path):
    """pydantic's modules import when asked for a name they lack; the check never asks."""
    asked = []
    module = types.ModuleType("lazy")
    module.__getattr__ = lambda name: asked.append(name) or json  # type: ignore[attr-defined]
    (tmp_path / "lazy.py").write_text("x = 1\n", encoding="utf-8")
    module.__file__ = str(tmp_path / "lazy.py")
    assert check()(module) is False
    assert asked == []


def test_pythons_own_library_is_answered_without_reading(monkeypatch):
    import builtins

    def no_reading(*args, **kwargs):
        raise AssertionError("a file was read")

    for name in ("json", "sqlite3.dbapi2", "dataclasses"):
        module = importlib.import_module(name)
        expected = pyside_answer(module)
        with monkeypatch.context() as patched:
            patched.setattr(builtins, "open", no_reading)
            assert check()(module) is expected is False, name


def test_a_package_installed_beside_pythons_library_is_read(tmp_path, monkeypatch):
    import os

    from tourviewer import plainimport

    library = tmp_path / "lib" / "python3"
    (library / "site-packages").mkdir(parents=True)
    (library / "site-packages" / "drawing.py").write_text("import PySide6.QtGui\n", encoding="utf-8")
    (library / "json.py").write_text("# PySide6 named in Python's own library would not be read\n", encoding="utf-8")
    monkeypatch.setattr(plainimport, "_STDLIB", str(library) + os.sep)
    installed, own = types.ModuleType("drawing"), types.ModuleType("json")
    installed.__file__ = str(library / "site-packages" / "drawing.py")
    own.__file__ = str(library / "json.py")
    assert check()(installed) is True
    assert check()(own) is False


def test_a_module_without_a_source_file_is_asked_as_before(tmp_path):
    module = types.ModuleType("compiled")
    module.__file__ = str(tmp_path / "compiled.pyc")  # bytecode only: no source to read
    assert check()(module) == pyside_answer(module) is False
    gone = types.ModuleType("gone")
    gone.__file__ = str(tmp_path / "gone.py")  # a source file deleted since
    assert check()(gone) is False
