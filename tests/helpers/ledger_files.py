"""Build real ledger files (.xlsx/.csv) the way offices save them, for the import tests."""

from __future__ import annotations

import csv
from collections.abc import Sequence
from pathlib import Path

from openpyxl import Workbook

HEADERS = (
    "序号",
    "舆情标题",
    "链接",
    "信息来源",
    "发帖人",
    "发布时间",
    "发现时间",
    "报送时间",
    "舆情等级",
    "处置方式",
    "办理结果",
    "涉及单位",
    "备注",
)

ROWS: tuple[tuple[object, ...], ...] = (
    (
        1,
        "某小区停水引发业主不满",
        "https://weibo.com/1/abc",
        "微博",
        "网友甲",
        "2026-3-5",
        "2026/03/05 14:20",
        "2026年3月5日15时05分",
        "一般舆情",
        "跟帖引导、情况说明",
        "已回复",
        "县水务局",
        "",
    ),
    (
        2,
        "网传学校食堂问题",
        "www.tieba.com/p/2",
        "贴吧",
        "吧友乙",
        "2026.3.6",
        "2026年3月6日",
        "2026-03-06 10:00",
        "较大",
        "删帖3条；举报",
        "",
        "县教育局",
        "家长群转发",
    ),
    (3, "道路施工扰民投诉", "", "抖音", "", None, "2026年3月7日14时20分", None, "一般", "", "", "", ""),
)


def write_xlsx(
    path: Path,
    rows: Sequence[Sequence[object]] = ROWS,
    headers: Sequence[object] = HEADERS,
    *,
    title: str | None = None,
    sheet: str = "台账",
    merges: Sequence[str] = (),
) -> Path:
    workbook = Workbook()
    ws = workbook.active
    assert ws is not None
    ws.title = sheet
    if title:
        ws.append([title])
        ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(headers))
    ws.append(list(headers))
    for row in rows:
        ws.append(list(row))
    for ref in merges:
        ws.merge_cells(ref)
    workbook.save(path)
    return path


def write_csv(
    path: Path,
    rows: Sequence[Sequence[object]] = ROWS,
    headers: Sequence[object] = HEADERS,
    *,
    encoding: str = "utf-8-sig",
) -> Path:
    with path.open("w", encoding=encoding, newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(headers)
        for row in rows:
            writer.writerow(["" if cell is None else cell for cell in row])
    return path
