"""Where each key of a `tour.toml` stands: key paths to line and column.

`tomllib` gives no positions, so this scans the (already parsed, so valid) TOML
text once more and records the offset of every key, table header and array
element. The loader asks only when it has problems to report.
"""

from __future__ import annotations

import bisect
import logging
import re

from tourviewer.core.problems import KeyPath

log = logging.getLogger(__name__)

_BARE_KEY = re.compile(r"[A-Za-z0-9_-]+")
_BASIC_STRING = re.compile(r'"(?:[^"\\\n]|\\.)*"')
_LITERAL_STRING = re.compile(r"'[^'\n]*'")
_SCALAR_END = re.compile(r"[,\]}\n#]")
_SPACE = " \t"


class _ScanError(Exception):
    pass


def _match(pattern: re.Pattern[str], text: str, pos: int) -> re.Match[str]:
    found = pattern.match(text, pos)
    if found is None:
        raise _ScanError
    return found


class _Scanner:
    def __init__(self, text: str):
        self.text = text
        self.i = 0
        self.offsets: dict[KeyPath, int] = {}
        self.array_tables: dict[KeyPath, int] = {}

    # -- low-level helpers -------------------------------------------------
    def skip_space(self, newlines: bool = False) -> None:
        text, n = self.text, len(self.text)
        while self.i < n:
            c = text[self.i]
            if c in _SPACE or c == "\r" or (newlines and c == "\n"):
                self.i += 1
            elif c == "#" and newlines:
                end = text.find("\n", self.i)
                self.i = n if end < 0 else end
            else:
                return

    def skip_line(self) -> None:
        end = self.text.find("\n", self.i)
        self.i = len(self.text) if end < 0 else end + 1

    def record(self, path: KeyPath, offset: int) -> None:
        self.offsets.setdefault(path, offset)

    def key(self) -> list[str]:
        """A dotted key: `a`, `"a b".c`, `'x'`."""
        parts: list[str] = []
        while True:
            self.skip_space()
            c = self.text[self.i : self.i + 1]
            if c == '"':
                m = _match(_BASIC_STRING, self.text, self.i)
                parts.append(m.group()[1:-1])
            elif c == "'":
                m = _match(_LITERAL_STRING, self.text, self.i)
                parts.append(m.group()[1:-1])
            else:
                m = _match(_BARE_KEY, self.text, self.i)
                parts.append(m.group())
            self.i = m.end()
            self.skip_space()
            if self.text[self.i : self.i + 1] != ".":
                return parts
            self.i += 1

    # -- values ------------------------------------------------------------
    def value(self, path: KeyPath) -> None:
        text = self.text
        if text.startswith('"""', self.i):
            self.multiline('"""', escapes=True)
        elif text.startswith("'''", self.i):
            self.multiline("'''", escapes=False)
        elif text.startswith('"', self.i):
            m = _match(_BASIC_STRING, text, self.i)
            self.i = m.end()
        elif text.startswith("'", self.i):
            m = _match(_LITERAL_STRING, text, self.i)
            self.i = m.end()
        elif text.startswith("{", self.i):
            self.inline_table(path)
        elif text.startswith("[", self.i):
            self.array(path)
        else:
            end = _SCALAR_END.search(text, self.i)
            self.i = end.start() if end else len(text)

    def multiline(self, quote: str, escapes: bool) -> None:
        text = self.text
        j = self.i + 3
        while True:
            end = text.find(quote, j)
            if end < 0:
                self.i = len(text)
                return
            backslashes = 0
            k = end - 1
            while escapes and k >= j and text[k] == "\\":
                backslashes += 1
                k -= 1
            if backslashes % 2 == 0:
                # up to two more quotes may belong to the content
                end += 3
                while text.startswith(quote[0], end) and end - 3 < len(text):
                    end += 1
                self.i = end
                return
            j = end + 1

    def key_value(self, table: KeyPath) -> None:
        """`key = value` inside `table`, recording where the key starts."""
        start = self.i
        full = table + tuple(self.key())
        self.record(full, start)
        self.skip_space()
        self.i += 1  # '='
        self.skip_space()
        self.value(full)

    def inline_table(self, path: KeyPath) -> None:
        self.i += 1
        while True:
            self.skip_space(newlines=True)
            if self.text.startswith("}", self.i):
                self.i += 1
                return
            self.key_value(path)
            self.skip_space(newlines=True)
            if self.text.startswith(",", self.i):
                self.i += 1

    def array(self, path: KeyPath) -> None:
        self.i += 1
        index = 0
        while True:
            self.skip_space(newlines=True)
            if self.i >= len(self.text) or self.text.startswith("]", self.i):
                self.i += 1
                return
            element = path + (index,)
            self.record(element, self.i)
            self.value(element)
            index += 1
            self.skip_space(newlines=True)
            if self.text.startswith(",", self.i):
                self.i += 1

    # -- document ----------------------------------------------------------
    def header(self) -> KeyPath:
        start = self.i
        is_array = self.text.startswith("[[", self.i)
        self.i += 2 if is_array else 1
        keys = self.key()
        concrete: KeyPath = ()
        for n, part in enumerate(keys):
            concrete += (part,)
            last = n == len(keys) - 1
            if last and is_array:
                count = self.array_tables.get(concrete, 0)
                self.array_tables[concrete] = count + 1
                self.record(concrete, start)
                concrete += (count,)
            elif concrete in self.array_tables:
                concrete += (self.array_tables[concrete] - 1,)
        self.record(concrete, start)
        self.skip_line()
        return concrete

    def document(self) -> None:
        table: KeyPath = ()
        n = len(self.text)
        while self.i < n:
            self.skip_space(newlines=True)
            if self.i >= n:
                return
            if self.text[self.i] == "[":
                table = self.header()
                continue
            self.key_value(table)
            self.skip_space()
            if self.text.startswith("#", self.i) or self.text.startswith("\n", self.i):
                self.skip_line()


class KeyLocator:
    """Finds the line and column of a key path in a TOML text."""

    def __init__(self, text: str):
        self._text = text
        self._offsets: dict[KeyPath, int] | None = None
        self._line_starts: list[int] = []

    def _index(self) -> dict[KeyPath, int]:
        if self._offsets is None:
            scanner = _Scanner(self._text)
            try:
                scanner.document()
            except (_ScanError, IndexError, RecursionError):
                log.debug("stopped locating keys at offset %d", scanner.i)
            self._offsets = scanner.offsets
            self._line_starts = [0] + [m.end() for m in re.finditer("\n", self._text)]
        return self._offsets

    def locate(self, path: KeyPath) -> tuple[int, int] | None:
        """(line, column), both from 1, of `path` or of its nearest located parent."""
        offsets = self._index()
        for n in range(len(path), 0, -1):
            offset = offsets.get(tuple(path[:n]))
            if offset is not None:
                return self.line_column(offset)
        return None

    def line_column(self, offset: int) -> tuple[int, int]:
        self._index()
        line = bisect.bisect_right(self._line_starts, offset)
        return line, offset - self._line_starts[line - 1] + 1
