"""The audience window shows the audience stop large, follows the presentation, and never the presenter's things."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QGraphicsSimpleTextItem,
    QGraphicsTextItem,
    QLabel,
    QMenuBar,
    QTextEdit,
    QToolBar,
    QWidget,
)

from tests.tourfiles import png_bytes, write_tour
from tourviewer.core import load_tour
from tourviewer.core.presenting import BLACK, SHOWING, WHITE, Presentation
from tourviewer.ui.audience import AudienceWindow
from tourviewer.ui.images import ImageLoader

TALK = """format = 1
id = "talk"
title = { en = "A harbour walk", ko = "항구 걷기" }
languages = ["en", "ko"]

[map]
image = "map.png"
attribution = { en = "Drawn map", ko = "그린 지도" }

[[stops]]
id = "harbour"
title = { en = "The harbour", ko = "항구" }
place = { en = "Down by the water", ko = "물가" }
position = { x = 40, y = 60 }
minutes = 5
speaker_notes = { en = "SECRET-EN", ko = "SECRET-KO" }
[[stops.images]]
file = "green.png"
caption = { en = "Boats at rest", ko = "쉬는 배들" }
credit = { en = "Photo: the harbour office", ko = "사진: 항만 사무소" }
alt = { en = "A green square", ko = "초록 네모" }

[[stops]]
id = "market"
title = { en = "The fish market", ko = "수산 시장" }
place = { en = "Behind the quay", ko = "부두 뒤" }
position = { x = 200, y = 120 }
minutes = 3
speaker_notes = { en = "SECRET-EN", ko = "SECRET-KO" }
[[stops.images]]
file = "red.png"
caption = { en = "Morning auction", ko = "아침 경매" }

