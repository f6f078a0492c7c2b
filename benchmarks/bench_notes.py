"""The field notebook: UI time per keystroke in the note editor, and search over 10,000 notes."""

from __future__ import annotations

import statistics
import tempfile
import time
from pathlib import Path

from benchmarks.bench_loader import generated_tour
from benchmarks.bench_viewer import ROOT, run_child
from tourviewer.core.loader import load_tour
from tourviewer.core.search import index
from tourviewer.core.store import Store


def _keystrokes() -> dict[str, float]:
    return run_child("notes_child", [str(ROOT / "tours" / "hongsung")], timeout=300)


def _search() -> dict[str, float]:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "tour"
        folder.mkdir()
        (folder / "tour.toml").write_text(generated_tour(300), encoding="utf-8")
        tour = load_tour(folder).tour
        assert tour is not None
        store = Store(Path(tmp) / "data")
        words = ["cooperative", "farm", "school", "meals", "youth", "idea", "question", "market"]
        for n in range(10_000):
            stop = tour.stops[n % len(tour.stops)].id
            text = f"Note {n}: {words[n % 8]} and {words[(n * 3) % 8]}; what would work at home? 농장 {n}"
            store.save_note(tour.id if n % 2 else f"other-{n % 7}", f"{stop}-{n}", text)
        start = time.perf_counter()
        index(store, tour)
        index_ms = (time.perf_counter() - start) * 1000
        medians = []
        for query in ("farm", "school meals", "농장"):
            times = []
            for _ in range(15):
                start = time.perf_counter()
                hits = store.search(tour.id, "en", query)
                times.append((time.perf_counter() - start) * 1000)
            assert hits, query
            medians.append(statistics.median(times))
        store.close()
    return {"search_10k_notes_ms": round(max(medians), 2), "index_300_stops_ms": round(index_ms, 1)}


def run() -> dict[str, float]:
    return {**_keystrokes(), **_search()}
