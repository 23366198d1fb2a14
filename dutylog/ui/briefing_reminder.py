"""A minute timer that tells the officer when today's briefing is due and not yet submitted.

The rule lives in `BriefingService.reminder()` (Qt-free); this only shows it:
a status-bar message while due, and one dialog per day.
"""

from __future__ import annotations

import contextlib
from datetime import date

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QMainWindow, QMessageBox

from dutylog.domain.errors import DutyLogError
from dutylog.services.office import Office

CHECK_EVERY_MS = 60_000


class BriefingReminder(QObject):
    def __init__(self, window: QMainWindow, office: Office, *, dialogs: bool = True) -> None:
        super().__init__(window)
        self.window = window
        self.office = office
        self.dialogs = dialogs
        self.shown_on: date | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_EVERY_MS)
        self.timer.timeout.connect(self.check)
        self.timer.start()

    def check(self) -> bool:
        """Show the reminder if one is due; returns whether it is."""
        try:
            reminder = self.office.briefings.reminder()
        except DutyLogError:
            return False  # a database hiccup must not interrupt the officer's work
        if not reminder.due:
            return False
        # The draft writes itself from the log, so the officer starts from a complete text.
        with contextlib.suppress(DutyLogError):
            self.office.briefings.ensure_today_draft()
        self.window.statusBar().showMessage(reminder.message, CHECK_EVERY_MS)
        today = reminder.deadline.date()
        if self.dialogs and self.shown_on != today:
            self.shown_on = today
            QMessageBox.information(self.window, self.tr("当日汇报提醒"), reminder.message)
        return True


def install_briefing_reminder(window: QMainWindow, office: Office) -> BriefingReminder:
    """Call once from the main window: ``install_briefing_reminder(self, office)``."""
    reminder = BriefingReminder(window, office)
    QTimer.singleShot(0, reminder.check)
    return reminder
