"""The anchor's rules: what a chain must hold of it, and that it only moves forward."""

from __future__ import annotations

from datetime import datetime

import pytest

from dutylog.domain.accounts.anchor import Anchor, ChainMark, anchor_problems, may_advance
from dutylog.domain.accounts.audit import GENESIS, ChainHead

H57 = "a" * 64
H60 = "b" * 64


def anchored(last_id: int = 57, last_hash: str = H57, count: int = 57) -> Anchor:
    return Anchor.of(
        ChainHead(last_id, last_hash, count), database="office.sqlite3", at=datetime(2026, 11, 17)
    )


def test_a_chain_reaching_the_anchor_with_the_same_record_holds() -> None:
    assert anchor_problems(anchored(), ChainHead(57, H57, 57), H57) == []
    assert anchor_problems(anchored(), ChainHead(60, H60, 60), H57) == []


def test_a_shorter_chain_is_named_with_both_numbers() -> None:
    assert anchor_problems(anchored(), ChainHead(54, "c" * 64, 54), None) == [
        "审计链比本机锚点记录的短：锚点记到 #57，数据库只到 #54"
    ]
    assert anchor_problems(anchored(), None, None) == [
        "审计链比本机锚点记录的短：锚点记到 #57，数据库只到 #0"
    ]


def test_a_rewritten_record_at_the_anchor_is_named() -> None:
    assert anchor_problems(anchored(), ChainHead(57, H60, 57), H60) == ["审计记录 #57 的哈希与锚点不符"]
    assert anchor_problems(anchored(), ChainHead(60, H60, 60), None) == [
        "审计记录 #57 不在数据库中，与锚点不符"
    ]


def test_the_anchor_only_moves_forward_along_the_same_chain() -> None:
    anchor = anchored()
    assert may_advance(None, ChainHead(3, H57, 3), None)
    assert may_advance(anchor, ChainHead(60, H60, 60), H57)
    assert not may_advance(anchor, ChainHead(57, H57, 57), H57)  # nothing new: no write
    assert not may_advance(anchor, ChainHead(54, H60, 54), None)  # shorter: keep the evidence
    assert not may_advance(anchor, ChainHead(60, H60, 60), H60)  # the anchored record was rewritten
    assert not may_advance(anchor, None, None)


def test_an_empty_chain_is_anchored_at_the_genesis() -> None:
    anchor = Anchor.of(None, database="x", at=datetime(2026, 1, 1))
    assert (anchor.last_id, anchor.last_hash, anchor.count) == (0, GENESIS, 0)
    assert anchor_problems(anchor, None, None) == []


def test_json_round_trip_and_refusal_of_other_files() -> None:
    anchor = anchored()
    assert Anchor.from_json(anchor.to_json()) == anchor
    for bad in (
        {"format": "other"},
        [],
        {**anchor.to_json(), "last_hash": "short"},
        {"format": anchor.to_json()["format"]},
    ):
        with pytest.raises(ValueError):
            Anchor.from_json(bad)


def test_chain_mark_prints_the_number_and_twelve_hex() -> None:
    assert ChainMark(57, "a1b2c3d4e5f6" + "0" * 52).text == "审计链 #57 a1b2c3d4e5f6"
