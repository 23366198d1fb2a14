"""Matter numbers such as ``YQ-2026-0042``: a prefix, the year, a sequence restarting each year."""

from __future__ import annotations

import re

from dutylog.domain.errors import ValidationError

DEFAULT_PREFIX = "YQ"
_PREFIX = re.compile(r"^[A-Za-z0-9\u4e00-\u9fff]{1,10}$")


def check_prefix(prefix: str) -> str:
    text = prefix.strip()
    if not _PREFIX.match(text):
        raise ValidationError("编号前缀应为 1-10 个字母、数字或汉字。", code="bad_prefix", field="prefix")
    return text


def format_number(prefix: str, year: int, seq: int) -> str:
    return f"{prefix}-{year}-{seq:04d}"
