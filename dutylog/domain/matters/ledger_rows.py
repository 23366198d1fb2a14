"""One ledger row to one matter to import, with every problem found on the way.

Pure: the caller reads the file, this module decides what each row means.
`LedgerLine` and `ImportedFile` live in ledger_lines and are re-exported here.
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime

from dutylog.domain.enums import Grade, MatterStatus
from dutylog.domain.errors import ValidationError
from dutylog.domain.matters.ledger_dates import check_time_order, is_date_header, read_times
from dutylog.domain.matters.ledger_fields import LedgerField
from dutylog.domain.matters.ledger_lines import ImportedFile, LedgerLine
from dutylog.domain.matters.ledger_mapping import LedgerMapping, extra_name
from dutylog.domain.matters.ledger_status import (
    DEFAULT_DONE_WORDS,
    StatusFinding,
    is_completion_header,
    status_in_text,
)
from dutylog.domain.matters.ledger_values import (
    HandlingMeasure,
    MissingYear,
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
    LedgerField.INSTRUCTION: 20_000,
}
EXTRA_TEXT_MAX = 20_000
_TIME_FIELDS = (LedgerField.PUBLISHED_AT, LedgerField.DISCOVERED_AT, LedgerField.REPORTED_AT)


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
    # The leader's instruction (领导批示), for the matter's timeline.
    instruction: str = ""
    # Columns that fill no field, kept with the matter as written: (header, text).
    extras: tuple[tuple[str, str], ...] = ()
    # The cell that decided the status, as the dry run shows it.
    status_basis: str = ""


@dataclass
class RowContext:
    """What every row of one file shares."""

    mapping: Mapping[int, LedgerField] | LedgerMapping
    headers: Sequence[str]
    now: datetime
    default_year: int | None = None
    done_words: Sequence[str] = DEFAULT_DONE_WORDS
    # The file's dominant year, known after a first pass; until then rows needing it wait.
    file_year: int | None = None
    defer: bool = False
    layout: LedgerMapping = field(init=False)
    column_of: dict[LedgerField, int] = field(init=False)
    years: Counter[int] = field(init=False, default_factory=Counter)
    deferred: list[tuple[int, Sequence[object]]] = field(init=False, default_factory=list)
    _extras: dict[int, list[int]] = field(init=False, default_factory=dict)
    _headers: dict[LedgerField, str] = field(init=False, default_factory=dict)

    def __post_init__(self) -> None:
        if isinstance(self.mapping, LedgerMapping):
            self.layout = self.mapping
        else:
            self.layout = LedgerMapping.from_columns(self.headers, self.mapping)
        self.column_of = dict(self.layout.fields)

    def header(self, target: LedgerField) -> str:
        found = self._headers.get(target)  # asked several times per row: once per file is enough
        if found is None:
            index = self.column_of.get(target)
            if index is not None and index < len(self.headers) and self.headers[index]:
                found = self.headers[index]
            else:
                found = target.zh
            self._headers[target] = found
        return found

    def extra_columns(self, width: int) -> list[int]:
        found = self._extras.get(width)
        if found is None:
            found = self._extras[width] = self.layout.extra_columns(width)
        return found

    def extra_name(self, index: int) -> str:
        return extra_name(self.headers, index)


def _text(value: object) -> str:
    if value is None:
        return ""
    if type(value) is str:  # most cells: no float, datetime or str() to consider
        text = value
    else:
        if isinstance(value, float) and value.is_integer():
            value = int(value)
        if isinstance(value, datetime):
            return f"{value:%Y-%m-%d %H:%M}" if value.second == 0 else f"{value:%Y-%m-%d %H:%M:%S}"
        text = str(value)
    if "\r" in text or "\x00" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "")
    return unicodedata.normalize("NFC", text.strip())


def is_blank(cells: Sequence[object]) -> bool:
    return all(cell is None or (isinstance(cell, str) and not cell.strip()) for cell in cells)


def build_row(
    row_number: int, cells: Sequence[object], ctx: RowContext
) -> tuple[ImportedRow | None, list[RowProblem]]:
    """Interpret one row; returns (row or None when it has errors, problems).

    With ``ctx.defer``, a row whose yearless date needs the file's dominant year is
    put aside in ``ctx.deferred`` (no row, no problems) to be built again later.
    """
    problems: list[RowProblem] = []

    def cell(target: LedgerField) -> object:
        index = ctx.column_of.get(target)
        return cells[index] if index is not None and index < len(cells) else None

    def problem(target: LedgerField | str, reason: str, *, error: bool = True) -> None:
        column = ctx.header(target) if isinstance(target, LedgerField) else target
        problems.append(RowProblem(row_number, column, reason, error))

    def clean(target: LedgerField | str, raw: object, limit: int | None, single_line: bool) -> str:
        # The rules of typed text (validation.clean_text), told per cell: a bidi control is
        # an error, removed zero-width characters a warning.
        if raw is None:  # half the calls (fields the ledger has no column for): nothing to check
            return ""
        value, removed = remove_zero_width(_text(raw))
        if removed:
            value = unicodedata.normalize("NFC", value.strip())
            problem(target, f"已删除 {removed} 个不可见字符（零宽字符或 BOM）", error=False)
        bidi = first_bidi_control(value)
        if bidi is not None:
            problem(target, f"含有改变文字显示方向的控制字符（{code_point(bidi)}），请删除后再导入")
        if single_line:
            value = " ".join(value.split())
        if limit is not None and len(value) > limit:
            problem(target, f"过长：{len(value)} 字，最多 {limit} 字")
        return value

    def text(target: LedgerField, *, single_line: bool = False) -> str:
        index = ctx.column_of.get(target)
        if index is None or index >= len(cells) or cells[index] is None:
            return ""  # as clean() of an empty cell, without the calls
        return clean(target, cells[index], _LIMITS.get(target), single_line)

    extras = _extras(cells, ctx, clean, problem)
    times = read_times(
        {ctx.header(t): cell(t) for t in _TIME_FIELDS if t in ctx.column_of},
        other_years=extras.years,
        title_year=ctx.default_year,
        file_year=ctx.file_year,
        defer=ctx.defer,
    )
    if times.needs_file_year:
        ctx.deferred.append((row_number, cells))
        return None, []
    ctx.years.update(times.years)
    for column, reason in times.errors:
        problem(column, reason)
    for column, reason in times.notices:
        problem(column, reason, error=False)

    def when(target: LedgerField) -> When | None:
        return times.values.get(ctx.header(target)) if target in ctx.column_of else None

    title = text(LedgerField.TITLE, single_line=True)
    if not title:
        problem(LedgerField.TITLE, "标题为空")
    discovered = when(LedgerField.DISCOVERED_AT)
    published = when(LedgerField.PUBLISHED_AT)
    reported = when(LedgerField.REPORTED_AT)
    if discovered is None and not any(p.column == ctx.header(LedgerField.DISCOVERED_AT) for p in problems):
        problem(LedgerField.DISCOVERED_AT, "发现时间为空")
    check_time_order(published, discovered, reported, ctx.now, problem)

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

    status_text = text(LedgerField.STATUS, single_line=True)
    finding = _status(
        status_text, extras.completion, text(LedgerField.OUTCOME), measures, reported, ctx, problem
    )
    summary, note = text(LedgerField.SUMMARY), text(LedgerField.NOTE)
    facts = MatterFacts(
        grade=grade,
        summary=summary or note,
        reported_at=reported.value if reported else None,
        measures=[m.zh for m in measures],
        outcome=outcome,
    )
    status_column = finding.column or ctx.header(LedgerField.STATUS)
    _check_status(finding.status, facts, lambda reason: problem(status_column, reason, error=False))

    tags_text = text(LedgerField.TAGS, single_line=True)
    tags = tuple(dict.fromkeys(t.strip() for t in _split_tags(tags_text) if t.strip()))
    instruction = text(LedgerField.INSTRUCTION)
    row = None
    if discovered is not None and not any(p.is_error for p in problems):
        row = ImportedRow(
            row=row_number,
            title=title,
            discovered_at=discovered.value,
            grade=grade,
            status=finding.status,
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
            instruction=instruction,
            extras=extras.kept,
            status_basis=finding.basis,
        )
        if any(p.is_error for p in problems):  # a too-long field found while building
            row = None
    return row, problems


@dataclass
class _Extras:
    kept: tuple[tuple[str, str], ...]
    years: list[tuple[str, int]]
    completion: tuple[str, str] | None  # (header, cell) of a filled 办结时间


def _extras(
    cells: Sequence[object],
    ctx: RowContext,
    clean: Callable[[str, object, int | None, bool], str],
    problem: Callable[..., None],
) -> _Extras:
    """The unmapped columns' text, the years their dates name, and a completion time."""
    kept: list[tuple[str, str]] = []
    years: list[tuple[str, int]] = []
    completion: tuple[str, str] | None = None
    for index in ctx.extra_columns(len(cells)):
        raw = cells[index] if index < len(cells) else None
        name = ctx.extra_name(index)
        value = clean(name, raw, EXTRA_TEXT_MAX, False)
        if not value:
            continue
        kept.append((name, value))
        if not is_date_header(name):
            continue
        try:
            moment = parse_when(raw)
        except MissingYear:
            moment = None
        except ValueError as exc:
            # Text such as "已办结" in 办结时间 is kept as written; a day that cannot exist is an error.
            if str(exc).startswith("日期或时间不存在"):
                problem(name, str(exc))
            moment = None
        if moment is not None:
            years.append((name, moment.value.year))
        if completion is None and is_completion_header(name):
            completion = (name, value)
    return _Extras(tuple(kept), years, completion)


