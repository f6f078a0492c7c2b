"""Loading and validating a generated 2,000-stop bilingual tour, against tomllib alone."""

from __future__ import annotations

import statistics
import tempfile
import time
import tomllib
from pathlib import Path

from tourviewer.core.loader import load_tour

STOPS = 2000
REPEATS = 7


def generated_tour(stops: int = STOPS) -> str:
    parts = [
        'format = 1\nid = "bench"\ntitle = { en = "Benchmark", ko = "벤치마크" }\nlanguages = ["en", "ko"]\n'
        'summary = { en = "A *long* tour.", ko = "*긴* 투어." }\n'
    ]
    for i in range(stops):
        parts.append(
            f'\n[[stops]]\nid = "stop-{i}"\ntitle = {{ en = "Stop {i}", ko = "정류장 {i}" }}\n'
            f'place = {{ en = "Place {i}", ko = "장소 {i}" }}\n'
            f"location = {{ lat = {35 + (i % 100) / 100:.4f}, lon = {126 + (i % 97) / 100:.4f} }}\n"
            f"minutes = {1 + i % 12}\n"
            'narration = { en = """\nYoung people learn to **farm** together here, then go on to farm on '
            'their own.\n\nMost of what grows here goes to school meals.\n""", ko = """\n젊은이들이 함께 '
            "**농사**를 배우고, 그다음 스스로 농사를 짓습니다."
            '\n\n여기서 자란 것은 대부분 학교 급식으로 갑니다.\n""" }\n'
            'speaker_notes = { en = "Ask who grew up on a farm.", '
            'ko = "농장에서 자란 사람이 있는지 물어보세요." }\n'
            f'links = [{{ title = {{ en = "About {i}", ko = "소개 {i}" }}, url = "https://example.org/{i}" }}]\n'
        )
    return "".join(parts)


def _median_ms(fn, repeats: int = REPEATS) -> float:
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def run() -> dict[str, float]:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "bench"
        folder.mkdir()
        text = generated_tour()
        (folder / "tour.toml").write_text(text, encoding="utf-8")
        result = load_tour(folder)
        assert result.tour is not None and not result.problems, result.problems[:3]
        load_ms = _median_ms(lambda: load_tour(folder))
        toml_ms = _median_ms(lambda: tomllib.loads((folder / "tour.toml").read_text(encoding="utf-8")))
    return {
        "load_2000_stops_ms": round(load_ms, 1),
        "tomllib_2000_stops_ms": round(toml_ms, 1),
        "load_ratio_vs_tomllib": round(load_ms / toml_ms, 2),
    }
