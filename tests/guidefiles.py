"""Tours and helpers for the guided-session tests."""

from __future__ import annotations

import threading
import zipfile
from collections.abc import Callable
from pathlib import Path

from tests.tourfiles import write_tour
from tourviewer.core import load_tour
from tourviewer.core.session import TourSession


def many_stops_toml(count: int, tour_id: str = "walk", skip: str = "") -> str:
    lines = [f'format = 1\nid = "{tour_id}"\ntitle = {{ en = "Walk", ko = "산책" }}\nlanguages = ["en", "ko"]\n']
    for n in range(1, count + 1):
        if f"s{n}" == skip:
            continue
        lines.append(f'[[stops]]\nid = "s{n}"\ntitle = {{ en = "Stop {n}", ko = "곳 {n}" }}\n')
    return "".join(lines)


def tour_folder(base: Path, count: int = 12, name: str = "walk", skip: str = "") -> Path:
    return write_tour(base / name, many_stops_toml(count, skip=skip))


def tour_package(base: Path, count: int = 12, padding: int = 0) -> Path:
    """A `.tour` package of a tour with `count` stops, and `padding` bytes of stored (incompressible) filler."""
    import os

    out = base / "walk.tour"
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("walk/tour.toml", many_stops_toml(count))
        if padding:
            z.writestr(zipfile.ZipInfo("walk/extra.bin"), os.urandom(padding), compress_type=zipfile.ZIP_STORED)
    return out


def pictures_tour(base: Path, pictures: list[int], name: str = "walk") -> Path:
    """A tour whose stop s<n> has `pictures[n-1]` small pictures, each of its own colour."""
    from tests.tourfiles import png_bytes

    colours = ("green", "red", "blue", "yellow", "purple")
    lines = ['format = 1\nid = "walk"\ntitle = { en = "Walk", ko = "산책" }\nlanguages = ["en", "ko"]\n']
    files = {}
    for n, count in enumerate(pictures, start=1):
        lines.append(f'[[stops]]\nid = "s{n}"\ntitle = {{ en = "Stop {n}", ko = "곳 {n}" }}\n')
        for p in range(count):
            files[f"images/s{n}-{p}.png"] = png_bytes(color=colours[p % len(colours)])
            lines.append(f'[[stops.images]]\nfile = "images/s{n}-{p}.png"\nalt = "Picture {p}"\ncredit = "Test"\n')
    return write_tour(base / name, "".join(lines), files)


def opened(path: Path, at: str | None = None, language: str | None = None) -> TourSession:
    session = TourSession()
    session.open(load_tour(path), at=at, language=language)
    return session


def wait_for(condition: Callable[[], bool], timeout: float = 20.0, what: str = "condition") -> None:
    """Wait until `condition()` holds; fails the test (does not time it) if it never does."""
    event = threading.Event()
    deadline = timeout
    step = 0.005
    waited = 0.0
    while not condition():
        if waited >= deadline:
            raise AssertionError(f"gave up waiting for {what}")
        event.wait(step)
        waited += step
        step = min(step * 1.5, 0.05)


class Serial:
    """A `post` that runs calls one at a time, as a UI thread would, from any network thread."""

    def __init__(self) -> None:
        self.lock = threading.Lock()

    def __call__(self, fn: Callable[[], None]) -> None:
        with self.lock:
            fn()


def join(invitation, source: Path, participants: list, name: str = "Bo", language: str = "ko",
         ca_file: Path | None = None):
    """A participant following with its own copy of the tour at `source`; kept in `participants` to leave later."""
    from tourviewer.core.guide.joining import Participant

    participant = Participant(opened(source, language=language), invitation, name, post=Serial(), ca_file=ca_file)
    participants.append(participant)
    return participant


def record_moves(participants: list) -> list[list[str]]:
    """For each participant, the stops its follower applies from now on, in order."""
    seen: list[list[str]] = [[] for _ in participants]
    for log, participant in zip(seen, participants, strict=True):
        participant.follower.moved.connect(lambda stop, language, log=log: log.append(stop))
    return seen


def random_walk(session: TourSession, moves: int, seed: int) -> list[str]:
    """Move `session` to a different random stop `moves` times, as fast as a clicker; the stops gone to."""
    import random

    rng = random.Random(seed)
    sent = []
    for _ in range(moves):
        session.go_to(rng.choice([i for i in range(session.count) if i != session.index]))
        sent.append(session.stop.id)
    return sent


def in_order(applied: list[str], sent: list[str]) -> bool:
    """Whether `applied` is `sent` with some moves left out: never one out of order, none twice."""
    position = 0
    for stop in applied:
        try:
            position = sent.index(stop, position) + 1
        except ValueError:
            return False
    return True
