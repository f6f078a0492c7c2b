"""The map view places stop markers, follows the session, and zooms and pans."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QWheelEvent
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication

import tourviewer.ui.mapview as mapview
from tests.tourfiles import png_bytes, write_tour
from tourviewer.core.geo import project
from tourviewer.core.loader import load_tour
from tourviewer.core.model import Bounds, Location
from tourviewer.core.session import TourSession
from tourviewer.ui.mapview import CURRENT_COLOR, MapPanel, MapView

MAP_W, MAP_H = 400, 300
BOUNDS = Bounds(west=126.40, south=35.85, east=126.95, north=36.75)

GEO_TOUR = """format = 1
id = "geo"
title = { en = "Geo", ko = "지오" }
languages = ["en", "ko"]

[map]
image = "maps/region.png"
bounds = { west = 126.40, south = 35.85, east = 126.95, north = 36.75 }
attribution = { en = "Schematic map", ko = "개략 지도" }
route = ROUTE

[[stops]]
id = "farm"
title = { en = "Collabo Farm", ko = "협업농장" }
location = { lat = 36.55, lon = 126.72 }

[[stops]]
id = "school"
title = { en = "Pulmu School", ko = "풀무학교" }
location = { lat = 36.20, lon = 126.50 }

[[stops]]
id = "far-away"
title = "Far away"
location = { lat = 37.50, lon = 127.50 }

[[stops]]
id = "market"
title = { en = "Market", ko = "시장" }
location = { lat = 35.99, lon = 126.90 }

[stops.map]
image = "maps/site.png"
bounds = { west = 126.85, south = 35.95, east = 126.95, north = 36.05 }
"""

LOCATIONS = {0: (36.55, 126.72), 1: (36.20, 126.50), 3: (35.99, 126.90)}

PLAN_TOUR = """format = 1
id = "plan"
title = "Site plan"

[map]
image = "maps/plan.png"

[[stops]]
id = "gate"
title = "Gate"
position = { x = 20, y = 250 }

[[stops]]
id = "no-position"
title = "Somewhere"

[[stops]]
id = "barn"
title = "Barn"
position = { x = 380.5, y = 40.25 }
"""

NO_MAP_TOUR = """format = 1
id = "bare"
title = "Bare"

