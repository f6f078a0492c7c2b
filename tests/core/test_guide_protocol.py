"""The guided session's messages, invitation, signed state and follower: no network, no Qt."""

from __future__ import annotations

import json
import logging
from dataclasses import replace

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.guidefiles import opened, tour_folder
from tourviewer.core.guide.facilitator import MAX_WRONG_CODES, WRONG_CODE_WINDOW, Guide
from tourviewer.core.guide.follower import Follower
from tourviewer.core.guide.invitation import InvitationError, parse_invitation
from tourviewer.core.guide.protocol import (
    EXPLORE,
    FOLLOWER_TYPES,
    MAX_FRAME,
    Signer,
    State,
    encode,
    parse,
)
from tourviewer.core.presenting import BLACK, Presentation


def guide_and_follower(tmp_path, follower_tour=None, name="Ana"):
    source = tour_folder(tmp_path)
    facilitator = opened(source)
    guide = Guide(facilitator, source, name=name)
    invitation = guide.invitation(host="127.0.0.1", port=4000)
    follower = Follower(opened(follower_tour or source, language="ko"), invitation)
    return guide, follower


def deliver(guide, follower):
    return follower.receive(parse(guide.frame))


# -- parsing ------------------------------------------------------------------------------


def test_parse_accepts_each_known_message():
    hello = parse(encode("hello", session="s", code="ABC", name="Bo", language="ko", client="c1"))
    assert hello is not None and hello.type == "hello" and hello["name"] == "Bo"


def test_parse_drops_bad_frames_and_says_why(caplog):
    caplog.set_level(logging.WARNING)
    bad = [
        "not json",
        "[1, 2]",
        json.dumps({"v": 2, "type": "ping"}),
        json.dumps({"v": True, "type": "ping"}),
        json.dumps({"v": 1, "type": "teleport"}),
        json.dumps({"v": 1, "type": "heartbeat", "seq": "7"}),
        json.dumps({"v": 1, "type": "heartbeat", "seq": True}),
        encode("ping") + " " * MAX_FRAME,
        b"\xff\xfe",
    ]
    for frame in bad:
        assert parse(frame) is None, frame[:40]
    assert len(caplog.records) == len(bad), "every dropped frame is logged"
    assert "version 2" in caplog.text and "teleport" in caplog.text and "the limit is" in caplog.text


def test_a_follower_cannot_send_state():
    frame = Signer().state_frame(State("s", 2, "x", "t", "0" * 64, "a", 0, 1))
    assert parse(frame, FOLLOWER_TYPES) is None
    assert parse(frame) is not None


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(max_size=300), st.binary(max_size=300)))
def test_parse_never_raises_on_anything(frame):
    message = parse(frame)
    assert message is None or message.type in {"hello", "presence", "fetch", "ping", "welcome", "refused", "state",
                                               "heartbeat", "handover", "handover-failed", "member"}


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3),
    max_leaves=8,
)


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(["hello", "presence", "state", "heartbeat", "welcome", "member"]),
       st.dictionaries(st.sampled_from(["session", "code", "name", "language", "client", "following", "seq",
                                        "body", "sig", "facilitator", "handover", "online"]), json_values))
def test_parse_keeps_only_well_typed_fields(type_, fields):
    message = parse(json.dumps({"v": 1, "type": type_, **fields}))
    if message is not None:
        for name, value in message.fields.items():
            assert fields[name] == value


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=30), st.integers(min_value=0, max_value=10**6), st.booleans())
def test_signed_state_round_trips(stop, seq, frozen):
    signer = Signer()
    from tourviewer.core.guide.protocol import Verifier

    state = State("s" * 32, seq, "Ana 안나", "t", "0" * 64, stop, 0, 1, frozen=frozen)
    assert Verifier(signer.public_key).state(parse(signer.state_frame(state))) == state


# -- the invitation ----------------------------------------------------------------------------


def test_invitation_round_trips(tmp_path):
    guide, _ = guide_and_follower(tmp_path, name="Ana Lee")
    direct = guide.invitation(host="::1", port=4321)
    assert parse_invitation("  " + direct.link() + "\n") == direct
    broker = guide.invitation(broker="mqtt://127.0.0.1:1883")
    again = parse_invitation(broker.link())
    assert again == broker and not again.direct and again.name == "Ana Lee"
    assert len(guide.session_id) == 32 and len(guide.code) == 6


