"""Desktop integration into a scratch XDG data folder, checked with the desktop's own tools."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

from tourviewer.cli import main
from tourviewer.core import desktop
from tourviewer.core.curate import pack_tour
from tourviewer.core.library import sample_tour_folders
from tourviewer.core.loader import load_tour

COMMAND = ["/opt/Tour Viewer/tourviewer"]  # a space, so the Exec key needs quoting


@pytest.fixture
def xdg(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    env = {
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_DATA_DIRS": "/usr/local/share:/usr/share",
        "HOME": str(tmp_path / "home"),
    }
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    monkeypatch.delenv("XDG_CURRENT_DESKTOP", raising=False)
    return env


def target(env: dict[str, str]) -> desktop.Target:
    return desktop.user_target(env)


def tool(*args: str) -> str:
    done = subprocess.run(list(args), capture_output=True, text=True, check=True)
    return done.stdout.strip()


def snapshot(*roots: Path) -> dict[str, bytes | None]:
    """Every file (with its bytes) and folder under the roots."""
    found: dict[str, bytes | None] = {}
    for root in roots:
        for path in [root, *root.rglob("*")] if root.exists() else []:
            found[str(path)] = path.read_bytes() if path.is_file() else None
    return found


@pytest.fixture
def sample_package(tmp_path: Path) -> Path:
    out = tmp_path / "tours" / "hongsung.tour"
    out.parent.mkdir()
    pack_tour(load_tour(sample_tour_folders()[-1]), out)
    return out


def test_installed_entry_is_valid_and_opens_tour_files_and_links(xdg, sample_package):
    outcome = desktop.install(target(xdg), COMMAND)
    assert outcome.ok, outcome.problems
    data = Path(xdg["XDG_DATA_HOME"])
    entry = data / "applications" / "tourviewer.desktop"
    assert subprocess.run(["desktop-file-validate", str(entry)], capture_output=True, text=True).stdout == ""
    text = entry.read_text(encoding="utf-8")
    assert 'Exec="/opt/Tour Viewer/tourviewer" %u' in text
    assert "MimeType=application/vnd.tourviewer.tour;x-scheme-handler/tourviewer;" in text
    for lang in ("ko", "ja", "zh_CN", "id", "ms"):
        assert f"Name[{lang}]=" in text and f"Comment[{lang}]=" in text
    assert "Name[ko]=투어 뷰어" in text

    assert tool("xdg-mime", "query", "filetype", str(sample_package)) == desktop.MIME_TYPE
    assert tool("xdg-mime", "query", "default", desktop.MIME_TYPE) == "tourviewer.desktop"
    assert tool("xdg-mime", "query", "default", "x-scheme-handler/tourviewer") == "tourviewer.desktop"


def test_a_package_without_its_name_is_known_by_its_first_entry(xdg, sample_package):
    assert desktop.install(target(xdg), COMMAND).ok
    renamed = sample_package.with_name("invitation")
    sample_package.rename(renamed)
    assert tool("xdg-mime", "query", "filetype", str(renamed)) == desktop.MIME_TYPE
    plain_zip = renamed.with_name("other")
    import zipfile

    with zipfile.ZipFile(plain_zip, "w") as z:
        z.writestr("readme.txt", "not a tour")
    assert tool("xdg-mime", "query", "filetype", str(plain_zip)) == "application/zip"


def test_icons_in_every_size_for_the_program_and_its_files(xdg):
    assert desktop.install(target(xdg), COMMAND).ok
    icons = Path(xdg["XDG_DATA_HOME"]) / "icons" / "hicolor"
    assert (icons / "scalable" / "apps" / "tourviewer.svg").is_file()
    assert (icons / "scalable" / "mimetypes" / "application-vnd.tourviewer.tour.svg").is_file()
    for size in desktop.ICON_SIZES:
        png = icons / f"{size}x{size}" / "apps" / "tourviewer.png"
        assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
        from PIL import Image

        with Image.open(png) as image:
            assert image.size == (size, size)


def test_uninstall_removes_exactly_what_install_wrote(xdg, tmp_path):
    data, config = Path(xdg["XDG_DATA_HOME"]), Path(xdg["XDG_CONFIG_HOME"])
    # another program's entry, file type and defaults are already there, and must stay as they are
    (data / "applications").mkdir(parents=True)
    (data / "applications" / "other.desktop").write_text(
        "[Desktop Entry]\nType=Application\nName=Other\nExec=other %f\nMimeType=text/x-other;\n", encoding="utf-8"
    )
    (data / "mime" / "packages").mkdir(parents=True)
    (data / "mime" / "packages" / "other.xml").write_text(
        '<?xml version="1.0"?>\n<mime-info xmlns="http://www.freedesktop.org/standards/shared-mime-info">\n'
        '<mime-type type="text/x-other"><comment>Other</comment><glob pattern="*.other"/></mime-type>\n'
        "</mime-info>\n",
        encoding="utf-8",
    )
    subprocess.run(["update-mime-database", str(data / "mime")], check=True)
    subprocess.run(["update-desktop-database", str(data / "applications")], check=True)
    (data / "tourviewer" / "Tour Viewer").mkdir(parents=True)  # the viewer's own data folder
    (data / "tourviewer" / "Tour Viewer" / "notes.db").write_bytes(b"notes")
    config.mkdir()
    (config / "mimeapps.list").write_text(
        "[Default Applications]\ntext/x-other=other.desktop;\napplication/vnd.tourviewer.tour=old.desktop;\n",
        encoding="utf-8",
    )
    before = snapshot(data, config)

    assert desktop.install(target(xdg), COMMAND).ok
    assert desktop.install(target(xdg), COMMAND).ok  # a second install changes nothing about the uninstall
    assert tool("xdg-mime", "query", "default", desktop.MIME_TYPE) == "tourviewer.desktop"
    assert snapshot(data, config) != before

    outcome = desktop.uninstall(target(xdg))
    assert outcome.ok, outcome.problems
    after = snapshot(data, config)
    assert sorted(after) == sorted(before)
    changed = [path for path in before if before[path] != after[path]]
    assert changed == []


def test_uninstall_into_an_empty_folder_leaves_it_empty(xdg):
    data, config = Path(xdg["XDG_DATA_HOME"]), Path(xdg["XDG_CONFIG_HOME"])
    assert desktop.install(target(xdg), COMMAND).ok
    assert (data / "mime" / "mime.cache").is_file()
    assert desktop.uninstall(target(xdg)).ok
    assert not data.exists() or list(data.iterdir()) == []
    assert not config.exists() or list(config.iterdir()) == []


def test_a_default_changed_by_the_person_since_is_kept(xdg):
    assert desktop.install(target(xdg), COMMAND).ok
    subprocess.run(["xdg-mime", "default", "other.desktop", desktop.MIME_TYPE], check=True)
    assert desktop.uninstall(target(xdg)).ok
    assert "application/vnd.tourviewer.tour=other.desktop" in (
        Path(xdg["XDG_CONFIG_HOME"]) / "mimeapps.list"
    ).read_text(encoding="utf-8")


def test_uninstall_with_nothing_installed_says_so(xdg):
    outcome = desktop.uninstall(target(xdg))
    assert not outcome.ok and "not installed" in outcome.problems[0]


def test_an_unwritable_folder_is_a_message(xdg, tmp_path):
    blocked = tmp_path / "blocked"
    blocked.write_text("a file where a folder should be", encoding="utf-8")
    outcome = desktop.install(desktop.Target(blocked, tmp_path / "mimeapps.list"), COMMAND)
    assert not outcome.ok and "cannot write" in outcome.problems[0]


def test_the_command_installs_for_the_user_and_the_entry_starts_this_program(xdg, capsys):
    assert main(["desktop", "install"]) == 0
    entry = Path(xdg["XDG_DATA_HOME"]) / "applications" / "tourviewer.desktop"
    exec_line = next(line for line in entry.read_text(encoding="utf-8").splitlines() if line.startswith("Exec="))
    program = exec_line.removeprefix("Exec=").removesuffix(" %u").split(" ")[0]
    assert os.access(program, os.X_OK)
    assert main(["desktop", "uninstall", "--user"]) == 0
    assert not entry.exists()
    assert "removed from" in capsys.readouterr().out


def test_an_install_that_fails_half_way_can_be_uninstalled(xdg):
    data = Path(xdg["XDG_DATA_HOME"])
    (data / "icons").mkdir(parents=True)
    (data / "icons" / "hicolor").write_text("a file where a folder should be", encoding="utf-8")
    before = snapshot(data)
    outcome = desktop.install(target(xdg), COMMAND)
    assert not outcome.ok and "cannot write" in outcome.problems[0]
    assert (data / "applications" / "tourviewer.desktop").exists()  # written before the failure
    assert desktop.uninstall(target(xdg)).ok
    assert snapshot(data) == before


def test_opening_a_tour_file_or_an_invitation_link_starts_the_installed_command(xdg, sample_package, tmp_path):
    """What a double-click in a file manager does, through xdg-open: the entry's Exec gets the file or link."""
    received = tmp_path / "received.txt"
    program = tmp_path / "bin" / "fake-tourviewer"
    program.parent.mkdir()
    program.write_text(f'#!/bin/sh\nprintf "%s\\n" "$@" >> {received}\n', encoding="utf-8")
    program.chmod(0o755)
    assert desktop.install(target(xdg), [str(program)]).ok
    # a desktop session is what xdg-open looks for (no X server is reached: the fake program starts no window)
    env = {**os.environ, "PATH": f"{program.parent}:/usr/bin:/bin", "BROWSER": "false", "DISPLAY": ":999"}
    subprocess.run(["xdg-open", str(sample_package)], env=env, check=True, timeout=30)
    subprocess.run(["xdg-open", "tourviewer://join?session=abc"], env=env, check=True, timeout=30)
    opened = received.read_text(encoding="utf-8").splitlines()
    assert opened[0] in (str(sample_package), sample_package.as_uri())
    assert opened[1] == "tourviewer://join?session=abc"
