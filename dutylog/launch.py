"""The `dutylog` program's entry: `--version` is answered before the command line loads.

Scripts and installers ask for the version most; importing the command line (argparse,
the error types, the option parsers) would triple the time of that answer. Everything
else goes to `dutylog.cli.main`.
"""

from __future__ import annotations

import os
import sys

from dutylog import VERSION_LINE


def main() -> int:
    if sys.argv[1:] == ["--version"]:
        try:
            print(VERSION_LINE)
            sys.stdout.flush()
        except BrokenPipeError:  # `dutylog --version | true`: end quietly
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    from dutylog import portable

    try:
        portable.root()  # a portable folder on a network share is refused before anything opens
    except portable.PortableOnNetwork as refusal:
        return _refuse(refusal.message)
    from dutylog.cli import main as command_line

    return command_line()


def _refuse(message: str) -> int:
    """Say why DutyLog will not start: on stderr, or in a message box for the windowed program."""
    if sys.stderr is not None:
        print(f"dutylog: portable_on_network: {message}", file=sys.stderr)
        return 1
    from dutylog.app import refuse_to_start

    return refuse_to_start(message)
