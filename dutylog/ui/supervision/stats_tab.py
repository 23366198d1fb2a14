"""统计 → 交办与考核: the unit ranking of the period and the information-submission assessment.

The ranking covers the assignments made in the Statistics page's period; the assessment
covers the month, quarter or year that period starts in (quotas are set per period).
Both export to one .xlsx through the office's safe outputs.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from dutylog.domain.errors import DutyLogError
from dutylog.domain.supervision.assessment import AssessmentRow, PeriodKind, period_bounds
from dutylog.domain.supervision.figures import UnitFigures
from dutylog.office import Office
from dutylog.ui.i18n import label
from dutylog.ui.operations import run_for
from dutylog.ui.printing import written_text
from dutylog.ui.supervision.models import AssessmentModel, FiguresModel, table_view
from dutylog.ui.theme import error_style, ok_style
from dutylog.ui.widgets.empty_state import EmptyState


def period_start(kind: PeriodKind, day: date) -> date:
    """The first day of the month, quarter or year ``day`` falls in."""
    if kind is PeriodKind.MONTH:
        return day.replace(day=1)
    if kind is PeriodKind.QUARTER:
        return date(day.year, (day.month - 1) // 3 * 3 + 1, 1)
    return date(day.year, 1, 1)


class SupervisionStats(QWidget):
    def __init__(
        self, office: Office, period: Callable[[], tuple[date, date]], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.office = office
        self.period = period
        self.figures = FiguresModel(self)
        self.assessment = AssessmentModel(self)
        self.ranking = table_view(self.figures, "stats_unit_ranking")
        EmptyState(self.ranking, self.tr("所选期间没有交办件。"))
        self.scores = table_view(self.assessment, "stats_assessment")
        EmptyState(self.scores, self.tr("该考核期没有信息报送，也未设任务数。"))
        self.kind = QComboBox()
        self.kind.setObjectName("stats_assessment_kind")
        for kind in PeriodKind:
            self.kind.addItem(label(kind), kind.value)
        self.assessment_period = QLabel()
        self.export_button = QPushButton(self.tr("导出 Excel…"))
        self.export_button.setObjectName("stats_supervision_export")
        self.message = QLabel()
        self.message.setObjectName("stats_supervision_message")
        self.message.setWordWrap(True)

        top = QVBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(QLabel(self.tr("各单位交办件办理情况（按按时回复率排名）")))
        top.addWidget(self.ranking, 1)
        upper = QWidget()
        upper.setLayout(top)
        heading = QHBoxLayout()
        heading.addWidget(QLabel(self.tr("信息报送考核")))
        heading.addWidget(self.kind)
        heading.addWidget(self.assessment_period, 1)
        bottom = QVBoxLayout()
        bottom.setContentsMargins(0, 0, 0, 0)
        bottom.addLayout(heading)
        bottom.addWidget(self.scores, 1)
        lower = QWidget()
        lower.setLayout(bottom)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(upper)
        split.addWidget(lower)
        row = QHBoxLayout()
        row.addWidget(self.message, 1)
        row.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addWidget(split, 1)
        layout.addLayout(row)
        self.kind.currentIndexChanged.connect(lambda _index: self.refresh())
        self.export_button.clicked.connect(self._choose_export)

    def chosen(self) -> tuple[date, date, PeriodKind, date]:
        first, last = self.period()
        kind = PeriodKind(self.kind.currentData())
        return first, last, kind, period_start(kind, first)

    def refresh(self) -> None:
        first, last, kind, start = self.chosen()
        self.assessment_period.setText("{:%Y-%m-%d} — {:%Y-%m-%d}".format(*period_bounds(kind, start)))
        run_for(
            self,
            self.office,
            lambda o: (o.supervision.unit_figures(first, last), o.supervision.assessment(kind, start)),
            on_done=self._loaded,
            on_error=self._failed,
            what=self.tr("统计交办件"),
            progress=False,
        )

    def _loaded(self, loaded: tuple[list[UnitFigures], list[AssessmentRow]]) -> None:
        figures, rows = loaded
        self.figures.set_rows(figures)
        self.assessment.set_rows(rows)

    def _choose_export(self) -> None:
        first, last, _kind, _start = self.chosen()
        name = f"交办件办理情况{first:%Y%m%d}-{last:%Y%m%d}.xlsx"
        path, _filter = QFileDialog.getSaveFileName(self, self.tr("导出 Excel"), name, "Excel (*.xlsx)")
        if path:
            self.export(path)

    def export(self, path: str) -> None:
        first, last, kind, start = self.chosen()

        def write(office: Office) -> str:
            written = office.supervision.export_figures(first, last, path, assessment=(kind, start))
            return written_text(written.path, written.size)

        run_for(
            self,
            self.office,
            write,
            on_done=self._exported,
            on_error=self._failed,
            what=self.tr("导出 Excel"),
        )

    def _exported(self, written: str) -> None:
        self.message.setStyleSheet(ok_style())
        self.message.setText(self.tr("已导出：") + written)

    def _failed(self, error: DutyLogError) -> None:
        self.message.setStyleSheet(error_style())
        self.message.setText(error.message)
