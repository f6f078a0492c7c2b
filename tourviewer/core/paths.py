"""Path safety: a path written in a tour may only name a file inside the tour.

URLs, absolute paths, `..` segments and symlinks that leave the folder are
refused before any file is opened, and file names are case-sensitive on every
system.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from tourviewer.core.package import MediaFile, Package

_URL_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.\-]+:")
_WINDOWS_DRIVE = re.compile(r"^[A-Za-z]:")


@dataclass(frozen=True)
class PathVerdict:
    """Either a resolved file inside the tour, or a problem code and message."""

    file: Path | MediaFile | None  # a file in a tour folder, or an entry of a package
    code: str | None = None
    message: str | None = None


class PathChecker(Protocol):
    """What judges the paths written in a tour: `TourFiles` for a folder, `PackageFiles` for a package."""

    def check(self, written: str) -> PathVerdict: ...


def segments(written: str) -> list[str]:
    """The folders and file name of a tour path, as the tour's folder is walked."""
    return [s for s in re.split(r"[/\\]", written) if s not in ("", ".")]


def unsafe_reason(written: str) -> tuple[str, str] | None:
    """Why `written` may not be used as a tour path, judged from the text alone."""
    if _URL_SCHEME.match(written):
        return "remote-media", f"{written} is a web address; tours work offline, so put the file in the tour folder"
    if written.startswith(("/", "\\")) or _WINDOWS_DRIVE.match(written):
        return "path-outside-tour", f"{written} is an absolute path; write it relative to the tour folder"
    if ".." in segments(written):
        return "path-outside-tour", f"{written} leaves the tour folder through '..'"
    return None


def refused(written: str) -> PathVerdict | None:
    """The verdict on a tour path from its text alone (a web address, outside the tour, empty), or None."""
    reason = unsafe_reason(written)
    if reason:
        return PathVerdict(None, *reason)
    if not segments(written):
        return PathVerdict(None, "missing-file", "the path is empty")
    return None


def _kind(entry: os.DirEntry[str]) -> str:
    try:
        if entry.is_symlink():
            return "link"
        if entry.is_file(follow_symlinks=False):
            return "file"
        return "folder" if entry.is_dir(follow_symlinks=False) else "other"
    except OSError:
        return "other"


class TourFiles:
    """Resolves paths written in a tour against its folder, remembering directory listings."""

    def __init__(self, root: Path):
        self.root = root.resolve()
        self._listings: dict[Path, dict[str, str]] = {}
        self._verdicts: dict[str, PathVerdict] = {}

    def _listing(self, folder: Path) -> dict[str, str]:
        """The names in `folder`, each with what it is ("link", "file", "folder" or "other")."""
        if folder not in self._listings:
            found: dict[str, str] = {}
            try:
                with os.scandir(folder) as entries:
                    for entry in entries:
                        found[entry.name] = _kind(entry)
            except OSError:
                found = {}
            self._listings[folder] = found
        return self._listings[folder]

    def check(self, written: str) -> PathVerdict:
        """Containment first, then existence with exact case; opens no file.

        Answers are remembered for the life of this object (one load of a tour):
        a file removed since shows as unreadable when it is opened.
        """
        if written not in self._verdicts:
            self._verdicts[written] = self._check(written)
        return self._verdicts[written]

    def _check(self, written: str) -> PathVerdict:
        refusal = refused(written)
        if refusal is not None:
            return refusal
        parts = segments(written)
        plain = self._plain_file(parts)
        if plain is not None:
            return PathVerdict(plain)
        candidate = self.root.joinpath(*parts)
        try:
            resolved = candidate.resolve()
        except (OSError, RuntimeError):
            return PathVerdict(None, "path-outside-tour", f"{written} cannot be resolved (a symlink loop?)")
        if not resolved.is_relative_to(self.root):
            return PathVerdict(None, "path-outside-tour", f"{written} is a link to a place outside the tour folder")
        folder = self.root
        for part in parts:
            if part not in self._listing(folder):
                return PathVerdict(None, "missing-file", self._missing_message(written, folder, part))
            folder = folder / part
        if not resolved.is_file():
            return PathVerdict(None, "unreadable-media", f"{written} is not a file")
        return PathVerdict(resolved)

    def _plain_file(self, parts: list[str]) -> Path | None:
        """The file, when every step to it is listed and none is a link: it is then inside the tour
        as written, and resolving it would find the same path (None: judged the long way)."""
        folder = self.root
        for n, part in enumerate(parts):
            kind = self._listing(folder).get(part)
            if kind != ("file" if n == len(parts) - 1 else "folder"):
                return None
            folder = folder / part
        return folder

    def _missing_message(self, written: str, folder: Path, part: str) -> str:
        message = f"no file {written} in the tour folder"
        same_but_case = [n for n in self._listing(folder) if n.lower() == part.lower()]
        if same_but_case:
            message += f" (there is {same_but_case[0]}: file names are case-sensitive)"
        return message


class PackageFiles:
    """`TourFiles` for a package: the same verdicts on paths written in its tour, opening nothing."""

    def __init__(self, package: Package):
        self.package = package

    def check(self, written: str) -> PathVerdict:
        refusal = refused(written)
        if refusal is not None:
            return refusal
        name = "/".join(segments(written))
        if name in self.package.entries:
            return PathVerdict(self.package.file(name))
        if name in self.package.folders:
            return PathVerdict(None, "unreadable-media", f"{written} is not a file")
        message = f"no file {written} in the tour folder"
        same_but_case = [n for n in self.package.entries if n.lower() == name.lower()]
        if same_but_case:
            message += f" (there is {same_but_case[0]}: file names are case-sensitive)"
        return PathVerdict(None, "missing-file", message)