[[stops]]
id = "hill"
title = { en = "Lookout hill", ko = "전망 언덕" }
position = { x = 300, y = 40 }
minutes = 2
speaker_notes = { en = "SECRET-EN", ko = "SECRET-KO" }
[[stops.images]]
file = "blue.png"
"""

SECRETS = ("SECRET-EN", "SECRET-KO")


def talk(tmp_path):
    return write_tour(
        tmp_path / "talk",
        TALK,
        {
            "map.png": png_bytes(400, 200, "white"),
            "green.png": png_bytes(400, 300, "green"),
            "red.png": png_bytes(400, 300, "red"),
            "blue.png": png_bytes(400, 300, "blue"),
        },
    )


def make_window(qtbot, folder, size=(960, 540)):
    result = load_tour(folder)
    assert result.tour is not None, result.problems
    presentation = Presentation(result)
    loader = ImageLoader()
    window = AudienceWindow(presentation, loader)
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    return presentation, loader, window


def picture_colour(window: AudienceWindow) -> str | None:
    image = window.canvas.image
    return image.pixelColor(image.width() // 2, image.height() // 2).name() if image is not None else None


def centre_colour(widget: QWidget) -> str:
    image = widget.grab().toImage()
    return image.pixelColor(image.width() // 2, image.height() // 2).name()


def settled(loader: ImageLoader, window: AudienceWindow) -> bool:
    """The picture is shown and the next ones are decoded."""
    return window.canvas.image is not None and not loader.busy


def texts_of(window: AudienceWindow) -> list[str]:
    """Every string a person or a screen reader could get from the window."""
    texts = [window.windowTitle(), window.toolTip(), window.accessibleName(), window.accessibleDescription()]
    for widget in window.findChildren(QWidget):
        texts += [widget.toolTip(), widget.accessibleName(), widget.accessibleDescription(), widget.windowTitle()]
        if isinstance(widget, QLabel):
            texts.append(widget.text())
        if isinstance(widget, QTextEdit):  # QTextBrowser is one too
            texts.append(widget.toPlainText())
    for item in window.map.scene().items():
        texts.append(item.toolTip())
        if isinstance(item, QGraphicsTextItem):
            texts.append(item.toPlainText())
        if isinstance(item, QGraphicsSimpleTextItem):
            texts.append(item.text())
    return texts


def test_shows_the_audience_stop_picture_title_place_caption_and_map(qtbot, tmp_path):
    presentation, loader, window = make_window(qtbot, talk(tmp_path))
    qtbot.waitUntil(lambda: picture_colour(window) == "#008000")
    assert window.windowTitle() == "A harbour walk"
    assert window.shown_stop_id() == "harbour"
    assert window.title_label.text() == "The harbour"
    assert window.place_label.text() == "Down by the water"
    assert window.caption_label.text() == "Boats at rest"
    assert window.credit_label.text() == "Photo: the harbour office"
    assert window.canvas.accessibleDescription() == "A green square"
    assert window.canvas.geometry() == window.rect(), "the picture fills the window"
    assert window.map.isVisible() and window.map.current_marker() == 0
    assert window.map.attribution_text() == "Drawn map"
    assert window.map.width() < window.width() / 2, "the map is an inset"
    assert window.showing() == SHOWING
    assert centre_colour(window) == "#008000"


def test_follows_the_console(qtbot, tmp_path):
    presentation, loader, window = make_window(qtbot, talk(tmp_path))
    presentation.console.next()
    assert window.shown_stop_id() == "market"
    assert window.title_label.text() == "The fish market"
    assert window.place_label.text() == "Behind the quay"
    assert window.caption_label.text() == "Morning auction"
    assert not window.credit_label.isVisible(), "no credit, no empty line"
    assert window.map.current_marker() == 1
    qtbot.waitUntil(lambda: picture_colour(window) == "#ff0000")
    presentation.console.last()
    assert window.title_label.text() == "Lookout hill"
    assert not window.place_label.isVisible() and not window.caption_label.isVisible()
    qtbot.waitUntil(lambda: picture_colour(window) == "#0000ff")


def test_the_next_picture_is_ready_before_next(qtbot, tmp_path):
    presentation, loader, window = make_window(qtbot, talk(tmp_path))
    qtbot.waitUntil(lambda: settled(loader, window))
    presentation.console.next()
    assert picture_colour(window) == "#ff0000", "shown without waiting for a decode"


def test_a_frozen_audience_stays_and_catches_up(qtbot, tmp_path):
    presentation, loader, window = make_window(qtbot, talk(tmp_path))
    qtbot.waitUntil(lambda: picture_colour(window) == "#008000")
    presentation.toggle_freeze()
    presentation.console.next()
    presentation.console.next()
    assert window.shown_stop_id() == "harbour"
    assert window.title_label.text() == "The harbour"
    assert picture_colour(window) == "#008000"
    assert window.map.current_marker() == 0
    qtbot.waitUntil(lambda: not loader.busy)  # the console's stop is decoded ahead, for the jump
    presentation.toggle_freeze()
    assert window.shown_stop_id() == "hill"
    assert window.title_label.text() == "Lookout hill"
    assert window.map.current_marker() == 2
    assert picture_colour(window) == "#0000ff"


def test_black_and_white_screens_hide_everything(qtbot, tmp_path):
    presentation, loader, window = make_window(qtbot, talk(tmp_path))
    qtbot.waitUntil(lambda: picture_colour(window) == "#008000")
    labels = (window.title_label, window.place_label, window.caption_label, window.credit_label)

    presentation.set_screen(BLACK)
    assert window.showing() == BLACK
    assert centre_colour(window) == "#000000"
    assert not any(label.isVisible() for label in labels)
    assert not window.map.isVisible() and not window.canvas.isVisible()

    presentation.set_screen(WHITE)
    assert window.showing() == WHITE
    assert centre_colour(window) == "#ffffff"
    assert not any(label.isVisible() for label in labels)

    presentation.console.next()  # moving on under a blank screen
    assert centre_colour(window) == "#ffffff"
    assert window.shown_stop_id() == "market"

    presentation.set_screen(WHITE)  # the same state again: back to the tour
    assert window.showing() == SHOWING
    assert all(label.isVisible() for label in labels[:3])
    assert window.title_label.text() == "The fish market"
    qtbot.waitUntil(lambda: centre_colour(window) == "#ff0000")


def test_text_scales_with_the_window_and_the_presenter_within_bounds(qtbot, tmp_path):
    presentation, loader, window = make_window(qtbot, talk(tmp_path), size=(1280, 720))

    def title_size() -> int:
        return window.title_label.font().pixelSize()

    assert window.text_scale() == 1.0
    assert title_size() == 40, "a title about 1/18 of the window's height"
    assert window.caption_label.font().pixelSize() < window.place_label.font().pixelSize() < title_size()
    window.resize(1920, 1080)
    assert title_size() == 60

    window.zoom_in()
    assert window.text_scale() > 1.0 and title_size() > 60
    for _ in range(30):
        window.zoom_in()
    assert window.text_scale() == 2.5 and title_size() == 150
    for _ in range(60):
        window.zoom_out()
    assert window.text_scale() == 0.6 and title_size() == 36
    assert window.title_label.geometry().bottom() < window.height(), "the band grows and shrinks with its text"


def test_text_zoom_keys_on_the_window(qtbot, tmp_path):
    presentation, loader, window = make_window(qtbot, talk(tmp_path))
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)  # window shortcuts need an active window
    qtbot.keyClick(window, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert window.text_scale() > 1.0
    qtbot.keyClick(window, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert window.text_scale() < 1.0
    qtbot.keyClick(window, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert window.text_scale() == 1.0


def test_language_switch_on_the_console_reaches_the_audience(qtbot, tmp_path):
    presentation, loader, window = make_window(qtbot, talk(tmp_path))
    presentation.console.set_language("ko")
    assert window.title_label.text() == "항구"
    assert window.place_label.text() == "물가"
    assert window.caption_label.text() == "쉬는 배들"
    assert window.credit_label.text() == "사진: 항만 사무소"
    assert window.windowTitle() == "항구 걷기"
    assert window.map.attribution_text() == "그린 지도"
    assert "Noto Sans CJK KR" in window.title_label.font().families()[0]


def test_no_speaker_notes_and_no_next_stop_ever(qtbot, tmp_path):
    presentation, loader, window = make_window(qtbot, talk(tmp_path))
    tour = presentation.console.tour
    for language in ("en", "ko"):
        presentation.console.set_language(language)
        for index in range(len(tour.stops)):
            presentation.console.go_to(index)
            texts = "\n".join(texts_of(window))
            assert window.title_label.text() in texts, "the walk reads the window's texts"
            for secret in SECRETS:
                assert secret not in texts
            following = presentation.console.stop_at(index + 1)
            if following is not None:
                assert tour.text(following.title, language) not in texts


def test_no_menus_toolbars_or_buttons(qtbot, tmp_path, three_stops):
    presentation, loader, window = make_window(qtbot, talk(tmp_path))
    assert window.isWindow()
    for kind in (QMenuBar, QToolBar, QAbstractButton):
        assert not [w for w in window.findChildren(kind) if w.isVisible()]
    owner = QWidget()
    qtbot.addWidget(owner)
    other = AudienceWindow(Presentation(load_tour(three_stops)), loader, owner)
    assert other.isWindow(), "a window of its own, also with a parent"


def test_a_stop_without_a_picture_or_a_map(qtbot, three_stops):
    presentation, loader, window = make_window(qtbot, three_stops)
    qtbot.waitUntil(lambda: window.canvas.image is not None)
    assert window.windowTitle() == "Three stops"
    assert not window.map.isVisible(), "no map, no inset"
    presentation.console.last()
    assert window.title_label.text() == "Three"
    assert window.canvas.image is None and window.canvas.message == "", "no error text on the wall"
    assert not window.caption_label.isVisible() and not window.credit_label.isVisible()
    qtbot.waitUntil(lambda: not loader.busy)
    presentation.console.previous()
    assert picture_colour(window) == "#0000ff", "decoded ahead from a stop without a picture too"


def test_an_unreadable_picture_leaves_the_stage_dark(qtbot, tmp_path):
    folder = talk(tmp_path)
    (folder / "green.png").write_bytes(b"not a picture")
    presentation, loader, window = make_window(qtbot, folder)
    qtbot.waitUntil(lambda: not loader.busy)
    assert window.canvas.image is None and window.canvas.message == ""
    assert window.title_label.text() == "The harbour"
    presentation.console.next()
    qtbot.waitUntil(lambda: picture_colour(window) == "#ff0000")


def test_the_picture_is_decoded_for_the_window_size(qtbot, tmp_path):
    folder = talk(tmp_path)
    (folder / "green.png").write_bytes(png_bytes(4000, 3000, "green"))
    presentation, loader, window = make_window(qtbot, folder, size=(640, 360))
    qtbot.waitUntil(lambda: window.canvas.image is not None)
    image: QImage = window.canvas.image
    assert image.width() <= 768 and image.height() <= 384, "not decoded at full size"


def test_the_inset_map_keeps_crowded_markers_apart_and_has_no_buttons(qtbot, tmp_path):
    crowded = TALK.replace("x = 200, y = 120", "x = 41, y = 61").replace("x = 300, y = 40", "x = 42, y = 59")
    folder = write_tour(
        tmp_path / "crowded",
        crowded,
        {
            "map.png": png_bytes(400, 200, "white"),
            **{f"{c}.png": png_bytes(40, 30, c) for c in ("green", "red", "blue")},
        },
    )
    presentation, loader, window = make_window(qtbot, folder)
    qtbot.waitUntil(window.map.isVisible)
    rects = window.map.marker_screen_rects()
    assert len(rects) == 3
    keys = sorted(rects)
    assert not [(a, b) for n, a in enumerate(keys) for b in keys[n + 1 :] if rects[a].intersects(rects[b])]
    assert not [b for b in window.map.zoom_buttons() if b.isVisible()]
