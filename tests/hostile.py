"""Hostile and unusual media files, made in memory: what real tours carry from cameras, phones and other programs.

Each maker returns the bytes of one file. They are built here (with Pillow or
by hand, following each format's layout) so the tests need no corpus.
"""

from __future__ import annotations

import io
import struct
import zlib
from pathlib import Path

from PIL import Image

SAMPLE_AUDIO = sorted(Path(__file__).resolve().parents[1].glob("tours/*/audio/*.ogg"))


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


# -- pictures ----------------------------------------------------------------------
def noisy_png(width: int = 64, height: int = 48) -> bytes:
    out = io.BytesIO()
    Image.effect_noise((width, height), 60).convert("RGB").save(out, "PNG")
    return out.getvalue()


def jpeg(mode: str = "RGB", **options: object) -> bytes:
    out = io.BytesIO()
    picture = Image.effect_noise((64, 48), 60).convert(mode)
    picture.save(out, "JPEG", **options)
    return out.getvalue()


def webp() -> bytes:
    out = io.BytesIO()
    Image.effect_noise((64, 48), 60).convert("RGB").save(out, "WEBP")
    return out.getvalue()


def gif() -> bytes:
    out = io.BytesIO()
    Image.effect_noise((64, 48), 60).convert("P").save(out, "GIF")
    return out.getvalue()


def mpo() -> bytes:
    """A multi-picture JPEG as stereo cameras write it (two pictures)."""
    out = io.BytesIO()
    left, right = Image.new("RGB", (32, 24), "red"), Image.new("RGB", (32, 24), "blue")
    left.save(out, "MPO", save_all=True, append_images=[right])
    return out.getvalue()


def dds_dx10(dxgi_format: int = 93) -> bytes:
    """A DDS texture with a DX10 header naming a DXGI format Pillow does not implement."""
    header = struct.pack("<4sIIIIIII", b"DDS ", 124, 0x1007, 4, 4, 0, 0, 1) + b"\0" * 44
    pixel_format = struct.pack("<II4sIIIII", 32, 0x4, b"DX10", 0, 0, 0, 0, 0)
    caps = struct.pack("<IIIII", 0x1000, 0, 0, 0, 0)
    dx10 = struct.pack("<IIIII", dxgi_format, 3, 0, 1, 0)
    return header + pixel_format + caps + dx10 + b"\0" * 64


def tiff_samples(samples_per_pixel: int = 65535) -> bytes:
    """A little TIFF that declares more samples per pixel than any decoder handles."""
    entries = [
        (256, 3, 1, 4),
        (257, 3, 1, 4),
        (258, 3, 1, 8),
        (259, 3, 1, 1),
        (262, 3, 1, 2),
        (273, 4, 1, 200),
        (277, 3, 1, samples_per_pixel),
        (278, 3, 1, 4),
        (279, 4, 1, 16),
    ]
    ifd = struct.pack("<H", len(entries))
    for tag, kind, count, value in entries:
        if kind == 4:
            ifd += struct.pack("<HHII", tag, kind, count, value)
        else:
            ifd += struct.pack("<HHIHH", tag, kind, count, value, 0)
    return b"II*\0" + struct.pack("<I", 8) + ifd + b"\0\0\0\0" + b"\0" * 300


def truncated_png() -> bytes:
    """A PNG cut short in its IDAT chunk: the header is whole."""
    data = noisy_png()
    return data[: data.index(b"IDAT") + 40]


def broken_png_stream() -> bytes:
    """A PNG whose compressed picture data is damaged (the chunk's checksum is left wrong too)."""
    data = bytearray(noisy_png())
    start = data.index(b"IDAT") + 10
    for i in range(start, start + 20):
        data[i] ^= 0x55
    return bytes(data)


def apng_without_frames() -> bytes:
    """A PNG with an animation control chunk that declares zero frames."""
    data = noisy_png()
    at = data.index(b"IDAT") - 4
    return data[:at] + _chunk(b"acTL", struct.pack(">II", 0, 0)) + data[at:]


