"""`report monthly` saves, submits and signs the month's bulletin like `brief` does the day's."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from dutylog.cli import main
from dutylog.demo.office import DEMO_PASSWORD
from tests.helpers.demo_office import DEMO_NOW, demo_office_file

pytestmark = pytest.mark.sqlite_only("the command line runs against an office file here")

needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return demo_office_file(tmp_path_factory, days=6)


@pytest.fixture
def db(demo_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("DUTYLOG_NOW", DEMO_NOW)
    monkeypatch.setenv("DUTYLOG_PASSWORD", DEMO_PASSWORD)
    monkeypatch.delenv("DUTYLOG_USER", raising=False)
    # The whole folder: the evidence files and the audit anchor live beside the database.
    folder = shutil.copytree(demo_file.parent, tmp_path / "office")
    return Path(folder) / demo_file.name


def monthly(db: Path, *options: str, user: str | None = None) -> list[str]:
    login = ["--user", user] if user else []
    return ["--db", str(db), *login, "report", "monthly", "--month", "2026-11", *options]


def test_the_bulletin_is_saved_submitted_and_signed_then_printed_as_signed(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Writing needs a login; reading does not.
    assert main(monthly(db, "--save")) == 2
    assert "login_required" in capsys.readouterr().err
    assert main(monthly(db, "--submit", user="张伟")) == 2
    assert "请先用 --save 保存草稿" in capsys.readouterr().err
    assert main(monthly(db, "--save", user="张伟")) == 0
    out = capsys.readouterr().out
    assert "撰写人：张伟" in out and "状态：草稿" in out
    assert main(monthly(db, "--submit", user="张伟")) == 0
    assert "状态：已提交" in capsys.readouterr().out
    # The author may not sign; a leader does, with an instruction.
    assert main(monthly(db, "--sign", user="张伟")) == 2
    assert "无权审签汇报" in capsys.readouterr().err
    assert main(monthly(db, "--sign", "--instruction", "同意印发。", user="王建国")) == 0
    out = capsys.readouterr().out
    assert "领导批示：同意印发。" in out and "审签人：王建国" in out and "SHA-256：" in out
    # Printed afterwards without a login: the signed bulletin, not a new draft.
    assert main(monthly(db, "--text")) == 0
    assert "审签人：王建国" in capsys.readouterr().out
    assert main(["--db", str(db), "check"]) == 0


@needs_poppler
def test_an_unsaved_month_prints_the_draft_with_blank_signature_lines(db: Path, tmp_path: Path) -> None:
    pdf = tmp_path / "m.pdf"
    assert main(monthly(db, "--pdf", str(pdf))) == 0
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert "下月工作重点" in text.replace(" ", "") and "审签人" not in text
