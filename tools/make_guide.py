"""Makes the user guide the program shows (Help > User guide) from the README's sections for people.

    .venv/bin/python tools/make_guide.py

Writes assets/guide/user-guide.md (the README's user sections, without pictures) and
assets/guide/authoring.md (docs/authoring.md); both are package data, so the guide is read offline
from the installed program. tests/test_guide.py fails when they are older than the README.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GUIDE = ROOT / "assets" / "guide"
SECTIONS = (
    "Stepping through a tour",
    "The field notebook",
    "Presenting to a room or a video call",
    "Guided sessions: everyone's viewer follows the facilitator",
    "Languages",
    "Installing Tour Viewer",
    "Checking and writing tours",
    "The sample tours",
    "Safety",
)
_IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)")


def _sections(readme: str) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    current: list[str] | None = None
    for line in readme.splitlines():
        if line.startswith("## "):
            current = found.setdefault(line[3:].strip(), []) if line[3:].strip() in SECTIONS else None
            continue
        if current is not None:
            current.append(line)
    return found


def _for_the_guide(line: str) -> str | None:
    """A README line as the guide shows it: no pictures, links to other repository files as plain text."""
    if _IMAGE.search(line) or re.fullmatch(r"\|[\s|:-]*\|", line.strip()):
        return None  # pictures and the empty header rows of picture tables
    line = line.replace("[docs/authoring.md](docs/authoring.md)", "[The authoring guide](authoring.md)")
    return re.sub(r"\[([^\]]+)\]\((?!authoring\.md|https?:)[^)]*\)", r"\1", line)


def user_guide(readme: str) -> str:
    sections = _sections(readme)
    parts = ["# Tour Viewer: user guide", ""]
    for title in SECTIONS:
        lines = [kept for line in sections.get(title, []) if (kept := _for_the_guide(line)) is not None]
        text = re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()
        parts += [f"## {title}", "", text, ""]
    return "\n".join(parts)


def authoring_guide(text: str) -> str:
    return "\n".join(kept for line in text.splitlines() if (kept := _for_the_guide(line)) is not None) + "\n"


def expected() -> dict[Path, str]:
    return {
        GUIDE / "user-guide.md": user_guide((ROOT / "README.md").read_text(encoding="utf-8")),
        GUIDE / "authoring.md": authoring_guide((ROOT / "docs" / "authoring.md").read_text(encoding="utf-8")),
    }


def main() -> int:
    GUIDE.mkdir(parents=True, exist_ok=True)
    for path, text in expected().items():
        path.write_text(text, encoding="utf-8")
        print(path.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(main())
