"""Roster facts in the UI's language: duties, changes and problems.

The services word problems in Chinese and keep their facts (kind, day, role, person,
times); in English the UI words them itself from those facts.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from PySide6.QtCore import QCoreApplication

from dutylog.domain.roster.checks import ProblemKind, RosterProblem
from dutylog.domain.roster.duty import DutyAssignment
from dutylog.domain.roster.records import DutyChangeRecord
from dutylog.reports.roster_table import people_text
from dutylog.ui import i18n
from dutylog.ui.i18n import label


def _facts(problem: RosterProblem) -> dict[str, str]:
    start, end = problem.start, problem.end
    rest = (end - start).total_seconds() / 3600 if start and end else 0
    return {
        "day": problem.duty_date.isoformat(),
        "role": label(problem.role) if problem.role else "",
        "name": problem.staff_name,
        "start": f"{start:%H:%M}" if start else "—",
        "end": f"{end:%H:%M}" if end else "—",
        "hours": f"{rest:g}",
    }


def problem_text(problem: RosterProblem) -> str:
    """One roster problem as a sentence: the service's own words in Chinese."""
    if i18n.current() == i18n.DEFAULT:
        return problem.message
    # Each template is looked up by its own literal so lupdate finds it.
    if problem.kind is ProblemKind.GAP:
        text = QCoreApplication.translate("RosterText", "{day} {role} {start}–{end} 无人值守")
    elif problem.kind is ProblemKind.DOUBLE_BOOKING:
        text = QCoreApplication.translate("RosterText", "{day} {name} 同时安排了两个值班（{start}–{end}）")
    elif problem.kind is ProblemKind.ON_LEAVE:
        text = QCoreApplication.translate("RosterText", "{day} {name} 请假期间被排班")
    elif problem.kind is ProblemKind.REST:
        text = QCoreApplication.translate("RosterText", "{day} {name} 两次值班间仅休息 {hours} 小时")
    else:
        text = QCoreApplication.translate("RosterText", "{day} {name} 已停用")
    return text.format(**_facts(problem))


def problem_line(problem: RosterProblem) -> str:
    """[缺岗] 2026-12-02 …: the kind first, for the problems list."""
    return f"[{label(problem.kind)}] {problem_text(problem)}"


def duty_text(duty: DutyAssignment) -> str:
    """2026-11-18 值班员（全天）张伟: a duty to choose in the swap and substitute dialogs."""
    return QCoreApplication.translate("RosterText", "{day} {role}（{shift}）{name}").format(
        day=duty.duty_date.isoformat(), role=label(duty.role), shift=label(duty.shift), name=duty.staff_name
    )


def change_text(change: DutyChangeRecord) -> str:
    """A line of the change history: when, who, what, and why."""
    return QCoreApplication.translate(
        "RosterText", "{at} {by} {kind}：{day} {role} {before} → {after}；原因：{reason}"
    ).format(
        at=f"{change.made_at:%Y-%m-%d %H:%M}",
        by=change.made_by,
        kind=label(change.kind),
        day=change.duty_date.isoformat(),
        role=label(change.role),
        before=change.original_name or QCoreApplication.translate("RosterText", "（无）"),
        after=change.new_name,
        reason=change.reason,
    )


SWAP_MARK = "⇄"


def people(duties: Sequence[DutyAssignment], *, phones: bool = False, marked: Collection[int] = ()) -> str:
    """The people on a list of duties, with their shifts, in the UI's language; a duty in
    ``marked`` (slot ids put there by a swap or substitute) gets the swap mark."""
    return people_text(duties, phones=phones, language=i18n.current(), marked=marked, mark=SWAP_MARK)
