"""Running a presentation: the audience window, the presenter console, their screens and the keys.

Clickers send ordinary keys; they work whichever of the two windows has focus,
because the presenter reads them before any widget does (an application-wide
event filter that only looks at the presentation's own windows).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, QSize, Qt, Signal, Slot
from PySide6.QtGui import QGuiApplication, QKeyEvent, QScreen
from PySide6.QtWidgets import QApplication, QWidget

from tourviewer.core.loader import LoadResult
from tourviewer.core.presenting import BLACK, WHITE, Presentation
from tourviewer.ui.audience import AudienceWindow
from tourviewer.ui.console import PresenterConsole
from tourviewer.ui.i18n import QT_TRANSLATE_NOOP
from tourviewer.ui.images import ImageKey, ImageLoader
from tourviewer.ui.latefailures import picture_failed, still_there, where_in_tour
from tourviewer.ui.panorama import LookTogether

log = logging.getLogger(__name__)

AUDIENCE_SIZES = (QSize(1920, 1080), QSize(1280, 720))
# A notice the console shows translated, in the context "Presenter"
ONE_SCREEN = QT_TRANSLATE_NOOP("Presenter", "S swaps screens: there is only one screen, so nothing was swapped")
CONSOLE_SLACK = 60  # the console's narrowest grows a little with longer titles and notes
MIN_AUDIENCE_WIDTH = 480  # a windowed audience is never made narrower to leave the console room
K = Qt.Key
NEXT_KEYS = {K.Key_Right, K.Key_PageDown, K.Key_Space, K.Key_Down}
PREVIOUS_KEYS = {K.Key_Left, K.Key_PageUp, K.Key_Backspace, K.Key_Up}
ENTER_KEYS = {K.Key_Return, K.Key_Enter}
DIGITS = {getattr(K, f"Key_{n}"): str(n) for n in range(10)}


def windowed_layout(area: QRect, size: QSize | None, console_width: int | None) -> tuple[QRect, QRect]:
    """Where a windowed audience goes in `area` (a screen's free part), and the console's place.

    Without `size` the window is the largest 16:9 that fits, never larger than 1920x1080. When
    the console shares the screen (`console_width`, its narrowest), the audience leaves it that
    much room beside it, and the console takes the rest. A given `size` is kept as it is, and the
    console goes beside it when there is room for it (otherwise over it, on the whole area).
    """
    room = QSize(area.width(), area.height())
    if console_width is not None:
        room.setWidth(max(area.width() - console_width, MIN_AUDIENCE_WIDTH))
    if size is None:
        size = AUDIENCE_SIZES[0].scaled(room, Qt.AspectRatioMode.KeepAspectRatio)
        if size.width() > AUDIENCE_SIZES[0].width():
            size = AUDIENCE_SIZES[0]
    audience = QRect(area.topLeft(), size)
    rest = QRect(QPoint(audience.right() + 1, area.top()), QPoint(area.right(), area.bottom()))
    if console_width is None or rest.width() < console_width:
        return audience, area
    return audience, rest


class Presenter(QObject):
    """Shows a tour on two windows and reads the presenter's keys; `finished` gives the console's stop."""

    finished = Signal(int)
    problemsAdded = Signal()  # a picture failed to decode on either window: the tour's problems have one more

    def __init__(
        self,
        result: LoadResult,
        loader: ImageLoader | None = None,
        start_index: int = 0,
        language: str | None = None,
        audience_screen: int | None = None,
        windowed: bool = False,
        size: QSize | None = None,
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
        self.audience.panorama.cameraChanged.connect(self.console.guide_panel.on_audience_turned)
        for slot in (self.console.current_slot, self.console.next_slot, self.audience.slot):
            slot.unavailable.connect(self._on_picture_failed)
        self.audience_screen = audience_screen
        self.windowed = windowed
        self.size = size
        self.running = False
        self.presentation.ended.connect(self.stop)

    @Slot(object, str)
    def _on_picture_failed(self, key: ImageKey, why: str) -> None:
        """A picture the console or the audience cannot decode joins the tour's problems, as in the viewer."""
        result = self.presentation.console.result
        found = where_in_tour(result, key)
        if found is not None and still_there(key) and picture_failed(result, *found, why):
            self.problemsAdded.emit()

    # -- screens ---------------------------------------------------------------------
    def _other_screen(self, console: QScreen | None) -> QScreen | None:
        """The screen a windowed audience goes to: `--screen N`, or any screen but the console's."""
        screens = QGuiApplication.screens()
        if self.audience_screen is not None and 0 <= self.audience_screen < len(screens):
            chosen = screens[self.audience_screen]
            return chosen if chosen is not console else None
        return next((s for s in screens if s is not console), None)

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
        console_area = console_screen.availableGeometry() if console_screen is not None else None
        if audience_screen is None:  # one screen, or a window to share in a video call
            other = self._other_screen(console_screen)
            if other is not None:  # windowed on the other screen; the console has its own
                audience_rect, _ = windowed_layout(other.availableGeometry(), self.size, None)
                self.audience.setScreen(other)
            elif console_area is not None:
                console_width = self.console.minimumSizeHint().width() + CONSOLE_SLACK
                audience_rect, console_area = windowed_layout(console_area, self.size, console_width)
            else:
                audience_rect = QRect(QPoint(0, 0), self.size or AUDIENCE_SIZES[0])
            self.audience.setGeometry(audience_rect)
            self.audience.show()
        else:
            self.audience.setScreen(audience_screen)
            self.audience.setGeometry(audience_screen.geometry())
            self.audience.showFullScreen()
        if console_screen is not None and console_area is not None:
            self.console.setScreen(console_screen)
            self.console.setGeometry(console_area)
            if console_area == console_screen.availableGeometry():
                self.console.setWindowState(Qt.WindowState.WindowMaximized)  # the whole of its screen
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
            self.presentation.say(ONE_SCREEN)
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
            or event.text().lower() in ("b", "w", "f", "g", "s", ".", ",", "]", "[")
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
        if key != K.Key_Escape and self._is_presenter_key(event):
            presentation.key_pressed()
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
        elif text in ("]", "["):
            presentation.step_picture(1 if text == "]" else -1)
        elif text == "f":
            presentation.toggle_freeze()
        elif text == "s":
            self.swap_screens()
        elif key == K.Key_Escape:
            if presentation.number:
                presentation.clear_number()
            else:
                presentation.request_end()
        else:
            return False
        return True
