"""The lists are models: a change announces the rows it touches, and the views draw what the rows say."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QObject, Qt
from PySide6.QtGui import QColor, QImage

from tourviewer.core import load_tour
from tourviewer.core.session import TourSession
from tourviewer.core.store import SearchHit
from tourviewer.core.vtt import Cue
from tourviewer.ui.search import SearchHitsModel
from tourviewer.ui.stoplist import CURRENT_ROLE, VISITED_ROLE, StopList, StopListModel
from tourviewer.ui.transcript import CURRENT_ROLE as CUE_CURRENT_ROLE
from tourviewer.ui.transcript import NOW_PLAYING, TranscriptModel, TranscriptView

CUES = [Cue(0, 400, "First."), Cue(600, 1000, "Second."), Cue(1200, 1800, "Third.")]


class Changes(QObject):
    """What a model announced: the rows of each dataChanged, and any reset or change of shape."""

    def __init__(self, model: QAbstractItemModel):
        super().__init__()
        self.rows: list[list[int]] = []
        self.reshaped: list[str] = []
        model.dataChanged.connect(self._on_data_changed)
        for name in ("modelReset", "layoutChanged", "rowsInserted", "rowsRemoved", "rowsMoved"):
            getattr(model, name).connect(lambda *_, name=name: self.reshaped.append(name))

    def _on_data_changed(self, first: QModelIndex, last: QModelIndex, roles: list[int] | None = None) -> None:
        self.rows.append(list(range(first.row(), last.row() + 1)))

    def touched(self) -> set[int]:
        return {row for rows in self.rows for row in rows}

    def clear(self) -> None:
        self.rows.clear()
        self.reshaped.clear()


def rows(model: QAbstractItemModel, role: int = Qt.ItemDataRole.DisplayRole) -> list[object]:
    return [model.index(row, 0).data(role) for row in range(model.rowCount())]


# -- the stop list ----------------------------------------------------------------------------------------


def test_next_announces_just_the_two_rows_involved(qtbot, three_stops):
    session = TourSession()
    session.open(load_tour(three_stops))
    model = StopListModel(session)
    changes = Changes(model)
    session.next()
    assert changes.reshaped == [], "no reset: the view keeps its place"
    assert changes.touched() == {0, 1}
    assert all(len(rows) == 1 for rows in changes.rows), "each announcement is one row, not a range over others"
    assert rows(model, CURRENT_ROLE) == [False, True, False]
    assert rows(model, VISITED_ROLE) == [True, True, False]
    changes.clear()
    session.previous()  # back to a stop already visited: only the current stop moves
    assert changes.reshaped == [] and changes.touched() == {0, 1}
    changes.clear()
    session.last()
    assert changes.reshaped == [] and changes.touched() == {0, 2}


def test_each_role_of_a_stop_row_is_answered_as_an_enum_or_as_the_number_qt_passes(qtbot, three_stops):
    from PySide6.QtGui import QIcon

    from tourviewer.ui.stoplist import NOTED_ROLE, STOP_ID_ROLE

    session = TourSession()
    session.open(load_tour(three_stops))
    model = StopListModel(session)
    model.set_noted({session.tour.stops[2].id})
    ids = [stop.id for stop in session.tour.stops]
    for role in (Qt.ItemDataRole.DisplayRole, int(Qt.ItemDataRole.DisplayRole)):
        assert [label.split(". ", 1)[0] for label in rows(model, role)] == ["1", "2", "3"]
    for role in (Qt.ItemDataRole.ToolTipRole, int(Qt.ItemDataRole.ToolTipRole)):
        assert rows(model, role) == ["Visited", "Not visited yet", "Not visited yet, has a note"]
    assert rows(model, int(Qt.ItemDataRole.AccessibleDescriptionRole))[2] == "not visited yet, has a note"
    visited, unvisited, noted = rows(model, int(Qt.ItemDataRole.DecorationRole))
    assert all(isinstance(mark, QIcon) for mark in (visited, unvisited, noted))
    assert len({visited.cacheKey(), unvisited.cacheKey(), noted.cacheKey()}) == 3, "three different marks"
    assert rows(model, STOP_ID_ROLE) == ids
    assert rows(model, NOTED_ROLE) == [False, False, True]
    assert rows(model, CURRENT_ROLE) == [True, False, False]
    for unanswered in (Qt.ItemDataRole.FontRole, int(Qt.ItemDataRole.SizeHintRole), Qt.ItemDataRole.UserRole + 99):
        assert rows(model, unanswered) == [None, None, None]
    assert model.data(model.index(7, 0), Qt.ItemDataRole.DisplayRole) is None, "no such row"


def test_a_language_relabels_every_row_and_a_tour_resets(qtbot, three_stops):
    session = TourSession()
    session.open(load_tour(three_stops))
    model = StopListModel(session)
    changes = Changes(model)
    session.set_language("ko")
    assert changes.reshaped == [] and changes.rows == [[0, 1, 2]]
    assert rows(model) == ["1. 하나", "2. 둘", "3. 셋"]
    changes.clear()
    session.open(load_tour(three_stops))
    assert changes.reshaped == ["modelReset"]


def test_a_new_tour_of_another_length_is_shown_whole(qtbot, three_stops, tmp_path):
    from tests.tourfiles import MINIMAL, write_tour

    session = TourSession()
    session.open(load_tour(three_stops))
    view = StopList(session)
    qtbot.addWidget(view)
    session.go_to(2)
    session.open(load_tour(write_tour(tmp_path / "one", MINIMAL)))
    assert view.model().rowCount() == 1
    assert view.current_row() == 0
    session.open(load_tour(three_stops))
    assert view.model().rowCount() == 3 and view.current_row() == session.index


def green_pixels(image: QImage, left: int, top: int, width: int, height: int) -> int:
    """How many pixels of the area are the visited mark's green (also where it blends into the background)."""
    count = 0
    for x in range(left, left + width):
        for y in range(top, top + height):
            colour = image.pixelColor(x, y)
            if colour.green() - max(colour.red(), colour.blue()) > 25:
                count += 1
    return count


