"""`dutylog settings shifts ...`: the shift pattern from a date on (history kept).

dutylog settings shifts full --times 08:30 [--from DATE]
dutylog settings shifts day-night --times 08:30,17:30 [--from DATE]
dutylog settings shifts three --times 08:00,16:00,00:00 [--from DATE]
dutylog settings shifts                    list the patterns set, oldest first

The `settings` group is shared: `patrols_cmd.settings_group` makes it or returns the
one another module made, and each module adds its own settings (patrols there).
"""

from __future__ import annotations

import argparse
from typing import Any

from dutylog.cli.common import Access, declare, open_office
from dutylog.cli.values import date_value, time_value

KINDS = ("full", "day-night", "three")


def register(subparsers: Any) -> None:
    from dutylog.cli.patrols_cmd import settings_group

    add_settings_shifts(settings_group(subparsers))


def add_settings_shifts(actions: Any) -> None:
    shifts = actions.add_parser("shifts", help="班次：全天、白班/夜班或三班（管理员）")
    shifts.add_argument("kind", nargs="?", choices=KINDS, help="the pattern; none: list the patterns set")
    shifts.add_argument("--times", help="start times, e.g. 08:00,16:00,00:00 for three shifts")
    shifts.add_argument("--from", dest="first", type=date_value, metavar="DATE", help="default: tomorrow")
    shifts.set_defaults(func=run_settings_shifts)
    # Listing reads; naming a pattern writes.
    declare(shifts, Access.READ, write_options=("kind",))


def _times(text: str | None) -> list[Any]:
    from dutylog.domain.errors import ValidationError

    if not text:
        raise ValidationError("请用 --times 给出各班次开始时间，例如 08:00,16:00,00:00。", code="required")
    parts = [part.strip() for part in text.replace("，", ",").split(",")]
    if len(parts) > 3:
        raise ValidationError("最多 3 个开始时间。", code="bad_times", field="times")
    try:
        return [time_value(part) for part in parts]
    except argparse.ArgumentTypeError as error:
        raise ValidationError(str(error), code="bad_time", field="times") from None


def _describe(era: Any) -> str:
    starts = era.starts if era.kind.value != "full" else era.starts[:1]
    return f"{era.first} 起：{era.kind.zh} {'、'.join(f'{t:%H:%M}' for t in starts)}"


def run_settings_shifts(args: argparse.Namespace) -> int:
    from dutylog.domain.errors import ValidationError
    from dutylog.domain.log.shifts import PatternKind

    if args.kind is None:
        if args.times or args.first:
            raise ValidationError("请给出班次：full、day-night 或 three。", code="required", field="kind")
        office = open_office(args)
        try:
            eras = office.roster.shift_eras()
            times = office.shift_times()
        finally:
            office.close()
        print(f"未设置日期前：按作息时间 {times.day_start:%H:%M}–{times.day_end:%H:%M} 与排班规则")
        for era in eras:
            print(_describe(era))
        return 0
    starts = _times(args.times)
    office = open_office(args)
    try:
        era = office.roster.set_shift_pattern(PatternKind(args.kind), starts, args.first)
    finally:
        office.close()
    print(f"已设置班次：{_describe(era)}（此前的日期保持原班次；已排的值班请重新生成）")
    return 0
