"""Keep libraries' chatter about files off the terminal: the viewer says what matters in its own window.

Qt's image readers warn about each damaged picture ("Corrupt JPEG data",
odd TIFF tags), Qt Multimedia reports which sound servers it could not load,
and FFmpeg prints the streams of every file it opens. The placeholder, the
problems bar and the player say why a file cannot be shown or played, so
these lines go. `QT_LOGGING_RULES` and `QT_FFMPEG_DEBUG` bring them back for
debugging (both take precedence over what is set here).
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

log = logging.getLogger(__name__)

QT_RULES = "\n".join(
    [
        "qt.gui.imageio*.warning=false",
        "qt.imageformats*.warning=false",
        "qt.imageformats*.critical=false",
        "qt.multimedia*.info=false",
        "qt.multimedia.symbolsresolver*.warning=false",
    ]
)
_AV_LOG_ERROR = 16
_DONE: set[str] = set()


def quiet_qt() -> None:
    """Qt's logging rules for files' chatter (idempotent: `setFilterRules` replaces, so all rules live here)."""
    if "qt" in _DONE:
        return
    _DONE.add("qt")
    from PySide6.QtCore import QLoggingCategory

    QLoggingCategory.setFilterRules(QT_RULES)


def quiet_ffmpeg() -> None:
    """FFmpeg logs at its "info" level by default, which prints each opened file's streams: errors only.

    Applies to the FFmpeg that PySide6's wheels ship; a system FFmpeg is left as it is.
    """
    if "ffmpeg" in _DONE or os.environ.get("QT_FFMPEG_DEBUG"):
        return
    _DONE.add("ffmpeg")
    import ctypes

    import PySide6

    qt = Path(PySide6.__file__).parent / "Qt"
    for pattern in ("lib/libavutil.so.*", "lib/libavutil.*.dylib", "bin/avutil-*.dll", "../avutil-*.dll"):
        for library in sorted(qt.glob(pattern)):
            try:
                ctypes.CDLL(str(library)).av_log_set_level(_AV_LOG_ERROR)
            except (OSError, AttributeError) as exc:
                log.debug("cannot quiet %s: %s", library, exc)
                continue
            return
