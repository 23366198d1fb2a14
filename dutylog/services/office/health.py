"""`dutylog check`: is the database sound and are the office's records consistent?"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from dutylog.domain.office.health import HealthReport
from dutylog.services.context import OfficeContext

if TYPE_CHECKING:
    from dutylog.services.accounts.audit import AuditService


class HealthContext(OfficeContext, Protocol):
    """`check` verifies the audit chain, so it needs the audit service, not only its writer."""

    @property
    def audit(self) -> AuditService: ...


class HealthService:
    def __init__(self, office: HealthContext) -> None:
        self.office = office

    def check(self) -> HealthReport:
        report = HealthReport(database=self.office.db.description)
        with self.office.db.transaction() as store:
            report.checks_run.append("engine_integrity")
            report.problems.extend(store.health.engine_integrity())
            report.checks_run.append("consistency")
            report.problems.extend(store.health.consistency())
        report.checks_run.append("audit_chain")
        chain = self.office.audit.verify()
        if chain.problem is not None:
            report.problems.append(chain.problem.describe())
        report.checks_run.append("file_permissions")
        report.problems.extend(_loose_permissions(self.office.db.file))
        return report


def _loose_permissions(db_file: Path | None) -> list[str]:
    """Database files other people on the machine could read (POSIX only)."""
    if db_file is None or os.name != "posix":
        return []
    problems = []
    for path in (db_file, Path(f"{db_file}-wal"), Path(f"{db_file}-shm")):
        if path.exists() and path.stat().st_mode & 0o077:
            problems.append(f"文件权限过宽：{path}（应仅本人可读写，可执行 chmod 600）")
    return problems
