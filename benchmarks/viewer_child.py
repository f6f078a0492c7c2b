"""One measured run of the viewer in its own process (called by bench_viewer).

  bare TOUR DATA      a bare PySide6 window: exits at its first paint
  startup TOUR DATA   Tour Viewer opening TOUR: exits when the first stop's picture is painted
  visit TOUR DATA     TOUR opened where it was left and closed again, as a participant ends a session
  steps TOUR DATA     Next presses with neighbours prefetched, and cold jumps, at 1600x900
  walk TOUR DATA      steps through every stop: peak memory and the longest UI stall

Prints one JSON object of figures on its last line.
"""

from __future__ import annotations

import json
import os
import resource
import statistics
import sys
import time

from PySide6.QtCore import QElapsedTimer, QEvent, QObject, Qt, QTimer


def _emit(figures: dict[str, float]) -> None:
    print(json.dumps(figures), flush=True)


class _FirstPaint(QObject):
    """Right after `widget` has painted while `ready()` holds: prints the wall-clock time and exits."""

    def __init__(self, app, ready):
        super().__init__()
        self.app = app
        self.ready = ready

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self.ready():
            QTimer.singleShot(0, self._done)
        return False

    def _done(self) -> None:
        _emit({"painted_at": time.time()})
        os._exit(0)  # the start-up figure ends at the paint, not at interpreter shutdown


def bare() -> None:
    from PySide6.QtWidgets import QApplication, QWidget

    app = QApplication(sys.argv[:1])
    widget = QWidget()
    widget.resize(1600, 900)
    watcher = _FirstPaint(app, lambda: True)
    widget.installEventFilter(watcher)
    widget.show()
    app.exec()


def startup(tour: str, data: str) -> None:
    from pathlib import Path

    from tourviewer.ui.app import application, early_picture, hold_collection, main_window

    hold_collection()  # as `tourviewer` starts (tourviewer.ui.app.run)
    app = application()
    window = main_window(Path(data), early_picture(Path(data), tour))
    window.resize(1600, 900)
    canvas = window.view.gallery.canvas
    watcher = _FirstPaint(app, lambda: canvas.image is not None)
    canvas.installEventFilter(watcher)
    window.show()
    window.open_path(tour)
    app.exec()


def visit(tour: str, data: str) -> None:
    """A participant's earlier session: TOUR opened where it was left, its picture seen, the window closed."""
    app, window = _open(tour, data, first=False)
    _wait(app, lambda: _shown(window) and _settled(window)())
    window.close()  # as the participant closes it
    _emit({"visited": 1})


def _open(tour: str, data: str, first: bool = True):
    """The viewer at 1600x900 with TOUR open (at its first stop, or with `first` False where it was left)."""
    from pathlib import Path

    from tourviewer.ui.app import application, main_window

    app = application()
    window = main_window(Path(data))
    window.resize(1600, 900)
    window.show()
    window.open_path(tour)
    window.wait_until_shown()
    if first:
        window.session.first()
    return app, window


def _wait(app, condition, timeout_s: float = 30) -> None:
    end = time.perf_counter() + timeout_s
    while not condition():
        if time.perf_counter() > end:
            raise TimeoutError("the viewer did not get there in time")
        app.processEvents()
        time.sleep(0.0005)


def _shown(window) -> bool:
    gallery = window.view.gallery
    key = gallery.slot.wanted
    shown = gallery.canvas.image
    cached = window.loader.cached(key) if key is not None else None
    return shown is not None and cached is not None and shown.cacheKey() == cached.cacheKey()


def _settled(window):
    """The layout has its final size, the neighbours have been asked for, and every decode asked for is done."""
    gallery = window.view.gallery
    return lambda: (
        not gallery._resize_timer.isActive() and not gallery.canvas.after_paint_pending() and not window.loader.busy
    )


class _PaintClock(QObject):
    """Notes when the picture area last finished painting the picture it should show."""

    def __init__(self, window):
        super().__init__()
        self.window = window
        self.painted = 0.0
        window.view.gallery.canvas.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and _shown(self.window):
            QTimer.singleShot(0, self._done)  # right after this paint
        return False

    def _done(self) -> None:
        self.painted = time.perf_counter()


def _paint_clock(window) -> _PaintClock:
    if not hasattr(window, "_bench_clock"):
        window._bench_clock = _PaintClock(window)
    return window._bench_clock


