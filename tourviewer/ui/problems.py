"""Showing a tour's problems: a dialog for errors, a dismissible bar for warnings."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tourviewer.core.loader import LoadResult
from tourviewer.core.problems import Problem, format_path


def location_of(problem: Problem) -> str:
    """`tour.toml:12:5`, the place a curator opens."""
    where = problem.file
    if problem.line is not None:
        where += f":{problem.line}:{problem.column or 1}"
    return where


class ProblemList(QTreeWidget):
    """Problems with where they are; double-click copies the location."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setAccessibleName("Problems")
        self.setRootIsDecorated(False)
        self.setAlternatingRowColors(True)
        self.setHeaderLabels(["", "Where", "Code", "Key", "Message"])
        self.itemDoubleClicked.connect(self._on_copy)

    def show_problems(self, result: LoadResult) -> None:
        self.clear()
        for problem in result.problems:
            mark = {"error": "✖", "warning": "⚠", "info": "ℹ"}[problem.severity.value]
            item = QTreeWidgetItem(
                [mark, location_of(problem), problem.code, format_path(problem.path, result.stop_ids), problem.message]
            )
            item.setToolTip(4, problem.message)
            item.setData(0, Qt.ItemDataRole.AccessibleTextRole, problem.severity.value)
            self.addTopLevelItem(item)
        for column in range(4):
            self.resizeColumnToContents(column)

    @Slot(QTreeWidgetItem, int)
    def _on_copy(self, item: QTreeWidgetItem, _: int) -> None:
        QGuiApplication.clipboard().setText(item.text(1))


class ProblemsDialog(QDialog):
    """Lists every problem of a tour that could not be shown as written."""

    def __init__(self, result: LoadResult, parent: QWidget | None = None):
        super().__init__(parent)
        name = result.source.name
        self.setWindowTitle(f"Problems in {name}")
        self.resize(980, 420)
        errors = len(result.errors)
        heading = QLabel(
            f"<b>{name}</b> has {errors} error{'s' if errors != 1 else ''}"
            + (" and cannot be shown." if result.tour is None else "; parts of it may be missing.")
            + " Double-click a line to copy where it is."
        )
        heading.setWordWrap(True)
        self.list = ProblemList()
        self.list.show_problems(result)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.list)
        layout.addWidget(buttons)


class WarningBar(QFrame):
    """A thin bar above the tour: "This tour has N errors and M warnings", with Show and close buttons.

    The problems of a tour that still shows: a curator's save that brings a
    new error is told here rather than by a dialog at every save.
    """

    showRequested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setAccessibleName("Tour warnings")
        self.setStyleSheet("WarningBar { background: #fff4ce; color: #3b2f00; border-bottom: 1px solid #e6d28a; }")
        self.label = QLabel()
        show = QPushButton("Show")
        show.setObjectName("showProblems")
        show.setAccessibleName("Show warnings")
        show.clicked.connect(self.showRequested)
        close = QPushButton("✕")
        close.setAccessibleName("Dismiss warnings")
        close.setFlat(True)
        close.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 4, 6, 4)
        layout.addWidget(self.label, 1)
        layout.addWidget(show)
        layout.addWidget(close)
        self.hide()

    def show_for(self, result: LoadResult) -> None:
        counts = [(len(result.errors), "error"), (len(result.warnings), "warning")]
        said = [f"{n} {word}{'s' if n != 1 else ''}" for n, word in counts if n]
        if not said:
            self.hide()
            return
        symbol = "✖" if result.errors else "⚠"
        self.label.setText(f"{symbol} This tour has {' and '.join(said)} for its author.")
        self.show()
