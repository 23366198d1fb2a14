"""`dutylog drills add|list`: drills of a plan (演练) and training sessions (培训).

`add` is an administrator's; `list` only reads.
"""

from __future__ import annotations

import argparse
from typing import Any

from dutylog.cli.common import Access, declare, open_office, print_json
from dutylog.cli.values import date_value


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("drills", help="预案演练与培训 (drills)")
    actions = parser.add_subparsers(dest="drills_command", metavar="ACTION", required=True)

    add = actions.add_parser("add", help="登记一次演练（或 --training 培训）")
    add.add_argument("--plan", default="", help="演练的预案名称（培训可不填）")
    add.add_argument("--date", dest="held_on", required=True, type=date_value, help="日期 YYYY-MM-DD")
    add.add_argument("--people", required=True, help="参加人员，逗号分隔：张伟,李娜")
    add.add_argument("--scenario", required=True, help="演练情景或培训内容")
    add.add_argument("--findings", default="", help="发现的问题")
    add.add_argument("--improvements", default="", help="改进措施")
    add.add_argument("--training", action="store_true", help="这是一次培训而非演练")
    add.set_defaults(func=run_add)
    declare(add, Access.WRITE)

    listing = actions.add_parser("list", help="列出演练和培训")
    listing.add_argument("--plan", default="", help="只列此预案的演练")
    listing.add_argument("--person", default="", help="只列此人参加的")
    listing.add_argument("--json", action="store_true", help="print a JSON array")
    listing.set_defaults(func=run_list)
    declare(listing, Access.READ)


def run_add(args: argparse.Namespace) -> int:
    from dutylog.domain.plans.records import DrillKind

    office = open_office(args)
    try:
        people = [
            name for name in args.people.replace("，", ",").replace("、", ",").split(",") if name.strip()
        ]
        record = office.drills.add(
            kind=DrillKind.TRAINING if args.training else DrillKind.DRILL,
            plan=args.plan,
            held_on=args.held_on,
            people=people,
            scenario=args.scenario,
            findings=args.findings,
            improvements=args.improvements,
        )
        print(f"{record.held_on:%Y-%m-%d}　{record.kind.zh}　{record.plan_name}　{len(record.people)}人")
        return 0
    finally:
        office.close()


def run_list(args: argparse.Namespace) -> int:
    office = open_office(args)
    try:
        found = office.drills.drills(plan=args.plan, person=args.person)
        if args.json:
            print_json(
                [
                    {
                        "date": d.held_on,
                        "kind": d.kind,
                        "plan": d.plan_name,
                        "people": list(d.people),
                        "scenario": d.scenario,
                        "findings": d.findings,
                        "improvements": d.improvements,
                    }
                    for d in found
                ]
            )
            return 0
        for d in found:
            print(f"{d.held_on:%Y-%m-%d}\t{d.kind.zh}\t{d.plan_name}\t{'、'.join(d.people)}\t{d.scenario}")
        if not found:
            print("尚无演练或培训记录。")
        return 0
    finally:
        office.close()
