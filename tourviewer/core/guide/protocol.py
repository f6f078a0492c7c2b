"""The guided session's messages: versioned JSON, checked before anything reads them.

Every frame is one JSON object with `v` (the protocol version) and `type`.
Where the session is travels as a full-state snapshot (`state`) whose body is
signed with the facilitator's Ed25519 key and numbered with a rising `seq`, so
a follower that joins late or reconnects needs no history, and a replayed or
forged snapshot is refused. `parse` never raises: a frame that is too large,
not JSON, of an unknown version or type, or with a missing or mistyped field is
dropped and logged, and None is returned.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import logging
from collections.abc import Mapping
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

log = logging.getLogger(__name__)

VERSION = 1
MAX_FRAME = 64 * 1024  # bytes of any frame except a hand-over chunk
CHUNK = 512 * 1024  # bytes of tour in one hand-over chunk
MAX_CHUNK_FRAME = CHUNK + 64  # the transport's own limit: a chunk and its header
MAX_NAME = 64  # characters of a display name
HEARTBEAT_SECONDS = 2.0  # the facilitator says it is alive this often
SILENCE_SECONDS = 5 * HEARTBEAT_SECONDS  # a follower that hears nothing this long reconnects

SHOWING, BLACK, WHITE = "showing", "black", "white"
FOLLOW, EXPLORE = "follow", "explore"

# Each type's fields and their types; `v` and `type` are checked for all.
_FIELDS: dict[str, dict[str, type | tuple[type, ...]]] = {
    # follower -> facilitator
    "hello": {"session": str, "code": str, "name": str, "language": str, "client": str},
    "presence": {"following": bool, "language": str},
    "fetch": {},
    "ping": {},
    # facilitator -> follower
    "welcome": {"facilitator": str, "handover": int},
    "refused": {"reason": str, "message": str},
    "state": {"body": str, "sig": str},
    "heartbeat": {"seq": int},
    "handover": {"size": int, "sha256": str},
    "handover-failed": {"message": str},
    # broker only: presence of one participant, on its own topic
    "member": {"session": str, "code": str, "name": str, "language": str, "client": str, "following": bool,
               "online": bool},
}
FOLLOWER_TYPES = frozenset({"hello", "presence", "fetch", "ping"})
FACILITATOR_TYPES = frozenset({"welcome", "refused", "state", "heartbeat", "handover", "handover-failed"})
REFUSED_REASONS = ("wrong-code", "too-many-tries", "wrong-session", "ended")


@dataclass(frozen=True)
class Message:
    type: str
    fields: Mapping[str, Any]

    def __getitem__(self, key: str) -> Any:
        return self.fields[key]


def encode(type_: str, **fields: Any) -> str:
    """One frame, as text."""
    return json.dumps({"v": VERSION, "type": type_, **fields}, ensure_ascii=False, separators=(",", ":"))


def parse(frame: str | bytes, allowed: frozenset[str] | None = None) -> Message | None:
    """The message in `frame`, or None (logged) when it must be dropped.

    `allowed` limits the types this side accepts: a follower's frame claiming
    to be a state from the facilitator is dropped like an unknown one.
    """
    size = len(frame.encode("utf-8", "surrogatepass") if isinstance(frame, str) else frame)
    if size > MAX_FRAME:
        log.warning("guide: dropped a frame of %d bytes (the limit is %d)", size, MAX_FRAME)
        return None
    try:
        data = json.loads(frame)
    except (ValueError, RecursionError) as exc:
        log.warning("guide: dropped a frame that is not JSON (%s)", str(exc)[:80])
        return None
    if not isinstance(data, dict):
        log.warning("guide: dropped a frame that is not a JSON object")
        return None
    version, type_ = data.get("v"), data.get("type")
    if version != VERSION or isinstance(version, bool):
        log.warning("guide: dropped a frame of protocol version %r (this viewer speaks %d)", version, VERSION)
        return None
    if not isinstance(type_, str) or type_ not in _FIELDS or (allowed is not None and type_ not in allowed):
        log.warning("guide: dropped a frame of unknown or unexpected type %r", type_ if isinstance(type_, str) else "")
        return None
    fields = {}
    for name, kind in _FIELDS[type_].items():
        value = data.get(name)
        if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
            log.warning("guide: dropped a %s frame whose %r is missing or not a %s", type_, name, _kind_name(kind))
            return None
        fields[name] = value
    return Message(type_, fields)


def _kind_name(kind: type | tuple[type, ...]) -> str:
    return kind.__name__ if isinstance(kind, type) else " or ".join(k.__name__ for k in kind)


# -- the signed state ------------------------------------------------------------------


@dataclass(frozen=True)
class State:
    """Where the session is: everything a follower shows, nothing private (no notes, no speaker notes)."""

    session: str  # the session id from the invitation
    seq: int  # rises with every change; a follower applies only a higher one
    facilitator: str  # the facilitator's display name
    tour: str  # the tour's id
    sha256: str  # the tour's content hash
    stop: str  # the id of the stop the audience sees
    index: int  # its place in the facilitator's tour, from 0
    count: int  # how many stops the facilitator's tour has
    picture: int = 0  # the picture shown in the gallery, from 0
    screen: str = SHOWING  # SHOWING, BLACK or WHITE
    frozen: bool = False  # the audience window is frozen while the presenter looks ahead
    mode: str = FOLLOW  # FOLLOW, or EXPLORE: "let everyone explore"
    recall: int = 0  # rises with every "bring everyone here"
    ended: bool = False  # the facilitator ended the session
    yaw: int = 0  # where the audience's panorama looks, whole degrees (0: the picture's centre, + right)
    pitch: int = 0  # and up (+) or down

    @property
    def paused(self) -> bool:
        return self.screen != SHOWING or self.frozen

    def body(self) -> str:
        return json.dumps(asdict(self), ensure_ascii=False, sort_keys=True, separators=(",", ":"))


_STATE_FIELDS: dict[str, type] = {
    "session": str, "seq": int, "facilitator": str, "tour": str, "sha256": str, "stop": str, "index": int,
    "count": int, "picture": int, "screen": str, "frozen": bool, "mode": str, "recall": int, "ended": bool,
    "yaw": int, "pitch": int,
}


def state_from_body(body: str) -> State | None:
    """The state a (verified) body holds, or None when it is not one."""
    try:
        data = json.loads(body)
    except (ValueError, RecursionError):
        return None
    if not isinstance(data, dict):
        return None
    for name, kind in _STATE_FIELDS.items():
        value = data.get(name)
        if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
            log.warning("guide: dropped a state whose %r is missing or not a %s", name, kind.__name__)
            return None
    if data["screen"] not in (SHOWING, BLACK, WHITE) or data["mode"] not in (FOLLOW, EXPLORE) or data["seq"] < 0:
        log.warning("guide: dropped a state with an unknown screen or mode")
        return None
    return State(**{name: data[name] for name in _STATE_FIELDS})


class Signer:
    """The facilitator's key: made fresh for each session, never written anywhere."""

    def __init__(self, key: Ed25519PrivateKey | None = None):
        self._key = key or Ed25519PrivateKey.generate()

    @property
    def public_key(self) -> str:
        """The public key as unpadded base64url, for the invitation."""
        from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

        raw = self._key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
        return b64(raw)

    def state_frame(self, state: State) -> str:
        body = state.body()
        return encode("state", body=body, sig=b64(self._key.sign(body.encode("utf-8"))))


