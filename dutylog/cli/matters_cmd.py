"""`dutylog matters search|add|show|assign|reply|extend`.

Import and export (`matters import`, `matters export`) are added by the ledger I/O module.
`add`, `assign`, `reply` and `extend` change records: they need a login, and their
author is the logged-in account. Times of the past (`--found-at`, `--at`) are allowed to
a supervisor or administrator, or to the officer whose shift it was.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from dutylog.cli.common import Access, declare, open_office, print_json
from dutylog.cli.values import date_value, datetime_value, int_value
from dutylog.domain.enums import Grade

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
    _register_records(actions)
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


# --- one matter: add, show, assign, reply, extend ---------------------------------------------


def _register_records(actions: Any) -> None:
    add = actions.add_parser("add", help="登记一条舆情事项，输出其编号")
    add.add_argument("--title", required=True, help="标题")
    add.add_argument("--grade", required=True, choices=[grade.zh for grade in Grade], help="舆情等级")
    add.add_argument(
        "--found-at", dest="found_at", required=True, type=datetime_value, help='发现时间 "YYYY-MM-DD HH:MM"'
    )
    add.add_argument("--url", default="", help="网址")
    add.add_argument("--published-at", dest="published_at", type=datetime_value, help="发布时间")
    add.add_argument("--author", default="", help="发布者（网络实名）")
    add.add_argument("--source", default="", help="来源（平台）")
    add.add_argument("--summary", default="", help="摘要")
    add.set_defaults(func=run_add)
    declare(add, Access.WRITE)

    show = actions.add_parser("show", help="一条事项的全部字段、交办、回复和处理经过")
    show.add_argument("matter_no", metavar="NUMBER", help="事项编号，如 YQ-2026-0042")
    show.add_argument("--json", action="store_true", help="print one JSON object")
    show.set_defaults(func=run_show)
    declare(show, Access.READ)

    assign = actions.add_parser("assign", help="交办给单位，输出办理期限")
    assign.add_argument("matter_no", metavar="NUMBER")
    assign.add_argument("--unit", required=True, help="单位名称")
    limit = assign.add_mutually_exclusive_group(required=True)
    limit.add_argument(
        "--workdays", type=int_value(1, 120, "--workdays"), help="办理时限（工作日，从交办次日起算）"
    )
    limit.add_argument("--due", type=date_value, help="截止日期 YYYY-MM-DD")
    assign.add_argument(
        "--lead", action="store_true", help="作为主办单位（默认：事项尚无主办单位时即为主办）"
    )
    assign.add_argument("--instruction", default="", help="领导批示")
    assign.add_argument("--at", type=datetime_value, help='交办时间 "YYYY-MM-DD HH:MM"（默认现在）')
    assign.set_defaults(func=run_assign)
    declare(assign, Access.WRITE)

    reply = actions.add_parser("reply", help="登记单位的回复")
    reply.add_argument("matter_no", metavar="NUMBER")
    reply.add_argument("--unit", required=True, help="单位名称")
    reply.add_argument("--text", required=True, help="回复内容")
    reply.add_argument("--done", action="store_true", help="单位已办结，回复审核通过")
    reply.add_argument("--answered-where", dest="answered_where", help="已在何处答复网民")
    reply.add_argument("--at", type=datetime_value, help="回复时间（默认现在）")
    reply.set_defaults(func=run_reply)
    declare(reply, Access.WRITE)

    extend = actions.add_parser("extend", help="登记经同意的延期")
    extend.add_argument("matter_no", metavar="NUMBER")
    extend.add_argument("--unit", required=True, help="单位名称")
    extend.add_argument("--to", dest="to_date", required=True, type=date_value, help="延期至 YYYY-MM-DD")
    extend.add_argument("--reason", required=True, help="延期理由")
    extend.add_argument("--at", type=datetime_value, help="申请时间（默认现在）")
    extend.set_defaults(func=run_extend)
    declare(extend, Access.WRITE)

    from dutylog.cli.plans_cmd import register_matter_actions

    register_matter_actions(actions)


def run_add(args: argparse.Namespace) -> int:
    from dutylog.domain.matters.records import MatterInput

    office = open_office(args)
    try:
        data = MatterInput(
            title=args.title,
            grade=Grade.parse(args.grade),
            discovered_at=args.found_at,
            published_at=args.published_at,
            url=args.url,
            author_name=args.author,
            source=args.source,
            summary=args.summary,
        )
        # A plan the matter triggers starts at once: the officer's login confirms it.
        matter, started = office.checklists.record(data)
        print(matter.number)
        for plan in started:
            print(f"已启动预案《{plan.plan_name}》（{len(plan.steps)}步）", file=sys.stderr)
        return 0
    finally:
        office.close()


def run_assign(args: argparse.Namespace) -> int:
    office = open_office(args)
    try:
        matter = office.matters.by_number(args.matter_no)
        record = office.assignments.assign(
            matter.id,
            args.unit,
            workdays=args.workdays,
            due_on=args.due,
            lead=True if args.lead else None,
            instruction=args.instruction,
            at=args.at,
        )
        print(f"{record.due_on:%Y-%m-%d}")
        return 0
    finally:
        office.close()


def run_reply(args: argparse.Namespace) -> int:
    office = open_office(args)
    try:
        current = office.assignments.find(args.matter_no, args.unit)
        record = office.assignments.reply(
            current.id,
            args.text,
            done=args.done,
            netizen_answered=args.answered_where is not None,
            answered_where=args.answered_where or "",
            at=args.at,
        )
        closed = office.matters.get(record.matter_id).status.zh
        print(f"已登记{record.unit_name}的回复：{record.status.zh}（事项状态：{closed}）")
        return 0
    finally:
        office.close()


def run_extend(args: argparse.Namespace) -> int:
    office = open_office(args)
    try:
        current = office.assignments.find(args.matter_no, args.unit)
        record = office.assignments.request_extension(
            current.id, args.to_date, args.reason, grant=True, at=args.at
        )
        print(f"{record.due_on:%Y-%m-%d}")
        return 0
    finally:
        office.close()


def assignment_json(item: Any) -> dict[str, Any]:
    return {
        "unit": item.unit_name,
        "lead": item.lead,
        "instruction": item.instruction,
        "assigned_at": item.assigned_at,
        "workdays": item.workdays,
        "due": item.due_on,
        "status": item.status,
        "status_zh": item.status.zh,
        "accepted_at": item.accepted_at,
        "replied_at": item.replied_at,
        "done_at": item.done_at,
        "replies": [
            {
                "at": reply.at,
                "text": reply.text,
                "done": reply.final,
                "netizen_answered": reply.netizen_answered,
                "answered_where": reply.answered_where,
                "recorded_by": reply.recorded_by_name,
                "review": reply.review,
                "review_reason": reply.review_reason,
                "attachments": list(reply.attachments),
            }
            for reply in item.replies
        ],
        "extensions": [
            {
                "requested_at": e.requested_at,
                "from": e.old_due_on,
                "to": e.to_date,
                "reason": e.reason,
                "decision": e.decision,
            }
            for e in item.extensions
        ],
        "urges": [
            {"at": u.at, "how": u.how, "how_zh": u.how.zh, "note": u.note, "by": u.recorded_by_name}
            for u in item.urges
        ],
    }


def run_show(args: argparse.Namespace) -> int:
    from dutylog.cli.plans_cmd import checklist_json, print_checklists

    office = open_office(args)
    try:
        matter = office.matters.by_number(args.matter_no)
        deadline = office.matters.deadline(matter)
        assignments = office.assignments.for_matter(matter.id)
        meetings = office.assignments.meetings(matter.id)
        timeline = office.matters.timeline(matter.id)
        kept = office.ledger_import.extra_fields(matter.id)
        if args.json:
            out = _as_json(matter, deadline)
            out.update(
                outcome=matter.outcome,
                follow_up_until=matter.follow_up_until,
                special_reported_at=matter.special_reported_at,
                void_reason=matter.void_reason,
                assignments=[assignment_json(item) for item in assignments],
                meetings=[
                    {
                        "at": m.at,
                        "participants": m.participants,
                        "units": m.units,
                        "conclusion": m.conclusion,
                        "measures": m.measures,
                    }
                    for m in meetings
                ],
                timeline=[
                    {"at": e.at, "by": e.actor_name, "from": e.from_status, "to": e.to_status, "note": e.note}
                    for e in timeline
                ],
                extra_fields=[{"name": name, "text": text} for name, text in kept],
                keywords=list(office.keywords.words_of([matter.id]).get(matter.id, ())),
                plans=[
                    checklist_json(plan, office.clock()) for plan in office.checklists.for_matter(matter.id)
                ],
            )
            print_json(out)
            return 0
        _print_matter(matter, assignments, timeline, kept)
        print_checklists(office.checklists.for_matter(matter.id), office.clock())
        return 0
    finally:
        office.close()


def _print_matter(
    matter: Any, assignments: list[Any], timeline: list[Any], kept: list[tuple[str, str]]
) -> None:
    def stamp(moment: Any) -> str:
        return f"{moment:%Y-%m-%d %H:%M}" if moment is not None else ""

    print(f"{matter.number}　{matter.title}")
    print(f"等级：{matter.grade.zh}　状态：{matter.status.zh}" + ("　（已作废）" if matter.voided_at else ""))
    for label, value in (
        ("发现时间", stamp(matter.discovered_at)),
        ("发布时间", stamp(matter.published_at)),
        ("上报时间", stamp(matter.reported_at)),
        ("来源", matter.source),
        ("网址", matter.url),
        ("发布者", matter.author_name),
        ("责任单位", matter.unit_name),
        ("摘要", matter.summary),
        ("处置结果", matter.outcome),
    ):
        if value:
            print(f"{label}：{value}")
    for name, text in kept:  # columns of the office's own ledger, as imported
        print(f"{name}：{text}")
    if assignments:
        print("交办：")
    for item in assignments:
        print(
            f"  {item.unit_name}（{item.role_zh}）　交办 {stamp(item.assigned_at)}　"
            f"期限 {item.due_on:%Y-%m-%d}　{item.status.zh}"
        )
        if item.instruction:
            print(f"    领导批示：{item.instruction}")
        for reply in item.replies:
            print(f"    回复 {stamp(reply.at)}：{reply.text}")
    print("处理经过：")
    for event in timeline:
        who = f"（{event.actor_name}）" if event.actor_name else ""
        print(f"  {stamp(event.at)}　{event.to_status.zh}{who}　{event.note}")
