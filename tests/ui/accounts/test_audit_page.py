"""The audit viewer: a lazy model checked with qtmodeltester, filters, and the chain verdict."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from dutylog.domain.enums import EntryKind
from dutylog.domain.log.records import NewLogEntry
from dutylog.office import Office
from dutylog.services.accounts.audit import AuditFilter
from dutylog.ui.accounts import audit_model
from dutylog.ui.accounts.audit_model import AuditTableModel
from dutylog.ui.accounts.audit_page import AuditPage


def _fill(office: Office, n: int) -> None:
    for i in range(n):
        office.log.add_entry(
            NewLogEntry(kind=EntryKind.PATROL, details={"sources": ["微博"]}, text=f"巡查第 {i} 次")
        )


def test_model_is_lazy_and_well_behaved(office: Office, qtmodeltester: Any, monkeypatch: Any) -> None:
    monkeypatch.setattr(audit_model, "BATCH", 7)
    _fill(office, 20)
    model = AuditTableModel(office)
    model.set_filter(AuditFilter())
    assert model.total == 20 and model.rowCount() == 0
    qtmodeltester.check(model)
    while model.canFetchMore(model.index(-1, -1)):
        model.fetchMore(model.index(-1, -1))
    assert model.rowCount() == 20
    assert model.data(model.index(0, 3)) == "新建"  # newest first
    assert model.data(model.index(0, 4)) == "值班日志"
    qtmodeltester.check(model)


def test_filter_by_person_and_entity(office: Office, qtbot: Any) -> None:
    _fill(office, 3)
    office.staff.add("张伟")
    page = AuditPage(office)
    qtbot.addWidget(page)
    page.entity.setCurrentIndex(page.entity.findData("staff"))
    page.apply_filter()
    assert page.model.total == 1
    page.entity.setCurrentIndex(0)
    page.person.setCurrentIndex(page.person.findData("system"))
    page.apply_filter()
    assert page.model.total == 4


def test_verify_shows_tampering(office: Office, db_path: Path, qtbot: Any) -> None:
    _fill(office, 3)
    page = AuditPage(office)
    qtbot.addWidget(page)
    page.verify()
    assert "完整" in page.status.text()
    with sqlite3.connect(db_path) as conn:
        conn.execute("UPDATE audit_log SET after_json='{}' WHERE id=2")
    conn.close()
    page.verify()
    assert "#2" in page.status.text()
    page.resize(1000, 500)


def test_officer_sees_a_refusal_not_a_crash(office: Office, qtbot: Any) -> None:
    from dutylog.domain.accounts.permissions import Actor
    from dutylog.domain.enums import UserRole

    office.act_as(Actor("zhang", role=UserRole.OFFICER))
    page = AuditPage(office)
    qtbot.addWidget(page)
    assert "无权" in page.status.text() and not page.table.isEnabled()
