"""`dutylog brief`, `dutylog report special|weekly`, `dutylog stats`: briefings and reports.

PDF output needs Qt: only those commands create a QGuiApplication (offscreen), inside
the command, never at import.
"""

from __future__ import annotations

import argparse
from datetime import date
from typing import TYPE_CHECKING, Any

from dutylog.cli.common import Access, declare, open_office, print_json
from dutylog.cli.values import date_value, month_value, week_value
from dutylog.domain.errors import ValidationError

if TYPE_CHECKING:
    from dutylog.domain.accounts.permissions import Permission
    from dutylog.domain.briefings.briefing import BriefingRecord
    from dutylog.office import Office
    from dutylog.reports.official import OfficialDocument

# The options that make `brief` change records (and so need a login); without them it only prints.
BRIEF_WRITES = ("save", "submit", "sign", "return_reason")


def register(subparsers: Any) -> None:
    brief = subparsers.add_parser("brief", help="the end-of-day briefing of a date (当日汇报)")
    brief.add_argument("--date", type=date_value, help="duty date YYYY-MM-DD (default: today's duty date)")
    brief.add_argument("--shift", choices=("day", "night"), help="one shift instead of the whole day")
    _life_cycle(brief, "the day's draft", "briefing")
    _outputs(brief, text=True)
    brief.set_defaults(func=run_brief)
    declare(brief, Access.READ, write_options=BRIEF_WRITES)

    report = subparsers.add_parser("report", help="special (专报), weekly and monthly reports")
    kinds = report.add_subparsers(dest="kind", metavar="KIND", required=True)
    special = kinds.add_parser("special", help="special report for one matter (舆情专报)")
    special.add_argument("matter_no", metavar="MATTER_NO", help="matter number, e.g. YQ-2026-0042")
    _outputs(special, text=True)
    special.set_defaults(func=run_special)
    declare(special, Access.READ)
    weekly = kinds.add_parser("weekly", help="weekly report (周报)")
    weekly.add_argument("--week", required=True, type=week_value, help="ISO week YYYY-Www, e.g. 2026-W47")
    _outputs(weekly, text=True)
    weekly.set_defaults(func=run_weekly)
    declare(weekly, Access.READ)
    monthly = kinds.add_parser(
        "monthly", help="monthly bulletin (舆情月报): the saved one, else drafted from the records"
    )
    monthly.add_argument("--month", required=True, type=month_value, help="month YYYY-MM, e.g. 2026-11")
    _life_cycle(monthly, "the month's draft", "bulletin")
    _outputs(monthly, text=True)
    monthly.set_defaults(func=run_monthly)
    declare(monthly, Access.READ, write_options=BRIEF_WRITES)

    stats = subparsers.add_parser("stats", help="statistics for a period (统计)")
    stats.add_argument("--from", dest="first", required=True, type=date_value, help="first date YYYY-MM-DD")
    stats.add_argument("--to", dest="last", required=True, type=date_value, help="last date YYYY-MM-DD")
    formats = stats.add_mutually_exclusive_group()
    formats.add_argument("--json", action="store_true", help="every count as JSON")
    formats.add_argument("--pdf", metavar="FILE", help="write the statistics report as a PDF")
    formats.add_argument("--docx", metavar="FILE", help="write the statistics report as a Word document")
    formats.add_argument("--xlsx", metavar="FILE", help="write the statistics tables as a workbook")
    stats.set_defaults(func=run_stats)
    declare(stats, Access.READ)


def _life_cycle(parser: argparse.ArgumentParser, draft: str, what: str) -> None:
    """--save/--submit (the officer) and --sign/--return (the leader): one life cycle for both kinds."""
    parser.add_argument(
        "--save", action="store_true", help=f"save {draft}, written by you (the logged-in officer)"
    )
    parser.add_argument("--submit", action="store_true", help=f"submit the saved {what} for review")
    review = parser.add_mutually_exclusive_group()
    review.add_argument(
        "--sign", action="store_true", help=f"sign the submitted {what} as you (the logged-in leader)"
    )
    review.add_argument(
        "--return", dest="return_reason", metavar="REASON", help=f"return the submitted {what} to its author"
    )
    parser.add_argument("--instruction", default=None, help="the leader's instruction (批示) when signing")


