"""The information-submission assessment: periods, the score scheme, the table."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dutylog.domain.errors import ValidationError
from dutylog.domain.supervision.assessment import (
    PeriodKind,
    ScoreScheme,
    SubmissionFact,
    assess,
    period_bounds,
)


def test_periods_have_their_first_and_last_day() -> None:
    assert period_bounds(PeriodKind.MONTH, date(2026, 2, 1)) == (date(2026, 2, 1), date(2026, 2, 28))
    assert period_bounds(PeriodKind.QUARTER, date(2026, 10, 1)) == (date(2026, 10, 1), date(2026, 12, 31))
    assert period_bounds(PeriodKind.YEAR, date(2026, 1, 1)) == (date(2026, 1, 1), date(2026, 12, 31))
    with pytest.raises(ValidationError):
        period_bounds(PeriodKind.QUARTER, date(2026, 2, 1))


def test_the_table_scores_by_the_scheme_and_says_whether_the_quota_is_met() -> None:
    facts = [
        SubmissionFact("县住建局", adopted=True, instructed=False),
        SubmissionFact("县住建局", adopted=True, instructed=True),
        SubmissionFact("城关镇", adopted=False, instructed=False),
    ]
    rows = assess(
        facts, {"县住建局": 2, "县教育局": 1}, ScoreScheme(), ["城关镇", "县住建局", "县教育局", "县公安局"]
    )
    assert [(r.unit, r.submitted, r.score, r.quota_met) for r in rows] == [
        ("县住建局", 2, 2 * 1 + 2 * 3 + 5, True),
        ("城关镇", 1, 1.0, None),
        ("县教育局", 0, 0.0, False),
    ]


@given(
    st.one_of(
        st.none(),
        st.dictionaries(
            st.text(max_size=12), st.one_of(st.integers(), st.floats(), st.text(), st.booleans(), st.none())
        ),
    )
)
def test_any_stored_scheme_reads_as_a_valid_one(value: Any) -> None:
    scheme = ScoreScheme.from_setting(value)
    assert scheme.check() == scheme
    assert ScoreScheme.from_setting(scheme.to_setting()) == scheme
