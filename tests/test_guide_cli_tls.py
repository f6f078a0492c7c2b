"""`tourviewer join` and `present --guide` through a broker over TLS: `--ca-file`, and a certificate not trusted."""

from __future__ import annotations

import pytest

from tests.guidefiles import opened, tour_folder
from tests.mosquitto import Mosquitto
from tests.test_guide_cli import LINE, Child
from tests.tlsfiles import make_tls_files
from tourviewer.core.guide.broker import BrokerFacilitator
from tourviewer.core.guide.facilitator import Guide


@pytest.fixture(scope="module")
def tls_broker(tmp_path_factory):
    folder = tmp_path_factory.mktemp("tls")
    ours, stranger = make_tls_files(folder / "ours"), make_tls_files(folder / "stranger", authority="Another CA")
    broker = Mosquitto(tls=ours)
    yield broker, ours, stranger
    broker.stop()


@pytest.mark.parametrize("scheme", ["mqtts", "wss"])
def test_join_trusts_the_broker_through_ca_file(tmp_path, tls_broker, scheme):
    broker, ours, _ = tls_broker
    port = broker.tls_port if scheme == "mqtts" else broker.wss_port
    url = f"{scheme}://127.0.0.1:{port}"
    source = tour_folder(tmp_path)
    guide = Guide(opened(source, at="s3"), source, name="Ana")
    relay = BrokerFacilitator(guide, url, ca_file=ours.ca)
    relay.start()
    try:
        link = guide.invitation(broker=url).link()
        child = Child("join", link, "--tour", str(source), "--ca-file", str(ours.ca))
        assert LINE.match(child.line()).groups() == ("s3", "en")
        guide.session.go_to_id("s7")
        assert LINE.match(child.line()).groups() == ("s7", "en")
    finally:
        relay.close()
    assert child.finish() == 0


def test_join_says_why_a_brokers_certificate_is_not_trusted(tmp_path, tls_broker):
    broker, ours, stranger = tls_broker
    url = f"mqtts://127.0.0.1:{broker.tls_port}"
    source = tour_folder(tmp_path)
    guide = Guide(opened(source), source, name="Ana")
    relay = BrokerFacilitator(guide, url, ca_file=ours.ca)
    relay.start()
    try:
        link = guide.invitation(broker=url).link()
        child = Child("join", link, "--tour", str(source), "--ca-file", str(stranger.ca))
        assert child.finish() == 1, "refused, not retried for ever"
        said = child.process.stderr.read()
        assert "tourviewer join: The broker's certificate is not trusted (unable to get local issuer" in said
        assert "Traceback" not in said
        (tmp_path / "key.txt").write_text("no", encoding="utf-8")
        child = Child("join", link, "--ca-file", str(tmp_path / "key.txt"))
        assert child.finish() == 2
        assert "tourviewer join: The CA certificate 'key.txt' is not a PEM certificate" in child.process.stderr.read()
    finally:
        relay.close()


def test_present_guide_through_a_tls_broker(tmp_path, tls_broker):
    from tourviewer.core.guide.invitation import parse_invitation

    broker, ours, stranger = tls_broker
    url = f"mqtts://127.0.0.1:{broker.tls_port}"
    refused = Child("present", "tours/gunsan", "--guide", "--broker", url, "--windowed", "--ca-file", str(stranger.ca))
    try:
        said = ""
        while not said.startswith("tourviewer present:"):  # Qt's own warnings may come first
            said = refused.process.stderr.readline()
            assert said, "the child ended without saying why"
        assert said.startswith("tourviewer present: The guided session cannot start: The broker's certificate is not")
    finally:
        refused.process.terminate()
        refused.finish()
    child = Child("present", "tours/gunsan", "--guide", "--broker", url, "--windowed", "--ca-file", str(ours.ca))
    try:
        invitation = parse_invitation(child.line())
        assert invitation.broker == url and invitation.tour == "gunsan"
        joiner = Child("join", invitation.link(), "--ca-file", str(ours.ca), "--tour", "tours/gunsan")
        assert LINE.match(joiner.line()).groups()[0] == "city-overview", "the first stop, through TLS"
        joiner.process.terminate()
        joiner.finish()
    finally:
        child.process.terminate()
        child.finish()
