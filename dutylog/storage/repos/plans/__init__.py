"""Plans, their checklists on matters, keyword watch lists and drills.

The repositories are reached with ``plans_repo(store)`` and friends rather than as
``Store`` attributes, so this area plugs in without touching the shared Store.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from dutylog.storage.database import Store
    from dutylog.storage.repos.plans.checklists import ChecklistRepo
    from dutylog.storage.repos.plans.plans import PlanRepo
    from dutylog.storage.repos.plans.watch import WatchRepo


def plans_repo(store: Store) -> PlanRepo:
    from dutylog.storage.repos.plans.plans import PlanRepo

    return PlanRepo(store.session)


def checklists_repo(store: Store) -> ChecklistRepo:
    from dutylog.storage.repos.plans.checklists import ChecklistRepo

    return ChecklistRepo(store.session)


def watch_repo(store: Store) -> WatchRepo:
    from dutylog.storage.repos.plans.watch import WatchRepo

    return WatchRepo(store.session)
