"""What the loader found before: valid `tour.toml` texts, and readable pictures.

Whether a `tour.toml` has a valid structure depends only on its bytes and on
this program's model, so the verdict can be kept, as Python keeps compiled
bytecode: the viewer then opens a tour it has validated before by building the
model directly, without loading the validator. The digest covers the model's
own source, so a changed model validates everything again. The rules across
stops, and the checks that files exist, run every time all the same.

Likewise a picture's header, once Pillow has read it as a good image, is
remembered by the file's path, size and modification time (as `make` and git
judge a file unchanged): opening that tour again needs no image library.
Problems are never remembered; a file with one is read afresh each time.
"""

from __future__ import annotations

import functools
import hashlib
import logging
from pathlib import Path

from tourviewer.core.media import MediaInfo, probe_image

log = logging.getLogger(__name__)

KEEP = 500  # verdicts kept; the oldest go first
KEEP_PICTURES = 5000
_MODEL_SOURCES = ("model.py", "text.py", "validation.py")


@functools.cache
def _model_fingerprint() -> bytes:
    """What the verdicts depend on besides the text: the source of the model and its validation."""
    here = Path(__file__).parent
    digest = hashlib.sha256()
    for name in _MODEL_SOURCES:
        try:
            digest.update((here / name).read_bytes())
        except OSError:
            digest.update(name.encode())
    return digest.digest()


class CheckedTours:
    """Verdicts kept as empty files named by digest in `folder`; a folder that cannot be written keeps none."""

    def __init__(self, folder: Path):
        self.folder = folder
        self.pictures = folder / "pictures"

    def digest(self, text: bytes) -> str:
        return hashlib.sha256(_model_fingerprint() + text).hexdigest()

    def known(self, digest: str) -> bool:
        return (self.folder / digest).is_file()

    def remember(self, digest: str) -> None:
        _keep(self.folder, digest, "", KEEP)

    def probe_image(self, path: Path, written: str, allow_svg: bool = False) -> MediaInfo:
        """`media.probe_image`, remembered for good pictures."""
        try:
            stat = path.stat()
        except OSError:
            return probe_image(path, written, allow_svg)
        key = hashlib.sha256(f"{path}\0{stat.st_size}\0{stat.st_mtime_ns}\0{stat.st_ino}".encode()).hexdigest()
        try:
            width, height = (int(n) for n in (self.pictures / key).read_text(encoding="ascii").split())
            return MediaInfo("image", width, height)
        except (OSError, ValueError):
            pass
        found = probe_image(path, written, allow_svg)
        if found.kind == "image" and found.error is None:
            _keep(self.pictures, key, f"{found.width} {found.height}", KEEP_PICTURES)
        return found


def _keep(folder: Path, name: str, text: str, limit: int) -> None:
    """Write a record; past `limit` records the oldest are removed. A folder that cannot be written keeps none."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
        (folder / name).write_text(text, encoding="ascii")
        kept = [p for p in folder.iterdir() if p.is_file()]
        if len(kept) > limit:
            kept.sort(key=lambda p: p.stat().st_mtime)
            for old in kept[: len(kept) - limit]:
                old.unlink(missing_ok=True)
    except OSError as exc:
        log.info("cannot keep what was checked in %s: %s", folder, exc)
