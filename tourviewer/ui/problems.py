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
from tourviewer.ui.i18n import Retranslating, translate

_SEVERITY_ROLE = Qt.ItemDataRole.UserRole + 1


def _severity(value: str) -> str:
    """A problem's severity ("error", "warning", "info") in the interface language."""
    if value == "error":
        return translate("ProblemList", "error")
    if value == "warning":
        return translate("ProblemList", "warning")
    return translate("ProblemList", "info")


def location_of(problem: Problem) -> str:
    """`tour.toml:12:5`, the place a curator opens."""
    where = problem.file
    if problem.line is not None:
        where += f":{problem.line}:{problem.column or 1}"
    return where


class ProblemList(Retranslating, QTreeWidget):
    """Problems with where they are; double-click copies the location.

    The columns are named in the interface language; the messages are the validator's, in English,
    as `validate` prints them and the authoring guide lists them by code.
    """

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setRootIsDecorated(False)
        self.setAlternatingRowColors(True)
        self.setColumnCount(5)
        self.itemDoubleClicked.connect(self._on_copy)
        self.retranslate()

    def retranslate(self) -> None:
        self.setAccessibleName(translate("ProblemList", "Problems"))
        self.setHeaderLabels(
            [
                "",
                translate("ProblemList", "Where"),
                translate("ProblemList", "Code"),
                translate("ProblemList", "Key"),
                translate("ProblemList", "Message"),
            ]
        )
        for row in range(self.topLevelItemCount()):
            item = self.topLevelItem(row)
            item.setData(0, Qt.ItemDataRole.AccessibleTextRole, _severity(str(item.data(0, _SEVERITY_ROLE))))

    def show_problems(self, result: LoadResult) -> None:
        self.clear()
        for problem in result.problems:
            mark = {"error": "✖", "warning": "⚠", "info": "ℹ"}[problem.severity.value]
            item = QTreeWidgetItem(
                [mark, location_of(problem), problem.code, format_path(problem.path, result.stop_ids), problem.message]
            )
            item.setToolTip(4, problem.message)
            item.setData(0, _SEVERITY_ROLE, problem.severity.value)
            item.setData(0, Qt.ItemDataRole.AccessibleTextRole, _severity(problem.severity.value))
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
        self.setWindowTitle(translate("ProblemsDialog", "Problems in {0}").format(name))
        self.resize(980, 420)
        errors = len(result.errors)
        if result.tour is None:
            said = translate(
                "ProblemsDialog",
                "<b>{0}</b> has %n error(s) and cannot be shown. Double-click a line to copy where it is.",
                None,
                errors,
            )
        else:
            said = translate(
                "ProblemsDialog",
                "<b>{0}</b> has %n error(s); parts of it may be missing. Double-click a line to copy where it is.",
                None,
                errors,
            )
        import html  # only a dialog with problems needs it

        heading = QLabel(said.format(html.escape(name)))
        heading.setTextFormat(Qt.TextFormat.RichText)
        heading.setWordWrap(True)
        self.heading = heading
        self.list = ProblemList()
        self.list.show_problems(result)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.list)
        layout.addWidget(buttons)


class WarningBar(Retranslating, QFrame):
    """A thin bar above the tour: "This tour has N errors and M warnings", with Show and close buttons.

    The problems of a tour that still shows: a curator's save that brings a
    new error is told here rather than by a dialog at every save.
    """

    showRequested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setStyleSheet("WarningBar { background: #fff4ce; color: #3b2f00; border-bottom: 1px solid #e6d28a; }")
        self.label = QLabel()
        self._counts = (0, 0)  # the errors and warnings said
        self.show_button = show = QPushButton()
        show.setObjectName("showProblems")
        show.clicked.connect(self.showRequested)
        self.close_button = close = QPushButton("✕")
        close.setFlat(True)
        close.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 4, 6, 4)
        layout.addWidget(self.label, 1)
        layout.addWidget(show)
        layout.addWidget(close)
        self.hide()
        self.retranslate()

    def retranslate(self) -> None:
        self.setAccessibleName(translate("WarningBar", "Tour warnings"))
        self.show_button.setText(translate("WarningBar", "Show"))
        self.show_button.setAccessibleName(translate("WarningBar", "Show warnings"))
        self.close_button.setAccessibleName(translate("WarningBar", "Dismiss warnings"))
        self._say()

    def show_for(self, result: LoadResult) -> None:
        self._counts = (len(result.errors), len(result.warnings))
        if not any(self._counts):
            self.hide()
            return
        self._say()
        self.show()

    def _say(self) -> None:
        errors, warnings = self._counts
        if errors and warnings:
            said = translate("WarningBar", "✖ This tour has {0} and {1} for its author.").format(
                translate("WarningBar", "%n error(s)", None, errors),
                translate("WarningBar", "%n warning(s)", None, warnings),
            )
        elif errors:
            said = translate("WarningBar", "✖ This tour has %n error(s) for its author.", None, errors)
        elif warnings:
            said = translate("WarningBar", "⚠ This tour has %n warning(s) for its author.", None, warnings)
        else:
            said = ""
        self.label.setText(said)
