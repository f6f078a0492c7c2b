"""What the last stop adds: the tour is over, and what one usually does then."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from tourviewer.ui.i18n import QT_TRANSLATE_NOOP, Retranslating, translate

END_TEXT = QT_TRANSLATE_NOOP("EndOfTourBar", "This is the last stop: the end of the tour.")


class EndOfTourBar(Retranslating, QFrame):
    """A quiet bar under the stop bar on the last stop, with the next things to do."""

    allNotesRequested = Signal()
    exportRequested = Signal()
    libraryRequested = Signal()
    restartRequested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("endOfTour")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.label = QLabel()
        self.label.setStyleSheet("font-weight: 600;")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 4, 10, 4)
        layout.addWidget(self.label)
        layout.addStretch(1)
        self.buttons: dict[str, QPushButton] = {}  # by their English text
        for text, signal in (
            (QT_TRANSLATE_NOOP("EndOfTourBar", "All my notes"), self.allNotesRequested),
            (QT_TRANSLATE_NOOP("EndOfTourBar", "Export notes…"), self.exportRequested),
            (QT_TRANSLATE_NOOP("EndOfTourBar", "Back to the library"), self.libraryRequested),
            (QT_TRANSLATE_NOOP("EndOfTourBar", "Start again"), self.restartRequested),
        ):
            button = QPushButton()
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # the arrow keys stay with the tour
            button.clicked.connect(signal.emit)
            layout.addWidget(button)
            self.buttons[text] = button
        self.retranslate()

    def retranslate(self) -> None:
        self.setAccessibleName(translate("EndOfTourBar", "End of the tour"))
        self.label.setText(translate("EndOfTourBar", END_TEXT))
        for text, button in self.buttons.items():
            button.setText(translate("EndOfTourBar", text))
