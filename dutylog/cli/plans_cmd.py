"""`dutylog plans add|list|import|export` and the checklist acts `matters step|start-plan`.

`add` and `import` are an administrator's; `matters step` and `matters start-plan` the
officer on duty's (or the leader's). `list` and `export` only read.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from dutylog.cli.common import Access, declare, open_office, print_json
from dutylog.cli.values import int_value, path_value
from dutylog.domain.enums import Grade


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("plans", help="应急预案 (plans)")
    actions = parser.add_subparsers(dest="plans_command", metavar="ACTION", required=True)

    add = actions.add_parser("add", help="添加应急预案及其步骤")
    add.add_argument("name", metavar="NAME", help="预案名称")
    add.add_argument("--grade", choices=[grade.zh for grade in Grade], help="达到此等级及以上的事项自动启动")
    add.add_argument("--tag", action="append", default=[], help="带此标签的事项自动启动（可多次）")
    add.add_argument("--keyword", action="append", default=[], help="含此关键词的事项自动启动（可多次）")
    add.add_argument(
        "--step",
        action="append",
        required=True,
        metavar="TEXT@WHO+LIMIT",
        help="步骤，如 报告带班领导@officer+30；WHO: officer, leader, head, unit:单位；LIMIT: 30, 4h, 2wd",
    )
    add.add_argument("--note", default="", help="说明")
    add.set_defaults(func=run_add)
    declare(add, Access.WRITE)

    listing = actions.add_parser("list", help="列出预案及步骤")
    listing.add_argument("--json", action="store_true", help="print a JSON array")
    listing.set_defaults(func=run_list)
    declare(listing, Access.READ)

    imports = actions.add_parser("import", help="从 .xlsx 导入预案（全部成功或全不导入）")
    imports.add_argument("file", metavar="FILE.xlsx", type=path_value)
    imports.set_defaults(func=run_import)
    declare(imports, Access.WRITE)

    export = actions.add_parser("export", help="把预案导出为 .xlsx")
    export.add_argument("xlsx", metavar="FILE.xlsx", help="the workbook to write (.xlsx)")
    export.set_defaults(func=run_export)
    declare(export, Access.READ)


def register_matter_actions(actions: Any) -> None:
    """`matters step` and `matters start-plan` (added to the `matters` group)."""
    step = actions.add_parser("step", help="预案步骤：标记完成或跳过")
    step.add_argument("matter_no", metavar="NUMBER")
    step.add_argument("step_no", metavar="STEP_NO", type=int_value(1, 50, "STEP_NO"))
    what = step.add_mutually_exclusive_group(required=True)
    what.add_argument("--done", action="store_true", help="已完成（记录本人和当前时间）")
    what.add_argument("--skip", metavar="REASON", help="跳过，并说明原因")
    step.add_argument("--plan", default=None, help="事项执行多个预案时，指明预案名称")
    step.set_defaults(func=run_step)
    declare(step, Access.WRITE)

    start = actions.add_parser("start-plan", help="对事项手动启动预案（时限自现在起算）")
    start.add_argument("matter_no", metavar="NUMBER")
    start.add_argument("plan", metavar="PLAN", help="预案名称")
    start.set_defaults(func=run_start_plan)
    declare(start, Access.WRITE)


def plan_json(plan: Any) -> dict[str, Any]:
    trigger = plan.trigger
    return {
        "name": plan.name,
        "active": plan.active,
        "trigger": {
            "grade": trigger.min_grade,
            "tags": list(trigger.tags),
            "keywords": list(trigger.keywords),
            "text": trigger.zh,
        },
        "document": plan.document_name,
        "document_sha256": plan.document_sha256,
        "note": plan.note,
        "steps": [
            {
                "no": step.position,
                "text": step.text,
                "who": step.who.text,
                "who_zh": step.who.zh,
                "limit": step.limit.text,
                "produces": step.produces.value,
            }
            for step in plan.steps
        ],
    }


def checklist_json(plan: Any, now: Any) -> dict[str, Any]:
    """A plan started on a matter, as `matters show --json` prints it."""
    return {
        "plan": plan.plan_name,
        "how": plan.how,
        "counted_from": plan.counted_from,
        "started_at": plan.started_at,
        "started_by": plan.started_by_name,
        "stopped_at": plan.stopped_at,
        "stopped_by": plan.stopped_by_name,
        "stop_reason": plan.stop_reason,
        "steps": [
            {
                "no": step.position,
                "text": step.text,
                "who": step.who.text,
                "who_zh": step.who.zh,
                "limit": step.limit.text,
                "due": step.due_at,
                "status": step.status(now),
                "done_at": step.done_at,
                "done_by": step.done_by_name,
                "skip_reason": step.skip_reason,
            }
            for step in plan.steps
        ],
    }


def print_checklists(plans: list[Any], now: Any) -> None:
    """The plans started on a matter, as `matters show` prints them."""
    for plan in plans:
        state = f"已终止（{plan.stop_reason}）" if plan.stopped_at else "执行中"
        print(f"应急预案：《{plan.plan_name}》{state}")
        for step in plan.steps:
            status = step.status(now)
            done = f"　{step.done_by_name} {step.done_at:%m-%d %H:%M}" if step.done_at else ""
            reason = f"　{step.skip_reason}" if step.skip_reason else ""
            when = f"{step.due_at:%m-%d %H:%M}前"
            print(f"  {step.position}. {step.text}（{step.who.zh}）　{when}　{status.zh}{done}{reason}")


def run_add(args: argparse.Namespace) -> int:
    office = open_office(args)
    try:
        plan = office.plans.add(
            args.name,
            args.step,
            min_grade=Grade.parse(args.grade) if args.grade else None,
            tags=args.tag,
            keywords=args.keyword,
            note=args.note,
        )
        print(f"预案：{plan.name}　{plan.trigger.zh}　共{len(plan.steps)}步")
        return 0
    finally:
        office.close()


def run_list(args: argparse.Namespace) -> int:
    office = open_office(args)
    try:
        plans = office.plans.plans()
        if args.json:
            print_json([plan_json(plan) for plan in plans])
            return 0
        for plan in plans:
            state = "" if plan.active else "（已停用）"
            print(f"{plan.name}{state}　{plan.trigger.zh}")
            for step in plan.steps:
                print(f"  {step.position}. {step.text}　{step.who.zh}　{step.limit.zh}内")
        if not plans:
            print("尚无预案。")
        return 0
    finally:
        office.close()


def run_import(args: argparse.Namespace) -> int:
    office = open_office(args)
    try:
        saved = office.plans.files.import_(args.file)
        print(f"已导入 {len(saved)} 个预案：" + "、".join(plan.name for plan in saved))
        return 0
    finally:
        office.close()


def run_export(args: argparse.Namespace) -> int:
    office = open_office(args)
    try:
        written = office.plans.files.export(Path(args.xlsx))
        print(f"{written.path}（{written.count} 个预案）")
        return 0
    finally:
        office.close()


def run_step(args: argparse.Namespace) -> int:
    office = open_office(args)
    try:
        matter = office.matters.by_number(args.matter_no)
        plan = office.checklists.tick(
            matter.id, args.step_no, done=args.done, reason=args.skip or "", plan_name=args.plan
        )
        step = plan.step(args.step_no)
        assert step is not None
        print(f"《{plan.plan_name}》第{step.position}步：{step.stored_status.zh}")
        return 0
    finally:
        office.close()


def run_start_plan(args: argparse.Namespace) -> int:
    office = open_office(args)
    try:
        matter = office.matters.by_number(args.matter_no)
        plan = office.checklists.start(matter.id, args.plan)
        print(f"已启动《{plan.plan_name}》：")
        for step in plan.steps:
            print(f"  {step.position}. {step.text}　{step.who.zh}　{step.due_at:%Y-%m-%d %H:%M} 前")
        return 0
    finally:
        office.close()