[[stops]]
id = "a"
title = "A"
"""


def open_tour(folder: Path) -> TourSession:
    session = TourSession()
    session.open(load_tour(folder))
    assert session.tour is not None
    return session


@pytest.fixture
def geo_folder(tmp_path: Path) -> Path:
    return write_tour(
        tmp_path / "geo",
        GEO_TOUR.replace("ROUTE", "true"),
        {"maps/region.png": png_bytes(MAP_W, MAP_H, "white"), "maps/site.png": png_bytes(200, 100, "white")},
    )


@pytest.fixture
def geo_session(geo_folder: Path) -> TourSession:
    return open_tour(geo_folder)


def make_view(qtbot, session: TourSession, which: str = "tour") -> MapView:
    view = MapView(session, which)
    qtbot.addWidget(view)
    view.resize(640, 480)
    view.show()
    qtbot.waitExposed(view)
    return view


def send_wheel(view: MapView, degrees_eighths: int) -> None:
    center = QPointF(view.viewport().rect().center())
    event = QWheelEvent(
        center,
        view.viewport().mapToGlobal(center),
        QPoint(0, 0),
        QPoint(0, degrees_eighths),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(view.viewport(), event)


def test_markers_sit_where_geo_projects_the_stops(qtbot, geo_session):
    view = make_view(qtbot, geo_session)
    positions = view.marker_positions()
    assert set(positions) == {0, 1, 3}  # stop 2 lies outside the map
    for index, (lat, lon) in LOCATIONS.items():
        x, y = project(Location(lat=lat, lon=lon), BOUNDS, MAP_W, MAP_H)
        assert positions[index].x() == pytest.approx(x, abs=0.5)
        assert positions[index].y() == pytest.approx(y, abs=0.5)
    assert view.map_rect().width() == MAP_W and view.map_rect().height() == MAP_H
    assert view.accessibleName() == "Map"
    assert view.marker_tooltip(0) == "1. Collabo Farm"
    assert view.marker_tooltip(3) == "4. Market"


def test_a_map_without_bounds_places_stops_by_position(qtbot, tmp_path):
    folder = write_tour(tmp_path / "plan", PLAN_TOUR, {"maps/plan.png": png_bytes(MAP_W, MAP_H)})
    view = make_view(qtbot, open_tour(folder))
    positions = view.marker_positions()
    assert set(positions) == {0, 2}
    assert (positions[0].x(), positions[0].y()) == pytest.approx((20, 250), abs=0.5)
    assert (positions[2].x(), positions[2].y()) == pytest.approx((380.5, 40.25), abs=0.5)


def test_the_current_marker_follows_the_session(qtbot, geo_session):
    view = make_view(qtbot, geo_session)
    assert view.current_marker() == 0
    with qtbot.waitSignal(geo_session.stopChanged):
        geo_session.go_to(3)
    assert view.current_marker() == 3
    geo_session.go_to(2)  # not on the map: nothing is highlighted
    assert view.current_marker() is None
    geo_session.go_to(1)
    assert view.current_marker() == 1
    assert "2. Pulmu School" in view.accessibleDescription()


def test_the_current_marker_is_drawn_orange_over_the_map(qtbot, geo_session):
    view = make_view(qtbot, geo_session)
    geo_session.go_to(1)
    spot = view.mapFromScene(view.marker_positions()[1])
    # Off the centre a little, beside the number, where the circle is plain fill.
    pixel = view.viewport().grab().toImage().pixelColor(spot.x() - 8, spot.y())
    assert _close(pixel, CURRENT_COLOR)
    other = view.mapFromScene(view.marker_positions()[0])
    assert not _close(view.viewport().grab().toImage().pixelColor(other.x() - 8, other.y()), CURRENT_COLOR)


def _close(a: QColor, b: QColor, tolerance: int = 30) -> bool:
    return all(abs(x - y) <= tolerance for x, y in zip(a.getRgb()[:3], b.getRgb()[:3], strict=True))


def test_clicking_a_marker_goes_to_its_stop(qtbot, geo_session):
    view = make_view(qtbot, geo_session)
    spot = view.mapFromScene(view.marker_positions()[3])
    with qtbot.waitSignal(geo_session.stopChanged) as blocker:
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=spot)
    assert blocker.args == [3]
    assert geo_session.index == 3
    assert view.current_marker() == 3


def test_clicking_the_map_beside_a_marker_changes_nothing(qtbot, geo_session):
    view = make_view(qtbot, geo_session)
    spot = view.mapFromScene(view.marker_positions()[1]) + QPoint(60, 0)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=spot)
    assert geo_session.index == 0


@pytest.mark.parametrize("route", [True, False])
def test_the_route_is_drawn_only_when_the_map_asks(qtbot, tmp_path, route):
    folder = write_tour(
        tmp_path / "geo",
        GEO_TOUR.replace("ROUTE", "true" if route else "false"),
        {"maps/region.png": png_bytes(MAP_W, MAP_H), "maps/site.png": png_bytes(200, 100)},
    )
    view = make_view(qtbot, open_tour(folder))
    assert view.has_route() is route


def test_attribution_and_tooltips_follow_the_language(qtbot, geo_session):
    view = make_view(qtbot, geo_session)
    assert view.attribution_text() == "Schematic map"
    label = view.findChild(mapview.QLabel, "mapAttribution")
    assert label.isVisible()
    # The box sits at the bottom-right corner of the view, inside it.
    area = view.viewport().geometry()
    assert area.contains(label.geometry())
    assert label.geometry().right() > area.center().x() and label.geometry().bottom() > area.center().y()
    with qtbot.waitSignal(geo_session.languageChanged):
        geo_session.set_language("ko")
    assert view.attribution_text() == "개략 지도"
    assert view.marker_tooltip(0) == "1. 협업농장"
    assert view.marker_tooltip(2) == ""


def test_the_attribution_keeps_its_size_when_zooming(qtbot, geo_session):
    view = make_view(qtbot, geo_session)
    label = view.findChild(mapview.QLabel, "mapAttribution")
    before = label.geometry()
    view.zoom_in()
    view.zoom_in()
    assert label.geometry() == before


def test_a_missing_map_image_shows_a_placeholder_and_keeps_markers(qtbot, tmp_path):
    folder = write_tour(tmp_path / "geo", GEO_TOUR.replace("ROUTE", "true"))
    view = make_view(qtbot, open_tour(folder))
    assert view.message() == "Map image not available: region.png"
    assert (view.map_rect().width(), view.map_rect().height()) == (1000, 700)
    x, y = project(Location(lat=36.55, lon=126.72), BOUNDS, 1000, 700)
    assert (view.marker_positions()[0].x(), view.marker_positions()[0].y()) == pytest.approx((x, y), abs=0.5)
    assert view.has_route()


def test_an_unreadable_map_image_shows_a_placeholder_that_says_why(qtbot, tmp_path):
    folder = write_tour(tmp_path / "plan", PLAN_TOUR, {"maps/plan.png": b"not a picture"})
    view = make_view(qtbot, open_tour(folder))
    assert view.message().startswith("Map image plan.png cannot be decoded: it is not an image Pillow can read")
    assert set(view.marker_positions()) == {0, 2}


def test_a_map_picture_is_decoded_off_the_ui_thread(qtbot, geo_session, decode_threads):
    threads = decode_threads
    view = make_view(qtbot, geo_session)
    assert (view.map_rect().width(), view.map_rect().height()) == (MAP_W, MAP_H), "sized from the header at once"
    qtbot.waitUntil(lambda: view._map_item is not None and not view._map_item.pixmap().isNull())
    assert threads and set(threads) == {"image-decoder"}


def test_a_map_picture_cut_short_shows_the_placeholder_and_keeps_markers(qtbot, tmp_path):
    whole = png_bytes(1000, 700, "white")
    folder = write_tour(tmp_path / "plan", PLAN_TOUR, {"maps/plan.png": whole[: len(whole) // 2]})
    view = make_view(qtbot, open_tour(folder))
    qtbot.waitUntil(lambda: view.message().startswith("Map image plan.png cannot be decoded: "))
    assert set(view.marker_positions()) == {0, 2}


def test_a_cut_short_map_image_says_so_and_keeps_its_declared_size(qtbot, tmp_path):
    from tests.hostile import truncated_png

    folder = write_tour(tmp_path / "plan", PLAN_TOUR, {"maps/plan.png": truncated_png()})
    view = make_view(qtbot, open_tour(folder))
    qtbot.waitUntil(lambda: view.message().startswith("Map image plan.png cannot be decoded: the PNG is cut short"))
    assert (view.map_rect().width(), view.map_rect().height()) == (64, 48)


def test_no_map_says_so(qtbot, tmp_path):
    session = open_tour(write_tour(tmp_path / "bare", NO_MAP_TOUR))
    tour_view = make_view(qtbot, session, "tour")
    stop_view = make_view(qtbot, session, "stop")
    assert tour_view.message() == "This tour has no map"
    assert stop_view.message() == "No map for this stop"
    assert tour_view.marker_positions() == {} and tour_view.attribution_text() == ""
    notice = tour_view.findChild(mapview.QLabel, "mapNotice")
    assert notice.isVisible() and notice.text() == "This tour has no map"


def test_the_stop_view_shows_the_current_stops_own_map(qtbot, geo_session):
    view = make_view(qtbot, geo_session, "stop")
    assert view.message() == "No map for this stop"
    with qtbot.waitSignal(geo_session.stopChanged):
        geo_session.go_to(3)
    assert view.message() == ""
    assert view.map_rect().width() == 200
    # Only the market lies inside its own detail map's bounds.
    assert set(view.marker_positions()) == {3}
    assert view.current_marker() == 3
    assert view.attribution_text() == ""
    geo_session.go_to(0)
    assert view.message() == "No map for this stop"


def test_the_map_image_is_read_once_per_tour(qtbot, geo_folder, monkeypatch):
    reads = []
    real = mapview._read_picture
    monkeypatch.setattr(mapview, "_read_picture", lambda path, written: reads.append(written) or real(path, written))
    session = open_tour(geo_folder)
    views = [make_view(qtbot, session, "tour"), make_view(qtbot, session, "stop")]
    for index in (3, 0, 3, 1, 3):
        session.go_to(index)
    assert sorted(reads) == ["maps/region.png", "maps/site.png"]
    session.open(load_tour(geo_folder))  # a newly opened tour reads its maps again
    assert reads.count("maps/region.png") == 2
    assert views[0].marker_positions()


def test_a_new_tour_rebuilds_the_map(qtbot, geo_session, tmp_path):
    view = make_view(qtbot, geo_session)
    folder = write_tour(tmp_path / "plan", PLAN_TOUR, {"maps/plan.png": png_bytes(MAP_W, MAP_H)})
    with qtbot.waitSignal(geo_session.tourChanged):
        geo_session.open(load_tour(folder))
    assert set(view.marker_positions()) == {0, 2}
    assert view.attribution_text() == ""
    assert view.marker_tooltip(2) == "3. Barn"


def test_the_stop_tab_is_enabled_only_for_stops_with_a_map(qtbot, geo_session):
    panel = MapPanel(geo_session)
    qtbot.addWidget(panel)
    panel.show()
    assert panel.tabText(0) == "Tour map" and panel.tabText(1) == "This stop"
    assert panel.accessibleName() == "Maps"
    assert not panel.isTabEnabled(1)
    geo_session.go_to(3)
    assert panel.isTabEnabled(1)
    panel.setCurrentIndex(1)
    geo_session.go_to(1)
    assert not panel.isTabEnabled(1)
    assert panel.currentIndex() == 0


def test_the_stop_tab_holds_the_detail_map_once_a_stop_has_one(qtbot, geo_session):
    panel = MapPanel(geo_session)
    qtbot.addWidget(panel)
    panel.show()
    assert panel.findChildren(MapView) == [panel.overview]  # no stop of the first ones has a map
    geo_session.go_to(3)
    assert panel.widget(1) is panel.detail
    assert panel.tabText(1) == "This stop" and panel.isTabEnabled(1)
    assert panel.currentIndex() == 0  # the overview stays in front
    assert panel.detail.message() == ""
    panel.setCurrentIndex(1)
    geo_session.go_to(0)
    assert panel.currentIndex() == 0 and not panel.isTabEnabled(1)
    assert panel.detail.message() == "No map for this stop"


def test_wheel_and_keys_zoom_and_fit(qtbot, geo_session):
    view = make_view(qtbot, geo_session)
    fitted = view.transform().m11()
    assert fitted >= min((640 - 2 - 48) / MAP_W, (480 - 2 - 48) / MAP_H) * 0.99, "at least the whole map's scale"
    assert all(QRectF(view.viewport().rect()).contains(r) for r in view.marker_screen_rects().values())

    send_wheel(view, 120)
    assert view.transform().m11() > fitted
    send_wheel(view, -240)
    assert view.transform().m11() < fitted

    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_0)
    assert view.transform().m11() == pytest.approx(fitted)
    qtbot.keyClick(view, Qt.Key.Key_Plus)
    zoomed = view.transform().m11()
    assert zoomed > fitted
    qtbot.keyClick(view, Qt.Key.Key_Minus)
    assert view.transform().m11() < zoomed
    qtbot.keyClick(view, Qt.Key.Key_Plus)
    qtbot.keyClick(view, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert view.transform().m11() == pytest.approx(fitted)


def test_zoom_is_limited(qtbot, geo_session):
    view = make_view(qtbot, geo_session)
    fitted = min((640 - 2 - 48) / MAP_W, (480 - 2 - 48) / MAP_H)  # the whole map
    for _ in range(40):
        view.zoom_in()
    assert view.transform().m11() == pytest.approx(fitted * mapview.MAX_ZOOM_IN)
    for _ in range(80):
        view.zoom_out()
    assert view.transform().m11() == pytest.approx(fitted * mapview.MAX_ZOOM_OUT)


def test_resizing_refits_until_the_user_zooms(qtbot, geo_session):
    view = make_view(qtbot, geo_session)
    before = view.transform().m11()
    view.resize(1280, 960)
    qtbot.waitUntil(lambda: view.transform().m11() > before * 1.5)
    view.zoom_in()
    zoomed = view.transform().m11()
    view.resize(640, 480)
    qtbot.waitUntil(lambda: view.viewport().width() < 700)
    assert view.transform().m11() == pytest.approx(zoomed)


def test_markers_keep_their_size_on_screen_when_zooming(qtbot, geo_session):
    view = make_view(qtbot, geo_session)
    fitted = view.transform().m11()
    marker = next(i for i in view.scene().items() if isinstance(i, mapview._Marker) and i.index == 1)

    def on_screen_width() -> float:
        return marker.deviceTransform(view.viewportTransform()).mapRect(marker.boundingRect()).width()

    before = on_screen_width()
    for _ in range(3):
        view.zoom_in()
    assert view.transform().m11() > 1.9 * fitted
    assert on_screen_width() == pytest.approx(before)


def test_dragging_pans_the_map(qtbot, geo_session):
    view = make_view(qtbot, geo_session)
    view.zoom_in()
    view.zoom_in()
    before = view.mapToScene(view.viewport().rect().center())
    start = view.viewport().rect().center() + QPoint(0, 100)  # away from the markers
    qtbot.mousePress(view.viewport(), Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(view.viewport(), start + QPoint(-40, -30))
    qtbot.mouseMove(view.viewport(), start + QPoint(-80, -60))
    qtbot.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, pos=start + QPoint(-80, -60))
    after = view.mapToScene(view.viewport().rect().center())
    assert after.x() > before.x() and after.y() > before.y()
    assert geo_session.index == 0


SAMPLE_TOUR = Path(__file__).parents[2] / "tours" / "hongsung"  # in the repository, map and all


def test_a_sample_tour_renders(qtbot, tmp_path):
    session = open_tour(SAMPLE_TOUR)
    panel = MapPanel(session)
    qtbot.addWidget(panel)
    panel.resize(900, 640)
    panel.show()
    qtbot.waitExposed(panel)
    session.go_to(1)
    assert set(panel.overview.marker_positions()) == set(range(session.count)), "every stop is placed"
    assert panel.overview.current_marker() == 1
    assert panel.overview.message() == "", "the map picture is read"
    picture = QSvgRenderer(str(SAMPLE_TOUR / "maps" / "hongseong-region.svg")).defaultSize()
    rect = panel.overview.map_rect()
    assert (rect.width(), rect.height()) == (picture.width(), picture.height())
    shot = panel.grab()
    assert not shot.isNull()
    assert shot.save(str(tmp_path / "mapview.png"))


def test_a_map_waiting_for_the_first_paint_shows_nothing_stale(qtbot, geo_folder, tmp_path):
    from PySide6.QtWidgets import QWidget

    from tourviewer.ui.paintgate import PaintGate

    picture = QWidget()  # stands for the gallery, whose first paint opens the gate
    qtbot.addWidget(picture)
    session = TourSession()
    gate = PaintGate(picture)
    view = MapView(session, "tour", gate=gate)
    qtbot.addWidget(view)
    view.resize(640, 480)
    view.show()
    qtbot.waitExposed(view)
    gate.arm()
    session.open(load_tour(geo_folder))
    assert view.message() == "" and view.marker_positions() == {}  # not "No tour open"
    picture.show()
    qtbot.waitUntil(lambda: len(view.marker_positions()) == 3)
    other = write_tour(tmp_path / "other", NO_MAP_TOUR)
    gate.arm()
    session.open(load_tour(other))
    assert view.marker_positions() == {}  # not the markers of the tour before
    qtbot.waitUntil(lambda: view.message() == "This tour has no map")


# -- a map that stays readable (markers apart, the current stop in view, zoom controls, keyboard) ----------

CROWD_TOUR = """format = 1
id = "crowd"
title = "Crowd"

