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


def test_notes_per_stop_and_per_tour(tmp_path):
    from tourviewer.core.store import TOUR_NOTE

    store = Store(tmp_path)
    assert store.save_note("hongsung", "collabo-farm", "Ask about school meals")
    assert store.save_note("hongsung", TOUR_NOTE, "Whole trip")
    assert store.save_note("hongsung", "arrival", "")
    store.save_note("hongsung", "collabo-farm", "Ask about school meals and co-ops")
    notes = store.notes("hongsung")
    assert set(notes) == {"collabo-farm", TOUR_NOTE}, "empty notes are not listed"
    assert notes["collabo-farm"].text == "Ask about school meals and co-ops"
    assert store.note("hongsung", "nowhere") == ""
    assert store.tours_with_notes() == {"hongsung": 2}


def test_search_finds_tour_text_in_its_language_and_notes(tmp_path):
    from tourviewer.core.store import StopText

    store = Store(tmp_path)
    store.index_tour("t", "en", [StopText("farm", "Collabo Farm", "Janggok", "Young people farm together")])
    store.index_tour("t", "ko", [StopText("farm", "협업농장", "장곡면", "젊은이들이 농장에서 함께 일합니다")])
    store.save_note("t", "farm", "Farming co-ops back home?")
    store.save_note("other", "farm", "farm note of another tour")
    hits = store.search("t", "en", "farm")
    assert [(h.kind, h.stop_id) for h in hits] == [("tour", "farm"), ("note", "farm")]
    assert ("Farm", True) in hits[0].parts()
    assert [h.kind for h in store.search("t", "ko", "농장")] == ["tour"]
    assert store.search("t", "en", "농장") == []
    for nasty in ['"', "*", "AND (", "NEAR/2", "'; DROP TABLE notes; --", "   "]:
        store.search("t", "en", nasty)  # never raises
    assert store.notes("t")


def test_reindexing_unchanged_text_does_nothing(tmp_path):
    from tourviewer.core.store import StopText

    store = Store(tmp_path)
    stops = [StopText("a", "A", "", "alpha")]
    assert store.index_tour("t", "en", stops)
    before = store.db.total_changes
    assert store.index_tour("t", "en", stops)
    assert store.db.total_changes == before
    store.index_tour("t", "en", [StopText("a", "A", "", "beta")])
    assert store.search("t", "en", "beta") and not store.search("t", "en", "alpha")


def test_a_damaged_database_is_renamed_aside_and_replaced(tmp_path):
    (tmp_path / DB_NAME).write_bytes(b"garbage" * 500)
    store = Store(tmp_path)
    assert store.problem is None
    assert store.recovered_from is not None and store.recovered_from.name.startswith("notes.db.damaged-")
    assert store.recovered_from.read_bytes() == b"garbage" * 500
    assert store.save_note("t", "a", "new")
    assert Store(tmp_path).note("t", "a") == "new"


def test_migrating_a_first_version_database_keeps_its_progress(tmp_path):
    db = sqlite3.connect(tmp_path / DB_NAME)
    db.execute("CREATE TABLE schema_version (version INTEGER NOT NULL)")
    db.execute("INSERT INTO schema_version VALUES (1)")
    MIGRATIONS[0](db)
    db.execute("INSERT INTO visits VALUES ('t', 'a', 1.0)")
    db.commit()
    db.close()
    store = Store(tmp_path)
    assert store.version == len(MIGRATIONS)
    assert store.visited("t") == {"a"}
    assert store.save_note("t", "a", "works")
