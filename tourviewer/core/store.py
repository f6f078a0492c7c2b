"""The participant's own data, in `notes.db` in the user's data folder.

One SQLite database (in WAL mode) holds what the participant has that nobody
else has a copy of: their notes, per stop and per tour, and what the viewer
remembers per tour (the visited stops, the last stop and the language). It has
a schema version table and migrations from the first version on, so later
versions add to it without losing anything. Full-text search (FTS5, set up by
sqlite-utils with triggers) covers the notes and the tours' own text.

Progress is read before the first stop is painted, so the everyday queries use
the standard library's sqlite3; sqlite-utils (slower to import) is used where
it does more than a query would: creating the search indexes.

Nothing here raises into the viewer: a store that cannot be opened or written
says why in `problem`, and the viewer goes on without it. A damaged database
is renamed aside (never deleted) and a new one is started; `recovered_from`
names the old one so the user can be told.
"""

from __future__ import annotations

import functools
import json
import logging
import os
import re
import sqlite3
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tourviewer.core.said import Said
from tourviewer.core.words import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)

DB_NAME = "notes.db"
BUSY_TIMEOUT_MS = 5000


def _v1(db: sqlite3.Connection) -> None:
    db.execute(
        "CREATE TABLE IF NOT EXISTS visits (tour_id TEXT NOT NULL, stop_id TEXT NOT NULL, "
        "first_visit REAL NOT NULL, PRIMARY KEY (tour_id, stop_id))"
    )
    db.execute(
        "CREATE TABLE IF NOT EXISTS tour_state (tour_id TEXT PRIMARY KEY, stop_id TEXT, "
        "language TEXT, updated REAL NOT NULL)"
    )


def _v2(db: sqlite3.Connection) -> None:
    from sqlite_utils import Database

    db.execute(
        "CREATE TABLE IF NOT EXISTS notes (tour_id TEXT NOT NULL, stop_id TEXT NOT NULL, "
        "text TEXT NOT NULL, updated REAL NOT NULL, PRIMARY KEY (tour_id, stop_id))"
    )
    db.execute(
        "CREATE TABLE IF NOT EXISTS tour_text (tour_id TEXT NOT NULL, stop_id TEXT NOT NULL, "
        "language TEXT NOT NULL, title TEXT NOT NULL, place TEXT NOT NULL, narration TEXT NOT NULL, "
        "PRIMARY KEY (tour_id, stop_id, language))"
    )
    db.execute("CREATE TABLE IF NOT EXISTS tour_index (tour_id TEXT PRIMARY KEY, digest TEXT NOT NULL)")
    tables = Database(db)
    tables.table("notes").enable_fts(["text"], create_triggers=True)
    tables.table("tour_text").enable_fts(["title", "place", "narration"], create_triggers=True)


# Korean, Japanese and Chinese write compounds without spaces ("젊은협업농장", "協同農場"): the word
# indexes above cannot find "협업" or "農場" inside them. A trigram index of the same rows finds any
# piece of three characters or more; shorter pieces are looked for in the rows themselves.
_TRIGRAM_INDEXES = (("notes", "notes_tri", ("text",)), ("tour_text", "tour_text_tri", ("title", "place", "narration")))


def _v3(db: sqlite3.Connection) -> None:
    for table, index, columns in _TRIGRAM_INDEXES:
        names = ", ".join(columns)
        new = ", ".join(f"new.{c}" for c in columns)
        old = ", ".join(f"old.{c}" for c in columns)
        try:
            db.execute(
                f"CREATE VIRTUAL TABLE {index} USING fts5({names}, content='{table}', content_rowid='rowid', "
                "tokenize='trigram')"
            )
        except sqlite3.OperationalError as exc:  # SQLite before 3.34 has no trigram tokenizer
            log.info("no trigram index for %s (%s): pieces of words are looked for row by row", table, exc)
            return
        db.execute(
            f"CREATE TRIGGER {index}_ai AFTER INSERT ON {table} BEGIN "
            f"INSERT INTO {index} (rowid, {names}) VALUES (new.rowid, {new}); END"
        )
        db.execute(
            f"CREATE TRIGGER {index}_ad AFTER DELETE ON {table} BEGIN "
            f"INSERT INTO {index} ({index}, rowid, {names}) VALUES ('delete', old.rowid, {old}); END"
        )
        db.execute(
            f"CREATE TRIGGER {index}_au AFTER UPDATE ON {table} BEGIN "
            f"INSERT INTO {index} ({index}, rowid, {names}) VALUES ('delete', old.rowid, {old}); "
            f"INSERT INTO {index} (rowid, {names}) VALUES (new.rowid, {new}); END"
        )
        db.execute(f"INSERT INTO {index} ({index}) VALUES ('rebuild')")  # the rows written before this version


