"""The demo office's emergency plan and watch list, entered through the services as an
administrator would, so that the 预案 page, the patrol panel and a major matter show them."""

from __future__ import annotations

from dutylog.domain.enums import Grade
from dutylog.office import Office

PLAN_NAME = "网络舆情突发事件应急处置预案"
PLAN_STEPS = (
    "电话报告带班领导@leader+30",
    "核实情况，形成首报@officer+60",
    "报送专报@officer+240",
    "会同网络宣传科研判，拟定处置方案@unit:网络宣传科+4h",
    "拟写回应口径@officer+1wd",
)
# (category, words): places, projects, institutions, hot topics of a county.
WATCH_LIST = (
    ("重点项目", ("化工园区", "高铁站", "旧城改造")),
    ("民生热点", ("拆迁补偿", "停水", "食品安全")),
    ("学校医院", ("县一中", "县人民医院")),
)


def add_demo_plans(office: Office) -> None:
    units = {unit.name for unit in office.staff.units()}
    steps = [
        step for step in PLAN_STEPS if "unit:" not in step or step.split("unit:")[1].split("+")[0] in units
    ]
    office.plans.save(PLAN_NAME, steps, min_grade=Grade.MAJOR, note="重大、特大舆情发生时启动。")
    for category, words in WATCH_LIST:
        office.keywords.add(words, category=category)
