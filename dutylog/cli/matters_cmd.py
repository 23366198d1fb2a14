"""`dutylog matters search TEXT [--json] [--limit N]`.

Import and export (`matters import`, `matters export`) are added by the ledger I/O module.
"""

from __future__ import annotations

import argparse
from typing import Any

from dutylog.cli.common import Access, declare, open_office, print_json
from dutylog.cli.values import int_value

# Other modules may add subcommands to the `matters` group through this hook.
EXTRA_SUBCOMMANDS: list[Any] = []


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("matters", help="舆情事项：搜索 (search)")
    actions = parser.add_subparsers(dest="matters_command", metavar="ACTION", required=True)
    search = actions.add_parser("search", help="全文搜索标题、摘要、网址、发布者和日志内容")
    search.add_argument("text", metavar="TEXT")
    search.add_argument("--json", action="store_true", help="print a JSON array, one object per matter")
    search.add_argument("--limit", type=int_value(1, 10_000, "--limit"), default=50, metavar="N")
    search.set_defaults(func=run_search)
    declare(search, Access.READ)
    for add in EXTRA_SUBCOMMANDS:
        add(actions)


def _as_json(matter: Any, deadline: Any) -> dict[str, Any]:
    return {
        "id": matter.id,
        "number": matter.number,
        "title": matter.title,
        "grade": matter.grade,
        "grade_zh": matter.grade.zh,
        "status": matter.status,
        "status_zh": matter.status.zh,
        "source": matter.source,
        "url": matter.url,
        "author_name": matter.author_name,
        "summary": matter.summary,
        "published_at": matter.published_at,
        "discovered_at": matter.discovered_at,
        "reported_at": matter.reported_at,
        "unit": matter.unit_name,
        "tags": list(matter.tags),
        "measures": list(matter.measures),
        "posts_removed": matter.posts_removed,
        "voided": matter.voided_at is not None,
        "report_due": deadline.due,
        "overdue": deadline.overdue,
    }


def run_search(args: argparse.Namespace) -> int:
    office = open_office(args)
    try:
        found = office.matters.search(args.text, limit=args.limit)
        if args.json:
            # JSON carries every field (summary, URL, tags...): read the full records of the hits.
            limits = office.matters.time_limits()
            full = office.matters.records([m.id for m in found])
            print_json([_as_json(m, office.matters.deadline(m, limits=limits)) for m in full])
            return 0
        for matter in found:
            when = matter.discovered_at.strftime("%Y-%m-%d %H:%M")
            print(f"{matter.number}\t{when}\t{matter.grade.zh}\t{matter.status.zh}\t{matter.title}")
        if not found:
            print("没有找到匹配的事项。")
        return 0
    finally:
        office.close()
