"""Qt models of the roster: a month calendar grid, a duty list and per-person statistics."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush

from dutylog.domain.roster.calendar import DayKind
from dutylog.domain.roster.checks import PersonStats
from dutylog.domain.roster.duty import DutyAssignment
from dutylog.domain.roster.records import RosterDay
from dutylog.ui.i18n import label
from dutylog.ui.roster.roster_text import people, problem_text
from dutylog.ui.theme import background, error_colour, muted_colour, outside_background
from dutylog.ui.widgets.record_table import RecordTableModel
from dutylog.ui.widgets.rich import plain_tip

Index = QModelIndex | QPersistentModelIndex
DAY_ROLE = Qt.ItemDataRole.UserRole + 1  # the cell's date
PROBLEM_ROLE = Qt.ItemDataRole.UserRole + 2  # True when the day has problems

# Shade names in ui/theme.py, looked up when painted so a change of scheme applies.
SHADES = {
    DayKind.HOLIDAY: "holiday",
    DayKind.WEEKEND: "weekend",
    DayKind.MAKEUP: "makeup",
}
DAY_NAMES = (
    str(QT_TRANSLATE_NOOP("RosterMonthModel", "星期一")),
    str(QT_TRANSLATE_NOOP("RosterMonthModel", "星期二")),
    str(QT_TRANSLATE_NOOP("RosterMonthModel", "星期三")),
    str(QT_TRANSLATE_NOOP("RosterMonthModel", "星期四")),
    str(QT_TRANSLATE_NOOP("RosterMonthModel", "星期五")),
    str(QT_TRANSLATE_NOOP("RosterMonthModel", "星期六")),
    str(QT_TRANSLATE_NOOP("RosterMonthModel", "星期日")),
)


class RosterMonthModel(QAbstractTableModel):
    """Six weeks of seven days (Monday first); cells outside the month are greyed."""

    def __init__(self, parent: object = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self.year, self.month = 2026, 1
        self._start = date(2026, 1, 1)
        self._days: dict[date, RosterDay] = {}

    def grid_range(self, year: int, month: int) -> tuple[date, date]:
        first = date(year, month, 1)
        start = first - timedelta(days=first.weekday())
        return start, start + timedelta(days=41)

    def set_month(self, year: int, month: int, days: list[RosterDay]) -> None:
        self.beginResetModel()
        self.year, self.month = year, month
        self._start = self.grid_range(year, month)[0]
        self._days = {day.day: day for day in days}
        self.endResetModel()

    def day_at(self, index: Index) -> date:
        return self._start + timedelta(days=index.row() * 7 + index.column())

    def index_of(self, day: date) -> QModelIndex:
        offset = (day - self._start).days
        if not 0 <= offset < 42:
            return QModelIndex()
        return self.index(offset // 7, offset % 7)

    def roster_day(self, day: date) -> RosterDay | None:
        return self._days.get(day)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 6

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 7

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < 7
        ):
            return QCoreApplication.translate("RosterMonthModel", DAY_NAMES[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not (0 <= index.row() < 6 and 0 <= index.column() < 7):
            return None
        day = self.day_at(index)
        info = self._days.get(day)
        inside = day.month == self.month and day.year == self.year
        if role == DAY_ROLE:
            return day
        if role == PROBLEM_ROLE:
            return bool(info and info.problems)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._cell_text(day, info, inside)
        if role == Qt.ItemDataRole.ToolTipRole and info is not None:
            lines = [f"{day.isoformat()} {label(info.kind)} {info.holiday_name}".strip()]
            lines += [
                QCoreApplication.translate("RosterMonthModel", "特殊时期：") + name
                for name in info.special_names
            ]
            lines += [
                QCoreApplication.translate("RosterMonthModel", "带班领导：")
                + people(info.leaders, phones=True)
            ]
            lines += [
                QCoreApplication.translate("RosterMonthModel", "值班员：")
                + people(info.officers, phones=True, marked=info.swapped)
            ]
            if info.standby:
                lines += [
                    QCoreApplication.translate("RosterMonthModel", "备班：")
                    + people(info.standby, phones=True, marked=info.swapped)
                ]
            if info.swapped:
                lines += [QCoreApplication.translate("RosterMonthModel", "⇄ 经调班或替班安排")]
            lines += ["⚠ " + problem_text(problem) for problem in info.problems]
            return plain_tip("\n".join(lines))
        if role == Qt.ItemDataRole.BackgroundRole:
            if not inside:
                return QBrush(outside_background())
            if info is not None and info.special_names and info.kind is not DayKind.HOLIDAY:
                return QBrush(background("special"))
            shade = SHADES.get(info.kind) if info is not None else None
            return QBrush(background(shade)) if shade is not None else None
        if role == Qt.ItemDataRole.ForegroundRole:
            if not inside:
                return QBrush(muted_colour())
            if info is not None and info.problems:
                return QBrush(error_colour())
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        return None

    def _cell_text(self, day: date, info: RosterDay | None, inside: bool) -> str:
        head = f"{day.day}" if inside else f"{day.month}/{day.day}"
        if info is None:
            return head
        if info.holiday_name:
            suffix = (
                QCoreApplication.translate("RosterMonthModel", "（班）")
                if info.kind is DayKind.MAKEUP
                else ""
            )
            head += f"  {info.holiday_name}{suffix}"
        elif info.kind is DayKind.MAKEUP:
            head += "  " + QCoreApplication.translate("RosterMonthModel", "调休上班")
        lines = [head]
        if info.special_names:
            lines.append("★ " + "、".join(info.special_names))
        marked = info.swapped
        lines.append(
            QCoreApplication.translate("RosterMonthModel", "领导 ")
            + (people(info.leaders, marked=marked) or "—")
        )
        lines.append(
            QCoreApplication.translate("RosterMonthModel", "值班 ")
            + (people(info.officers, marked=marked) or "—")
        )
        if info.standby:
            lines.append(
                QCoreApplication.translate("RosterMonthModel", "备班 ") + people(info.standby, marked=marked)
            )
        if info.problems:
            lines.append("⚠ " + self.tr("%n 个问题", "", len(info.problems)))
        return "\n".join(lines)


LIST_COLUMNS = (
    str(QT_TRANSLATE_NOOP("RosterListModel", "日期")),
    str(QT_TRANSLATE_NOOP("RosterListModel", "星期")),
    str(QT_TRANSLATE_NOOP("RosterListModel", "类型")),
    str(QT_TRANSLATE_NOOP("RosterListModel", "岗位")),
    str(QT_TRANSLATE_NOOP("RosterListModel", "班次")),
    str(QT_TRANSLATE_NOOP("RosterListModel", "姓名")),
    str(QT_TRANSLATE_NOOP("RosterListModel", "电话")),
    str(QT_TRANSLATE_NOOP("RosterListModel", "来源")),
)
ORIGINS = {
    "generated": str(QT_TRANSLATE_NOOP("RosterListModel", "自动排班")),
    "manual": str(QT_TRANSLATE_NOOP("RosterListModel", "手工")),
    "change": str(QT_TRANSLATE_NOOP("RosterListModel", "调整")),
}


class RosterListModel(RecordTableModel[tuple[RosterDay, DutyAssignment]]):
    """Every duty of a period, one row each."""

    COLUMNS = LIST_COLUMNS
    CONTEXT = "RosterListModel"

    def set_days(self, days: list[RosterDay]) -> None:
        self.set_rows((day, duty) for day in days for duty in (*day.leaders, *day.officers, *day.standby))

    def duty(self, row: int) -> DutyAssignment:
        return self._rows[row][1]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        row = self.row_at(index)
        if row is None:
            return None
        day, duty = row
        if role == Qt.ItemDataRole.DisplayRole:
            kind = label(day.kind)
            if day.holiday_name:
                kind = QCoreApplication.translate("RosterListModel", "{kind}（{holiday}）").format(
                    kind=kind, holiday=day.holiday_name
                )
            values = (
                duty.duty_date.isoformat(),
                QCoreApplication.translate("RosterMonthModel", DAY_NAMES[duty.duty_date.weekday()]),
                kind,
                label(duty.role),
                label(duty.shift),
                duty.staff_name,
                duty.phone,
                QCoreApplication.translate("RosterListModel", ORIGINS.get(duty.origin, duty.origin))
                + (" ⇄" if duty.id in day.swapped else ""),
            )
            return values[index.column()] if 0 <= index.column() < len(values) else None
        if role == Qt.ItemDataRole.BackgroundRole:
            shade = SHADES.get(day.kind)
            return QBrush(background(shade)) if shade is not None else None
        return None


STATS_COLUMNS = (
    str(QT_TRANSLATE_NOOP("RosterStatsModel", "姓名")),
    str(QT_TRANSLATE_NOOP("RosterStatsModel", "值班次数")),
    str(QT_TRANSLATE_NOOP("RosterStatsModel", "带班")),
    str(QT_TRANSLATE_NOOP("RosterStatsModel", "值班员")),
    str(QT_TRANSLATE_NOOP("RosterStatsModel", "工作日")),
    str(QT_TRANSLATE_NOOP("RosterStatsModel", "休息日")),
    str(QT_TRANSLATE_NOOP("RosterStatsModel", "节假日")),
    str(QT_TRANSLATE_NOOP("RosterStatsModel", "时长(小时)")),
)


class RosterStatsModel(RecordTableModel[PersonStats]):
    COLUMNS = STATS_COLUMNS
    CONTEXT = "RosterStatsModel"

    def set_people(self, people: list[PersonStats]) -> None:
        self.set_rows(people)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        p = self.row_at(index)
        if p is None:
            return None
        values: tuple[object, ...] = (
            p.name,
            p.total,
            p.leader,
            p.officer,
            p.workday,
            p.weekend,
            p.holiday,
            f"{p.hours:g}",
        )
        if role == Qt.ItemDataRole.DisplayRole and 0 <= index.column() < len(values):
            return values[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
