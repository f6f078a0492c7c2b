"""The interface's words in the reader's language, through Qt's translation system.

Every string a person sees or hears goes through :func:`translate` with an explicit
context (the class or module it belongs to, spelled out: never ``self.tr``,
whose context changes in subclasses). ``pyside6-lupdate`` finds these calls by
name, so call them as ``translate("Context", "text")`` with literal strings.

- Constants defined before a translator exists are marked with
  :func:`QT_TRANSLATE_NOOP` and translated where they are shown.
- Counts use Qt's ``%n`` plurals, the count given fourth and by position, after
  ``None`` (lupdate sees neither ``n=`` nor ``""``):
  ``translate("MainWindow", "%n stop(s)", None, count)``. The count must be a plain name
  (``count``), never an expression: lupdate silently drops a call whose fourth argument is
  ``len(stops)`` or ``self.count`` (tests/test_translations.py catches that).
- Translate first, format after: ``translate("C", "Stop {0} of {1}").format(a, b)``.

The interface language (:func:`install_language`) is English, Korean, Japanese, Simplified
Chinese, Indonesian or Malay, or a generated pseudo language for looking at screens and for tests;
see docs/translations.md.

Widgets that show translated text set it in a ``retranslate()`` method, called
once when they are built and again on ``QEvent.LanguageChange`` (see
:class:`Retranslating`), so switching the interface language needs no restart.
"""

from __future__ import annotations

import logging
import os
import re
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, QSettings, QTranslator
from PySide6.QtGui import QFont, QGuiApplication

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

log = logging.getLogger(__name__)


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``text`` of ``context`` in the interface language (``%n`` replaced by ``n``).

    English is the source and has no translation file: there, a count's "(s)" is "s" unless the count
    is one ("%n stop(s)": "1 stop", "3 stops")."""
    translated = QCoreApplication.translate(context, text, disambiguation, n)
    if n >= 0 and "(s)" in text and translated == text.replace("%n", str(n)):
        return translated.replace("(s)", "" if n == 1 else "s")
    return translated


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate knows
    """Marks ``text`` of ``context`` for extraction without translating it yet."""
    return text


class Retranslating:
    """Mixin for a QWidget: calls ``self.retranslate()`` when the language changes."""

    def retranslate(self) -> None:  # pragma: no cover - overridden
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)  # type: ignore[misc]


# -- the interface language ------------------------------------------------------------------

#: The interface languages, English (the source) first, as Qt names their translation files.
LANGUAGES = ("en", "ko", "ja", "zh_CN", "id", "ms")
#: A generated language for looking at screens and for tests: every text accented and longer.
PSEUDO = "pseudo"
#: QSettings key of View > Interface language ("" or absent: the system's language).
SETTING = "interface/language"
#: Set by `--ui-lang CODE` (and read by every window started in that run).
ENVIRONMENT = "TOURVIEWER_UI_LANG"

_translators: list[QTranslator] = []


def nearest_language(ui_languages: list[str]) -> str:
    """The first of our languages among a locale's `uiLanguages()` ("ko-KR", "zh-Hans-CN"…), else English."""
    for name in ui_languages:
        parts = name.replace("_", "-").split("-")
        language = parts[0].lower()
        if language == "zh":  # written Chinese: Simplified is what we have
            return "zh_CN"
        if language in LANGUAGES:
            return language
    return "en"


def system_language() -> str:
    return nearest_language(QLocale.system().uiLanguages())


def chosen_language() -> str:
    """`--ui-lang` for this run, else View > Interface language, else the system's language."""
    given = os.environ.get(ENVIRONMENT, "")
    if given in (*LANGUAGES, PSEUDO):
        return given
    saved = str(QSettings().value(SETTING, "") or "")
    return saved if saved in LANGUAGES else system_language()


def save_language_choice(code: str) -> None:
    """Remember View > Interface language ("" follows the system)."""
    QSettings().setValue(SETTING, code if code in LANGUAGES else "")


def _translations_folder() -> Path | None:
    """Where the package's .qm files are: asked of the import system, not of importlib.resources (~7 ms)."""
    from importlib.util import find_spec

    try:
        spec = find_spec("tourviewer.translations")
    except ModuleNotFoundError:  # a source tree never installed
        return None
    places = [Path(p) for p in (spec.submodule_search_locations or [])] if spec is not None else []
    found = next((p for p in places if any(p.glob("*.qm"))), None)
    if found is None:  # a packaging the import system does not show as folders (a frozen program)
        from importlib.resources import files

        return Path(str(files("tourviewer.translations")))
    return found


def _load(translator: QTranslator, folder: Path | str | None, name: str) -> bool:
    return folder is not None and translator.load(name, str(folder))


