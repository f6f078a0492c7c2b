"""Running a presentation: the audience window, the presenter console, their screens and the keys.

Clickers send ordinary keys; they work whichever of the two windows has focus,
because the presenter reads them before any widget does (an application-wide
event filter that only looks at the presentation's own windows).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QSize, Qt, Signal, Slot
from PySide6.QtGui import QGuiApplication, QKeyEvent, QScreen
from PySide6.QtWidgets import QApplication, QWidget

from tourviewer.core.loader import LoadResult
from tourviewer.core.presenting import BLACK, WHITE, Presentation
from tourviewer.ui.audience import AudienceWindow
from tourviewer.ui.console import PresenterConsole
from tourviewer.ui.images import ImageLoader
from tourviewer.ui.panorama import LookTogether

log = logging.getLogger(__name__)

AUDIENCE_SIZES = (QSize(1920, 1080), QSize(1280, 720))
K = Qt.Key
NEXT_KEYS = {K.Key_Right, K.Key_PageDown, K.Key_Space, K.Key_Down}
PREVIOUS_KEYS = {K.Key_Left, K.Key_PageUp, K.Key_Backspace, K.Key_Up}
ENTER_KEYS = {K.Key_Return, K.Key_Enter}
DIGITS = {getattr(K, f"Key_{n}"): str(n) for n in range(10)}


class Presenter(QObject):
    """Shows a tour on two windows and reads the presenter's keys; `finished` gives the console's stop."""

    finished = Signal(int)

    def __init__(
        self,
        result: LoadResult,
        loader: ImageLoader | None = None,
        start_index: int = 0,
        language: str | None = None,
        audience_screen: int | None = None,
        windowed: bool = False,
        size: QSize = AUDIENCE_SIZES[0],
        clock: Callable[[], float] = time.monotonic,
        parent: QObject | None = None,
    ):
        super().__init__(parent)
        self.presentation = Presentation(result, start_index, language, clock)
        self.loader = loader or ImageLoader(parent=self)
        self.audience = AudienceWindow(self.presentation, self.loader)
        self.console = PresenterConsole(self.presentation, self.loader)
        self.look = LookTogether(
            self.presentation,
            self.console.current_panorama,
            self.audience.panorama,
            (self.console.current_hotspots, self.audience.flat_hotspots),
        )
        self.audience_screen = audience_screen
        self.windowed = windowed
        self.size = size
        self.running = False
        self.presentation.ended.connect(self.stop)

    # -- screens ---------------------------------------------------------------------
    def _screens(self) -> tuple[QScreen | None, QScreen | None]:
        """(console screen, audience screen); the audience has none when it is a window."""
        screens = QGuiApplication.screens()
        console = QGuiApplication.primaryScreen()
        if self.audience_screen is not None and 0 <= self.audience_screen < len(screens):
            audience = screens[self.audience_screen]
            if audience is console and len(screens) > 1:
                console = next(s for s in screens if s is not audience)
        else:
            audience = next((s for s in screens if s is not console), None)
        if self.windowed or audience is None or audience is console:
            return console, None
        return console, audience

    def start(self) -> None:
        console_screen, audience_screen = self._screens()
        if audience_screen is None:  # one screen, or a window to share in a video call
            self.audience.resize(self.size)
            self.audience.show()
        else:
            self.audience.setScreen(audience_screen)
            self.audience.setGeometry(audience_screen.geometry())
            self.audience.showFullScreen()
        if console_screen is not None:
            self.console.setScreen(console_screen)
            self.console.resize(console_screen.availableGeometry().size() * 0.9)
        self.console.show()
        self.console.raise_()
        self.console.activateWindow()
        self.console.setFocus()  # clicker keys go to the window, not to a picture or a hotspot
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        self.running = True

    @Slot()
    def swap_screens(self) -> None:
        """S: the audience goes to the console's screen and the console to the audience's."""
        audience_screen = self.audience.screen()
        console_screen = self.console.screen()
        if audience_screen is None or console_screen is None or audience_screen is console_screen:
            log.info("only one screen: nothing to swap")
            return
        full = self.audience.isFullScreen()
        self.audience.setScreen(console_screen)
        self.audience.setGeometry(console_screen.geometry())
        self.console.setScreen(audience_screen)
        self.console.setGeometry(audience_screen.availableGeometry())
        if full:
            self.audience.showFullScreen()

    @Slot()
    def stop(self) -> None:
        if not self.running:
            return
        self.running = False
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        self.console.player.stop()
        self.audience.close()
        self.console.close()
        self.finished.emit(self.presentation.console.index)

    # -- keys ----------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() not in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride):
            return False
        if not isinstance(watched, QWidget) or watched.window() not in (self.audience, self.console):
            return False
        if not isinstance(event, QKeyEvent):
            return False
        takes_key = getattr(watched, "takes_key", None)  # a panorama or hotspot with focus: arrows turn it
        if takes_key is not None and watched.hasFocus() and takes_key(event):
            return False
        if event.type() == QEvent.Type.ShortcutOverride:
            if self._is_presenter_key(event):
                event.accept()  # ours: no shortcut may take it
                return True
            return False
        return self.handle_key(event)

    def _is_presenter_key(self, event: QKeyEvent) -> bool:
        key = event.key()
        return (
            key in NEXT_KEYS | PREVIOUS_KEYS | ENTER_KEYS | set(DIGITS)
            or key in (K.Key_Home, K.Key_End, K.Key_Escape)
            or event.text().lower() in ("b", "w", "f", "g", "s", ".", ",")
            or self._zoom(event) != 0
        )

    @staticmethod
    def _zoom(event: QKeyEvent) -> int:
        if not event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            return 0
        if event.key() in (K.Key_Plus, K.Key_Equal):
            return 1
        if event.key() == K.Key_Minus:
            return -1
        return 0

    def handle_key(self, event: QKeyEvent) -> bool:
        """Act on one key; True when it was the presenter's."""
        presentation, console = self.presentation, self.presentation.console
        key, text = event.key(), event.text().lower()
        zoom = self._zoom(event)
        if zoom:
            (self.audience.zoom_in if zoom > 0 else self.audience.zoom_out)()
        elif key in DIGITS:
            presentation.type_digit(DIGITS[key])
        elif key in ENTER_KEYS or text == "g":
            if presentation.number:
                presentation.go_to_number()
            elif key in ENTER_KEYS:
                console.next()
        elif key in NEXT_KEYS:
            presentation.clear_number()
            console.next()
        elif key in PREVIOUS_KEYS:
            presentation.clear_number()
            console.previous()
        elif key == K.Key_Home:
            console.first()
        elif key == K.Key_End:
            console.last()
        elif text in ("b", "."):
            presentation.set_screen(BLACK)
        elif text in ("w", ","):
            presentation.set_screen(WHITE)
        elif text == "f":
            presentation.toggle_freeze()
        elif text == "s":
            self.swap_screens()
        elif key == K.Key_Escape:
            if presentation.number:
                presentation.clear_number()
            else:
                presentation.end()
        else:
            return False
        return True