def test_invitation_mistakes_are_explained(tmp_path):
    guide, _ = guide_and_follower(tmp_path)
    good = guide.invitation(host="127.0.0.1", port=4321).link()
    cases = {
        "https://example.org": "not a guided-session invitation",
        good.replace("v=1", "v=9"): "another version",
        good.replace("port=4321", "port=99999"): "port",
        good.replace(f"code={guide.code}", "code=abc"): "join code",
        good.replace("host=127.0.0.1", "host=a/b"): "address",
        good.split("&key=")[0]: "missing key",
        good.replace(f"session={guide.session_id}", "session=1234"): "128 bits",
    }
    for text, words in cases.items():
        try:
            parse_invitation(text)
        except InvitationError as exc:
            assert words in str(exc), (text, str(exc))
        else:
            raise AssertionError(f"accepted {text}")


# -- the follower -------------------------------------------------------------------------------


def test_follower_goes_where_the_facilitator_goes_in_its_own_language(tmp_path):
    guide, follower = guide_and_follower(tmp_path)
    moves = []
    follower.moved.connect(lambda stop, language: moves.append((stop, language)))
    guide.session.go_to_id("s5")
    assert deliver(guide, follower)
    assert follower.session.stop.id == "s5" and follower.session.language == "ko"
    assert moves == [("s5", "ko")]


def test_old_repeated_and_forged_states_are_refused(tmp_path, caplog):
    guide, follower = guide_and_follower(tmp_path)
    guide.session.go_to_id("s3")
    old = guide.frame
    guide.session.go_to_id("s4")
    assert deliver(guide, follower)
    assert not follower.receive(parse(old)), "an older state is ignored"
    assert not deliver(guide, follower), "the same state twice is ignored"
    stranger = Signer()
    forged = State(guide.session_id, 999, "Ana", guide.tour_id, guide.sha256, "s9", 8, 12)
    assert not follower.receive(parse(stranger.state_frame(forged)))
    tampered = json.loads(guide.frame)
    tampered["body"] = tampered["body"].replace('"s4"', '"s9"')
    assert not follower.receive(parse(json.dumps(tampered)))
    assert follower.session.stop.id == "s4"
    assert "not signed by the facilitator" in caplog.text


def test_state_of_another_session_signed_by_the_same_key_is_refused(tmp_path):
    guide, follower = guide_and_follower(tmp_path)
    other = State("f" * 32, 50, "Ana", guide.tour_id, guide.sha256, "s9", 8, 12)
    assert not follower.receive(parse(guide.signer.state_frame(other)))


def test_a_stop_the_follower_lacks_is_skipped_with_a_note(tmp_path):
    older = tour_folder(tmp_path / "older", skip="s6")
    guide, follower = guide_and_follower(tmp_path, follower_tour=older)
    guide.session.go_to_id("s6")
    assert deliver(guide, follower)
    assert follower.session.stop.id == "s1" and "s6" in follower.note
    guide.session.go_to_id("s7")
    deliver(guide, follower)
    assert follower.session.stop.id == "s7" and follower.note == ""


def test_a_tour_opened_after_joining_lands_where_the_session_is(tmp_path):
    from tourviewer.core import load_tour
    from tourviewer.core.session import TourSession

    source = tour_folder(tmp_path)
    guide = Guide(opened(source, at="s6"), source)
    follower = Follower(TourSession(), guide.invitation(host="127.0.0.1", port=1))
    assert deliver(guide, follower) and not follower.has_tour
    follower.session.open(load_tour(source), at="s2", language="ko")
    assert follower.session.stop.id == "s6" and follower.following


def test_exploring_and_coming_back(tmp_path):
    guide, follower = guide_and_follower(tmp_path)
    guide.session.go_to_id("s2")
    deliver(guide, follower)
    follower.session.go_to_id("s10")  # the participant's own click
    assert not follower.following
    guide.session.go_to_id("s3")
    deliver(guide, follower)
    assert follower.session.stop.id == "s10", "an explorer stays where they are"
    follower.back()
    assert follower.following and follower.session.stop.id == "s3"


