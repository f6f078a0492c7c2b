"""Runs every benchmark, prints a table of figures and writes benchmarks/results.json.

Each figure that has a target is compared with a baseline measured in the same
run (a ratio), so a busy machine moves both sides together.
"""

from __future__ import annotations

import compileall
import json
import sys
from pathlib import Path

from benchmarks import (
    bench_guide,
    bench_loader,
    bench_notes,
    bench_package,
    bench_panorama,
    bench_present,
    bench_viewer,
)

ROOT = Path(__file__).resolve().parents[1]
RESULTS = Path(__file__).resolve().parent / "results.json"
# figure name -> (target, "max" or "min")
TARGETS: dict[str, tuple[float, str]] = {
    "load_2000_stops_ms": (1500, "max"),
    "load_ratio_vs_tomllib": (4, "max"),
    "startup_first_stop_ms": (1000, "max"),
    "startup_ratio_vs_bare_qt": (2, "max"),
    "startup_ratio_vs_bare_qt_korean_ui": (2, "max"),
    "next_stop_p95_ms": (16, "max"),
    "next_stop_ui_db_ms": (0, "max"),
    "cold_jump_ratio_vs_decode": (1.3, "max"),
    "peak_rss_mb_300_stops": (600, "max"),
    "max_ui_stall_ms": (50, "max"),
    "note_keystroke_ui_p95_ms": (5, "max"),
    "search_10k_notes_ms": (50, "max"),
    "present_next_p95_ms": (16, "max"),
    "pano_frame_p95_ms": (16, "max"),
    "pano_open_ratio_vs_decode": (1.3, "max"),
    "pano_peak_rss_mb": (500, "max"),
    "package_open_ratio_vs_folder": (1.5, "max"),
    "package_reopen_ratio_vs_folder": (1.2, "max"),
    "package_extra_disk_mb": (10, "max"),
    "pack_ratio_vs_zip_store": (1.5, "max"),
    "package_next_stop_p95_ms": (16, "max"),
    "guide_fanout_p95_ms": (50, "max"),
    "guide_fanout_broker_p95_ms": (150, "max"),
    "guide_join_ms": (500, "max"),
    "guide_handover_ratio_vs_socket": (0.5, "min"),
}


DIST_FIGURES = {
    "wheel_mb",
    "bundle_mb",
    "bundle_unpacked_mb",
    "dist_build_s",
    "bundle_startup_ms",
    "venv_startup_ms",
    "bundle_startup_ratio_vs_venv",
}


def main() -> int:
    # Installed programs run from compiled bytecode; a checkout may not have it yet
    # (PYTHONDONTWRITEBYTECODE), and compiling on every start is not what users see.
    compileall.compile_dir(str(ROOT / "tourviewer"), quiet=1)
    compileall.compile_dir(str(ROOT / "benchmarks"), quiet=1)
    figures: dict[str, float] = {}
    for module in (bench_loader, bench_viewer, bench_notes, bench_present, bench_panorama, bench_package, bench_guide):
        figures.update(module.run())
    # the bundle's figures are measured by `make dist`, and kept here as it wrote them
    if RESULTS.exists():
        earlier = json.loads(RESULTS.read_text(encoding="utf-8"))
        figures.update({k: v for k, v in earlier.items() if k in DIST_FIGURES and k not in figures})
    RESULTS.write_text(json.dumps(figures, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    width = max(len(k) for k in figures)
    print(f"{'figure':<{width}}  {'value':>10}  {'target':>10}  met")
    missed = 0
    for name, value in sorted(figures.items()):
        target = TARGETS.get(name)
        if target is None:
            print(f"{name:<{width}}  {value:>10.2f}")
            continue
        limit, kind = target
        met = value <= limit if kind == "max" else value >= limit
        missed += not met
        sign = "<=" if kind == "max" else ">="
        print(f"{name:<{width}}  {value:>10.2f}  {sign + ' ' + str(limit):>10}  {'yes' if met else 'NO'}")
    print(f"written to {RESULTS}")
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
