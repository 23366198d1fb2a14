"""Import an Excel/CSV ledger (台账): pick a file, check the column mapping, dry run, import.

Reading and importing run on the window's operations layer: off the GUI thread, the rows
counted on its progress bar, Cancel stopping the work at the next batch; nothing is written
unless every row is valid (the import is one transaction).

    report = open_import_dialog(parent, office)   # the ImportReport, or None if cancelled
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from dutylog.domain.errors import DutyLogError
from dutylog.domain.matters.ledger_fields import REQUIRED_FIELDS, LedgerField
from dutylog.domain.matters.ledger_mapping import LedgerMapping
from dutylog.office import Office
from dutylog.services.matters.ledger_import import (
    PHASE_READ,
    PHASE_WRITE,
    CancelCheck,
    ImportRejected,
    ImportReport,
    LedgerPreview,
    ProgressCallback,
)
from dutylog.ui import i18n
from dutylog.ui.matters.import_problems_model import ImportProblemsModel
from dutylog.ui.operations import Progress, Running, operations_of, run_for
from dutylog.ui.theme import background, error_style
from dutylog.ui.widgets.file_dialogs import Purpose, open_file
from dutylog.ui.widgets.fit import SIZE_FROM_ROWS

R = TypeVar("R")
Job = Callable[[Office, ProgressCallback, CancelCheck], R]
FILE_STEP, MAPPING_STEP, RESULT_STEP = range(3)
_SAMPLE_SHOWN = 3


class LedgerImportDialog(QDialog):
    imported = Signal(object)  # ImportReport after a successful import

    def __init__(self, office: Office, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.office = office
        self.preview: LedgerPreview | None = None
        self.report: ImportReport | None = None
        self.worker: Running[Any] | None = None  # the dry run or import in flight
        self.setWindowTitle(self.tr("导入台账"))
        self.resize(860, 560)

        self.stack = QStackedWidget()
        self.stack.addWidget(self._file_step())
        self.stack.addWidget(self._mapping_step())
        self.stack.addWidget(self._result_step())

        self.back_button = QPushButton(self.tr("上一步"))
        self.next_button = QPushButton(self.tr("下一步：检查"))
        self.import_button = QPushButton(self.tr("导入"))
        self.close_button = QPushButton(self.tr("关闭"))
        for name, button in (
            ("import_back", self.back_button),
            ("import_next", self.next_button),
            ("import_commit", self.import_button),
            ("import_close", self.close_button),
        ):
            button.setObjectName(name)
        self.back_button.clicked.connect(self.go_back)
        self.next_button.clicked.connect(self.go_next)
        self.import_button.clicked.connect(self.start_import)
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.back_button, self.next_button, self.import_button, self.close_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack, 1)
        layout.addLayout(buttons)
        self._show_step(FILE_STEP)

    # ---- steps ------------------------------------------------------------------------------
    def _file_step(self) -> QWidget:
        page = QWidget()
        self.path_edit = QLineEdit()
        self.path_edit.setObjectName("import_path")
        self.path_edit.setPlaceholderText(self.tr("选择 Excel (.xlsx) 或 CSV 台账文件"))
        self.path_edit.returnPressed.connect(lambda: self.load(self.path_edit.text()))
        self.browse_button = QPushButton(self.tr("浏览…"))
        self.browse_button.clicked.connect(self.choose_file)
        self.sheet_combo = QComboBox()
        self.sheet_combo.setObjectName("import_sheet")
        self.sheet_combo.activated.connect(self._sheet_chosen)
        self.file_message = QLabel()
        self.file_message.setObjectName("import_file_message")
        self.file_message.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(self.browse_button)
        sheet_row = QHBoxLayout()
        sheet_row.addWidget(QLabel(self.tr("工作表：")))
        sheet_row.addWidget(self.sheet_combo, 1)
        hint = QLabel(
            self.tr(
                "可导入 Excel/WPS 保存的 .xlsx 或 CSV（UTF-8 或 GBK）台账。程序会识别常见表头"
                "（序号、标题、网址、来源、发布者、发布时间、发现时间、上报时间、等级、处置措施、处置结果、责任单位、备注），"
                "无法识别的列可在下一步手动指定。导入前会逐行检查，有任何错误都不会导入。"
            )
        )
        hint.setWordWrap(True)
        layout = QVBoxLayout(page)
        layout.addWidget(hint)
        layout.addLayout(row)
        layout.addLayout(sheet_row)
        layout.addWidget(self.file_message)
        layout.addStretch(1)
        return page

    def _mapping_step(self) -> QWidget:
        page = QWidget()
        self.mapping_intro = QLabel()
        self.mapping_intro.setWordWrap(True)
        self.mapping_table = QTableWidget(0, 3)
        self.mapping_table.setObjectName("import_mapping")
        self.mapping_table.setHorizontalHeaderLabels(
            [self.tr("文件中的列"), self.tr("示例"), self.tr("导入为")]
        )
        self.mapping_table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.mapping_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.new_units_check = QCheckBox(self.tr("自动新建台账中出现的新责任单位"))
        self.new_units_check.setObjectName("import_new_units")
        self.new_units_check.setChecked(True)
        # A row that repeats a matter already in the ledger: say so, leave it, or update it.
        self.duplicates_combo = QComboBox()
        self.duplicates_combo.setObjectName("import_on_duplicate")
        self.duplicates_combo.addItem(self.tr("列出并停止导入"), "fail")
        self.duplicates_combo.addItem(self.tr("跳过，保留已有事项"), "skip")
        self.duplicates_combo.addItem(self.tr("用文件中的内容更新已有事项"), "update")
        duplicates_row = QHBoxLayout()
        duplicates_row.addWidget(QLabel(self.tr("与已有事项重复的行：")))
        duplicates_row.addWidget(self.duplicates_combo)
        duplicates_row.addStretch(1)
        self.mapping_message = QLabel()
        self.mapping_message.setObjectName("import_mapping_message")
        self.mapping_message.setWordWrap(True)
        self.mapping_message.setStyleSheet(error_style())
        layout = QVBoxLayout(page)
        layout.addWidget(self.mapping_intro)
        layout.addWidget(self.mapping_table, 1)
        layout.addWidget(self.new_units_check)
        layout.addLayout(duplicates_row)
        layout.addWidget(self.mapping_message)
        return page

    def _result_step(self) -> QWidget:
        page = QWidget()
        self.result_summary = QLabel()
        self.result_summary.setObjectName("import_summary")
        self.result_summary.setWordWrap(True)
        self.problems_model = ImportProblemsModel(self)
        self.problems_view = QTableView()
        self.problems_view.setObjectName("import_problems")
        self.problems_view.setModel(self.problems_model)
        self.problems_view.horizontalHeader().setStretchLastSection(True)
        # Sized from the first rows, not from every notice of a 100,000-row file.
        self.problems_view.horizontalHeader().setResizeContentsPrecision(SIZE_FROM_ROWS)
        self.problems_view.verticalHeader().hide()
        self.problems_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        # Where every column went and why each row has its status: nothing dropped unseen.
        self.fates = QPlainTextEdit()
        self.fates.setObjectName("import_fates")
        self.fates.setReadOnly(True)
        layout = QVBoxLayout(page)
        layout.addWidget(self.result_summary)
        layout.addWidget(self.fates, 1)
        layout.addWidget(self.problems_view, 1)
        return page

    def _show_step(self, step: int) -> None:
        self.stack.setCurrentIndex(step)
        finished = self.report is not None and self.report.imported is not None
        self.back_button.setVisible(step != FILE_STEP and not finished)
        self.next_button.setVisible(step != RESULT_STEP)
        self.next_button.setText(self.tr("下一步：列对应") if step == FILE_STEP else self.tr("下一步：检查"))
        ready = step == RESULT_STEP and self.report is not None and self.report.ok and self.report.dry_run
        self.import_button.setVisible(step == RESULT_STEP and not finished)
        self.import_button.setEnabled(ready)

    def go_back(self) -> None:
        self._show_step(max(self.stack.currentIndex() - 1, FILE_STEP))

    def go_next(self) -> None:
        if self.stack.currentIndex() == FILE_STEP:
            if self.preview is None or str(self.preview.path) != self.path_edit.text():
                self.load(self.path_edit.text())
            elif self.preview is not None:
                self._show_step(MAPPING_STEP)
        else:
            self.start_dry_run()

    # ---- file -------------------------------------------------------------------------------
    def choose_file(self) -> None:
        path = open_file(
            self,
            Purpose.IMPORT,
            self.tr("选择台账文件"),
            self.tr("台账文件 (*.xlsx *.xls *.xlsb *.ods *.csv);;所有文件 (*)"),
        )
        if path:
            self.load(path)

    def _sheet_chosen(self) -> None:
        if self.preview is not None:
            self.load(str(self.preview.path), self.sheet_combo.currentText())

    def load(self, path: str, sheet: str | None = None) -> bool:
        """Preview ``path``; on success fill the mapping step and show it.

        In the window the file is read on a worker (a large workbook takes a while to open
        and hash); on its own the dialog reads it here. False when it was refused at once.
        """
        self.path_edit.setText(path)
        if not path.strip():
            self._file_error(self.tr("请选择台账文件。"))
            return False
        operations = operations_of(self)
        if operations is None:
            try:
                preview = self.office.ledger_import.preview(Path(path), sheet)
            except DutyLogError as exc:
                self._preview_failed(exc)
                return False
            self._previewed(preview)
            return True
        self.file_message.setStyleSheet("")
        self.file_message.setText(self.tr("正在读取文件…"))
        operations.run(
            lambda office: office.ledger_import.preview(Path(path), sheet),
            on_done=self._previewed,
            on_error=self._preview_failed,
            parent=self,
            what=self.tr("读取台账文件"),
        )
        return True

    def _preview_failed(self, error: DutyLogError) -> None:
        self.preview = None
        self._file_error(error.message)

    def _previewed(self, preview: LedgerPreview) -> None:
        self.preview = preview
        self.report = None
        self.sheet_combo.clear()
        self.sheet_combo.addItems(list(preview.sheet_names))
        self.sheet_combo.setCurrentText(preview.sheet)
        self.sheet_combo.setEnabled(len(preview.sheet_names) > 1)
        self.file_message.setStyleSheet("")
        found = self.tr("表头在第 {0} 行，约 {1} 行数据。").format(preview.header_row, preview.estimated_rows)
        done = preview.already_imported
        if done is not None:
            # The same file again: its rows repeat matters already here. They are listed by the
            # dry run and left as they are unless the user chooses to update them.
            self.duplicates_combo.setCurrentIndex(self.duplicates_combo.findData("skip"))
            found += self.tr("该文件已于 {0} 导入过（{1} 条）：与已有事项重复的行默认跳过。").format(
                f"{done.imported_at:%Y-%m-%d %H:%M}", done.row_count
            )
        self.file_message.setText(found)
        self._fill_mapping(preview)
        if done is not None:
            self.mapping_intro.setText(self.mapping_intro.text() + "\n" + found)
        self._show_step(MAPPING_STEP)

    def _file_error(self, message: str) -> None:
        self.file_message.setStyleSheet(error_style())
        self.file_message.setText(message)
        self._show_step(FILE_STEP)

    # ---- mapping ----------------------------------------------------------------------------
    def _fill_mapping(self, preview: LedgerPreview) -> None:
        headers = preview.headers
        self.mapping_table.setRowCount(len(headers))
        unplaced = 0
        for column, header in enumerate(headers):
            label = header or self.tr("（第 {0} 列，无表头）").format(column + 1)
            name_item = QTableWidgetItem(label)
            samples = [
                str(row[column])
                for row in preview.samples[:_SAMPLE_SHOWN]
                if column < len(row) and row[column]
            ]
            sample_item = QTableWidgetItem(" | ".join(samples))
            combo = QComboBox()
            combo.addItem(self.tr("（保留为附加列）"), None)
            for field in LedgerField:
                combo.addItem(i18n.label(field), field.value)
            field_now = preview.mapping.get(column)
            combo.setCurrentIndex(combo.findData(field_now.value) if field_now else 0)
            if field_now is None and header:
                unplaced += 1
                for item in (name_item, sample_item):
                    item.setBackground(background("warning"))
            self.mapping_table.setItem(column, 0, name_item)
            self.mapping_table.setItem(column, 1, sample_item)
            self.mapping_table.setCellWidget(column, 2, combo)
        self.mapping_table.resizeColumnToContents(0)
        self.mapping_table.setColumnWidth(2, 140)
        required = self.tr("、").join(i18n.label(f) for f in REQUIRED_FIELDS)
        self.mapping_intro.setText(
            self.tr(
                "“{0}”工作表“{1}”。已自动识别 {2} 列，{3} 列未能识别（橙色），"
                "请为需要导入的列选择字段。必需：{4}。"
            ).format(preview.file_name, preview.sheet, len(preview.mapping), unplaced, required)
        )
        self.mapping_message.clear()

    def mapping_combo(self, column: int) -> QComboBox:
        widget = self.mapping_table.cellWidget(column, 2)
        assert isinstance(widget, QComboBox)
        return widget

    def mapping(self) -> dict[int, LedgerField]:
        chosen: dict[int, LedgerField] = {}
        for column in range(self.mapping_table.rowCount()):
            code = self.mapping_combo(column).currentData()
            if code:
                chosen[column] = LedgerField(code)
        return chosen

    def chosen_mapping(self, preview: LedgerPreview) -> LedgerMapping:
        """The shared mapping model: the preview's own (a column may fill two fields) unless changed here."""
        shown = self.mapping()
        if preview.layout is not None and shown == dict(preview.mapping):
            return preview.layout
        return LedgerMapping.from_columns(preview.headers, shown)

    # ---- dry run and import -----------------------------------------------------------------
    def start_dry_run(self) -> None:
        preview = self.preview
        if preview is None:
            return
        mapping = self.chosen_mapping(preview)
        try:
            if mapping is not preview.layout:  # a field chosen for two columns is named first
                self.office.ledger_import.check_mapping(self.mapping())
            self.office.ledger_import.check_mapping(mapping)
        except DutyLogError as exc:
            self.mapping_message.setText(exc.message)
            return
        self.mapping_message.clear()
        allow_new = self.new_units_check.isChecked()
        on_duplicate = str(self.duplicates_combo.currentData())
        fates_text = self.fates_wording()

        def job(office: Office, progress: ProgressCallback, cancel: CancelCheck) -> tuple[ImportReport, str]:
            report = office.ledger_import.dry_run(
                preview,
                mapping,
                progress=progress,
                cancel=cancel,
                allow_new_units=allow_new,
                on_duplicate=on_duplicate,
            )
            # Worded on the worker too: a line per row is tens of ms for a large file.
            return report, fates_text(report)

        self._run(job, self.tr("逐行检查台账"), lambda checked: self._dry_run_done(*checked))

    def start_import(self) -> None:
        preview, report = self.preview, self.report
        if preview is None or report is None or not report.ok:
            return
        mapping = self.chosen_mapping(preview)
        allow_new = self.new_units_check.isChecked()
        on_duplicate = str(self.duplicates_combo.currentData())

        def job(office: Office, progress: ProgressCallback, cancel: CancelCheck) -> ImportReport:
            return office.ledger_import.commit(
                preview,
                mapping,
                progress=progress,
                cancel=cancel,
                allow_new_units=allow_new,
                on_duplicate=on_duplicate,
            )

        self._run(job, self.tr("导入台账"), self._import_done, areas=frozenset({"matters"}))

    def _run(
        self, job: Job[R], what: str, done: Callable[[R], None], areas: frozenset[str] = frozenset()
    ) -> None:
        """``job`` through the window's operations layer, its rows counted on the layer's bar."""
        self.next_button.setEnabled(False)
        self.import_button.setEnabled(False)
        steps = Progress()
        # Worded here, on the GUI thread; the worker only fills in the numbers.
        phases = {phase: self.phase_text(phase) for phase in (PHASE_READ, PHASE_WRITE)}
        counted, counting = self.tr("{0}：{1} / {2} 行"), self.tr("{0}：已处理 {1} 行")

        def report(phase: str, rows: int, total: int) -> None:
            name = phases.get(phase, phase)
            # A file that does not say how many rows it has: a busy bar and a count.
            steps(
                rows, total, counted.format(name, rows, total) if total > 0 else counting.format(name, rows)
            )

        self.worker = run_for(
            self,
            self.office,
            lambda office: job(office, report, lambda: steps.cancelled),
            on_done=done,
            on_error=self._failed,
            on_end=self._worker_finished,
            what=what,
            areas=areas,
            reporter=steps,
        )

    def phase_text(self, phase: str) -> str:
        """The service's phase (读取, 写入) in the UI's language."""
        return {PHASE_READ: self.tr("读取"), PHASE_WRITE: self.tr("写入")}.get(phase, phase)

    def _worker_finished(self) -> None:
        self.worker = None
        self.next_button.setEnabled(True)
        self._show_step(self.stack.currentIndex())

    def _dry_run_done(self, report: ImportReport, fates: str | None = None) -> None:
        self.report = report
        self.problems_model.set_problems(report.problems)
        self.problems_view.resizeColumnsToContents()
        self.fates.setPlainText(self.fates_text(report) if fates is None else fates)
        if report.ok:
            units = "、".join(report.new_units)
            text = self.tr("检查通过：{0} 行可以导入。").format(report.rows_ok)
            if units:
                text += self.tr(" 将新建责任单位：{0}。").format(units)
            if report.warnings:
                text += self.tr(" 另有 {0} 条提示，见下表。").format(len(report.warnings))
            self.result_summary.setStyleSheet("")
        else:
            text = self.tr(
                "发现 {0} 处错误（共 {1} 行），请修改文件或列对应后重试；不会导入任何数据。"
            ).format(len(report.errors), report.rows_read)
            self.result_summary.setStyleSheet(error_style())
        self.result_summary.setText(text)
        self._show_step(RESULT_STEP)

    def fates_text(self, report: ImportReport) -> str:
        """Each column's fate, each row's status with the cell that decided it, each repeat."""
        return self.fates_wording()(report)

    def fates_wording(self) -> Callable[[ImportReport], str]:
        """`fates_text` with its words looked up now, to run on a worker without the dialog."""
        columns, statuses, row_text = (
            self.tr("列的去向："),
            self.tr("各行状态："),
            self.tr("  第 {0} 行：{1}（依据：{2}）"),
        )
        repeats, repeat = self.tr("与已有事项重复："), self.tr("  第 {0} 行 {1}：同 {2}（{3}）")

        def text(report: ImportReport) -> str:
            lines = [columns]
            lines += [f"  {fate.name}  {fate.describe()}" for fate in report.columns]
            if report.statuses:
                lines.append(statuses)
                lines += [row_text.format(s.row, i18n.label(s.status), s.basis) for s in report.statuses]
            if report.duplicates:
                lines.append(repeats)
                lines += [
                    repeat.format(d.row, d.title, d.match.number, d.match.basis) for d in report.duplicates
                ]
            return "\n".join(lines)

        return text

    def _import_done(self, report: ImportReport) -> None:
        self.report = report
        done = report.imported
        if done is not None:
            self.result_summary.setStyleSheet("")
            self.result_summary.setText(
                self.tr("已导入 {0} 条事项，编号 {1} 至 {2}。").format(
                    done.row_count, done.first_number, done.last_number
                )
            )
        self.imported.emit(report)
        self.close_button.setText(self.tr("完成"))
        self.close_button.clicked.disconnect()
        self.close_button.clicked.connect(self.accept)

    def _failed(self, error: DutyLogError) -> None:
        if isinstance(error, ImportRejected):
            self._dry_run_done(error.report)
            return
        message = error.message
        self.result_summary.setStyleSheet(error_style())
        self.result_summary.setText(message)
        if self.stack.currentIndex() == MAPPING_STEP:
            self.mapping_message.setText(message)

    def reject(self) -> None:
        self._stop_worker()
        super().reject()

    def done(self, result: int) -> None:
        self._stop_worker()
        super().done(result)

    def _stop_worker(self) -> None:
        # The work stops at its next batch and writes nothing; its result finds no dialog.
        if self.worker is not None:
            self.worker.cancel()


def open_import_dialog(parent: QWidget | None, office: Office) -> ImportReport | None:
    """Show the import dialog modally; the import's report, or None if nothing was imported."""
    dialog = LedgerImportDialog(office, parent)
    try:
        dialog.exec()
        report = dialog.report
        return report if report is not None and report.imported is not None else None
    finally:
        dialog.deleteLater()
