"""Translatable text and the language fallback of the tour format.

A text is a plain string in the tour's default language, or a table from
language tag to string. Shown in language L it falls back to the default
language, then to the first language the text has.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pydantic is loaded only to validate a tour (tourviewer.core.validation)
    from pydantic import GetCoreSchemaHandler, GetJsonSchemaHandler
    from pydantic.json_schema import JsonSchemaValue
    from pydantic_core import core_schema

SLUG_PATTERN = r"^[a-z0-9]+(-[a-z0-9]+)*$"
LANGUAGE_TAG_PATTERN = r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$"
LANGUAGE_TAG = re.compile(LANGUAGE_TAG_PATTERN)


class LocalizedText:
    """A string per language, or one plain string in the default language."""

    __slots__ = ("plain", "translations")

    def __init__(self, plain: str | None = None, translations: Mapping[str, str] | None = None):
        self.plain = plain
        self.translations: dict[str, str] = dict(translations or {})

    @property
    def languages(self) -> list[str]:
        return list(self.translations)

    def get(self, language: str, default_language: str) -> str:
        """The text in `language`, falling back as the tour format says."""
        if self.plain is not None:
            return self.plain
        for tag in (language, default_language):
            if tag in self.translations:
                return self.translations[tag]
        return next(iter(self.translations.values()), "")

    def own(self, language: str) -> str:
        """What is written for `language` itself, with no fallback ("" when nothing is).

        For recordings, where another language's file is no stand-in. A plain
        string is one value for every language.
        """
        if self.plain is not None:
            return self.plain
        return self.translations.get(language, "")

    def __eq__(self, other: object) -> bool:
        return (
            isinstance(other, LocalizedText) and self.plain == other.plain and self.translations == other.translations
        )

    def __hash__(self) -> int:
        return hash((self.plain, tuple(sorted(self.translations.items()))))

    def __repr__(self) -> str:
        return f"LocalizedText({self.plain!r})" if self.plain is not None else (f"LocalizedText({self.translations!r})")

    @classmethod
    def of(cls, value: str | Mapping[str, str] | LocalizedText) -> LocalizedText:
        """The text a valid tour value stands for: a string, or a table of language = "string"."""
        if isinstance(value, LocalizedText):
            return value
        if isinstance(value, str):
            return cls(plain=value)
        return cls(translations=value)

    @classmethod
    def _validate(cls, value: Any) -> LocalizedText:
        from pydantic_core import PydanticCustomError

        if isinstance(value, dict):
            if not value:
                raise PydanticCustomError("wrong-type", "an empty table is not a text: give at least one language")
            bad = [k for k, v in value.items() if not isinstance(v, str)]
            if bad:
                raise PydanticCustomError(
                    "wrong-type", "the value for language {lang} must be a string", {"lang": bad[0]}
                )
        elif not isinstance(value, str | LocalizedText):
            raise PydanticCustomError("wrong-type", 'expected a string or a table of language = "string"')
        return cls.of(value)

    @classmethod
    def __get_pydantic_core_schema__(cls, source: Any, handler: GetCoreSchemaHandler) -> core_schema.CoreSchema:
        from pydantic_core import core_schema

        return core_schema.no_info_plain_validator_function(cls._validate)

    @classmethod
    def __get_pydantic_json_schema__(
        cls, schema: core_schema.CoreSchema, handler: GetJsonSchemaHandler
    ) -> JsonSchemaValue:
        return {
            "anyOf": [
                {"type": "string"},
                {
                    "type": "object",
                    "minProperties": 1,
                    "propertyNames": {"pattern": LANGUAGE_TAG_PATTERN},
                    "additionalProperties": {"type": "string"},
                },
            ],
            "description": "A string in the tour's default language, or a table "
            'from language tag to string: { en = "…", ko = "…" }.',
        }


def resolve_text(text: LocalizedText | None, language: str, default_language: str) -> str:
    """The text shown in `language`; an absent text is the empty string."""
    return "" if text is None else text.get(language, default_language)
