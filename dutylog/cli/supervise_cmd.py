"""`dutylog supervise`: the supervision list (督办), supervision cards and urges (催办).

dutylog supervise [--on D] [--json]
dutylog supervise --card NUMBER --pdf FILE [--unit U]
dutylog supervise --urge NUMBER --unit U --how 电话|督查卡 [--note T]   (records; needs a login)
"""

from __future__ import annotations

import argparse
from typing import Any

from dutylog.cli.common import Access, declare, open_office, print_json
from dutylog.cli.values import date_value
from dutylog.domain.errors import ValidationError

HOW = {"电话": "phone", "督查卡": "card"}


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("supervise", help="督办：待办交办、督查卡、催办 (supervise)")
    parser.add_argument("--on", type=date_value, help="as of this date YYYY-MM-DD (default: today)")
    parser.add_argument("--json", action="store_true", help="print a JSON array, the latest first")
    act = parser.add_mutually_exclusive_group()
    act.add_argument("--card", metavar="NUMBER", help="print the supervision card (督查卡) of a matter")
    act.add_argument("--urge", metavar="NUMBER", help="record a 催办 of a matter's unit")
    parser.add_argument("--pdf", metavar="FILE", help="with --card: the PDF to write")
    parser.add_argument("--unit", help="the unit (with --urge; with --card, instead of the lead unit)")
    parser.add_argument("--how", choices=tuple(HOW), help="with --urge: 电话 or 督查卡")
    parser.add_argument("--note", default="", help="with --urge: a note")
    parser.set_defaults(func=run_supervise)
    declare(parser, Access.READ, write_options=("urge",))


def _check(args: argparse.Namespace) -> None:
    if args.card is not None and not args.pdf:
        raise ValidationError("--card 须与 --pdf FILE 一起使用。", code="bad_option", field="pdf")
    if args.pdf and args.card is None:
        raise ValidationError("--pdf 只用于 --card。", code="bad_option", field="pdf")
    if args.urge is not None and (args.unit is None or args.how is None):
        raise ValidationError("--urge 须同时给出 --unit 和 --how。", code="bad_option", field="urge")
    if args.urge is None and (args.how is not None or args.note):
        raise ValidationError("--how、--note 只用于 --urge。", code="bad_option", field="how")
    if args.json and (args.card is not None or args.urge is not None):
        raise ValidationError("--json 只用于督办清单。", code="bad_option", field="json")


def run_supervise(args: argparse.Namespace) -> int:
    _check(args)
    office = open_office(args)
    try:
        if args.urge is not None:
            return _urge(office, args)
        if args.card is not None:
            return _card(office, args)
        return _list(office, args)
    finally:
        office.close()


def _urge(office: Any, args: argparse.Namespace) -> int:
    from dutylog.domain.supervision.assignments import UrgeHow

    current = office.assignments.find(args.urge, args.unit)
    record = office.assignments.urge(current.id, UrgeHow(HOW[args.how]), note=args.note)
    print(f"已记录{args.how}催办：{record.matter_number} {record.unit_name}（第 {len(record.urges)} 次）")
    return 0


def _card(office: Any, args: argparse.Namespace) -> int:
    office.outputs.check(args.pdf)  # an unsafe target is refused before anything is read
    document = office.supervision.card(args.card, args.unit, on=args.on)
    from dutylog.render.pdf import write_pdf  # Qt only for this output

    with office.outputs.writing(args.pdf) as out:
        out.count = write_pdf(document, out.temp)
    pdf = out.written
    print(f"已导出督查卡 PDF（{pdf.count} 页）到 {pdf.path}（{pdf.size} 字节）")
    return 0


def _list(office: Any, args: argparse.Namespace) -> int:
    rows = office.supervision.supervision_list(args.on)
    if args.json:
        print_json(
            [
                {
                    "number": row.assignment.matter_number,
                    "title": row.assignment.matter_title,
                    "unit": row.assignment.unit_name,
                    "lead": row.assignment.lead,
                    "assigned_at": row.assignment.assigned_at,
                    "due": row.assignment.due_on,
                    "status": row.assignment.status,
                    "status_zh": row.assignment.status.zh,
                    "overdue": row.overdue,
                    "workdays_overdue": row.late_workdays,
                    "urges": row.urges,
                }
                for row in rows
            ]
        )
        return 0
    for row in rows:
        item = row.assignment
        late = f"超期 {row.late_workdays} 个工作日" if row.overdue else f"剩余 {-row.late_workdays} 个工作日"
        print(
            f"{item.matter_number}\t{item.unit_name}\t{item.due_on:%Y-%m-%d}\t{late}\t{item.status.zh}\t{item.matter_title}"
        )
    if not rows:
        print("没有待督办的交办事项。")
    return 0
