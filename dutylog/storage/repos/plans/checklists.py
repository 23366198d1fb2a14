"""Plans started on matters (matter_plan) and their checklist steps."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from dutylog.domain.enums import MatterStatus
from dutylog.domain.errors import ConflictError, NotFoundError
from dutylog.domain.plans.records import ChecklistStep, MatterPlanRecord, StartHow, StepStatus
from dutylog.domain.plans.steps import Produces, StepSpec, parse_limit, parse_who
from dutylog.storage.models import Matter, MatterPlan, MatterPlanStep, Staff


class ChecklistRepo:
    def __init__(self, session: Session) -> None:
        self.session = session

    def _names(self, ids: set[int | None]) -> dict[int, str]:
        wanted = [i for i in ids if i is not None]
        if not wanted:
            return {}
        rows = self.session.execute(select(Staff.id, Staff.name).where(Staff.id.in_(wanted)))
        return {staff_id: name for staff_id, name in rows}

    def _records(self, rows: Sequence[MatterPlan]) -> list[MatterPlanRecord]:
        if not rows:
            return []
        ids = [row.id for row in rows]
        steps: dict[int, list[MatterPlanStep]] = {}
        query = (
            select(MatterPlanStep)
            .where(MatterPlanStep.matter_plan_id.in_(ids))
            .order_by(MatterPlanStep.position)
        )
        for step in self.session.scalars(query):
            steps.setdefault(step.matter_plan_id, []).append(step)
        people = {row.started_by for row in rows} | {row.stopped_by for row in rows}
        people |= {step.done_by for found in steps.values() for step in found}
        names = self._names(people)
        query_numbers = select(Matter.id, Matter.number).where(Matter.id.in_({row.matter_id for row in rows}))
        numbers = {matter_id: number for matter_id, number in self.session.execute(query_numbers)}
        return [
            MatterPlanRecord(
                id=row.id,
                matter_id=row.matter_id,
                matter_number=numbers.get(row.matter_id, ""),
                plan_id=row.plan_id,
                plan_name=row.plan_name,
                how=StartHow(row.how),
                counted_from=row.counted_from,
                started_at=row.started_at,
                started_by_name=names.get(row.started_by or 0, ""),
                steps=tuple(
                    ChecklistStep(
                        id=step.id,
                        position=step.position,
                        text=step.text,
                        who=parse_who(step.who),
                        limit=parse_limit(step.time_limit),
                        produces=Produces(step.produces),
                        due_at=step.due_at,
                        stored_status=StepStatus(step.status),
                        done_at=step.done_at,
                        done_by_name=names.get(step.done_by or 0, ""),
                        skip_reason=step.skip_reason,
                        version=step.version,
                    )
                    for step in steps.get(row.id, [])
                ),
                stopped_at=row.stopped_at,
                stopped_by_name=names.get(row.stopped_by or 0, ""),
                stop_reason=row.stop_reason,
                version=row.version,
            )
            for row in rows
        ]

    def for_matter(self, matter_id: int) -> list[MatterPlanRecord]:
        query = select(MatterPlan).where(MatterPlan.matter_id == matter_id).order_by(MatterPlan.id)
        return self._records(list(self.session.scalars(query)))

    def for_matters(self, matter_ids: Sequence[int]) -> dict[int, list[MatterPlanRecord]]:
        found: dict[int, list[MatterPlanRecord]] = {}
        if matter_ids:
            query = select(MatterPlan).where(MatterPlan.matter_id.in_(matter_ids)).order_by(MatterPlan.id)
            for record in self._records(list(self.session.scalars(query))):
                found.setdefault(record.matter_id, []).append(record)
        return found

    def get(self, matter_plan_id: int) -> MatterPlanRecord:
        row = self.session.get(MatterPlan, matter_plan_id)
        if row is None:
            raise NotFoundError(f"找不到编号为 {matter_plan_id} 的已启动预案。", code="not_found")
        return self._records([row])[0]

    def running(self) -> list[MatterPlanRecord]:
        """Every plan still running on a matter that is neither voided nor closed (办结 ends the alarms)."""
        query = (
            select(MatterPlan)
            .join(Matter, Matter.id == MatterPlan.matter_id)
            .where(
                MatterPlan.stopped_at.is_(None),
                Matter.voided_at.is_(None),
                Matter.status != MatterStatus.CLOSED.value,
            )
            .order_by(MatterPlan.started_at, MatterPlan.id)
        )
        return self._records(list(self.session.scalars(query)))

    def start(
        self,
        *,
        matter_id: int,
        plan_id: int,
        plan_name: str,
        how: StartHow,
        counted_from: datetime,
        started_at: datetime,
        started_by: int | None,
        steps: Sequence[tuple[StepSpec, datetime]],
    ) -> MatterPlanRecord:
        row = MatterPlan(
            matter_id=matter_id,
            plan_id=plan_id,
            plan_name=plan_name,
            how=how.value,
            counted_from=counted_from,
            started_at=started_at,
            started_by=started_by,
            stop_reason="",
            version=1,
        )
        self.session.add(row)
        self.session.flush()
        for position, (spec, due) in enumerate(steps, start=1):
            self.session.add(
                MatterPlanStep(
                    matter_plan_id=row.id,
                    position=position,
                    text=spec.text,
                    who=spec.who.text,
                    time_limit=spec.limit.text,
                    produces=spec.produces.value,
                    due_at=due,
                    status=StepStatus.OPEN.value,
                    skip_reason="",
                    version=1,
                )
            )
        self.session.flush()
        return self.get(row.id)

    def update_step(self, step_id: int, *, expected_version: int, values: dict[str, Any]) -> None:
        row = self.session.get(MatterPlanStep, step_id)
        if row is None:
            raise NotFoundError(f"找不到编号为 {step_id} 的预案步骤。", code="not_found")
        if row.version != expected_version:
            raise ConflictError("该步骤已被他人更新，请刷新后再试。")
        for key, value in values.items():
            setattr(row, key, value)
        row.version += 1
        self.session.flush()

    def stop(
        self, matter_plan_id: int, *, expected_version: int, at: datetime, by: int | None, reason: str
    ) -> MatterPlanRecord:
        row = self.session.get(MatterPlan, matter_plan_id)
        if row is None:
            raise NotFoundError(f"找不到编号为 {matter_plan_id} 的已启动预案。", code="not_found")
        if row.version != expected_version:
            raise ConflictError("该预案已被他人更新，请刷新后再试。")
        row.stopped_at, row.stopped_by, row.stop_reason = at, by, reason
        row.version += 1
        self.session.flush()
        return self.get(row.id)
