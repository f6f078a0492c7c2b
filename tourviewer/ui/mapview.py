"""The map: a tour's overview map or a stop's detail map, with numbered stop markers.

`MapView` shows one map image and puts a marker on it for every stop that
`core.geo.stop_points` can place, joined by the route line when the map asks
for one. It follows the tour session: the current stop's marker is
highlighted, clicking a marker goes to that stop, and the tooltips and the
attribution follow the session language. `MapPanel` holds the overview map and
the current stop's detail map in two tabs.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any, Literal

from PySide6.QtCore import QByteArray, QEvent, QPointF, QRectF, QSize, QSizeF, Qt, Signal, Slot
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFocusEvent,
    QFont,
    QFontMetricsF,
    QImage,
    QKeyEvent,
    QPainter,
    QPainterPath,
    QPalette,
    QPen,
    QPixmap,
    QResizeEvent,
    QShowEvent,
    QTransform,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QApplication,
    QGraphicsItem,
    QGraphicsPathItem,
    QGraphicsPixmapItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsSceneMouseEvent,
    QGraphicsView,
    QLabel,
    QStyleOptionGraphicsItem,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from tourviewer.core.geo import MapPoint, spread, stop_points
from tourviewer.core.model import MapSpec
from tourviewer.core.package import TourPath
from tourviewer.core.session import TourSession
from tourviewer.ui.i18n import QT_TRANSLATE_NOOP, Retranslating, translate
from tourviewer.ui.images import ImageKey, ImageLoader, failure_reason, image_reader, on_its_side
from tourviewer.ui.latefailures import still_there
from tourviewer.ui.paintgate import PaintGate
from tourviewer.ui.viewport import own_viewport
from tourviewer.ui.wording import Wording, said


def _svg_module() -> Any | None:
    """PySide6.QtSvg and QtSvgWidgets, imported only for SVG maps (they cost start-up time)."""
    try:  # QtSvg ships in PySide6-Essentials, but a trimmed install may lack it
        from PySide6 import QtSvg, QtSvgWidgets
    except ImportError:  # pragma: no cover - depends on the installation
        return None
    return (QtSvg, QtSvgWidgets)


log = logging.getLogger(__name__)

Which = Literal["tour", "stop"]

# Markers keep their size on screen, so these are device-independent pixels.
MARKER_RADIUS = 12.0
CURRENT_RADIUS = 16.0
MARKER_COLOR = QColor("#1e3a8a")  # dark blue: white numbers read well on it
CURRENT_COLOR = QColor("#c2410c")  # a deep orange, still 5:1 against white text
ROUTE_COLOR = QColor("#1e3a8a")
# A missing map still gets a canvas so that georeferenced stops keep their layout.
PLACEHOLDER_SIZE = QSizeF(1000, 700)
FIT_MARGIN = 24  # pixels around the fitted map, so edge markers are not cut in half
MARKER_GAP = 4.0  # pixels between two markers' rings when crowded markers are spread
SAFE_MARGIN = 6  # pixels the current marker keeps from the view's edges and the overlays
PAN_STEP = 48  # pixels Shift+arrow pans the map
ZOOM_STEP = 1.25
MAX_ZOOM_IN = 16.0  # relative to the scale that shows the whole map
MAX_ZOOM_OUT = 0.5
LABEL_DROP = 16  # pixels between the placeholder's top edge and its message
# The placeholder's message lies under the route and the markers: they stay clickable.
Z_MAP, Z_LABEL, Z_ROUTE, Z_MARKER, Z_CURRENT = 0, 1, 5, 10, 20


@dataclass
class _MapPicture:
    """A map image: a raster picture to decode (its size read from the header), an SVG renderer, or neither."""

    name: str
    path: TourPath | None = None  # a raster picture, decoded off the UI thread by the image loader
    svg: Any | None = None  # a QSvgRenderer
    size: QSizeF | None = None  # None when nothing about the file could be read
    why: str | None = None  # why a file that is there cannot be decoded

    @property
    def readable(self) -> bool:
        return self.path is not None or self.svg is not None


def _read_picture(path: TourPath | None, written: str) -> _MapPicture:
    """Read a map image once; failures become a picture without content."""
    name = PurePosixPath(written).name
    if path is None:
        log.warning("map image %s is not in the tour", written)
        return _MapPicture(name)
    if path.suffix.lower() == ".svg":
        return _read_svg(path, name)
    # Only the header here: the markers need the size now, the pixels come from a decoding thread.
    reader, keep = image_reader(path)
    if reader is None:
        log.warning("cannot read map image %s: %s", path, keep)
        return _MapPicture(name)
    reader.setAutoTransform(True)
    declared = reader.size()
    if not declared.isValid() or declared.isEmpty():
        log.warning("cannot read map image %s: %s", path, reader.errorString())
        return _MapPicture(name, why=failure_reason(path, reader) if path.is_file() else None)
    if on_its_side(reader):
        declared.transpose()  # the decoded picture is turned as its EXIF orientation says
    return _MapPicture(name, path=path, size=QSizeF(declared))


def _read_svg(path: TourPath, name: str) -> _MapPicture:
    modules = _svg_module()
    if modules is None:
        log.warning("cannot show SVG map %s: PySide6.QtSvg is not installed", path)
        return _MapPicture(name)
    if isinstance(path, Path):
        renderer = modules[0].QSvgRenderer(str(path))
    else:
        try:
            renderer = modules[0].QSvgRenderer(QByteArray(path.read_bytes()))
        except OSError as exc:
            log.warning("cannot read SVG map %s: %s", path, exc)
            return _MapPicture(name)
    if not renderer.isValid() or renderer.defaultSize().isEmpty():
        log.warning("cannot read SVG map %s", path)
        return _MapPicture(name)
    return _MapPicture(name, svg=renderer, size=QSizeF(renderer.defaultSize()))


class _Marker(QGraphicsItem):
    """A numbered circle for one stop; constant size on screen, clickable.

    The item sits on the stop's true point. When crowded markers are spread, the
    circle is drawn `offset` pixels away, joined to a dot on the true point by a
    leader line.
    """

    def __init__(self, index: int, on_click: Callable[[int], None], parent: QGraphicsItem | None = None):
        super().__init__(parent)
        self.index = index
        self._label = str(index + 1)
        self._on_click = on_click
        self._current = False
        self._chosen = False  # the keyboard's choice on a focused map: a ring around it
        self.offset = QPointF(0, 0)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setAcceptedMouseButtons(Qt.MouseButton.LeftButton)
        self.setZValue(Z_MARKER)

    @property
    def current(self) -> bool:
        return self._current

    def set_current(self, current: bool) -> None:
        if current == self._current:
            return
        self.prepareGeometryChange()
        self._current = current
        self.setZValue(Z_CURRENT if current else Z_MARKER)

    def set_chosen(self, chosen: bool) -> None:
        if chosen != self._chosen:
            self._chosen = chosen
            self.update()

    def set_offset(self, offset: QPointF) -> None:
        if offset != self.offset:
            self.prepareGeometryChange()
            self.offset = QPointF(offset)

    def spread_apart(self) -> bool:
        return not self.offset.isNull()

    def circle_rect(self) -> QRectF:
        """The numbered circle, in the item's (screen pixel) coordinates."""
        r = self._radius()
        return QRectF(self.offset.x() - r, self.offset.y() - r, 2 * r, 2 * r)

    def _radius(self) -> float:
        base = CURRENT_RADIUS if self._current else MARKER_RADIUS
        # Three-digit numbers need a little more room than the circle gives two.
        return base + 3.0 * max(0, len(self._label) - 2)

    def boundingRect(self) -> QRectF:
        r = self._radius() + 6  # the white ring, the shadow and the focus ring lie outside the circle
        circle = QRectF(self.offset.x() - r, self.offset.y() - r, 2 * r, 2 * r + 1)
        return circle.united(QRectF(-5, -5, 10, 10)) if self.spread_apart() else circle

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        r = self._radius() + 1
        path.addEllipse(self.offset, r, r)
        return path

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        r = self._radius()
        color = CURRENT_COLOR if self._current else MARKER_COLOR
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if self.spread_apart():  # a leader line from the true point, cased in white like the route
            for pen in (QPen(QColor(255, 255, 255, 230), 4.5), QPen(color, 2)):
                pen.setCapStyle(Qt.PenCapStyle.RoundCap)
                painter.setPen(pen)
                painter.drawLine(QPointF(0, 0), self.offset)
            painter.setPen(QPen(QColor("white"), 1.5))
            painter.setBrush(color)
            painter.drawEllipse(QPointF(0, 0), 3.5, 3.5)
        centre = self.offset
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(0, 0, 0, 90))  # a soft shadow lifts the marker off light maps
        painter.drawEllipse(centre + QPointF(0, 1), r + 1.5, r + 1.5)
        if self._chosen:  # the keyboard's focus: a dark ring outside a white one, seen on any map
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QPen(QColor("white"), 5))
            painter.drawEllipse(centre, r + 3.5, r + 3.5)
            painter.setPen(QPen(QColor("#111827"), 2))
            painter.drawEllipse(centre, r + 3.5, r + 3.5)
        painter.setPen(QPen(QColor("white"), 2))
        painter.setBrush(color)
        painter.drawEllipse(centre, r, r)
        font = QFont(painter.font())
        font.setBold(True)
        font.setPixelSize(round(r * (1.0 if len(self._label) == 1 else 0.9)))
        painter.setFont(font)
        painter.setPen(QColor("white"))
        painter.drawText(self.circle_rect(), Qt.AlignmentFlag.AlignCenter, self._label)

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        # Accepting the press keeps the view from starting a hand drag on a marker.
        event.accept()

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if self.shape().contains(event.pos()):
            self._on_click(self.index)


