"""The participant's viewer: start-up, Next, a cold jump, memory and UI stalls.

Every figure with a target is also given against a baseline measured in the
same run (a bare PySide6 window, a bare QImageReader decode), so a busy machine
moves both sides together. Sources are 24-megapixel JPEGs made here.

Start-up is measured as an installed program starts, with its bytecode written
(benchmarks/__main__ compiles it first, as pip and the bundle do at install).
"""

from __future__ import annotations

import json
import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

from PIL import Image

ROOT = Path(__file__).resolve().parents[1]
OUT = Path(__file__).resolve().parent / "out"
SAMPLE = ROOT / "tours" / "hongsung"
SOURCE_SIZE = (6000, 4000)  # 24 megapixels
DISTINCT_IMAGES = 12
WINDOW = (1600, 900)
STARTS = 15  # each kind; the ratio of medians moves by 0.1 or more from run to run on a shared machine


def source_images() -> list[Path]:
    """Distinct 24 MP JPEGs, made once and kept in benchmarks/out."""
    folder = OUT / "sources"
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for n in range(DISTINCT_IMAGES):
        path = folder / f"source-{n:02d}.jpg"
        if not path.exists():
            noise = Image.effect_noise((600, 400), 40 + 3 * n).convert("RGB")
            tint = Image.new("RGB", noise.size, (40 + 17 * n % 200, 120, 200 - 13 * n % 150))
            Image.blend(noise, tint, 0.5).resize(SOURCE_SIZE, Image.Resampling.BICUBIC).save(path, quality=85)
        paths.append(path)
    return paths


def bench_tour(stops: int) -> Path:
    """A tour of `stops` stops, each with its own 24 MP JPEG (hard links to the sources)."""
    folder = OUT / f"tour-{stops}"
    if (folder / "tour.toml").exists():
        return folder
    (folder / "images").mkdir(parents=True, exist_ok=True)
    sources = source_images()
    parts = [f'format = 1\nid = "bench-{stops}"\ntitle = "Benchmark"\nlanguages = ["en", "ko"]\n']
    for i in range(stops):
        image = folder / "images" / f"stop-{i:03d}.jpg"
        if not image.exists():
            os.link(sources[i % len(sources)], image)
        parts.append(
            f'[[stops]]\nid = "stop-{i}"\ntitle = {{ en = "Stop {i}", ko = "정류장 {i}" }}\n'
            f'narration = {{ en = "Stop **{i}**: what a guide would say here.", ko = "정류장 **{i}**." }}\n'
            f'[[stops.images]]\nfile = "images/stop-{i:03d}.jpg"\nalt = "Picture {i}"\ncredit = "Benchmark"\n'
        )
    (folder / "tour.toml").write_text("".join(parts), encoding="utf-8")
    return folder


def run_child(
    module: str, args: list[str], timeout: float = 120, extra_env: dict[str, str] | None = None
) -> dict[str, float]:
    """Run `python -m benchmarks.MODULE ARGS` offscreen, with its own settings; its last line is JSON."""
    # the benchmark's own settings and data: a person's recent tours stay as they were
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT), XDG_CONFIG_HOME=str(OUT / "config"))
    env.update(extra_env or {})
    done = subprocess.run(
        [sys.executable, "-m", f"benchmarks.{module}", *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        cwd=ROOT,
        env=env,
    )
    if done.returncode != 0:
        raise RuntimeError(f"benchmark {module} {args} failed: {done.stderr[-2000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def _child(args: list[str], timeout: float = 120, extra_env: dict[str, str] | None = None) -> dict[str, float]:
    return run_child("viewer_child", args, timeout, extra_env)


def _start_ms(kind: str, data: Path, ui_lang: str = "en") -> float:
    """Wall time from starting a process to its first paint (of the first stop, or a bare window)."""
    start = time.time()
    painted = _child([kind, str(SAMPLE), str(data)], extra_env={"TOURVIEWER_UI_LANG": ui_lang})["painted_at"]
    return (painted - start) * 1000


def run() -> dict[str, float]:
    figures: dict[str, float] = {}
    data = OUT / "data"
    # A tour opened for the first time is read and validated in full; from then on
    # it is built from its record (tourviewer.core.checked), as a participant reopens it.
    first_opens = []
    for n in range(3):
        fresh = OUT / f"fresh-data-{n}"
        shutil.rmtree(fresh, ignore_errors=True)
        first_opens.append(_start_ms("startup", fresh))
    figures["startup_first_open_ms"] = round(statistics.median(first_opens), 1)
    _start_ms("bare", data)  # warm the file cache for both
    # the participant read the tour before and closed the window: what a reopen finds is as it left it
    _child(["visit", str(SAMPLE), str(data)])
    bare: list[float] = []
    ours: list[float] = []
    korean: list[float] = []  # the interface in Korean: its translations loaded at start
    for _ in range(STARTS):  # taken in turns, so that a change in the machine's load falls on all
        bare.append(_start_ms("bare", data))
        ours.append(_start_ms("startup", data))
        korean.append(_start_ms("startup", data, ui_lang="ko"))
    figures["startup_first_stop_ms"] = round(statistics.median(ours), 1)
    figures["startup_bare_qt_ms"] = round(statistics.median(bare), 1)
    figures["startup_ratio_vs_bare_qt"] = round(statistics.median(ours) / statistics.median(bare), 2)
    figures["startup_korean_ui_ms"] = round(statistics.median(korean), 1)
    figures["startup_ratio_vs_bare_qt_korean_ui"] = round(statistics.median(korean) / statistics.median(bare), 2)

    steps = _child(["steps", str(bench_tour(60)), str(data)], timeout=600)
    figures.update(steps)
    walk = _child(["walk", str(bench_tour(300)), str(data)], timeout=1200)
    figures.update(walk)
    return figures
