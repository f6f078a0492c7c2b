"""Hotspots drawn over a picture: markers you can point at, Tab to, and activate, and the bubble of a `text` hotspot.

A `HotspotLayer` keeps one `HotspotMarker` (a button, so screen readers and the
keyboard reach it) per hotspot of the picture shown, in the order the tour
writes them, as children of the widget that paints the picture. The widget
says where each hotspot is on screen (`place`); the layer moves the markers
there. Activating a marker (click, Enter or Space) emits `activated` with the
hotspot's index; a `text` hotspot also opens its bubble here.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QPointF, QRect, QRectF, QSize, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QColor, QFont, QFontMetrics, QKeyEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QAbstractButton, QFrame, QTextBrowser, QVBoxLayout, QWidget

from tourviewer.core.model import Hotspot, Image
from tourviewer.core.text import LocalizedText
from tourviewer.ui.i18n import Retranslating, translate
from tourviewer.ui.style import MARKDOWN

DOT = 26  # the marker's circle, in pixels
PULSE_MS = 60
BUBBLE_WIDTH = 320
ORANGE = QColor("#f28c28")

Placer = Callable[[Hotspot], QPointF | None]  # where a hotspot is on screen, None when it is not in view
Texts = Callable[[LocalizedText | None], str]


def target_of(hotspot: Hotspot) -> str:
    """`stop`, `image`, `text`, or `label` for a hotspot that only labels a place."""
    if hotspot.stop is not None:
        return "stop"
    if hotspot.image is not None:
        return "image"
    if hotspot.text is not None:
        return "text"
    return "label"


_SYMBOLS = {"stop": "➜", "image": "▣", "text": "i", "label": "•"}


class HotspotMarker(QAbstractButton):
    """One hotspot: a circle with a symbol for what it does, and its label beside it on hover and focus."""

    def __init__(self, hotspot: Hotspot, label: str, action: str, parent: QWidget):
        super().__init__(parent)
        self.hotspot = hotspot
        self.label = label
        self.kind = target_of(hotspot)
        self.spotlit = False
        self.in_view = True
        self._pulse = 0
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setAccessibleName(label)
        self.setAccessibleDescription(action)
        self.setToolTip("")  # the label is drawn beside the marker instead
        self.setAttribute(Qt.WidgetAttribute.WA_Hover)
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.05)
        font.setWeight(QFont.Weight.DemiBold)
        self.setFont(font)
        self._timer = QTimer(self)
        self._timer.setInterval(PULSE_MS)
        self._timer.timeout.connect(self._on_pulse)
        self.setText(label)
        self.resize(self.sizeHint())

    @property
    def expanded(self) -> bool:
        """The label shows when the pointer is over the marker or it has the keyboard focus."""
        return self.underMouse() or self.hasFocus() or self.spotlit

    def sizeHint(self) -> QSize:
        if not self.expanded:
            return QSize(DOT + 8, DOT + 8)
        text = QFontMetrics(self.font()).horizontalAdvance(self.label)
        return QSize(DOT + 8 + text + 20, DOT + 8)

    def centre_at(self, point: QPointF) -> None:
        size = self.sizeHint()
        self.setGeometry(
            QRect(round(point.x() - (DOT + 8) / 2), round(point.y() - (DOT + 8) / 2), size.width(), size.height())
        )

    def set_spotlit(self, on: bool) -> None:
        self.spotlit = on
        self._pulse = 0
        if on:
            self._timer.start()
        else:
            self._timer.stop()
        self.resize(self.sizeHint())
        self.update()

    @Slot()
    def _on_pulse(self) -> None:
        self._pulse = (self._pulse + 1) % 20
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        centre = QPointF((DOT + 8) / 2, (DOT + 8) / 2)
        if self.expanded:
            text_rect = QRect(DOT // 2 + 4, 3, self.width() - DOT // 2 - 5, self.height() - 6)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(20, 20, 20, 215))
            painter.drawRoundedRect(text_rect, 8, 8)
            painter.setPen(QColor("white"))
            painter.drawText(text_rect.adjusted(DOT // 2 + 8, 0, -6, 0), Qt.AlignmentFlag.AlignVCenter, self.label)
        if self.spotlit:  # a ring that grows and fades, so a room sees which one is meant
            grow = self._pulse / 20
            ring = QColor(ORANGE)
            ring.setAlphaF(1 - grow)
            painter.setPen(QPen(ring, 3))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(centre, DOT / 2 + 1 + 3 * grow, DOT / 2 + 1 + 3 * grow)
        fill = ORANGE if (self.hasFocus() or self.spotlit or self.isDown()) else QColor(255, 255, 255, 235)
        painter.setPen(QPen(QColor(20, 20, 20), 2))
        painter.setBrush(fill)
        painter.drawEllipse(centre, DOT / 2 - 1, DOT / 2 - 1)
        painter.setPen(QColor(20, 20, 20))
        symbol = QFont(self.font())
        symbol.setPointSizeF(self.font().pointSizeF() * 1.1)
        symbol.setWeight(QFont.Weight.Bold)
        painter.setFont(symbol)
        painter.drawText(QRect(4, 4, DOT, DOT), Qt.AlignmentFlag.AlignCenter, _SYMBOLS[self.kind])

    def event(self, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.HoverEnter, QEvent.Type.HoverLeave, QEvent.Type.FocusIn, QEvent.Type.FocusOut):
            self.resize(self.sizeHint())
            self.raise_()
        return super().event(event)

    def takes_key(self, event: QKeyEvent) -> bool:
        """Keys a focused marker acts on before any shortcut of the window: Enter and Space activate it."""
        return event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.click()
        else:
            super().keyPressEvent(event)


class TextBubble(Retranslating, QFrame):
    """The Markdown of a `text` hotspot, beside its marker; Escape or the marker again closes it."""

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        self._browser: QTextBrowser | None = None  # made when a text hotspot is first opened
        self.index: int | None = None
        self.hide()

    def retranslate(self) -> None:
        if self._browser is not None:
            self._browser.setAccessibleName(translate("TextBubble", "Hotspot text"))

    @property
    def browser(self) -> QTextBrowser:
        if self._browser is None:
            self._browser = QTextBrowser(self)
            self._browser.setOpenLinks(False)
            self._browser.setAccessibleName(translate("TextBubble", "Hotspot text"))
            self._browser.setFrameShape(QFrame.Shape.NoFrame)
            self._browser.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
            layout = self.layout()
            assert layout is not None
            layout.addWidget(self._browser)
        return self._browser

    def show_text(self, index: int, title: str, markdown: str, near: QRect) -> None:
        self.index = index
        self.browser.document().setMarkdown(f"**{title}**\n\n{markdown}", MARKDOWN)
        laid_out = self.browser.document().clone(self)  # measured at the bubble's width, not the browser's now
        laid_out.setTextWidth(BUBBLE_WIDTH - 24)
        needed = int(laid_out.size().height()) + 20
        laid_out.deleteLater()
        height = min(needed, max(80, self.parentWidget().height() - 20))
        self.resize(BUBBLE_WIDTH, height)
        host = self.parentWidget().rect()
        x = near.right() + 6 if near.right() + 6 + BUBBLE_WIDTH < host.right() else near.left() - 6 - BUBBLE_WIDTH
        y = min(max(near.top() - 10, host.top() + 6), host.bottom() - height - 6)
        self.move(max(host.left() + 6, x), y)
        self.setAccessibleName(f"{title}: {markdown}")
        self.show()
        self.raise_()

    def close_bubble(self) -> None:
        self.index = None
        self.hide()


class HotspotLayer(QObject):
    """The markers of one picture's hotspots, over `host`, in the written order."""

    activated = Signal(int)  # index of the hotspot

    def __init__(self, host: QWidget, texts: Texts):
        super().__init__(host)
        self.host = host
        self.texts = texts
        self.markers: list[HotspotMarker] = []
        self._bubble: TextBubble | None = None  # made when a text hotspot is first opened
        self.spotlight: int | None = None
        self.stop_titles: Callable[[str], str] = lambda stop_id: stop_id
        host.installEventFilter(self)

    @property
    def bubble(self) -> TextBubble:
        if self._bubble is None:
            self._bubble = TextBubble(self.host)
        return self._bubble

    def _bubble_open(self) -> bool:
        return self._bubble is not None and self._bubble.isVisible()

    def _close_bubble(self) -> None:
        if self._bubble is not None:
            self._bubble.close_bubble()

    def set_hotspots(
        self, hotspots: list[Hotspot], stop_titles: Callable[[str], str] | None = None, after: QWidget | None = None
    ) -> None:
        """Show these hotspots; Tab reaches them right after `after` (default: the host)."""
        for marker in self.markers:
            marker.deleteLater()
        self.markers = []
        self._close_bubble()
        self.spotlight = None
        if stop_titles is not None:
            self.stop_titles = stop_titles
        previous = after or self.host
        for n, hotspot in enumerate(hotspots):
            marker = HotspotMarker(hotspot, self.texts(hotspot.label), self._action(hotspot), self.host)
            marker.clicked.connect(lambda _=False, n=n: self._on_clicked(n))
            marker.installEventFilter(self)  # Escape on a marker closes the bubble
            marker.show()
            QWidget.setTabOrder(previous, marker)
            previous = marker
            self.markers.append(marker)

    def _action(self, hotspot: Hotspot) -> str:
        kind = target_of(hotspot)
        if kind == "stop" and hotspot.stop is not None:
            return translate("HotspotLayer", "Goes to {0}").format(self.stop_titles(hotspot.stop))
        if kind == "image":
            return translate("HotspotLayer", "Shows another picture of this stop")
        if kind == "text":
            return translate("HotspotLayer", "Opens a note about this place")
        return translate("HotspotLayer", "A label on the picture")

    def relabel(self) -> None:
        """The language changed: labels and descriptions again."""
        for marker in self.markers:
            marker.label = self.texts(marker.hotspot.label)
            marker.setText(marker.label)
            marker.setAccessibleName(marker.label)
            marker.setAccessibleDescription(self._action(marker.hotspot))
            marker.resize(marker.sizeHint())
            marker.update()
        self._close_bubble()

    def place(self, where: Placer) -> None:
        """Move each marker to where its hotspot is on screen; one out of view is kept just outside the host."""
        for marker in self.markers:
            point = where(marker.hotspot)
            marker.in_view = point is not None
            if point is None:
                marker.move(-4 * DOT - marker.width(), -4 * DOT)  # still in the Tab order, not on screen
            else:
                marker.centre_at(point)
        if self._bubble_open() and self.bubble.index is not None:
            marker = self.markers[self.bubble.index]
            if marker.in_view:
                self.bubble.show_text(
                    self.bubble.index, marker.label, self.texts(marker.hotspot.text), marker.geometry()
                )
            else:
                self.bubble.close_bubble()

    def set_spotlight(self, index: int | None) -> None:
        self.spotlight = index if index is not None and 0 <= index < len(self.markers) else None
        for n, marker in enumerate(self.markers):
            marker.set_spotlit(n == self.spotlight)

    def _on_clicked(self, index: int) -> None:
        marker = self.markers[index]
        if marker.kind == "text":
            if self._bubble_open() and self.bubble.index == index:
                self.bubble.close_bubble()
            else:
                self.bubble.show_text(index, marker.label, self.texts(marker.hotspot.text), marker.geometry())
        self.activated.emit(index)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if watched is self.host and event.type() == QEvent.Type.MouseButtonPress:
            self._close_bubble()
        if watched is self.host and event.type() == QEvent.Type.LanguageChange:
            for marker in self.markers:  # the labels are the tour's; what a marker does is the interface's
                marker.setAccessibleDescription(self._action(marker.hotspot))
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Escape
            and self._bubble_open()
        ):
            self.bubble.close_bubble()
            return True
        return False


