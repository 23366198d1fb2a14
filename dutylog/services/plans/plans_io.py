"""Plans to and from .xlsx, so an office can type its existing plan into a sheet.

One row per step under the header below; a plan's name (and its trigger, on its first
row) may be a merged cell over its steps, as offices lay such sheets out. Reading goes
through the ledger reader (size and zip-bomb checks, merged cells filled); an import
saves every plan or none.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from dutylog.domain.errors import ValidationError
from dutylog.domain.plans.records import PlanRecord
from dutylog.domain.plans.steps import StepSpec, make_step, parse_grade
from dutylog.services.context import OfficeContext
from dutylog.services.matters.ledger_reader import LedgerFile
from dutylog.storage.output import Written

if TYPE_CHECKING:
    from dutylog.services.plans.plans import PlanService

HEADER = ("预案名称", "触发等级", "触发标签", "触发关键词", "步骤", "责任人", "时限", "产出文书", "说明")
_SPLIT = str.maketrans({"、": "\n", "，": "\n", ",": "\n", "；": "\n", ";": "\n"})


@dataclass
class _Draft:
    name: str
    grade: str = ""
    tags: list[str] = field(default_factory=list)
    keywords: list[str] = field(default_factory=list)
    note: str = ""
    steps: list[StepSpec] = field(default_factory=list)


def _cell(row: tuple[object, ...], index: int) -> str:
    value = row[index] if index < len(row) else None
    return "" if value is None else str(value).strip()


def read_plans(path: Path) -> list[_Draft]:
    with LedgerFile(path) as sheet:
        rows = list(sheet.rows())
    if not rows or tuple(_cell(rows[0], i) for i in range(4)) != HEADER[:4]:
        raise ValidationError(
            "预案表的第一行应为表头：" + "、".join(HEADER) + "。可先用 plans export 导出一份作样板。",
            code="bad_header",
            field="file",
        )
    drafts: dict[str, _Draft] = {}
    for number, row in enumerate(rows[1:], start=2):
        name = _cell(row, 0)
        if not any(_cell(row, i) for i in range(len(HEADER))):
            continue
        if not name:
            raise ValidationError(f"第 {number} 行没有预案名称。", code="required", field="file")
        draft = drafts.setdefault(name, _Draft(name))
        draft.grade = draft.grade or _cell(row, 1)
        for target, index in ((draft.tags, 2), (draft.keywords, 3)):
            for word in _cell(row, index).translate(_SPLIT).splitlines():
                if word.strip() and word.strip() not in target:
                    target.append(word.strip())
        draft.note = draft.note or _cell(row, 8)
        try:
            draft.steps.append(make_step(_cell(row, 4), _cell(row, 5), _cell(row, 6), _cell(row, 7)))
        except ValidationError as exc:
            raise ValidationError(f"第 {number} 行：{exc.message}", code=exc.code, field="file") from None
    if not drafts:
        raise ValidationError("预案表中没有步骤。", code="empty", field="file")
    return list(drafts.values())


def plans_workbook(plans: list[PlanRecord]) -> bytes:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "预案"
    sheet.append(HEADER)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for plan in plans:
        trigger = plan.trigger
        for step in plan.steps:
            first = step.position == 1
            sheet.append(
                (
                    plan.name,
                    trigger.min_grade.zh if first and trigger.min_grade else "",
                    "、".join(trigger.tags) if first else "",
                    "、".join(trigger.keywords) if first else "",
                    step.text,
                    step.who.text,
                    step.limit.text,
                    step.produces.zh if step.produces.value else "",
                    plan.note if first else "",
                )
            )
    for letter, width in zip("ABCDEFGHI", (30, 10, 16, 20, 40, 16, 8, 12, 30), strict=True):
        sheet.column_dimensions[letter].width = width
    for row in sheet.iter_rows(min_row=2):
        for cell in row:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


class PlanFiles:
    def __init__(self, office: OfficeContext, plans: PlanService) -> None:
        self.office = office
        self.plans = plans

    def export(self, path: Path) -> Written:
        if path.suffix.lower() != ".xlsx":
            raise ValidationError("预案导出文件应以 .xlsx 结尾。", code="bad_suffix", field="file")
        self.office.outputs.check(path)
        records = self.plans.plans()
        return self.office.outputs.write(path, plans_workbook(records), count=len(records))

    def import_(self, path: Path) -> list[PlanRecord]:
        """Add or replace the sheet's plans, all in one transaction (a bad row saves nothing)."""
        drafts = read_plans(path)
        existing = {plan.name: plan for plan in self.plans.plans()}
        return self.plans.save_all(
            [
                (
                    draft.name,
                    draft.steps,
                    parse_grade(draft.grade),
                    draft.tags,
                    draft.keywords,
                    draft.note,
                    existing[draft.name].id if draft.name in existing else None,
                )
                for draft in drafts
            ]
        )
