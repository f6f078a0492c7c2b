"""Desktop integration on Linux (freedesktop.org): a menu entry, an icon, the `.tour` file type, and
Tour Viewer as the program that opens `.tour` files and `tourviewer://` links.

`install` writes into a data folder (`~/.local/share` for one person, `/usr/local/share` for everyone):

- `applications/tourviewer.desktop`, its name and comment translated into the interface languages;
- the icon (SVG and PNG sizes) in `icons/hicolor/`, for the program and for `.tour` files;
- `mime/packages/tourviewer.xml`, the shared-mime-info type `application/vnd.tourviewer.tour`
  (`*.tour`, or a zip whose first entry is `tour.toml`), then `update-mime-database`;
- the default application for that type and for `x-scheme-handler/tourviewer` in a `mimeapps.list`.

It records every file and folder it created, and each default it set with the value it replaced, in
`tourviewer/desktop-install.json` in the same data folder; `uninstall` removes exactly those and puts
the replaced defaults back, leaving whatever else was there as it was.
"""

from __future__ import annotations

import json
import logging
import os
import shutil
import subprocess
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape

from tourviewer.core.resources import asset

log = logging.getLogger(__name__)

APP_ID = "tourviewer"
DESKTOP_FILE = f"{APP_ID}.desktop"
MIME_TYPE = "application/vnd.tourviewer.tour"
MIME_ICON = MIME_TYPE.replace("/", "-")
SCHEME_TYPE = "x-scheme-handler/tourviewer"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
SYSTEM_DATA_HOME = Path("/usr/local/share")
SYSTEM_MIMEAPPS = SYSTEM_DATA_HOME / "applications" / "mimeapps.list"
MANIFEST = Path(APP_ID) / "desktop-install.json"
DEFAULTS_SECTION = "[Default Applications]"
ADDED_SECTION = "[Added Associations]"

# The interface languages: English first, then each translation as (name, generic name, comment).
NAME = ("Tour Viewer", "Virtual field tour viewer", "Step through virtual field tours, with or without internet")
TRANSLATIONS: dict[str, tuple[str, str, str]] = {
    "ko": ("투어 뷰어", "가상 현장 견학 뷰어", "인터넷 없이도 가상 현장 견학을 둘러봅니다"),
    "ja": (
        "ツアービューアー",
        "バーチャル現地見学ビューアー",
        "インターネットがなくてもバーチャル現地見学をたどれます",
    ),
    "zh_CN": ("导览查看器", "虚拟实地考察查看器", "无需联网也能浏览虚拟实地考察"),
    "id": (
        "Penampil Tur",
        "Penampil tur lapangan virtual",
        "Jelajahi tur lapangan virtual, dengan atau tanpa internet",
    ),
    "ms": (
        "Pemapar Lawatan",
        "Pemapar lawatan lapangan maya",
        "Ikuti lawatan lapangan maya, dengan atau tanpa internet",
    ),
}
FILE_COMMENT = "Virtual field tour"
FILE_COMMENT_TRANSLATIONS = {
    "ko": "가상 현장 견학",
    "ja": "バーチャル現地見学",
    "zh_CN": "虚拟实地考察",
    "id": "Tur lapangan virtual",
    "ms": "Lawatan lapangan maya",
}


@dataclass(frozen=True)
class Target:
    """Where the files go: a data folder (XDG_DATA_HOME or a system one) and the mimeapps.list to change."""

    data_home: Path
    mimeapps: Path

    @property
    def manifest(self) -> Path:
        return self.data_home / MANIFEST


@dataclass
class Outcome:
    """What install or uninstall did: the files it wrote or removed, and what went wrong, for people."""

    files: list[Path] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def user_target(environ: dict[str, str] | os._Environ[str] = os.environ) -> Target:
    """One person's desktop: $XDG_DATA_HOME (~/.local/share) and $XDG_CONFIG_HOME/mimeapps.list."""
    home = Path(environ.get("HOME") or Path.home())
    data = Path(environ.get("XDG_DATA_HOME") or home / ".local" / "share")
    config = Path(environ.get("XDG_CONFIG_HOME") or home / ".config")
    return Target(data, config / "mimeapps.list")


def system_target() -> Target:
    """Everyone's desktop: /usr/local/share, its defaults in /usr/local/share/applications/mimeapps.list."""
    return Target(SYSTEM_DATA_HOME, SYSTEM_MIMEAPPS)


