"""Search inside Korean, Japanese and Chinese compounds, which are written without spaces."""

from __future__ import annotations

import sqlite3

import pytest

from tourviewer.core.store import DB_NAME, MIGRATIONS, TOUR_NOTE, StopText, Store, _snippet

STOPS = {
    "ko": [
        StopText("collabo", "젊은협업농장", "홍성군 장곡면", "청년들이 함께 농사를 짓는 협동조합입니다."),
        StopText("school", "풀무학교", "홍동면", "마을과 함께하는 학교에서 협업을 배웁니다."),
    ],
    "ja": [
        StopText("collabo", "協同農場", "洪城郡", "若者たちが一緒に野菜を育てています。"),
        StopText("school", "プルム学校", "洪東面", "地域の農場と学校が協力しています。"),
    ],
    "zh": [
        StopText("collabo", "青年协作农场", "洪城郡", "年轻人在这里一起种菜。"),
        StopText("school", "风箱学校", "洪东面", "学校和农民专业合作社一起办食堂。"),
    ],
    "en": [
        StopText("collabo", "Collabo Farm", "Janggok-myeon", "Young people are farming together here."),
        StopText("school", "Pulmu School", "Hongdong-myeon", "School meals come from the village's farms."),
    ],
    "id": [
        StopText("collabo", "Kebun Kolaborasi", "Janggok-myeon", "Anak muda bertani bersama di sini."),
        StopText("school", "Sekolah Pulmu", "Hongdong-myeon", "Makanan sekolah berasal dari pertanian desa."),
    ],
}


@pytest.fixture
def store(tmp_path) -> Store:
    store = Store(tmp_path / "data")
    for language, stops in STOPS.items():
        assert store.index_tour("t", language, stops)
    yield store
    store.close()


def found(store: Store, language: str, query: str, kind: str = "tour") -> list[str]:
    return [h.stop_id for h in store.search("t", language, query) if h.kind == kind]


@pytest.mark.parametrize(
    ("language", "query", "stops"),
    [
        ("ko", "협업", ["collabo", "school"]),  # inside 젊은협업농장, and 협업을 with its particle
        ("ko", "협업농장", ["collabo"]),  # three characters and more: the trigram index
        ("ko", "농장", ["collabo"]),
        ("ko", "장곡", ["collabo"]),
        ("ko", "학교", ["school"]),  # inside 풀무학교 and 학교에서
        ("ja", "農場", ["collabo", "school"]),  # inside 協同農場, and 農場と in the narration
        ("ja", "協同", ["collabo"]),
        ("ja", "野菜を育て", ["collabo"]),
        ("ja", "学校", ["school"]),
        ("zh", "农场", ["collabo"]),  # inside 青年协作农场
        ("zh", "合作社", ["school"]),  # inside 农民专业合作社
        ("zh", "协作", ["collabo"]),
    ],
)
def test_a_word_is_found_inside_a_compound(store, language, query, stops):
    assert sorted(found(store, language, query)) == sorted(stops)


@pytest.mark.parametrize(
    ("language", "char", "stop"), [("ja", "菜", "collabo"), ("zh", "菜", "collabo"), ("ko", "풀", "school")]
)
def test_one_character_is_found(store, language, char, stop):
    assert found(store, language, char) == [stop]


@pytest.mark.parametrize(
    ("language", "query", "stops"),
    [
        ("en", "farm", ["collabo", "school"]),  # word beginnings, as before: Farm, farming, farms
        ("en", "school meals", ["school"]),
        ("en", "arm", []),  # not inside words: "arm" is not "farm"
        ("id", "pertanian", ["school"]),
        ("id", "tani", []),
        ("id", "berta", ["collabo"]),
        ("id", "sekolah", ["school"]),
    ],
)
def test_words_with_spaces_are_found_as_before(store, language, query, stops):
    assert sorted(found(store, language, query)) == sorted(stops)


def test_every_word_must_match_in_a_mixed_query(store):
    assert found(store, "ko", "협업 장곡") == ["collabo"]
    assert found(store, "ko", "협업 학교") == ["school"]
    assert found(store, "ko", "협업 없는말") == []
    store.index_tour("t", "ko", [StopText("collabo", "Collabo 농장", "", "Farming 협동조합")])
    assert found(store, "ko", "farm 조합") == ["collabo"]
    assert found(store, "ko", "arm 조합") == []


def test_the_snippet_marks_the_piece_that_matched(store):
    (hit,) = [h for h in store.search("t", "ko", "협업농") if h.stop_id == "collabo"]
    assert ("협업농", True) in hit.parts()
    (hit,) = [h for h in store.search("t", "zh", "合作") if h.kind == "tour"]
    assert ("合作", True) in hit.parts()
    assert "学校和农民专业" in hit.snippet


def test_a_long_text_is_cut_around_the_match():
    text = "앞" * 100 + "협업" + "뒤" * 100
    snippet = _snippet([text], ["협업"], ["협업"])
    assert snippet.startswith("…") and snippet.endswith("…")
    assert "\x02협업\x03" in snippet and len(snippet) < 80


