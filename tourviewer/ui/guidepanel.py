"""The presenter console's guided-session band: start it, show the invitation, the roster, end it.

Idle, the band is one button. Running, it shows the address and join code
large enough to read from the back of a room, the invitation line with "Copy
invitation", the roster (name, language, following or exploring, connection)
and the facilitator's calls: bring everyone here, let everyone explore or
follow me again, end. It drives a core `Guide`; the network runs off the UI
thread and the roster comes back through `ui_poster`.
"""

from __future__ import annotations

import getpass
import logging
from pathlib import Path

from PySide6.QtCore import QLocale, QSettings, Qt, QTimer, Slot
from PySide6.QtGui import QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tourviewer.core.guide.facilitator import CONNECTED, Guide, Member
from tourviewer.core.guide.invitation import Invitation
from tourviewer.core.guide.serving import Serving, serve
from tourviewer.core.panorama import Camera
from tourviewer.core.presenting import Presentation
from tourviewer.core.said import Said
from tourviewer.ui.i18n import QT_TRANSLATE_NOOP, Retranslating, translate
from tourviewer.ui.languages import language_name
from tourviewer.ui.posting import ui_poster
from tourviewer.ui.textsize import set_point_size
from tourviewer.ui.wording import Wording, said

log = logging.getLogger(__name__)

NAME_KEY = "guide/name"


def display_name(settings: QSettings) -> str:
    """The name last given for guided sessions, else the account's."""
    name = settings.value(NAME_KEY, "", str)
    if not name:
        try:
            name = getpass.getuser()
        except (OSError, KeyError):
            name = ""
    return str(name)


