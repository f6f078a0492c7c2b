"""One side of a guided session in real windows, driven line by line on stdin (for test_guide_windows).

    python -m tests.ui.guide_window_child present OUTDIR      prints the invitation; "next", "shot"
    python -m tests.ui.guide_window_child follow LINK OUTDIR  prints "at STOP" for each stop; "shot"

Each prints "shot" once it has saved its windows to OUTDIR, and ends on "quit".
"""

from __future__ import annotations

import queue
import sys
import tempfile
import threading
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _commands() -> queue.Queue[str]:
    lines: queue.Queue[str] = queue.Queue()

    def read() -> None:
        for line in sys.stdin:
            lines.put(line.strip())
        lines.put("quit")

    threading.Thread(target=read, daemon=True).start()
    return lines


def _loop(app, handle) -> None:
    from PySide6.QtCore import QTimer

    lines = _commands()

    def poll() -> None:
        while not lines.empty():
            command = lines.get()
            if command == "quit":
                app.quit()
                return
            handle(command)
            print("done" if command != "shot" else "shot", flush=True)

    timer = QTimer()
    timer.timeout.connect(poll)
    timer.start(20)
    app.exec()


def present(out: Path) -> None:
    from PySide6.QtCore import QSize

    from tourviewer.core.loader import load_tour
    from tourviewer.ui.app import application
    from tourviewer.ui.present import Presenter

    app = application()
    presenter = Presenter(load_tour(ROOT / "tours" / "gunsan"), windowed=True, size=QSize(1280, 720))
    presenter.start()
    panel = presenter.console.guide_panel
    problem = panel.start(host="127.0.0.1", name="Ana")
    print(problem or panel.invitation.link(), flush=True)

    def handle(command: str) -> None:
        if command == "next":
            presenter.presentation.console.next()
        elif command == "shot":
            presenter.console.grab().save(str(out / "facilitator-console.png"))
            presenter.audience.grab().save(str(out / "facilitator-audience.png"))

    _loop(app, handle)
    panel.end()
    presenter.stop()


def follow(link: str, out: Path) -> None:
    from tourviewer.core.guide.invitation import parse_invitation
    from tourviewer.ui.app import application, main_window

    app = application()
    window = main_window(Path(tempfile.mkdtemp(prefix="tourviewer-follower-")))
    window.resize(1400, 860)
    window.show()
    window.open_path(str(ROOT / "tours" / "gunsan"))
    window.wait_until_shown()
    window.session.set_language("ko")
    window.session.stopChanged.connect(lambda index: print(f"at {window.session.stop.id}", flush=True))
    window.join_guided_session(parse_invitation(link), "Bo")

    def handle(command: str) -> None:
        if command == "shot":
            window.grab().save(str(out / "follower.png"))

    _loop(app, handle)
    window.guided.leave()
    window.close()


if __name__ == "__main__":
    # the tour is read (and pydantic imported) before Qt: pydantic imported under PySide6's import hook
    # can fail now and then with a circular import inside pydantic, which this test is not about
    from tourviewer.core.loader import load_tour

    load_tour(ROOT / "tours" / "gunsan")
    if sys.argv[1] == "present":
        present(Path(sys.argv[2]))
    else:
        follow(sys.argv[2], Path(sys.argv[3]))
