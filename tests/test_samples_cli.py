"""`tourviewer samples`, and what a desktop hands to the program: file:// URLs and tourviewer:// links."""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

from tourviewer.cli import _local_path, main


def test_samples_prints_each_shipped_tour(capsys):
    assert main(["samples"]) == 0
    printed = [Path(line) for line in capsys.readouterr().out.splitlines()]
    assert [p.name for p in printed] == ["gunsan", "hongsung"]
    shipped = Path(str(files("tourviewer.tours")))
    for path in printed:
        assert path.parent == shipped and (path / "tour.toml").is_file()


def test_a_file_url_from_a_file_manager_is_a_path():
    assert _local_path("file:///home/ana/My%20Tours/farm.tour") == "/home/ana/My Tours/farm.tour"
    assert _local_path("file://localhost/tmp/a.tour") == "/tmp/a.tour"
    assert _local_path("tours/farm.tour") == "tours/farm.tour"
    assert _local_path("file://elsewhere/tmp/a.tour") == "file://elsewhere/tmp/a.tour"  # not a local file


def test_an_invitation_link_is_refused_with_a_message(capsys):
    assert main(["tourviewer://join?session=abc"]) == 2
    assert "guided session" in capsys.readouterr().err
