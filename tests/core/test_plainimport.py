"""A module imported past an import hook that reads every module's source, as PySide6's does."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

# pkg.other answers unknown attributes by importing from pkg.inner, as pydantic's modules do;
# pkg.inner imports from pkg.other while it is itself being imported (as _validators from pydantic.errors).
PACKAGE = {
    "pkg/__init__.py": "",
    "pkg/other.py": textwrap.dedent(
        """
        VALUE = 2

        def __getattr__(name):
            if name == "__path__":  # not a package (pydantic's answer too)
                raise AttributeError(name)
            from pkg.inner import thing  # a moved name, looked up where it lives now
            return thing
        """
    ),
    "pkg/inner.py": "from pkg.other import VALUE\nthing = VALUE - 1\n",
}

HOOKED = textwrap.dedent(
    """
    import builtins, importlib, inspect, sys, types
    original = builtins.__import__

    def uses_pyside(module):  # PySide6's check: it lets other errors of `inspect` out
        try:
            return "PySide6" in inspect.getsource(module)
        except (OSError, TypeError, SyntaxError):
            return False

    feature = types.ModuleType("shibokensupport.feature")
    feature._mod_uses_pyside = uses_pyside
    sys.modules["shibokensupport.feature"] = feature

    def hook(name, globals=None, locals=None, fromlist=(), level=0):  # what PySide6's hook does
        module = original(name, globals, locals, fromlist, level)
        if module.__name__.startswith("pkg"):
            sys.modules["shibokensupport.feature"]._mod_uses_pyside(module)
        return module

    builtins.__import__ = hook
    if sys.argv[1] == "stubborn":  # the hook runs all the same, as if put back meanwhile
        importlib.__import__ = hook
    if sys.argv[1] in ("plain", "stubborn"):
        from tourviewer.plainimport import import_plainly
        print(import_plainly("pkg.inner").thing)
    else:
        import pkg.inner
        print(pkg.inner.thing)
    assert builtins.__import__ is hook, "the hook is back in place"
    assert feature._mod_uses_pyside is uses_pyside, "and its check too"
    """
)


def run(tmp_path: Path, how: str) -> subprocess.CompletedProcess[str]:
    for name, text in PACKAGE.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text)
    root = Path(__file__).resolve().parents[2]
    return subprocess.run(
        [sys.executable, "-c", HOOKED, how],
        capture_output=True,
        text=True,
        timeout=60,
        env={"PYTHONPATH": f"{tmp_path}:{root}", "PATH": "/usr/bin:/bin"},
    )


def test_the_hook_breaks_a_plain_import_statement(tmp_path):
    done = run(tmp_path, "statement")
    assert done.returncode != 0 and "partially initialized module" in done.stderr, done.stderr


def test_import_plainly_imports_past_the_hook_and_puts_it_back(tmp_path):
    done = run(tmp_path, "plain")
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "1"


def test_a_hook_that_runs_all_the_same_cannot_break_the_import(tmp_path):
    done = run(tmp_path, "stubborn")
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "1"
