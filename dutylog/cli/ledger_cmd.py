"""`dutylog matters import|export` and `dutylog archive`: the ledger in and out of files.

The `matters` group may also be registered by the matters area (`matters search`);
`matters_group` reuses an existing group so both can live side by side.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from dutylog.cli.common import Access, declare, open_office, print_json
from dutylog.cli.values import date_value, year_value
from dutylog.domain.enums import Grade
from dutylog.domain.errors import ValidationError


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
    importer.add_argument("file", help="the .xlsx or .csv file")
    importer.add_argument("--dry-run", action="store_true", help="check every row, import nothing")
    importer.add_argument("--sheet", metavar="NAME", help="worksheet to read (default: the first)")
    importer.add_argument(
        "--no-new-units", action="store_true", help="treat a responsible unit not yet known as an error"
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

    archive = subparsers.add_parser("archive", help="build or verify a year's archive package (.zip)")
    archive.add_argument("--year", type=year_value, help="year to archive")
    task = archive.add_mutually_exclusive_group()
    task.add_argument("--out", metavar="F.zip", help="archive file to write")
    task.add_argument("--verify", metavar="F.zip", help="check an archive's files against its manifest")
    archive.set_defaults(func=run_archive)
    declare(archive, Access.READ)  # builds a file; the records stay as they are


def run_import(args: argparse.Namespace) -> int:
    from dutylog.services.matters.ledger_import import ImportRejected

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
        )
    except ImportRejected as rejected:
        report = rejected.report
    finally:
        office.close()
    if sys.stderr.isatty():
        print(file=sys.stderr)
    if args.json:
        print_json(
            {
                "file": report.file_name,
                "dry_run": report.dry_run,
                "rows": report.rows_read,
                "imported": report.imported.row_count if report.imported else 0,
                "first_number": report.imported.first_number if report.imported else None,
                "last_number": report.imported.last_number if report.imported else None,
                "new_units": report.new_units,
                "problems": [
                    {"row": p.row, "column": p.column, "reason": p.reason, "error": p.is_error}
                    for p in report.problems
                ],
            }
        )
    else:
        for p in report.problems:
            kind = "错误" if p.is_error else "提示"
            print(f"{kind}\t第 {p.row} 行\t{p.column}\t{p.reason}")
        if report.new_units:
            print(f"将新建的责任单位：{'、'.join(report.new_units)}")
        if report.imported is not None:
            done = report.imported
            print(f"已导入 {done.row_count} 条事项（{done.first_number} 至 {done.last_number}）。")
        elif report.ok:
            print(f"检查通过：{report.rows_ok} 行可以导入（试运行，未写入）。")
        else:
            print(f"共 {len(report.errors)} 处错误，未导入任何数据。")
    return 0 if report.ok else 1


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


def run_archive(args: argparse.Namespace) -> int:
    from dutylog.services.matters.ledger_export import verify_archive

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
        result = office.ledger_export.build_archive(args.year, args.out)
    finally:
        office.close()
    print(
        f"已生成 {args.year} 年归档包 {result.path}（{result.size} 字节）："
        f"{result.matters} 条事项，{result.evidence_files} 个证据文件"
    )
    return 0
