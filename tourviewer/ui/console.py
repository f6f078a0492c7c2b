"""The presenter console: the facilitator's own screen while a tour is presented.

Like PowerPoint's presenter view or pdfpc: the current stop large, the next one
small, the speaker notes, the timers against the tour's planned minutes, the
stop list to jump, the recorded narration for the room and the language. The
console follows a `Presentation` and changes it only through its calls.

The presenter keys (next, black screen, freeze, go to a number...) are handled
by an application-wide filter elsewhere, so no widget here takes keyboard
focus: an arrow key always means "next" or "previous", never "scroll this list".
"""

from __future__ import annotations

import html
import logging
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QEvent, QLocale, QObject, QSize, Qt, QTime, QTimer, QUrl, Slot
from PySide6.QtGui import (
    QCloseEvent,
    QColor,
    QDesktopServices,
    QFont,
    QHideEvent,
    QPalette,
    QShowEvent,
    QTextCharFormat,
    QTextCursor,
)
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from tourviewer.core.model import Image, Stop
from tourviewer.core.presenting import BLACK, WHITE, Presentation, Timing
from tourviewer.core.recording import read_recording
from tourviewer.core.vtt import Cue
from tourviewer.ui.audio import AudioPlayer, format_time
from tourviewer.ui.canvas import ImageCanvas
from tourviewer.ui.guidepanel import GuidePanel
from tourviewer.ui.hotspots import FlatHotspots
from tourviewer.ui.i18n import QT_TRANSLATE_NOOP, translate
from tourviewer.ui.images import ImageLoader
from tourviewer.ui.languages import language_name
from tourviewer.ui.links import open_web_link
from tourviewer.ui.narration import NarrationBrowser
from tourviewer.ui.paintgate import PaintGate
from tourviewer.ui.panorama import PanoramaView, shared_decoder
from tourviewer.ui.pictureslot import PictureSlot
from tourviewer.ui.picturestrip import PictureStrip
from tourviewer.ui.stoplist import StopList
from tourviewer.ui.style import quiet_colour
from tourviewer.ui.textsize import TextSizeControl, set_point_size
from tourviewer.ui.wording import NamesChildren, Wording

log = logging.getLogger(__name__)

KEY_HELP = QT_TRANSLATE_NOOP(
    "PresenterConsole",
    "→/Space next · ← previous · ] [ pictures · B black · W white · F freeze · number+Enter go · S swap · Esc end",
)
END_ASK = QT_TRANSLATE_NOOP("PresenterConsole", "Press Esc again to end presenting (any other key carries on)")
NO_NOTES = QT_TRANSLATE_NOOP("PresenterConsole", "No speaker notes for this stop")
NO_PICTURES = QT_TRANSLATE_NOOP("PresenterConsole", "No pictures for this stop")
END_OF_TOUR = QT_TRANSLATE_NOOP("PresenterConsole", "End of the tour")
NOTES_SIZES: tuple[int, ...] = (14, 16, 18, 19, 20, 22, 24, 28, 32, 36)
DEFAULT_NOTES_SIZE = 19  # points: readable from a laptop at arm's length
ON_TIME_MARGIN = 30.0  # seconds either side of the plan that still count as on time
LATE = 180.0  # seconds behind from which the timer turns red
TICK_MS = 250  # several ticks a second, so the shown seconds never skip one
NEXT_PICTURE = QSize(192, 120)
PICTURE_LABEL_CHARS = 15  # the widest "Picture 2 of 3" beside the pictures may be, in average characters

GREEN = QColor("#2e7d32")
AMBER = QColor("#b45309")  # deep enough for white text (about 5:1)
RED = QColor("#b91c1c")
BANNER_STYLE = "background: #fff4ce; color: #3b2f00; border: 1px solid #e6d28a; border-radius: 6px; padding: 8px 14px;"


def number(n: int) -> str:
    """A count or a stop's number, written the interface language's way."""
    return QLocale().toString(n)


def duration_text(seconds: float) -> str:
    """`135.4` -> `2:15`; an hour or more -> `1:02:03`."""
    return format_time(int(seconds * 1000))


def pace(timing: Timing) -> tuple[str, QColor | None]:
    """How the time goes against the plan, e.g. `2:10 behind`, `1:05 ahead` or `on time`, and its colour,
    in the interface language.

    A tour without planned minutes gets no verdict and no colour.
    """
    if not timing.planned_total:
        return translate("PresenterConsole", "no time plan"), None
    behind = timing.behind
    if abs(behind) < ON_TIME_MARGIN:
        return translate("PresenterConsole", "on time"), GREEN
    if behind < 0:
        return translate("PresenterConsole", "{0} ahead").format(duration_text(-behind)), GREEN
    return translate("PresenterConsole", "{0} behind").format(duration_text(behind)), AMBER if behind < LATE else RED


