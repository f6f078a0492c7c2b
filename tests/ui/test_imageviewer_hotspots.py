"""Hotspots in the full-window picture viewer: placed on the picture at every zoom and pan, reached by Tab,
activated by Enter or a click, and accessible, as in the gallery."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication
from shiboken6 import isValid

from tests.tourfiles import png_bytes, write_tour
from tourviewer.core import load_tour
from tourviewer.core.session import TourSession
from tourviewer.ui.gallery import Gallery
from tourviewer.ui.hotspots import HotspotMarker
from tourviewer.ui.images import ImageLoader
from tourviewer.ui.imageviewer import ImageViewer

TOUR = """format = 1
id = "h"
title = "H"
languages = ["en", "ko"]
[[stops]]
id = "a"
title = { en = "Market", ko = "시장" }
[[stops.images]]
file = "board.png"
alt = "The price board"
credit = "x"
[[stops.images.hotspots]]
x = 0.2
y = 0.3
label = { en = "Rice prices", ko = "쌀값" }
text = "Rice is sold **by the bag**."
[[stops.images.hotspots]]
x = 0.8
y = 0.7
label = { en = "On to the school", ko = "학교로" }
stop = "b"
[[stops.images.hotspots]]
x = 0.5
y = 0.9
label = { en = "The stall", ko = "가게" }
image = "stall.png"
[[stops.images]]
file = "stall.png"
alt = "A stall"
credit = "x"
[[stops.images.hotspots]]
x = 0.1
y = 0.1
label = { en = "Back to the board", ko = "돌아가기" }
image = "board.png"
[[stops]]
id = "b"
title = { en = "School", ko = "학교" }
"""


@pytest.fixture
def viewer(qtbot, tmp_path):
    folder = write_tour(
        tmp_path / "h", TOUR, {"board.png": png_bytes(800, 400, "white"), "stall.png": png_bytes(400, 400, "orange")}
    )
    session = TourSession()
    gallery = Gallery(session, ImageLoader())
    gallery.resize(800, 500)
    qtbot.addWidget(gallery)
    gallery.show()
    session.open(load_tour(folder))
    qtbot.waitUntil(lambda: gallery.canvas.image is not None)
    gallery.open_full()
    viewer = next(w for w in QApplication.topLevelWidgets() if isinstance(w, ImageViewer) and w.isVisible())
    viewer.resize(900, 600)
    qtbot.waitExposed(viewer)
    qtbot.waitUntil(lambda: not viewer.item.pixmap().isNull())
    viewer.session, viewer.gallery = session, gallery  # for the tests
    yield viewer
    if isValid(viewer) and viewer.isVisible():
        viewer.close()


def markers(viewer: ImageViewer) -> list[HotspotMarker]:
    assert viewer.hotspots is not None
    return viewer.hotspots.layer.markers


def where_on_screen(viewer: ImageViewer, x: float, y: float) -> QPointF:
    """Where (x, y) of the picture is on the viewport, worked out from the scene, not from the markers' code."""
    size = viewer.item.boundingRect()
    return QPointF(viewer.view.mapFromScene(viewer.item.mapToScene(QPointF(x * size.width(), y * size.height()))))


def assert_on_its_hotspot(viewer: ImageViewer, marker: HotspotMarker) -> None:
    expected = where_on_screen(viewer, marker.hotspot.x, marker.hotspot.y)
    centre = marker.geometry().topLeft() + QPoint(17, 17)
    assert marker.parentWidget() is viewer.view.viewport()
    assert abs(centre.x() - expected.x()) <= 1.5 and abs(centre.y() - expected.y()) <= 1.5
    assert viewer.view.viewport().rect().contains(centre) and marker.isVisible()


