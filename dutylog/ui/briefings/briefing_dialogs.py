"""Dialogs of the Briefings page: review (return or sign) and version history."""

from __future__ import annotations

import html
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from dutylog.domain.briefings.briefing import BriefingVersionRecord
from dutylog.domain.roster.staff import StaffRecord
from dutylog.ui.widgets.keys import multi_line, save_on_ctrl_enter

# What each saved version records, for the history list (domain codes -> UI words).
ACTIONS = {
    "drafted": str(QT_TRANSLATE_NOOP("HistoryDialog", "生成草稿")),
    "redrafted": str(QT_TRANSLATE_NOOP("HistoryDialog", "重新生成")),
    "edited": str(QT_TRANSLATE_NOOP("HistoryDialog", "修改")),
    "submitted": str(QT_TRANSLATE_NOOP("HistoryDialog", "提交")),
    "returned": str(QT_TRANSLATE_NOOP("HistoryDialog", "退回")),
    "signed": str(QT_TRANSLATE_NOOP("HistoryDialog", "审签")),
}


class ReviewDialog(QDialog):
    """Ask who reviews and what they write: a return reason or an instruction (批示)."""

    def __init__(
        self,
        leaders: list[StaffRecord],
        *,
        signing: bool,
        preselect: int | None = None,
        note: str = "",
        fixed: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.signing = signing
        self.setWindowTitle(self.tr("审签汇报") if signing else self.tr("退回汇报"))
        self.reviewer = QComboBox()
        self.reviewer.setObjectName("review_reviewer")
        for person in leaders:
            titled = self.tr("{name}（{title}）").format(name=person.name, title=person.title)
            self.reviewer.addItem(titled if person.title else person.name, person.id)
        if preselect is not None and self.reviewer.findData(preselect) >= 0:
            self.reviewer.setCurrentIndex(self.reviewer.findData(preselect))
        # A logged-in leader signs as themself: the box only shows who.
        self.reviewer.setEnabled(not fixed)
        self.text = multi_line(QPlainTextEdit())
        self.text.setObjectName("review_text")
        self.text.setPlaceholderText(
            self.tr("批示意见（留空则为“已阅。”）") if signing else self.tr("请写明退回原因")
        )
        form = QFormLayout()
        form.addRow(self.tr("审签领导"), self.reviewer)
        if note:
            form.addRow("", QLabel(note))
        form.addRow(self.tr("批示意见") if signing else self.tr("退回原因"), self.text)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("审签") if signing else self.tr("退回"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        if signing:
            layout.addWidget(QLabel(self.tr("审签后汇报将被锁定，不能再修改。")))
        layout.addLayout(form)
        layout.addWidget(buttons)
        save_on_ctrl_enter(self, self.accept)
        self.resize(460, 280)

    def reviewer_id(self) -> int | None:
        value = self.reviewer.currentData()
        return int(value) if value is not None else None

    def written(self) -> str:
        return self.text.toPlainText()


class HistoryDialog(QDialog):
    """Every saved version of a briefing, newest last, with its text."""

    def __init__(self, versions: list[BriefingVersionRecord], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("历史版本"))
        self.versions = versions
        self.list = QListWidget()
        self.list.setObjectName("history_list")
        for version in versions:
            action = ACTIONS.get(version.action)
            label = QCoreApplication.translate("HistoryDialog", action) if action else version.action
            who = version.actor_name or "—"
            self.list.addItem(
                QListWidgetItem(f"{version.at:%Y-%m-%d %H:%M}  {label}  {who}  (v{version.version})")
            )
        self.view = QTextBrowser()
        self.view.setObjectName("history_view")
        self.list.currentRowChanged.connect(self._show)
        row = QHBoxLayout()
        row.addWidget(self.list, 2)
        row.addWidget(self.view, 3)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(buttons)
        self.resize(1000, 600)
        if versions:
            self.list.setCurrentRow(len(versions) - 1)

    def _show(self, row: int) -> None:
        if not 0 <= row < len(self.versions):
            return
        version = self.versions[row]
        label = self.tr("说明：")
        note = f"<p><b>{label}</b>{html.escape(version.note)}</p>" if version.note else ""
        digest = f"<p><small>SHA-256：{version.content_sha256}</small></p>" if version.content_sha256 else ""
        self.view.setHtml(f"<h3>{html.escape(version.title)}</h3>{note}{version.body_html}{digest}")


def ask_month(parent: QWidget, today: date) -> tuple[int, int] | None:
    """Which month's bulletin to write: the last twelve months, the one just ended first
    in the first half of a month (when offices write it), else the current one."""
    months: list[tuple[int, int]] = []
    year, month = today.year, today.month
    for _ in range(12):
        months.append((year, month))
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    names = [f"{y}-{m:02d}" for y, m in months]
    chosen, ok = QInputDialog.getItem(
        parent,
        QCoreApplication.translate("BriefingsPage", "舆情月报"),
        QCoreApplication.translate("BriefingsPage", "月份："),
        names,
        1 if today.day <= 15 else 0,
        False,
    )
    return months[names.index(chosen)] if ok and chosen in names else None
