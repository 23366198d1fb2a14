"""A large demo office (`dutylog demo --years 10`): years of a busy office, loaded in bulk.

About 40 staff, a roster with the holiday calendar, ~274 log entries and ~27
matters a day (a million entries and 100,000 matters in ten years), evidence,
tags, measures, timelines and signed end-of-day briefings. Rows are generated
here and written by ``store.bulk`` (Core executemany) in blocks of days, each
block one transaction; the search index is built once at the end (see
dutylog.storage.repos.office.bulk). Deterministic for a seed and a day.
"""

from __future__ import annotations

import json
import random
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING, Any

from dutylog.demo import text as words
from dutylog.demo.bulk_text import DayText, staff_names
from dutylog.demo.office import demo_accounts
from dutylog.domain.briefings.briefing import content_hash
from dutylog.domain.enums import BriefingStatus, DutyRole, EntryKind, Grade, MatterStatus, Shift
from dutylog.domain.errors import ValidationError
from dutylog.domain.log.shifts import ShiftTimes
from dutylog.domain.matters.numbering import DEFAULT_PREFIX, format_number
from dutylog.domain.matters.rules import DEFAULT_MEASURES, DEFAULT_TAGS
from dutylog.office import DEFAULT_UNIT_NAME
from dutylog.services.roster.holidays import load_calendar

if TYPE_CHECKING:
    from dutylog.office import Office
    from dutylog.storage.database import Store

Progress = Callable[[str], None]
# (when, kind, text, author id, matter id, details) of one log entry before it gets its id.
EntryRow = tuple[datetime, EntryKind, str, int, int | None, dict[str, Any]]

ENTRIES_PER_DAY = 274
MATTERS_PER_DAY = 27.4
BLOCK_DAYS = 61  # days per transaction
INDEX_CHUNK = 100_000  # ids per search-index transaction
GRADE_WEIGHTS = ((Grade.ORDINARY, 70), (Grade.SERIOUS, 20), (Grade.MAJOR, 8), (Grade.EXTRAORDINARY, 2))
STEPS = list(MatterStatus)
RESPONSIBLE_UNITS = (
    "县教育局",
    "县卫健局",
    "县住建局",
    "县公安局",
    "南山镇政府",
    "县市场监管局",
    "县交通运输局",
)


@dataclass(frozen=True)
class BulkDemoOptions:
    years: float = 10
    scale: float = 1.0
    seed: int = 1

    @property
    def days(self) -> int:
        return max(1, round(self.years * 365.25 * self.scale))


@dataclass
class BulkDemoSummary:
    days: int = 0
    staff: int = 0
    duty_slots: int = 0
    log_entries: int = 0
    matters: int = 0
    evidence: int = 0
    briefings: int = 0
    seconds: dict[str, float] = field(default_factory=dict)


def fill_bulk_demo(
    office: Office, options: BulkDemoOptions, progress: Progress | None = None
) -> BulkDemoSummary:
    if not 0 < options.scale <= 1 or not 0 < options.years <= 20:
        raise ValidationError("--years 应在 0 到 20 之间，--scale 应在 0 到 1 之间。", code="bad_scale")
    return _BulkBuilder(office, options, progress or (lambda _message: None)).build()


