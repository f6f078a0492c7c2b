"""The pseudo-language check: a window shown in the pseudo language, searched for text that did not go
through translation and for labels and buttons too small for their (about 40% longer) text.

    with pseudo_language():
        window = SomeWindow(...)
        window.show()
        assert untranslated(window, allowed=tour_texts) == []

`allowed` holds the texts that are not the program's to translate: what the tour says (titles,
narration, captions), file names, names of people. Numbers, punctuation, names of languages in their
own language and keyboard shortcuts are allowed everywhere.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from contextlib import contextmanager

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QAction, QKeySequence, QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDockWidget,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QTabWidget,
    QTextEdit,
    QWidget,
)

from tourviewer.ui.i18n import PSEUDO, install_language
from tourviewer.ui.languages import LANGUAGE_NAMES

# the program's name, and the text size buttons' letters: the same in every language
ALWAYS_ALLOWED = ("Tour Viewer", "A\u2212", "A+")
_TAG = re.compile(r"<[^>]*>|&[A-Za-z]+;|&#\d+;")
_LATIN = re.compile(r"[A-Za-z]")


@contextmanager
def pseudo_language() -> Iterator[None]:
    """The interface in the pseudo language for the `with` block, English again after it."""
    app = QApplication.instance()
    assert app is not None
    install_language(app, PSEUDO)
    try:
        yield
    finally:
        install_language(app, "en")


def switch_language(widget: QWidget, code: str) -> None:
    """Install `code` and let `widget` hear of it (what a real window gets from the event loop)."""
    app = QApplication.instance()
    assert app is not None
    install_language(app, code)
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
    QCoreApplication.processEvents()


def _shortcut_texts(widget: QWidget) -> set[str]:
    found: set[str] = set()
    for action in _actions(widget):
        for sequence in action.shortcuts():
            for form in (QKeySequence.SequenceFormat.NativeText, QKeySequence.SequenceFormat.PortableText):
                found.add(sequence.toString(form))
    return found


def _actions(widget: QWidget) -> Iterator[QAction]:
    seen: set[int] = set()
    stack: list[QAction] = [*widget.actions()]
    for child in widget.findChildren(QWidget):
        stack.extend(child.actions())
    if isinstance(widget, QMainWindow) and widget.menuWidget() is not None:
        stack.extend(widget.menuBar().actions())
    while stack:
        action = stack.pop()
        if id(action) in seen:
            continue
        seen.add(id(action))
        yield action
        if action.menu() is not None:
            stack.extend(action.menu().actions())


def _plain(text: str) -> str:
    return _TAG.sub(" ", text) if "<" in text else text


def is_untranslated(text: str, allowed: Iterable[str] = ()) -> bool:
    """Whether `text` has Latin letters left once the allowed texts are taken out: every letter of a
    pseudo-translated text is accented, and a placeholder's value is either allowed or translated."""
    text = _plain(text)
    for known in sorted(allowed, key=len, reverse=True):
        if known:
            text = text.replace(known, " ")
    return bool(_LATIN.search(text))


def _texts(widget: QWidget) -> Iterator[tuple[str, str]]:
    yield "window title", widget.windowTitle() if widget.isWindow() else ""
    yield "tooltip", widget.toolTip()
    yield "status tip", widget.statusTip()
    yield "what's this", widget.whatsThis()
    yield "accessible name", widget.accessibleName()
    yield "accessible description", widget.accessibleDescription()
    if isinstance(widget, QLabel):
        yield "label", widget.text()
    if isinstance(widget, QAbstractButton):
        yield "button", widget.text()
    if isinstance(widget, QLineEdit):
        yield "placeholder", widget.placeholderText()
    if isinstance(widget, QTextEdit | QPlainTextEdit):
        yield "placeholder", widget.placeholderText()
    if isinstance(widget, QGroupBox):
        yield "group title", widget.title()
    if isinstance(widget, QDockWidget):
        yield "dock title", widget.windowTitle()
    if isinstance(widget, QTabWidget):
        for i in range(widget.count()):
            yield "tab", widget.tabText(i)
            yield "tab tooltip", widget.tabToolTip(i)
    if isinstance(widget, QComboBox):
        for i in range(widget.count()):
            yield "combo item", widget.itemText(i)
    if isinstance(widget, QMenu):
        yield "menu title", widget.title()


