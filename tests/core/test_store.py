"""The local store of progress: visited stops, last stop and language per tour."""

from __future__ import annotations

import sqlite3

from tourviewer.core.store import DB_NAME, MIGRATIONS, Store


def test_remembers_visits_and_position(tmp_path):
    store = Store(tmp_path)
    assert store.problem is None
    assert store.mark_visited("hongsung", "arrival")
    store.mark_visited("hongsung", "arrival")
    store.mark_visited("hongsung", "collabo-farm")
    store.mark_visited("gunsan", "local-rise")
    store.save_position("hongsung", "collabo-farm", "ko")
    store.close()
    again = Store(tmp_path)
    assert again.visited("hongsung") == {"arrival", "collabo-farm"}
    position = again.position("hongsung")
    assert (position.stop_id, position.language) == ("collabo-farm", "ko")
    assert again.position("unknown").stop_id is None


def test_schema_is_versioned_and_wal(tmp_path):
    store = Store(tmp_path)
    assert store.version == len(MIGRATIONS)
    mode = sqlite3.connect(tmp_path / DB_NAME).execute("PRAGMA journal_mode").fetchone()[0]
    assert mode == "wal"


def test_a_database_that_cannot_be_opened_gives_a_reason(tmp_path):
    (tmp_path / DB_NAME).mkdir()  # something that is not a database stands where it should be
    store = Store(tmp_path)
    assert store.problem and "cannot be saved" in store.problem
    assert store.mark_visited("t", "a") is False
    assert store.visited("t") == set()


def test_a_folder_that_cannot_be_made_gives_a_reason(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    store = Store(blocker / "data")
    assert store.problem and "cannot be saved" in store.problem
    assert store.mark_visited("t", "a") is False
    assert store.position("t").stop_id is None
