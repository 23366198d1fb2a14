"""排班: the month calendar, a duty list, statistics and changes, with generate/swap/print actions."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from dutylog.domain.accounts.permissions import Permission
from dutylog.domain.enums import DutyRole
from dutylog.domain.errors import DutyLogError
from dutylog.domain.roster.checks import RosterQuality
from dutylog.office import Office
from dutylog.ui.accounts.rights import offer
from dutylog.ui.roster.roster_models import DAY_ROLE, RosterListModel, RosterMonthModel, RosterStatsModel
from dutylog.ui.roster.roster_text import change_text, problem_line
from dutylog.ui.theme import error_style
from dutylog.ui.widgets.menu_button import menu_button


def month_bounds(year: int, month: int) -> tuple[date, date]:
    first = date(year, month, 1)
    following = date(year + (month == 12), month % 12 + 1, 1)
    return first, following - timedelta(days=1)


class RosterPage(QWidget):
    def __init__(self, office: Office, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.office = office
        today = office.clock().date()
        self.year, self.month = today.year, today.month
        self.selected: date = today

        self.title = QLabel()
        self.title.setObjectName("roster_month_title")
        self.title.setStyleSheet("font-size: 16pt; font-weight: bold; padding: 0 8px;")
        # The style's own arrows: sized by the style, never squeezed below their glyph.
        previous = QToolButton()
        previous.setArrowType(Qt.ArrowType.LeftArrow)
        previous.setToolTip(self.tr("上个月"))
        previous.clicked.connect(lambda: self.shift_month(-1))
        following = QToolButton()
        following.setArrowType(Qt.ArrowType.RightArrow)
        following.setToolTip(self.tr("下个月"))
        following.clicked.connect(lambda: self.shift_month(1))
        this_month = QPushButton(self.tr("本月"))
        this_month.clicked.connect(self.go_today)

        # A tool bar folds actions that do not fit into its extension menu, so the
        # page stays usable in a narrow window.
        self.toolbar = QToolBar()
        self.toolbar.setObjectName("roster_toolbar")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        generate = self.toolbar.addAction(self.tr("生成排班…"), self.open_generate)
        generate.setObjectName("roster_generate")
        swap = self.toolbar.addAction(self.tr("调班…"), lambda: self.open_change(swap=True))
        substitute = self.toolbar.addAction(self.tr("替班…"), lambda: self.open_change(swap=False))
        self.requests_action = self.toolbar.addAction(self.tr("调班申请…"), self.open_swap_requests)
        self.requests_action.setObjectName("roster_swap_requests")
        holidays = self.toolbar.addAction(self.tr("节假日…"), self.open_holidays)
        shifts = self.toolbar.addAction(self.tr("班次…"), self.open_shifts)
        shifts.setObjectName("roster_shifts")
        more_menu = QMenu(self)
        more_menu.setToolTipsVisible(True)
        leave = more_menu.addAction(self.tr("请假/不可值班…"), lambda: self.open_period(leave=True))
        period = more_menu.addAction(self.tr("特殊时期…"), lambda: self.open_period(leave=False))
        import_staff = more_menu.addAction(self.tr("从表格导入人员…"), self.ask_import_staff)
        # Offered only to accounts that may change the roster (recomputed in refresh()).
        self.manage_actions = {"generate": generate, "swap": swap, "substitute": substitute}
        self.manage_actions.update({"holidays": holidays, "leave": leave, "period": period, "shifts": shifts})
        self.import_action = import_staff
        self._menu_button(self.tr("人员与时期"), more_menu)
        self.toolbar.addAction(self.tr("打印预览…"), self.open_print_preview)
        export_menu = QMenu(self)
        export_menu.addAction(self.tr("PDF 值班表…"), lambda: self.ask_export("pdf"))
        export_menu.addAction(self.tr("Excel 表格…"), lambda: self.ask_export("xlsx"))
        export_menu.addAction(self.tr("日历文件 (.ics)…"), lambda: self.ask_export("ics"))
        self._menu_button(self.tr("导出"), export_menu)

        bar = QHBoxLayout()
        widgets: list[QWidget] = [previous, self.title, following, this_month]
        for widget in widgets:
            bar.addWidget(widget)
        bar.addWidget(self.toolbar, 1)

        self.summary = QLabel()
        self.summary.setObjectName("roster_summary")
        self.summary.setWordWrap(True)

        self.month_model = RosterMonthModel(self)
        self.calendar = QTableView()
        self.calendar.setObjectName("roster_calendar")
        self.calendar.setModel(self.month_model)
        self.calendar.setWordWrap(True)
        self.calendar.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.calendar.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.calendar.verticalHeader().hide()
        self.calendar.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.calendar.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.calendar.clicked.connect(self._on_cell)

        self.list_model = RosterListModel(self)
        self.list_view = self._table(self.list_model, "roster_list")
        self.stats_model = RosterStatsModel(self)
        self.stats_view = self._table(self.stats_model, "roster_stats")
        self.problems = QListWidget()
        self.problems.setObjectName("roster_problems")
        stats_split = QSplitter(Qt.Orientation.Vertical)
        stats_split.addWidget(self.stats_view)
        stats_split.addWidget(self.problems)
        stats_split.setStretchFactor(0, 3)
        stats_split.setStretchFactor(1, 1)
        self.stats_view.horizontalHeader().setStretchLastSection(False)
        self.changes = QListWidget()
        self.changes.setObjectName("roster_changes")

        self.tabs = QTabWidget()
        self.tabs.addTab(self.calendar, self.tr("月历"))
        self.tabs.addTab(self.list_view, self.tr("列表"))
        # Statistics default to the month shown; any period can be chosen.
        from dutylog.ui.roster.roster_dialogs import date_edit

        self.stats_from = date_edit(self.bounds()[0])
        self.stats_to = date_edit(self.bounds()[1])
        stats_button = QPushButton(self.tr("统计"))
        stats_button.clicked.connect(self.show_period_stats)
        period_row = QHBoxLayout()
        period_row.addWidget(QLabel(self.tr("统计期间")))
        period_row.addWidget(self.stats_from)
        period_row.addWidget(QLabel("—"))
        period_row.addWidget(self.stats_to)
        period_row.addWidget(stats_button)
        period_row.addStretch(1)
        stats_tab = QWidget()
        stats_layout = QVBoxLayout(stats_tab)
        stats_layout.setContentsMargins(0, 4, 0, 0)
        stats_layout.addLayout(period_row)
        stats_layout.addWidget(stats_split, 1)
        self.tabs.addTab(stats_tab, self.tr("统计与检查"))
        self.tabs.addTab(self.changes, self.tr("调整记录"))

        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.summary)
        layout.addWidget(self.tabs, 1)
        self.refresh()

    def _menu_button(self, text: str, menu: QMenu) -> None:
        self.toolbar.addWidget(menu_button(text, menu, flat=True))

    def _table(self, model: object, name: str) -> QTableView:
        view = QTableView()
        view.setObjectName(name)
        view.setModel(model)  # type: ignore[arg-type]
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setAlternatingRowColors(True)
        view.verticalHeader().hide()
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        view.horizontalHeader().setStretchLastSection(True)
        return view

    # -- navigation ---------------------------------------------------------
    def bounds(self) -> tuple[date, date]:
        return month_bounds(self.year, self.month)

    def shift_month(self, step: int) -> None:
        index = self.year * 12 + self.month - 1 + step
        self.year, self.month = divmod(index, 12)
        self.month += 1
        self.refresh()

    def show_month(self, year: int, month: int) -> None:
        self.year, self.month = year, month
        self.refresh()

    def go_today(self) -> None:
        today = self.office.clock().date()
        self.show_month(today.year, today.month)

    def _on_cell(self, index: object) -> None:
        self.selected = self.month_model.data(index, DAY_ROLE)  # type: ignore[arg-type, assignment]

    # -- loading ------------------------------------------------------------
    def apply_rights(self) -> None:
        """Enable the roster's write actions only for an account allowed to use them."""
        for action in self.manage_actions.values():
            offer(action, self.office, Permission.ROSTER_MANAGE)
        offer(self.import_action, self.office, Permission.STAFF_MANAGE)
        offer(self.requests_action, self.office, Permission.ROSTER_SWAP_REQUEST)

    def refresh(self) -> None:
        self.apply_rights()
        first, last = self.bounds()
        grid_first, grid_last = self.month_model.grid_range(self.year, self.month)
        self.title.setText(self.tr("{y}年{m}月").format(y=self.year, m=self.month))
        try:
            overview, quality = self.office.roster.overview(grid_first, grid_last, first, last)
        except DutyLogError as exc:
            self.summary.setText(exc.message)
            return
        grid_days = list(overview.days)
        changes = overview.changes
        self.month_model.set_month(self.year, self.month, grid_days)
        month_days = [d for d in grid_days if first <= d.day <= last]
        self.list_model.set_days(month_days)
        self.stats_from.setDate(QDate(first.year, first.month, first.day))
        self.stats_to.setDate(QDate(last.year, last.month, last.day))
        self._show_quality(quality)
        self.changes.clear()
        for change in changes:
            self.changes.addItem(change_text(change))
        duties = sum(len(d.leaders) + len(d.officers) for d in month_days)
        holidays = sum(len(d.leaders) + len(d.officers) for d in month_days if d.is_holiday_duty)
        spread_texts = {
            DutyRole.OFFICER: self.tr("值班员次数最多与最少相差 {n}"),
            DutyRole.LEADER: self.tr("带班领导次数最多与最少相差 {n}"),
        }
        spread = self.tr("；").join(
            spread_texts[role].format(n=value) for role, value in quality.spread.items()
        )
        # One count a phrase, so that each takes its own plural in English.
        text = (
            self.tr("本月 %n 个班次", "", duties)
            + self.tr("（节假日 %n）", "", holidays)
            + self.tr("，缺岗 %n", "", quality.gaps)
            + self.tr("，问题 %n。", "", len(quality.problems))
        )
        unknown = list(overview.unknown_years)
        if unknown:
            text += self.tr(" {y} 年节假日尚未录入，仅按周末区分休息日。").format(y=unknown[0])
        self.summary.setText(text + (" " + spread if spread else ""))
        self.summary.setStyleSheet(error_style() if quality.problems or unknown else "")

    def _show_quality(self, quality: RosterQuality) -> None:
        self.stats_model.set_people(quality.people)
        self.problems.clear()
        for problem in quality.problems:
            self.problems.addItem(problem_line(problem))

    def show_period_stats(self) -> None:
        """Per-person counts, hours and holiday duties for the chosen period."""
        from dutylog.ui.roster.roster_dialogs import to_date

        try:
            quality = self.office.roster.check(to_date(self.stats_from.date()), to_date(self.stats_to.date()))
        except DutyLogError as exc:
            QMessageBox.warning(self, self.tr("统计"), exc.message)
            return
        self._show_quality(quality)

    # -- actions ------------------------------------------------------------
    def open_generate(self) -> None:
        from dutylog.ui.operations import operations_of
        from dutylog.ui.roster.roster_dialogs import GenerateDialog

        first, last = self.bounds()
        dialog = GenerateDialog(self.office, first, last, self)
        if dialog.exec() and dialog.result_summary is not None:
            result = dialog.result_summary
            message = self.tr("已排 %n 个班次（{a} 至 {b}）。", "", result.created).format(
                a=result.first, b=result.last
            )
            if result.warnings:
                message += "\n\n" + "\n".join(result.warnings)
            QMessageBox.information(self, self.tr("生成排班"), message)
        if operations_of(self) is None:  # in the window, the change signal refreshes this page
            self.refresh()

    def open_change(self, *, swap: bool) -> None:
        from dutylog.ui.roster.roster_dialogs import ChangeDialog

        first, last = self.bounds()
        duties = self.office.roster.between(first, last)
        chosen = next((d.id for d in duties if d.duty_date == self.selected), None)
        if ChangeDialog(self.office, duties, swap=swap, selected=chosen, parent=self).exec():
            self.refresh()

    def open_swap_requests(self) -> None:
        """Ask for a swap, accept one asked of you, or approve: the roster changes on approval."""
        from dutylog.ui.operations import operations_of
        from dutylog.ui.roster.swap_dialogs import SwapRequestsDialog

        SwapRequestsDialog(self.office, self).exec()
        if operations_of(self) is None:  # in the window, the change signal refreshes this page
            self.refresh()

    def open_shifts(self) -> None:
        from dutylog.ui.operations import operations_of
        from dutylog.ui.roster.shift_dialog import ShiftPatternDialog

        if ShiftPatternDialog(self.office, self).exec() and operations_of(self) is None:
            self.refresh()

    def open_holidays(self) -> None:
        from dutylog.ui.roster.roster_dialogs import HolidayDialog

        HolidayDialog(self.office, self.year, self).exec()
        self.refresh()

    def open_period(self, *, leave: bool) -> None:
        from dutylog.ui.roster.roster_dialogs import PeriodDialog

        if PeriodDialog(self.office, self.selected, leave=leave, parent=self).exec():
            self.refresh()

    def ask_import_staff(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("导入人员"), "", self.tr("表格 (*.xlsx *.csv)"))
        if path:
            self.import_staff(Path(path))

    def import_staff(self, path: Path) -> None:
        from dutylog.services.roster.staff_import import import_staff

        try:
            result = import_staff(self.office, path)
        except DutyLogError as exc:
            QMessageBox.warning(self, self.tr("导入人员"), exc.message)
            return
        QMessageBox.information(
            self,
            self.tr("导入人员"),
            self.tr("已导入 %n 人，", "", len(result.added))
            + self.tr("%n 人已在名单中未重复导入。", "", len(result.skipped)),
        )
        self.refresh()

    def open_print_preview(self) -> None:
        from PySide6.QtPrintSupport import QPrintPreviewDialog

        from dutylog.render.roster_pdf import landscape_printer, render_to_printer

        pages = self.office.roster.export.html_pages(*self.bounds())
        printer = landscape_printer()
        dialog = QPrintPreviewDialog(printer, self)
        dialog.setWindowTitle(QCoreApplication.translate("RosterPrint", "打印值班表"))
        dialog.paintRequested.connect(lambda device: render_to_printer(device, pages))
        dialog.exec()

    def ask_export(self, kind: str) -> None:
        filters = {"pdf": "PDF (*.pdf)", "xlsx": "Excel (*.xlsx)", "ics": "iCalendar (*.ics)"}
        suggested = f"值班表-{self.year}-{self.month:02d}.{kind}"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("导出值班表"), suggested, filters[kind])
        if path:
            self.export_to(kind, Path(path))

    def export_to(self, kind: str, path: Path) -> None:
        first, last = self.bounds()
        try:
            if kind == "pdf":
                from dutylog.render.roster_pdf import write_roster_pdf

                with self.office.outputs.writing(path) as out:  # refused before anything is read
                    pages = self.office.roster.export.html_pages(first, last)
                    out.count = write_roster_pdf(pages, f"{self.office.unit_name()}值班表", out.temp)
                written = out.written
            elif kind == "xlsx":
                written = self.office.roster.export.xlsx(first, last, path)
            else:
                written = self.office.roster.export.ics(first, last, path)
        except DutyLogError as exc:
            QMessageBox.warning(self, self.tr("导出失败"), exc.message)
            return
        from dutylog.ui.printing import written_text

        window = self.window()
        if isinstance(window, QMainWindow):
            shown = written_text(written.path, written.size)
            window.statusBar().showMessage(self.tr("已导出：") + shown, 8000)
