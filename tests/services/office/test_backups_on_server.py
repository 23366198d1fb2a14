"""A backup is a copy of the SQLite file; a server database is refused with a clear reason."""

from __future__ import annotations

from pathlib import Path

import pytest

from dutylog.domain.errors import DatabaseError
from dutylog.office import Office


def test_backup_copies_a_file_and_refuses_a_server(office: Office, db_backend: str, tmp_path: Path) -> None:
    if db_backend == "sqlite":
        (tmp_path / "manual").mkdir()
        made = office.backups.backup(tmp_path / "manual")
        assert made.exists() and made.stat().st_size > 0
        return
    audit_before = office.audit.count()
    with pytest.raises(DatabaseError, match="自带的备份工具"):
        office.backups.backup(tmp_path / "manual")
    assert not (tmp_path / "manual").exists() or not any((tmp_path / "manual").iterdir())
    assert office.audit.count() == audit_before
