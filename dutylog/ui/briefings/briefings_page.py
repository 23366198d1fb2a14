"""报告: end-of-day briefings listed by date and status; draft, edit, submit, review, print.

The author and the signer are the logged-in account's person (``office.actor.staff_id``);
buttons the account may not use are disabled with a tooltip saying why (see
ui/accounts/rights.py). Returning and signing live in briefing_review.py.
"""

from __future__ import annotations

import html
from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QTextCharFormat
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QSplitter,
    QTableView,
    QTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from dutylog.domain.accounts.permissions import Permission
from dutylog.domain.briefings.briefing import EDITABLE, BriefingRecord, write_permission
from dutylog.domain.enums import BriefingKind, BriefingStatus
from dutylog.domain.errors import ConflictError, DutyLogError
from dutylog.office import Office
from dutylog.ui.accounts.rights import may, offer, refusal
from dutylog.ui.briefings.briefing_dialogs import HistoryDialog, ask_month
from dutylog.ui.briefings.briefing_documents import BriefingDocuments
from dutylog.ui.briefings.briefing_review import BriefingReview
from dutylog.ui.briefings.briefings_model import TITLE, BriefingListModel, date_text, shift_text
from dutylog.ui.i18n import label
from dutylog.ui.operations import run_for
from dutylog.ui.qt_dates import pydate, qdate
from dutylog.ui.reminder_text import briefing_reminder_text
from dutylog.ui.theme import error_colour, error_style, notice_style, ok_style
from dutylog.ui.widgets.conflict import ask_reload
from dutylog.ui.widgets.empty_state import EmptyState
from dutylog.ui.widgets.menu_button import menu_button

EDITOR_POINT_SIZE = 13