class _BulkBuilder:
    def __init__(self, office: Office, options: BulkDemoOptions, progress: Progress) -> None:
        self.office = office
        self.options = options
        self.say = progress
        self.rng = random.Random(options.seed)
        self.now = office.clock()
        self.today = self.now.date()
        self.first = self.today - timedelta(days=options.days - 1)
        self.shifts = ShiftTimes()
        self.summary = BulkDemoSummary(days=options.days)
        self.matter_id = 0
        self.entry_id = 0
        self.briefing_id = 0
        self.seq_by_year: dict[int, int] = {}

    def build(self) -> BulkDemoSummary:
        with self.office.db.transaction() as store:
            if not store.is_empty():
                raise ValidationError(
                    "数据库中已有数据，演示数据只能写入空数据库。请用 --db 指定一个新文件。", code="not_empty"
                )
            store.bulk.tune_connection()
            for area in ("settings", "staff", "roster", "log", "matters", "briefings"):
                store.changes.bump(area)
            store.settings.set("unit_name", DEFAULT_UNIT_NAME)
            store.settings.set("matter_prefix", DEFAULT_PREFIX)
            self._staff(store)
            # Accounts as in the small demo, so that a benchmark can log in as the administrator.
            demo_accounts(store, self.now)
            self.calendar = load_calendar(store, self.first, self.today + timedelta(days=14))
            self.upkeep = store.bulk.search_upkeep()
            store.bulk.drop_search_upkeep(self.upkeep)
        try:
            self._load_days()
            self._build_index()
        finally:
            with self.office.db.transaction() as store:
                store.bulk.restore_search_upkeep(self.upkeep)
                store.bulk.reset_sequences()
                store.bulk.analyze()
        return self.summary

    # -- people -------------------------------------------------------------------------------

    def _staff(self, store: Store) -> None:
        units = [store.staff.ensure_unit(name) for name in (*words.UNITS, "信息报送科", "应急值守中心")]
        self.responsible = [store.staff.ensure_unit(name).id for name in RESPONSIBLE_UNITS]
        leaders, officers, standby = staff_names(self.rng)
        self.leaders = [
            store.staff.add(
                name=name, phone=self._phone(), unit_id=units[i % 2].id, title=title, roles=[DutyRole.LEADER]
            )
            for i, (name, title) in enumerate(leaders)
        ]
        self.officers = [
            store.staff.add(
                name=name,
                phone=self._phone(),
                unit_id=units[i % len(units)].id,
                title="科员",
                roles=[DutyRole.OFFICER],
            )
            for i, name in enumerate(officers)
        ]
        self.standby = [
            store.staff.add(
                name=name,
                phone=self._phone(),
                unit_id=units[0].id,
                title="科员",
                roles=[DutyRole.OFFICER, DutyRole.STANDBY],
            )
            for name in standby
        ]
        self.summary.staff = len(self.leaders) + len(self.officers) + len(self.standby)

    def _phone(self) -> str:
        return f"13{self.rng.randint(0, 9)}{self.rng.randint(10_000_000, 99_999_999)}"

    # -- days ---------------------------------------------------------------------------------

    def _load_days(self) -> None:
        last_roster_day = self.today + timedelta(days=14)
        day = self.first
        while day <= last_roster_day:
            block = _Block()
            for _ in range(BLOCK_DAYS):
                if day > last_roster_day:
                    break
                self._roster_day(block, day)
                if day <= self.today:
                    self._log_day(block, day)
                day += timedelta(days=1)
            with self.office.db.transaction() as store:
                block.write(store)
            self.summary.duty_slots += len(block.slots)
            self.say(
                f"{min(day, self.today + timedelta(days=1)) - timedelta(days=1)}: "
                f"{self.entry_id:,} log entries, {self.matter_id:,} matters"
            )
        with self.office.db.transaction() as store:
            store.bulk.insert_rows(
                "matter_counter", [{"year": y, "last_seq": s} for y, s in sorted(self.seq_by_year.items())]
            )
        self.summary.log_entries = self.entry_id
        self.summary.matters = self.matter_id
        self.summary.briefings = self.briefing_id

    def _roster_day(self, block: _Block, day: date) -> None:
        n = (day - self.first).days
        created = datetime.combine(day - timedelta(days=20), time(9, 0))
        day_officer = self.officers[n % len(self.officers)]
        night_officer = self.officers[(n + len(self.officers) // 2) % len(self.officers)]
        people = [
            (Shift.DAY, DutyRole.OFFICER, day_officer.id),
            (Shift.DAY, DutyRole.LEADER, self.leaders[n % len(self.leaders)].id),
            (Shift.NIGHT, DutyRole.OFFICER, night_officer.id),
            (Shift.NIGHT, DutyRole.LEADER, self.leaders[(n + 1) % len(self.leaders)].id),
        ]
        if self.calendar.is_rest_day(day):
            people.append((Shift.FULL, DutyRole.STANDBY, self.standby[n % len(self.standby)].id))
        for shift, role, staff_id in people:
            block.slots.append(
                {
                    "duty_date": day,
                    "shift": shift.value,
                    "role": role.value,
                    "staff_id": staff_id,
                    "note": "",
                    "created_at": created,
                    "origin": "generated",
                }
            )
        block.on_duty[day] = (day_officer.id, night_officer.id, self.leaders[n % len(self.leaders)])

    def _log_day(self, block: _Block, day: date) -> None:
        rng = self.rng
        day_officer, night_officer, leader = block.on_duty[day]
        busy = 1.6 if rng.random() < 0.05 else 1.0
        texts = DayText(rng)
        entries: list[EntryRow] = []
        found_today: list[tuple[str, str, Grade]] = []
        for _ in range(self._poisson(MATTERS_PER_DAY * busy)):
            entries.extend(self._matter(block, day, day_officer, leader.name, texts, found_today))
        target = round(ENTRIES_PER_DAY * busy * rng.uniform(0.9, 1.1))
        entries.append(
            (
                datetime.combine(day, time(8, 30)),
                EntryKind.HANDOVER,
                texts.handover(leader.name),
                day_officer,
                None,
                {},
            )
        )
        entries.append(
            (
                datetime.combine(day, time(17, 30)),
                EntryKind.HANDOVER,
                texts.handover(leader.name),
                night_officer,
                None,
                {},
            )
        )
        for _ in range(rng.randint(4, 12)):
            caller, line = texts.call()
            at = datetime.combine(day, time(8, 30)) + timedelta(minutes=rng.randint(0, 1430))
            entries.append(
                (
                    at,
                    EntryKind.CALL,
                    line,
                    self._author(at, day_officer, night_officer),
                    None,
                    {"caller": caller},
                )
            )
        while len(entries) < target:
            at = datetime.combine(day, time(0, 0)) + timedelta(minutes=rng.randint(0, 1439))
            sources, line = texts.patrol(at.hour)
            details = {"sources": sources, "result": "none"}
            entries.append(
                (at, EntryKind.PATROL, line, self._author(at, day_officer, night_officer), None, details)
            )
        entries.sort(key=lambda item: item[0])
        for at, kind, line, author, matter_id, details in entries:
            if at > self.now:
                continue
            self.entry_id += 1
            duty_date, shift = self.shifts.locate(at)
            block.entries.append(
                {
                    "id": self.entry_id,
                    "occurred_at": at,
                    "duty_date": duty_date,
                    "shift": shift.value,
                    "kind": kind.value,
                    "text": line,
                    "details": json.dumps(details, ensure_ascii=False),
                    "author_id": author,
                    "matter_id": matter_id,
                    "amends_id": None,
                    "created_at": at,
                    "version": 1,
                }
            )
        if not self.calendar.is_rest_day(day) or rng.random() < 0.44:
            self._briefing(block, day, day_officer, leader, found_today)

    def _author(self, at: datetime, day_officer: int, night_officer: int) -> int:
        return day_officer if self.shifts.locate(at)[1] is Shift.DAY else night_officer

    def _poisson(self, mean: float) -> int:
        # Normal approximation is plenty for a demo and much cheaper than exact sampling.
        return max(0, round(self.rng.gauss(mean, mean**0.5)))

    def _matter(
        self,
        block: _Block,
        day: date,
        officer: int,
        leader_name: str,
        texts: DayText,
        found_today: list[tuple[str, str, Grade]],
    ) -> list[EntryRow]:
        rng = self.rng
        found = datetime.combine(day, time(0, 0)) + timedelta(minutes=rng.randint(0, 1439))
        if found > self.now:
            return []
        grade = rng.choices([g for g, _ in GRADE_WEIGHTS], [w for _, w in GRADE_WEIGHTS])[0]
        self.matter_id += 1
        matter_id = self.matter_id
        seq = self.seq_by_year[found.year] = self.seq_by_year.get(found.year, 0) + 1
        number = format_number(DEFAULT_PREFIX, found.year, seq)
        source, place, title, summary, url, author = texts.matter()
        found_today.append((number, title, grade))
        age_days = (self.today - day).days
        reach = len(STEPS) - 1 if age_days > 10 else min(len(STEPS) - 1, age_days // 2 + rng.randint(0, 2))
        log: list[EntryRow] = [
            (
                found,
                EntryKind.MATTER_FOUND,
                f"发现舆情（{grade.zh}）：{title}。来源：{source}。",
                officer,
                matter_id,
                {},
            )
        ]
        when, status, reported = found, STEPS[0], None
        posts_removed = 0
        previous = None
        for step in STEPS[: reach + 1]:
            if step is not STEPS[0]:
                when = when + timedelta(minutes=rng.randint(10, 90 if grade.rank >= 2 else 600))
                if when > self.now:
                    break
            block.events.append(
                {
                    "matter_id": matter_id,
                    "at": when,
                    "actor_id": officer,
                    "from_status": previous,
                    "to_status": step.value,
                    "note": step.zh,
                }
            )
            previous, status = step.value, step
            if step is MatterStatus.REPORTED:
                reported = when
                if grade.rank >= 1:
                    line = f"{leader_name}批示：{rng.choice(words.INSTRUCTIONS)}（事项 {number}）"
                    log.append(
                        (
                            when + timedelta(minutes=5),
                            EntryKind.INSTRUCTION,
                            line,
                            officer,
                            matter_id,
                            {"leader": leader_name},
                        )
                    )
            elif step is MatterStatus.HANDLING:
                posts_removed = rng.randint(0, 12)
                log.append((when, EntryKind.OTHER, texts.progress(number, place), officer, matter_id, {}))
        closed = status is MatterStatus.CLOSED
        block.matters.append(
            {
                "id": matter_id,
                "number": number,
                "year": found.year,
                "seq": seq,
                "title": title,
                "summary": summary,
                "source": source,
                "url": url,
                "author_name": author,
                "published_at": found - timedelta(minutes=rng.randint(10, 600)),
                "discovered_at": found,
                "reported_at": reported,
                "grade": grade.value,
                "sentiment": "negative" if rng.random() < 0.8 else "neutral",
                "status": status.value,
                "unit_id": rng.choice(self.responsible),
                "outcome": rng.choice(words.OUTCOMES) if closed else "",
                "posts_removed": posts_removed,
                "follow_up_until": (day + timedelta(days=14)) if status is MatterStatus.FOLLOW_UP else None,
                "special_reported_at": found + timedelta(minutes=rng.randint(30, 200))
                if grade.rank >= 2
                else None,
                "voided_at": None,
                "void_reason": "",
                "created_by": officer,
                "created_at": found,
                "updated_at": when,
                "version": 1,
            }
        )
        for tag in rng.sample(DEFAULT_TAGS, rng.choice((1, 1, 2))):
            block.tags.append({"matter_id": matter_id, "tag": tag})
        for measure in rng.sample(DEFAULT_MEASURES, rng.randint(1, 3)):
            block.measures.append({"matter_id": matter_id, "measure": measure})
        if rng.random() < 0.3:
            data = f"{title}\n{url}\n{summary}\n".encode()
            block.evidence.append(
                {
                    "matter_id": matter_id,
                    "sha256": _sha256(data),
                    "filename": f"{number}-网页快照.txt",
                    "media_type": "text/plain",
                    "size": len(data),
                    "stored_in": "db",
                    "data": data,
                    "note": "网页文字备份",
                    "added_at": found + timedelta(minutes=3),
                    "added_by": officer,
                }
            )
            self.summary.evidence += 1
        return log

    def _briefing(
        self, block: _Block, day: date, officer: int, leader: Any, found: list[tuple[str, str, Grade]]
    ) -> None:
        drafted = datetime.combine(day, time(17, 0))
        signed_at = drafted + timedelta(minutes=self.rng.randint(20, 150))
        if signed_at > self.now:
            return
        self.briefing_id += 1
        title = f"{day.year}年{day.month}月{day.day}日网络舆情值班情况汇报"
        items = "".join(f"<li>{number} {name}（{grade.zh}）</li>" for number, name, grade in found)
        body = (
            f"<h2>一、总体情况</h2><p>今日共巡查各类平台，发现涉我县舆情 {len(found)} 条。</p>"
            f"<h2>二、舆情事项</h2><ol>{items}</ol><h2>三、下步工作</h2><p>继续做好舆情监测和跟踪处置。</p>"
        )
        instruction = self.rng.choice(words.INSTRUCTIONS)
        digest = content_hash(
            duty_date=day,
            shift=None,
            title=title,
            body_html=body,
            instruction=instruction,
            signed_by=leader.id,
            signed_at=signed_at,
        )
        block.briefings.append(
            {
                "id": self.briefing_id,
                "duty_date": day,
                "shift": None,
                "author_id": officer,
                "status": BriefingStatus.SIGNED.value,
                "title": title,
                "body_html": body,
                "instruction": instruction,
                "return_reason": "",
                "signed_by": leader.id,
                "signed_at": signed_at,
                "content_sha256": digest,
                "created_at": drafted,
                "updated_at": signed_at,
                "version": 3,
            }
        )
        steps = (
            (1, "drafted", BriefingStatus.DRAFT, officer, drafted, ""),
            (2, "submitted", BriefingStatus.SUBMITTED, officer, drafted + timedelta(minutes=10), ""),
            (3, "signed", BriefingStatus.SIGNED, leader.id, signed_at, digest),
        )
        for version, action, status, actor, at, sha in steps:
            block.versions.append(
                {
                    "briefing_id": self.briefing_id,
                    "version": version,
                    "action": action,
                    "status": status.value,
                    "actor_id": actor,
                    "at": at,
                    "title": title,
                    "body_html": body,
                    "note": instruction if action == "signed" else "",
                    "content_sha256": sha,
                }
            )

    # -- search index -------------------------------------------------------------------------

    def _build_index(self) -> None:
        with self.office.db.transaction() as store:
            if not store.bulk.is_sqlite:
                return
        for table, last in (("matter", self.matter_id), ("log_entry", self.entry_id)):
            for start in range(1, last + 1, INDEX_CHUNK):
                end = min(last, start + INDEX_CHUNK - 1)
                with self.office.db.transaction() as store:
                    store.bulk.tune_connection()
                    if table == "matter":
                        store.bulk.index_matters(start, end)
                    else:
                        store.bulk.index_log(start, end)
                self.say(f"search index: {table} {end:,}/{last:,}")


class _Block:
    """Rows of a run of days, written in one transaction."""

    def __init__(self) -> None:
        self.slots: list[dict[str, Any]] = []
        self.on_duty: dict[date, tuple[int, int, Any]] = {}
        self.matters: list[dict[str, Any]] = []
        self.tags: list[dict[str, Any]] = []
        self.measures: list[dict[str, Any]] = []
        self.events: list[dict[str, Any]] = []
        self.evidence: list[dict[str, Any]] = []
        self.entries: list[dict[str, Any]] = []
        self.briefings: list[dict[str, Any]] = []
        self.versions: list[dict[str, Any]] = []

    def write(self, store: Store) -> None:
        bulk = store.bulk
        bulk.insert_rows("duty_slot", self.slots)
        bulk.insert_rows("matter", self.matters)
        bulk.insert_rows("matter_tag", self.tags)
        bulk.insert_rows("matter_measure", self.measures)
        bulk.insert_rows("matter_event", self.events)
        bulk.insert_rows("evidence_file", self.evidence)
        bulk.insert_rows("log_entry", self.entries)
        bulk.insert_rows("briefing", self.briefings)
        bulk.insert_rows("briefing_version", self.versions)


def _sha256(data: bytes) -> str:
    import hashlib

    return hashlib.sha256(data).hexdigest()
