"""Every translation keeps what the program and the reader need from its English text: the numbered
placeholders that `.format()` fills, Qt's `%n`, a menu's `&` accelerator and the HTML tags of rich text.
A translation that loses `{1}` would show a sentence without its stop; one with `{2}` too many would
raise an IndexError in the window."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LANGUAGES = ("ko", "ja", "zh_CN", "id", "ms")


def markers(text: str) -> tuple[Counter[str], int, int, Counter[str]]:
    """The placeholders, the count of %n, the count of accelerators and the HTML tags of `text`."""
    placeholders = Counter(re.findall(r"\{\d*\}", text))
    accelerators = len(re.findall(r"&(?!&|\w+;|\s)", text.replace("&&", "")))
    tags = Counter(re.findall(r"</?[a-zA-Z][a-zA-Z0-9]*", text))
    return placeholders, text.count("%n"), accelerators, tags


def mismatches(ts: Path) -> list[str]:
    """Each message of a .ts file whose translation does not keep its source's markers."""
    found = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete"):
                continue
            forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
            for text in forms:
                if markers(text) != markers(source):
                    found.append(f"{ts.name}: {name}: {source!r} -> {text!r}")
    return found


def test_every_translation_keeps_its_placeholders_accelerators_and_tags():
    problems = [p for code in LANGUAGES for p in mismatches(ROOT / "translations" / f"tourviewer_{code}.ts")]
    assert not problems, "\n".join(problems[:40])


def test_the_check_finds_a_lost_placeholder_a_lost_accelerator_and_a_lost_tag(tmp_path):
    ts = tmp_path / "tourviewer_ko.ts"
    ts.write_text(
        """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>MainWindow</name>
    <message><source>Stop {0} of {1}</source><translation>지점 {0}</translation></message>
    <message><source>&amp;File</source><translation>파일</translation></message>
    <message><source>&lt;b&gt;{0}&lt;/b&gt; has %n error(s)</source><translation>{0}: 오류 %n개</translation></message>
    <message><source>&amp;Open…</source><translation>열기(&amp;O)…</translation></message>
    <message><source>%n stop(s)</source><translation>지점 %n개</translation></message>
    <message><source>a&amp;nbsp;b &amp;&amp; c</source><translation>가&amp;nbsp;나 &amp;&amp; 다</translation></message>
</context>
</TS>
""",
        encoding="utf-8",
    )
    found = mismatches(ts)
    assert len(found) == 3
    assert "'Stop {0} of {1}'" in found[0]
    assert "'&File'" in found[1]
    assert "has %n error(s)" in found[2]