def install_language(app: QCoreApplication, code: str) -> str:
    """Make `code` (one of LANGUAGES, or PSEUDO) the interface language now: our translations, Qt's own,
    the default QLocale (numbers and dates) and the interface font's Han glyphs. Widgets hear of it
    through QEvent.LanguageChange. Returns the language installed (English when `code` is unknown)."""
    for translator in _translators:
        app.removeTranslator(translator)
    _translators.clear()
    if code not in (*LANGUAGES, PSEUDO):
        log.warning("no interface language %r: English instead", code)
        code = "en"
    if code == PSEUDO:
        _translators.append(PseudoTranslator())
    elif code != "en":
        ours, qt = _translations_folder(), QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        for folder, name in ((ours, f"tourviewer_{code}"), (qt, f"qtbase_{code}"), (ours, f"qtbase_extra_{code}")):
            translator = QTranslator()  # kept alive by _translators while installed
            if _load(translator, folder, name):
                _translators.append(translator)
            elif name.startswith("tourviewer"):
                log.warning("no translation %s.qm in %s", name, folder)
    for translator in _translators:
        app.installTranslator(translator)
    QLocale.setDefault(QLocale("en_US" if code in ("en", PSEUDO) else code))
    _set_interface_font(app, code)
    return code


def loaded_files() -> list[str]:
    """The translation files of the interface language now installed."""
    return [t.filePath() for t in _translators if t.filePath()]


_TOUR_TAGS = {"zh_CN": ("zh-Hans", "zh-CN", "zh")}  # an interface language -> the tour tags that are it


def preferred_tour_language(languages: Sequence[str]) -> str | None:
    """Of a tour's `languages`, the interface's own, if the tour has it: a Japanese reader opening a tour
    for the first time reads it in Japanese. None when the tour does not have it."""
    code = current_language()
    return next((tag for tag in _TOUR_TAGS.get(code, (code,)) if tag in languages), None)


def current_language() -> str:
    """The interface language as QLocale's default holds it (after install_language)."""
    if _translators and isinstance(_translators[0], PseudoTranslator):
        return PSEUDO
    language = QLocale().name().split("_")[0]
    if language == "zh":
        return "zh_CN"
    return language if language in LANGUAGES else "en"


# -- Han glyphs ------------------------------------------------------------------------------

_CJK_FAMILIES = {
    "ja": "Noto Sans CJK JP",
    "ko": "Noto Sans CJK KR",
    "zh-Hans": "Noto Sans CJK SC",
    "zh-Hant": "Noto Sans CJK TC",
    "zh-HK": "Noto Sans CJK HK",
}


def cjk_family(tag: str) -> str | None:
    """The Noto CJK family that draws Han characters as readers of `tag` (a BCP 47 tag, or Qt's
    "zh_CN") expect them: Japanese, Korean, Simplified or Traditional Chinese forms; None for others."""
    parts = tag.replace("_", "-").split("-")
    language = parts[0].lower()
    if language in ("ja", "ko"):
        return _CJK_FAMILIES[language]
    if language != "zh":
        return None
    rest = {p.upper() for p in parts[1:]}
    if "HK" in rest or "MO" in rest:
        return _CJK_FAMILIES["zh-HK"]
    if "HANT" in rest or "TW" in rest:
        return _CJK_FAMILIES["zh-Hant"]
    return _CJK_FAMILIES["zh-Hans"]


def font_for_language(tag: str, font: QFont | None = None) -> QFont:
    """`font` (the application's by default) with families that draw Han characters in `tag`'s forms:
    its own family first for Latin letters, then the regional Noto CJK family."""
    font = QFont(font) if font is not None else QFont(QGuiApplication.font())
    family = cjk_family(tag)
    families = [f for f in (font.families() or [font.family()]) if not f.startswith("Noto Sans CJK")]
    font.setFamilies([*families, family] if family else families)
    return font


def show_in_language(widget: QWidget, tag: str) -> None:
    """Draw `widget`'s text (a tour's title, narration, captions…) with the Han forms of `tag`, keeping its size."""
    widget.setFont(font_for_language(tag, widget.font()))


def _set_interface_font(app: QCoreApplication, code: str) -> None:
    if not isinstance(app, QGuiApplication):
        return
    font = font_for_language(code, app.font())
    if font.families() != app.font().families():  # English at start changes nothing
        app.setFont(font)


# -- the pseudo language ---------------------------------------------------------------------

_PLAIN = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
_ACCENTED = "àƀçđéƒĝĥîĵķĺɱñöþǫŕšţûṽŵẋýžÀƁÇĐÉƑĜĤÎĴĶĹṀÑÖÞǪŔŠŢÛṼŴẊÝŽ"
_ACCENT = str.maketrans(_PLAIN, _ACCENTED)
# what must reach the program as written: placeholders, HTML tags and entities, an escaped ampersand
_KEPT = re.compile(r"\{\d*\}|%n|%L?\d+|<[^>]*>|&[A-Za-z]+;|&&|https?://\S+")


def pseudo(text: str) -> str:
    """`text` in the pseudo language: letters accented, bracketed and padded to about 140% of its length."""
    if not text.strip():
        return text
    pieces, at = [], 0
    for kept in _KEPT.finditer(text):
        pieces.append(text[at : kept.start()].translate(_ACCENT))
        pieces.append(kept.group())
        at = kept.end()
    pieces.append(text[at:].translate(_ACCENT))
    padding = "·" * max(1, round(len(text) * 0.4) - 3)
    return f"[{''.join(pieces)} {padding}]"


class PseudoTranslator(QTranslator):
    """Translates every text, the program's and Qt's own, into the pseudo language."""

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        return pseudo(source)

    def isEmpty(self) -> bool:  # noqa: N802 - Qt's name; an empty translator would not announce itself
        return False