[map]
image = "maps/region.png"
bounds = { west = 126.40, south = 35.85, east = 126.95, north = 36.75 }
attribution = "A long attribution line that sits in the corner of the map"

[[stops]]
id = "town"
title = "Town hall"
location = { lat = 36.300, lon = 126.600 }

[[stops]]
id = "yard"
title = "Shipyard"
location = { lat = 36.200, lon = 126.700 }

[[stops]]
id = "street"
title = "Old street"
location = { lat = 36.3003, lon = 126.6004 }

[[stops]]
id = "office"
title = "Start-up office"
location = { lat = 36.3001, lon = 126.6002 }

[[stops]]
id = "corner"
title = "Far corner"
location = { lat = 35.86, lon = 126.94 }
"""


@pytest.fixture
def crowd_session(tmp_path: Path) -> TourSession:
    folder = write_tour(tmp_path / "crowd", CROWD_TOUR, {"maps/region.png": png_bytes(MAP_W, MAP_H, "white")})
    return open_tour(folder)


def overlapping(rects: dict[int, object]) -> list[tuple[int, int]]:
    keys = sorted(rects)
    return [(a, b) for n, a in enumerate(keys) for b in keys[n + 1 :] if rects[a].intersects(rects[b])]


def test_markers_on_nearly_one_point_stay_apart_at_every_zoom(qtbot, crowd_session):
    view = make_view(qtbot, crowd_session)
    for step in range(12):
        rects = view.marker_screen_rects()
        assert len(rects) == 5
        assert overlapping(rects) == [], f"after {step} zoom steps"
        view.zoom_in() if step < 6 else view.zoom_out()


def test_a_spread_marker_is_joined_to_its_true_point(qtbot, crowd_session):
    view = make_view(qtbot, crowd_session)
    rects = view.marker_screen_rects()
    for index in (0, 2, 3):
        true_point = view.mapFromScene(view.marker_positions()[index])
        assert not rects[index].contains(QPointF(true_point)), "the marker moved off the crowded point"
        assert view.leader_line(index) is not None
        start, end = view.leader_line(index)
        assert (start - QPointF(true_point)).manhattanLength() < 2
        assert rects[index].contains(end)
    assert view.leader_line(1) is None, "a marker with room stays on its point"


def test_the_view_starts_fitted_to_the_stops(qtbot, tmp_path):
    folder = write_tour(
        tmp_path / "near",
        CROWD_TOUR.replace("35.86, lon = 126.94", "36.25, lon = 126.66"),
        {"maps/region.png": png_bytes(MAP_W, MAP_H, "white")},
    )
    view = make_view(qtbot, open_tour(folder))
    whole_map = min((640 - 2 - 48) / MAP_W, (480 - 2 - 48) / MAP_H)
    assert view.transform().m11() > 2 * whole_map, "the stops fill the view, not the whole map"
    area = QRectF(view.viewport().rect())
    for rect in view.marker_screen_rects().values():
        assert area.contains(rect)
    view.zoom_in()
    view.fit_map()
    assert view.transform().m11() > 2 * whole_map


def test_moving_to_a_stop_brings_it_into_view_after_zoom_and_drag(qtbot, crowd_session):
    view = make_view(qtbot, crowd_session)
    for _ in range(6):
        view.zoom_in()
    view.centerOn(view.map_rect().topLeft())  # as after a drag to the far corner
    for index in (1, 4, 0):
        crowd_session.go_to(index)
        rect = view.marker_screen_rects()[index]
        assert QRectF(view.viewport().rect()).contains(rect), f"stop {index + 1}"
        assert not rect.intersects(view.attribution_rect()), f"stop {index + 1} under the attribution"


def test_the_current_marker_is_never_under_the_attribution_or_the_buttons(qtbot, crowd_session):
    view = make_view(qtbot, crowd_session)
    crowd_session.go_to(4)  # the far corner, where the attribution sits
    rect = view.marker_screen_rects()[4]
    assert not rect.intersects(view.attribution_rect())
    for button in view.zoom_buttons():
        assert not rect.intersects(
            QRectF(view.viewport().mapFrom(view, button.geometry().topLeft()), button.size().toSizeF())
        )


def test_visible_buttons_zoom_in_out_and_show_all_stops(qtbot, crowd_session):
    view = make_view(qtbot, crowd_session)
    names = [button.accessibleName() for button in view.zoom_buttons()]
    assert names == ["Zoom in", "Zoom out", "Show all stops", "Open the map in a window"]
    assert all(button.isVisible() and button.toolTip() for button in view.zoom_buttons())
    zoom_in, zoom_out, fit, _ = view.zoom_buttons()
    fitted = view.transform().m11()
    qtbot.mouseClick(zoom_in, Qt.MouseButton.LeftButton)
    assert view.transform().m11() > fitted
    qtbot.mouseClick(fit, Qt.MouseButton.LeftButton)
    assert view.transform().m11() == pytest.approx(fitted)
    qtbot.mouseClick(zoom_out, Qt.MouseButton.LeftButton)
    assert view.transform().m11() < fitted


def test_markers_are_chosen_and_opened_with_the_keyboard(qtbot, crowd_session):
    view = make_view(qtbot, crowd_session)
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    assert view.chosen_marker() == 0
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert view.chosen_marker() == 1
    assert "Shipyard" in view.accessibleDescription()
    qtbot.keyClick(view, Qt.Key.Key_Right)
    qtbot.keyClick(view, Qt.Key.Key_Left)
    assert view.chosen_marker() == 1
    assert crowd_session.index == 0, "choosing is not going"
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert crowd_session.index == 1
    qtbot.keyClick(view, Qt.Key.Key_Left)
    qtbot.keyClick(view, Qt.Key.Key_Left)  # wraps round to the last stop
    assert view.chosen_marker() == 4
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert crowd_session.index == 4
    assert QRectF(view.viewport().rect()).contains(view.marker_screen_rects()[4])


def test_the_map_opens_large_in_a_window_of_its_own_that_follows_the_tour(qtbot, crowd_session):
    view = make_view(qtbot, crowd_session)
    view.resize(300, 200)
    opener = view.zoom_buttons()[3]
    assert opener.accessibleName() == "Open the map in a window" and opener.isVisible()
    qtbot.mouseClick(opener, Qt.MouseButton.LeftButton)
    window = view.map_window()
    assert window is not None
    qtbot.addWidget(window)
    qtbot.waitExposed(window)
    assert window.isWindow() and window.width() > 2 * view.width()
    big = window.view
    assert big.marker_positions().keys() == view.marker_positions().keys()
    assert not big.zoom_buttons()[3].isVisible(), "no window from the window"
    crowd_session.go_to(2)
    assert big.current_marker() == 2
    qtbot.mouseClick(opener, Qt.MouseButton.LeftButton)
    assert view.map_window() is window, "one window, raised again"
    qtbot.keyClick(big, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not window.isVisible())
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_W)  # the same from the keyboard
    qtbot.waitUntil(window.isVisible)
    qtbot.keyClick(big, Qt.Key.Key_W)
    assert big.map_window() is None, "no window from the window"


def test_a_drawn_map_puts_sea_and_land_where_its_bounds_say(qtbot, tmp_path):
    """`tourviewer map` output, drawn by Qt: the georeferencing the viewer relies on holds."""
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    from tourviewer.core.mapmaker import LAND, SEA, bounds_around, draw_map

    # Gunsan: the old downtown on the shore of the Geum estuary, open water to its north-west.
    stops = [Location(lat=35.989, lon=126.712), Location(lat=35.965, lon=126.655)]
    made = draw_map(bounds_around(stops, 2), 800, stops=stops)
    renderer = QSvgRenderer(made.svg.encode())
    image = QImage(made.width, made.height, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()

    def colour(lat: float, lon: float) -> str:
        x, y = project(Location(lat=lat, lon=lon), made.bounds, made.width, made.height)
        return image.pixelColor(round(x), round(y)).name()

    assert colour(36.005, 126.66) == SEA  # the estuary
    assert colour(35.955, 126.70) == LAND  # inland, south of the city


@pytest.mark.parametrize("name", ["hongsung", "gunsan"])
def test_no_sample_marker_hides_another_in_a_small_panel_or_a_large_window(qtbot, name):
    """Hongsung's stops 2 and 3 and Gunsan's 1, 3 and 4 lie close together: all stay readable."""
    session = open_tour(SAMPLE_TOUR.parent / name)
    for size in ((500, 210), (1093, 614)):
        view = MapView(session, "tour")
        qtbot.addWidget(view)
        view.resize(*size)
        view.show()
        qtbot.waitExposed(view)
        for index in range(session.count):
            session.go_to(index)
            rects = view.marker_screen_rects()
            assert len(rects) == session.count
            assert overlapping(rects) == [], (size, index)
            assert QRectF(view.viewport().rect()).contains(rects[index])
            assert not rects[index].intersects(view.attribution_rect())


def test_the_sample_maps_are_drawn_as_vectors_sharp_at_any_pixel_ratio(qtbot):
    from PySide6.QtSvgWidgets import QGraphicsSvgItem

    for name in ("hongsung", "gunsan"):
        view = make_view(qtbot, open_tour(SAMPLE_TOUR.parent / name))
        assert [i for i in view.scene().items() if isinstance(i, QGraphicsSvgItem)], name
        assert not [i for i in view.scene().items() if isinstance(i, mapview.QGraphicsPixmapItem)], name


def test_shift_and_arrows_pan_the_focused_map(qtbot, crowd_session):
    view = make_view(qtbot, crowd_session)
    view.zoom_in()
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    before = view.mapToScene(view.viewport().rect().center())
    qtbot.keyClick(view, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(view, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    after = view.mapToScene(view.viewport().rect().center())
    assert after.x() > before.x() and after.y() > before.y()
    assert view.chosen_marker() == 0 and crowd_session.index == 0
