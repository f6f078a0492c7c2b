"""The tour session owns the current stop and language, remembers them through the notebook, and needs no Qt."""

from __future__ import annotations

import threading

from tourviewer.core import load_tour
from tourviewer.core.notebook import Notebook, Progress
from tourviewer.core.session import TourSession
from tourviewer.core.store import Store


class Recorder:
    def __init__(self, signal):
        self.calls: list[tuple] = []
        signal.connect(self.record)

    def record(self, *args):
        self.calls.append(args)


def test_moves_within_the_tour(three_stops):
    session = TourSession()
    session.open(load_tour(three_stops))
    assert (session.index, session.stop.id) == (0, "one")
    moved = Recorder(session.stopChanged)
    session.next()
    assert moved.calls == [(1,)]
    session.next()
    session.next()
    assert session.index == 2, "stays on the last stop"
    assert len(moved.calls) == 2, "no signal when nothing moved"
    session.first()
    session.previous()
    assert session.index == 0
    session.last()
    assert session.stop.id == "three"
    assert session.go_to_id("two") and session.index == 1
    assert not session.go_to_id("nowhere") and session.index == 1
    assert session.visited == {"one", "two", "three"}


def test_open_at_a_stop_and_language_tells_once(three_stops):
    session = TourSession()
    opened = Recorder(session.tourChanged)
    moved = Recorder(session.stopChanged)
    spoken = Recorder(session.languageChanged)
    session.open(load_tour(three_stops), at="three", language="ko", visited={"one"})
    assert (session.stop.id, session.language) == ("three", "ko")
    assert session.visited == {"one", "three"}
    assert (len(opened.calls), moved.calls, spoken.calls) == (1, [], [])


def test_open_ignores_what_the_tour_does_not_have(three_stops):
    session = TourSession()
    session.open(load_tour(three_stops), at="removed-stop", language="fr")
    assert (session.index, session.language) == (0, "en")


def test_language_switch_keeps_the_stop(three_stops):
    session = TourSession()
    session.open(load_tour(three_stops))
    session.go_to(1)
    spoken = Recorder(session.languageChanged)
    session.set_language("ko")
    assert spoken.calls == [("ko",)]
    assert session.index == 1
    assert session.text(session.stop.title) == "둘"
    session.set_language("fr")
    assert session.language == "ko", "a language the tour does not have is ignored"


def test_leaving_is_said_before_each_move_and_when_the_tour_is_left(three_stops):
    session = TourSession()
    session.open(load_tour(three_stops))
    seen: list[str] = []
    session.leaving.connect(lambda: seen.append(session.stop.id))
    session.next()
    session.go_to(1)  # no move, no leaving
    session.leave()
    session.open(load_tour(three_stops))
    assert seen == ["one", "two", "two"]


def test_resume_where_left_with_the_language(three_stops, tmp_path):
    notebook = Notebook(tmp_path / "data")
    session = TourSession(notebook)
    session.open(load_tour(three_stops))
    session.go_to(2)
    session.set_language("ko")
    assert notebook.close()
    again = Notebook(tmp_path / "data")
    read: list[Progress] = []
    again.progress("three", read.append)
    assert again.wait()
    (progress,) = read
    reopened = TourSession(again)
    reopened.open(
        load_tour(three_stops),
        at=progress.position.stop_id,
        language=progress.position.language,
        visited=progress.visited,
    )
    assert reopened.stop.id == "three"
    assert reopened.language == "ko"
    assert reopened.visited == {"one", "three"}
    again.close()


def test_moving_never_touches_the_database_on_the_callers_thread(three_stops, tmp_path, monkeypatch):
    """Visits and position are written on the notebook's thread: Next costs the caller no SQLite."""
    threads: set[str] = set()
    for name in ("mark_visited", "save_position", "visited", "position"):
        real = getattr(Store, name)

        def spy(self, *args, _real=real, **kwargs):
            threads.add(threading.current_thread().name)
            return _real(self, *args, **kwargs)

        monkeypatch.setattr(Store, name, spy)
    notebook = Notebook(tmp_path / "data")
    session = TourSession(notebook)
    session.open(load_tour(three_stops))
    for _ in range(3):
        session.next()
    session.set_language("ko")
    assert notebook.close()
    assert threads == {"notebook"}
    assert Store(tmp_path / "data").visited("three") == {"one", "two", "three"}


def test_a_session_follows_moves_from_another_thread_with_no_qt(three_stops):
    """A guided session's network thread may drive the session; listeners hear every move."""
    session = TourSession()
    session.open(load_tour(three_stops))
    moved = Recorder(session.stopChanged)
    worker = threading.Thread(target=lambda: [session.go_to_id(i) for i in ("two", "three", "one")])
    worker.start()
    worker.join()
    assert moved.calls == [(1,), (2,), (0,)]


def test_a_recording_is_only_taken_in_the_language_shown(tmp_path):
    from tests.tourfiles import wav_bytes, write_tour

    folder = write_tour(
        tmp_path / "t",
        """format = 1
id = "t"
title = "T"
languages = ["en", "ko", "ja"]

[[stops]]
id = "a"
title = "A"
audio = { en = "a.en.wav", ko = "a.ko.wav" }
transcript = { en = "a.en.vtt" }

[[stops]]
id = "b"
title = "B"
audio = "b.wav"
""",
        {"a.en.wav": wav_bytes(1), "a.ko.wav": wav_bytes(1), "a.en.vtt": b"WEBVTT\n", "b.wav": wav_bytes(1)},
    )
    session = TourSession()
    session.open(load_tour(folder))
    assert session.recording(session.stop) == ("a.en.wav", "a.en.vtt")
    session.set_language("ko")
    assert session.recording(session.stop) == ("a.ko.wav", ""), "no English transcript under a Korean recording"
    session.set_language("ja")
    assert session.recording(session.stop) == ("", ""), "no Japanese recording: none, not the English one"
    assert session.recording(session.stop_at(1)) == ("b.wav", ""), "one plain file serves every language"
    assert session.recording(None) == ("", "")


def test_a_read_waited_for_is_answered_before_it_returns(tmp_path):
    notebook = Notebook(tmp_path / "data")
    notebook.save_position("three", "two", "ko")
    posted: list = []
    notebook.post = posted.append  # what would be handed to the UI thread
    read: list[Progress] = []
    notebook.progress("three", read.append, wait=5.0)
    assert [p.position.stop_id for p in read] == ["two"], "answered in the call"
    assert notebook.wait()
    for fn in posted:  # what else the notebook told (it opened, a position was written)
        fn()
    assert [p.position.stop_id for p in read] == ["two"], "answered once"
    notebook.close()


def test_a_read_waited_for_too_long_comes_later_and_once(tmp_path):
    notebook = Notebook(tmp_path / "data")
    posted: list = []
    notebook.post = posted.append
    release = threading.Event()
    notebook.read(lambda store: release.wait(10), lambda _: None, None)  # the queue is busy
    read: list[Progress] = []
    notebook.progress("three", read.append, wait=0.05)
    assert read == [], "not waited for past its time"
    release.set()
    assert notebook.wait()
    for fn in posted:
        fn()
    assert [p.position.stop_id for p in read] == [None], "answered once, the usual way"
    notebook.close()
