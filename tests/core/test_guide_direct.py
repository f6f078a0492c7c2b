"""The direct transport over real WebSocket connections on loopback: one facilitator, many followers."""

from __future__ import annotations

import json

import pytest
from websockets.sync.client import connect

from tests.guidefiles import (
    Serial,
    in_order,
    join,
    opened,
    random_walk,
    record_moves,
    tour_folder,
    tour_package,
    wait_for,
)
from tourviewer.core import load_tour
from tourviewer.core.guide.direct import DirectServer
from tourviewer.core.guide.facilitator import LOST, Guide
from tourviewer.core.guide.follower import CONNECTED, ENDED, REFUSED
from tourviewer.core.guide.invitation import Invitation
from tourviewer.core.guide.joining import Participant
from tourviewer.core.guide.protocol import MAX_FRAME, Signer, State, encode


@pytest.fixture
def hosting(tmp_path):
    """A facilitator's session on a 40-stop tour, served on loopback; closed after the test."""
    source = tour_folder(tmp_path, count=40)
    session = opened(source)
    guide = Guide(session, source, name="Ana")
    server = DirectServer(guide, "127.0.0.1")
    port = server.start()
    participants: list[Participant] = []
    yield guide, server, guide.invitation(host="127.0.0.1", port=port), source, participants
    for participant in participants:
        participant.leave()
    server.close()



def test_thirty_followers_follow_two_hundred_moves_in_order(hosting):
    guide, server, invitation, source, participants = hosting
    followers = [join(invitation, source, participants, name=f"P{n}") for n in range(30)]
    wait_for(lambda: len(guide.roster()) == 30, what="30 followers in the roster")
    seen = record_moves(followers)
    sent = random_walk(guide.session, 200, seed=14)
    wait_for(lambda: all(p.session.stop.id == sent[-1] for p in followers), what="every follower at the last stop")
    for log, follower in zip(seen, followers, strict=True):
        if follower.transport.client.reconnects == 0:
            assert log in (sent, ["s1", *sent]), "every move applied, in the order sent"
        else:  # a connection the loaded machine let lapse: back in step, never out of order
            assert in_order(log, sent) and log[-1] == sent[-1]
    assert sum(f.transport.client.reconnects == 0 for f in followers) >= 25, "most stayed connected"
    assert all(p.session.language == "ko" for p in followers)
    assert guide.session.stop.id == sent[-1]


def test_a_late_joiner_lands_on_the_current_stop(hosting):
    guide, server, invitation, source, participants = hosting
    for stop in ("s2", "s3", "s17"):
        guide.session.go_to_id(stop)
    late = join(invitation, source, participants)
    wait_for(lambda: late.session.stop.id == "s17", what="the late joiner at s17")
    assert late.follower.connection == CONNECTED
    assert [m.name for m in guide.roster()] == ["Bo"]


def test_drop_and_reconnect_catches_up(hosting):
    guide, server, invitation, source, participants = hosting
    follower = join(invitation, source, participants)
    wait_for(lambda: follower.follower.connection == CONNECTED)
    server.drop_connections()
    guide.session.go_to_id("s9")  # moved while the follower was away
    wait_for(lambda: follower.session.stop.id == "s9", what="back in sync after reconnecting")
    assert follower.follower.connection == CONNECTED
    assert follower.transport.client.reconnects >= 1


def test_a_wrong_code_is_refused_with_a_clear_message(hosting):
    guide, server, invitation, source, participants = hosting
    wrong = Invitation(**{**invitation.__dict__, "code": "ZZZZZZ" if invitation.code != "ZZZZZZ" else "YYYYYY"})
    stranger = join(wrong, source, participants)
    wait_for(lambda: stranger.follower.connection == REFUSED, what="the refusal")
    assert "Wrong join code" in stranger.follower.note
    assert guide.roster() == [] and stranger.session.stop.id == "s1"


