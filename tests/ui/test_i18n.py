"""The interface language: choosing it, installing it without a restart, the pseudo language and its check."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale, QSettings
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QMessageBox, QPushButton, QVBoxLayout, QWidget

from tests.ui.pseudo import clipped, pseudo_language, switch_language, untranslated
from tourviewer.ui import i18n
from tourviewer.ui.i18n import (
    ENVIRONMENT,
    LANGUAGES,
    Retranslating,
    chosen_language,
    cjk_family,
    font_for_language,
    install_language,
    nearest_language,
    pseudo,
    translate,
)


@pytest.fixture(autouse=True)
def english_after(qapp):
    yield
    install_language(qapp, "en")


class Greeting(Retranslating, QWidget):
    def __init__(self, wrapped: bool = True) -> None:
        super().__init__()
        self.wrapped = wrapped
        self.label = QLabel()
        self.button = QPushButton()
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(self.button)
        self.retranslate()

    def retranslate(self) -> None:
        self.label.setText(translate("Greeting", "Stop {0} of {1}").format(2, 4))
        self.button.setText(translate("Greeting", "&Play") if self.wrapped else "&Play")
        self.setWindowTitle(translate("Greeting", "Greeting"))


def test_pseudo_text_keeps_placeholders_tags_and_is_longer():
    text = pseudo("Stop {0} of {1} <b>%n</b> &amp; more")
    assert "{0}" in text and "{1}" in text and "<b>%n</b>" in text and "&amp;" in text
    assert "Stop" not in text and "Šţöþ" in text
    assert len(pseudo("Export notes to a file")) >= 1.35 * len("Export notes to a file")


def test_switching_to_pseudo_retranslates_without_restart(qtbot):
    widget = Greeting()
    qtbot.addWidget(widget)
    assert widget.label.text() == "Stop 2 of 4"
    switch_language(widget, "pseudo")
    assert widget.label.text().startswith("[Šţöþ 2 öƒ 4")
    switch_language(widget, "en")
    assert widget.label.text() == "Stop 2 of 4"


def test_the_check_finds_a_string_that_is_not_wrapped(qtbot):
    with pseudo_language():
        widget = Greeting(wrapped=False)
        qtbot.addWidget(widget)
        widget.show()
        found = untranslated(widget)
    assert found == ["QPushButton  button: '&Play'"]


def test_the_check_passes_a_wrapped_window_and_allows_the_tours_text(qtbot):
    with pseudo_language():
        widget = Greeting()
        tour_title = QLabel("Hongsung in spring")
        widget.layout().addWidget(tour_title)
        qtbot.addWidget(widget)
        widget.show()
        assert untranslated(widget, allowed=["Hongsung in spring"]) == []
        assert untranslated(widget) == ["QLabel  label: 'Hongsung in spring'"]


def test_the_check_finds_a_label_that_does_not_fit(qtbot):
    with pseudo_language():
        widget = Greeting()
        widget.label.setFixedWidth(60)  # room for the English text only
        qtbot.addWidget(widget)
        widget.show()
        qtbot.waitExposed(widget)
        assert any("Šţöþ" in problem for problem in clipped(widget))
        widget.label.setMinimumWidth(0)
        widget.label.setMaximumWidth(10000)
        widget.adjustSize()
        assert clipped(widget) == []


def test_nearest_language_of_a_locale():
    assert nearest_language(["ko-KR", "ko"]) == "ko"
    assert nearest_language(["zh-Hans-CN", "zh-CN"]) == "zh_CN"
    assert nearest_language(["ms-MY"]) == "ms"
    assert nearest_language(["de-DE", "id-ID"]) == "id"
    assert nearest_language(["fr-FR"]) == "en"


def test_choice_order_command_line_then_setting_then_system(monkeypatch):
    monkeypatch.delenv(ENVIRONMENT, raising=False)
    monkeypatch.setattr(i18n, "system_language", lambda: "ja")
    assert chosen_language() == "ja"
    QSettings().setValue(i18n.SETTING, "id")
    assert chosen_language() == "id"
    monkeypatch.setenv(ENVIRONMENT, "ko")
    assert chosen_language() == "ko"


def test_installing_sets_the_default_locale_and_back(qapp):
    install_language(qapp, "ko")
    assert QLocale().language() == QLocale.Language.Korean
    install_language(qapp, "en")
    assert QLocale().language() == QLocale.Language.English


def test_every_language_has_its_translation_files(qapp):
    """The .qm files `make` builds are installed with the package and load."""
    for code in LANGUAGES[1:]:
        assert (i18n._translations_folder() / f"tourviewer_{code}.qm").is_file(), code
    for code in ("id", "ms"):
        assert (i18n._translations_folder() / f"qtbase_extra_{code}.qm").is_file(), code


@pytest.mark.parametrize(
    ("code", "yes", "cancel"), [("id", "&Ya", "Batal"), ("ms", "&Ya", "Batal"), ("ko", "예(&Y)", "취소")]
)
def test_message_box_buttons_in_the_interface_language(qtbot, qapp, code, yes, cancel):
    install_language(qapp, code)
    buttons = QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel
    box = QMessageBox(QMessageBox.Icon.Question, "?", "?", buttons)
    qtbot.addWidget(box)
    assert box.button(QMessageBox.StandardButton.Yes).text() == yes
    assert box.button(QMessageBox.StandardButton.Cancel).text() == cancel


def test_line_edit_menu_in_indonesian(qtbot, qapp):
    install_language(qapp, "id")
    field = QLineEdit()
    qtbot.addWidget(field)
    menu = field.createStandardContextMenu()
    texts = [a.text().split("\t")[0] for a in menu.actions() if not a.isSeparator()]
    assert "&Salin" in texts and "&Tempel" in texts, texts


@pytest.mark.parametrize(
    ("tag", "family"),
    [
        ("ja", "Noto Sans CJK JP"),
        ("ko", "Noto Sans CJK KR"),
        ("zh-Hans", "Noto Sans CJK SC"),
        ("zh_CN", "Noto Sans CJK SC"),
        ("zh-Hant", "Noto Sans CJK TC"),
        ("en", None),
        ("id", None),
    ],
)
def test_han_glyphs_follow_the_language(qapp, tag, family):
    assert cjk_family(tag) == family
    families = font_for_language(tag).families()
    if family is None:
        assert not any(f.startswith("Noto Sans CJK") for f in families)
    else:
        assert families[-1] == family and len(families) >= 2  # the Latin font first, then the Han forms


def test_interface_font_follows_the_interface_language(qapp):
    install_language(qapp, "ja")
    assert QApplication.font().families()[-1] == "Noto Sans CJK JP"
    install_language(qapp, "zh_CN")
    assert QApplication.font().families()[-1] == "Noto Sans CJK SC"
    install_language(qapp, "en")
    assert not any(f.startswith("Noto Sans CJK") for f in QApplication.font().families())


def test_english_counts_read_as_english_and_translations_keep_their_own(qapp):
    assert translate("Library", "%n stop(s)", None, 1) == "1 stop"
    assert translate("Library", "%n stop(s)", None, 3) == "3 stops"
    install_language(qapp, "pseudo")
    assert translate("Library", "%n stop(s)", None, 3) == "[3 šţöþ(š) ·]"


def test_ui_lang_on_the_command_line(capsys):
    from tourviewer.cli import UI_LANGUAGES, build_parser

    assert UI_LANGUAGES == (*LANGUAGES, i18n.PSEUDO)
    parser = build_parser()
    assert parser.parse_args(["--ui-lang", "ko", "view"]).ui_lang == "ko"  # before the command, kept
    assert parser.parse_args(["view", "--ui-lang", "ja"]).ui_lang == "ja"
    assert parser.parse_args(["present", "t", "--ui-lang", "ms"]).ui_lang == "ms"
    assert parser.parse_args(["shot", "t", "--out", "x.png", "--ui-lang", "zh_CN"]).ui_lang == "zh_CN"
    with pytest.raises(SystemExit):
        parser.parse_args(["view", "--ui-lang", "fr"])
    assert "invalid choice: 'fr'" in capsys.readouterr().err


def test_the_check_reads_the_headings_of_a_table(qtbot):
    from PySide6.QtGui import QStandardItemModel
    from PySide6.QtWidgets import QTreeView

    with pseudo_language():
        view = QTreeView()
        model = QStandardItemModel(0, 2, view)
        model.setHorizontalHeaderLabels([translate("Problems", "Where"), "Problem"])
        view.setModel(model)
        qtbot.addWidget(view)
        view.show()
        assert untranslated(view) == ["QTreeView heading: 'Problem'"]
