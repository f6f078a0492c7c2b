"""A 1.3 GB package against the same tour as a folder: open, reopen, disk, packing and Next.

The benchmark makes its own tour of 120 high-entropy 12-megapixel JPEGs (about
11 MB each) in a temporary folder it removes. Every figure is a ratio to a
baseline measured in the same run: the folder for opening, `zipfile` writing
the same files with ZIP_STORED for packing. A first open starts from an empty
data folder and an empty cache; a reopen uses what the first open left. The
folder and the package are dated a minute back before they are opened, as a
tour made a while ago (the viewer remembers nothing of a file changed a moment
ago, which a curator may still be writing). The
first pack of the tour decodes every picture, as `validate` does
(`pack_first_ms`); the packs compared with the stored zip come after it, as a
curator packs again after an edit, with the pictures that decoded remembered.
The disk is synced after the tour and each package are written, so no measure
pays for the write-out of an earlier one. Next is also measured in the folder of the
same tour (`folder_next_stop_p95_ms`), as the reference for the package's.
"""

from __future__ import annotations

import os
import shutil
import statistics
import tempfile
import time
from pathlib import Path

from PIL import Image

from benchmarks.bench_viewer import run_child

STOPS = 120
SIZE = (4000, 3000)  # 12 megapixels
QUALITY = 90  # noise at this quality is about 11 MB a picture
ROUNDS = 7


def make_tour(folder: Path) -> Path:
    """120 stops, each with its own picture of noise: nothing in them compresses."""
    (folder / "images").mkdir(parents=True)
    noise = os.urandom(SIZE[0] * SIZE[1] * 3)
    parts = ['format = 1\nid = "bench-package"\ntitle = "Package benchmark"\n']
    for i in range(STOPS):
        shift = 7919 * (i + 1)  # another picture from the same noise: rows start elsewhere
        Image.frombytes("RGB", SIZE, noise[shift:] + noise[:shift]).save(
            folder / "images" / f"stop-{i:03d}.jpg", quality=QUALITY
        )
        parts.append(
            f'[[stops]]\nid = "stop-{i}"\ntitle = "Stop {i}"\n'
            f'[[stops.images]]\nfile = "images/stop-{i:03d}.jpg"\nalt = "Noise {i}"\ncredit = "Benchmark"\n'
        )
    (folder / "tour.toml").write_text("".join(parts), encoding="utf-8")
    for file in folder.rglob("*"):
        _settle(file)
    return folder


def _settle(file: Path) -> None:
    """Dated a minute ago, as a tour made a while ago: what validated and decoded is remembered
    (a file younger than `tourviewer.core.checked.SETTLED_SECONDS` is read anew every time)."""
    past = time.time() - 60
    os.utime(file, (past, past))


def _bytes_under(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file()) if folder.exists() else 0


def _state(base: Path, name: str) -> tuple[Path, dict[str, str]]:
    """A fresh data folder and cache for one run of the viewer."""
    state = base / name
    shutil.rmtree(state, ignore_errors=True)
    (state / "cache").mkdir(parents=True)
    return state, {"TOURVIEWER_CACHE_DIR": str(state / "cache")}


def _open_ms(tour: Path, state: Path, env: dict[str, str]) -> float:
    return run_child("package_child", ["open", str(tour), str(state / "data")], 600, env)["open_ms"]


def _opens(tours: dict[str, Path], base: Path) -> dict[str, tuple[list[float], list[float]]]:
    """For each kind of tour, first opens (nothing kept from before) and reopens; the kinds take turns."""
    found: dict[str, tuple[list[float], list[float]]] = {kind: ([], []) for kind in tours}
    for n in range(ROUNDS):
        for kind, tour in tours.items():
            state, env = _state(base, f"{kind}-{n}")
            found[kind][0].append(_open_ms(tour, state, env))
            found[kind][1].append(_open_ms(tour, state, env))
            shutil.rmtree(state, ignore_errors=True)
    return found


def run() -> dict[str, float]:
    figures: dict[str, float] = {}
    with tempfile.TemporaryDirectory(prefix="tourviewer-bench-") as temp:
        base = Path(temp)
        folder = make_tour(base / "tour")
        figures["package_tour_mb"] = round(_bytes_under(folder) / 1e6)
        os.sync()  # every measure starts with what was written on the disk, not still being written out
        package, zipped = base / "tour.tour", base / "stored.zip"
        # The first pack decodes every picture (as `validate` does) and remembers those that decode;
        # a curator packs again after each edit, and that pack is the one compared with a stored zip.
        cache = {"TOURVIEWER_CACHE_DIR": str(base / "pack-cache")}  # what decoded is remembered here, not in ~
        first = run_child("package_child", ["pack", str(folder), str(package)], 1200, cache)["ms"]
        os.sync()
        packs, zips = [], []
        for _ in range(2):  # in turns, so that the disk's state falls on both
            zips.append(run_child("package_child", ["zip", str(folder), str(zipped)], 600)["ms"])
            zipped.unlink()
            os.sync()
            packs.append(run_child("package_child", ["pack", str(folder), str(package)], 1200, cache)["ms"])
            os.sync()
        figures["pack_first_ms"] = round(first)
        figures["pack_ms"] = round(statistics.median(packs))
        figures["zip_store_ms"] = round(statistics.median(zips))
        figures["pack_ratio_vs_zip_store"] = round(statistics.median(packs) / statistics.median(zips), 2)
        figures["pack_first_ratio_vs_zip_store"] = round(first / statistics.median(zips), 2)

        _settle(package)  # as the folder: a package made a while ago, not a moment before it is opened
        opens = _opens({"folder": folder, "package": package}, base)
        for when, at in (("open", 0), ("reopen", 1)):
            folder_ms, package_ms = (statistics.median(opens[kind][at]) for kind in ("folder", "package"))
            figures[f"folder_{when}_ms"] = round(folder_ms, 1)
            figures[f"package_{when}_ms"] = round(package_ms, 1)
            figures[f"package_{when}_ratio_vs_folder"] = round(package_ms / folder_ms, 2)

        for kind, tour in (("folder", folder), ("package", package)):  # the folder: the same Next, for reference
            state, env = _state(base, f"walk-{kind}")
            steps = run_child("package_child", ["steps", str(tour), str(state / "data")], 1200, env)
            figures[f"{kind}_next_stop_p95_ms"] = steps["next_p95_ms"]
            if kind == "package":
                figures["package_extra_disk_mb"] = round(_bytes_under(state) / 1e6, 2)
    return figures
