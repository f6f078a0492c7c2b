"""libpng's own "libpng error:" lines about a damaged PNG stay off the terminal; everything else still reaches it."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image

from tests.tourfiles import write_tour
from tourviewer.ui.quiet import split_noise

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="C's stderr is glibc's here")

TOUR = """format = 1
id = "damaged"
title = "Damaged"
[[stops]]
id = "cut"
title = "Cut"
[[stops.images]]
file = "cut.png"
alt = "x"
credit = "x"
[[stops]]
id = "flipped"
title = "Flipped"
[[stops.images]]
file = "flipped.png"
alt = "x"
credit = "x"
"""


def damaged_pngs() -> dict[str, bytes]:
    """A PNG cut short in its picture data, and one whose compressed data has bytes flipped."""
    picture = Image.new("RGB", (400, 300), "green")
    for x in range(400):
        for y in range(0, 300, 7):
            picture.putpixel((x, y), (x % 256, y, 30))
    out = io.BytesIO()
    picture.save(out, "PNG")
    data = out.getvalue()
    flipped = bytearray(data)
    start = flipped.find(b"IDAT") + 40
    for i in range(start, start + 60):
        flipped[i] ^= 0x5A
    return {"cut.png": data[: len(data) // 2], "flipped.png": bytes(flipped)}


def environment(tmp_path: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "QT_LOGGING_RULES"}
    return {**env, "QT_QPA_PLATFORM": "offscreen", "TOURVIEWER_DATA_DIR": str(tmp_path / "data")}


@pytest.mark.parametrize("stop", ["cut", "flipped"])
def test_shot_of_a_damaged_png_prints_no_libpng_line(tmp_path, stop):
    folder = write_tour(tmp_path / "tour", TOUR, damaged_pngs())
    exe = Path(sys.executable).parent / "tourviewer"
    done = subprocess.run(
        [str(exe), "shot", "--stop", stop, "--out", str(tmp_path / "shot.png"), str(folder)],
        capture_output=True,
        text=True,
        timeout=120,
        env=environment(tmp_path),
    )
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "shot.png").is_file()
    assert "libpng" not in done.stderr


CHILD = """
import ctypes, sys
from tourviewer.ui.quiet import quiet_libpng
libc = ctypes.CDLL(None)
libc.fputs.argtypes = [ctypes.c_char_p, ctypes.c_void_p]
def c_line(*pieces):  # written as libpng and Qt write: with C's stderr, in pieces
    for piece in pieces:
        libc.fputs(piece, ctypes.c_void_p.in_dll(libc, "stderr").value)
c_line(b"before\\n")
quiet_libpng()
c_line(b"libpng error: ", b"IDAT: invalid bit length repeat", b"\\n")
c_line(b"libpng warning: iCCP: known incorrect sRGB profile\\n")
c_line(b"a Qt warning\\n", b"libpng", b" error: Read Error\\n")
sys.stderr.write("from Python\\n")
sys.stderr.flush()
c_line(b"last words without a newline")
"""


def test_other_lines_still_reach_the_terminal_in_order(tmp_path):
    done = subprocess.run(
        [sys.executable, "-c", CHILD], capture_output=True, text=True, timeout=60, env=environment(tmp_path)
    )
    assert done.returncode == 0, done.stderr
    assert "libpng" not in done.stderr
    lines = done.stderr.splitlines()
    assert lines[0] == "before"
    assert "a Qt warning" in lines
    assert "from Python" in lines
    assert lines[-1] == "last words without a newline", "what is still in the pipe at exit is passed on"


def test_debugging_with_qt_logging_rules_keeps_libpng_lines(tmp_path):
    env = {**environment(tmp_path), "QT_LOGGING_RULES": "qt.gui.imageio*=true"}
    done = subprocess.run([sys.executable, "-c", CHILD], capture_output=True, text=True, timeout=60, env=env)
    assert "libpng error: IDAT: invalid bit length repeat" in done.stderr


@pytest.mark.parametrize(
    ("read", "passed", "dropped", "kept"),
    [
        (b"plain\n", b"plain\n", [], b""),
        (b"libpng error: Read Error\nnext\n", b"next\n", [b"libpng error: Read Error\n"], b""),
        (b"libpng error: Read", b"", [], b"libpng error: Read"),  # waits for the end of the line
        (b"lib", b"", [], b"lib"),  # may be libpng's: waits
        (b"library says hi", b"library says hi", [], b""),  # cannot be: passes at once
        (b"a\nlibpng warning: w\nb", b"a\nb", [b"libpng warning: w\n"], b""),
        (b"not libpng error: x\n", b"not libpng error: x\n", [], b""),  # only at the start of a line
    ],
)
def test_split_noise(read, passed, dropped, kept):
    assert split_noise(read) == (passed, dropped, kept)


def test_a_picture_read_on_another_thread_waits_while_the_filter_is_set_up(monkeypatch):
    import threading

    from tourviewer.ui import quiet

    monkeypatch.setattr(quiet, "_DONE", set())
    monkeypatch.delenv("QT_LOGGING_RULES", raising=False)
    entered, release = threading.Event(), threading.Event()

    def slow_setup() -> None:
        entered.set()
        release.wait(5)

    monkeypatch.setattr(quiet, "_filter_c_stderr", slow_setup)
    first = threading.Thread(target=quiet.quiet_libpng)
    first.start()
    assert entered.wait(5)
    assert not quiet.libpng_quiet(), "not said done while C's stderr is still the terminal"
    release.set()
    first.join(5)
    assert quiet.libpng_quiet()
