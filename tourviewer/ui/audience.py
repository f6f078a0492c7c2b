"""The audience window: what a room or a video call sees while a facilitator presents a tour.

It follows the presentation's audience session, never the console: the current
stop's main picture as large as it fits, its title and place in type sized for
a room, the tour map in a corner with the stop highlighted, and the picture's
caption and credit. No menus, no controls, and nothing meant for the presenter
(speaker notes, the next stop, timers). The presenter can blank it to black or
white, and make its text larger or smaller.

The next stops' pictures are decoded ahead, at the size this window shows them,
so that Next puts the picture on the wall without waiting for a decode.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QRect, Qt, QTimer, Slot
from PySide6.QtGui import (
    QColor,
    QFont,
    QHideEvent,
    QKeySequence,
    QLinearGradient,
    QPainter,
    QPaintEvent,
    QPalette,
    QResizeEvent,
    QShortcut,
    QShowEvent,
)
from PySide6.QtWidgets import QFrame, QLabel, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget

from tourviewer.core.model import Image
from tourviewer.core.presenting import BLACK, SHOWING, WHITE, Presentation
from tourviewer.core.session import TourSession
from tourviewer.ui.canvas import ImageCanvas
from tourviewer.ui.hotspots import FlatHotspots
from tourviewer.ui.i18n import QT_TRANSLATE_NOOP, translate
from tourviewer.ui.images import ImageKey, ImageLoader
from tourviewer.ui.mapview import MapView
from tourviewer.ui.panorama import PanoramaView, shared_decoder
from tourviewer.ui.pictureslot import PictureSlot
from tourviewer.ui.wording import NamesChildren, Wording

log = logging.getLogger(__name__)

TEXT_STEP = 1.15
MIN_TEXT_SCALE, MAX_TEXT_SCALE = 0.6, 2.5
TITLE_HEIGHT = 1 / 18  # the title's pixel size, as a share of the window's height
# Sizes of the other lines relative to the title; none goes below MIN_PIXELS.
PLACE, CAPTION, CREDIT = 0.6, 0.45, 0.36
MIN_PIXELS = 11
MAP_WIDTH = 0.25  # of the window's width
MAP_MIN_WIDTH = 400  # pixels: below that the map's attribution wraps over the map
MAP_MAX_HEIGHT = 0.42  # of the window's height, so the inset stays clear of the text band
MAP_MIN_HEIGHT = 180  # pixels: a smaller map is a postage stamp under its attribution; very large text hides it
MAP_FIT_MARGIN = 24  # MapView leaves this many pixels around a fitted map
# Extra height for the inset, so that a map fitted to its width keeps clear of the attribution under
# it (in the bottom corner of MapView), also when a long one wraps to two lines.
ATTRIBUTION_ROOM = 32
MARGIN = 0.025  # of the window's height: the room between the edges and the text or the map

STAGE = QColor("#0b0b0b")
SCREEN_COLOURS = {BLACK: QColor("black"), WHITE: QColor("white")}
_TEXT_COLOURS = {"title": "#ffffff", "place": "#e4e4e4", "caption": "#d6d6d6", "credit": "#a9a9a9"}
# Korean, Japanese and Chinese share code points with different glyph shapes: use the language's own.
_CJK_FAMILIES = {"ko": "Noto Sans CJK KR", "ja": "Noto Sans CJK JP", "zh": "Noto Sans CJK SC"}
_FAMILIES = ["Noto Sans", "DejaVu Sans", "Noto Sans CJK KR"]


def font_families(language: str) -> list[str]:
    """Font families for text in `language`, its own CJK face first when it has one."""
    cjk = _CJK_FAMILIES.get(language.split("-")[0].lower())
    return [cjk, *[f for f in _FAMILIES if f != cjk]] if cjk else list(_FAMILIES)


class _Band(QWidget):
    """The text at the bottom, over a gradient that darkens the picture behind it."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        gradient = QLinearGradient(0, 0, 0, self.height())
        gradient.setColorAt(0.0, QColor(0, 0, 0, 0))
        gradient.setColorAt(0.3, QColor(0, 0, 0, 150))
        gradient.setColorAt(1.0, QColor(0, 0, 0, 215))
        painter.fillRect(self.rect(), gradient)


class _InsetMap(MapView):
    """The tour map as a picture: no clicks, no zoom, no tooltips, and see-through around the map."""

    def __init__(self, session: TourSession, loader: ImageLoader, parent: QWidget | None = None):
        super().__init__(session, "tour", parent, loader=loader)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setInteractive(False)
        self.setDragMode(MapView.DragMode.NoDrag)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.viewport().setAutoFillBackground(False)
        self.set_controls_visible(False)

    def drawBackground(self, painter: QPainter, rect: object) -> None:  # type: ignore[override]
        pass  # the inset's frame shows through around the map

    def quiet(self) -> None:
        """Markers carry every stop's title as a tooltip; the audience must not read ahead."""
        for item in self.scene().items():
            item.setToolTip("")

    def retranslate(self) -> None:
        super().retranslate()
        self.quiet()


