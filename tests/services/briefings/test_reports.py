"""Statistics reproduce counts entered by hand; upward submissions and their adoption rate."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from dutylog.domain.enums import Grade, UserRole
from dutylog.domain.errors import DutyLogError, ValidationError
from dutylog.office import Office
from dutylog.reports.period_reports import special_html, weekly_html
from dutylog.reports.statistics_report import statistics_html, summary_paragraph
from tests.cli.accounts import add_account
from tests.services.briefings.briefing_data import DAY, People, add_matter, at

ROOT = Path(__file__).resolve().parents[3]


def submit_four(office: Office, people: People) -> None:
    rows = [
        ("化工厂爆炸谣言处置情况", True, True, "YQ-2026-0001"),
        ("第三中学午餐质量舆情", True, False, "YQ-2026-0002"),
        ("本周网络舆情综述", False, False, ""),
        ("停水舆情处置", False, False, ""),
    ]
    for title, adopted, instructed, matter in rows:
        office.submissions.add(
            sent_on=DAY,
            title=title,
            recipient="市委网信办",
            matter_number=matter,
            adopted=adopted,
            instructed=instructed,
            created_by=people.officer,
        )


@pytest.fixture
def counted(office: Office, people: People, busy_day: dict[str, int]) -> Office:
    # Outside the period: must not be counted.
    add_matter(
        office, "十月旧事", grade=Grade.MAJOR, found=at(9, day=date(2026, 10, 30)), source="微博", removed=5
    )
    submit_four(office, people)
    office.submissions.add(sent_on=date(2026, 10, 30), title="旧报送", recipient="市委网信办", adopted=True)
    return office


def test_statistics_reproduce_hand_entered_counts(counted: Office) -> None:
    stats = counted.reports.statistics(date(2026, 11, 1), date(2026, 11, 17))
    assert stats.matters_total == 3 and stats.posts_removed == 12
    assert stats.by_grade == {"ordinary": 1, "serious": 1, "major": 1, "extraordinary": 0}
    assert stats.by_status["handling"] == 1 and stats.by_status["reported"] == 1 and stats.closed == 1
    assert stats.by_category == {"不良言论": 1, "谣言": 1}
    assert stats.by_source == {"新浪微博": 1, "抖音": 1, "本地论坛": 1}
    assert stats.by_measure == {"删帖": 1, "发布权威信息": 1, "跟帖引导": 1}
    assert stats.by_unit == {"未指定": 3}
    assert stats.per_day == {"2026-11-17": 3}
    assert stats.patrols == 3 and stats.instructions == 1
    assert stats.reported == 2
    assert stats.median_minutes_to_report == pytest.approx((35 + 150) / 2)
    assert stats.max_minutes_to_report == pytest.approx(150)
    # The serious matter took 2.5 h against 2 h; the major one 35 min against "at once" (15 min).
    assert stats.overdue == 2
    assert (stats.submissions, stats.adopted, stats.instructed) == (4, 2, 1)
    assert stats.adoption_rate == pytest.approx(0.5)


def test_summary_paragraph_quotes_the_figures(counted: Office) -> None:
    stats = counted.reports.statistics(date(2026, 11, 1), date(2026, 11, 17))
    text = summary_paragraph(stats)
    assert text.startswith("本期共处置舆情事件3起")
    assert "删除失实帖文12条" in text and "超时报送2起" in text
    assert "向上级报送信息4条，被采用2条（采用率50%），获领导批示1条" in text
    assert "舆情事件总数" in statistics_html(stats)


def test_the_report_reads_in_english_for_the_english_interface(counted: Office) -> None:
    stats = counted.reports.statistics(date(2026, 11, 1), date(2026, 11, 17))
    text = summary_paragraph(stats, "en")
    assert text.startswith("3 matters handled (") and "12 false posts removed" in text
    assert "4 submissions sent upward, 2 adopted (adoption rate 50%)" in text
    body = statistics_html(stats, "en")
    assert "Period: 2026-11-01 to 2026-11-17" in body and "Unassigned" in body
    # Sources and units are the office's data; every other word is English.
    for data in (*stats.by_source, *stats.by_measure, *stats.by_category):
        body = body.replace(data, "")
    assert not re.search(r"[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]", body)


def test_an_empty_period_is_all_zero(office: Office) -> None:
    stats = office.reports.statistics(date(2025, 1, 1), date(2025, 12, 31))
    assert stats.matters_total == 0 and stats.median_minutes_to_report is None
    assert stats.adoption_rate is None and summary_paragraph(stats).startswith("本期未发现舆情事件")
    with pytest.raises(ValidationError):
        office.reports.statistics(date(2025, 2, 1), date(2025, 1, 1))


def test_submissions_are_validated(office: Office, people: People) -> None:
    with pytest.raises(ValidationError):
        office.submissions.add(sent_on=date(2026, 11, 18), title="明天", recipient="市委网信办")
    with pytest.raises(ValidationError):
        office.submissions.add(sent_on=DAY, title="", recipient="市委网信办")
    with pytest.raises(DutyLogError):
        office.submissions.add(sent_on=DAY, title="x", recipient="市委网信办", matter_number="YQ-2099-0001")
    record = office.submissions.add(sent_on=DAY, title="x", recipient="市委网信办")
    updated = office.submissions.set_outcome(record.id, adopted=True, instructed=True)
    assert updated.adopted and updated.instructed and updated.version == 2
    assert office.reports.statistics(DAY, DAY).adopted == 1


def test_special_and_weekly_reports(counted: Office, busy_day: dict[str, int]) -> None:
    facts = counted.reports.special_report("YQ-2026-0001")
    assert facts.matter.title == "网传城东新区发生化工厂爆炸"
    assert facts.deadline is not None and facts.deadline == at(14, 5)
    body = special_html(facts)
    for words in ("基本情况", "事件经过", "处置措施", "下步建议", "删帖、发布权威信息", "2026-11-17 14:05"):
        assert words in body
    assert "王建国批示" in body
    with pytest.raises(DutyLogError):
        counted.reports.special_report("YQ-2099-0001")
    weekly = counted.reports.weekly("2026-W47")
    assert weekly.first == date(2026, 11, 16) and weekly.statistics.matters_total == 3
    assert len(weekly.submissions) == 4
    assert "化工厂爆炸谣言处置情况" in weekly_html(weekly)


def run_cli(*args: str, login: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT), **(login or {})}
    env.pop("DUTYLOG_DB", None)
    return subprocess.run(
        [sys.executable, "-m", "dutylog", *args], capture_output=True, text=True, env=env, timeout=120
    )


def test_cli_stats_json_matches_the_hand_entered_counts(counted: Office, db_path: Path) -> None:
    result = run_cli("--db", str(db_path), "stats", "--from", "2026-11-01", "--to", "2026-11-17", "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["matters_total"] == 3 and data["posts_removed"] == 12
    assert data["by_grade"]["major"] == 1 and data["by_status"]["closed"] == 1
    assert (data["submissions"], data["adopted"], data["instructed"]) == (4, 2, 1)
    assert data["median_minutes_to_report"] == pytest.approx(92.5)
    assert data["adoption_rate"] == pytest.approx(0.5) and data["summary"].startswith("本期共处置舆情事件3起")


@pytest.mark.slow
def test_cli_brief_text_docx_and_bad_input(counted: Office, db_path: Path, tmp_path: Path) -> None:
    text = run_cli("--db", str(db_path), "brief", "--date", "2026-11-17", "--text")
    assert text.returncode == 0, text.stderr
    assert "今日应巡查3次，实际巡查3次，17:30巡查未按时完成，发现舆情3条" in text.stdout
    assert "草稿（未保存）" in text.stdout
    empty = run_cli("--db", str(db_path), "brief", "--date", "2026-11-02")
    assert empty.returncode == 0 and "值班员：无" in empty.stdout
    future = run_cli("--db", str(db_path), "brief", "--date", "2099-01-01")
    assert future.returncode == 2 and "将来" in future.stderr and len(future.stderr.splitlines()) == 1
    bad = run_cli("--db", str(db_path), "stats", "--from", "2026-13-01", "--to", "2026-11-17")
    assert bad.returncode == 2 and "YYYY-MM-DD" in bad.stderr
    # The officer on duty that day writes and submits; the leader signs (the clock set to that day).
    officer = {
        **add_account(db_path, "zhangwei", UserRole.OFFICER, staff="张伟"),
        "DUTYLOG_NOW": "2026-11-17T16:00",
    }
    leader = add_account(db_path, "lixiuying", UserRole.SUPERVISOR, staff="李秀英")
    submitted = run_cli(
        "--db", str(db_path), "brief", "--date", "2026-11-17", "--save", "--submit", login=officer
    )
    assert submitted.returncode == 0 and "撰写人：张伟" in submitted.stdout, submitted.stderr
    signed = run_cli(
        "--db", str(db_path), "brief", "--date", "2026-11-17", "--sign", "--instruction", "已阅。",
        "--docx", str(tmp_path / "b.docx"), login=leader,
    )  # fmt: skip
    assert signed.returncode == 0, signed.stderr
    import docx

    document = docx.Document(str(tmp_path / "b.docx"))
    paragraphs = "\n".join(p.text for p in document.paragraphs)
    assert "网络舆情值班情况汇报" in document.paragraphs[0].text
    assert "审签人：李秀英" in paragraphs and "SHA-256" in paragraphs
    assert document.tables, "the patrol table is a real table"
    section = document.sections[0]
    assert round(section.top_margin.mm) == 37 and round(section.left_margin.mm) == 28
    again = run_cli("--db", str(db_path), "brief", "--date", "2026-11-17", "--sign", login=leader)
    assert again.returncode == 2 and "不能重复审签" in again.stderr
    special = run_cli(
        "--db", str(db_path), "report", "special", "YQ-2026-0001", "--docx", str(tmp_path / "s.docx")
    )
    assert special.returncode == 0, special.stderr
    weekly = run_cli("--db", str(db_path), "report", "weekly", "--week", "2026-W47")
    assert weekly.returncode == 0 and "网络舆情工作周报" in weekly.stdout


def test_cli_brief_pdf_has_extractable_chinese(counted: Office, db_path: Path, tmp_path: Path) -> None:
    import shutil

    if shutil.which("pdftotext") is None:
        pytest.skip("poppler-utils not installed")
    pdf = tmp_path / "brief.pdf"
    result = run_cli("--db", str(db_path), "brief", "--date", "2026-11-17", "--pdf", str(pdf))
    assert result.returncode == 0, result.stderr
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert "网络舆情值班情况汇报" in text and "网传城东新区发生化工厂爆炸" in text
    special = tmp_path / "special.pdf"
    result = run_cli("--db", str(db_path), "report", "special", "YQ-2026-0001", "--pdf", str(special))
    assert result.returncode == 0, result.stderr
    text = subprocess.run(["pdftotext", str(special), "-"], capture_output=True, text=True, check=True).stdout
    assert "专报" in text and "下步建议" in text and "基本情况" in text
