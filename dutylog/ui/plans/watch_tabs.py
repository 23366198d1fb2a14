"""The 预案 page's keyword watch list (关键词) and its drills and training (演练/培训)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from dutylog.domain.errors import DutyLogError
from dutylog.domain.plans.records import DrillKind, DrillRecord, KeywordRecord
from dutylog.office import Office
from dutylog.ui.i18n import label
from dutylog.ui.operations import run_for
from dutylog.ui.plans.plan_dialog import error_and_buttons
from dutylog.ui.qt_dates import pydate, qdate
from dutylog.ui.theme import error_style, muted_colour, ok_style


def _fill(table: QTableWidget, rows: list[list[str]]) -> None:
    table.setRowCount(len(rows))
    for row, values in enumerate(rows):
        for column, value in enumerate(values):
            table.setItem(row, column, QTableWidgetItem(value))
    table.resizeColumnsToContents()


def _say(message: QLabel, text: str, *, ok: bool) -> None:
    message.setStyleSheet(ok_style() if ok else error_style())
    message.setText(text)


class KeywordsTab(QWidget):
    written = Signal()

    def __init__(self, office: Office, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.office = office
        self.records: list[KeywordRecord] = []
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("keywords_table")
        self.table.setHorizontalHeaderLabels(
            [self.tr("关键词"), self.tr("类别"), self.tr("关联预案"), self.tr("标记事项数")]
        )
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.words = QLineEdit()
        self.words.setObjectName("keywords_words")
        self.words.setPlaceholderText(self.tr("一个或多个词，用顿号或空格分隔"))
        self.category = QLineEdit()
        self.category.setObjectName("keywords_category")
        self.category.setPlaceholderText(self.tr("类别：地名、项目、机构、热点"))
        add = QPushButton(self.tr("添加"))
        add.setObjectName("keywords_add")
        add.clicked.connect(self.add)
        retire = QPushButton(self.tr("停用所选"))
        retire.setObjectName("keywords_retire")
        retire.clicked.connect(self.retire)
        row = QHBoxLayout()
        row.addWidget(self.words, 2)
        row.addWidget(self.category, 1)
        row.addWidget(add)
        row.addWidget(retire)
        self.message = QLabel()
        self.message.setObjectName("keywords_message")
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addWidget(self.message)

    def show_records(self, records: list[KeywordRecord]) -> None:
        self.records = records
        _fill(
            self.table,
            [
                [
                    k.word + ("" if k.active else self.tr("（已停用）")),
                    k.category,
                    k.plan_name,
                    str(k.matter_count),
                ]
                for k in records
            ],
        )
        for row, record in enumerate(records):
            if not record.active:
                for column in range(4):
                    item = self.table.item(row, column)
                    if item is not None:
                        item.setForeground(muted_colour())

    def add(self) -> None:
        words = self.words.text().replace("、", " ").replace("，", " ").replace(",", " ").split()
        category = self.category.text()
        run_for(
            self,
            self.office,
            lambda office: office.keywords.add(words, category=category),
            on_done=self._added,
            on_error=lambda error: _say(self.message, error.message, ok=False),
            what=self.tr("添加关键词"),
            areas=frozenset({"keyword"}),
        )

    def _added(self, _records: object) -> None:
        self.words.clear()
        _say(self.message, self.tr("已添加。"), ok=True)
        self.written.emit()

    def retire(self) -> None:
        row = self.table.currentRow()
        if not 0 <= row < len(self.records):
            return
        word = self.records[row].word
        run_for(
            self,
            self.office,
            lambda office: office.keywords.retire(word),
            on_done=self._retired,
            on_error=lambda error: _say(self.message, error.message, ok=False),
            what=self.tr("停用关键词"),
            areas=frozenset({"keyword"}),
        )

    def _retired(self, _record: KeywordRecord) -> None:
        _say(self.message, self.tr("已停用，已标记的事项保留。"), ok=True)
        self.written.emit()


class DrillDialog(QDialog):
    """Record a drill of a plan or a training session, with who took part."""

    def __init__(self, office: Office, plans: list[str], today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.office = office
        self.setWindowTitle(self.tr("登记演练或培训"))
        self.kind = QComboBox()
        self.kind.setObjectName("drill_kind")
        for kind in DrillKind:
            self.kind.addItem(label(kind), kind.value)
        self.plan = QComboBox()
        self.plan.setObjectName("drill_plan")
        self.plan.addItem(self.tr("（不针对预案）"), "")
        for name in plans:
            self.plan.addItem(name, name)
        if plans:
            self.plan.setCurrentIndex(1)
        self.held_on = QDateEdit(qdate(today))
        self.held_on.setCalendarPopup(True)
        self.held_on.setDisplayFormat("yyyy-MM-dd")
        self.people = QListWidget()
        self.people.setObjectName("drill_people")
        for person in office.staff.all(active_only=True):
            item = QListWidgetItem(person.name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.people.addItem(item)
        self.scenario = QPlainTextEdit()
        self.scenario.setObjectName("drill_scenario")
        self.findings = QPlainTextEdit()
        self.improvements = QPlainTextEdit()
        for box in (self.scenario, self.findings, self.improvements):
            box.setMaximumHeight(70)
        form = QFormLayout()
        form.addRow(self.tr("类别"), self.kind)
        form.addRow(self.tr("预案"), self.plan)
        form.addRow(self.tr("日期"), self.held_on)
        form.addRow(self.tr("参加人员"), self.people)
        form.addRow(self.tr("情景/内容"), self.scenario)
        form.addRow(self.tr("发现的问题"), self.findings)
        form.addRow(self.tr("改进措施"), self.improvements)
        self.error, buttons = error_and_buttons(self, "drill_error", self.save)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def save(self) -> None:
        items = (self.people.item(row) for row in range(self.people.count()))
        people = [item.text() for item in items if item.checkState() == Qt.CheckState.Checked]
        kind, plan, held_on = (
            DrillKind(self.kind.currentData()),
            str(self.plan.currentData()),
            pydate(self.held_on.date()),
        )
        scenario, findings = self.scenario.toPlainText(), self.findings.toPlainText()
        improvements = self.improvements.toPlainText()
        run_for(
            self,
            self.office,
            lambda office: office.drills.add(
                kind=kind,
                plan=plan,
                held_on=held_on,
                people=people,
                scenario=scenario,
                findings=findings,
                improvements=improvements,
            ),
            on_done=lambda _record: self.accept(),
            on_error=lambda error: self.error.setText(error.message),
            what=self.tr("登记演练"),
            areas=frozenset({"drill"}),
        )


class DrillsTab(QWidget):
    written = Signal()

    def __init__(self, office: Office, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.office = office
        self.plan_names: list[str] = []
        self.figures = QLabel()
        self.figures.setObjectName("drills_figures")
        self.table = QTableWidget(0, 6)
        self.table.setObjectName("drills_table")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("日期"),
                self.tr("类别"),
                self.tr("预案"),
                self.tr("参加人员"),
                self.tr("情景/内容"),
                self.tr("发现的问题"),
            ]
        )
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.drills: list[DrillRecord] = []
        self.filter = QLineEdit()
        self.filter.setObjectName("drills_filter")
        self.filter.setPlaceholderText(self.tr("按预案或人员筛选"))
        self.filter.textChanged.connect(lambda _text: self._show())
        add = QPushButton(self.tr("登记演练或培训…"))
        add.setObjectName("drills_add")
        add.clicked.connect(self.add)
        row = QHBoxLayout()
        row.addWidget(self.figures, 1)
        row.addWidget(self.filter)
        row.addWidget(add)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.table, 1)

    def show_records(self, drills: list[DrillRecord], sentence: str, plan_names: list[str]) -> None:
        self.plan_names = plan_names
        self.drills = drills
        self.figures.setText(self.tr("本年度：") + sentence)
        self._show()

    def _show(self) -> None:
        """The drills of the plan or the person typed in the filter (all when it is empty)."""
        wanted = self.filter.text().strip()
        shown = [d for d in self.drills if not wanted or wanted in d.plan_name or wanted in d.people]
        rows = [
            [f"{d.held_on:%Y-%m-%d}", label(d.kind), d.plan_name, "、".join(d.people), d.scenario, d.findings]
            for d in shown
        ]
        _fill(self.table, rows)

    def add(self) -> DrillDialog:
        dialog = DrillDialog(self.office, self.plan_names, self.office.clock().date(), self)
        dialog.accepted.connect(self.written.emit)
        dialog.open()
        return dialog

    def failed(self, error: DutyLogError) -> None:
        self.figures.setText(error.message)
