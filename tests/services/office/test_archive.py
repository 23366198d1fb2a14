"""The year's archive package: every part an archivist files, verified, all or nothing."""

from __future__ import annotations

import csv
import io
import json
import zipfile
from datetime import datetime
from pathlib import Path

import pytest

from dutylog.domain.enums import Grade
from dutylog.office import Office
from dutylog.reports.official import OfficialDocument
from dutylog.services.matters.archive_verify import verify_archive
from dutylog.services.office.archive import CONTENTS
from dutylog.storage.output import WriteFailed


class FakePrinter:
    """Writes each document's title and body as its "PDF": no Qt in the service tests."""

    def __init__(self, fail_at: int | None = None) -> None:
        self.printed: list[str] = []
        self.fail_at = fail_at

    def official_pdf(self, document: OfficialDocument, path: Path) -> int:
        if self.fail_at is not None and len(self.printed) == self.fail_at:
            raise OSError(28, "No space left on device")
        self.printed.append(document.title)
        path.write_bytes(f"%PDF {document.title}\n{document.body_html}".encode())
        return 1

    def volume_pdf(self, documents: list[OfficialDocument], title: str, path: Path) -> int:
        self.printed.append(title)
        path.write_bytes(f"%PDF {title}\n".encode() + b"".join(d.body_html.encode() for d in documents))
        return len(documents)

    def roster_pdf(self, pages: list[str], title: str, path: Path) -> int:
        self.printed.append(title)
        path.write_bytes(f"%PDF {title}".encode())
        return len(pages)


@pytest.fixture
def year_office(office: Office) -> Office:
    major = office.matters.add(
        "网传化工厂爆炸", grade=Grade.MAJOR, discovered_at=datetime(2026, 11, 17, 9, 30)
    )
    plain = office.matters.add("小区停水投诉", discovered_at=datetime(2026, 11, 16, 10, 0))
    office.matters.evidence.attach_bytes(major.id, b"\x89PNG one", filename="现场截图.png")
    office.matters.evidence.attach_bytes(major.id, b"<html>page</html>", filename="原帖.html")
    office.matters.evidence.attach_bytes(plain.id, b"\x89PNG two", filename="现场截图.png")
    office.matters.add("去年的事", discovered_at=datetime(2025, 6, 1, 9, 0))
    return office


def build(office: Office, tmp_path: Path, printer: FakePrinter | None = None) -> Path:
    out = tmp_path / "2026.zip"
    office.archive.build(2026, out, printer=printer or FakePrinter())
    return out


def test_the_package_holds_every_part_and_verifies(year_office: Office, tmp_path: Path) -> None:
    out = build(year_office, tmp_path)
    assert verify_archive(out) == []
    with zipfile.ZipFile(out) as archive:
        names = set(archive.namelist())
        manifest = json.loads(archive.read("manifest.json"))
        audit = archive.read("audit/2026年审计记录.csv").decode("utf-8-sig")
        head = archive.read("audit/审计链头.txt").decode()
        contents = archive.read(CONTENTS).decode()
    assert {"2026年舆情台账.xlsx", CONTENTS, "manifest.json", "roster/2026年值班表.pdf"} <= names
    assert {
        "roster/2026年值班表.xlsx",
        "statistics/2026年统计报告.pdf",
        "statistics/2026年统计报告.xlsx",
    } <= names
    # Evidence filed by the matter's number, under the names the files came with.
    assert {"evidence/YQ-2026-0001/现场截图.png", "evidence/YQ-2026-0001/原帖.html"} <= names
    assert "evidence/YQ-2026-0002/现场截图.png" in names
    assert "special/YQ-2026-0001 专报.pdf" in names and not any(
        n.startswith("special/YQ-2026-0002") for n in names
    )
    assert any(n.startswith("weekly/2026-W47") for n in names)
    assert "monthly/2026-11 舆情月报.pdf" in names
    listed = {item["name"]: item for item in manifest["files"]}
    assert set(listed) == names - {"manifest.json"}
    assert listed["evidence/YQ-2026-0001/原帖.html"]["kind"] == "evidence"
    assert manifest["year"] == 2026 and manifest["matters"] == 2
    assert manifest["built_by"].endswith("（操作系统用户）")
    chain = manifest["audit_chain"]
    rows = list(csv.DictReader(io.StringIO(audit)))
    assert rows and rows[-1]["hash"] == chain["last_hash"] and int(rows[-1]["id"]) == chain["last_id"]
    assert all(row["at"].startswith("2026") for row in rows)
    assert chain["last_hash"] in head
    # The table of contents lists every other file with its number.
    assert "evidence/YQ-2026-0001/现场截图.png" in contents and "2026年舆情台账.xlsx" in contents


