"""`dutylog matters import FILE [--dry-run] [--map 源列=字段 ...] [--on-duplicate skip|update|fail]`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from openpyxl import Workbook

from dutylog.cli import main
from tests.cli.accounts import admin_login
from tests.helpers.ledger_layouts import YUQING, YUQING_HEADERS, YUQING_ROWS, fill_template

# A district ledger's own layout: publish, assignment and reply times, no 发现时间.
DISTRICT = ("序号", "标题", "网址", "发布时间", "交办时间", "首回时间", "办结时间", "责任单位", "处置情况")


def district_ledger(path: Path, *rows: tuple[object, ...]) -> Path:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(DISTRICT)
    for row in rows:
        sheet.append(row)
    workbook.save(path)
    return path


FIRST = (1, "网传某镇拆迁补偿不公", "https://weibo.com/a/1", "2025-11-03 09:12", "2025-11-03 10:00",
         "2025-11-04 16:00", "2025-11-06", "某镇政府", "已回复网民")  # fmt: skip
SECOND = (2, "某路段积水严重", "https://tieba.baidu.com/p/2", "11月5日 晚上8点半", "2025-11-06 09:00",
          None, None, "县住建局", "处置中")  # fmt: skip


@pytest.fixture
def db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    target = str(tmp_path / "office.sqlite3")
    for name, value in admin_login(target).items():
        monkeypatch.setenv(name, value)
    monkeypatch.setenv("DUTYLOG_NOW", "2026-12-05T09:00")
    return target


def run_json(capsys: pytest.CaptureFixture[str], *arguments: str) -> tuple[int, dict[str, object]]:
    status = main(list(arguments))
    out = capsys.readouterr().out
    return status, json.loads(out) if out.strip().startswith("{") else {}


def test_a_ledger_without_discovery_time_imports_with_map(
    db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = district_ledger(tmp_path / "区网信办台账.xlsx", FIRST, SECOND)
    assert main(["--db", db, "matters", "import", str(path)]) == 2
    assert "--map 源列=发现时间" in capsys.readouterr().err

    status, report = run_json(
        capsys, "--db", db, "matters", "import", str(path), "--map", "发现时间=发布时间", "--json"
    )
    assert status == 0 and report["imported"] == 2
    statuses = {s["row"]: (s["status"], s["basis"]) for s in report["statuses"]}  # type: ignore[union-attr]
    assert statuses == {2: ("closed", "办结时间“2025-11-06”"), 3: ("handling", "处置情况“处置中”")}

    # The same layout next time: the mapping is remembered, no flag needed.
    later = district_ledger(tmp_path / "区网信办台账-12月.xlsx", (3, "又一条", "", "2025-12-01 09:00"))
    status, report = run_json(capsys, "--db", db, "matters", "import", str(later), "--json")
    assert status == 0 and report["imported"] == 1 and report["mapping_remembered"] is True


def test_the_dry_run_names_every_columns_fate(
    db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = fill_template(YUQING, YUQING_ROWS, tmp_path / "舆情处置.xlsx")
    status, report = run_json(capsys, "--db", db, "matters", "import", str(path), "--dry-run", "--json")
    assert status == 0 and report["dry_run"] is True and report["imported"] == 0
    columns = report["columns"]
    assert [c["name"] for c in columns] == list(YUQING_HEADERS)  # type: ignore[union-attr]
    fates = {c["name"]: (c["fate"], c["fields"]) for c in columns}  # type: ignore[union-attr]
    assert fates["领导批示"] == ("mapped", ["instruction"])
    assert fates["呈办意见"] == ("extra", []) and fates["舆情发现日期"] == ("mapped", ["discovered_at"])

    assert main(["--db", db, "matters", "import", str(path), "--dry-run"]) == 0
    text = capsys.readouterr().out
    for header in YUQING_HEADERS:
        assert f"\t{header}\t" in text
    assert "第 3 行\t处置\t依据：处置情况“正在处置”" in text


def test_matters_show_lists_the_kept_columns(
    db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = district_ledger(tmp_path / "区网信办台账.xlsx", FIRST)
    assert main(["--db", db, "matters", "import", str(path), "--map", "发现时间=发布时间"]) == 0
    capsys.readouterr()
    status, shown = run_json(capsys, "--db", db, "matters", "show", "YQ-2025-0001", "--json")
    assert status == 0
    kept = {field["name"]: field["text"] for field in shown["extra_fields"]}  # type: ignore[union-attr]
    assert kept["交办时间"] == "2025-11-03 10:00" and kept["首回时间"] == "2025-11-04 16:00"
    assert main(["--db", db, "matters", "show", "YQ-2025-0001"]) == 0
    assert "首回时间：2025-11-04 16:00" in capsys.readouterr().out


def test_reimporting_the_export_fails_with_the_list_or_adds_nothing(
    db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = fill_template(YUQING, YUQING_ROWS, tmp_path / "舆情处置.xlsx")
    assert main(["--db", db, "matters", "import", str(path)]) == 0
    exported = tmp_path / "导出.xlsx"
    assert main(["--db", db, "matters", "export", "--xlsx", str(exported)]) == 0
    capsys.readouterr()

    status, report = run_json(capsys, "--db", db, "matters", "import", str(exported), "--json")
    assert status == 1 and len(report["duplicates"]) == len(YUQING_ROWS)  # type: ignore[arg-type]
    status, report = run_json(
        capsys, "--db", db, "matters", "import", str(exported), "--on-duplicate", "skip", "--json"
    )
    assert status == 0 and report["imported"] == 0 and len(report["skipped"]) == len(YUQING_ROWS)  # type: ignore[arg-type]
    assert main(["--db", db, "matters", "search", "领导", "--json"]) == 0
    found = json.loads(capsys.readouterr().out)
    assert len(found) == 1


def test_a_bad_map_or_policy_is_bad_input(
    db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = district_ledger(tmp_path / "台账.xlsx", FIRST)
    assert main(["--db", db, "matters", "import", str(path), "--map", "无此列=标题"]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("dutylog: bad_mapping:") and "\n" not in err
    assert main(["--db", db, "matters", "import", str(path), "--on-duplicate", "merge"]) == 2
    assert "--on-duplicate" in capsys.readouterr().err


def test_a_notice_on_many_rows_is_one_line_unless_verbose(
    db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Closed without a summary: every row gets the same notice.
    rows = [
        (n, f"网传某镇拆迁补偿不公之{n}", f"https://weibo.com/a/{n}", "2025-11-03 09:12", "2025-11-03 10:00",
         None, "2025-11-06", "某镇政府", "")
        for n in range(1, 31)
    ]  # fmt: skip
    path = district_ledger(tmp_path / "台账.xlsx", *rows)
    command = ["--db", db, "matters", "import", str(path), "--map", "发现时间=发布时间", "--dry-run"]
    assert main(command) == 0
    brief = capsys.readouterr().out.splitlines()
    assert main(["--verbose", *command]) == 0
    every = capsys.readouterr().out.splitlines()
    notices = [line for line in every if line.startswith("提示\t第 ")]
    assert len(notices) >= 30  # each row's notice, one line each
    reason = notices[0].split("\t")[-1]
    assert sum(1 for line in every if line.endswith(reason)) == 30
    summary = [line for line in brief if line.endswith(reason)]
    assert summary == [
        f"提示\t共 30 行（第 2、3、4 行等；--verbose 逐行列出）\t{notices[0].split(chr(9))[2]}\t{reason}"
    ]
    # The dry run's row statuses: twenty, then the count.
    assert "  ……共 30 行（--verbose 逐行列出）" in brief
    assert sum(1 for line in every if line.startswith("  第 ") and "依据" in line) == 30
