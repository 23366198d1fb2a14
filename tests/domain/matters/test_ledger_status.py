"""A ledger row is 办结 only on explicit evidence, and the dry run can say which cell decided."""

from __future__ import annotations

from datetime import datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dutylog.domain.enums import MatterStatus
from dutylog.domain.matters.ledger_fields import LedgerField
from dutylog.domain.matters.ledger_rows import RowContext, build_row
from dutylog.domain.matters.ledger_status import (
    DEFAULT_DONE_WORDS,
    OPEN_PHRASES,
    done_words_setting,
    status_in_text,
)

NOW = datetime(2027, 6, 1, 12, 0)
HEADERS = ["标题", "发现时间", "处置情况", "办结时间", "处置措施"]
FIELDS = {0: LedgerField.TITLE, 1: LedgerField.DISCOVERED_AT, 2: LedgerField.OUTCOME, 4: LedgerField.MEASURES}


def row_of(
    outcome: str, closed_at: str = "", measures: str = "", *, done: tuple[str, ...] = DEFAULT_DONE_WORDS
):
    ctx = RowContext(FIELDS, HEADERS, NOW, done_words=done)
    row, problems = build_row(2, ["某事", "2026-3-5 10:00", outcome, closed_at, measures], ctx)
    assert row is not None, problems
    return row, problems


@pytest.mark.parametrize(
    ("outcome", "status"),
    [
        ("正在处置", MatterStatus.HANDLING),
        ("处置中", MatterStatus.HANDLING),
        ("跟踪", MatterStatus.FOLLOW_UP),
        ("已删帖，持续跟踪", MatterStatus.FOLLOW_UP),
        ("待核实", MatterStatus.FOUND),
        ("已处置", MatterStatus.CLOSED),
        ("已办结", MatterStatus.CLOSED),
        ("网站已完成整改", MatterStatus.CLOSED),
        ("已删除", MatterStatus.CLOSED),
    ],
)
def test_a_result_phrase_gives_its_status_and_names_the_cell(outcome: str, status: MatterStatus) -> None:
    row, _problems = row_of(outcome)
    assert row.status is status
    assert row.status_basis == f"处置情况“{outcome}”"


def test_a_completion_time_closes_and_is_named() -> None:
    row, _problems = row_of("已回复网民", "2026-03-08")
    assert row.status is MatterStatus.CLOSED and row.status_basis == "办结时间“2026-03-08”"


def test_anything_else_stays_open_and_says_so() -> None:
    row, problems = row_of("已回复网民", measures="跟帖引导")
    assert row.status is MatterStatus.HANDLING and row.status_basis == "处置措施“跟帖引导”"
    notice = next(p for p in problems if p.column == "处置情况")
    assert not notice.is_error and "未写明已办结" in notice.reason


def test_the_done_vocabulary_is_configurable() -> None:
    row, _problems = row_of("已回复网民", done=("已回复",))
    assert row.status is MatterStatus.CLOSED
    assert done_words_setting("已回复、已答复") == ("已回复", "已答复")
    assert done_words_setting(None) == DEFAULT_DONE_WORDS
    assert done_words_setting([]) == DEFAULT_DONE_WORDS


_DECIDING = [word for word in DEFAULT_DONE_WORDS] + [phrase for phrase, _status in OPEN_PHRASES]


@given(st.text(alphabet=st.sampled_from(list("已处置办结完成删除跟踪正在中理回复网民核实待未")), max_size=12))
def test_only_a_done_word_closes_and_an_open_phrase_wins(text: str) -> None:
    found = status_in_text(text, DEFAULT_DONE_WORDS)
    if any(phrase in text for phrase, _status in OPEN_PHRASES):
        assert found is not None and found is not MatterStatus.CLOSED
    elif any(word in text for word in DEFAULT_DONE_WORDS):
        assert found is MatterStatus.CLOSED
    else:
        assert found is None