def launcher() -> list[str]:
    """The command that starts this copy of Tour Viewer: the bundle, the installed script, or python -m."""
    if getattr(sys, "frozen", False):  # a PyInstaller bundle: its executable is the program
        return [str(Path(sys.executable).resolve())]
    script = Path(sys.executable).parent / APP_ID
    if script.is_file() and os.access(script, os.X_OK):
        return [str(script.absolute())]
    return [str(Path(sys.executable).absolute()), "-m", APP_ID]


def _exec_quote(arg: str) -> str:
    """An argument of a desktop entry's Exec key (quoted when it must be, per the specification)."""
    reserved = set(" \t\n\"'\\><~|&;$*?#()`")
    if not any(c in reserved for c in arg):
        return arg.replace("%", "%%")
    inner = "".join("\\" + c if c in '"`$\\' else c for c in arg).replace("%", "%%")
    # the value is also a desktop-entry string, whose own escape for a backslash is a doubled backslash
    return '"' + inner.replace("\\", "\\\\") + '"'


def desktop_entry(command: list[str]) -> str:
    """The `.desktop` file: Tour Viewer in the menu, opening `.tour` files and `tourviewer://` links."""
    lines = ["[Desktop Entry]", "Type=Application", "Version=1.4", f"Name={NAME[0]}"]
    lines += [f"Name[{lang}]={names[0]}" for lang, names in TRANSLATIONS.items()]
    lines.append(f"GenericName={NAME[1]}")
    lines += [f"GenericName[{lang}]={names[1]}" for lang, names in TRANSLATIONS.items()]
    lines.append(f"Comment={NAME[2]}")
    lines += [f"Comment[{lang}]={names[2]}" for lang, names in TRANSLATIONS.items()]
    lines += [
        f"Icon={APP_ID}",
        f"TryExec={_exec_quote(command[0])}",
        "Exec=" + " ".join(_exec_quote(a) for a in command) + " %u",
        "Terminal=false",
        "StartupNotify=true",
        "Categories=Education;Geography;",
        "Keywords=tour;field trip;map;notes;presentation;",
        f"MimeType={MIME_TYPE};{SCHEME_TYPE};",
    ]
    return "\n".join(lines) + "\n"


def mime_package() -> str:
    """The shared-mime-info type of a `.tour` package: its name, or a zip that starts with `tour.toml`."""
    comments = [f"    <comment>{FILE_COMMENT}</comment>"]
    comments += [
        f'    <comment xml:lang="{lang}">{escape(text)}</comment>' for lang, text in FILE_COMMENT_TRANSLATIONS.items()
    ]
    return "\n".join(
        [
            '<?xml version="1.0" encoding="UTF-8"?>',
            '<mime-info xmlns="http://www.freedesktop.org/standards/shared-mime-info">',
            f'  <mime-type type="{MIME_TYPE}">',
            *comments,
            '    <sub-class-of type="application/zip"/>',
            f'    <icon name="{MIME_ICON}"/>',
            '    <glob pattern="*.tour"/>',
            # `tourviewer pack` writes tour.toml first: its name follows the first local header (30 bytes)
            '    <magic priority="70">',
            '      <match type="string" offset="0" value="PK\\003\\004">',
            '        <match type="string" offset="30:1024" value="tour.toml"/>',
            "      </match>",
            "    </magic>",
            "  </mime-type>",
            "</mime-info>",
            "",
        ]
    )


def _icon_files() -> list[tuple[Path, Path]]:
    """(shipped file, place under the data folder) for both icons in every size."""
    pairs = []
    for name, context in ((APP_ID, "apps"), (MIME_ICON, "mimetypes")):
        pairs.append((asset(f"icons/{name}.svg"), Path("icons/hicolor/scalable") / context / f"{name}.svg"))
        for size in ICON_SIZES:
            folder = Path("icons/hicolor") / f"{size}x{size}" / context
            pairs.append((asset(f"icons/hicolor/{size}x{size}/{name}.png"), folder / f"{name}.png"))
    return pairs


