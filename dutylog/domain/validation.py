"""Checks on text and times typed by people. Pure functions; raise ValidationError."""

from __future__ import annotations

import re
import unicodedata
from datetime import date, datetime, timedelta

from dutylog.domain.errors import ValidationError
from dutylog.domain.text import (
    code_point,
    first_bidi_control,
    first_invisible,
    normalize_name,
    notify,
    remove_zero_width,
)

# Control characters other than tab and newline never belong in a record; they
# usually arrive from a bad clipboard or a hostile import (C1 from mis-decoded files).
_FORBIDDEN_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
# Unicode's line and paragraph separators are line breaks pasted from other programs.
_SEPARATORS = str.maketrans({"\u2028": "\n", "\u2029": "\n"})

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

    Text is otherwise stored as typed (NFC): emoji and rare CJK characters outside the
    Basic Multilingual Plane are kept. Bidirectional controls are refused; zero-width
    characters and BOMs are removed and a notice says so (see `dutylog.domain.text`).
    """
    text = (value or "").replace("\r\n", "\n").replace("\r", "\n").translate(_SEPARATORS).strip()
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
    bidi = first_bidi_control(text)
    if bidi is not None:
        raise ValidationError(
            f"{label}含有改变文字显示方向的控制字符（{code_point(bidi)}），"
            "显示出的顺序会与实际内容不同，请删除后重试。",
            code="bad_characters",
            field=field,
        )
    text, removed = remove_zero_width(text)
    text = unicodedata.normalize("NFC", text.strip())
    if not text:
        if required:
            raise ValidationError(f"请填写{label}。", code="required", field=field)
        return ""
    if len(text) > max_length:
        raise ValidationError(
            f"{label}过长：{len(text)} 字，最多 {max_length} 字。", code="too_long", field=field
        )
    if removed:
        notify(f"{label}中的 {removed} 个不可见字符（零宽字符或 BOM）已删除。")
    return text


def clean_name(
    value: str | None,
    *,
    field: str,
    label: str,
    max_length: int,
    required: bool = True,
    fold_punctuation: bool = False,
) -> str:
    """A name (account, person, unit, holiday) that cannot pass for another one.

    NFKC-normalised, trimmed, white space single; refused when it holds a control,
    format or other invisible character (``ad\u200bmin``, ``admin\u202e``). Compare
    names with `dutylog.domain.text.name_key`, never as stored. ``fold_punctuation``
    folds fullwidth punctuation too (identifiers such as account names).
    """
    raw = (value or "").strip()
    bad = first_invisible(raw)
    if bad is not None:
        raise ValidationError(
            f"{label}含有不可见的控制或格式字符（{code_point(bad)}），名称中不能使用，请删除后重试。",
            code="bad_characters",
            field=field,
        )
    name = normalize_name(raw, keep_fullwidth_punctuation=not fold_punctuation)
    if not name:
        if required:
            raise ValidationError(f"请填写{label}。", code="required", field=field)
        return ""
    if len(name) > max_length:
        raise ValidationError(
            f"{label}过长：{len(name)} 字，最多 {max_length} 字。", code="too_long", field=field
        )
    return name


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