class Verifier:
    """Checks states against the public key from the invitation."""

    def __init__(self, public_key: str):
        raw = unb64(public_key)
        if raw is None or len(raw) != 32:
            raise ValueError("the facilitator's key is not 32 bytes of base64url")
        self._key = Ed25519PublicKey.from_public_bytes(raw)

    def state(self, message: Message) -> State | None:
        """The state a `state` message carries, when the facilitator signed it; else None (logged)."""
        signature = unb64(message["sig"])
        body = message["body"]
        try:
            if signature is None:
                raise InvalidSignature
            self._key.verify(signature, body.encode("utf-8", "surrogatepass"))
        except InvalidSignature:
            log.warning("guide: refused a state not signed by the facilitator's key")
            return None
        return state_from_body(body)


def b64(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode("ascii")


def unb64(text: str) -> bytes | None:
    try:
        return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))
    except (binascii.Error, ValueError):
        return None


_hashes: dict[tuple[str, int, int], str] = {}  # (path, size, mtime) -> hash, for packages hashed before


def content_hash(source: Path) -> str:
    """The sha256 of a `.tour` package (its every byte); for a tour folder, of its `tour.toml`
    and the name and size of every file in it (reading every picture of a large tour would make
    joining slow, and the hash only tells versions apart: a hand-over always checks every byte)."""
    h = hashlib.sha256()
    if source.name == "tour.toml":
        source = source.parent
    if source.is_file():
        stat = source.stat()
        key = (str(source.resolve()), stat.st_size, stat.st_mtime_ns)
        if key not in _hashes:
            with source.open("rb") as f:
                while chunk := f.read(1 << 20):
                    h.update(chunk)
            _hashes[key] = h.hexdigest()
        return _hashes[key]
    h.update((source / "tour.toml").read_bytes())
    for path in sorted(p for p in source.rglob("*") if p.is_file()):
        h.update(b"\0" + path.relative_to(source).as_posix().encode("utf-8") + b"\0")
        h.update(str(path.stat().st_size).encode("ascii"))
    return h.hexdigest()