MIGRATIONS: list[Callable[[sqlite3.Connection], None]] = [_v1, _v2, _v3]
TOUR_NOTE = ""  # the stop id of the note on the whole tour
_MARK_START, _MARK_END = "\x02", "\x03"  # around matched words in search snippets
_RETRIES = 3


def default_data_dir() -> Path | None:
    """The data folder named by the environment, if any (the UI supplies Qt's otherwise)."""
    env = os.environ.get("TOURVIEWER_DATA_DIR")
    return Path(env) if env else None


@dataclass(frozen=True)
class Position:
    stop_id: str | None
    language: str | None


@dataclass(frozen=True)
class Note:
    stop_id: str  # TOUR_NOTE for the note on the whole tour
    text: str
    updated: float


@dataclass(frozen=True)
class StopText:
    """A stop's searchable text in one language."""

    stop_id: str
    title: str
    place: str
    narration: str


@dataclass(frozen=True)
class SearchHit:
    """A match: in the tour's own text (`kind` "tour") or in a note ("note")."""

    kind: str
    stop_id: str
    snippet: str  # matched words between MARK_START and MARK_END

    def parts(self) -> list[tuple[str, bool]]:
        """The snippet as (text, matched) pieces, for highlighting."""
        pieces = re.split(f"({_MARK_START}.*?{_MARK_END})", self.snippet)
        return [(p.strip(_MARK_START + _MARK_END), p.startswith(_MARK_START)) for p in pieces if p]


@functools.cache
def _no_spaces() -> re.Pattern[str]:
    """Scripts written without spaces between words: a query word in them is looked for inside words.

    Compiled at the first search, not at start-up: its ranges take the regular expression compiler 2 ms.
    """
    return re.compile(
        "[\u1100-\u11ff\u3040-\u30ff\u3130-\u318f\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff"
        "\uac00-\ud7af\uf900-\ufaff\uff66-\uffdc\U00020000-\U0003134f]"
    )


_TRIGRAM = 3  # the shortest piece the trigram index finds
_SNIPPET_BEFORE, _SNIPPET_LENGTH = 16, 56  # characters of a snippet made here: before the first match, in all
# (kind, table, word index, trigram index, searched columns, which rows)
_SOURCES = (
    (
        "tour",
        "tour_text",
        "tour_text_fts",
        "tour_text_tri",
        ("title", "place", "narration"),
        "t.tour_id = ? AND t.language = ?",
    ),
    ("note", "notes", "notes_fts", "notes_tri", ("text",), "t.tour_id = ?"),
)


def inside_words(words: list[str]) -> list[str]:
    """The words of a query that are looked for inside words: those in Korean, Japanese or Chinese."""
    return [w for w in words if _no_spaces().search(w)]


def fts_query(text: str) -> str | None:
    """Words as a prefix search where every word must match; None when there are none."""
    words = re.findall(r"\w+", text)
    if not words:
        return None
    return " ".join('"' + w.replace('"', '""') + '"*' for w in words)


