"""Files that real tours carry, and files that make the decoder libraries fail in unusual ways.

Whatever a library raises or warns about a file becomes a problem on that
file's key path, with the file's name and the library's reason; nothing
escapes, nothing is printed. `validate` and `pack` decode; the viewer's open
reads headers only.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests import hostile
from tests.tourfiles import MINIMAL, png_bytes, wav_bytes, write_tour
from tourviewer.cli import main
from tourviewer.core import checked as checked_module
from tourviewer.core.checked import DecodedFiles
from tourviewer.core.exif import PhotoError, gps_location, read_location
from tourviewer.core.loader import load_tour
from tourviewer.core.media import check_decodes, decode_image, probe_image
from tourviewer.core.soundinfo import read_sound_info

PICTURE_PATH = ("stops", 0, "images", 0, "file")
AUDIO_PATH = ("stops", 0, "audio")


def picture_tour(tmp_path: Path, data: bytes, name: str = "images/x.png") -> Path:
    toml = MINIMAL + f'audio = "audio/a.wav"\n[[stops.images]]\nfile = "{name}"\nalt = "a"\ncredit = "c"\n'
    return write_tour(tmp_path / "t", toml, {name: data, "audio/a.wav": wav_bytes()})


def audio_tour(tmp_path: Path, data: bytes, name: str = "audio/a.ogg") -> Path:
    toml = MINIMAL + f'audio = "{name}"\n'
    return write_tour(tmp_path / "t", toml, {name: data})


def problems_at(result, path) -> list:
    return [p for p in result.problems if p.path == path]


# -- a decoder raising something unusual never stops a tour from opening -------------------
@pytest.mark.parametrize(
    ("maker", "said"),
    [
        (hostile.dds_dx10, "Unimplemented DXGI format 93"),
        (hostile.tiff_samples, "not an image Pillow can read"),
    ],
)
def test_a_picture_that_makes_pillow_raise_is_a_problem_on_its_key(tmp_path, maker, said):
    folder = picture_tour(tmp_path, maker())
    for decode in (None, check_decodes):  # the viewer's header-only open, and validate's
        result = load_tour(folder, decode=decode)
        assert result.tour is not None
        [problem] = problems_at(result, PICTURE_PATH)
        assert problem.code == "unreadable-media"
        assert "images/x.png" in problem.message and said in problem.message
        assert str(tmp_path) not in problem.message  # the name the tour wrote, not this machine's path


def test_a_dds_named_jpg_is_a_photo_error_for_locate_and_no_position_for_the_rules(tmp_path):
    photo = tmp_path / "texture.jpg"
    photo.write_bytes(hostile.dds_dx10())
    with pytest.raises(PhotoError, match="DXGI format 93"):
        read_location(photo)
    assert gps_location(photo) is None


def test_locate_says_why_a_dds_cannot_be_read(tmp_path, capsys):
    photo = tmp_path / "texture.jpg"
    photo.write_bytes(hostile.dds_dx10())
    assert main(["locate", str(photo)]) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"{photo}: cannot be read as an image") and "Traceback" not in err


def test_validate_lets_no_library_line_reach_the_terminal(tmp_path, capfd):
    folder = picture_tour(tmp_path, hostile.tiff_samples())
    assert main(["validate", str(folder)]) == 1
    out, err = capfd.readouterr()
    assert "More samples per pixel" not in err  # Pillow logs it; it belongs to the file's problem
    assert err == ""
    assert "error[unreadable-media]" in out and "images/x.png" in out


# -- validate decodes; the viewer's open reads headers ---------------------------------------
@pytest.mark.parametrize(
    ("maker", "said"),
    [
        (hostile.truncated_png, "the PNG is cut short"),
        (hostile.broken_png_stream, "the PNG's picture data is damaged"),
        (hostile.apng_without_frames, "an animated PNG that declares no frames"),
        (hostile.truncated_jpeg, "the JPEG is cut short"),
    ],
)
def test_a_picture_whose_pixels_do_not_decode_is_refused_by_validate(tmp_path, maker, said):
    folder = picture_tour(tmp_path, maker())
    assert not problems_at(load_tour(folder), PICTURE_PATH)  # the header is whole
    [problem] = problems_at(load_tour(folder, decode=check_decodes), PICTURE_PATH)
    assert problem.code == "unreadable-media"
    assert problem.message.startswith("images/x.png cannot be decoded: ") and said in problem.message


def test_validate_command_names_a_cut_short_png(tmp_path, capsys):
    folder = picture_tour(tmp_path, hostile.truncated_png())
    assert main(["validate", str(folder)]) == 1
    assert "images/x.png cannot be decoded: the PNG is cut short" in capsys.readouterr().out


def test_pack_refuses_a_picture_that_does_not_decode(tmp_path, capsys):
    folder = picture_tour(tmp_path, hostile.broken_png_stream())
    assert main(["pack", str(folder), "-o", str(tmp_path / "t.tour")]) == 1
    assert "picture data is damaged" in capsys.readouterr().err
    assert not (tmp_path / "t.tour").exists()


@pytest.mark.parametrize(
    ("maker", "name"),
    [
        (hostile.mpo, "images/stereo.jpg"),
        (lambda: hostile.jpeg("CMYK"), "images/cmyk.jpg"),
        (lambda: hostile.jpeg(progressive=True), "images/progressive.jpg"),
        (hostile.webp, "images/x.webp"),
        (hostile.gif, "images/x.gif"),
        (hostile.noisy_png, "images/x.png"),
    ],
)
def test_jpeg_variants_and_every_allowed_kind_pass_validate(tmp_path, maker, name):
    folder = picture_tour(tmp_path, maker(), name)
    result = load_tour(folder, decode=check_decodes)
    assert result.ok(), result.problems


def test_a_multi_picture_jpeg_is_a_jpeg_of_its_first_picture_size(tmp_path):
    photo = tmp_path / "stereo.jpg"
    photo.write_bytes(hostile.mpo())
    found = probe_image(photo, "stereo.jpg")
    assert (found.error, found.width, found.height) == (None, 32, 24)


# -- recordings ----------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("maker", "said"),
    [
        (hostile.id3_only_mp3, "has no MPEG audio in it, only tags"),
        (hostile.ogg_theora_only, "holds Theora video and no sound"),
        (hostile.m4b_without_audio, "has no audio track"),
        (hostile.damaged_flac, "is a damaged FLAC"),
        (hostile.truncated_flac, "has no sound stream that can be read"),
        (hostile.ogg_speex, "is Speex in Ogg; the tour format allows Opus or Vorbis"),
    ],
)
def test_a_recording_without_a_sound_stream_is_refused_by_validate(tmp_path, maker, said):
    folder = audio_tour(tmp_path, maker())
    assert not problems_at(load_tour(folder), AUDIO_PATH)  # the container is sniffed only
    [problem] = problems_at(load_tour(folder, decode=check_decodes), AUDIO_PATH)
    assert problem.code == "unreadable-media"
    assert problem.message.startswith("audio/a.ogg ") and said in problem.message


def test_recordings_of_allowed_kinds_pass_with_their_length(tmp_path):
    flac = tmp_path / "a.flac"
    flac.write_bytes(hostile.flac(total_samples=88200))
    wav = tmp_path / "a.wav"
    wav.write_bytes(wav_bytes(0.5))
    assert read_sound_info(flac).length_ms == 2000 and read_sound_info(flac).codec == "FLAC"
    assert read_sound_info(wav).length_ms == 500
    vorbis = read_sound_info(hostile.SAMPLE_AUDIO[0])
    assert vorbis.error is None and vorbis.codec == "Vorbis" and vorbis.length_ms > 1000
    folder = audio_tour(tmp_path, hostile.SAMPLE_AUDIO[0].read_bytes())
    assert load_tour(folder, decode=check_decodes).ok()


def test_a_folder_named_like_a_recording_is_a_reason_not_a_crash(tmp_path):
    (tmp_path / "x.ogg").mkdir()
    assert read_sound_info(tmp_path / "x.ogg").error


# -- what was decoded is remembered by the file's identity --------------------------------------
def test_an_unchanged_good_file_is_decoded_once(tmp_path, monkeypatch):
    picture = tmp_path / "p.png"
    picture.write_bytes(png_bytes())
    calls = []

    def counting(path, written, kind):
        calls.append(path)
        return check_decodes(path, written, kind)

    monkeypatch.setattr(checked_module, "check_decodes", counting)
    monkeypatch.setattr(checked_module, "SETTLED_SECONDS", 0)
    files = DecodedFiles(tmp_path / "decoded")
    assert files.check_decodes(picture, "p.png", "image") is None
    assert DecodedFiles(tmp_path / "decoded").check_decodes(picture, "p.png", "image") is None
    assert len(calls) == 1
    picture.write_bytes(hostile.truncated_png())  # a new identity: decoded again, and now bad
    assert "cut short" in files.check_decodes(picture, "p.png", "image")
    assert "cut short" in files.check_decodes(picture, "p.png", "image")  # problems are never remembered
    assert len(calls) == 3


def test_validate_twice_decodes_nothing_the_second_time(tmp_path, monkeypatch):
    folder = picture_tour(tmp_path, hostile.noisy_png())
    monkeypatch.setattr(checked_module, "SETTLED_SECONDS", 0)
    assert main(["validate", str(folder)]) == 0
    calls = []
    monkeypatch.setattr(checked_module, "check_decodes", lambda *a: calls.append(a))
    assert main(["validate", str(folder)]) == 0
    assert calls == []


def test_decode_image_of_a_missing_file_is_a_reason(tmp_path):
    assert "cannot be decoded" in decode_image(tmp_path / "gone.png", "gone.png")


def test_a_sample_tour_validates_with_decoding(tmp_path):
    root = Path(__file__).resolve().parents[2] / "tours" / "hongsung"
    copy = shutil.copytree(root, tmp_path / "hongsung")
    assert load_tour(copy, decode=check_decodes).ok(strict=True)


# -- long messages -------------------------------------------------------------------------------
def test_a_zip_slip_entry_repeating_dot_dot_forty_times_is_named_once_with_a_count(tmp_path):
    from tests.core.test_package import make_zip

    package = make_zip(tmp_path / "slip.tour", {"tour.toml": MINIMAL.encode(), "..\\" * 40 + "evil.txt": b"x"})
    [problem] = load_tour(package).problems
    assert problem.code == "bad-package"
    assert "[..\\ ×40]evil.txt" in problem.message
    assert problem.message.count("..") == 1


def test_a_very_long_message_keeps_its_start_and_end():
    from tourviewer.core.problems import MAX_MESSAGE, Problem

    words = " ".join(f"word{i}" for i in range(400))
    problem = Problem.make("wrong-type", ("title",), f"start {words} end")
    assert len(problem.message) <= MAX_MESSAGE
    assert problem.message.startswith("start word0") and problem.message.endswith("word399 end")
    assert " … " in problem.message


# -- the handout of notes ----------------------------------------------------------------------------
def test_a_handout_goes_on_without_a_picture_a_decoder_raises_on(tmp_path):
    from tourviewer.core.handout import build_handout, scaled_jpeg

    folder = picture_tour(tmp_path, hostile.dds_dx10())
    result = load_tour(folder)
    handout = build_handout(result, {}, "en")
    assert handout.stops[0].picture is None
    assert scaled_jpeg(folder / "images/x.png") is None


def test_a_handout_shows_a_multi_picture_jpeg(tmp_path):
    from tourviewer.core.handout import build_handout, scaled_jpeg

    folder = picture_tour(tmp_path, hostile.mpo(), "images/stereo.jpg")
    handout = build_handout(load_tour(folder), {}, "en")
    assert handout.stops[0].picture is not None
    assert scaled_jpeg(folder / "images/stereo.jpg").startswith(b"\xff\xd8")


def test_decoding_on_several_threads_leaves_the_warnings_machinery_as_it_was(tmp_path):
    """The viewer's decoding threads and live preview's check may fail on pictures at the same time."""
    import sys
    import threading
    import warnings

    interval = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)  # threads change turns often, as they may on a busy machine
    bad = tmp_path / "bad.png"
    bad.write_bytes(hostile.apng_without_frames())  # Pillow warns about it
    before = (list(warnings.filters), warnings.showwarning)
    try:
        threads = [threading.Thread(target=lambda: [decode_image(bad, "b.png") for _ in range(50)]) for _ in range(4)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    finally:
        sys.setswitchinterval(interval)
    assert (list(warnings.filters), warnings.showwarning) == before


# -- maps and transcripts ------------------------------------------------------------------------------
def test_a_map_picture_that_makes_pillow_raise_is_a_problem_on_its_key(tmp_path):
    toml = MINIMAL.replace("[[stops]]", '[map]\nimage = "maps/m.png"\n\n[[stops]]') + "position = { x = 1, y = 1 }\n"
    folder = write_tour(tmp_path / "t", toml, {"maps/m.png": hostile.dds_dx10()})
    for decode in (None, check_decodes):
        result = load_tour(folder, decode=decode)
        [problem] = problems_at(result, ("map", "image"))
        assert problem.code == "unreadable-media" and "DXGI format 93" in problem.message


def test_a_transcript_of_binary_junk_or_a_folder_has_no_cues_and_raises_nothing(tmp_path):
    from tourviewer.core.vtt import read_vtt

    junk = tmp_path / "a.vtt"
    junk.write_bytes(b"WEBVTT\n\n00:00.000 --> 00:01.000\n\xff\xfe\x00bad\n\n" + bytes(range(256)))
    [cue] = read_vtt(junk)
    assert cue.text.startswith("\ufffd\ufffd\ufffdbad")
    (tmp_path / "b.vtt").mkdir()
    assert read_vtt(tmp_path / "b.vtt") == []
