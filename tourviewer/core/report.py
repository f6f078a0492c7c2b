"""Validation reports: the human lines and the JSON of `tourviewer validate`."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from tourviewer.core.loader import TOUR_FILE, LoadResult
from tourviewer.core.problems import format_line


def _shown_file(target: str, result: LoadResult, file: str) -> str:
    """Where a problem's file is, as the user named the tour."""
    source = Path(target)
    if source.is_dir():
        return str(source / file)
    if source.name == TOUR_FILE:
        return str(source.parent / file)
    if file == source.name or (result.root is None and result.package is None):
        return target
    return f"{target}!/{file}"  # a file inside a package


def human_report(targets: Sequence[str], results: Sequence[LoadResult], strict: bool) -> list[str]:
    lines: list[str] = []
    for target, result in zip(targets, results, strict=True):
        ids = result.stop_ids
        for problem in result.problems:
            lines.append(format_line(problem, _shown_file(target, result, problem.file), ids))
        errors, warnings = len(result.errors), len(result.warnings)
        verdict = "ok" if result.ok(strict) else "not ok"
        lines.append(f"{target}: {verdict} ({errors} errors, {warnings} warnings)")
    return lines


def json_report(targets: Sequence[str], results: Sequence[LoadResult], strict: bool) -> list[dict[str, Any]]:
    return [
        {"tour": target, "ok": result.ok(strict), "problems": [p.to_json() for p in result.problems]}
        for target, result in zip(targets, results, strict=True)
    ]
