"""One ledger row to one matter to import, with every problem found on the way.

Pure: the caller reads the file, this module decides what each row means.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from dutylog.domain.enums import Grade, MatterStatus
from dutylog.domain.errors import ValidationError
from dutylog.domain.matters.ledger_fields import LedgerField
from dutylog.domain.matters.ledger_values import (
    HandlingMeasure,
    When,
    parse_count,
    parse_grade,
    parse_measures,
    parse_url,
    parse_when,
)
from dutylog.domain.matters.rules import MatterFacts, check_required
from dutylog.domain.text import code_point, first_bidi_control, remove_zero_width
from dutylog.domain.validation import TITLE_MAX

# Maximum lengths of the matter's columns.
_LIMITS = {
    LedgerField.TITLE: TITLE_MAX,
    LedgerField.SOURCE: 100,
    LedgerField.AUTHOR: 100,
    LedgerField.UNIT: 100,
    LedgerField.SUMMARY: 20_000,
    LedgerField.OUTCOME: 20_000,
    LedgerField.NOTE: 5_000,
    LedgerField.SEQ: 40,
    LedgerField.TAGS: 200,
    LedgerField.STATUS: 20,
}
_FUTURE_TOLERANCE = timedelta(minutes=5)


@dataclass(frozen=True, slots=True)
class RowProblem:
    """A reason a row cannot be imported (error) or is imported with a change (warning)."""

    row: int  # 1-based, as the spreadsheet shows it
    column: str  # the file's header text, or the field's label
    reason: str
    is_error: bool = True


@dataclass(frozen=True, slots=True)
class ImportedRow:
    """A ledger row ready to become a matter."""

    row: int
    title: str
    discovered_at: datetime
    grade: Grade
    status: MatterStatus
    seq_text: str = ""
    summary: str = ""
    url: str = ""
    source: str = ""
    author: str = ""
    published_at: datetime | None = None
    reported_at: datetime | None = None
    measures: tuple[HandlingMeasure, ...] = ()
    posts_removed: int = 0
    outcome: str = ""
    unit: str = ""
    tags: tuple[str, ...] = ()
    note: str = ""


@dataclass
class RowContext:
    """What every row of one file shares."""

    mapping: Mapping[int, LedgerField]
    headers: Sequence[str]
    now: datetime
    default_year: int | None = None
    column_of: dict[LedgerField, int] = field(init=False)

    def __post_init__(self) -> None:
        self.column_of = {f: index for index, f in self.mapping.items()}

    def header(self, target: LedgerField) -> str:
        index = self.column_of.get(target)
        if index is not None and index < len(self.headers) and self.headers[index]:
            return self.headers[index]
        return target.zh


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, datetime):
        return f"{value:%Y-%m-%d %H:%M}"
    text = str(value).replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "").strip()
    return unicodedata.normalize("NFC", text)


def is_blank(cells: Sequence[object]) -> bool:
    return all(cell is None or (isinstance(cell, str) and not cell.strip()) for cell in cells)


def build_row(
    row_number: int, cells: Sequence[object], ctx: RowContext
) -> tuple[ImportedRow | None, list[RowProblem]]:
    """Interpret one row; returns (row or None when it has errors, problems)."""
    problems: list[RowProblem] = []

    def cell(target: LedgerField) -> object:
        index = ctx.column_of.get(target)
        return cells[index] if index is not None and index < len(cells) else None

    def problem(target: LedgerField, reason: str, *, error: bool = True) -> None:
        problems.append(RowProblem(row_number, ctx.header(target), reason, error))

    def text(target: LedgerField, *, single_line: bool = False) -> str:
        # The rules of typed text (validation.clean_text), told per cell: a bidi control is
        # an error, removed zero-width characters a warning.
        value, removed = remove_zero_width(_text(cell(target)))
        if removed:
            value = unicodedata.normalize("NFC", value.strip())
            problem(target, f"已删除 {removed} 个不可见字符（零宽字符或 BOM）", error=False)
        bidi = first_bidi_control(value)
        if bidi is not None:
            problem(target, f"含有改变文字显示方向的控制字符（{code_point(bidi)}），请删除后再导入")
        if single_line:
            value = " ".join(value.split())
        limit = _LIMITS.get(target)
        if limit is not None and len(value) > limit:
            problem(target, f"过长：{len(value)} 字，最多 {limit} 字")
        return value

    def when(target: LedgerField) -> When | None:
        try:
            return parse_when(cell(target), default_year=ctx.default_year)
        except ValueError as exc:
            problem(target, str(exc))
            return None

    title = text(LedgerField.TITLE, single_line=True)
    if not title:
        problem(LedgerField.TITLE, "标题为空")
    discovered = when(LedgerField.DISCOVERED_AT)
    published = when(LedgerField.PUBLISHED_AT)
    reported = when(LedgerField.REPORTED_AT)
    if discovered is None and not any(p.column == ctx.header(LedgerField.DISCOVERED_AT) for p in problems):
        problem(LedgerField.DISCOVERED_AT, "发现时间为空")
    _check_times(published, discovered, reported, ctx, problem)

    grade = Grade.ORDINARY
    try:
        grade = parse_grade(cell(LedgerField.GRADE)) or Grade.ORDINARY
    except ValueError as exc:
        problem(LedgerField.GRADE, str(exc))

    url = ""
    try:
        url = parse_url(cell(LedgerField.URL))
    except ValueError as exc:
        problem(LedgerField.URL, str(exc))

    outcome = text(LedgerField.OUTCOME)
    parsed = parse_measures(cell(LedgerField.MEASURES))
    if parsed.unknown:
        extra = "、".join(parsed.unknown)
        problem(LedgerField.MEASURES, f"未识别的处置措施“{extra}”将写入处置结果", error=False)
        outcome = f"{outcome}\n其他处置：{extra}".strip()
    posts_removed = parsed.posts_removed
    if LedgerField.POSTS_REMOVED in ctx.column_of:
        try:
            posts_removed = parse_count(cell(LedgerField.POSTS_REMOVED)) or posts_removed
        except ValueError as exc:
            problem(LedgerField.POSTS_REMOVED, str(exc))
    measures = parsed.measures
    if posts_removed and HandlingMeasure.DELETE_POSTS not in measures:
        measures = (*measures, HandlingMeasure.DELETE_POSTS)

    status = _status(outcome, measures, reported)
    status_text = text(LedgerField.STATUS, single_line=True)
    if status_text:
        try:
            status = MatterStatus.parse(status_text.removeprefix("已").removesuffix("中"))
        except ValueError:
            problem(
                LedgerField.STATUS,
                f"未知的状态：{status_text[:20]}（应为 发现、核实、报送、处置、跟踪 或 办结）",
            )
    summary, note = text(LedgerField.SUMMARY), text(LedgerField.NOTE)
    facts = MatterFacts(
        grade=grade,
        summary=summary or note,
        reported_at=reported.value if reported else None,
        measures=[m.zh for m in measures],
        outcome=outcome,
    )
    status = _settle_status(status, facts, lambda reason: problem(LedgerField.STATUS, reason, error=False))

    tags_text = text(LedgerField.TAGS, single_line=True)
    tags = tuple(dict.fromkeys(t.strip() for t in _split_tags(tags_text) if t.strip()))
    row = None
    if discovered is not None and not any(p.is_error for p in problems):
        row = ImportedRow(
            row=row_number,
            title=title,
            discovered_at=discovered.value,
            grade=grade,
            status=status,
            seq_text=text(LedgerField.SEQ, single_line=True),
            summary=summary,
            url=url,
            source=text(LedgerField.SOURCE, single_line=True),
            author=text(LedgerField.AUTHOR, single_line=True),
            published_at=published.value if published else None,
            reported_at=reported.value if reported else None,
            measures=measures,
            posts_removed=posts_removed,
            outcome=outcome,
            unit=text(LedgerField.UNIT, single_line=True),
            tags=tags,
            note=note,
        )
        if any(p.is_error for p in problems):  # a too-long field found while building
            row = None
    return row, problems


def _split_tags(text: str) -> list[str]:
    for sep in "，,;；/":
        text = text.replace(sep, "、")
    return text.split("、")


def _settle_status(status: MatterStatus, facts: MatterFacts, warn: Callable[[str], None]) -> MatterStatus:
    """Keep an open matter at a step whose required fields it has, so the workflow can go on.

    A closed row is history: it stays closed even when the old ledger lacks a field
    today's workflow asks for, with a warning.
    """
    if status is MatterStatus.CLOSED:
        try:
            check_required(status, facts)
        except ValidationError as exc:
            warn(f"按“办结”导入，但{exc.message}")
        return status
    wanted = status
    while status.step > 0:
        try:
            check_required(status, facts)
            break
        except ValidationError:
            status = list(MatterStatus)[status.step - 1]
    if status is not wanted:
        warn(f"缺少“{wanted.zh}”所需的信息，按“{status.zh}”导入")
    return status


def _status(outcome: str, measures: Sequence[HandlingMeasure], reported: When | None) -> MatterStatus:
    """An old ledger row with an outcome is history; without one it is still being worked on."""
    if outcome:
        return MatterStatus.CLOSED
    if measures:
        return MatterStatus.HANDLING
    if reported is not None:
        return MatterStatus.REPORTED
    return MatterStatus.FOUND


def _check_times(
    published: When | None,
    discovered: When | None,
    reported: When | None,
    ctx: RowContext,
    problem: Callable[..., None],
) -> None:
    for target, moment in (
        (LedgerField.PUBLISHED_AT, published),
        (LedgerField.DISCOVERED_AT, discovered),
        (LedgerField.REPORTED_AT, reported),
    ):
        if moment is not None and moment.value > ctx.now + _FUTURE_TOLERANCE:
            problem(target, f"{target.zh}（{moment.value:%Y-%m-%d %H:%M}）晚于当前时间")
    pairs = (
        (published, discovered, LedgerField.PUBLISHED_AT, LedgerField.DISCOVERED_AT),
        (discovered, reported, LedgerField.DISCOVERED_AT, LedgerField.REPORTED_AT),
    )
    for earlier, later, earlier_field, later_field in pairs:
        if earlier is not None and later is not None and not _in_order(earlier, later):
            problem(
                earlier_field,
                f"{earlier_field.zh}（{earlier.value:%Y-%m-%d %H:%M}）晚于"
                f"{later_field.zh}（{later.value:%Y-%m-%d %H:%M}）",
            )


def _in_order(earlier: When, later: When) -> bool:
    """A day without a time of day is compared by the day only."""
    if earlier.date_only or later.date_only:
        return earlier.value.date() <= later.value.date()
    return earlier.value <= later.value


@dataclass(frozen=True, slots=True)
class LedgerLine:
    """A matter as the exported ledger shows it."""

    number: str
    title: str
    grade: Grade
    status: MatterStatus
    discovered_at: datetime
    published_at: datetime | None = None
    reported_at: datetime | None = None
    summary: str = ""
    source: str = ""
    url: str = ""
    author: str = ""
    measures: tuple[str, ...] = ()  # Chinese labels
    posts_removed: int = 0
    outcome: str = ""
    unit: str = ""
    tags: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class ImportedFile:
    """A ledger file already imported, remembered by its SHA-256."""

    sha256: str
    file_name: str
    imported_at: datetime
    row_count: int
    first_number: str
    last_number: str
    sheet: str = ""

    @property
    def sheet_label(self) -> str:
        return f"（工作表“{self.sheet}”）" if self.sheet else ""
