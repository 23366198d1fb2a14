"""The navigation areas of the main window.

To add a page: write ``dutylog/ui/<area>/<name>_page.py`` with a QWidget subclass
whose constructor takes ``(office, parent=None)`` and, optionally, a ``refresh()``
method called whenever the page is shown; then point its `PageSpec` here at it
("module:Class"). Pages are imported the first time they are shown, so start-up
pays only for the first page.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication


@dataclass(frozen=True)
class PageSpec:
    key: str
    title: str
    icon: str
    target: str  # "module:Class"
    shortcut: str


PLACEHOLDER = "dutylog.ui.office.placeholder_page:PlaceholderPage"

PAGES: tuple[PageSpec, ...] = (
    PageSpec(
        "today",
        str(QT_TRANSLATE_NOOP("Pages", "今日值班")),
        "today",
        "dutylog.ui.log.today_page:TodayPage",
        "Ctrl+1",
    ),
    PageSpec(
        "roster",
        str(QT_TRANSLATE_NOOP("Pages", "排班")),
        "roster",
        "dutylog.ui.roster.roster_page:RosterPage",
        "Ctrl+2",
    ),
    PageSpec(
        "log",
        str(QT_TRANSLATE_NOOP("Pages", "值班日志")),
        "log",
        "dutylog.ui.log.log_page:LogPage",
        "Ctrl+3",
    ),
    PageSpec(
        "ledger",
        str(QT_TRANSLATE_NOOP("Pages", "舆情台账")),
        "ledger",
        "dutylog.ui.matters.ledger_page:LedgerPage",
        "Ctrl+4",
    ),
    PageSpec(
        "briefings",
        str(QT_TRANSLATE_NOOP("Pages", "报告")),
        "briefings",
        "dutylog.ui.briefings.briefings_page:BriefingsPage",
        "Ctrl+5",
    ),
    PageSpec(
        "stats",
        str(QT_TRANSLATE_NOOP("Pages", "统计")),
        "stats",
        "dutylog.ui.briefings.stats_page:StatsPage",
        "Ctrl+6",
    ),
    PageSpec(
        "settings",
        str(QT_TRANSLATE_NOOP("Pages", "设置")),
        "settings",
        "dutylog.ui.office.settings_page:SettingsPage",
        "Ctrl+7",
    ),
    PageSpec(
        "audit",
        str(QT_TRANSLATE_NOOP("Pages", "审计记录")),
        "audit",
        "dutylog.ui.accounts.audit_page:AuditPage",
        "Ctrl+8",
    ),
)


def page_spec(key: str) -> PageSpec:
    for spec in PAGES:
        if spec.key == key:
            return spec
    raise KeyError(key)


def page_title(spec: PageSpec) -> str:
    """The page's title in the interface language (titles are marked for translation above)."""
    return QCoreApplication.translate("Pages", spec.title)
