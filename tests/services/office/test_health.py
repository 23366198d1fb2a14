"""`dutylog check` verifies what claims to be final: signed briefings, evidence files, voids.

The office is built through the services; the tampering is done the way someone with
the database in hand would do it, by raw SQL (through the office's own connection, so
the tests run on both backends) or by changing the files in the evidence folder.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

import pytest
from sqlalchemy import text

from dutylog.domain.enums import DutyRole, EntryKind
from dutylog.domain.log.records import NewLogEntry
from dutylog.domain.matters.records import EvidenceRecord
from dutylog.office import Office
from tests.conftest import FakeClock

PNG = b"\x89PNG\r\n\x1a\n" + b"0" * 100
EDITED = "<p>改过的内容</p>"
NEW_CHECKS = {"signed_briefings", "evidence_files", "void_reasons"}


@dataclass(frozen=True)
class Finals:
    """What the office holds that claims to be final."""

    monday: int  # briefing of 2026-11-16, signed
    tuesday: int  # briefing of 2026-11-17, signed
    matter_number: str
    shot: EvidenceRecord  # 截图.png
    note: EvidenceRecord  # a.txt
    voided_entry: int
    voided_matter: str


def sign_briefing(office: Office, clock: FakeClock, day: date, officer: int, leader: int) -> int:
    clock.set(datetime.combine(day, datetime.min.time()).replace(hour=17))
    draft = office.briefings.draft(day, author_id=officer)
    office.briefings.edit(draft.id, body_html=f"<p>{day:%m月%d日}平稳，无重大舆情。</p>", author_id=officer)
    office.briefings.submit(draft.id, author_id=officer)
    clock.set(clock.now.replace(hour=17, minute=40))
    return office.briefings.sign(draft.id, reviewer_id=leader, instruction="已阅。").id


@pytest.fixture
def finals(office: Office, clock: FakeClock) -> Finals:
    officer = office.staff.add("张伟").id
    leader = office.staff.add("王建国", roles=[DutyRole.LEADER]).id
    monday = sign_briefing(office, clock, date(2026, 11, 16), officer, leader)
    tuesday = sign_briefing(office, clock, date(2026, 11, 17), officer, leader)
    matter = office.matters.add("网民发布不实图片")
    shot = office.matters.evidence.attach_bytes(matter.id, PNG, filename="截图.png")
    note = office.matters.evidence.attach_bytes(matter.id, b"text evidence", filename="a.txt")
    duplicate = office.matters.add("重复登记的事项")
    office.matters.void(duplicate.id, "重复录入", expected_version=duplicate.version)
    entry = office.log.add_entry(NewLogEntry(EntryKind.PATROL, "巡查微博", details={"sources": ["微博"]}))
    office.audit.void("log_entry", entry.id, "重复登记")
    return Finals(monday, tuesday, matter.number, shot, note, entry.id, duplicate.number)


def execute(office: Office, sql: str, **params: object) -> None:
    with office.db.transaction() as store:
        store.session.execute(text(sql), params)


def new_problems(office: Office) -> list[str]:
    report = office.health.check()
    assert set(report.checks_run) >= NEW_CHECKS
    return report.problems


def stored_file(office: Office, record: EvidenceRecord) -> Path:
    path = office.matters.evidence.path_for(record.sha256)
    assert path is not None and path.exists()
    return path


def test_an_untouched_office_is_healthy(office: Office, finals: Finals) -> None:
    report = office.health.check()
    assert report.problems == [] and report.healthy
    assert set(report.checks_run) >= NEW_CHECKS
    assert office.briefings.verify(finals.monday) and office.briefings.verify(finals.tuesday)


def test_an_edited_signed_briefing_is_named(office: Office, finals: Finals) -> None:
    execute(office, "UPDATE briefing SET body_html = :body WHERE id = :id", body=EDITED, id=finals.monday)
    assert new_problems(office) == [
        "已签批的 2026-11-16 当日汇报内容与签批时的哈希不符（版本记录中的签批版本第 4 版仍相符）"
    ]
    assert not office.briefings.verify(finals.monday) and office.briefings.verify(finals.tuesday)


def test_a_briefing_edited_with_its_history_is_one_finding(office: Office, finals: Finals) -> None:
    execute(office, "UPDATE briefing SET body_html = :body WHERE id = :id", body=EDITED, id=finals.tuesday)
    execute(
        office,
        "UPDATE briefing_version SET body_html = :body WHERE briefing_id = :id",
        body=EDITED,
        id=finals.tuesday,
    )
    assert new_problems(office) == [
        "已签批的 2026-11-17 当日汇报内容与签批时的哈希不符（版本记录中的签批版本第 4 版也不符）"
    ]


def test_an_edited_instruction_is_caught_too(office: Office, finals: Finals) -> None:
    # The hash covers the instruction (批示): its text is as final as the briefing's.
    execute(office, "UPDATE briefing SET instruction = '同意。' WHERE id = :id", id=finals.monday)
    assert new_problems(office) == [
        "已签批的 2026-11-16 当日汇报内容与签批时的哈希不符（版本记录中的签批版本第 4 版仍相符）"
    ]


def test_an_edited_signed_version_is_named(office: Office, finals: Finals) -> None:
    execute(
        office,
        "UPDATE briefing_version SET body_html = :body WHERE briefing_id = :id AND action = 'signed'",
        body=EDITED,
        id=finals.monday,
    )
    assert new_problems(office) == ["已签批的 2026-11-16 当日汇报的签批版本（第 4 版）与签批时的哈希不符"]


def test_a_signature_taken_back_is_named(office: Office, finals: Finals) -> None:
    # Setting the status back would let the text be edited through the application.
    execute(office, "UPDATE briefing SET status = 'draft' WHERE id = :id", id=finals.monday)
    assert new_problems(office) == [
        "2026-11-16 当日汇报已于 2026-11-16 17:40 签批，现状态却为“草稿”（签批后的汇报不应再变动）"
    ]


def forge(office: Office, record: EvidenceRecord) -> None:
    """Change an evidence file's bytes where they are kept: its row (server) or its file (SQLite)."""
    if record.stored_in == "db":
        execute(office, "UPDATE evidence_file SET data = :data WHERE id = :id", data=b"forged", id=record.id)
    else:
        stored_file(office, record).write_bytes(b"forged")


