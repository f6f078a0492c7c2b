"""The broker transport: both sides connect out to an MQTT broker (paho-mqtt).

Topics, under `tourviewer/guide/<session id>/`:

- `state`: the facilitator's signed snapshot, retained, so a late joiner gets
  it from the broker at once. The facilitator watches the topic too and puts
  its own snapshot back if anyone else overwrites it.
- `members/<client id>`: each participant's presence (name, language,
  following), retained, with a last-will message that marks it offline when
  its connection drops.

The broker cannot check the join code, so the facilitator lists only members
whose presence carries the right one; and it cannot hand a tour over, so a
participant without the tour is told to ask for the `.tour` file.

Over TLS (`mqtts://`, `wss://`) the broker's certificate is checked against
the system's authorities and, when given, a CA file (`tls.BrokerTrust`); a
certificate that is not trusted stops the connection with a message saying
why, rather than retrying for ever.
"""

from __future__ import annotations

import logging
import ssl
import threading
from pathlib import Path
from typing import Any, Literal
from urllib.parse import urlsplit

import paho.mqtt.client as mqtt

from tourviewer.core.guide.facilitator import Guide
from tourviewer.core.guide.handover import HandoverReceiver
from tourviewer.core.guide.invitation import normal_code
from tourviewer.core.guide.protocol import FACILITATOR_TYPES, MAX_FRAME, Message, Verifier, encode, parse
from tourviewer.core.guide.tls import DEFAULT_PORTS, BrokerTrust, failure_message
from tourviewer.core.guide.transport import Joiner
from tourviewer.core.said import Said
from tourviewer.core.words import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)

PREFIX = "tourviewer/guide"
KEEPALIVE = 10  # seconds; the broker notices a silent participant after 1.5 times this
CONNECT_SECONDS = 10.0


def topic(session: str, *rest: str) -> str:
    return "/".join((PREFIX, session, *rest))


def _client(url: str, client_id: str, ca_file: Path | None = None) -> tuple[mqtt.Client, str, int, BrokerTrust | None]:
    """A paho client set up for `url` (mqtt://, mqtts://, ws://, wss://); returns it with host, port and,
    over TLS, its context (which keeps why a handshake failed). A CA file that cannot be read raises
    OSError or ssl.SSLError: check it first with `tls.ca_file_problem`."""
    parts = urlsplit(url)
    scheme = parts.scheme
    transport: Literal["websockets", "tcp"] = "websockets" if scheme in ("ws", "wss") else "tcp"
    client = mqtt.Client(mqtt.CallbackAPIVersion.VERSION2, client_id=client_id, transport=transport)
    if transport == "websockets":
        client.ws_set_options(path=parts.path or "/mqtt")
    trust = BrokerTrust(ca_file) if scheme in ("mqtts", "wss") else None
    if trust is not None:
        client.tls_set_context(trust)
    if parts.username:
        client.username_pw_set(parts.username, parts.password)
    client.reconnect_delay_set(min_delay=1, max_delay=1)  # back within a second or two of the network
    return client, parts.hostname or "", parts.port or DEFAULT_PORTS[scheme], trust


def _tls_failure(trust: BrokerTrust | None) -> str:
    """Why the broker's certificate was refused in the last try (retrying cannot change that), or "".
    Other TLS errors (a handshake cut short by a broker restarting) are retried like a lost network."""
    if trust is None:
        return ""
    failure, trust.failure = trust.failure, None
    return failure_message(failure) if isinstance(failure, ssl.SSLCertVerificationError) else ""


def _connect(client: mqtt.Client, host: str, port: int) -> None:
    client.connect_async(host, port, keepalive=KEEPALIVE)
    client.loop_start()


