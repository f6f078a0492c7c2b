"""What the last stop adds: the tour is over, and what one usually does then."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

END_TEXT = "This is the last stop: the end of the tour."


class EndOfTourBar(QFrame):
    """A quiet bar under the stop bar on the last stop, with the next things to do."""

    allNotesRequested = Signal()
    exportRequested = Signal()
    libraryRequested = Signal()
    restartRequested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("endOfTour")
        self.setAccessibleName("End of the tour")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.label = QLabel(END_TEXT)
        self.label.setStyleSheet("font-weight: 600;")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 4, 10, 4)
        layout.addWidget(self.label)
        layout.addStretch(1)
        self.buttons: dict[str, QPushButton] = {}
        for text, signal in (
            ("All my notes", self.allNotesRequested),
            ("Export notes…", self.exportRequested),
            ("Back to the library", self.libraryRequested),
            ("Start again", self.restartRequested),
        ):
            button = QPushButton(text)
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # the arrow keys stay with the tour
            button.clicked.connect(signal.emit)
            layout.addWidget(button)
            self.buttons[text] = button
