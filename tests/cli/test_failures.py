"""Every failure of the command line is one line and an exit code, and leaves the records as they were.

The commands are the ones an adversarial tester tried (issue "nothing a user types can
destroy the record"): bad dates, impossible ranges, missing drivers, closed stdin,
truncated and missing databases.
"""

from __future__ import annotations

import io
import json
import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from dutylog.cli import main
from tests.cli.accounts import admin_login

pytestmark = pytest.mark.sqlite_only("the command line runs against an office file here")


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "office.sqlite3"
    assert main(["--db", str(path), "demo", "--days", "5"]) == 0
    return path


@pytest.fixture
def db(demo_file: Path, tmp_path: Path) -> Iterator[Path]:
    copy = tmp_path / "office.sqlite3"
    for source in demo_file.parent.iterdir():
        if source.is_file() and not source.name.endswith(("-wal", "-shm")):
            shutil.copy2(source, tmp_path / source.name)
    yield copy


def dump(path: Path) -> list[str]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return sorted(conn.iterdump())
    finally:
        conn.close()


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, list[str]]:
    status = main(list(argv))
    captured = capsys.readouterr()
    return status, captured.out, captured.err.splitlines()


@pytest.mark.parametrize(
    "argv",
    [
        ["roster", "show", "--date", "2025-02-30"],
        ["roster", "show", "--date", "9999-12-31"],
        ["roster", "check", "--from", "2026-01-01", "--to", "yesterday"],
        ["stats", "--from", "0001-01-01", "--to", "9999-12-31"],
        ["brief", "--date", "2026-13-01"],
        ["report", "weekly", "--week", "2026-W99"],
        ["matters", "search", "网民", "--limit", "99999999999999999999"],
        ["archive", "--year", "99999", "--out", "x.zip"],
        ["roster", "show", "--date", "2026-11-20", "--time", "25:61"],
    ],
)
def test_a_bad_value_is_one_line_and_exit_2(
    db: Path, capsys: pytest.CaptureFixture[str], argv: list[str]
) -> None:
    before = dump(db)
    status, _out, err = run(capsys, "--db", str(db), *argv)
    assert status == 2
    assert len(err) == 1 and err[0].startswith("dutylog"), err
    assert "Traceback" not in err[0] and "unexpected" not in err[0]
    assert dump(db) == before


def test_a_date_at_the_end_of_the_range_has_an_answer(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run(capsys, "--db", str(db), "roster", "show", "--date", "2200-12-31")
    assert (status, err) == (0, [])
    assert out.startswith("2200-12-31")


def test_a_missing_database_driver_is_named_with_its_package(capsys: pytest.CaptureFixture[str]) -> None:
    status, _out, err = run(capsys, "--db", "postgresql+pg8000://duty@127.0.0.1/office", "check")
    assert status == 1
    assert err == [
        'dutylog: missing_driver: 缺少数据库驱动 pg8000：请安装 Python 包 pg8000（pip install "pg8000"）。'
    ]


def test_no_prompt_when_stdin_is_closed(
    db: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("DUTYLOG_PASSWORD", raising=False)
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    before = dump(db)
    status, _out, err = run(
        capsys,
        "--db",
        str(db),
        "--user",
        "nosuch",
        "roster",
        "generate",
        "--from",
        "2026-12-01",
        "--to",
        "2026-12-02",
    )
    assert status == 2 and len(err) == 1 and "password_required" in err[0]
    status, _out, err = run(capsys, "--db", str(db), "user", "add", "someone", "--role", "officer")
    assert status == 2 and len(err) == 1
    assert dump(db) == before


def test_check_refuses_a_truncated_database_and_leaves_it(
    db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db.write_bytes(b"")
    status, _out, err = run(capsys, "--db", str(db), "check")
    assert status == 1
    assert len(err) == 1 and "truncated" in err[0]
    assert db.stat().st_size == 0


def test_check_of_a_path_that_does_not_exist_creates_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "nowhere" / "office.sqlite3"
    status, _out, err = run(capsys, "--db", str(target), "check")
    assert status == 1 and len(err) == 1 and "no_database" in err[0]
    assert not target.parent.exists()


def test_check_of_a_damaged_page_is_one_line(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = bytearray(db.read_bytes())
    page = 4096
    data[page * 2 : page * 3] = b"\xff" * page  # garbage over a page of a table
    db.write_bytes(bytes(data))
    status, _out, err = run(capsys, "--db", str(db), "check")
    assert status == 1
    assert len(err) <= 1 and "unexpected" not in "".join(err)


def test_reads_leave_no_holiday_rows_and_a_failed_write_leaves_none(
    db: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    before = dump(db)
    for key, value in admin_login(db).items():
        monkeypatch.setenv(key, value)
    before = dump(db)
    status, _out, err = run(
        capsys,
        "--db",
        str(db),
        "roster",
        "generate",
        "--from",
        "2031-01-01",
        "--to",
        "2031-01-31",
        "--start-officer",
        "没有这个人",
    )
    assert status == 2 and len(err) == 1
    status, _out, _err = run(
        capsys, "--db", str(db), "roster", "check", "--from", "2031-01-01", "--to", "2031-12-31"
    )
    assert status in (0, 1)
    assert dump(db) == before


def test_verbose_shows_the_traceback(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    status, _out, err = run(capsys, "--verbose", "--db", str(tmp_path / "x.sqlite3"), "check")
    assert status == 1
    assert err[0].startswith("Traceback") and err[-1].startswith("dutylog: no_database")


def test_a_failed_first_account_leaves_no_database(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("a good long password\n"))
    target = tmp_path / "new.sqlite3"
    status, _out, err = run(
        capsys,
        "--db",
        f"sqlite:///{target}",
        "user",
        "add",
        "值班员",
        "--role",
        "officer",
        "--password-stdin",
    )
    assert status == 2 and len(err) == 1 and "first_account_admin" in err[0]
    assert sorted(p.name for p in tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    "argv",
    [
        ["matters", "search", "\udc81"],
        ["report", "special", "\udc90\udcf4"],
        ["backup", "--to", "out/a\nb"],
        ["archive", "--out", "a.zip", "--verify", "b.zip"],
        ["--db", "postgresql+psycopg://u:p@[::1:1/x", "check"],
        ["report", "special", "回车\r覆盖"],
        ["roster", "generate", "--from", "2026-11-10", "--to", "2026-11-10", "--start-leader", "1" * 5000],
        ["migrate-to", ":memory:"],
    ],
)
def test_hostile_text_is_one_line(
    db: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, argv: list[str]
) -> None:
    monkeypatch.setenv("DUTYLOG_PASSWORD", "demo1234")
    before = dump(db)
    status, _out, err = run(capsys, "--db", str(db), "--user", "admin", *argv)
    assert status in (1, 2)
    assert len(err) == 1 and err[0].startswith("dutylog") and "unexpected" not in err[0], err
    assert dump(db) == before


def test_migrate_to_never_writes_over_the_offices_own_files(
    db: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DUTYLOG_PASSWORD", "demo1234")
    journal = Path(f"{db}-journal")
    status, _out, err = run(capsys, "--db", str(db), "--user", "admin", "migrate-to", str(journal))
    assert status == 2 and "unsafe_target" in err[0]
    assert not journal.exists()


def test_roster_show_json_words_its_problems(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run(capsys, "--db", str(db), "roster", "show", "--date", "2030-01-01", "--json")
    assert (status, err) == (0, [])
    problems = json.loads(out)["problems"]
    assert problems and all(isinstance(problem["message"], str) for problem in problems)
