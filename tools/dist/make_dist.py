"""`make dist`: the one-folder Linux bundle, packed as dist/tourviewer-VERSION-linux-x86_64.tar.gz.

1. builds the wheel (dist/tourviewer-VERSION-py3-none-any.whl) and unpacks it into build/dist/staging,
   so the bundle holds exactly what the wheel holds;
2. runs PyInstaller on tools/dist/tourviewer.spec (one folder: `tourviewer-VERSION/tourviewer` and `_internal/`);
3. adds install.sh and the licences, packs the folder;
4. measures `wheel_mb`, `bundle_mb` and `bundle_startup_ratio_vs_venv` and writes them into
   benchmarks/results.json (with `--no-figures`, only builds).
"""

from __future__ import annotations

import json
import os
import shutil
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent
BUILD = ROOT / "build" / "dist"
DIST = ROOT / "dist"
RESULTS = ROOT / "benchmarks" / "results.json"
STARTS = 7
TARGETS = {"bundle_mb": 150, "bundle_startup_ratio_vs_venv": 1.2}


def version() -> str:
    namespace: dict[str, str] = {}
    exec((ROOT / "tourviewer" / "__init__.py").read_text(encoding="utf-8"), namespace)
    return namespace["__version__"]


def bundle_name(ver: str) -> str:
    return f"tourviewer-{ver}-linux-x86_64.tar.gz"


def build_wheel() -> Path:
    if not list((ROOT / "translations").glob("tourviewer_*.qm")):  # built by `make qm` (make dist does)
        raise SystemExit("the interface's translations are not built: run make qm")
    for old in DIST.glob("tourviewer-*.whl"):
        old.unlink()
    DIST.mkdir(exist_ok=True)
    done = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--no-build-isolation", "-w", str(DIST), "."],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    if done.returncode != 0:
        raise SystemExit(f"the wheel could not be built:\n{done.stdout}\n{done.stderr}")
    shutil.rmtree(ROOT / "build" / "lib", ignore_errors=True)
    (wheel,) = DIST.glob("tourviewer-*.whl")
    return wheel


def stage(wheel: Path) -> Path:
    staging = BUILD / "staging"
    shutil.rmtree(staging, ignore_errors=True)
    with zipfile.ZipFile(wheel) as z:
        z.extractall(staging)
    (staging / "tourviewer-main.py").write_text(
        "import sys\n\nfrom tourviewer.cli import main\n\nsys.exit(main())\n", encoding="utf-8"
    )
    return staging


def pyinstaller(staging: Path) -> Path:
    env = dict(os.environ, TOURVIEWER_STAGING=str(staging))
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--log-level=WARN",
            "--distpath",
            str(BUILD / "out"),
            "--workpath",
            str(BUILD / "work"),
            str(HERE / "tourviewer.spec"),
        ],
        cwd=BUILD,
        env=env,
        check=True,
    )
    return BUILD / "out" / "tourviewer"


def pack(folder: Path, ver: str) -> Path:
    shutil.copy2(HERE / "install.sh", folder / "install.sh")
    shutil.copy2(ROOT / "assets" / "LICENSES.md", folder / "LICENSES.md")
    out = DIST / bundle_name(ver)
    top = f"tourviewer-{ver}"
    with tarfile.open(out, "w:gz", compresslevel=6) as tar:
        tar.add(folder, arcname=top)
    return out


def room(folder: Path) -> list[tuple[str, float]]:
    """What takes the room in the unpacked bundle, in MB, largest first."""
    sizes: dict[str, int] = {}
    for path in folder.rglob("*"):
        if path.is_file() and not path.is_symlink():
            rel = path.relative_to(folder).parts
            if rel[:3] == ("_internal", "PySide6", "Qt") and len(rel) > 4:
                key = "/".join(rel[3:5])  # Qt/lib/libQt6Gui…, Qt/plugins/multimedia
            elif rel[:1] == ("_internal",) and len(rel) > 1:
                key = rel[1]
            else:
                key = rel[0]
            sizes[key] = sizes.get(key, 0) + path.stat().st_size
    return sorted(((k, v / 1e6) for k, v in sizes.items()), key=lambda kv: -kv[1])


