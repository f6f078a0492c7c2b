"""Help > Keyboard shortcuts: every key of the viewer's menus, and the keys that work inside its panels."""

from __future__ import annotations

import html
import re

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMenu, QTextBrowser, QVBoxLayout, QWidget

from tourviewer.ui.i18n import QT_TRANSLATE_NOOP, translate

# Keys that belong to a panel rather than to a menu command (translated where shown: the names of
# keys as the keyboards of the language print them).
PANEL_KEYS: tuple[tuple[str, tuple[tuple[str, str], ...]], ...] = (
    (
        QT_TRANSLATE_NOOP("ShortcutsDialog", "In the picture and its thumbnails"),
        (
            (
                QT_TRANSLATE_NOOP("ShortcutsDialog", "Left / Right"),
                QT_TRANSLATE_NOOP(
                    "ShortcutsDialog",
                    "the stop's previous or next picture (on the first or last: the previous or next stop)",
                ),
            ),
            (
                QT_TRANSLATE_NOOP("ShortcutsDialog", "Enter"),
                QT_TRANSLATE_NOOP("ShortcutsDialog", "the picture full-window"),
            ),
        ),
    ),
    (
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Full-window picture"),
        (
            (
                QT_TRANSLATE_NOOP("ShortcutsDialog", "Left / Right"),
                QT_TRANSLATE_NOOP("ShortcutsDialog", "the stop's previous or next picture"),
            ),
            (
                QT_TRANSLATE_NOOP("ShortcutsDialog", "+ / − / wheel"),
                QT_TRANSLATE_NOOP("ShortcutsDialog", "zoom in or out; drag to move around"),
            ),
            ("0", QT_TRANSLATE_NOOP("ShortcutsDialog", "fit the picture to the window")),
            ("F11", QT_TRANSLATE_NOOP("ShortcutsDialog", "full screen")),
            (QT_TRANSLATE_NOOP("ShortcutsDialog", "Escape"), QT_TRANSLATE_NOOP("ShortcutsDialog", "close")),
        ),
    ),
    (
        QT_TRANSLATE_NOOP("ShortcutsDialog", "In a note"),
        (
            (
                QT_TRANSLATE_NOOP("ShortcutsDialog", "Tab / Shift+Tab"),
                QT_TRANSLATE_NOOP("ShortcutsDialog", "leave the note for the next or previous part of the window"),
            ),
            (
                QT_TRANSLATE_NOOP("ShortcutsDialog", "Escape"),
                QT_TRANSLATE_NOOP("ShortcutsDialog", "back to the tour (the keys move through stops again)"),
            ),
        ),
    ),
    (
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Presenting (F5)"),
        (
            (
                QT_TRANSLATE_NOOP("ShortcutsDialog", "Right, PageDown, Space, Enter, Down"),
                QT_TRANSLATE_NOOP("ShortcutsDialog", "next stop"),
            ),
            (
                QT_TRANSLATE_NOOP("ShortcutsDialog", "Left, PageUp, Backspace, Up"),
                QT_TRANSLATE_NOOP("ShortcutsDialog", "previous stop"),
            ),
            (
                QT_TRANSLATE_NOOP("ShortcutsDialog", "] / ["),
                QT_TRANSLATE_NOOP("ShortcutsDialog", "the stop's next or previous picture, for the room"),
            ),
            (
                QT_TRANSLATE_NOOP("ShortcutsDialog", "B or .  /  W or ,"),
                QT_TRANSLATE_NOOP("ShortcutsDialog", "black or white screen (again to come back)"),
            ),
            ("F", QT_TRANSLATE_NOOP("ShortcutsDialog", "freeze the audience window while you look ahead")),
            (
                QT_TRANSLATE_NOOP("ShortcutsDialog", "a number, then Enter or G"),
                QT_TRANSLATE_NOOP("ShortcutsDialog", "go to that stop"),
            ),
            ("S", QT_TRANSLATE_NOOP("ShortcutsDialog", "swap the screens")),
            (
                QT_TRANSLATE_NOOP("ShortcutsDialog", "Escape, twice"),
                QT_TRANSLATE_NOOP("ShortcutsDialog", "end presenting and return here"),
            ),
        ),
    ),
)


def _without_accelerator(text: str) -> str:
    """A menu's text without its accelerator: "&File" and a translation's "파일(&F)" alike."""
    text = re.sub(r"\s*[(（]&[^&][)）]", "", text)
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def key_text(menu: QMenu) -> list[tuple[str, str]]:
    """(keys, command) for every action of `menu` that has a shortcut, in the menu's order."""
    rows = []
    for action in menu.actions():
        shown = (k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts())
        keys = [k for k in shown if k]  # a standard key the platform does not bind shows as nothing
        if keys:
            either = keys[0]
            for key in keys[1:]:
                either = translate("ShortcutsDialog", "{0} or {1}").format(either, key)
            rows.append((either, _without_accelerator(action.text()).rstrip("…")))
    return rows


class ShortcutsDialog(QDialog):
    """A page of the window's keys: the menus' shortcuts, then the panels' own keys."""

    def __init__(self, menus: list[QMenu], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(translate("ShortcutsDialog", "Keyboard shortcuts"))
        self.setAccessibleName(translate("ShortcutsDialog", "Keyboard shortcuts"))
        sections = [(_without_accelerator(menu.title()), key_text(menu)) for menu in menus]
        sections += [
            (
                translate("ShortcutsDialog", title),
                [(translate("ShortcutsDialog", keys), translate("ShortcutsDialog", what)) for keys, what in rows],
            )
            for title, rows in PANEL_KEYS
        ]
        self.browser = QTextBrowser()
        self.browser.setOpenLinks(False)
        self.browser.setHtml(_page(sections))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        self.resize(620, 640)


def _page(sections: list[tuple[str, list[tuple[str, str]]]]) -> str:
    parts = []
    for title, rows in sections:
        if not rows:
            continue
        parts.append(f"<h3>{html.escape(title)}</h3><table cellspacing='0' cellpadding='3'>")
        parts += [
            f"<tr><td style='padding-right:18px'><b>{html.escape(keys)}</b></td><td>{html.escape(what)}</td></tr>"
            for keys, what in rows
        ]
        parts.append("</table>")
    return "".join(parts)
