"""统计: the statistics report of any period with charts, and the upward submissions (信息报送)."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from dutylog.domain.briefings.reporting import PeriodStatistics
from dutylog.domain.briefings.submissions import SubmissionRecord
from dutylog.domain.errors import DutyLogError
from dutylog.office import Office
from dutylog.reports.official import OfficialDocument
from dutylog.reports.statistics_report import period_label, statistics_html
from dutylog.ui import i18n
from dutylog.ui.briefings.stats_charts import grade_chart, per_day_chart, source_chart
from dutylog.ui.briefings.submissions_model import TITLE, SubmissionsModel
from dutylog.ui.qt_dates import pydate, qdate
from dutylog.ui.supervision.stats_tab import SupervisionStats
from dutylog.ui.theme import error_style, ok_style


class StatsPage(QWidget):
    def __init__(self, office: Office, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.office = office
        self.stats: PeriodStatistics | None = None
        self.preview_dialog: QWidget | None = None
        today = office.clock().date()

        self.first = QDateEdit(qdate(today.replace(day=1)))
        self.last = QDateEdit(qdate(today))
        for edit in (self.first, self.last):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        controls = QHBoxLayout()
        controls.addWidget(QLabel(self.tr("统计期间")))
        controls.addWidget(self.first)
        controls.addWidget(QLabel("—"))
        controls.addWidget(self.last)
        for text, name in ((self.tr("本周"), "week"), (self.tr("本月"), "month"), (self.tr("本年"), "year")):
            quick = QPushButton(text)
            quick.setObjectName(f"stats_{name}")
            quick.clicked.connect(lambda _checked=False, key=name: self.set_period(key))
            controls.addWidget(quick)
        self.run_button = QPushButton(self.tr("统计"))
        self.run_button.setObjectName("stats_run")
        self.run_button.setDefault(True)
        self.run_button.clicked.connect(self.refresh)
        controls.addWidget(self.run_button)
        controls.addStretch(1)
        self.preview_button = QPushButton(self.tr("打印预览"))
        self.preview_button.clicked.connect(self.print_preview)
        self.pdf_button = QPushButton(self.tr("导出 PDF"))
        self.pdf_button.clicked.connect(self.export_pdf)
        self.docx_button = QPushButton(self.tr("导出 Word"))
        self.docx_button.clicked.connect(self.export_docx)
        for widget in (self.preview_button, self.pdf_button, self.docx_button):
            controls.addWidget(widget)

        self.message = QLabel()
        self.message.setObjectName("stats_message")
        self.message.setWordWrap(True)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._build_report_tab(), self.tr("统计报告"))
        self.tabs.addTab(self._build_submissions_tab(today), self.tr("信息报送"))
        self.supervision = SupervisionStats(office, self.period, self)
        self.tabs.addTab(self.supervision, self.tr("交办与考核"))

        layout = QVBoxLayout(self)
        layout.addLayout(controls)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.message)
        self.refresh()

    # --- building ---------------------------------------------------------------------
    def _build_report_tab(self) -> QWidget:
        self.report = QTextBrowser()
        self.report.setObjectName("stats_report")
        self.charts = QWidget()
        self.charts_layout = QVBoxLayout(self.charts)
        self.charts_layout.setContentsMargins(0, 0, 0, 0)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.report)
        splitter.addWidget(self.charts)
        splitter.setSizes([520, 600])
        return splitter

    def _build_submissions_tab(self, today: date) -> QWidget:
        self.submissions = SubmissionsModel(self._save_outcome, self)
        self.submissions_table = QTableView()
        self.submissions_table.setObjectName("stats_submissions")
        self.submissions_table.setModel(self.submissions)
        self.submissions_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.submissions_table.verticalHeader().hide()
        header = self.submissions_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        self.submission_summary = QLabel()
        self.submission_summary.setObjectName("stats_submission_summary")

        self.sent_on = QDateEdit(qdate(today))
        self.sent_on.setCalendarPopup(True)
        self.sent_on.setDisplayFormat("yyyy-MM-dd")
        self.sub_title = QLineEdit()
        self.sub_title.setPlaceholderText(self.tr("报送信息标题"))
        self.recipient = QLineEdit()
        self.recipient.setPlaceholderText(self.tr("如：市委网信办"))
        self.matter_no = QLineEdit()
        self.matter_no.setPlaceholderText(self.tr("事项编号（可空）"))
        self.source_unit = QComboBox()
        self.source_unit.setObjectName("stats_submission_unit")
        self.source_unit.setToolTip(self.tr("信息由哪个单位报来：计入该单位的信息报送考核"))
        self.set_unit_button = QPushButton(self.tr("设置所选记录的来源单位…"))
        self.set_unit_button.setObjectName("stats_set_submission_unit")
        self.set_unit_button.clicked.connect(self.set_selected_unit)
        self.adopted = QCheckBox(self.tr("已采用"))
        self.instructed = QCheckBox(self.tr("获批示"))
        self.add_button = QPushButton(self.tr("添加报送记录"))
        self.add_button.setObjectName("stats_add_submission")
        self.add_button.clicked.connect(self.add_submission)
        for edit in (self.sub_title, self.recipient, self.matter_no):
            edit.returnPressed.connect(self.add_submission)  # Enter adds, as in a dialog
        form = QGridLayout()
        form.addWidget(QLabel(self.tr("报送日期")), 0, 0)
        form.addWidget(self.sent_on, 0, 1)
        form.addWidget(QLabel(self.tr("标题")), 0, 2)
        form.addWidget(self.sub_title, 0, 3)
        form.addWidget(QLabel(self.tr("报送单位")), 1, 0)
        form.addWidget(self.recipient, 1, 1)
        form.addWidget(QLabel(self.tr("关联事项")), 1, 2)
        form.addWidget(self.matter_no, 1, 3)
        form.addWidget(QLabel(self.tr("信息来源单位")), 2, 0)
        form.addWidget(self.source_unit, 2, 1)
        form.addWidget(self.set_unit_button, 2, 3)
        checks = QHBoxLayout()
        checks.addWidget(self.adopted)
        checks.addWidget(self.instructed)
        checks.addStretch(1)
        checks.addWidget(self.add_button)
        form.addLayout(checks, 3, 0, 1, 4)
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.addWidget(self.submission_summary)
        layout.addWidget(self.submissions_table, 1)
        layout.addLayout(form)
        return box

    # --- behaviour ---------------------------------------------------------------------
    def set_period(self, key: str) -> None:
        today = self.office.clock().date()
        first = {
            "week": today - timedelta(days=today.weekday()),
            "month": today.replace(day=1),
            "year": today.replace(month=1, day=1),
        }[key]
        self.first.setDate(qdate(first))
        self.last.setDate(qdate(today))
        self.refresh()

    def period(self) -> tuple[date, date]:
        return pydate(self.first.date()), pydate(self.last.date())

    def refresh(self) -> None:
        first, last = self.period()
        try:
            stats = self.office.reports.statistics(first, last)
            submissions = self.office.submissions.between(first, last)
        except DutyLogError as error:
            self.message.setStyleSheet(error_style())
            self.message.setText(error.message)
            return
        self.message.clear()
        self.stats = stats
        # On screen in the interface's language; printed and exported as the Chinese document.
        on_screen = statistics_html(stats, i18n.current())
        self.report.setHtml(f"<h2>{self.document_title(stats, on_screen=True)}</h2>{on_screen}")
        self._show_charts(stats)
        self.submissions.set_submissions(submissions)
        self._fill_units()
        self._summarise_submissions()
        self.supervision.refresh()

    def _show_charts(self, stats: PeriodStatistics) -> None:
        while self.charts_layout.count():
            item = self.charts_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.setParent(None)  # off screen now, not at the next event loop pass
                widget.deleteLater()
        self.charts_layout.addWidget(per_day_chart(stats, self.tr("每日舆情数量")), 3)
        self.charts_layout.addWidget(grade_chart(stats, self.tr("按等级")), 2)
        self.charts_layout.addWidget(source_chart(stats, self.tr("按来源")), 2)

    def _summarise_submissions(self) -> None:
        if self.stats is None:
            return
        rate = f"{self.stats.adoption_rate:.0%}" if self.stats.adoption_rate is not None else "—"
        self.submission_summary.setText(
            self.tr("本期报送 %n 条，", "", self.stats.submissions)
            + self.tr("采用 %n 条（采用率 {rate}），", "", self.stats.adopted).format(rate=rate)
            + self.tr("获批示 %n 条。", "", self.stats.instructed)
        )

    def _save_outcome(self, submission_id: int, adopted: bool, instructed: bool) -> SubmissionRecord:
        record = self.office.submissions.set_outcome(submission_id, adopted=adopted, instructed=instructed)
        first, last = self.period()
        self.stats = self.office.reports.statistics(first, last)
        self._summarise_submissions()
        return record

    def add_submission(self) -> None:
        try:
            self.office.submissions.add(
                sent_on=pydate(self.sent_on.date()),
                title=self.sub_title.text(),
                recipient=self.recipient.text(),
                matter_number=self.matter_no.text(),
                adopted=self.adopted.isChecked(),
                instructed=self.instructed.isChecked(),
                unit=str(self.source_unit.currentData() or ""),
            )
        except DutyLogError as error:
            self.message.setStyleSheet(error_style())
            self.message.setText(error.message)
            return
        self.sub_title.clear()
        self.matter_no.clear()
        self.adopted.setChecked(False)
        self.instructed.setChecked(False)
        self.refresh()
        self.message.setStyleSheet(ok_style())
        self.message.setText(self.tr("已添加报送记录。"))

    def _fill_units(self) -> None:
        chosen = self.source_unit.currentData()
        self.source_unit.clear()
        self.source_unit.addItem(self.tr("本单位（不计入单位考核）"), "")
        for unit in self.office.staff.units():
            self.source_unit.addItem(unit.name, unit.name)
        self.source_unit.setCurrentIndex(max(0, self.source_unit.findData(chosen)))

    def set_selected_unit(self) -> None:
        """Say which unit the selected submission came from (counted in its assessment)."""
        rows = self.submissions_table.selectionModel().selectedRows()
        if not rows:
            self.message.setStyleSheet(error_style())
            self.message.setText(self.tr("请先在表中选择一条报送记录。"))
            return
        record = self.submissions.submission(rows[0].row())
        names = [self.source_unit.itemText(i) for i in range(self.source_unit.count())]
        current = names.index(record.unit_name) if record.unit_name in names else 0
        name, ok = QInputDialog.getItem(self, self.tr("信息来源单位"), record.title, names, current, False)
        if not ok:
            return
        unit = "" if names.index(name) == 0 else name
        try:
            self.office.supervision.set_submission_unit(record.id, unit or None)
        except DutyLogError as error:
            self.message.setStyleSheet(error_style())
            self.message.setText(error.message)
            return
        self.refresh()
        self.message.setStyleSheet(ok_style())
        self.message.setText(self.tr("已设置来源单位。"))

    # --- documents ------------------------------------------------------------------------
    def document_title(self, stats: PeriodStatistics, *, on_screen: bool = False) -> str:
        """The report's title: the filed document is Chinese, the screen follows the interface."""
        if not on_screen:
            return f"网络舆情工作统计报告（{period_label(stats)}）"
        period = period_label(stats, i18n.current())
        return self.tr("网络舆情工作统计报告（{period}）").format(period=period)

    def current_document(self) -> OfficialDocument | None:
        if self.stats is None:
            return None
        return OfficialDocument(self.document_title(self.stats), statistics_html(self.stats))

    def print_preview(self) -> None:
        from dutylog.ui.printing import print_preview

        document = self.current_document()
        if document is not None:
            self.preview_dialog = print_preview(self, document)
            self.preview_dialog.open()

    def _say_exported(self, written: str) -> None:
        self.message.setText(self.tr("已导出：") + written)

    def export_pdf(self) -> None:
        from dutylog.ui.printing import export_pdf

        document = self.current_document()
        if document is not None:
            export_pdf(self, document, self.office, self._say_exported)

    def export_docx(self) -> None:
        from dutylog.ui.printing import export_docx

        document = self.current_document()
        if document is not None:
            export_docx(self, document, self.office, self._say_exported)