class Store:
    """Notes and progress; `problem` says why nothing can be saved, when that is so."""

    def __init__(self, folder: Path):
        self.path = folder / DB_NAME
        self.problem: str | None = None
        self.recovered_from: Path | None = None  # where a damaged database was put aside
        self.db: sqlite3.Connection | None = None
        self._trigrams: bool | None = None  # known after the first search that needs them
        try:
            folder.mkdir(parents=True, exist_ok=True)
            self.db = self._connect()
        except sqlite3.DatabaseError as exc:
            if isinstance(exc, sqlite3.OperationalError) or not self.path.is_file():
                self._unavailable(folder, exc)
            else:
                self._recover(folder, exc)
        except OSError as exc:
            self._unavailable(folder, exc)

    def _connect(self) -> sqlite3.Connection:
        # autocommit: every write below is its own short transaction, or an explicit one
        db = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None, check_same_thread=False)
        try:
            db.row_factory = sqlite3.Row
            db.execute("PRAGMA journal_mode=WAL")
            # in WAL mode NORMAL never corrupts the database; a power cut may lose the last moment
            db.execute("PRAGMA synchronous=NORMAL")
            self.db = db
            self._migrate()
        except BaseException:
            db.close()
            self.db = None
            raise
        return db

    def _unavailable(self, folder: Path, exc: BaseException) -> None:
        self.problem = Said(QT_TRANSLATE_NOOP("Notebook", "notes cannot be saved in {0}: {1}"), folder, exc)
        log.warning(self.problem)
        self.db = None

    def _recover(self, folder: Path, exc: BaseException) -> None:
        """Put a damaged database aside, with a timestamp, and start a new one."""
        stamp = time.strftime("%Y%m%d-%H%M%S")
        aside = self.path.with_name(f"{self.path.name}.damaged-{stamp}")
        try:
            for suffix in ("", "-wal", "-shm"):
                part = self.path.with_name(self.path.name + suffix)
                if part.exists():
                    part.rename(aside.with_name(aside.name + suffix))
            self.recovered_from = aside
            log.warning("%s was damaged (%s); kept as %s", self.path, exc, aside)
            self.db = self._connect()
        except (sqlite3.Error, OSError) as again:
            self._unavailable(folder, again)

    @property
    def version(self) -> int:
        if self.db is None:
            return 0
        row = self.db.execute("SELECT version FROM schema_version").fetchone()
        return int(row["version"]) if row else 0

    def _migrate(self) -> None:
        assert self.db is not None
        self.db.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)")
        current = self.version
        for number, migration in enumerate(MIGRATIONS, start=1):
            if number > current:
                self.db.execute("BEGIN IMMEDIATE")
                try:
                    migration(self.db)
                    self.db.execute("DELETE FROM schema_version")
                    self.db.execute("INSERT INTO schema_version (version) VALUES (?)", [number])
                    self.db.execute("COMMIT")
                except BaseException:
                    self.db.execute("ROLLBACK")
                    raise

    def _write(self, sql: str, params: list[object]) -> bool:
        return self._transaction([(sql, params)])

    def _transaction(self, statements: Iterable[tuple[str, list[object]]]) -> bool:
        """Run the statements as one transaction; another program holding the
        database is waited for (busy timeout) and tried again a few times."""
        if self.db is None:
            return False
        statements = list(statements)
        for attempt in range(_RETRIES):
            try:
                self.db.execute("BEGIN IMMEDIATE")
                try:
                    for sql, params in statements:
                        self.db.execute(sql, params)
                    self.db.execute("COMMIT")
                except BaseException:
                    self.db.execute("ROLLBACK")
                    raise
                self.problem = None
                return True
            except sqlite3.OperationalError as exc:
                if "locked" in str(exc) or "busy" in str(exc):
                    if attempt < _RETRIES - 1:
                        continue
                self.problem = Said(QT_TRANSLATE_NOOP("Notebook", "cannot be saved: {0}"), exc)
                log.warning(self.problem)
                return False
            except sqlite3.Error as exc:
                self.problem = Said(QT_TRANSLATE_NOOP("Notebook", "cannot be saved: {0}"), exc)
                log.warning(self.problem)
                return False
        return False

    def _read(self, sql: str, params: list[object]) -> list[dict[str, Any]]:
        if self.db is None:
            return []
        try:
            return [dict(row) for row in self.db.execute(sql, params)]
        except sqlite3.Error as exc:
            log.warning("cannot read %s: %s", self.path, exc)
            return []

    def mark_visited(self, tour_id: str, stop_id: str) -> bool:
        return self._write(
            "INSERT OR IGNORE INTO visits (tour_id, stop_id, first_visit) VALUES (?, ?, ?)",
            [tour_id, stop_id, time.time()],
        )

    def visited(self, tour_id: str) -> set[str]:
        rows = self._read("SELECT stop_id FROM visits WHERE tour_id = ?", [tour_id])
        return {str(r["stop_id"]) for r in rows}

    def save_position(self, tour_id: str, stop_id: str, language: str) -> bool:
        return self._write(
            "INSERT INTO tour_state (tour_id, stop_id, language, updated) VALUES (?, ?, ?, ?) "
            "ON CONFLICT(tour_id) DO UPDATE SET stop_id = excluded.stop_id, "
            "language = excluded.language, updated = excluded.updated",
            [tour_id, stop_id, language, time.time()],
        )

    def position(self, tour_id: str) -> Position:
        rows = self._read("SELECT stop_id, language FROM tour_state WHERE tour_id = ?", [tour_id])
        if not rows:
            return Position(None, None)
        row = rows[0]
        return Position(
            str(row["stop_id"]) if row["stop_id"] else None, str(row["language"]) if row["language"] else None
        )

    # -- notes -------------------------------------------------------------------
    def save_note(self, tour_id: str, stop_id: str, text: str) -> bool:
        """Keep `text` as the note of (tour, stop); the last write of a note wins."""
        return self._write(
            "INSERT INTO notes (tour_id, stop_id, text, updated) VALUES (?, ?, ?, ?) "
            "ON CONFLICT(tour_id, stop_id) DO UPDATE SET text = excluded.text, updated = excluded.updated "
            "WHERE notes.text IS NOT excluded.text",
            [tour_id, stop_id, text, time.time()],
        )

    def note(self, tour_id: str, stop_id: str) -> str:
        rows = self._read("SELECT text FROM notes WHERE tour_id = ? AND stop_id = ?", [tour_id, stop_id])
        return str(rows[0]["text"]) if rows else ""

    def notes(self, tour_id: str) -> dict[str, Note]:
        """Every non-empty note of a tour, by stop id (TOUR_NOTE for the tour's own)."""
        rows = self._read("SELECT stop_id, text, updated FROM notes WHERE tour_id = ? AND text != ''", [tour_id])
        return {str(r["stop_id"]): Note(str(r["stop_id"]), str(r["text"]), float(r["updated"])) for r in rows}

    def tours_with_notes(self) -> dict[str, int]:
        rows = self._read(
            "SELECT tour_id, count(*) AS n FROM notes WHERE text != '' GROUP BY tour_id ORDER BY tour_id", []
        )
        return {str(r["tour_id"]): int(r["n"]) for r in rows}

    # -- search ------------------------------------------------------------------
    def index_tour(self, tour_id: str, language: str, stops: list[StopText]) -> bool:
        """Keep a tour's text in one language searchable; unchanged text is not indexed again."""
        rows = [(s.stop_id, s.title, s.place, s.narration) for s in stops]
        import hashlib  # only for indexing, after the first stop is shown

        digest = hashlib.sha256(json.dumps(rows, ensure_ascii=False).encode()).hexdigest()
        key = f"{tour_id}\x1f{language}"
        known = self._read("SELECT digest FROM tour_index WHERE tour_id = ?", [key])
        if known and known[0]["digest"] == digest:
            return True
        statements: list[tuple[str, list[object]]] = [
            ("DELETE FROM tour_text WHERE tour_id = ? AND language = ?", [tour_id, language])
        ]
        statements += [
            (
                "INSERT INTO tour_text (tour_id, stop_id, language, title, place, narration) VALUES (?, ?, ?, ?, ?, ?)",
                [tour_id, stop_id, language, title, place, narration],
            )
            for stop_id, title, place, narration in rows
        ]
        statements.append(("INSERT OR REPLACE INTO tour_index (tour_id, digest) VALUES (?, ?)", [key, digest]))
        return self._transaction(statements)

    def search(self, tour_id: str, language: str, text: str, limit: int = 50) -> list[SearchHit]:
        """Stops whose text (in `language`) or whose note matches every word of `text`, best first.

        A word matches words that begin with it; a word in Korean, Japanese or
        Chinese matches anywhere inside a word, as those write compounds without spaces.
        """
        words = re.findall(r"\w+", text)
        if not words:
            return []
        if inside_words(words):
            return self._search_inside(tour_id, language, words, limit)
        query = fts_query(text)
        marks = [_MARK_START, _MARK_END, "…", 12]
        tour_rows = self._read(
            "SELECT t.stop_id, snippet(tour_text_fts, -1, ?, ?, ?, ?) AS snippet FROM tour_text_fts "
            "JOIN tour_text t ON t.rowid = tour_text_fts.rowid "
            "WHERE tour_text_fts MATCH ? AND t.tour_id = ? AND t.language = ? ORDER BY rank LIMIT ?",
            [*marks, query, tour_id, language, limit],
        )
        note_rows = self._read(
            "SELECT n.stop_id, snippet(notes_fts, 0, ?, ?, ?, ?) AS snippet FROM notes_fts "
            "JOIN notes n ON n.rowid = notes_fts.rowid "
            "WHERE notes_fts MATCH ? AND n.tour_id = ? ORDER BY rank LIMIT ?",
            [*marks, query, tour_id, limit],
        )
        hits = [SearchHit("tour", str(r["stop_id"]), str(r["snippet"])) for r in tour_rows]
        hits += [SearchHit("note", str(r["stop_id"]), str(r["snippet"])) for r in note_rows]
        return hits

    def _search_inside(self, tour_id: str, language: str, words: list[str], limit: int) -> list[SearchHit]:
        """Every word must match: the others as word beginnings (word index), the Korean, Japanese and
        Chinese ones as pieces (trigram index from three characters on, the rows themselves below)."""
        inside = inside_words(words)
        beginnings = [w for w in words if w not in inside]
        long = [w for w in inside if len(w) >= _TRIGRAM] if self._has_trigrams() else []
        short = [w for w in inside if w not in long]
        hits: list[SearchHit] = []
        for kind, table, word_index, trigram_index, columns, which in _SOURCES:
            rows_of = [tour_id, language] if kind == "tour" else [tour_id]
            sql = f"SELECT t.stop_id, {', '.join('t.' + c for c in columns)} FROM {table} t"
            conditions = [which]
            params: list[object] = list(rows_of)
            order = ""
            if long:
                sql += f" JOIN {trigram_index} ON {trigram_index}.rowid = t.rowid"
                conditions.append(f"{trigram_index} MATCH ?")
                params.append(" ".join('"' + w.replace('"', '""') + '"' for w in long))
                order = f" ORDER BY {trigram_index}.rank"
            if beginnings:
                conditions.append(f"t.rowid IN (SELECT rowid FROM {word_index} WHERE {word_index} MATCH ?)")
                params.append(fts_query(" ".join(beginnings)))
            for word in short:
                conditions.append("(" + " OR ".join(f"instr(lower(t.{c}), ?) > 0" for c in columns) + ")")
                params += [_ascii_lower(word)] * len(columns)
            if short and not long and len(columns) > 1:  # no rank from an index: matches in the title first
                order = " ORDER BY " + " + ".join(f"(instr(lower(t.{c}), ?) > 0)" for c in columns[1:])
                order += f" + 3 * (instr(lower(t.{columns[0]}), ?) > 0) DESC"
                params += [_ascii_lower(short[0])] * len(columns)
            rows = self._read(f"{sql} WHERE {' AND '.join(conditions)}{order} LIMIT ?", [*params, limit])
            hits += [
                SearchHit(kind, str(r["stop_id"]), _snippet([str(r[c]) for c in columns], words, inside)) for r in rows
            ]
        return hits

    def _has_trigrams(self) -> bool:
        """Whether this SQLite made the trigram indexes (3.34 and later do)."""
        if self._trigrams is None:
            self._trigrams = bool(self._read("SELECT name FROM sqlite_master WHERE name = 'notes_tri'", []))
        return self._trigrams

    def close(self) -> None:
        if self.db is not None:
            self.db.close()
            self.db = None


