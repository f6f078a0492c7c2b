"""`tourviewer shot`: renders a window offscreen and writes a PNG: the viewer at one stop (the default),
the presenter console or the audience window at one stop, or the library."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEventLoop, QSize, Qt, QTimer
from PySide6.QtWidgets import QApplication

if TYPE_CHECKING:
    from tourviewer.core.loader import LoadResult
    from tourviewer.ui.present import Presenter


class ShotError(Exception):
    pass


def settle(app: QApplication, loader: object, rounds: int = 6) -> None:
    """Let decodes finish and their results paint."""
    from tourviewer.ui.panorama import wait_for_panoramas

    for _ in range(rounds):
        loader.wait(30000)  # type: ignore[attr-defined]
        wait_for_panoramas()
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        loop = QEventLoop()
        QTimer.singleShot(30, loop.quit)
        loop.exec()


def shot(
    tour: str,
    stop_id: str | None,
    out: Path,
    size: QSize,
    language: str | None,
    data: Path,
    window_kind: str = "viewer",
) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from tourviewer.ui.app import application, main_window

    app = application()
    if window_kind in ("console", "audience"):
        _presenting(app, tour, stop_id, out, size, language, window_kind)
        return
    window = main_window(data)
    window.resize(size)
    window.show()
    if window_kind == "library":
        window.show_library()
        settle(app, window.loader)
        _save(window.grab(), out)
        window.close()
        return
    if not window.open_path(tour, remember=False) or not window.wait_until_shown():  # a screenshot is not a visit
        raise ShotError(f"{tour} cannot be shown: run tourviewer validate {tour}")
    session = window.session
    if stop_id is not None:
        if session.tour is None or session.tour.stop_index(stop_id) is None:
            ids = ", ".join(s.id for s in session.tour.stops) if session.tour else ""
            raise ShotError(f"no stop {stop_id} in {tour} (stops: {ids})")
        session.go_to_id(stop_id)
    if language is not None:
        if session.tour is None or language not in session.tour.languages:
            raise ShotError(f"{tour} has no language {language}")
        session.set_language(language)
    settle(app, window.loader)
    _save(window.grab(), out)
    window.close()


def _save(image, out: Path) -> None:  # a QPixmap
    out.parent.mkdir(parents=True, exist_ok=True)
    if not image.save(str(out)):
        raise ShotError(f"cannot write {out}")


def started_presenter(result: LoadResult, index: int, language: str | None, console: QSize) -> Presenter:
    """Presenting `result` from stop `index`: the audience as a 1280x720 shared window, the console at `console`."""
    from tourviewer.ui.present import Presenter

    presenter = Presenter(result, start_index=index, language=language, windowed=True, size=QSize(1280, 720))
    presenter.start()
    presenter.console.setWindowState(Qt.WindowState.WindowNoState)  # not the screen's size: the one asked for
    presenter.console.resize(console)
    return presenter


def _presenting(
    app: QApplication, tour: str, stop_id: str | None, out: Path, size: QSize, language: str | None, kind: str
) -> None:
    """The presenter console (at `size`) or the audience window (a 1280x720 shared window) at one stop."""
    from tourviewer.core.loader import load_tour

    result = load_tour(Path(tour))
    if result.tour is None:
        raise ShotError(f"{tour} cannot be shown: run tourviewer validate {tour}")
    index = 0
    if stop_id is not None:
        found = result.tour.stop_index(stop_id)
        if found is None:
            raise ShotError(f"no stop {stop_id} in {tour} (stops: {', '.join(s.id for s in result.tour.stops)})")
        index = found
    if language is not None and language not in result.tour.languages:
        raise ShotError(f"{tour} has no language {language}")
    presenter = started_presenter(result, index, language, size)
    settle(app, presenter.loader)
    _save((presenter.console if kind == "console" else presenter.audience).grab(), out)
    presenter.stop()
