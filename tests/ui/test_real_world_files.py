"""The viewer with files that pass the header check and fail later: it says why, and counts them."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication

from tests import hostile
from tests.tourfiles import MINIMAL, write_tour
from tests.ui.conftest import shown_window
from tourviewer.ui.images import ImageKey, decode

PICTURE = MINIMAL + '[[stops.images]]\nfile = "images/x.png"\nalt = "a"\ncredit = "c"\n'


def test_a_cut_short_png_says_why_in_its_placeholder_and_is_counted_in_the_bar(qtbot, tmp_path):
    folder = write_tour(tmp_path / "t", PICTURE, {"images/x.png": hostile.truncated_png()})
    window = shown_window(qtbot, tmp_path)
    window.open_path(str(folder))
    canvas = window.view.gallery.canvas
    qtbot.waitUntil(lambda: "cannot be decoded" in (canvas.message or ""))
    assert canvas.message.startswith("images/x.png cannot be decoded: the PNG is cut short")
    bar = window.view.warnings
    qtbot.waitUntil(bar.isVisible)
    assert "1 error" in bar.label.text()
    [problem] = [p for p in window.session.result.problems if p.code == "unreadable-media"]
    assert problem.path == ("stops", 0, "images", 0, "file") and "cut short" in problem.message
    window.view.gallery.refresh()  # shown again: counted once
    QApplication.processEvents()
    assert len([p for p in window.session.result.problems if p.code == "unreadable-media"]) == 1


def test_the_decoder_gives_a_reason_in_words_for_every_hostile_picture(tmp_path):
    for maker in (hostile.truncated_png, hostile.broken_png_stream, hostile.dds_dx10, hostile.tiff_samples):
        picture = tmp_path / f"{maker.__name__}.png"
        picture.write_bytes(maker())
        image, why = decode(ImageKey(str(picture), 400, 300))
        assert image.isNull() and why, maker.__name__
        assert "Pillow" in why or "Qt" in why


def test_multi_picture_cmyk_and_progressive_jpegs_are_shown(tmp_path):
    for name, data in (
        ("mpo.jpg", hostile.mpo()),
        ("cmyk.jpg", hostile.jpeg("CMYK")),
        ("progressive.jpg", hostile.jpeg(progressive=True)),
    ):
        picture = tmp_path / name
        picture.write_bytes(data)
        image, why = decode(ImageKey(str(picture), 400, 300))
        assert why is None and not image.isNull(), name


# -- the narration player --------------------------------------------------------------------------
def make_player(qtbot):
    from tourviewer.ui.audio import AudioPlayer

    player = AudioPlayer()
    qtbot.addWidget(player)
    return player


def test_without_a_sound_device_the_length_comes_from_the_file(qtbot, tmp_path, monkeypatch):
    from tests.tourfiles import wav_bytes
    from tourviewer.ui import audio

    monkeypatch.setattr(audio, "audio_output_available", lambda: False)
    recording = tmp_path / "talk.wav"
    recording.write_bytes(wav_bytes(2.0))
    player = make_player(qtbot)
    player.set_source(recording, [])
    assert player.unavailable_reason() == audio.NO_DEVICE
    assert player.duration_ms() == 2000
    assert player.time_label.text() == "0:00 / 0:02"
    player.seek(1500)  # the transcript can still be followed by hand
    assert player.time_label.text() == "0:01 / 0:02"
    vorbis = hostile.SAMPLE_AUDIO[0]
    player.set_source(vorbis, [])
    assert player.time_label.text().endswith(f"/ {audio.format_time(player.duration_ms())}")
    assert player.duration_ms() > 1000


def test_a_recording_with_no_sound_says_so_in_plain_words(qtbot, tmp_path, monkeypatch):
    from tourviewer.ui import audio

    monkeypatch.setattr(audio, "audio_output_available", lambda: False)
    video = tmp_path / "talk.ogg"
    video.write_bytes(hostile.ogg_theora_only())
    player = make_player(qtbot)
    player.set_source(video, [])
    assert player.unavailable_reason() == "This recording cannot play: talk.ogg holds Theora video and no sound"
    assert player.message.isVisible() or player.message.text() == player.unavailable_reason()
    assert not player.play_button.isEnabled()


def test_a_tag_only_mp3_that_the_backend_refuses_is_named_by_its_file(qtbot, tmp_path, monkeypatch):
    from tourviewer.ui import audio

    monkeypatch.setattr(audio, "audio_output_available", lambda: True)  # the real FFmpeg backend, silent
    tags = tmp_path / "talk.mp3"
    tags.write_bytes(hostile.id3_only_mp3())
    player = make_player(qtbot)
    player.set_source(tags, [])
    player.play()
    qtbot.waitUntil(lambda: not player.is_available(), timeout=10_000)
    assert player.unavailable_reason() == "This recording cannot play: talk.mp3 has no MPEG audio in it, only tags"


def test_the_sound_backend_prints_no_stream_dump(qtbot, tmp_path, monkeypatch, capfd):
    from tests.tourfiles import wav_bytes
    from tourviewer.ui import audio

    monkeypatch.setattr(audio, "audio_output_available", lambda: True)  # the real FFmpeg backend, silent
    recording = tmp_path / "talk.wav"
    recording.write_bytes(wav_bytes(1.0))
    player = make_player(qtbot)
    player.set_source(recording, [])
    player.play()
    qtbot.waitUntil(lambda: player.position_ms() > 0 or not player.is_available(), timeout=10_000)
    err = capfd.readouterr().err
    assert "Input #0" not in err and "Stream #0" not in err
    assert "Using Qt multimedia with FFmpeg" not in err


# -- the viewer's decoders over mutated files ----------------------------------------------------
MUTATION_SETTINGS = dict(max_examples=60, deadline=None)


def test_the_viewers_decoders_never_raise_on_mutated_files(qtbot, tmp_path, monkeypatch):
    from hypothesis import HealthCheck, given, settings

    from tests.core.test_media_properties import PICTURES, RECORDINGS, TRANSCRIPTS, mutated
    from tourviewer.core.vtt import read_vtt
    from tourviewer.ui import audio

    monkeypatch.setattr(audio, "audio_output_available", lambda: False)
    player = make_player(qtbot)

    @settings(suppress_health_check=list(HealthCheck), **MUTATION_SETTINGS)
    @given(mutated(PICTURES), mutated(RECORDINGS), mutated(TRANSCRIPTS))
    def check(picture: bytes, recording: bytes, transcript: bytes) -> None:
        (tmp_path / "x.png").write_bytes(picture)
        (tmp_path / "a.ogg").write_bytes(recording)
        (tmp_path / "a.vtt").write_bytes(transcript)
        image, why = decode(ImageKey(str(tmp_path / "x.png"), 300, 200))
        assert image.isNull() == (why is not None)
        player.set_source(tmp_path / "a.ogg", read_vtt(tmp_path / "a.vtt"))
        reason = player.unavailable_reason()
        assert reason == audio.NO_DEVICE or reason.startswith("This recording cannot play: a.ogg ")

    check()


def test_shot_of_a_damaged_jpeg_and_a_tiff_prints_no_image_reader_lines(qtbot, tmp_path, capfd):
    from PySide6.QtCore import QSize

    from tourviewer.ui.shot import shot

    toml = MINIMAL + (
        '[[stops.images]]\nfile = "images/x.jpg"\nalt = "a"\ncredit = "c"\n'
        '[[stops]]\nid = "b"\ntitle = "B"\n[[stops.images]]\nfile = "images/t.png"\nalt = "a"\ncredit = "c"\n'
    )
    folder = write_tour(
        tmp_path / "t", toml, {"images/x.jpg": hostile.truncated_jpeg(), "images/t.png": hostile.tiff_samples()}
    )
    for stop in ("a", "b"):
        shot(str(folder), stop, tmp_path / f"{stop}.png", QSize(800, 500), None, tmp_path / "data")
    err = capfd.readouterr().err
    assert "qt.gui.imageio" not in err and "qt.imageformats" not in err


def test_the_presenter_console_says_why_a_picture_cannot_be_shown(qtbot, tmp_path):
    from tourviewer.core.loader import load_tour
    from tourviewer.core.presenting import Presentation
    from tourviewer.ui.console import PresenterConsole
    from tourviewer.ui.images import ImageLoader

    toml = PICTURE + '[[stops]]\nid = "b"\ntitle = "B"\n[[stops.images]]\nfile = "images/y.png"\n'
    folder = write_tour(
        tmp_path / "t", toml, {"images/x.png": hostile.broken_png_stream(), "images/y.png": hostile.truncated_png()}
    )
    console = PresenterConsole(Presentation(load_tour(folder)), ImageLoader())
    qtbot.addWidget(console)
    console.resize(1200, 800)
    console.show()
    qtbot.waitUntil(lambda: "cannot be decoded" in (console.current_canvas.message or ""))
    damaged = "images/x.png cannot be decoded: the PNG's picture data is damaged"
    assert console.current_canvas.message.startswith(damaged)
    qtbot.waitUntil(lambda: "cannot be decoded" in (console.next_canvas.message or ""))
    assert console.next_canvas.message.startswith("images/y.png cannot be decoded: the PNG is cut short")


# -- pictures turned by their EXIF orientation, pictures scaled as they are read ---------------------
def _turned_photo(path, size=(1600, 1000), orientation=6, fmt="JPEG"):
    """A phone's portrait photo: stored lying on its side, with an EXIF tag saying to turn it."""
    from PIL import Image

    picture = Image.new("RGB", size, (200, 30, 30))
    picture.paste((0, 0, 0), (0, 0, size[0] // 2, size[1]))  # the stored left half dark: turned, the top half
    exif = Image.Exif()
    exif[0x0112] = orientation
    picture.save(path, fmt, exif=exif.tobytes())
    return path


def test_a_portrait_photo_turned_by_its_exif_tag_fits_its_box(tmp_path):
    photo = _turned_photo(tmp_path / "portrait.jpg")  # shown as 1000 x 1600
    image, why = decode(ImageKey(str(photo), 756, 580))
    assert why is None
    assert (image.width(), image.height()) == (362, 580), "fits the box upright, not lying down"
    top, bottom = image.pixelColor(181, 100), image.pixelColor(181, 480)
    assert top.red() < 40 and bottom.red() > 160, "turned a quarter clockwise, as the tag says"


def test_a_turned_photo_smaller_than_its_box_is_only_turned(tmp_path):
    photo = _turned_photo(tmp_path / "small.jpg", size=(400, 300))
    image, why = decode(ImageKey(str(photo), 756, 580))
    assert why is None and (image.width(), image.height()) == (300, 400)


def test_a_png_larger_than_its_box_is_scaled_smoothly_as_it_is_read(tmp_path):
    from PIL import Image
    from PySide6.QtCore import QSize, Qt
    from PySide6.QtGui import QImage

    picture = tmp_path / "wide.png"
    stripes = Image.new("RGB", (1600, 1000), "white")
    for x in range(0, 1600, 3):  # thin stripes: a smooth scaling greys them, a fast one keeps them sharp
        stripes.paste((0, 0, 0), (x, 0, x + 1, 1000))
    stripes.save(picture)
    image, why = decode(ImageKey(str(picture), 756, 580))
    assert why is None and (image.width(), image.height()) == (756, 472)
    whole = QImage(str(picture))
    smooth = whole.scaled(
        QSize(756, 472), Qt.AspectRatioMode.IgnoreAspectRatio, Qt.TransformationMode.SmoothTransformation
    )
    fast = whole.scaled(QSize(756, 472), Qt.AspectRatioMode.IgnoreAspectRatio, Qt.TransformationMode.FastTransformation)
    assert smooth != fast
    assert image.convertToFormat(smooth.format()) == smooth, "the same pixels as a smooth scaling"


READERS_AT_ONCE = """
import sys, threading, time
from pathlib import Path
from PySide6.QtGui import QGuiApplication, QImageReader
from tourviewer.ui.images import image_reader

app = QGuiApplication([])
sys.setswitchinterval(1e-6)  # threads change turns as often as they can
picture = Path(sys.argv[1])

class Entry:  # an entry of a package: its bytes, read into a buffer
    def read_bytes(self):
        return picture.read_bytes()

image_reader(picture)  # libpng quieted first: from here on a reader does no more than it must
end = time.monotonic() + 2

def entries():
    while time.monotonic() < end:
        reader, keep = image_reader(Entry())
        assert not reader.read().isNull()  # read at once, nothing asked before

def paths():
    while time.monotonic() < end:
        QImageReader(str(picture)).format()  # another reader being made, on another thread

threads = [threading.Thread(target=f, daemon=True) for f in (entries, paths, entries)]
for thread in threads:
    thread.start()
for thread in threads:
    thread.join()
print("done")
"""


def test_package_pictures_read_on_several_threads_at_once_never_deadlock(tmp_path):
    import subprocess
    import sys

    from tests.tourfiles import png_bytes

    picture = tmp_path / "p.png"
    picture.write_bytes(png_bytes(64, 48))
    root = Path(__file__).resolve().parents[2]
    try:
        done = subprocess.run(
            [sys.executable, "-c", READERS_AT_ONCE, str(picture)],
            capture_output=True,
            text=True,
            timeout=90,  # two seconds of reading; far longer only when the threads wait on each other for ever
            cwd=root,
        )
    except subprocess.TimeoutExpired:
        raise AssertionError("the reading threads deadlocked") from None
    assert done.returncode == 0 and done.stdout.strip() == "done", done.stderr[-2000:]


def test_a_package_picture_is_copied_for_qt_exactly_piece_by_piece():
    from tourviewer.ui import images

    chunk = images.COPY_CHUNK
    for size in (0, 1, chunk - 1, chunk, chunk + 1, 3 * chunk + 17):
        data = bytes((i * 7 + size) % 256 for i in range(size))
        copied = images._qt_bytes(data)
        assert copied.size() == size and bytes(copied.data()) == data, size