def truncated_jpeg() -> bytes:
    data = jpeg()
    return data[: len(data) // 2]


# -- recordings --------------------------------------------------------------------
def _ogg_crc(data: bytes) -> int:
    crc = 0
    for byte in data:
        crc ^= byte << 24
        for _ in range(8):
            crc = ((crc << 1) ^ 0x04C11DB7) if crc & 0x80000000 else crc << 1
            crc &= 0xFFFFFFFF
    return crc


def ogg_page(packet: bytes, sequence: int = 0, granule: int = 0, flags: int = 0x02, serial: int = 1) -> bytes:
    """One Ogg page holding one packet (under 255 bytes)."""
    assert len(packet) < 255
    header = struct.pack("<4sBBqIIIB", b"OggS", 0, flags, granule, serial, sequence, 0, 1) + bytes([len(packet)])
    page = header + packet
    crc = _ogg_crc(page)
    return page[:22] + struct.pack("<I", crc) + page[26:]


def ogg_theora_only() -> bytes:
    """An Ogg file whose only stream is Theora video."""
    ident = b"\x80theora" + bytes([3, 2, 1]) + struct.pack(">HH", 4, 3)
    ident += (64).to_bytes(3, "big") + (48).to_bytes(3, "big") + b"\0\0"
    ident += struct.pack(">II", 25, 1) + b"\0\0\0\0\0\0" + b"\0" + (0).to_bytes(3, "big") + b"\x00\xc0"
    ident = ident.ljust(42, b"\0")
    return ogg_page(ident, 0, 0, 0x02) + ogg_page(b"\x81theora" + b"\0" * 20, 1, 250 << 6, 0x04)


def ogg_speex() -> bytes:
    """Speex in Ogg: a header packet and a last page one second in."""
    header = b"Speex   " + b"1.2rc1".ljust(20, b"\0")
    header += struct.pack("<iiiiiiiiiiii", 1, 80, 16000, 1, 4, 1, -1, 320, 0, 0, 0, 0)
    return ogg_page(header, 0, 0, 0x02) + ogg_page(b"\0" * 40, 1, 16000, 0x04)


def id3_only_mp3() -> bytes:
    """Nothing but an ID3v2 tag with a title: no MPEG audio frame."""
    frame = b"TIT2" + struct.pack(">I", 6) + b"\0\0" + b"\x03Talk"
    size = len(frame) + 64
    syncsafe = bytes([(size >> 21) & 0x7F, (size >> 14) & 0x7F, (size >> 7) & 0x7F, size & 0x7F])
    return b"ID3\x04\x00\x00" + syncsafe + frame + b"\0" * 64


def _atom(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data) + 8) + kind + data


def m4b_without_audio() -> bytes:
    """An M4B audiobook container whose movie has no track at all."""
    mvhd = _atom(b"mvhd", b"\0" * 4 + struct.pack(">IIII", 0, 0, 1000, 5000) + b"\0" * 80)
    return _atom(b"ftyp", b"M4B \0\0\0\0M4B mp42isom") + _atom(b"moov", mvhd)


def flac(total_samples: int = 44100, frame: bytes = b"\xff\xf8\x69\x08\x00\x00") -> bytes:
    """A native FLAC: STREAMINFO, then `frame` where the first audio frame belongs."""
    rate, channels, bits = 44100, 1, 16
    packed = (rate << 44) | ((channels - 1) << 41) | ((bits - 1) << 36) | total_samples
    info = struct.pack(">HH", 4096, 4096) + (0).to_bytes(3, "big") * 2 + packed.to_bytes(8, "big") + b"\0" * 16
    return b"fLaC" + bytes([0x80]) + len(info).to_bytes(3, "big") + info + frame + b"\0" * 64


def damaged_flac() -> bytes:
    """A FLAC whose audio frames are overwritten: the stream information is whole."""
    return flac(frame=b"\x12\x34\x56\x78" * 8)


def truncated_flac() -> bytes:
    """A FLAC cut short inside its STREAMINFO block."""
    return flac()[:20]