def test_changed_evidence_bytes_are_named_wherever_they_are_kept(office: Office, finals: Finals) -> None:
    forge(office, finals.shot)
    assert new_problems(office) == [
        f"事项 {finals.matter_number} 的证据 截图.png（#{finals.shot.id}）内容已被改动（SHA-256 不符）"
    ]


@pytest.mark.sqlite_only("the evidence folder beside the SQLite file; a server keeps evidence in its rows")
def test_a_deleted_evidence_file_is_named(office: Office, finals: Finals) -> None:
    stored_file(office, finals.note).unlink()
    assert new_problems(office) == [f"事项 {finals.matter_number} 的证据 a.txt（#{finals.note.id}）文件缺失"]


@pytest.mark.sqlite_only("the evidence folder beside the SQLite file; a server keeps evidence in its rows")
def test_one_file_shared_by_two_matters_is_named_for_each(office: Office, finals: Finals) -> None:
    other = office.matters.add("另一事项")
    again = office.matters.evidence.attach_bytes(other.id, PNG, filename="副本.png")
    stored_file(office, finals.shot).write_bytes(b"forged")
    assert new_problems(office) == [
        f"事项 {finals.matter_number} 的证据 截图.png（#{finals.shot.id}）内容已被改动（SHA-256 不符）",
        f"事项 {other.number} 的证据 副本.png（#{again.id}）内容已被改动（SHA-256 不符）",
    ]


def test_a_blanked_void_reason_is_named(office: Office, finals: Finals) -> None:
    execute(office, "UPDATE record_void SET reason = '  ' WHERE entity_id = :id", id=finals.voided_entry)
    problems = new_problems(office)
    assert len(problems) == 1
    assert problems[0].startswith("作废记录 #") and problems[0].endswith(
        f"（日志记录 #{finals.voided_entry}，2026-11-17 17:40）没有作废理由"
    )


def test_a_voided_matter_without_a_reason_is_named(office: Office, finals: Finals) -> None:
    execute(office, "UPDATE matter SET void_reason = '\u3000' WHERE number = :n", n=finals.voided_matter)
    assert new_problems(office) == [f"已作废的事项 {finals.voided_matter} 没有作废原因"]


def test_every_finding_is_reported_in_batches(
    office: Office, finals: Finals, monkeypatch: pytest.MonkeyPatch
) -> None:
    # One briefing and one database-kept file per batch: findings across batch boundaries
    # are all kept, none twice.
    from dutylog.services.office import health

    monkeypatch.setattr(health, "BRIEFING_BATCH", 1)
    monkeypatch.setattr(health, "EVIDENCE_BATCH", 2)
    monkeypatch.setattr(health, "EVIDENCE_BATCH_BYTES", 1)  # one database-kept file per batch
    execute(
        office, "UPDATE briefing SET title = '改' WHERE id IN (:a, :b)", a=finals.monday, b=finals.tuesday
    )
    forge(office, finals.shot)
    forge(office, finals.note)
    problems = new_problems(office)
    assert [problem.split("（")[0] for problem in problems] == [
        "已签批的 2026-11-16 当日汇报内容与签批时的哈希不符",
        "已签批的 2026-11-17 当日汇报内容与签批时的哈希不符",
        f"事项 {finals.matter_number} 的证据 截图.png",
        f"事项 {finals.matter_number} 的证据 a.txt",
    ]
