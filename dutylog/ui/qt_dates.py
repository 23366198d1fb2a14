"""Python dates to Qt's, typed the same way by every PySide6 version's stubs."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QDateTime, QTime


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def qdatetime(moment: datetime) -> QDateTime:
    return QDateTime(qdate(moment), QTime(moment.hour, moment.minute, moment.second))


def pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())
