"""Panoramas: frame time while turning, opening a panorama stop against a bare decode, and peak memory.

The sources are high-entropy JPEG panoramas made here, in a temporary folder
that is removed afterwards: 8192 x 4096 for the frame time and the opening,
16384 x 8192 for memory. Each measurement runs in a process of its own
(`panorama_child`), offscreen, drawing on the CPU (numpy and Qt's
raster painter; no OpenGL).
"""

from __future__ import annotations

import shutil
import statistics
import tempfile
from pathlib import Path

from PIL import Image

from benchmarks.bench_viewer import run_child

OPENS = 3  # processes, each opening the panorama once; medians
SIZES = {"pano-8k.jpg": (8192, 4096), "pano-16k.jpg": (16384, 8192)}


def make_panorama(path: Path, size: tuple[int, int], seed: int) -> None:
    """A JPEG full of fine detail (noise at 1/4 size, scaled up, over a coloured tint): slow to decode, like a photo."""
    width, height = size
    noise = Image.effect_noise((width // 4, height // 4), 60 + seed).convert("RGB")
    tint = Image.linear_gradient("L").resize(noise.size).convert("RGB")
    detail = Image.blend(noise, tint, 0.35).resize(size, Image.Resampling.BICUBIC)
    detail.save(path, quality=88)


def tour(folder: Path, picture: str) -> Path:
    """A tour of a flat first stop and a second stop whose main picture is the panorama."""
    flat = folder / "flat.jpg"
    if not flat.exists():
        Image.effect_noise((1600, 1000), 50).convert("RGB").save(flat, quality=85)
    toml = (
        'format = 1\nid = "pano-bench"\ntitle = "Panorama benchmark"\n'
        '[[stops]]\nid = "flat"\ntitle = "Flat"\n[[stops.images]]\nfile = "flat.jpg"\nalt = "x"\ncredit = "x"\n'
        '[[stops]]\nid = "pano"\ntitle = "Panorama"\n'
        f'[[stops.images]]\nfile = "{picture}"\npanorama = true\nalt = "x"\ncredit = "x"\n'
        "view = { yaw = 0, pitch = 0, fov = 90 }\n"
        '[[stops.images.hotspots]]\nyaw = 20\npitch = 0\nlabel = "A hotspot"\ntext = "Text."\n'
    )
    path = folder / picture.replace(".jpg", "")
    path.mkdir(exist_ok=True)
    (path / "tour.toml").write_text(toml, encoding="utf-8")
    for name in (picture, "flat.jpg"):
        target = path / name
        if not target.exists():
            target.hardlink_to(folder / name)
    return path


def run() -> dict[str, float]:
    folder = Path(tempfile.mkdtemp(prefix="tourviewer-pano-bench-"))
    try:
        for n, (name, size) in enumerate(SIZES.items()):
            make_panorama(folder / name, size, n)
        figures: dict[str, float] = {}
        # each run has data of its own: a tour reopens at the stop where it was left
        figures.update(
            run_child("panorama_child", ["frames", str(tour(folder, "pano-8k.jpg")), str(folder / "data-f")], 600)
        )
        opens = [
            run_child("panorama_child", ["open", str(tour(folder, "pano-8k.jpg")), str(folder / f"data-o{n}")], 600)
            for n in range(OPENS)
        ]
        opened = statistics.median(o["pano_open_ms"] for o in opens)
        bare = statistics.median(o["pano_bare_decode_ms"] for o in opens)
        figures["pano_open_ms"] = round(opened, 1)
        figures["pano_bare_decode_ms"] = round(bare, 1)
        sharp = statistics.median(o["pano_sharp_ms"] for o in opens)
        figures["pano_sharp_ms"] = round(sharp, 1)
        figures["pano_sharp_ratio_vs_decode"] = round(sharp / bare, 2)  # the full-width view, after the preview
        figures["pano_open_ratio_vs_decode"] = round(opened / bare, 2)
        figures.update(
            run_child("panorama_child", ["memory", str(tour(folder, "pano-16k.jpg")), str(folder / "data-m")], 600)
        )
        return figures
    finally:
        shutil.rmtree(folder, ignore_errors=True)
