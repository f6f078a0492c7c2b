"""Makes the README's screenshots: the library, both sample tours in English and Korean, a map window, and the
viewer with a Korean and a Japanese interface.

Run from the repository root: `.venv/bin/python tools/make_screenshots.py`.
Stops are rendered with `tourviewer shot`; the library with the same window, offscreen.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "docs" / "images"
SHOTS = [
    ("hongsung", "collabo-farm", "en"),
    ("hongsung", "farming-for-happiness", "ko"),
    ("gunsan", "local-rise", "en"),
    ("gunsan", "shipyard-and-car-plant", "ko"),
]
# The interface in the tour's language, at the 1366x768 a participant's laptop often has (README: Languages).
UI_SHOTS = [("hongsung", "collabo-farm", "ko"), ("hongsung", "collabo-farm", "ja")]


def library(out: Path) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp()  # no one's recent tours in the picture
    from tourviewer.ui.app import application, main_window
    from tourviewer.ui.shot import settle

    app = application()
    with tempfile.TemporaryDirectory() as data:
        window = main_window(Path(data))
        window.resize(1400, 900)
        window.show()
        window.show_library()
        settle(app, window.loader)
        window.grab().save(str(out))
        window.close()


def presenting(audience_out: Path, console_out: Path) -> None:
    """The facilitator's two windows at the Gunsan tour's second stop, in a 1280x720 shared window."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSize

    from tourviewer.core.loader import load_tour
    from tourviewer.ui.app import application
    from tourviewer.ui.shot import settle, started_presenter

    app = application()
    presenter = started_presenter(load_tour(ROOT / "tours" / "gunsan"), 1, None, QSize(1440, 900))
    settle(app, presenter.loader)
    presenter.audience.grab().save(str(audience_out))
    presenter.console.grab().save(str(console_out))
    presenter.stop()


def map_window(tour: str, stop: int, out: Path) -> None:
    """The map in a window of its own, as it opens on a 1366x768 screen (80% of it)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from tourviewer.core.loader import load_tour
    from tourviewer.core.session import TourSession
    from tourviewer.ui.app import application
    from tourviewer.ui.mapview import MapWindow

    app = application()
    session = TourSession()
    session.open(load_tour(ROOT / "tours" / tour))
    session.go_to(stop)
    window = MapWindow(session)
    window.resize(1093, 614)
    window.show()
    for _ in range(10):
        app.processEvents()
    window.view.fit_map()
    window.grab().save(str(out))
    window.close()


def guided(console_out: Path, follower_out: Path) -> None:
    """A guided session on loopback: the console's band with its roster, and a participant following in Korean."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp()
    from PySide6.QtCore import QSize

    from tourviewer.core.guide.joining import Participant
    from tourviewer.core.loader import load_tour
    from tourviewer.core.session import TourSession
    from tourviewer.ui.app import application, main_window
    from tourviewer.ui.present import Presenter
    from tourviewer.ui.shot import settle

    app = application()
    gunsan = load_tour(ROOT / "tours" / "gunsan")
    presenter = Presenter(gunsan, start_index=2, windowed=True, size=QSize(1280, 720))
    presenter.start()
    presenter.console.resize(1440, 1000)
    panel = presenter.console.guide_panel
    panel.start(host="127.0.0.1", name="Ana")
    others = []
    for name, language in (("Chae", "en"), ("Dami", "ko")):
        session = TourSession()
        session.open(gunsan, language=language)
        others.append(Participant(session, panel.invitation, name))
    others[1].follower.explore()
    with tempfile.TemporaryDirectory() as data:
        window = main_window(Path(data))
        window.resize(1440, 860)
        window.show()
        window.open_path(str(ROOT / "tours" / "gunsan"))
        window.wait_until_shown()
        window.session.set_language("ko")
        window.join_guided_session(panel.invitation, "Bo")
        stop = presenter.presentation.audience.stop
        while window.session.stop is not stop and window.session.stop.id != stop.id or panel.roster.rowCount() < 3:
            app.processEvents()
        settle(app, window.loader)
        settle(app, presenter.loader)
        presenter.console.grab().save(str(console_out))
        window.grab().save(str(follower_out))
        window.guided.leave()
        window.close()
    for other in others:
        other.leave()
    panel.end()
    presenter.stop()


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    exe = Path(sys.executable).with_name("tourviewer")
    shots = [(tour, stop, lang, "1440x860", [], "") for tour, stop, lang in SHOTS]
    shots += [(tour, stop, lang, "1366x768", ["--ui-lang", lang], "-ui") for tour, stop, lang in UI_SHOTS]
    for tour, stop, lang, size, options, suffix in shots:
        out = OUT / f"{tour}-{stop}-{lang}{suffix}.png"
        subprocess.run(
            [str(exe), "shot", str(ROOT / "tours" / tour), "--stop", stop, "--lang", lang, "--size", size, *options]
            + ["--out", str(out)],
            check=True,
            stderr=subprocess.DEVNULL,
        )
        print(out.relative_to(ROOT))
    library(OUT / "library.png")
    print((OUT / "library.png").relative_to(ROOT))
    map_window("hongsung", 1, OUT / "map-window-hongsung.png")
    print((OUT / "map-window-hongsung.png").relative_to(ROOT))
    presenting(OUT / "present-audience.png", OUT / "present-console.png")
    print((OUT / "present-audience.png").relative_to(ROOT), (OUT / "present-console.png").relative_to(ROOT))
    guided(OUT / "guide-console.png", OUT / "guide-follower.png")
    print((OUT / "guide-console.png").relative_to(ROOT), (OUT / "guide-follower.png").relative_to(ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(main())
