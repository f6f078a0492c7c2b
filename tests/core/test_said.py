"""Messages the core makes for a person keep their template and values, so the window can translate them."""

from __future__ import annotations

import copy
import pickle

from tourviewer.core.guide.handover import HandoverReceiver
from tourviewer.core.guide.protocol import Message
from tourviewer.core.said import Said
from tourviewer.core.words import QT_TRANSLATE_NOOP


def test_said_reads_as_its_english_text_and_keeps_template_and_values():
    said = Said(QT_TRANSLATE_NOOP("Guide", "The tour is {0} MB, more than the {1} MB accepted"), 900, "500")
    assert said == "The tour is 900 MB, more than the 500 MB accepted" and isinstance(said, str)
    assert said.template == "The tour is {0} MB, more than the {1} MB accepted"
    assert said.values == ("900", "500"), "values are text, as they are shown"
    for again in (copy.copy(said), pickle.loads(pickle.dumps(said))):
        assert again == said and again.template == said.template and again.values == said.values


def test_a_hand_over_that_stops_says_why_with_both_templates(tmp_path):
    told = []
    receiver = HandoverReceiver(tmp_path, "0" * 64, done=lambda path, problem: told.append((path, problem)))
    receiver.on_message(Message("handover", {"size": 10, "sha256": "0" * 64}))
    receiver.abort(Said(QT_TRANSLATE_NOOP("Guide", "the connection was lost during the hand-over")))
    (path, problem), = told
    assert path is None and problem == "The hand-over stopped: the connection was lost during the hand-over"
    assert problem.template == "The hand-over stopped: {0}"
    assert problem.values[0].template == "the connection was lost during the hand-over", "the reason keeps its own"


def test_a_refused_hand_over_keeps_a_message_made_on_this_side_and_shortens_one_from_the_network(tmp_path):
    told = []
    receiver = HandoverReceiver(tmp_path, "0" * 64, done=lambda path, problem: told.append(problem))
    broker = "Tours are not handed over through a broker: ask the facilitator for the .tour file of {0}"
    ours = Said(broker, "walk")
    receiver.on_message(Message("handover-failed", {"message": ours}))
    receiver.on_message(Message("handover-failed", {"message": "x" * 500}))
    assert told[0] is ours and len(told[1]) == 200