def test_verify_fails_after_one_byte_of_any_file_changes(year_office: Office, tmp_path: Path) -> None:
    out = build(year_office, tmp_path)
    with zipfile.ZipFile(out) as archive:
        entries = {info.filename: archive.read(info) for info in archive.infolist()}
    for changed in entries:
        if changed == "manifest.json":
            continue
        tampered = tmp_path / "tampered.zip"
        with zipfile.ZipFile(tampered, "w") as archive:
            for name, data in entries.items():
                if name == changed:
                    data = bytes([data[0] ^ 1]) + data[1:]
                archive.writestr(name, data)
        assert verify_archive(tampered) == [f"SHA-256 不符：{changed}"], changed


def test_a_failed_step_leaves_no_package_and_no_temporary_file(year_office: Office, tmp_path: Path) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    out = folder / "2026.zip"
    out.write_bytes(b"last year's good package")
    with pytest.raises(WriteFailed, match="No space left"):
        year_office.archive.build(2026, out, printer=FakePrinter(fail_at=2))
    assert out.read_bytes() == b"last year's good package"
    assert sorted(p.name for p in folder.iterdir()) == ["2026.zip"]


def test_progress_counts_every_step_to_the_end(year_office: Office, tmp_path: Path) -> None:
    seen: list[tuple[int, int, str]] = []
    year_office.archive.build(
        2026, tmp_path / "a.zip", printer=FakePrinter(), progress=lambda *step: seen.append(step)
    )
    # Reading and planning first, before the steps are counted (total 0), then every step.
    assert [step for step in seen if step[1] == 0] == [(0, 0, "读取台账"), (0, 0, "安排归档内容")]
    counted = [step for step in seen if step[1] > 0]
    done = [step[0] for step in counted]
    assert done == sorted(done) and counted[0][0] == 0
    assert counted[-1][0] == counted[-1][1] and len({step[1] for step in counted}) == 1
    assert any("证据" in step[2] for step in counted)


def test_the_builder_is_the_logged_in_account(year_office: Office, tmp_path: Path) -> None:
    from dutylog.domain.accounts.permissions import Actor
    from dutylog.domain.enums import UserRole

    year_office.act_as(Actor("档案员小李", UserRole.ADMIN, user_id=99))
    result = year_office.archive.build(2026, tmp_path / "a.zip", printer=FakePrinter())
    assert result.built_by == "档案员小李"
    with zipfile.ZipFile(result.path) as archive:
        assert json.loads(archive.read("manifest.json"))["built_by"] == "档案员小李"


def test_a_year_out_of_range_is_refused_before_anything_is_written(office: Office, tmp_path: Path) -> None:
    from dutylog.domain.errors import ValidationError

    with pytest.raises(ValidationError):
        office.archive.build(1800, tmp_path / "a.zip", printer=FakePrinter())
    assert not (tmp_path / "a.zip").exists()


def test_a_signed_monthly_bulletin_is_filed_as_signed(year_office: Office, tmp_path: Path) -> None:
    from dutylog.domain.enums import DutyRole

    leader = year_office.staff.add("王建国", roles=[DutyRole.LEADER])
    bulletin = year_office.briefings.draft_monthly(2026, 11)
    body = bulletin.body_html.replace("（请编辑填写下月工作重点。）", "做好元旦期间舆情监测。")
    year_office.briefings.edit(bulletin.id, body_html=body, author_id=None)
    year_office.briefings.submit(bulletin.id, author_id=None)
    year_office.briefings.sign(bulletin.id, reviewer_id=leader.id, instruction="同意印发。")
    out = build(year_office, tmp_path)
    assert verify_archive(out) == []
    with zipfile.ZipFile(out) as archive:
        filed = archive.read("monthly/2026-11 舆情月报.pdf").decode()
        names = set(archive.namelist())
    # The fake printer writes the body: the signed text, not a fresh draft from the records.
    assert "做好元旦期间舆情监测" in filed and "请编辑填写" not in filed
    # Filed once, under monthly/, not among the daily briefings.
    assert [name for name in names if "月报" in name] == ["monthly/2026-11 舆情月报.pdf"]
