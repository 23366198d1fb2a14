"""`dutylog log`: write and read the daily log (值班日志) from scripts and outside checks.

dutylog log add --kind patrol|matter|call|document|instruction|handover|note --text T
                [--at "YYYY-MM-DD HH:MM"] [--sources a,b] [--found] [--matter NUMBER]
dutylog log show --date D [--shift S] [--json | --pdf F | --docx F]
dutylog log close-shift [--date D --shift S]
dutylog log handover [--fill LABEL=NOTE ... --open LABEL ...] [--confirm [--item N ...]]

Writes log in (the author is the logged-in account); times default to now.
"""

from __future__ import annotations

import argparse
from typing import Any

from dutylog.cli.common import Access, declare, open_office, print_json
from dutylog.cli.values import date_value, datetime_value, int_value
from dutylog.domain.enums import EntryKind, Shift
from dutylog.domain.errors import ValidationError

# The command line's kinds: a document (来文) is written like a call (来电来文), a note is "other".
KINDS = {
    "patrol": EntryKind.PATROL,
    "matter": EntryKind.MATTER_FOUND,
    "call": EntryKind.CALL,
    "document": EntryKind.CALL,
    "instruction": EntryKind.INSTRUCTION,
    "handover": EntryKind.HANDOVER,
    "note": EntryKind.OTHER,
}


def shift_value(text: str) -> Shift:
    try:
        return Shift.parse(text)
    except ValueError:
        names = ", ".join(shift.value for shift in Shift)
        raise argparse.ArgumentTypeError(f"班次应为 {names} 之一：{text!r}") from None


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("log", help="值班日志：记录、查看、交班、交接班确认 (log)")
    actions = parser.add_subparsers(dest="log_command", metavar="ACTION", required=True)

    add = actions.add_parser("add", help="记录一条值班日志（作者为登录账号）")
    add.add_argument("--kind", required=True, choices=tuple(KINDS), help="kind of entry")
    add.add_argument("--text", required=True, help="内容")
    add.add_argument("--at", type=datetime_value, help='"YYYY-MM-DD HH:MM" (default: now)')
    add.add_argument("--sources", help="patrol: the sources patrolled, comma-separated")
    add.add_argument("--found", action="store_true", help="patrol: something was found (有发现)")
    add.add_argument("--matter", metavar="NUMBER", help="matter: the matter's number")
    add.set_defaults(func=run_add)
    declare(add, Access.WRITE)

    show = actions.add_parser("show", help="查看一个值班日的日志、巡查情况")
    show.add_argument("--date", type=date_value, help="duty date YYYY-MM-DD (default: today's)")
    show.add_argument("--shift", type=shift_value, help="only this shift")
    formats = show.add_mutually_exclusive_group()
    formats.add_argument("--json", action="store_true", help="print JSON")
    formats.add_argument("--pdf", metavar="FILE", help="write the day's log as a PDF (GB/T 9704 layout)")
    formats.add_argument("--docx", metavar="FILE", help="write the day's log as a Word document")
    show.set_defaults(func=run_show)
    declare(show, Access.READ)

    close = actions.add_parser("close-shift", help="交班：关闭班次，记录随之只读")
    close.add_argument("--date", type=date_value, help="duty date (with --shift; default: the shift now)")
    close.add_argument("--shift", type=shift_value, help="shift (with --date)")
    close.set_defaults(func=run_close)
    declare(close, Access.WRITE)

    handover = actions.add_parser("handover", help="交接班：查看待确认的交接、按清单填写或逐项确认")
    handover.add_argument("--fill", action="append", metavar="LABEL=NOTE", help="outgoing: fill an item")
    handover.add_argument("--open", action="append", metavar="LABEL", help="outgoing: the item stays open")
    handover.add_argument("--confirm", action="store_true", help="incoming: confirm the pending handover")
    handover.add_argument(
        "--item", action="append", type=int_value(1, 30, "清单项序号"), help="with --confirm: only item N"
    )
    handover.set_defaults(func=run_handover)
    declare(handover, Access.READ, write_options=("confirm", "fill", "open"))


def run_add(args: argparse.Namespace) -> int:
    from dutylog.domain.log.records import NewLogEntry

    kind = KINDS[args.kind]
    if args.sources is not None and kind is not EntryKind.PATROL:
        raise ValidationError("--sources 只用于巡查（--kind patrol）。", code="bad_option", field="sources")
    if args.found and kind is not EntryKind.PATROL:
        raise ValidationError("--found 只用于巡查（--kind patrol）。", code="bad_option", field="found")
    if args.matter is not None and kind is not EntryKind.MATTER_FOUND:
        raise ValidationError("--matter 只用于 --kind matter。", code="bad_option", field="matter")
    details: dict[str, Any] = {}
    if kind is EntryKind.PATROL:
        details = {"sources": args.sources or "", "result": "found" if args.found else "none"}
    office = open_office(args)
    try:
        matter_id = office.matters.by_number(args.matter).id if args.matter else None
        record = office.log.add_entry(
            NewLogEntry(kind, args.text, occurred_at=args.at, matter_id=matter_id, details=details)
        )
        late = "（补录）" if record.late else ""
        print(
            f"已记录{record.kind.zh}{late}：#{record.id} {record.occurred_at:%Y-%m-%d %H:%M}"
            f"（{record.duty_date:%Y-%m-%d} {record.shift.zh}）"
        )
        return 0
    finally:
        office.close()


