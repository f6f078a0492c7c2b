"""Joining through a broker over TLS in the window: the CA field, a certificate not trusted said in the dialog."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings

from tests.guidefiles import tour_folder
from tests.mosquitto import Mosquitto
from tests.tlsfiles import make_tls_files
from tests.ui.conftest import open_window
from tests.ui.test_mainwindow import make_window
from tourviewer.core import load_tour
from tourviewer.core.guide.broker import BrokerFacilitator
from tourviewer.core.guide.facilitator import Guide
from tourviewer.core.presenting import Presentation
from tourviewer.ui.guidejoin import JoinDialog


@pytest.fixture
def tls_session(tmp_path):
    """A presentation served through a Mosquitto on loopback whose certificate a test authority signed."""
    ours, stranger = make_tls_files(tmp_path / "ours"), make_tls_files(tmp_path / "stranger", authority="Another CA")
    broker = Mosquitto(tls=ours)
    source = tour_folder(tmp_path / "facilitator")
    presentation = Presentation(load_tour(source))
    guide = Guide(presentation.audience, source, name="Ana", presentation=presentation)
    url = f"mqtts://127.0.0.1:{broker.tls_port}"
    relay = BrokerFacilitator(guide, url, ca_file=ours.ca)
    relay.start()
    yield presentation, guide.invitation(broker=url), ours, stranger
    relay.close()
    broker.stop()


def test_the_join_dialog_says_when_the_brokers_certificate_is_not_trusted(qtbot, tmp_path, tls_session):
    presentation, invitation, ours, stranger = tls_session
    dialog = JoinDialog(QSettings())
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.ca_field.isVisible(), "no CA field for a direct session's invitation"
    dialog.invitation_field.setText(invitation.link())
    assert dialog.ca_field.isVisible()
    dialog.accept()  # the system's authorities alone do not know the test one
    assert dialog.result() != JoinDialog.DialogCode.Accepted and dialog.isEnabled()
    said = dialog.problem_label.text()
    assert said.startswith("The broker's certificate is not trusted (") and "Broker's CA certificate" in said
    dialog.ca_field.setText(str(stranger.ca))
    dialog.accept()
    assert dialog.result() != JoinDialog.DialogCode.Accepted
    assert "not trusted (unable to get local issuer certificate)" in dialog.problem_label.text()
    dialog.ca_field.setText(str(tmp_path / "missing.pem"))
    dialog.accept()
    assert dialog.problem_label.text() == "The CA certificate 'missing.pem' is not a file"
    dialog.ca_field.setText(str(ours.ca))
    dialog.accept()
    assert dialog.result() == JoinDialog.DialogCode.Accepted and dialog.ca_file == ours.ca
    assert JoinDialog(QSettings()).ca_field.text() == str(ours.ca), "the CA given is remembered"


def test_following_through_a_tls_broker_and_a_refusal_in_the_bar(qtbot, tmp_path, tls_session):
    presentation, invitation, ours, stranger = tls_session
    window = make_window(qtbot, tmp_path)
    open_window(window, tmp_path / "facilitator" / "walk")
    window.join_guided_session(invitation, "Bo", stranger.ca)  # joined without the dialog's check
    bar = window.guided.bar
    qtbot.waitUntil(lambda: bar.status_label.text() == "Not joined", timeout=20000)
    assert bar.note_label.text().startswith("The broker's certificate is not trusted (")
    window.join_guided_session(invitation, "Bo", ours.ca)
    bar = window.guided.bar
    qtbot.waitUntil(lambda: bar.status_label.text() == "Following Ana — stop 1 of 12", timeout=20000)
    presentation.console.go_to_id("s6")
    qtbot.waitUntil(lambda: window.session.stop.id == "s6", timeout=20000)
    window.guided.leave()