class BriefingsPage(BriefingReview, BriefingDocuments, QWidget):
    def __init__(self, office: Office, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.office = office
        self.current: BriefingRecord | None = None
        # Dialogs are kept so tests (and users) can reach the open one.
        self.preview_dialog: QWidget | None = None

        self.new_button = QPushButton(self.tr("撰写今日汇报"))
        self.new_button.setObjectName("briefings_new")
        self.new_button.clicked.connect(self.draft_today)
        menu = QMenu(self)
        self.monthly_action = menu.addAction(self.tr("撰写舆情月报…"), self.draft_monthly)
        menu.addSeparator()
        menu.addAction(self.tr("舆情专报…"), self.special_report)
        menu.addAction(self.tr("周报…"), self.weekly_report)
        self.other_button = menu_button(self.tr("其他报告"), menu)
        top = QHBoxLayout()
        top.addWidget(self.new_button)
        top.addWidget(self.other_button)
        top.addStretch(1)

        self.reminder = QLabel()
        self.reminder.setObjectName("briefings_reminder")
        self.reminder.setStyleSheet(notice_style())
        self.reminder.hide()
        self.message = QLabel()
        self.message.setObjectName("briefings_message")
        self.message.setWordWrap(True)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self._build_list())
        splitter.addWidget(self._build_editor())
        splitter.setSizes([420, 780])

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.reminder)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.message)
        self.refresh()

    # --- building ------------------------------------------------------------------
    def _build_list(self) -> QWidget:
        today = self.office.briefings.today()
        self.first = QDateEdit(qdate(today - timedelta(days=30)))
        self.last = QDateEdit(qdate(today))
        for edit in (self.first, self.last):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.dateChanged.connect(self.reload_list)
        self.status_filter = QComboBox()
        self.status_filter.addItem(self.tr("全部状态"), None)
        for status in BriefingStatus:
            self.status_filter.addItem(label(status), status.value)
        self.status_filter.currentIndexChanged.connect(self.reload_list)
        self.kind_filter = QComboBox()
        self.kind_filter.setObjectName("briefings_kind")
        self.kind_filter.addItem(self.tr("全部类型"), None)
        for kind in BriefingKind:
            self.kind_filter.addItem(label(kind), kind.value)
        self.kind_filter.currentIndexChanged.connect(self.reload_list)
        filters = QHBoxLayout()
        filters.addWidget(self.first)
        filters.addWidget(QLabel("—"))
        filters.addWidget(self.last)
        filters.addWidget(self.status_filter)
        filters.addWidget(self.kind_filter)
        filters.addStretch(1)

        self.model = BriefingListModel(self)
        self.table = QTableView()
        self.table.setObjectName("briefings_table")
        self.table.setModel(self.model)
        self.empty = EmptyState(
            self.table, self.tr("所选期间没有汇报。点“撰写今日汇报”开始，或调整日期范围。")
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self._open_row(current.row())
        )
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        return box

    def _build_editor(self) -> QWidget:
        self.info = QLabel(self.tr("选择左侧的汇报，或点击“撰写今日汇报”。"))
        self.info.setObjectName("briefings_info")
        self.info.setWordWrap(True)
        self.info.setTextFormat(Qt.TextFormat.RichText)
        self.title_edit = QLineEdit()
        self.title_edit.setObjectName("briefings_title")
        self.editor = QTextEdit()
        self.editor.setObjectName("briefings_editor")
        self.editor.setAcceptRichText(True)
        font = QFont(self.editor.font())
        font.setPointSize(EDITOR_POINT_SIZE)
        self.editor.document().setDefaultFont(font)
        self.bold_button = QToolButton()
        self.bold_button.setText(self.tr("加粗"))
        self.bold_button.setCheckable(True)
        self.bold_button.clicked.connect(self._toggle_bold)
        self.editor.currentCharFormatChanged.connect(
            lambda fmt: self.bold_button.setChecked(fmt.fontWeight() >= QFont.Weight.DemiBold.value)
        )

        def button(text: str, name: str, slot: object) -> QPushButton:
            widget = QPushButton(text)
            widget.setObjectName(f"briefings_{name}")
            widget.clicked.connect(slot)
            return widget

        self.save_button = button(self.tr("保存"), "save", self.save)
        self.redraft_button = button(self.tr("重新生成"), "redraft", self.redraft)
        self.submit_button = button(self.tr("提交审签"), "submit", self.submit)
        self.return_button = button(self.tr("退回…"), "return", self.return_briefing)
        self.sign_button = button(self.tr("审签…"), "sign", self.sign)
        self.history_button = button(self.tr("历史版本"), "history", self.show_history)
        self.preview_button = button(self.tr("打印预览"), "preview", self.print_preview)
        self.pdf_button = button(self.tr("导出 PDF"), "pdf", self.export_pdf)
        self.docx_button = button(self.tr("导出 Word"), "docx", self.export_docx)
        # Two rows: in one, the ten buttons made the window wider than a 1280 px screen.
        editing = QHBoxLayout()
        editing.addWidget(self.bold_button)
        for widget in (self.save_button, self.redraft_button, self.submit_button):
            editing.addWidget(widget)
        editing.addSpacing(12)
        for widget in (self.return_button, self.sign_button):
            editing.addWidget(widget)
        editing.addStretch(1)
        documents = QHBoxLayout()
        documents.addStretch(1)
        for widget in (self.history_button, self.preview_button, self.pdf_button, self.docx_button):
            documents.addWidget(widget)
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.info)
        layout.addWidget(self.title_edit)
        layout.addWidget(self.editor, 1)
        layout.addLayout(editing)
        layout.addLayout(documents)
        self._update_buttons()
        return box

    # --- state ----------------------------------------------------------------------
    def actor_id(self) -> int | None:
        """The author: the logged-in account's person; for the system actor, the officer on duty."""
        actor = self.office.actor
        if not actor.system:
            return actor.staff_id
        on_duty = self.office.roster.on_duty()
        return on_duty.officers[0].staff_id if on_duty.officers else None

    def refresh(self) -> None:
        """Reload the list and decide again what the (possibly new) account may do."""
        self.reload_list()
        self._update_buttons()
        self._show_reminder()

    def reload_list(self) -> None:
        first, last = pydate(self.first.date()), pydate(self.last.date())
        code = self.status_filter.currentData()
        kind = self.kind_filter.currentData()
        try:
            # A bulletin is dated the 1st of its month: the month the range starts in shows it.
            rows = self.office.briefings.between(
                first.replace(day=1),
                last,
                BriefingStatus(code) if code else None,
                BriefingKind(kind) if kind else None,
            )
            rows = [row for row in rows if row.monthly or row.duty_date >= first]
        except DutyLogError as error:
            self._say(error.message, error=True)
            return
        keep = self.current.id if self.current else None
        self.model.set_briefings(rows)
        if keep is not None and self.model.row_of(keep) >= 0:
            self.table.selectRow(self.model.row_of(keep))
        elif keep is None and rows:
            self.table.selectRow(0)  # open the newest rather than show an empty editor

    def _open_row(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            self.show_briefing(self.model.briefing(row))

    def show_briefing(self, briefing: BriefingRecord) -> None:
        self.current = briefing
        self.title_edit.setText(briefing.title)
        self.editor.setHtml(briefing.body_html)
        self.editor.document().setModified(False)
        parts = [
            f"<b>{date_text(briefing)}</b>&nbsp;&nbsp;{shift_text(briefing)}",
            self.tr("状态：") + f"<b>{label(briefing.status)}</b>",
            self.tr("撰写人：") + html.escape(briefing.author_name or "—"),
        ]
        if briefing.return_reason and briefing.status is BriefingStatus.RETURNED:
            reason = self.tr("退回原因：") + html.escape(briefing.return_reason)
            parts.append(f"<span style='color:{error_colour().name()}'>{reason}</span>")
        if briefing.signed_at is not None:
            signer = f"{html.escape(briefing.signer_name)} {briefing.signed_at:%Y-%m-%d %H:%M}"
            instruction = self.tr("批示：") + html.escape(briefing.instruction)
            # The leader on duty that day, beside the signer; a monthly bulletin has no duty day.
            leader = (
                ""
                if briefing.monthly
                else f"&nbsp;&nbsp;（{html.escape(self.leader_text(briefing.duty_date))}）"
            )
            parts.append(self.tr("审签：") + f"{signer}&nbsp;&nbsp;{instruction}{leader}")
            parts.append(f"<small>SHA-256：{briefing.content_sha256}</small>")
        elif not briefing.monthly:
            parts.append(html.escape(self.leader_text(briefing.duty_date)))
        self.info.setText("&nbsp;&nbsp;&nbsp;".join(parts[:3]) + "<br>" + "<br>".join(parts[3:]))
        self._update_buttons()

    def _update_buttons(self) -> None:
        briefing = self.current
        editable = briefing is not None and briefing.status in EDITABLE
        submitted = briefing is not None and briefing.status is BriefingStatus.SUBMITTED
        offer(self.new_button, self.office, Permission.BRIEFING_WRITE)
        offer(self.monthly_action, self.office, Permission.BULLETIN_WRITE)
        # The day's briefing is the shift's to write, the monthly bulletin the office's.
        needed = write_permission(briefing) if briefing is not None else Permission.BRIEFING_WRITE
        writer = may(self.office, needed)
        self.editor.setReadOnly(not (editable and writer))
        self.title_edit.setReadOnly(not (editable and writer))
        for widget in (self.save_button, self.redraft_button, self.submit_button, self.bold_button):
            widget.setEnabled(editable and writer)
            widget.setToolTip("" if writer else refusal(self.office, needed))
        self.update_review_buttons(submitted)
        for widget in (self.history_button, self.preview_button, self.pdf_button, self.docx_button):
            widget.setEnabled(briefing is not None)

    def _say(self, text: str, *, error: bool = False) -> None:
        self.message.setStyleSheet(error_style() if error else ok_style())
        self.message.setText(text)

    def _after_change(self, briefing: BriefingRecord, text: str) -> None:
        self.current = briefing
        self.reload_list()
        self.show_briefing(briefing)
        self._say(text)
        self._show_reminder()

    def _show_reminder(self) -> None:
        reminder = self.office.briefings.reminder()
        self.reminder.setText(briefing_reminder_text(reminder))
        self.reminder.setVisible(reminder.due)

    # --- actions ---------------------------------------------------------------------
    def draft_today(self) -> None:
        try:
            briefing = self.office.briefings.draft(self.office.briefings.today(), author_id=self.actor_id())
        except DutyLogError as error:
            self._say(error.message, error=True)
            return
        if pydate(self.last.date()) < briefing.duty_date:
            self.last.setDate(qdate(briefing.duty_date))
        self._after_change(briefing, self.tr("已打开今日汇报草稿，修改后请保存并提交。"))

    def draft_monthly(self) -> None:
        """Open the chosen month's bulletin, drafting it from the month's records if it is new."""
        chosen = ask_month(self, self.office.briefings.today())
        if chosen is None:
            return

        def opened(bulletin: BriefingRecord) -> None:
            if pydate(self.first.date()) > bulletin.duty_date:
                self.first.setDate(qdate(bulletin.duty_date))
            self._after_change(bulletin, self.tr("已打开舆情月报，请填写下月工作重点后保存并提交审签。"))

        # Drafting reads the month and the month before (a fifth of a second on a busy office).
        run_for(
            self,
            self.office,
            lambda office: office.briefings.draft_monthly(*chosen),
            on_done=opened,
            on_error=self._refused,
            what=self.tr("撰写舆情月报"),
            areas=frozenset({"briefings"}),
        )

    def _refused(self, error: DutyLogError) -> None:
        self._say(error.message, error=True)

    def _toggle_bold(self, checked: bool) -> None:
        fmt = QTextCharFormat()
        fmt.setFontWeight(QFont.Weight.Bold if checked else QFont.Weight.Normal)
        self.editor.mergeCurrentCharFormat(fmt)

    def save(self) -> bool:
        if self.current is None:
            return False
        try:
            briefing = self.office.briefings.edit(
                self.current.id,
                body_html=self.editor.toHtml(),
                title=self.title_edit.text(),
                author_id=self.actor_id(),
                expected_version=self.current.version,
            )
        except ConflictError as error:
            self._resolve_conflict(error)
            return False
        except DutyLogError as error:
            self._say(error.message, error=True)
            return False
        self._after_change(briefing, self.tr("已保存。"))
        return True

    def _resolve_conflict(self, error: ConflictError) -> None:
        """Someone saved this briefing first: show theirs, or keep the text typed here."""
        if self.current is not None and ask_reload(self, error):
            try:
                newest = self.office.briefings.get(self.current.id)
            except DutyLogError as exc:
                self._say(exc.message, error=True)
                return
            self._after_change(newest, self.tr("已载入他人保存的最新内容，请在此基础上重新修改。"))
            return
        self._say(error.message, error=True)

    def redraft(self) -> None:
        if self.current is None:
            return
        briefing_id, author_id = self.current.id, self.actor_id()
        run_for(
            self,
            self.office,
            lambda office: office.briefings.redraft(briefing_id, author_id=author_id),
            on_done=lambda briefing: self._after_change(
                briefing, self.tr("已根据值班日志重新生成（原稿保存在历史版本中）。")
            ),
            on_error=self._refused,
            what=self.tr("重新生成"),
            areas=frozenset({"briefings"}),
        )

    def submit(self) -> None:
        if self.current is None:
            return
        modified = self.editor.document().isModified() or self.title_edit.isModified()
        if modified and not self.save():
            return
        try:
            briefing = self.office.briefings.submit(self.current.id, author_id=self.actor_id())
        except DutyLogError as error:
            self._say(error.message, error=True)
            return
        self._after_change(briefing, self.tr("已提交，等待领导审签。"))

    def show_history(self) -> None:
        if self.current is not None:
            HistoryDialog(self.office.briefings.versions(self.current.id), self).exec()
