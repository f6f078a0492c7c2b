"""`tourviewer join` and `tourviewer present --guide` as child processes, over loopback."""

from __future__ import annotations

import os
import queue
import re
import subprocess
import sys
import threading
from pathlib import Path

from tests.guidefiles import Serial, opened, tour_folder, tour_package, wait_for
from tourviewer.core.guide.direct import DirectServer
from tourviewer.core.guide.facilitator import Guide
from tourviewer.core.guide.invitation import parse_invitation
from tourviewer.core.guide.joining import Participant
from tourviewer.core.session import TourSession

ROOT = Path(__file__).resolve().parents[1]
LINE = re.compile(r"^\d\d:\d\d:\d\d (\S+) (\S+)$")


class Child:
    """A `tourviewer` child process whose output lines are read as they come."""

    def __init__(self, *args: str):
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONUNBUFFERED": "1"}
        self.process = subprocess.Popen(
            [sys.executable, "-m", "tourviewer.cli", *args], cwd=ROOT, env=env, text=True,
            stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        )
        self.lines: queue.Queue[str] = queue.Queue()
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            self.lines.put(line.rstrip("\n"))

    def line(self, timeout: float = 60) -> str:
        try:
            return self.lines.get(timeout=timeout)
        except queue.Empty:
            self.process.kill()
            raise AssertionError(f"no line from the child; it said: {self.process.stderr.read()}") from None

    def finish(self) -> int:
        try:
            return self.process.wait(timeout=30)
        finally:
            if self.process.poll() is None:
                self.process.kill()


def test_join_prints_each_move_it_follows(tmp_path):
    source = tour_folder(tmp_path)
    guide = Guide(opened(source), source, name="Ana")
    server = DirectServer(guide, "127.0.0.1")
    link = guide.invitation(host="127.0.0.1", port=server.start()).link()
    child = Child("join", link, "--tour", str(source), "--lang", "ko", "--name", "Terminal")
    try:
        assert LINE.match(child.line()).groups() == ("s1", "ko"), "lands on the current stop at once"
        wait_for(lambda: [m.name for m in guide.roster()] == ["Terminal"], what="the child in the roster")
        for stop in ("s3", "s7", "s2"):
            guide.session.go_to_id(stop)
            assert LINE.match(child.line()).groups() == (stop, "ko")
    finally:
        server.close()
    assert child.finish() == 0, "the end of the session ends join"


def test_join_fetches_a_tour_it_does_not_have(tmp_path):
    package = tour_package(tmp_path, count=5)
    guide = Guide(opened(package, at="s4"), package, name="Ana")
    server = DirectServer(guide, "127.0.0.1")
    link = guide.invitation(host="127.0.0.1", port=server.start()).link()
    child = Child("join", link)
    try:
        assert LINE.match(child.line()).groups() == ("s4", "en")
    finally:
        server.close()
    assert child.finish() == 0


def test_join_explains_a_bad_invitation():
    child = Child("join", "tourviewer://join?v=1&host=127.0.0.1")
    assert child.finish() == 2
    assert "missing" in child.process.stderr.read()


def test_present_guide_prints_an_invitation_that_works():
    child = Child("present", "tours/gunsan", "--guide", "--host", "127.0.0.1", "--windowed", "--name", "Ana")
    participant = None
    try:
        invitation = parse_invitation(child.line())
        assert invitation.direct and invitation.host == "127.0.0.1" and invitation.tour == "gunsan"
        assert invitation.name == "Ana"
        session = TourSession()
        from tourviewer.core import load_tour

        session.open(load_tour(ROOT / "tours" / "gunsan"))
        session.last()
        participant = Participant(session, invitation, "Bo", post=Serial())
        wait_for(lambda: participant.follower.state is not None, what="the first state")
        wait_for(lambda: session.index == 0, what="following to the first stop")
        assert participant.follower.facilitator == "Ana"
    finally:
        if participant is not None:
            participant.leave()
        child.process.terminate()
        child.finish()


def test_join_through_a_broker(tmp_path):
    from tests.mosquitto import Mosquitto
    from tourviewer.core.guide.broker import BrokerFacilitator

    broker = Mosquitto()
    source = tour_folder(tmp_path)
    guide = Guide(opened(source, at="s2"), source, name="Ana")
    relay = BrokerFacilitator(guide, broker.url)
    try:
        relay.start()
        child = Child("join", guide.invitation(broker=broker.url).link(), "--tour", str(source), "--name", "T")
        assert LINE.match(child.line()).groups() == ("s2", "en"), "the retained state at once"
        guide.session.go_to_id("s8")
        assert LINE.match(child.line()).groups() == ("s8", "en")
        relay.close()
        assert child.finish() == 0, "the session's end ends join"
    finally:
        broker.stop()
