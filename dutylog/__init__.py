"""DutyLog: duty roster, daily log, matter ledger and briefings for a duty office."""

__version__ = "0.1.0"
