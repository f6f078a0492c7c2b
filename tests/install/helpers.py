"""Running an installed copy of Tour Viewer the way a person would: away from the repository."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

from PIL import Image

ROOT = Path(__file__).resolve().parents[2]


def clean_env(home: Path) -> dict[str, str]:
    """No PYTHONPATH, no repository, a home and data folders of its own, Qt offscreen."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "VIRTUAL_ENV", "TOURVIEWER_"))}
    env.update(
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / ".config"),
        XDG_DATA_HOME=str(home / ".local" / "share"),
        XDG_CACHE_HOME=str(home / ".cache"),
        QT_QPA_PLATFORM="offscreen",
    )
    return env


def run(command: list[str], cwd: Path, env: dict[str, str], timeout: float = 180) -> subprocess.CompletedProcess:
    done = subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout)
    assert done.returncode == 0, f"{command} failed ({done.returncode}):\n{done.stdout[-2000:]}\n{done.stderr[-12000:]}"
    return done


def check_commands(program: list[str], cwd: Path, env: dict[str, str]) -> list[Path]:
    """--version, samples, validate --strict on each sample, schema and shot: returns the sample paths."""
    from tourviewer import __version__

    assert run([*program, "--version"], cwd, env).stdout.strip() == f"tourviewer {__version__}"
    samples = [Path(line) for line in run([*program, "samples"], cwd, env).stdout.splitlines()]
    assert [p.name for p in samples] == ["gunsan", "hongsung"]
    for sample in samples:
        assert not sample.is_relative_to(ROOT), f"{sample} is the repository's, not the installed copy's"
        assert (sample / "tour.toml").is_file()
    run([*program, "validate", "--strict", *map(str, samples)], cwd, env)
    schema = json.loads(run([*program, "schema"], cwd, env).stdout)
    assert schema["type"] == "object" and "stops" in schema["properties"]
    shot = cwd / "shot.png"
    run([*program, "shot", str(samples[-1]), "--out", str(shot), "--size", "1200x800"], cwd, env)
    assert_not_blank(shot)
    return samples


# A window of text and controls alone has under a thousand colours; a stop's picture brings thousands.
PICTURE_COLOURS = 3000


def assert_not_blank(png: Path) -> None:
    """The screenshot shows the stop's picture, not only an empty or a loading window."""
    with Image.open(png) as image:
        colours = image.convert("RGB").getcolors(maxcolors=image.width * image.height)
    count = len(colours or [])
    assert count > PICTURE_COLOURS, f"{png} shows no picture ({count} colours)"
