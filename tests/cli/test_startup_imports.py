"""What a command imports before it answers (issue 17: a command line that starts like a script).

`--version`, `--help` and a usage error are answered by argparse alone, so they must not
import SQLAlchemy, Alembic or the office; a read of a current database needs no Alembic
(the schema revision is read without it). Each case runs in a fresh interpreter, since
this test process has long imported everything.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from dutylog.office import Office

HEAVY = ("sqlalchemy", "alembic", "dutylog.office", "dutylog.storage", "dutylog.services", "PySide6")
# Not heavy, but more than `--help` and a usage error need (dutylog/cli/parser.py): ~5 ms together.
LIGHT = ("typing", "shutil", "datetime", "contextlib", "dutylog.domain.errors", "dutylog.cli.values")

PROBE = f"""
import json, sys
LIGHT = {LIGHT!r}
from dutylog.cli import main
status = main(json.loads(sys.argv[1]))
sys.stdout.flush()
loaded = sorted(name for name in sys.modules if name.split(".")[0] in ("sqlalchemy", "alembic", "PySide6")
                or name.startswith(("dutylog.office", "dutylog.storage", "dutylog.services"))
                or name in LIGHT)
print("\\nPROBE " + json.dumps({{"status": status, "loaded": loaded}}))
"""


def run_probe(arguments: list[str]) -> tuple[int, set[str], str]:
    """Exit status of `main(arguments)`, the heavy (and LIGHT) modules it imported, and its stderr."""
    done = subprocess.run(
        [sys.executable, "-c", PROBE, json.dumps(arguments)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        check=True,
    )
    report = json.loads(done.stdout.rsplit("PROBE ", 1)[1])
    return report["status"], set(report["loaded"]), done.stderr


def top_levels(loaded: set[str]) -> set[str]:
    """Each loaded module under the name in HEAVY it belongs to."""
    return {heavy for heavy in HEAVY for name in loaded if name == heavy or name.startswith(heavy + ".")}


@pytest.mark.parametrize(
    ("arguments", "expected_status"),
    [
        (["--version"], 0),
        (["--help"], 0),
        (["matters", "--help"], 0),
        (["--no-such-option"], 2),
        (["no-such-command"], 2),
        (["matters", "search"], 2),  # the term is missing
        (["matters", "export", "--from", "2026-13-40"], 2),  # not a date
    ],
)
def test_answers_from_argparse_import_nothing_heavy(arguments: list[str], expected_status: int) -> None:
    status, loaded, _ = run_probe(arguments)
    assert status == expected_status
    assert top_levels(loaded) == set(), sorted(loaded)


@pytest.mark.parametrize(
    ("arguments", "expected_status"), [(["--help"], 0), (["--no-such-option"], 2), (["nope"], 2)]
)
def test_help_and_usage_errors_load_argparse_and_the_parser_alone(
    arguments: list[str], expected_status: int
) -> None:
    status, loaded, _ = run_probe(arguments)
    assert status == expected_status
    assert loaded == set()  # neither heavy nor LIGHT: the terminal width is found without shutil


def test_check_of_a_current_database_imports_no_alembic(db_target: str | Path) -> None:
    Office.open(db_target).close()  # created at the newest revision

    status, loaded, stderr = run_probe(["--db", str(db_target), "check"])

    assert status == 0, stderr
    assert "sqlalchemy" in top_levels(loaded)  # it did open the database
    assert "alembic" not in top_levels(loaded)


def test_search_of_a_current_database_imports_no_alembic(db_path: Path) -> None:
    office = Office.open(db_path)
    try:
        office.matters.add("网民反映小区停水")
    finally:
        office.close()

    status, loaded, stderr = run_probe(["--db", str(db_path), "matters", "search", "停水", "--json"])

    assert status == 0, stderr
    assert {"sqlalchemy", "dutylog.storage"} <= top_levels(loaded)
    assert "alembic" not in top_levels(loaded)
    assert "PySide6" not in top_levels(loaded)
