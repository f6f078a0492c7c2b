"""Panoramas in the viewer: the start view, turning and zooming, hotspots (place, keyboard, targets, accessibility)."""

from __future__ import annotations

import io

import pytest
from PIL import Image as PILImage
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QAccessible, QAction, QKeySequence, QWheelEvent
from PySide6.QtWidgets import QApplication, QMainWindow

from tests.tourfiles import png_bytes, write_tour
from tourviewer.core import load_tour
from tourviewer.core.session import TourSession
from tourviewer.ui.gallery import Gallery
from tourviewer.ui.hotspots import HotspotMarker
from tourviewer.ui.images import ImageLoader
from tourviewer.ui.panorama import PanoramaDecoder, PanoramaWindow

TOUR = """format = 1
id = "p"
title = "P"
languages = ["en", "ko"]
[[stops]]
id = "a"
title = { en = "Farm", ko = "농장" }
[[stops.images]]
file = "pano.png"
panorama = true
alt = { en = "Among the greenhouses", ko = "비닐하우스 사이" }
credit = "x"
view = { yaw = -90, pitch = 0, fov = 80 }
[[stops.images.hotspots]]
yaw = -80
pitch = 5
label = { en = "Seedling house", ko = "육묘장" }
text = "Seedlings start **here** in March."
[[stops.images.hotspots]]
yaw = -100
pitch = -5
label = { en = "On to the school", ko = "학교로" }
stop = "b"
[[stops.images.hotspots]]
yaw = 90
pitch = 0
label = { en = "The price board", ko = "가격표" }
image = "flat.png"
[[stops.images]]
file = "flat.png"
alt = "A price board"
credit = "x"
[[stops.images.hotspots]]
x = 0.25
y = 0.5
label = { en = "Back to the view", ko = "돌아가기" }
image = "pano.png"
[[stops]]
id = "b"
title = { en = "School", ko = "학교" }
"""

QUARTERS = {"left": (200, 40, 40), "front": (40, 160, 40), "right": (40, 40, 200), "back": (220, 200, 40)}


