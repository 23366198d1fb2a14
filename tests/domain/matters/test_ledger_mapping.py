"""One mapping model: guessed, changed by `源列=字段`, remembered, and every column's fate told."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dutylog.domain.errors import ValidationError
from dutylog.domain.matters.ledger_fields import LedgerField
from dutylog.domain.matters.ledger_mapping import LedgerMapping, column_fates, layout_key

HEADERS = ("序号", "标题", "网址", "发布时间", "交办时间", "领导批示", "")


def test_a_field_named_first_reads_from_the_column_named_second() -> None:
    guessed = LedgerMapping.guess(HEADERS)
    assert LedgerField.DISCOVERED_AT not in guessed.fields
    chosen = guessed.with_specs(["发现时间=发布时间"])
    # The publish time keeps its column: one column fills both fields.
    assert chosen.fields_of(3) == (LedgerField.PUBLISHED_AT, LedgerField.DISCOVERED_AT)
    assert chosen.missing([LedgerField.TITLE, LedgerField.DISCOVERED_AT]) == []
    assert guessed.with_specs(["发布时间=发现时间"]).fields == chosen.fields


def test_a_column_can_be_kept_as_extra_only_and_given_another_field() -> None:
    chosen = LedgerMapping.guess(HEADERS).with_specs(["网址=附加"])
    assert LedgerField.URL not in chosen.fields and 2 in chosen.extra_columns(len(HEADERS))
    moved = LedgerMapping.guess(HEADERS).with_specs(["交办时间=上报时间", "第7列=备注"])
    assert moved.fields[LedgerField.REPORTED_AT] == 4 and moved.fields[LedgerField.NOTE] == 6


@pytest.mark.parametrize("spec", ["发现时间", "=标题", "无此列=标题", "标题=无此字段", "第0列=标题"])
def test_a_bad_choice_is_refused_with_its_reason(spec: str) -> None:
    with pytest.raises(ValidationError) as refused:
        LedgerMapping.guess(HEADERS).with_specs([spec])
    assert refused.value.code == "bad_mapping" and spec.split("=")[0][:10] in refused.value.message


def test_a_remembered_mapping_fits_only_the_same_headers() -> None:
    chosen = LedgerMapping.guess(HEADERS).with_specs(["发现时间=发布时间"])
    saved = chosen.to_setting()
    assert LedgerMapping.from_setting(HEADERS, saved) == chosen
    assert LedgerMapping.from_setting(HEADERS[:-1], saved) is None
    assert LedgerMapping.from_setting(HEADERS, {"headers": list(HEADERS), "fields": {"nope": 1}}) is None
    assert layout_key(HEADERS) == layout_key([f" {h} " for h in HEADERS])
    assert layout_key(HEADERS) != layout_key(HEADERS[::-1])


def test_every_column_has_a_fate() -> None:
    chosen = LedgerMapping.guess(HEADERS).with_specs(["发现时间=发布时间"])
    fates = column_fates(chosen, [3, 3, 0, 3, 2, 1, 0, 1])
    described = {fate.name: (fate.kind, fate.describe()) for fate in fates}
    assert described["发布时间"] == ("mapped", "→ 发布时间、发现时间")
    assert described["网址"] == ("mapped", "→ 网址（本列全部为空）")
    assert described["交办时间"] == ("extra", "保留为附加字段“交办时间”")
    assert described["领导批示"] == ("mapped", "→ 领导批示：记入事项时间线，原文保留为附加字段")
    assert described["第7列"] == ("empty", "空列，没有可导入的内容")
    assert described["第8列"] == ("extra", "保留为附加字段“第8列”")  # a cell beyond the header row


@given(st.lists(st.sampled_from([f.zh for f in LedgerField] + ["领导批示", "呈办意见", ""]), max_size=12))
def test_the_fates_cover_every_column_once(headers: list[str]) -> None:
    mapping = LedgerMapping.guess(headers)
    fates = column_fates(mapping, [1] * len(headers))
    assert [fate.index for fate in fates] == list(range(len(headers)))
    for fate in fates:
        assert fate.fields or fate.kept  # filled and not mapped: kept; nothing is dropped
    assert LedgerMapping.from_columns(headers, mapping.columns()).fields == mapping.fields
