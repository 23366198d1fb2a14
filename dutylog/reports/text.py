"""Chinese phrasing shared by the report builders: numerals, dates, section numbers."""

from __future__ import annotations

import html
from datetime import date, datetime

_DIGITS = "零一二三四五六七八九"
_WEEKDAYS = "一二三四五六日"


def chinese_number(value: int) -> str:
    """1 -> 一, 10 -> 十, 12 -> 十二, 21 -> 二十一 (enough for section numbers)."""
    if value < 10:
        return _DIGITS[value]
    tens, ones = divmod(value, 10)
    head = "" if tens == 1 else _DIGITS[tens]
    return f"{head}十{_DIGITS[ones] if ones else ''}"


def section(index: int, title: str) -> str:
    return f"<h2>{chinese_number(index)}、{html.escape(title)}</h2>"


def subsection(index: int, title: str) -> str:
    return f"<h3>（{chinese_number(index)}）{html.escape(title)}</h3>"


def long_date(day: date) -> str:
    return f"{day.year}年{day.month}月{day.day}日"


def long_date_weekday(day: date) -> str:
    return f"{long_date(day)}（星期{_WEEKDAYS[day.weekday()]}）"


def clock(moment: datetime | None) -> str:
    return f"{moment:%H:%M}" if moment is not None else "—"


def stamp(moment: datetime | None) -> str:
    return f"{moment:%Y-%m-%d %H:%M}" if moment is not None else "—"


def minutes_text(minutes: float | None) -> str:
    if minutes is None:
        return "—"
    whole = round(minutes)
    hours, rest = divmod(whole, 60)
    return f"{hours}小时{rest}分钟" if hours else f"{rest}分钟"


def para(text: str, *, bold: bool = False) -> str:
    body = html.escape(text)
    return f"<p><b>{body}</b></p>" if bold else f"<p>{body}</p>"


def table(headers: list[str], rows: list[list[str]]) -> str:
    head = "".join(f"<th>{html.escape(cell)}</th>" for cell in headers)
    body = "".join(
        "<tr>" + "".join(f"<td>{html.escape(cell)}</td>" for cell in row) + "</tr>" for row in rows
    )
    return (
        f'<table border="1" cellspacing="0" cellpadding="4" width="100%"><thead><tr>{head}</tr></thead>'
        f"{body}</table>"
    )


def counted(label: str, count: int, unit: str = "条") -> str:
    return f"{label}{count}{unit}"
