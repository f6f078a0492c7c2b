"""Reading a tour: `load_tour(path)` for folders and `.tour` packages.

It never raises on a bad tour. It returns the tour it could read (or None when
the structure itself is wrong) with every problem it found, each with the
spec's code, key path, file, line and column.
"""

from __future__ import annotations

import dataclasses
import logging
import math
import re
import typing
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tourviewer.core.checked import CheckedTours, fingerprint
from tourviewer.core.media import probe_image
from tourviewer.core.model import FORMAT_VERSION, Tour, TourModel, build
from tourviewer.core.package import Package, PackageError, TourPath, is_package
from tourviewer.core.paths import PackageFiles, TourFiles
from tourviewer.core.problems import KeyPath, Problem, Severity
from tourviewer.core.references import FileReference
from tourviewer.core.rules import DecodeCheck, RuleChecker

if TYPE_CHECKING:
    import tomllib

log = logging.getLogger(__name__)

TOUR_FILE = "tour.toml"
_TOML_POSITION = re.compile(r"\(at line (\d+), column (\d+)\)")
_RANGE_TYPES = frozenset({"greater_than", "greater_than_equal", "less_than", "less_than_equal", "finite_number"})
_TYPE_NAMES = {
    "string_type": "a string",
    "float_type": "a number",
    "int_type": "a whole number",
    "bool_type": "true or false",
    "list_type": "an array",
    "dataclass_type": "a table",
    "dict_type": "a table",
}


@dataclass
class LoadResult:
    """What `load_tour` could read, and what is wrong with it."""

    source: Path
    tour: Tour | None = None
    problems: list[Problem] = field(default_factory=list)
    root: Path | None = None  # the folder that holds tour.toml; None for a package
    package: Package | None = None  # the package the tour is read from, in place
    stop_ids: dict[int, str] = field(default_factory=dict)  # as written, for messages
    references: list[FileReference] = field(default_factory=list)  # every file tour.toml names
    _files: TourFiles | PackageFiles | None = field(default=None, repr=False, compare=False)

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity is Severity.ERROR]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if p.severity is Severity.WARNING]

    def ok(self, strict: bool = False) -> bool:
        return not self.errors and not (strict and self.warnings)

    def add_late(self, problem: Problem) -> bool:
        """Add a problem found after loading (a picture that fails to decode on screen); False when already known."""
        if any(p.code == problem.code and p.path == problem.path for p in self.problems):
            return False
        self.problems.append(problem)
        return True

    @property
    def files(self) -> TourFiles | PackageFiles | None:
        """Resolves the paths written in the tour: in its folder, or in its package."""
        if self._files is None:
            if self.package is not None:
                self._files = PackageFiles(self.package)
            elif self.root is not None:
                self._files = TourFiles(self.root)
        return self._files

    def media_path(self, written: str) -> TourPath | None:
        """The file a tour path names, when it is safely inside the tour: a `Path`, or an entry of the package."""
        files = self.files
        return files.check(written).file if files is not None else None


def load_tour(
    path: str | Path,
    checked: CheckedTours | None = None,
    decode: DecodeCheck | None = None,
    verify: bool = False,
) -> LoadResult:
    """Load a tour folder, a `tour.toml`, or a `.tour` package (read in place: nothing is extracted).

    With `checked`, a `tour.toml` that passed validation before is read without
    validating it again (and without loading the validator). With `decode`
    (`media.check_decodes`, or `DecodedFiles.check_decodes` that remembers), every
    picture is decoded and every recording's stream read, as `validate` and
    `pack` do; without it files are judged from their headers, as the viewer
    opens a tour. With `verify`, every file of a package that the tour uses is
    read whole and its checksum checked (`validate` does; the viewer checks an
    entry when it first reads it).
    """
    source = Path(path)
    result = LoadResult(source=source)
    if source.is_dir() or (source.is_file() and source.name == TOUR_FILE):
        result.root = source if source.is_dir() else source.parent
        _load_folder(result.root, result, checked, decode)
    elif is_package(source):
        from tourviewer.core.package import open_package

        try:
            result.package = open_package(source)
        except PackageError as exc:
            result.problems.append(Problem.make(exc.code, (), exc.message, file=source.name))
            return result
        _load_package(result.package, result, checked, decode, verify)
    else:
        message = (
            f"{source} does not exist" if not source.exists() else f"{source} is not a tour folder or .tour package"
        )
        result.problems.append(Problem.make("not-a-tour", (), message))
    return result


