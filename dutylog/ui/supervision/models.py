"""Table models of the supervision pages: units, contacts, the supervision list, figures."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractItemModel, QCoreApplication, Qt
from PySide6.QtWidgets import QHeaderView, QTableView

from dutylog.domain.supervision.assessment import AssessmentRow
from dutylog.domain.supervision.figures import SupervisionRow, UnitFigures
from dutylog.domain.supervision.units import ContactRecord, UnitInfo
from dutylog.reports.supervision import percent_text
from dutylog.ui.i18n import label
from dutylog.ui.theme import error_colour, muted_colour, overdue_background
from dutylog.ui.widgets.record_table import Index, RecordTableModel

DISPLAY = Qt.ItemDataRole.DisplayRole


def table_view(model: QAbstractItemModel, name: str) -> QTableView:
    """A read-only table of whole rows, one chosen at a time, columns fitted to their text."""
    table = QTableView()
    table.setObjectName(name)
    table.setModel(model)
    table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    return table


class UnitsModel(RecordTableModel[UnitInfo]):
    CONTEXT = "UnitsModel"
    COLUMNS = (
        str(QT_TRANSLATE_NOOP("UnitsModel", "单位")),
        str(QT_TRANSLATE_NOOP("UnitsModel", "简称")),
        str(QT_TRANSLATE_NOOP("UnitsModel", "类别")),
        str(QT_TRANSLATE_NOOP("UnitsModel", "联络员")),
        str(QT_TRANSLATE_NOOP("UnitsModel", "状态")),
    )

    def data(self, index: Index, role: int = DISPLAY) -> object:
        unit = self.row_at(index)
        if unit is None:
            return None
        if role == Qt.ItemDataRole.ForegroundRole and not unit.active:
            return muted_colour()
        if role != DISPLAY:
            return None
        liaison = unit.liaison
        return (
            unit.name,
            unit.short_name,
            label(unit.kind),
            liaison.name if liaison is not None else "",
            (
                QCoreApplication.translate("UnitsModel", "在用")
                if unit.active
                else QCoreApplication.translate("UnitsModel", "已撤销")
            ),
        )[index.column()]


class ContactsModel(RecordTableModel[ContactRecord]):
    CONTEXT = "ContactsModel"
    COLUMNS = (
        str(QT_TRANSLATE_NOOP("ContactsModel", "姓名")),
        str(QT_TRANSLATE_NOOP("ContactsModel", "身份")),
        str(QT_TRANSLATE_NOOP("ContactsModel", "职务")),
        str(QT_TRANSLATE_NOOP("ContactsModel", "办公电话")),
        str(QT_TRANSLATE_NOOP("ContactsModel", "手机")),
        str(QT_TRANSLATE_NOOP("ContactsModel", "状态")),
    )

    def data(self, index: Index, role: int = DISPLAY) -> object:
        contact = self.row_at(index)
        if contact is None:
            return None
        if role == Qt.ItemDataRole.ForegroundRole and not contact.active:
            return muted_colour()
        if role != DISPLAY:
            return None
        return (
            contact.name,
            label(contact.role),
            contact.post,
            contact.office_phone,
            contact.mobile,
            (
                QCoreApplication.translate("ContactsModel", "在岗")
                if contact.active
                else QCoreApplication.translate("ContactsModel", "不再联系")
            ),
        )[index.column()]


class SupervisionModel(RecordTableModel[SupervisionRow]):
    CONTEXT = "SupervisionModel"
    COLUMNS = (
        str(QT_TRANSLATE_NOOP("SupervisionModel", "事项")),
        str(QT_TRANSLATE_NOOP("SupervisionModel", "标题")),
        str(QT_TRANSLATE_NOOP("SupervisionModel", "单位")),
        str(QT_TRANSLATE_NOOP("SupervisionModel", "主/协办")),
        str(QT_TRANSLATE_NOOP("SupervisionModel", "交办时间")),
        str(QT_TRANSLATE_NOOP("SupervisionModel", "完成时限")),
        str(QT_TRANSLATE_NOOP("SupervisionModel", "进度")),
        str(QT_TRANSLATE_NOOP("SupervisionModel", "状态")),
        str(QT_TRANSLATE_NOOP("SupervisionModel", "催办")),
    )

    def lateness_text(self, row: SupervisionRow) -> str:
        """Working days late, or the days left (the desk reads this column first)."""
        late = row.late_workdays
        if late > 0:
            return self.tr("超期 %n 个工作日", "", late)
        if late == 0:
            return self.tr("今日到期")
        return self.tr("剩 %n 个工作日", "", -late)

    def data(self, index: Index, role: int = DISPLAY) -> object:
        row = self.row_at(index)
        if row is None:
            return None
        item = row.assignment
        if role == Qt.ItemDataRole.BackgroundRole and row.overdue:
            return overdue_background()
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == 6 and row.late_workdays >= 0:
            return error_colour()
        if role != DISPLAY:
            return None
        return (
            item.matter_number,
            item.matter_title,
            item.unit_name,
            (
                QCoreApplication.translate("SupervisionModel", "主办")
                if item.lead
                else QCoreApplication.translate("SupervisionModel", "协办")
            ),
            f"{item.assigned_at:%Y-%m-%d %H:%M}",
            f"{item.due_on:%Y-%m-%d}",
            self.lateness_text(row),
            label(item.status),
            str(row.urges) if row.urges else "",
        )[index.column()]


class FiguresModel(RecordTableModel[UnitFigures]):
    CONTEXT = "FiguresModel"
    COLUMNS = (
        str(QT_TRANSLATE_NOOP("FiguresModel", "名次")),
        str(QT_TRANSLATE_NOOP("FiguresModel", "单位")),
        str(QT_TRANSLATE_NOOP("FiguresModel", "交办")),
        str(QT_TRANSLATE_NOOP("FiguresModel", "按时回复")),
        str(QT_TRANSLATE_NOOP("FiguresModel", "超时回复")),
        str(QT_TRANSLATE_NOOP("FiguresModel", "超期未回复")),
        str(QT_TRANSLATE_NOOP("FiguresModel", "回复率")),
        str(QT_TRANSLATE_NOOP("FiguresModel", "办结率")),
        str(QT_TRANSLATE_NOOP("FiguresModel", "平均回复工作日")),
    )

    def data(self, index: Index, role: int = DISPLAY) -> object:
        row = self.row_at(index)
        if row is None:
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() != 1:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role != DISPLAY:
            return None
        average = row.average_reply_workdays
        return (
            str(index.row() + 1),
            row.unit,
            str(row.assigned),
            str(row.on_time),
            str(row.late),
            str(row.overdue),
            percent_text(row.reply_rate),
            percent_text(row.completion_rate),
            "—" if average is None else f"{average:.1f}",
        )[index.column()]


class AssessmentModel(RecordTableModel[AssessmentRow]):
    CONTEXT = "AssessmentModel"
    COLUMNS = (
        str(QT_TRANSLATE_NOOP("AssessmentModel", "单位")),
        str(QT_TRANSLATE_NOOP("AssessmentModel", "任务数")),
        str(QT_TRANSLATE_NOOP("AssessmentModel", "报送")),
        str(QT_TRANSLATE_NOOP("AssessmentModel", "采用")),
        str(QT_TRANSLATE_NOOP("AssessmentModel", "批示")),
        str(QT_TRANSLATE_NOOP("AssessmentModel", "得分")),
        str(QT_TRANSLATE_NOOP("AssessmentModel", "完成任务")),
    )

    def data(self, index: Index, role: int = DISPLAY) -> object:
        row = self.row_at(index)
        if row is None:
            return None
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == 6 and row.quota_met is False:
            return error_colour()
        if role != DISPLAY:
            return None
        met = row.quota_met
        return (
            row.unit,
            "—" if row.quota is None else str(row.quota),
            str(row.submitted),
            str(row.adopted),
            str(row.instructed),
            f"{row.score:g}",
            "—"
            if met is None
            else (
                QCoreApplication.translate("AssessmentModel", "是")
                if met
                else QCoreApplication.translate("AssessmentModel", "否")
            )
            + f"（{percent_text(row.completion)}）",
        )[index.column()]
