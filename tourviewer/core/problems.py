"""Problems found in a tour: what the loader returns instead of raising.

Every problem has a stable code from the tour format, the key path from the top
of `tour.toml`, the file and, where known, the line and column.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

MAX_MESSAGE = 400  # characters; a longer message keeps its start and its end
_REPEATED = re.compile(r"(.{2,60}?)\1{4,}", re.DOTALL)  # a piece of text written five times or more in a row


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"


# Every code of the tour format, with its severity.
ERROR_CODES = frozenset(
    {
        "not-a-tour",
        "not-utf8",
        "syntax",
        "unsupported-format",
        "missing-key",
        "unknown-key",
        "wrong-type",
        "bad-id",
        "duplicate-id",
        "no-stops",
        "undeclared-language",
        "out-of-range",
        "bad-bounds",
        "remote-media",
        "path-outside-tour",
        "missing-file",
        "unreadable-media",
        "bad-package",
        "broken-link",
        "conflicting-keys",
        "panorama-only",
    }
)
WARNING_CODES = frozenset(
    {
        "missing-alt",
        "missing-credit",
        "missing-translation",
        "off-map",
        "no-position",
        "oversized-image",
        "not-equirectangular",
    }
)
INFO_CODES = frozenset({"location-from-photo"})

KeyPath = tuple[str | int, ...]


def severity_of(code: str) -> Severity:
    if code in ERROR_CODES:
        return Severity.ERROR
    if code in WARNING_CODES:
        return Severity.WARNING
    if code in INFO_CODES:
        return Severity.INFO
    raise ValueError(f"unknown problem code {code!r}")


@dataclass(frozen=True)
class Problem:
    """One thing wrong with (or worth knowing about) a tour."""

    code: str
    path: KeyPath
    message: str
    file: str = "tour.toml"
    line: int | None = None
    column: int | None = None
    severity: Severity = field(default=Severity.ERROR)

    @classmethod
    def make(cls, code: str, path: KeyPath, message: str, file: str = "tour.toml") -> Problem:
        return cls(code=code, path=tuple(path), message=shorten(message), file=file, severity=severity_of(code))

    def to_json(self) -> dict[str, Any]:
        return {
            "severity": self.severity.value,
            "code": self.code,
            "path": list(self.path),
            "file": self.file,
            "line": self.line,
            "column": self.column,
            "message": self.message,
        }


def shorten(message: str, limit: int = MAX_MESSAGE) -> str:
    """A message a person can read: a piece repeated many times in a row shown once with a count, then at most `limit`.

    `the entry ..\\..\\..\\..\\..\\x would …` becomes `the entry [..\\ ×5]x would …`.
    """

    def once(match: re.Match[str]) -> str:
        unit = match.group(1)
        return f"[{unit} ×{len(match.group(0)) // len(unit)}]"

    text = _REPEATED.sub(once, message)
    if len(text) > limit:
        keep = (limit - 3) // 2
        text = f"{text[:keep]} … {text[-keep:]}"
    return text


def format_path(path: KeyPath, stop_ids: dict[int, str] | None = None) -> str:
    """`("stops", 2, "images", 0, "file")` as `stops[2] (collabo-farm) images[0].file`."""
    out = ""
    for i, part in enumerate(path):
        if isinstance(part, int):
            out += f"[{part}]"
            if i == 1 and path[0] == "stops" and stop_ids and part in stop_ids:
                out += f" ({stop_ids[part]}) "
        else:
            if out and not out.endswith(" "):
                out += "."
            out += part
    return out.strip()


def format_line(problem: Problem, shown_file: str, stop_ids: dict[int, str] | None = None) -> str:
    """One problem in the form editors understand: `file:line:col: severity[code] path: message`."""
    where = shown_file
    if problem.line is not None:
        where += f":{problem.line}:{problem.column or 1}"
    key = format_path(problem.path, stop_ids)
    key = f" {key}:" if key else ""
    return f"{where}: {problem.severity.value}[{problem.code}]{key} {problem.message}"
