"""The patrol schedule (巡查安排) and which scheduled patrols were done, due or missed.

A duty day has patrols at set times (08:30, 12:00, 17:30 by default) over a fixed list
of sources; in a 24-hour special period night patrols follow at a set interval until the
next morning's first patrol. A scheduled patrol is *due* from its time until its window
closes (60 minutes later by default), *done* when a patrol entry was recorded inside that
window, *missed* when the window closed without one, and *upcoming* before its time.
Pure rules: the service reads the settings and the log and passes them in.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any

from dutylog.domain.enums import LabelledEnum, _label
from dutylog.domain.errors import ValidationError

DEFAULT_TIMES = (time(8, 30), time(12, 0), time(17, 30))
DEFAULT_SOURCES = ("门户网站", "本地论坛", "12345热线", "县长信箱", "短视频账号")
DEFAULT_WINDOW_MINUTES = 60
DEFAULT_NIGHT_INTERVAL_MINUTES = 120
MAX_PATROLS = 24


class PatrolStatus(LabelledEnum):
    UPCOMING = "upcoming"
    DUE = "due"
    DONE = "done"
    MISSED = "missed"


_label(
    PatrolStatus,
    {
        "upcoming": ("未到时间", "Upcoming"),
        "due": ("应巡查", "Due"),
        "done": ("已巡查", "Done"),
        "missed": ("未按时完成", "Missed"),
    },
)


def parse_times(text: str | Iterable[str]) -> tuple[time, ...]:
    """ "08:30,12:00,17:30" (or a list of "HH:MM") -> sorted, distinct times; refuses bad input."""
    parts = text.replace("，", ",").split(",") if isinstance(text, str) else list(text)
    times: list[time] = []
    for part in (str(p).strip() for p in parts):
        if not part:
            continue
        try:
            hours, minutes = part.split(":")
            if len(minutes) != 2 or not hours.isdigit() or not minutes.isdigit():
                raise ValueError(part)
            times.append(time(int(hours), int(minutes)))
        except ValueError:
            raise ValidationError(
                f"巡查时间格式应为 HH:MM，多个时间用逗号分隔，例如 08:30,12:00,17:30：{part[:20]}",
                code="bad_time",
                field="times",
            ) from None
    if not times:
        raise ValidationError("请至少设置一个巡查时间。", code="required", field="times")
    if len(set(times)) != len(times):
        raise ValidationError("巡查时间不能重复。", code="duplicate", field="times")
    if len(times) > MAX_PATROLS:
        raise ValidationError(f"每天最多设置 {MAX_PATROLS} 次巡查。", code="too_many", field="times")
    return tuple(sorted(times))


@dataclass(frozen=True)
class PatrolSchedule:
    times: tuple[time, ...] = DEFAULT_TIMES
    sources: tuple[str, ...] = DEFAULT_SOURCES
    window_minutes: int = DEFAULT_WINDOW_MINUTES
    # Night patrols of a 24-hour special period; 0 means none.
    night_interval_minutes: int = DEFAULT_NIGHT_INTERVAL_MINUTES

    def __post_init__(self) -> None:
        if not 5 <= self.window_minutes <= 240:
            raise ValidationError(
                "巡查时限应在 5 到 240 分钟之间。", code="bad_window", field="window_minutes"
            )
        if self.night_interval_minutes and not 30 <= self.night_interval_minutes <= 720:
            raise ValidationError(
                "夜间巡查间隔应在 30 到 720 分钟之间（0 表示不安排）。",
                code="bad_interval",
                field="night_interval_minutes",
            )

    def as_setting(self) -> dict[str, Any]:
        return {
            "times": [f"{t:%H:%M}" for t in self.times],
            "sources": list(self.sources),
            "window_minutes": self.window_minutes,
            "night_interval_minutes": self.night_interval_minutes,
        }

    @classmethod
    def from_setting(cls, data: Any) -> PatrolSchedule:
        """The stored setting; a missing or damaged one gives the defaults, never an error."""
        if not isinstance(data, dict):
            return cls()
        try:
            return cls(
                times=parse_times(data.get("times") or [f"{t:%H:%M}" for t in DEFAULT_TIMES]),
                sources=tuple(str(s) for s in data.get("sources", DEFAULT_SOURCES) if str(s).strip()),
                window_minutes=int(data.get("window_minutes", DEFAULT_WINDOW_MINUTES)),
                night_interval_minutes=int(
                    data.get("night_interval_minutes", DEFAULT_NIGHT_INTERVAL_MINUTES)
                ),
            )
        except (ValidationError, ValueError, TypeError):
            return cls()

    def moments(self, duty_date: date, *, round_the_clock: bool = False) -> list[datetime]:
        """The scheduled patrols of a duty day; with ``round_the_clock`` the night ones too."""
        found = [datetime.combine(duty_date, t) for t in self.times]
        if round_the_clock and self.night_interval_minutes:
            step = timedelta(minutes=self.night_interval_minutes)
            until = datetime.combine(duty_date + timedelta(days=1), self.times[0])
            moment = found[-1] + step
            while moment < until:
                found.append(moment)
                moment += step
        return found


@dataclass(frozen=True)
class PatrolEntry:
    """A patrol entry of the log, as the schedule needs it."""

    id: int
    occurred_at: datetime
    author_name: str = ""
    sources: tuple[str, ...] = ()
    found: bool = False


def patrol_entry(
    entry_id: int, occurred_at: datetime, author_name: str, details: dict[str, Any]
) -> PatrolEntry:
    """A patrol entry from a log entry's facts: the sources ticked and whether it found anything."""
    sources = details.get("sources") or []
    return PatrolEntry(
        id=entry_id,
        occurred_at=occurred_at,
        author_name=author_name,
        sources=tuple(str(s) for s in sources) if isinstance(sources, list) else (),
        found=details.get("result") == "found",
    )


