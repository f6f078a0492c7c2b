"""One picture slot: the decoded picture, a placeholder that says why, and decoding ahead."""

from __future__ import annotations

from PySide6.QtCore import QSize

from tests.tourfiles import png_bytes
from tourviewer.ui.canvas import LOADING, ImageCanvas
from tourviewer.ui.images import ImageLoader
from tourviewer.ui.pictureslot import PictureSlot

BOX = QSize(300, 200)


def colour(canvas: ImageCanvas) -> str | None:
    image = canvas.image
    return image.pixelColor(image.width() // 2, image.height() // 2).name() if image is not None else None


def make_slot(qtbot, loader: ImageLoader, quiet: bool = False) -> PictureSlot:
    canvas = ImageCanvas()
    qtbot.addWidget(canvas)
    canvas.resize(300, 200)
    canvas.show()
    return PictureSlot(canvas, loader, quiet=quiet)


def pictures(tmp_path, **colours: str):
    paths = {}
    for name, value in colours.items():
        paths[name] = tmp_path / f"{name}.png"
        paths[name].write_bytes(png_bytes(600, 400, value))
    return paths


def test_shows_loading_then_the_picture_at_the_canvas_size(qtbot, tmp_path):
    loader = ImageLoader()
    slot = make_slot(qtbot, loader)
    paths = pictures(tmp_path, red="red")
    slot.show(paths["red"], "images/red.png")
    assert slot.canvas.message == LOADING and slot.canvas.image is None
    with qtbot.waitSignal(slot.displayed) as shown:
        pass
    assert shown.args[0].width == slot.canvas.width()
    assert colour(slot.canvas) == "#ff0000"
    assert slot.canvas.image.width() <= 300, "decoded for the canvas, not at full size"


def test_a_missing_or_broken_picture_says_which(qtbot, tmp_path):
    loader = ImageLoader()
    slot = make_slot(qtbot, loader)
    slot.show(tmp_path / "gone.png", "images/gone.png")
    assert slot.canvas.message == "Image not available: images/gone.png"
    broken = tmp_path / "broken.png"
    broken.write_bytes(b"not a picture at all")
    with qtbot.waitSignal(slot.unavailable):
        slot.show(broken, "images/broken.png")
    assert slot.canvas.message.startswith("images/broken.png cannot be decoded: it is not an image Pillow can read")


def test_a_quiet_slot_shows_an_empty_stage(qtbot, tmp_path):
    slot = make_slot(qtbot, ImageLoader(), quiet=True)
    slot.show(tmp_path / "gone.png", "images/gone.png")
    assert slot.canvas.message == "" and slot.canvas.image is None


def test_the_same_picture_at_another_size_stays_up_until_the_sharper_one(qtbot, tmp_path):
    loader = ImageLoader()
    slot = make_slot(qtbot, loader)
    paths = pictures(tmp_path, red="red")
    slot.show(paths["red"], "red.png")
    qtbot.waitSignal(slot.displayed).wait()
    small = slot.shown
    slot.canvas.resize(500, 340)
    slot.show(paths["red"], "red.png")
    assert slot.canvas.image is not None and slot.shown == small, "no Loading… flash for a resize"
    qtbot.waitUntil(lambda: slot.shown is not None and slot.shown.width == 500)


def test_another_picture_never_shows_under_the_new_one(qtbot, tmp_path):
    loader = ImageLoader()
    slot = make_slot(qtbot, loader)
    paths = pictures(tmp_path, red="red", blue="blue")
    slot.show(paths["red"], "red.png")
    qtbot.waitSignal(slot.displayed).wait()
    slot.show(paths["blue"], "blue.png")
    assert slot.canvas.image is None and slot.canvas.message == LOADING
    qtbot.waitUntil(lambda: colour(slot.canvas) == "#0000ff")


def test_ahead_is_decoded_once_the_picture_is_shown(qtbot, tmp_path):
    loader = ImageLoader()
    slot = make_slot(qtbot, loader)
    paths = pictures(tmp_path, red="red", blue="blue")
    ahead = slot.key_for(paths["blue"])
    slot.show(paths["red"], "red.png", ahead=[ahead])
    qtbot.waitSignal(slot.displayed).wait()
    qtbot.waitUntil(lambda: loader.cached(ahead) is not None)


def test_ahead_waits_until_the_picture_has_painted(qtbot, tmp_path):
    loader = ImageLoader()
    slot = make_slot(qtbot, loader)
    qtbot.waitExposed(slot.canvas)
    paths = pictures(tmp_path, red="red", blue="blue")
    ahead = slot.key_for(paths["blue"])
    asked: list[tuple[object, bool]] = []
    real_request = loader.request
    loader.request = lambda key, prefetch=False: asked.append((key, prefetch)) or real_request(key, prefetch)
    painted: list[bool] = []
    real_paint = slot.canvas.paintEvent
    slot.canvas.paintEvent = lambda event: painted.append(slot.canvas.image is not None) or real_paint(event)
    slot.show(paths["red"], "red.png", ahead=[ahead])
    qtbot.waitSignal(slot.displayed).wait()
    assert (ahead, True) not in asked, "nothing is decoded ahead before the picture is on screen"
    assert slot.canvas.after_paint_pending(), "the canvas says it has work waiting for the paint"
    qtbot.waitUntil(lambda: (ahead, True) in asked)
    assert True in painted, "asked for after a paint of the picture"
    assert not slot.canvas.after_paint_pending()
    qtbot.waitUntil(lambda: loader.cached(ahead) is not None)


def test_a_hidden_canvas_decodes_ahead_at_once(qtbot, tmp_path):
    loader = ImageLoader()
    slot = make_slot(qtbot, loader)
    slot.canvas.hide()
    paths = pictures(tmp_path, red="red", blue="blue")
    ahead = slot.key_for(paths["blue"])
    slot.show(paths["red"], "red.png", ahead=[ahead])
    with qtbot.waitSignal(slot.displayed):
        pass
    assert ahead in loader._pending or loader.cached(ahead) is not None


def test_slots_sharing_a_loader_keep_their_own_pictures(qtbot, tmp_path):
    """The console and the audience window share one loader; neither drops the other's decode."""
    loader = ImageLoader(threads=1)
    one, two = make_slot(qtbot, loader), make_slot(qtbot, loader)
    paths = pictures(tmp_path, red="red", blue="blue", green="green")
    one.show(paths["red"], "red.png")
    two.show(paths["blue"], "blue.png")
    one.show(paths["green"], "green.png")  # one moves on before anything is decoded
    qtbot.waitUntil(lambda: colour(two.canvas) == "#0000ff" and colour(one.canvas) == "#008000")


def test_a_changed_file_is_decoded_again_after_forget(qtbot, tmp_path):
    loader = ImageLoader()
    slot = make_slot(qtbot, loader)
    paths = pictures(tmp_path, pic="red")
    slot.show(paths["pic"], "pic.png")
    qtbot.waitUntil(lambda: colour(slot.canvas) == "#ff0000")
    paths["pic"].write_bytes(png_bytes(600, 400, "blue"))
    loader.forget()
    slot.show(paths["pic"], "pic.png")
    assert colour(slot.canvas) == "#ff0000", "the old picture stays up while the new one decodes"
    qtbot.waitUntil(lambda: colour(slot.canvas) == "#0000ff")


def test_a_decode_passed_over_and_wanted_again_is_not_lost(qtbot, tmp_path):
    """Wanted again after a worker passed it over, but before the UI heard so: the loader queues it again."""
    loader = ImageLoader(threads=1)
    owner = object()
    big = tmp_path / "big.png"
    big.write_bytes(png_bytes(5000, 4000, "gray"))
    small = tmp_path / "small.png"
    small.write_bytes(png_bytes(60, 40, "blue"))
    busy, key = loader.key(big, BOX), loader.key(small, BOX)
    loader.want([busy, key], owner)
    loader.request(busy)  # keeps the one worker busy for a while
    loader.request(key)
    loader.want([busy], owner)  # left before the worker reaches it: it is passed over
    assert loader.wait(30_000)  # the worker has decoded `busy` and passed over `key`; the UI has not heard yet
    loader.want([busy, key], owner)  # wanted again
    assert loader.request(key) is None  # still pending in the UI's eyes: not queued a second time
    qtbot.waitUntil(lambda: loader.cached(key) is not None, timeout=5000)
