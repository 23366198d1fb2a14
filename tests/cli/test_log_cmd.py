"""`dutylog log` and `dutylog patrols`: scripts write the log and check the patrols (issue 20)."""

from __future__ import annotations

import argparse
import json
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from dutylog.cli import main
from dutylog.cli.patrols_cmd import add_settings_patrols
from dutylog.domain.enums import DutyRole, Shift, UserRole
from dutylog.office import Office
from tests.cli.accounts import PASSWORD, add_account, officer_on_duty

NOW = datetime(2026, 11, 17, 15, 30)
TODAY = NOW.date()


def cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    status = main(list(args))
    out = capsys.readouterr()
    return status, out.out, out.err


@pytest.fixture
def env(monkeypatch: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    monkeypatch.setenv("DUTYLOG_NOW", NOW.isoformat(timespec="minutes"))
    monkeypatch.delenv("DUTYLOG_DB", raising=False)
    monkeypatch.delenv("DUTYLOG_USER", raising=False)
    monkeypatch.delenv("DUTYLOG_PASSWORD", raising=False)
    return monkeypatch


def _covering(entries: list[dict[str, object]], slot: dict[str, object]) -> list[object]:
    return [
        e["id"]
        for e in entries
        if e["kind"] == "patrol" and str(slot["at"]) <= str(e["at"]) < str(slot["due_until"])
    ]


def test_on_a_demo_database_patrols_match_the_log_and_a_missed_one_shows_everywhere(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], env: pytest.MonkeyPatch
) -> None:
    db = str(tmp_path / "demo.sqlite3")
    assert cli(capsys, "--db", db, "demo", "--days", "5")[0] == 0
    missed_days = []
    for back in range(1, 5):
        day = (TODAY - timedelta(days=back)).isoformat()
        status, out, err = cli(capsys, "--db", db, "patrols", "--date", day, "--json")
        assert status == 0, err
        patrols = json.loads(out)
        entries = json.loads(cli(capsys, "--db", db, "log", "show", "--date", day, "--json")[1])["entries"]
        assert [p["time"] for p in patrols] == ["08:30", "12:00", "17:30"]
        for patrol in patrols:
            covering = _covering(entries, patrol)
            assert patrol["status"] == ("done" if covering else "missed")
            assert (patrol["entry"] or {}).get("id") == (covering[0] if covering else None)
        if patrols[2]["status"] == "missed":
            missed_days.append(day)
    assert missed_days  # the demo has a day whose evening patrol was not done
    day = missed_days[0]
    shown = json.loads(cli(capsys, "--db", db, "log", "show", "--date", day, "--json")[1])
    assert shown["patrols"][2]["status"] == "missed"
    status, text, _err = cli(capsys, "--db", db, "brief", "--date", day, "--text")
    assert status == 0 and "实际巡查2次，17:30巡查未按时完成" in text


def test_a_script_writes_the_log_closes_the_shift_and_the_next_officer_confirms(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], env: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "office.sqlite3"
    Office.open(db).close()
    login = officer_on_duty(db, NOW, "张三")
    office = Office.open(db)
    try:
        incoming = office.staff.add("李四", roles=(DutyRole.OFFICER,))
        office.roster.assign(TODAY + timedelta(days=1), Shift.FULL, DutyRole.OFFICER, incoming.id)
        office.accounts.add_user("李四", UserRole.OFFICER, PASSWORD, staff_id=incoming.id)
    finally:
        office.close()
    at = ("--db", str(db))
    status, _out, err = cli(capsys, *at, "log", "add", "--kind", "patrol", "--text", "午间巡查")
    assert status == 2 and "login_required" in err  # a write needs a login
    for name, value in login.items():
        env.setenv(name, value)
    status, out, err = cli(
        capsys,
        *at,
        "log",
        "add",
        "--kind",
        "patrol",
        "--text",
        "午间巡查",
        "--at",
        "2026-11-17 12:05",
        "--sources",
        "本地论坛,县长信箱",
    )
    assert status == 0 and "已记录巡查" in out, err
    assert cli(capsys, *at, "log", "add", "--kind", "document", "--text", "县委办来文")[0] == 0
    status, _out, err = cli(capsys, *at, "log", "add", "--kind", "note", "--text", "x", "--sources", "a")
    assert status == 2 and "bad_option" in err
    status, _out, err = cli(
        capsys, *at, "log", "add", "--kind", "note", "--text", "明天", "--at", "2026-11-18 09:00"
    )
    assert status == 2  # not in the future
    status, out, err = cli(
        capsys,
        *at,
        "log",
        "handover",
        "--fill",
        "设备和账号=正常",
        "--fill",
        "电话留言=县委办来电待回",
        "--open",
        "电话留言",
    )
    assert status == 0 and "清单 5 项" in out, err
    shown = json.loads(cli(capsys, *at, "log", "show", "--date", "2026-11-17", "--json")[1])
    assert [e["kind"] for e in shown["entries"]] == ["patrol", "call", "handover"]
    assert shown["entries"][0]["details"]["sources"] == ["本地论坛", "县长信箱"]
    assert [p["status"] for p in shown["patrols"]] == ["missed", "done", "upcoming"]
    assert cli(capsys, *at, "log", "close-shift")[0] == 0
    status, _out, err = cli(capsys, *at, "log", "close-shift", "--date", "2026-11-17", "--shift", "day")
    assert status == 2 and "already_closed" in err
    # The next morning the incoming officer, logged in as themselves, confirms item by item.
    env.setenv("DUTYLOG_NOW", "2026-11-18T08:40")
    env.setenv("DUTYLOG_USER", "李四")
    status, out, _err = cli(capsys, *at, "log", "handover")
    assert status == 0 and "5. 电话留言：县委办来电待回（待办，转下一班）；待确认" in out
    status, out, err = cli(capsys, *at, "log", "handover", "--confirm", "--item", "5")
    assert status == 0 and "已确认所选事项" in out, err
    status, out, err = cli(capsys, *at, "log", "handover", "--confirm")
    assert status == 0 and "已确认全部交接事项" in out, err
    status, _out, err = cli(capsys, *at, "log", "handover", "--confirm")
    assert status == 2 and "no_handover" in err


def test_settings_patrols_and_a_bad_shift_name(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], env: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "office.sqlite3"
    Office.open(db).close()
    status, _out, err = cli(capsys, "--db", str(db), "log", "show", "--date", "2026-11-17", "--shift", "dusk")
    assert status == 2 and "dusk" in err
    status, out, _err = cli(capsys, "--db", str(db), "patrols", "--date", "2026-11-17")
    assert status == 0 and "应巡查3次，实际巡查0次，08:30、12:00巡查未按时完成，17:30巡查尚未进行" in out
    admin = add_account(db, "boss", UserRole.ADMIN)
    for name, value in admin.items():
        env.setenv(name, value)
    # `settings patrols` as the `settings` command adds it (add_settings_patrols).
    parser = argparse.ArgumentParser()
    add_settings_patrols(parser.add_subparsers(dest="settings_command"))
    args = parser.parse_args(["patrols", "09:00,15:00", "--sources", "县长信箱、12345热线"])
    args.db = str(db)
    assert args.func(args) == 0
    assert "县长信箱、12345热线" in capsys.readouterr().out
    status, out, _err = cli(capsys, "--db", str(db), "patrols", "--date", "2026-11-17", "--json")
    assert [p["time"] for p in json.loads(out)] == ["09:00", "15:00"]
