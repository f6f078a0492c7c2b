"""File > Export notes asks first what the handout holds: every stop or only those with a note, pictures or not."""

from __future__ import annotations

from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from tourviewer.core.handout import HandoutOptions
from tourviewer.ui.i18n import QT_TRANSLATE_NOOP, Retranslating, translate
from tourviewer.ui.wording import Wording


def handout_date(day: QDate) -> str:
    """The day a handout was made, as the interface language writes a date in full."""
    return QLocale().toString(day, QLocale.FormatType.LongFormat)


class ExportOptionsDialog(Retranslating, QDialog):
    """Two choices, then the file dialog; the handout is dated today, its headings in the interface language."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        words = self.words = Wording("ExportOptionsDialog")
        words.add(self.setWindowTitle, QT_TRANSLATE_NOOP("ExportOptionsDialog", "Export notes"))
        self.noted_only = QCheckBox()
        words.add(self.noted_only.setText, QT_TRANSLATE_NOOP("ExportOptionsDialog", "Only the stops I wrote a note on"))
        self.pictures = QCheckBox()
        words.add(self.pictures.setText, QT_TRANSLATE_NOOP("ExportOptionsDialog", "With the stops' pictures"))
        self.pictures.setChecked(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)  # Qt's own words, in Qt's translations
        choose = buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        words.add(choose.setText, QT_TRANSLATE_NOOP("ExportOptionsDialog", "Choose a file…"))
        choose.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        about = QLabel()
        about.setWordWrap(True)
        words.add(
            about.setText,
            QT_TRANSLATE_NOOP(
                "ExportOptionsDialog", "A handout of the tour with your notes, as PDF, web page or Markdown."
            ),
        )
        layout = QVBoxLayout(self)
        layout.addWidget(about)
        layout.addWidget(self.noted_only)
        layout.addWidget(self.pictures)
        layout.addWidget(buttons)

    def retranslate(self) -> None:
        self.words.apply()

    def options(self) -> HandoutOptions:
        return HandoutOptions(
            noted_only=self.noted_only.isChecked(),
            pictures=self.pictures.isChecked(),
            date=handout_date(QDate.currentDate()),
            words=translate,
        )
