"""The participant's side of a guided session: the join dialog, the following bar, the paused cover.

File > Join guided session… (Ctrl+J) asks for the invitation and a display
name (remembered). The participant's own copy of the tour is looked for by id
and content hash; without one it is fetched from the facilitator (direct
sessions), then opened like any package. While joined, a bar over the tour
says whom they follow and where, with "Explore on my own" and "Back to the
facilitator"; when the facilitator blanks or freezes the audience window, a
calm cover says so.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QEvent, QEventLoop, QLocale, QObject, QSettings, Qt, QTimer, Slot
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tourviewer.core.guide.follower import CONNECTED, CONNECTING, ENDED, LOST, REFUSED, Follower
from tourviewer.core.guide.invitation import Invitation, InvitationError, parse_invitation
from tourviewer.core.guide.joining import Participant
from tourviewer.core.guide.places import find_tour, received_folder
from tourviewer.core.guide.tls import ca_file_problem, is_secure, probe
from tourviewer.core.said import Said
from tourviewer.core.session import TourSession
from tourviewer.ui.guidepanel import NAME_KEY, display_name
from tourviewer.ui.i18n import QT_TRANSLATE_NOOP, Retranslating, translate
from tourviewer.ui.posting import ui_poster
from tourviewer.ui.textsize import set_point_size
from tourviewer.ui.wording import Wording, said

log = logging.getLogger(__name__)

BAR_STYLE = "QFrame#followingBar { background: #e8f0fe; border-bottom: 1px solid #b6c8ef; }"
PAUSED = QT_TRANSLATE_NOOP("PausedCover", "The facilitator paused")
CA_KEY = "guide/ca_file"  # the broker's certificate authority given last


class JoinDialog(Retranslating, QDialog):
    """Paste the invitation, give a name; a mistake in the invitation is said here, not after."""

    def __init__(self, settings: QSettings, parent: QWidget | None = None):
        super().__init__(parent)
        words = self.words = Wording("JoinDialog")
        words.add(self.setWindowTitle, QT_TRANSLATE_NOOP("JoinDialog", "Join guided session"))
        self.settings = settings
        self.invitation: Invitation | None = None
        self._problem = ""  # what is wrong with the invitation (`Said`, context "Guide")
        self.invitation_field = QLineEdit()
        self.invitation_field.setPlaceholderText("tourviewer://join?…")  # the address's form: not words
        words.add(self.invitation_field.setAccessibleName, QT_TRANSLATE_NOOP("JoinDialog", "Invitation"))
        self.invitation_field.setMinimumWidth(460)
        self.name_field = QLineEdit(display_name(settings))
        words.add(self.name_field.setAccessibleName, QT_TRANSLATE_NOOP("JoinDialog", "Your name"))
        self.name_field.setMaxLength(64)
        self.problem_label = QLabel()
        self.problem_label.setWordWrap(True)
        self.problem_label.setStyleSheet("color: #b91c1c;")
        self.problem_label.hide()
        self.ca_field = QLineEdit(settings.value(CA_KEY, "", str))
        words.add(
            self.ca_field.setPlaceholderText,
            QT_TRANSLATE_NOOP("JoinDialog", "Only for a broker with a certificate authority of its own: its .pem file"),
        )
        words.add(self.ca_field.setAccessibleName, QT_TRANSLATE_NOOP("JoinDialog", "Broker's CA certificate"))
        form = QFormLayout()
        for field, text in (
            (self.invitation_field, QT_TRANSLATE_NOOP("JoinDialog", "Invitation")),
            (self.name_field, QT_TRANSLATE_NOOP("JoinDialog", "Your name")),
        ):
            label = QLabel()
            label.setBuddy(field)
            words.add(label.setText, text)
            form.addRow(label, field)
        self.ca_button = QPushButton()
        words.add(self.ca_button.setText, QT_TRANSLATE_NOOP("JoinDialog", "Choose…"))
        self.ca_button.clicked.connect(self._choose_ca_file)
        ca_row = QHBoxLayout()
        ca_row.addWidget(self.ca_field, 1)
        ca_row.addWidget(self.ca_button)
        ca_label = QLabel()
        ca_label.setBuddy(self.ca_field)
        words.add(ca_label.setText, QT_TRANSLATE_NOOP("JoinDialog", "Broker's CA certificate"))
        form.addRow(ca_label, ca_row)
        self._ca_row = form.rowCount() - 1
        self.form = form
        self.invitation_field.textChanged.connect(self._show_ca_row)
        self._show_ca_row()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)  # Qt's own words, in Qt's translations
        join = buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)  # a standard one would say "OK" again
        words.add(join.setText, QT_TRANSLATE_NOOP("JoinDialog", "Join"))
        join.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        hint = QLabel()
        words.add(
            hint.setText,
            QT_TRANSLATE_NOOP("JoinDialog", "Paste the line the facilitator shared. Your notes stay on this computer."),
        )
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addLayout(form)
        layout.addWidget(self.problem_label)
        layout.addWidget(buttons)

    def retranslate(self) -> None:
        self.words.apply()
        if self._problem:
            self.problem_label.setText(said("Guide", self._problem))

    @property
    def name(self) -> str:
        return self.name_field.text().strip()

    @property
    def ca_file(self) -> Path | None:
        """The broker's certificate authority, for a TLS broker's invitation when one is given."""
        text = self.ca_field.text().strip()
        return Path(text).expanduser() if text and self.form.isRowVisible(self._ca_row) else None

    def _show_ca_row(self) -> None:
        """The CA field is there only for an invitation through a TLS broker (mqtts://, wss://)."""
        try:
            secure = is_secure(parse_invitation(self.invitation_field.text()).broker)
        except InvitationError:
            secure = False
        self.form.setRowVisible(self._ca_row, secure)

    def _choose_ca_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, translate("JoinDialog", "The broker's CA certificate"), self.ca_field.text(),
            translate("JoinDialog", "Certificates (*.pem *.crt);;All files (*)"),
        )
        if path:
            self.ca_field.setText(path)

    def accept(self) -> None:
        try:
            self.invitation = parse_invitation(self.invitation_field.text())
        except InvitationError as exc:
            self._problem = exc.args[0] if exc.args and isinstance(exc.args[0], str) else str(exc)
            self.problem_label.setText(said("Guide", self._problem))
            self.problem_label.show()
            return
        problem = self._check_broker(self.invitation.broker)
        if problem:
            self._problem = problem  # `Said` (context "Guide"), said again after a language switch
            self.problem_label.setText(said("Guide", problem))
            self.problem_label.show()
            return
        self.settings.setValue(NAME_KEY, self.name)
        if self.ca_file is not None:
            self.settings.setValue(CA_KEY, str(self.ca_file))
        super().accept()

    def _check_broker(self, broker: str) -> str:
        """Why a TLS broker's certificate (or the CA file given) is not trusted, or "": said here, where the
        CA can be given, rather than after joining. The check runs off the UI thread."""
        if not is_secure(broker):
            return ""
        ca_file = self.ca_file
        if ca_file is not None and (problem := ca_file_problem(ca_file)):
            return problem
        self.problem_label.setText(translate("JoinDialog", "Checking the broker's certificate…"))
        self.problem_label.show()
        self.setEnabled(False)
        with ThreadPoolExecutor(1) as pool:
            future = pool.submit(probe, broker, ca_file)
            loop = QEventLoop()
            timer = QTimer(interval=20, timeout=lambda: future.done() and loop.quit())
            timer.start()
            loop.exec()
            timer.stop()
        self.setEnabled(True)
        self.problem_label.hide()
        return future.result()


