"""An evidence file keeps the name it came with as a record; what is stored, shown and archived is clean."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from dutylog.cli import main
from dutylog.domain.errors import ValidationError
from dutylog.office import Office
from dutylog.services.matters.ledger_export import verify_archive

HOSTILE = "截图\x00/../..\\\u202egnp.png"


def test_a_hostile_file_name_is_recorded_and_a_clean_one_used(office: Office, tmp_path: Path) -> None:
    matter = office.matters.add("网民发布不实图片")
    record = office.matters.evidence.attach_bytes(matter.id, b"\x89PNG evidence", filename=HOSTILE)
    # The original name is kept as evidence, NUL written out so that every database holds it.
    assert record.filename == "截图\u2400/../..\\\u202egnp.png"
    assert record.safe_name == "截图\u2400_.._.._gnp.png"
    assert office.matters.evidence.for_matter(matter.id)[0].filename == record.filename
    assert office.matters.evidence.read(record.id) == b"\x89PNG evidence"
    with pytest.raises(ValidationError) as info:
        office.matters.evidence.attach_bytes(matter.id, b"\x89PNG evidence", filename="again.png")
    assert record.safe_name in info.value.message and "\u202e" not in info.value.message

    out = tmp_path / "2026.zip"
    result = office.ledger_export.build_archive(2026, out)
    assert result.evidence_files == 1
    with zipfile.ZipFile(out) as archive:
        [entry] = [name for name in archive.namelist() if name.startswith("evidence/")]
    assert entry.endswith("截图\u2400_.._.._gnp.png") and entry.count("/") == 1
    assert not any(ch in entry for ch in "\x00\\\u202e")
    assert verify_archive(out) == []
    assert office.health.check().healthy


@pytest.mark.sqlite_only("the evidence folder and `dutylog check` on the SQLite file")
def test_the_stored_file_is_named_by_its_hash_and_check_passes(
    office: Office, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    matter = office.matters.add("事项")
    record = office.matters.evidence.attach_bytes(matter.id, b"evidence", filename="..\\CON\x00.txt")
    stored = office.matters.evidence.path_for(record.sha256)
    assert stored is not None and stored.name == record.sha256 and stored.is_file()
    assert [p.name for p in stored.parents[1].rglob("*") if p.is_file()] == [record.sha256]
    office.close()
    assert main(["--db", str(db_path), "check"]) == 0
    assert "OK" in capsys.readouterr().out


def test_the_note_of_an_evidence_file_follows_the_text_rules(office: Office) -> None:
    matter = office.matters.add("事项")
    with pytest.raises(ValidationError) as info:
        office.matters.evidence.attach_bytes(matter.id, b"x", filename="a.txt", note="说明\u202e")
    assert info.value.field == "note"
    record = office.matters.evidence.attach_bytes(matter.id, b"x", filename="a.txt", note="说\u200b明")
    assert record.note == "说明"
