"""DutyLog: duty roster, daily log, matter ledger and briefings for a duty office."""

__version__ = "0.1.0"
# What `dutylog --version` prints (dutylog/launch.py, and argparse in dutylog/cli).
VERSION_LINE = f"DutyLog {__version__}"
