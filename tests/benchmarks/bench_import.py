"""Import a generated 100,000-row .xlsx ledger and compare it with the floors (issue 23).

    PYTHONPATH=. .venv/bin/python tests/benchmarks/bench_import.py [--rows 100000] [--keep DIR] [--repeat 2]

Whole processes, timed alternately, best of ``--repeat`` each (the machine is shared):
- `dutylog --db X --user admin matters import F` (read, check every row, insert in one
  transaction, print the report), its wall time and its CPU time;
- floor 1: python-calamine's parse of the same file (every row as Python values);
- floor 2: that parse plus a raw sqlite3 executemany of the same rows into the matter table
  of an empty DutyLog database (its indexes and full-text triggers included).
Also openpyxl's own read-only parse, in this process, as the earlier goal named it
(import at most 2x of it). ``--in-process`` adds the service's own phases (preview, insert).
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import shutil
import subprocess
import sys
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


# Floor 1: calamine's parse of the first sheet, every row as Python values.
CALAMINE_PARSE = """
import sys
from python_calamine import CalamineWorkbook
workbook = CalamineWorkbook.from_path(sys.argv[1])
rows = list(workbook.get_sheet_by_name(workbook.sheet_names[0]).iter_rows())
print(len(rows))
"""

# Floor 2: the same parse, then the rows (below the title and header rows) inserted into the
# matter table as they are, text as text, by one raw executemany in one transaction.
CALAMINE_INSERT = (
    CALAMINE_PARSE
    + """
import sqlite3
def text(cell):
    return "" if cell is None or cell == "" else str(cell)
values = [
    (f"F-{i}", 3000 + i // 1_000_000, i, text(r[1])[:200], "", text(r[3]), text(r[2]), text(r[4]), text(r[5]),
     text(r[6]), text(r[7]), text(r[8]), "negative", "closed", text(r[10]), 0, "2026-11-17 15:30:00",
     "2026-11-17 15:30:00", 1)
    for i, r in enumerate(rows[2:])
]
con = sqlite3.connect(sys.argv[2], isolation_level=None)
con.execute("PRAGMA journal_mode=WAL")
con.execute("PRAGMA synchronous=NORMAL")
con.execute("BEGIN")
con.executemany(
    "INSERT INTO matter (number, year, seq, title, summary, source, url, author_name, published_at, "
    "discovered_at, reported_at, grade, sentiment, status, outcome, posts_removed, created_at, updated_at, "
    "version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
    values,
)
con.execute("COMMIT")
print(con.execute("SELECT count(*) FROM matter").fetchone()[0])
"""
)


def timed_process(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    """(wall seconds, CPU seconds of the child) of one whole process; it must succeed."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    began = time.perf_counter()
    done = subprocess.run(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, check=False)
    wall = time.perf_counter() - began
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode != 0:
        raise SystemExit(f"{command[:4]}... failed: {done.stderr.decode(errors='replace')[-500:]}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


def empty_office(folder: Path, env: dict[str, str]) -> Path:
    """An empty, migrated DutyLog database with the administrator `admin` (password admin1234)."""
    path = folder / "empty-office.sqlite3"
    if not path.exists():
        subprocess.run(
            [sys.executable, "-m", "dutylog", "--db", str(path), "user", "add", "admin", "--role", "admin",
             "--password-stdin"],
            input=b"admin1234\nadmin1234\n", env=env, check=True, stdout=subprocess.DEVNULL,
        )  # fmt: skip
    return path


def fresh_copy(empty: Path, target: Path) -> Path:
    for stale in target.parent.glob(f"{target.name}*"):
        stale.unlink()
    shutil.copyfile(empty, target)
    return target


def whole_processes(xlsx: Path, folder: Path, repeat: int) -> None:
    """The CLI import against calamine's parse and calamine + a raw executemany, alternately."""
    root = Path(__file__).resolve().parents[2]
    env = {**os.environ, "PYTHONPATH": str(root), "DUTYLOG_PASSWORD": "admin1234"}
    env.pop("DUTYLOG_DB", None)
    empty = empty_office(folder, env)
    python = sys.executable
    commands = {
        "calamine parse": lambda: [python, "-c", CALAMINE_PARSE, str(xlsx)],
        "calamine parse + raw sqlite3 executemany": lambda: [
            python, "-c", CALAMINE_INSERT, str(xlsx), str(fresh_copy(empty, folder / "floor.sqlite3"))
        ],
        "dutylog matters import": lambda: [
            python, "-m", "dutylog", "--db", str(fresh_copy(empty, folder / "cli.sqlite3")),
            "--user", "admin", "matters", "import", str(xlsx)
        ],
    }  # fmt: skip
    times: dict[str, list[tuple[float, float]]] = {name: [] for name in commands}
    for _attempt in range(repeat):
        for name, command in commands.items():
            times[name].append(timed_process(command(), env))
    best = {name: (min(w for w, _c in runs), min(c for _w, c in runs)) for name, runs in times.items()}
    ours = best["dutylog matters import"]
    print(f"| whole process (best of {repeat}) | wall s | CPU s | import / it, wall | import / it, CPU |")
    print("|---|---:|---:|---:|---:|")
    for name, (wall, cpu) in best.items():
        print(f"| {name} | {wall:.2f} | {cpu:.2f} | {ours[0] / wall:.2f}x | {ours[1] / cpu:.2f}x |")
    rounded = {name: [(round(w, 1), round(c, 1)) for w, c in runs] for name, runs in times.items()}
    print(f"all runs (wall, CPU): {rounded}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=2, help="alternating runs of each (default 2)")
    parser.add_argument("--keep", type=Path, help="folder to keep the generated files in")
    parser.add_argument(
        "--in-process", action="store_true", help="also the service's phases, in this process"
    )
    args = parser.parse_args()
    folder = args.keep or Path(tempfile.mkdtemp(prefix="bench-import-"))
    folder.mkdir(parents=True, exist_ok=True)
    xlsx = folder / f"ledger-{args.rows}.xlsx"
    if not xlsx.exists():
        began = time.perf_counter()
        generate(xlsx, args.rows)
        print(f"generated {xlsx} ({xlsx.stat().st_size / 1e6:.1f} MB) in {time.perf_counter() - began:.1f} s")
    whole_processes(xlsx, folder, args.repeat)
    if not args.in_process:
        return
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
