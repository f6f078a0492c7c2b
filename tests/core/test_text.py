"""Language fallback: L, then the tour's default language, then the text's first language."""

from tourviewer.core.text import LocalizedText, resolve_text


def test_plain_string_is_the_same_in_every_language():
    text = LocalizedText(plain="Farm")
    assert text.get("ko", "en") == "Farm"
    assert text.get("en", "en") == "Farm"


def test_the_asked_language_wins():
    text = LocalizedText(translations={"en": "Farm", "ko": "농장"})
    assert text.get("ko", "en") == "농장"


def test_falls_back_to_the_default_language():
    text = LocalizedText(translations={"ja": "農場", "en": "Farm"})
    assert text.get("ko", "en") == "Farm"


def test_then_to_the_first_language_the_text_has():
    text = LocalizedText(translations={"ja": "農場", "zh-Hans": "农场"})
    assert text.get("ko", "en") == "農場"


def test_absent_text_resolves_to_empty():
    assert resolve_text(None, "en", "en") == ""


def test_tags_are_compared_exactly():
    text = LocalizedText(translations={"en": "Farm", "zh-Hans": "农场"})
    assert text.get("zh-hans", "en") == "Farm"


def test_own_has_no_fallback():
    """What a recording uses: only the language's own value, never the default's or another's."""
    text = LocalizedText(translations={"en": "a.en.ogg", "ko": "a.ko.ogg"})
    assert text.own("ko") == "a.ko.ogg"
    assert text.own("ja") == ""
    assert LocalizedText(plain="a.ogg").own("ja") == "a.ogg"
