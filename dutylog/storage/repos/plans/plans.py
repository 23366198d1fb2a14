"""Plans (预案) and their steps."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from dutylog.domain.enums import Grade
from dutylog.domain.errors import ConflictError, NotFoundError
from dutylog.domain.plans.records import PlanRecord, PlanTrigger, step_from_row
from dutylog.domain.plans.steps import StepSpec
from dutylog.storage.models import Plan, PlanStep


def _lines(text: str) -> tuple[str, ...]:
    return tuple(line for line in text.splitlines() if line)


class PlanRepo:
    def __init__(self, session: Session) -> None:
        self.session = session

    def _record(self, row: Plan, steps: Sequence[PlanStep]) -> PlanRecord:
        return PlanRecord(
            id=row.id,
            name=row.name,
            trigger=PlanTrigger(
                min_grade=Grade(row.min_grade) if row.min_grade else None,
                tags=_lines(row.trigger_tags),
                keywords=_lines(row.trigger_keywords),
            ),
            steps=tuple(step_from_row(s.position, s.text, s.who, s.time_limit, s.produces) for s in steps),
            document_name=row.document_name,
            document_sha256=row.document_sha256,
            note=row.note,
            active=row.active,
            version=row.version,
        )

    def _steps(self, plan_ids: list[int]) -> dict[int, list[PlanStep]]:
        found: dict[int, list[PlanStep]] = {}
        if plan_ids:
            query = select(PlanStep).where(PlanStep.plan_id.in_(plan_ids)).order_by(PlanStep.position)
            for step in self.session.scalars(query):
                found.setdefault(step.plan_id, []).append(step)
        return found

    def all(self, *, active_only: bool = False) -> list[PlanRecord]:
        query = select(Plan).order_by(Plan.name)
        if active_only:
            query = query.where(Plan.active.is_(True))
        rows = list(self.session.scalars(query))
        steps = self._steps([row.id for row in rows])
        return [self._record(row, steps.get(row.id, [])) for row in rows]

    def get(self, plan_id: int) -> PlanRecord:
        row = self.session.get(Plan, plan_id)
        if row is None:
            raise NotFoundError(f"找不到编号为 {plan_id} 的预案。", code="unknown_plan")
        return self._record(row, self._steps([plan_id]).get(plan_id, []))

    def id_named(self, name: str) -> int | None:
        return self.session.scalar(select(Plan.id).where(Plan.name == name))

    def named(self, name: str) -> int:
        """The id of the plan called ``name`` (spaces around it ignored), or NotFoundError."""
        plan_id = self.id_named(name.strip())
        if plan_id is None:
            raise NotFoundError(f"找不到预案“{name.strip()[:50]}”。", code="unknown_plan", field="plan")
        return plan_id

    def document(self, plan_id: int) -> tuple[str, bytes | None]:
        row = self.session.get(Plan, plan_id)
        if row is None:
            raise NotFoundError(f"找不到编号为 {plan_id} 的预案。", code="unknown_plan")
        return row.document_name, row.document_data

    def save(
        self,
        plan_id: int | None,
        *,
        name: str,
        trigger: PlanTrigger,
        steps: Sequence[StepSpec],
        note: str,
        active: bool,
        now: datetime,
        created_by: int | None,
        expected_version: int | None = None,
    ) -> PlanRecord:
        """Add a plan (``plan_id`` None) or replace one's fields and steps."""
        values = {
            "name": name,
            "min_grade": trigger.min_grade.value if trigger.min_grade else "",
            "trigger_tags": "\n".join(trigger.tags),
            "trigger_keywords": "\n".join(trigger.keywords),
            "note": note,
            "active": active,
            "updated_at": now,
        }
        if plan_id is None:
            row = Plan(created_at=now, created_by=created_by, version=1, document_name="", document_sha256="")
            for key, value in values.items():
                setattr(row, key, value)
            self.session.add(row)
            self.session.flush()
        else:
            found = self.session.get(Plan, plan_id)
            if found is None:
                raise NotFoundError(f"找不到编号为 {plan_id} 的预案。", code="unknown_plan")
            row = found
            if expected_version is not None and row.version != expected_version:
                raise ConflictError(f"预案“{row.name}”已被他人修改，请刷新后再试。")
            for key, value in values.items():
                setattr(row, key, value)
            row.version += 1
            self.session.execute(delete(PlanStep).where(PlanStep.plan_id == row.id))
        for position, step in enumerate(steps, start=1):
            self.session.add(
                PlanStep(
                    plan_id=row.id,
                    position=position,
                    text=step.text,
                    who=step.who.text,
                    time_limit=step.limit.text,
                    produces=step.produces.value,
                )
            )
        self.session.flush()
        return self.get(row.id)

    def set_document(self, plan_id: int, *, name: str, sha256: str, data: bytes, now: datetime) -> PlanRecord:
        row = self.session.get(Plan, plan_id)
        if row is None:
            raise NotFoundError(f"找不到编号为 {plan_id} 的预案。", code="unknown_plan")
        row.document_name, row.document_sha256, row.document_data = name, sha256, data
        row.updated_at = now
        row.version += 1
        self.session.flush()
        return self.get(plan_id)
