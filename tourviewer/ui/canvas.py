"""The widget that paints one picture as large as fits, aspect kept, or a placeholder that says why."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QImage, QKeyEvent, QMouseEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from tourviewer.core.said import Said
from tourviewer.ui.i18n import QT_TRANSLATE_NOOP, Retranslating, translate
from tourviewer.ui.wording import said

LOADING = Said(QT_TRANSLATE_NOOP("Media", "Loading…"))
AFTER_PAINT_AT_LATEST_MS = 250  # a canvas that is not painted (a minimised window) runs `after_paint` all the same


class ImageCanvas(Retranslating, QWidget):
    """Paints one image as large as fits, aspect kept, or a placeholder that says why.

    The placeholder is said in the interface language when it is painted (a `Said` is translated),
    so it follows a change of language.
    """

    activated = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.image: QImage | None = None
        self.message = ""
        self._after_paint: list[Callable[[], None]] = []
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(240, 160)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.retranslate()

    def retranslate(self) -> None:
        self.setAccessibleName(translate("ImageCanvas", "Picture"))
        self.update()

    def shown_message(self) -> str:
        """The placeholder as it is painted, in the interface language."""
        return said("Media", self.message)

    def show_image(self, image: QImage) -> None:
        self.image, self.message = image, ""
        self.update()

    def show_message(self, message: str) -> None:
        self.image, self.message = None, message
        self.update()

    def after_paint(self, fn: Callable[[], None]) -> None:
        """Call `fn` once what is shown now has been painted (soon in any case: a hidden canvas paints nothing)."""
        if not self.isVisible():
            fn()
            return
        self._after_paint.append(fn)
        QTimer.singleShot(AFTER_PAINT_AT_LATEST_MS, self, self._run_after_paint)

    def after_paint_pending(self) -> bool:
        """Whether anything waits for what is shown now to be painted (the neighbours' decoding, say)."""
        return bool(self._after_paint)

    def _run_after_paint(self) -> None:
        waiting, self._after_paint = self._after_paint, []
        for fn in waiting:
            fn()

    def image_rect(self) -> QRectF:
        """Where the image is painted: as large as fits, aspect kept, centred (empty without an image)."""
        if self.image is None or self.image.isNull():
            return QRectF()
        ratio = self.image.devicePixelRatio() or 1.0
        size = QSize(int(self.image.width() / ratio), int(self.image.height() / ratio))
        size = size.scaled(self.size(), Qt.AspectRatioMode.KeepAspectRatio)
        return QRectF(
            (self.width() - size.width()) / 2, (self.height() - size.height()) / 2, size.width(), size.height()
        )

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        # the backdrop: a brushed rectangle (fillRect's overloads would make PySide build QGradient's
        # 169-name Preset enum the first time, on the way to the first picture)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self.palette().color(self.backgroundRole()).darker(115))
        painter.drawRect(self.rect())
        painter.setBrush(Qt.BrushStyle.NoBrush)
        if self.image is not None and not self.image.isNull():
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
            painter.drawImage(self.image_rect(), self.image)
        elif self.message:
            painter.setPen(self.palette().color(self.foregroundRole()))
            font = QFont(self.font())
            font.setPointSizeF(font.pointSizeF() * 1.1)
            painter.setFont(font)
            painter.drawText(
                self.rect().adjusted(24, 24, -24, -24),
                Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                self.shown_message(),
            )
        if self.hasFocus():
            painter.setPen(self.palette().color(self.palette().ColorRole.Highlight))
            painter.drawRect(self.rect().adjusted(0, 0, -1, -1))
        if self._after_paint:
            QTimer.singleShot(0, self, self._run_after_paint)  # once this paint is on screen

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.image is not None:
            self.activated.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.image is not None:
            self.activated.emit()
        else:
            super().keyPressEvent(event)
