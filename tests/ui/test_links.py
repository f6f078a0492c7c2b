"""Only http and https addresses with a host open, in the browser; everything else stays put."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QUrl

from tourviewer.ui.links import is_web_link, open_web_link


@pytest.mark.parametrize(
    "address,web",
    [
        ("https://example.org/farm", True),
        ("http://example.org", True),
        ("HTTPS://EXAMPLE.ORG/x", True),
        ("https:///no-host", False),
        ("http:relative", False),
        ("file:///etc/passwd", False),
        ("javascript:alert(1)", False),
        ("mailto:someone@example.org", False),
        ("ftp://example.org/file", False),
        ("images/farm.jpg", False),
        ("#section", False),
        ("stop:collabo-farm", False),
        ("http://exa mple.org", False),
    ],
)
def test_which_links_are_web_links(address, web):
    assert is_web_link(QUrl(address)) is web


def test_only_web_links_are_opened():
    opened: list[QUrl] = []
    assert open_web_link(QUrl("https://example.org/farm"), opened.append, "a note")
    assert not open_web_link(QUrl("file:///etc/passwd"), opened.append, "a note")
    assert opened == [QUrl("https://example.org/farm")]