def test_markers_sit_on_their_hotspots_and_follow_zoom_and_pan(qtbot, viewer):
    assert [m.label for m in markers(viewer)] == ["Rice prices", "On to the school", "The stall"]
    for marker in markers(viewer):
        assert_on_its_hotspot(viewer, marker)
    before = markers(viewer)[0].geometry().topLeft()
    qtbot.keyClick(viewer, Qt.Key.Key_Plus)
    assert markers(viewer)[0].geometry().topLeft() != before, "moved with the zoom"
    assert_on_its_hotspot(viewer, markers(viewer)[0])
    qtbot.keyClick(viewer, Qt.Key.Key_Minus)
    qtbot.keyClick(viewer, Qt.Key.Key_Minus)  # smaller than the window: the picture sits in the middle
    for marker in markers(viewer):
        assert_on_its_hotspot(viewer, marker)
    for _ in range(4):
        viewer.zoom(1.25)
    bar = viewer.view.horizontalScrollBar()
    viewer.view.verticalScrollBar().setValue(viewer.view.verticalScrollBar().maximum() // 3)
    bar.setValue(bar.minimum())  # panned to the left edge: the left hotspot in view, the right one not
    assert markers(viewer)[0].in_view and not markers(viewer)[1].in_view
    assert_on_its_hotspot(viewer, markers(viewer)[0])
    assert not viewer.view.viewport().rect().intersects(markers(viewer)[1].geometry())
    bar.setValue(bar.maximum())
    assert markers(viewer)[1].in_view and not markers(viewer)[0].in_view
    assert_on_its_hotspot(viewer, markers(viewer)[1])
    qtbot.keyClick(viewer, Qt.Key.Key_0)
    assert all(m.in_view for m in markers(viewer))


def test_tab_reaches_each_hotspot_in_the_written_order_and_shows_its_label(qtbot, viewer):
    assert not any(m.hasFocus() or m.expanded for m in markers(viewer)), "none has the focus on opening"
    viewer.close_button.setFocus()
    qtbot.waitUntil(viewer.close_button.hasFocus)
    reached = []
    for _ in range(5):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        reached.append(QApplication.focusWidget())
    assert reached == [*markers(viewer), viewer.full_button, viewer.close_button]
    first = markers(viewer)[0]
    first.setFocus()
    qtbot.waitUntil(first.hasFocus)
    assert first.expanded and first.width() > 60, "the label is drawn beside the marker"
    assert not markers(viewer)[1].expanded
    qtbot.keyClick(first, Qt.Key.Key_Tab)
    assert markers(viewer)[1].hasFocus()


def test_a_hotspot_zoomed_out_of_view_is_brought_into_view_by_tab(qtbot, viewer):
    for _ in range(5):
        viewer.zoom(1.25)
    viewer.view.horizontalScrollBar().setValue(0)
    far = markers(viewer)[1]
    assert not far.in_view
    far.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(far.hasFocus)
    assert far.in_view
    assert_on_its_hotspot(viewer, far)


def test_keys_of_the_viewer_still_work_from_a_marker(qtbot, viewer):
    marker = markers(viewer)[0]
    marker.setFocus()
    qtbot.waitUntil(marker.hasFocus)
    fitted = viewer.scale()
    qtbot.keyClick(marker, Qt.Key.Key_Plus)
    assert viewer.scale() > fitted
    qtbot.keyClick(marker, Qt.Key.Key_Right)
    assert viewer.index == 1 and viewer.gallery.image_index == 1


def test_a_text_hotspot_opens_its_bubble_and_escape_closes_it_first(qtbot, viewer):
    marker = markers(viewer)[0]
    marker.setFocus()
    assert viewer.hotspots.layer._bubble is None, "the bubble is made when a text hotspot is first opened"
    qtbot.keyClick(marker, Qt.Key.Key_Return)
    bubble = viewer.hotspots.layer.bubble
    assert bubble.isVisible() and bubble.parentWidget() is viewer.view.viewport()
    assert "Rice is sold by the bag." in bubble.browser.toPlainText()
    assert viewer.rect().contains(bubble.geometry().translated(viewer.view.viewport().mapTo(viewer, QPoint())))
    qtbot.keyClick(marker, Qt.Key.Key_Escape)
    assert not bubble.isVisible() and viewer.isVisible(), "Escape closes the bubble, not the viewer"
    with qtbot.waitSignal(viewer.finished):
        qtbot.keyClick(marker, Qt.Key.Key_Escape)


def test_a_stop_hotspot_goes_to_that_stop_and_closes_the_viewer(qtbot, viewer):
    with qtbot.waitSignal(viewer.finished):
        qtbot.mouseClick(markers(viewer)[1], Qt.MouseButton.LeftButton)
    assert viewer.session.stop.id == "b"
    assert not any(isinstance(w, ImageViewer) and w.isVisible() for w in QApplication.topLevelWidgets())


def test_an_image_hotspot_shows_that_picture_with_its_own_hotspots(qtbot, viewer):
    qtbot.mouseClick(markers(viewer)[2], Qt.MouseButton.LeftButton)
    assert viewer.index == 1 and viewer.accessibleDescription() == "A stall"
    assert viewer.gallery.image_index == 1, "the gallery follows"
    qtbot.waitUntil(lambda: viewer.item.pixmap().toImage().pixelColor(5, 5).name() == "#ffa500")
    [back] = markers(viewer)
    assert back.label == "Back to the board"
    assert_on_its_hotspot(viewer, back)
    back.setFocus()
    qtbot.keyClick(back, Qt.Key.Key_Return)
    assert viewer.index == 0 and [m.label for m in markers(viewer)][0] == "Rice prices"
    assert viewer.session.stop.id == "a"


def test_each_hotspot_is_an_accessible_button_with_its_label(qtbot, viewer):
    names = []
    for marker in markers(viewer):
        face = QAccessible.queryAccessibleInterface(marker)
        assert face is not None and face.role() == QAccessible.Role.Button
        names.append((face.text(QAccessible.Text.Name), face.text(QAccessible.Text.Description)))
    assert names == [
        ("Rice prices", "Opens a note about this place"),
        ("On to the school", "Goes to School"),
        ("The stall", "Shows another picture of this stop"),
    ]
    parent = QAccessible.queryAccessibleInterface(viewer.view.viewport())
    children = [parent.child(i).text(QAccessible.Text.Name) for i in range(parent.childCount())]
    assert {"Rice prices", "On to the school", "The stall"} <= set(children)


def test_a_viewer_without_texts_draws_no_hotspots(qtbot, viewer):
    from tourviewer.ui.imageviewer import ViewerPicture

    bare = ImageViewer([ViewerPicture(viewer.pictures[0].path)], 0, None, viewer.loader)
    qtbot.addWidget(bare)
    assert bare.hotspots is None
    assert not [w for w in bare.view.viewport().children() if isinstance(w, HotspotMarker)]