def test_a_match_in_the_title_comes_first(tmp_path):
    store = Store(tmp_path)
    narration = "마을 이야기. " * 20 + "농장에 갑니다."
    store.index_tour("t", "ko", [StopText("a", "마을회관", "", narration), StopText("b", "협업농장", "", "밭.")])
    assert found(store, "ko", "농장") == ["b", "a"]  # two characters: counted here
    assert found(store, "ko", "농장에")[:1] == ["a"]
    store.index_tour(
        "t", "ko", [StopText("a", "마을회관", "", narration + "협업농장"), StopText("b", "협업농장", "", "밭.")]
    )
    assert found(store, "ko", "협업농장") == ["b", "a"]  # the trigram index's rank


@pytest.mark.parametrize(
    ("language", "query"), [("ko", "텃밭"), ("ja", "農場"), ("zh", "农场"), ("zh", "菜"), ("ko", "텃밭가꾸기")]
)
def test_notes_are_searched_inside_compounds_too(tmp_path, language, query):
    store = Store(tmp_path)
    store.save_note(
        "t", "collabo", {"ko": "학교텃밭가꾸기를 물어볼 것", "ja": "協同農場の家賃", "zh": "问问青年农场的菜"}[language]
    )
    store.save_note("t", TOUR_NOTE, "nothing here")
    store.save_note("other", "collabo", "텃밭가꾸기 農場 农场 菜")  # another tour's note
    assert [(h.kind, h.stop_id) for h in store.search("t", language, query)] == [("note", "collabo")]
    store.save_note("t", "collabo", "changed")
    assert store.search("t", language, query) == [], "the indexes follow the note"


@pytest.mark.parametrize("query", ['"협업', "農場*", "合作 OR", "협 AND (", "'; DROP TABLE notes; --협업", "ㅎ", "ー"])
def test_any_query_in_these_scripts_is_safe(store, query):
    store.save_note("t", "collabo", "협업 農場 合作")
    assert isinstance(store.search("t", "ko", query), list)
    assert store.notes("t")


def test_without_the_trigram_index_pieces_are_still_found(store, monkeypatch):
    monkeypatch.setattr(Store, "_has_trigrams", lambda self: False)
    assert sorted(found(store, "ko", "협업농장")) == ["collabo"]
    assert sorted(found(store, "ja", "農場")) == ["collabo", "school"]


def _version_2_database(folder) -> None:
    """notes.db as the version before the trigram index left it, with notes and indexed text."""
    folder.mkdir(parents=True, exist_ok=True)
    db = sqlite3.connect(folder / DB_NAME, isolation_level=None)
    db.execute("CREATE TABLE schema_version (version INTEGER NOT NULL)")
    db.execute("INSERT INTO schema_version VALUES (2)")
    for migration in MIGRATIONS[:2]:
        migration(db)
    db.execute("INSERT INTO notes VALUES ('t', 'collabo', '젊은협업농장 farming notes', 1.0)")
    db.execute("INSERT INTO notes VALUES ('t', '', 'tour note: 協同農場', 2.0)")
    db.execute("INSERT INTO visits VALUES ('t', 'collabo', 1.0)")
    db.execute("INSERT INTO tour_text VALUES ('t', 'collabo', 'ko', '젊은협업농장', '장곡면', '청년 농부')")
    db.execute("INSERT INTO tour_text VALUES ('t', 'collabo', 'en', 'Collabo Farm', 'Janggok', 'Young farmers')")
    db.execute("INSERT INTO tour_index VALUES ('t\x1fko', 'digest')")
    db.close()


def test_an_older_database_finds_the_same_and_more(tmp_path):
    _version_2_database(tmp_path)
    store = Store(tmp_path)
    assert store.problem is None and store.recovered_from is None
    assert store.version == len(MIGRATIONS) == 3
    assert store.visited("t") == {"collabo"}
    assert {n.stop_id: n.text for n in store.notes("t").values()} == {
        "collabo": "젊은협업농장 farming notes",
        TOUR_NOTE: "tour note: 協同農場",
    }
    # what the old version found
    assert [(h.kind, h.stop_id) for h in store.search("t", "en", "farm")] == [("tour", "collabo"), ("note", "collabo")]
    assert [(h.kind, h.stop_id) for h in store.search("t", "ko", "젊은협업농장")] == [
        ("tour", "collabo"),
        ("note", "collabo"),
    ]
    # and more: pieces of compounds, in the text written before the migration
    assert [(h.kind, h.stop_id) for h in store.search("t", "ko", "협업농")] == [
        ("tour", "collabo"),
        ("note", "collabo"),
    ]
    assert [(h.kind, h.stop_id) for h in store.search("t", "ko", "협업")] == [("tour", "collabo"), ("note", "collabo")]
    assert [(h.kind, h.stop_id) for h in store.search("t", "ja", "農場")] == [("note", TOUR_NOTE)]
    store.close()
    assert Store(tmp_path).version == 3, "opened again, nothing more to migrate"