def _entry_json(record: Any) -> dict[str, Any]:
    return {
        "id": record.id,
        "at": record.occurred_at.isoformat(timespec="minutes"),
        "shift": record.shift.value,
        "kind": record.kind.value,
        "text": record.text,
        "author": record.author_name,
        "matter": record.matter_number or None,
        "details": record.details,
        "locked": record.locked,
        "late": record.late,
    }


def run_show(args: argparse.Namespace) -> int:
    from dutylog.domain.log.kinds import describe_details

    office = open_office(args)
    try:
        duty_date = args.date or office.shift_times().locate(office.clock())[0]
        if args.pdf or args.docx:
            return _write_day(office, args, duty_date)
        entries = office.log.entries_for(duty_date, args.shift)
        patrols = office.patrols.day(duty_date)
        if args.shift not in (None, Shift.FULL):
            times = office.shift_times()
            patrols = [slot for slot in patrols if times.locate(slot.at)[1] is args.shift]
        closed = {shift.value: office.log.is_closed(duty_date, shift) for shift in (Shift.DAY, Shift.NIGHT)}
    finally:
        office.close()
    if args.json:
        print_json(
            {
                "date": duty_date,
                "shift": args.shift.value if args.shift else None,
                "entries": [_entry_json(r) for r in entries],
                "patrols": [slot.as_dict() for slot in patrols],
                "closed": closed,
            }
        )
        return 0
    print(f"{duty_date:%Y-%m-%d} 值班日志{f'（{args.shift.zh}）' if args.shift else ''}：{len(entries)} 条")
    for r in entries:
        extra = describe_details(r.kind, r.details)
        mark = "［补录］" if r.late else ""
        print(f"{r.occurred_at:%H:%M}  {r.kind.zh}{mark}  {r.author_name or '—'}  {r.text}")
        if extra:
            print(f"        {extra}")
    for slot in patrols:
        covered = f"（{slot.entry.occurred_at:%H:%M} {slot.entry.author_name}）" if slot.entry else ""
        print(f"巡查 {slot.at:%H:%M}：{slot.status.zh}{covered}")
    return 0


def _write_day(office: Any, args: argparse.Namespace, duty_date: Any) -> int:
    from dutylog.cli.briefings_cmd import emit_document
    from dutylog.reports.daily_log import day_document

    office.outputs.check(args.pdf or args.docx)  # refused before anything is read
    document = day_document(office.documents.day_log(duty_date, args.shift))
    emit_document(document, office, pdf=args.pdf, docx=args.docx)
    return 0


def run_close(args: argparse.Namespace) -> int:
    if (args.date is None) != (args.shift is None):
        raise ValidationError("--date 与 --shift 须一起给出。", code="bad_option", field="shift")
    office = open_office(args)
    try:
        if args.date is None:
            duty_date, shift = office.shift_times().locate(office.clock())
        else:
            duty_date, shift = args.date, args.shift
        office.log.close_shift(duty_date, shift)
        print(f"已交班：{duty_date:%Y-%m-%d} {shift.zh}已关闭，记录只读。")
        return 0
    finally:
        office.close()


def run_handover(args: argparse.Namespace) -> int:
    filling = bool(args.fill or args.open)
    if filling and args.confirm:
        raise ValidationError("填写（--fill/--open）与确认（--confirm）不能同时进行。", code="bad_option")
    if args.item and not args.confirm:
        raise ValidationError("--item 须与 --confirm 一起使用。", code="bad_option", field="item")
    office = open_office(args)
    try:
        if filling:
            return _fill(office, args)
        if args.confirm:
            pending = office.handover.pending()
            items = None if not args.item else [n - 1 for n in args.item]
            record = office.log.confirm_handover(pending.id, items)
            done = (
                "已确认全部交接事项，交班记录只读" if record.details.get("confirmed_by") else "已确认所选事项"
            )
            print(f"{done}：#{record.id}（{record.author_name} {record.occurred_at:%m-%d %H:%M}）")
            return 0
        return _show_pending(office)
    finally:
        office.close()


def _fill(office: Any, args: argparse.Namespace) -> int:
    from dutylog.domain.log.handover import HandoverItem

    items = office.handover.blank_items()
    labels = [item.label for item in items]
    notes: dict[str, str] = {}
    for pair in args.fill or []:
        label, sep, note = pair.partition("=")
        if not sep:
            raise ValidationError(f"--fill 应为 LABEL=NOTE：{pair}", code="bad_option", field="fill")
        notes[label.strip()] = note.strip()
    opened = {label.strip() for label in args.open or []}
    unknown = (set(notes) | opened) - set(labels)
    if unknown:
        raise ValidationError(
            f"交接班清单中没有“{sorted(unknown)[0]}”；清单项：{'、'.join(labels)}",
            code="bad_item",
            field="fill",
        )
    filled = [
        HandoverItem(item.label, notes.get(item.label, item.note), item.label in opened) for item in items
    ]
    record = office.handover.hand_over(filled)
    print(f"已记录交接班：#{record.id}，清单 {len(filled)} 项，待接班人逐项确认。")
    return 0


def _show_pending(office: Any) -> int:
    from dutylog.domain.log.handover import describe_items, parse_items

    pending = office.handover.pending()
    print(f"待确认的交接班：#{pending.id}（{pending.author_name} {pending.occurred_at:%m-%d %H:%M}）")
    for n, line in enumerate(describe_items(parse_items(pending.details.get("items"))).splitlines(), 1):
        print(f"{n}. {line}")
    return 0
