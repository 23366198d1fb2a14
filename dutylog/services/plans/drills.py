"""Drills of a plan (演练) and training sessions (培训), listed per plan and per person and
counted in the year's statistics ("组织演练2次、培训3次、参训45人次")."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime, time

from dutylog.domain.accounts.audit import AuditAction
from dutylog.domain.accounts.permissions import Permission
from dutylog.domain.errors import NotFoundError, ValidationError
from dutylog.domain.plans.records import DrillFigures, DrillKind, DrillRecord
from dutylog.domain.validation import check_date_range, check_not_future, clean_text
from dutylog.services.context import OfficeContext
from dutylog.services.writes import writes
from dutylog.storage.repos.plans import plans_repo, watch_repo

MAX_PEOPLE = 500


class DrillService:
    def __init__(self, office: OfficeContext) -> None:
        self.office = office

    def drills(
        self, *, plan: str = "", person: str = "", first: date | None = None, last: date | None = None
    ) -> list[DrillRecord]:
        with self.office.db.transaction(read_only=True) as store:
            plan_id = plans_repo(store).id_named(plan.strip()) if plan.strip() else None
            if plan.strip() and plan_id is None:
                return []
            staff_id = None
            if person.strip():
                found = store.staff.by_name(person.strip())
                if not found:
                    return []
                staff_id = found[0].id
            return watch_repo(store).drills(plan_id=plan_id, staff_id=staff_id, first=first, last=last)

    def figures(self, first: date, last: date) -> DrillFigures:
        with self.office.db.transaction(read_only=True) as store:
            return watch_repo(store).figures(first, last)

    @writes
    def add(
        self,
        *,
        held_on: date,
        people: Iterable[str],
        scenario: str,
        plan: str = "",
        kind: DrillKind = DrillKind.DRILL,
        findings: str = "",
        improvements: str = "",
    ) -> DrillRecord:
        """Record a drill (of ``plan``) or a training session with who took part."""
        check_date_range(held_on, field="date", label="日期")
        check_not_future(
            datetime.combine(held_on, time()), now=self.office.clock(), field="date", label="日期"
        )
        clean_scenario = clean_text(scenario, field="scenario", label="演练情景/培训内容", max_length=5000)
        clean_findings = clean_text(
            findings, field="findings", label="发现的问题", max_length=5000, required=False
        )
        clean_improvements = clean_text(
            improvements, field="improvements", label="改进措施", max_length=5000, required=False
        )
        names = list(dict.fromkeys(name.strip() for name in people if name.strip()))
        if not names:
            raise ValidationError("请给出参加人员。", code="required", field="people")
        if len(names) > MAX_PEOPLE:
            raise ValidationError(f"参加人员最多 {MAX_PEOPLE} 人。", code="too_many", field="people")
        if kind is DrillKind.DRILL and not plan.strip():
            raise ValidationError("演练须指明所演练的预案。", code="required", field="plan")
        self.office.require(Permission.SETTINGS_MANAGE)
        with self.office.db.transaction() as store:
            plan_id = plans_repo(store).named(plan) if plan.strip() else None
            staff_ids = []
            for name in names:
                found = store.staff.by_name(name)
                if not found:
                    raise NotFoundError(f"找不到人员“{name[:50]}”。", code="unknown_person", field="people")
                staff_ids.append(found[0].id)
            record = watch_repo(store).add_drill(
                kind=kind,
                plan_id=plan_id,
                held_on=held_on,
                scenario=clean_scenario,
                findings=clean_findings,
                improvements=clean_improvements,
                people=staff_ids,
                now=self.office.clock(),
                by=self.office.actor.staff_id,
            )
            self.office.audit.record(store, AuditAction.CREATE, "drill", record.id, after=record)
            return record
