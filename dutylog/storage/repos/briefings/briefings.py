"""Briefings, their version history, and upward submissions (信息报送)."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import ColumnElement, Integer, Select, func, select
from sqlalchemy.orm import Session, aliased

from dutylog.domain.briefings.briefing import BriefingRecord, BriefingVersionRecord, content_hash
from dutylog.domain.briefings.signature import SIGNED_ACTION
from dutylog.domain.briefings.submissions import SubmissionRecord
from dutylog.domain.enums import BriefingKind, BriefingStatus, Shift
from dutylog.domain.errors import NotFoundError
from dutylog.storage.models import Briefing, BriefingVersion, Matter, Staff, Unit, UpwardSubmission
from dutylog.storage.records import to_record

_Author = aliased(Staff)
_Signer = aliased(Staff)


def _briefing_query() -> Select[Briefing, str, str]:
    return (
        select(Briefing, _Author.name, _Signer.name)
        .outerjoin(_Author, _Author.id == Briefing.author_id)
        .outerjoin(_Signer, _Signer.id == Briefing.signed_by)
    )


def briefing_record(row: Briefing, author_name: str | None, signer_name: str | None) -> BriefingRecord:
    # An empty shift code (older rows) means the whole day, as NULL does.
    return to_record(
        BriefingRecord,
        row,
        shift=Shift(row.shift) if row.shift else None,
        author_name=author_name or "",
        signer_name=signer_name or "",
    )


class BriefingRepo:
    def __init__(self, session: Session) -> None:
        self.session = session

    def get(self, briefing_id: int) -> BriefingRecord:
        found = self.session.execute(_briefing_query().where(Briefing.id == briefing_id)).first()
        if found is None:
            raise NotFoundError(f"找不到编号为 {briefing_id} 的汇报。")
        return briefing_record(found[0], found[1], found[2])

    def find(
        self, duty_date: date, shift: Shift | None, kind: BriefingKind = BriefingKind.DAILY
    ) -> BriefingRecord | None:
        query = _briefing_query().where(Briefing.duty_date == duty_date, Briefing.kind == kind.value)
        query = query.where(Briefing.shift.is_(None) if shift is None else Briefing.shift == shift.value)
        found = self.session.execute(query.order_by(Briefing.id)).first()
        return briefing_record(found[0], found[1], found[2]) if found else None

    def between(
        self,
        first: date,
        last: date,
        status: BriefingStatus | None = None,
        kind: BriefingKind | None = BriefingKind.DAILY,
    ) -> list[BriefingRecord]:
        """The briefings dated ``first``..``last``, newest first; ``kind=None`` for every kind."""
        query = _briefing_query().where(Briefing.duty_date.between(first, last))
        if kind is not None:
            query = query.where(Briefing.kind == kind.value)
        if status is not None:
            query = query.where(Briefing.status == status.value)
        query = query.order_by(Briefing.duty_date.desc(), Briefing.shift, Briefing.id)
        return [briefing_record(row[0], row[1], row[2]) for row in self.session.execute(query)]

    def status_on(self, duty_date: date) -> BriefingStatus | None:
        """The most advanced status among the briefings of a day (None when there is none)."""
        codes = self.session.scalars(
            select(Briefing.status).where(
                Briefing.duty_date == duty_date, Briefing.kind == BriefingKind.DAILY.value
            )
        ).all()
        statuses = [BriefingStatus(code) for code in codes]
        return max(statuses, key=lambda s: s.position) if statuses else None

    def add(
        self,
        *,
        duty_date: date,
        shift: Shift | None,
        author_id: int | None,
        title: str,
        body_html: str,
        now: datetime,
        kind: BriefingKind = BriefingKind.DAILY,
    ) -> int:
        row = Briefing(
            kind=kind.value,
            duty_date=duty_date,
            shift=shift.value if shift is not None else None,
            author_id=author_id,
            status=BriefingStatus.DRAFT.value,
            title=title,
            body_html=body_html,
            instruction="",
            return_reason="",
            content_sha256="",
            created_at=now,
            updated_at=now,
            version=1,
        )
        self.session.add(row)
        self.session.flush()
        return row.id

    def update(self, briefing_id: int, *, now: datetime, **changes: object) -> int:
        """Apply ``changes`` (column=value) and bump the version; returns the new version."""
        row = self.session.get(Briefing, briefing_id)
        if row is None:
            raise NotFoundError(f"找不到编号为 {briefing_id} 的汇报。")
        for column, value in changes.items():
            if isinstance(value, BriefingStatus):
                value = value.value
            setattr(row, column, value)
        row.updated_at = now
        row.version += 1
        self.session.flush()
        return row.version

    def sign(self, briefing: BriefingRecord, *, signer_id: int, instruction: str, at: datetime) -> None:
        """Lock ``briefing`` as signed, with the hash of what the signer approved."""
        digest = content_hash(
            duty_date=briefing.duty_date,
            shift=briefing.shift,
            title=briefing.title,
            body_html=briefing.body_html,
            instruction=instruction,
            signed_by=signer_id,
            signed_at=at,
            kind=briefing.kind,
        )
        self.update(
            briefing.id,
            now=at,
            status=BriefingStatus.SIGNED,
            instruction=instruction,
            signed_by=signer_id,
            signed_at=at,
            content_sha256=digest,
        )

    def add_version(
        self,
        briefing: BriefingRecord,
        *,
        action: str,
        actor_id: int | None,
        at: datetime,
        note: str = "",
    ) -> None:
        self.session.add(
            BriefingVersion(
                briefing_id=briefing.id,
                version=briefing.version,
                action=action,
                status=briefing.status.value,
                actor_id=actor_id,
                at=at,
                title=briefing.title,
                body_html=briefing.body_html,
                note=note,
                content_sha256=briefing.content_sha256,
            )
        )
        self.session.flush()

    def versions(self, briefing_id: int) -> list[BriefingVersionRecord]:
        query = (
            select(BriefingVersion, Staff.name)
            .outerjoin(Staff, Staff.id == BriefingVersion.actor_id)
            .where(BriefingVersion.briefing_id == briefing_id)
            .order_by(BriefingVersion.id)
        )
        return [
            BriefingVersionRecord(
                id=row.id,
                briefing_id=row.briefing_id,
                version=row.version,
                action=row.action,
                status=BriefingStatus(row.status),
                actor_id=row.actor_id,
                actor_name=name or "",
                at=row.at,
                title=row.title,
                body_html=row.body_html,
                note=row.note,
                content_sha256=row.content_sha256,
            )
            for row, name in self.session.execute(query)
        ]

    # --- for `dutylog check` ---------------------------------------------------------
    def signed_batch(
        self, after_id: int, limit: int
    ) -> list[tuple[BriefingRecord, BriefingVersionRecord | None]]:
        """Up to ``limit`` signed briefings after ``after_id`` (by id), each with its signed version.

        The version is the latest "signed" row of its history (None when there is none).
        """
        query = (
            _briefing_query()
            .where(Briefing.status == BriefingStatus.SIGNED.value, Briefing.id > after_id)
            .order_by(Briefing.id)
            .limit(limit)
        )
        briefings = [briefing_record(*row) for row in self.session.execute(query)]
        signed = self._signed_versions([briefing.id for briefing in briefings])
        return [(briefing, signed.get(briefing.id)) for briefing in briefings]

    def reopened_after_signing(self) -> list[tuple[BriefingRecord, BriefingVersionRecord]]:
        """Briefings whose history says they were signed but whose status is no longer signed.

        Nothing in the application does that, so there are none unless the file was edited.
        """
        was_signed = select(BriefingVersion.briefing_id).where(BriefingVersion.action == SIGNED_ACTION)
        query = (
            _briefing_query()
            .where(Briefing.status != BriefingStatus.SIGNED.value, Briefing.id.in_(was_signed))
            .order_by(Briefing.id)
        )
        briefings = [briefing_record(*row) for row in self.session.execute(query)]
        signed = self._signed_versions([briefing.id for briefing in briefings])
        return [(briefing, signed[briefing.id]) for briefing in briefings if briefing.id in signed]

    def _signed_versions(self, briefing_ids: list[int]) -> dict[int, BriefingVersionRecord]:
        if not briefing_ids:
            return {}
        query = (
            select(BriefingVersion, Staff.name)
            .outerjoin(Staff, Staff.id == BriefingVersion.actor_id)
            .where(BriefingVersion.briefing_id.in_(briefing_ids), BriefingVersion.action == SIGNED_ACTION)
            .order_by(BriefingVersion.id)
        )
        # In id order, so a later signed row (there should be one only) wins.
        return {
            row.briefing_id: to_record(BriefingVersionRecord, row, actor_name=name or "")
            for row, name in self.session.execute(query)
        }


def submission_record(
    row: UpwardSubmission, matter_number: str | None, unit_name: str | None
) -> SubmissionRecord:
    return to_record(SubmissionRecord, row, matter_number=matter_number or "", unit_name=unit_name or "")


def _submissions(session: Session, *where: ColumnElement[bool]) -> list[SubmissionRecord]:
    """Submissions with the number of their matter and the name of their unit, in date order."""
    query = (
        select(UpwardSubmission, Matter.number, Unit.name)
        .outerjoin(Matter, Matter.id == UpwardSubmission.matter_id)
        .outerjoin(Unit, Unit.id == UpwardSubmission.unit_id)
        .where(*where)
        .order_by(UpwardSubmission.sent_on, UpwardSubmission.id)
    )
    return [submission_record(row, number, unit) for row, number, unit in session.execute(query)]


class SubmissionRepo:
    def __init__(self, session: Session) -> None:
        self.session = session

    def add(
        self,
        *,
        sent_on: date,
        title: str,
        recipient: str,
        matter_id: int | None,
        adopted: bool,
        instructed: bool,
        note: str,
        created_by: int | None,
        now: datetime,
        unit_id: int | None = None,
    ) -> SubmissionRecord:
        row = UpwardSubmission(
            sent_on=sent_on,
            title=title,
            recipient=recipient,
            matter_id=matter_id,
            unit_id=unit_id,
            adopted=adopted,
            instructed=instructed,
            note=note,
            created_by=created_by,
            created_at=now,
            version=1,
        )
        self.session.add(row)
        self.session.flush()
        return self.get(row.id)

    def get(self, submission_id: int) -> SubmissionRecord:
        found = _submissions(self.session, UpwardSubmission.id == submission_id)
        if not found:
            raise NotFoundError(f"找不到编号为 {submission_id} 的报送记录。")
        return found[0]

    def set_outcome(self, submission_id: int, *, adopted: bool, instructed: bool) -> SubmissionRecord:
        row = self.session.get(UpwardSubmission, submission_id)
        if row is None:
            raise NotFoundError(f"找不到编号为 {submission_id} 的报送记录。")
        row.adopted, row.instructed = adopted, instructed
        row.version += 1
        self.session.flush()
        return self.get(submission_id)

    def between(self, first: date, last: date) -> list[SubmissionRecord]:
        return _submissions(self.session, UpwardSubmission.sent_on.between(first, last))

    def counts(self, first: date, last: date) -> tuple[int, int, int]:
        """(sent, adopted, drew an instruction) in the period."""
        sent, adopted, instructed = self.session.execute(
            select(
                func.count(UpwardSubmission.id),
                func.coalesce(func.sum(UpwardSubmission.adopted.cast(Integer)), 0),
                func.coalesce(func.sum(UpwardSubmission.instructed.cast(Integer)), 0),
            ).where(UpwardSubmission.sent_on.between(first, last))
        ).one()
        return int(sent), int(adopted), int(instructed)
