"""Office settings added for the settings page: prefix, option lists, units, limits."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dutylog.domain.accounts.permissions import Actor
from dutylog.domain.enums import Grade, UserRole
from dutylog.domain.errors import PermissionDenied, ValidationError
from dutylog.domain.matters.deadlines import GradeLimit, TimeLimits
from dutylog.office import Office
from dutylog.services.matters.matters import SETTING_KEY as TIME_LIMITS_KEY


def test_prefix_is_checked_and_numbers_follow_it(office: Office) -> None:
    assert office.settings.set_matter_prefix(" WX ") == "WX"
    assert office.matters.add("测试").number.startswith("WX-")
    with pytest.raises(ValidationError) as error:
        office.settings.set_matter_prefix("W-X")
    assert error.value.code == "bad_prefix"


@settings(
    suppress_health_check=[HealthCheck.function_scoped_fixture], max_examples=40
)  # each input overwrites
@given(st.lists(st.text(alphabet="微博抖音 ab\u3000", max_size=8), max_size=6))
def test_choices_are_trimmed_unique_and_never_empty(office: Office, values: list[str]) -> None:
    try:
        saved = office.settings.set_choices("sources", values)
    except ValidationError:
        assert not any(v.strip() for v in values)  # refused only when nothing is left
        return
    assert saved == office.settings.choices("sources")
    assert len(saved) == len(set(saved)) and all(s == s.strip() and s for s in saved)


def test_lists_default_until_changed(office: Office) -> None:
    assert "微博" in office.settings.choices("sources")
    office.settings.set_choices("measures", ["删帖", "跟帖引导", "删帖"])
    assert office.matters.measure_choices() == ["删帖", "跟帖引导"]
    with pytest.raises(ValidationError):
        office.settings.set_choices("tags", ["  "])


def test_units_are_added_once(office: Office) -> None:
    office.settings.add_units(["市公安局", "市公安局", "市教育局"])
    office.settings.add_units(["市公安局"])
    names = [u.name for u in office.staff.units()]
    assert names.count("市公安局") == 1 and "市教育局" in names


def test_an_officer_may_not_change_office_settings(office: Office) -> None:
    office.act_as(Actor("zhangwei", UserRole.OFFICER, user_id=9))
    for change in (
        lambda: office.settings.set_matter_prefix("WX"),
        lambda: office.settings.set_choices("tags", ["谣言"]),
        lambda: office.settings.add_units(["市公安局"]),
        lambda: office.settings.set_time_limits(TimeLimits()),
        lambda: office.settings.set_briefing_reminder("17:00", 20),
    ):
        with pytest.raises(PermissionDenied):
            change()


def test_time_limits_and_briefing_reminder_round_trip(office: Office) -> None:
    limits = TimeLimits({**TimeLimits().by_grade, Grade.SERIOUS: GradeLimit(60, None)})
    office.settings.set_time_limits(limits)
    assert office.matters.time_limits().by_grade[Grade.SERIOUS] == GradeLimit(60, None)
    office.settings.set_briefing_reminder("17:00", 20)
    assert office.settings.briefing_reminder() == ("17:00", 20)


def test_time_limits_and_tag_lists_set_on_the_matters_service_are_checked_and_audited(office: Office) -> None:
    office.accounts.add_user("boss", UserRole.ADMIN, "password 1")
    office.accounts.add_user("lina", UserRole.OFFICER, "password 1")
    office.login("lina", "password 1")
    with pytest.raises(PermissionDenied):
        office.matters.set_time_limits(TimeLimits())
    with pytest.raises(PermissionDenied):
        office.matters.set_tag_choices(["涉教育"])
    office.login("boss", "password 1")
    office.matters.set_time_limits(TimeLimits())
    office.matters.set_tag_choices(["涉教育", "涉医疗"])
    changed = [e.entity_id for e in office.audit.find() if e.username == "boss" and e.entity == "setting"]
    assert sorted(changed) == sorted(["matter_tags", TIME_LIMITS_KEY])
