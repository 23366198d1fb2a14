from __future__ import annotations

import stat
from pathlib import Path

import pytest

from dutylog.domain.errors import NotFoundError, ValidationError
from dutylog.office import Office

PNG = b"\x89PNG\r\n\x1a\n" + b"0" * 100


@pytest.mark.sqlite_only("the evidence folder beside the SQLite file; a server keeps evidence in its rows")
def test_evidence_is_content_addressed_and_private(office: Office, tmp_path: Path) -> None:
    matter = office.matters.add("网民发布不实图片")
    shot = tmp_path / "截图.png"
    shot.write_bytes(PNG)
    record = office.matters.evidence.attach(matter.id, shot)
    stored = office.matters.evidence.path_for(record.sha256)
    assert stored is not None and stored.read_bytes() == PNG
    assert stat.S_IMODE(stored.stat().st_mode) == 0o600
    assert stat.S_IMODE(stored.parent.parent.stat().st_mode) == 0o700
    assert record.is_image and office.matters.evidence.read(record.id) == PNG
    with pytest.raises(ValidationError) as info:
        office.matters.evidence.attach(matter.id, shot)
    assert info.value.code == "duplicate"
    # The same bytes for another matter share the stored file and are not rewritten.
    other = office.matters.add("另一事项")
    again = office.matters.evidence.attach(other.id, shot)
    assert again.sha256 == record.sha256 and len(office.matters.evidence.for_matter(matter.id)) == 1


def test_too_large_and_wrong_type_are_refused_clearly(office: Office, tmp_path: Path) -> None:
    matter = office.matters.add("事项")
    big = tmp_path / "big.pdf"
    with big.open("wb") as handle:
        handle.truncate(21 * 1024 * 1024)
    with pytest.raises(ValidationError) as info:
        office.matters.evidence.attach(matter.id, big)
    assert info.value.code == "too_large" and "20 MB" in info.value.message
    exe = tmp_path / "a.exe"
    exe.write_bytes(b"MZ")
    with pytest.raises(ValidationError):
        office.matters.evidence.attach(matter.id, exe)
    assert office.matters.evidence.for_matter(matter.id) == []


@pytest.mark.sqlite_only("the evidence folder beside the SQLite file; a server keeps evidence in its rows")
def test_a_damaged_file_is_reported_not_served(office: Office, tmp_path: Path) -> None:
    matter = office.matters.add("事项")
    record = office.matters.evidence.attach_bytes(matter.id, b"text evidence", filename="a.txt")
    path = office.matters.evidence.path_for(record.sha256)
    assert path is not None
    path.write_bytes(b"tampered")
    with pytest.raises(NotFoundError):
        office.matters.evidence.read(record.id)


def test_evidence_is_added_by_the_logged_in_officer(office: Office) -> None:
    from dutylog.domain.enums import DutyRole, Shift, UserRole
    from dutylog.domain.errors import PermissionDenied

    person = office.staff.add("张伟", roles=(DutyRole.OFFICER,))
    other = office.staff.add("李娜", roles=(DutyRole.OFFICER,))
    office.roster.assign(office.clock().date(), Shift.FULL, DutyRole.OFFICER, person.id)
    office.accounts.add_user("zhangwei", UserRole.OFFICER, "password 1", staff_id=person.id)
    matter = office.matters.add("网民发布不实图片")
    office.login("zhangwei", "password 1")
    record = office.matters.evidence.attach_bytes(matter.id, b"<html>saved</html>", filename="page.html")
    assert record.added_by == person.id
    with pytest.raises(PermissionDenied) as caught:
        office.matters.evidence.attach_bytes(matter.id, b"other", filename="b.txt", added_by=other.id)
    assert caught.value.code == "not_yourself"
