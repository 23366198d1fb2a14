"""Which source column fills which ledger field: one model for the GUI dialog, the CLI and
the mappings remembered per header layout.

Each field comes from at most one column; a column may fill several fields
(``--map 发现时间=发布时间`` reads the discovery time from the 发布时间 column, which
still fills the publish time). Every column that fills no field is kept with the
matter as an extra field, so nothing the office typed is dropped.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from dutylog.domain.errors import ValidationError
from dutylog.domain.matters.ledger_fields import SYNONYMS, LedgerField, map_headers, normalize_header
from dutylog.domain.matters.ledger_status import is_completion_header

SETTING_PREFIX = "ledger_mapping."
# The right-hand side of ``--map 列=附加``: keep the column as an extra field, fill no field.
KEEP_WORDS = frozenset({"附加", "附加字段", "保留", "不导入", "extra", "none", "-"})
EXTRA_NAME_MAX = 100
# What an import does with a row repeating a recorded matter (``--on-duplicate``).
ON_DUPLICATE = ("fail", "skip", "update")


def layout_key(headers: Sequence[str]) -> str:
    """The settings key of a header layout: the same headers in the same order give the same key."""
    joined = "\x1f".join(normalize_header(h) for h in headers)
    return SETTING_PREFIX + hashlib.sha256(joined.encode("utf-8")).hexdigest()[:24]


def extra_name(headers: Sequence[str], index: int) -> str:
    header = headers[index].strip() if index < len(headers) else ""
    return (header or f"第{index + 1}列")[:EXTRA_NAME_MAX]


def parse_field(text: str) -> LedgerField | None:
    """A field by its code, Chinese label or a header synonym; None if the text names none."""
    key = normalize_header(text)
    for target in LedgerField:
        if key in (target.value, normalize_header(target.zh), normalize_header(target.en)):
            return target
    for target, names in SYNONYMS.items():
        if key in names:
            return target
    return None


@dataclass(frozen=True)
class LedgerMapping:
    """Field -> column index (0-based) for one header layout."""

    headers: tuple[str, ...]
    fields: Mapping[LedgerField, int] = field(default_factory=dict)

    @classmethod
    def guess(cls, headers: Sequence[str]) -> LedgerMapping:
        return cls.from_columns(headers, map_headers(headers))

    @classmethod
    def from_columns(cls, headers: Sequence[str], columns: Mapping[int, LedgerField]) -> LedgerMapping:
        """From the dialog's one-field-per-column choice; the first column wins a doubled field."""
        fields: dict[LedgerField, int] = {}
        for index, target in sorted(columns.items()):
            fields.setdefault(target, index)
        return cls(tuple(headers), fields)

    def columns(self) -> dict[int, LedgerField]:
        """Column -> its first field (in the fields' order), as the dialog shows one per column."""
        shown: dict[int, LedgerField] = {}
        for target in LedgerField:
            index = self.fields.get(target)
            if index is not None:
                shown.setdefault(index, target)
        return shown

    def fields_of(self, index: int) -> tuple[LedgerField, ...]:
        return tuple(target for target in LedgerField if self.fields.get(target) == index)

    def extra_columns(self, width: int) -> list[int]:
        """Columns (of a row ``width`` wide) filling no field: their text is kept as extra fields.

        A leader's instruction fills a field and is kept as written too.
        """
        used = set(self.fields.values())
        instruction = self.fields.get(LedgerField.INSTRUCTION)
        return [i for i in range(max(width, len(self.headers))) if i not in used or i == instruction]

    def missing(self, required: Sequence[LedgerField]) -> list[LedgerField]:
        return [target for target in required if target not in self.fields]

    def to_setting(self) -> dict[str, object]:
        return {"headers": list(self.headers), "fields": {t.value: i for t, i in self.fields.items()}}

    @classmethod
    def from_setting(cls, headers: Sequence[str], value: object) -> LedgerMapping | None:
        """A remembered mapping for exactly these headers, or None if it does not fit."""
        if not isinstance(value, dict) or value.get("headers") != list(headers):
            return None
        raw = value.get("fields")
        if not isinstance(raw, dict):
            return None
        fields: dict[LedgerField, int] = {}
        for code, index in raw.items():
            try:
                target = LedgerField(code)
            except ValueError:
                return None
            if not isinstance(index, int) or not 0 <= index < len(headers):
                return None
            fields[target] = index
        return cls(tuple(headers), fields)

    def with_specs(self, specs: Sequence[str]) -> LedgerMapping:
        """Apply ``源列=字段`` (or ``字段=源列``) choices in order; ``源列=附加`` keeps a column as extra."""
        fields = dict(self.fields)
        for spec in specs:
            index, target = self._resolve(spec)
            if target is None:
                fields = {t: i for t, i in fields.items() if i != index}
            else:
                fields[target] = index
        return LedgerMapping(self.headers, fields)

    def _resolve(self, spec: str) -> tuple[int, LedgerField | None]:
        left, sep, right = spec.replace("＝", "=").partition("=")
        left, right = left.strip(), right.strip()
        if not sep or not left or not right:
            raise ValidationError(
                f"列对应“{spec[:60]}”格式不正确，应为 源列=字段（例如 发布时间=发现时间）。",
                code="bad_mapping",
                field="mapping",
            )
        column = self.column_named(left)
        if column is not None:
            if normalize_header(right) in KEEP_WORDS:
                return column, None
            target = parse_field(right)
            if target is not None:
                return column, target
            raise ValidationError(
                f"列对应“{spec[:60]}”：未知的字段“{right[:20]}”（可用：{_field_list()}，或“附加”）。",
                code="bad_mapping",
                field="mapping",
            )
        column, target = self.column_named(right), parse_field(left)
        if column is not None and target is not None:
            return column, target
        shown = "、".join(h for h in self.headers if h) or "无"
        raise ValidationError(
            f"列对应“{spec[:60]}”：文件中没有名为“{left[:30]}”的列（文件中的列：{shown[:300]}）。",
            code="bad_mapping",
            field="mapping",
        )

    def column_named(self, name: str) -> int | None:
        """The column whose header is ``name`` (exactly, then as normalised), or "第N列"."""
        for index, header in enumerate(self.headers):
            if header.strip() == name:
                return index
        key = normalize_header(name)
        for index, header in enumerate(self.headers):
            if key and normalize_header(header) == key:
                return index
        if name.startswith("第") and name.endswith("列") and name[1:-1].isdigit():
            index = int(name[1:-1]) - 1
            if 0 <= index < len(self.headers):
                return index
        return None


