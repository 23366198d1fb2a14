"""The navigation areas of the main window.

To add a page: write ``dutylog/ui/<area>/<name>_page.py`` with a QWidget subclass
whose constructor takes ``(office, parent=None)`` and that follows `Page`; then point
its `PageSpec` here at it ("module:Class") and name the areas it shows. Pages are
imported the first time they are shown, so start-up pays only for the first page.

The main window treats every page alike: it refreshes a page when one of its ``areas``
changes (the operations layer's ``changed`` signal: this window's writes and other
workstations' alike) while it is on screen, or when it is next shown.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol, runtime_checkable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QAction

# The change areas (services/office/changes.py); the audit trail follows every write.
ALL_AREAS = frozenset({"staff", "roster", "log", "matters", "briefings", "settings", "accounts"})


@runtime_checkable
class Page(Protocol):
    """What the main window asks of a page (title and areas are its `PageSpec`)."""

    def refresh(self) -> None:
        """Reload what the page shows from the office; keeps what the user is typing."""


def page_actions(page: object) -> list[QAction]:
    """The actions a page offers for the menu and shortcuts (``menu_actions()``), if any."""
    offered = getattr(page, "menu_actions", None)
    return list(offered()) if callable(offered) else []


@dataclass(frozen=True)
class PageSpec:
    key: str
    title: str
    icon: str
    target: str  # "module:Class"
    shortcut: str
    areas: frozenset[str] = field(default=ALL_AREAS)  # what it shows: a change there refreshes it


PLACEHOLDER = "dutylog.ui.office.placeholder_page:PlaceholderPage"

PAGES: tuple[PageSpec, ...] = (
    PageSpec(
        "today",
        str(QT_TRANSLATE_NOOP("Pages", "今日值班")),
        "today",
        "dutylog.ui.log.today_page:TodayPage",
        "Ctrl+1",
        frozenset({"log", "roster", "staff", "matters", "briefings", "settings"}),
    ),
    PageSpec(
        "roster",
        str(QT_TRANSLATE_NOOP("Pages", "排班")),
        "roster",
        "dutylog.ui.roster.roster_page:RosterPage",
        "Ctrl+2",
        frozenset({"roster", "staff", "settings"}),
    ),
    PageSpec(
        "log",
        str(QT_TRANSLATE_NOOP("Pages", "值班日志")),
        "log",
        "dutylog.ui.log.log_page:LogPage",
        "Ctrl+3",
        frozenset({"log", "roster", "staff", "settings"}),
    ),
    PageSpec(
        "ledger",
        str(QT_TRANSLATE_NOOP("Pages", "舆情台账")),
        "ledger",
        "dutylog.ui.matters.ledger_page:LedgerPage",
        "Ctrl+4",
        frozenset({"matters", "staff"}),
    ),
    PageSpec(
        "briefings",
        str(QT_TRANSLATE_NOOP("Pages", "报告")),
        "briefings",
        "dutylog.ui.briefings.briefings_page:BriefingsPage",
        "Ctrl+5",
        frozenset({"briefings", "log", "matters", "staff", "settings"}),
    ),
    PageSpec(
        "stats",
        str(QT_TRANSLATE_NOOP("Pages", "统计")),
        "stats",
        "dutylog.ui.briefings.stats_page:StatsPage",
        "Ctrl+6",
        frozenset({"matters", "log", "briefings", "settings"}),
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
    PageSpec(
        "supervision",
        str(QT_TRANSLATE_NOOP("Pages", "督办")),
        "supervision",
        "dutylog.ui.supervision.supervision_page:SupervisionPage",
        "Ctrl+9",
        frozenset({"matters", "staff", "roster"}),
    ),
    PageSpec(
        "contacts",
        str(QT_TRANSLATE_NOOP("Pages", "通讯录")),
        "contacts",
        "dutylog.ui.supervision.contacts_page:ContactsPage",
        "Ctrl+0",
        frozenset({"staff"}),
    ),
    PageSpec(
        "plans",
        str(QT_TRANSLATE_NOOP("Pages", "预案")),
        "plans",
        "dutylog.ui.plans.plans_page:PlansPage",
        "Ctrl+Shift+E",
        frozenset({"plan", "keyword", "drill", "matters", "staff"}),
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
