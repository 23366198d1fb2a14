"""The monthly bulletin (舆情月报) drafted from the month's records. Reads only."""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING, Protocol

from dutylog.domain.briefings.monthly import MonthlyFacts
from dutylog.domain.enums import Grade
from dutylog.domain.errors import ValidationError
from dutylog.services.context import OfficeContext

if TYPE_CHECKING:
    from dutylog.services.briefings.reports import ReportService
    from dutylog.services.briefings.submissions import SubmissionService
    from dutylog.services.matters.ledger_export import LedgerExportService


class MonthlyContext(OfficeContext, Protocol):
    @property
    def reports(self) -> ReportService: ...

    @property
    def submissions(self) -> SubmissionService: ...

    @property
    def ledger_export(self) -> LedgerExportService: ...


def month_bounds(year: int, month: int) -> tuple[date, date]:
    if not 1 <= month <= 12:
        raise ValidationError(f"月份不正确：{month}", code="bad_month", field="month")
    first = date(year, month, 1)
    last = (first + timedelta(days=32)).replace(day=1) - timedelta(days=1)
    return first, last


class MonthlyBulletins:
    def __init__(self, office: MonthlyContext) -> None:
        self.office = office

    def facts(self, year: int, month: int) -> MonthlyFacts:
        from dutylog.services.matters.ledger_export import LedgerFilter

        first, last = month_bounds(year, month)
        before_last = first - timedelta(days=1)
        before_first = before_last.replace(day=1)
        stats = self.office.reports.statistics(first, last)
        previous = self.office.reports.statistics(before_first, before_last)
        serious = tuple(grade for grade in Grade if grade.rank >= Grade.SERIOUS.rank)
        major = self.office.ledger_export.lines(LedgerFilter(first, last, serious))
        return MonthlyFacts(
            unit_name=self.office.unit_name(),
            year=year,
            month=month,
            statistics=stats,
            previous_total=previous.matters_total,
            major=tuple(sorted(major, key=lambda line: line.discovered_at)),
            submissions=tuple(self.office.submissions.between(first, last)),
        )
