"""Guided sessions through a real Mosquitto over TLS, WebSockets and both, with a test certificate authority."""

from __future__ import annotations

from contextlib import contextmanager

import pytest

from tests.guidefiles import join, opened, tour_folder, wait_for
from tests.mosquitto import Mosquitto
from tests.tlsfiles import make_tls_files
from tourviewer.core.guide.broker import BrokerFacilitator
from tourviewer.core.guide.facilitator import Guide
from tourviewer.core.guide.follower import CONNECTED, REFUSED
from tourviewer.core.guide.tls import ca_file_problem, probe


@pytest.fixture(scope="module")
def certificates(tmp_path_factory):
    folder = tmp_path_factory.mktemp("tls")
    return make_tls_files(folder / "ours"), make_tls_files(folder / "stranger", authority="Someone else's CA")


@pytest.fixture(scope="module")
def broker(certificates):
    server = Mosquitto(tls=certificates[0])
    yield server
    server.stop()


def url(broker, scheme: str) -> str:
    port = {"mqtt": broker.port, "mqtts": broker.tls_port, "ws": broker.ws_port, "wss": broker.wss_port}[scheme]
    return f"{scheme}://127.0.0.1:{port}" + ("/mqtt" if scheme.startswith("ws") else "")


@contextmanager
def hosting(tmp_path, broker, certificates, scheme: str):
    """A facilitator on the broker through `scheme`, trusting the test authority; the participants to leave."""
    source = tour_folder(tmp_path, count=12)
    guide = Guide(opened(source), source, name="Ana")
    relay = BrokerFacilitator(guide, url(broker, scheme), ca_file=certificates[0].ca)
    relay.start()
    participants: list = []
    try:
        yield guide, guide.invitation(broker=url(broker, scheme)), source, participants
    finally:
        for participant in participants:
            participant.leave()
        relay.close()


@pytest.mark.parametrize("scheme", ["mqtts", "ws", "wss"])
def test_a_facilitator_and_a_follower_through_each_kind_of_broker_url(tmp_path, broker, certificates, scheme):
    with hosting(tmp_path, broker, certificates, scheme) as (guide, invitation, source, participants):
        follower = join(invitation, source, participants, ca_file=certificates[0].ca)
        wait_for(lambda: [m.name for m in guide.roster()] == ["Bo"], what="Bo in the roster")
        for stop in ("s4", "s9"):
            guide.session.go_to_id(stop)
        wait_for(lambda: follower.session.stop.id == "s9", what=f"the follower at s9 through {scheme}")
        assert follower.follower.connection == CONNECTED


@pytest.mark.parametrize("scheme", ["mqtts", "wss"])
def test_a_follower_refuses_a_broker_certificate_it_does_not_trust(tmp_path, broker, certificates, scheme):
    with hosting(tmp_path, broker, certificates, scheme) as (guide, invitation, source, participants):
        for ca_file in (None, certificates[1].ca):  # the system's authorities alone; another authority
            follower = join(invitation, source, participants, ca_file=ca_file).follower
            wait_for(lambda f=follower: f.connection == REFUSED, what="the certificate refused")  # not retried
            assert follower.note.startswith("The broker's certificate is not trusted (")
            assert "--ca-file" in follower.note and follower.state is None
        assert guide.roster() == []


def test_a_facilitator_refuses_a_broker_certificate_it_does_not_trust(tmp_path, broker, certificates):
    _, stranger = certificates
    source = tour_folder(tmp_path, count=5)
    relay = BrokerFacilitator(Guide(opened(source), source), url(broker, "mqtts"), ca_file=stranger.ca)
    with pytest.raises(OSError, match="certificate is not trusted"):
        relay.start()


def test_checking_a_brokers_certificate_and_a_ca_file(tmp_path, broker, certificates):
    ours, stranger = certificates
    assert probe(url(broker, "mqtts"), ours.ca) == "" and probe(url(broker, "wss"), ours.ca) == ""
    assert "not trusted (unable to get local issuer certificate)" in probe(url(broker, "mqtts"), stranger.ca)
    wrong_name = f"mqtts://localhost:{broker.tls_port}"  # the certificate is for 127.0.0.1
    assert "Hostname mismatch" in probe(wrong_name, ours.ca)
    assert probe(url(broker, "mqtt"), None) == "", "a plain broker has no certificate to check"
    assert ca_file_problem(ours.ca) == ""
    (tmp_path / "notes.txt").write_text("not a certificate", encoding="utf-8")
    assert ca_file_problem(tmp_path / "notes.txt") == "The CA certificate 'notes.txt' is not a PEM certificate"
    assert ca_file_problem(tmp_path / "gone.pem") == "The CA certificate 'gone.pem' is not a file"
