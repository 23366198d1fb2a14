from __future__ import annotations

from datetime import datetime

from hypothesis import given
from hypothesis import strategies as st

from dutylog.domain.enums import Grade, MatterStatus
from dutylog.domain.matters.ledger_fields import LedgerField
from dutylog.domain.matters.ledger_rows import RowContext, build_row

FIELDS = list(LedgerField)
NOW = datetime(2026, 11, 17, 15, 30)
CTX = RowContext({i: f for i, f in enumerate(FIELDS)}, [f.zh for f in FIELDS], NOW)

cell = st.one_of(
    st.none(),
    st.text(max_size=40),
    st.integers(min_value=-(10**9), max_value=10**9),
    st.floats(allow_nan=True, allow_infinity=True),
    st.datetimes(min_value=datetime(1950, 1, 1), max_value=datetime(2100, 1, 1)),
    st.sampled_from(
        ["2026-3-5", "2026年3月5日14时20分", "一般舆情", "跟帖引导、删帖3条", "https://a.cn/x", "办结"]
    ),
)


@given(st.lists(cell, min_size=0, max_size=len(FIELDS) + 2))
def test_any_row_gives_a_matter_or_errors_never_a_crash(cells: list[object]) -> None:
    row, problems = build_row(7, cells, CTX)
    errors = [p for p in problems if p.is_error]
    assert (row is None) == bool(errors)
    assert all(p.row == 7 and p.reason for p in problems)
    if row is not None:
        assert row.title and len(row.title) <= 200
        assert row.discovered_at <= NOW.replace(minute=35)
        if row.published_at and row.discovered_at and row.published_at.time() != datetime.min.time():
            assert row.published_at.date() <= row.discovered_at.date()


def test_a_too_long_title_is_an_error() -> None:
    ctx = RowContext({0: LedgerField.TITLE, 1: LedgerField.DISCOVERED_AT}, ["标题", "发现时间"], NOW)
    row, problems = build_row(3, ["长" * 201, "2026-3-5"], ctx)
    assert row is None and problems[0].column == "标题" and "过长" in problems[0].reason


def test_status_follows_the_workflow_rules_and_grade_defaults_to_ordinary() -> None:
    fields = [
        LedgerField.TITLE,
        LedgerField.DISCOVERED_AT,
        LedgerField.STATUS,
        LedgerField.SUMMARY,
        LedgerField.REPORTED_AT,
        LedgerField.MEASURES,
        LedgerField.OUTCOME,
    ]
    ctx = RowContext(dict(enumerate(fields)), [f.zh for f in fields], NOW)

    row, problems = build_row(2, ["某事", "2026-3-5", "已报送", "概要", "2026-3-5 10:00", "", ""], ctx)
    assert row is not None and row.status is MatterStatus.REPORTED and row.grade is Grade.ORDINARY
    assert problems == []

    # 跟踪 as the ledger states it, though today's workflow would want a follow-up date: a notice.
    row, problems = build_row(2, ["某事", "2026-3-5", "跟踪中", "概要", "2026-3-5 10:00", "删帖", ""], ctx)
    assert row is not None and row.status is MatterStatus.FOLLOW_UP
    assert [p.is_error for p in problems] == [False] and "跟踪截止日期" in problems[0].reason

    # Measures taken and no result: still being handled, and the missing summary is named.
    row, problems = build_row(2, ["某事", "2026-3-5", "", "", "2026-3-5 10:00", "跟帖引导", ""], ctx)
    assert (
        row is not None and row.status is MatterStatus.HANDLING and row.status_basis == "处置措施“跟帖引导”"
    )
    assert [p.reason for p in problems] == ["按“处置”导入，但核实后须填写摘要（事件概要）。"]

    # A result that does not say the matter was completed keeps it open, and says so.
    row, problems = build_row(2, ["某事", "2026-3-5", "", "", "", "", "已回复"], ctx)
    assert row is not None and row.status is MatterStatus.FOUND
    assert problems and not problems[0].is_error and "未写明已办结" in problems[0].reason

    # A completion phrase closes it: history, with a notice of what today's workflow would want.
    row, problems = build_row(2, ["某事", "2026-3-5", "", "", "", "", "已删除"], ctx)
    assert row is not None and row.status is MatterStatus.CLOSED and row.status_basis == "处置结果“已删除”"
    assert problems and not problems[0].is_error and "办结" in problems[0].reason

    row, problems = build_row(2, ["某事", "2026-3-5", "搁置", "", "", "", ""], ctx)
    assert row is None and "未知的状态" in problems[0].reason
