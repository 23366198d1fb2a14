"""The parser class of every command: one-line usage errors and a formatter that starts light.

Kept apart from `dutylog.cli.values` (which needs datetime and typing for the option
values) because `dutylog --help` and a usage error load this module and argparse alone.
"""

from __future__ import annotations

import argparse
import os
import sys

TYPE_CHECKING = False  # typing itself costs ~2 ms of a 25 ms `dutylog --help`
if TYPE_CHECKING:
    from typing import Any, NoReturn


def terminal_columns() -> int:
    """The columns `shutil.get_terminal_size().columns` gives, without importing shutil.

    argparse asks for them each time it builds a help formatter, which it does for every
    `add_argument`; shutil pulls in zlib, bz2, lzma and fnmatch (~2 ms) just for this.
    Same rule: $COLUMNS when a positive integer, else stdout's terminal, else 80.
    """
    try:
        columns = int(os.environ["COLUMNS"])
    except (KeyError, ValueError):
        columns = 0
    if columns > 0:
        return columns
    try:
        measured = os.get_terminal_size(sys.__stdout__.fileno()).columns  # type: ignore[union-attr]
    except (AttributeError, ValueError, OSError):
        measured = 0
    return measured or 80


class LightHelpFormatter(argparse.HelpFormatter):
    """argparse's formatter, its width found as argparse finds it (columns - 2) but cheaper."""

    def __init__(
        self, prog: str, indent_increment: int = 2, max_help_position: int = 24, width: int | None = None
    ) -> None:
        if width is None:
            width = terminal_columns() - 2
        super().__init__(prog, indent_increment, max_help_position, width)


class OneLineParser(argparse.ArgumentParser):
    """argparse that reports a usage error as one line (exit 2), pointing at --help."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", LightHelpFormatter)
        super().__init__(*args, **kwargs)

    def error(self, message: str) -> NoReturn:
        line = " ".join(message.splitlines())  # one line, whatever the typed value held
        self.exit(2, f"{self.prog}: bad_input: {line}（用法见 {self.prog} --help）\n")