def test_forged_and_replayed_state_from_a_follower_moves_nobody(hosting):
    guide, server, invitation, source, participants = hosting
    watcher = join(invitation, source, participants)
    guide.session.go_to_id("s4")
    wait_for(lambda: watcher.session.stop.id == "s4")
    old_frame = guide.frame
    guide.session.go_to_id("s5")
    wait_for(lambda: watcher.session.stop.id == "s5")
    forged = Signer().state_frame(State(guide.session_id, 999, "Ana", "walk", guide.sha256, "s30", 29, 40))
    hello = encode("hello", session=guide.session_id, code=guide.code, name="Mallory", language="en", client="m")
    with connect(f"ws://127.0.0.1:{invitation.port}", compression=None) as socket:
        socket.send(hello)
        assert json.loads(socket.recv(timeout=10))["type"] == "welcome"
        for frame in (forged, old_frame, guide.frame, encode("presence", following=True, language="en")):
            socket.send(frame)
        socket.send(encode("ping"))
        # the facilitator still answers: the follower's frames were dropped, not fatal
        assert json.loads(socket.recv(timeout=10))["type"] == "state"
    guide.session.go_to_id("s6")
    wait_for(lambda: watcher.session.stop.id == "s6")
    assert guide.session.stop.id == "s6" and guide.state.seq == 4, "only the facilitator's moves counted"


def test_malformed_oversized_and_unknown_frames_are_dropped(hosting, caplog):
    guide, server, invitation, source, participants = hosting
    hello = encode("hello", session=guide.session_id, code=guide.code, name="Eve", language="en", client="e")
    with connect(f"ws://127.0.0.1:{invitation.port}", compression=None) as socket:
        socket.send(hello)
        socket.recv(timeout=10)
        socket.recv(timeout=10)  # the current state
        socket.send("{not json")
        socket.send(json.dumps({"v": 1, "type": "teleport", "to": "s40"}))
        socket.send(json.dumps({"v": 7, "type": "ping"}))
        socket.send(encode("presence", following=False, language="x" * MAX_FRAME))
        socket.send(b"\x00binary")
        socket.send(encode("presence", following=False, language="en"))
        wait_for(lambda: guide.roster()[0].following is False, what="the valid frame after the bad ones")
    for words in ("not JSON", "teleport", "version 7", "the limit is", "binary frame"):
        assert words in caplog.text
    assert guide.session.stop.id == "s1"


def test_presence_and_connection_state_reach_the_roster(hosting):
    guide, server, invitation, source, participants = hosting
    follower = join(invitation, source, participants, name="Chae")
    wait_for(lambda: len(guide.roster()) == 1)
    follower.follower.explore()
    wait_for(lambda: not guide.roster()[0].following, what="exploring in the roster")
    follower.session.set_language("en")
    wait_for(lambda: guide.roster()[0].language == "en", what="the language in the roster")
    follower.leave()
    participants.remove(follower)
    wait_for(lambda: guide.roster()[0].connection == LOST, what="the connection lost in the roster")


def test_end_of_session_leaves_followers_where_they_are(hosting):
    guide, server, invitation, source, participants = hosting
    follower = join(invitation, source, participants)
    guide.session.go_to_id("s12")
    wait_for(lambda: follower.session.stop.id == "s12")
    server.close()
    wait_for(lambda: follower.follower.connection == ENDED, what="the end of the session")
    assert follower.session.stop.id == "s12" and not server.listening
    assert "ended" in follower.follower.note
    again = join(invitation, source, participants)
    wait_for(lambda: again.follower.connection == "lost", what="nothing listening any more")


# -- handing the tour over ---------------------------------------------------------------------


def serve_package(tmp_path, padding=0, **guide_kw):
    package = tour_package(tmp_path, count=5, padding=padding)
    guide = Guide(opened(package), package, name="Ana", **guide_kw)
    server = DirectServer(guide, "127.0.0.1")
    return package, guide, server, guide.invitation(host="127.0.0.1", port=server.start())


