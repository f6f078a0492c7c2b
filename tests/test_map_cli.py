"""`tourviewer map DIR`: a georeferenced map around the tour's stops, written into the tour."""

from __future__ import annotations

import tomllib

import pytest

from tests.tourfiles import write_tour
from tourviewer.cli import main
from tourviewer.core import load_tour
from tourviewer.core.geo import project

GUNSAN = """# Curator's comment that must stay
format = 1
id = "walk"
title = { en = "A walk", ko = "걷기" }
languages = ["en", "ko"]

[[stops]]
id = "downtown"
title = { en = "Old downtown", ko = "구도심" }
location = { lat = 35.989, lon = 126.712 }

[[stops]]
id = "yard"
title = { en = "Shipyard", ko = "조선소" }
location = { lat = 35.965, lon = 126.655 }

[[stops]]
id = "nowhere"
title = { en = "No location", ko = "위치 없음" }
"""


def run(capsys, *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def test_map_draws_a_map_around_the_stops_and_writes_it_into_the_tour(tmp_path, capsys):
    folder = write_tour(tmp_path / "walk", GUNSAN, {})
    places = ["--place", "City hall=35.975,126.70", "--place", "Far=36.5,127.5"]
    status, out, err = run(capsys, "map", str(folder), "--margin", "1", "--size", "1000", *places)
    assert status == 0, err
    assert "maps/overview.svg" in out and "GSHHG" in out and "NGII" in out and "City hall" in out
    assert "places left out: Far" in out
    assert "1 stop has no location, so it is not on the map: nowhere" in out
    text = (folder / "tour.toml").read_text(encoding="utf-8")
    assert text.startswith("# Curator's comment that must stay\n")
    table = tomllib.loads(text)["map"]
    assert table["image"] == "maps/overview.svg"
    assert "GSHHG" in table["attribution"]["en"] and "국토지리정보원" in table["attribution"]["ko"]
    result = load_tour(folder)
    assert result.ok(), result.problems
    tour = result.tour
    bounds = tour.map.bounds
    for stop in tour.stops[:2]:  # every located stop lies on the map, a kilometre from its edges
        x, y = project(stop.location, bounds, 1000, 1000)
        assert 60 < x < 940 and 60 < y < 940
    svg = (folder / "maps" / "overview.svg").read_text(encoding="utf-8")
    assert 'width="1000"' in svg and "Yeonghwa-dong" in svg and "City hall" in svg


def test_map_keeps_other_keys_of_an_existing_map_table(tmp_path, capsys):
    folder = write_tour(
        tmp_path / "walk", GUNSAN.replace("[[stops]]", '[map]\nimage = "old.png"\nroute = true\n\n[[stops]]', 1), {}
    )
    status, out, err = run(capsys, "map", str(folder))
    assert status == 0, err
    assert "old.png" in out, "says which map it replaced"
    table = tomllib.loads((folder / "tour.toml").read_text(encoding="utf-8"))["map"]
    assert table["route"] is True and table["image"] == "maps/overview.svg"


def test_map_without_located_stops_says_so_and_writes_nothing(tmp_path, capsys):
    folder = write_tour(tmp_path / "bare", GUNSAN.replace("location =", "# location ="), {})
    before = (folder / "tour.toml").read_bytes()
    status, out, err = run(capsys, "map", str(folder))
    assert status == 1
    assert "no stop has a location" in err
    assert (folder / "tour.toml").read_bytes() == before
    assert not (folder / "maps").exists()


def test_map_without_the_maps_extra_says_how_to_install_it(tmp_path, capsys, monkeypatch):
    import tourviewer.core.mapmaker as mapmaker

    monkeypatch.setattr(mapmaker, "find_sources", lambda: mapmaker.MapSources())
    folder = write_tour(tmp_path / "walk", GUNSAN, {})
    before = (folder / "tour.toml").read_bytes()
    status, out, err = run(capsys, "map", str(folder))
    assert status == 1
    assert "pip install 'tourviewer[maps]'" in err
    assert (folder / "tour.toml").read_bytes() == before


@pytest.mark.parametrize(
    ("argv", "said"),
    [
        (["--image", "../outside.svg"], "inside the tour folder"),
        (["--image", "maps/x.png"], ".svg"),
        (["--place", "Nowhere"], "NAME=LAT,LON"),
    ],
)
def test_map_refuses_bad_options(tmp_path, capsys, argv, said):
    folder = write_tour(tmp_path / "walk", GUNSAN, {})
    before = (folder / "tour.toml").read_bytes()
    status, out, err = run(capsys, "map", str(folder), *argv)
    assert status == 1 and said in err
    assert (folder / "tour.toml").read_bytes() == before


@pytest.mark.parametrize("argv", [["--margin", "-1"], ["--margin", "many"], ["--size", "10"]])
def test_map_refuses_a_bad_margin_or_size(tmp_path, capsys, argv):
    folder = write_tour(tmp_path / "walk", GUNSAN, {})
    with pytest.raises(SystemExit):
        main(["map", str(folder), *argv])
    assert argv[0] in capsys.readouterr().err


def test_map_of_a_folder_without_a_tour_says_so(tmp_path, capsys):
    status, out, err = run(capsys, "map", str(tmp_path))
    assert status == 1 and f"no tour.toml in {tmp_path}" in err
    assert list(tmp_path.iterdir()) == []


def test_without_the_map_making_extra_the_command_says_how_to_install_it(tmp_path, capsys, monkeypatch):
    folder = write_tour(tmp_path / "walk", GUNSAN, {})
    for name in ("shapely", "shapely.geometry", "shapely.ops"):
        monkeypatch.setitem(__import__("sys").modules, name, None)  # as in the bundle, or the wheel alone
    status, _, err = run(capsys, "map", str(folder))
    assert status == 1
    assert "pip install 'tourviewer[maps]'" in err
    assert "[map]" not in (folder / "tour.toml").read_text(encoding="utf-8")
