"""Guided sessions: fan-out to followers (direct and through a broker), joining, handing a tour over.

Every follower runs in this process with its own connection and thread, as
it would in its own viewer; a move counts as delivered when the last follower
has applied it to its tour session. Joining is measured in a child process
with the real window (`guide_join_child`). Hand-over throughput is compared
with a plain loopback socket copying the same file in the same run.
"""

from __future__ import annotations

import hashlib
import random
import shutil
import socket
import tempfile
import threading
import time
import zipfile
from collections.abc import Callable
from pathlib import Path

from benchmarks.bench_viewer import OUT, bench_tour, run_child

FANOUT_MOVES = 60
DIRECT_FOLLOWERS = 30
BROKER_FOLLOWERS = 100
HANDOVER_MB = 200


def _p95(values: list[float]) -> float:
    values = sorted(values)
    return values[int(round(0.95 * (len(values) - 1)))]


def _wait(condition: Callable[[], bool], timeout: float = 120) -> None:
    end = time.perf_counter() + timeout
    while not condition():
        if time.perf_counter() > end:
            raise TimeoutError("followers did not get there in time")
        time.sleep(0.0005)


def _walk_tour(folder: Path, stops: int = 40) -> Path:
    lines = ['format = 1\nid = "walk"\ntitle = "Walk"\nlanguages = ["en", "ko"]\n']
    lines += [f'[[stops]]\nid = "s{n}"\ntitle = {{ en = "Stop {n}", ko = "곳 {n}" }}\n' for n in range(stops)]
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "tour.toml").write_text("".join(lines), encoding="utf-8")
    return folder