def _ascii_lower(word: str) -> str:
    """`word` lowered as SQLite's lower() does: ASCII letters only."""
    return "".join(c.lower() if c.isascii() else c for c in word)


def _matches(text: str, words: list[str], inside: list[str]) -> list[tuple[int, int]]:
    """Where the words match in `text`: inside words for `inside`, at word beginnings (the whole word) otherwise."""
    patterns = [re.escape(w) if w in inside else r"(?<!\w)" + re.escape(w) + r"\w*" for w in words]
    found = re.finditer("|".join(f"(?:{p})" for p in patterns), text, re.IGNORECASE)
    return [m.span() for m in found if m.end() > m.start()]


def _snippet(texts: list[str], words: list[str], inside: list[str]) -> str:
    """The part of the text that matches best, around its first match, with the matches marked."""
    # the column with the most different matches; on a tie the narration rather than the title shown above it
    best = max(reversed(texts), key=lambda text: len({text[a:b].lower() for a, b in _matches(text, words, inside)}))
    spans = _matches(best, words, inside)
    if not spans:
        return best[:_SNIPPET_LENGTH]
    start = max(0, spans[0][0] - _SNIPPET_BEFORE)
    space = best.rfind(" ", start, spans[0][0])
    if start > 0 and space > start:  # begin at a word where there are spaces
        start = space + 1
    end = min(len(best), start + _SNIPPET_LENGTH)
    out, at = ["…" if start > 0 else ""], start
    for a, b in spans:
        if a >= end:
            break
        if a < at:
            continue
        end = max(end, b)  # a match is never cut
        out += [best[at:a], _MARK_START, best[a:b], _MARK_END]
        at = b
    out.append(best[at:end])
    if end < len(best):
        out.append("…")
    return "".join(out)