@dataclass(frozen=True)
class PatrolSlot:
    at: datetime
    due_until: datetime
    status: PatrolStatus
    entry: PatrolEntry | None = None
    # The officers on duty then: the ones the patrol was asked of.
    officers: tuple[str, ...] = field(default=())

    def as_dict(self) -> dict[str, Any]:
        entry = self.entry
        return {
            "time": f"{self.at:%H:%M}",
            "at": self.at.isoformat(timespec="minutes"),
            "due_until": self.due_until.isoformat(timespec="minutes"),
            "status": self.status.value,
            "officers": list(self.officers),
            "entry": None
            if entry is None
            else {
                "id": entry.id,
                "at": entry.occurred_at.isoformat(timespec="minutes"),
                "author": entry.author_name,
                "sources": list(entry.sources),
                "found": entry.found,
            },
        }


def patrol_slots(
    moments: Sequence[datetime],
    entries: Iterable[PatrolEntry],
    *,
    now: datetime,
    window: timedelta,
) -> list[PatrolSlot]:
    """Each scheduled moment with its status; an entry covers at most one patrol (the earliest open one)."""
    unused = sorted(entries, key=lambda e: (e.occurred_at, e.id))
    slots: list[PatrolSlot] = []
    for at in sorted(moments):
        end = at + window
        entry = next((e for e in unused if at <= e.occurred_at < end), None)
        if entry is not None:
            unused.remove(entry)
            status = PatrolStatus.DONE
        elif now < at:
            status = PatrolStatus.UPCOMING
        elif now < end:
            status = PatrolStatus.DUE
        else:
            status = PatrolStatus.MISSED
        slots.append(PatrolSlot(at, end, status, entry))
    return slots


def patrol_summary(slots: Sequence[PatrolSlot], patrols_done: int) -> str:
    """ "应巡查3次，实际巡查2次，17:30巡查未按时完成" (``patrols_done``: every patrol entry of the day)."""
    text = f"应巡查{len(slots)}次，实际巡查{patrols_done}次"
    missed = [f"{s.at:%H:%M}" for s in slots if s.status is PatrolStatus.MISSED]
    pending = [f"{s.at:%H:%M}" for s in slots if s.status in (PatrolStatus.DUE, PatrolStatus.UPCOMING)]
    if missed:
        text += f"，{'、'.join(missed)}巡查未按时完成"
    if pending:
        text += f"，{'、'.join(pending)}巡查尚未进行"
    return text


@dataclass
class PatrolTally:
    """One person's patrols over a period: asked of them, done in time, missed."""

    name: str
    scheduled: int = 0
    done: int = 0
    missed: int = 0

    def as_dict(self) -> dict[str, Any]:
        return {"name": self.name, "scheduled": self.scheduled, "done": self.done, "missed": self.missed}


def tally(slots: Iterable[PatrolSlot]) -> list[PatrolTally]:
    """Per person: a done patrol counts for whoever wrote it, a missed one for the officers on duty."""
    people: dict[str, PatrolTally] = {}

    def of(name: str) -> PatrolTally:
        return people.setdefault(name, PatrolTally(name))

    for slot in slots:
        if slot.status is PatrolStatus.DONE and slot.entry is not None:
            person = of(slot.entry.author_name or "（未署名）")
            person.scheduled += 1
            person.done += 1
        elif slot.status is PatrolStatus.MISSED:
            for name in slot.officers or ("（未排班）",):
                person = of(name)
                person.scheduled += 1
                person.missed += 1
    return sorted(people.values(), key=lambda t: (-t.missed, t.name))