def _load_folder(root: Path, result: LoadResult, checked: CheckedTours | None, decode: DecodeCheck | None) -> None:
    toml_path = root / TOUR_FILE
    if not toml_path.is_file():
        result.problems.append(Problem.make("not-a-tour", (), f"there is no {TOUR_FILE} in {root}"))
        return
    if not toml_path.resolve().is_relative_to(root.resolve()):
        result.problems.append(
            Problem.make("path-outside-tour", (), f"{TOUR_FILE} is a link to a file outside the tour folder")
        )
        return
    _load_toml(toml_path, TourFiles(root), result, checked, decode)


def _load_package(
    package: Package, result: LoadResult, checked: CheckedTours | None, decode: DecodeCheck | None, verify: bool
) -> None:
    _load_toml(package.file(TOUR_FILE), PackageFiles(package), result, checked, decode, verify)


def _load_toml(
    toml_path: TourPath,
    files: TourFiles | PackageFiles,
    result: LoadResult,
    checked: CheckedTours | None,
    decode: DecodeCheck | None,
    verify: bool = False,
) -> None:
    result._files = files
    if checked is not None and not verify and _read_remembered(files, toml_path, result, checked, decode):
        return
    before = fingerprint(toml_path)  # before reading: a change while reading makes a record stale, never wrong
    try:
        raw = toml_path.read_bytes()
    except OSError as exc:
        if result.package is not None:
            message = f"{TOUR_FILE} cannot be read from the package: {exc.strerror or exc}"
            result.problems.append(Problem.make("bad-package", (), message, file=result.source.name))
        else:
            result.problems.append(Problem.make("not-a-tour", (), f"{TOUR_FILE} cannot be read: {exc.strerror}"))
        return
    text = _decode(raw, result)
    if text is None:
        return
    data = _parse(text, result)
    if data is None:
        return
    _note_stop_ids(data, result)
    if _format_problem(data, result):
        _place(result.problems, lambda: text)
        return
    result.tour = _validate(data, result)
    if result.tour is not None and checked is not None:
        checked.remember_tour(before, data)
    _check_rules(files, data, result, checked, lambda: text, decode, verify)


def _read_remembered(
    files: TourFiles | PackageFiles,
    toml_path: TourPath,
    result: LoadResult,
    checked: CheckedTours,
    decode: DecodeCheck | None,
) -> bool:
    """Read a tour.toml validated before and unchanged since from its record: no TOML, no validator."""
    data = checked.tour_data(toml_path)
    if data is None:
        return False
    try:
        tour = build(data)
    except Exception:  # a record that does not fit the model: read the file itself
        log.warning("a record of %s does not fit the model; reading the file again", toml_path, exc_info=True)
        return False
    _note_stop_ids(data, result)
    result.tour = tour
    _check_rules(files, data, result, checked, lambda: _file_text(toml_path), decode)
    return True


def _file_text(toml_path: TourPath) -> str:
    """The text of a tour.toml read from its record, to place its problems (none when it cannot be read now)."""
    try:
        return toml_path.read_bytes().decode("utf-8-sig", errors="replace")
    except OSError:
        return ""


def _note_stop_ids(data: dict[str, Any], result: LoadResult) -> None:
    stops = data.get("stops")
    if isinstance(stops, list):
        result.stop_ids = {
            i: s["id"] for i, s in enumerate(stops) if isinstance(s, dict) and isinstance(s.get("id"), str)
        }


def _check_rules(
    files: TourFiles | PackageFiles,
    data: dict[str, Any],
    result: LoadResult,
    checked: CheckedTours | None,
    text: Callable[[], str],
    decode: DecodeCheck | None,
    verify: bool = False,
) -> None:
    """The rules across stops and the checks of every file: on every load, remembered tour or not."""
    probe = probe_image if checked is None else checked.probe_image
    checker = RuleChecker(data, files, probe, decode, verify=verify)
    result.problems.extend(checker.run())
    result.references = checker.references
    _place(result.problems, text)
    result.problems.sort(key=lambda p: (p.line or 0, p.column or 0))


