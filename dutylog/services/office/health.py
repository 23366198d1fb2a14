"""`dutylog check`: is the database sound, are the office's records consistent, and is
everything that claims to be final still what it was when it became final?

Final records are signed briefings (hashed when signed), evidence files (addressed by
the SHA-256 of their bytes), voids (which must say why) and the audit chain. Each finding
is one line naming the record as the office knows it.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from dutylog.domain.accounts.anchor import FIRST_ANCHOR_NOTICE, Anchor, anchor_problems, may_advance
from dutylog.domain.briefings.signature import signature_problem
from dutylog.domain.office.health import (
    EVIDENCE_ALTERED,
    EVIDENCE_MISSING,
    EVIDENCE_NO_FOLDER,
    HealthReport,
    StoredEvidence,
    evidence_unreadable,
)
from dutylog.services.context import OfficeContext
from dutylog.storage import anchor as anchors

if TYPE_CHECKING:
    from dutylog.services.accounts.audit import AuditService
    from dutylog.services.matters.matters import MatterService

# Rows read per transaction: a ten-year office has about 3,000 signed briefings and tens
# of thousands of evidence rows; short transactions keep other workstations unhindered.
BRIEFING_BATCH = 200
EVIDENCE_BATCH = 500
# Bytes of database-kept evidence held at once (one larger file is still read alone).
EVIDENCE_BATCH_BYTES = 32 * 1024 * 1024
NO_ANCHOR_NOTICE = "审计链尚无锚点文件：下一次写入记录时自动建立"


@dataclass(frozen=True)
class CheckReport(HealthReport):
    """The report plus notices: things done or worth knowing that are not problems."""

    notices: list[str] = field(default_factory=list)


class HealthContext(OfficeContext, Protocol):
    """`check` verifies the audit chain and evidence files, so it needs those services."""

    @property
    def audit(self) -> AuditService: ...

    @property
    def matters(self) -> MatterService: ...


class HealthService:
    def __init__(self, office: HealthContext) -> None:
        self.office = office

    def check(self) -> CheckReport:
        report = CheckReport(database=self.office.db.description)
        with self.office.db.transaction() as store:
            report.checks_run.append("engine_integrity")
            report.problems.extend(store.health.engine_integrity())
            report.checks_run.append("consistency")
            report.problems.extend(store.health.consistency())
            report.checks_run.append("void_reasons")
            report.problems.extend(store.health.voids_without_reason())
        report.checks_run.append("audit_chain")
        chain = self.office.audit.verify()
        if chain.problem is not None:
            report.problems.append(chain.problem.describe())
        report.checks_run.append("audit_anchor")
        problems, notices = self.anchor_findings(chain_intact=chain.intact)
        report.problems.extend(problems)
        report.notices.extend(notices)
        report.checks_run.append("signed_briefings")
        report.problems.extend(self.signed_briefing_problems())
        report.checks_run.append("evidence_files")
        report.problems.extend(self.evidence_problems())
        report.checks_run.append("file_permissions")
        report.problems.extend(_loose_permissions(self.office.db.file))
        return report

    def anchor_findings(self, *, chain_intact: bool = True) -> tuple[list[str], list[str]]:
        """(problems, notices): the chain against the anchor kept outside the database.

        No anchor yet (a database from before anchors, or the file was removed) is not a
        problem: the current head becomes the first anchor. A sound chain that reaches
        further than the anchor moves it forward, so `check` also anchors the records other
        workstations appended.
        """
        db = self.office.db
        try:
            current = anchors.read(db.anchor_path)
        except anchors.AnchorUnreadable as exc:
            hint = "确认数据库无误后，可删除该文件，再次检查时重新建立"
            return [f"审计链锚点文件无法读取：{exc}（{hint}）"], []
        head, known = anchors.chain_at(db, current)
        if current is not None:
            problems = anchor_problems(current, head, known)
            if problems or not chain_intact or not may_advance(current, head, known):
                return problems, []
        if db.read_only:
            # A read changes nothing, not even the anchor: the next write moves it.
            return [], [] if current is not None else [NO_ANCHOR_NOTICE]
        fresh = Anchor.of(head, database=db.description, at=datetime.now())
        try:
            anchors.write(db.anchor_path, fresh)
        except OSError as exc:
            return [], [f"无法写入审计链锚点 {db.anchor_path}：{exc.strerror}"]
        return [], [] if current is not None else [FIRST_ANCHOR_NOTICE.format(last_id=fresh.last_id)]

    def signed_briefing_problems(self) -> list[str]:
        """Every signed briefing against its hash, and its signed version in the history too."""
        problems: list[str] = []
        with self.office.db.transaction() as store:
            for reopened, signed_once in store.briefings.reopened_after_signing():
                problems.extend(_present(signature_problem(reopened, signed_once)))
        after = 0
        while True:
            with self.office.db.transaction() as store:
                batch = store.briefings.signed_batch(after, BRIEFING_BATCH)
            if not batch:
                return problems
            for briefing, signed in batch:
                problems.extend(_present(signature_problem(briefing, signed)))
            after = batch[-1][0].id

    def evidence_problems(self) -> list[str]:
        """Every evidence file's bytes, in its row or in the evidence folder, against its SHA-256."""
        problems: list[str] = []
        # Several matters may share one file (same bytes, same name on disk): read it once.
        file_faults: dict[str, str | None] = {}
        after = 0
        while True:
            with self.office.db.transaction() as store:
                batch = store.evidence.for_verification(
                    after, limit=EVIDENCE_BATCH, max_bytes=EVIDENCE_BATCH_BYTES
                )
            if not batch:
                return problems
            for item in batch:
                if item.in_database:
                    fault = _bytes_fault(item)
                else:
                    if item.sha256 not in file_faults:
                        file_faults[item.sha256] = self._file_fault(item.sha256)
                    fault = file_faults[item.sha256]
                if fault is not None:
                    problems.append(f"{item.name}{fault}")
            after = batch[-1].id

    def _file_fault(self, sha256: str) -> str | None:
        path = self.office.matters.evidence.path_for(sha256)
        if path is None:
            return EVIDENCE_NO_FOLDER
        try:
            with path.open("rb") as handle:
                # Read in chunks: a 20 MB screenshot is never held whole.
                digest = hashlib.file_digest(handle, "sha256").hexdigest()
        except FileNotFoundError:
            return EVIDENCE_MISSING
        except OSError as exc:
            return evidence_unreadable(exc.strerror or type(exc).__name__)
        return None if digest == sha256 else EVIDENCE_ALTERED


def _bytes_fault(item: StoredEvidence) -> str | None:
    if item.data is None:
        return EVIDENCE_MISSING
    return None if hashlib.sha256(item.data).hexdigest() == item.sha256 else EVIDENCE_ALTERED


def _present(problem: str | None) -> list[str]:
    return [] if problem is None else [problem]


def _loose_permissions(db_file: Path | None) -> list[str]:
    """Database files other people on the machine could read (POSIX only)."""
    if db_file is None or os.name != "posix":
        return []
    problems = []
    for path in (db_file, Path(f"{db_file}-wal"), Path(f"{db_file}-shm")):
        if path.exists() and path.stat().st_mode & 0o077:
            problems.append(f"文件权限过宽：{path}（应仅本人可读写，可执行 chmod 600）")
    return problems
