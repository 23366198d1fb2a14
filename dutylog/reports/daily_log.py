"""The daily log (值班日志) as an official document: one day, or a month of days.

What an archivist files for a duty day: who was on duty (带班领导, 值班员), every entry
in time order with its kind and writer (补录 marked), the scheduled patrols and whether
each was done, and the handover with who wrote and who confirmed it.
"""

from __future__ import annotations

import html

from dutylog.domain.enums import EntryKind
from dutylog.domain.log.day_log import DayLog
from dutylog.domain.log.kinds import describe_details
from dutylog.reports.official import OfficialDocument
from dutylog.reports.text import chinese_number, long_date_weekday, para, table


def day_title(day: DayLog) -> str:
    shift = f"（{day.shift.zh}）" if day.shift is not None else ""
    return f"{day.unit_name}值班日志{shift}"


def _entry_rows(day: DayLog) -> list[list[str]]:
    rows = []
    for entry in day.entries:
        text = entry.text
        extra = describe_details(entry.kind, entry.details)
        if extra:
            text = f"{text}（{extra}）"
        if entry.matter_number:
            text = f"［{entry.matter_number}］{text}"
        kind = entry.kind.zh + ("（补录）" if entry.late else "")
        rows.append([f"{entry.occurred_at:%H:%M}", kind, text, entry.author_name or "—"])
    return rows


def _patrol_rows(day: DayLog) -> list[list[str]]:
    rows = []
    for slot in day.patrols:
        done = f"{slot.entry.occurred_at:%H:%M} {slot.entry.author_name}" if slot.entry else "—"
        rows.append([f"{slot.at:%H:%M}", slot.status.zh, done, "、".join(slot.officers) or "—"])
    return rows


def _heading(number: int, title: str) -> str:
    return f"<h2>{chinese_number(number)}、{html.escape(title)}</h2>"


def day_html(day: DayLog) -> str:
    """The body of one day's log (a month's volume is these days, each from a new page)."""
    parts = [
        para(f"值班日期：{long_date_weekday(day.duty_date)}"),
        para(f"带班领导：{'、'.join(day.leaders) or '—'}　值班员：{'、'.join(day.officers) or '—'}"),
    ]
    number = 1
    parts.append(_heading(number, "值班记录"))
    rows = _entry_rows(day)
    parts.append(table(["时间", "类别", "内容", "记录人"], rows) if rows else para("无记录。"))
    if day.patrols:
        number += 1
        parts.append(_heading(number, "巡查安排及完成情况"))
        parts.append(table(["计划时间", "状态", "完成（时间、记录人）", "应巡查人员"], _patrol_rows(day)))
    handovers = [entry for entry in day.entries if entry.kind is EntryKind.HANDOVER]
    number += 1
    parts.append(_heading(number, "交接班"))
    if handovers:
        for entry in handovers:
            confirmed = entry.details.get("confirmed_name")
            when = str(entry.details.get("confirmed_at") or "")[:16].replace("T", " ")
            who = f"，{confirmed}于{when}确认接班" if confirmed else "，接班人尚未确认"
            parts.append(para(f"{entry.occurred_at:%H:%M} {entry.author_name or '—'}交班{who}。"))
    else:
        parts.append(para("无交接班记录。"))
    if day.closed_shifts:
        parts.append(para(f"已交班（记录只读）：{'、'.join(shift.zh for shift in day.closed_shifts)}。"))
    return "".join(parts)


def day_document(day: DayLog) -> OfficialDocument:
    writers = sorted({entry.author_name for entry in day.entries if entry.author_name})
    closing = [("记录人", "、".join(writers) or "—"), ("带班领导", "、".join(day.leaders) or "—")]
    return OfficialDocument(day_title(day), day_html(day), closing)
