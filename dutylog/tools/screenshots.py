"""Regenerate the README screenshots of every page from a fresh demo database.

    python -m dutylog.tools.screenshots resources/screenshots
    python -m dutylog.tools.screenshots /tmp/shots --scale 2      # check 200 % scaling

Writes ``<page>.png`` (Chinese) and ``<page>-en.png`` (English) for every page; each
shot is a separate ``dutylog gui --screenshot`` process so it starts like the real app.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from dutylog.cli.gui_cmd import PAGES

LANGUAGES = {"zh_CN": "", "en": "-en"}


def dutylog(*args: str, env: dict[str, str]) -> None:
    subprocess.run([sys.executable, "-m", "dutylog", *args], check=True, env=env, stdout=subprocess.DEVNULL)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("outdir", type=Path)
    parser.add_argument("--scale", default="", help="QT_SCALE_FACTOR, e.g. 1.5 or 2")
    parser.add_argument("--scheme", choices=("light", "dark"), default="light")
    parser.add_argument("--now", default="2026-11-17T17:10", help="the demo's clock")
    parser.add_argument("--days", type=int, default=60, help="days of demo history")
    parser.add_argument("--pages", nargs="*", default=list(PAGES))
    args = parser.parse_args(argv)
    args.outdir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="dutylog-shots-") as scratch:
        # A throw-away HOME: saved window state and language never leak into the images.
        env = {
            **os.environ,
            "HOME": scratch,
            "XDG_CONFIG_HOME": scratch,
            "QT_QPA_PLATFORM": "offscreen",
            "DUTYLOG_COLOR_SCHEME": args.scheme,
            # A weekday afternoon: the day shift is on, the log has entries, the briefing is due.
            "DUTYLOG_NOW": args.now,
        }
        if args.scale:
            env["QT_SCALE_FACTOR"] = args.scale
        db = str(Path(scratch) / "demo.sqlite3")
        dutylog("--db", db, "demo", "--days", str(args.days), env=env)
        for page in args.pages:
            for language, suffix in LANGUAGES.items():
                out = args.outdir / f"{page}{suffix}.png"
                dutylog(
                    "--db", db, "gui", "--page", page, "--lang", language, "--screenshot", str(out), env=env
                )
                print(out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
