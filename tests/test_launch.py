"""`dutylog --version` answers before the command line loads; everything else reaches it."""

from __future__ import annotations

import subprocess
import sys

from dutylog import VERSION_LINE

PROBE = """
import sys
sys.argv = ["dutylog", *sys.argv[1:]]
from dutylog.launch import main
status = main()
sys.stdout.flush()
print("LOADED", sorted(name for name in ("argparse", "dutylog.cli") if name in sys.modules))
sys.exit(status)
"""


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", PROBE, *args], capture_output=True, text=True, timeout=60)


def test_the_version_is_answered_without_the_command_line() -> None:
    done = run("--version")
    assert done.returncode == 0
    assert done.stdout.splitlines() == [VERSION_LINE, "LOADED []"]


def test_anything_else_goes_to_the_command_line() -> None:
    done = run("--help")
    assert done.returncode == 0
    assert "usage: dutylog" in done.stdout and "LOADED ['argparse', 'dutylog.cli']" in done.stdout
    refused = run("--no-such-option")
    assert refused.returncode == 2 and "dutylog" in refused.stderr
