"""Where the viewer keeps a person's notes and progress, found without Qt.

The viewer asks Qt for its application data folder (`QStandardPaths`,
`AppDataLocation`, under the organization and application names below). The
command line reads the same notes without starting Qt, so the same folder is
found here by Qt's rule for each system; a UI test checks that both agree.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from tourviewer.core.store import default_data_dir

ORGANIZATION = "tourviewer"
APPLICATION = "Tour Viewer"


def app_data_dir() -> Path:
    """Qt's `AppDataLocation` for the viewer on this system."""
    home = Path.home()
    if sys.platform == "win32":
        base = Path(os.environ.get("APPDATA") or home / "AppData" / "Roaming")
    elif sys.platform == "darwin":
        base = home / "Library" / "Application Support"
    else:  # XDG: an unset, empty or relative XDG_DATA_HOME means ~/.local/share
        xdg = os.environ.get("XDG_DATA_HOME", "")
        base = Path(xdg) if os.path.isabs(xdg) else home / ".local" / "share"
    return base / ORGANIZATION / APPLICATION


def data_dir(override: str | None = None) -> Path:
    """--data-dir, then $TOURVIEWER_DATA_DIR, then the viewer's application data folder."""
    if override:
        return Path(override)
    return default_data_dir() or app_data_dir()
