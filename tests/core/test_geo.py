"""Placing stops on maps: markers that crowd each other are spread apart."""

from __future__ import annotations

import math

from hypothesis import given, settings
from hypothesis import strategies as st

from tourviewer.core.geo import spread

DISTANCE = 30.0


def test_a_marker_far_from_others_stays_on_its_point():
    points = {0: (10.0, 10.0), 1: (200.0, 10.0), 2: (10.0, 200.0)}
    assert spread(points, DISTANCE) == points


def test_markers_on_one_point_are_set_apart_in_tour_order_from_the_left():
    points = {1: (100.0, 100.0), 3: (100.0, 100.0)}
    placed = spread(points, DISTANCE)
    assert math.dist(placed[1], placed[3]) >= DISTANCE
    assert placed[1][0] < 100 < placed[3][0]  # stop 2 left of stop 4, around their point
    for key in points:  # a leader line of some length joins each marker to its point
        assert math.dist(placed[key], points[key]) >= DISTANCE * 0.5


def test_crowded_markers_move_towards_their_own_side():
    points = {0: (100.0, 100.0), 1: (110.0, 100.0), 2: (105.0, 92.0), 7: (400.0, 400.0)}
    placed = spread(points, DISTANCE)
    assert placed[7] == points[7]
    assert placed[0][0] < placed[1][0]  # the western point's marker stays on the west
    assert placed[2][1] < min(placed[0][1], placed[1][1])  # the northern one on the north


@settings(max_examples=200, deadline=None)
@given(
    st.dictionaries(
        st.integers(0, 40),
        st.tuples(st.floats(0, 300, allow_nan=False), st.floats(0, 300, allow_nan=False)),
        max_size=14,
    )
)
def test_no_two_markers_overlap_wherever_the_stops_lie(points):
    placed = spread(points, DISTANCE)
    assert placed.keys() == points.keys()
    keys = sorted(placed)
    for n, a in enumerate(keys):
        for b in keys[n + 1 :]:
            assert math.dist(placed[a], placed[b]) >= DISTANCE * 0.99
