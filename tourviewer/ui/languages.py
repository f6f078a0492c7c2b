"""Names of languages as their speakers write them, for menus and selectors."""

LANGUAGE_NAMES = {
    "en": "English",
    "ko": "한국어",
    "ja": "日本語",
    "zh-Hans": "简体中文",
    "id": "Bahasa Indonesia",
    "ms": "Bahasa Melayu",
    "tl": "Tagalog",
}


def language_name(tag: str) -> str:
    return LANGUAGE_NAMES.get(tag, tag)
