"""After a new matter is saved: propose the plans whose trigger it meets (the officer confirms).

Nothing starts without the officer's confirmation here (the command line's `matters add`
starts them at once, the login being the confirmation). A plan started from this dialog
counts its limits from the matter's discovery, as the plan says.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from dutylog.domain.errors import DutyLogError
from dutylog.domain.plans.records import PlanRecord, StartHow
from dutylog.office import Office
from dutylog.ui import i18n
from dutylog.ui.operations import run_for
from dutylog.ui.theme import error_style

NAME = Qt.ItemDataRole.UserRole


class ProposalDialog(QDialog):
    def __init__(
        self, office: Office, matter_id: int, plans: list[PlanRecord], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.office = office
        self.matter_id = matter_id
        self.setWindowTitle(self.tr("启动应急预案"))
        intro = QLabel(self.tr("该事项符合以下预案的启动条件。确认启动后，各步骤的时限自发现时间起算："))
        intro.setWordWrap(True)
        self.list = QListWidget()
        self.list.setObjectName("proposal_plans")
        for plan in plans:
            lang = i18n.current()
            steps = "\n".join(
                f"　{s.position}. {s.text}"
                + self.tr("（{who}，{limit}内）").format(who=s.who.label(lang), limit=s.limit.label(lang))
                for s in plan.steps
            )
            item = QListWidgetItem(f"《{plan.name}》　{plan.trigger.label(lang)}\n{steps}")
            item.setData(NAME, plan.name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.list.addItem(item)
        self.error = QLabel()
        self.error.setObjectName("proposal_error")
        self.error.setStyleSheet(error_style())
        self.error.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("启动预案"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("暂不启动"))
        buttons.accepted.connect(self.confirm)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(560, 320)

    def chosen(self) -> list[str]:
        items = (self.list.item(row) for row in range(self.list.count()))
        return [str(item.data(NAME)) for item in items if item.checkState() == Qt.CheckState.Checked]

    def confirm(self) -> None:
        names = self.chosen()
        if not names:
            self.reject()
            return
        matter_id = self.matter_id

        def start(office: Office) -> list[object]:
            return [office.checklists.start(matter_id, name, how=StartHow.TRIGGER) for name in names]

        run_for(
            self,
            self.office,
            start,
            on_done=lambda _started: self.accept(),
            on_error=self._failed,
            what=self.tr("启动预案"),
            areas=frozenset({"matters"}),
        )

    def _failed(self, error: DutyLogError) -> None:
        self.error.setText(error.message)


def propose_plans(parent: QWidget, office: Office, matter_id: int) -> ProposalDialog | None:
    """Open the proposal for a just-saved matter, if it meets any plan's trigger."""
    try:
        plans = office.checklists.proposals(matter_id)
    except DutyLogError:
        return None  # a proposal is a help: never in the way of the saved matter
    if not plans:
        return None
    dialog = ProposalDialog(office, matter_id, plans, parent)
    dialog.open()
    return dialog