class _Route(QGraphicsPathItem):
    """The route line: a white casing under a blue line, both constant width on screen."""

    def __init__(self, points: list[MapPoint]):
        path = QPainterPath(QPointF(points[0].x, points[0].y))
        for point in points[1:]:
            path.lineTo(point.x, point.y)
        super().__init__(path)
        self._casing = self._pen(QColor(255, 255, 255, 210), 7.0)
        self._line = self._pen(ROUTE_COLOR, 3.5)
        self.setPen(self._casing)  # the wider pen decides the bounding rect
        self.setZValue(Z_ROUTE)

    @staticmethod
    def _pen(color: QColor, width: float) -> QPen:
        pen = QPen(color, width)
        pen.setCosmetic(True)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        return pen

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for pen in (self._casing, self._line):
            painter.setPen(pen)
            painter.drawPath(self.path())


class _Label(QGraphicsItem):
    """Text hanging below its position, centred on it, constant size on screen.

    The placeholder's message: it hangs from the placeholder's top edge so that it
    stays clear of the markers, which gather in the middle of most maps.
    """

    def __init__(self, text: str, color: QColor):
        super().__init__()
        self._text = text
        self._color = color
        self._font = QFont()
        self._font.setPointSizeF(self._font.pointSizeF() * 1.2)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
        self.setZValue(Z_LABEL)

    def boundingRect(self) -> QRectF:
        rect = QFontMetricsF(self._font).boundingRect(self._text)
        return QRectF(-rect.width() / 2 - 4, LABEL_DROP, rect.width() + 8, rect.height() + 8)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        painter.setFont(self._font)
        painter.setPen(self._color)
        painter.drawText(self.boundingRect(), Qt.AlignmentFlag.AlignCenter, self._text)