def fetch(participant, folder):
    results, progress = [], []
    participant.fetch_tour(folder, lambda path, problem: results.append((path, problem)),
                           lambda got, total: progress.append((got, total)))
    wait_for(lambda: results, what="the hand-over to finish")
    return results[0], progress


def test_a_follower_without_the_tour_fetches_it(tmp_path):
    package, guide, server, invitation = serve_package(tmp_path, padding=3 * 1024 * 1024)
    from tourviewer.core.session import TourSession

    participant = Participant(TourSession(), invitation, "Bo", post=Serial())
    try:
        wait_for(lambda: participant.follower.handover_allowed, what="the welcome")
        (path, problem), progress = fetch(participant, tmp_path / "received")
        assert problem == "" and path == tmp_path / "received" / f"{guide.sha256}.tour"
        assert path.read_bytes() == package.read_bytes()
        assert progress[-1] == (package.stat().st_size, package.stat().st_size) and len(progress) > 3
        result = load_tour(path)
        assert result.ok() and result.tour.id == "walk"
        participant.session.open(result)
        guide.session.go_to_id("s4")
        participant.follower.back()
        wait_for(lambda: participant.session.stop.id == "s4", what="following once the tour is open")
    finally:
        participant.leave()
        server.close()


def test_a_corrupted_hand_over_is_not_kept(tmp_path):
    package, guide, server, invitation = serve_package(tmp_path, padding=2 * 1024 * 1024)
    data = bytearray(package.read_bytes())
    data[len(data) // 2] ^= 0xFF  # a byte changed after the hash went into the invitation
    package.write_bytes(bytes(data))
    from tourviewer.core.session import TourSession

    participant = Participant(TourSession(), invitation, "Bo", post=Serial())
    try:
        (path, problem), _ = fetch(participant, tmp_path / "received")
        assert path is None and "does not match" in problem
        assert list((tmp_path / "received").iterdir()) == []
    finally:
        participant.leave()
        server.close()


def test_a_tour_over_the_limit_is_not_handed_over(tmp_path):
    package, guide, server, invitation = serve_package(tmp_path, padding=1024 * 1024, max_handover=1024 * 1024)
    from tourviewer.core.session import TourSession

    participant = Participant(TourSession(), invitation, "Bo", post=Serial())
    try:
        wait_for(lambda: participant.follower.connection == CONNECTED)
        assert not participant.follower.handover_allowed
        (path, problem), _ = fetch(participant, tmp_path / "received")
        assert path is None and "cannot hand this tour over" in problem
    finally:
        participant.leave()
        server.close()


def test_a_follower_refuses_a_tour_over_its_own_limit(tmp_path):
    from tourviewer.core.guide.handover import HandoverReceiver
    from tourviewer.core.guide.protocol import parse

    results = []
    receiver = HandoverReceiver(tmp_path, "a" * 64, lambda path, problem: results.append((path, problem)), limit=1000)
    receiver.on_message(parse(encode("handover", size=5000, sha256="a" * 64)))
    receiver.on_chunk(b"x" * 100)
    assert results == [(None, "The tour is 0 MB, more than the 0 MB accepted")] and not receiver.active
    assert list(tmp_path.iterdir()) == []


def test_the_facilitator_sends_heartbeats_with_its_sequence_number(hosting):
    guide, server, invitation, source, participants = hosting
    guide.session.go_to_id("s3")
    hello = encode("hello", session=guide.session_id, code=guide.code, name="Hal", language="en", client="h")
    with connect(f"ws://127.0.0.1:{invitation.port}", compression=None) as socket:
        socket.send(hello)
        kinds = []
        while "heartbeat" not in kinds:
            frame = json.loads(socket.recv(timeout=30))
            kinds.append(frame["type"])
        assert kinds[:2] == ["welcome", "state"] and frame["seq"] == guide.state.seq
