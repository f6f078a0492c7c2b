"""File > Export notes asks first what the handout holds: every stop or only those with a note, pictures or not."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from tourviewer.core.handout import HandoutOptions


class ExportOptionsDialog(QDialog):
    """Two choices, then the file dialog; the handout is dated today."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle("Export notes")
        self.noted_only = QCheckBox("Only the stops I wrote a note on")
        self.pictures = QCheckBox("With the stops' pictures")
        self.pictures.setChecked(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        choose = buttons.addButton("Choose a file…", QDialogButtonBox.ButtonRole.AcceptRole)
        choose.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("A handout of the tour with your notes, as PDF, web page or Markdown."))
        layout.addWidget(self.noted_only)
        layout.addWidget(self.pictures)
        layout.addWidget(buttons)

    def options(self) -> HandoutOptions:
        return HandoutOptions(
            noted_only=self.noted_only.isChecked(),
            pictures=self.pictures.isChecked(),
            date=date.today().isoformat(),
        )
