"""The command line as the README documents it: every command and long option is there, and `--data-dir`
is taken after every command."""

from __future__ import annotations

import argparse
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from tourviewer import cli

README = Path(__file__).resolve().parents[1] / "README.md"
GLOBAL = {"--data-dir"}  # documented once, as an option of every command


def commands(
    parser: argparse.ArgumentParser, above: tuple[str, ...] = ()
) -> Iterator[tuple[tuple[str, ...], argparse.ArgumentParser]]:
    """Every command and subcommand of `parser`, as the words that name it."""
    for name, sub in cli.subcommands(parser).items():
        yield (*above, name), sub
        yield from commands(sub, (*above, name))


def long_options(parser: argparse.ArgumentParser) -> set[str]:
    return {
        option
        for action in parser._actions
        if not isinstance(action, argparse._HelpAction)
        for option in action.option_strings
        if option.startswith("--")
    }


def readme_blocks() -> list[str]:
    """The README's paragraphs and list items, each as one string."""
    blocks: list[str] = []
    for paragraph in re.split(r"\n\s*\n", README.read_text(encoding="utf-8")):
        blocks.extend(re.split(r"\n(?=- )", paragraph))
    return blocks


PARSER = cli.build_parser()
COMMANDS = list(commands(PARSER))


def test_the_walk_finds_the_commands():
    names = {" ".join(words) for words, _ in COMMANDS}
    assert {"validate", "schema", "notes", "notes export", "notes list", "view", "preview"} <= names
    assert "--max-image-size" in long_options(dict(COMMANDS)[("pack",)])


@pytest.mark.parametrize("words,parser", COMMANDS, ids=[" ".join(w) for w, _ in COMMANDS])
def test_the_readme_shows_each_command_with_its_options(words, parser):
    said = [b for b in readme_blocks() if re.search(rf"`tourviewer {' '.join(words)}(?![\w-])", b)]
    assert said, f"README.md never shows `tourviewer {' '.join(words)}`"
    missing = [o for o in sorted(long_options(parser) - GLOBAL) if not any(o in b for b in said)]
    assert not missing, f"README.md shows `tourviewer {' '.join(words)}` without {', '.join(missing)}"


def test_the_readme_names_the_options_of_every_command():
    text = README.read_text(encoding="utf-8")
    for option in sorted(long_options(PARSER) | GLOBAL | {"--help"}):
        assert option in text, f"README.md does not name {option}"
    assert "`--data-dir` (on every command, before or after its name)" in text


@pytest.mark.parametrize("words,parser", COMMANDS, ids=[" ".join(w) for w, _ in COMMANDS])
def test_every_command_takes_the_data_folder(words, parser):
    data_dir = [a for a in parser._actions if "--data-dir" in a.option_strings]
    assert len(data_dir) == 1
    assert data_dir[0].default is argparse.SUPPRESS, "a value given before the command must not be reset"


@pytest.mark.parametrize(
    "argv,expected",
    [
        (["notes", "list", "--data-dir", "d"], "d"),
        (["notes", "--data-dir", "d", "list"], "d"),
        (["--data-dir", "d", "notes", "list"], "d"),
        (["--data-dir=a", "notes", "list", "--data-dir", "b"], "b"),
        (["validate", "t", "--data-dir", "d"], "d"),
        (["notes", "export", "t", "--format", "md", "-o", "x.md", "--data-dir", "d"], "d"),
        (["pack", "t", "-o", "t.tour", "--data-dir=d"], "d"),
        (["preview", "t"], None),
        ([], None),
    ],
)
def test_the_data_folder_before_or_after_the_command(argv, expected):
    assert PARSER.parse_args(argv).data_dir == expected


def test_a_path_opens_in_the_viewer_with_options_before_it(monkeypatch):
    opened: list[tuple[str | None, str | None]] = []
    monkeypatch.setattr(cli, "_run_app", lambda args: opened.append((args.tour, args.data_dir)) or 0)
    assert cli.main(["tours/gunsan", "--data-dir", "d"]) == 0
    assert cli.main(["view", "--data-dir", "e", "tours/hongsung"]) == 0
    assert cli.main(["--data-dir", "f", "preview", "tours/gunsan"]) == 0
    assert opened == [("tours/gunsan", "d"), ("tours/hongsung", "e"), ("tours/gunsan", "f")]
