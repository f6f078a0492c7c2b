"""The participant's own data, in `notes.db` in the user's data folder.

One SQLite database (in WAL mode) holds what the viewer remembers per tour:
the visited stops, the last stop and the language. It has a schema version
table and migrations from the first version on, so later versions can add to
it without losing anything.

Progress is read before the first stop is painted, so this module uses the
standard library's sqlite3 and leaves sqlite-utils (its import alone costs
more than a tenth of the start-up budget) to the features that need it.

Reading and writing never raise into the viewer: a store that cannot be opened
or written says why in `problem`, and the viewer goes on without it.
"""

from __future__ import annotations

import logging
import os
import sqlite3
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

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


MIGRATIONS: list[Callable[[sqlite3.Connection], None]] = [_v1]


def default_data_dir() -> Path | None:
    """The data folder named by the environment, if any (the UI supplies Qt's otherwise)."""
    env = os.environ.get("TOURVIEWER_DATA_DIR")
    return Path(env) if env else None


@dataclass(frozen=True)
class Position:
    stop_id: str | None
    language: str | None


class Store:
    """Progress per tour; `problem` says why nothing can be saved, when that is so."""

    def __init__(self, folder: Path):
        self.path = folder / DB_NAME
        self.problem: str | None = None
        self.db: sqlite3.Connection | None = None
        try:
            folder.mkdir(parents=True, exist_ok=True)
            # autocommit: every write below is its own short transaction, or an explicit one
            self.db = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
            self.db.row_factory = sqlite3.Row
            self.db.execute("PRAGMA journal_mode=WAL")
            # in WAL mode NORMAL never corrupts the database; a power cut may lose the last visit
            self.db.execute("PRAGMA synchronous=NORMAL")
            self._migrate()
        except (sqlite3.Error, OSError) as exc:
            self.problem = f"progress cannot be saved in {folder}: {exc}"
            log.warning(self.problem)
            self.db = None

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
        if self.db is None:
            return False
        try:
            self.db.execute(sql, params)
            return True
        except sqlite3.Error as exc:
            self.problem = f"progress cannot be saved: {exc}"
            log.warning(self.problem)
            return False

    def _read(self, sql: str, params: list[object]) -> list[dict[str, object]]:
        if self.db is None:
            return []
        try:
            return [dict(row) for row in self.db.execute(sql, params)]
        except sqlite3.Error as exc:
            log.warning("progress cannot be read: %s", exc)
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

    def close(self) -> None:
        if self.db is not None:
            self.db.close()
            self.db = None