def _first_paint(command: list[str], tour: str, data: Path) -> float:
    """Seconds from starting `command` to the first stop painted (the program's first-paint exit hook)."""
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        TOURVIEWER_EXIT_AT_FIRST_STOP="1",
        XDG_CONFIG_HOME=str(data / "config"),
    )
    start = time.time()
    done = subprocess.run(
        [*command, "--data-dir", str(data), tour], capture_output=True, text=True, env=env, timeout=120
    )
    if done.returncode != 0:
        raise RuntimeError(f"{command[0]} did not start: {done.stderr[-2000:]}")
    painted = float(done.stdout.strip().splitlines()[-1])
    return painted - start


def startup_ratio(bundle_exe: Path) -> dict[str, float]:
    """The bundle's start over the venv's, started in turns with the same tour (opened once before)."""
    venv = [str(Path(sys.executable).parent / "tourviewer")]
    bundle = [str(bundle_exe)]
    with tempfile.TemporaryDirectory(prefix="tourviewer-dist-") as scratch:
        tour = str(Path(scratch) / "hongsung")
        shutil.copytree(ROOT / "tours" / "hongsung", tour)
        times: dict[str, list[float]] = {"venv": [], "bundle": []}
        for name, command in (("venv", venv), ("bundle", bundle)):
            _first_paint(command, tour, Path(scratch) / name)  # the tour is opened once before, as a participant
        for _ in range(STARTS):
            for name, command in (("venv", venv), ("bundle", bundle)):
                times[name].append(_first_paint(command, tour, Path(scratch) / name))
    venv_ms, bundle_ms = (statistics.median(times[k]) * 1000 for k in ("venv", "bundle"))
    return {
        "bundle_startup_ms": round(bundle_ms, 1),
        "venv_startup_ms": round(venv_ms, 1),
        "bundle_startup_ratio_vs_venv": round(bundle_ms / venv_ms, 2),
    }


def write_figures(figures: dict[str, float]) -> None:
    results = json.loads(RESULTS.read_text(encoding="utf-8")) if RESULTS.exists() else {}
    results.update(figures)
    RESULTS.write_text(json.dumps(results, indent=2, sort_keys=True) + "\n", encoding="utf-8")


def main(argv: list[str]) -> int:
    started = time.monotonic()
    ver = version()
    wheel = build_wheel()
    staging = stage(wheel)
    folder = pyinstaller(staging)
    built = time.monotonic()
    package = pack(folder, ver)
    print(f"wheel:  {wheel.relative_to(ROOT)} ({wheel.stat().st_size / 1e6:.1f} MB)")
    print(f"bundle: {package.relative_to(ROOT)} ({package.stat().st_size / 1e6:.1f} MB packed)")
    print(f"built in {built - started:.0f} s; what takes the room unpacked (MB):")
    for name, mb in room(folder)[:12]:
        print(f"  {mb:7.1f}  {name}")
    if "--no-figures" in argv:
        return 0
    figures = {
        "wheel_mb": round(wheel.stat().st_size / 1e6, 2),
        "bundle_mb": round(package.stat().st_size / 1e6, 1),
        "bundle_unpacked_mb": round(sum(mb for _, mb in room(folder)), 1),
        "dist_build_s": round(built - started, 1),
        **startup_ratio(folder / "tourviewer"),
    }
    write_figures(figures)
    missed = 0
    for name, value in figures.items():
        limit = TARGETS.get(name)
        met = limit is None or value <= limit
        missed += not met
        print(f"{name}: {value}" + ("" if limit is None else f" (target <= {limit}: {'met' if met else 'NOT met'})"))
    print(f"written to {RESULTS.relative_to(ROOT)}" + (f"; {missed} target(s) not met" if missed else ""))
    return 0  # figures are reported, never a reason for the build (or CI) to fail on a busy machine


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
