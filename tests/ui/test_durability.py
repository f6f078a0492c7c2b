"""Notes are never lost: a killed program loses at most the last second; two programs share the notes."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from tourviewer.core.store import Store

ROOT = Path(__file__).resolve().parents[2]

TYPIST = """
import os, sys, time
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtTest import QTest
from tourviewer.ui.app import application, main_window
app = application()
window = main_window(Path(sys.argv[2]))
window.show()
window.open_path(sys.argv[1])
window.wait_until_shown()
window.notebook.wait()
app.processEvents()
editor = window.view.notes.editor
typed = [0]
def type_one():
    QTest.keyClicks(editor, "abcdefghij"[typed[0] % 10])
    typed[0] += 1
    print(typed[0], time.time(), flush=True)
timer = QTimer()
timer.timeout.connect(type_one)
timer.start(30)
app.exec()
"""

WRITER = """
import sys
from pathlib import Path
from tourviewer.core.notebook import Notebook
failures = []
notebook = Notebook(Path(sys.argv[1]))
notebook.changed.connect(lambda c: c.note is None or c.note.saved or failures.append(c.note.problem))
name = sys.argv[2]
for round_ in range(40):
    for n in range(10):
        notebook.save_note("tour", f"own-{name}-{n}", f"{name} round {round_}")
        notebook.save_note("tour", f"shared-{n}", f"{name} round {round_}")
    notebook.wait()
notebook.close()
print(len(failures), failures[:3])
"""


def _env() -> dict[str, str]:
    return dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))


def test_killed_while_typing_loses_at_most_the_last_second(tmp_path, three_stops):
    data = tmp_path / "data"
    typist = subprocess.Popen(
        [sys.executable, "-c", TYPIST, str(three_stops), str(data)],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=_env(),
    )
    log: list[tuple[int, float]] = []
    try:
        assert typist.stdout is not None
        for line in typist.stdout:
            count, when = line.split()
            log.append((int(count), float(when)))
            if log[-1][1] - log[0][1] > 4.5:  # steady typing, killed between two saves
                break
        killed_at = time.time()
        typist.send_signal(signal.SIGKILL)
    finally:
        typist.kill()
        typist.wait(30)
    assert len(log) > 40, "the typist typed"
    saved = Store(data).note("three", "one")
    typed_by = max((count for count, when in log if when <= killed_at - 1.0 - 0.25), default=0)
    assert typed_by > 0
    assert len(saved) >= typed_by, f"saved {len(saved)} characters, but {typed_by} were typed over a second before"
    assert saved == ("abcdefghij" * 100)[: len(saved)], "what was saved is exactly what was typed"


def test_two_programs_writing_the_same_notes_lose_nothing(tmp_path):
    data = tmp_path / "data"
    Store(data).close()
    writers = [
        subprocess.Popen(
            [sys.executable, "-c", WRITER, str(data), name],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=_env(),
        )
        for name in ("first", "second")
    ]
    outputs = [w.communicate(timeout=120) for w in writers]
    for writer, (out, err) in zip(writers, outputs, strict=True):
        assert writer.returncode == 0, err[-500:]
        assert out.split()[0] == "0", f"failed saves: {out}"
    notes = Store(data).notes("tour")
    for name in ("first", "second"):
        for n in range(10):
            assert notes[f"own-{name}-{n}"].text == f"{name} round 39"
    for n in range(10):
        assert notes[f"shared-{n}"].text in ("first round 39", "second round 39"), "the last write wins"


def test_ten_thousand_notes(tmp_path):
    store = Store(tmp_path / "data")
    for n in range(10_000):
        store.save_note(f"tour-{n % 5}", f"stop-{n}", f"note {n} about cooperatives and farming")
    assert sum(store.tours_with_notes().values()) == 10_000
    assert len(store.notes("tour-3")) == 2000
    hits = store.search("tour-3", "en", "cooperative", limit=20)
    assert len(hits) == 20 and all(h.kind == "note" for h in hits)
