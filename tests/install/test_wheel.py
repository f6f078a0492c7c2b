"""The wheel carries everything: installed into a new venv, away from the repository, every command works.

The new venv gets its dependencies (PySide6, Pillow, pydantic, sqlite-utils) from the development venv
through a path file, since tests reach no package index; Tour Viewer itself comes only from the wheel.
"""

from __future__ import annotations

import ast
import shutil
import site
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from tests.install.helpers import ROOT, check_commands, clean_env, run

SKIP_IN_COPY = shutil.ignore_patterns(".git", ".venv", "build", "dist", "*.egg-info", "__pycache__", ".*_cache", "out")


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Built from a copy of the source tree, so the working tree gets no build folders."""
    work = tmp_path_factory.mktemp("wheel")
    source = work / "source"
    shutil.copytree(ROOT, source, ignore=SKIP_IN_COPY)
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--no-build-isolation", "-w", str(work), "."],
        cwd=source,
        check=True,
        capture_output=True,
    )
    (built,) = work.glob("tourviewer-*.whl")
    return built


def new_venv(folder: Path, wheel: Path) -> Path:
    """A venv at `folder` with the wheel installed; returns its site-packages."""
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(folder)], check=True)
    python = folder / "bin" / "python"
    subprocess.run(
        [sys.executable, "-m", "pip", "--python", str(python), "install", "--quiet", "--no-deps", str(wheel)],
        check=True,
        capture_output=True,
    )
    purelib = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    # the dependencies only: a plain path line does not run the development venv's own .pth files
    # (among them the editable install's finder, which would lead back to the repository)
    Path(purelib, "dependencies.pth").write_text("\n".join(site.getsitepackages()) + "\n", encoding="utf-8")
    return Path(purelib)


@pytest.fixture(scope="module")
def venv(tmp_path_factory: pytest.TempPathFactory, wheel: Path) -> Path:
    folder = tmp_path_factory.mktemp("venv") / "venv"
    new_venv(folder, wheel)
    return folder


@pytest.fixture(scope="module")
def bytecode_venv(tmp_path_factory: pytest.TempPathFactory, wheel: Path) -> Path:
    """The wheel installed, then its sources replaced by their bytecode, as some packagers ship it."""
    folder = tmp_path_factory.mktemp("venv") / "venv"
    package = new_venv(folder, wheel) / "tourviewer"
    subprocess.run([str(folder / "bin" / "python"), "-m", "compileall", "-q", "-b", str(package)], check=True)
    for source in package.rglob("*.py"):
        source.unlink()
    return folder


def test_the_wheel_holds_the_sample_tours_icons_guide_licences_and_translations(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    for name in (
        "tourviewer/tours/hongsung/tour.toml",
        "tourviewer/tours/gunsan/tour.toml",
        "tourviewer/assets/icons/tourviewer.svg",
        "tourviewer/assets/icons/hicolor/48x48/tourviewer.png",
        "tourviewer/assets/guide/user-guide.md",
        "tourviewer/assets/LICENSES.md",
        "tourviewer/__main__.py",
        *(f"tourviewer/translations/tourviewer_{code}.qm" for code in ("ko", "ja", "zh_CN", "id", "ms")),
        "tourviewer/translations/qtbase_extra_id.qm",
        "tourviewer/translations/qtbase_extra_ms.qm",
    ):
        assert name in names
    assert not any("__pycache__" in n or n.startswith(("tests/", "tools/", "benchmarks/")) for n in names)
    tours = ROOT / "tours"
    every_tour_file = {
        f"tourviewer/tours/{p.relative_to(tours).as_posix()}"
        for p in tours.rglob("*")
        if p.is_file() and "__pycache__" not in p.parts
    }
    assert any(n.endswith(".zh-Hans.vtt") for n in every_tour_file), "recordings in every language the tours have"
    assert every_tour_file <= names, sorted(every_tour_file - names)


def test_the_installed_wheel_runs_every_command_away_from_the_repository(venv, tmp_path):
    cwd = tmp_path / "elsewhere"
    cwd.mkdir()
    env = clean_env(tmp_path / "home")
    where = run(
        [str(venv / "bin" / "python"), "-c", "import sys, tourviewer; print(tourviewer.__file__); print(sys.path)"],
        cwd,
        env,
    )
    module, path = where.stdout.splitlines()
    assert Path(module).is_relative_to(venv)
    entries = [Path(p).resolve() for p in ast.literal_eval(path) if p]
    assert ROOT not in entries and (ROOT / "tourviewer") not in entries  # only the dependencies' folder is shared
    samples = check_commands([str(venv / "bin" / "tourviewer")], cwd, env)
    assert all(s.is_relative_to(venv) for s in samples)


def test_the_installed_wheel_adds_itself_to_the_desktop(venv, tmp_path):
    env = clean_env(tmp_path / "home")
    run([str(venv / "bin" / "tourviewer"), "desktop", "install"], tmp_path, env)
    entry = tmp_path / "home" / ".local" / "share" / "applications" / "tourviewer.desktop"
    assert f"Exec={venv / 'bin' / 'tourviewer'} %u" in entry.read_text(encoding="utf-8")
    run(["desktop-file-validate", str(entry)], tmp_path, env)
    run([str(venv / "bin" / "tourviewer"), "desktop", "uninstall"], tmp_path, env)
    assert not entry.exists()


def test_a_bytecode_only_install_runs_every_command(bytecode_venv, tmp_path):
    package = next(bytecode_venv.rglob("site-packages/tourviewer"))
    assert not (package / "cli.py").exists() and (package / "cli.pyc").exists()
    assert not (package / "core" / "model.py").exists()
    cwd = tmp_path / "elsewhere"
    cwd.mkdir()
    check_commands([str(bytecode_venv / "bin" / "tourviewer")], cwd, clean_env(tmp_path / "home"))


def test_the_installed_wheel_finds_its_translations(venv, tmp_path):
    env = clean_env(tmp_path / "home")
    code = (
        "from PySide6.QtCore import QCoreApplication, QLocale; "
        "from tourviewer.ui.i18n import install_language, loaded_files; "
        "app = QCoreApplication([]); install_language(app, 'id'); "
        "print(QLocale().name(), *loaded_files())"
    )
    shown = run([str(venv / "bin" / "python"), "-c", code], tmp_path, env)
    locale, *files = shown.stdout.split()
    assert locale == "id_ID"
    # ours, and the Indonesian words of Qt's own dialogs, from the installed package
    assert [Path(f).name for f in files] == ["tourviewer_id.qm", "qtbase_extra_id.qm"]
    assert all(Path(f).is_relative_to(venv) for f in files)