def _decode(raw: bytes, result: LoadResult) -> str | None:
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        column = exc.start - (raw.rfind(b"\n", 0, exc.start) + 1) + 1
        result.problems.append(
            _at(
                Problem.make(
                    "not-utf8",
                    (),
                    f"{TOUR_FILE} is not UTF-8: byte 0x{raw[exc.start]:02x} cannot be read; save the file as UTF-8",
                ),
                line,
                column,
            )
        )
        return None


def _parse(text: str, result: LoadResult) -> dict[str, Any] | None:
    import tomllib  # not needed for a tour read from its record

    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        line, column = _toml_position(exc, text)
        message = _TOML_POSITION.sub("", str(exc)).strip()
        problem = Problem.make("syntax", (), f"this is not valid TOML: {message}")
        # the quoted line goes after the message is shortened: its caret's spaces are not a repetition to count
        quoted = dataclasses.replace(problem, message=problem.message + source_excerpt(text, line, column))
        result.problems.append(_at(quoted, line, column))
    except RecursionError:
        result.problems.append(_at(Problem.make("syntax", (), "values are nested too deeply to read"), 1, 1))
    return None


def _display_width(text: str) -> int:
    """Columns `text` takes in a terminal: wide (CJK) characters take two, combining marks none."""
    import unicodedata  # only when a file has a syntax error

    return sum(
        0 if unicodedata.combining(c) else 2 if unicodedata.east_asian_width(c) in ("W", "F") else 1 for c in text
    )


def source_excerpt(text: str, line: int, column: int, width: int = 100) -> str:
    """The offending line quoted under a message, with a caret at `column` (as Python and rustc do).

    A long line is cut to about `width` characters around the column; tabs show as one space.
    """
    lines = text.splitlines()
    if not 1 <= line <= len(lines):
        return ""
    source = lines[line - 1].replace("\t", " ")
    at = min(max(column - 1, 0), len(source))
    start = max(0, at - width // 2) if len(source) > width else 0
    shown = source[start : start + width]
    prefix = "…" if start else ""
    suffix = "…" if start + width < len(source) else ""
    gutter = f"{line} | "
    caret = " " * (len(gutter) - 2) + "| " + " " * (_display_width(prefix + shown[: at - start])) + "^"
    return f"\n  {gutter}{prefix}{shown}{suffix}\n  {caret}"


def _toml_position(exc: tomllib.TOMLDecodeError, text: str) -> tuple[int, int]:
    line, column = getattr(exc, "lineno", None), getattr(exc, "colno", None)
    if isinstance(line, int) and isinstance(column, int):
        return line, column
    found = _TOML_POSITION.search(str(exc))
    if found:
        return int(found.group(1)), int(found.group(2))
    return text.count("\n") + 1, 1  # "at end of document"


def _format_problem(data: dict[str, Any], result: LoadResult) -> bool:
    """True when `format` is one this viewer cannot read: then nothing else is reported."""
    value = data.get("format")
    if value is None or (isinstance(value, int) and not isinstance(value, bool) and value == FORMAT_VERSION):
        return False
    if isinstance(value, int) and not isinstance(value, bool) and value > FORMAT_VERSION:
        message = (
            f"format {value} is newer than this viewer knows (it reads format {FORMAT_VERSION}); "
            "install a newer Tour Viewer"
        )
    else:
        message = f"format must be the whole number {FORMAT_VERSION}, not {value!r}"
    result.problems.append(Problem.make("unsupported-format", ("format",), message))
    return True


def _validate(data: dict[str, Any], result: LoadResult) -> Tour | None:
    from tourviewer.plainimport import import_plainly

    validation = import_plainly("tourviewer.core.validation")  # pydantic, past any import hook (see there)
    tour, errors = validation.validate(data)
    result.problems.extend(_problem_from(error) for error in errors)
    return tour


def _problem_from(error: Mapping[str, Any]) -> Problem:
    path: KeyPath = tuple(error["loc"])
    kind = error["type"]
    key = str(path[-1]) if path else "the tour"
    if kind == "missing":
        return Problem.make("missing-key", path, f"{key} is required here")
    if kind in ("extra_forbidden", "unexpected_keyword_argument"):
        return Problem.make("unknown-key", path, _unknown_key_message(path))
    if kind == "too_short" and path == ("stops",):
        return Problem.make("no-stops", path, "the tour has no stops: add at least one [[stops]]")
    if path[:1] == ("languages",) and kind in ("too_short", "string_pattern_mismatch"):
        what = (
            "languages must list at least one tag"
            if kind == "too_short"
            else (f"{error['input']!r} is not a language tag like en, ko or zh-Hans")
        )
        return Problem.make("undeclared-language", path, what)
    if key == "id" and kind in ("string_pattern_mismatch", "string_too_long"):
        return Problem.make(
            "bad-id",
            path,
            f"{error['input']!r} is not a valid id: use at most 64 lowercase letters, digits "
            "and single hyphens (like collabo-farm)",
        )
    if key == "url" and kind == "string_pattern_mismatch":
        return Problem.make("wrong-type", path, "url must be a web address starting with https:// or http://")
    if kind in _RANGE_TYPES:
        return Problem.make("out-of-range", path, _range_message(key, error))
    if kind in _TYPE_NAMES:
        return Problem.make(
            "wrong-type", path, f"{key} should be {_TYPE_NAMES[kind]}, not {_toml_type(error['input'])}"
        )
    return Problem.make("wrong-type", path, f"{key}: {error['msg']}")


def _range_message(key: str, error: Mapping[str, Any]) -> str:
    value = error["input"]
    if isinstance(value, float) and not math.isfinite(value):
        return f"{key} must be a finite number, not {value}"
    ctx = error.get("ctx") or {}
    limits = {"ge": "at least", "gt": "more than", "le": "at most", "lt": "less than"}
    said = [f"{limits[k]} {v}" for k, v in ctx.items() if k in limits]
    return f"{key} is {value}, but must be {' and '.join(said) or 'in range'}"


def _toml_type(value: Any) -> str:
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, str):
        return f"the string {value!r}"[:60]
    if isinstance(value, int):
        return f"the integer {value}"
    if isinstance(value, float):
        return f"the number {value}"
    if isinstance(value, dict):
        return "a table"
    if isinstance(value, list):
        return "an array"
    return f"a {type(value).__name__}"