class AudienceWindow(NamesChildren, QWidget):
    """A window for a projector or a shared screen: the audience session's stop, large, and nothing else."""

    def __init__(self, presentation: Presentation, loader: ImageLoader, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowFlag(Qt.WindowType.Window)  # a window of its own, also when it has a parent
        self.presentation = presentation
        self.session = presentation.audience
        self.loader = loader
        self._text_scale = 1.0
        self._screen = SHOWING
        self._stop_id: str | None = None
        self._picture = 0  # which of the stop's pictures is laid out

        self.words = Wording("AudienceWindow")
        self.child_words = Wording("AudienceWindow")  # names given to the widgets of other classes
        self.words.add(self.setAccessibleName, QT_TRANSLATE_NOOP("AudienceWindow", "Audience view"))
        self.setMinimumSize(480, 270)
        self._apply_palette()

        self._stage = QWidget(self)  # everything but a blank screen; hidden when blanked
        self.canvas = ImageCanvas(self._stage)
        self.canvas.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.canvas.setCursor(Qt.CursorShape.ArrowCursor)
        self.canvas.setMinimumSize(0, 0)
        self.child_words.add(self.canvas.setAccessibleName, QT_TRANSLATE_NOOP("AudienceWindow", "Stop picture"))
        self.slot = PictureSlot(self.canvas, loader, quiet=True)
        self.flat_hotspots = FlatHotspots(self.canvas, self.session.text, interactive=False)  # shown, not used
        self.slot.displayed.connect(self.flat_hotspots.place)
        self.panorama = PanoramaView(shared_decoder(), self.session.text, self._stage)  # when the stop has one
        self.panorama.set_interactive(False)
        self.panorama.setMinimumSize(0, 0)
        self.panorama.hide()
        self._band = _Band(self._stage)
        self.title_label = self._label("title", QT_TRANSLATE_NOOP("AudienceWindow", "Stop title"))
        self.place_label = self._label("place", QT_TRANSLATE_NOOP("AudienceWindow", "Place"))
        self.caption_label = self._label("caption", QT_TRANSLATE_NOOP("AudienceWindow", "Caption"))
        self.credit_label = self._label("credit", QT_TRANSLATE_NOOP("AudienceWindow", "Credit"))
        self._gap = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
        band = QVBoxLayout(self._band)
        band.setSpacing(0)
        for widget in (self.title_label, self.place_label):
            band.addWidget(widget)
        band.addItem(self._gap)
        for widget in (self.caption_label, self.credit_label):
            band.addWidget(widget)

        self._map_frame = QFrame(self._stage)
        self._map_frame.setObjectName("audienceMap")
        self._map_frame.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self._map_frame.setStyleSheet(
            "QFrame#audienceMap { background: rgba(8, 8, 8, 185);"
            " border: 1px solid rgba(255, 255, 255, 70); border-radius: 10px; }"
        )
        self.map = _InsetMap(self.session, loader, self._map_frame)
        frame_layout = QVBoxLayout(self._map_frame)
        frame_layout.setContentsMargins(2, 2, 2, 2)
        frame_layout.addWidget(self.map)

        self._resize_timer = QTimer(self)
        self._resize_timer.setSingleShot(True)
        self._resize_timer.setInterval(120)
        self._resize_timer.timeout.connect(self._refresh_picture)

        # Ctrl+= is Ctrl++ without Shift on many keyboards. (Not also QKeySequence.ZoomIn: where it
        # is the same keys, two shortcuts for one sequence are ambiguous and neither fires.)
        for keys, slot in (
            (("Ctrl+=", "Ctrl++"), self.zoom_in),
            (("Ctrl+-",), self.zoom_out),
            (("Ctrl+0",), self.reset_text_scale),
        ):
            for key in keys:
                QShortcut(QKeySequence(key), self, slot)

        self.session.tourChanged.connect(self._on_tour_changed)
        self.session.stopChanged.connect(self._on_stop_changed)
        self.session.languageChanged.connect(self._on_language_changed)
        presentation.audienceChanged.connect(self._on_audience_changed)
        presentation.stateChanged.connect(self._on_state_changed)

        self._show_stop()
        self._apply_screen()

    # -- for the console, tests and the benchmark --------------------------------
    def showing(self) -> str:
        """SHOWING, BLACK or WHITE: what the window shows now."""
        return self._screen

    def shown_stop_id(self) -> str | None:
        """The stop laid out in the window (also under a blank screen)."""
        return self._stop_id

    def text_scale(self) -> float:
        return self._text_scale

    @Slot()
    def zoom_in(self) -> None:
        self._set_text_scale(self._text_scale * TEXT_STEP)

    @Slot()
    def zoom_out(self) -> None:
        self._set_text_scale(self._text_scale / TEXT_STEP)

    @Slot()
    def reset_text_scale(self) -> None:
        self._set_text_scale(1.0)

    def _set_text_scale(self, scale: float) -> None:
        scale = min(max(scale, MIN_TEXT_SCALE), MAX_TEXT_SCALE)
        if abs(scale - 1.0) < 1e-6:
            scale = 1.0  # steps up and down come back to exactly 1
        if scale != self._text_scale:
            self._text_scale = scale
            self._layout()

    # -- what is shown -------------------------------------------------------------
    def _label(self, role: str, name: str) -> QLabel:
        label = QLabel(self._band)
        label.setObjectName(f"audience_{role}")
        self.words.add(label.setAccessibleName, name)
        label.setTextFormat(Qt.TextFormat.PlainText)  # curators' text, never markup
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        palette = label.palette()
        palette.setColor(QPalette.ColorRole.WindowText, QColor(_TEXT_COLOURS[role]))
        label.setPalette(palette)
        return label

    def _show_stop(self) -> None:
        """Texts, window title and picture of the audience session's stop."""
        session = self.session
        tour, stop = session.tour, session.stop
        self._stop_id = stop.id if stop else None
        self._picture = self.presentation.audience_picture
        self.setWindowTitle(session.text(tour.title) if tour else translate("AudienceWindow", "Tour Viewer"))
        image = self._image(self.session.index)
        self._set_text(self.title_label, session.text(stop.title) if stop else "")
        self._set_text(self.place_label, session.text(stop.place) if stop else "")
        self._set_text(self.caption_label, session.text(image.caption) if image else "")
        self._set_text(self.credit_label, session.text(image.credit) if image else "")
        self.canvas.setAccessibleDescription(session.text(image.alt) if image else "")
        self.map.quiet()
        self._refresh_picture()
        self._layout()

    def retranslate(self) -> None:
        """The interface language changed (the tour's texts stay in the tour's language)."""
        self.words.apply()
        if self.session.tour is None:
            self.setWindowTitle(translate("AudienceWindow", "Tour Viewer"))

    @staticmethod
    def _set_text(label: QLabel, text: str) -> None:
        label.setText(text)
        label.setVisible(bool(text))

    def _show_panorama(self) -> bool:
        """Show the stop's chosen picture in the panorama view when it is a panorama; False when it is not."""
        image = self._image(self.session.index)
        if image is None or not image.panorama:
            self.panorama.hide()
            self.panorama.clear()
            return False
        if self.panorama.image is not image:
            self.panorama.show_panorama(self.session.media_path(image.file), image)
        else:
            self.panorama.layer.relabel()  # the language may have changed
        self.panorama.show()
        self.slot.clear(ahead=self._ahead())  # the stage under it stays empty; the next stops are decoded ahead
        return True

    @Slot()
    def _refresh_picture(self) -> None:
        """Ask for the stop's chosen picture (its main one unless the presenter chose another) at the
        canvas's size; show it now when it is ready.

        The audience sees an empty stage while it is missing or decoding (the console says
        what is missing), never the last stop's picture under this stop's title.
        """
        if self._show_panorama():
            self.flat_hotspots.show(None)
            return
        if not self.isVisible():
            return  # the size to decode at is known once the window is shown
        image = self._image(self.session.index)
        if image is None:
            self.flat_hotspots.show(None)
            self.slot.clear(ahead=self._ahead())
            return
        self.slot.show(self.session.media_path(image.file), image.file, ahead=self._ahead())
        self.flat_hotspots.show(image)

    def _image(self, index: int) -> Image | None:
        """The picture the room sees at stop `index`: the one chosen at the shown stop, the main one elsewhere."""
        stop = self.session.stop_at(index)
        if stop is None or not stop.images:
            return None
        chosen = self.presentation.audience_picture if index == self.session.index else 0
        return stop.images[chosen] if chosen < len(stop.images) else stop.images[0]

    def _picture_path(self, index: int) -> Path | None:
        image = self._image(index)
        return self.session.media_path(image.file) if image else None

    def _ahead(self) -> list[ImageKey]:
        """What Next, Previous or unfreezing will show, at the size this window shows it."""
        here = self.session.index
        indexes = [here + 1, here + 2, here - 1]
        console = self.presentation.console.index
        if console != here:  # frozen: the audience will jump to the console's stop
            indexes = [console, console + 1, *indexes]
        paths = (self._picture_path(i) for i in dict.fromkeys(indexes) if i != here)
        return [self.slot.key_for(path) for path in paths if path is not None]

    # -- layout --------------------------------------------------------------------
    def _layout(self) -> None:
        """Place the picture, the map inset and the text band for the window's size and the text scale."""
        width, height = self.width(), self.height()
        self._stage.setGeometry(self.rect())
        self.canvas.setGeometry(self._stage.rect())
        self.panorama.setGeometry(self._stage.rect())
        margin = round(height * MARGIN)
        title = height * TITLE_HEIGHT * self._text_scale
        self._apply_fonts(title)

        band = self._band.layout()
        side = max(margin, round(width * 0.035))
        fade = round(title * 1.4)  # the gradient darkens the picture before the text begins
        band.setContentsMargins(side, fade, side, margin + round(title * 0.2))
        self._gap.changeSize(0, round(title * 0.35) if self.caption_label.text() else 0)
        band.invalidate()
        band_height = band.totalHeightForWidth(width)
        self._band.setGeometry(0, height - band_height, width, band_height)
        has_text = any(label.text() for label in (self.title_label, self.place_label, self.caption_label))
        self._band.setVisible(has_text or bool(self.credit_label.text()))

        place = self._map_rect(width, height, margin, height - band_height + fade)
        tour = self.session.tour
        self._map_frame.setVisible(tour is not None and tour.map is not None and place.height() >= MAP_MIN_HEIGHT)
        self._map_frame.setGeometry(place)
        self._map_frame.raise_()

    def _map_rect(self, width: int, height: int, margin: int, text_top: int) -> QRect:
        """Top right, a quarter of the width, above the text; the map's shape, with MapView's margin around it."""
        scene = self.map.map_rect()
        aspect = scene.height() / scene.width() if not scene.isEmpty() else 0.7
        map_width = round(min(max(width * MAP_WIDTH, MAP_MIN_WIDTH), width / 3))
        inner = map_width - 2 * MAP_FIT_MARGIN
        extra = ATTRIBUTION_ROOM if self.map.attribution_text() else 0
        map_height = round(inner * aspect) + 2 * MAP_FIT_MARGIN + extra
        room = min(round(height * MAP_MAX_HEIGHT), text_top - 2 * margin)
        if map_height > room:  # keep the shape, give up width
            map_height = max(room, 0)
            map_width = max(0, round((map_height - 2 * MAP_FIT_MARGIN - extra) / aspect) + 2 * MAP_FIT_MARGIN)
        return QRect(width - margin - map_width, margin, map_width, map_height)

    def _apply_fonts(self, title: float) -> None:
        families = font_families(self.session.language)
        for label, share, bold in (
            (self.title_label, 1.0, True),
            (self.place_label, PLACE, False),
            (self.caption_label, CAPTION, False),
            (self.credit_label, CREDIT, False),
        ):
            font = QFont(label.font())
            font.setFamilies(families)
            font.setPixelSize(max(MIN_PIXELS, round(title * share)))
            font.setWeight(QFont.Weight.DemiBold if bold else QFont.Weight.Normal)
            label.setFont(font)

    def _apply_palette(self) -> None:
        palette = self.palette()
        for role in (QPalette.ColorRole.Window, QPalette.ColorRole.Base):
            palette.setColor(role, STAGE)
        for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text):
            palette.setColor(role, QColor("#f2f2f2"))
        palette.setColor(QPalette.ColorRole.PlaceholderText, QColor("#9a9a9a"))
        self.setPalette(palette)
        self.setAutoFillBackground(False)  # paintEvent paints the stage or the blank screen

    def _apply_screen(self) -> None:
        self._screen = self.presentation.screen
        self._stage.setVisible(self._screen == SHOWING)
        self.update()

    # -- Qt events ------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), SCREEN_COLOURS.get(self._screen, STAGE))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._layout()
        self._resize_timer.start()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._layout()
        self._refresh_picture()

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self._resize_timer.stop()
        self.slot.release()  # nothing more to decode for a window nobody sees

    # -- following the presentation and the loader ------------------------------------
    @Slot()
    def _on_tour_changed(self) -> None:
        self._show_stop()

    @Slot(int)
    def _on_stop_changed(self, index: int) -> None:
        self._show_stop()
        if self.isVisible():
            self.repaint()  # the room sees the new stop before the console does its own work

    @Slot(str)
    def _on_language_changed(self, language: str) -> None:
        self._show_stop()

    @Slot()
    def _on_audience_changed(self) -> None:
        stop_id = self.session.stop.id if self.session.stop else None
        if self._stop_id != stop_id or self._picture != self.presentation.audience_picture:
            self._show_stop()
        if self._screen != self.presentation.screen:
            self._apply_screen()

    @Slot()
    def _on_state_changed(self) -> None:
        if self._screen != self.presentation.screen:
            self._apply_screen()
        if self.presentation.console.index != self.session.index:
            self._refresh_picture()  # frozen while the console looks ahead: be ready for the jump
