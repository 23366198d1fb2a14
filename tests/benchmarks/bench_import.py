"""Import a generated 100,000-row .xlsx ledger and compare with openpyxl's own read-only parse.

    PYTHONPATH=. /work/venv/bin/python tests/benchmarks/bench_import.py [--rows 100000] [--keep DIR]

Goal: our import (read, check every row, insert in one transaction) at most 2x
the bare openpyxl parse of the same file and under 60 s.
"""

from __future__ import annotations

import argparse
import random
import resource
import tempfile
import time
import zipfile
from datetime import datetime, timedelta
from pathlib import Path

from openpyxl import Workbook, load_workbook

HEADERS = (
    "序号", "舆情标题", "网址", "信息来源", "发帖人", "发布时间", "发现时间", "上报时间",
    "舆情等级", "处置措施", "处置结果", "责任单位", "备注",
)  # fmt: skip
SOURCES = ("微博", "微信公众号", "抖音", "本地论坛", "今日头条", "百度贴吧", "快手")
UNITS = ("县教育局", "县卫健委", "县住建局", "县公安局", "县水务局", "县市场监管局", "某某镇政府")
MEASURES = ("跟帖引导", "删帖2条、举报", "情况说明；转交办", "冷处理", "发布权威信息", "")
GRADES = ("一般", "一般", "一般", "较大", "一般舆情", "重大")
TOPICS = ("小区停水", "学校食堂", "道路施工", "物业纠纷", "医院排队", "拖欠工资", "噪音扰民", "景区收费")


def generate(path: Path, rows: int, seed: int = 7) -> None:
    """A ten-year ledger written as offices write it: mixed date styles, real datetime cells, serials."""
    rng = random.Random(seed)
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("台账")
    sheet.append(["XX县网络舆情台账（2016-2026）"])
    sheet.append(list(HEADERS))
    start = datetime(2016, 1, 1, 8, 0)
    step = (datetime(2026, 10, 31) - start) / rows
    for i in range(rows):
        found = (start + step * i).replace(second=0, microsecond=0)
        published = found - timedelta(minutes=rng.randint(5, 600))
        reported = found + timedelta(minutes=rng.randint(5, 120))
        style = i % 4
        if style == 0:
            found_cell: object = found
        elif style == 1:
            found_cell = f"{found:%Y/%m/%d %H:%M}"
        elif style == 2:
            found_cell = f"{found.year}年{found.month}月{found.day}日{found.hour}时{found.minute}分"
        else:
            found_cell = (found - datetime(1899, 12, 30)) / timedelta(days=1)
        topic = rng.choice(TOPICS)
        sheet.append(
            [
                i + 1,
                f"网民反映{topic}问题（{i}）",
                f"https://example.com/t/{i}",
                rng.choice(SOURCES),
                f"网友{rng.randint(1, 99999)}",
                f"{published:%Y-%m-%d %H:%M}",
                found_cell,
                f"{reported:%Y-%m-%d %H:%M}",
                rng.choice(GRADES),
                rng.choice(MEASURES),
                "已处置" if rng.random() < 0.8 else "",
                rng.choice(UNITS),
                "",
            ]
        )
    workbook.save(path)
    add_dimension(path, f"A1:M{rows + 2}")


def add_dimension(path: Path, ref: str) -> None:
    """Excel and WPS store <dimension>; openpyxl's write-only mode does not, and without it
    openpyxl's reader scans the whole sheet once more just to size it."""
    tmp = path.with_suffix(".tmp")
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename.startswith("xl/worksheets/sheet"):
                data = data.replace(b"</sheetPr>", f'</sheetPr><dimension ref="{ref}"/>'.encode(), 1)
            dst.writestr(info, data)
    tmp.replace(path)


def openpyxl_parse(path: Path) -> float:
    began = time.perf_counter()
    workbook = load_workbook(path, read_only=True, data_only=True)
    count = sum(1 for _row in workbook.active.iter_rows(values_only=True))  # type: ignore[union-attr]
    workbook.close()
    assert count > 0
    return time.perf_counter() - began


def our_import(path: Path, db: Path) -> tuple[float, float, float, int]:
    from dutylog.office import Office

    office = Office.open(db, clock=lambda: datetime(2026, 11, 17, 15, 30))
    try:
        began = time.perf_counter()
        preview = office.ledger_import.preview(path)
        previewed = time.perf_counter()
        phases: dict[str, float] = {}
        report = office.ledger_import.commit(
            preview, progress=lambda phase, _d, _t: phases.setdefault(phase, time.perf_counter())
        )
        ended = time.perf_counter()
        assert report.imported is not None
        write_start = phases.get("写入", ended)
        return ended - began, previewed - began, ended - write_start, report.imported.row_count
    finally:
        office.close()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=2, help="alternating runs of each (default 2)")
    parser.add_argument("--keep", type=Path, help="folder to keep the generated files in")
    args = parser.parse_args()
    folder = args.keep or Path(tempfile.mkdtemp(prefix="bench-import-"))
    folder.mkdir(parents=True, exist_ok=True)
    xlsx = folder / f"ledger-{args.rows}.xlsx"
    if not xlsx.exists():
        began = time.perf_counter()
        generate(xlsx, args.rows)
        print(f"generated {xlsx} ({xlsx.stat().st_size / 1e6:.1f} MB) in {time.perf_counter() - began:.1f} s")
    # The machine is shared: alternate the two measurements and keep each one's best run.
    parses: list[float] = []
    imports: list[tuple[float, float, float, int]] = []
    for attempt in range(args.repeat):
        parses.append(openpyxl_parse(xlsx))
        db = folder / f"bench-{attempt}.sqlite3"
        for stale in folder.glob(f"{db.name}*"):
            stale.unlink()
        imports.append(our_import(xlsx, db))
    parse = min(parses)
    total, preview, write, rows = min(imports)
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{'measure (best of ' + str(args.repeat) + ')':<40}{'seconds':>10}")
    print(f"{'openpyxl read-only parse (all rows)':<40}{parse:>10.2f}")
    print(f"{'our import: total':<40}{total:>10.2f}")
    print(f"{'  of which preview (header, sha256)':<40}{preview:>10.2f}")
    print(f"{'  of which database insert':<40}{write:>10.2f}")
    print(f"rows imported: {rows}; ratio import/parse: {total / parse:.2f}x (goal <= 2x)")
    print(f"all runs: parse {[round(p, 1) for p in parses]}, import {[round(i[0], 1) for i in imports]}")
    paired = [i[0] / p for p, i in zip(parses, imports, strict=True)]
    print(f"ratio of each run to the parse just before it: {[round(r, 2) for r in paired]}")
    print(f"peak RSS {rss_mb:.0f} MB")


if __name__ == "__main__":
    main()
