"""Cell values of an imported ledger: times in the many ways people type them, grades, measures, URLs.

Every parser raises `ValueError` whose message is a Chinese reason fit for the
dry-run table ("无法识别的日期：…").
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from functools import lru_cache
from urllib.parse import urlsplit

from dutylog.domain.enums import Grade, LabelledEnum, _label

# Excel's day zero (1900 date system, after its phantom 29 Feb 1900).
_EXCEL_EPOCH = datetime(1899, 12, 30)
# Serial numbers from 1960 to 2100: outside that a number is not a date in a duty ledger.
_SERIAL_MIN, _SERIAL_MAX = 21916, 73051


class MissingYear(ValueError):
    """A day and month without a year ("12月1日 下午3:05"): the caller may know the year."""


@dataclass(frozen=True, slots=True)
class When:
    """A parsed time; ``date_only`` when the cell named a day without a time of day."""

    value: datetime
    date_only: bool = False


_DATE = r"(?:(?P<y>\d{4})\s*[-/.年]\s*)?(?P<m>\d{1,2})\s*[-/.月]\s*(?P<d>\d{1,2})\s*[日号]?"
_TIME = (
    r"(?:[\sT,]*(?P<ampm>上午|早上|凌晨|中午|下午|晚上|傍晚|夜间)?\s*"
    r"(?P<H>\d{1,2})\s*(?:[:：时点]\s*(?:(?P<half>半)|(?P<M>\d{1,2}))?\s*(?:[:：分]\s*(?:(?P<S>\d{1,2})\s*秒?)?)?)?)?"
)
_DATETIME = re.compile(rf"^{_DATE}{_TIME}$")
_COMPACT = re.compile(
    r"^(?P<y>\d{4})(?P<m>\d{2})(?P<d>\d{2})(?:\s*(?P<H>\d{2}):?(?P<M>\d{2})(?::?(?P<S>\d{2}))?)?$"
)
_AFTERNOON = {"下午", "晚上", "傍晚", "夜间"}
# The way most ledgers (and our export) write a time: "2026-03-05 14:20", "2026/3/5 8:05". Read
# directly, the very same values _DATETIME reads from it, at a third of the cost.
_PLAIN = re.compile(r"(\d{4})[-/](\d{1,2})[-/](\d{1,2}) (\d{1,2}):(\d{2})")
_SERIAL_TEXT = re.compile(r"\d{5}(\.\d+)?")


def _from_serial(serial: float) -> When:
    if not _SERIAL_MIN <= serial <= _SERIAL_MAX:
        raise ValueError(f"数字 {serial:g} 不是有效的日期")
    moment = _EXCEL_EPOCH + timedelta(days=serial)
    # Excel stores minutes as binary fractions: round to the second it meant.
    moment = (moment + timedelta(microseconds=500_000)).replace(microsecond=0)
    return When(moment, date_only=float(serial).is_integer())


def parse_when(value: object, *, default_year: int | None = None) -> When | None:
    """A cell to a time, or None for an empty cell.

    Accepts datetime/date cells, Excel serial numbers, and text such as
    2026-3-5, 2026/03/05 14:20, 2026年3月5日, 2026.3.5, 2026年3月5日14时20分,
    3月5日 下午2:20 (with ``default_year``) and 20260305.
    """
    if value is None:
        return None
    if isinstance(value, datetime):
        return When(value.replace(microsecond=0), date_only=value.time() == time(0))
    if isinstance(value, date):
        return When(datetime.combine(value, time(0)), date_only=True)
    if isinstance(value, bool):
        raise ValueError(f"无法识别的日期：{value}")
    if isinstance(value, int | float):
        if 19000101 <= value <= 21001231 and float(value).is_integer():
            return parse_when(str(int(value)))
        return _from_serial(float(value))
    text = unicodedata.normalize("NFKC", str(value)).strip()
    if not text:
        return None
    plain = _PLAIN.fullmatch(text)
    if plain is not None:
        y, m, d, hh, mm = (int(part) for part in plain.groups())
        try:
            return When(datetime(y, m, d, hh, mm))
        except ValueError:
            pass  # a day or hour that does not exist: the general reading below says which
    shown = text[:40]
    if _SERIAL_TEXT.fullmatch(text):
        return _from_serial(float(text))
    found = _DATETIME.match(text) or _COMPACT.match(text)
    if found is None:
        raise ValueError(f"无法识别的日期：{shown}")
    parts = found.groupdict()
    if parts["y"] is None:
        if default_year is None:
            raise MissingYear(f"日期缺少年份：{shown}")
        year = default_year
    else:
        year = int(parts["y"])
    hour = int(parts["H"]) if parts.get("H") else None
    ampm = parts.get("ampm")
    afternoon = ampm in _AFTERNOON or (ampm == "中午" and hour is not None and hour < 6)
    if hour is not None and afternoon and hour < 12:
        hour += 12
    try:
        day = date(year, int(parts["m"]), int(parts["d"]))
        minute = 30 if parts.get("half") else int(parts["M"] or 0)
        clock = time(hour or 0, minute, int(parts["S"] or 0))
    except ValueError:
        raise ValueError(f"日期或时间不存在：{shown}") from None
    return When(datetime.combine(day, clock), date_only=hour is None)


_GRADE_ALIASES: dict[str, Grade] = {
    "iv": Grade.ORDINARY,
    "4": Grade.ORDINARY,
    "iii": Grade.SERIOUS,
    "3": Grade.SERIOUS,
    "ii": Grade.MAJOR,
    "2": Grade.MAJOR,
    "i": Grade.EXTRAORDINARY,
    "1": Grade.EXTRAORDINARY,
    "特别重大": Grade.EXTRAORDINARY,
    "重特大": Grade.EXTRAORDINARY,
    "普通": Grade.ORDINARY,
    "一般性": Grade.ORDINARY,
    "较重大": Grade.SERIOUS,
    "严重": Grade.MAJOR,
}


def parse_grade(value: object) -> Grade | None:
    """一般/较大/重大/特大 with their usual decorations ("一般舆情", "Ⅳ级", "特别重大"), or None if empty."""
    if value is None:
        return None
    return _grade_of(str(value))


@lru_cache(maxsize=1024)  # a ledger repeats a handful of grade spellings
def _grade_of(raw: str) -> Grade | None:
    text = unicodedata.normalize("NFKC", raw).strip()
    if not text:
        return None
    key = re.sub(r"\s+", "", text)
    key = re.sub(r"(舆情|事件|事项|级别|等级|级)$", "", key) or key
    alias = _GRADE_ALIASES.get(key.lower())
    if alias is not None:
        return alias
    try:
        return Grade.parse(key)
    except ValueError:
        raise ValueError(f"未知的等级：{text[:20]}（应为 一般、较大、重大 或 特大）") from None


class HandlingMeasure(LabelledEnum):
    """Handling measures (处置措施) an office applies to a matter."""

    GUIDE_REPLIES = "guide_replies"
    AUTHORITATIVE_RELEASE = "authoritative_release"
    COLD_TREATMENT = "cold_treatment"
    DELETE_POSTS = "delete_posts"
    REPORT_TO_PLATFORM = "report_to_platform"
    EXPLANATION = "explanation"
    REFERRAL = "referral"
    PRESS_CONFERENCE = "press_conference"


_label(
    HandlingMeasure,
    {
        "guide_replies": ("跟帖引导", "Guide replies"),
        "authoritative_release": ("发布权威信息", "Authoritative release"),
        "cold_treatment": ("冷处理", "Cold treatment"),
        "delete_posts": ("删帖", "Delete posts"),
        "report_to_platform": ("举报", "Report to platform"),
        "explanation": ("情况说明", "Explanation"),
        "referral": ("转交办", "Referral"),
        "press_conference": ("新闻发布", "Press conference"),
    },
)

_MEASURE_WORDS: tuple[tuple[str, HandlingMeasure], ...] = (
    ("跟帖引导", HandlingMeasure.GUIDE_REPLIES),
    ("评论引导", HandlingMeasure.GUIDE_REPLIES),
    ("正面引导", HandlingMeasure.GUIDE_REPLIES),
    ("网评引导", HandlingMeasure.GUIDE_REPLIES),
    ("跟帖", HandlingMeasure.GUIDE_REPLIES),
    ("引导", HandlingMeasure.GUIDE_REPLIES),
    ("发布权威信息", HandlingMeasure.AUTHORITATIVE_RELEASE),
    ("权威发布", HandlingMeasure.AUTHORITATIVE_RELEASE),
    ("新闻通稿", HandlingMeasure.AUTHORITATIVE_RELEASE),
    ("发布通报", HandlingMeasure.AUTHORITATIVE_RELEASE),
    ("官方回应", HandlingMeasure.AUTHORITATIVE_RELEASE),
    ("发布声明", HandlingMeasure.AUTHORITATIVE_RELEASE),
    ("冷处理", HandlingMeasure.COLD_TREATMENT),
    ("删帖", HandlingMeasure.DELETE_POSTS),
    ("删除", HandlingMeasure.DELETE_POSTS),
    ("举报", HandlingMeasure.REPORT_TO_PLATFORM),
    ("情况说明", HandlingMeasure.EXPLANATION),
    ("转交办", HandlingMeasure.REFERRAL),
    ("转办", HandlingMeasure.REFERRAL),
    ("交办", HandlingMeasure.REFERRAL),
    ("转交", HandlingMeasure.REFERRAL),
    ("新闻发布会", HandlingMeasure.PRESS_CONFERENCE),
    ("新闻发布", HandlingMeasure.PRESS_CONFERENCE),
    ("发布会", HandlingMeasure.PRESS_CONFERENCE),
)
_MEASURE_SPLIT = re.compile(r"[、，,;；/|\n]+")
_COUNT = re.compile(r"(\d+)\s*[条个篇则]?")


_WORDS_LONGEST_FIRST = sorted(_MEASURE_WORDS, key=lambda pair: len(pair[0]), reverse=True)


def _measures_in(part: str) -> list[HandlingMeasure]:
    """Every measure named in ``part`` ("冷处理 权威发布" names two), in the order written."""
    hits: list[tuple[int, HandlingMeasure]] = []
    remaining = part
    for word, measure in _WORDS_LONGEST_FIRST:
        index = remaining.find(word)
        while index >= 0:
            hits.append((index, measure))
            remaining = remaining[:index] + "\0" * len(word) + remaining[index + len(word) :]
            index = remaining.find(word)
    return [measure for _index, measure in sorted(hits, key=lambda hit: hit[0])]


@dataclass(frozen=True, slots=True)
class MeasureParse:
    measures: tuple[HandlingMeasure, ...]
    posts_removed: int
    unknown: tuple[str, ...]


def parse_measures(value: object) -> MeasureParse:
    """Split "跟帖引导、删帖3条；情况说明" into known measures, the posts removed and the rest."""
    return _measures_of("" if value is None else str(value))


@lru_cache(maxsize=4096)  # measure texts repeat from row to row
def _measures_of(raw: str) -> MeasureParse:
    text = unicodedata.normalize("NFKC", raw).strip()
    found: list[HandlingMeasure] = []
    unknown: list[str] = []
    removed = 0
    for raw in _MEASURE_SPLIT.split(text):
        part = raw.strip()
        if not part:
            continue
        hits = _measures_in(part)
        if not hits:
            unknown.append(part)
            continue
        for measure in hits:
            if measure not in found:
                found.append(measure)
        if HandlingMeasure.DELETE_POSTS in hits:
            count = _COUNT.search(part)
            if count:
                removed += int(count.group(1))
    return MeasureParse(tuple(found), removed, tuple(unknown))


_HOST = re.compile(r"^(localhost|[a-z0-9\u4e00-\u9fff-]+(\.[a-z0-9\u4e00-\u9fff-]+)+|\d{1,3}(\.\d{1,3}){3})$")
# Most URLs in a ledger: http(s), a lower-case ASCII host that _HOST takes, no port or user, a
# path of printable ASCII. Such a URL is well formed as it stands; urlsplit is for the others.
_PLAIN_URL = re.compile(r"https?://[a-z0-9-]+(?:\.[a-z0-9-]+)+(?:/[!-~]*)?")
_SPACE = re.compile(r"\s")


def parse_url(value: object) -> str:
    """A well-formed http(s) URL; "www.x.com/a" gains "http://". Empty stays empty."""
    text = "" if value is None else str(value).strip()
    if not text:
        return ""
    if len(text) <= 2000 and _PLAIN_URL.fullmatch(text):
        return text
    shown = text[:60]
    if _SPACE.search(text) or len(text) > 2000:
        raise ValueError(f"网址格式不正确（含空格或过长）：{shown}")
    if "://" not in text:
        text = "http://" + text
    try:
        parts = urlsplit(text)
        host = (parts.hostname or "").lower()
        port_ok = parts.port is None or parts.port > 0
    except ValueError:
        raise ValueError(f"网址格式不正确：{shown}") from None
    if parts.scheme.lower() not in ("http", "https") or not port_ok or not _HOST.match(host):
        raise ValueError(f"网址格式不正确：{shown}")
    return text


def parse_count(value: object) -> int:
    """A non-negative whole number such as 3, "3", "3条"; empty is 0."""
    if value is None or value == "":
        return 0
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    found = re.fullmatch(r"\s*(\d+)\s*[条个篇则]?\s*", str(value))
    if found is None:
        raise ValueError(f"应为非负整数：{str(value)[:20]}")
    return int(found.group(1))
