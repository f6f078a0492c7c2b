"""`tourviewer shot`: renders the viewer offscreen at one stop and writes a PNG."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QEventLoop, QSize, QTimer
from PySide6.QtWidgets import QApplication


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


def shot(tour: str, stop_id: str | None, out: Path, size: QSize, language: str | None, data: Path) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from tourviewer.ui.app import application, main_window

    app = application()
    window = main_window(data)
    window.resize(size)
    window.show()
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
    image = window.grab()
    out.parent.mkdir(parents=True, exist_ok=True)
    if not image.save(str(out)):
        raise ShotError(f"cannot write {out}")
    window.close()
