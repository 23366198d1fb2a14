"""The year's archive package (年度归档): everything an archivist files for a year, in one .zip.

    {year}年舆情台账.xlsx              the ledger workbook
    briefings/  signed briefings (PDF)   special/  special reports   weekly/  weekly reports
    monthly/    monthly bulletins        logs/     daily logs, one PDF a month
    roster/     the year's roster (PDF and .xlsx)
    statistics/ the year's statistics report (PDF and .xlsx)
    audit/      the year's audit trail (.csv) and the chain's head
    evidence/YQ-2026-0001/<original names>
    目录.pdf     every file with its number      manifest.json  size and SHA-256 of each

The package is written to a temporary file and renamed into place (`OutputFiles`): it
is there complete or not at all. Documents are printed by an injected `DocumentPrinter`
(Qt lives in render/, which services do not import); `progress` is told of every step.
`verify_archive` (services/matters/archive_verify.py) checks a package against its manifest.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from dutylog.domain.accounts.audit import GENESIS
from dutylog.domain.briefings.reporting import special_report_deadline
from dutylog.domain.enums import BriefingStatus
from dutylog.domain.errors import ValidationError
from dutylog.domain.text import safe_file_name
from dutylog.reports.official import OfficialDocument, briefing_document
from dutylog.services.context import OfficeContext
from dutylog.services.matters.archive_verify import MANIFEST, manifest_header
from dutylog.services.matters.ledger_export import LedgerFilter
from dutylog.services.office.archive_package import ArchivedFile, Package, builder_name
from dutylog.services.office.archive_periods import period_steps

if TYPE_CHECKING:
    from dutylog.domain.log.day_log import DayLog
    from dutylog.services.briefings.briefings import BriefingService
    from dutylog.services.briefings.reports import ReportService
    from dutylog.services.briefings.submissions import SubmissionService
    from dutylog.services.log.entries import LogService
    from dutylog.services.log.patrols import PatrolService
    from dutylog.services.matters.ledger_export import LedgerExportService
    from dutylog.services.matters.matters import MatterService
    from dutylog.services.roster.roster import RosterService

CONTENTS = "目录.pdf"


class DocumentPrinter(Protocol):
    """Prints documents to PDF files (render/ gives the Qt one); each returns the pages."""

    def official_pdf(self, document: OfficialDocument, path: Path) -> int: ...

    def volume_pdf(self, documents: list[OfficialDocument], title: str, path: Path) -> int:
        """Several documents in one file, each from a new page (a month of daily logs)."""
        ...

    def roster_pdf(self, pages: list[str], title: str, path: Path) -> int: ...


Progress = Callable[[int, int, str], None]  # (steps done, steps in all, what is being done)


class ArchiveContext(OfficeContext, Protocol):
    @property
    def ledger_export(self) -> LedgerExportService: ...

    @property
    def briefings(self) -> BriefingService: ...

    @property
    def reports(self) -> ReportService: ...

    @property
    def roster(self) -> RosterService: ...

    @property
    def matters(self) -> MatterService: ...

    @property
    def log(self) -> LogService: ...

    @property
    def patrols(self) -> PatrolService: ...

    @property
    def submissions(self) -> SubmissionService: ...


@dataclass(frozen=True)
class YearArchiveResult:
    path: Path
    size: int
    year: int
    files: tuple[ArchivedFile, ...]
    matters: int
    built_by: str
    manifest_sha256: str

    def count(self, kind: str) -> int:
        return sum(1 for item in self.files if item.kind == kind)


class YearArchiveService:
    def __init__(self, office: ArchiveContext) -> None:
        self.office = office

    def build(
        self,
        year: int,
        out: str | Path,
        *,
        printer: DocumentPrinter,
        progress: Progress | None = None,
    ) -> YearArchiveResult:
        """Write the year's package to ``out``; nothing is left behind when a step fails."""
        if not 1990 <= year <= 2200:
            raise ValidationError(f"年份不正确：{year}", code="bad_year", field="year")
        built_by = builder_name(self.office.actor.username if self.office.actor.user_id is not None else None)
        with self.office.outputs.writing(out) as pending, tempfile.TemporaryDirectory() as work:
            package = Package(pending.temp, Path(work))
            try:
                matters, manifest_sha = self._fill(package, year, printer, progress or _quiet, built_by)
            finally:
                package.zip.close()
            pending.count = len(package.files)
        written = pending.written
        return YearArchiveResult(
            written.path, written.size, year, tuple(package.files), matters, built_by, manifest_sha
        )

    # ---- the steps ---------------------------------------------------------------------------
    def _fill(
        self, package: Package, year: int, printer: DocumentPrinter, progress: Progress, built_by: str
    ) -> tuple[int, str]:
        first, last = date(year, 1, 1), date(year, 12, 31)
        # Reported before the steps are counted: a busy year takes seconds to read and plan,
        # and each report is a point where the GUI's Cancel is heard.
        progress(0, 0, "读取台账")
        lines = self.office.ledger_export.lines(LedgerFilter(first, last))
        progress(0, 0, "安排归档内容")
        steps = self._plan(package, year, lines, printer)
        for done, (what, step) in enumerate(steps):
            progress(done, len(steps) + 2, what)
            step()
        progress(len(steps), len(steps) + 2, "目录")
        self._contents(package, year, printer)
        progress(len(steps) + 1, len(steps) + 2, "清单")
        manifest_sha = self._manifest(package, year, len(lines), built_by)
        progress(len(steps) + 2, len(steps) + 2, "完成")
        return len(lines), manifest_sha

    def _plan(
        self, package: Package, year: int, lines: Sequence[Any], printer: DocumentPrinter
    ) -> list[tuple[str, Callable[[], None]]]:
        """Every step of the package, named, so that progress can count them first."""
        from dutylog.reports.ledger_table import write_xlsx

        office = self.office
        today = office.clock().date()
        first, last = date(year, 1, 1), min(date(year, 12, 31), max(today, date(year, 1, 1)))

        def pdf(name: str, kind: str, document: OfficialDocument) -> Callable[[], None]:
            def step() -> None:
                path = package.temp(".pdf")
                pages = printer.official_pdf(document, path)
                package.add_file(name, path, kind, document.title, pages)

            return step

        def volume(name: str, title: str, days: Callable[[], list[DayLog]]) -> Callable[[], None]:
            def step() -> None:
                from dutylog.reports.daily_log import day_document

                path = package.temp(".pdf")
                pages = printer.volume_pdf([day_document(day) for day in days()], title, path)
                package.add_file(name, path, "log", title, pages)

            return step

        def lazy_pdf(name: str, kind: str, make: Callable[[], OfficialDocument]) -> Callable[[], None]:
            return lambda: pdf(name, kind, make())()

        def ledger() -> None:
            buffer = io.BytesIO()
            write_xlsx(
                lines,
                buffer,
                title=f"{year}年舆情台账",
                extra_names=office.ledger_export.extra_names(),
                printed_on=today,
            )
            package.add_bytes(f"{year}年舆情台账.xlsx", buffer.getvalue(), "ledger", f"{year}年舆情台账")

        steps: list[tuple[str, Callable[[], None]]] = [("台账", ledger)]
        service = office.briefings
        for briefing in service.between(date(year, 1, 1), date(year, 12, 31), BriefingStatus.SIGNED):
            shift = f"-{briefing.shift.zh}" if briefing.shift is not None else ""
            name = f"briefings/{briefing.duty_date.isoformat()}{shift} {safe_file_name(briefing.title)}.pdf"
            document = briefing_document(briefing, signing=service.signing_mark(briefing.id))
            steps.append((f"汇报 {briefing.duty_date.isoformat()}", pdf(name, "briefing", document)))
        limits = office.matters.time_limits()
        for line in lines:
            if special_report_deadline(line.grade, line.discovered_at, limits) is None:
                continue
            steps.append(
                (
                    f"专报 {line.number}",
                    lazy_pdf(f"special/{line.number} 专报.pdf", "special", self._special(line.number)),
                )
            )
        steps += period_steps(self.office, year, first, last, lines, lazy_pdf, volume)
        steps += self._roster_steps(package, year, printer)
        steps += self._statistics_steps(package, year, first, last, lazy_pdf)
        steps.append(("审计记录", lambda: self._audit(package, year)))
        steps.append(("证据", lambda: self._evidence(package, year)))
        return steps

    def _special(self, number: str) -> Callable[[], OfficialDocument]:
        from dutylog.reports.period_reports import special_document

        return lambda: special_document(self.office.reports.special_report(number))

    def _roster_steps(
        self, package: Package, year: int, printer: DocumentPrinter
    ) -> list[tuple[str, Callable[[], None]]]:
        office = self.office
        first, last = date(year, 1, 1), date(year, 12, 31)
        title = f"{office.unit_name()}{year}年值班表"

        def roster_pdf() -> None:
            pages = office.roster.export.html_pages(first, last)
            path = package.temp(".pdf")
            count = printer.roster_pdf(pages, title, path)
            package.add_file(f"roster/{year}年值班表.pdf", path, "roster", title, count)

        def roster_xlsx() -> None:
            path = package.temp(".xlsx")
            office.roster.export.xlsx(first, last, path)
            package.add_file(f"roster/{year}年值班表.xlsx", path, "roster", title)

        return [("值班表 PDF", roster_pdf), ("值班表 xlsx", roster_xlsx)]

    def _statistics_steps(
        self,
        package: Package,
        year: int,
        first: date,
        last: date,
        lazy_pdf: Callable[[str, str, Callable[[], OfficialDocument]], Callable[[], None]],
    ) -> list[tuple[str, Callable[[], None]]]:
        from dutylog.reports.statistics_report import statistics_document
        from dutylog.reports.statistics_xlsx import write_statistics_xlsx

        office = self.office
        end = date(year, 12, 31)

        def workbook() -> None:
            stats = office.reports.statistics(first, end)
            path = package.temp(".xlsx")
            write_statistics_xlsx(stats, path, unit_name=office.unit_name(), printed_on=office.clock().date())
            package.add_file(f"statistics/{year}年统计报告.xlsx", path, "statistics", f"{year}年统计报告")

        return [
            (
                "统计报告",
                lazy_pdf(
                    f"statistics/{year}年统计报告.pdf",
                    "statistics",
                    lambda: statistics_document(office.reports.statistics(first, end)),
                ),
            ),
            ("统计表", workbook),
        ]

    def _audit(self, package: Package, year: int) -> None:
        """The year's audit records as CSV (every field, both hashes) and the chain's head."""
        buffer = io.StringIO()
        writer = csv.writer(buffer)
        writer.writerow(
            [
                "id",
                "at",
                "username",
                "action",
                "entity",
                "entity_id",
                "before_json",
                "after_json",
                "prev_hash",
                "hash",
            ]
        )
        rows = 0
        last_hash = ""
        with self.office.db.transaction(read_only=True) as store:
            head = store.audit.head()
            for entry in store.audit.walk():
                if entry.at.year != year:
                    continue
                writer.writerow(
                    [
                        entry.id,
                        entry.at.isoformat(),
                        entry.username,
                        entry.action,
                        entry.entity,
                        entry.entity_id,
                        entry.before_json,
                        entry.after_json,
                        entry.prev_hash,
                        entry.hash,
                    ]
                )
                rows += 1
                last_hash = entry.hash
        title = f"{year}年审计记录"
        package.add_bytes(
            f"audit/{year}年审计记录.csv", ("\ufeff" + buffer.getvalue()).encode("utf-8"), "audit", title
        )
        chain = (
            f"审计链头（归档时）：记录 #{head.last_id if head else 0}，共 {head.count if head else 0} 条\n"
            f"链头哈希：{head.last_hash if head else GENESIS}\n"
            f"{year} 年审计记录 {rows} 条；本年最后一条的哈希：{last_hash or '—'}\n"
        )
        package.add_bytes("audit/审计链头.txt", chain.encode("utf-8"), "audit", "审计链头")

    def _evidence(self, package: Package, year: int) -> None:
        """Each matter's evidence under its number, with the names the files came with."""
        with self.office.db.transaction(read_only=True) as store:
            records = store.evidence.for_year(year)
            numbers = {record.matter_id: store.matters.get(record.matter_id).number for record in records}
        for record in records:
            data = self.office.matters.evidence.read(record.id)  # verified against its SHA-256
            number = safe_file_name(numbers[record.matter_id])
            package.add_bytes(f"evidence/{number}/{record.safe_name}", data, "evidence", record.filename)

    def _contents(self, package: Package, year: int, printer: DocumentPrinter) -> None:
        from dutylog.reports.archive_contents import contents_document

        document = contents_document(self.office.unit_name(), year, package.files)
        path = package.temp(".pdf")
        pages = printer.official_pdf(document, path)
        package.add_file(CONTENTS, path, "contents", document.title, pages)

    def _manifest(self, package: Package, year: int, matters: int, built_by: str) -> str:
        with self.office.db.transaction(read_only=True) as store:
            head = store.audit.head()
        manifest = {
            **manifest_header(
                year=year,
                unit=self.office.unit_name(),
                created_at=self.office.clock().isoformat(),
                matters=matters,
                head=head,
            ),
            "built_by": built_by,
            "files": [
                {
                    "name": item.name,
                    "kind": item.kind,
                    "size": item.size,
                    "sha256": item.sha256,
                    "title": item.title,
                }
                for item in package.files
            ],
        }
        encoded = json.dumps(manifest, ensure_ascii=False, indent=2).encode("utf-8")
        package.zip.writestr(MANIFEST, encoded)
        return hashlib.sha256(encoded).hexdigest()


def _quiet(_done: int, _total: int, _what: str) -> None:
    return None