def _headings(view: QAbstractItemView) -> list[str]:
    model = view.model()
    header = getattr(view, "header", None) or getattr(view, "horizontalHeader", None)
    if model is None or header is None or header().isHidden():
        return []
    texts = (
        model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole) for c in range(model.columnCount())
    )
    return [str(text) for text in texts if text]


def _shown(widget: QWidget, top: QWidget) -> bool:
    return widget is top or widget.isVisibleTo(top)


def untranslated(top: QWidget, allowed: Iterable[str] = ()) -> list[str]:
    """What `top` and its visible widgets, actions and menus show that is not in the pseudo language."""
    allowed = [*allowed, *ALWAYS_ALLOWED, *LANGUAGE_NAMES.values(), *_shortcut_texts(top)]
    found: list[str] = []
    widgets = [top, *(w for w in top.findChildren(QWidget) if _shown(w, top))]
    for widget in widgets:
        if isinstance(widget, QAbstractItemView):
            # the rows show the tour's texts and the notes; the column headings are the program's
            found += [
                f"{type(widget).__name__} heading: {text!r}"
                for text in _headings(widget)
                if is_untranslated(text, allowed)
            ]
            continue
        for kind, text in _texts(widget):
            if text and is_untranslated(text, allowed):
                found.append(f"{type(widget).__name__} {widget.objectName() or ''} {kind}: {text!r}")
    for action in _actions(top):
        if action.isSeparator() or not action.isVisible():
            continue
        for kind, text in (("action", action.text()), ("action tooltip", action.toolTip())):
            if kind == "action tooltip" and text == action.text().replace("&", ""):
                continue  # Qt's default tooltip is the text
            if text and is_untranslated(text, allowed):
                found.append(f"action {kind}: {text!r}")
    return found


def _fits(widget: QLabel | QAbstractButton) -> bool:
    text = widget.text()
    if not text or not widget.isVisible() or widget.width() <= 1:
        return True
    if isinstance(widget, QLabel):
        if widget.pixmap() is not None and not widget.pixmap().isNull():
            return True
        rect = widget.contentsRect()
        margin = 2 * widget.margin() + (2 * widget.indent() if widget.indent() > 0 else 0)
        rich = widget.textFormat() == widget.textFormat().RichText or (
            widget.textFormat() == widget.textFormat().AutoText and "<" in text
        )
        if rich or widget.wordWrap():
            document = QTextDocument()
            document.setDefaultFont(widget.font())
            document.setDocumentMargin(0)
            if rich:
                document.setHtml(text)
            else:
                document.setPlainText(text)
            if widget.wordWrap():
                document.setTextWidth(max(1, rect.width() - margin))
                return document.size().height() <= rect.height() + 2
            return document.idealWidth() <= rect.width() - margin + 2 and document.size().height() <= rect.height() + 2
        metrics = widget.fontMetrics()
        lines = text.split("\n")
        width = max(metrics.horizontalAdvance(line.replace("&&", "&")) for line in lines)
        return width <= rect.width() - margin + 1 and metrics.height() * len(lines) <= rect.height() + 2
    hint = widget.sizeHint()
    return widget.width() + 1 >= hint.width() and widget.height() + 1 >= min(hint.height(), widget.height() + 1)


def clipped(top: QWidget) -> list[str]:
    """The visible labels and buttons of `top` whose text is wider or taller than their room."""
    found = []
    for widget in top.findChildren(QLabel) + top.findChildren(QAbstractButton):
        if widget.isVisibleTo(top) and not _fits(widget):
            found.append(f"{type(widget).__name__} {widget.text()!r} in {widget.width()}x{widget.height()}")
    return found
