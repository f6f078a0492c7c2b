"""The QApplication of the viewer, made once: its style, names and thread switching.

Everything that needs Qt's application (the viewer's windows, the PDF handout
written from the command line) gets it here, set up the same way. This module
imports no window, so any module may use it without importing round a circle.
"""

from __future__ import annotations

import gc
import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from tourviewer.core.appdata import APPLICATION, ORGANIZATION
from tourviewer.ui.i18n import chosen_language, install_language
from tourviewer.ui.quiet import quiet_qt

LANGUAGE_PROPERTY = "tourviewerInterfaceLanguage"
COLLECT_AGAIN_MS = 3000  # at the latest: a window that shows no tour never says it has painted one
COLLECT_EVERY_MS = 250  # how often the UI thread looks whether a collection is due
# How long a thread runs Python before another that waits for the interpreter gets its turn.
# Pictures are decoded on threads that need the interpreter back for a moment between Qt
# calls: once a window shows tours, they get it quickly, or a picture not decoded ahead
# would wait several turns of the UI thread. While the program starts, the UI thread's own
# work is what the participant waits for (the first picture is decoded ahead, `EarlyDecode`),
# and it keeps Python's own turn: fewer interruptions, a start a few per cent quicker.
TURN_S = 0.001
STARTING_TURN_S = 0.005
_starting = False


def hold_collection() -> None:
    """While the program starts, until `resume_collection`: Python's cycle collector waits,
    and the UI thread keeps Python's own turn (`STARTING_TURN_S`)."""
    global _starting
    _starting = True
    gc.disable()
    sys.setswitchinterval(STARTING_TURN_S)


def resume_collection_soon() -> None:
    """Collection held while starting runs again soon, whatever is shown (`resume_collection` may come first)."""
    if _collector is None:
        QTimer.singleShot(COLLECT_AGAIN_MS, resume_collection)


def resume_collection() -> None:
    """The start is over: Python's cycle collector runs again, past what the start made, on this thread.

    Starting makes tens of thousands of objects (modules, classes, widgets) that live as
    long as the program, and almost no garbage; collecting them dozens of times on the
    way costs a start about as much as it takes to make a window. They are frozen (set
    aside from later collections, which then stay short) and collection resumes, run
    from then on by the UI thread's event loop (`collect_due`), never automatically: an
    automatic collection runs on whichever thread happens to allocate, a picture
    decoder's say, and a widget found in garbage there would be destroyed off its
    thread (Qt forbids it; it can deadlock against the UI thread).

    The decoding threads get their turns quickly from now on (`TURN_S`).
    """
    global _collector, _starting
    _starting = False
    sys.setswitchinterval(TURN_S)
    if _collector is None:
        gc.disable()
        gc.freeze()
        _collector = QTimer()
        _collector.setInterval(COLLECT_EVERY_MS)
        _collector.timeout.connect(collect_due)
        _collector.start()


def collection_resumed() -> bool:
    return _collector is not None


def collect_due() -> int:
    """Collect the generations Python would have collected by now (on the calling thread); the objects freed."""
    counts, thresholds = gc.get_count(), gc.get_threshold()
    if counts[0] <= thresholds[0]:
        return 0
    generation = 2 if counts[2] > thresholds[2] else 1 if counts[1] > thresholds[1] else 0
    return gc.collect(generation)


_collector: QTimer | None = None  # runs `collect_due` on the UI thread once the start is over


def application() -> QApplication:
    # Fusion follows the system's light or dark scheme on every platform. Given as
    # Qt's -style option, the style is made without a Python wrapper (a few ms).
    if not _starting:
        sys.setswitchinterval(TURN_S)
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication([*sys.argv[:1], "-style", "Fusion"])
    elif app.style().name().lower() != "fusion":
        app.setStyle("Fusion")
    quiet_qt()  # damaged files are told in the window, not on the terminal
    app.setApplicationName(APPLICATION)  # with the organization, names the data folder (core.appdata)
    app.setOrganizationName(ORGANIZATION)
    app.setDesktopFileName("tourviewer")
    wanted = chosen_language()  # --ui-lang, View > Interface language, or the system's
    if app.property(LANGUAGE_PROPERTY) != wanted:
        app.setProperty(LANGUAGE_PROPERTY, install_language(app, wanted))
    return app
