"""Facilitator mode: a Next key press to the audience window painting the next stop."""

from __future__ import annotations

from benchmarks.bench_viewer import bench_tour, run_child


def run() -> dict[str, float]:
    return run_child("present_child", [str(bench_tour(60))], timeout=600)