def test_the_view_draws_a_filled_dot_for_visited_stops_and_marks_the_current_one(qtbot, three_stops):
    fresh = TourSession()
    fresh.open(load_tour(three_stops))  # only the first stop is visited
    view = StopList(fresh)
    qtbot.addWidget(view)
    view.resize(240, 200)
    view.show()
    qtbot.waitExposed(view)
    image = view.viewport().grab().toImage()
    dots = []
    for row in range(3):
        rect = view.visualRect(view.model().index(row, 0))
        dots.append(green_pixels(image, rect.left(), rect.top(), 24, rect.height()))
    assert dots[1] > 0 and dots[2] > 0, "a ring for stops not visited yet"
    assert dots[0] > 1.5 * dots[1], "a filled dot for the visited stop"
    fresh.next()
    image = view.viewport().grab().toImage()
    rect = view.visualRect(view.model().index(1, 0))
    assert green_pixels(image, rect.left(), rect.top(), 24, rect.height()) > 1.5 * dots[2]
    assert view.selectionModel().selectedRows() == [view.model().index(1, 0)], "the current stop is selected"


def test_next_repaints_the_rows_it_changes_without_asking_every_row_again(qtbot, tmp_path, monkeypatch):
    """A word-wrapped list lays every row out again on any change; a change of marks needs only a repaint."""
    from tests.tourfiles import write_tour

    title = "with a title long enough to wrap"
    stops = "".join(f'[[stops]]\nid = "s{i}"\ntitle = "Stop number {i} {title}"\n' for i in range(200))
    session = TourSession()
    session.open(load_tour(write_tour(tmp_path / "many", f'format = 1\nid = "many"\ntitle = "Many"\n{stops}', {})))
    asked: set[int] = set()
    answer = StopListModel.data

    def counting(self, index, role=Qt.ItemDataRole.DisplayRole):
        asked.add(index.row())
        return answer(self, index, role)

    monkeypatch.setattr(StopListModel, "data", counting)
    view = StopList(session)
    qtbot.addWidget(view)
    view.resize(220, 300)
    view.show()
    qtbot.waitExposed(view)
    qtbot.wait(20)
    assert max(asked) == 199, "laid out whole when shown"
    asked.clear()
    for _ in range(3):
        session.next()
        qtbot.wait(20)
    assert {1, 2, 3} <= asked, "the rows that changed were painted again"
    assert max(asked) < 40, f"rows far out of view were asked again: {sorted(asked)[-5:]}"
    view.grab()  # and the list still paints whole
    assert view.visualRect(view.model().index(3, 0)).height() > 0


# -- the transcript -------------------------------------------------------------------------------------


