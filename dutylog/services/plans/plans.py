"""Plans (预案): an administrator keeps the office's plans, their triggers, steps and document."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from dutylog.domain.accounts.audit import AuditAction
from dutylog.domain.accounts.permissions import Permission
from dutylog.domain.enums import Grade
from dutylog.domain.errors import ValidationError
from dutylog.domain.plans.records import PLAN_NAME_MAX, PlanRecord, PlanTrigger
from dutylog.domain.plans.steps import StepSpec, WhoKind, parse_step
from dutylog.domain.validation import clean_name, clean_text
from dutylog.services.context import OfficeContext
from dutylog.services.supervision.units import unit_by_name
from dutylog.services.writes import writes
from dutylog.storage.inputs import MIB, read_input
from dutylog.storage.repos.plans import plans_repo

if TYPE_CHECKING:
    from dutylog.services.plans.plans_io import PlanFiles

MAX_STEPS = 50
# name, steps, trigger grade, tags, keywords, note, the id of the plan it replaces.
PlanDraft = tuple[str, Sequence[StepSpec], Grade | None, Sequence[str], Sequence[str], str, int | None]
DOCUMENT_LIMIT = 20 * MIB
DOCUMENT_SUFFIXES = (".pdf", ".docx", ".doc", ".wps")


def _words(values: Iterable[str], label: str) -> tuple[str, ...]:
    cleaned = (clean_name(v, field="trigger", label=label, max_length=100, required=False) for v in values)
    return tuple(dict.fromkeys(v for v in cleaned if v))


class PlanService:
    def __init__(self, office: OfficeContext) -> None:
        self.office = office

    @cached_property
    def files(self) -> PlanFiles:
        """Import and export of plans as .xlsx."""
        from dutylog.services.plans.plans_io import PlanFiles

        return PlanFiles(self.office, self)

    # --- read ----------------------------------------------------------------------
    def plans(self, *, active_only: bool = False) -> list[PlanRecord]:
        with self.office.db.transaction(read_only=True) as store:
            return plans_repo(store).all(active_only=active_only)

    def named(self, name: str) -> PlanRecord:
        with self.office.db.transaction(read_only=True) as store:
            repo = plans_repo(store)
            return repo.get(repo.named(name))

    def document(self, plan_id: int) -> tuple[str, bytes | None]:
        with self.office.db.transaction(read_only=True) as store:
            return plans_repo(store).document(plan_id)

    # --- write ---------------------------------------------------------------------
    def _check(self, steps: Sequence[StepSpec | str]) -> list[StepSpec]:
        specs = [parse_step(step) if isinstance(step, str) else step for step in steps]
        if not specs:
            raise ValidationError("预案至少要有一个步骤。", code="required", field="step")
        if len(specs) > MAX_STEPS:
            raise ValidationError(f"一个预案最多 {MAX_STEPS} 个步骤。", code="too_many", field="step")
        return specs

    @writes
    def save(
        self,
        name: str,
        steps: Sequence[StepSpec | str],
        *,
        min_grade: Grade | None = None,
        tags: Iterable[str] = (),
        keywords: Iterable[str] = (),
        note: str = "",
        active: bool = True,
        plan_id: int | None = None,
        expected_version: int | None = None,
    ) -> PlanRecord:
        """Add a plan, or with ``plan_id`` replace its fields and steps (running checklists keep theirs)."""
        clean = clean_name(name, field="name", label="预案名称", max_length=PLAN_NAME_MAX)
        specs = self._check(steps)
        trigger = PlanTrigger(min_grade, _words(tags, "触发标签"), _words(keywords, "触发关键词"))
        clean_note = clean_text(note, field="note", label="说明", max_length=2000, required=False)
        self.office.require(Permission.SETTINGS_MANAGE)
        with self.office.db.transaction() as store:
            for spec in specs:
                if spec.who.kind is WhoKind.UNIT:
                    unit_by_name(store, spec.who.unit)
            repo = plans_repo(store)
            same = repo.id_named(clean)
            if same is not None and same != plan_id:
                raise ValidationError(f"已有名为“{clean}”的预案。", code="duplicate", field="name")
            before = repo.get(plan_id) if plan_id is not None else None
            record = repo.save(
                plan_id,
                name=clean,
                trigger=trigger,
                steps=specs,
                note=clean_note,
                active=active,
                now=self.office.clock(),
                created_by=self.office.actor.staff_id,
                expected_version=expected_version,
            )
            action = AuditAction.CREATE if before is None else AuditAction.UPDATE
            self.office.audit.record(store, action, "plan", record.id, before=before, after=record)
            return record

    # A new plan: `save` without a plan_id (a name already taken is refused).
    add = save

    @writes
    def save_all(self, drafts: Sequence[PlanDraft]) -> list[PlanRecord]:
        """Save several plans (an import): every one or, on the first error, none."""
        return [
            self.save(name, steps, min_grade=grade, tags=tags, keywords=keywords, note=note, plan_id=plan_id)
            for name, steps, grade, tags, keywords, note, plan_id in drafts
        ]

    @writes
    def attach_document(self, plan_id: int, path: Path) -> PlanRecord:
        """Keep the plan's own document (PDF/DOCX) with it, hashed like evidence."""
        if path.suffix.lower() not in DOCUMENT_SUFFIXES:
            raise ValidationError("预案文件应为 PDF 或 Word 文档。", code="bad_file", field="document")
        data = read_input(path, DOCUMENT_LIMIT, label="预案文件")
        self.office.require(Permission.SETTINGS_MANAGE)
        with self.office.db.transaction() as store:
            repo = plans_repo(store)
            before = repo.get(plan_id)
            after = repo.set_document(
                plan_id,
                name=path.name,
                sha256=hashlib.sha256(data).hexdigest(),
                data=data,
                now=self.office.clock(),
            )
            self.office.audit.record(store, AuditAction.UPDATE, "plan", plan_id, before=before, after=after)
            return after
