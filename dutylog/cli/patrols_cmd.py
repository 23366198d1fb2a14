"""`dutylog patrols`: a duty day's scheduled patrols, and the patrol schedule setting.

dutylog patrols --date D [--json]          each patrol: time, status, the entry that covered it
dutylog settings patrols 08:30,12:00,17:30 [--sources a,b] [--window MIN] [--night-interval MIN]

`settings` gathers the office's settings from several modules (shifts come from the roster's):
whichever module registers first makes the group (`settings_group`), the others add to it.
"""

from __future__ import annotations

import argparse
from typing import Any

from dutylog.cli.common import Access, declare, open_office, print_json
from dutylog.cli.values import date_value, int_value

SETTINGS_HELP = "值班室设置：巡查、班次 (settings)"


def settings_group(subparsers: Any) -> Any:
    """The sub-subparsers of `dutylog settings`, created if no other module made them yet."""
    existing = subparsers.choices.get("settings")
    if existing is not None:
        for action in existing._actions:
            if isinstance(action, argparse._SubParsersAction):
                return action
    parser = subparsers.add_parser("settings", help=SETTINGS_HELP)
    return parser.add_subparsers(dest="settings_command", metavar="SETTING", required=True)


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("patrols", help="巡查安排及完成情况 (patrols)")
    parser.add_argument("--date", type=date_value, help="duty date YYYY-MM-DD (default: today's)")
    parser.add_argument("--json", action="store_true", help="print a JSON array, one patrol each")
    parser.set_defaults(func=run_patrols)
    declare(parser, Access.READ)
    add_settings_patrols(settings_group(subparsers))


def add_settings_patrols(actions: Any) -> None:
    """`settings patrols TIMES ...`, for the `settings` command's subparsers."""
    patrols = actions.add_parser("patrols", help="巡查时间和巡查来源（管理员）")
    patrols.add_argument("times", metavar="TIMES", nargs="?", help="e.g. 08:30,12:00,17:30")
    patrols.add_argument("--sources", help="the sources to patrol, comma-separated")
    patrols.add_argument(
        "--window", type=int_value(5, 240, "巡查时限（分钟）"), help="minutes a patrol stays due (default 60)"
    )
    patrols.add_argument(
        "--night-interval",
        dest="night_interval",
        type=int_value(0, 720, "夜间巡查间隔（分钟）"),
        help="minutes between night patrols in 24-hour special periods (0: none)",
    )
    patrols.set_defaults(func=run_settings_patrols)
    declare(patrols, Access.WRITE)


def run_patrols(args: argparse.Namespace) -> int:
    office = open_office(args)
    try:
        duty_date = args.date or office.shift_times().locate(office.clock())[0]
        slots = office.patrols.day(duty_date)
    finally:
        office.close()
    if args.json:
        print_json([slot.as_dict() for slot in slots])
        return 0
    from dutylog.domain.log.patrols import patrol_summary

    print(f"{duty_date:%Y-%m-%d} 巡查：{patrol_summary(slots, sum(1 for s in slots if s.entry))}")
    for slot in slots:
        entry = slot.entry
        covered = f"  #{entry.id} {entry.occurred_at:%H:%M} {entry.author_name}" if entry else ""
        print(f"{slot.at:%H:%M}  {slot.status.zh}{covered}")
    return 0


def run_settings_patrols(args: argparse.Namespace) -> int:
    from dutylog.domain.errors import ValidationError

    if args.times is None and args.sources is None and args.window is None and args.night_interval is None:
        raise ValidationError("请给出巡查时间，例如 08:30,12:00,17:30。", code="required", field="times")
    sources = None
    if args.sources is not None:
        sources = [s for s in args.sources.replace("，", ",").replace("、", ",").split(",") if s.strip()]
    office = open_office(args)
    try:
        schedule = office.patrols.set_schedule(
            args.times,
            sources=sources,
            window_minutes=args.window,
            night_interval_minutes=args.night_interval,
        )
    finally:
        office.close()
    times = "、".join(f"{t:%H:%M}" for t in schedule.times)
    print(
        f"已设置巡查时间：{times}（每次 {schedule.window_minutes} 分钟内完成）；"
        f"巡查来源：{'、'.join(schedule.sources) or '未设置'}"
    )
    return 0