def test_a_new_cue_announces_the_row_left_and_the_row_reached(qtbot):
    model = TranscriptModel()
    model.set_cues(CUES)
    changes = Changes(model)
    model.set_current(0)
    assert changes.touched() == {0}
    changes.clear()
    model.set_current(2)
    assert changes.reshaped == [] and sorted(changes.rows) == [[0], [2]]
    assert rows(model, CUE_CURRENT_ROLE) == [False, False, True]
    assert rows(model, Qt.ItemDataRole.AccessibleDescriptionRole) == [None, None, NOW_PLAYING]
    changes.clear()
    model.set_current(2)
    model.set_current(7)  # past the last cue: none is spoken
    assert changes.rows == [[2]] and model.current() == -1


def test_each_role_of_a_transcript_line_is_answered_as_an_enum_or_as_the_number_qt_passes(qtbot):
    from tourviewer.ui.transcript import CUE_ROLE

    model = TranscriptModel()
    model.set_cues(CUES)
    model.set_current(1)
    for role in (Qt.ItemDataRole.DisplayRole, int(Qt.ItemDataRole.DisplayRole)):
        assert rows(model, role) == ["0:00   First.", "0:00   Second.", "0:01   Third."]
    assert rows(model, int(Qt.ItemDataRole.ToolTipRole)) == ["Play from 0:00", "Play from 0:00", "Play from 0:01"]
    assert rows(model, CUE_ROLE) == [0, 1, 2] and rows(model, int(CUE_ROLE)) == [0, 1, 2]
    assert rows(model, int(CUE_CURRENT_ROLE)) == [False, True, False]
    fonts = rows(model, int(Qt.ItemDataRole.FontRole))
    assert fonts[0] is None and fonts[2] is None and fonts[1].bold(), "only the line being spoken is bold"
    assert rows(model, Qt.ItemDataRole.BackgroundRole)[1].alpha() == 60
    for unanswered in (Qt.ItemDataRole.DecorationRole, int(Qt.ItemDataRole.SizeHintRole)):
        assert rows(model, unanswered) == [None, None, None]
    model.set_cues([Cue(61_000, 62_000, "Later.")])
    assert rows(model) == ["1:01   Later."], "a new recording's lines"
    assert model.data(model.index(5, 0)) is None, "no such line"


def test_the_view_tints_the_line_being_spoken(qtbot):
    view = TranscriptView()
    qtbot.addWidget(view)
    view.resize(400, 200)
    view.show_cues(CUES)
    view.setFixedHeight(200)
    view.show()
    qtbot.waitExposed(view)

    def right_edge(row: int) -> QColor:
        image = view.viewport().grab().toImage()
        rect = view.visualRect(view.model().index(row, 0))
        return image.pixelColor(rect.right() - 2, rect.center().y())

    plain = right_edge(1)
    view.highlight(1)
    assert right_edge(1) != plain
    assert right_edge(0) == plain
    view.highlight(-1)
    assert right_edge(1) == plain


def test_stops_without_a_transcript_leave_the_empty_transcript_alone(qtbot):
    """Stepping through stops with no recording neither resets nor lays out the transcript again."""
    view = TranscriptView()
    qtbot.addWidget(view)
    resets: list[int] = []
    view.model().modelReset.connect(lambda: resets.append(1))
    view.show_cues([])
    view.show_cues([])
    assert resets == []
    view.show_cues(CUES)
    view.show_cues(CUES, 1)
    assert resets == [1], "the same recording again is not laid out again"
    assert view.model().current() == 1


# -- search results ------------------------------------------------------------------------------------


def test_the_same_places_found_again_change_only_the_rows_whose_text_changed(qtbot, three_stops):
    session = TourSession()
    session.open(load_tour(three_stops))
    model = SearchHitsModel(session)
    hits = [SearchHit("tour", "one", "a \x02green\x03 square"), SearchHit("note", "two", "my \x02green\x03 note")]
    changes = Changes(model)
    model.set_hits(hits)
    assert changes.reshaped == ["modelReset"]
    changes.clear()
    model.set_hits([hits[0], SearchHit("note", "two", "my \x02green\x03 note, edited")])
    assert changes.reshaped == [] and changes.rows == [[1]]
    assert rows(model)[1] == "2. Two, Your note: my green note, edited"
    changes.clear()
    model.set_hits([hits[1]])
    assert changes.reshaped == ["modelReset"]
