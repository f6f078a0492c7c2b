"""Property-based tests: real encoded pictures, recordings and transcripts, mutated, never make anything raise.

Each seed is a file as other programs write it; hypothesis cuts it short, flips
bytes, inserts bytes or splices one file's header onto another's body. The
probes, the decoders, the GPS reader, the recording reader, the WebVTT parser
and the loader with `validate`'s decoding must answer with problems.
"""

from __future__ import annotations

import struct
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests import hostile
from tests.tourfiles import MINIMAL, wav_bytes, write_tour
from tourviewer.core.exif import PhotoError, gps_location, read_location
from tourviewer.core.loader import load_tour
from tourviewer.core.media import check_decodes, decode_image, probe_audio, probe_image, probe_transcript
from tourviewer.core.problems import ERROR_CODES, INFO_CODES, WARNING_CODES
from tourviewer.core.soundinfo import read_sound_info
from tourviewer.core.vtt import parse_vtt, read_vtt

SETTINGS = settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
ROOT = Path(__file__).resolve().parents[2]


def _gps_jpeg() -> bytes:
    """A JPEG with an EXIF GPS block, as a phone writes it."""
    import io

    from PIL import Image

    exif = Image.Exif()
    exif.get_ifd(0x8825).update({1: "N", 2: (36.0, 33.0, 0.0), 3: "E", 4: (126.0, 43.0, 12.5)})
    out = io.BytesIO()
    Image.effect_noise((48, 32), 40).convert("RGB").save(out, "JPEG", exif=exif.tobytes())
    return out.getvalue()


def _mp3() -> bytes:
    """An ID3 tag and a few silent MPEG-1 Layer III frames (128 kbit/s, 44.1 kHz)."""
    frame = struct.pack(">I", 0xFFFB9064) + b"\0" * 413
    return hostile.id3_only_mp3() + frame * 8


PICTURES = [
    hostile.noisy_png(),
    hostile.jpeg(),
    hostile.jpeg(progressive=True),
    hostile.jpeg("CMYK"),
    hostile.mpo(),
    hostile.webp(),
    hostile.gif(),
    hostile.apng_without_frames(),
    _gps_jpeg(),
    hostile.dds_dx10(),
    hostile.tiff_samples(),
    *(p.read_bytes() for p in sorted(ROOT.glob("tours/*/maps/*.png"))[:1]),
]
RECORDINGS = [
    hostile.SAMPLE_AUDIO[0].read_bytes()[:24_000],  # an Ogg Vorbis header and its first pages
    wav_bytes(0.2),
    hostile.flac(),
    _mp3(),
    hostile.ogg_speex(),
    hostile.m4b_without_audio(),
]
TRANSCRIPTS = [p.read_bytes() for p in sorted(ROOT.glob("tours/*/audio/*.vtt"))[:2]]


@st.composite
def mutated(draw, seeds: list[bytes]) -> bytes:
    """A seed cut short, with bytes flipped or inserted, or with another seed's header spliced on."""
    data = bytearray(draw(st.sampled_from(seeds)))
    how = draw(st.sampled_from(["truncate", "flip", "insert", "splice", "several"]))
    if how in ("truncate", "several") and data:
        del data[draw(st.integers(0, len(data) - 1)) :]
    if how in ("flip", "several") and data:
        for _ in range(draw(st.integers(1, 12))):
            at = draw(st.integers(0, len(data) - 1))
            data[at] ^= draw(st.integers(1, 255))
    if how in ("insert", "several"):
        at = draw(st.integers(0, len(data)))
        data[at:at] = draw(st.binary(min_size=1, max_size=64))
    if how == "splice":
        other = draw(st.sampled_from(seeds))
        cut = draw(st.integers(0, min(len(data), 2048)))
        data = bytearray(other[:cut]) + data[cut:]
    return bytes(data)


def _in_file(data: bytes, name: str):
    folder = tempfile.TemporaryDirectory()
    path = Path(folder.name) / name
    path.write_bytes(data)
    return folder, path


@SETTINGS
@given(mutated(PICTURES), st.sampled_from(["x.png", "x.jpg", "x.webp"]))
def test_a_mutated_picture_is_judged_and_never_raises(data, name):
    folder, path = _in_file(data, name)
    with folder:
        found = probe_image(path, name)
        assert found.error is None or found.error.startswith(name)
        decoded = decode_image(path, name)
        assert decoded is None or decoded.startswith(f"{name} cannot be decoded: ")
        said = check_decodes(path, name, "map")
        assert said is None or said.startswith(name)
        try:
            read_location(path)
        except PhotoError as exc:
            assert exc.message
        where = gps_location(path, ("JPEG",))
        assert where is None or (abs(where[0]) <= 90 and abs(where[1]) <= 180)


@SETTINGS
@given(mutated(RECORDINGS))
def test_a_mutated_recording_is_judged_and_never_raises(data):
    folder, path = _in_file(data, "a.ogg")
    with folder:
        probe_audio(path, "a.ogg")
        found = read_sound_info(path)
        assert (found.error is None) == (found.length_ms is not None and found.length_ms > 0)
        said = check_decodes(path, "a.ogg", "audio")
        assert said is None or said.startswith("a.ogg ")


@SETTINGS
@given(mutated(TRANSCRIPTS))
def test_a_mutated_transcript_parses_and_never_raises(data):
    folder, path = _in_file(data, "a.vtt")
    with folder:
        probe_transcript(path, "a.vtt")
        for cue in read_vtt(path):
            assert 0 <= cue.start_ms and isinstance(cue.text, str)
    parse_vtt(data.decode("utf-8", errors="replace"))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mutated(PICTURES), mutated(RECORDINGS))
def test_validate_of_a_tour_with_mutated_files_returns_problems(picture, recording):
    toml = MINIMAL + 'audio = "audio/a.ogg"\n[[stops.images]]\nfile = "images/x.jpg"\nalt = "a"\ncredit = "c"\n'
    with tempfile.TemporaryDirectory() as tmp:
        folder = write_tour(Path(tmp) / "t", toml, {"images/x.jpg": picture, "audio/a.ogg": recording})
        for decode in (None, check_decodes):
            result = load_tour(folder, decode=decode)
            assert result.tour is not None
            for problem in result.problems:
                assert problem.code in ERROR_CODES | WARNING_CODES | INFO_CODES
                if problem.code == "unreadable-media":
                    assert problem.message.startswith(("images/x.jpg", "audio/a.ogg"))
