"""A facilitator process presenting and a follower process following, in real windows on an X server (Xvfb)."""

from __future__ import annotations

import os
import queue
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def display():
    """A private X server with no TCP listener, started and stopped here."""
    number = next(n for n in range(140, 200) if not Path(f"/tmp/.X{n}-lock").exists())
    server = subprocess.Popen(
        [shutil.which("Xvfb") or "/usr/bin/Xvfb", f":{number}", "-screen", "0", "2900x1000x24", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    socket = Path(f"/tmp/.X11-unix/X{number}")
    for _ in range(400):
        if socket.exists():
            break
        time.sleep(0.025)
    yield f":{number}"
    server.terminate()
    server.wait(timeout=10)


class Side:
    def __init__(self, display: str, *args: str):
        env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb", "PYTHONUNBUFFERED": "1"}
        self.process = subprocess.Popen(
            [sys.executable, "-m", "tests.ui.guide_window_child", *args], cwd=ROOT, env=env, text=True,
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        )
        self.lines: queue.Queue[str] = queue.Queue()
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        for line in self.process.stdout:
            self.lines.put(line.strip())

    def until(self, wanted, what: str) -> str:
        while True:
            try:
                line = self.lines.get(timeout=60)
            except queue.Empty:
                self.process.kill()
                raise AssertionError(f"no {what}; the child said: {self.process.stderr.read()[-2000:]}") from None
            if wanted(line):
                return line

    def send(self, command: str) -> None:
        self.process.stdin.write(command + "\n")
        self.process.stdin.flush()

    def end(self) -> None:
        if self.process.poll() is None:
            self.send("quit")
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.process.kill()


def colours(path: Path) -> int:
    image = QImage(str(path))
    assert not image.isNull(), path
    return len({image.pixel(x, y) for x in range(0, image.width(), 37) for y in range(0, image.height(), 37)})


def test_a_follower_window_follows_a_presenting_window(display, tmp_path):
    facilitator = Side(display, "present", str(tmp_path))
    follower = None
    try:
        link = facilitator.until(lambda line: line.startswith("tourviewer://"), "invitation")
        follower = Side(display, "follow", link, str(tmp_path))
        facilitator.send("next")
        facilitator.send("next")
        follower.until(lambda line: line == "at local-rise", "the follower at the third stop")
        facilitator.send("shot")
        facilitator.until(lambda line: line == "shot", "the facilitator's screenshots")
        follower.send("shot")
        follower.until(lambda line: line == "shot", "the follower's screenshot")
    finally:
        if follower is not None:
            follower.end()
        facilitator.end()
    for name in ("facilitator-console.png", "facilitator-audience.png", "follower.png"):
        assert colours(tmp_path / name) > 20, f"{name} shows a picture, not a blank window"