def test_bring_everyone_here_and_let_everyone_explore(tmp_path):
    guide, follower = guide_and_follower(tmp_path)
    deliver(guide, follower)
    follower.explore()
    guide.session.go_to_id("s4")
    guide.bring_everyone_here()
    deliver(guide, follower)
    assert follower.following and follower.session.stop.id == "s4"
    guide.let_everyone_explore()
    guide.session.go_to_id("s8")
    deliver(guide, follower)
    assert follower.session.stop.id == "s4" and guide.state.mode == EXPLORE
    follower.session.go_to_id("s11")
    guide.follow_me_again()
    deliver(guide, follower)
    assert follower.following and follower.session.stop.id == "s8"


def test_the_audience_pausing_reaches_followers(tmp_path):
    source = tour_folder(tmp_path)
    from tourviewer.core import load_tour

    presentation = Presentation(load_tour(source))
    guide = Guide(presentation.audience, source, presentation=presentation)
    follower = Follower(opened(source), guide.invitation(host="127.0.0.1", port=1))
    presentation.set_screen(BLACK)
    deliver(guide, follower)
    assert follower.paused
    presentation.set_screen(BLACK)
    presentation.toggle_freeze()
    presentation.console.go_to_id("s5")
    deliver(guide, follower)
    assert follower.paused and follower.session.stop.id == "s1", "frozen: followers stay with the audience"
    presentation.toggle_freeze()
    deliver(guide, follower)
    assert not follower.paused and follower.session.stop.id == "s5"


def test_state_carries_nothing_private(tmp_path):
    guide, _ = guide_and_follower(tmp_path)
    body = json.loads(json.loads(guide.frame)["body"])
    assert set(body) == {"session", "seq", "facilitator", "tour", "sha256", "stop", "index", "count", "picture",
                         "screen", "frozen", "mode", "recall", "ended", "yaw", "pitch"}


# -- joining ---------------------------------------------------------------------------------------


def hello(guide, code):
    return parse(encode("hello", session=guide.session_id, code=code, name="Bo", language="ko", client="c1"))


def test_wrong_codes_are_refused_then_rate_limited(tmp_path):
    now = [1000.0]
    source = tour_folder(tmp_path)
    guide = Guide(opened(source), source, clock=lambda: now[0])
    for _ in range(MAX_WRONG_CODES):
        refused = guide.admit(hello(guide, "WRONG1"), "10.0.0.9")
        assert not refused.accepted and "Wrong join code" in refused.reply
    limited = guide.admit(hello(guide, guide.code), "10.0.0.9")
    assert not limited.accepted and "Too many wrong join codes" in limited.reply
    assert guide.admit(hello(guide, guide.code), "10.0.0.8").accepted, "another address is not held up"
    now[0] += WRONG_CODE_WINDOW + 1
    assert guide.admit(hello(guide, guide.code.lower()), "10.0.0.9").accepted
    assert [m.name for m in guide.roster()] == ["Bo"]


def test_content_hash_tells_versions_apart_and_names_a_folder_once(tmp_path):
    from tourviewer.core.guide.protocol import content_hash

    first = tour_folder(tmp_path / "a")
    same = tour_folder(tmp_path / "b")
    other = tour_folder(tmp_path / "c", skip="s3")
    assert content_hash(first) == content_hash(same) == content_hash(first / "tour.toml")
    assert content_hash(first) != content_hash(other)
    (same / "extra.png").write_bytes(b"x")
    assert content_hash(first) != content_hash(same)


def test_in_order_helper_refuses_a_reordering():
    from tests.guidefiles import in_order

    assert in_order(["a", "c"], ["a", "b", "c"]) and not in_order(["c", "a"], ["a", "b", "c"])
    assert not in_order(["a", "a"], ["a", "b"])