class BrokerFacilitator:
    """Publishes a guide's state to the broker and keeps its roster from the members' presence."""

    def __init__(self, guide: Guide, url: str, ca_file: Path | None = None):
        self.guide = guide
        self.url = url
        self.base = topic(guide.session_id)
        self.client, self.host, self.port, self._trust = _client(url, f"tv-f-{guide.session_id[:16]}", ca_file)
        self.client.on_connect = self._on_connect
        self.client.on_connect_fail = self._on_connect_fail
        self.client.on_message = self._on_message
        self._connected = threading.Event()
        self._refused = ""  # why the broker's certificate was refused
        self._own = Verifier(guide.signer.public_key)

    def start(self) -> None:
        """Connect; raises OSError when the broker cannot be reached or its certificate is not trusted."""
        self.guide.stateChanged.connect(self._publish)
        _connect(self.client, self.host, self.port)
        answered = self._connected.wait(CONNECT_SECONDS)
        if not answered or self._refused:
            self.client.disconnect()
            self.client.loop_stop()
            self.guide.stateChanged.disconnect(self._publish)
            silent = QT_TRANSLATE_NOOP("Guide", "the broker at {0} port {1} does not answer")
            raise OSError(self._refused or Said(silent, self.host, self.port))

    def _on_connect_fail(self, client: mqtt.Client, userdata: Any) -> None:
        refused = _tls_failure(self._trust)
        if refused:
            log.warning("guide: %s", refused)
            self._refused = refused
            client.disconnect()  # a certificate not trusted stays so: no retrying
            self._connected.set()

    def close(self) -> None:
        """The last, retained state says the session ended; then disconnect."""
        self.guide.end()
        info = self.client.publish(f"{self.base}/state", self.guide.frame, qos=1, retain=True)
        if info.rc == mqtt.MQTT_ERR_SUCCESS:
            info.wait_for_publish(timeout=5)
        self.guide.stateChanged.disconnect(self._publish)
        self.client.disconnect()
        self.client.loop_stop()

    def _publish(self, frame: str) -> None:
        self.client.publish(f"{self.base}/state", frame, qos=1, retain=True)

    def _on_connect(self, client: mqtt.Client, userdata: Any, flags: Any, reason: Any, properties: Any) -> None:
        if reason.is_failure:
            log.warning("guide: the broker refused the connection (%s)", reason)
            return
        client.subscribe([(f"{self.base}/members/+", 1), (f"{self.base}/state", 1)])
        self._publish(self.guide.frame)
        self._connected.set()

    def _check_state(self, payload: bytes) -> None:
        """Our own states come back (older ones too, as they arrive); anyone else's is overwritten."""
        message = parse(payload, FACILITATOR_TYPES) if payload else None
        if message is not None and message.type == "state" and self._own.state(message) is not None:
            return
        if not self.guide.state.ended:
            log.warning("guide: someone else wrote the session's state on the broker; putting it back")
            self._publish(self.guide.frame)

    def _on_message(self, client: mqtt.Client, userdata: Any, msg: mqtt.MQTTMessage) -> None:
        if msg.topic == f"{self.base}/state":
            self._check_state(bytes(msg.payload))
            return
        if not msg.payload:
            return
        message = parse(bytes(msg.payload), frozenset({"member"}))
        client_id = msg.topic.rsplit("/", 1)[-1]
        if message is None or message["client"] != client_id or message["session"] != self.guide.session_id:
            return
        if normal_code(message["code"]) != self.guide.code:
            log.warning("guide: a member with a wrong join code was not listed")
            return
        if not message["online"]:
            self.guide.lost(client_id)
        elif client_id in {m.client for m in self.guide.roster() if m.connection == "connected"}:
            self.guide.update(client_id, message["following"], message["language"])
        else:
            self.guide.join(client_id, message["name"], message["language"], message["following"])


class BrokerFollowerTransport:
    """A participant's side: the retained state and every new one; presence with a last will."""

    def __init__(self, participant: Joiner):
        self.participant = participant
        invitation = participant.invitation
        self.base = topic(invitation.session)
        self.member_topic = f"{self.base}/members/{participant.client_id}"
        self.following = True
        self.client, host, port, self._trust = _client(
            invitation.broker, f"tv-p-{participant.client_id}", participant.ca_file
        )
        self.client.will_set(self.member_topic, self._member(online=False), qos=1, retain=True)
        self.client.on_connect = self._on_connect
        self.client.on_connect_fail = self._on_connect_fail
        self.client.on_disconnect = self._on_disconnect
        self.client.on_message = self._on_message
        _connect(self.client, host, port)

    def _member(self, online: bool) -> str:
        participant = self.participant
        return encode(
            "member", session=participant.invitation.session, code=participant.invitation.code,
            name=participant.name, language=participant.session.language, client=participant.client_id,
            following=self.following, online=online,
        )

    def send_presence(self, following: bool, language: str) -> None:
        self.following = following
        self.client.publish(self.member_topic, self._member(online=True), qos=1, retain=True)

    def fetch(self, receiver: HandoverReceiver) -> bool:
        why = Said(
            QT_TRANSLATE_NOOP(
                "Guide", "Tours are not handed over through a broker: ask the facilitator for the .tour file of {0}"
            ),
            self.participant.invitation.tour,
        )
        receiver.on_message(Message("handover-failed", {"message": why}))
        return False

    def stop_reconnecting(self) -> None:
        pass  # the last state said the session ended: the participant leaves when they choose

    def close(self) -> None:
        info = self.client.publish(self.member_topic, self._member(online=False), qos=1, retain=True)
        if info.rc == mqtt.MQTT_ERR_SUCCESS:
            info.wait_for_publish(timeout=5)
        self.client.disconnect()
        self.client.loop_stop()

    def _on_connect(self, client: mqtt.Client, userdata: Any, flags: Any, reason: Any, properties: Any) -> None:
        if reason.is_failure:
            self.participant.on_status(
                "refused", Said(QT_TRANSLATE_NOOP("Guide", "The broker refused the connection ({0})"), reason)
            )
            return
        client.subscribe(f"{self.base}/state", qos=1)
        client.publish(self.member_topic, self._member(online=True), qos=1, retain=True)
        self.participant.on_status("connected", "")

    def _on_connect_fail(self, client: mqtt.Client, userdata: Any) -> None:
        refused = _tls_failure(self._trust)
        if refused:
            log.warning("guide: %s", refused)
            client.disconnect()  # a certificate not trusted stays so: no retrying
            self.participant.on_status("refused", refused)

    def _on_disconnect(self, client: mqtt.Client, userdata: Any, flags: Any, reason: Any, properties: Any) -> None:
        lost = Said(QT_TRANSLATE_NOOP("Guide", "Connection to the broker lost: reconnecting…"))
        self.participant.on_status("lost", lost)

    def _on_message(self, client: mqtt.Client, userdata: Any, msg: mqtt.MQTTMessage) -> None:
        if len(msg.payload) > MAX_FRAME:
            log.warning("guide: dropped a message of %d bytes from the broker", len(msg.payload))
            return
        message = parse(bytes(msg.payload), FACILITATOR_TYPES)
        if message is not None and message.type == "state":
            self.participant.on_message(message)
