"""Keyword watch lists with the matters they tag, and drills and training sessions."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from dutylog.domain.errors import NotFoundError
from dutylog.domain.plans.records import DrillFigures, DrillKind, DrillRecord, KeywordRecord
from dutylog.storage.models import Drill, DrillPerson, Keyword, Matter, MatterKeyword, Plan, Staff


class WatchRepo:
    def __init__(self, session: Session) -> None:
        self.session = session

    # --- keywords ------------------------------------------------------------------
    def keywords(self, *, active_only: bool = False) -> list[KeywordRecord]:
        counted = select(MatterKeyword.keyword_id, func.count()).group_by(MatterKeyword.keyword_id)
        counts = {keyword_id: count for keyword_id, count in self.session.execute(counted)}
        query = (
            select(Keyword, Plan.name)
            .outerjoin(Plan, Plan.id == Keyword.plan_id)
            .order_by(Keyword.category, Keyword.word)
        )
        if active_only:
            query = query.where(Keyword.active.is_(True))
        return [
            KeywordRecord(
                id=row.id,
                word=row.word,
                category=row.category,
                plan_name=plan_name or "",
                active=row.active,
                matter_count=counts.get(row.id, 0),
                retired_at=row.retired_at,
            )
            for row, plan_name in self.session.execute(query)
        ]

    def active_words(self) -> dict[str, int]:
        """Word -> id of the words being watched (tagging reads only these)."""
        query = select(Keyword.word, Keyword.id).where(Keyword.active.is_(True))
        return {word: keyword_id for word, keyword_id in self.session.execute(query)}

    def keyword_named(self, word: str) -> Keyword | None:
        return self.session.scalar(select(Keyword).where(Keyword.word == word))

    def add_keyword(
        self, word: str, *, category: str, plan_id: int | None, now: datetime, by: int | None
    ) -> int:
        row = Keyword(
            word=word, category=category, plan_id=plan_id, active=True, created_at=now, created_by=by
        )
        self.session.add(row)
        self.session.flush()
        return row.id

    def set_keyword(
        self, keyword_id: int, *, active: bool, category: str, plan_id: int | None, now: datetime
    ) -> None:
        row = self.session.get(Keyword, keyword_id)
        if row is None:
            raise NotFoundError(f"找不到编号为 {keyword_id} 的关键词。", code="unknown_keyword")
        if row.active and not active:
            row.retired_at = now
        if active:
            row.retired_at = None
        row.active, row.category, row.plan_id = active, category, plan_id
        self.session.flush()

    def tag(self, matter_id: int, found: Mapping[int, str], *, at: datetime) -> list[int]:
        """Tag a matter with keyword ids (id -> where found); returns those that were new."""
        have = set(
            self.session.scalars(select(MatterKeyword.keyword_id).where(MatterKeyword.matter_id == matter_id))
        )
        new = [keyword_id for keyword_id in found if keyword_id not in have]
        for keyword_id in new:
            self.session.add(
                MatterKeyword(
                    matter_id=matter_id, keyword_id=keyword_id, found_in=found[keyword_id], found_at=at
                )
            )
        self.session.flush()
        return new

    def matter_words(self, matter_ids: Sequence[int]) -> dict[int, tuple[str, ...]]:
        found: dict[int, list[str]] = {}
        if matter_ids:
            query = (
                select(MatterKeyword.matter_id, Keyword.word)
                .join(Keyword, Keyword.id == MatterKeyword.keyword_id)
                .where(MatterKeyword.matter_id.in_(matter_ids))
                .order_by(Keyword.word)
            )
            for matter_id, word in self.session.execute(query):
                found.setdefault(matter_id, []).append(word)
        return {key: tuple(words) for key, words in found.items()}

    def counts_between(self, start: datetime, end: datetime) -> list[tuple[str, str, int]]:
        """(word, category, matters) for matters found in [start, end), voided ones left out."""
        query = (
            select(Keyword.word, Keyword.category, func.count())
            .join(MatterKeyword, MatterKeyword.keyword_id == Keyword.id)
            .join(Matter, Matter.id == MatterKeyword.matter_id)
            .where(Matter.discovered_at >= start, Matter.discovered_at < end, Matter.voided_at.is_(None))
            .group_by(Keyword.word, Keyword.category)
            .order_by(func.count().desc(), Keyword.word)
        )
        return [(word, category, count) for word, category, count in self.session.execute(query)]

    # --- drills --------------------------------------------------------------------
    def add_drill(
        self,
        *,
        kind: DrillKind,
        plan_id: int | None,
        held_on: date,
        scenario: str,
        findings: str,
        improvements: str,
        people: Sequence[int],
        now: datetime,
        by: int | None,
    ) -> DrillRecord:
        row = Drill(
            kind=kind.value,
            plan_id=plan_id,
            held_on=held_on,
            scenario=scenario,
            findings=findings,
            improvements=improvements,
            recorded_by=by,
            recorded_at=now,
        )
        self.session.add(row)
        self.session.flush()
        for staff_id in dict.fromkeys(people):
            self.session.add(DrillPerson(drill_id=row.id, staff_id=staff_id))
        self.session.flush()
        return self.drills(drill_id=row.id)[0]

    def drills(
        self,
        *,
        drill_id: int | None = None,
        plan_id: int | None = None,
        staff_id: int | None = None,
        first: date | None = None,
        last: date | None = None,
    ) -> list[DrillRecord]:
        query = select(Drill, Plan.name).outerjoin(Plan, Plan.id == Drill.plan_id)
        if drill_id is not None:
            query = query.where(Drill.id == drill_id)
        if plan_id is not None:
            query = query.where(Drill.plan_id == plan_id)
        if staff_id is not None:
            query = query.where(
                Drill.id.in_(select(DrillPerson.drill_id).where(DrillPerson.staff_id == staff_id))
            )
        if first is not None:
            query = query.where(Drill.held_on >= first)
        if last is not None:
            query = query.where(Drill.held_on <= last)
        rows = list(self.session.execute(query.order_by(Drill.held_on.desc(), Drill.id.desc())))
        people: dict[int, list[str]] = {}
        if rows:
            named = (
                select(DrillPerson.drill_id, Staff.name)
                .join(Staff, Staff.id == DrillPerson.staff_id)
                .where(DrillPerson.drill_id.in_([row.id for row, _ in rows]))
                .order_by(Staff.name)
            )
            for drill, name in self.session.execute(named):
                people.setdefault(drill, []).append(name)
        return [
            DrillRecord(
                id=row.id,
                kind=DrillKind(row.kind),
                held_on=row.held_on,
                plan_name=plan_name or "",
                scenario=row.scenario,
                findings=row.findings,
                improvements=row.improvements,
                people=tuple(people.get(row.id, [])),
            )
            for row, plan_name in rows
        ]

    def figures(self, first: date, last: date) -> DrillFigures:
        by_kind = (
            select(Drill.kind, func.count())
            .where(Drill.held_on >= first, Drill.held_on <= last)
            .group_by(Drill.kind)
        )
        kinds = {kind: count for kind, count in self.session.execute(by_kind)}
        attendances = self.session.scalar(
            select(func.count())
            .select_from(DrillPerson)
            .join(Drill, Drill.id == DrillPerson.drill_id)
            .where(Drill.held_on >= first, Drill.held_on <= last)
        )
        return DrillFigures(
            drills=kinds.get(DrillKind.DRILL.value, 0),
            trainings=kinds.get(DrillKind.TRAINING.value, 0),
            attendances=attendances or 0,
        )