def _label(words: Wording, name: str, points: float, weight: QFont.Weight | None = None, muted: bool = False) -> QLabel:
    label = QLabel()
    words.add(label.setAccessibleName, name)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    set_point_size(label, points, weight)
    if muted:
        label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    return label


def _caption(words: Wording, text: str) -> QLabel:
    """A small upper-case heading over a part of the console."""
    label = _label(words, text, 10.5, QFont.Weight.DemiBold, muted=True)
    font = label.font()
    font.setCapitalization(QFont.Capitalization.AllUppercase)
    font.setLetterSpacing(QFont.SpacingType.PercentageSpacing, 108)
    label.setFont(font)
    words.add(label.setText, text)
    label.setWordWrap(False)
    return label


def _picture(stop: Stop | None, index: int) -> Image | None:
    """The stop's picture `index`, or its main one when it has no such picture."""
    if stop is None or not stop.images:
        return None
    return stop.images[index] if 0 <= index < len(stop.images) else stop.images[0]


def _no_focus(widget: QWidget) -> None:
    """Clicks work, but the presenter keys are never taken by this widget or its children."""
    widget.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    for child in widget.findChildren(QWidget):
        child.setFocusPolicy(Qt.FocusPolicy.NoFocus)


class PresenterConsole(NamesChildren, QWidget):
    """The facilitator's window: current and next stop, notes, timers, stops, narration, language, status."""

    def __init__(
        self,
        presentation: Presentation,
        loader: ImageLoader,
        parent: QWidget | None = None,
        wall_clock: Callable[[], datetime] = datetime.now,
    ):
        super().__init__(parent, Qt.WindowType.Window)  # its own window, on the facilitator's screen
        self.presentation = presentation
        self.session = presentation.console
        self.loader = loader
        self.wall_clock = wall_clock
        self.open_url: Callable[[QUrl], object] = QDesktopServices.openUrl  # web links in the speaker notes
        self._notes_size = DEFAULT_NOTES_SIZE
        self._audio_key: tuple[str, str] | None = None
        self._cues: list[Cue] = []
        self._timer_texts: dict[str, str] = {}
        self._pace_shown: tuple[str, str] = ("", "")
        self._shown_picture = 0
        self.words = Wording("PresenterConsole")
        self.child_words = Wording("PresenterConsole")  # names and tips given to the widgets of other classes
        self.words.add(self.setAccessibleName, QT_TRANSLATE_NOOP("PresenterConsole", "Presenter console"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # the window itself receives the presenter keys
        self._build()
        self.current_slot = PictureSlot(self.current_canvas, loader)
        self.current_hotspots = FlatHotspots(self.current_canvas, self.session.text)  # a click spotlights one
        self.current_slot.displayed.connect(self.current_hotspots.place)
        self.next_slot = PictureSlot(self.next_canvas, loader)
        self._tick = QTimer(self)
        self._tick.setInterval(TICK_MS)
        self._tick.timeout.connect(self.refresh_timers)
        self._resize_timer = QTimer(self)
        self._resize_timer.setSingleShot(True)
        self._resize_timer.setInterval(120)
        self._resize_timer.timeout.connect(self._show_pictures)
        for watched in (self.current_canvas, self.next_canvas, self.stop_list):
            watched.installEventFilter(self)

        presentation.stateChanged.connect(self._on_state_changed)
        presentation.audienceChanged.connect(self._on_audience_changed)
        presentation.ended.connect(self._on_ended)
        self.session.tourChanged.connect(self._on_tour_changed)
        self.session.stopChanged.connect(self._on_stop_changed)
        self.session.languageChanged.connect(self._on_language_changed)
        # The presentation opened its tour before the console existed: show it as if it had just opened.
        self._on_tour_changed()

    # -- building ------------------------------------------------------------------------
    def _build(self) -> None:
        self.current_title_label = _label(
            self.words, QT_TRANSLATE_NOOP("PresenterConsole", "Current stop"), 22, QFont.Weight.Bold
        )
        self.current_title_label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.place_label = _label(self.words, QT_TRANSLATE_NOOP("PresenterConsole", "Place"), 14, muted=True)
        self.language_box = QComboBox()
        self.words.add(self.language_box.setAccessibleName, QT_TRANSLATE_NOOP("PresenterConsole", "Language"))
        self.child_words.add(
            self.language_box.setToolTip,
            QT_TRANSLATE_NOOP("PresenterConsole", "The language of the notes, the narration and the audience window"),
        )
        set_point_size(self.language_box, 13)
        self.language_box.currentIndexChanged.connect(self._on_language_chosen)
        self.frozen_banner = _label(
            self.words, QT_TRANSLATE_NOOP("PresenterConsole", "Audience state"), 15, QFont.Weight.DemiBold
        )
        self.frozen_banner.setStyleSheet(BANNER_STYLE)
        self.frozen_banner.hide()

        heading = QVBoxLayout()
        heading.setSpacing(2)
        heading.addWidget(self.current_title_label)
        heading.addWidget(self.place_label)
        language = QHBoxLayout()
        language.setSpacing(8)
        language.addWidget(_caption(self.words, QT_TRANSLATE_NOOP("PresenterConsole", "Language")))
        language.addWidget(self.language_box)
        self.clock_label = _label(self.words, QT_TRANSLATE_NOOP("PresenterConsole", "Clock"), 22, QFont.Weight.DemiBold)
        self.clock_label.setWordWrap(False)
        self.words.add(self.clock_label.setToolTip, QT_TRANSLATE_NOOP("PresenterConsole", "The time of day"))
        clock = QVBoxLayout()  # the time of day, at the top right where a presenter glances for it
        clock.setSpacing(0)
        self.clock_caption = _caption(self.words, QT_TRANSLATE_NOOP("PresenterConsole", "Time now"))
        clock.addWidget(self.clock_caption, 0, Qt.AlignmentFlag.AlignRight)
        clock.addWidget(self.clock_label, 0, Qt.AlignmentFlag.AlignRight)
        top = QHBoxLayout()
        top.setSpacing(24)
        top.addLayout(heading, 1)
        top.addLayout(language)
        top.setAlignment(language, Qt.AlignmentFlag.AlignTop)
        top.addLayout(clock)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        splitter.setHandleWidth(12)
        for column, stretch in ((self._build_stops_column(), 10), (self._build_notes_column(), 11)):
            splitter.addWidget(column)
            splitter.setStretchFactor(splitter.count() - 1, stretch)
        splitter.addWidget(self._build_side_column())
        splitter.setStretchFactor(2, 6)
        splitter.setSizes([540, 580, 320])

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 12)
        layout.setSpacing(10)
        layout.addWidget(self.frozen_banner)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        layout.addWidget(self._build_audio_row())
        self.guide_panel = GuidePanel(self.presentation)
        _no_focus(self.guide_panel)  # Space is "next", never "press this button"
        layout.addWidget(self.guide_panel)
        layout.addWidget(self._build_status_row())
        _no_focus(splitter)
        self.current_panorama.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # a click or Tab: arrows turn it
        _no_focus(self.language_box)
        _no_focus(self.player)

    def _build_stops_column(self) -> QWidget:
        self.current_canvas = ImageCanvas()
        self.child_words.add(
            self.current_canvas.setAccessibleName,
            QT_TRANSLATE_NOOP("PresenterConsole", "Current stop picture"),
        )
        self.current_canvas.unsetCursor()  # clicking the picture does nothing here
        self.current_canvas.setMinimumSize(240, 150)
        self.next_canvas = ImageCanvas()
        self.child_words.add(
            self.next_canvas.setAccessibleName, QT_TRANSLATE_NOOP("PresenterConsole", "Next stop picture")
        )
        self.next_canvas.unsetCursor()
        self.next_canvas.setMinimumSize(NEXT_PICTURE)
        self.next_canvas.setFixedSize(NEXT_PICTURE)
        self.pictures = PictureStrip(self.loader)
        self.child_words.add(
            self.pictures.setAccessibleName,
            QT_TRANSLATE_NOOP("PresenterConsole", "Pictures of this stop: ] and [ choose what the room sees"),
        )
        self.pictures.chosen.connect(self.presentation.choose_picture)
        self.picture_label = _label(
            self.words, QT_TRANSLATE_NOOP("PresenterConsole", "Picture shown"), 12.5, muted=True
        )
        self.next_title_label = _label(
            self.words, QT_TRANSLATE_NOOP("PresenterConsole", "Next stop"), 16, QFont.Weight.DemiBold
        )
        self.next_place_label = _label(
            self.words, QT_TRANSLATE_NOOP("PresenterConsole", "Next stop place"), 13, muted=True
        )

        next_text = QVBoxLayout()
        next_text.setSpacing(4)
        next_text.addWidget(self.next_title_label)
        next_text.addWidget(self.next_place_label)
        next_text.addStretch(1)
        next_row = QHBoxLayout()
        next_row.setSpacing(14)
        next_row.addWidget(self.next_canvas, 0, Qt.AlignmentFlag.AlignTop)
        next_row.addLayout(next_text, 1)

        column = QWidget()
        layout = QVBoxLayout(column)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        # the current stop's panorama, to turn for the room, in place of its flat picture
        self.current_panorama = PanoramaView(shared_decoder(), self.session.text)
        self.child_words.add(
            self.current_panorama.setAccessibleName,
            QT_TRANSLATE_NOOP("PresenterConsole", "Current stop panorama"),
        )
        self.current_panorama.setMinimumSize(240, 150)
        self.current_picture = QStackedWidget()
        self.current_picture.addWidget(self.current_canvas)
        self.current_picture.addWidget(self.current_panorama)
        layout.addWidget(self.current_picture, 1)
        pictures = QHBoxLayout()
        pictures.setSpacing(10)
        pictures.addWidget(self.pictures, 1)
        pictures.addWidget(self.picture_label)
        layout.addLayout(pictures)
        layout.addSpacing(6)
        layout.addWidget(_caption(self.words, QT_TRANSLATE_NOOP("PresenterConsole", "Next")))
        layout.addLayout(next_row)
        return column

    def _build_notes_column(self) -> QWidget:
        self.notes_view = NarrationBrowser(self.session.media_path, self.loader)
        self.child_words.add(self.notes_view.setAccessibleName, QT_TRANSLATE_NOOP("PresenterConsole", "Speaker notes"))
        self.notes_view.setFrameShape(QFrame.Shape.StyledPanel)
        self.notes_view.document().setDocumentMargin(14)
        self.notes_view.anchorClicked.connect(self._on_link_clicked)
        self.notes_size_controls = TextSizeControl(
            NOTES_SIZES,
            DEFAULT_NOTES_SIZE,
            "notes",
            ("", ""),
        )
        self.child_words.add(
            self.notes_size_controls.smaller.setToolTip,
            QT_TRANSLATE_NOOP("PresenterConsole", "Smaller notes (Ctrl + mouse wheel)"),
        )
        self.child_words.add(
            self.notes_size_controls.larger.setToolTip,
            QT_TRANSLATE_NOOP("PresenterConsole", "Larger notes (Ctrl + mouse wheel)"),
        )
        self.notes_size_controls.changed.connect(self._on_notes_size_changed)
        self.notes_view.zoomRequested.connect(self.notes_size_controls.step)
        self.smaller, self.larger = self.notes_size_controls.smaller, self.notes_size_controls.larger

        heading = QHBoxLayout()
        heading.addWidget(_caption(self.words, QT_TRANSLATE_NOOP("PresenterConsole", "Speaker notes")))
        heading.addStretch(1)
        heading.addWidget(self.notes_size_controls)
        column = QWidget()
        layout = QVBoxLayout(column)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addLayout(heading)
        layout.addWidget(self.notes_view, 1)
        return column

    def _build_side_column(self) -> QWidget:
        self.stop_time_label = _label(
            self.words, QT_TRANSLATE_NOOP("PresenterConsole", "Time at this stop"), 30, QFont.Weight.Bold
        )
        self.stop_plan_label = _label(
            self.words, QT_TRANSLATE_NOOP("PresenterConsole", "Planned time at this stop"), 12.5, muted=True
        )
        self.total_time_label = _label(
            self.words, QT_TRANSLATE_NOOP("PresenterConsole", "Total time"), 30, QFont.Weight.Bold
        )
        self.total_plan_label = _label(
            self.words, QT_TRANSLATE_NOOP("PresenterConsole", "Planned total time"), 12.5, muted=True
        )
        self.pace_label = _label(
            self.words, QT_TRANSLATE_NOOP("PresenterConsole", "Pace against the plan"), 16, QFont.Weight.Bold
        )
        self.pace_label.setWordWrap(False)
        self.stop_list = StopList(self.session)
        self.child_words.add(
            self.stop_list.setAccessibleName,
            QT_TRANSLATE_NOOP("PresenterConsole", "Stops: click one to go there"),
        )
        self.stop_list.setMinimumSize(220, 90)  # three stops at least, on a small laptop screen too
        set_point_size(self.stop_list, 14)
        self.restart_button = QToolButton()
        self.words.add(self.restart_button.setText, QT_TRANSLATE_NOOP("PresenterConsole", "Restart timers"))
        self.words.add(self.restart_button.setAccessibleName, QT_TRANSLATE_NOOP("PresenterConsole", "Restart timers"))
        self.words.add(
            self.restart_button.setToolTip,
            QT_TRANSLATE_NOOP("PresenterConsole", "Start both timers again from zero, e.g. once everyone is ready"),
        )
        self.restart_button.clicked.connect(self.presentation.restart_timing)

        pace_row = QHBoxLayout()
        pace_row.addWidget(self.pace_label)
        pace_row.addStretch(1)
        column = QWidget()
        layout = QVBoxLayout(column)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        timers = QHBoxLayout()
        timers.addWidget(_caption(self.words, QT_TRANSLATE_NOOP("PresenterConsole", "At this stop")))
        timers.addStretch(1)
        timers.addWidget(self.restart_button)
        layout.addLayout(timers)
        layout.addWidget(self.stop_time_label)
        layout.addWidget(self.stop_plan_label)
        layout.addSpacing(6)
        layout.addWidget(_caption(self.words, QT_TRANSLATE_NOOP("PresenterConsole", "Total")))
        layout.addWidget(self.total_time_label)
        layout.addWidget(self.total_plan_label)
        layout.addSpacing(6)
        layout.addLayout(pace_row)
        layout.addSpacing(8)
        layout.addWidget(_caption(self.words, QT_TRANSLATE_NOOP("PresenterConsole", "Stops")))
        layout.addSpacing(4)
        layout.addWidget(self.stop_list, 1)
        return column

    def _build_audio_row(self) -> QWidget:
        self._gate = PaintGate(self.current_canvas, parent=self)
        self._gate.arm()  # the sound backend starts once the console has painted
        self.player = AudioPlayer(gate=self._gate)
        self.child_words.add(
            self.player.setAccessibleName, QT_TRANSLATE_NOOP("PresenterConsole", "Narration for the room")
        )
        self.player.cueChanged.connect(self._on_cue_changed)
        set_point_size(self.player, 12)
        self.no_audio_label = _label(
            self.words, QT_TRANSLATE_NOOP("PresenterConsole", "Narration status"), 12, muted=True
        )
        self.words.add(
            self.no_audio_label.setText,
            QT_TRANSLATE_NOOP("PresenterConsole", "No recorded narration for this stop"),
        )
        self.cue_label = _label(self.words, QT_TRANSLATE_NOOP("PresenterConsole", "Transcript line"), 13, muted=True)

        row = QWidget()
        line = QHBoxLayout()
        line.setSpacing(14)
        line.addWidget(_caption(self.words, QT_TRANSLATE_NOOP("PresenterConsole", "Narration for the room")))
        line.addWidget(self.player, 1)
        line.addWidget(self.no_audio_label, 1)
        layout = QVBoxLayout(row)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(line)
        layout.addWidget(self.cue_label)
        return row

    def _build_status_row(self) -> QWidget:
        self.status_label = QLabel()
        self.words.add(self.status_label.setAccessibleName, QT_TRANSLATE_NOOP("PresenterConsole", "Presenter status"))
        self.status_label.setTextFormat(Qt.TextFormat.RichText)
        self.status_label.setWordWrap(True)
        self.status_label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        set_point_size(self.status_label, 12.5)
        rule = QFrame()
        rule.setFrameShape(QFrame.Shape.HLine)
        rule.setFrameShadow(QFrame.Shadow.Sunken)
        row = QWidget()
        layout = QVBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(rule)
        layout.addWidget(self.status_label)
        return row

    # -- the stops -------------------------------------------------------------------------
    def _show_stops(self) -> None:
        session = self.session
        stop = session.stop
        tour = session.tour
        if tour:
            self.setWindowTitle(
                translate("PresenterConsole", "Presenter console — {0}").format(session.text(tour.title))
            )
        else:
            self.setWindowTitle(translate("PresenterConsole", "Presenter console"))
        if stop is None:
            self.current_title_label.setText(translate("PresenterConsole", "No tour"))
            self.place_label.hide()
            self.next_title_label.setText("")
            self.next_place_label.hide()
            return
        self.current_title_label.setText(
            translate("PresenterConsole", "Stop {0} of {1} — {2}").format(
                number(session.index + 1), number(session.count), session.text(stop.title)
            )
        )
        place = " · ".join(t for t in (session.text(stop.subtitle), session.text(stop.place)) if t)
        self.place_label.setText(place)
        self.place_label.setVisible(bool(place))
        following = session.stop_at(session.index + 1)
        self.next_canvas.setVisible(following is not None)
        if following is None:
            self.next_title_label.setText(translate("PresenterConsole", END_OF_TOUR))
            self.next_place_label.hide()
            return
        self.next_title_label.setText(
            translate("PresenterConsole", "Stop {0} — {1}").format(
                number(session.index + 2), session.text(following.title)
            )
        )
        next_place = session.text(following.place)
        self.next_place_label.setText(next_place)
        self.next_place_label.setVisible(bool(next_place))

    def _show_picture_strip(self) -> None:
        """The stop's pictures to choose from, when it has more than one, and which one the room sees."""
        stop, p = self.session.stop, self.presentation
        self._shown_picture = p.picture
        images = list(stop.images) if stop else []
        several = len(images) > 1
        self.pictures.setVisible(several)
        self.picture_label.setVisible(several)
        if several:
            self.pictures.show_pictures(
                [self.session.media_path(i.file) for i in images],
                [self.session.text(i.caption) or i.file for i in images],
                p.picture,
            )
            self._show_picture_choice()

    def _show_picture_choice(self) -> None:
        count = self.presentation.picture_count()
        self.pictures.select(self.presentation.picture)
        text = translate("PresenterConsole", "Picture {0} of {1}\n] next · [ previous").format(
            number(self.presentation.picture + 1), number(count)
        )
        self.picture_label.setText(text)
        # as wide as its lines, up to a limit: a longer language wraps rather than squeezing the pictures
        metrics = self.picture_label.fontMetrics()
        widest = max(metrics.horizontalAdvance(line) for line in text.split("\n")) + 4
        self.picture_label.setFixedWidth(min(widest, metrics.averageCharWidth() * PICTURE_LABEL_CHARS))
        self._shown_picture = self.presentation.picture

    # -- pictures ------------------------------------------------------------------------------
    @Slot()
    def _show_pictures(self) -> None:
        index = self.session.index
        current = self.session.stop_at(index)
        picture = self.presentation.picture
        self._show_picture(self.current_slot, current, ahead=[index + 1, index - 1], picture=picture)
        self.current_hotspots.show(_picture(current, picture))
        self._show_panorama(current, picture)
        following = self.session.stop_at(index + 1)
        if following is None:
            self.next_slot.clear()
        else:
            self._show_picture(self.next_slot, following, ahead=[index + 2])

    def _show_picture(self, slot: PictureSlot, stop: Stop | None, ahead: list[int], picture: int = 0) -> None:
        """`stop`'s picture `picture` (0: its main one) in `slot`; then what a press of Next or Previous will
        need there."""
        image = _picture(stop, picture)
        keys = [slot.key_for(p) for p in (self._main_picture_path(self.session.stop_at(i)) for i in ahead) if p]
        if image is None:
            slot.clear(translate("PresenterConsole", NO_PICTURES), ahead=keys)
            return
        alt = self.session.text(image.alt)
        slot.canvas.setAccessibleDescription(alt)
        slot.canvas.setToolTip(alt)
        slot.show(self.session.media_path(image.file), image.file, ahead=keys)

    def _show_panorama(self, stop: Stop | None, picture: int = 0) -> None:
        image = _picture(stop, picture)
        if image is None or not image.panorama:
            self.current_picture.setCurrentWidget(self.current_canvas)
            self.current_panorama.clear()
            return
        self.current_picture.setCurrentWidget(self.current_panorama)
        if self.current_panorama.image is not image:
            self.current_panorama.show_panorama(self.session.media_path(image.file), image)
        else:
            self.current_panorama.layer.relabel()  # the language may have changed

    def _main_picture_path(self, stop: Stop | None) -> Path | None:
        image = stop.main_image if stop else None
        return self.session.media_path(image.file) if image else None

    # -- speaker notes -----------------------------------------------------------------------
    def _show_notes(self) -> None:
        stop = self.session.stop
        notes = self.session.text(stop.speaker_notes) if stop else ""
        if notes.strip():
            self.notes_view.show_markdown(notes)
            return
        self.notes_view.show_markdown(translate("PresenterConsole", NO_NOTES))
        cursor = QTextCursor(self.notes_view.document())
        cursor.select(QTextCursor.SelectionType.Document)
        quiet = QTextCharFormat()
        quiet.setForeground(quiet_colour(self.notes_view.palette()))
        quiet.setFontItalic(True)
        cursor.mergeCharFormat(quiet)

    @Slot(int)
    def _on_notes_size_changed(self, size: int) -> None:
        self._apply_notes_size()
        self._show_notes()

    def _apply_notes_size(self) -> None:
        set_point_size(self.notes_view, self.notes_size_controls.points())

    @Slot(QUrl)
    def _on_link_clicked(self, url: QUrl) -> None:
        open_web_link(url, self.open_url, "speaker notes")

    # -- narration for the room -----------------------------------------------------------------
    def _show_recording(self, restart: bool) -> None:
        stop = self.session.stop
        written, transcript = self.session.recording(stop)
        key = (written, transcript)
        if restart or key != self._audio_key:
            self._audio_key = key
            recording = read_recording(self.session.media_path, written, transcript)
            self._cues = recording.cues
            self.player.set_recording(recording)
            self._on_cue_changed(self.player.current_cue())
        self.player.setVisible(bool(written))
        self.no_audio_label.setVisible(not written)

    @Slot(int)
    def _on_cue_changed(self, index: int) -> None:
        text = self._cues[index].text if 0 <= index < len(self._cues) else ""
        self.cue_label.setText(text)
        self.cue_label.setVisible(bool(text))

    # -- the language ------------------------------------------------------------------------
    def _fill_languages(self) -> None:
        tour = self.session.tour
        self.language_box.blockSignals(True)
        self.language_box.clear()
        for tag in tour.languages if tour else []:
            self.language_box.addItem(language_name(tag), tag)
        self.language_box.setCurrentIndex(self.language_box.findData(self.session.language))
        self.language_box.setEnabled(self.language_box.count() > 1)
        self.language_box.blockSignals(False)

    @Slot(int)
    def _on_language_chosen(self, index: int) -> None:
        tag = self.language_box.itemData(index)
        if isinstance(tag, str):
            self.session.set_language(tag)  # the audience follows through the presentation

    # -- timers -----------------------------------------------------------------------------
    @Slot()
    def refresh_timers(self) -> None:
        """Show the times now (by the presentation's clock); the console calls this several times a second."""
        timing = self.presentation.timing()
        stop_time = duration_text(timing.at_stop)
        total_time = duration_text(timing.total)
        planned_here = timing.planned_by_end_of_furthest
        self.stop_time_label.setText(stop_time)
        if timing.planned_stop:
            self.stop_plan_label.setText(
                translate("PresenterConsole", "of {0} planned").format(duration_text(timing.planned_stop))
            )
        else:
            self.stop_plan_label.setText(translate("PresenterConsole", "no time planned for this stop"))
        self.total_time_label.setText(total_time)
        if timing.planned_total:
            if timing.furthest is None:
                by_end = translate("PresenterConsole", "of {0} by the end of this stop")
            else:
                by_end = translate("PresenterConsole", "of {0} by the end of stop {1}, the furthest reached")
            whole = translate("PresenterConsole", "{0} for the whole tour")
            self.total_plan_label.setText(
                by_end.format(duration_text(planned_here), number((timing.furthest or 0) + 1))
                + "\n"
                + whole.format(duration_text(timing.planned_total))
            )
        else:
            self.total_plan_label.setText(translate("PresenterConsole", "no time plan in this tour"))
        status, colour = pace(timing)
        self._show_pace(status, colour)
        now = self.wall_clock()
        clock = QLocale().toString(QTime(now.hour, now.minute), QLocale.FormatType.ShortFormat)
        self.clock_label.setText(clock)
        of = translate("PresenterConsole", "{0} of {1}")
        self._timer_texts = {
            "stop": of.format(stop_time, duration_text(timing.planned_stop)) if timing.planned_stop else stop_time,
            "total": of.format(total_time, duration_text(planned_here)) if timing.planned_total else total_time,
            "status": status,
            "clock": clock,
        }

    def timer_texts(self) -> dict[str, str]:
        """What the timers show: "stop" (e.g. "2:15 of 8:00"), "total", "status" ("2:10 behind") and "clock"."""
        return dict(self._timer_texts)

    def _show_pace(self, text: str, colour: QColor | None) -> None:
        shown = (text, colour.name() if colour else "")
        if shown == self._pace_shown:  # a style sheet is costly to apply four times a second
            return
        self._pace_shown = shown
        self.pace_label.setText(text)
        if colour is None:
            self.pace_label.setStyleSheet("padding: 4px 0px;")
        else:
            self.pace_label.setStyleSheet(
                f"background: {colour.name()}; color: white; border-radius: 6px; padding: 4px 12px;"
            )

    # -- the audience and the status line ---------------------------------------------------------
    def _show_audience(self) -> None:
        p = self.presentation
        lines = []
        if p.frozen:
            title = p.audience.text(p.audience.stop.title) if p.audience.stop else ""
            lines.append(
                translate("PresenterConsole", "Audience frozen on stop {0}: {1}  (F to follow)").format(
                    number(p.audience.index + 1), title
                )
            )
        if p.screen == BLACK:
            lines.append(translate("PresenterConsole", "Audience screen is black  (B to show the tour)"))
        elif p.screen == WHITE:
            lines.append(translate("PresenterConsole", "Audience screen is white  (W to show the tour)"))
        self.frozen_banner.setText("     ".join(lines))
        self.frozen_banner.setVisible(bool(lines))
        self._show_status()

    def _show_status(self) -> None:
        p = self.presentation
        chips = []
        if p.frozen:
            chips.append(
                self._chip(
                    translate("PresenterConsole", "Frozen on stop {0}").format(number(p.audience.index + 1)),
                    "#b45309",
                    "white",
                )
            )
        if p.screen == BLACK:
            chips.append(self._chip(translate("PresenterConsole", "Black screen"), "#111111", "white"))
        elif p.screen == WHITE:
            chips.append(self._chip(translate("PresenterConsole", "White screen"), "#ffffff", "#111111"))
        if p.number:
            if 1 <= int(p.number) <= self.session.count:
                typed = translate("PresenterConsole", "Go to stop {0}…").format(p.number)
            else:
                typed = translate("PresenterConsole", "Go to stop {0}… (there are {1})").format(
                    p.number, number(self.session.count)
                )
            chips.append(self._chip(typed, "#1e3a8a", "white"))
        if p.ending:
            chips.append(self._chip(translate("PresenterConsole", END_ASK), "#b91c1c", "white"))
        if p.notice:  # English marked in the context "Presenter" (present.py), translated here
            chips.append(self._chip(translate("Presenter", p.notice), "#1e3a8a", "white"))
        if not chips:
            chips.append(
                html.escape(
                    translate("PresenterConsole", "Audience sees stop {0}").format(number(p.audience.index + 1))
                )
            )
        muted = quiet_colour(self.palette()).name()
        key_help = html.escape(translate("PresenterConsole", KEY_HELP))
        help_text = f'<span style="color: {muted}; font-size: 11.5pt;">{key_help}</span>'
        self.status_label.setText(" &nbsp; ".join(chips) + " &nbsp;&nbsp;&nbsp; " + help_text)

    @staticmethod
    def _chip(text: str, background: str, foreground: str) -> str:
        return (
            f'<span style="background-color: {background}; color: {foreground}; font-weight: 600;">'
            f"&nbsp;{html.escape(text)}&nbsp;</span>"
        )

    # -- the interface language ----------------------------------------------------------------
    def retranslate(self) -> None:
        """The interface language changed: every text again, from the state kept."""
        self.words.apply()
        self._pace_shown = ("", "")
        self._show_stops()
        if self.presentation.picture_count() > 1:
            self._show_picture_choice()
        self._show_pictures()
        self._show_notes()
        self._show_audience()
        self.refresh_timers()

    # -- following the presentation --------------------------------------------------------------
    @Slot()
    def _on_tour_changed(self) -> None:
        self._fill_languages()
        self._apply_notes_size()
        self._show_stops()
        self._show_picture_strip()
        self._show_pictures()
        self._show_notes()
        self._show_recording(restart=True)
        self._show_audience()
        self.refresh_timers()

    @Slot(int)
    def _on_stop_changed(self, index: int) -> None:
        self.player.stop()
        self._show_stops()
        self._show_picture_strip()
        self.stop_list.show_current()
        self._show_pictures()
        self._show_notes()
        self._show_recording(restart=True)
        self._show_status()
        self.refresh_timers()

    @Slot(str)
    def _on_language_changed(self, language: str) -> None:
        self.language_box.blockSignals(True)
        self.language_box.setCurrentIndex(self.language_box.findData(language))
        self.language_box.blockSignals(False)
        self._show_stops()
        self._show_pictures()  # the alt text is in the language too
        self._show_notes()
        self._show_recording(restart=False)
        self._show_audience()

    @Slot()
    def _on_state_changed(self) -> None:
        if self.presentation.picture != self._shown_picture:
            self._show_picture_choice()
            self._show_pictures()
        self._show_audience()
        self.refresh_timers()

    @Slot()
    def _on_audience_changed(self) -> None:
        self._show_audience()

    @Slot()
    def _on_ended(self) -> None:
        self.player.stop()

    # -- window events ------------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.Resize and watched in (self.current_canvas, self.next_canvas):
            self._resize_timer.start()  # decode again at the new size, once the resizing settles
        elif event.type() == QEvent.Type.Resize and watched is self.stop_list:
            self.stop_list.show_current()
        return super().eventFilter(watched, event)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        self.refresh_timers()
        self._tick.start()

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 (Qt's name)
        super().hideEvent(event)
        self._tick.stop()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt's name)
        self.player.stop()
        super().closeEvent(event)
        if event.spontaneous():  # closed by the facilitator from the window's title bar: presenting ends
            self.presentation.end()