def _split_tags(text: str) -> list[str]:
    for sep in "，,;；/":
        text = text.replace(sep, "、")
    return text.split("、")


def _check_status(status: MatterStatus, facts: MatterFacts, warn: Callable[[str], None]) -> None:
    """The status the ledger states is kept (nothing the office wrote changes meaning);
    a field today's workflow would ask for at that step is named in a notice.
    """
    try:
        check_required(status, facts)
    except ValidationError as exc:
        warn(f"按“{status.zh}”导入，但{exc.message}")


def _status(
    status_text: str,
    completion: tuple[str, str] | None,
    outcome: str,
    measures: Sequence[HandlingMeasure],
    reported: When | None,
    ctx: RowContext,
    problem: Callable[..., None],
) -> StatusFinding:
    """Status from evidence: the 状态 column, a completion time, the result phrase, else open."""
    if status_text:
        try:
            stated = MatterStatus.parse(status_text.removeprefix("已").removesuffix("中"))
            return StatusFinding(stated, ctx.header(LedgerField.STATUS), status_text)
        except ValueError:
            problem(
                LedgerField.STATUS,
                f"未知的状态：{status_text[:20]}（应为 发现、核实、报送、处置、跟踪 或 办结）",
            )
    if completion is not None:
        return StatusFinding(MatterStatus.CLOSED, *completion)
    if outcome:
        named = status_in_text(outcome, ctx.done_words)
        if named is not None:
            return StatusFinding(named, ctx.header(LedgerField.OUTCOME), outcome)
    if measures:
        found = StatusFinding(
            MatterStatus.HANDLING, ctx.header(LedgerField.MEASURES), "、".join(m.zh for m in measures)
        )
    elif reported is not None:
        found = StatusFinding(
            MatterStatus.REPORTED, ctx.header(LedgerField.REPORTED_AT), f"{reported.value:%Y-%m-%d %H:%M}"
        )
    else:
        found = StatusFinding(MatterStatus.FOUND, "", "无办结时间和处置结果")
    if outcome:
        shown = outcome if len(outcome) <= 20 else outcome[:20] + "…"
        problem(
            LedgerField.OUTCOME,
            f"“{shown}”未写明已办结，按“{found.status.zh}”（未办结）导入；"
            "办结须有办结时间或“已办结”“已处置”等字样",
            error=False,
        )
    return found


__all__ = ["ImportedFile", "ImportedRow", "LedgerLine", "RowContext", "RowProblem", "build_row", "is_blank"]
