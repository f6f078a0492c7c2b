"""Links in a tour's texts and in notes: only web addresses open, and only in the system's browser."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QUrl

log = logging.getLogger(__name__)

WEB_SCHEMES = ("http", "https")


def is_web_link(url: QUrl) -> bool:
    """Whether `url` is an http or https address with a host: the only links handed to the browser."""
    return url.isValid() and url.scheme().lower() in WEB_SCHEMES and bool(url.host())


def open_web_link(url: QUrl, open_url: Callable[[QUrl], object], where: str) -> bool:
    """Open `url` with `open_url` when it is a web link; else only say in the log that it was not opened."""
    if is_web_link(url):
        log.info("opening %s in the system browser", url.toString())
        open_url(url)
        return True
    log.info("link in %s not opened (only http and https links open): %s", where, url.toString())
    return False