class FlatHotspots(QObject):
    """The hotspots of a flat picture over the canvas that paints it, placed by `x` and `y` on the picture.

    The owner calls `show` with the image the canvas is for and `place` when a
    decoded picture reaches the canvas; a resize of the canvas places them again.
    `interactive=False` (the audience window): shown only, never focused or clicked.
    """

    def __init__(
        self,
        canvas: QWidget,
        texts: Texts,
        interactive: bool = True,
        image_rect: Callable[[], QRectF] | None = None,
    ):
        super().__init__(canvas)
        self.canvas = canvas
        # where the picture is painted on the canvas (a canvas with `image_rect` says so itself)
        self.image_rect = image_rect or getattr(canvas, "image_rect", QRectF)
        self.interactive = interactive
        self.layer = HotspotLayer(canvas, texts)
        self.activated = self.layer.activated
        self.image: Image | None = None
        canvas.installEventFilter(self)

    def show(self, image: Image | None, stop_titles: Callable[[str], str] | None = None) -> None:
        """Show the hotspots of `image` (none for a panorama or no picture)."""
        wanted = image if image is not None and not image.panorama else None
        if wanted is not self.image:
            self.image = wanted
            self.layer.set_hotspots(list(wanted.hotspots) if wanted else [], stop_titles)
            for marker in self.layer.markers:
                if not self.interactive:
                    marker.setFocusPolicy(Qt.FocusPolicy.NoFocus)
                    marker.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.place()

    @Slot()
    def place(self, *_: object) -> None:
        rect = self.image_rect()
        seen = QRectF(self.canvas.rect())

        def where(hotspot: Hotspot) -> QPointF | None:
            if rect.isEmpty() or hotspot.x is None or hotspot.y is None:
                return None
            point = QPointF(rect.left() + hotspot.x * rect.width(), rect.top() + hotspot.y * rect.height())
            return point if seen.contains(point) else None  # zoomed in: out of view

        self.layer.place(where)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if watched is self.canvas and event.type() == QEvent.Type.Resize:
            self.place()
        return False
