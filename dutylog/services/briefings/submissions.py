"""Upward information submissions (信息报送): what was sent, adopted (采用) and instructed (批示)."""

from __future__ import annotations

from datetime import date

from dutylog.domain.accounts.audit import AuditAction
from dutylog.domain.accounts.permissions import Permission
from dutylog.domain.briefings.reporting import check_period
from dutylog.domain.briefings.submissions import SubmissionRecord
from dutylog.domain.errors import ValidationError
from dutylog.domain.validation import TITLE_MAX, clean_text
from dutylog.services.context import OfficeContext
from dutylog.services.supervision.units import unit_by_name
from dutylog.services.writes import writes


class SubmissionService:
    def __init__(self, office: OfficeContext) -> None:
        self.office = office

    @writes
    def add(
        self,
        *,
        sent_on: date,
        title: str,
        recipient: str,
        matter_number: str = "",
        adopted: bool = False,
        instructed: bool = False,
        note: str = "",
        created_by: int | None = None,
        unit: str = "",
    ) -> SubmissionRecord:
        """``unit``: the unit the information came from (scored by the assessment); "" for the office."""
        now = self.office.clock()
        if sent_on > now.date():
            raise ValidationError(
                f"报送日期 {sent_on:%Y-%m-%d} 晚于今天，请检查。", code="in_future", field="sent_on"
            )
        clean_title = clean_text(title, field="title", label="标题", max_length=TITLE_MAX, multiline=False)
        clean_recipient = clean_text(
            recipient, field="recipient", label="报送单位", max_length=100, multiline=False
        )
        clean_note = clean_text(note, field="note", label="备注", max_length=2000, required=False)
        self.office.require(Permission.MATTER_WRITE)
        with self.office.db.transaction() as store:
            matter_id = None
            if matter_number.strip():
                matter, _published, _author = store.reporting.matter_by_number(matter_number)
                matter_id = matter.id
            if created_by is not None:
                store.staff.get(created_by)
            unit_id = unit_by_name(store, unit).id if unit.strip() else None
            record = store.submissions.add(
                sent_on=sent_on,
                title=clean_title,
                recipient=clean_recipient,
                matter_id=matter_id,
                adopted=adopted,
                instructed=instructed,
                note=clean_note,
                created_by=created_by,
                now=now,
                unit_id=unit_id,
            )
            self.office.audit.record(store, AuditAction.CREATE, "submission", record.id, after=record)
            return record

    @writes
    def set_outcome(self, submission_id: int, *, adopted: bool, instructed: bool) -> SubmissionRecord:
        self.office.require(Permission.MATTER_WRITE)
        with self.office.db.transaction() as store:
            record = store.submissions.set_outcome(submission_id, adopted=adopted, instructed=instructed)
            self.office.audit.record(store, AuditAction.UPDATE, "submission", submission_id, after=record)
            return record

    def between(self, first: date, last: date) -> list[SubmissionRecord]:
        check_period(first, last)
        with self.office.db.transaction() as store:
            return store.submissions.between(first, last)
