"""Quotas of the information-submission assessment and the submissions it scores."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from dutylog.domain.supervision.assessment import SubmissionFact
from dutylog.storage.models import SubmissionQuota, Unit, UpwardSubmission


class AssessmentRepo:
    def __init__(self, session: Session) -> None:
        self.session = session

    def quotas(self, period: str, starts_on: date) -> dict[str, int]:
        rows = self.session.execute(
            select(Unit.name, SubmissionQuota.quota)
            .join(Unit, Unit.id == SubmissionQuota.unit_id)
            .where(SubmissionQuota.period == period, SubmissionQuota.starts_on == starts_on)
        )
        return {name: quota for name, quota in rows}

    def set_quota(self, unit_id: int, period: str, starts_on: date, quota: int) -> int | None:
        """Set the quota; return the one it replaced (None if new)."""
        row = self.session.scalars(
            select(SubmissionQuota).where(
                SubmissionQuota.unit_id == unit_id,
                SubmissionQuota.period == period,
                SubmissionQuota.starts_on == starts_on,
            )
        ).first()
        if row is None:
            self.session.add(
                SubmissionQuota(unit_id=unit_id, period=period, starts_on=starts_on, quota=quota)
            )
            self.session.flush()
            return None
        before, row.quota = row.quota, quota
        self.session.flush()
        return before

    def submissions(self, first: date, last: date) -> list[SubmissionFact]:
        """Submissions of the period that name their unit."""
        rows = self.session.execute(
            select(Unit.name, UpwardSubmission.adopted, UpwardSubmission.instructed)
            .join(Unit, Unit.id == UpwardSubmission.unit_id)
            .where(UpwardSubmission.sent_on >= first, UpwardSubmission.sent_on <= last)
        )
        return [SubmissionFact(name, bool(adopted), bool(instructed)) for name, adopted, instructed in rows]

    def set_submission_unit(self, submission_id: int, unit_id: int | None) -> None:
        row = self.session.get(UpwardSubmission, submission_id)
        if row is not None:
            row.unit_id = unit_id
            self.session.flush()