_MAPS_LOADER: list[ImageLoader] = []


def _maps_loader() -> ImageLoader:
    """The loader for maps made without one of their window's (the map window, tests)."""
    if not _MAPS_LOADER:
        _MAPS_LOADER.append(ImageLoader(threads=1))
    return _MAPS_LOADER[0]


class MapView(QGraphicsView):
    """One map with the tour's stops on it, following the session's current stop."""

    # the map picture passed the header check but does not decode: its key path, the file as written, why
    pictureFailed = Signal(object, str, str)

    def __init__(
        self,
        session: TourSession,
        which: Which = "tour",
        parent: QWidget | None = None,
        gate: PaintGate | None = None,
        loader: ImageLoader | None = None,
    ):
        """With a `gate`, a new tour's map is read once the gate opens (after the first stop is painted).

        Raster map pictures are decoded by `loader` (the window's), else by one loader the maps share.
        """
        super().__init__(parent)
        own_viewport(self)
        self._gate = gate
        self._loader = loader if loader is not None else _maps_loader()
        self._map_item: QGraphicsPixmapItem | None = None
        self._decoding: ImageKey | None = None
        self._loader.loaded.connect(self._on_picture_loaded)
        self._loader.failed.connect(self._on_picture_failed)
        if which not in ("tour", "stop"):
            raise ValueError(f"which must be 'tour' or 'stop', not {which!r}")
        self.session = session
        self.which: Which = which
        self._scene = QGraphicsScene(self)
        self.setScene(self._scene)
        self._pictures: dict[str, _MapPicture] = {}  # per tour, by the path written in tour.toml
        self._spec: MapSpec | None = None
        self._map_rect = QRectF()
        self._markers: dict[int, _Marker] = {}
        self._route: _Route | None = None
        self._message = ""
        self._auto_fit = True  # until the user zooms, the map follows the view's size
        self._chosen: int | None = None  # the marker the keyboard points at
        self._window: MapWindow | None = None

        self.words = Wording("MapView")
        self.words.add(self.setAccessibleName, QT_TRANSLATE_NOOP("MapView", "Map"))
        self.setAccessibleDescription(self._kind())
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.SmoothPixmapTransform)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMinimumSize(160, 120)

        # Overlays are children of the view, not of the viewport: the viewport
        # scrolls its children along with the map when the user pans.
        self._attribution = QLabel(self)
        self._attribution.setObjectName("mapAttribution")
        self._attribution.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self._attribution.setTextFormat(Qt.TextFormat.PlainText)  # curators' text, never markup
        self._attribution.hide()
        self._notice = QLabel(self)
        self._notice.setObjectName("mapNotice")
        self._notice.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._notice.setWordWrap(True)
        self._notice.setTextFormat(Qt.TextFormat.PlainText)
        self._notice.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self._notice.hide()
        self._controls = self._make_controls()
        self._apply_palette()

        session.tourChanged.connect(self._on_tour_changed)
        session.stopChanged.connect(self._on_stop_changed)
        session.languageChanged.connect(self._on_language_changed)
        self._rebuild()

    def _make_controls(self) -> QWidget:
        """Zoom in, zoom out, show all stops and open in a window: buttons over the map's top right corner."""
        box = QWidget(self)
        box.setObjectName("mapControls")
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self._buttons: list[QToolButton] = []
        for text, name, tip, slot in (
            ("+", QT_TRANSLATE_NOOP("MapView", "Zoom in"), QT_TRANSLATE_NOOP("MapView", "Zoom in (+)"), self.zoom_in),
            (
                "\u2212",
                QT_TRANSLATE_NOOP("MapView", "Zoom out"),
                QT_TRANSLATE_NOOP("MapView", "Zoom out (\u2212)"),
                self.zoom_out,
            ),
            (
                "\u2922",
                QT_TRANSLATE_NOOP("MapView", "Show all stops"),
                QT_TRANSLATE_NOOP("MapView", "Show all stops (0)"),
                self.fit_map,
            ),
            (
                "",  # the style's "maximise" icon: fonts seldom have a glyph for it
                QT_TRANSLATE_NOOP("MapView", "Open the map in a window"),
                QT_TRANSLATE_NOOP("MapView", "Open the map in a window of its own, as large as you like (W)"),
                self.open_window,
            ),
        ):
            button = QToolButton(box)
            button.setText(text)
            if not text:
                # Imported here: making PySide6's QStyle class (its enums) takes some 6 ms, which the
                # module's import, one piece of the work after the first stop is painted, would add to
                from PySide6.QtWidgets import QStyle

                button.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_TitleBarMaxButton))
            self.words.add(button.setAccessibleName, name)
            self.words.add(button.setToolTip, tip)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keys +, - and 0 do the same on the focused map
            button.setAutoRaise(False)
            button.setFixedSize(30, 30)
            button.clicked.connect(slot)
            layout.addWidget(button)
            self._buttons.append(button)
        box.adjustSize()
        return box

    def set_controls_visible(self, visible: bool) -> None:
        """Show or hide the zoom buttons (a map shown as a picture has none)."""
        self._controls.setVisible(visible)

    def set_window_button_visible(self, visible: bool) -> None:
        self._buttons[3].setVisible(visible)
        self._controls.adjustSize()
        self._place_overlays()

    @Slot()
    def open_window(self) -> None:
        """Show this map in a large window of its own (made once, raised again after)."""
        if self._window is None:
            self._window = MapWindow(self.session, self.which, self)
            self._window.view.pictureFailed.connect(self.pictureFailed)
        self._window.show()
        self._window.raise_()
        self._window.activateWindow()

    def map_window(self) -> MapWindow | None:
        return self._window

    # -- for tests and for other widgets -------------------------------------
    def zoom_buttons(self) -> list[QToolButton]:
        """Zoom in, zoom out, show all stops, open the map in a window."""
        return list(self._buttons)

    def marker_screen_rects(self) -> dict[int, QRectF]:
        """Stop index -> the numbered circle as drawn, in viewport pixels."""
        return {i: self._screen_rect(m) for i, m in self._markers.items()}

    def leader_line(self, index: int) -> tuple[QPointF, QPointF] | None:
        """The line from a spread marker's true point to its circle, in viewport pixels; None when not spread."""
        marker = self._markers.get(index)
        if marker is None or not marker.spread_apart():
            return None
        device = marker.deviceTransform(self.viewportTransform())
        return device.map(QPointF(0, 0)), device.map(marker.offset)

    def chosen_marker(self) -> int | None:
        """The marker the keyboard points at (Enter goes to its stop)."""
        return self._chosen

    def attribution_rect(self) -> QRectF:
        """The attribution's box in viewport pixels; empty when there is none."""
        if not self._attribution.isVisible():
            return QRectF()
        return self._overlay_rect(self._attribution)

    def marker_positions(self) -> dict[int, QPointF]:
        """Stop index -> the marker's position in scene (map image pixel) coordinates."""
        return {i: QPointF(m.pos()) for i, m in self._markers.items()}

    def current_marker(self) -> int | None:
        """The highlighted marker's stop index, or None when the current stop is not on this map."""
        return next((i for i, m in self._markers.items() if m.current), None)

    def marker_tooltip(self, index: int) -> str:
        marker = self._markers.get(index)
        return marker.toolTip() if marker else ""

    def has_route(self) -> bool:
        return self._route is not None

    def attribution_text(self) -> str:
        return self._attribution.text()

    def message(self) -> str:
        """What the view says instead of (or on) a map: no map, or an image that cannot be shown."""
        return self._message

    def map_rect(self) -> QRectF:
        """The map (or its placeholder) in scene coordinates; empty when there is no map."""
        return QRectF(self._map_rect)

    # -- zoom ------------------------------------------------------------------
    @Slot()
    def zoom_in(self) -> None:
        self._zoom(ZOOM_STEP, QGraphicsView.ViewportAnchor.AnchorViewCenter)

    @Slot()
    def zoom_out(self) -> None:
        self._zoom(1 / ZOOM_STEP, QGraphicsView.ViewportAnchor.AnchorViewCenter)

    @Slot()
    def fit_map(self) -> None:
        """Show all the stops (the whole map when none is on it), and keep them so when the view is resized."""
        self._auto_fit = True
        self._fit()

    def _fit_scale(self) -> float:
        if self._map_rect.isEmpty():
            return 1.0
        view = self.viewport().rect()
        width = max(1.0, view.width() - 2 * FIT_MARGIN)
        height = max(1.0, view.height() - 2 * FIT_MARGIN)
        return min(width / self._map_rect.width(), height / self._map_rect.height())

    def _fit(self) -> None:
        if self._map_rect.isEmpty():
            self.resetTransform()
            return
        whole = self._fit_scale()
        stops = self._stops_rect()
        if stops is None:
            self.setTransform(QTransform.fromScale(whole, whole))
            self.centerOn(self._map_rect.center())
            return
        # The stops fill the room left by the buttons and the attribution, spread markers and all.
        room = self._free_room()
        wanted = min(room.width() / max(stops.width(), 1e-9), room.height() / max(stops.height(), 1e-9))
        scale = min(max(wanted, whole), whole * MAX_ZOOM_IN / 2)
        centre = stops.center()
        for _ in range(4):  # spread markers reach beyond their points: shrink until they fit
            self.setTransform(QTransform.fromScale(scale, scale))
            self.centerOn(centre)
            self._spread_markers()
            drawn = QRectF()
            for marker in self._markers.values():
                drawn = drawn.united(self._screen_rect(marker))
            drawn.adjust(-SAFE_MARGIN, -SAFE_MARGIN, SAFE_MARGIN, SAFE_MARGIN)
            shift = (room.center() - drawn.center()) / scale
            centre = self.mapToScene(self.viewport().rect().center()) - shift
            factor = min(room.width() / max(drawn.width(), 1.0), room.height() / max(drawn.height(), 1.0))
            if factor >= 1 and shift.manhattanLength() * scale < 1:
                break
            scale = max(whole * 0.8, min(scale, scale * factor * 0.97))  # edge markers whole
        self.centerOn(centre)
        self._keep_in_view(self.session.index)

    def _free_room(self) -> QRectF:
        """The part of the view that no overlay covers, in viewport pixels."""
        edge = FIT_MARGIN
        room = QRectF(self.viewport().rect()).adjusted(edge, edge, -edge, -edge)
        if self._controls.isVisible():
            room.setRight(min(room.right(), self._overlay_rect(self._controls).left() - SAFE_MARGIN))
        attribution = self.attribution_rect()
        if not attribution.isEmpty():
            room.setBottom(min(room.bottom(), attribution.top() - SAFE_MARGIN))
        if room.width() < 40 or room.height() < 40:  # a tiny view: overlays or not, use all of it
            return QRectF(self.viewport().rect())
        return room

    def _stops_rect(self) -> QRectF | None:
        """The smallest rectangle holding every marker's true point, in scene coordinates."""
        if not self._markers:
            return None
        points = [m.pos() for m in self._markers.values()]
        xs, ys = [p.x() for p in points], [p.y() for p in points]
        return QRectF(QPointF(min(xs), min(ys)), QPointF(max(xs), max(ys)))

    def _zoom(self, factor: float, anchor: QGraphicsView.ViewportAnchor) -> None:
        if self._map_rect.isEmpty():
            return
        current = self.transform().m11()
        fit = self._fit_scale()
        wanted = min(max(current * factor, fit * MAX_ZOOM_OUT), fit * MAX_ZOOM_IN)
        if abs(wanted - current) < 1e-9:
            return
        self._auto_fit = False
        self.setTransformationAnchor(anchor)
        self.scale(wanted / current, wanted / current)
        self._spread_markers()

    # -- markers that crowd each other, and the current stop in view ------------
    def _spread_markers(self) -> None:
        """Move crowded markers' circles apart at this zoom; each keeps a leader line to its point."""
        if not self._markers:
            return
        scale = self.transform().m11()
        points = {i: (m.pos().x() * scale, m.pos().y() * scale) for i, m in self._markers.items()}
        distance = 2 * CURRENT_RADIUS + MARKER_GAP  # the current marker is the largest
        for i, (x, y) in spread(points, distance).items():
            self._markers[i].set_offset(QPointF(x - points[i][0], y - points[i][1]))

    def _screen_rect(self, marker: _Marker) -> QRectF:
        return marker.deviceTransform(self.viewportTransform()).mapRect(marker.circle_rect())

    def _overlay_rect(self, widget: QWidget) -> QRectF:
        """An overlay's box (a child of the view) in viewport pixels."""
        top_left = self.viewport().mapFrom(self, widget.geometry().topLeft())
        return QRectF(QPointF(top_left), widget.size().toSizeF())

    def _keep_in_view(self, index: int) -> None:
        """Pan so that the marker is inside the view and clear of the attribution and the buttons."""
        marker = self._markers.get(index)
        if marker is None or not self.isVisible():
            return
        rect = self._screen_rect(marker).adjusted(-SAFE_MARGIN, -SAFE_MARGIN, SAFE_MARGIN, SAFE_MARGIN)
        covers = [self._overlay_rect(w) for w in (self._attribution, self._controls) if w.isVisible()]
        if QRectF(self.viewport().rect()).contains(rect) and not any(rect.intersects(c) for c in covers):
            return
        self.centerOn(self.mapToScene(rect.center().toPoint()))

    # -- Qt events -------------------------------------------------------------
    def wheelEvent(self, event: QWheelEvent) -> None:
        steps = event.angleDelta().y() / 120
        if not steps:
            event.ignore()
            return
        self._zoom(ZOOM_STEP**steps, QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        event.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        arrows = {Qt.Key.Key_Left: (-1, 0), Qt.Key.Key_Right: (1, 0), Qt.Key.Key_Up: (0, -1), Qt.Key.Key_Down: (0, 1)}
        if key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):  # "=" is "+" without Shift on many keyboards
            self.zoom_in()
        elif key in (Qt.Key.Key_Minus, Qt.Key.Key_Underscore):
            self.zoom_out()
        elif key == Qt.Key.Key_0:
            self.fit_map()
        elif key == Qt.Key.Key_W and self._buttons[3].isVisibleTo(self._controls):
            self.open_window()
        elif key in arrows and shift:  # Shift+arrows pan
            dx, dy = arrows[key]
            self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() + dx * PAN_STEP)
            self.verticalScrollBar().setValue(self.verticalScrollBar().value() + dy * PAN_STEP)
        elif key in arrows and self._markers:  # arrows choose the previous or next stop on the map
            dx, dy = arrows[key]
            self._choose(1 if dx + dy > 0 else -1)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space) and self._chosen is not None:
            self.session.go_to(self._chosen)
        else:
            super().keyPressEvent(event)  # Page keys pan
            return
        event.accept()

    MAP_KEYS = (
        Qt.Key.Key_Left,
        Qt.Key.Key_Right,
        Qt.Key.Key_Up,
        Qt.Key.Key_Down,
        Qt.Key.Key_Return,
        Qt.Key.Key_Enter,
        Qt.Key.Key_Space,
        Qt.Key.Key_Plus,
        Qt.Key.Key_Equal,
        Qt.Key.Key_Minus,
        Qt.Key.Key_Underscore,
        Qt.Key.Key_0,
        Qt.Key.Key_W,
    )

    def event(self, event: QEvent) -> bool:
        # While the map has focus its keys are its own, not the window's (Right is "next stop" there).
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            plain = not event.modifiers() & ~(Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.KeypadModifier)
            if plain and event.key() in self.MAP_KEYS and self._markers:
                event.accept()
                return True
        return super().event(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self._show_choice()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self._show_choice()

    def _choose(self, step: int) -> None:
        order = sorted(self._markers)
        if self._chosen in order:
            self._chosen = order[(order.index(self._chosen) + step) % len(order)]
        else:
            self._chosen = order[0] if step > 0 else order[-1]
        self._show_choice()
        self._keep_in_view(self._chosen)

    def _show_choice(self) -> None:
        focused = self.hasFocus()
        for i, marker in self._markers.items():
            marker.set_chosen(focused and i == self._chosen)
        self._describe()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place_overlays()
        if self._auto_fit:
            self._fit()
        else:
            self._keep_in_view(self.session.index)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._place_overlays()
        if self._auto_fit:
            self._fit()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        # Qt may send this while the base class is still being set up.
        if event.type() == QEvent.Type.PaletteChange and hasattr(self, "_notice"):
            self._apply_palette()
            if self._spec is not None and self._message:
                self._rebuild()  # the placeholder takes its colours from the palette
        elif event.type() == QEvent.Type.LanguageChange and hasattr(self, "words"):
            self.retranslate()

    def retranslate(self) -> None:
        """The interface language changed: the buttons, what the view says, its description."""
        self.words.apply()
        if self._message:
            self._rebuild()  # the notice, or the placeholder's words drawn on the map
        else:
            self._describe()

    # -- session ---------------------------------------------------------------
    @Slot()
    def _on_tour_changed(self) -> None:
        self._pictures.clear()
        if self._gate is not None:
            self._clear()  # nothing of the tour before, nor "No tour open", while the new one waits
            self._show_notice("")
            self._gate.run_later(self._rebuild)
        else:
            self._rebuild()

    @Slot(int)
    def _on_stop_changed(self, index: int) -> None:
        if self.which == "stop" and self._map_spec() != self._spec:
            self._rebuild()
        else:
            self._highlight(index)

    @Slot(str)
    def _on_language_changed(self, language: str) -> None:
        self._retitle()

    # -- building the scene ----------------------------------------------------
    def _map_spec(self) -> MapSpec | None:
        if self.which == "tour":
            tour = self.session.tour
            return tour.map if tour else None
        stop = self.session.stop
        return stop.map if stop else None

    def _clear(self) -> None:
        self._scene.clear()
        self._map_item = self._decoding = None
        self._markers = {}
        self._route = None
        self._map_rect = QRectF()
        self._attribution.setText("")
        self._attribution.hide()

    def _rebuild(self) -> None:
        self._clear()
        self._spec = spec = self._map_spec()
        self._auto_fit = True
        if self.session.tour is None:
            self._show_notice(translate("MapView", "No tour open"))
        elif spec is None:
            if self.which == "tour":
                self._show_notice(translate("MapView", "This tour has no map"))
            else:
                self._show_notice(translate("MapView", "No map for this stop"))
        else:
            self._show_notice("")
            self._build(spec)
        self._retitle()
        self._highlight(self.session.index)
        self._fit()

    def _build(self, spec: MapSpec) -> None:
        picture = self._picture(spec)
        size = picture.size or self._canvas_size(spec)
        self._map_rect = QRectF(QPointF(0, 0), size)
        self._add_picture(picture)
        points = self._points(spec, size)
        if spec.route and len(points) >= 2:
            self._route = _Route(points)
            self._scene.addItem(self._route)
        for point in points:
            marker = _Marker(point.stop_index, self._on_marker_clicked)
            marker.setPos(point.x, point.y)
            self._scene.addItem(marker)
            self._markers[point.stop_index] = marker
        # Room to pan an edge marker to the middle of the view, away from the attribution.
        pad = max(size.width(), size.height())
        self._scene.setSceneRect(self._map_rect.adjusted(-pad, -pad, pad, pad))

    def _picture(self, spec: MapSpec) -> _MapPicture:
        if spec.image not in self._pictures:
            self._pictures[spec.image] = _read_picture(self.session.media_path(spec.image), spec.image)
        return self._pictures[spec.image]

    def _canvas_size(self, spec: MapSpec) -> QSizeF:
        """A stand-in size for a map image that cannot be read, big enough for every position."""
        size = QSizeF(PLACEHOLDER_SIZE)
        tour = self.session.tour
        if spec.bounds is None and self.which == "tour" and tour is not None:
            for stop in tour.stops:
                if stop.position is not None:
                    size = size.expandedTo(QSizeF(stop.position.x * 1.05, stop.position.y * 1.05))
        return size

    def _points(self, spec: MapSpec, size: QSizeF) -> list[MapPoint]:
        tour = self.session.tour
        if tour is None:
            return []
        # `position` is pixels on the tour map; on a stop's picture-only detail map it means nothing.
        if self.which == "stop" and spec.bounds is None:
            return []
        return stop_points(tour.stops, spec, size.width(), size.height())

    def _add_picture(self, picture: _MapPicture) -> None:
        if picture.path is not None and picture.size is not None:
            item = self._map_item = QGraphicsPixmapItem()
            item.setTransformationMode(Qt.TransformationMode.SmoothTransformation)
            item.setZValue(Z_MAP)
            self._scene.addItem(item)
            key = self._decoding = self._loader.key(picture.path, picture.size.toSize())
            found = self._loader.request(key)
            if found is not None:
                self._on_picture_loaded(key, found)
            elif key in self._loader.errors:
                self._on_picture_failed(key, self._loader.errors[key])
            return
        modules = _svg_module() if picture.svg is not None else None
        if picture.svg is not None and modules is not None:
            svg_item = modules[1].QGraphicsSvgItem()
            svg_item.setSharedRenderer(picture.svg)
            svg_item.setZValue(Z_MAP)
            self._scene.addItem(svg_item)
            return
        palette = self.palette()
        rect = QGraphicsRectItem(self._map_rect)
        pen = QPen(palette.color(QPalette.ColorRole.Mid), 0)  # cosmetic hairline
        rect.setPen(pen)
        rect.setBrush(QBrush(palette.color(QPalette.ColorRole.AlternateBase)))
        rect.setZValue(Z_MAP)
        self._scene.addItem(rect)
        if picture.why:
            self._message = translate("MapView", "Map image {0} cannot be decoded: {1}").format(
                picture.name, said("Media", picture.why)  # the reason of the pictures' module, in its context
            )
        else:
            self._message = translate("MapView", "Map image not available: {0}").format(picture.name)
        label = _Label(self._message, palette.color(QPalette.ColorRole.PlaceholderText))
        label.setPos(self._map_rect.center().x(), self._map_rect.top())
        self._scene.addItem(label)

    @Slot(object, QImage)
    def _on_picture_loaded(self, key: ImageKey, image: QImage) -> None:
        if key == self._decoding and self._map_item is not None:
            self._decoding = None
            self._map_item.setPixmap(QPixmap.fromImage(image))

    @Slot(object, str)
    def _on_picture_failed(self, key: ImageKey, why: str) -> None:
        """The header was fine but the picture does not decode: the placeholder, markers kept where they are."""
        if key != self._decoding or self._map_item is None:
            return
        log.warning("cannot read map image %s: %s", key.path, why)
        self._decoding = None
        self._scene.removeItem(self._map_item)
        self._map_item = None
        gone = not still_there(key)  # since the tour was read: no problem of the tour's
        if not gone and self._spec is not None:
            where = ("map", "image") if self.which == "tour" else ("stops", self.session.index, "map", "image")
            self.pictureFailed.emit(where, self._spec.image, why)
        self._add_picture(_MapPicture(Path(key.path).name, why=None if gone else why))

    # -- state that follows the session ----------------------------------------
    def _highlight(self, index: int) -> None:
        for i, marker in self._markers.items():
            marker.set_current(i == index)
        self._chosen = index if index in self._markers else None
        self._show_choice()
        self._keep_in_view(index)

    def _retitle(self) -> None:
        tour = self.session.tour
        if tour is not None:
            for i, marker in self._markers.items():
                marker.setToolTip(f"{i + 1}. {self.session.text(tour.stops[i].title)}")
        text = self.session.text(self._spec.attribution) if self._spec is not None else ""
        self._attribution.setText(text)
        self._attribution.setVisible(bool(text))
        self._place_overlays()
        self._describe()

    def _describe(self) -> None:
        """Tell assistive technology what the picture cannot: how many stops, which one is current."""
        kind = self._kind()
        if self._message:
            self.setAccessibleDescription(f"{kind}. {self._message}")
            return
        shown = len(self._markers)
        parts = [kind, translate("MapView", "%n stop(s) shown", None, shown)]
        current = self.current_marker()
        if current is not None:
            parts.append(translate("MapView", "current stop {0}").format(self.marker_tooltip(current)))
        if self.hasFocus() and self._chosen is not None and self._chosen != current:
            parts.append(
                translate("MapView", "chosen: stop {0}, Enter goes there").format(self.marker_tooltip(self._chosen))
            )
        if self.focusPolicy() != Qt.FocusPolicy.NoFocus:  # not on a map shown as a picture
            parts.append(translate("MapView", "Arrow keys choose a stop, plus and minus zoom, 0 shows all stops"))
        description = ". ".join(parts)
        if description != self.accessibleDescription():
            self.setAccessibleDescription(description)
            from PySide6.QtGui import QAccessible, QAccessibleEvent  # made when a map first describes itself

            if QAccessible.isActive():
                QAccessible.updateAccessibility(QAccessibleEvent(self, QAccessible.Event.DescriptionChanged))

    def _kind(self) -> str:
        if self.which == "tour":
            return translate("MapView", "Overview map of the tour")
        return translate("MapView", "Detail map of the current stop")

    def _show_notice(self, text: str) -> None:
        self._message = text
        self._notice.setText(text)
        self._notice.setVisible(bool(text))
        self._place_overlays()

    # -- overlays --------------------------------------------------------------
    def _apply_palette(self) -> None:
        palette = self.palette()
        self.setBackgroundBrush(palette.color(QPalette.ColorRole.Window))
        box = QColor(palette.color(QPalette.ColorRole.Window))
        box.setAlpha(200)  # the map stays faintly visible behind the attribution
        text = palette.color(QPalette.ColorRole.WindowText)
        self._attribution.setStyleSheet(
            f"QLabel#mapAttribution {{ background: rgba({box.red()}, {box.green()}, {box.blue()}, {box.alpha()});"
            f" color: {text.name()}; padding: 2px 6px; border-radius: 3px; font-size: 9pt; }}"
        )
        hint = palette.color(QPalette.ColorRole.PlaceholderText)
        self._notice.setStyleSheet(f"QLabel#mapNotice {{ color: {hint.name()}; font-size: 12pt; }}")

    def _place_overlays(self) -> None:
        area = self.viewport().geometry()
        self._notice.setGeometry(area)
        if hasattr(self, "_controls"):
            self._controls.move(area.right() - SAFE_MARGIN - self._controls.width() + 1, area.top() + SAFE_MARGIN)
            self._controls.raise_()
        if self._attribution.isVisible() or self._attribution.text():
            margin = 6
            room = max(80, area.width() - 2 * margin)
            # One line when it fits; wrapped to the view's width only when it does not
            # (a word-wrapped label left to itself picks a narrow two-line shape).
            self._attribution.setWordWrap(False)
            size = self._attribution.sizeHint()
            if size.width() > room:
                self._attribution.setWordWrap(True)
                size = QSize(room, self._attribution.heightForWidth(room))
            self._attribution.resize(size)
            self._attribution.move(area.right() - margin - size.width() + 1, area.bottom() - margin - size.height() + 1)
            self._attribution.raise_()

    # -- clicks ------------------------------------------------------------------
    @Slot(int)
    def _on_marker_clicked(self, index: int) -> None:
        self.session.go_to(index)


class MapWindow(Retranslating, QWidget):
    """A map in a window of its own, following the same tour: room for a map a person can read."""

    SCREEN_SHARE = 0.8  # of the screen's width and height, at first

    def __init__(self, session: TourSession, which: Which = "tour", owner: QWidget | None = None):
        super().__init__(owner, Qt.WindowType.Window)
        self.view = MapView(session, which, self)
        self.view.set_window_button_visible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self._session = session
        session.tourChanged.connect(self._retitle)
        session.languageChanged.connect(self._retitle)
        self._retitle()
        screen = (owner.screen() if owner is not None else None) or QApplication.primaryScreen()
        if screen is not None:
            area = screen.availableGeometry()
            self.resize(round(area.width() * self.SCREEN_SHARE), round(area.height() * self.SCREEN_SHARE))
        else:  # pragma: no cover - no screen at all
            self.resize(1200, 800)
        self.view.setFocus()

    @Slot()
    def _retitle(self) -> None:
        self.setAccessibleName(translate("MapWindow", "Map window"))
        tour = self._session.tour
        if self.view.which == "tour":
            kind = translate("MapWindow", "Tour map")
            titled = translate("MapWindow", "Tour map \u2014 {0}")
        else:
            kind = translate("MapWindow", "Stop map")
            titled = translate("MapWindow", "Stop map \u2014 {0}")
        self.setWindowTitle(titled.format(self._session.text(tour.title)) if tour is not None else kind)

    def retranslate(self) -> None:
        self._retitle()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close()
            event.accept()
            return
        super().keyPressEvent(event)


class MapPanel(Retranslating, QTabWidget):
    """The tour's overview map and the current stop's detail map, as two tabs."""

    pictureFailed = Signal(object, str, str)  # as MapView's, from either map

    TOUR_TAB = 0
    STOP_TAB = 1

    def __init__(
        self,
        session: TourSession,
        parent: QWidget | None = None,
        gate: PaintGate | None = None,
        loader: ImageLoader | None = None,
    ):
        super().__init__(parent)
        self.session = session
        self._gate = gate
        self._loader = loader
        self.overview = MapView(session, "tour", self, gate=gate, loader=loader)
        self.overview.pictureFailed.connect(self.pictureFailed)
        self._detail: MapView | None = None  # made when a stop first has a map of its own
        self.addTab(self.overview, "")
        self.addTab(QWidget(), "")
        self.words = Wording("MapPanel")
        self.words.add(lambda text: self.setTabText(self.TOUR_TAB, text), QT_TRANSLATE_NOOP("MapPanel", "Tour map"))
        self.words.add(lambda text: self.setTabText(self.STOP_TAB, text), QT_TRANSLATE_NOOP("MapPanel", "This stop"))
        self.words.add(self.setAccessibleName, QT_TRANSLATE_NOOP("MapPanel", "Maps"))
        self.words.add(
            self.setAccessibleDescription,
            QT_TRANSLATE_NOOP("MapPanel", "The tour's overview map and the current stop's detail map"),
        )
        session.tourChanged.connect(self._on_tour_changed)
        session.stopChanged.connect(self._on_stop_changed)
        self._update_stop_tab()

    @property
    def detail(self) -> MapView:
        """The current stop's detail map (in the second tab)."""
        if self._detail is None:
            self._detail = MapView(self.session, "stop", self, gate=self._gate, loader=self._loader)
            self._detail.pictureFailed.connect(self.pictureFailed)
            current = self.currentIndex()
            placeholder = self.widget(self.STOP_TAB)
            self.blockSignals(True)
            self.removeTab(self.STOP_TAB)
            self.insertTab(self.STOP_TAB, self._detail, translate("MapPanel", "This stop"))
            self.setCurrentIndex(current)
            self.blockSignals(False)
            placeholder.deleteLater()
        return self._detail

    @Slot()
    def _on_tour_changed(self) -> None:
        self._update_stop_tab()

    @Slot(int)
    def _on_stop_changed(self, index: int) -> None:
        self._update_stop_tab()

    def _update_stop_tab(self) -> None:
        stop = self.session.stop
        enabled = stop is not None and stop.map is not None
        if enabled:
            self.detail  # noqa: B018 (made now that a stop has a map)
        if not enabled and self.currentIndex() == self.STOP_TAB:
            self.setCurrentIndex(self.TOUR_TAB)
        self.setTabEnabled(self.STOP_TAB, enabled)
        if enabled:
            self.setTabToolTip(self.STOP_TAB, translate("MapPanel", "The current stop's detail map"))
        else:
            self.setTabToolTip(self.STOP_TAB, translate("MapPanel", "This stop has no map"))

    def retranslate(self) -> None:
        self.words.apply()
        self._update_stop_tab()