def _places(target: Target, files: Iterable[Path]) -> set[Path]:
    """What install may create in `target`, as it is now: our files and their folders, the desktop
    entries' cache, the whole MIME database (update-mime-database writes all of it) and the record.

    Nothing else is looked at, so another program's files (and the viewer's own data, which lives
    beside the record) are never taken for ours.
    """
    candidates = {target.data_home / "applications" / "mimeinfo.cache", target.manifest}
    for place in files:
        path = target.data_home / place
        candidates.add(path)
        candidates.update(p for p in path.parents if p.is_relative_to(target.data_home) and p != target.data_home)
    candidates.add(target.manifest.parent)
    found = {p for p in candidates if p.exists()}
    mime = target.data_home / "mime"
    if mime.exists():
        found.add(mime)
        found.update(mime.rglob("*"))
    return found


def _run_tool(command: list[str], outcome: Outcome) -> None:
    """Runs a desktop tool (update-mime-database …); a missing one is said, not fatal."""
    if shutil.which(command[0]) is None:
        outcome.problems.append(f"{command[0]} is not installed (Debian: {_DEBIAN_PACKAGES[command[0]]})")
        return
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        outcome.problems.append(f"{' '.join(command)} failed: {done.stderr.strip()[-500:]}")


_DEBIAN_PACKAGES = {"update-mime-database": "shared-mime-info", "update-desktop-database": "desktop-file-utils"}


def _has_files(folder: Path) -> bool:
    return folder.is_dir() and any(p.is_file() for p in folder.rglob("*"))


def _refresh_caches(target: Target, outcome: Outcome) -> None:
    """Makes the MIME database and the desktop entries' cache again from what their folders now hold."""
    mime = target.data_home / "mime"
    if _has_files(mime):
        _run_tool(["update-mime-database", str(mime)], outcome)
    applications = target.data_home / "applications"
    if _has_files(applications):
        _run_tool(["update-desktop-database", "-q", str(applications)], outcome)


def _files_to_write(command: list[str]) -> dict[Path, bytes]:
    """Each file install writes, by its place under the data folder."""
    files = {Path("applications") / DESKTOP_FILE: desktop_entry(command).encode()}
    files[Path("mime/packages") / f"{APP_ID}.xml"] = mime_package().encode()
    for source, place in _icon_files():
        files[place] = source.read_bytes()
    return files


def install(target: Target, command: list[str] | None = None) -> Outcome:
    """Writes the desktop entry, icons, file type and defaults into `target`, recording what it created."""
    outcome = Outcome()
    manifest = _read_manifest(target)
    try:
        files = _files_to_write(command or launcher())
    except OSError as exc:
        outcome.problems.append(f"this installation lacks {exc.filename}: {exc.strerror or exc}")
        return outcome
    before = _places(target, files)
    mimeapps_existed = target.mimeapps.exists()
    defaults = manifest.get("defaults")
    try:
        for place, data in files.items():
            path = target.data_home / place
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)
            outcome.files.append(path)
        replaced = _set_defaults(target.mimeapps)
        defaults = defaults or replaced  # a reinstall keeps what the first install found there before
        outcome.files.append(target.mimeapps)
        _refresh_caches(target, outcome)
    except OSError as exc:
        outcome.problems.append(f"cannot write {exc.filename or target.data_home}: {exc.strerror or exc}")
    # what was created is recorded even after a failure, so that uninstall can remove it
    try:
        target.manifest.parent.mkdir(parents=True, exist_ok=True)
        created = (_places(target, files) | {target.manifest}) - before
        _write_manifest(
            target,
            {
                "created": sorted({*manifest.get("created", []), *(str(p) for p in created)}),
                "defaults": defaults or {},
                "mimeapps": str(target.mimeapps),
                "mimeapps_created": manifest.get("mimeapps_created", not mimeapps_existed),
            },
        )
    except OSError as exc:
        if outcome.ok:
            outcome.problems.append(f"cannot write {target.manifest}: {exc.strerror or exc}")
    return outcome