def _outputs(parser: argparse.ArgumentParser, *, text: bool) -> None:
    group = parser.add_mutually_exclusive_group()
    group.add_argument("--pdf", metavar="FILE", help="write a PDF (GB/T 9704 layout)")
    group.add_argument("--docx", metavar="FILE", help="write a Word document")
    if text:
        group.add_argument("--text", action="store_true", help="print plain text (default)")


def _check_output(office: Office, args: argparse.Namespace) -> None:
    """Refuse an unsafe --pdf/--docx target before anything is read or saved."""
    if args.pdf or args.docx:
        office.outputs.check(args.pdf or args.docx)


def emit_document(document: OfficialDocument, office: Office, *, pdf: str | None, docx: str | None) -> None:
    """Write ``document`` to the --pdf or --docx file and say what was written."""
    outputs = office.outputs
    if pdf:
        from dutylog.render.pdf import write_pdf  # Qt only for this output

        with outputs.writing(pdf) as out:
            out.count = write_pdf(document, out.temp)
        written = out.written
        print(f"已导出 PDF（{written.count} 页）到 {written.path}（{written.size} 字节）")
    elif docx:
        from dutylog.reports.docx_writer import write_docx

        with outputs.writing(docx) as out:
            write_docx(document, out.temp, author=office.unit_name(), now=office.clock())
        written = out.written
        print(f"已导出 Word 文档到 {written.path}（{written.size} 字节）")


def _emit(document: OfficialDocument, args: argparse.Namespace, office: Office) -> int:
    if args.pdf or args.docx:
        emit_document(document, office, pdf=args.pdf, docx=args.docx)
    else:
        from dutylog.reports.html_subset import to_plain_text

        print(document.title)
        print()
        print(to_plain_text(document.body_html))
        for label, value in document.closing:
            print(f"{label}：{value}")
        for note in document.notes:
            print(note)
    return 0


def _check_brief_options(args: argparse.Namespace) -> None:
    reviewing = args.sign or args.return_reason is not None
    if reviewing and (args.save or args.submit):
        raise ValidationError(
            "--save/--submit（值班员）与 --sign/--return（审签领导）不能同时使用。", code="bad_option"
        )
    if args.instruction is not None and not args.sign:
        raise ValidationError("--instruction 只用于 --sign。", code="bad_option", field="instruction")


def _my_staff_id(office: Any, permission: Permission) -> int:
    """The logged-in account's member of staff: the reviewer of what the command does."""
    staff_id: int | None = office.actor.staff_id
    if staff_id is None:
        office.require(permission)  # an administrator without a person: refused for what they are
        raise ValidationError(
            f"账号 {office.actor.display} 未关联人员，不能撰写或审签汇报。", code="no_staff", field="user"
        )
    return staff_id


def run_brief(args: argparse.Namespace) -> int:
    from dutylog.domain.enums import Shift
    from dutylog.reports.official import OfficialDocument, briefing_document

    _check_brief_options(args)
    office = open_office(args)
    try:
        _check_output(office, args)
        service = office.briefings
        duty_date = args.date or service.today()
        shift = Shift(args.shift) if args.shift else None
        briefing = service.find(duty_date, shift)
        if args.save and briefing is None:
            briefing = service.draft(duty_date, shift, author_id=office.actor.staff_id)
        briefing = _review(office, briefing, args, "该日尚无已保存的汇报，请先用 --save 保存草稿。")
        if briefing is not None:
            document = briefing_document(briefing, signing=service.signing_mark(briefing.id))
        else:
            title, body = service.preview(duty_date, shift)
            document = OfficialDocument(title, body, [("状态", "草稿（未保存）")])
        return _emit(document, args, office)
    finally:
        office.close()


