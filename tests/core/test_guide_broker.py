"""Guided sessions through a real Mosquitto broker on a loopback port."""

from __future__ import annotations

import paho.mqtt.client as mqtt
import pytest

from tests.guidefiles import in_order, join, opened, random_walk, record_moves, tour_folder, wait_for
from tests.mosquitto import Mosquitto
from tourviewer.core.guide.broker import BrokerFacilitator, topic
from tourviewer.core.guide.facilitator import LOST, Guide
from tourviewer.core.guide.follower import CONNECTED, ENDED
from tourviewer.core.guide.invitation import Invitation
from tourviewer.core.guide.joining import Participant
from tourviewer.core.guide.protocol import Signer, State


@pytest.fixture
def broker():
    server = Mosquitto()
    yield server
    server.stop()


@pytest.fixture
def hosting(tmp_path, broker):
    source = tour_folder(tmp_path, count=40)
    guide = Guide(opened(source), source, name="Ana")
    relay = BrokerFacilitator(guide, broker.url)
    relay.start()
    participants: list[Participant] = []
    yield guide, relay, guide.invitation(broker=broker.url), source, participants
    for participant in participants:
        participant.leave()
    relay.close()



def test_followers_follow_through_the_broker_in_order(hosting):
    guide, relay, invitation, source, participants = hosting
    followers = [join(invitation, source, participants, name=f"P{n}") for n in range(10)]
    wait_for(lambda: len(guide.roster()) == 10, what="ten members in the roster")
    wait_for(lambda: all(p.follower.state is not None for p in followers), what="the retained state")
    seen = record_moves(followers)
    sent = random_walk(guide.session, 100, seed=3)
    wait_for(lambda: all(p.session.stop.id == sent[-1] for p in followers), what="every follower at the last stop")
    for log in seen:
        # a later snapshot supersedes an earlier one: under load one may be skipped, never applied out of order
        assert in_order(log, sent) and log[-1] == sent[-1]
    assert all(p.session.language == "ko" for p in followers)


def test_a_late_joiner_gets_the_retained_state(hosting):
    guide, relay, invitation, source, participants = hosting
    for stop in ("s5", "s21"):
        guide.session.go_to_id(stop)
    late = join(invitation, source, participants)
    wait_for(lambda: late.session.stop.id == "s21", what="the late joiner at s21")
    assert late.follower.connection == CONNECTED


def test_a_strangers_forged_state_on_the_topic_is_ignored(hosting, broker):
    guide, relay, invitation, source, participants = hosting
    follower = join(invitation, source, participants)
    guide.session.go_to_id("s3")
    wait_for(lambda: follower.session.stop.id == "s3")
    forged = Signer().state_frame(State(guide.session_id, 10**6, "Ana", "walk", guide.sha256, "s40", 39, 40))
    stranger = mqtt.Client(mqtt.CallbackAPIVersion.VERSION2, client_id="stranger")
    stranger.connect("127.0.0.1", broker.port)
    stranger.loop_start()
    stranger.publish(topic(guide.session_id, "state"), forged, qos=1, retain=True).wait_for_publish(10)
    stranger.disconnect()
    stranger.loop_stop()
    late = join(invitation, source, participants, name="Late")
    wait_for(lambda: late.session.stop.id == "s3", what="the real state put back for a late joiner")
    guide.session.go_to_id("s4")
    wait_for(lambda: follower.session.stop.id == "s4")
    assert follower.follower.state.seq < 10**6


def test_presence_wrong_codes_and_last_will(hosting):
    guide, relay, invitation, source, participants = hosting
    wrong = Invitation(**{**invitation.__dict__, "code": "ZZZZZZ" if invitation.code != "ZZZZZZ" else "YYYYYY"})
    join(wrong, source, participants, name="Wrong")
    member = join(invitation, source, participants, name="Chae")
    wait_for(lambda: [m.name for m in guide.roster()] == ["Chae"], what="Chae in the roster")
    member.follower.explore()
    wait_for(lambda: not guide.roster()[0].following, what="exploring in the roster")
    member.transport.client.socket().close()  # the network goes: the broker sends the last will
    wait_for(lambda: guide.roster()[0].connection == LOST, what="the last will")
    assert [m.name for m in guide.roster()] == ["Chae"], "a wrong code never shows in the roster"


def test_the_broker_going_away_and_coming_back(hosting, broker):
    guide, relay, invitation, source, participants = hosting
    follower = join(invitation, source, participants)
    guide.session.go_to_id("s3")
    wait_for(lambda: follower.session.stop.id == "s3")
    broker.restart()
    guide.session.go_to_id("s9")  # while the broker was away
    wait_for(lambda: follower.session.stop.id == "s9", what="back in sync after the broker returned")
    assert follower.follower.connection == CONNECTED


def test_end_of_session_through_the_broker(hosting):
    guide, relay, invitation, source, participants = hosting
    follower = join(invitation, source, participants)
    guide.session.go_to_id("s8")
    wait_for(lambda: follower.session.stop.id == "s8")
    relay.close()
    wait_for(lambda: follower.follower.connection == ENDED, what="the end of the session")
    assert follower.session.stop.id == "s8"
    relay.close = lambda: None  # already closed


def test_a_tour_is_not_handed_over_through_a_broker(hosting, tmp_path):
    guide, relay, invitation, source, participants = hosting
    follower = join(invitation, source, participants)
    results = []
    follower.fetch_tour(tmp_path / "received", lambda path, problem: results.append((path, problem)))
    assert results and results[0][0] is None and ".tour file of walk" in results[0][1]