def quarters_png(width: int = 4096, height: int = 2048) -> bytes:
    """A panorama whose quarter of the circle facing each way has its own colour (left: yaw -135..-45, ...)."""
    picture = PILImage.new("RGB", (width, height), QUARTERS["back"])
    for name, start in (("left", -135), ("front", -45), ("right", 45)):
        x0 = round((start / 360 + 0.5) * width)
        picture.paste(QUARTERS[name], (x0, 0, x0 + width // 4, height))
    out = io.BytesIO()
    picture.save(out, "PNG")
    return out.getvalue()


@pytest.fixture
def pano_tour(tmp_path):
    return write_tour(tmp_path / "p", TOUR, {"pano.png": quarters_png(), "flat.png": png_bytes(400, 200, "white")})


def make_gallery(qtbot, folder, size=(800, 500)):
    session = TourSession()
    gallery = Gallery(session, ImageLoader())
    gallery.resize(*size)
    qtbot.addWidget(gallery)
    gallery.show()
    session.open(load_tour(folder))
    qtbot.waitUntil(lambda: gallery.panorama.ready)
    return session, gallery


def centre_colour(view) -> tuple[int, int, int]:
    shot = view.grab().toImage()
    colour = shot.pixelColor(shot.width() // 2, shot.height() // 2)
    return colour.red(), colour.green(), colour.blue()


def test_a_panorama_opens_at_its_view_and_shows_that_direction(qtbot, pano_tour):
    session, gallery = make_gallery(qtbot, pano_tour)
    view = gallery.panorama
    assert gallery.pictures.currentWidget() is view
    assert (view.camera.yaw, view.camera.pitch, view.camera.fov) == (-90, 0, 80)
    assert centre_colour(view) == QUARTERS["left"]
    assert view.accessibleDescription() == "Among the greenhouses"
    view.set_camera(view.camera.looking(180, 0), moving=False)
    assert centre_colour(view) == QUARTERS["back"]


def test_the_panorama_is_decoded_at_the_width_the_window_needs(qtbot, pano_tour):
    session, gallery = make_gallery(qtbot, pano_tour, size=(300, 260))
    view = gallery.panorama
    assert view.decoded_width == 2048  # 4096 would show more than a small window at fov 80 can
    view.zoom(0.25)  # field of view 20: more detail is needed
    qtbot.waitUntil(lambda: view.decoded_width == 4096)
    assert view.camera.fov == 20


def test_drag_turns_the_view_and_the_picture_follows_the_pointer(qtbot, pano_tour):
    session, gallery = make_gallery(qtbot, pano_tour)
    view = gallery.panorama
    before = view.camera
    qtbot.mousePress(view, Qt.MouseButton.LeftButton, pos=QPoint(400, 200))
    qtbot.mouseMove(view, QPoint(300, 230))
    qtbot.mouseRelease(view, Qt.MouseButton.LeftButton, pos=QPoint(300, 230))
    assert view.camera.yaw > before.yaw  # dragged left: looking further right
    assert view.camera.pitch > before.pitch  # dragged down: looking up


def test_arrow_keys_turn_the_view_while_it_has_focus_and_the_window_keys_wait(qtbot, pano_tour):
    session = TourSession()
    window = QMainWindow()
    gallery = Gallery(session, ImageLoader())
    window.setCentralWidget(gallery)
    went = []
    action = QAction(window)
    action.setShortcuts([QKeySequence(Qt.Key.Key_Right), QKeySequence(Qt.Key.Key_Left)])
    action.triggered.connect(lambda: went.append(1))
    window.addAction(action)
    qtbot.addWidget(window)
    window.resize(800, 500)
    window.show()
    session.open(load_tour(pano_tour))
    view = gallery.panorama
    gallery.focus_picture()
    qtbot.waitUntil(view.hasFocus)
    yaw = view.camera.yaw
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert view.camera.yaw == pytest.approx(yaw + 5)
    qtbot.keyClick(view, Qt.Key.Key_Up, Qt.KeyboardModifier.ShiftModifier)
    assert view.camera.pitch == pytest.approx(15)
    assert went == [], "the window's Left/Right wait while the picture has the focus"
    qtbot.keyClick(view, Qt.Key.Key_Minus)
    assert view.camera.fov == pytest.approx(80 * 1.15)
    qtbot.keyClick(view, Qt.Key.Key_Plus)
    assert view.camera.fov == pytest.approx(80)


def test_the_wheel_zooms_between_20_and_120_degrees(qtbot, pano_tour):
    session, gallery = make_gallery(qtbot, pano_tour)
    view = gallery.panorama

    def wheel(notches: int) -> None:
        centre = QPointF(400, 250)
        event = QWheelEvent(
            centre,
            view.mapToGlobal(centre),
            QPoint(),
            QPoint(0, 120 * notches),
            Qt.MouseButton.NoButton,
            Qt.KeyboardModifier.NoModifier,
            Qt.ScrollPhase.NoScrollPhase,
            False,
        )
        QApplication.sendEvent(view, event)

    wheel(1)
    assert view.camera.fov < 80
    wheel(-40)
    assert view.camera.fov == 120
    wheel(40)
    assert view.camera.fov == 20


def test_markers_sit_on_their_hotspots_and_hide_behind_the_viewer(qtbot, pano_tour):
    session, gallery = make_gallery(qtbot, pano_tour)
    view = gallery.panorama
    markers = view.layer.markers
    assert [m.label for m in markers] == ["Seedling house", "On to the school", "The price board"]
    for marker in markers[:2]:
        x, y = view.camera.screen_point(marker.hotspot.yaw, marker.hotspot.pitch)
        centre = marker.geometry().topLeft() + QPoint(17, 17)
        assert abs(centre.x() - x) <= 1 and abs(centre.y() - y) <= 1
        assert view.rect().contains(centre)
    assert not markers[2].in_view and not view.rect().intersects(markers[2].geometry())  # yaw 90: behind
    view.set_camera(view.camera.looking(90, 0), moving=False)
    assert markers[2].in_view and not markers[0].in_view


def test_tab_reaches_each_hotspot_in_the_written_order(qtbot, pano_tour):
    session, gallery = make_gallery(qtbot, pano_tour)
    view = gallery.panorama
    chain = [view.flat_button]
    for _ in range(3):
        chain.append(chain[-1].nextInFocusChain())
        while not chain[-1].focusPolicy() & Qt.FocusPolicy.TabFocus:
            chain[-1] = chain[-1].nextInFocusChain()
    assert chain[1:] == view.layer.markers
    view.layer.markers[0].setFocus()
    qtbot.waitUntil(view.layer.markers[0].hasFocus)
    assert view.layer.markers[0].expanded  # the label shows on focus
    assert not view.layer.markers[1].expanded


def test_a_text_hotspot_opens_its_bubble(qtbot, pano_tour):
    session, gallery = make_gallery(qtbot, pano_tour)
    marker = gallery.panorama.layer.markers[0]
    marker.setFocus()
    qtbot.keyClick(marker, Qt.Key.Key_Return)
    bubble = gallery.panorama.layer.bubble
    assert bubble.isVisible()
    assert "Seedlings start here in March." in bubble.browser.toPlainText()
    assert "Seedling house" in bubble.browser.toPlainText()
    assert 40 < bubble.height() < 160, "as tall as two short lines of text, not the whole picture"
    qtbot.keyClick(marker, Qt.Key.Key_Escape)
    assert not bubble.isVisible()


def test_a_stop_hotspot_goes_to_that_stop(qtbot, pano_tour):
    session, gallery = make_gallery(qtbot, pano_tour)
    marker = gallery.panorama.layer.markers[1]
    qtbot.mouseClick(marker, Qt.MouseButton.LeftButton)
    assert session.stop.id == "b"


def test_an_image_hotspot_shows_that_picture_and_a_flat_hotspot_leads_back(qtbot, pano_tour):
    session, gallery = make_gallery(qtbot, pano_tour)
    gallery.panorama.layer.markers[2].click()
    assert gallery.image_index == 1 and gallery.pictures.currentWidget() is gallery.canvas
    qtbot.waitUntil(lambda: gallery.canvas.image is not None)
    [back] = gallery.hotspots.markers
    rect = gallery.canvas.image_rect()
    centre = back.geometry().topLeft() + QPoint(17, 17)
    assert abs(centre.x() - (rect.left() + 0.25 * rect.width())) <= 1
    assert abs(centre.y() - (rect.top() + 0.5 * rect.height())) <= 1
    back.click()
    assert gallery.image_index == 0 and gallery.pictures.currentWidget() is gallery.panorama


def test_each_hotspot_is_an_accessible_button_with_its_label(qtbot, pano_tour):
    session, gallery = make_gallery(qtbot, pano_tour)
    view = gallery.panorama
    names = []
    for marker in view.layer.markers:
        face = QAccessible.queryAccessibleInterface(marker)
        assert face is not None and face.role() == QAccessible.Role.Button
        names.append((face.text(QAccessible.Text.Name), face.text(QAccessible.Text.Description)))
    assert names == [
        ("Seedling house", "Opens a note about this place"),
        ("On to the school", "Goes to School"),
        ("The price board", "Shows another picture of this stop"),
    ]
    session.set_language("ko")
    assert QAccessible.queryAccessibleInterface(view.layer.markers[1]).text(QAccessible.Text.Name) == "학교로"
    assert view.layer.markers[1].accessibleDescription() == "Goes to 학교"
    parent = QAccessible.queryAccessibleInterface(view)
    children = [parent.child(i).text(QAccessible.Text.Name) for i in range(parent.childCount())]
    assert {"육묘장", "학교로", "가격표"} <= set(children)


def test_the_flat_button_shows_the_whole_picture_with_its_hotspots(qtbot, pano_tour):
    session, gallery = make_gallery(qtbot, pano_tour)
    view = gallery.panorama
    qtbot.mouseClick(view.flat_button, Qt.MouseButton.LeftButton)
    assert view.flat and view.flat_button.text() == "Look around"
    assert all(m.in_view for m in view.layer.markers)  # the whole circle is on screen
    shot = view.grab().toImage()
    rect = view._flat_rect()
    y = round(rect.top() + rect.height() / 4)  # above the hotspots on the horizon
    for name, yaw in (("left", -90), ("front", 0), ("right", 90), ("back", 179)):
        colour = shot.pixelColor(round(rect.left() + (yaw / 360 + 0.5) * rect.width()), y)
        assert (colour.red(), colour.green(), colour.blue()) == QUARTERS[name]
    qtbot.mouseClick(view.flat_button, Qt.MouseButton.LeftButton)
    assert not view.flat


def test_full_window_shows_the_same_view_and_hands_back_where_it_looked(qtbot, pano_tour):
    session, gallery = make_gallery(qtbot, pano_tour)
    view = gallery.panorama
    view.set_camera(view.camera.looking(10, 20).zoomed(60), moving=False)
    window = PanoramaWindow(view, session.media_path("pano.png"), gallery)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.view.ready)
    assert (window.view.camera.yaw, window.view.camera.pitch, window.view.camera.fov) == (10, 20, 60)
    qtbot.keyClick(window.view, Qt.Key.Key_Left)
    window.close()
    assert view.camera.yaw == pytest.approx(5)


def test_enter_on_the_panorama_opens_it_full_window(qtbot, pano_tour):
    session, gallery = make_gallery(qtbot, pano_tour)
    view = gallery.panorama
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Return)
    windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, PanoramaWindow) and w.isVisible()]
    assert len(windows) == 1
    windows[0].close()