class FollowingBar(Retranslating, QFrame):
    """"Following Ana — stop 3 of 7", with the way out and back."""

    def __init__(self, follower: Follower, leave: Callable[[], None], parent: QWidget | None = None):
        super().__init__(parent)
        self.follower = follower
        self.setObjectName("followingBar")
        self.setStyleSheet(BAR_STYLE)
        words = self.words = Wording("FollowingBar")
        self.status_label = QLabel()
        words.add(self.status_label.setAccessibleName, QT_TRANSLATE_NOOP("FollowingBar", "Guided session"))
        set_point_size(self.status_label, 12, QFont.Weight.DemiBold)
        self.note_label = QLabel()
        self.note_label.setWordWrap(True)
        self.explore_button = QPushButton()
        words.add(self.explore_button.setText, QT_TRANSLATE_NOOP("FollowingBar", "Explore on my own"))
        self.explore_button.clicked.connect(follower.explore)
        self.back_button = QPushButton()
        words.add(self.back_button.setText, QT_TRANSLATE_NOOP("FollowingBar", "Back to the facilitator"))
        self.back_button.clicked.connect(follower.back)
        self.leave_button = QPushButton()
        words.add(self.leave_button.setText, QT_TRANSLATE_NOOP("FollowingBar", "Leave"))
        words.add(
            self.leave_button.setToolTip,
            QT_TRANSLATE_NOOP("FollowingBar", "Leave the guided session; the tour stays open where you are"),
        )
        self.leave_button.clicked.connect(leave)
        row = QHBoxLayout(self)
        row.setContentsMargins(12, 6, 12, 6)
        row.addWidget(self.status_label)
        row.addWidget(self.note_label, 1)
        row.addWidget(self.explore_button)
        row.addWidget(self.back_button)
        row.addWidget(self.leave_button)
        follower.changed.connect(self.refresh)
        follower.session.stopChanged.connect(self.refresh)
        follower.session.tourChanged.connect(self.refresh)
        self.refresh()

    def retranslate(self) -> None:
        self.words.apply()
        self.refresh()

    @Slot()
    def refresh(self) -> None:
        follower, state = self.follower, self.follower.state
        who = follower.facilitator or translate("FollowingBar", "the facilitator")
        if state:
            where = translate("FollowingBar", "stop {0} of {1}").format(
                QLocale().toString(state.index + 1), QLocale().toString(state.count)
            )
        else:
            where = translate("FollowingBar", "waiting for the session")
        connection = follower.connection
        if connection == CONNECTING:
            text = translate("FollowingBar", "Joining {0}…").format(who)
        elif connection == REFUSED:
            text = translate("FollowingBar", "Not joined")
        elif connection == ENDED:
            text = translate("FollowingBar", "{0} ended the guided session").format(who)
        elif not follower.has_tour:
            text = translate("FollowingBar", "Joined {0} — getting the tour").format(who)
        elif state is not None and state.mode == "explore":
            text = translate("FollowingBar", "Exploring — {0} lets everyone explore ({1})").format(who, where)
        elif follower.following:
            text = translate("FollowingBar", "Following {0} — {1}").format(who, where)
        else:
            text = translate("FollowingBar", "Exploring on your own — {0} is at {1}").format(who, where)
        self.status_label.setText(text)
        note = said("Guide", follower.note) if connection != CONNECTED or follower.note else ""
        if connection == LOST and not note:
            note = translate("Guide", "Connection lost: reconnecting…")
        self.note_label.setText(note)
        live = connection in (CONNECTED, LOST)
        self.explore_button.setVisible(live and follower.following)
        self.back_button.setVisible(live and not follower.following)


