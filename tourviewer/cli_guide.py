"""The guided-session commands: `present --guide` prints the invitation, `join` follows from a terminal.

Kept beside `cli.py` so the parser there only names the options.
"""

from __future__ import annotations

import argparse
import queue
import sys
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tourviewer.ui.guidepanel import GuidePanel


def add_guide_options(present: argparse.ArgumentParser) -> None:
    present.add_argument("--guide", action="store_true", help="start a guided session and print its invitation")
    present.add_argument("--port", type=int, default=0, metavar="N", help="the guided session's port (default: any)")
    present.add_argument("--host", metavar="ADDRESS", help="the address to listen on (default: this machine's LAN)")
    present.add_argument("--broker", metavar="URL",
                         help="go through an MQTT broker (mqtt://, mqtts://, ws:// or wss://host:port) instead")
    _add_ca_option(present)
    present.add_argument("--name", default="", metavar="NAME", help="the facilitator's name, shown to participants")


def add_join_options(join: argparse.ArgumentParser) -> None:
    join.add_argument("invitation", metavar="INVITATION", help="the tourviewer://join?… line")
    join.add_argument("--name", default="", metavar="NAME", help="your name, shown to the facilitator")
    join.add_argument("--tour", metavar="TOUR", help="your copy of the tour (default: look for it, else fetch it)")
    join.add_argument("--lang", metavar="TAG", help="your language (default: the tour's first)")
    _add_ca_option(join)
    join.set_defaults(func=join_session)


def _add_ca_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--ca-file", type=Path, metavar="PEM",
        help="trust a TLS broker (mqtts://, wss://) whose certificate this authority signed, besides the "
             "authorities the system trusts (for a broker with a certificate of its own making)",
    )


def _ca_problem(args: argparse.Namespace) -> str:
    from tourviewer.core.guide.tls import ca_file_problem

    return ca_file_problem(args.ca_file) if args.ca_file is not None else ""


def start_guide(panel: GuidePanel, args: argparse.Namespace) -> None:
    """Start the presenter console's guided session as the options say, and print its invitation."""
    problem = _ca_problem(args) or panel.start(args.host, args.port, args.broker, args.name or None, args.ca_file)
    if problem or panel.invitation is None:
        print(f"tourviewer present: {problem}", file=sys.stderr, flush=True)
        return
    print(panel.invitation.link(), flush=True)


def join_session(args: argparse.Namespace) -> int:
    from tourviewer.core.guide.follower import ENDED, REFUSED
    from tourviewer.core.guide.invitation import InvitationError, parse_invitation
    from tourviewer.core.guide.joining import Participant
    from tourviewer.core.guide.places import find_tour, received_folder
    from tourviewer.core.loader import load_tour
    from tourviewer.core.session import TourSession

    try:
        invitation = parse_invitation(args.invitation)
    except InvitationError as exc:
        print(f"tourviewer join: {exc}", file=sys.stderr)
        return 2
    problem = _ca_problem(args)
    if problem:
        print(f"tourviewer join: {problem}", file=sys.stderr)
        return 2
    session = TourSession()
    source, same = find_tour(invitation, [Path(args.tour)] if args.tour else [])
    if source is not None:
        session.open(load_tour(source), language=args.lang)
        if not same:
            print(f"tourviewer join: following with another version of {invitation.tour} ({source})", file=sys.stderr)
    calls: queue.Queue[Callable[[], None]] = queue.Queue()
    participant = Participant(session, invitation, args.name or "Terminal", post=calls.put, ca_file=args.ca_file)
    follower = participant.follower
    follower.moved.connect(lambda stop, language: print(f"{datetime.now():%H:%M:%S} {stop} {language}", flush=True))
    said = [""]

    def on_changed() -> None:
        if follower.note and follower.note != said[0]:
            print(f"tourviewer join: {follower.note}", file=sys.stderr, flush=True)
        said[0] = follower.note

    follower.changed.connect(on_changed)
    if source is None:
        print(f"tourviewer join: fetching {invitation.tour} from the facilitator…", file=sys.stderr, flush=True)

        def fetched(path: Path | None, problem: str) -> None:
            if path is None:
                print(f"tourviewer join: {problem}", file=sys.stderr, flush=True)
                follower.set_connection(REFUSED, problem)
                return
            session.open(load_tour(path), language=args.lang)
            follower.back()

        participant.fetch_tour(received_folder(), fetched)
    try:
        while follower.connection not in (ENDED, REFUSED):
            try:
                calls.get(timeout=0.5)()
            except queue.Empty:
                continue
    except KeyboardInterrupt:
        pass
    finally:
        participant.leave()
    return 1 if follower.connection == REFUSED else 0
