"""The guide the program shows is made from the README and the authoring guide, and kept in step."""

from __future__ import annotations

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def load_tool():
    spec = importlib.util.spec_from_file_location("make_guide", ROOT / "tools" / "make_guide.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_shipped_guide_matches_the_readme():
    tool = load_tool()
    for path, text in tool.expected().items():
        assert path.read_text(encoding="utf-8") == text, f"run tools/make_guide.py: {path.name} is out of date"


def test_the_guide_has_every_user_section_and_no_pictures():
    tool = load_tool()
    guide = tool.user_guide((ROOT / "README.md").read_text(encoding="utf-8"))
    for title in tool.SECTIONS:
        assert f"## {title}\n\n" in guide
        assert f"## {title}\n\n\n" not in guide  # no section is empty
    assert "![" not in guide and "docs/images" not in guide
    assert "[The authoring guide](authoring.md)" in guide