def _field_list() -> str:
    return "、".join(target.zh for target in LedgerField)


@dataclass(frozen=True)
class ColumnFate:
    """Where one source column went: which fields it fills, whether its text is kept."""

    index: int
    name: str
    fields: tuple[LedgerField, ...]
    kept: bool
    filled: int  # rows with something in this column

    @property
    def kind(self) -> str:
        if self.fields:
            return "mapped"
        return "extra" if self.filled else "empty"

    def describe(self) -> str:
        empty = "（本列全部为空）" if not self.filled else ""
        if LedgerField.INSTRUCTION in self.fields:
            others = [f.zh for f in self.fields if f is not LedgerField.INSTRUCTION]
            also = f"，并填入{'、'.join(others)}" if others else ""
            return f"→ 领导批示：记入事项时间线，原文保留为附加字段{also}{empty}"
        if self.fields:
            return f"→ {'、'.join(f.zh for f in self.fields)}{empty}"
        if not self.filled:
            return "空列，没有可导入的内容"
        judge = "，并据此判定办结" if is_completion_header(self.name) else ""
        return f"保留为附加字段“{self.name}”{judge}"


def column_fates(mapping: LedgerMapping, filled: Sequence[int]) -> list[ColumnFate]:
    """The fate of every column, ``filled[i]`` being how many rows have text in column i."""
    width = max(len(mapping.headers), len(filled))
    kept = set(mapping.extra_columns(width))
    return [
        ColumnFate(
            index,
            extra_name(mapping.headers, index),
            mapping.fields_of(index),
            index in kept and (filled[index] if index < len(filled) else 0) > 0,
            filled[index] if index < len(filled) else 0,
        )
        for index in range(width)
    ]
