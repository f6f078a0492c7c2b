"""The files shipped with the program: the sample tours, the icon, the desktop files and the user guide.

They are package data: the repository's `tours/` and `assets/` folders become the packages
`tourviewer.tours` and `tourviewer.assets` (see pyproject.toml), found through `importlib.resources`
the same way in a wheel, an editable install and a PyInstaller bundle, never by a path next to the code.
"""

from __future__ import annotations

import logging
from importlib.resources import files
from pathlib import Path

log = logging.getLogger(__name__)


def _folder(package: str) -> Path:
    # Installed packages are folders on disk (wheels are unpacked; the bundle keeps them as files),
    # so the tours can be opened, watched and listed like any other folder.
    try:
        return Path(str(files(package)))
    except ModuleNotFoundError:  # a source tree run without installing it (pip install -e .)
        log.warning("%s is not installed: the program's own files are missing", package)
        return Path(f"({package} is not installed)")


def sample_tours_folder() -> Path:
    """The folder holding the sample tours shipped with the program."""
    return _folder("tourviewer.tours")


def assets_folder() -> Path:
    """The folder of the program's own files: `icons/`, `desktop/`, `guide/`."""
    return _folder("tourviewer.assets")


def asset(name: str) -> Path:
    """One of the program's own files, named relative to the assets folder (`icons/tourviewer.svg`)."""
    return assets_folder() / name
