"""Help > Keyboard shortcuts: every key of the viewer's menus, and the keys that work inside its panels."""

from __future__ import annotations

import html

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMenu, QTextBrowser, QVBoxLayout, QWidget

# Keys that belong to a panel rather than to a menu command.
PANEL_KEYS: tuple[tuple[str, tuple[tuple[str, str], ...]], ...] = (
    (
        "In the picture and its thumbnails",
        (
            ("Left / Right", "the stop's previous or next picture (on the first or last: the previous or next stop)"),
            ("Enter", "the picture full-window"),
        ),
    ),
    (
        "Full-window picture",
        (
            ("Left / Right", "the stop's previous or next picture"),
            ("+ / − / wheel", "zoom in or out; drag to move around"),
            ("0", "fit the picture to the window"),
            ("F11", "full screen"),
            ("Escape", "close"),
        ),
    ),
    (
        "In a note",
        (
            ("Tab / Shift+Tab", "leave the note for the next or previous part of the window"),
            ("Escape", "back to the tour (the keys move through stops again)"),
        ),
    ),
    (
        "Presenting (F5)",
        (
            ("Right, PageDown, Space, Enter, Down", "next stop"),
            ("Left, PageUp, Backspace, Up", "previous stop"),
            ("] / [", "the stop's next or previous picture, for the room"),
            ("B or .  /  W or ,", "black or white screen (again to come back)"),
            ("F", "freeze the audience window while you look ahead"),
            ("a number, then Enter or G", "go to that stop"),
            ("S", "swap the screens"),
            ("Escape, twice", "end presenting and return here"),
        ),
    ),
)


def key_text(menu: QMenu) -> list[tuple[str, str]]:
    """(keys, command) for every action of `menu` that has a shortcut, in the menu's order."""
    rows = []
    for action in menu.actions():
        shown = (k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts())
        keys = [k for k in shown if k]  # a standard key the platform does not bind shows as nothing
        if keys:
            rows.append((" or ".join(keys), action.text().replace("&", "").rstrip("…")))
    return rows


class ShortcutsDialog(QDialog):
    """A page of the window's keys: the menus' shortcuts, then the panels' own keys."""

    def __init__(self, menus: list[QMenu], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle("Keyboard shortcuts")
        self.setAccessibleName("Keyboard shortcuts")
        sections = [(menu.title().replace("&", ""), key_text(menu)) for menu in menus]
        sections += [(title, list(rows)) for title, rows in PANEL_KEYS]
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
