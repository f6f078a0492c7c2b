"""Serving a guide: directly (a WebSocket server) or through a broker, as the facilitator chose."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from tourviewer.core.guide.facilitator import Guide
from tourviewer.core.guide.invitation import Invitation


@dataclass(frozen=True)
class Serving:
    invitation: Invitation
    close: Callable[[], None]  # ends the session for everyone and stops listening


def serve(
    guide: Guide, host: str | None = None, port: int = 0, broker: str | None = None, ca_file: Path | None = None
) -> Serving:
    """Start the transport; raises OSError when the port or broker cannot be used (`ca_file`: a TLS
    broker's certificate authority, besides the system's)."""
    if broker:
        from tourviewer.core.guide.broker import BrokerFacilitator

        relay = BrokerFacilitator(guide, broker, ca_file)
        relay.start()
        return Serving(guide.invitation(broker=broker), relay.close)
    from tourviewer.core.guide.direct import DirectServer
    from tourviewer.core.guide.places import lan_address

    server = DirectServer(guide, host or lan_address(), port)
    port = server.start()
    return Serving(guide.invitation(host=server.host, port=port), server.close)
