from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dutylog.domain.matters.ledger_fields import (
    SYNONYMS,
    LedgerField,
    find_header_row,
    match_header,
    normalize_header,
    year_in_title,
)

ALL_SYNONYMS = [(name, field) for field, names in SYNONYMS.items() for name in names]


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("序号", LedgerField.SEQ),
        ("舆情标题", LedgerField.TITLE),
        ("主题", LedgerField.TITLE),
        ("网址/链接", LedgerField.URL),
        ("信息来源", LedgerField.SOURCE),
        ("网络实名", LedgerField.AUTHOR),
        ("发帖人", LedgerField.AUTHOR),
        ("发布时间（年月日）", LedgerField.PUBLISHED_AT),
        ("信息发布时间", LedgerField.PUBLISHED_AT),
        ("发现时间*", LedgerField.DISCOVERED_AT),
        ("报送时间", LedgerField.REPORTED_AT),
        ("舆情等级", LedgerField.GRADE),
        ("级别", LedgerField.GRADE),
        ("处置方式", LedgerField.MEASURES),
        ("办理结果", LedgerField.OUTCOME),
        ("涉及单位", LedgerField.UNIT),
        ("备 注", LedgerField.NOTE),
    ],
)
def test_match_header_knows_office_headers(header: str, field: LedgerField) -> None:
    assert match_header(header) is field


@pytest.mark.parametrize("header", ["", None, "处置时间", "联系电话", "附件", 42])
def test_unknown_headers_are_not_guessed(header: object) -> None:
    assert match_header(header) is None


decoration = st.sampled_from(["", " ", "*", "：", "（必填）", "(yyyy-mm-dd)", "【】", "\u3000"])


@given(pair=st.sampled_from(ALL_SYNONYMS), before=decoration, after=decoration)
def test_decorated_synonyms_still_match(pair: tuple[str, LedgerField], before: str, after: str) -> None:
    name, field = pair
    assert match_header(f"{before}{name}{after}") is field


@given(pair=st.sampled_from(ALL_SYNONYMS))
def test_full_width_forms_match_like_ascii(pair: tuple[str, LedgerField]) -> None:
    name, field = pair
    wide = "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in name)
    assert normalize_header(wide) == normalize_header(name)
    assert match_header(wide) is field


@given(st.text(alphabet="0123456789abcxyz!@#$%^&()", max_size=12))
def test_text_without_any_header_word_matches_nothing(text: str) -> None:
    if normalize_header(text) not in {n for n, _f in ALL_SYNONYMS}:
        assert match_header(text) is None


def test_header_row_found_below_a_title_row() -> None:
    rows = [
        ["XX县2025年网络舆情台账", None, None],
        [None, None, None],
        ["序号", "标题", "发现时间"],
        [1, "某事", "2025-1-2"],
    ]
    guess = find_header_row(rows)
    assert guess is not None
    assert guess.row_index == 2
    assert guess.mapping == {0: LedgerField.SEQ, 1: LedgerField.TITLE, 2: LedgerField.DISCOVERED_AT}
    assert guess.missing() == []
    assert year_in_title(rows[:2]) == 2025


def test_a_sheet_without_a_title_column_is_not_a_ledger() -> None:
    assert find_header_row([["姓名", "电话", "日期"], ["张三", "123", "2026-1-1"]]) is None


def test_first_of_two_columns_with_the_same_meaning_wins() -> None:
    guess = find_header_row([["标题", "主题", "发现时间"]])
    assert guess is not None and guess.mapping == {0: LedgerField.TITLE, 2: LedgerField.DISCOVERED_AT}
