"""`dutylog keywords add|list|retire`: the keyword watch list (关键词).

`add` and `retire` are an administrator's; `list` only reads.
"""

from __future__ import annotations

import argparse
from typing import Any

from dutylog.cli.common import Access, declare, open_office, print_json


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("keywords", help="关键词监测清单 (keywords)")
    actions = parser.add_subparsers(dest="keywords_command", metavar="ACTION", required=True)

    add = actions.add_parser("add", help="添加关键词（已停用的词重新启用）")
    add.add_argument("words", metavar="WORD", nargs="+")
    add.add_argument("--category", default="", help="类别：地名、项目、机构、热点……")
    add.add_argument("--plan", default="", help="含此词的事项建议启动的预案")
    add.set_defaults(func=run_add)
    declare(add, Access.WRITE)

    listing = actions.add_parser("list", help="列出关键词及其标记的事项数")
    listing.add_argument("--json", action="store_true", help="print a JSON array")
    listing.add_argument("--all", action="store_true", help="也列出已停用的词")
    listing.set_defaults(func=run_list)
    declare(listing, Access.READ)

    retire = actions.add_parser("retire", help="停用关键词（已标记的事项保留）")
    retire.add_argument("word", metavar="WORD")
    retire.set_defaults(func=run_retire)
    declare(retire, Access.WRITE)


def run_add(args: argparse.Namespace) -> int:
    office = open_office(args)
    try:
        added = office.keywords.add(args.words, category=args.category, plan=args.plan)
        print("已添加：" + "、".join(k.word for k in added))
        return 0
    finally:
        office.close()


def run_list(args: argparse.Namespace) -> int:
    office = open_office(args)
    try:
        found = office.keywords.keywords(active_only=not args.all and not args.json)
        if args.json:
            print_json(
                [
                    {
                        "word": k.word,
                        "category": k.category,
                        "plan": k.plan_name,
                        "active": k.active,
                        "retired_at": k.retired_at,
                        "matters": k.matter_count,
                    }
                    for k in found
                ]
            )
            return 0
        for k in found:
            state = "" if k.active else "（已停用）"
            print(f"{k.word}{state}\t{k.category}\t{k.matter_count}")
        if not found:
            print("尚无关键词。")
        return 0
    finally:
        office.close()


def run_retire(args: argparse.Namespace) -> int:
    office = open_office(args)
    try:
        record = office.keywords.retire(args.word)
        print(f"已停用：{record.word}（已标记 {record.matter_count} 条事项）")
        return 0
    finally:
        office.close()
