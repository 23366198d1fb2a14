"""The briefing page's review: return or sign a submitted briefing as the logged-in leader.

A mixin of BriefingsPage. The reviewer is the logged-in account's person; the system
actor (command line, tests) picks the leader in the dialog, the day's leader on duty
preselected. Strings are translated in the page's context ("BriefingsPage"), written
out at each call so that lupdate finds them.
"""

from __future__ import annotations

import contextlib
from datetime import date, datetime, time
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QPushButton, QWidget

from dutylog.domain.accounts.permissions import Permission
from dutylog.domain.enums import DutyRole
from dutylog.domain.errors import DutyLogError
from dutylog.ui.accounts.rights import may, refusal
from dutylog.ui.briefings.briefing_dialogs import ReviewDialog

if TYPE_CHECKING:
    from dutylog.domain.briefings.briefing import BriefingRecord
    from dutylog.domain.roster.staff import StaffRecord
    from dutylog.office import Office


class BriefingReview:
    """Needs the page's ``office``, ``current``, buttons, ``_say`` and ``_after_change``."""

    office: Office
    current: BriefingRecord | None
    return_button: QPushButton
    sign_button: QPushButton

    def _say(self, text: str, *, error: bool = False) -> None:
        raise NotImplementedError

    def _after_change(self, briefing: BriefingRecord, text: str) -> None:
        raise NotImplementedError

    # -- who -------------------------------------------------------------------------
    def leaders_on_duty(self, duty_date: date) -> list[str]:
        """The leaders on the roster for ``duty_date`` (at noon: the day shift or a 24-hour slot)."""
        with contextlib.suppress(DutyLogError):
            on_duty = self.office.roster.on_duty(datetime.combine(duty_date, time(12, 0)))
            return [slot.staff_name for slot in on_duty.leaders]
        return []

    def leader_text(self, duty_date: date) -> str:
        names = self.leaders_on_duty(duty_date)
        return QCoreApplication.translate("BriefingsPage", "当日值班领导：") + (
            "、".join(names) if names else QCoreApplication.translate("BriefingsPage", "（未排班）")
        )

    def _reviewers(self) -> list[StaffRecord]:
        """Who may be chosen as the reviewer: the account's own person, or any leader for the system."""
        actor = self.office.actor
        people = self.office.staff.all(active_only=True)
        if actor.system:
            return [p for p in people if DutyRole.LEADER in p.roles]
        return [p for p in people if p.id == actor.staff_id]

    def update_review_buttons(self, submitted: bool) -> None:
        """Sign/Return only for a leader's account with a person; the tooltip says why not."""
        actor = self.office.actor
        for button, permission in (
            (self.sign_button, Permission.BRIEFING_SIGN),
            (self.return_button, Permission.BRIEFING_RETURN),
        ):
            if not may(self.office, permission):
                button.setEnabled(False)
                button.setToolTip(refusal(self.office, permission))
            elif not actor.system and actor.staff_id is None:
                button.setEnabled(False)
                button.setToolTip(
                    QCoreApplication.translate(
                        "BriefingsPage", "当前账号没有关联人员，无法以领导身份审签；请管理员在“设置”中关联。"
                    )
                )
            else:
                button.setEnabled(submitted)
                button.setToolTip(
                    ""
                    if submitted
                    else QCoreApplication.translate("BriefingsPage", "汇报提交后才能审签或退回。")
                )

    # -- actions ---------------------------------------------------------------------
    def _review(self, *, signing: bool) -> None:
        if self.current is None:
            return
        names = self.leaders_on_duty(self.current.duty_date)
        preselect = self.office.actor.staff_id
        if preselect is None:
            on_duty = [p.id for p in self._reviewers() if p.name in names]
            preselect = on_duty[0] if on_duty else None
        parent = self if isinstance(self, QWidget) else None
        dialog = ReviewDialog(
            self._reviewers(),
            signing=signing,
            preselect=preselect,
            note=self.leader_text(self.current.duty_date),
            fixed=not self.office.actor.system,
            parent=parent,
        )
        if dialog.exec() != ReviewDialog.DialogCode.Accepted:
            return
        self.review(dialog.reviewer_id(), dialog.written(), signing=signing)

    def review(self, reviewer_id: int | None, text: str, *, signing: bool) -> None:
        """Return or sign the open briefing as ``reviewer_id`` (the dialog's answer)."""
        if self.current is None or reviewer_id is None:
            self._say(QCoreApplication.translate("BriefingsPage", "请选择审签领导。"), error=True)
            return
        try:
            if signing:
                briefing = self.office.briefings.sign(
                    self.current.id, reviewer_id=reviewer_id, instruction=text
                )
            else:
                briefing = self.office.briefings.return_(
                    self.current.id, reviewer_id=reviewer_id, reason=text
                )
        except DutyLogError as error:
            self._say(error.message, error=True)
            return
        self._after_change(
            briefing,
            QCoreApplication.translate("BriefingsPage", "已审签，汇报已锁定。")
            if signing
            else QCoreApplication.translate("BriefingsPage", "已退回。"),
        )

    def return_briefing(self) -> None:
        self._review(signing=False)

    def sign(self) -> None:
        self._review(signing=True)
