"""设置 → 交办督办: time limits by matter kind, the score scheme and the units' quotas.

One group, one save button for the presets and the scheme (both office-wide settings);
a unit's quota for a period is set on its own button, as it is one row among many.
Like the other Settings groups it saves through the services on the GUI thread: each
is a single small write.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDoubleSpinBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QWidget,
)

from dutylog.domain.accounts.permissions import Permission
from dutylog.domain.errors import DutyLogError
from dutylog.domain.supervision.assessment import QUOTA_MAX, PeriodKind, ScoreScheme
from dutylog.domain.supervision.assignments import MatterKind, TimeLimitPresets
from dutylog.domain.supervision.workdays import MAX_WORKDAYS
from dutylog.office import Office
from dutylog.ui.accounts.rights import offer
from dutylog.ui.i18n import label
from dutylog.ui.qt_dates import pydate, qdate
from dutylog.ui.supervision.stats_tab import period_start
from dutylog.ui.widgets.settings_group import SettingsGroup


class SupervisionSettings(SettingsGroup):
    def __init__(self, office: Office, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("交办督办"), self.save_settings, parent)
        self.office = office
        limits = QGridLayout()
        self.workdays: dict[MatterKind, QSpinBox] = {}
        for column, kind in enumerate(MatterKind):
            box = QSpinBox()
            box.setObjectName(f"preset_{kind.value}")
            box.setRange(1, MAX_WORKDAYS)
            box.setSuffix(self.tr(" 个工作日"))
            self.workdays[kind] = box
            limits.addWidget(QLabel(label(kind)), 0, column)
            limits.addWidget(box, 1, column)
        self.first_response = QSpinBox()
        self.first_response.setObjectName("preset_first_response")
        self.first_response.setRange(1, 240)
        self.first_response.setSuffix(self.tr(" 小时"))
        limits.addWidget(QLabel(self.tr("首次响应")), 0, len(MatterKind))
        limits.addWidget(self.first_response, 1, len(MatterKind))
        self.form.addRow(self.tr("办理时限"), limits)

        scheme = QHBoxLayout()
        self.points: dict[str, QDoubleSpinBox] = {}
        for key, text in (
            ("submitted", self.tr("报送")),
            ("adopted", self.tr("采用")),
            ("instructed", self.tr("批示")),
        ):
            points = QDoubleSpinBox()
            points.setObjectName(f"points_{key}")
            points.setRange(0, 1000)
            points.setDecimals(1)
            points.setSuffix(self.tr(" 分"))
            self.points[key] = points
            scheme.addWidget(QLabel(text))
            scheme.addWidget(points)
        scheme.addStretch(1)
        self.form.addRow(self.tr("信息报送计分（每条）"), scheme)

        self.quota_unit = QComboBox()
        self.quota_unit.setObjectName("quota_unit")
        self.quota_kind = QComboBox()
        self.quota_kind.setObjectName("quota_kind")
        for period in PeriodKind:
            self.quota_kind.addItem(label(period), period.value)
        self.quota_from = QDateEdit(qdate(office.clock().date().replace(day=1)))
        self.quota_from.setObjectName("quota_from")
        self.quota_from.setCalendarPopup(True)
        self.quota_from.setDisplayFormat("yyyy-MM-dd")
        self.quota = QSpinBox()
        self.quota.setObjectName("quota_value")
        self.quota.setRange(0, QUOTA_MAX)
        self.quota.setSuffix(self.tr(" 条"))
        self.quota_button = QPushButton(self.tr("设置任务数"))
        self.quota_button.setObjectName("quota_save")
        self.quota_button.clicked.connect(self.set_quota)
        quota = QHBoxLayout()
        for widget in (self.quota_unit, self.quota_kind, self.quota_from, self.quota, self.quota_button):
            quota.addWidget(widget)
        quota.addStretch(1)
        self.form.addRow(self.tr("单位任务数"), quota)

    def refresh(self) -> None:
        presets = self.office.assignments.presets()
        for kind, box in self.workdays.items():
            box.setValue(presets.workdays[kind])
        self.first_response.setValue(presets.first_response_hours)
        scheme = self.office.supervision.score_scheme()
        for key, points in self.points.items():
            points.setValue(getattr(scheme, key))
        current = self.quota_unit.currentData()
        self.quota_unit.clear()
        for unit in self.office.units.units(include_retired=False):
            self.quota_unit.addItem(unit.name, unit.name)
        self.quota_unit.setCurrentIndex(max(0, self.quota_unit.findData(current)))
        offer(self, self.office, Permission.SETTINGS_MANAGE)

    def save_settings(self) -> str:
        presets = TimeLimitPresets(
            {kind: box.value() for kind, box in self.workdays.items()}, self.first_response.value()
        )
        scheme = ScoreScheme(
            self.points["submitted"].value(),
            self.points["adopted"].value(),
            self.points["instructed"].value(),
        )
        scheme.check()  # both or neither: the scheme is checked before the presets are saved
        self.office.assignments.set_presets(presets)
        self.office.supervision.set_score_scheme(scheme)
        return self.tr("已保存交办时限和计分标准。")

    def set_quota(self) -> bool:
        unit = self.quota_unit.currentData()
        if unit is None:
            self.show_message(self.tr("通讯录里还没有单位。"), error=True)
            return False
        kind = PeriodKind(self.quota_kind.currentData())
        # Quotas belong to whole periods: the month, quarter or year the date falls in.
        start: date = period_start(kind, pydate(self.quota_from.date()))
        try:
            self.office.supervision.set_quota(str(unit), kind, start, self.quota.value())
        except DutyLogError as exc:
            self.show_message(exc.message, error=True)
            return False
        self.quota_from.setDate(qdate(start))
        self.show_message(
            self.tr("已设置 {unit} 自 {start} 起的{period}任务数：{n} 条。").format(
                unit=unit, start=f"{start:%Y-%m-%d}", period=label(kind), n=self.quota.value()
            ),
            error=False,
        )
        return True
