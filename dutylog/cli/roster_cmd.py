"""`dutylog roster ...`: generate, show, check and export the duty roster."""

from __future__ import annotations

import argparse
from datetime import date, datetime
from typing import Any

from dutylog.cli.common import Access, declare, open_office, print_json
from dutylog.cli.values import date_value, int_value, path_value, time_value
from dutylog.domain.errors import NotFoundError, ValidationError
from dutylog.domain.text import name_key


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("roster", help="duty roster: generate, show, check, export")
    actions = parser.add_subparsers(dest="roster_command", metavar="ACTION", required=True)

    generate = actions.add_parser("generate", help="plan a date range with the fair rotation")
    _range(generate)
    generate.add_argument("--start-officer", metavar="PERSON", help="officer to start the rotation with")
    generate.add_argument("--start-leader", metavar="PERSON", help="leader to start the rotation with")
    generate.set_defaults(func=run_generate)
    declare(generate, Access.WRITE)

    show = actions.add_parser("show", help="who is on duty on a date (or at --time)")
    show.add_argument("--date", required=True, type=date_value, metavar="DATE")
    show.add_argument(
        "--time", type=time_value, metavar="HH:MM", help="answer for this moment: the shift on duty then"
    )
    show.add_argument("--json", action="store_true")
    show.set_defaults(func=run_show)
    declare(show, Access.READ)

    check = actions.add_parser("check", help="gaps, double booking, leave, rest; quality summary")
    _range(check)
    check.add_argument("--json", action="store_true")
    check.set_defaults(func=run_check)
    declare(check, Access.READ)

    export = actions.add_parser("export", help="write the roster as PDF, .xlsx or .ics")
    _range(export)
    target = export.add_mutually_exclusive_group(required=True)
    target.add_argument("--pdf", type=path_value, metavar="FILE")
    target.add_argument("--xlsx", type=path_value, metavar="FILE")
    target.add_argument("--ics", type=path_value, metavar="FILE")
    export.add_argument("--person", metavar="PERSON", help=".ics for one person (name or id)")
    export.set_defaults(func=run_export)
    declare(export, Access.READ)

    staff = actions.add_parser(
        "import-staff", help="add staff from .xlsx/.csv (姓名, 部门/单位, 电话/手机, 职务/角色)"
    )
    staff.add_argument("file", type=path_value)
    staff.set_defaults(func=run_import_staff)
    declare(staff, Access.WRITE)

    leave = actions.add_parser("leave", help="record a period a person cannot be on duty")
    leave.add_argument("--person", required=True, metavar="PERSON")
    _range(leave)
    leave.add_argument("--reason", default="")
    leave.set_defaults(func=run_leave)
    declare(leave, Access.WRITE)

    special = actions.add_parser("special", help="add a special period that needs 24-hour coverage")
    special.add_argument("--name", required=True)
    _range(special)
    special.set_defaults(func=run_special)
    declare(special, Access.WRITE)

    holiday = actions.add_parser("holiday", help="enter a statutory holiday or a make-up workday")
    holiday.add_argument("--date", required=True, type=date_value, metavar="DATE")
    holiday.add_argument("--name", required=True, help="e.g. 元旦, 春节")
    holiday.add_argument("--workday", action="store_true", help="a make-up workday (调休上班) instead")
    holiday.set_defaults(func=run_holiday)
    declare(holiday, Access.WRITE)

    _register_swaps(actions)


def _register_swaps(actions: Any) -> None:
    swap = actions.add_parser("swap", help="ask someone to take your duty on a date (needs approval)")
    swap.add_argument("--date", required=True, type=date_value, metavar="DATE")
    swap.add_argument("--with", dest="other", required=True, metavar="PERSON", help="who takes the duty")
    swap.add_argument("--reason", required=True)
    swap.add_argument("--for", dest="requester", metavar="PERSON", help="ask for this person (admin)")
    swap.set_defaults(func=run_swap)
    declare(swap, Access.WRITE)

    swaps = actions.add_parser("swaps", help="swap requests: open first, then decided")
    swaps.add_argument("--json", action="store_true")
    swaps.set_defaults(func=run_swaps)
    declare(swaps, Access.READ)

    accept = actions.add_parser("accept", help="accept a swap asked of you")
    accept.add_argument("id", type=int_value(1, 10**9, "申请编号"), metavar="ID")
    accept.set_defaults(func=run_swap_step, step="accept")
    declare(accept, Access.WRITE)

    approve = actions.add_parser(
        "approve", help="approve an accepted swap: the roster changes (supervisor/admin)"
    )
    approve.add_argument("id", type=int_value(1, 10**9, "申请编号"), metavar="ID")
    approve.set_defaults(func=run_swap_step, step="approve")
    declare(approve, Access.WRITE)

    refuse = actions.add_parser("refuse", help="refuse a swap request with a reason (supervisor/admin)")
    refuse.add_argument("id", type=int_value(1, 10**9, "申请编号"), metavar="ID")
    refuse.add_argument("--reason", required=True)
    refuse.set_defaults(func=run_swap_step, step="refuse")
    declare(refuse, Access.WRITE)


