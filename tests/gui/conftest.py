from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from dutylog.services.office import Office
from dutylog.ui import i18n
from dutylog.ui.theme import apply_fonts


@pytest.fixture
def qsettings(tmp_path: Path) -> Iterator[QSettings]:
    """Window state in a temp file, never in the developer's own settings."""
    yield QSettings(str(tmp_path / "dutylog.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def staffed_office(office: Office, qapp: object) -> Office:
    """An office with today's officer and leader on duty."""
    from dutylog.domain.enums import DutyRole, Shift

    apply_fonts(qapp)  # type: ignore[arg-type]
    i18n.install("zh_CN")  # as the app does at start; the tests read Chinese labels and dates
    officer = office.staff.add("张伟", phone="13900000001")
    leader = office.staff.add("王建国", phone="13900000002", roles=[DutyRole.LEADER])
    today = office.clock().date()
    office.roster.assign(today, Shift.FULL, DutyRole.OFFICER, officer.id)
    office.roster.assign(today, Shift.FULL, DutyRole.LEADER, leader.id)
    return office
