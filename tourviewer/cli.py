"""The command line: each command is a few lines over `tourviewer.core`."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

from tourviewer import __version__


def _validate(args: argparse.Namespace) -> int:
    from tourviewer.core.loader import load_tour
    from tourviewer.core.report import human_report, json_report

    results = [load_tour(Path(p)) for p in args.paths]
    if args.format == "json":
        print(json.dumps(json_report(args.paths, results, args.strict), indent=2, ensure_ascii=False))
    else:
        for line in human_report(args.paths, results, args.strict):
            print(line)
    return 0 if all(r.ok(args.strict) for r in results) else 1


def _schema(args: argparse.Namespace) -> int:
    from tourviewer.core.model import json_schema_text

    sys.stdout.write(json_schema_text())
    return 0


def _run_app(args: argparse.Namespace) -> int:
    from tourviewer.ui.app import run

    return run([args.tour] if args.tour else [])


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="tourviewer", description="An offline viewer for virtual field tours.")
    parser.add_argument("--version", action="version", version=f"tourviewer {__version__}")
    parser.set_defaults(func=_run_app, tour=None)
    commands = parser.add_subparsers(title="commands", metavar="COMMAND")

    validate = commands.add_parser("validate", help="check tour folders and .tour packages")
    validate.add_argument("paths", nargs="+", metavar="PATH")
    validate.add_argument("--format", choices=["text", "json"], default="text")
    validate.add_argument("--strict", action="store_true", help="count warnings as errors")
    validate.set_defaults(func=_validate)

    schema = commands.add_parser("schema", help="print the JSON Schema of tour.toml")
    schema.set_defaults(func=_schema)

    view = commands.add_parser("view", help="open a tour in the viewer (the default command)")
    view.add_argument("tour", nargs="?", metavar="TOUR")
    view.set_defaults(func=_run_app)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    commands = {"validate", "schema", "view", "-h", "--help", "--version"}
    if argv and argv[0] not in commands:
        argv = ["view", *argv]  # `tourviewer PATH` opens PATH
    args = build_parser().parse_args(argv)
    return int(args.func(args))


if __name__ == "__main__":
    sys.exit(main())
