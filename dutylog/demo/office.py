"""Demo data: a realistic small office with a roster, patrols, matters, calls and handovers.

The office is shown mid-flow: yesterday's briefing waits for the leader's signature,
today's is a draft, and the most serious matters carry a screenshot and a saved page.

Deterministic for a given seed and day: the same command on the same date builds
the same office. Refuses to touch a database that already has records.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING, Any

from dutylog.demo import text as words
from dutylog.demo.briefings import DutyPair, add_demo_briefings
from dutylog.demo.evidence import DemoMatter, add_demo_evidence
from dutylog.demo.plans import add_demo_plans
from dutylog.domain.enums import DutyRole, EntryKind, Grade, MatterStatus, Shift, UserRole
from dutylog.domain.errors import ValidationError
from dutylog.domain.log.shifts import ShiftTimes
from dutylog.domain.matters.numbering import DEFAULT_PREFIX, format_number
from dutylog.domain.matters.records import MatterRecord
from dutylog.domain.matters.rules import DEFAULT_MEASURES, DEFAULT_TAGS, DELETE_MEASURE
from dutylog.domain.roster.staff import StaffRecord
from dutylog.office import DEFAULT_UNIT_NAME
from dutylog.services.accounts.accounts import hash_password

if TYPE_CHECKING:
    from dutylog.office import Office
    from dutylog.storage.database import Store

MAX_DAYS = 3660
GRADE_WEIGHTS = ((Grade.ORDINARY, 70), (Grade.SERIOUS, 20), (Grade.MAJOR, 8), (Grade.EXTRAORDINARY, 2))


@dataclass(frozen=True)
class DemoOptions:
    days: int = 60
    seed: int = 1
    future_roster_days: int = 14


@dataclass(frozen=True)
class DemoSummary:
    staff: int
    duty_slots: int
    log_entries: int
    matters: int
    accounts: int = 0
    briefings: int = 0
    evidence: int = 0


# Every demo person logs in under their own name with this password; the
# administrator is "admin". Printed by `dutylog demo`, documented in README.
DEMO_PASSWORD = "demo1234"
DEMO_ADMIN = "admin"


def fill_demo(office: Office, options: DemoOptions) -> DemoSummary:
    if not 1 <= options.days <= MAX_DAYS:
        raise ValidationError(f"--days 应在 1 到 {MAX_DAYS} 之间。", code="bad_days", field="days")
    with office.db.transaction() as store:
        if not store.is_empty():
            raise ValidationError(
                "数据库中已有数据，演示数据只能写入空数据库。请用 --db 指定一个新文件。", code="not_empty"
            )
        for area in ("settings", "staff", "roster", "log", "matters", "briefings"):
            store.changes.bump(area)
        builder = _Builder(store, office.clock(), options)
        summary = builder.build()
        summary = replace(
            summary,
            accounts=demo_accounts(store, office.clock()),
            briefings=add_demo_briefings(office, store, builder.on_duty, office.clock().date()),
            evidence=add_demo_evidence(office, builder.matters, options.seed),
        )
        # The demo bypasses the services for speed; one audit record says where the data came from.
        office.audit.record(store, "import", "database", None, after={"demo": summary, "seed": options.seed})
        add_demo_plans(office)  # through the services, in the same transaction
        return summary


def demo_accounts(store: Store, now: datetime) -> int:
    """An account per person (leaders review and sign, the others are officers) and an administrator."""
    digest = hash_password(DEMO_PASSWORD)  # one hash for all: argon2 is slow on purpose
    store.users.add(username=DEMO_ADMIN, role=UserRole.ADMIN, password_hash=digest, staff_id=None, now=now)
    people = store.staff.all()
    for person in people:
        role = UserRole.SUPERVISOR if DutyRole.LEADER in person.roles else UserRole.OFFICER
        store.users.add(username=person.name, role=role, password_hash=digest, staff_id=person.id, now=now)
    return len(people) + 1


class _Builder:
    def __init__(self, store: Store, now: datetime, options: DemoOptions) -> None:
        self.store = store
        self.now = now
        self.options = options
        self.rng = random.Random(options.seed)
        # A second stream for matter details, so adding them left the rest of the demo unchanged.
        self.detail_rng = random.Random(options.seed * 7919 + 1)
        self.slots = 0
        self.entries = 0
        self.matter_count = 0
        self.open_matters: list[tuple[int, str, Grade]] = []
        self.matters: list[DemoMatter] = []
        self.shifts = ShiftTimes()
        self.on_duty: dict[date, DutyPair] = {}

    def build(self) -> DemoSummary:
        self.store.settings.set("unit_name", DEFAULT_UNIT_NAME)
        self.store.settings.set("matter_prefix", DEFAULT_PREFIX)
        leaders, officers = self._staff()
        today = self.now.date()
        first = today - timedelta(days=self.options.days - 1)
        day = first
        while day <= today + timedelta(days=self.options.future_roster_days):
            leader = leaders[(day - first).days % len(leaders)]
            officer = officers[(day - first).days % len(officers)]
            self._assign(day, leader, DutyRole.LEADER)
            self._assign(day, officer, DutyRole.OFFICER)
            if day <= today:
                self._log_day(day, officer, leader)
                self.on_duty[day] = DutyPair(officer_id=officer.id, leader_id=leader.id)
            day += timedelta(days=1)
        self._roster_calendar(today, officers)
        return DemoSummary(
            staff=len(leaders) + len(officers) + len(words.STANDBY),
            duty_slots=self.slots,
            log_entries=self.entries,
            matters=self.matter_count,
        )

    def _staff(self) -> tuple[list[StaffRecord], list[StaffRecord]]:
        units = [self.store.staff.ensure_unit(name) for name in words.UNITS]
        leaders = [
            self.store.staff.add(
                name=name, phone=self._phone(), unit_id=units[i % 3].id, title=title, roles=[DutyRole.LEADER]
            )
            for i, (name, title) in enumerate(words.LEADERS)
        ]
        officers = [
            self.store.staff.add(
                name=name,
                phone=self._phone(),
                unit_id=units[i % 3].id,
                title="科员",
                roles=[DutyRole.OFFICER],
            )
            for i, name in enumerate(words.OFFICERS)
        ]
        for name in words.STANDBY:
            self.store.staff.add(
                name=name,
                phone=self._phone(),
                unit_id=units[0].id,
                title="科员",
                roles=[DutyRole.OFFICER, DutyRole.STANDBY],
            )
        return leaders, officers

    def _roster_calendar(self, today: date, officers: list[StaffRecord]) -> None:
        """A special period around New Year and one officer's leave early next year."""
        year = today.year
        self.store.duty_calendar.add_special_period(
            "元旦前后敏感时期", date(year, 12, 30), date(year + 1, 1, 2), "24小时值守，白班夜班轮换"
        )
        self.store.duty_calendar.add_leave(
            officers[1].id, date(year + 1, 1, 5), date(year + 1, 1, 9), "年休假"
        )

    def _phone(self) -> str:
        return f"13{self.rng.randint(0, 9)}{self.rng.randint(10_000_000, 99_999_999)}"

    def _assign(self, day: date, person: StaffRecord, role: DutyRole) -> None:
        created = datetime.combine(day - timedelta(days=20), time(9, 0))
        self.store.roster.assign(
            duty_date=day,
            shift=Shift.FULL,
            role=role,
            staff_id=person.id,
            created_at=created,
            origin="generated",
        )
        self.slots += 1

    def _at(self, day: date, hour: int, minute_span: int = 40, minute: int = 0) -> datetime:
        start = datetime.combine(day, time(hour, minute))
        return start + timedelta(minutes=self.rng.randint(0, minute_span))

    def _entry(
        self,
        when: datetime,
        kind: EntryKind,
        text: str,
        author: StaffRecord,
        matter_id: int | None = None,
        details: dict[str, Any] | None = None,
    ) -> None:
        if when > self.now:
            return
        duty_date, shift = self.shifts.locate(when)
        self.store.log.add(
            occurred_at=when,
            duty_date=duty_date,
            shift=shift,
            kind=kind,
            text=text,
            created_at=when,
            author_id=author.id,
            matter_id=matter_id,
            details=details,
        )
        self.entries += 1

    def _log_day(self, day: date, officer: StaffRecord, leader: StaffRecord) -> None:
        # Morning, noon and evening patrols at the default schedule's times (08:30, 12:00,
        # 17:30); two days ago the evening patrol was missed, as the patrol view shows.
        for (hour, minute), label in (((8, 35), "早间"), ((12, 0), "午间"), ((17, 30), "晚间")):
            if label == "晚间" and day == self.now.date() - timedelta(days=2):
                continue
            sources = self.rng.sample(words.SOURCES, 4)
            self._entry(
                self._at(day, hour, minute=minute),
                EntryKind.PATROL,
                f"{label}巡查：{'、'.join(sources)}，未发现涉我县负面舆情。",
                officer,
                details={"sources": sources, "result": "none"},
            )
        if self.rng.random() < 0.45:
            self._matter(day, officer, leader)
        if self.rng.random() < 0.3:
            caller = self.rng.choice(words.CALLERS)
            text = self.rng.choice(words.CALL_TEXTS).format(p=self.rng.choice(words.PLACES))
            self._entry(
                self._at(day, 10, 120),
                EntryKind.CALL,
                f"{caller}：{text}",
                officer,
                details={"caller": caller},
            )
        handed = "、".join(number for _id, number, _g in self.open_matters[-3:]) or "无"
        self._entry(
            datetime.combine(day, time(17, 25)),
            EntryKind.HANDOVER,
            f"交接班：未办结事项 {handed}；设备运行正常，交{leader.name}带班期间值守人员继续关注。",
            officer,
            details={"open_matters": [number for _id, number, _g in self.open_matters[-3:]]},
        )

    def _matter(self, day: date, officer: StaffRecord, leader: StaffRecord) -> None:
        grade = self.rng.choices([g for g, _ in GRADE_WEIGHTS], [w for _, w in GRADE_WEIGHTS])[0]
        found = self._at(day, 9, 420)
        if found > self.now:
            return
        source = self.rng.choice(words.SOURCES)
        place = self.rng.choice(words.PLACES)
        title = self.rng.choice(words.TOPICS).format(p=place)
        url = words.SOURCE_HOSTS[source].format(n=self.rng.randint(10**8, 10**9))
        seq = self.store.matters.last_seq(found.year) + 1
        matter = self.store.matters.add(
            number=format_number(DEFAULT_PREFIX, found.year, seq),
            year=found.year,
            seq=seq,
            title=title,
            grade=grade,
            status=MatterStatus.FOUND,
            discovered_at=found,
            published_at=found - timedelta(minutes=self.rng.randint(10, 300)),
            source=source,
            url=url,
            summary=(
                f"{source}出现涉及{place}的帖文，"
                f"阅读量{self.rng.randint(2, 80)}千，评论{self.rng.randint(5, 400)}条。"
            ),
            author_name=self.rng.choice(words.AUTHORS),
            created_by=officer.id,
            now=found,
        )
        self.matter_count += 1
        self._entry(
            found,
            EntryKind.MATTER_FOUND,
            f"发现舆情（{grade.zh}）：{title}。来源：{source}。",
            officer,
            matter.id,
        )
        age_days = (self.now.date() - day).days
        # Older matters have travelled further along the workflow.
        steps = list(MatterStatus)[1:]
        reach = min(len(steps), age_days // 2 + self.rng.randint(0, 2))
        when = found
        matter = self._matter_details(matter, None)
        for status in steps[:reach]:
            when = when + timedelta(minutes=self.rng.randint(10, 90 if grade.rank >= 2 else 240))
            if when > self.now:
                break
            removed = self.rng.randint(1, 12) if status is MatterStatus.HANDLING else None
            matter = self._matter_details(matter, status, removed)
            matter = self.store.matters.advance(
                matter.id,
                to_status=status,
                at=when,
                actor_id=officer.id,
                reported_at=when if status is MatterStatus.REPORTED else None,
                posts_removed=removed,
                note=status.zh,
            )
            if status is MatterStatus.REPORTED and grade.rank >= 1:
                self._entry(
                    when + timedelta(minutes=5),
                    EntryKind.INSTRUCTION,
                    f"{leader.name}批示：{self.rng.choice(words.INSTRUCTIONS)}（事项 {matter.number}）",
                    officer,
                    matter.id,
                    details={"leader": leader.name},
                )
        if reach < len(steps):
            self.open_matters.append((matter.id, matter.number, grade))
        self.matters.append(DemoMatter(matter, officer.id))

    def _matter_details(
        self, matter: MatterRecord, next_status: MatterStatus | None, removed: int | None = None
    ) -> MatterRecord:
        """Fill what the next workflow step requires, as an officer would before clicking it."""
        rng = self.detail_rng
        values: dict[str, Any] = {}
        tags: list[str] | None = None
        measures: list[str] | None = None
        if next_status is None:
            tags = rng.sample(DEFAULT_TAGS, rng.randint(1, 2))
        elif next_status is MatterStatus.HANDLING:
            measures = rng.sample([m for m in DEFAULT_MEASURES if m != DELETE_MEASURE], rng.randint(1, 2))
            if removed:
                measures.append(DELETE_MEASURE)
        elif next_status is MatterStatus.FOLLOW_UP:
            values["follow_up_until"] = matter.discovered_at.date() + timedelta(days=rng.choice((3, 7, 15)))
        elif next_status is MatterStatus.CLOSED:
            values["outcome"] = rng.choice(words.OUTCOMES)
        if not values and tags is None and measures is None:
            return matter
        return self.store.matters.update(
            matter.id,
            expected_version=matter.version,
            now=matter.updated_at or matter.discovered_at,
            values=values,
            tags=tags,
            measures=measures,
        )
