"""`dutylog matters capture NUMBER URL`: the logged-in officer saves a web page as evidence."""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path
from unittest.mock import patch

import pytest

from dutylog.cli import main
from dutylog.office import Office
from dutylog.services.matters.capture_browser import find_browser
from tests.cli.accounts import officer_on_duty
from tests.helpers.web_page import serve_page

pytestmark = pytest.mark.sqlite_only("the command line runs against an office file here")

NOW = datetime(2026, 11, 17, 15, 30)


@pytest.fixture
def office_file(db_path: Path) -> tuple[Path, str]:
    office = Office.open(db_path)
    try:
        number = office.matters.add("网传化工厂爆炸").number
    finally:
        office.close()
    return db_path, number


def test_capture_needs_a_login(
    office_file: tuple[Path, str], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    db, number = office_file
    monkeypatch.delenv("DUTYLOG_USER", raising=False)
    assert main(["--db", str(db), "matters", "capture", number, "https://example.com/"]) == 2
    assert "login_required" in capsys.readouterr().err


def test_a_bad_address_is_refused_before_the_login(
    office_file: tuple[Path, str], capsys: pytest.CaptureFixture[str]
) -> None:
    db, number = office_file
    assert main(["--db", str(db), "matters", "capture", number, "file:///etc/passwd"]) == 2
    assert "bad_url" in capsys.readouterr().err


@pytest.mark.skipif(find_browser() is None, reason="no Chromium, Chrome or Edge installed")
def test_the_officer_captures_a_page_and_check_verifies_it(
    office_file: tuple[Path, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db, number = office_file
    login = officer_on_duty(db, NOW)
    site = tmp_path / "site"
    site.mkdir()
    with serve_page(site) as url, patch.dict(os.environ, login):
        assert main(["--db", str(db), "matters", "capture", number, url]) == 0
    out = capsys.readouterr().out
    assert out.count("SHA-256") == 3 and ".png" in out and ".pdf" in out and ".html" in out
    office = Office.open(db)
    try:
        records = office.matters.evidence.for_matter(office.matters.by_number(number).id)
        assert len(records) == 3 and all("值班员甲" in record.note for record in records)
    finally:
        office.close()
    assert main(["--db", str(db), "check"]) == 0