def test_a_missing_panorama_says_so(qtbot, tmp_path):
    folder = write_tour(tmp_path / "p", TOUR, {"flat.png": png_bytes(400, 200, "white")})
    session = TourSession()
    gallery = Gallery(session, ImageLoader())
    qtbot.addWidget(gallery)
    gallery.show()
    session.open(load_tour(folder))
    assert gallery.panorama._message == "Image not available: pano.png"
    assert isinstance(gallery.panorama.layer.markers[0], HotspotMarker)  # hotspots are still reachable


# -- presenting ------------------------------------------------------------------------------------


@pytest.fixture
def presenter(qtbot, pano_tour):
    from PySide6.QtCore import QSize

    from tourviewer.ui.present import Presenter

    presenter = Presenter(load_tour(pano_tour), windowed=True, size=QSize(960, 540))
    qtbot.addWidget(presenter.audience)
    qtbot.addWidget(presenter.console)
    presenter.start()
    qtbot.waitUntil(lambda: presenter.console.current_panorama.ready and presenter.audience.panorama.ready)
    yield presenter
    presenter.stop()


def looking(view) -> tuple[float, float, float]:
    return round(view.camera.yaw, 6), round(view.camera.pitch, 6), round(view.camera.fov, 6)


def test_the_audience_window_looks_where_the_console_looks(qtbot, presenter):
    console, audience = presenter.console.current_panorama, presenter.audience.panorama
    assert presenter.console.current_picture.currentWidget() is console
    assert audience.isVisible() and not audience.flat_button.isVisible()
    assert looking(audience) == looking(console) == (-90, 0, 80)
    console.setFocus()
    qtbot.waitUntil(console.hasFocus)
    qtbot.keyClick(console, Qt.Key.Key_Right)
    qtbot.keyClick(console, Qt.Key.Key_Down)
    assert presenter.presentation.console.index == 0, "arrow keys turn the picture while it has focus"
    assert looking(console) == (-85, -5, 80)
    assert looking(audience) == looking(console)
    qtbot.mousePress(console, Qt.MouseButton.LeftButton, pos=QPoint(100, 100))
    qtbot.mouseMove(console, QPoint(60, 100))
    qtbot.mouseRelease(console, Qt.MouseButton.LeftButton, pos=QPoint(60, 100))
    assert console.camera.yaw > -85 and looking(audience) == looking(console)
    assert centre_colour(audience) == centre_colour(console)


