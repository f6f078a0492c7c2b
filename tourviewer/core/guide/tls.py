"""Trusting a broker over TLS (`mqtts://`, `wss://`): the system's authorities, and one the user gives.

By default a broker's certificate must be signed by an authority the system
trusts, for the host name in the broker's URL (as a browser checks a web
site). A broker with a certificate of its own making (a school's, a test
one) is trusted when the participant or facilitator gives that authority's
certificate (a PEM file, `--ca-file` or the join dialog's field), in
addition to the system's. Verification is never turned off.

A certificate that is not trusted is not a network hiccup: retrying cannot
fix it, so it is said in words (why, and how to trust the broker) and the
connection is not tried again. `BrokerTrust` keeps the last handshake's
failure for that, as paho's connection callbacks are not told why.
"""

from __future__ import annotations

import socket
import ssl
from pathlib import Path
from urllib.parse import urlsplit

from tourviewer.core.said import Said
from tourviewer.core.words import QT_TRANSLATE_NOOP

SECURE_SCHEMES = ("mqtts", "wss")
DEFAULT_PORTS = {"mqtt": 1883, "mqtts": 8883, "ws": 80, "wss": 443}
PROBE_SECONDS = 5.0
MAX_CA_BYTES = 1024 * 1024  # a CA file larger than this is not a certificate


class _RecordingSocket(ssl.SSLSocket):
    """Keeps a failed handshake's error on its context, where the transport can read it."""

    def do_handshake(self, block: bool = False) -> None:
        try:
            super().do_handshake(block)
        except ssl.SSLError as exc:
            context = self.context
            if isinstance(context, BrokerTrust):
                context.failure = exc
            raise


class BrokerTrust(ssl.SSLContext):
    """A client TLS context: certificates verified, host names checked; the last failure kept."""

    failure: ssl.SSLError | None

    def __new__(cls, ca_file: Path | None = None) -> BrokerTrust:
        return super().__new__(cls, ssl.PROTOCOL_TLS_CLIENT)

    def __init__(self, ca_file: Path | None = None):
        self.failure = None
        self.sslsocket_class = _RecordingSocket
        self.minimum_version = ssl.TLSVersion.TLSv1_2
        self.load_default_certs(ssl.Purpose.SERVER_AUTH)
        if ca_file is not None:
            self.load_verify_locations(cafile=str(ca_file))


def is_secure(url: str) -> bool:
    return urlsplit(url).scheme in SECURE_SCHEMES


def ca_file_problem(path: Path) -> str:
    """Why `path` cannot be used as the broker's certificate authority, or ""."""
    try:
        if not path.is_file():
            return Said(QT_TRANSLATE_NOOP("Guide", "The CA certificate {0} is not a file"), repr(path.name))
        if path.stat().st_size > MAX_CA_BYTES:
            return Said(
                QT_TRANSLATE_NOOP("Guide", "The CA certificate {0} is too large to be a certificate"), repr(path.name)
            )
        BrokerTrust(path)
    except ssl.SSLError:
        return Said(QT_TRANSLATE_NOOP("Guide", "The CA certificate {0} is not a PEM certificate"), repr(path.name))
    except (OSError, ValueError) as exc:
        return Said(
            QT_TRANSLATE_NOOP("Guide", "The CA certificate {0} cannot be read ({1})"),
            repr(path.name),
            exc.__class__.__name__,
        )
    return ""


def failure_message(failure: ssl.SSLError) -> str:
    """The words for a failed TLS handshake with the broker."""
    if isinstance(failure, ssl.SSLCertVerificationError):
        why = (failure.verify_message or failure.reason or "not verified").rstrip(".")
        return Said(
            QT_TRANSLATE_NOOP(
                "Guide",
                "The broker's certificate is not trusted ({0}). If the broker uses a certificate authority "
                "of its own, give that authority's certificate: --ca-file, or \"Broker's CA certificate\" "
                "in the join dialog",
            ),
            why,
        )
    return Said(
        QT_TRANSLATE_NOOP("Guide", "A secure connection to the broker failed ({0}): is it a TLS port?"),
        failure.reason or failure,
    )


def probe(url: str, ca_file: Path | None = None, timeout: float = PROBE_SECONDS) -> str:
    """Connect to a `mqtts://` or `wss://` broker and check its certificate, nothing more.

    Returns why the certificate is refused, or "" when it is trusted, when the
    URL is not a secure one, or when the broker cannot be reached at all (that
    is the transport's to retry, not a reason to refuse).
    """
    parts = urlsplit(url)
    if parts.scheme not in SECURE_SCHEMES or not parts.hostname:
        return ""
    context = BrokerTrust(ca_file)
    try:
        with socket.create_connection((parts.hostname, parts.port or DEFAULT_PORTS[parts.scheme]), timeout) as raw:
            with context.wrap_socket(raw, server_hostname=parts.hostname):
                return ""
    except ssl.SSLError as exc:
        return failure_message(exc)
    except (OSError, ValueError):
        return ""
