"""The shift pattern from a date on: a whole day, day and night, or three shifts (issue 20).

Shows the patterns set so far (history kept: earlier days keep theirs) and sets a new
one from a date, tomorrow at the earliest. The same service call as
`dutylog settings shifts KIND --times ... --from DATE`.
"""

from __future__ import annotations

from datetime import date, time, timedelta

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QTime
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from dutylog.domain.errors import DutyLogError
from dutylog.domain.log.shifts import PatternKind, ShiftEra
from dutylog.office import Office
from dutylog.ui.operations import run_for
from dutylog.ui.roster.roster_dialogs import date_edit, to_date
from dutylog.ui.theme import error_style

KINDS = (
    (PatternKind.FULL, str(QT_TRANSLATE_NOOP("ShiftPatternDialog", "全天班（24 小时）"))),
    (PatternKind.DAY_NIGHT, str(QT_TRANSLATE_NOOP("ShiftPatternDialog", "白班/夜班"))),
    (PatternKind.THREE, str(QT_TRANSLATE_NOOP("ShiftPatternDialog", "三班：早班、中班、大夜班"))),
)
DEFAULT_TIMES = {
    PatternKind.FULL: (time(8, 30),),
    PatternKind.DAY_NIGHT: (time(8, 30), time(17, 30)),
    PatternKind.THREE: (time(8), time(16), time(0)),
}


def era_text(era: ShiftEra) -> str:
    name = next(text for kind, text in KINDS if kind is era.kind)
    starts = era.starts[: era.kind.time_count]
    return QCoreApplication.translate("ShiftPatternDialog", "{day} 起：{kind}，{times}").format(
        day=era.first.isoformat(),
        kind=QCoreApplication.translate("ShiftPatternDialog", name),
        times="、".join(f"{t:%H:%M}" for t in starts),
    )


class ShiftPatternDialog(QDialog):
    def __init__(self, office: Office, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.office = office
        self.saved: ShiftEra | None = None
        self.setWindowTitle(self.tr("班次设置"))
        self.setMinimumWidth(480)
        self.history = QListWidget()
        self.history.setObjectName("shift_history")
        self.history.setMaximumHeight(120)
        self.kind = QComboBox()
        self.kind.setObjectName("shift_kind")
        for kind, text in KINDS:
            self.kind.addItem(QCoreApplication.translate("ShiftPatternDialog", text), kind)
        self.times = [QTimeEdit() for _ in range(3)]
        row = QHBoxLayout()
        for edit in self.times:
            edit.setDisplayFormat("HH:mm")
            row.addWidget(edit)
        row.addStretch(1)
        self.first = date_edit(office.clock().date() + timedelta(days=1))
        self.message = QLabel()
        self.message.setObjectName("shift_message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(error_style())
        form = QFormLayout()
        form.addRow(self.tr("班次"), self.kind)
        form.addRow(self.tr("各班开始时间"), row)
        form.addRow(self.tr("自此日起"), self.first)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("已设置的班次（此前的日期保持原班次）：")))
        layout.addWidget(self.history)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("改变班次后，请重新生成该日期以后的排班。")))
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self._kind_changed()
        run_for(
            self,
            office,
            lambda o: o.roster.shift_eras(),
            on_done=self._show_history,
            on_error=lambda exc: self.message.setText(exc.message),
            what=self.tr("读取班次"),
            progress=False,
        )

    def _show_history(self, eras: tuple[ShiftEra, ...]) -> None:
        self.history.clear()
        if not eras:
            self.history.addItem(self.tr("未设置：按作息时间与排班规则"))
        for era in eras:
            self.history.addItem(era_text(era))

    def _kind_changed(self) -> None:
        kind = PatternKind(self.kind.currentData())
        defaults = DEFAULT_TIMES[kind]
        for index, edit in enumerate(self.times):
            edit.setVisible(index < len(defaults))
            if index < len(defaults):
                edit.setTime(QTime(defaults[index].hour, defaults[index].minute))

    def accept(self) -> None:
        kind = PatternKind(self.kind.currentData())
        starts = [time(e.time().hour(), e.time().minute()) for e in self.times[: kind.time_count]]
        first: date = to_date(self.first.date())
        run_for(
            self,
            self.office,
            lambda o: o.roster.set_shift_pattern(kind, starts, first),
            on_done=self._saved,
            on_error=self._refused,
            what=self.tr("班次设置"),
            areas=frozenset({"roster", "settings"}),
        )

    def _refused(self, exc: DutyLogError) -> None:
        self.message.setText(exc.message)

    def _saved(self, era: ShiftEra) -> None:
        self.saved = era
        super().accept()