class GuidePanel(Retranslating, QFrame):
    def __init__(self, presentation: Presentation, parent: QWidget | None = None):
        super().__init__(parent)
        self.presentation = presentation
        self.guide: Guide | None = None
        self.serving: Serving | None = None
        self.setObjectName("guidePanel")
        self.words = Wording("GuidePanel")
        self._problem: tuple[str, str] = ("", "")  # the problem shown: its English source and its detail
        self.start_button = QPushButton()
        self.words.add(self.start_button.setText, QT_TRANSLATE_NOOP("GuidePanel", "Start guided session"))
        self.words.add(
            self.start_button.setToolTip,
            QT_TRANSLATE_NOOP(
                "GuidePanel", "Participants' own viewers follow this presentation: they join with an invitation"
            ),
        )
        self.start_button.clicked.connect(self._on_start_clicked)
        self.problem_label = QLabel()
        self.problem_label.setWordWrap(True)
        self.problem_label.setStyleSheet("color: #b91c1c;")
        self.problem_label.hide()
        idle = QHBoxLayout()
        idle.setContentsMargins(0, 0, 0, 0)
        idle.addWidget(self.start_button)
        idle.addWidget(self.problem_label, 1)
        self.idle = QWidget()
        self.idle.setLayout(idle)
        self.running = self._build_running()
        self.running.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 4)
        layout.addWidget(self.idle)
        layout.addWidget(self.running)
        presentation.ended.connect(self.end)
        self._camera: Camera | None = None
        self._turn_timer = QTimer(self)
        self._turn_timer.setSingleShot(True)
        self._turn_timer.setInterval(150)
        self._turn_timer.timeout.connect(self._send_direction)

    def _build_running(self) -> QWidget:
        self.address_label = QLabel()
        self.words.add(self.address_label.setAccessibleName, QT_TRANSLATE_NOOP("GuidePanel", "Address to join"))
        set_point_size(self.address_label, 22, QFont.Weight.Bold)
        self.code_label = QLabel()
        self.words.add(self.code_label.setAccessibleName, QT_TRANSLATE_NOOP("GuidePanel", "Join code"))
        set_point_size(self.code_label, 34, QFont.Weight.Bold)
        self.code_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.invitation_field = QLineEdit()
        self.invitation_field.setReadOnly(True)
        self.words.add(self.invitation_field.setAccessibleName, QT_TRANSLATE_NOOP("GuidePanel", "Invitation"))
        self.copy_button = QPushButton()
        self.words.add(self.copy_button.setText, QT_TRANSLATE_NOOP("GuidePanel", "Copy invitation"))
        self.copy_button.clicked.connect(self.copy_invitation)
        line = QHBoxLayout()
        line.addWidget(self.invitation_field, 1)
        line.addWidget(self.copy_button)
        heading = QLabel()
        self.words.add(
            heading.setText,
            QT_TRANSLATE_NOOP("GuidePanel", "GUIDED SESSION — join with this address and code, or the invitation"),
        )
        heading.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        set_point_size(heading, 10.5, QFont.Weight.DemiBold)
        left = QVBoxLayout()
        left.setSpacing(2)
        left.addWidget(heading)
        left.addWidget(self.address_label)
        left.addWidget(self.code_label)
        left.addStretch(1)
        left.addLayout(line)

        self.count_label = QLabel()
        set_point_size(self.count_label, 13, QFont.Weight.DemiBold)
        self.roster = QTableWidget(0, 4)
        for column, title in enumerate(
            (
                QT_TRANSLATE_NOOP("GuidePanel", "Name"),
                QT_TRANSLATE_NOOP("GuidePanel", "Language"),
                QT_TRANSLATE_NOOP("GuidePanel", "Following"),
                QT_TRANSLATE_NOOP("GuidePanel", "Connection"),
            )
        ):
            self.roster.setHorizontalHeaderItem(column, QTableWidgetItem())
            self.words.add(self.roster.horizontalHeaderItem(column).setText, title)
        self.roster.verticalHeader().hide()
        self.roster.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.roster.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.roster.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.roster.setMinimumHeight(110)
        self.roster.setMaximumHeight(170)
        middle = QVBoxLayout()
        middle.addWidget(self.count_label)
        middle.addWidget(self.roster, 1)

        self.bring_button = QPushButton()
        self.words.add(self.bring_button.setText, QT_TRANSLATE_NOOP("GuidePanel", "Bring everyone here"))
        self.words.add(
            self.bring_button.setToolTip,
            QT_TRANSLATE_NOOP("GuidePanel", "Explorers come back to the stop the audience sees"),
        )
        self.bring_button.clicked.connect(self._on_bring_clicked)
        self.explore_button = QPushButton()
        self.explore_button.clicked.connect(self._on_explore_clicked)
        self.end_button = QPushButton()
        self.words.add(self.end_button.setText, QT_TRANSLATE_NOOP("GuidePanel", "End guided session"))
        self.end_button.clicked.connect(self.end)
        right = QVBoxLayout()
        right.addWidget(self.bring_button)
        right.addWidget(self.explore_button)
        right.addStretch(1)
        right.addWidget(self.end_button)

        running = QWidget()
        row = QHBoxLayout(running)
        row.setContentsMargins(0, 0, 0, 0)
        row.addLayout(left, 3)
        row.addLayout(middle, 3)
        row.addLayout(right, 1)
        self._on_guide_state()
        self._show_count([])
        return running

    def retranslate(self) -> None:
        """The interface language changed: every text again, from the session's state."""
        self.words.apply()
        self._on_guide_state()
        if self.guide is None:
            self._show_count([])
        else:
            self._on_roster_changed()
        if self.serving is not None:
            self._show_invitation(self.serving.invitation)
        if self._problem[0]:
            self._say(*self._problem)

    # -- starting and ending ------------------------------------------------------------------
    def start(
        self, host: str | None = None, port: int = 0, broker: str | None = None, name: str | None = None,
        ca_file: Path | None = None,
    ) -> str:
        """Start serving; returns "" or why it could not start (also shown in the band). `ca_file`: a TLS
        broker's certificate authority, trusted besides the system's."""
        session = self.presentation.audience
        if session.result is None or session.tour is None:
            return self._say(QT_TRANSLATE_NOOP("GuidePanel", "Open a tour first"))
        name = name if name is not None else display_name(QSettings())
        guide = Guide(session, session.result.source, name, self.presentation, post=ui_poster())
        try:
            serving = serve(guide, host, port, broker, ca_file)
        except OSError as exc:
            why = exc.args[0] if len(exc.args) == 1 and isinstance(exc.args[0], Said) else str(exc.strerror or exc)
            return self._say(QT_TRANSLATE_NOOP("GuidePanel", "The guided session cannot start: {0}"), why)
        self.guide, self.serving = guide, serving
        guide.rosterChanged.connect(self._on_roster_changed)
        guide.stateChanged.connect(self._on_guide_state)
        self._show_invitation(serving.invitation)
        self._on_roster_changed()
        self.idle.hide()
        self.running.show()
        return ""

    @Slot()
    def end(self) -> None:
        """Close the listening socket (or leave the broker); participants stay where they are."""
        if self.serving is None:
            return
        serving, self.serving, self.guide = self.serving, None, None
        serving.close()
        self.running.hide()
        self.idle.show()
        self.problem_label.hide()
        self._problem = ("", "")

    @property
    def invitation(self) -> Invitation | None:
        return self.serving.invitation if self.serving else None

    def _say(self, source: str, detail: str = "") -> str:
        """Show the problem `source` (English marked in "GuidePanel", with `detail` for {0}), translated."""
        self._problem = (source, detail)
        problem = translate("GuidePanel", source).format(said("Guide", detail))  # the core's reason, translated
        self.problem_label.setText(problem)
        self.problem_label.show()
        return problem

    def _show_invitation(self, invitation: Invitation) -> None:
        where = invitation.broker if invitation.broker else f"{invitation.host} : {invitation.port}"
        self.address_label.setText(where)
        self.code_label.setText(
            translate("GuidePanel", "Code {0} {1}").format(invitation.code[:3], invitation.code[3:])
        )
        self.invitation_field.setText(invitation.link())
        self.invitation_field.setCursorPosition(0)

    @Slot()
    def copy_invitation(self) -> None:
        if self.invitation is not None:
            QGuiApplication.clipboard().setText(self.invitation.link())

    # -- the audience's panorama ---------------------------------------------------------------------
    @Slot(object)
    def on_audience_turned(self, camera: Camera) -> None:
        """The audience's panorama turned: followers turn theirs, at most about seven times a second."""
        self._camera = camera
        if not self._turn_timer.isActive():
            self._turn_timer.start()

    def _send_direction(self) -> None:
        if self.guide is not None and self._camera is not None:
            self.guide.set_direction(self._camera.yaw, self._camera.pitch)

    # -- the facilitator's calls --------------------------------------------------------------------
    @Slot()
    def _on_start_clicked(self) -> None:
        self.start()

    @Slot()
    def _on_bring_clicked(self) -> None:
        if self.guide is not None:
            self.guide.bring_everyone_here()

    @Slot()
    def _on_explore_clicked(self) -> None:
        if self.guide is None:
            return
        if self.guide.state.mode == "explore":
            self.guide.follow_me_again()
        else:
            self.guide.let_everyone_explore()

    def _on_guide_state(self) -> None:
        exploring = self.guide is not None and self.guide.state.mode == "explore"
        if exploring:
            self.explore_button.setText(translate("GuidePanel", "Follow me again"))
        else:
            self.explore_button.setText(translate("GuidePanel", "Let everyone explore"))

    def _on_roster_changed(self) -> None:
        if self.guide is None:
            return
        members = self.guide.roster()
        self.roster.setRowCount(len(members))
        for row, member in enumerate(members):
            cells = (
                member.name,
                language_name(member.language),
                translate("GuidePanel", "following") if member.following else translate("GuidePanel", "exploring"),
                translate("GuidePanel", "connected")
                if member.connection == CONNECTED
                else translate("GuidePanel", "connection lost"),
            )
            for column, text in enumerate(cells):
                self.roster.setItem(row, column, QTableWidgetItem(text))
        self._show_count(members)

    def _show_count(self, members: list[Member]) -> None:
        if not members:
            self.count_label.setText(translate("GuidePanel", "No participants yet"))
            return
        connected = sum(m.connection == CONNECTED for m in members)
        following = sum(m.connection == CONNECTED and m.following for m in members)
        self.count_label.setText(
            translate("GuidePanel", "%n participant(s) connected, {0} following", None, connected).format(
                QLocale().toString(following)
            )
        )
