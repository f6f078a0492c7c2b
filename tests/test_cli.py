"""`tourviewer validate` and `tourviewer schema` as the tour format describes them."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.tourfiles import MINIMAL, png_bytes, write_tour
from tourviewer.cli import main

ROOT = Path(__file__).resolve().parents[1]
CONFORMANCE = ROOT.parent / "shared" / "conformance"
BROKEN = MINIMAL + '[[stops.images]]\nfile = "images/farm.jpg"\nalt = "x"\ncredit = "y"\n'
WARNED = MINIMAL + '[[stops.images]]\nfile = "p.png"\n'


def run(capsys, *argv: str) -> tuple[int, str]:
    status = main(list(argv))
    return status, capsys.readouterr().out


def test_a_good_tour_exits_0(tmp_path, capsys):
    status, out = run(capsys, "validate", str(write_tour(tmp_path / "t", MINIMAL)))
    assert status == 0
    assert out.strip().endswith("ok (0 errors, 0 warnings)")


def test_human_lines_name_file_line_column_code_and_stop(tmp_path, capsys):
    folder = write_tour(tmp_path / "t", BROKEN)
    status, out = run(capsys, "validate", str(folder))
    assert status == 1
    first = out.splitlines()[0]
    assert first == (
        f"{folder}/tour.toml:8:1: error[missing-file] stops[0] (a) images[0].file: "
        "no file images/farm.jpg in the tour folder"
    )


def test_json_output_is_the_spec_shape(tmp_path, capsys):
    good, bad = write_tour(tmp_path / "good", MINIMAL), write_tour(tmp_path / "bad", BROKEN)
    status, out = run(capsys, "validate", "--format", "json", str(good), str(bad))
    assert status == 1
    answer = json.loads(out)
    assert [a["ok"] for a in answer] == [True, False]
    assert answer[0] == {"tour": str(good), "ok": True, "problems": []}
    assert answer[1]["problems"] == [
        {
            "severity": "error",
            "code": "missing-file",
            "path": ["stops", 0, "images", 0, "file"],
            "file": "tour.toml",
            "line": 8,
            "column": 1,
            "message": "no file images/farm.jpg in the tour folder",
        }
    ]


def test_strict_counts_warnings_as_errors(tmp_path, capsys):
    folder = write_tour(tmp_path / "t", WARNED, {"p.png": png_bytes()})
    assert run(capsys, "validate", str(folder))[0] == 0
    status, out = run(capsys, "validate", "--strict", "--format", "json", str(folder))
    assert status == 1
    assert json.loads(out)[0]["ok"] is False


def test_a_command_line_mistake_exits_2(capsys):
    with pytest.raises(SystemExit) as exit_:
        main(["validate", "--format", "yaml", "x"])
    assert exit_.value.code == 2
    with pytest.raises(SystemExit) as exit_:
        main(["validate"])
    assert exit_.value.code == 2


def test_problems_inside_a_package_name_the_package(tmp_path, capsys):
    import zipfile

    pkg = tmp_path / "t.tour"
    with zipfile.ZipFile(pkg, "w") as z:
        z.writestr("tour.toml", BROKEN)
    status, out = run(capsys, "validate", str(pkg))
    assert status == 1
    assert out.startswith(f"{pkg}!/tour.toml:8:1: error[missing-file]")


def test_schema_is_json_schema_of_the_models(capsys):
    status, out = run(capsys, "schema")
    assert status == 0
    schema = json.loads(out)
    assert schema["$schema"] == "http://json-schema.org/draft-07/schema#"
    assert set(schema["required"]) == {"format", "id", "title", "stops"}
    stop = schema["definitions"]["Stop"]
    assert stop["additionalProperties"] is False and "^x-" in stop["patternProperties"]
    assert "speaker_notes" in stop["properties"]
    assert "null" not in out, "TOML has no null: optional keys are just left out"


def test_the_installed_command_runs(tmp_path):
    exe = shutil.which("tourviewer", path=str(Path(sys.executable).parent))
    assert exe, "the console entry point is installed"
    folder = write_tour(tmp_path / "t", MINIMAL)
    done = subprocess.run([exe, "validate", str(folder)], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr


@pytest.mark.skipif(not (CONFORMANCE / "run.py").exists(), reason="the shared conformance cases are not here")
@pytest.mark.parametrize("cases", ["cases", "cases-panorama"])
def test_every_conformance_case_passes(cases):
    exe = (Path(sys.executable).parent / "tourviewer").absolute()
    folder = CONFORMANCE / cases
    assert any(folder.iterdir()), f"no cases in {folder}"
    done = subprocess.run(
        [sys.executable, str(CONFORMANCE / "run.py"), "--cases", str(folder), "-v", "--", str(exe)],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert " 0 failed" in done.stdout.splitlines()[-1]


def test_preview_opens_the_viewer_on_the_folder():
    from tourviewer.cli import _run_app, build_parser

    args = build_parser().parse_args(["preview", "tours/hongsung"])
    assert args.func is _run_app and args.tour == "tours/hongsung"


def test_a_tour_path_may_follow_the_data_folder(monkeypatch):
    from tourviewer import cli

    opened: list[tuple[str | None, str | None]] = []
    monkeypatch.setattr(cli, "_run_app", lambda args: opened.append((args.tour, args.data_dir)) or 0)
    assert cli.main(["--data-dir", "/tmp/d", "tours/gunsan"]) == 0
    assert cli.main(["--data-dir=/tmp/e", "tours/hongsung"]) == 0
    assert cli.main(["tours/gunsan"]) == 0
    assert cli.main(["--data-dir", "/tmp/f"]) == 0
    assert opened == [
        ("tours/gunsan", "/tmp/d"),
        ("tours/hongsung", "/tmp/e"),
        ("tours/gunsan", None),
        (None, "/tmp/f"),
    ]
