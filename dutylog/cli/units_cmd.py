"""`dutylog units add|list|import|rank`: the contact book of units and their figures.

`add` and `import` change records (an administrator's login); `list` and `rank` only read.
"""

from __future__ import annotations

import argparse
import re
from typing import Any

from dutylog.cli.common import Access, declare, open_office, print_json
from dutylog.cli.values import date_value, path_value

# A mainland mobile number: 11 digits from 1 (a +86 or 86 prefix allowed).
_MOBILE = re.compile(r"^(\+?86[- ]?)?1[3-9][0-9]{9}$")


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("units", help="单位通讯录与办理情况排名 (units)")
    actions = parser.add_subparsers(dest="units_command", metavar="ACTION", required=True)

    add = actions.add_parser("add", help="添加单位（或给已有单位添加联系人）")
    add.add_argument("name", metavar="NAME", help="单位名称")
    add.add_argument("--kind", default="部门", help="类别：部门、乡镇（街道）、企业")
    add.add_argument("--short-name", dest="short_name", default="", help="简称")
    add.add_argument("--contact", help="联络员姓名")
    add.add_argument("--phone", help="联络员电话（手机或办公电话）")
    add.add_argument("--post", default="", help="联络员职务")
    add.set_defaults(func=run_add)
    declare(add, Access.WRITE)

    listing = actions.add_parser("list", help="列出单位及联系人")
    listing.add_argument("--json", action="store_true", help="print a JSON array")
    listing.set_defaults(func=run_list)
    declare(listing, Access.READ)

    imports = actions.add_parser("import", help="从 .xlsx 通讯录导入单位和联系人（全部成功或全不导入）")
    imports.add_argument("file", metavar="FILE.xlsx", type=path_value)
    imports.set_defaults(func=run_import)
    declare(imports, Access.WRITE)

    rank = actions.add_parser("rank", help="各单位交办件办理情况（按期间）")
    rank.add_argument("--from", dest="first", required=True, type=date_value, help="first date YYYY-MM-DD")
    rank.add_argument("--to", dest="last", required=True, type=date_value, help="last date YYYY-MM-DD")
    output = rank.add_mutually_exclusive_group()
    output.add_argument("--json", action="store_true", help="print a JSON array, best unit first")
    output.add_argument("--xlsx", metavar="FILE", help="write the ranking as an .xlsx workbook")
    rank.set_defaults(func=run_rank)
    declare(rank, Access.READ)


def run_add(args: argparse.Namespace) -> int:
    from dutylog.domain.errors import ValidationError
    from dutylog.domain.supervision.units import ContactInput, parse_unit_kind

    if args.phone is not None and args.contact is None:
        raise ValidationError("--phone 须与 --contact 一起使用。", code="bad_option", field="phone")
    kind = parse_unit_kind(args.kind)
    contact = None
    if args.contact is not None:
        phone = (args.phone or "").strip()
        mobile = bool(_MOBILE.match(phone))
        contact = ContactInput(
            name=args.contact,
            post=args.post,
            mobile=phone if mobile else "",
            office_phone="" if mobile else phone,
        )
    office = open_office(args)
    try:
        unit = office.units.add(args.name, short_name=args.short_name, kind=kind, contact=contact)
        people = "、".join(c.name for c in unit.contacts)
        print(f"单位：{unit.name}（{unit.kind.zh}）" + (f"　联系人：{people}" if people else ""))
        return 0
    finally:
        office.close()


def run_list(args: argparse.Namespace) -> int:
    office = open_office(args)
    try:
        units = office.units.units()
        if args.json:
            print_json(
                [
                    {
                        "name": unit.name,
                        "short_name": unit.short_name,
                        "kind": unit.kind,
                        "kind_zh": unit.kind.zh,
                        "active": unit.active,
                        "contacts": [
                            {
                                "name": c.name,
                                "role": c.role,
                                "post": c.post,
                                "office_phone": c.office_phone,
                                "mobile": c.mobile,
                                "active": c.active,
                            }
                            for c in unit.contacts
                        ],
                    }
                    for unit in units
                ]
            )
            return 0
        for unit in units:
            state = "" if unit.active else "（已撤销）"
            print(f"{unit.name}\t{unit.kind.zh}{state}")
            for c in unit.contacts:
                print(f"\t{c.role.zh}\t{c.name}\t{c.post}\t{c.phones}")
        if not units:
            print("通讯录中还没有单位。")
        return 0
    finally:
        office.close()


def run_import(args: argparse.Namespace) -> int:
    office = open_office(args)
    try:
        result = office.units.import_sheet(args.file)
        print(
            f"新增单位 {len(result.units_added)} 个，联系人 {len(result.contacts_added)} 人；"
            f"已有联系人 {len(result.skipped)} 人未重复导入。"
        )
        return 0
    finally:
        office.close()


def run_rank(args: argparse.Namespace) -> int:
    office = open_office(args)
    try:
        if args.xlsx:
            written = office.supervision.export_figures(args.first, args.last, args.xlsx)
            print(f"已导出 {written.count} 个单位的办理情况到 {written.path}（{written.size} 字节）")
            return 0
        figures = office.supervision.unit_figures(args.first, args.last)
        if args.json:
            print_json(
                [
                    {
                        "unit": f.unit,
                        "assigned": f.assigned,
                        "on_time": f.on_time,
                        "late": f.late,
                        "overdue": f.overdue,
                        "done": f.done,
                        "reply_rate": f.reply_rate,
                        "completion_rate": f.completion_rate,
                        "average_reply_workdays": f.average_reply_workdays,
                    }
                    for f in figures
                ]
            )
            return 0
        print("单位\t交办\t按时回复\t超时回复\t超期未回复\t回复率\t办结率\t平均回复工作日")
        for f in figures:
            average = "—" if f.average_reply_workdays is None else f"{f.average_reply_workdays:g}"
            print(
                f"{f.unit}\t{f.assigned}\t{f.on_time}\t{f.late}\t{f.overdue}\t"
                f"{f.reply_rate:.0%}\t{f.completion_rate:.0%}\t{average}"
            )
        return 0
    finally:
        office.close()
