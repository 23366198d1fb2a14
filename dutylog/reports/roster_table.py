"""The printed roster: HTML month tables for Qt printing, and an .xlsx workbook.

HTML is kept simple (tables, inline styles) because QTextDocument understands a
subset of HTML 4 only.
"""

from __future__ import annotations

import html
from collections.abc import Collection, Sequence
from datetime import date
from pathlib import Path
from typing import Any

from dutylog.domain.enums import Shift
from dutylog.domain.roster.calendar import DayKind
from dutylog.domain.roster.checks import ProblemKind
from dutylog.domain.roster.duty import DutyAssignment
from dutylog.domain.roster.records import RosterDay
from dutylog.reports.spreadsheet_cells import xlsx_text
from dutylog.reports.xlsx_print import border_cells, set_print_setup

WEEKDAYS = "一二三四五六日"
HOLIDAY_SHADE = "#fde2e2"
REST_SHADE = "#eef3fb"
MAKEUP_SHADE = "#fff4d6"
SPECIAL_SHADE = "#fff0c0"

# The font the printed roster asks for (a CJK font that embeds in PDFs, see platform notes).
PRINT_FONT = "WenQuanYi Micro Hei"


def roster_title(unit_name: str, year: int, month: int) -> str:
    return f"{unit_name}{year}年{month}月值班表"


def months(days: Sequence[RosterDay]) -> list[list[RosterDay]]:
    """Split a run of days into calendar months."""
    groups: list[list[RosterDay]] = []
    for day in days:
        if not groups or (groups[-1][0].day.year, groups[-1][0].day.month) != (day.day.year, day.day.month):
            groups.append([])
        groups[-1].append(day)
    return groups


def people_text(
    duties: Sequence[DutyAssignment],
    *,
    phones: bool = False,
    language: str = "zh",
    marked: Collection[int] = (),
    mark: str = "",
) -> str:
    """张伟（白班）、李娜 in Chinese; Zhang Wei (Day), Li Na in English. A duty whose slot id
    is in ``marked`` gets ``mark`` after the name (the calendar's swap mark)."""
    english = language.startswith("en")
    parts = []
    for duty in duties:
        label = duty.staff_name + (mark if duty.id in marked else "")
        if duty.shift is not Shift.FULL:
            shift = duty.shift.label(language)
            label += f" ({shift})" if english else f"（{shift}）"
        if phones and duty.phone:
            label += f" {duty.phone}"
        parts.append(label)
    return (", " if english else "、").join(parts)


def day_note(day: RosterDay) -> str:
    notes = []
    if day.kind is DayKind.HOLIDAY:
        notes.append(f"{day.holiday_name}（节假日值班）" if day.holiday_name else "节假日值班")
    elif day.kind is DayKind.MAKEUP:
        notes.append(f"{day.holiday_name}调休上班" if day.holiday_name else "调休上班")
    notes.extend(day.special_names)
    if any(problem.kind is ProblemKind.GAP for problem in day.problems):
        notes.append("缺岗")
    return "；".join(notes)


def _shade(day: RosterDay) -> str:
    if day.kind is DayKind.HOLIDAY:
        return HOLIDAY_SHADE
    if day.special_names:
        return SPECIAL_SHADE
    if day.kind is DayKind.MAKEUP:
        return MAKEUP_SHADE
    return REST_SHADE if day.kind is DayKind.WEEKEND else "#ffffff"


def has_standby(days: Sequence[RosterDay]) -> bool:
    """Whether the range names standby people: only then does the table get a 备班 column."""
    return any(day.standby for day in days)


def people_cells(day: RosterDay, *, standby: bool) -> list[str]:
    """A day's people as the printed table and the workbook show them: leaders and their
    phones, officers and theirs, then the standby with phones when the table has them."""
    cells = [
        people_text(day.leaders),
        "、".join(d.phone for d in day.leaders if d.phone),
        people_text(day.officers),
        "、".join(d.phone for d in day.officers if d.phone),
    ]
    return [*cells, people_text(day.standby, phones=True)] if standby else cells


def shift_legend(days: Sequence[RosterDay]) -> str:
    """How the table's duties are split into shifts, in the words of the pattern used."""
    shifts = {duty.shift for day in days for duty in day.officers}
    if shifts <= {Shift.FULL}:
        return "每日交班时起值班 24 小时"
    words = "值班员按班次值守，括号内为班次"
    if Shift.LATE in shifts:
        words += "；早班、中班、大夜班各约 8 小时，零点后的大夜班属前一值班日"
    elif Shift.NIGHT in shifts:
        words += "；夜班至次日交班时止，属开始的值班日"
    return words


