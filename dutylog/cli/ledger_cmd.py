"""`dutylog matters import|export` and `dutylog archive`: the ledger in and out of files.

The `matters` group may also be registered by the matters area (`matters search`);
`matters_group` reuses an existing group so both can live side by side.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from dutylog.cli.common import Access, declare, open_office, print_json
from dutylog.cli.values import date_value, year_value
from dutylog.domain.enums import Grade
from dutylog.domain.errors import ValidationError
from dutylog.domain.matters.ledger_mapping import ON_DUPLICATE

if TYPE_CHECKING:
    from dutylog.domain.matters.ledger_rows import RowProblem
    from dutylog.services.matters.ledger_report import ImportReport


def matters_group(subparsers: Any) -> Any:
    """The sub-subparsers of `dutylog matters`, created if no other module made them yet."""
    existing = subparsers.choices.get("matters")
    if existing is not None:
        for action in existing._actions:
            if isinstance(action, argparse._SubParsersAction):
                return action
    parser = subparsers.add_parser("matters", help="matters (舆情事项): import, export, search")
    return parser.add_subparsers(dest="matters_command", metavar="ACTION", required=True)


def register(subparsers: Any) -> None:
    group = matters_group(subparsers)
    importer = group.add_parser("import", help="import an Excel (.xlsx) or CSV ledger (台账)")
    importer.add_argument("file", help="the ledger: .xlsx, .xls, .xlsb, .ods or .csv")
    importer.add_argument("--dry-run", action="store_true", help="check every row, import nothing")
    importer.add_argument("--sheet", metavar="NAME", help="worksheet to read (default: the first)")
    importer.add_argument(
        "--no-new-units", action="store_true", help="treat a responsible unit not yet known as an error"
    )
    importer.add_argument(
        "--map",
        action="append",
        default=[],
        metavar="源列=字段",
        help="read a field from a column, e.g. --map 发布时间=发现时间 (repeatable; 列=附加 keeps a column "
        "as an extra field only); remembered for the next file with the same headers",
    )
    importer.add_argument(
        "--on-duplicate",
        choices=ON_DUPLICATE,
        default="fail",
        help="rows repeating a recorded matter (same 编号, URL and time, or title and discovery time): "
        "fail (default, lists them), skip, or update the matter",
    )
    importer.add_argument("--json", action="store_true", help="print the report as JSON")
    importer.set_defaults(func=run_import)
    declare(importer, Access.WRITE)  # --dry-run too: the same person checks what they will import

    exporter = group.add_parser("export", help="export the ledger to .xlsx or .csv")
    target = exporter.add_mutually_exclusive_group(required=True)
    target.add_argument("--xlsx", metavar="F", help="write an Excel workbook")
    target.add_argument("--csv", metavar="F", help="write CSV (UTF-8 with BOM, opens in Excel)")
    exporter.add_argument(
        "--from", dest="date_from", type=date_value, metavar="D", help="discovered on or after (YYYY-MM-DD)"
    )
    exporter.add_argument(
        "--to", dest="date_to", type=date_value, metavar="D", help="discovered on or before (YYYY-MM-DD)"
    )
    exporter.add_argument(
        "--grade", action="append", metavar="G", help="一般/较大/重大/特大 or code; repeat for several"
    )
    exporter.set_defaults(func=run_export)
    declare(exporter, Access.READ)

    capture = group.add_parser("capture", help="save a web page as evidence of a matter (网页取证)")
    capture.add_argument("number", metavar="NUMBER", help="the matter's number, e.g. YQ-2026-0042")
    capture.add_argument("url", metavar="URL", help="the page's address (http:// or https://)")
    capture.add_argument("--browser", metavar="PATH", help="Chromium, Chrome or Edge to use (default: found)")
    capture.set_defaults(func=run_capture)
    declare(capture, Access.WRITE)

    archive = subparsers.add_parser("archive", help="build or verify a year's archive package (.zip)")
    archive.add_argument("--year", type=year_value, help="year to archive")
    task = archive.add_mutually_exclusive_group()
    task.add_argument("--out", metavar="F.zip", help="archive file to write")
    task.add_argument("--verify", metavar="F.zip", help="check an archive's files against its manifest")
    archive.set_defaults(func=run_archive)
    declare(archive, Access.READ)  # builds a file; the records stay as they are


def run_import(args: argparse.Namespace) -> int:
    from dutylog.services.matters.ledger_report import ImportRejected

    def progress(phase: str, done: int, total: int) -> None:
        if sys.stderr.isatty():
            print(f"\r{phase} {done}/{total}", end="", file=sys.stderr, flush=True)

    office = open_office(args)
    try:
        report = office.ledger_import.import_file(
            args.file,
            sheet=args.sheet,
            dry_run=args.dry_run,
            progress=progress,
            allow_new_units=not args.no_new_units,
            maps=args.map,
            on_duplicate=args.on_duplicate,
        )
    except ImportRejected as rejected:
        report = rejected.report
    finally:
        office.close()
    if sys.stderr.isatty():
        print(file=sys.stderr)
    if args.json:
        print_json(_report_json(report))
    else:
        _print_report(report, verbose=args.verbose)
    return 0 if report.ok else 1


def _report_json(report: ImportReport) -> dict[str, Any]:
    done = report.imported
    return {
        "file": report.file_name,
        "dry_run": report.dry_run,
        "rows": report.rows_read,
        "imported": done.row_count if done else 0,
        "first_number": done.first_number if done and done.row_count else None,
        "last_number": done.last_number if done and done.row_count else None,
        "skipped": report.skipped,
        "updated": report.updated,
        "new_units": report.new_units,
        "mapping_remembered": report.remembered,
        "columns": [
            {
                "column": fate.index + 1,
                "name": fate.name,
                "fate": fate.kind,
                "fields": [f.value for f in fate.fields],
                "kept": fate.kept,
                "filled": fate.filled,
                "text": fate.describe(),
            }
            for fate in report.columns
        ],
        "statuses": [{"row": s.row, "status": s.status.value, "basis": s.basis} for s in report.statuses],
        "duplicates": [
            {"row": d.row, "title": d.title, "number": d.match.number, "basis": d.match.basis}
            for d in report.duplicates
        ],
        "problems": [
            {"row": p.row, "column": p.column, "reason": p.reason, "error": p.is_error}
            for p in report.problems
        ],
    }


# Without --verbose, a reason found on many rows is one line with its count and first rows:
# a 100,000-row ledger whose every row lacks a summary would otherwise print 100,000 lines.
ROWS_LISTED = 3
STATUSES_LISTED = 20


def problem_lines(problems: Sequence[RowProblem], *, every_row: bool) -> list[str]:
    """One line a problem (``every_row``), else one line a (kind, column, reason) with its rows."""
    lines: list[str] = []
    groups: dict[tuple[bool, str, str], list[int]] = {}
    for p in problems:
        if every_row:
            lines.append(f"{_kind(p.is_error)}\t第 {p.row} 行\t{p.column or '—'}\t{p.reason}")
        else:
            groups.setdefault((p.is_error, p.column, p.reason), []).append(p.row)
    for (is_error, column, reason), rows in groups.items():
        if len(rows) <= ROWS_LISTED:
            lines.extend(f"{_kind(is_error)}\t第 {row} 行\t{column or '—'}\t{reason}" for row in rows)
            continue
        first = "、".join(str(row) for row in rows[:ROWS_LISTED])
        where = f"共 {len(rows)} 行（第 {first} 行等；--verbose 逐行列出）"
        lines.append(f"{_kind(is_error)}\t{where}\t{column or '—'}\t{reason}")
    return lines


def _kind(is_error: bool) -> str:
    return "错误" if is_error else "提示"


def _print_report(report: ImportReport, *, verbose: bool = False) -> None:
    if report.remembered:
        print("使用上次为相同表头保存的列对应。")
    if report.columns:
        print("列的去向：")
        for fate in report.columns:
            print(f"  第 {fate.index + 1} 列\t{fate.name}\t{fate.describe()}")
    if report.dry_run and report.statuses:
        print("各行状态：")
        shown = report.statuses if verbose else report.statuses[:STATUSES_LISTED]
        for status in shown:
            print(f"  第 {status.row} 行\t{status.status.zh}\t依据：{status.basis}")
        if len(shown) < len(report.statuses):
            print(f"  ……共 {len(report.statuses)} 行（--verbose 逐行列出）")
    for text in problem_lines(report.problems, every_row=verbose):
        print(text)
    if report.new_units:
        print(f"将新建的责任单位：{'、'.join(report.new_units)}")
    done = report.imported
    if done is not None:
        added = f"已导入 {done.row_count} 条事项"
        if done.row_count:
            added += f"（{done.first_number} 至 {done.last_number}）"
        if report.skipped:
            added += f"，跳过 {len(report.skipped)} 条已有事项"
        if report.updated:
            added += f"，更新 {len(report.updated)} 条已有事项（{'、'.join(report.updated[:10])}）"
        print(added + "。")
    elif report.ok:
        repeats = f"，其中 {len(report.duplicates)} 行与已有事项重复" if report.duplicates else ""
        print(f"检查通过：{report.rows_ok} 行可以导入{repeats}（试运行，未写入）。")
    else:
        print(f"共 {len(report.errors)} 处错误，未导入任何数据。")


def _filters(args: argparse.Namespace) -> Any:
    from dutylog.services.matters.ledger_export import LedgerFilter

    grades: list[Grade] = []
    for text in args.grade or []:
        try:
            grades.append(Grade.parse(text))
        except ValueError:
            raise ValidationError(f"未知的等级：{text}", code="bad_grade", field="grade") from None
    return LedgerFilter(
        date_from=args.date_from,
        date_to=args.date_to,
        grades=tuple(grades),
    )


def run_export(args: argparse.Namespace) -> int:
    filters = _filters(args)
    office = open_office(args)
    try:
        if args.xlsx:
            written = office.ledger_export.export_xlsx(args.xlsx, filters)
        else:
            written = office.ledger_export.export_csv(args.csv, filters)
    finally:
        office.close()
    print(f"已导出 {written.count} 条事项到 {written.path}（{written.size} 字节）")
    return 0


def run_capture(args: argparse.Namespace) -> int:
    from dutylog.services.matters.capture import CaptureService, check_url

    check_url(args.url)  # a bad address is refused before anything is opened
    office = open_office(args)
    try:
        result = CaptureService(office).capture(args.number, args.url, browser=args.browser)
    finally:
        office.close()
    print(f"已保存网页 {result.url}（{result.title}）为 {result.matter_number} 的证据：")
    for record in result.files:
        print(f"  {record.safe_name}  {record.size} 字节  SHA-256 {record.sha256}")
    return 0


def run_archive(args: argparse.Namespace) -> int:
    from dutylog.services.matters.archive_verify import verify_archive

    if args.verify:
        problems = verify_archive(args.verify)
        for problem in problems:
            print(f"problem: {problem}")
        if problems:
            print(f"{len(problems)} problem(s) in {args.verify}")
            return 1
        print(f"OK: {args.verify}（所有文件的 SHA-256 与清单一致）")
        return 0
    if args.year is None or not args.out:
        raise ValidationError("请指定 --year 和 --out，或用 --verify 检查归档包。", code="usage")
    office = open_office(args)
    try:
        office.outputs.check(args.out)  # refused before Qt starts or anything is read
        from dutylog.render.documents import QtDocumentPrinter  # Qt only for this command

        result = office.archive.build(args.year, args.out, printer=QtDocumentPrinter(), progress=_progress())
    finally:
        office.close()
    kinds = ", ".join(f"{count} {kind}" for kind in ARCHIVE_KINDS if (count := result.count(kind)))
    print(
        f"已生成 {args.year} 年归档包 {result.path}（{result.size} 字节，"
        f"{len(result.files)} 个文件：{kinds}）；"
        f"{result.matters} 条事项；生成人：{result.built_by}"
    )
    return 0


ARCHIVE_KINDS = (
    "ledger", "briefing", "special", "weekly", "monthly", "log", "roster", "statistics", "audit", "evidence",
    "contents",
)  # fmt: skip


def _progress() -> Callable[[int, int, str], None]:
    """Progress on stderr: a line redrawn in place on a terminal, else a line every tenth
    of the way or every half minute, whichever comes first (a busy month's log takes a while)."""
    import time

    terminal = sys.stderr.isatty()
    state: dict[str, float] = {"shown": -1, "quiet": 0, "at": time.monotonic()}

    def report(done: int, total: int, what: str) -> None:
        percent = 100 * done // max(total, 1)
        if state["quiet"]:
            return
        try:
            if total <= 0 and terminal:  # reading and planning, before the steps are counted
                print(f"\r归档 {what}…\x1b[K", end="", file=sys.stderr, flush=True)
            elif total <= 0:
                print(f"archive: {what}…", file=sys.stderr, flush=True)
            elif terminal:
                bar = "#" * (percent // 5)
                end = "\n" if done >= total else ""
                print(f"\r归档 [{bar:<20}] {percent:3d}% {what}\x1b[K", end=end, file=sys.stderr, flush=True)
            elif percent // 10 != state["shown"] or done >= total or time.monotonic() - state["at"] > 30:
                state["shown"], state["at"] = percent // 10, time.monotonic()
                print(f"archive: {percent}% ({done}/{total}) {what}", file=sys.stderr, flush=True)
        except OSError:
            # Progress read through a pipe that closed (`2>&1 | head`): the package
            # matters more than its progress, so building goes on without it.
            state["quiet"] = 1

    return report