def _unknown_key_message(path: KeyPath) -> str:
    key = str(path[-1])
    known = _known_keys(path[:-1])
    import difflib

    close = difflib.get_close_matches(key, known, n=1, cutoff=0.6)
    if close:
        return f"unknown key {key} (did you mean {close[0]}?)"
    return f"unknown key {key}; keys here are {', '.join(known)}, and your own keys must start with x-"


def _known_keys(parent: KeyPath) -> list[str]:
    model: type[TourModel] = Tour
    for part in parent:
        if isinstance(part, int):
            continue
        hints = typing.get_type_hints(model)
        inner = _model_in(hints.get(str(part)))
        if inner is None:
            return []
        model = inner
    return [f.name for f in dataclasses.fields(model)]  # type: ignore[arg-type]


def _model_in(annotation: Any) -> type[TourModel] | None:
    if isinstance(annotation, type) and issubclass(annotation, TourModel):
        return annotation
    for arg in typing.get_args(annotation):
        found = _model_in(arg)
        if found:
            return found
    return None


def _at(problem: Problem, line: int | None, column: int | None) -> Problem:
    return Problem(problem.code, problem.path, problem.message, problem.file, line, column, problem.severity)


def _place(problems: list[Problem], text: Callable[[], str]) -> None:
    """Give each problem in tour.toml the line and column of its key (`text` reads the file's text)."""
    locator = None
    for n, problem in enumerate(problems):
        if problem.line is None and problem.path and problem.file == TOUR_FILE:
            if locator is None:
                from tourviewer.core.locate import KeyLocator  # only a tour with problems needs it

                locator = KeyLocator(text())
            where = locator.locate(problem.path)
            if where:
                problems[n] = _at(problem, *where)
