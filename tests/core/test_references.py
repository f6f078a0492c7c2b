"""One list of the files a tour names: what the validator checks, `pack` packs and live preview watches."""

from __future__ import annotations

import tomllib

from tests.tourfiles import png_bytes, wav_bytes, write_tour
from tourviewer.core.curate import entry_name, packed_files
from tourviewer.core.loader import load_tour
from tourviewer.core.references import FileReference, file_references

EVERY_KIND = """format = 1
id = "t"
title = "T"
languages = ["en", "ko"]
summary = { en = "See ![the route](maps/route.png).", ko = "경로" }
cover = "cover.png"
credits = "Drawn by us: ![logo](<images/logo.png>)"
[map]
image = "maps/overview.png"
[[stops]]
id = "a"
title = "A"
narration = "First ![one](images/n1.png) then ![two](./images/n2.png)"
speaker_notes = { en = "![plan](notes/plan.png)" }
audio = { en = "audio/a.en.wav", ko = "audio/a.ko.wav" }
transcript = "audio/a.vtt"
[[stops.images]]
file = "images/a.png"
[[stops.images]]
file = "images/b.png"
[stops.map]
image = "maps/a.png"
[[stops]]
id = "b"
title = "B"
audio = "audio/b.wav"
"""


def test_every_file_a_tour_names_in_order():
    refs = file_references(tomllib.loads(EVERY_KIND))
    assert refs == [
        FileReference("maps/route.png", ("summary", "en"), "image"),
        FileReference("images/logo.png", ("credits",), "image"),
        FileReference("cover.png", ("cover",), "image"),
        FileReference("maps/overview.png", ("map", "image"), "map"),
        FileReference("images/n1.png", ("stops", 0, "narration"), "image"),
        FileReference("./images/n2.png", ("stops", 0, "narration"), "image"),
        FileReference("notes/plan.png", ("stops", 0, "speaker_notes", "en"), "image"),
        FileReference("audio/a.en.wav", ("stops", 0, "audio", "en"), "audio"),
        FileReference("audio/a.ko.wav", ("stops", 0, "audio", "ko"), "audio"),
        FileReference("audio/a.vtt", ("stops", 0, "transcript"), "transcript"),
        FileReference("images/a.png", ("stops", 0, "images", 0, "file"), "image"),
        FileReference("images/b.png", ("stops", 0, "images", 1, "file"), "image"),
        FileReference("maps/a.png", ("stops", 0, "map", "image"), "map"),
        FileReference("audio/b.wav", ("stops", 1, "audio"), "audio"),
    ]


def test_a_broken_structure_still_gives_what_it_can():
    data = {
        "cover": 3,
        "map": "maps/m.png",
        "stops": [
            "not a table",
            {"images": [{"file": ["x"]}, "y", {"file": "ok.png"}], "audio": {"en": 1}, "narration": 5},
        ],
    }
    assert file_references(data) == [FileReference("ok.png", ("stops", 1, "images", 2, "file"), "image")]
    assert file_references({"stops": "none"}) == []


def test_the_validator_checks_exactly_the_files_on_the_list(tmp_path):
    """Every file missing from the folder is reported once, at the key the list gives."""
    folder = write_tour(tmp_path / "t", EVERY_KIND)
    result = load_tour(folder)
    assert result.references == file_references(tomllib.loads(EVERY_KIND))
    missing = sorted((p.path, p.message) for p in result.problems if p.code == "missing-file")
    expected = sorted((r.path, f"no file {r.written} in the tour folder") for r in result.references)
    assert missing == expected


def test_pack_packs_the_files_on_the_list_that_are_inside_the_tour(tmp_path):
    (tmp_path / "outside.png").write_bytes(png_bytes())
    toml = EVERY_KIND.replace('image = "maps/a.png"', 'image = "../outside.png"')
    files = {r.written: png_bytes() for r in file_references(tomllib.loads(toml)) if r.kind in ("image", "map")}
    files.update({"audio/a.en.wav": wav_bytes(), "audio/a.ko.wav": wav_bytes(), "audio/b.wav": wav_bytes()})
    files["audio/a.vtt"] = b"WEBVTT\n"
    files.pop("../outside.png")
    folder = write_tour(tmp_path / "t", toml, {**files, "draft.png": png_bytes()})
    result = load_tour(folder)
    names = [f.name for f in packed_files(result)]
    inside = {entry_name(r.written) for r in result.references if r.written != "../outside.png"}
    assert names == ["tour.toml", *sorted(inside)]  # tour.toml first, for the file type's magic
    assert "images/n2.png" in names and "notes/plan.png" in names and "draft.png" not in names
