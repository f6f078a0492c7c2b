"""Presenting a tour of 24 MP pictures: Next on the console until the audience window has painted
the next stop, with the next stops prefetched (run by bench_present)."""

from __future__ import annotations

import json
import sys
import time

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer
from PySide6.QtTest import QTest


class _AudiencePainted(QObject):
    def __init__(self, presenter):
        super().__init__()
        self.presenter = presenter
        self.painted = 0.0
        presenter.audience.canvas.installEventFilter(self)

    def shown(self) -> bool:
        audience = self.presenter.audience
        return audience.shown_stop_id() == self.presenter.presentation.audience.stop.id and (
            audience.canvas.image is not None
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self.shown():
            QTimer.singleShot(0, self._done)
        return False

    def _done(self) -> None:
        self.painted = time.perf_counter()


def _wait(app, condition, timeout_s: float = 30) -> None:
    end = time.perf_counter() + timeout_s
    while not condition():
        if time.perf_counter() > end:
            raise TimeoutError("the audience window did not get there in time")
        app.processEvents()
        time.sleep(0.0005)


def main(tour: str) -> None:
    from tourviewer.core.loader import load_tour
    from tourviewer.ui.app import application
    from tourviewer.ui.present import Presenter

    app = application()
    presenter = Presenter(load_tour(tour), windowed=True, size=QSize(1920, 1080))
    presenter.start()
    clock = _AudiencePainted(presenter)
    loader = presenter.loader
    _wait(app, lambda: clock.painted > 0 and not loader.busy)
    times = []
    for _ in range(30):
        _wait(app, lambda: not loader.busy)  # the next stops are prefetched
        start = time.perf_counter()
        QTest.keyClick(presenter.console, Qt.Key.Key_Right)
        _wait(app, lambda start=start: clock.painted > start and clock.shown())
        times.append((clock.painted - start) * 1000)
    presenter.stop()
    times.sort()
    print(
        json.dumps(
            {
                "present_next_p95_ms": round(times[int(round(0.95 * (len(times) - 1)))], 2),
                "present_next_median_ms": round(times[len(times) // 2], 2),
            }
        ),
        flush=True,
    )


if __name__ == "__main__":
    main(sys.argv[1])
