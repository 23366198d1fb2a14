"""Time-limit presets by matter kind: defaults of the common rules, any stored value read safely."""

from __future__ import annotations

from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from dutylog.domain.supervision.assignments import MatterKind, TimeLimitPresets
from dutylog.domain.supervision.workdays import MAX_WORKDAYS


def test_defaults_follow_the_common_rules() -> None:
    presets = TimeLimitPresets()
    assert presets.workdays[MatterKind.INQUIRY] == presets.workdays[MatterKind.SUGGESTION] == 5
    assert presets.workdays[MatterKind.COMPLAINT] == 7 and presets.workdays[MatterKind.COMPLEX] == 15


values = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(), st.text(max_size=5))


@given(
    st.one_of(
        values,
        st.fixed_dictionaries(
            {
                "workdays": st.one_of(
                    values, st.dictionaries(st.sampled_from([k.value for k in MatterKind]), values)
                )
            },
            optional={"first_response_hours": values},
        ),
    )
)
def test_any_stored_setting_reads_as_usable_presets(value: Any) -> None:
    presets = TimeLimitPresets.from_setting(value)
    assert set(presets.workdays) == set(MatterKind)
    assert all(1 <= days <= MAX_WORKDAYS for days in presets.workdays.values())
    assert 1 <= presets.first_response_hours <= 240
    assert TimeLimitPresets.from_setting(presets.to_setting()) == presets
