"""Keep libraries' chatter about files off the terminal: the viewer says what matters in its own window.

Qt's image readers warn about each damaged picture ("Corrupt JPEG data",
odd TIFF tags), Qt Multimedia reports which sound servers it could not load,
and FFmpeg prints the streams of every file it opens. The placeholder, the
problems bar and the player say why a file cannot be shown or played, so
these lines go. `QT_LOGGING_RULES` and `QT_FFMPEG_DEBUG` bring them back for
debugging (both take precedence over what is set here).

libpng is the odd one: Qt gives it a warning handler (a Qt message, quieted
by the rules above) but no error handler, so for a damaged PNG libpng's own
`png_default_error` prints "libpng error: …" with C's `stderr`, past Qt's
message handler. `quiet_libpng` points C's `stderr` at a pipe whose lines are
passed on to the terminal (file descriptor 2, as before), all but libpng's
own, which go to the log at debug level. `images.image_reader` calls it before
the first PNG is read.
"""

from __future__ import annotations

import atexit
import logging
import os
import sys
import threading
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


_LIBPNG = (b"libpng error: ", b"libpng warning: ")  # png_default_error's and png_default_warning's lines


def split_noise(pending: bytes) -> tuple[bytes, list[bytes], bytes]:
    """(what goes on to the terminal, libpng's lines, what to keep until more comes) of the bytes read.

    Lines pass at once, as do the starts of lines that cannot be libpng's; a line that
    begins (or may begin) as libpng's waits for its end, as libpng writes it in pieces.
    """
    out: list[bytes] = []
    dropped: list[bytes] = []
    while pending:
        end = pending.find(b"\n")
        line = pending if end < 0 else pending[: end + 1]
        if any(line.startswith(p) or (end < 0 and p.startswith(line)) for p in _LIBPNG):
            if end < 0:
                break
            dropped.append(line)
        else:
            out.append(line)
        pending = pending[len(line) :]
    return b"".join(out), dropped, pending


def _pass_on(read_end: int) -> None:
    """The pipe's other end: everything but libpng's lines to file descriptor 2, until the pipe closes."""
    pending = b""
    while True:
        try:
            chunk = os.read(read_end, 65536)
        except OSError:
            chunk = b""
        if chunk:
            out, dropped, pending = split_noise(pending + chunk)
        else:  # closed: what is left is passed on, unless it is libpng's
            noise = pending.startswith(_LIBPNG)
            out, dropped, pending = (b"", [pending], b"") if noise else (pending, [], b"")
        for line in dropped:
            log.debug("%s", line.decode("utf-8", "replace").rstrip())
        if out:
            try:
                os.write(2, out)
            except OSError:
                pass
        if not chunk:
            os.close(read_end)
            return


_LIBPNG_LOCK = threading.Lock()  # pictures are read on several threads


def libpng_quiet() -> bool:
    """Whether `quiet_libpng` has run (or had nothing to do)."""
    return "libpng" in _DONE


def quiet_libpng() -> None:
    """libpng's own lines about damaged PNGs off the terminal (glibc's C library only; idempotent).

    Called before the first PNG is read rather than at start: it loads ctypes, about 2 ms.
    """
    with _LIBPNG_LOCK:
        if "libpng" in _DONE:
            return
        if sys.platform.startswith("linux") and not os.environ.get("QT_LOGGING_RULES"):
            _filter_c_stderr()
        # said done only now: a picture read on another thread meanwhile waits for the lock, not past it
        _DONE.add("libpng")


def _filter_c_stderr() -> None:
    import ctypes

    try:
        libc = ctypes.CDLL(None)
        c_stderr = ctypes.c_void_p.in_dll(libc, "stderr")
        libc.fdopen.restype = ctypes.c_void_p
        libc.fdopen.argtypes = [ctypes.c_int, ctypes.c_char_p]
        libc.setvbuf.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int, ctypes.c_size_t]
        libc.fflush.argtypes = [ctypes.c_void_p]
        libc.fclose.argtypes = [ctypes.c_void_p]
        read_end, write_end = os.pipe()
        os.set_inheritable(write_end, False)
        piped = libc.fdopen(write_end, b"w")
        if not piped:
            os.close(read_end)
            os.close(write_end)
            return
        libc.setvbuf(piped, None, 2, 0)  # _IONBF: unbuffered, as stderr is
    except (OSError, AttributeError, ValueError) as exc:
        log.debug("cannot quiet libpng: %s", exc)
        return
    original = c_stderr.value
    thread = threading.Thread(target=_pass_on, args=(read_end,), name="stderr-lines", daemon=True)
    thread.start()
    c_stderr.value = piped

    def restore() -> None:  # at exit: C's stderr back, and the lines still in the pipe passed on
        c_stderr.value = original
        libc.fclose(piped)
        thread.join(timeout=2)

    atexit.register(restore)