class PausedCover(Retranslating, QWidget):
    """A calm screen over the tour while the facilitator has blanked or frozen the audience window."""

    def __init__(self, follower: Follower, over: QWidget):
        super().__init__(over)
        self.follower = follower
        self.setObjectName("pausedCover")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet("#pausedCover { background: #f3f1ea; } QLabel { color: #4a4a44; }")
        words = self.words = Wording("PausedCover")
        title = QLabel()
        words.add(title.setText, PAUSED)
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        set_point_size(title, 26, QFont.Weight.DemiBold)
        self.detail = QLabel()
        words.add(
            self.detail.setText,
            QT_TRANSLATE_NOOP("PausedCover", "Your viewer follows again when the facilitator goes on."),
        )
        self.detail.setAlignment(Qt.AlignmentFlag.AlignCenter)
        set_point_size(self.detail, 13)
        self.explore_button = QPushButton()
        words.add(self.explore_button.setText, QT_TRANSLATE_NOOP("PausedCover", "Explore on my own meanwhile"))
        self.explore_button.clicked.connect(follower.explore)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(title)
        layout.addWidget(self.detail)
        layout.addWidget(self.explore_button, 0, Qt.AlignmentFlag.AlignCenter)
        layout.addStretch(1)
        over.installEventFilter(self)
        follower.changed.connect(self.refresh)
        self.refresh()

    def retranslate(self) -> None:
        self.words.apply()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.setGeometry(self.parentWidget().rect())
        return False

    @Slot()
    def refresh(self) -> None:
        if self.follower.paused:
            self.setGeometry(self.parentWidget().rect())
            self.raise_()
            self.show()
        else:
            self.hide()


