"""The tour's searchable text: narration made plain, the language fallback, and search over it."""

from __future__ import annotations

import pytest

from tests.tourfiles import write_tour
from tourviewer.core import load_tour
from tourviewer.core.model import Tour
from tourviewer.core.search import index, plain_text, readable, stop_texts
from tourviewer.core.store import TOUR_NOTE, SearchHit, Store

TOUR = '''format = 1
id = "farms"
title = "Farms"
languages = ["en", "ko"]

[[stops]]
id = "collabo"
title = { en = "Collabo Farm", ko = "젊은협업농장" }
place = { en = "Janggok-myeon", ko = "장곡면" }
speaker_notes = "Secret facilitator cue: mention the greenhouse rent"
[stops.narration]
en = """
## Young farmers

Young people are *farming* **together** here, see [the farm's page](https://example.org/farm).

![a greenhouse](images/greenhouse.png)

- leaf vegetables
- 1. rice paddies
"""
ko = "청년들이 **농장에서** 함께 일합니다."

[[stops]]
id = "happiness"
title = "Farming for Happiness"
narration = "A care farm next door."
'''


@pytest.fixture
def tour(tmp_path) -> Tour:
    loaded = load_tour(write_tour(tmp_path / "farms", TOUR))
    assert loaded.tour is not None, loaded.problems
    return loaded.tour


@pytest.fixture
def store(tmp_path) -> Store:
    store = Store(tmp_path / "data")
    yield store
    store.close()


@pytest.mark.parametrize(
    ("markdown", "plain"),
    [
        ("Some *emphasis*, **strong** and ***both***", "Some emphasis, strong and both"),
        ("_under_ and __double__ and ~~struck~~", "under and double and struck"),
        ("snake_case_name stays", "snake_case_name stays"),
        ("A [link text](https://example.org 'title') here", "A link text here"),
        ("A [reference][ref] link\n\n[ref]: https://example.org", "A reference link"),
        ("Before ![alt text](a.png) after", "Before after"),
        ("[![badge](b.png)](https://example.org) gone", "gone"),
        ("# Heading #\nText", "Heading\nText"),
        ("Setext\n======\n\nText", "Setext\nText"),
        ("- one\n* two\n+ three\n1. four\n2) five", "one\ntwo\nthree\nfour\nfive"),
        ("- 1. nested", "nested"),
        ("It was founded in\n2011. Later it grew", "It was founded in 2011. Later it grew"),
        ("2011. A year to start with\n\n3. then a list item", "A year to start with\nthen a list item"),
        ("> quoted *text*\n> more", "quoted text more"),
        ("`code *stays*` and \\*escaped\\*", "code *stays* and *escaped*"),
        ("```\nx = *y*\n```", "x = *y*"),
        ("*emphasis across\nlines* joins", "emphasis across lines joins"),
        ("<b>raw</b> is shown as written", "<b>raw</b> is shown as written"),
        ("Visit <https://example.org>", "Visit https://example.org"),
        ("one\n\n---\n\ntwo", "one\ntwo"),
        ("", ""),
    ],
)
def test_plain_text_takes_the_markup_off(markdown, plain):
    assert plain_text(markdown) == plain


def test_stop_texts_are_plain_and_in_the_language(tour):
    en = {s.stop_id: s for s in stop_texts(tour, "en")}
    assert en["collabo"].title == "Collabo Farm"
    assert en["collabo"].place == "Janggok-myeon"
    assert en["collabo"].narration == (
        "Young farmers\nYoung people are farming together here, see the farm's page.\nleaf vegetables\nrice paddies"
    )
    ko = {s.stop_id: s for s in stop_texts(tour, "ko")}
    assert (ko["collabo"].title, ko["collabo"].place) == ("젊은협업농장", "장곡면")
    assert ko["collabo"].narration == "청년들이 농장에서 함께 일합니다."


def test_stop_texts_fall_back_to_the_default_language(tour):
    ko = stop_texts(tour, "ko")
    assert [s.stop_id for s in ko] == ["collabo", "happiness"], "every stop, in order"
    assert (ko[1].title, ko[1].place, ko[1].narration) == ("Farming for Happiness", "", "A care farm next door.")


def test_speaker_notes_are_never_indexed(tour, store):
    index(store, tour)
    everything = " ".join(f"{s.title} {s.place} {s.narration}" for lang in ("en", "ko") for s in stop_texts(tour, lang))
    assert "facilitator" not in everything
    assert store.search(tour.id, "en", "facilitator") == []


def test_index_makes_every_language_searchable(tour, store):
    assert index(store, tour)
    assert [h.stop_id for h in store.search(tour.id, "ko", "농장에서")] == ["collabo"]
    assert store.search(tour.id, "en", "농장에서") == [], "Korean text is found in ko only"
    assert {h.stop_id for h in store.search(tour.id, "en", "farm")} == {"collabo", "happiness"}, "a prefix"
    assert [h.stop_id for h in store.search(tour.id, "ko", "농장")] == ["collabo"], "a Korean prefix"
    assert [h.stop_id for h in store.search(tour.id, "ko", "happiness")] == ["happiness"], "the fallback"


def test_marked_words_are_the_matches(tour, store):
    index(store, tour)
    (hit,) = [h for h in store.search(tour.id, "en", "together") if h.kind == "tour"]
    assert ("together", True) in hit.parts()
    assert "*" not in hit.snippet and "](" not in hit.snippet


def test_indexing_unchanged_text_again_writes_nothing(tour, store):
    index(store, tour)
    before = store.db.total_changes
    assert index(store, tour)
    assert store.db.total_changes == before


def test_index_without_a_database_says_so(tmp_path, tour):
    (tmp_path / "broken").mkdir()
    (tmp_path / "broken" / "notes.db").mkdir()  # stands where the database should be
    store = Store(tmp_path / "broken")
    assert index(store, tour) is False


@pytest.mark.parametrize(
    "query", ["", "   ", "!!! ...", '"', "*", "AND", "(", 'farm" AND (x OR *', "NEAR(a b)", "-farm"]
)
def test_any_query_is_safe(tour, store, query):
    index(store, tour)
    store.save_note(tour.id, "collabo", "farming notes")
    hits = store.search(tour.id, "en", query)
    assert isinstance(hits, list)


def test_notes_are_found_with_the_tour_text(tour, store):
    index(store, tour)
    store.save_note(tour.id, "happiness", "Ask about the **greenhouse** rent")
    store.save_note(tour.id, TOUR_NOTE, "Greenhouses everywhere")
    hits = store.search(tour.id, "en", "greenhouse")
    assert {(h.kind, h.stop_id) for h in hits} == {("note", "happiness"), ("note", TOUR_NOTE)}


def test_readable_takes_markdown_off_a_note_snippet_and_keeps_the_marks():
    hit = SearchHit("note", "a", "Ask about the **\x02greenhouse\x03** [rent](https://x.org)\n- item")
    assert readable(hit).parts() == [("Ask about the ", False), ("greenhouse", True), (" rent item", False)]
    tour_hit = SearchHit("tour", "a", "keeps *stars*\nin tour text")
    assert readable(tour_hit).snippet == "keeps *stars* in tour text"
