"""Assignments of matters to units, with their replies, extensions, urges; research meetings.

Each step also goes on the matter's timeline as a `MatterEvent` that keeps the matter's
status (from = to): the timeline is the one history a matter has.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date, datetime
from typing import Any

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from dutylog.domain.enums import MatterStatus
from dutylog.domain.errors import NotFoundError
from dutylog.domain.supervision.assignments import (
    AssignmentRecord,
    AssignmentStatus,
    ExtensionRecord,
    MeetingRecord,
    ReplyRecord,
    UrgeRecord,
)
from dutylog.domain.supervision.figures import FollowUpFact
from dutylog.storage.locking import update_versioned
from dutylog.storage.models import (
    EvidenceFile,
    Matter,
    MatterAssignment,
    MatterEvent,
    MatterExtension,
    MatterMeeting,
    MatterReply,
    MatterReplyFile,
    MatterUrge,
    Staff,
    Unit,
)
from dutylog.storage.records import to_record

# An assignment with its matter's number and title and its unit's name.
_Rows = Select[MatterAssignment, str, str, str]


class AssignmentRepo:
    def __init__(self, session: Session) -> None:
        self.session = session

    # --- reading -----------------------------------------------------------------
    def _names(self, ids: set[int | None]) -> dict[int, str]:
        wanted = [i for i in ids if i is not None]
        if not wanted:
            return {}
        rows = self.session.execute(select(Staff.id, Staff.name).where(Staff.id.in_(wanted)))
        return {staff_id: name for staff_id, name in rows}

    def _records(self, query: _Rows) -> list[AssignmentRecord]:
        rows = list(self.session.execute(query))
        ids = [row.id for row, _number, _title, _unit in rows]
        if not ids:
            return []
        replies = list(
            self.session.scalars(
                select(MatterReply)
                .where(MatterReply.assignment_id.in_(ids))
                .order_by(MatterReply.at, MatterReply.id)
            )
        )
        extensions = list(
            self.session.scalars(
                select(MatterExtension)
                .where(MatterExtension.assignment_id.in_(ids))
                .order_by(MatterExtension.requested_at, MatterExtension.id)
            )
        )
        urges = list(
            self.session.scalars(
                select(MatterUrge)
                .where(MatterUrge.assignment_id.in_(ids))
                .order_by(MatterUrge.at, MatterUrge.id)
            )
        )
        files: dict[int, list[str]] = {}
        if replies:
            for reply_id, name in self.session.execute(
                select(MatterReplyFile.reply_id, EvidenceFile.filename)
                .join(EvidenceFile, EvidenceFile.id == MatterReplyFile.evidence_id)
                .where(MatterReplyFile.reply_id.in_([r.id for r in replies]))
                .order_by(EvidenceFile.id)
            ):
                files.setdefault(reply_id, []).append(name)
        names = self._names({r.recorded_by for r in replies} | {u.recorded_by for u in urges})
        by_id: dict[int, dict[str, list[Any]]] = {
            i: {"replies": [], "extensions": [], "urges": []} for i in ids
        }
        for reply in replies:
            by_id[reply.assignment_id]["replies"].append(
                to_record(
                    ReplyRecord,
                    reply,
                    recorded_by_name=names.get(reply.recorded_by or 0, ""),
                    attachments=tuple(files.get(reply.id, ())),
                )
            )
        for extension in extensions:
            by_id[extension.assignment_id]["extensions"].append(to_record(ExtensionRecord, extension))
        for urge in urges:
            by_id[urge.assignment_id]["urges"].append(
                to_record(UrgeRecord, urge, recorded_by_name=names.get(urge.recorded_by or 0, ""))
            )
        return [
            to_record(
                AssignmentRecord,
                row,
                matter_number=number,
                matter_title=title,
                unit_name=unit,
                **{key: tuple(value) for key, value in by_id[row.id].items()},
            )
            for row, number, title, unit in rows
        ]

    @staticmethod
    def _query() -> _Rows:
        return (
            select(MatterAssignment, Matter.number, Matter.title, Unit.name)
            .join(Matter, Matter.id == MatterAssignment.matter_id)
            .join(Unit, Unit.id == MatterAssignment.unit_id)
        )

    def get(self, assignment_id: int) -> AssignmentRecord:
        found = self._records(self._query().where(MatterAssignment.id == assignment_id))
        if not found:
            raise NotFoundError(f"找不到编号为 {assignment_id} 的交办记录。", code="not_found")
        return found[0]

    def find(self, matter_id: int, unit_id: int) -> AssignmentRecord | None:
        found = self._records(
            self._query().where(MatterAssignment.matter_id == matter_id, MatterAssignment.unit_id == unit_id)
        )
        return found[0] if found else None

    def for_matter(self, matter_id: int) -> list[AssignmentRecord]:
        return self._records(
            self._query()
            .where(MatterAssignment.matter_id == matter_id)
            .order_by(MatterAssignment.lead.desc(), MatterAssignment.id)
        )

    def open_ones(self) -> list[AssignmentRecord]:
        """Every assignment not done, of matters that are not voided."""
        return self._records(
            self._query()
            .where(MatterAssignment.status != AssignmentStatus.DONE.value, Matter.voided_at.is_(None))
            .order_by(MatterAssignment.due_on, MatterAssignment.id)
        )

    def assigned_between(self, first: datetime, end: datetime) -> list[AssignmentRecord]:
        """Assignments made in [first, end) of matters that are not voided."""
        return self._records(
            self._query()
            .where(
                MatterAssignment.assigned_at >= first,
                MatterAssignment.assigned_at < end,
                Matter.voided_at.is_(None),
            )
            .order_by(MatterAssignment.assigned_at, MatterAssignment.id)
        )

    # --- writing -----------------------------------------------------------------
    def add(self, **values: Any) -> AssignmentRecord:
        row = MatterAssignment(**values, version=1)
        self.session.add(row)
        self.session.flush()
        return self.get(row.id)

    def update(
        self, assignment_id: int, *, expected_version: int, values: Mapping[str, Any]
    ) -> AssignmentRecord:
        update_versioned(
            self.session,
            MatterAssignment,
            assignment_id,
            expected_version=expected_version,
            values=values,
            label="交办",
        )
        return self.get(assignment_id)

    def add_reply(self, *, evidence_ids: Sequence[int] = (), **values: Any) -> int:
        row = MatterReply(**values, review="", review_reason="")
        self.session.add(row)
        self.session.flush()
        for evidence_id in evidence_ids:
            self.session.add(MatterReplyFile(reply_id=row.id, evidence_id=evidence_id))
        self.session.flush()
        return row.id

    def review_reply(self, reply_id: int, *, review: str, reason: str, at: datetime, by: int | None) -> None:
        row = self.session.get(MatterReply, reply_id)
        if row is None:
            raise NotFoundError(f"找不到编号为 {reply_id} 的回复。", code="not_found")
        row.review, row.review_reason, row.reviewed_at, row.reviewed_by = review, reason, at, by
        self.session.flush()

    def reply_owner(self, reply_id: int) -> tuple[int, str] | None:
        """(assignment id, review) of a reply, or None if there is no such reply."""
        found = self.session.execute(
            select(MatterReply.assignment_id, MatterReply.review).where(MatterReply.id == reply_id)
        ).first()
        return (found[0], found[1]) if found else None

    def add_extension(self, **values: Any) -> int:
        row = MatterExtension(**values)
        self.session.add(row)
        self.session.flush()
        return row.id

    def decide_extension(self, extension_id: int, *, decision: str, at: datetime) -> None:
        row = self.session.get(MatterExtension, extension_id)
        if row is None:
            raise NotFoundError(f"找不到编号为 {extension_id} 的延期申请。", code="not_found")
        row.decision, row.decided_at = decision, at
        self.session.flush()

    def add_urge(self, **values: Any) -> int:
        row = MatterUrge(**values)
        self.session.add(row)
        self.session.flush()
        return row.id

    def add_event(self, matter_id: int, *, at: datetime, actor_id: int | None, note: str) -> None:
        """A step on the matter's timeline that leaves its status as it is."""
        status = self.session.scalar(select(Matter.status).where(Matter.id == matter_id))
        if status is None:
            raise NotFoundError(f"找不到编号为 {matter_id} 的事项。")
        self.session.add(
            MatterEvent(
                matter_id=matter_id, at=at, actor_id=actor_id, from_status=status, to_status=status, note=note
            )
        )
        self.session.flush()

    def set_matter_unit(self, matter_id: int, unit_id: int) -> None:
        """Name the lead unit as the matter's handling unit if it has none yet."""
        row = self.session.get(Matter, matter_id)
        if row is not None and row.unit_id is None:
            row.unit_id = unit_id
            self.session.flush()

    def fill_outcome(self, matter_id: int, outcome: str) -> None:
        """Give a matter about to close the lead units' final replies as its outcome, if it has none."""
        row = self.session.get(Matter, matter_id)
        if row is not None and not row.outcome.strip():
            row.outcome = outcome
            self.session.flush()

    # --- research meetings -----------------------------------------------------------
    def add_meeting(self, **values: Any) -> MeetingRecord:
        row = MatterMeeting(**values)
        self.session.add(row)
        self.session.flush()
        return self._meetings(select(MatterMeeting).where(MatterMeeting.id == row.id))[0]

    def _meetings(self, query: Select[Any]) -> list[MeetingRecord]:
        rows = list(self.session.scalars(query))
        names = self._names({row.recorded_by for row in rows})
        return [
            to_record(MeetingRecord, row, recorded_by_name=names.get(row.recorded_by or 0, ""))
            for row in rows
        ]

    def meetings(self, matter_id: int) -> list[MeetingRecord]:
        return self._meetings(
            select(MatterMeeting).where(MatterMeeting.matter_id == matter_id).order_by(MatterMeeting.at)
        )

    def meetings_between(self, first: datetime, end: datetime) -> list[MeetingRecord]:
        return self._meetings(
            select(MatterMeeting)
            .where(MatterMeeting.at >= first, MatterMeeting.at < end)
            .order_by(MatterMeeting.at, MatterMeeting.id)
        )

    # --- follow-up dates ---------------------------------------------------------------
    def follow_ups_due(self, today: date) -> list[FollowUpFact]:
        rows = self.session.execute(
            select(Matter.id, Matter.number, Matter.title, Matter.follow_up_until, Matter.created_at).where(
                Matter.status == MatterStatus.FOLLOW_UP.value,
                Matter.follow_up_until <= today,
                Matter.voided_at.is_(None),
            )
        )
        return [
            FollowUpFact(i, number, title, until, created.date())
            for i, number, title, until, created in rows
            if until
        ]
