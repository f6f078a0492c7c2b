"""Text a reader can make larger or smaller: A− / A+ buttons over a ladder of point sizes.

The narration panel and the presenter console's speaker notes both use it; each
keeps its own ladder (notes are read from further away) and decides which
widgets follow the size.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal, Slot
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHBoxLayout, QToolButton, QWidget

from tourviewer.ui.i18n import QT_TRANSLATE_NOOP, Retranslating, translate

# what the controls of the program change the size of, translated where the control names itself
NAMES = (QT_TRANSLATE_NOOP("TextSizeControl", "notes"), QT_TRANSLATE_NOOP("TextSizeControl", "narration text"))


def set_point_size(widget: QWidget, points: float, weight: QFont.Weight | None = None) -> None:
    """Give `widget` its own font at `points` (and `weight`), keeping the rest of its font."""
    font = QFont(widget.font())
    font.setPointSizeF(points)
    if weight is not None:
        font.setWeight(weight)
    widget.setFont(font)


class TextSizeControl(Retranslating, QWidget):
    """A− and A+: steps through `sizes` (points); `changed` says the new size."""

    changed = Signal(int)

    def __init__(
        self,
        sizes: Sequence[int],
        default: int,
        name: str,
        tips: tuple[str, str],
        parent: QWidget | None = None,
    ):
        """`name` is what changes size (one of NAMES, in English: it is translated here), `tips` the
        tooltips of A− and A+ (which keys do the same), translated by the caller."""
        super().__init__(parent)
        self.sizes = tuple(sorted(sizes))
        self.default = default
        self._size = default
        self.smaller = QToolButton()
        self.name = name
        self.smaller.setText("A\u2212")
        self.smaller.setToolTip(tips[0])
        self.smaller.clicked.connect(self.shrink)
        self.larger = QToolButton()
        self.larger.setText("A+")
        self.larger.setToolTip(tips[1])
        self.larger.clicked.connect(self.grow)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.smaller)
        layout.addWidget(self.larger)
        self._show_limits()
        self.retranslate()

    def retranslate(self) -> None:
        name = translate("TextSizeControl", self.name)
        self.smaller.setAccessibleName(translate("TextSizeControl", "Smaller {0}").format(name))
        self.larger.setAccessibleName(translate("TextSizeControl", "Larger {0}").format(name))
        whole = translate("TextSizeControl", "{0} size").format(name)
        self.setAccessibleName(whole[:1].upper() + whole[1:])

    def points(self) -> int:
        """The text size in points."""
        return self._size

    @Slot()
    def grow(self) -> None:
        larger = [s for s in self.sizes if s > self._size]
        if larger:
            self._set(larger[0])

    @Slot()
    def shrink(self) -> None:
        smaller = [s for s in self.sizes if s < self._size]
        if smaller:
            self._set(smaller[-1])

    @Slot()
    def reset(self) -> None:
        self._set(self.default)

    def set_points(self, size: int) -> None:
        """The size offered nearest to `size` points."""
        self._set(min(self.sizes, key=lambda s: abs(s - size)))

    @Slot(int)
    def step(self, direction: int) -> None:
        """One step larger for a positive `direction` (e.g. Ctrl + wheel up), smaller for a negative one."""
        if direction > 0:
            self.grow()
        elif direction < 0:
            self.shrink()

    def _set(self, size: int) -> None:
        if size != self._size:
            self._size = size
            self._show_limits()
            self.changed.emit(size)

    def _show_limits(self) -> None:
        self.smaller.setEnabled(self._size > self.sizes[0])
        self.larger.setEnabled(self._size < self.sizes[-1])
