"""Matters: create, edit (optimistic concurrency), workflow, time limits, search, ledger pages."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from functools import cached_property
from typing import TYPE_CHECKING, Any, Protocol

from dutylog.domain.accounts.audit import AuditAction
from dutylog.domain.accounts.permissions import Permission
from dutylog.domain.enums import Grade, MatterStatus
from dutylog.domain.errors import ValidationError
from dutylog.domain.matters.deadlines import SETTING_KEY, Deadline, TimeLimits, report_deadline
from dutylog.domain.matters.numbering import DEFAULT_PREFIX, format_number
from dutylog.domain.matters.records import (
    LedgerFilter,
    MatterEventRecord,
    MatterInput,
    MatterRecord,
    MatterRow,
)
from dutylog.domain.matters.rules import (
    DEFAULT_MEASURES,
    DEFAULT_TAGS,
    DELETE_MEASURE,
    SENTIMENTS,
    MatterFacts,
    check_required,
    check_times,
    check_transition,
    check_url,
    clean_tags,
)
from dutylog.domain.matters.search import normalize_term
from dutylog.domain.validation import TITLE_MAX, check_date_range, check_not_future, check_order, clean_text
from dutylog.services.context import OfficeContext
from dutylog.services.matters.past_records import require_record_at
from dutylog.services.plans.keywords import tag_matter
from dutylog.services.writes import writes

# Loaded with this module (the ledger page imports it), not inside the ledger's first query.
from dutylog.storage.repos.matters import matters as _repo  # noqa: F401

if TYPE_CHECKING:
    from dutylog.services.matters.evidence import EvidenceService
    from dutylog.services.office.settings import SettingsService

LedgerCursor = tuple[Any, int]


class MattersContext(OfficeContext, Protocol):
    """The office as this module's services need it: the context and the services they use."""

    @property
    def settings(self) -> SettingsService: ...


