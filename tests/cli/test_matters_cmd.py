"""`dutylog matters search` as a user runs it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from dutylog.office import Office

ROOT = Path(__file__).resolve().parents[2]


def run(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    env.pop("DUTYLOG_DB", None)
    return subprocess.run(
        [sys.executable, "-m", "dutylog", *args], capture_output=True, text=True, env=env, timeout=120
    )


def test_search_json_lists_one_object_per_matter(tmp_path: Path) -> None:
    db = tmp_path / "office.sqlite3"
    office = Office.open(db)
    office.matters.add("网民要求删帖的帖文", url="https://tieba.baidu.com/p/1")
    office.matters.add("关于谣言的澄清")
    office.matters.add("又一条删帖诉求")
    office.close()
    result = run("--db", str(db), "matters", "search", "删帖", "--json", "--limit", "5")
    assert result.returncode == 0, result.stderr
    found = json.loads(result.stdout)
    assert [m["title"] for m in found] == ["又一条删帖诉求", "网民要求删帖的帖文"]
    assert found[1]["url"] == "https://tieba.baidu.com/p/1" and found[1]["grade"] == "ordinary"
    assert json.loads(run("--db", str(db), "matters", "search", "没有的词", "--json").stdout) == []
    limited = json.loads(run("--db", str(db), "matters", "search", "删帖", "--json", "--limit", "1").stdout)
    assert len(limited) == 1
    empty = run("--db", str(db), "matters", "search", " ")
    assert empty.returncode == 2 and "empty_search" in empty.stderr
