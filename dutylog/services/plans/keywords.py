"""Keyword watch lists (关键词): words to search on patrol; matters that contain one are tagged.

A matter is tagged when it is created or edited (title, summary) and when a log entry
about it mentions a word. Tags are kept: a retired word tags nothing new but its
matters still count under it.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING

from dutylog.domain.accounts.audit import AuditAction
from dutylog.domain.accounts.permissions import Permission
from dutylog.domain.errors import NotFoundError, ValidationError
from dutylog.domain.plans.keywords import words_in
from dutylog.domain.plans.records import CATEGORY_MAX, KEYWORD_MAX, KeywordRecord
from dutylog.domain.validation import clean_name
from dutylog.services.context import OfficeContext
from dutylog.services.writes import writes
from dutylog.storage.repos.plans import plans_repo, watch_repo

if TYPE_CHECKING:
    from dutylog.storage.database import Store

MAX_WORDS_AT_ONCE = 500


def tag_matter(store: Store, matter_id: int, texts: dict[str, str], *, at: datetime) -> list[str]:
    """Tag a matter with the active words ``texts`` (place -> text) contain; the new words.

    Called inside the caller's write, which audits the matter itself.
    """
    repo = watch_repo(store)
    active = repo.active_words()
    found = words_in(texts, active)
    new = repo.tag(matter_id, {active[word]: place for word, place in found.items()}, at=at)
    return [word for word, keyword_id in active.items() if keyword_id in new]


class KeywordService:
    def __init__(self, office: OfficeContext) -> None:
        self.office = office

    def keywords(self, *, active_only: bool = False) -> list[KeywordRecord]:
        with self.office.db.transaction(read_only=True) as store:
            return watch_repo(store).keywords(active_only=active_only)

    def words_of(self, matter_ids: list[int]) -> dict[int, tuple[str, ...]]:
        with self.office.db.transaction(read_only=True) as store:
            return watch_repo(store).matter_words(matter_ids)

    def counts(self, first: date, last: date) -> list[tuple[str, str, int]]:
        """(word, category, matters found first..last) for statistics, most first."""
        start = datetime.combine(first, time())
        with self.office.db.transaction(read_only=True) as store:
            return watch_repo(store).counts_between(start, datetime.combine(last, time()) + timedelta(days=1))

    @writes
    def add(self, words: Iterable[str], *, category: str = "", plan: str = "") -> list[KeywordRecord]:
        """Add words (a retired one comes back); each word once."""
        cleaned = [clean_name(w, field="word", label="关键词", max_length=KEYWORD_MAX) for w in words]
        unique = list(dict.fromkeys(cleaned))
        if not unique:
            raise ValidationError("请给出至少一个关键词。", code="required", field="word")
        if len(unique) > MAX_WORDS_AT_ONCE:
            raise ValidationError(
                f"一次最多添加 {MAX_WORDS_AT_ONCE} 个关键词。", code="too_many", field="word"
            )
        clean_category = clean_name(
            category, field="category", label="类别", max_length=CATEGORY_MAX, required=False
        )
        self.office.require(Permission.SETTINGS_MANAGE)
        now = self.office.clock()
        with self.office.db.transaction() as store:
            plan_id = plans_repo(store).named(plan) if plan.strip() else None
            repo = watch_repo(store)
            for word in unique:
                existing = repo.keyword_named(word)
                if existing is None:
                    repo.add_keyword(
                        word, category=clean_category, plan_id=plan_id, now=now, by=self.office.actor.staff_id
                    )
                else:
                    repo.set_keyword(
                        existing.id,
                        active=True,
                        category=clean_category or existing.category,
                        plan_id=plan_id if plan_id is not None else existing.plan_id,
                        now=now,
                    )
            records = [k for k in repo.keywords() if k.word in unique]
            for record in records:
                self.office.audit.record(store, AuditAction.CREATE, "keyword", record.id, after=record)
            return records

    @writes
    def retire(self, word: str) -> KeywordRecord:
        """Stop watching a word; the matters it tagged keep the tag and still count."""
        self.office.require(Permission.SETTINGS_MANAGE)
        with self.office.db.transaction() as store:
            repo = watch_repo(store)
            row = repo.keyword_named(word.strip())
            if row is None:
                raise NotFoundError(
                    f"找不到关键词“{word.strip()[:50]}”。", code="unknown_keyword", field="word"
                )
            before = next(k for k in repo.keywords() if k.id == row.id)
            repo.set_keyword(
                row.id, active=False, category=row.category, plan_id=row.plan_id, now=self.office.clock()
            )
            after = next(k for k in repo.keywords() if k.id == row.id)
            self.office.audit.record(store, AuditAction.UPDATE, "keyword", row.id, before=before, after=after)
            return after
