"""Documents from the command line, no login: a day's log, statistics, the monthly bulletin."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import docx
import pytest
from openpyxl import load_workbook

from dutylog.cli import main
from tests.helpers.demo_office import DEMO_NOW, demo_office_file

pytestmark = pytest.mark.sqlite_only("the command line runs against an office file here")

NOW = DEMO_NOW
needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return demo_office_file(tmp_path_factory, days=6)


@pytest.fixture
def db(demo_file: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("DUTYLOG_NOW", NOW)
    for name in ("DUTYLOG_USER", "DUTYLOG_PASSWORD"):
        monkeypatch.delenv(name, raising=False)  # these commands need no login
    return demo_file


def pdf_text(path: Path) -> str:
    return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout


@needs_poppler
def test_log_show_writes_the_days_log_as_pdf_and_docx(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pdf, word = tmp_path / "log.pdf", tmp_path / "log.docx"
    assert main(["--db", str(db), "log", "show", "--date", "2026-11-16", "--pdf", str(pdf)]) == 0
    assert "已导出 PDF" in capsys.readouterr().out
    text = pdf_text(pdf).replace(" ", "")
    assert "值班日志" in text and "2026年11月16日" in text and "值班记录" in text and "带班领导" in text
    assert main(["--db", str(db), "log", "show", "--date", "2026-11-16", "--docx", str(word)]) == 0
    document = docx.Document(str(word))
    assert document.core_properties.author == "网络舆情值班室"
    assert any("值班记录" in p.text for p in document.paragraphs) and document.tables


def test_log_show_refuses_pdf_with_json(db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", str(db), "log", "show", "--json", "--pdf", str(tmp_path / "x.pdf")]) == 2
    assert "not allowed with" in capsys.readouterr().err
    assert not (tmp_path / "x.pdf").exists()


@needs_poppler
def test_stats_writes_pdf_docx_and_xlsx(db: Path, tmp_path: Path) -> None:
    period = ["--from", "2026-11-01", "--to", "2026-11-30"]
    pdf, word, book = tmp_path / "s.pdf", tmp_path / "s.docx", tmp_path / "s.xlsx"
    assert main(["--db", str(db), "stats", *period, "--pdf", str(pdf)]) == 0
    assert "网络舆情工作统计报告" in pdf_text(pdf)
    assert main(["--db", str(db), "stats", *period, "--docx", str(word)]) == 0
    assert docx.Document(str(word)).core_properties.title.startswith("网络舆情工作统计报告")
    assert main(["--db", str(db), "stats", *period, "--xlsx", str(book)]) == 0
    sheets = load_workbook(book)
    figures = sheets["主要数据"]
    assert figures["A2"].value == "项目" and figures["A3"].value == "舆情事件总数"
    assert isinstance(figures["B3"].value, int) and figures["B3"].value > 0
    assert figures.print_title_rows == "$2:$2" and "等级" in sheets.sheetnames


def test_stats_refuses_a_period_that_ends_before_it_starts(
    db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", str(db), "stats", "--from", "2026-11-30", "--to", "2026-11-01"]) == 2
    assert "date_order" in capsys.readouterr().err


@needs_poppler
def test_report_monthly_drafts_the_bulletin(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pdf, word = tmp_path / "m.pdf", tmp_path / "m.docx"
    assert main(["--db", str(db), "report", "monthly", "--month", "2026-11", "--pdf", str(pdf)]) == 0
    text = pdf_text(pdf).replace(" ", "")
    for heading in (
        "本月舆情概况",
        "分级分类情况",
        "重点舆情及处置情况",
        "信息报送及采用情况",
        "下月工作重点",
    ):
        assert heading in text
    assert "2026年11月网络舆情月报" in text
    assert main(["--db", str(db), "report", "monthly", "--month", "2026-11", "--docx", str(word)]) == 0
    assert any("下月工作重点" in p.text for p in docx.Document(str(word)).paragraphs)
    capsys.readouterr()
    assert main(["--db", str(db), "report", "monthly", "--month", "2026-11", "--text"]) == 0
    assert "本月舆情概况" in capsys.readouterr().out
    assert main(["--db", str(db), "report", "monthly", "--month", "2026-13", "--text"]) == 2