def month_html(unit_name: str, days: Sequence[RosterDay], *, printed_on: date, font: str) -> str:
    """One month as a printable table (title, one row per day, footer)."""
    first = days[0].day
    esc = html.escape
    standby = has_standby(days)
    rows = []
    for day in days:
        cells = [
            f"{day.day.month}月{day.day.day}日",
            f"星期{WEEKDAYS[day.day.weekday()]}",
            *people_cells(day, standby=standby),
            day_note(day),
        ]
        tds = "".join(f"<td>{esc(text)}</td>" for text in cells)
        rows.append(f'<tr style="background-color:{_shade(day)}">{tds}</tr>')
    labels = (
        "日期",
        "星期",
        "带班领导",
        "联系电话",
        "值班员",
        "联系电话",
        *(("备班",) if standby else ()),
        "备注",
    )
    header = "".join(f'<th style="background-color:#dfe6ee">{label}</th>' for label in labels)
    title = esc(roster_title(unit_name, first.year, first.month))
    legend = f"说明：{shift_legend(days)}；红色底纹为法定节假日值班，蓝色为休息日，黄色为调休上班或特殊时期。"
    table_style = "border-collapse:collapse; border-color:#555"
    return (
        f"<html><body style=\"font-family:'{font}'; font-size:9pt\">"
        f'<h2 align="center" style="font-size:17pt; margin-bottom:4pt">{title}</h2>'
        f'<table width="100%" border="1" cellspacing="0" cellpadding="2" style="{table_style}">'
        f"<thead><tr>{header}</tr></thead>{''.join(rows)}</table>"
        f'<p style="font-size:8pt">{legend}'
        f"制表日期：{printed_on.year}年{printed_on.month}月{printed_on.day}日</p>"
        "</body></html>"
    )


def write_xlsx(
    path: Path,
    unit_name: str,
    days: Sequence[RosterDay],
    stats_rows: Sequence[Sequence[object]],
    *,
    printed_on: date | None = None,
) -> None:
    """Write one sheet per month plus a statistics sheet.

    Every text cell is a string cell (`xlsx_text`): a name, note or holiday typed as
    "=..." stays text in the office's spreadsheet.
    """
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill

    book = Workbook()
    book.remove(book.worksheets[0])
    standby = has_standby(days)
    width = 9 if standby else 8
    for group in months(days):
        first = group[0].day
        sheet = book.create_sheet(f"{first.year}年{first.month}月")
        sheet.append([roster_title(unit_name, first.year, first.month)])
        sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=width)
        sheet["A1"].font = Font(size=16, bold=True)
        sheet["A1"].alignment = Alignment(horizontal="center")
        sheet.append(
            [
                "日期",
                "星期",
                "带班领导",
                "联系电话",
                "值班员",
                "联系电话",
                *(["备班"] if standby else []),
                "类型",
                "备注",
            ]
        )
        for cell in sheet[2]:
            cell.font = Font(bold=True)
        for day in group:
            sheet.append(
                [
                    day.day,
                    f"星期{WEEKDAYS[day.day.weekday()]}",
                    *people_cells(day, standby=standby),
                    day.kind.zh,
                    day_note(day),
                ]
            )
            row = sheet.max_row
            sheet.cell(row, 1).number_format = "yyyy-mm-dd"
            shade = _shade(day).lstrip("#").upper()
            if shade != "FFFFFF":
                for col in range(1, width + 1):
                    sheet.cell(row, col).fill = PatternFill("solid", start_color=shade)
        widths = (12, 8, 14, 16, 22, 28, *((22,) if standby else ()), 12, 30)
        for letter, column_width in zip("ABCDEFGHI", widths, strict=False):
            sheet.column_dimensions[letter].width = column_width
        border_cells(sheet, 2, sheet.max_row, width)
        set_print_setup(
            sheet,
            title=roster_title(unit_name, first.year, first.month),
            printed_on=printed_on or date.today(),
            column_widths=widths,
            header_rows="2:2",
        )
    stats = book.create_sheet("值班统计")
    headings = ["姓名", "值班次数", "带班次数", "值班员次数", "工作日", "休息日", "节假日", "时长（小时）"]
    stats.append(headings)
    for cell in stats[1]:
        cell.font = Font(bold=True)
    for row_values in stats_rows:
        stats.append(list(row_values))
    stats_widths = (14, 10, 10, 12, 10, 10, 10, 14)
    for letter, column_width in zip("ABCDEFGH", stats_widths, strict=True):
        stats.column_dimensions[letter].width = column_width
    border_cells(stats, 1, stats.max_row, len(headings))
    set_print_setup(
        stats, title=f"{unit_name}值班统计", printed_on=printed_on or date.today(), column_widths=stats_widths
    )
    for sheet in book.worksheets:
        _keep_text(sheet)
    book.save(path)


def _keep_text(sheet: Any) -> None:
    """Make every str cell a string cell again: openpyxl made "=..." a formula when appended."""
    for row in sheet.iter_rows():
        for cell in row:
            if isinstance(cell.value, str):
                xlsx_text(cell, cell.value)
