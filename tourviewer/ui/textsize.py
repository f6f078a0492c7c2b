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


def set_point_size(widget: QWidget, points: float, weight: QFont.Weight | None = None) -> None:
    """Give `widget` its own font at `points` (and `weight`), keeping the rest of its font."""
    font = QFont(widget.font())
    font.setPointSizeF(points)
    if weight is not None:
        font.setWeight(weight)
    widget.setFont(font)


class TextSizeControl(QWidget):
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
        """`name` is what changes size ("notes"), `tips` the tooltips of A− and A+ (which keys do the same)."""
        super().__init__(parent)
        self.sizes = tuple(sorted(sizes))
        self.default = default
        self._size = default
        self.smaller = QToolButton()
        self.smaller.setText("A\u2212")
        self.smaller.setAccessibleName(f"Smaller {name}")
        self.smaller.setToolTip(tips[0])
        self.smaller.clicked.connect(self.shrink)
        self.larger = QToolButton()
        self.larger.setText("A+")
        self.larger.setAccessibleName(f"Larger {name}")
        self.larger.setToolTip(tips[1])
        self.larger.clicked.connect(self.grow)
        self.setAccessibleName(f"{name[:1].upper()}{name[1:]} size")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.smaller)
        layout.addWidget(self.larger)
        self._show_limits()

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