def test_arrow_keys_move_stops_when_the_picture_has_no_focus(qtbot, presenter):
    presenter.console.setFocus()
    qtbot.waitUntil(presenter.console.hasFocus)
    qtbot.keyClick(presenter.console, Qt.Key.Key_Right)
    assert presenter.presentation.console.index == 1


def test_a_frozen_audience_keeps_its_direction_until_it_follows_again(qtbot, presenter):
    console, audience = presenter.console.current_panorama, presenter.audience.panorama
    presenter.presentation.toggle_freeze()
    console.turn(yaw=30)
    assert looking(audience) == (-90, 0, 80)
    presenter.presentation.toggle_freeze()
    assert looking(audience) == looking(console) == (-60, 0, 80)


def test_the_facilitator_spotlights_a_hotspot_and_it_pulses_for_the_room(qtbot, presenter):
    console, audience = presenter.console.current_panorama, presenter.audience.panorama
    qtbot.mouseClick(console.layer.markers[1], Qt.MouseButton.LeftButton)
    assert presenter.presentation.console.index == 0, "on the console a hotspot is spotlit, not followed"
    lit = audience.layer.markers[1]
    assert lit.spotlit and lit.expanded and audience.layer.spotlight == 1
    assert [m.spotlit for m in audience.layer.markers] == [False, True, False]
    frames: set[str] = set()

    def pulsed() -> bool:  # sampled until the ring has been seen in two colours: a still ring never is
        frames.add(lit.grab().toImage().pixelColor(4, 17).name())
        return len(frames) > 1

    qtbot.waitUntil(pulsed, timeout=3000)
    qtbot.mouseClick(console.layer.markers[1], Qt.MouseButton.LeftButton)
    assert audience.layer.spotlight is None and not lit.spotlit


def test_presenting_starts_with_the_console_window_taking_the_clicker_keys(qtbot, presenter):
    assert presenter.console.hasFocus()
    qtbot.keyClick(presenter.console, Qt.Key.Key_Return)
    assert presenter.presentation.console.index == 1
    assert presenter.console.current_picture.currentWidget() is presenter.console.current_canvas