def _press_next(app, window) -> float:
    """Next pressed until the new stop's picture is painted, the way Qt paints it."""
    from PySide6.QtTest import QTest

    clock = _paint_clock(window)
    start = time.perf_counter()
    QTest.keyClick(window, Qt.Key.Key_Right)
    _wait(app, lambda: _shown(window) and clock.painted > start)
    return (clock.painted - start) * 1000


class _SqliteClock:
    """Time spent inside the sqlite3 module on the thread that installs it (a profile hook)."""

    def __init__(self) -> None:
        self.seconds = 0.0
        self._entered: list[float] = []

    def _hook(self, frame, event: str, arg) -> None:
        if event == "c_call" and type(getattr(arg, "__self__", None)).__module__ == "sqlite3":
            self._entered.append(time.perf_counter())
        elif event in ("c_return", "c_exception") and self._entered and (
            type(getattr(arg, "__self__", None)).__module__ == "sqlite3"
        ):
            self.seconds += time.perf_counter() - self._entered.pop()

    def __enter__(self) -> _SqliteClock:
        sys.setprofile(self._hook)
        return self

    def __exit__(self, *_: object) -> None:
        sys.setprofile(None)


def _sqlite_ms_per_next(app, window, presses: int = 10) -> float:
    """SQLite time on the UI thread per Next (a separate pass: the hook slows everything it watches)."""
    settled = _settled(window)
    window.session.first()
    with _SqliteClock() as clock:
        for _ in range(presses):
            _wait(app, settled)
            _press_next(app, window)
    return clock.seconds * 1000 / presses


def steps(tour: str, data: str) -> None:
    from tourviewer.ui.images import decode

    app, window = _open(tour, data)
    loader = window.loader
    settled = _settled(window)
    _wait(app, lambda: _shown(window) and settled())
    times = []
    for _ in range(30):
        _wait(app, settled)  # neighbours prefetched
        times.append(_press_next(app, window))
    times.sort()
    p95 = times[int(round(0.95 * (len(times) - 1)))]

    jumps, decodes = [], []
    for target in (59, 55, 51, 47, 43):  # never shown nor prefetched by the presses above
        _wait(app, settled)
        start = time.perf_counter()
        clock = _paint_clock(window)
        window.session.go_to(target)
        _wait(app, lambda clock=clock, start=start: _shown(window) and clock.painted > start)
        jumps.append((clock.painted - start) * 1000)
        _wait(app, lambda: not loader.busy)
        key = window.view.gallery.slot.wanted
        start = time.perf_counter()
        decode(key)
        decodes.append((time.perf_counter() - start) * 1000)
    ui_db_ms = _sqlite_ms_per_next(app, window)
    _emit(
        {
            "next_stop_p95_ms": round(p95, 2),
            "next_stop_median_ms": round(statistics.median(times), 2),
            "cold_jump_ms": round(statistics.median(jumps), 1),
            "cold_jump_decode_ms": round(statistics.median(decodes), 1),
            "cold_jump_ratio_vs_decode": round(statistics.median(jumps) / statistics.median(decodes), 2),
            "next_stop_ui_db_ms": round(ui_db_ms, 3),
        }
    )


def walk(tour: str, data: str) -> None:
    app, window = _open(tour, data)
    gaps: list[float] = []
    clock = QElapsedTimer()
    clock.start()
    last = [clock.nsecsElapsed()]

    def tick() -> None:
        now = clock.nsecsElapsed()
        gaps.append((now - last[0]) / 1e6)
        last[0] = now

    timer = QTimer()
    timer.setTimerType(Qt.TimerType.PreciseTimer)
    timer.setInterval(2)
    timer.timeout.connect(tick)
    timer.start()
    _wait(app, lambda: _shown(window))
    for _ in range(window.session.count - 1):
        _press_next(app, window)
    timer.stop()
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    _emit(
        {
            "peak_rss_mb_300_stops": round(peak_mb, 1),
            "max_ui_stall_ms": round(max(gaps), 1),
            "walk_stops": float(window.session.index + 1),
        }
    )


if __name__ == "__main__":
    mode, *rest = sys.argv[1:]
    {
        "bare": lambda: bare(),
        "startup": lambda: startup(*rest),
        "visit": lambda: visit(*rest),
        "steps": lambda: steps(*rest),
        "walk": lambda: walk(*rest),
    }[mode]()