def uninstall(target: Target) -> Outcome:
    """Removes what `install` created in `target` and puts back the defaults it replaced."""
    outcome = Outcome()
    manifest = _read_manifest(target)
    if not manifest:
        outcome.problems.append(f"Tour Viewer's desktop files are not installed in {target.data_home}")
        return outcome
    created = [Path(p) for p in manifest.get("created", [])]
    mimeapps = Path(manifest.get("mimeapps", target.mimeapps))
    try:
        _restore_defaults(mimeapps, manifest.get("defaults", {}))
        if manifest.get("mimeapps_created") and not any(line.strip() for line in _read_lines(mimeapps)):
            mimeapps.unlink(missing_ok=True)
        outcome.files.append(mimeapps)
        for path in sorted(p for p in created if not p.is_dir()):
            if path.exists() or path.is_symlink():
                path.unlink()
                outcome.files.append(path)
        # the caches of what stays (another program's types and entries) are made again without ours
        _refresh_caches(target, outcome)
        for folder in sorted((p for p in created if p.is_dir()), key=lambda p: len(p.parts), reverse=True):
            if not any(folder.iterdir()):
                folder.rmdir()
    except OSError as exc:
        outcome.problems.append(f"cannot remove {exc.filename or target.data_home}: {exc.strerror or exc}")
    return outcome


def _read_manifest(target: Target) -> dict:
    try:
        data = json.loads(target.manifest.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def _write_manifest(target: Target, data: dict) -> None:
    target.manifest.parent.mkdir(parents=True, exist_ok=True)
    target.manifest.write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")


# -- mimeapps.list: only our own keys are touched; every other line stays as it was ---------------------


def _read_lines(path: Path) -> list[str]:
    try:
        return path.read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        return []


def _section_bounds(lines: list[str], section: str) -> tuple[int, int] | None:
    """(index of the header, index after the section's last line)."""
    for i, line in enumerate(lines):
        if line.strip() == section:
            end = i + 1
            while end < len(lines) and not lines[end].strip().startswith("["):
                end += 1
            return i, end
    return None


def _get(lines: list[str], section: str, key: str) -> tuple[int, str] | None:
    bounds = _section_bounds(lines, section)
    if bounds is None:
        return None
    for i in range(bounds[0] + 1, bounds[1]):
        name, sep, value = lines[i].partition("=")
        if sep and name.strip() == key:
            return i, value.strip()
    return None


def _put(lines: list[str], section: str, key: str, value: str | None) -> None:
    """Sets `key` in `section` (None removes it), adding the section at the end when it is missing."""
    found = _get(lines, section, key)
    if found is not None:
        if value is None:
            del lines[found[0]]
        else:
            lines[found[0]] = f"{key}={value}"
        return
    if value is None:
        return
    bounds = _section_bounds(lines, section)
    if bounds is None:
        if lines and lines[-1].strip():
            lines.append("")
        lines += [section, f"{key}={value}"]
    else:
        end = bounds[1]
        while end > bounds[0] + 1 and not lines[end - 1].strip():
            end -= 1
        lines.insert(end, f"{key}={value}")


def _set_defaults(mimeapps: Path) -> dict:
    """Makes Tour Viewer the default for its types; returns the values it replaced and the sections it added."""
    lines = _read_lines(mimeapps)
    replaced: dict[str, dict[str, str | None]] = {DEFAULTS_SECTION: {}, ADDED_SECTION: {}}
    added = [section for section in replaced if _section_bounds(lines, section) is None]
    for mime in (MIME_TYPE, SCHEME_TYPE):
        for section in (DEFAULTS_SECTION, ADDED_SECTION):
            old = _get(lines, section, mime)
            replaced[section][mime] = old[1] if old else None
            if section == ADDED_SECTION and old and DESKTOP_FILE in old[1].split(";"):
                continue
            value = f"{DESKTOP_FILE};" + (old[1] if old and section == ADDED_SECTION else "")
            _put(lines, section, mime, value)
    mimeapps.parent.mkdir(parents=True, exist_ok=True)
    mimeapps.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return {"replaced": replaced, "sections_added": added}


def _restore_defaults(mimeapps: Path, defaults: dict) -> None:
    lines = _read_lines(mimeapps)
    if not lines:
        return
    for section, values in defaults.get("replaced", {}).items():
        for mime, old in values.items():
            current = _get(lines, section, mime)
            if current is None or DESKTOP_FILE not in current[1].split(";"):
                continue  # changed since by someone else: theirs stays
            _put(lines, section, mime, old)
    for section in defaults.get("sections_added", []):
        bounds = _section_bounds(lines, section)
        if bounds and all(not line.strip() for line in lines[bounds[0] + 1 : bounds[1]]):
            del lines[bounds[0] : bounds[1]]
    while lines and not lines[-1].strip():
        lines.pop()
    mimeapps.write_text("\n".join(lines) + ("\n" if lines else ""), encoding="utf-8")