def test_a_wide_window_gets_a_small_preview_first_and_then_the_picture_it_needs(qtbot, pano_tour):
    from tourviewer.ui.panorama import PanoramaKey, PanoramaView, preview_width

    assert preview_width(16384) == 2048 and preview_width(4096) == 2048 and preview_width(1500) == 1500
    session = TourSession()
    session.open(load_tour(pano_tour))
    decoder = PanoramaDecoder()
    view = PanoramaView(decoder, session.text)
    qtbot.addWidget(view)
    view.resize(1600, 900)
    view.show()
    image = session.stop.images[0]
    path = session.media_path(image.file)
    view.show_panorama(path, image)
    wanted = {PanoramaKey(str(path), 4096), PanoramaKey(str(path), 2048)}
    assert decoder.wanted == wanted  # both asked for; the queue takes the preview first
    qtbot.waitUntil(lambda: view.sharp)
    assert view.decoded_width == 4096
    view.clear()
    assert decoder.wanted == frozenset()


def test_the_audience_reads_hotspot_labels_in_the_presenting_language(qtbot, presenter):
    presenter.presentation.console.set_language("ko")
    assert [m.label for m in presenter.audience.panorama.layer.markers] == ["육묘장", "학교로", "가격표"]
    assert presenter.console.current_panorama.layer.markers[0].accessibleName() == "육묘장"


def test_a_click_elsewhere_in_the_console_gives_the_arrow_keys_back_to_the_stops(qtbot, presenter):
    view = presenter.console.current_panorama
    qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=QPoint(50, 50))
    assert view.hasFocus()
    qtbot.keyClick(view, Qt.Key.Key_Left)
    assert presenter.presentation.console.index == 0
    qtbot.mouseClick(presenter.console.notes_view.viewport(), Qt.MouseButton.LeftButton)
    assert not view.hasFocus()
    qtbot.keyClick(presenter.console.focusWidget() or presenter.console, Qt.Key.Key_Right)
    assert presenter.presentation.console.index == 1


def test_hotspots_of_a_flat_picture_are_shown_and_spotlit_when_presenting(qtbot, tmp_path):
    from PySide6.QtCore import QSize

    from tourviewer.ui.present import Presenter

    flat_first = TOUR.replace('[[stops]]\nid = "b"\ntitle = { en = "School", ko = "학교" }\n', "")
    flat_first = flat_first.replace(
        '[[stops]]\nid = "a"\n',
        '[[stops]]\nid = "flat"\ntitle = "Flat"\n[[stops.images]]\nfile = "flat.png"\nalt = "x"\ncredit = "x"\n'
        '[[stops.images.hotspots]]\nx = 0.75\ny = 0.5\nlabel = "The price board"\ntext = "Prices."\n'
        '[[stops]]\nid = "a"\n',
    )
    flat_first += '[[stops]]\nid = "b"\ntitle = "B"\n'
    folder = write_tour(
        tmp_path / "f", flat_first, {"pano.png": quarters_png(1024, 512), "flat.png": png_bytes(400, 200)}
    )
    presenter = Presenter(load_tour(folder), windowed=True, size=QSize(960, 540))
    qtbot.addWidget(presenter.audience)
    qtbot.addWidget(presenter.console)
    presenter.start()
    console, audience = presenter.console.current_hotspots, presenter.audience.flat_hotspots
    qtbot.waitUntil(
        lambda: presenter.audience.canvas.image is not None and presenter.console.current_canvas.image is not None
    )
    [shown] = audience.layer.markers
    rect = presenter.audience.canvas.image_rect()
    centre = shown.geometry().topLeft() + QPoint(17, 17)
    assert abs(centre.x() - (rect.left() + 0.75 * rect.width())) <= 1
    assert shown.focusPolicy() == Qt.FocusPolicy.NoFocus
    qtbot.mouseClick(console.layer.markers[0], Qt.MouseButton.LeftButton)
    assert shown.spotlit and presenter.presentation.console.index == 0
    presenter.presentation.console.next()  # a panorama: no flat hotspots on either window
    assert audience.layer.markers == [] and console.layer.markers == []
    presenter.stop()


def test_a_tour_that_opens_on_a_panorama_lets_the_map_come_after_its_first_view(qtbot, pano_tour, monkeypatch):
    from tests.ui.conftest import open_window
    from tests.ui.test_mainwindow import make_window
    from tourviewer.ui import paintgate

    monkeypatch.setattr(paintgate, "FALLBACK_MS", 600_000)  # only a paint may open the gate here
    window = make_window(qtbot, pano_tour.parent)
    open_window(window, pano_tour)
    gallery = window.view.gallery
    assert gallery.pictures.currentWidget() is gallery.panorama
    qtbot.waitUntil(lambda: gallery.panorama.ready)
    qtbot.waitUntil(lambda: not window.view.gate._armed)
