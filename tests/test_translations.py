"""The translations are complete: lupdate run on today's sources finds every text of the interface in
every language's .ts file, translated (so a new English text without translations fails here)."""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
LANGUAGES = ("ko", "ja", "zh_CN", "id", "ms")
LUPDATE = Path(sys.executable).parent / "pyside6-lupdate"
MARKERS = {"translate": 1, "QT_TRANSLATE_NOOP": 1}  # function name -> index of the source text


def messages(ts: Path) -> dict[tuple[str, str], tuple[str, list[str]]]:
    """(context, source) -> (type of the translation, its texts) of one .ts file."""
    found = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = translation.get("type", "") if translation is not None else "unfinished"
            forms = [f.text or "" for f in translation.iter("numerusform")] if translation is not None else []
            texts = forms or [translation.text or "" if translation is not None else ""]
            found[(name, message.findtext("source") or "")] = (kind, texts)
    return found


def lupdate(sources: Path, ts_files: list[Path]) -> None:
    subprocess.run(
        [str(LUPDATE), "-extensions", "py", "-locations", "none", "-silent", str(sources), "-ts", *map(str, ts_files)],
        check=True,
        capture_output=True,
    )


def calls_in(sources: Path) -> set[tuple[str, str]]:
    """The (context, text) of every translate()/QT_TRANSLATE_NOOP call with literal strings, read by Python
    itself (a call with a variable translates a text marked elsewhere with QT_TRANSLATE_NOOP)."""
    found = set()
    for file in sorted(sources.rglob("*.py")):
        for node in ast.walk(ast.parse(file.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = node.func.id if isinstance(node.func, ast.Name) else ""
            if name not in MARKERS or len(node.args) < 2:
                continue
            context, text = node.args[0], node.args[1]
            if isinstance(context, ast.Constant) and isinstance(text, ast.Constant):
                found.add((str(context.value), str(text.value)))
    return found


def translation_problems(sources: Path, committed: Path, scratch: Path) -> list[str]:
    """What is wrong with the .ts files in `committed` for the texts of `sources`."""
    problems: list[str] = []
    copies = []
    for code in LANGUAGES:
        ts = committed / f"tourviewer_{code}.ts"
        if not ts.is_file():
            problems.append(f"{ts.name} is missing: run make ts")
            continue
        copies.append(shutil.copy(ts, scratch / ts.name))
    lupdate(sources, [Path(c) for c in copies])
    in_code = calls_in(sources)
    for copy in map(Path, copies):
        fresh, before = messages(copy), messages(committed / copy.name)
        active = {key for key, (kind, _) in fresh.items() if kind not in ("vanished", "obsolete")}
        for key in sorted(in_code - active):
            problems.append(f"{copy.name}: lupdate does not see {key} (write the call as the rules say)")
        for key in sorted(active):
            kind, texts = fresh[key]
            if key not in before:
                problems.append(f"{copy.name}: missing {key}: run make ts")
            elif before[key][0] in ("vanished", "obsolete"):
                problems.append(f"{copy.name}: {key} is marked vanished but the program uses it: run make ts")
            elif kind == "unfinished" or not all(t.strip() for t in texts):
                problems.append(f"{copy.name}: unfinished {key}")
    return problems


def test_every_text_is_translated_in_every_language(tmp_path):
    problems = translation_problems(ROOT / "tourviewer", ROOT / "translations", tmp_path)
    shown = "\n".join(problems[:40])
    assert not problems, f"{len(problems)} problems with the translations:\n{shown}"


SAMPLE = '''
from tourviewer.ui.i18n import translate, QT_TRANSLATE_NOOP
HEADING = QT_TRANSLATE_NOOP("Handout", "No note")
def f(count):
    return translate("MainWindow", "Stop {0} of {1}").format(1, 2), translate("MainWindow", "%n stop(s)", None, count)
'''


@pytest.fixture
def sample(tmp_path):
    sources = tmp_path / "src"
    sources.mkdir()
    (sources / "a.py").write_text(SAMPLE, encoding="utf-8")
    committed = tmp_path / "translations"
    committed.mkdir()
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    return sources, committed, scratch


def _fill(ts: Path) -> None:
    tree = ET.parse(ts)
    for translation in tree.getroot().iter("translation"):
        translation.attrib.pop("type", None)
        forms = list(translation.iter("numerusform"))
        for form in forms or [translation]:
            form.text = "X"
    tree.write(ts, encoding="utf-8")


def test_the_check_fails_until_every_language_is_filled_and_then_passes(sample):
    sources, committed, scratch = sample
    assert any("tourviewer_ko.ts is missing" in p for p in translation_problems(sources, committed, scratch))
    ts_files = [committed / f"tourviewer_{code}.ts" for code in LANGUAGES]
    lupdate(sources, ts_files)  # what `make ts` does
    problems = translation_problems(sources, committed, scratch)
    assert "tourviewer_ja.ts: unfinished ('MainWindow', 'Stop {0} of {1}')" in problems
    for ts in ts_files:
        _fill(ts)
    assert translation_problems(sources, committed, scratch) == []


def test_a_new_english_text_fails_the_check(sample):
    sources, committed, scratch = sample
    ts_files = [committed / f"tourviewer_{code}.ts" for code in LANGUAGES]
    lupdate(sources, ts_files)
    for ts in ts_files:
        _fill(ts)
    with (sources / "a.py").open("a", encoding="utf-8") as file:
        file.write('\nLATER = translate("MainWindow", "Saved")\n')
    problems = translation_problems(sources, committed, scratch)
    assert "tourviewer_id.ts: missing ('MainWindow', 'Saved'): run make ts" in problems


def test_a_call_lupdate_cannot_read_fails_the_check(sample):
    sources, committed, scratch = sample
    ts_files = [committed / f"tourviewer_{code}.ts" for code in LANGUAGES]
    with (sources / "a.py").open("a", encoding="utf-8") as file:
        file.write('\ndef g(items):\n    return translate("MainWindow", "%n tour(s)", None, len(items))\n')
    lupdate(sources, ts_files)
    for ts in ts_files:
        _fill(ts)
    problems = translation_problems(sources, committed, scratch)
    assert "tourviewer_ko.ts: lupdate does not see ('MainWindow', '%n tour(s)') (write the call as the rules say)" in (
        problems
    )
