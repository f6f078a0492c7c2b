"""The command line as an installed program runs it: from bytecode alone, and without Qt where none is needed."""

from __future__ import annotations

import compileall
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.noqt import BLOCK_QT, qt_loaded_line
from tourviewer.core.store import TOUR_NOTE, Store

ROOT = Path(__file__).resolve().parents[1]
HONGSUNG = ROOT / "tours" / "hongsung"
SCHEMA = Path(__file__).parent / "data" / "tour.schema.json"  # the schema as `tourviewer schema` writes it

# The command with Qt blocked; then its exit status and whether Qt was loaded after all.
WITHOUT_QT = (
    BLOCK_QT
    + "from tourviewer.cli import main\n"
    + "status = main(sys.argv[1:])\n"
    + "print('status', status, end=' ')\n"
    + qt_loaded_line()
)


def _python(code: str, *argv: str, env: dict[str, str] | None = None, cwd: Path | None = None):
    return subprocess.run(
        [sys.executable, "-c", code, *argv], capture_output=True, text=True, timeout=120, env=env, cwd=cwd
    )


# -- the schema ------------------------------------------------------------------------------------


def test_the_schema_is_the_one_editors_have(capsys):
    from tourviewer.cli import main

    assert main(["schema"]) == 0
    assert capsys.readouterr().out == SCHEMA.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def bytecode_copy(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The program as a package installed without its sources: `.pyc` files beside where the `.py` were."""
    base = tmp_path_factory.mktemp("installed")
    shutil.copytree(ROOT / "tourviewer", base / "tourviewer", ignore=shutil.ignore_patterns("__pycache__"))
    assert compileall.compile_dir(base / "tourviewer", legacy=True, quiet=1)
    for source in (base / "tourviewer").rglob("*.py"):
        source.unlink()
    return base


def _from_copy(copy: Path, *argv: str) -> subprocess.CompletedProcess[str]:
    code = (
        "import sys, tourviewer\n"
        "print(tourviewer.__file__, file=sys.stderr)\n"
        "from tourviewer.cli import main\n"
        "sys.exit(main(sys.argv[1:]))\n"
    )
    env = {**os.environ, "PYTHONPATH": str(copy)}
    return _python(code, *argv, env=env, cwd=copy)


def test_the_copy_has_no_sources(bytecode_copy):
    assert not list(bytecode_copy.rglob("*.py"))
    assert (bytecode_copy / "tourviewer" / "core" / "validation.pyc").is_file()


def test_schema_from_bytecode_alone(bytecode_copy):
    done = _from_copy(bytecode_copy, "schema")
    assert done.returncode == 0, done.stderr
    assert done.stderr.strip() == str(bytecode_copy / "tourviewer" / "__init__.pyc"), "the copy is what ran"
    assert done.stdout == SCHEMA.read_text(encoding="utf-8")


def test_validate_from_bytecode_alone(bytecode_copy):
    done = _from_copy(bytecode_copy, "validate", "--strict", str(HONGSUNG))
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().endswith("ok (0 errors, 0 warnings)")


# -- notes without Qt --------------------------------------------------------------------------------


@pytest.fixture
def notes_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    store = Store(folder)
    assert store.save_note("hongsung", "collabo-farm", "Young farmers learn together for a year.")
    assert store.save_note("hongsung", TOUR_NOTE, "Ask about the youth farming programme.")
    store.close()
    return folder


def test_notes_list_needs_no_qt(notes_folder):
    done = _python(WITHOUT_QT, "notes", "list", "--data-dir", str(notes_folder))
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == ["hongsung: 2 notes", "status 0 qt False"]


def test_notes_list_of_a_tour_needs_no_qt(notes_folder):
    done = _python(WITHOUT_QT, "notes", "list", str(HONGSUNG), "--data-dir", str(notes_folder))
    assert done.returncode == 0, done.stderr
    assert "2. Cooperative Youth Collabo Farm (collabo-farm): Young farmers learn together for a year." in done.stdout
    assert done.stdout.splitlines()[-1] == "status 0 qt False"


@pytest.mark.parametrize("fmt", ["md", "html"])
def test_notes_export_needs_no_qt(notes_folder, tmp_path, fmt):
    out = tmp_path / f"handout.{fmt}"
    done = _python(
        WITHOUT_QT, "notes", "export", str(HONGSUNG), "--format", fmt, "-o", str(out), "--data-dir", str(notes_folder)
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == [str(out), "status 0 qt False"]
    assert "Young farmers learn together for a year." in out.read_text(encoding="utf-8")


def test_without_a_data_folder_the_notes_are_found_without_qt(tmp_path):
    """No --data-dir and no $TOURVIEWER_DATA_DIR: the viewer's own folder, found as Qt would find it."""
    store = Store(tmp_path / "xdg" / "tourviewer" / "Tour Viewer")
    assert store.save_note("gunsan", "harbour", "x")
    store.close()
    env = {k: v for k, v in os.environ.items() if k != "TOURVIEWER_DATA_DIR"}
    env["XDG_DATA_HOME"] = str(tmp_path / "xdg")
    done = _python(WITHOUT_QT, "notes", "list", env=env)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == ["gunsan: 1 note", "status 0 qt False"]


@pytest.mark.parametrize("command", ["schema", "validate", "new", "pack"])
def test_the_curators_commands_need_no_qt(tmp_path, command):
    argv = {
        "schema": ["schema"],
        "validate": ["validate", "--strict", str(HONGSUNG)],
        "new": ["new", str(tmp_path / "new"), "--id", "new", "--title", "New"],
        "pack": ["pack", str(HONGSUNG), "--out", str(tmp_path / "h.tour")],
    }[command]
    done = _python(WITHOUT_QT, *argv)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[-1] == "status 0 qt False"
