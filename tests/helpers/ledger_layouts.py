"""Published ledger templates (tests/helpers/ledgers/) filled with rows the way offices fill them."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from pathlib import Path

from openpyxl import load_workbook

LEDGERS = Path(__file__).parent / "ledgers"
YUQING = LEDGERS / "6.2舆情处置.xlsx"
YUQING_TABLE = LEDGERS / "舆情处置表.xlsx"

# The template's own columns, in its order.
YUQING_HEADERS = (
    "舆情标题",
    "舆情发生日期",
    "舆情发现日期",
    "舆情来源",
    "责任单位",
    "领导批示",
    "宣教部门意见",
    "专业部门意见",
    "责任单位反馈",
    "处置说明",
    "舆情内容",
    "呈办意见",
    "处置情况",
)

# Five typical rows, by header: done, still being handled, a yearless time, no result, deleted.
YUQING_ROWS: tuple[dict[str, object], ...] = (
    {
        "舆情标题": "某小区停水引发业主不满",
        "舆情发生日期": "2026-11-27",
        "舆情发现日期": "2026年11月28日 9时30分",
        "舆情来源": "微博",
        "责任单位": "县水务局",
        "领导批示": "请水务局尽快核实并回应关切",
        "宣教部门意见": "同意官方账号回应",
        "专业部门意见": "管网抢修，预计当日恢复",
        "责任单位反馈": "已恢复供水并回复网民",
        "处置说明": "官方账号发布说明",
        "舆情内容": "业主反映连续三天停水无人回应",
        "呈办意见": "呈分管领导阅示",
        "处置情况": "已处置",
    },
    {
        "舆情标题": "网传学校食堂卫生问题",
        "舆情发生日期": "2026.11.29",
        "舆情发现日期": datetime(2026, 11, 29, 10, 0),
        "舆情来源": "贴吧",
        "责任单位": "县教育局",
        "宣教部门意见": "暂不回应，持续关注",
        "舆情内容": "家长群转发食堂照片",
        "处置情况": "正在处置",
    },
    {
        "舆情标题": "道路施工夜间扰民投诉",
        "舆情发生日期": "2026-11-30",
        "舆情发现日期": "12月1日 下午3:05",
        "舆情来源": "抖音",
        "责任单位": "县住建局",
        "舆情内容": "居民反映夜间施工噪音",
        "处置情况": "跟踪",
    },
    {
        "舆情标题": "景区门票价格争议",
        "舆情发现日期": "2026/12/2 8:15",
        "舆情来源": "微信公众号",
        "舆情内容": "游客质疑门票上涨",
    },
    {
        "舆情标题": "某医院排队时间过长",
        "舆情发现日期": "2026年12月2日上午10点",
        "舆情来源": "网站",
        "处置说明": "联系平台删除不实帖文",
        "处置情况": "已删除",
    },
)


def fill_template(
    template: Path, rows: Sequence[dict[str, object]], out: Path, *, title: str | None = None
) -> Path:
    """Write ``rows`` (header -> cell) under the template's header row; ``title`` goes above it."""
    workbook = load_workbook(template)
    sheet = workbook.active
    assert sheet is not None
    if title is not None:
        sheet.insert_rows(1)
        sheet.cell(row=1, column=1, value=title)
    header_row = 2 if title is not None else 1
    headers = [cell.value for cell in sheet[header_row]]
    for offset, values in enumerate(rows, start=1):
        for column, header in enumerate(headers, start=1):
            if header in values:
                sheet.cell(row=header_row + offset, column=column, value=values[header])
    workbook.save(out)
    return out
