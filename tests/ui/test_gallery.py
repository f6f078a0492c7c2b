"""The gallery: main image at its shown size, thumbnails, caption, full-window view, placeholders."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QImage, QWheelEvent
from PySide6.QtWidgets import QApplication

from tests.tourfiles import png_bytes
from tourviewer.core import load_tour
from tourviewer.core.session import TourSession
from tourviewer.ui.gallery import Gallery
from tourviewer.ui.images import ImageCache, ImageKey, ImageLoader, decode
from tourviewer.ui.imageviewer import ImageViewer


def make_gallery(qtbot, folder):
    session = TourSession()
    loader = ImageLoader()
    gallery = Gallery(session, loader)
    gallery.resize(800, 600)
    qtbot.addWidget(gallery)
    gallery.show()
    session.open(load_tour(folder))
    return session, loader, gallery


def colour_of(image: QImage) -> str:
    return image.pixelColor(image.width() // 2, image.height() // 2).name()


def test_shows_the_main_image_with_caption_credit_and_alt(qtbot, three_stops):
    session, loader, gallery = make_gallery(qtbot, three_stops)
    qtbot.waitUntil(lambda: gallery.canvas.image is not None)
    assert colour_of(gallery.canvas.image) == "#008000"
    assert gallery.caption.text() == "First picture"
    assert gallery.credit.text() == "Illustration"
    assert gallery.canvas.accessibleDescription() == "A green square"
    session.set_language("ko")
    assert gallery.caption.text() == "첫 그림"
    assert gallery.canvas.accessibleDescription() == "초록 네모"


def test_thumbnails_choose_the_shown_image(qtbot, three_stops):
    session, loader, gallery = make_gallery(qtbot, three_stops)
    assert gallery.thumbs.isVisible() and gallery.thumbs.count() == 2
    gallery.thumbs.setCurrentRow(1)
    qtbot.waitUntil(lambda: gallery.canvas.image is not None and colour_of(gallery.canvas.image) == "#ff0000")
    assert gallery.canvas.accessibleDescription() == "A red square"
    session.next()
    assert not gallery.thumbs.isVisible(), "one image needs no strip"
    qtbot.waitUntil(lambda: gallery.canvas.image is not None and colour_of(gallery.canvas.image) == "#0000ff")
    session.next()
    assert gallery.canvas.message == "No pictures for this stop"


def test_images_are_decoded_at_the_shown_size_and_neighbours_prefetched(qtbot, three_stops):
    session, loader, gallery = make_gallery(qtbot, three_stops)
    qtbot.waitUntil(lambda: not loader.busy)
    shown = gallery.slot.wanted
    assert shown is not None
    assert gallery.canvas.image.width() <= 400, "a small image is never scaled up in decoding"
    neighbour = gallery._neighbour_keys()[0]
    assert neighbour.path.endswith("c.png")
    assert loader.cached(neighbour) is not None, "the next stop's main image is ready before Next"


def test_decode_scales_down_to_the_box(tmp_path):
    path = tmp_path / "big.png"
    path.write_bytes(png_bytes(2000, 1500))
    image, error = decode(ImageKey(str(path), 400, 400))
    assert error is None and (image.width(), image.height()) == (400, 300)
    image, error = decode(ImageKey(str(tmp_path / "gone.png"), 400, 400))
    assert image.isNull() and error


def test_cache_is_bounded_in_bytes():
    cache = ImageCache(max_bytes=3 * 100 * 100 * 4)
    keys = [ImageKey(f"{n}", 100, 100) for n in range(5)]
    for key in keys:
        image = QImage(100, 100, QImage.Format.Format_ARGB32)
        cache.put(key, image)
    assert len(cache) == 3 and cache.bytes <= cache.max_bytes
    assert cache.get(keys[0]) is None and cache.get(keys[4]) is not None


def test_a_file_removed_after_loading_shows_a_placeholder(qtbot, three_stops):
    (three_stops / "c.png").unlink()
    session, loader, gallery = make_gallery(qtbot, three_stops)
    session.next()
    qtbot.waitUntil(lambda: "c.png" in gallery.canvas.message)
    assert gallery.canvas.message == "Image not available: c.png"


def test_an_unreadable_file_shows_a_placeholder_that_says_why(qtbot, three_stops):
    (three_stops / "c.png").write_bytes(b"garbage now")
    session, loader, gallery = make_gallery(qtbot, three_stops)
    session.next()
    qtbot.waitUntil(lambda: (gallery.canvas.message or "").startswith("c.png cannot be decoded: "))
    assert "it is not an image Pillow can read" in gallery.canvas.message


def test_a_picture_gone_since_loading_shows_its_name(qtbot, three_stops):
    session, loader, gallery = make_gallery(qtbot, three_stops)
    (three_stops / "c.png").unlink()
    session.next()
    qtbot.waitUntil(lambda: gallery.canvas.message == "Image not available: c.png")


def test_enter_opens_the_full_window_view_with_zoom(qtbot, three_stops):
    session, loader, gallery = make_gallery(qtbot, three_stops)
    qtbot.waitUntil(lambda: gallery.canvas.image is not None)
    gallery.canvas.setFocus()
    qtbot.keyClick(gallery.canvas, Qt.Key.Key_Return)
    viewer = next(w for w in QApplication.topLevelWidgets() if isinstance(w, ImageViewer) and w.isVisible())
    fitted = viewer.scale()
    qtbot.keyClick(viewer, Qt.Key.Key_Plus)
    assert viewer.scale() > fitted
    wheel = QWheelEvent(
        QPointF(10, 10),
        QPointF(10, 10),
        QPoint(0, 0),
        QPoint(0, -120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    before = viewer.scale()
    viewer._on_wheel(wheel)
    assert viewer.scale() < before
    qtbot.keyClick(viewer, Qt.Key.Key_0)
    assert abs(viewer.scale() - fitted) < 1e-6
    with qtbot.waitSignal(viewer.finished):
        qtbot.keyClick(viewer, Qt.Key.Key_Escape)


def test_a_click_opens_the_full_window_view(qtbot, three_stops):
    session, loader, gallery = make_gallery(qtbot, three_stops)
    qtbot.waitUntil(lambda: gallery.canvas.image is not None)
    with qtbot.waitSignal(gallery.canvas.activated):
        qtbot.mouseClick(gallery.canvas, Qt.MouseButton.LeftButton)
    viewers = [w for w in QApplication.topLevelWidgets() if isinstance(w, ImageViewer) and w.isVisible()]
    assert len(viewers) == 1
    assert viewers[0].accessibleDescription() == "A green square"
    viewers[0].close()
