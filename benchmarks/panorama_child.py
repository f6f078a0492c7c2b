"""One measured run of the viewer with a panorama stop, in its own process (called by bench_panorama).

  frames TOUR DATA   the panorama full-window at 1600x900, turned sideways by a drag: time per frame
  open TOUR DATA     from going to the panorama stop to its first view painted (from the preview decode), to
                     the sharp view, and a bare decode of the file at the width the view uses
  memory TOUR DATA   peak memory with the panorama open, turned, zoomed in and shown flat

Prints one JSON object of figures on its last line. Drawing is on the CPU (numpy, Qt raster).
"""

from __future__ import annotations

import statistics
import sys
import time

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QImageReader, QMouseEvent
from PySide6.QtWidgets import QApplication

from benchmarks.viewer_child import _emit, _open, _wait

FRAMES = 150


def _at_panorama(app, window):
    """The main window at the panorama stop, decoded and drawn at rest."""
    gallery = window.view.gallery
    window.session.go_to(1)
    view = gallery.panorama
    _wait(app, lambda: view.ready and not view.decoder.busy and not window.loader.busy, 120)
    _wait(app, lambda: not view._settle.isActive(), 10)
    return view


def _mouse(view, kind: QMouseEvent.Type, x: float, buttons: Qt.MouseButton) -> None:
    point = QPointF(x, view.height() / 2)
    event = QMouseEvent(
        kind, point, view.mapToGlobal(point), Qt.MouseButton.LeftButton, buttons, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(view, event)


def frames(tour: str, data: str) -> None:
    """Each frame: one pointer move of a sideways drag, handled and painted (`repaint` paints at once)."""
    app, window = _open(tour, data)
    _at_panorama(app, window)
    window.view.gallery.open_full()
    full = [w for w in app.topLevelWidgets() if w.objectName() == "" and w.accessibleName() == "Panorama, full window"]
    view = full[0].view
    _wait(app, lambda: view.ready and view.width() == 1600, 60)
    left = Qt.MouseButton.LeftButton
    x = 1200.0
    _mouse(view, QMouseEvent.Type.MouseButtonPress, x, left)
    times = []
    for _ in range(FRAMES):
        x -= 6  # about 3.4 degrees a frame at fov 90: a brisk turn
        start = time.perf_counter()
        _mouse(view, QMouseEvent.Type.MouseMove, x, left)
        view.repaint()
        times.append((time.perf_counter() - start) * 1000)
        if x < 300:
            _mouse(view, QMouseEvent.Type.MouseButtonRelease, x, Qt.MouseButton.NoButton)
            x = 1200.0
            _mouse(view, QMouseEvent.Type.MouseButtonPress, x, left)
        app.processEvents()
    times.sort()
    _emit(
        {
            "pano_frame_p95_ms": round(times[int(round(0.95 * (len(times) - 1)))], 2),
            "pano_frame_median_ms": round(statistics.median(times), 2),
            "pano_view_width": float(view.width()),
        }
    )


def open_stop(tour: str, data: str) -> None:
    """Going to the panorama stop until its first view is painted; then a bare scaled decode of the same file."""
    app, window = _open(tour, data)
    gallery = window.view.gallery
    _wait(app, lambda: gallery.canvas.image is not None and not window.loader.busy, 60)  # neighbours prefetched
    view = gallery.panorama
    painted: list[float] = []
    view.firstPaint.connect(lambda: painted.append(time.perf_counter()))
    start = time.perf_counter()
    window.session.go_to(1)
    _wait(app, lambda: bool(painted), 120)
    opened = (painted[0] - start) * 1000
    _wait(app, lambda: view.sharp, 120)
    view.repaint()
    sharp = (time.perf_counter() - start) * 1000
    key = view._key
    _wait(app, lambda: not view.decoder.busy, 60)
    begin = time.perf_counter()
    reader = QImageReader(key.path)
    reader.setAutoTransform(True)
    size = reader.size()
    reader.setScaledSize(size.scaled(key.width, key.width, Qt.AspectRatioMode.KeepAspectRatio))
    decoded = reader.read()
    bare = (time.perf_counter() - begin) * 1000
    assert not decoded.isNull()
    _emit(
        {
            "pano_open_ms": round(opened, 1),
            "pano_sharp_ms": round(sharp, 1),
            "pano_bare_decode_ms": round(bare, 1),
            "pano_decode_width": key.width,
        }
    )


def memory(tour: str, data: str) -> None:
    app, window = _open(tour, data)
    view = _at_panorama(app, window)
    for _ in range(20):
        view.turn(yaw=9, pitch=1)
        view.repaint()
    view.zoom(0.2)  # field of view 20: the most detail a view asks for
    _wait(app, lambda: not view.decoder.busy, 120)
    view.repaint()
    view.set_flat(True)
    view.repaint()
    _emit({"pano_peak_rss_mb": round(peak_rss_mb(), 1), "pano_memory_decode_width": float(view.decoded_width)})


def peak_rss_mb() -> float:
    """The most memory this process has had resident (VmHWM: unlike ru_maxrss, not carried over from the parent)."""
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    raise RuntimeError("no VmHWM in /proc/self/status")


if __name__ == "__main__":
    mode, *rest = sys.argv[1:]
    {"frames": frames, "open": open_stop, "memory": memory}[mode](*rest)
