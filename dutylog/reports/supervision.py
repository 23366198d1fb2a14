"""Supervision documents: the supervision card (督查卡) and the unit figures workbook.

The card is an official document (GB/T 9704 layout, printed by render/pdf.py like the
briefing): the unit and its liaison, when it was assigned, the deadline, the leader's
instruction and what is being supervised.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import IO

from dutylog.domain.roster.calendar import HolidayCalendar
from dutylog.domain.supervision.assessment import AssessmentRow
from dutylog.domain.supervision.assignments import AssignmentRecord
from dutylog.domain.supervision.figures import WAITING_ON_UNIT, UnitFigures
from dutylog.domain.supervision.units import UnitInfo
from dutylog.domain.supervision.workdays import workdays_late
from dutylog.reports.official import OfficialDocument
from dutylog.reports.spreadsheet_cells import xlsx_value
from dutylog.reports.text import long_date, para, stamp, table


def _row(label: str, value: str) -> str:
    # Labels are bold cells, not <th>: a first row of <th> would repeat as a table header.
    return f"<tr><td><b>{html.escape(label)}</b></td><td>{html.escape(value or '—')}</td></tr>"


def card_document(
    assignment: AssignmentRecord,
    unit: UnitInfo,
    *,
    office_name: str,
    calendar: HolidayCalendar,
    printed_on: date,
) -> OfficialDocument:
    """The supervision card of one assignment, as of ``printed_on``."""
    late = workdays_late(calendar, assignment.due_on, printed_on)
    standing = ""
    if assignment.status in WAITING_ON_UNIT and printed_on > assignment.due_on:
        standing = f"已超过办理时限 {late} 个工作日，至今未回复办理结果。"
    elif assignment.status in WAITING_ON_UNIT:
        standing = f"距办理时限还有 {-late} 个工作日。"
    contact = unit.liaison
    person = "—"
    if contact is not None:
        person = "　".join(part for part in (contact.name, contact.post, contact.phones) if part)
    limit = f"（{assignment.workdays} 个工作日）" if assignment.workdays is not None else ""
    content = (
        f"请{unit.name}按照领导批示要求，抓紧办理“{assignment.matter_title}”"
        f"（{assignment.matter_number}），于{long_date(assignment.due_on)}前将办理结果书面回复{office_name}；"
        "确需延期的，须在期限届满前说明理由、申请延期。"
    )
    table = "".join(
        (
            _row("主办单位" if assignment.lead else "协办单位", unit.name),
            _row("联系人", person),
            _row("交办事项", f"{assignment.matter_number} {assignment.matter_title}"),
            _row("交办时间", stamp(assignment.assigned_at)),
            _row("完成时限", f"{assignment.due_on:%Y-%m-%d}{limit}"),
            _row("领导批示", assignment.instruction),
            _row("办理情况", f"{assignment.status.zh}。{standing}"),
            _row("督办内容", content),
        )
    )
    urged = len(assignment.urges)
    body = (
        f"<p>{html.escape(unit.name)}：</p>"
        f"<p>现将以下交办事项的督办要求告知如下，请认真落实。</p>"
        f"<table>{table}</table>"
        f'<p align="right">{html.escape(office_name)}</p>'
        f'<p align="right">{html.escape(long_date(printed_on))}</p>'
    )
    footnote = f"此前已催办 {urged} 次。" if urged else ""
    return OfficialDocument("督　查　卡", body, footnote=footnote)


FIGURE_HEADERS = (
    "单位",
    "交办数",
    "按时回复",
    "超时回复",
    "超期未回复",
    "办结数",
    "回复率",
    "办结率",
    "平均回复工作日",
)
ASSESSMENT_HEADERS = ("单位", "任务数", "报送数", "采用数", "批示数", "得分", "完成任务")


def percent_text(value: float | None) -> str:
    return "—" if value is None else f"{value * 100:.1f}%"


def figures_table(figures: Sequence[UnitFigures]) -> str:
    """The unit ranking as a report table (the period reports), best first; "无。" when empty."""
    if not figures:
        return para("无。")
    rows = [
        [
            str(rank),
            figure.unit,
            str(figure.assigned),
            str(figure.on_time),
            str(figure.late),
            str(figure.overdue),
            percent_text(figure.reply_rate),
            percent_text(figure.completion_rate),
            "—" if figure.average_reply_workdays is None else f"{figure.average_reply_workdays:.1f}",
        ]
        for rank, figure in enumerate(figures, 1)
    ]
    return table(["名次", *FIGURE_HEADERS], rows)


def assessment_table(rows: Sequence[AssessmentRow]) -> str:
    """The information-submission assessment as a report table; "无。" when empty."""
    if not rows:
        return para("无。")
    cells = [
        [
            row.unit,
            "—" if row.quota is None else str(row.quota),
            str(row.submitted),
            str(row.adopted),
            str(row.instructed),
            f"{row.score:g}",
            "—"
            if row.quota_met is None
            else ("是" if row.quota_met else "否") + f"（{percent_text(row.completion)}）",
        ]
        for row in rows
    ]
    return table(list(ASSESSMENT_HEADERS), cells)


def write_figures_xlsx(
    figures: Sequence[UnitFigures],
    path: Path | IO[bytes],
    *,
    title: str,
    assessment: Sequence[AssessmentRow] = (),
) -> int:
    """The unit ranking (and the assessment, if given) as a workbook; returns the unit rows written."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("交办件办理情况")
    bold = Font(bold=True)

    def heading(target: object, names: Sequence[str]) -> list[object]:
        cells = []
        for name in names:
            cell = WriteOnlyCell(target, value=name)
            cell.font = bold
            cells.append(cell)
        return cells

    sheet.append([xlsx_value(sheet, title)])
    sheet.append(heading(sheet, FIGURE_HEADERS))
    for figure in figures:
        sheet.append(
            [
                xlsx_value(sheet, figure.unit),
                figure.assigned,
                figure.on_time,
                figure.late,
                figure.overdue,
                figure.done,
                figure.reply_rate,
                figure.completion_rate,
                figure.average_reply_workdays,
            ]
        )
    if assessment:
        scores = workbook.create_sheet("信息报送考核")
        scores.append([xlsx_value(scores, title)])
        scores.append(heading(scores, ASSESSMENT_HEADERS))
        for row in assessment:
            met = "" if row.quota_met is None else ("是" if row.quota_met else "否")
            scores.append(
                [
                    xlsx_value(scores, row.unit),
                    row.quota,
                    row.submitted,
                    row.adopted,
                    row.instructed,
                    row.score,
                    met,
                ]
            )
    workbook.save(path)
    return len(figures)
