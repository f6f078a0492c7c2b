"""Where a guided session's tour and address come from on this machine.

`lan_address` asks the operating system which of its addresses faces the local
network (a UDP socket "connected" to a private address sends no packet).
`find_tour` looks for the invitation's tour among tours the participant has,
by id and content hash; `received_folder` is where handed-over tours are kept,
each named by its content hash.
"""

from __future__ import annotations

import logging
import socket
from collections.abc import Iterable
from pathlib import Path

from tourviewer.core.guide.invitation import Invitation
from tourviewer.core.guide.protocol import content_hash
from tourviewer.core.library import sample_tour_folders
from tourviewer.core.loader import load_tour
from tourviewer.core.package import default_cache_dir

log = logging.getLogger(__name__)


def lan_address() -> str:
    """This machine's address on the local network; 127.0.0.1 when it has none."""
    probe = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    try:
        probe.connect(("10.254.254.254", 9))  # no packet is sent: this only picks the outgoing interface
        address = str(probe.getsockname()[0])
    except OSError:
        address = "127.0.0.1"
    finally:
        probe.close()
    return address


def received_folder() -> Path:
    return default_cache_dir().parent / "received"


def find_tour(invitation: Invitation, candidates: Iterable[Path]) -> tuple[Path | None, bool]:
    """The tour to follow with: (path, same content) for the first with the invitation's id and hash,
    else (path, False) for one with the same id only (another version), else (None, False)."""
    same_id: Path | None = None
    received = received_folder() / f"{invitation.sha256}.tour"
    for path in dict.fromkeys([received, *candidates, *sample_tour_folders()]):
        if not path.exists() or tour_id_of(path) != invitation.tour:
            continue
        if content_hash(path) == invitation.sha256:
            return path, True
        same_id = same_id or path
    return same_id, False


def tour_id_of(path: Path) -> str | None:
    """The id a tour folder's `tour.toml` gives, read without validating it; a package is loaded."""
    folder = path.parent if path.name == "tour.toml" else path
    if folder.is_dir():
        import tomllib

        try:
            data = tomllib.loads((folder / "tour.toml").read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        found = data.get("id")
        return found if isinstance(found, str) else None
    result = load_tour(path)
    return result.tour.id if result.tour is not None else None
