"""A view given its own viewport: asking for it makes none of Qt's other widget classes in PySide6."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

import pytest

# run in a fresh interpreter: the test session has made most of PySide6's classes already
_SCRIPT = textwrap.dedent(
    """
    import sys
    import PySide6.QtWidgets as widgets
    from PySide6.QtWidgets import QApplication, QGraphicsView, QListView
    from tourviewer.ui.viewport import own_viewport

    app = QApplication([])
    view = {"graphics": QGraphicsView, "list": QListView}[sys.argv[1]]()
    given = own_viewport(view) if sys.argv[2] == "own" else None
    shown = view.viewport()
    assert given is None or shown is given
    print(sorted(name for name in ("QWizard", "QMessageBox", "QFileDialog") if name in vars(widgets)))
    """
)


def _classes_made(kind: str, viewport: str) -> str:
    done = subprocess.run(
        [sys.executable, "-c", _SCRIPT, kind, viewport],
        capture_output=True,
        text=True,
        timeout=60,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.strip().splitlines()[-1]


@pytest.mark.parametrize("kind", ["graphics", "list"])
def test_a_view_with_its_own_viewport_makes_no_other_widget_classes(kind):
    assert _classes_made(kind, "own") == "[]"


def test_the_viewport_qt_made_makes_every_widget_class():
    """Why views get their own: the one Qt made is met by making the class of every widget of Qt."""
    assert _classes_made("graphics", "qt's") == "['QFileDialog', 'QMessageBox', 'QWizard']"


def test_the_map_the_picture_viewer_and_the_search_list_have_viewports_made_in_python(qtbot, tmp_path):
    import shiboken6
    from PySide6.QtGui import QImage

    from tests.guidefiles import opened, tour_folder
    from tests.tourfiles import png_bytes
    from tourviewer.core.notebook import Notebook
    from tourviewer.ui.images import ImageLoader
    from tourviewer.ui.imageviewer import ImageViewer, ViewerPicture
    from tourviewer.ui.mapview import MapView
    from tourviewer.ui.search import SearchPanel

    session = opened(tour_folder(tmp_path, count=2))
    picture = tmp_path / "a.png"
    picture.write_bytes(png_bytes(60, 40))
    notebook = Notebook(None, lambda fn: fn())
    map_view = MapView(session, "tour")
    viewer = ImageViewer([ViewerPicture(picture)], 0, QImage(60, 40, QImage.Format.Format_RGB32), ImageLoader())
    panel = SearchPanel(session, notebook)
    for owner, view in ((map_view, map_view), (viewer, viewer.view), (panel, panel.results)):
        qtbot.addWidget(owner)
        assert shiboken6.createdByPython(view.viewport()), type(owner).__name__
    notebook.close()
