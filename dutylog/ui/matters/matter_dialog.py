"""Create or edit a matter: every field, status steps, the timeline and the evidence with preview."""

from __future__ import annotations

import html
from collections.abc import Callable
from datetime import date
from itertools import pairwise
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from dutylog.domain.enums import Grade, MatterStatus
from dutylog.domain.errors import ConflictError, DutyLogError
from dutylog.domain.matters.records import MatterInput, MatterRecord
from dutylog.domain.matters.rules import SENTIMENTS, next_statuses
from dutylog.office import Office
from dutylog.ui import i18n
from dutylog.ui.i18n import label
from dutylog.ui.matters.extra_fields import ExtraFieldsView
from dutylog.ui.matters.ledger_model import deadline_text
from dutylog.ui.operations import Running, operations_of
from dutylog.ui.qt_dates import qdate, qdatetime
from dutylog.ui.theme import error_colour, error_style
from dutylog.ui.widgets.conflict import ask_reload
from dutylog.ui.widgets.keys import multi_line, save_on_ctrl_enter
from dutylog.ui.widgets.optional_datetime import OptionalDateTime, minute_of


class MatterDialog(QDialog):
    def __init__(self, office: Office, matter_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.office = office
        self.matter: MatterRecord | None = office.matters.get(matter_id) if matter_id else None
        self._running: Running[MatterRecord] | None = None
        self.setWindowTitle(
            self.tr("新建事项") if self.matter is None else self.tr("事项 ") + self.matter.number
        )
        self.resize(820, 640)
        tabs = QTabWidget()
        tabs.addTab(self._fields_tab(), self.tr("基本信息"))
        tabs.addTab(self._timeline_tab(), self.tr("办理过程"))
        tabs.addTab(self._evidence_tab(), self.tr("证据备份"))
        if self.matter is not None:  # a matter is assigned once it exists (it has a number)
            from dutylog.ui.supervision.matter_tab import AssignmentsTab

            self.assignments_tab = AssignmentsTab(office, self.matter.id, self)
            self.assignments_tab.changed.connect(self._reload)
            tabs.addTab(self.assignments_tab, self.tr("交办督办"))
            from dutylog.ui.plans.matter_tab import PlanTab

            self.plan_tab = PlanTab(office, self.matter.id, self)
            self.plan_tab.changed.connect(self._reload)
            tabs.addTab(self.plan_tab, self.tr("应急预案"))
        kept = office.ledger_import.extra_fields(self.matter.id) if self.matter else []
        if kept:  # columns of the office's own ledger that no field of the matter holds
            tabs.addTab(ExtraFieldsView(kept), self.tr("台账原有列"))
        self.error = QLabel()
        self.error.setObjectName("matter_error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(error_style())
        self.steps = QHBoxLayout()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("保存"))
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("关闭"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.void_button = QPushButton(self.tr("作废…"))
        self.void_button.setObjectName("matter_void")
        self.void_button.setToolTip(self.tr("作废后事项仍保留在台账中，编号不再使用"))
        self.void_button.clicked.connect(self._ask_void)
        bottom = QHBoxLayout()
        bottom.addLayout(self.steps)
        bottom.addWidget(self.void_button)
        bottom.addStretch(1)
        bottom.addWidget(buttons)
        self.state = QLabel()
        self.state.setObjectName("matter_state")
        layout = QVBoxLayout(self)
        layout.addWidget(self.state)
        layout.addWidget(tabs, 1)
        layout.addWidget(self.error)
        layout.addLayout(bottom)
        save_on_ctrl_enter(self, self.save)
        self._load()

    # --- building ------------------------------------------------------------------
    def _fields_tab(self) -> QWidget:
        self.title = QLineEdit()
        self.title.setObjectName("matter_title")
        self.summary = multi_line(QPlainTextEdit())
        self.summary.setObjectName("matter_summary")
        self.summary.setMaximumHeight(90)
        self.source = QLineEdit()
        self.url = QLineEdit()
        self.url.setObjectName("matter_url")
        self.url.setPlaceholderText("https://")
        self.author = QLineEdit()
        self.published = OptionalDateTime()
        self.discovered = QDateTimeEdit()
        self.discovered.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.discovered.setCalendarPopup(True)
        self.reported = OptionalDateTime()
        self.special = OptionalDateTime()
        self.grade = QComboBox()
        self.grade.setObjectName("matter_grade")
        for grade in Grade:
            self.grade.addItem(label(grade), grade.value)
        self.sentiment = QComboBox()
        sentiment_labels = {
            "negative": self.tr("负面"),
            "neutral": self.tr("中性"),
            "positive": self.tr("正面"),
        }
        for code in SENTIMENTS:
            self.sentiment.addItem(sentiment_labels[code], code)
        self.unit = QComboBox()
        self.unit.addItem(self.tr("（无）"), None)
        for unit in self.office.staff.units():
            self.unit.addItem(unit.name, unit.id)
        self.tags = QLineEdit()
        self.tags.setPlaceholderText(i18n.join(self.office.matters.tag_choices()))
        self.measure_boxes: dict[str, QCheckBox] = {}
        measures = QGridLayout()
        for i, measure in enumerate(self.office.matters.measure_choices()):
            box = QCheckBox(measure)
            self.measure_boxes[measure] = box
            measures.addWidget(box, i // 4, i % 4)
        self.posts_removed = QSpinBox()
        self.posts_removed.setRange(0, 1_000_000)
        self.posts_removed.setSuffix(self.tr(" 条"))
        self.outcome = multi_line(QPlainTextEdit())
        self.outcome.setMaximumHeight(70)
        self.follow_up = QDateEdit(qdate(self.office.clock().date()))
        self.follow_up.setCalendarPopup(True)
        self.follow_up.setDisplayFormat("yyyy-MM-dd")
        self.follow_up_known = QCheckBox(self.tr("跟踪至"))
        follow = QHBoxLayout()
        follow.addWidget(self.follow_up_known)
        follow.addWidget(self.follow_up, 1)

        form = QFormLayout()
        form.addRow(self.tr("标题"), self.title)
        form.addRow(self.tr("摘要"), self.summary)
        row = QHBoxLayout()
        row.addWidget(self.source, 1)
        row.addWidget(QLabel(self.tr("发布者")))
        row.addWidget(self.author, 1)
        form.addRow(self.tr("来源平台"), row)
        form.addRow(self.tr("网址"), self.url)
        form.addRow(self.tr("发布时间"), self.published)
        form.addRow(self.tr("发现时间"), self.discovered)
        form.addRow(self.tr("上报时间"), self.reported)
        form.addRow(self.tr("专报时间"), self.special)
        row = QHBoxLayout()
        row.addWidget(self.grade, 1)
        row.addWidget(QLabel(self.tr("倾向")))
        row.addWidget(self.sentiment, 1)
        row.addWidget(QLabel(self.tr("责任单位")))
        row.addWidget(self.unit, 2)
        form.addRow(self.tr("等级"), row)
        form.addRow(self.tr("分类标签"), self.tags)
        measures_box = QGroupBox()
        inner = QVBoxLayout(measures_box)
        inner.addLayout(measures)
        removed = QHBoxLayout()
        removed.addWidget(QLabel(self.tr("删帖数量")))
        removed.addWidget(self.posts_removed)
        removed.addStretch(1)
        inner.addLayout(removed)
        form.addRow(self.tr("处置措施"), measures_box)
        form.addRow(self.tr("处置结果"), self.outcome)
        form.addRow(self.tr("跟踪"), follow)
        page = QWidget()
        page.setLayout(form)
        return page

    def _timeline_tab(self) -> QWidget:
        self.timeline = QListWidget()
        self.timeline.setObjectName("matter_timeline")
        self.step_note = QLineEdit()
        self.step_note.setPlaceholderText(self.tr("办理说明（可选），点击下方步骤按钮时一并记录"))
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(self.timeline, 1)
        layout.addWidget(self.step_note)
        return page

    def _evidence_tab(self) -> QWidget:
        self.evidence = QListWidget()
        self.evidence.setObjectName("matter_evidence")
        self.evidence.currentItemChanged.connect(self._preview)
        self.preview = QLabel(self.tr("选择一个文件查看预览"))
        self.preview.setObjectName("matter_evidence_preview")
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setMinimumSize(320, 240)
        self.add_evidence_button = QPushButton(self.tr("添加证据文件…"))
        self.add_evidence_button.clicked.connect(self._choose_evidence)
        left = QVBoxLayout()
        left.addWidget(self.evidence, 1)
        left.addWidget(self.add_evidence_button)
        from dutylog.ui.matters.capture import CaptureButton  # the web page capture (issue 21)

        self.capture_button = CaptureButton(self)
        left.addWidget(self.capture_button)
        page = QWidget()
        layout = QHBoxLayout(page)
        layout.addLayout(left, 1)
        layout.addWidget(self.preview, 2)
        return page

    # --- data ----------------------------------------------------------------------
    def _load(self) -> None:
        m = self.matter
        now = self.office.clock()
        self.discovered.setDateTime(qdatetime(m.discovered_at if m else now))
        for optional in (self.published, self.reported, self.special):
            optional.set_value(None, now)
        while self.steps.count():
            old = self.steps.takeAt(0)
            widget = old.widget() if old is not None else None
            if widget is not None:
                widget.deleteLater()
        self.void_button.setEnabled(m is not None and m.voided_at is None)
        if m is None:
            self.state.setText(self.tr("新事项：保存后自动编号。"))
            return
        self.state.setText(self._state_html(m))
        self.title.setText(m.title)
        self.summary.setPlainText(m.summary)
        self.source.setText(m.source)
        self.url.setText(m.url)
        self.author.setText(m.author_name)
        self.published.set_value(m.published_at, now)
        self.reported.set_value(m.reported_at, now)
        self.special.set_value(m.special_reported_at, now)
        self.grade.setCurrentIndex(self.grade.findData(m.grade.value))
        self.sentiment.setCurrentIndex(max(0, self.sentiment.findData(m.sentiment)))
        self.unit.setCurrentIndex(max(0, self.unit.findData(m.unit_id)))
        self.tags.setText(i18n.join(m.tags))
        for measure, box in self.measure_boxes.items():
            box.setChecked(measure in m.measures)
        self.posts_removed.setValue(m.posts_removed)
        self.outcome.setPlainText(m.outcome)
        self.follow_up_known.setChecked(m.follow_up_until is not None)
        if m.follow_up_until:
            self.follow_up.setDate(qdate(m.follow_up_until))
        self.timeline.clear()
        for event in self.office.matters.timeline(m.id):
            at = f"{event.at:%Y-%m-%d %H:%M}"
            self.timeline.addItem(i18n.spaced(at, label(event.to_status), event.actor_name, event.note))
        self.evidence.clear()
        for record in self.office.matters.evidence.for_matter(m.id):
            item = QListWidgetItem(f"{record.safe_name} ({record.size / 1024:.0f} KB)")
            item.setData(Qt.ItemDataRole.UserRole, record)
            self.evidence.addItem(item)
        steps: list[QWidget] = []
        for status in next_statuses(m.status) if m.voided_at is None else ():
            button = QPushButton(self.tr("转为：") + label(status))
            button.setObjectName(f"step_{status.value}")
            button.clicked.connect(lambda _=False, s=status: self.advance(s))
            self.steps.addWidget(button)
            steps.append(button)
        # Buttons made now would come last in the Tab order; put them where they stand, before
        # 作废 (anchored on the last focusable widget of the tabs above them).
        row = [self.add_evidence_button, *steps, self.void_button]
        for before, after in pairwise(row):
            QWidget.setTabOrder(before, after)

    def _state_html(self, m: MatterRecord) -> str:
        """Number, status, grade and the report deadline (red when overdue) above the tabs."""
        deadline = self.office.matters.deadline(m)
        report = self.tr("报送时限：{due}（{state}）").format(
            due=f"{deadline.due:%m-%d %H:%M}", state=deadline_text(deadline)
        )
        parts = [
            f"<b>{html.escape(m.number)}</b>",
            self.tr("状态：{status}").format(status=label(m.status)),
            self.tr("等级：{grade}").format(grade=label(m.grade)),
            f"<span style='color:{error_colour().name()}'>{report}</span>"
            if deadline.overdue and not deadline.met
            else report,
        ]
        if deadline.special_due:
            parts.append(self.tr("专报时限：{due}").format(due=f"{deadline.special_due:%m-%d %H:%M}"))
        if m.voided_at:
            parts.append(self.tr("（已作废：{reason}）").format(reason=html.escape(m.void_reason)))
        return i18n.spaced(*parts)

    def collect(self) -> MatterInput:
        tags = tuple(
            t for t in self.tags.text().replace("，", "、").replace(",", "、").split("、") if t.strip()
        )
        return MatterInput(
            title=self.title.text(),
            grade=Grade(self.grade.currentData()),
            discovered_at=minute_of(self.discovered),
            published_at=self.published.value(),
            reported_at=self.reported.value(),
            special_reported_at=self.special.value(),
            summary=self.summary.toPlainText(),
            source=self.source.text(),
            url=self.url.text(),
            author_name=self.author.text(),
            sentiment=str(self.sentiment.currentData()),
            unit_id=self.unit.currentData(),
            tags=tags,
            measures=tuple(m for m, box in self.measure_boxes.items() if box.isChecked()),
            posts_removed=self.posts_removed.value(),
            outcome=self.outcome.toPlainText(),
            follow_up_until=self._follow_up(),
        )

    def _follow_up(self) -> date | None:
        if not self.follow_up_known.isChecked():
            return None
        value: date = self.follow_up.date().toPython()  # type: ignore[assignment]
        return value

    def _run(
        self,
        action: Callable[[Office], MatterRecord],
        what: str,
        then: Callable[[], None] | None = None,
    ) -> None:
        """Write through the window's operations layer (inline outside a window).

        The pages learn of the write from the layer's one change signal; an error shows
        here and the form keeps what was typed.
        """
        operations = operations_of(self)
        if operations is None:
            try:
                matter = action(self.office)
            except DutyLogError as exc:
                self._failed(exc)
                return
            self._saved(matter, then)
            return
        if self._running is not None and not (self._running.finished or self._running.cancelled):
            return  # pressed again while the first write is still working
        self._running = operations.run(
            action,
            on_done=lambda matter: self._saved(matter, then),
            on_error=self._failed,
            what=what,
            parent=self,
            areas=frozenset({"matters"}),
        )

    def _saved(self, matter: MatterRecord, then: Callable[[], None] | None) -> None:
        self.matter = matter
        self.error.clear()
        self.setWindowTitle(self.tr("事项 ") + matter.number)
        self._load()
        if then is not None:
            then()

    def _failed(self, error: DutyLogError) -> None:
        if isinstance(error, ConflictError):
            self._resolve_conflict(error)
        else:
            self.error.setText(error.message)

    def _reload(self) -> None:
        """An assignment step changed the matter (timeline, status): show it, keep its version."""
        if self.matter is None:
            return
        matter_id = self.matter.id
        operations = operations_of(self)
        if operations is None:
            self._saved(self.office.matters.get(matter_id), None)
            return
        operations.run(
            lambda office: office.matters.get(matter_id),
            on_done=lambda matter: self._saved(matter, None),
            on_error=self._failed,
            what=self.tr("读取事项"),
            parent=self,
            progress=False,
        )

    def _resolve_conflict(self, error: ConflictError) -> None:
        """Another workstation saved this matter first: reload theirs, or keep what was typed."""
        if self.matter is not None and ask_reload(self, error):
            try:
                self.matter = self.office.matters.get(self.matter.id)
            except DutyLogError as exc:
                self.error.setText(exc.message)
                return
            self._load()
            self.error.setText(self.tr("已载入其他工作站保存的最新内容，请在此基础上重新修改。"))
            return
        self.error.setText(error.message)

    def save(self) -> None:
        data = self.collect()
        what = self.tr("保存事项")
        if self.matter is None:
            self._run(lambda office: office.matters.create(data), what, then=self._propose_plans)
        else:
            matter = self.matter
            self._run(
                lambda office: office.matters.update(matter.id, data, expected_version=matter.version), what
            )

    def _propose_plans(self) -> None:
        """A new matter that meets a plan's trigger: propose starting it (the officer confirms)."""
        from dutylog.ui.plans.proposal import propose_plans

        if self.matter is not None:
            self.proposal = propose_plans(self, self.office, self.matter.id)

    def advance(self, status: MatterStatus) -> None:
        matter = self.matter
        if matter is None:
            return
        note = self.step_note.text()
        self._run(
            lambda office: office.matters.advance(
                matter.id, status, expected_version=matter.version, note=note
            ),
            self.tr("办理事项"),
            then=self.step_note.clear,
        )

    def _ask_void(self) -> None:
        if self.matter is None:
            return
        reason, ok = QInputDialog.getText(self, self.tr("作废事项"), self.tr("作废原因："))
        if ok:
            self.void(reason)

    def void(self, reason: str) -> None:
        matter = self.matter
        if matter is not None:
            self._run(
                lambda office: office.matters.void(matter.id, reason, expected_version=matter.version),
                self.tr("作废事项"),
            )

    def _choose_evidence(self) -> None:
        if self.matter is None:
            self.error.setText(self.tr("请先保存事项，再添加证据。"))
            return
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("选择证据文件"),
            "",
            self.tr("证据 (*.png *.jpg *.jpeg *.gif *.webp *.pdf *.html *.htm *.mht *.mhtml *.txt)"),
        )
        if name:
            self.attach(Path(name))

    def attach(self, path: Path) -> None:
        matter = self.matter
        if matter is None:
            return
        operations = operations_of(self)
        if operations is None:
            try:
                self.office.matters.evidence.attach(matter.id, path)
            except DutyLogError as exc:
                self._failed(exc)
                return
            self._attached(None)
            return
        # A large file is hashed and copied: off the GUI thread, announced like any write.
        operations.run(
            lambda office: office.matters.evidence.attach(matter.id, path),
            on_done=self._attached,
            on_error=self._failed,
            what=self.tr("添加证据"),
            parent=self,
            areas=frozenset({"matters"}),
        )

    def _attached(self, _record: object) -> None:
        self.error.clear()
        self._load()

    def _preview(self, item: QListWidgetItem | None) -> None:
        record = item.data(Qt.ItemDataRole.UserRole) if item else None
        if record is None:
            return
        try:
            data = self.office.matters.evidence.read(record.id)
        except DutyLogError as exc:
            self.preview.setText(exc.message)
            return
        if record.is_image:
            pixmap = QPixmap()
            pixmap.loadFromData(data)
            self.preview.setPixmap(
                pixmap.scaled(
                    self.preview.size(),
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
        elif record.media_type == "text/plain":
            self.preview.setText(data[:2000].decode("utf-8", errors="replace"))
        else:
            self.preview.setText(f"{record.safe_name}\nSHA-256: {record.sha256}")
