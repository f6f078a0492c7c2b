"""Facilitator mode: a Next key press to the audience window painting the next stop."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from benchmarks.bench_viewer import OUT, ROOT, bench_tour


def run() -> dict[str, float]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT), XDG_CONFIG_HOME=str(OUT / "config"))
    done = subprocess.run(
        [sys.executable, "-m", "benchmarks.present_child", str(bench_tour(60))],
        capture_output=True,
        text=True,
        timeout=600,
        cwd=ROOT,
        env=env,
    )
    if done.returncode != 0:
        raise RuntimeError(f"present benchmark failed: {done.stderr[-2000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])
