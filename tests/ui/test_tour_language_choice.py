"""A reader whose interface is in a language the tour also has reads the tour in it, the first time."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication

from tests.ui.conftest import open_window, shown_window
from tests.ui.pseudo import switch_language
from tourviewer.core.store import Store
from tourviewer.ui.i18n import install_language, preferred_tour_language
from tourviewer.ui.mainwindow import MainWindow

HONGSUNG = Path(__file__).resolve().parents[2] / "tours" / "hongsung"


def test_the_interface_language_is_the_tour_language_it_prefers(qapp):
    app = QApplication.instance()
    try:
        for code, tag in (("ja", "ja"), ("zh_CN", "zh-Hans"), ("ko", "ko"), ("ms", "ms")):
            install_language(app, code)
            assert preferred_tour_language(["en", "ko", "ja", "zh-Hans", "ms"]) == tag
        install_language(app, "id")
        assert preferred_tour_language(["en", "ko"]) is None, "not offered: the tour's own default then"
    finally:
        install_language(app, "en")


def test_a_tour_opened_the_first_time_shows_in_the_interface_language(qtbot, tmp_path):
    window = shown_window(qtbot, tmp_path)
    switch_language(window, "ja")
    try:
        open_window(window, HONGSUNG)
        assert window.session.language == "ja"
        assert window.view.title.text() == window.session.text(window.session.tour.title)
        window.session.set_language("en")  # the reader's own choice is what is remembered
        window.close()  # the position and language are written as the window closes
        reopened = MainWindow(Store(tmp_path / "data"), tmp_path / "data" / "tours")
        qtbot.addWidget(reopened)
        reopened.show()
        open_window(reopened, HONGSUNG)
        assert reopened.session.language == "en", "where it was left, in the language it was read in"
    finally:
        switch_language(window, "en")


def test_library_cards_speak_the_interface_language_when_the_tour_does(qtbot, tmp_path):
    window = shown_window(qtbot, tmp_path)
    switch_language(window, "ko")
    try:
        window.show_library()
        library = window._library
        assert library is not None
        titles = {card.card.title for card in library.cards}
        assert "홍성: 함께 짓는 농사" in titles
    finally:
        switch_language(window, "en")