def test_the_panorama_direction_reaches_followers_and_is_not_a_move(tmp_path):
    guide, follower = guide_and_follower(tmp_path)
    moves, turns = [], []
    follower.moved.connect(lambda stop, language: moves.append(stop))
    follower.directionChanged.connect(lambda yaw, pitch: turns.append((yaw, pitch)))
    guide.session.go_to_id("s2")
    deliver(guide, follower)
    guide.set_direction(35.4, -3.6)
    deliver(guide, follower)
    assert moves == ["s2"] and turns[-1] == (35, -4)
    guide.session.go_to_id("s3")
    assert (guide.state.yaw, guide.state.pitch) == (0, 0), "a new stop starts from its own view"


# -- the picture shown ----------------------------------------------------------------------


def test_the_picture_the_audience_sees_is_sent_and_followed(tmp_path):
    from tests.guidefiles import pictures_tour
    from tourviewer.core import load_tour

    source = pictures_tour(tmp_path, [1, 3, 2])
    presentation = Presentation(load_tour(source))
    guide = Guide(presentation.audience, source, presentation=presentation)
    follower = Follower(opened(source), guide.invitation(host="127.0.0.1", port=1))
    shown: list[int] = []
    follower.pictureChanged.connect(shown.append)
    presentation.console.go_to_id("s2")
    deliver(guide, follower)
    assert guide.state.picture == 0 and shown[-1] == 0
    seq = guide.state.seq
    assert presentation.step_picture(+1) and presentation.step_picture(+1)  # `]` twice
    assert guide.state.picture == 2 and guide.state.seq == seq + 2, "each picture chosen is a new snapshot"
    deliver(guide, follower)
    assert follower.session.stop.id == "s2" and shown[-1] == 2 and follower.picture == 2
    presentation.console.go_to_id("s3")
    assert guide.state.picture == 0, "a new stop starts from its main picture"


def test_a_frozen_audience_keeps_its_picture_for_followers(tmp_path):
    from tests.guidefiles import pictures_tour
    from tourviewer.core import load_tour

    source = pictures_tour(tmp_path, [3, 1])
    presentation = Presentation(load_tour(source))
    guide = Guide(presentation.audience, source, presentation=presentation)
    presentation.step_picture(+1)
    presentation.toggle_freeze()
    presentation.step_picture(+1)  # the presenter looks ahead while the room sees picture 1
    assert guide.state.picture == 1
    presentation.toggle_freeze()
    assert guide.state.picture == 2


def test_a_picture_the_followers_stop_lacks_is_clamped(tmp_path):
    from tests.guidefiles import pictures_tour

    source = pictures_tour(tmp_path / "f", [1, 4])
    guide = Guide(opened(source), source)
    mine = pictures_tour(tmp_path / "p", [1, 2])  # another version: its s2 has two pictures
    follower = Follower(opened(mine), guide.invitation(host="127.0.0.1", port=1))
    shown: list[int] = []
    follower.pictureChanged.connect(shown.append)
    guide.session.go_to_id("s2")
    guide.set_picture(3)
    assert deliver(guide, follower)
    assert follower.session.stop.id == "s2" and shown[-1] == 1 and follower.picture == 1
    # a signed state with a picture far out of range, or below 0, is clamped too, never a crash
    for step, wild in enumerate((10**9, -5), start=1):
        state = replace(guide.state, seq=guide.state.seq + step, picture=wild)
        assert follower.receive(parse(guide.signer.state_frame(state)))
        assert follower.session.stop.id == "s2" and shown[-1] == (1 if wild > 0 else 0)


def test_choosing_another_picture_while_following_is_exploring(tmp_path):
    from tests.guidefiles import pictures_tour

    source = pictures_tour(tmp_path, [3, 3])
    guide = Guide(opened(source), source)
    follower = Follower(opened(source), guide.invitation(host="127.0.0.1", port=1))
    shown: list[int] = []
    follower.pictureChanged.connect(shown.append)
    guide.set_picture(1)
    deliver(guide, follower)
    follower.picture_chosen(1)  # the gallery showing what was followed is no step away
    assert follower.following
    follower.picture_chosen(2)  # the participant's own choice
    assert not follower.following
    guide.set_picture(0)
    deliver(guide, follower)
    assert shown[-1] == 1, "an explorer's gallery is not moved"
    follower.back()
    assert follower.following and shown[-1] == 0 and follower.session.stop.id == "s1"
