"""The command line: each command is a few lines over `tourviewer.core`."""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from tourviewer import __version__
from tourviewer.cli_guide import add_guide_options, add_join_options, start_guide

if TYPE_CHECKING:
    from tourviewer.core.loader import LoadResult
    from tourviewer.core.store import Store


def _validate(args: argparse.Namespace) -> int:
    from tourviewer.core.checked import decoded_files
    from tourviewer.core.loader import load_tour
    from tourviewer.core.report import human_report, json_report

    decode = decoded_files().check_decodes  # every picture decoded, every recording's stream read
    # every entry of a package read whole, its checksum checked
    results = [load_tour(Path(p), decode=decode, verify=True) for p in args.paths]
    if args.format == "json":
        print(json.dumps(json_report(args.paths, results, args.strict), indent=2, ensure_ascii=False))
    else:
        for line in human_report(args.paths, results, args.strict):
            print(line)
    return 0 if all(r.ok(args.strict) for r in results) else 1


def _schema(args: argparse.Namespace) -> int:
    from tourviewer.core.validation import json_schema_text

    sys.stdout.write(json_schema_text())
    return 0


def _run_app(args: argparse.Namespace) -> int:
    """The viewer; for `preview` (which watches the tour folder, as the viewer does every folder it
    opens) it says so, on the command line and in its status bar."""
    from tourviewer.ui.app import run

    if args.tour and args.tour.lower().startswith("tourviewer:"):  # an invitation, as a desktop passes it
        from tourviewer.core.guide.invitation import InvitationError, parse_invitation

        try:
            parse_invitation(args.tour)
        except InvitationError as exc:
            print(f"tourviewer: {args.tour} is not an invitation to a guided session this viewer can join: {exc}",
                  file=sys.stderr)
            return 2
        return run([], args.data_dir, invitation=args.tour)
    preview = bool(getattr(args, "preview", False))
    if preview:
        print(f"Watching {args.tour}: every save of tour.toml or its files reloads the viewer (close it to stop).")
    return run([_local_path(args.tour)] if args.tour else [], args.data_dir, preview=preview)


def _local_path(argument: str) -> str:
    """A path, or a file:// URL as a desktop's file manager passes it (the entry's Exec ends in %u)."""
    from urllib.parse import unquote, urlsplit

    url = urlsplit(argument)
    if url.scheme == "file" and url.netloc in ("", "localhost"):
        return unquote(url.path)
    return argument


def _samples(args: argparse.Namespace) -> int:
    from tourviewer.core.library import sample_tour_folders

    for path in sample_tour_folders():
        print(path)
    return 0


def _desktop(args: argparse.Namespace) -> int:
    from tourviewer.core import desktop

    if not sys.platform.startswith(("linux", "freebsd", "openbsd", "netbsd")):
        print("tourviewer desktop: menu entries and file types are written for Linux desktops only", file=sys.stderr)
        return 1
    target = desktop.system_target() if args.system else desktop.user_target()
    outcome = desktop.install(target) if args.action == "install" else desktop.uninstall(target)
    for problem in outcome.problems:
        print(f"tourviewer desktop {args.action}: {problem}", file=sys.stderr)
    done = "installed in" if args.action == "install" else "removed from"
    print(f"Tour Viewer's menu entry, icon and .tour file type {done} {target.data_home} ({len(outcome.files)} files)")
    return 0 if outcome.ok else 1


