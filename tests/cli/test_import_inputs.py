"""`matters import` and `roster import-staff` refuse what is not a readable file in one line."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from dutylog.cli import main
from tests.cli.accounts import admin_login


@pytest.fixture
def db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    target = str(tmp_path / "office.sqlite3")
    for name, value in admin_login(target).items():
        monkeypatch.setenv(name, value)  # importing is an administrator's act
    return target


def targets(tmp_path: Path, name: str) -> list[tuple[str, str]]:
    folder = tmp_path / f"folder-{name}"
    folder.mkdir(exist_ok=True)
    found = [(str(folder), "not_a_file"), (str(tmp_path / name), "no_such_file")]
    if sys.platform != "win32":
        found.append(("/dev/zero", "not_a_file"))
        link = tmp_path / f"zero-{name}"
        link.symlink_to("/dev/zero")
        found.append((str(link), "not_a_file"))
    return found


def test_matters_import_of_dev_zero_and_friends_is_one_line_and_exit_2(
    db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for path, code in targets(tmp_path, "ledger.csv"):
        assert main(["--db", db, "matters", "import", path]) == 2
        captured = capsys.readouterr()
        err = captured.err.strip()
        assert err.startswith(f"dutylog: {code}:") and "\n" not in err, err
        assert captured.out == ""


def test_roster_import_staff_of_dev_zero_and_friends_is_one_line_and_exit_2(
    db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for path, code in targets(tmp_path, "staff.csv"):
        if not path.endswith(".csv"):
            continue  # the staff import first asks for .xlsx or .csv
        assert main(["--db", db, "roster", "import-staff", path]) == 2
        err = capsys.readouterr().err.strip()
        assert err.startswith(f"dutylog: {code}:") and "\n" not in err, err
