"""`tourviewer shot` renders one stop to a PNG, without touching anyone's recent tours."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QSize
from PySide6.QtGui import QImage

from tourviewer.ui.shot import ShotError, shot

SAMPLE = Path(__file__).resolve().parents[2] / "tours" / "hongsung"


def test_writes_a_png_of_the_stop_at_the_size(qtbot, tmp_path):
    out = tmp_path / "shots" / "farm.png"
    shot(str(SAMPLE), "collabo-farm", out, QSize(1200, 800), "ko", tmp_path / "data")
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1200, 800)
    # the picture area is not blank: many colours where the illustration is
    colours = {image.pixelColor(x, y).name() for x in range(250, 700, 10) for y in range(100, 500, 20)}
    assert len(colours) > 5
    assert QSettings().value("recent", []) in ([], None)


@pytest.mark.parametrize(
    ("stop", "lang", "says"), [("nowhere", None, "no stop nowhere"), (None, "fr", "no language fr")]
)
def test_a_wrong_stop_or_language_is_a_clear_error(qtbot, tmp_path, stop, lang, says):
    with pytest.raises(ShotError, match=says):
        shot(str(SAMPLE), stop, tmp_path / "x.png", QSize(800, 600), lang, tmp_path / "data")


def test_the_command_line_reports_errors(qtbot, tmp_path, capsys):
    from tourviewer.cli import main

    assert main(["shot", str(SAMPLE), "--stop", "nowhere", "--out", str(tmp_path / "x.png")]) == 1
    assert "no stop nowhere" in capsys.readouterr().err
    with pytest.raises(SystemExit) as exit_:
        main(["shot", str(SAMPLE), "--size", "big", "--out", str(tmp_path / "x.png")])
    assert exit_.value.code == 2


@pytest.mark.parametrize(
    ("window", "size"), [("console", (1366, 768)), ("audience", (1280, 720)), ("library", (1366, 768))]
)
def test_the_console_the_audience_window_and_the_library_can_be_rendered(qtbot, tmp_path, window, size):
    out = tmp_path / f"{window}.png"
    shot(str(SAMPLE), "collabo-farm", out, QSize(1366, 768), None, tmp_path / "data", window)
    image = QImage(str(out))
    assert (image.width(), image.height()) == size, "the console at the size asked; the audience a shared window"
    colours = {image.pixelColor(x, y).name() for x in range(0, image.width(), 37) for y in range(0, image.height(), 29)}
    assert len(colours) > 5, "not a blank window"


def test_the_presenter_console_names_its_stop_and_errors_are_clear(qtbot, tmp_path):
    with pytest.raises(ShotError, match="no stop nowhere"):
        shot(str(SAMPLE), "nowhere", tmp_path / "x.png", QSize(1366, 768), None, tmp_path / "data", "console")
    with pytest.raises(ShotError, match="no language fr"):
        shot(str(SAMPLE), None, tmp_path / "x.png", QSize(1366, 768), "fr", tmp_path / "data", "console")
