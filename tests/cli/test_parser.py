"""The light start of the command line (dutylog/cli/parser.py and the stand-in commands).

`--help` and a usage error are answered by argparse and two small modules (what they import is
tests/cli/test_startup_imports.py's); what they print must stay exactly what argparse printed
before (the command line is a contract).
"""

from __future__ import annotations

import contextlib
import io
import shutil

import pytest

from dutylog.cli import build_parser, main
from dutylog.cli.parser import terminal_columns


@pytest.mark.parametrize("columns", [None, "", "abc", "0", "-3", "33", "200"])
def test_terminal_columns_are_shutils(monkeypatch: pytest.MonkeyPatch, columns: str | None) -> None:
    if columns is None:
        monkeypatch.delenv("COLUMNS", raising=False)
    else:
        monkeypatch.setenv("COLUMNS", columns)
    assert terminal_columns() == shutil.get_terminal_size().columns


@pytest.mark.parametrize("columns", ["80", "52", "140"])
def test_the_stand_ins_print_the_help_of_the_built_commands(
    monkeypatch: pytest.MonkeyPatch, columns: str
) -> None:
    monkeypatch.setenv("COLUMNS", columns)
    lazy = build_parser().format_help()
    built = build_parser(all_commands=True).format_help()
    assert lazy == built
    assert "connection" in lazy and "--version" in lazy


def test_an_unknown_command_lists_every_command_in_order() -> None:
    err = io.StringIO()
    with contextlib.redirect_stderr(err):
        assert main(["no-such-command"]) == 2
    listed = err.getvalue().split("choose from ", 1)[1]
    assert listed.startswith("'gui', 'demo', 'check'") and "'connection')" in listed


def test_a_named_command_replaces_its_stand_in() -> None:
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        assert main(["matters", "--help"]) == 0
    assert out.getvalue().startswith("usage: dutylog matters")