class _Arrivals:
    """When each follower applied each stop."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.at: dict[str, list[float]] = {}

    def record(self, stop: str) -> None:
        now = time.perf_counter()
        with self.lock:
            self.at.setdefault(stop, []).append(now)


def _fanout(followers: int, invitation_for: Callable[[], object], guide, settle: Callable[[], bool]) -> float:
    from tourviewer.core.guide.joining import Participant
    from tourviewer.core.loader import load_tour
    from tourviewer.core.session import TourSession

    result = load_tour(guide.source)
    arrivals = _Arrivals()
    lock = threading.Lock()

    def serial(fn: Callable[[], None]) -> None:
        with lock:
            fn()

    participants = []
    for n in range(followers):
        session = TourSession()
        session.open(result, language="ko")
        participant = Participant(session, invitation_for(), f"P{n}", post=serial)
        participant.follower.moved.connect(lambda stop, language: arrivals.record(stop))
        participants.append(participant)
    try:
        _wait(lambda: len(guide.roster()) == followers and settle())
        _wait(lambda: all(p.follower.state is not None for p in participants))
        rng = random.Random(14)
        times = []
        for _ in range(FANOUT_MOVES):
            target = rng.choice([i for i in range(guide.session.count) if i != guide.session.index])
            stop = guide.session.stop_at(target).id
            arrivals.at.pop(stop, None)
            start = time.perf_counter()
            guide.session.go_to(target)
            _wait(lambda stop=stop: len(arrivals.at.get(stop, [])) == followers)
            times.append((max(arrivals.at[stop]) - start) * 1000)
            time.sleep(0.05)  # a clicker is not faster than this
        return _p95(times)
    finally:
        for participant in participants:
            participant.leave()


def fanout_direct() -> float:
    from tourviewer.core.guide.direct import DirectServer
    from tourviewer.core.guide.facilitator import Guide
    from tourviewer.core.loader import load_tour
    from tourviewer.core.session import TourSession

    source = _walk_tour(OUT / "guide-walk")
    session = TourSession()
    session.open(load_tour(source))
    guide = Guide(session, source, "Ana")
    server = DirectServer(guide, "127.0.0.1")
    invitation = guide.invitation(host="127.0.0.1", port=server.start())
    try:
        return _fanout(DIRECT_FOLLOWERS, lambda: invitation, guide, lambda: True)
    finally:
        server.close()


def fanout_broker() -> float:
    from tests.mosquitto import Mosquitto
    from tourviewer.core.guide.broker import BrokerFacilitator
    from tourviewer.core.guide.facilitator import Guide
    from tourviewer.core.loader import load_tour
    from tourviewer.core.session import TourSession

    broker = Mosquitto()
    source = _walk_tour(OUT / "guide-walk")
    session = TourSession()
    session.open(load_tour(source))
    guide = Guide(session, source, "Ana")
    relay = BrokerFacilitator(guide, broker.url)
    try:
        relay.start()
        invitation = guide.invitation(broker=broker.url)
        return _fanout(BROKER_FOLLOWERS, lambda: invitation, guide, lambda: True)
    finally:
        relay.close()
        broker.stop()


def _package(folder: Path, megabytes: int) -> Path:
    package = folder / "big.tour"
    if package.exists():
        return package
    import os

    with zipfile.ZipFile(package, "w") as z:
        z.writestr("big/tour.toml", 'format = 1\nid = "big"\ntitle = "Big"\n[[stops]]\nid = "a"\ntitle = "A"\n')
        with z.open(zipfile.ZipInfo("big/extra.bin"), "w", force_zip64=True) as f:
            for _ in range(megabytes):
                f.write(os.urandom(1 << 20))
    return package


def _socket_copy(source: Path, target: Path) -> float:
    """Seconds to copy `source` through a plain loopback TCP socket into `target`, hashing it as it comes."""
    server = socket.create_server(("127.0.0.1", 0))
    port = server.getsockname()[1]

    def send() -> None:
        connection, _ = server.accept()
        with connection, source.open("rb") as f:
            connection.sendfile(f)

    sender = threading.Thread(target=send)
    start = time.perf_counter()
    sender.start()
    digest = hashlib.sha256()
    with socket.create_connection(("127.0.0.1", port)) as client, target.open("wb") as out:
        while chunk := client.recv(1 << 20):
            out.write(chunk)
            digest.update(chunk)
    sender.join()
    server.close()
    return time.perf_counter() - start


def handover_ratio() -> tuple[float, float, float]:
    from tourviewer.core.guide.direct import DirectServer
    from tourviewer.core.guide.facilitator import Guide
    from tourviewer.core.guide.joining import Participant
    from tourviewer.core.loader import load_tour
    from tourviewer.core.session import TourSession

    package = _package(OUT, HANDOVER_MB)
    size_mb = package.stat().st_size / 1e6
    session = TourSession()
    session.open(load_tour(package))
    guide = Guide(session, package, "Ana")
    server = DirectServer(guide, "127.0.0.1")
    invitation = guide.invitation(host="127.0.0.1", port=server.start())
    scratch = Path(tempfile.mkdtemp(prefix="tourviewer-bench-guide-"))
    participant = Participant(TourSession(), invitation, "Bo")
    try:
        _wait(lambda: participant.follower.handover_allowed)
        socket_s, handover_s = [], []
        for attempt in range(2):  # alternate, so load on the machine falls on both
            socket_s.append(_socket_copy(package, scratch / f"copy-{attempt}.bin"))
            done: list[tuple[Path | None, str]] = []
            folder = scratch / f"received-{attempt}"
            start = time.perf_counter()
            participant.fetch_tour(folder, lambda path, problem, done=done: done.append((path, problem)))
            _wait(lambda done=done: bool(done), timeout=600)
            handover_s.append(time.perf_counter() - start)
            if done[0][0] is None:
                raise RuntimeError(f"hand-over failed: {done[0][1]}")
        socket_rate, handover_rate = size_mb / min(socket_s), size_mb / min(handover_s)
        return handover_rate / socket_rate, handover_rate, socket_rate
    finally:
        participant.leave()
        server.close()
        shutil.rmtree(scratch, ignore_errors=True)


def run() -> dict[str, float]:
    figures: dict[str, float] = {}
    figures["guide_fanout_p95_ms"] = round(fanout_direct(), 2)
    figures["guide_fanout_broker_p95_ms"] = round(fanout_broker(), 2)
    ratio, handover_rate, socket_rate = handover_ratio()
    figures["guide_handover_ratio_vs_socket"] = round(ratio, 3)
    figures["guide_handover_mb_per_s"] = round(handover_rate, 1)
    figures["guide_socket_copy_mb_per_s"] = round(socket_rate, 1)
    figures.update(run_child("guide_join_child", [str(bench_tour(60))], timeout=600))
    return figures


if __name__ == "__main__":
    import json

    print(json.dumps(run(), indent=2))
