"""The standalone bundle (`make dist`), unpacked into a temporary folder, works away from the repository.

Run by `make dist-test` (which builds the bundle first); `make test` leaves this folder out.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tarfile
import time
from pathlib import Path

import pytest

from tests.install.helpers import ROOT, assert_not_blank, check_commands, clean_env, run
from tourviewer import __version__

BUNDLE = ROOT / "dist" / f"tourviewer-{__version__}-linux-x86_64.tar.gz"


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    assert BUNDLE.is_file(), f"{BUNDLE.name} is missing: run make dist (make dist-test builds it first)"
    folder = tmp_path_factory.mktemp("bundle")
    with tarfile.open(BUNDLE) as tar:
        tar.extractall(folder, filter="tar")
    return folder / f"tourviewer-{__version__}"


def test_the_bundle_is_one_folder_with_the_program_installer_and_licences(bundle):
    assert sorted(p.name for p in bundle.iterdir()) == ["LICENSES.md", "_internal", "install.sh", "tourviewer"]
    assert os.access(bundle / "tourviewer", os.X_OK) and os.access(bundle / "install.sh", os.X_OK)


def test_the_bundle_holds_only_the_qt_it_uses(bundle):
    qt = bundle / "_internal" / "PySide6"
    names = {p.name for p in qt.rglob("*")}
    for used in ("QtWidgets.abi3.so", "QtMultimedia.abi3.so", "QtTextToSpeech.abi3.so", "QtSvg.abi3.so"):
        assert used in names
    for unused in ("QtWebEngineCore.abi3.so", "QtQml.abi3.so", "QtQuick.abi3.so", "QtCharts.abi3.so", "libQt6Pdf.so.6"):
        assert unused not in names
    assert not (qt / "Qt" / "qml").exists()
    # of Qt's own translations, only its base for the interface's languages Qt translates itself
    kept = sorted(p.name for p in (qt / "Qt" / "translations").iterdir())
    assert kept == ["qtbase_ja.qm", "qtbase_ko.qm", "qtbase_zh_CN.qm"], kept


def test_the_bundle_runs_every_command_away_from_the_repository(bundle, tmp_path):
    cwd = tmp_path / "elsewhere"
    cwd.mkdir()
    samples = check_commands([str(bundle / "tourviewer")], cwd, clean_env(tmp_path / "home"))
    assert all(s.is_relative_to(bundle) for s in samples)


def test_the_bundle_speaks_the_interface_languages(bundle, tmp_path):
    """The bundled program finds its own translations: the library in Korean is not the library in English."""
    env = clean_env(tmp_path / "home")
    tour = bundle / "_internal" / "tourviewer" / "tours" / "hongsung"
    shots = {}
    for code in ("en", "ko", "id"):
        out = tmp_path / f"library-{code}.png"
        command = [str(bundle / "tourviewer"), "shot", str(tour), "--window", "library", "--ui-lang", code]
        done = subprocess.run(
            [*command, "--out", str(out)],
            capture_output=True,
            text=True,
            timeout=120,
            env=env,
            cwd=tmp_path,
        )
        assert done.returncode == 0, done.stderr
        assert "no translation" not in done.stderr, done.stderr
        shots[code] = out.read_bytes()
    assert shots["ko"] != shots["en"] and shots["id"] != shots["en"] and shots["ko"] != shots["id"]


@pytest.fixture
def display(tmp_path):
    """A private X server."""
    number = next(n for n in range(140, 200) if not Path(f"/tmp/.X{n}-lock").exists())
    server = subprocess.Popen(
        ["Xvfb", f":{number}", "-screen", "0", "1600x1000x24", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 30
    while not Path(f"/tmp/.X11-unix/X{number}").exists():
        assert server.poll() is None and time.monotonic() < deadline, "Xvfb did not start"
        time.sleep(0.1)
    yield f":{number}"
    server.terminate()
    server.wait(10)


def test_the_bundled_viewer_opens_a_sample_tour_in_a_real_window(bundle, tmp_path, display):
    env = clean_env(tmp_path / "home")
    del env["QT_QPA_PLATFORM"]  # a real X window (xcb)
    env["DISPLAY"] = display
    tour = bundle / "_internal" / "tourviewer" / "tours" / "hongsung"
    viewer = subprocess.Popen(
        [str(bundle / "tourviewer"), str(tour)], env=env, cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    try:
        found = subprocess.run(
            ["xdotool", "search", "--sync", "--onlyvisible", "--pid", str(viewer.pid)],
            env=env,
            capture_output=True,
            text=True,
            timeout=90,
        )
        assert found.stdout.strip(), "no window appeared"
        shot = tmp_path / "screen.png"
        deadline = time.monotonic() + 60
        while True:  # until the stop's picture is on screen
            subprocess.run(["import", "-window", "root", str(shot)], env=env, check=True, timeout=30)
            try:
                assert_not_blank(shot)
                break
            except AssertionError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.5)
        assert viewer.poll() is None, "the viewer ended by itself"
        shutil.copy2(shot, ROOT / "build" / "dist" / "bundle-window.png")  # to look at
    finally:
        viewer.terminate()
        out, err = viewer.communicate(timeout=30)
    assert b"Traceback" not in err, err.decode(errors="replace")[-3000:]


def test_install_sh_installs_for_the_user_and_uninstall_removes_it_all(bundle, tmp_path):
    home = tmp_path / "home"
    home.mkdir()
    env = clean_env(home)
    run([str(bundle / "install.sh")], tmp_path, env)
    installed = home / ".local" / "opt" / "tourviewer"
    assert (home / ".local" / "bin" / "tourviewer").resolve() == (installed / "tourviewer").resolve()
    entry = home / ".local" / "share" / "applications" / "tourviewer.desktop"
    assert f"Exec={installed / 'tourviewer'} %u" in entry.read_text(encoding="utf-8")
    run(["desktop-file-validate", str(entry)], tmp_path, env)
    assert run(["xdg-mime", "query", "default", "application/vnd.tourviewer.tour"], tmp_path, env).stdout.strip() == (
        "tourviewer.desktop"
    )
    run([str(home / ".local" / "bin" / "tourviewer"), "--version"], tmp_path, env)

    run([str(installed / "install.sh"), "--uninstall"], tmp_path, env)
    left = sorted(str(p.relative_to(home)) for p in home.rglob("*") if p.is_file())
    assert left == [], left


def test_the_bundle_says_map_making_is_not_in_it(bundle, tmp_path):
    tour = tmp_path / "hongsung"
    shutil.copytree(bundle / "_internal" / "tourviewer" / "tours" / "hongsung", tour)
    done = subprocess.run(
        [str(bundle / "tourviewer"), "map", str(tour)], capture_output=True, text=True, env=clean_env(tmp_path / "h")
    )
    assert done.returncode == 1 and "pip install 'tourviewer[maps]'" in done.stderr
    assert "Traceback" not in done.stderr


def test_the_bundle_draws_a_panorama_stop(bundle, tmp_path):
    """The panorama is drawn with numpy, which the bundle carries."""
    tour = bundle / "_internal" / "tourviewer" / "tours" / "hongsung"
    shot = tmp_path / "panorama.png"
    run(
        [str(bundle / "tourviewer"), "shot", str(tour), "--stop", "collabo-farm", "--out", str(shot)],
        tmp_path,
        clean_env(tmp_path / "home"),
    )
    assert_not_blank(shot)
