"""The invitation: one line of text that tells a participant's viewer how to join.

    tourviewer://join?v=1&host=192.168.1.20&port=48213&session=…&code=K7QX2M&tour=gunsan&sha256=…&key=…&name=Ana

or, through a broker, `broker=mqtts://broker.example.org:8883` instead of host
and port. The session id is 128 random bits, the join code six characters
that are easy to read out loud, and `key` the facilitator's Ed25519 public key:
a follower accepts state only when that key signed it.
"""

from __future__ import annotations

import ipaddress
import re
import secrets
from dataclasses import dataclass
from urllib.parse import parse_qs, quote, urlsplit

from tourviewer.core.guide.protocol import MAX_NAME, VERSION, unb64
from tourviewer.core.said import Said
from tourviewer.core.words import QT_TRANSLATE_NOOP

SCHEME = "tourviewer"
CODE_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I: read out loud in a room
CODE_LENGTH = 6
BROKER_SCHEMES = ("mqtt", "mqtts", "ws", "wss")
_HEX = re.compile(r"^[0-9a-f]+$")
_TOUR_ID = re.compile(r"^[a-z0-9][a-z0-9-]{0,63}$")
_HOST = re.compile(r"^[A-Za-z0-9.-]{1,253}$")


def new_session_id() -> str:
    return secrets.token_hex(16)  # 128 bits


def new_code() -> str:
    return "".join(secrets.choice(CODE_LETTERS) for _ in range(CODE_LENGTH))


def normal_code(typed: str) -> str:
    """A code as a person may type it: lower case, spaces or dashes, O for 0."""
    return re.sub(r"[\s-]", "", typed).upper().replace("0", "O").replace("1", "I")


@dataclass(frozen=True)
class Invitation:
    session: str
    code: str
    tour: str
    sha256: str
    key: str
    name: str = ""
    host: str = ""
    port: int = 0
    broker: str = ""  # mqtt[s]:// or ws[s]:// URL, when the session goes through a broker

    @property
    def direct(self) -> bool:
        return not self.broker

    def link(self) -> str:
        where = f"broker={quote(self.broker, safe=':/')}" if self.broker else f"host={self.host}&port={self.port}"
        return (
            f"{SCHEME}://join?v={VERSION}&{where}&session={self.session}&code={self.code}"
            f"&tour={self.tour}&sha256={self.sha256}&key={self.key}&name={quote(self.name, safe='')}"
        )


class InvitationError(ValueError):
    """Why a pasted text is not an invitation, in words for the participant: its `args[0]` is `Said`
    (context "Guide"), so the window can say it in the interface language."""


def parse_invitation(text: str) -> Invitation:
    """The invitation in `text` (spaces around it are fine); raises InvitationError saying what is wrong."""
    text = text.strip()
    parts = urlsplit(text)
    if parts.scheme != SCHEME or parts.netloc != "join":
        raise InvitationError(
            Said(
                QT_TRANSLATE_NOOP("Guide", "This is not a guided-session invitation: it starts with tourviewer://join?")
            )
        )
    try:
        query = parse_qs(parts.query, strict_parsing=True, max_num_fields=20)
    except ValueError:
        raise InvitationError(
            Said(QT_TRANSLATE_NOOP("Guide", "The invitation is cut short or garbled: copy the whole line again"))
        ) from None
    one = {key: values[0] for key, values in query.items() if len(values) == 1}
    if one.get("v") != str(VERSION):
        raise InvitationError(
            Said(
                QT_TRANSLATE_NOOP("Guide", "The invitation is for another version of Tour Viewer (protocol {0})"),
                repr(one.get("v")),
            )
        )
    missing = [k for k in ("session", "code", "tour", "sha256", "key") if not one.get(k)]
    if missing:
        raise InvitationError(
            Said(
                QT_TRANSLATE_NOOP("Guide", "The invitation is missing {0}: copy the whole line again"),
                ", ".join(missing),
            )
        )
    session, code, sha256, key = one["session"], one["code"], one["sha256"], one["key"]
    if len(session) < 32 or not _HEX.match(session):
        raise InvitationError(
            Said(QT_TRANSLATE_NOOP("Guide", "The invitation's session id is not 128 bits of hexadecimal"))
        )
    if len(code) != CODE_LENGTH or any(c not in CODE_LETTERS for c in code):
        raise InvitationError(
            Said(QT_TRANSLATE_NOOP("Guide", "The invitation's join code is not six letters and digits"))
        )
    if not _TOUR_ID.match(one["tour"]) or len(sha256) != 64 or not _HEX.match(sha256):
        raise InvitationError(Said(QT_TRANSLATE_NOOP("Guide", "The invitation's tour id or content hash is not valid")))
    raw_key = unb64(key)
    if raw_key is None or len(raw_key) != 32:
        raise InvitationError(Said(QT_TRANSLATE_NOOP("Guide", "The invitation's facilitator key is not valid")))
    name = one.get("name", "")[:MAX_NAME]
    if "broker" in one:
        broker = one["broker"]
        url = urlsplit(broker)
        if url.scheme not in BROKER_SCHEMES or not url.hostname:
            raise InvitationError(
                Said(
                    QT_TRANSLATE_NOOP(
                        "Guide", "The invitation's broker is not an mqtt://, mqtts://, ws:// or wss:// address"
                    )
                )
            )
        return Invitation(session, code, one["tour"], sha256, key, name, broker=broker)
    host, port_text = one.get("host", ""), one.get("port", "")
    if not _valid_host(host):
        raise InvitationError(
            Said(QT_TRANSLATE_NOOP("Guide", "The invitation's address is not a host name or IP address"))
        )
    if not port_text.isdigit() or not 0 < int(port_text) < 65536:
        raise InvitationError(Said(QT_TRANSLATE_NOOP("Guide", "The invitation's port is not a number from 1 to 65535")))
    return Invitation(session, code, one["tour"], sha256, key, name, host=host, port=int(port_text))


def _valid_host(host: str) -> bool:
    bare = host[1:-1] if host.startswith("[") and host.endswith("]") else host
    try:
        ipaddress.ip_address(bare)
        return True
    except ValueError:
        return bool(_HOST.match(host))
