"""The year's archive by week and month: weekly reports, monthly bulletins, daily log volumes.

A week or month is filed when it has records (a log entry or a matter found); a month's
signed bulletin is filed as signed, a month without one gets a draft from its records.
"""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Callable, Sequence
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any, Protocol

from dutylog.domain.enums import BriefingKind, BriefingStatus
from dutylog.reports.official import OfficialDocument, briefing_document
from dutylog.services.context import OfficeContext

if TYPE_CHECKING:
    from dutylog.domain.log.day_log import DayLog
    from dutylog.services.briefings.briefings import BriefingService
    from dutylog.services.briefings.reports import ReportService
    from dutylog.services.briefings.submissions import SubmissionService
    from dutylog.services.log.entries import LogService
    from dutylog.services.log.patrols import PatrolService
    from dutylog.services.matters.ledger_export import LedgerExportService
    from dutylog.services.roster.roster import RosterService

Step = tuple[str, Callable[[], None]]


class PeriodsContext(OfficeContext, Protocol):
    @property
    def briefings(self) -> BriefingService: ...

    @property
    def reports(self) -> ReportService: ...

    @property
    def submissions(self) -> SubmissionService: ...

    @property
    def ledger_export(self) -> LedgerExportService: ...

    @property
    def log(self) -> LogService: ...

    @property
    def patrols(self) -> PatrolService: ...

    @property
    def roster(self) -> RosterService: ...


def period_steps(
    office: PeriodsContext,
    year: int,
    first: date,
    last: date,
    lines: Sequence[Any],
    lazy_pdf: Callable[[str, str, Callable[[], OfficialDocument]], Callable[[], None]],
    volume: Callable[[str, str, Callable[[], list[DayLog]]], Callable[[], None]],
) -> list[Step]:
    """Weekly reports, monthly bulletins and a volume of daily logs for every week or
    month that has records (a log entry or a matter found)."""
    from dutylog.reports.monthly_bulletin import bulletin_document
    from dutylog.reports.period_reports import weekly_document
    from dutylog.services.briefings.monthly import MonthlyBulletins, month_bounds
    from dutylog.services.office.archive_documents import OfficeDocuments

    steps: list[Step] = []
    if last < first:
        return steps
    # Which days have a log is enough to plan; each month's logs are read in its own step,
    # so a busy year is never held in memory at once and Cancel is heard between months.
    documents = OfficeDocuments(office)
    logged = documents.days_of_record(first, last)
    active = set(logged) | {line.discovered_at.date() for line in lines}
    reports = office.reports
    monday = first - timedelta(days=first.weekday())
    while monday <= last:
        iso_year, week, _ = (monday + timedelta(days=3)).isocalendar()
        if iso_year == year and any(monday + timedelta(days=n) in active for n in range(7)):
            label = f"{iso_year}-W{week:02d}"
            make = functools.partial(_weekly, reports, label, weekly_document)
            steps.append((f"周报 {label}", lazy_pdf(f"weekly/{label} 周报.pdf", "weekly", make)))
        monday += timedelta(days=7)
    bulletins = MonthlyBulletins(office)
    briefings = office.briefings
    # A signed bulletin is filed as signed; a month without one gets the draft from its records.
    signed = {
        record.duty_date.month: record
        for record in briefings.between(
            date(year, 1, 1), date(year, 12, 31), BriefingStatus.SIGNED, BriefingKind.MONTHLY
        )
    }
    unit = office.unit_name()
    for month in range(first.month, last.month + 1):
        start, end = month_bounds(year, month)
        if month not in signed and not any(start <= day <= end for day in active):
            continue
        label = f"{year}-{month:02d}"
        if month in signed:
            record = signed[month]
            bulletin = functools.partial(briefing_document, record, signing=briefings.signing_mark(record.id))
        else:
            bulletin = functools.partial(_bulletin, bulletins, year, month, bulletin_document)
        steps.append((f"月报 {label}", lazy_pdf(f"monthly/{label} 舆情月报.pdf", "monthly", bulletin)))
        if any(start <= day <= end for day in logged):
            title = f"{unit}{year}年{month}月值班日志"
            month_logs = functools.partial(documents.day_logs, start, end)
            steps.append((f"值班日志 {label}", volume(f"logs/{label} 值班日志.pdf", title, month_logs)))
    return steps


def _weekly(reports: Any, label: str, document: Callable[[Any], OfficialDocument]) -> OfficialDocument:
    return document(reports.weekly(label))


def _bulletin(
    bulletins: Any, year: int, month: int, document: Callable[[Any], OfficialDocument]
) -> OfficialDocument:
    drafted = document(bulletins.facts(year, month))
    return dataclasses.replace(drafted, footnote="本月报据当月记录生成，未经审签。")
