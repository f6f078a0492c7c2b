"""Typing into the note editor of a real window; prints the UI time per keystroke (run by bench_notes)."""

from __future__ import annotations

import json
import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest


def main(tour: str) -> None:
    from tourviewer.ui.app import application, main_window

    app = application()
    with tempfile.TemporaryDirectory() as data:
        window = main_window(Path(data))
        window.resize(1600, 900)
        window.show()
        window.open_path(tour)
        window.wait_until_shown()
        panel = window.view.notes
        while panel.editor.isReadOnly():  # the note is read from the notebook
            app.processEvents()
        editor = panel.editor
        saves: list[float] = []
        original = panel.save_now

        def timed_save() -> None:
            start = time.perf_counter()
            original()
            saves.append((time.perf_counter() - start) * 1000)

        panel._save_timer.timeout.disconnect()
        panel._save_timer.timeout.connect(timed_save)
        figures: dict[str, float] = {}
        for label, existing in (("", "A first thought.\n" * 200), ("_1mb_note", ("x" * 60 + "\n") * 17000)):
            editor.setPlainText(existing)
            editor.moveCursor(editor.textCursor().MoveOperation.End)
            editor.setFocus()
            times = []
            end = time.perf_counter() + 2.5  # long enough for two autosaves
            while time.perf_counter() < end:
                start = time.perf_counter()
                QTest.keyClick(editor, Qt.Key.Key_A)
                app.processEvents()  # whatever the keystroke set off, an autosave included
                times.append((time.perf_counter() - start) * 1000)
                pause = time.perf_counter() + 0.02
                while time.perf_counter() < pause:
                    app.processEvents()
            times.sort()
            figures[f"note_keystroke_ui_p95_ms{label}"] = round(times[int(0.95 * (len(times) - 1))], 2)
            figures[f"note_autosave_ui_max_ms{label}"] = round(max(saves), 2) if saves else 0.0
            saves.clear()
        window.close()
    print(json.dumps(figures), flush=True)


if __name__ == "__main__":
    main(sys.argv[1])
