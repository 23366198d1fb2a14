"""Checks on text and times typed by people. Pure functions; raise ValidationError."""

from __future__ import annotations

import re
import unicodedata
from datetime import date, datetime, timedelta

from dutylog.domain.errors import ValidationError

# Control characters other than tab and newline never belong in a record; they
# usually arrive from a bad clipboard or a hostile import.
_FORBIDDEN_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")

TITLE_MAX = 200
NAME_MAX = 50
TEXT_MAX = 20_000


def clean_text(
    value: str | None,
    *,
    field: str,
    label: str,
    max_length: int,
    required: bool = True,
    multiline: bool = True,
) -> str:
    """Return ``value`` stripped of surrounding space, or raise a clear ValidationError.

    Text is otherwise stored exactly as typed: emoji and rare CJK characters
    outside the Basic Multilingual Plane are kept.
    """
    text = (value or "").replace("\r\n", "\n").replace("\r", "\n").strip()
    if not text:
        if required:
            raise ValidationError(f"请填写{label}。", code="required", field=field)
        return ""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        raise ValidationError(
            f"{label}含有无法保存的字符（可能来自剪贴板的残缺字符），请删除后重试。",
            code="bad_characters",
            field=field,
        ) from None
    if _FORBIDDEN_CONTROL.search(text) or (not multiline and ("\n" in text or "\t" in text)):
        raise ValidationError(
            f"{label}含有不可见的控制字符，请删除后重试。", code="bad_characters", field=field
        )
    text = unicodedata.normalize("NFC", text)
    if len(text) > max_length:
        raise ValidationError(
            f"{label}过长：{len(text)} 字，最多 {max_length} 字。", code="too_long", field=field
        )
    return text


def check_not_future(
    when: datetime, *, now: datetime, field: str, label: str, tolerance: timedelta = timedelta(minutes=5)
) -> None:
    """A log records what happened: a time later than now (beyond a small clock skew) is a typo."""
    if when > now + tolerance:
        raise ValidationError(
            f"{label}（{when:%Y-%m-%d %H:%M}）晚于当前时间，请检查。", code="in_future", field=field
        )


# Dates outside this window are typos (or hostile input) in a duty office's records.
EARLIEST = datetime(1990, 1, 1)
LATEST = datetime(2100, 12, 31, 23, 59, 59)


def check_date_range(when: date | datetime | None, *, field: str, label: str) -> None:
    """Reject dates before 1990 or after 2100 with a clear message."""
    if when is None:
        return
    moment = when if isinstance(when, datetime) else datetime.combine(when, datetime.min.time())
    if moment.tzinfo is not None:
        raise ValidationError(f"{label}不能带时区。", code="bad_time", field=field)
    if not EARLIEST <= moment <= LATEST:
        raise ValidationError(
            f"{label}（{when.isoformat()}）超出允许范围（1990 年至 2100 年）。",
            code="out_of_range",
            field=field,
        )


def check_order(
    earlier: datetime | None, later: datetime | None, *, field: str, earlier_label: str, later_label: str
) -> None:
    """Require ``earlier <= later`` when both are known."""
    if earlier is not None and later is not None and earlier > later:
        raise ValidationError(
            f"{earlier_label}（{earlier:%Y-%m-%d %H:%M}）不能晚于{later_label}（{later:%Y-%m-%d %H:%M}）。",
            code="time_order",
            field=field,
        )


_PHONE = re.compile(r"^[0-9+\-() ]{3,30}$")


def clean_phone(value: str | None) -> str:
    text = (value or "").strip()
    if text and not _PHONE.match(text):
        raise ValidationError(f"电话号码格式不正确：{text[:30]}", code="bad_phone", field="phone")
    return text
