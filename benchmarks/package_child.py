"""One measured run with a large tour in its own process (called by bench_package).

  open TOUR DATA    the viewer opens TOUR: milliseconds from asking to the first stop's picture painted
  steps TOUR DATA   Next presses with neighbours prefetched (p95), then Next through every stop
  zip FOLDER OUT    the tour's files written into a zip with ZIP_STORED: milliseconds
  pack FOLDER OUT   `tourviewer pack FOLDER -o OUT`, as the command does it: milliseconds

Prints one JSON object of figures on its last line.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

from benchmarks.viewer_child import _emit, _open, _paint_clock, _press_next, _settled, _shown, _wait


def open_tour(tour: str, data: str) -> None:
    from tourviewer.ui.app import application, main_window

    app = application()
    window = main_window(Path(data))
    window.resize(1600, 900)
    window.show()
    _wait(app, lambda: window.isVisible())
    app.processEvents()
    clock = _paint_clock(window)
    start = time.perf_counter()
    window.open_path(tour)
    _wait(app, lambda: _shown(window) and clock.painted > start, 120)
    _emit({"open_ms": round((clock.painted - start) * 1000, 1)})


def steps(tour: str, data: str) -> None:
    app, window = _open(tour, data)
    settled = _settled(window)
    _wait(app, lambda: _shown(window) and settled(), 120)
    times = []
    for _ in range(30):
        _wait(app, settled)  # neighbours prefetched
        times.append(_press_next(app, window))
    times.sort()
    for _ in range(window.session.index, window.session.count - 1):  # every stop seen, as a participant would
        _press_next(app, window)
    _emit(
        {
            "next_p95_ms": round(times[int(round(0.95 * (len(times) - 1)))], 2),
            "next_median_ms": round(times[len(times) // 2], 2),
        }
    )


def zip_store(folder: str, out: str) -> None:
    import zipfile

    start = time.perf_counter()
    root = Path(folder)
    with zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as z:
        for path in sorted(root.rglob("*")):
            if path.is_file():
                z.write(path, path.relative_to(root).as_posix())
    _emit({"ms": round((time.perf_counter() - start) * 1000, 1)})


def pack(folder: str, out: str) -> None:
    from tourviewer.cli import main

    start = time.perf_counter()
    if main(["pack", folder, "-o", out]) != 0:
        raise SystemExit("pack failed")
    _emit({"ms": round((time.perf_counter() - start) * 1000, 1)})


if __name__ == "__main__":
    mode, *rest = sys.argv[1:]
    {"open": open_tour, "steps": steps, "zip": zip_store, "pack": pack}[mode](*rest)
    os._exit(0)  # the figures are out: no waiting for decoding threads at interpreter shutdown