def _review(office: Office, briefing: BriefingRecord | None, args: argparse.Namespace, missing: str) -> Any:
    """Submit, sign or return ``briefing`` as the options say; the record as it then stands."""
    from dutylog.domain.accounts.permissions import Permission

    if not (args.submit or args.sign or args.return_reason is not None):
        return briefing
    if briefing is None:
        raise ValidationError(missing, code="no_briefing")
    service = office.briefings
    if args.submit:
        return service.submit(briefing.id, author_id=office.actor.staff_id)
    if args.sign:
        return service.sign(
            briefing.id,
            reviewer_id=_my_staff_id(office, Permission.BRIEFING_SIGN),
            instruction=args.instruction or "",
        )
    return service.return_(
        briefing.id,
        reviewer_id=_my_staff_id(office, Permission.BRIEFING_RETURN),
        reason=args.return_reason,
    )


def run_special(args: argparse.Namespace) -> int:
    from dutylog.reports.period_reports import special_document

    office = open_office(args)
    try:
        _check_output(office, args)
        facts = office.reports.special_report(args.matter_no)
        return _emit(special_document(facts), args, office)
    finally:
        office.close()


def run_weekly(args: argparse.Namespace) -> int:
    from dutylog.reports.period_reports import weekly_document

    office = open_office(args)
    try:
        _check_output(office, args)
        facts = office.reports.weekly(args.week)
        return _emit(weekly_document(facts), args, office)
    finally:
        office.close()


def run_monthly(args: argparse.Namespace) -> int:
    """The month's bulletin: saved, submitted and signed like a briefing, else drafted from the records."""
    from dutylog.reports.monthly_bulletin import bulletin_document
    from dutylog.reports.official import briefing_document

    _check_brief_options(args)
    year, month = args.month
    office = open_office(args)
    try:
        _check_output(office, args)
        service = office.briefings
        bulletin = service.find_monthly(year, month)
        if args.save and bulletin is None:
            bulletin = service.draft_monthly(year, month)
        bulletin = _review(office, bulletin, args, "该月尚无已保存的月报，请先用 --save 保存草稿。")
        if bulletin is not None:
            document = briefing_document(bulletin, signing=service.signing_mark(bulletin.id))
        else:
            document = bulletin_document(office.monthly.facts(year, month))
        return _emit(document, args, office)
    finally:
        office.close()


def statistics_json(stats: Any) -> dict[str, Any]:
    import dataclasses

    from dutylog.reports.statistics_report import summary_paragraph

    data: dict[str, Any] = dataclasses.asdict(stats)
    data["from"], data["to"] = data.pop("first"), data.pop("last")
    data["adoption_rate"] = stats.adoption_rate
    data["summary"] = summary_paragraph(stats)
    return data


def run_stats(args: argparse.Namespace) -> int:
    first: date = args.first
    last: date = args.last
    if first > last:
        raise ValidationError("--from 不能晚于 --to。", code="date_order", field="from")
    office = open_office(args)
    try:
        if args.pdf or args.docx or args.xlsx:
            return _stats_file(office, args, first, last)
        stats = office.reports.statistics(first, last)
    finally:
        office.close()
    if args.json:
        print_json(statistics_json(stats))
        return 0
    from dutylog.reports.html_subset import to_plain_text
    from dutylog.reports.statistics_report import statistics_html

    print(to_plain_text(statistics_html(stats)))
    return 0


def _stats_file(office: Office, args: argparse.Namespace, first: date, last: date) -> int:
    from dutylog.reports.statistics_report import statistics_document

    office.outputs.check(args.pdf or args.docx or args.xlsx)
    stats = office.reports.statistics(first, last)
    if args.xlsx:
        from dutylog.reports.statistics_xlsx import write_statistics_xlsx

        with office.outputs.writing(args.xlsx) as out:
            write_statistics_xlsx(
                stats, out.temp, unit_name=office.unit_name(), printed_on=office.clock().date()
            )
        written = out.written
        print(f"已导出统计表到 {written.path}（{written.size} 字节）")
        return 0
    emit_document(statistics_document(stats), office, pdf=args.pdf, docx=args.docx)
    return 0