class Window(Protocol):
    """What a guided session needs of the main window."""

    session: TourSession
    settings: QSettings
    user_tours: Path | None

    def recent(self) -> list[str]: ...

    def open_path(self, path: str, remember: bool = True) -> bool: ...


class GuidedJoin(QObject):
    """One joined session in a window: the participant, the bar and the cover; `leave()` undoes them."""

    def __init__(
        self, window: Window, view: QWidget, invitation: Invitation, name: str, ca_file: Path | None = None
    ):
        super().__init__(view)
        self.window = window
        self.invitation = invitation
        self.participant = Participant(window.session, invitation, name, post=ui_poster(), ca_file=ca_file)
        follower = self.participant.follower
        self.bar = FollowingBar(follower, self.leave)
        self.cover = PausedCover(follower, view)
        self.gallery = getattr(view, "gallery", None)  # the participant's own pictures
        follower.directionChanged.connect(self._on_direction)
        follower.pictureChanged.connect(self._on_picture)
        if self.gallery is not None:  # every picture shown, by a key, a thumbnail or the full-window view
            self.gallery.thumbs.currentRowChanged.connect(self._on_picture_chosen)
        self.left = False
        self._find_or_fetch()

    def _find_or_fetch(self) -> None:
        from tourviewer.core.library import tours_in

        shown = self.window.session.result
        candidates = ([shown.source] if shown is not None else []) + [Path(p) for p in self.window.recent()]
        if self.window.user_tours is not None:
            candidates += tours_in(self.window.user_tours)
        source, same = find_tour(self.invitation, candidates)
        follower = self.participant.follower
        if source is not None:
            if not same:
                follower.note = Said(
                    QT_TRANSLATE_NOOP("Guide", "Your copy of the tour is another version: stops it lacks are skipped")
                )
            if not follower.has_tour or self.window.session.result is None or \
                    self.window.session.result.source != source:
                self.window.open_path(str(source))
            return
        follower.note = Said(QT_TRANSLATE_NOOP("Guide", "Getting the tour from the facilitator…"))
        follower.changed.emit()
        self.participant.fetch_tour(received_folder(), self._on_fetched, self._on_progress)

    def _on_direction(self, yaw: int, pitch: int) -> None:
        """Turn the participant's panorama where the audience's looks (a flat picture ignores it)."""
        if self.left or self.gallery is None or not self.gallery.showing_panorama():
            return  # the panorama view is made only when a stop shows one
        panorama = self.gallery.panorama
        if panorama.image is None:
            return
        panorama.set_camera(replace(panorama.camera, yaw=float(yaw), pitch=float(pitch)), moving=False)

    def _on_picture(self, index: int) -> None:
        """Show the picture the audience sees (already clamped to this copy's stop)."""
        if not self.left and self.gallery is not None:
            self.gallery.show_image(index)

    def _on_picture_chosen(self, index: int) -> None:
        if not self.left and index >= 0:
            self.participant.follower.picture_chosen(index)  # another picture than followed: exploring

    def _on_progress(self, received: int, total: int) -> None:
        if self.left:
            return
        self.participant.follower.note = Said(
            QT_TRANSLATE_NOOP("Guide", "Getting the tour: {0} %"), received * 100 // max(total, 1)
        )
        self.participant.follower.changed.emit()

    def _on_fetched(self, path: Path | None, problem: str) -> None:
        if self.left:
            return
        follower = self.participant.follower
        follower.note = problem
        follower.changed.emit()
        if path is not None:
            self.window.open_path(str(path))

    @Slot()
    def leave(self) -> None:
        if self.left:
            return
        self.left = True
        self.participant.leave()
        self.bar.hide()
        self.bar.deleteLater()
        self.cover.hide()
        self.cover.deleteLater()