class MatterService:
    def __init__(self, office: MattersContext) -> None:
        self.office = office

    @cached_property
    def evidence(self) -> EvidenceService:
        from dutylog.services.matters.evidence import EvidenceService

        return EvidenceService(self.office)

    # --- input ---------------------------------------------------------------
    def _clean(self, data: MatterInput, *, now: datetime) -> dict[str, Any]:
        def line(value: str, field: str, label: str, limit: int, required: bool = False) -> str:
            return clean_text(
                value, field=field, label=label, max_length=limit, required=required, multiline=False
            )

        for value, field, label in (
            (data.discovered_at, "discovered_at", "发现时间"),
            (data.published_at, "published_at", "发布时间"),
            (data.reported_at, "reported_at", "上报时间"),
            (data.special_reported_at, "special_reported_at", "专报时间"),
            (data.follow_up_until, "follow_up_until", "跟踪截止日期"),
        ):
            check_date_range(value, field=field, label=label)
        found = (data.discovered_at or now).replace(microsecond=0)
        check_not_future(found, now=now, field="discovered_at", label="发现时间")
        if data.reported_at is not None:
            check_not_future(data.reported_at, now=now, field="reported_at", label="上报时间")
        check_times(data.published_at, found, data.reported_at)
        # A special report cannot go up before the matter was found, nor in the future.
        check_order(
            found,
            data.special_reported_at,
            field="special_reported_at",
            earlier_label="发现时间",
            later_label="专报时间",
        )
        if data.special_reported_at is not None:
            check_not_future(data.special_reported_at, now=now, field="special_reported_at", label="专报时间")
        if data.sentiment not in SENTIMENTS:
            raise ValidationError(f"未知的倾向：{data.sentiment}", code="bad_sentiment", field="sentiment")
        measures = clean_tags(data.measures, field_name="measures", label="处置措施")
        if data.posts_removed < 0 or data.posts_removed > 1_000_000:
            raise ValidationError("删帖数量应为 0 或正整数。", code="bad_number", field="posts_removed")
        if data.posts_removed and DELETE_MEASURE not in measures:
            raise ValidationError(
                "填写了删帖数量，请同时勾选“删帖”措施。", code="inconsistent", field="measures"
            )
        return {
            "title": line(data.title, "title", "标题", TITLE_MAX, required=True),
            "summary": clean_text(
                data.summary, field="summary", label="摘要", max_length=5000, required=False
            ),
            "source": line(data.source, "source", "来源", 100),
            "url": check_url(line(data.url, "url", "网址", 2000)),
            "author_name": line(data.author_name, "author_name", "网络实名", 100),
            "published_at": data.published_at,
            "discovered_at": found,
            "reported_at": data.reported_at,
            "special_reported_at": data.special_reported_at,
            "grade": data.grade,
            "sentiment": data.sentiment,
            "unit_id": data.unit_id,
            "outcome": clean_text(
                data.outcome, field="outcome", label="处置结果", max_length=5000, required=False
            ),
            "posts_removed": data.posts_removed,
            "follow_up_until": data.follow_up_until,
            "tags": clean_tags(data.tags),
            "measures": measures,
        }

    # --- create / edit -------------------------------------------------------------
    @writes
    def create(self, data: MatterInput, *, created_by: int | None = None) -> MatterRecord:
        now = self.office.clock()
        values = self._clean(data, now=now)
        found: datetime = values["discovered_at"]
        # A matter of a past date: a supervisor or administrator, or the officer of that shift.
        require_record_at(self.office, data.discovered_at)
        if created_by is None:
            created_by = self.office.actor.staff_id
        with self.office.db.transaction() as store:
            _check_unit(store.staff.units(), values["unit_id"])
            store.serialize("matter_number")  # two workstations must not draw the same number
            prefix = str(store.settings.get("matter_prefix", DEFAULT_PREFIX))
            seq = store.matters.take_seq(found.year)
            record = store.matters.add(
                number=format_number(prefix, found.year, seq),
                year=found.year,
                seq=seq,
                status=MatterStatus.FOUND,
                now=now,
                created_by=created_by,
                **values,
            )
            tag_matter(store, record.id, {"title": record.title, "summary": record.summary}, at=now)
            self.office.audit.record(store, AuditAction.CREATE, "matter", record.id, after=record)
            return record

    @writes
    def add(
        self,
        title: str,
        *,
        grade: Grade = Grade.ORDINARY,
        discovered_at: datetime | None = None,
        published_at: datetime | None = None,
        source: str = "",
        url: str = "",
        summary: str = "",
        created_by: int | None = None,
    ) -> MatterRecord:
        """Shortcut used by the demo and the CLI: a new matter from its main fields."""
        data = MatterInput(
            title=title,
            grade=grade,
            discovered_at=discovered_at,
            published_at=published_at,
            source=source,
            url=url,
            summary=summary,
        )
        return self.create(data, created_by=created_by)

    @writes
    def update(self, matter_id: int, data: MatterInput, *, expected_version: int) -> MatterRecord:
        """Save edits; raises ConflictError if someone saved since ``expected_version`` (nothing written)."""
        now = self.office.clock()
        values = self._clean(data, now=now)
        tags, measures = values.pop("tags"), values.pop("measures")
        self.office.require(Permission.MATTER_WRITE)
        with self.office.db.transaction() as store:
            current = store.matters.get(matter_id)
            _check_unit(store.staff.units(), values["unit_id"])
            facts = MatterFacts(
                grade=values["grade"],
                summary=values["summary"],
                reported_at=values["reported_at"],
                unit_id=values["unit_id"],
                measures=measures,
                outcome=values["outcome"],
                follow_up_until=values["follow_up_until"],
            )
            check_required(current.status, facts)
            after = store.matters.update(
                matter_id,
                expected_version=expected_version,
                now=now,
                values=values,
                tags=tags,
                measures=measures,
            )
            tag_matter(store, matter_id, {"title": after.title, "summary": after.summary}, at=now)
            self.office.audit.record(
                store, AuditAction.UPDATE, "matter", matter_id, before=current, after=after
            )
            return after

    @writes
    def advance(
        self,
        matter_id: int,
        to_status: MatterStatus,
        *,
        expected_version: int,
        actor_id: int | None = None,
        note: str = "",
        at: datetime | None = None,
    ) -> MatterRecord:
        """One step of 发现→核实→报送→处置→跟踪→办结, checked and written to the timeline."""
        now = self.office.clock()
        when = (at or now).replace(microsecond=0)
        check_not_future(when, now=now, field="at", label="时间")
        note = clean_text(note, field="note", label="说明", max_length=2000, required=False)
        self.office.require(Permission.MATTER_WRITE)
        if actor_id is None:
            actor_id = self.office.actor.staff_id
        with self.office.db.transaction() as store:
            current = store.matters.get(matter_id)
            if current.voided_at is not None:
                raise ValidationError("该事项已作废，不能继续办理。", code="voided")
            check_transition(current.status, to_status)
            reported_at = current.reported_at
            if to_status is MatterStatus.REPORTED and reported_at is None:
                reported_at = when
            check_times(current.published_at, current.discovered_at, reported_at)
            check_required(to_status, _facts(replace(current, reported_at=reported_at)))
            after = store.matters.advance(
                matter_id,
                to_status=to_status,
                at=when,
                actor_id=actor_id,
                note=note,
                reported_at=reported_at if reported_at != current.reported_at else None,
                expected_version=expected_version,
            )
            self.office.audit.record(
                store, AuditAction.UPDATE, "matter", matter_id, before=current, after=after
            )
            return after

    @writes
    def void(self, matter_id: int, reason: str, *, expected_version: int) -> MatterRecord:
        """Mark a matter 作废; its number stays taken."""
        text = clean_text(reason, field="reason", label="作废原因", max_length=500)
        self.office.require(Permission.RECORD_VOID)
        with self.office.db.transaction() as store:
            current = store.matters.get(matter_id)
            after = store.matters.void(
                matter_id, expected_version=expected_version, now=self.office.clock(), reason=text
            )
            self.office.audit.record(
                store, AuditAction.VOID, "matter", matter_id, before=current, after=after
            )
            return after

    # --- read ----------------------------------------------------------------------
    def get(self, matter_id: int) -> MatterRecord:
        with self.office.db.transaction() as store:
            return store.matters.get(matter_id)

    def by_number(self, number: str) -> MatterRecord:
        with self.office.db.transaction() as store:
            return store.matters.by_number(number.strip())

    def timeline(self, matter_id: int) -> list[MatterEventRecord]:
        with self.office.db.transaction() as store:
            store.matters.get(matter_id)
            return store.matters.timeline(matter_id)

    def open_matters(self) -> list[MatterRecord]:
        with self.office.db.transaction() as store:
            return store.matters.open_matters()

    def records(self, ids: list[int]) -> list[MatterRecord]:
        """Full records of ``ids`` in the order given (ids no longer stored are left out)."""
        with self.office.db.transaction() as store:
            return store.matters.many(ids)

    def search(self, term: str, *, limit: int = 50) -> list[MatterRow]:
        """Matters whose title, summary, URL, author, source or linked log text contain ``term``.

        Newest first, as light rows: a result list shows them; ``get`` or ``records`` reads
        the full matters.
        """
        wanted = normalize_term(term)
        if not 1 <= limit <= 10_000:
            raise ValidationError("--limit 应在 1 到 10000 之间。", code="bad_limit", field="limit")
        with self.office.db.transaction(read_only=True) as store:
            return store.matters.search_rows(wanted, limit=limit)

    def ledger_count(self, filters: LedgerFilter) -> int:
        with self.office.db.transaction(read_only=True) as store:
            return store.matters.ledger_count(filters)

    def ledger_start(
        self, filters: LedgerFilter, *, sort: str = "discovered_at", descending: bool = True, limit: int = 100
    ) -> tuple[list[MatterRow], LedgerCursor | None, TimeLimits]:
        """The first page of the ledger and the time limits its deadline column needs, in one read.

        No count: a ledger shows its first page before it knows how many pages follow
        (``ledger_count`` is a read of its own, ~7 ms over 100,000 matters).
        """
        with self.office.db.transaction(read_only=True) as store:
            rows, cursor = store.matters.ledger_page(filters, sort=sort, descending=descending, limit=limit)
            return rows, cursor, store.matters.time_limits()

    def ledger_page(
        self,
        filters: LedgerFilter,
        *,
        sort: str = "discovered_at",
        descending: bool = True,
        after: LedgerCursor | None = None,
        limit: int = 100,
    ) -> tuple[list[MatterRow], LedgerCursor | None]:
        """One page of the ledger as light rows, and the cursor of the next (None at the end)."""
        with self.office.db.transaction(read_only=True) as store:
            return store.matters.ledger_page(
                filters, sort=sort, descending=descending, after=after, limit=limit
            )

    # --- settings and time limits ---------------------------------------------------
    def time_limits(self) -> TimeLimits:
        return TimeLimits.from_setting(self.office.settings.get(SETTING_KEY))

    @writes
    def set_time_limits(self, limits: TimeLimits) -> None:
        """The report time limits per grade: an administrator's setting, audited."""
        self.office.require(Permission.SETTINGS_MANAGE)
        with self.office.db.transaction() as store:
            before = store.settings.get(SETTING_KEY)
            store.settings.set(SETTING_KEY, limits.to_setting())
            self.office.audit.record(
                store, AuditAction.UPDATE, "setting", SETTING_KEY, before=before, after=limits.to_setting()
            )

    def deadline(self, matter: MatterRecord | MatterRow, *, limits: TimeLimits | None = None) -> Deadline:
        return report_deadline(
            matter.grade,
            matter.discovered_at,
            now=self.office.clock(),
            reported_at=matter.reported_at,
            limits=limits or self.time_limits(),
        )

    def tag_choices(self) -> list[str]:
        return list(self.office.settings.get("matter_tags", list(DEFAULT_TAGS)))

    def measure_choices(self) -> list[str]:
        return list(self.office.settings.get("matter_measures", list(DEFAULT_MEASURES)))

    @writes
    def set_tag_choices(self, tags: list[str]) -> list[str]:
        cleaned = list(clean_tags(tags))
        self.office.require(Permission.SETTINGS_MANAGE)
        with self.office.db.transaction() as store:
            before = store.settings.get("matter_tags")
            store.settings.set("matter_tags", cleaned)
            self.office.audit.record(
                store, AuditAction.UPDATE, "setting", "matter_tags", before=before, after=cleaned
            )
        return cleaned


def _facts(record: MatterRecord) -> MatterFacts:
    return MatterFacts(
        grade=record.grade,
        summary=record.summary,
        reported_at=record.reported_at,
        unit_id=record.unit_id,
        measures=record.measures,
        outcome=record.outcome,
        follow_up_until=record.follow_up_until,
    )


def _check_unit(units: list[Any], unit_id: int | None) -> None:
    if unit_id is not None and unit_id not in {unit.id for unit in units}:
        raise ValidationError("未知的责任单位，请从列表中选择。", code="unknown_unit", field="unit_id")