def _range(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--from", dest="first", required=True, type=date_value, metavar="DATE")
    parser.add_argument("--to", dest="last", required=True, type=date_value, metavar="DATE")


def resolve_person(office: Any, text: str | None) -> int | None:
    """A person by id or by name (compared by `name_key`); unknown or ambiguous names are errors."""
    if text is None:
        return None
    people = office.staff.all()
    if text.isascii() and text.isdigit() and len(text) <= 12 and any(p.id == int(text) for p in people):
        return int(text)
    named = [p for p in people if name_key(p.name) == name_key(text)]
    if not named:
        raise NotFoundError(f"找不到人员：{text}", code="unknown_person")
    if len(named) > 1:
        raise ValidationError(f"有 {len(named)} 位名为 {text} 的人员，请改用编号。", code="ambiguous_person")
    return int(named[0].id)


def run_generate(args: argparse.Namespace) -> int:
    office = open_office(args)
    try:
        result = office.roster.generate(
            args.first,
            args.last,
            start_officer=resolve_person(office, args.start_officer),
            start_leader=resolve_person(office, args.start_leader),
        )
    finally:
        office.close()
    for warning in result.warnings:
        print(f"warning: {warning}")
    print(
        f"roster: {result.created} duties planned {result.first}..{result.last} "
        f"({result.kept} kept, {result.replaced} replaced, {result.unfilled} unfilled)"
    )
    return 0


def _person(duty: Any, swapped: frozenset[int] = frozenset()) -> dict[str, Any]:
    return {
        "id": duty.staff_id,
        "name": duty.staff_name,
        "phone": duty.phone,
        "shift": duty.shift.value,
        "swapped": duty.id in swapped,  # put on this duty by an approved swap or substitute
    }


def _problem(problem: Any) -> dict[str, Any]:
    return {
        "kind": problem.kind.value,
        "date": problem.duty_date,
        "message": problem.message,
        "staff_id": problem.staff_id,
    }


def run_show(args: argparse.Namespace) -> int:
    office = open_office(args)
    try:
        if args.time:
            moment = datetime.combine(args.date, args.time)
            now = office.roster.on_duty(moment)
            day = office.roster.days(now.duty_date, now.duty_date)[0]
            leaders, officers, standby = now.leaders, now.officers, now.standby
        else:
            day = office.roster.days(args.date, args.date)[0]
            leaders, officers, standby = day.leaders, day.officers, day.standby
    finally:
        office.close()
    data = {
        "date": day.day,
        "day_kind": day.kind.value,
        "holiday": day.holiday_name,
        "holiday_duty": day.is_holiday_duty,
        "special_periods": list(day.special_names),
        "leaders": [_person(d, day.swapped) for d in leaders],
        "officers": [_person(d, day.swapped) for d in officers],
        "standby": [_person(d, day.swapped) for d in standby],
        "problems": [_problem(p) for p in day.problems],
    }
    if args.json:
        print_json(data)
        return 0
    label = day.kind.zh + (f"（{day.holiday_name}）" if day.holiday_name else "")
    print(f"{day.day} {label}" + (f" 特殊时期：{'、'.join(day.special_names)}" if day.special_names else ""))
    for title, duties in (("带班领导", leaders), ("值班员", officers), ("备班", standby)):
        names = "、".join(f"{d.staff_name}（{d.shift.zh}{' ' + d.phone if d.phone else ''}）" for d in duties)
        print(f"  {title}：{names or '无'}")
    for problem in day.problems:
        print(f"  ! {problem.message}")
    return 0


def run_check(args: argparse.Namespace) -> int:
    office = open_office(args)
    try:
        quality = office.roster.check(args.first, args.last)
    finally:
        office.close()
    if args.json:
        from dataclasses import asdict  # not at the top: the parser is built on every start

        print_json(
            {
                "from": quality.first,
                "to": quality.last,
                "gaps": quality.gaps,
                "problems": [_problem(p) for p in quality.problems],
                "people": [asdict(person) for person in quality.people],
                "spread": {role.value: value for role, value in quality.spread.items()},
            }
        )
    else:
        print(
            f"roster check {quality.first}..{quality.last}: "
            f"{len(quality.problems)} problems, {quality.gaps} gaps"
        )
        for problem in quality.problems:
            print(f"  [{problem.kind.zh}] {problem.message}")
        for role, value in quality.spread.items():
            print(f"  {role.zh}值班次数最多与最少相差 {value}")
        for person in quality.people:
            print(
                f"  {person.name}: {person.total} 次（带班 {person.leader}，值班 {person.officer}；"
                f"休息日 {person.weekend}，节假日 {person.holiday}）{person.hours:g} 小时"
            )
    return 1 if quality.problems else 0


def run_export(args: argparse.Namespace) -> int:
    office = open_office(args)
    try:
        first: date = args.first
        last: date = args.last
        if args.person and not args.ics:
            raise ValidationError("--person 只用于 --ics 导出。", code="bad_option", field="person")
        if args.ics:
            written = office.roster.export.ics(first, last, args.ics, resolve_person(office, args.person))
            print(f"roster: {written.count} duties written to {written.path} ({written.size} bytes)")
        elif args.xlsx:
            written = office.roster.export.xlsx(first, last, args.xlsx)
            print(f"roster: {written.count} duties written to {written.path} ({written.size} bytes)")
        else:
            from dutylog.render.pdf import ensure_gui_application
            from dutylog.render.roster_pdf import write_roster_pdf

            with office.outputs.writing(args.pdf) as out:  # refused before anything is read
                ensure_gui_application()
                html_pages = office.roster.export.html_pages(first, last)
                out.count = write_roster_pdf(html_pages, f"{office.unit_name()}值班表", out.temp)
            written = out.written
            print(f"roster: {written.count} page(s) written to {written.path} ({written.size} bytes)")
    finally:
        office.close()
    return 0


def run_import_staff(args: argparse.Namespace) -> int:
    from dutylog.services.roster.staff_import import import_staff

    office = open_office(args)
    try:
        result = import_staff(office, args.file)
    finally:
        office.close()
    print(f"staff: {len(result.added)} added, {len(result.skipped)} already present")
    return 0


def run_leave(args: argparse.Namespace) -> int:
    office = open_office(args)
    try:
        person = resolve_person(office, args.person)
        assert person is not None
        record = office.roster.add_leave(person, args.first, args.last, args.reason)
    finally:
        office.close()
    print(f"leave: {record.staff_name} {record.first_day}..{record.last_day}")
    return 0


def run_special(args: argparse.Namespace) -> int:
    office = open_office(args)
    try:
        period = office.roster.add_special_period(args.name, args.first, args.last)
    finally:
        office.close()
    print(f"special period: {period.name} {period.first_day}..{period.last_day}")
    return 0


def run_holiday(args: argparse.Namespace) -> int:
    from dutylog.domain.roster.calendar import DayKind

    office = open_office(args)
    try:
        entry = office.holidays.set_day(
            args.date, DayKind.MAKEUP if args.workday else DayKind.HOLIDAY, args.name
        )
    finally:
        office.close()
    print(f"holiday table: {entry.day} {entry.kind.zh} {entry.name}")
    return 0


def _swap_line(request: Any) -> str:
    exchange = f"，换其 {request.other_date} {request.other_shift.zh}" if request.other_slot_id else ""
    line = (
        f"#{request.id} [{request.status.zh}] {request.duty_date} {request.shift.zh}{request.role.zh} "
        f"{request.requester_name} → {request.other_name}{exchange}：{request.reason}"
    )
    if request.decision_reason:
        line += f"（{request.decided_by}：{request.decision_reason}）"
    elif request.decided_by:
        line += f"（{request.decided_by} 批准）"
    return line


def _swap_json(request: Any) -> dict[str, Any]:
    return {
        "id": request.id,
        "status": request.status.value,
        "kind": request.kind.value,
        "date": request.duty_date,
        "shift": request.shift.value,
        "role": request.role.value,
        "requester": request.requester_name,
        "with": request.other_name,
        "their_date": request.other_date,
        "their_shift": request.other_shift.value if request.other_shift else None,
        "reason": request.reason,
        "requested_by": request.requested_by,
        "requested_at": request.requested_at,
        "accepted_by": request.accepted_by,
        "accepted_at": request.accepted_at,
        "decided_by": request.decided_by,
        "decided_at": request.decided_at,
        "decision_reason": request.decision_reason,
    }


def run_swap(args: argparse.Namespace) -> int:
    office = open_office(args)
    try:
        other = resolve_person(office, args.other)
        assert other is not None
        request = office.roster.swaps.request(
            args.date, other, args.reason, for_staff_id=resolve_person(office, args.requester)
        )
    finally:
        office.close()
    print(f"swap request: {_swap_line(request)}")
    return 0


def run_swaps(args: argparse.Namespace) -> int:
    office = open_office(args)
    try:
        requests = office.roster.swaps.requests()
    finally:
        office.close()
    # Open requests first (they need someone's answer), each group oldest first.
    requests.sort(key=lambda r: (not r.status.is_open, r.requested_at, r.id))
    if args.json:
        print_json([_swap_json(request) for request in requests])
        return 0
    if not requests:
        print("没有调班申请。")
    for request in requests:
        print(_swap_line(request))
    return 0


def run_swap_step(args: argparse.Namespace) -> int:
    office = open_office(args)
    try:
        swaps = office.roster.swaps
        if args.step == "accept":
            request = swaps.accept(args.id)
        elif args.step == "approve":
            request = swaps.approve(args.id)
        else:
            request = swaps.refuse(args.id, args.reason)
    finally:
        office.close()
    print(f"swap request: {_swap_line(request)}")
    if args.step == "approve" and request.decision_reason:
        return 1  # the rule no longer allows it: refused with the reason, roster unchanged
    return 0