def _size(text: str) -> tuple[int, int]:
    try:
        width, height = (int(v) for v in text.lower().split("x"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a size like 1600x900") from None
    if not (200 <= width <= 8000 and 200 <= height <= 8000):
        raise argparse.ArgumentTypeError(f"{text!r}: width and height must be between 200 and 8000")
    return width, height


def _shot(args: argparse.Namespace) -> int:
    import tempfile

    from PySide6.QtCore import QSize

    from tourviewer.ui.shot import ShotError, shot

    with tempfile.TemporaryDirectory(prefix="tourviewer-shot-") as scratch:
        # a screenshot must not change anyone's progress: it gets its own data folder
        data = Path(args.data_dir) if args.data_dir else Path(scratch)
        try:
            shot(args.tour, args.stop, Path(args.out), QSize(*args.size), args.lang, data, args.window)
        except ShotError as exc:
            print(f"tourviewer shot: {exc}", file=sys.stderr)
            return 1
    print(args.out)
    return 0


def _notes_tour(args: argparse.Namespace, command: str) -> LoadResult | None:
    """The tour named on the command line, or None after saying why it cannot be read."""
    from tourviewer.core.loader import load_tour

    result = load_tour(Path(args.tour))
    if result.tour is None:
        count = len(result.problems)
        print(
            f"tourviewer notes {command}: {args.tour} cannot be read ({count} problem{'s' if count != 1 else ''}); "
            f"run tourviewer validate {args.tour}",
            file=sys.stderr,
        )
        return None
    return result


def _notes_store(args: argparse.Namespace, command: str) -> Store | None:
    """The participant's notes, where the viewer keeps them; None after saying why they cannot be read."""
    from tourviewer.core.appdata import data_dir
    from tourviewer.core.store import Store

    store = Store(data_dir(args.data_dir))
    if store.db is None:
        print(f"tourviewer notes {command}: {store.problem}", file=sys.stderr)
        return None
    return store


def _notes_export(args: argparse.Namespace) -> int:
    result = _notes_tour(args, "export")
    if result is None or result.tour is None:
        return 1
    language = args.lang or result.tour.default_language
    if language not in result.tour.languages:
        print(
            f"tourviewer notes export: {args.tour} has no language {language} "
            f"(it has {', '.join(result.tour.languages)})",
            file=sys.stderr,
        )
        return 1
    store = _notes_store(args, "export")
    if store is None:
        return 1
    notes = store.notes(result.tour.id)
    store.close()
    out = Path(args.out)
    from datetime import date

    from tourviewer.core.handout import HandoutOptions

    options = HandoutOptions(noted_only=args.only_noted, pictures=not args.no_pictures, date=date.today().isoformat())
    try:
        if args.format == "pdf":  # only the PDF needs Qt, to lay the pages out
            from tourviewer.ui.handout_pdf import export_handout

            export_handout(result, notes, language, args.format, out, options)
        else:
            from tourviewer.core.handout import write_handout

            write_handout(result, notes, language, args.format, out, options)
    except OSError as exc:
        print(f"tourviewer notes export: cannot write {out}: {exc.strerror or exc}", file=sys.stderr)
        return 1
    print(out)
    return 0


def _notes_list(args: argparse.Namespace) -> int:
    from tourviewer.core.handout import build_handout, summary_lines

    result = _notes_tour(args, "list") if args.tour else None
    store = None if args.tour and result is None else _notes_store(args, "list")
    if store is None:
        return 1
    if result is None or result.tour is None:
        lines = [f"{tour_id}: {n} note{'s' if n != 1 else ''}" for tour_id, n in store.tours_with_notes().items()]
    else:
        notes = store.notes(result.tour.id)
        lines = summary_lines(build_handout(result, notes, result.tour.default_language))
    store.close()
    print("\n".join(lines) if lines else "No notes yet.")
    return 0


def _present(args: argparse.Namespace) -> int:
    from tourviewer.core.loader import load_tour

    result = load_tour(Path(args.tour))
    if result.tour is None:
        count = len(result.errors)
        print(
            f"tourviewer present: {args.tour} cannot be shown ({count} problems); run tourviewer validate {args.tour}",
            file=sys.stderr,
        )
        return 1
    from PySide6.QtCore import QEventLoop, QSize

    from tourviewer.ui.app import application
    from tourviewer.ui.present import Presenter

    app = application()
    size = QSize(*args.size) if args.size else None
    presenter = Presenter(result, audience_screen=args.screen, windowed=args.windowed, size=size)
    loop = QEventLoop()  # runs until presenting ends (Esc), without quitting the application
    ended_at: list[int] = []
    presenter.finished.connect(ended_at.append)
    presenter.finished.connect(loop.quit)
    presenter.start()
    if args.guide:
        start_guide(presenter.console.guide_panel, args)
    loop.exec()
    presenter.console.guide_panel.end()
    if not ended_at or result.tour is None:
        return 0
    # as from F5 in the viewer: Esc returns to the viewer at the stop where presenting ended
    from tourviewer.ui.app import data_dir, main_window

    window = main_window(data_dir(args.data_dir))
    stop = result.tour.stops[ended_at[0]].id
    window.notebook.save_position(result.tour.id, stop, presenter.presentation.console.language)  # read next
    window.show()
    window.open_result(result)
    code = app.exec()
    window.notebook.close()
    return code


def _new(args: argparse.Namespace) -> int:
    from tourviewer.core.curate import CurateError, new_tour, parse_languages
    from tourviewer.core.loader import load_tour
    from tourviewer.core.report import human_report

    folder = Path(args.folder)
    try:
        toml = new_tour(folder, args.tour_id, args.title, parse_languages(args.languages))
    except CurateError as exc:
        print(f"tourviewer new: {exc.message}", file=sys.stderr)
        return 1
    print(toml)
    result = load_tour(folder)
    print("\n".join(human_report([args.folder], [result], strict=False)))
    if result.warnings:
        print("validate --strict fails until the lines above are dealt with (translations, the example narration).")
    print(f"Next: tourviewer preview {args.folder}   (shows the tour and follows every save of tour.toml)")
    return 0


def _pack(args: argparse.Namespace) -> int:
    from tourviewer.core.checked import decoded_files
    from tourviewer.core.curate import CurateError, PackOptions, human_size, pack_tour
    from tourviewer.core.loader import load_tour
    from tourviewer.core.report import human_report

    result = load_tour(Path(args.folder), decode=decoded_files().check_decodes)
    if not result.ok():
        print("\n".join(human_report([args.folder], [result], strict=False)), file=sys.stderr)
        print(f"tourviewer pack: {args.folder} has errors; nothing was written", file=sys.stderr)
        return 1
    options = PackOptions(max_image_size=args.max_image_size, strip_metadata=args.strip_metadata)
    try:
        with _progress_bar(f"packing {Path(args.out).name}") as progress:
            summary = pack_tour(result, Path(args.out), options, progress)
    except CurateError as exc:
        print(f"tourviewer pack: {exc.message}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:  # Ctrl+C: pack_tour has removed its temporary file
        print(f"tourviewer pack: cancelled; {args.out} was not written", file=sys.stderr)
        return 130
    before, after = human_size(summary.bytes_before), human_size(summary.bytes_after)
    print(f"{args.out}: {before} → {after} ({_count(summary.files, 'file')})")
    if summary.resized:
        print(
            f"  {_count(len(summary.resized), 'picture')} scaled down to {args.max_image_size} pixels on the long side"
        )
    if summary.stripped:
        jpegs = any(n.lower().endswith((".jpg", ".jpeg")) for n in summary.stripped)
        how = " (JPEGs not re-encoded unless scaled)" if jpegs else ""
        print(f"  metadata removed from {_count(len(summary.stripped), 'picture')}{how}")
    for note in summary.left_as_is:
        print(f"  {note}")
    if result.warnings:
        print(f"  {_count(len(result.warnings), 'warning')}: see tourviewer validate {args.folder}")
    return 0


@contextlib.contextmanager
def _progress_bar(what: str) -> Iterator[Callable[[int, int], None] | None]:
    """A progress bar on the terminal (rich), or nothing when the output is piped or redirected."""
    if not sys.stderr.isatty():
        yield None
        return
    from rich.console import Console
    from rich.progress import BarColumn, DownloadColumn, Progress, TimeRemainingColumn, TransferSpeedColumn

    columns = (BarColumn(), DownloadColumn(binary_units=False), TransferSpeedColumn(), TimeRemainingColumn())
    with Progress("{task.description}", *columns, console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task(what, total=None)

        def tell(done: int, total: int) -> None:
            bar.update(task, completed=done, total=total)

        yield tell


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}{'' if number == 1 else 's'}"


def _locate(args: argparse.Namespace) -> int:
    from tourviewer.core.exif import PhotoError, location_toml, read_location

    status = 0
    for name in args.images:
        try:
            found = read_location(Path(name))
        except PhotoError as exc:
            print(f"{name}: {exc.message}", file=sys.stderr)
            status = 1
            continue
        if found is None:
            print(f"{name}: no GPS position in this photo")
            status = 1
        else:
            print(f"{name}: {location_toml(*found)}")
    return status


def _map(args: argparse.Namespace) -> int:
    from tourviewer.core.mapmaker import MapMakerError, make_tour_map, parse_place

    folder = Path(args.folder)
    try:
        places = [parse_place(text) for text in args.place]
        report = make_tour_map(folder, args.image, args.margin, args.size, places)
    except MapMakerError as exc:
        print(f"tourviewer map: {exc.message}", file=sys.stderr)
        return 1
    made, b = report.made, report.made.bounds
    print(
        f"{report.image}: {made.width} × {made.height} pixels, {b.west:.4f}–{b.east:.4f} E,"
        f" {b.south:.4f}–{b.north:.4f} N ({args.margin:g} km around the stops)"
    )
    for line in made.used:
        print(f"  {line}")
    shown = [name for name in (p.name for p in places) if name in made.labels]
    if shown:
        print(f"  places: {', '.join(shown)}")
    if len(shown) < len(places):
        print(f"  places left out: {', '.join(p.name for p in places if p.name not in shown)} (off the map or no room)")
    if report.unplaced:
        count = len(report.unplaced)
        it = "it is" if count == 1 else "they are"
        print(
            f"  {_count(count, 'stop')} {'has' if count == 1 else 'have'} no location, so {it} not on the map:"
            f" {', '.join(report.unplaced)}"
        )
    replaced = f" (it named {report.replaced} before)" if report.replaced else ""
    print(f"[map] written into {folder / 'tour.toml'}{replaced}")
    return 0


def _kilometres(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number of kilometres") from None
    if not 0 <= value <= 500:
        raise argparse.ArgumentTypeError(f"a margin of {value:g} km: give 0 to 500")
    return value


def _package_name(text: str) -> str:
    if not text.lower().endswith(".tour") or text.lower() == ".tour":
        raise argparse.ArgumentTypeError(f"{text!r}: a package's name ends in .tour")
    return text


def _pixels(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number of pixels") from None
    if value < 16:
        raise argparse.ArgumentTypeError(f"{value} pixels is too small for a picture (16 at least)")
    return value


# the interface languages (tourviewer.ui.i18n.LANGUAGES, and its pseudo language); not imported from
# there, which would load Qt for every command
UI_LANGUAGES = ("en", "ko", "ja", "zh_CN", "id", "ms", "pseudo")


def _add_ui_lang(parser: argparse.ArgumentParser, default: str | None) -> None:
    parser.add_argument(
        "--ui-lang",
        choices=UI_LANGUAGES,
        default=default,
        metavar="CODE",
        help=f"the interface's language for this run: {', '.join(UI_LANGUAGES[:-1])} (default: as chosen in "
        "View > Interface language, else the system's)",
    )


def _common_options(default: str | None) -> argparse.ArgumentParser:
    """The options every command takes, before or after its name (a parent parser)."""
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--data-dir", metavar="DIR", default=default, help="where notes and progress are kept")
    return common


def subcommands(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    """The commands `parser` knows, by name."""
    found: dict[str, argparse.ArgumentParser] = {}
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            found.update(action.choices)
    return found


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="tourviewer", description="An offline viewer for virtual field tours.", parents=[_common_options(None)]
    )
    # after a command's name: when not given there, a value given before it stays
    common = _common_options(argparse.SUPPRESS)
    parser.add_argument("--version", action="version", version=f"tourviewer {__version__}")
    _add_ui_lang(parser, None)
    parser.set_defaults(func=_run_app, tour=None)
    top = parser.add_subparsers(title="commands", metavar="COMMAND")

    def command(name: str, summary: str, group: argparse._SubParsersAction = top) -> argparse.ArgumentParser:
        return group.add_parser(name, help=summary, parents=[common])

    validate = command("validate", "check tour folders and .tour packages")
    validate.add_argument("paths", nargs="+", metavar="PATH")
    validate.add_argument("--format", choices=["text", "json"], default="text")
    validate.add_argument("--strict", action="store_true", help="count warnings as errors")
    validate.set_defaults(func=_validate)

    schema = command("schema", "print the JSON Schema of tour.toml")
    schema.set_defaults(func=_schema)

    shot_ = command("shot", "render the viewer (or another window) at one stop to a PNG")
    shot_.add_argument("tour", metavar="TOUR")
    shot_.add_argument("--stop", metavar="ID", help="the stop's id (default: the first stop)")
    shot_.add_argument("--out", required=True, metavar="FILE.png")
    shot_.add_argument("--size", type=_size, default=(1600, 900), metavar="WxH")
    shot_.add_argument("--lang", metavar="TAG")
    shot_.add_argument(
        "--window",
        choices=("viewer", "console", "audience", "library"),
        default="viewer",
        help="the window to render: the viewer (default), the presenter console, the audience window, the library",
    )
    _add_ui_lang(shot_, argparse.SUPPRESS)
    shot_.set_defaults(func=_shot)

    notes = command("notes", "export or list the participant's notes")
    notes_commands = notes.add_subparsers(title="commands", metavar="COMMAND", required=True)
    export = command("export", "write a handout of a tour with its notes", notes_commands)
    export.add_argument("tour", metavar="TOUR")
    export.add_argument("--format", choices=["md", "html", "pdf"], required=True)
    export.add_argument("-o", "--out", required=True, metavar="FILE")
    export.add_argument("--lang", metavar="TAG", help="the tour's language (default: its first)")
    export.add_argument("--only-noted", action="store_true", help="only the stops you wrote a note on")
    export.add_argument("--no-pictures", action="store_true", help="leave the stops' pictures out")
    export.set_defaults(func=_notes_export)
    list_ = command("list", "the tours with notes, or a tour's notes", notes_commands)
    list_.add_argument("tour", nargs="?", metavar="TOUR")
    list_.set_defaults(func=_notes_list)

    present = command("present", "present a tour: audience window and presenter console")
    present.add_argument("tour", metavar="TOUR")
    present.add_argument("--screen", type=int, metavar="N", help="the screen for the audience (from 0)")
    present.add_argument("--windowed", action="store_true", help="the audience in a window, to share in a call")
    present.add_argument(
        "--size",
        type=_size,
        default=None,
        metavar="WxH",
        help="the audience window's size when windowed (default: the largest 16:9 that fits the screen)",
    )
    add_guide_options(present)
    _add_ui_lang(present, argparse.SUPPRESS)
    present.set_defaults(func=_present)

    new = command("new", "start a new tour folder from a commented template")
    new.add_argument("folder", metavar="DIR")
    new.add_argument("--id", required=True, dest="tour_id", metavar="ID", help="the tour's id, like my-tour")
    new.add_argument("--title", required=True, metavar="TITLE")
    new.add_argument(
        "--languages", default="en", metavar="TAGS", help="comma-separated language tags, the default first (en,ko)"
    )
    new.set_defaults(func=_new)

    pack = command("pack", "zip a tour folder into a .tour package")
    pack.add_argument("folder", metavar="DIR")
    pack.add_argument("-o", "--out", required=True, type=_package_name, metavar="NAME.tour")
    pack.add_argument("--max-image-size", type=_pixels, metavar="PIXELS", help="scale pictures down to this long side")
    pack.add_argument(
        "--strip-metadata", action="store_true", help="remove photo metadata (EXIF with GPS, XMP, comments)"
    )
    pack.set_defaults(func=_pack)

    locate = command("locate", "print the GPS position of photos, ready to paste")
    locate.add_argument("images", nargs="+", metavar="IMAGE")
    locate.set_defaults(func=_locate)

    map_ = command("map", "draw a map around the tour's stops and write [map] into the tour")
    map_.add_argument("folder", metavar="DIR")
    map_.add_argument(
        "--margin", type=_kilometres, default=2.0, metavar="KM", help="room around the stops (default 2 km)"
    )
    map_.add_argument("--size", type=_pixels, default=1600, metavar="PIXELS", help="the long side (default 1600)")
    map_.add_argument(
        "--place",
        action="append",
        default=[],
        metavar="NAME=LAT,LON",
        help="a place to mark and name, like a county seat (repeatable)",
    )
    map_.add_argument(
        "--image", default="maps/overview.svg", metavar="PATH", help="where in the tour (default maps/overview.svg)"
    )
    map_.set_defaults(func=_map)

    preview = command("preview", "show a tour folder, reloading it whenever it is saved")
    preview.add_argument("tour", metavar="DIR")
    preview.set_defaults(func=_run_app, preview=True)

    _add_samples_command(command)
    _add_desktop_command(command)
    add_join_options(command("join", "follow a guided session, printing each move"))

    view = command("view", "open a tour in the viewer (the default command)")
    view.add_argument("tour", nargs="?", metavar="TOUR")
    _add_ui_lang(view, argparse.SUPPRESS)
    view.set_defaults(func=_run_app)
    return parser


def _add_samples_command(command: Callable[[str, str], argparse.ArgumentParser]) -> None:
    samples = command("samples", "print the path of each sample tour shipped with the program")
    samples.set_defaults(func=_samples)


def _add_desktop_command(command: Callable[[str, str], argparse.ArgumentParser]) -> None:
    desktop = command("desktop", "add Tour Viewer to the desktop's menu and make it open .tour files (Linux)")
    desktop.add_argument("action", choices=["install", "uninstall"])
    where = desktop.add_mutually_exclusive_group()
    where.add_argument("--user", action="store_true", help="for you only, in ~/.local/share (the default)")
    where.add_argument("--system", action="store_true", help="for everyone, in /usr/local/share (needs root)")
    desktop.set_defaults(func=_desktop)


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser()
    # `tourviewer [--data-dir DIR] PATH` opens PATH: the first word after the options names a command
    first = _first_word(parser, argv)
    if first < len(argv) and argv[first] not in subcommands(parser):
        argv.insert(first, "view")
    args = parser.parse_args(argv)
    if getattr(args, "ui_lang", None):  # read by the windows of this run (tourviewer.ui.i18n)
        os.environ["TOURVIEWER_UI_LANG"] = args.ui_lang
    return int(args.func(args))


def _first_word(parser: argparse.ArgumentParser, argv: list[str]) -> int:
    """Where the first word of `argv` that is neither an option of `parser` nor an option's value stands."""
    with_value = {o for a in parser._actions if a.nargs is None and a.option_strings for o in a.option_strings}
    at = 0
    while at < len(argv) and argv[at].startswith("-"):
        at += 2 if argv[at] in with_value else 1  # `--data-dir=DIR` is one word
    return at


if __name__ == "__main__":
    sys.exit(main())
