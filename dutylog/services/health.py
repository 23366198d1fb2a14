"""`dutylog check`: is the database sound and are the office's records consistent?"""

from __future__ import annotations

from typing import TYPE_CHECKING

from dutylog.domain.records import HealthReport

if TYPE_CHECKING:
    from dutylog.services.office import Office


class HealthService:
    def __init__(self, office: Office) -> None:
        self.office = office

    def check(self) -> HealthReport:
        report = HealthReport(database=self.office.db.description)
        with self.office.db.transaction() as store:
            report.checks_run.append("engine_integrity")
            report.problems.extend(store.health.engine_integrity())
            report.checks_run.append("consistency")
            report.problems.extend(store.health.consistency())
        return report
