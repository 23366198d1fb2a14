"""A fuzz test of the command line (issue 16, item 7): nothing a user types destroys the record.

Hypothesis drives every command of ``build_parser()`` (but `gui`, which starts Qt's event
loop) with hostile values for every option (tests/cli/fuzz_values.py), in-process through
``dutylog.cli.main(argv)``, as a process without a terminal would run it (stdin a pipe,
warnings printed rather than raised), in a copy of one demo office built per module and put
back exactly after each run. Write commands log in with the right password, so only the
values can make them fail.

Every run must:
- end with exit code 0, 1 or 2 (argparse's SystemExit counts), with no exception escaping
  ``main`` and neither a traceback nor "unexpected error" on stderr;
- when it fails, say so in at most one line on stderr, starting with "dutylog" (lines
  "dutylog: warning: ..." and "dutylog: notice: ..." may come in addition: they report on
  the way, they are not the failure). Exit 1 with nothing on stderr is a result, e.g.
  `roster check` finding problems, and is fine. Output written straight to file descriptor
  2 (e.g. by Qt) counts as stderr, since a terminal would show it;
- when it fails or only reads (``access_of``), leave the database's logical dump (sorted
  ``iterdump()``) as it was; a refused login (bad_login, locked) is the one exception, but
  never arises here since the password is always right;
- leave every other file in the example folder as it was: a failure creates, changes or
  removes nothing; a success touches only the outputs it was asked to write (and, for a
  write, the office's folder: backups, anchor, new evidence), never the office's own files
  through an output option, and leaves no temporary file behind: no -journal, and no -wal
  or -shm either, which a read-only connection to a WAL database leaves (TEMPORARY);
- when it succeeds with an output option, leave a regular file there (not a directory, a
  device or nothing);
- `check` of a file that is no DutyLog database must not pass;
- not run out of memory: each run may take 2 GiB more than the process had (MEMORY_HEADROOM),
  so `matters import /dev/zero` fails here rather than on the machine.

At the end of the module it prints how many invocations were tried ("fuzz: N invocations,
M commands"; under pytest-xdist, run with ``-s`` to see each worker's count).
``DUTYLOG_SLOW_TESTS=1 pytest -m slow tests/cli/test_fuzz.py`` runs many more examples.
Examples are derandomized: a failure reproduces, and its argv is printed with the example
folder shown as $EX. Device paths are nodes made in the example folder when running as root
(a careless "write a temporary file, rename it over the target" would replace /dev/null
itself), /dev itself otherwise.
"""

from __future__ import annotations

import argparse
import contextlib
import getpass
import io
import os
import re
import shlex
import shutil
import signal
import sqlite3
import stat
import sys
import tempfile
import threading
import traceback
import warnings
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from dutylog.cli import build_parser, main
from dutylog.cli.common import Access, access_of
from dutylog.paths import CONFIG_DIR_ENV
from tests.cli import fuzz_values as fv

SKIPPED = {"gui"}  # the desktop application: its own tests drive it
NORMAL_EXAMPLES = 50
SLOW_EXAMPLES = 400
NOW = "2026-11-17T10:00"
HANG_SECONDS = 120  # a guard against a hang, not a speed requirement
MEMORY_HEADROOM = 2 * 2**30  # `matters import /dev/zero` must not take the machine down
FILE_SIZE_LIMIT = 512 * 2**20
NOTICE = re.compile(r"^dutylog: (warning|notice): ")
ERROR_CODE = re.compile(r"^dutylog(?: [^:]*)?: ([a-z_]+): ")
REFUSED_LOGIN = {"bad_login", "locked"}
CONFIG = "dutylog-config"  # $DUTYLOG_CONFIG_DIR inside the example's home
# A file name SQLite or a "write beside, then rename" leaves: -journal, -wal, -shm, .tmp, ~,
# or a hidden name with a random tail (tempfile's ".ledger-k3j9_x2a.csv").
TEMPORARY = re.compile(r"(-journal|-wal|-shm|\.tmp|~)$|^\..*[-_.][a-z0-9_]{6,}")


def leaf_commands(
    parser: argparse.ArgumentParser, path: str = ""
) -> Iterator[tuple[str, argparse.ArgumentParser]]:
    groups = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    if not groups and path:
        yield path, parser
    for group in groups:
        for name, sub in group.choices.items():
            yield from leaf_commands(sub, f"{path} {name}".strip())


PARSER = build_parser(all_commands=True)  # only to read the argv tried; main() builds its own
COMMANDS = {path: sub for path, sub in leaf_commands(PARSER) if path not in SKIPPED}


# -- running one invocation in isolation -----------------------------------------------------------


class Hang(BaseException):
    """Raised by the alarm; a BaseException so that no `except Exception` swallows it."""


@contextlib.contextmanager
def inside(example: Path, stdin: str) -> Iterator[None]:
    """The example's own home, config and working folder, a fixed clock, a closed terminal."""
    home = example / fv.HOME
    env = {
        "HOME": home,
        "XDG_CONFIG_HOME": home / ".config",
        "XDG_DATA_HOME": home / ".local/share",
        "XDG_STATE_HOME": home / ".local/state",
        "XDG_CACHE_HOME": home / ".cache",
        CONFIG_DIR_ENV: home / CONFIG,
        "DUTYLOG_NOW": NOW,
        "DUTYLOG_PASSWORD": fv.PASSWORD,
        "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
        "QT_QPA_PLATFORM": "offscreen",
    }
    saved_env, saved_cwd, saved_stdin = dict(os.environ), os.getcwd(), sys.stdin
    saved_getpass = getpass.getpass
    for name in ("DUTYLOG_USER", "DUTYLOG_DB", "DUTYLOG_DEBUG"):
        os.environ.pop(name, None)
    os.environ.update({name: str(value) for name, value in env.items()})
    os.chdir(example / fv.CWD)
    sys.stdin = io.StringIO(stdin)
    # A process without a terminal: getpass would otherwise open /dev/tty and wait for a person.
    getpass.getpass = getpass.fallback_getpass  # type: ignore[attr-defined]
    try:
        with guarded(), warnings.catch_warnings():
            warnings.simplefilter("default")  # as a process shows them (on stderr), not as errors
            yield
    finally:
        getpass.getpass = saved_getpass
        sys.stdin = saved_stdin
        os.chdir(saved_cwd)
        os.environ.clear()
        os.environ.update(saved_env)


@contextlib.contextmanager
def guarded() -> Iterator[None]:
    """Bounds on memory, file size and time, so that a bug fails this run instead of the machine."""
    try:
        import resource
    except ImportError:  # not on Linux: no guards
        yield
        return
    pages = int(Path("/proc/self/statm").read_text().split()[0]) if Path("/proc/self/statm").exists() else 0
    old_as, old_fsize = resource.getrlimit(resource.RLIMIT_AS), resource.getrlimit(resource.RLIMIT_FSIZE)
    in_main = threading.current_thread() is threading.main_thread()
    old_xfsz = signal.signal(signal.SIGXFSZ, signal.SIG_IGN) if in_main else None  # EFBIG, not death
    old_alarm = signal.signal(signal.SIGALRM, _alarm) if in_main else None
    if pages:
        limit = pages * resource.getpagesize() + MEMORY_HEADROOM
        if old_as[1] == resource.RLIM_INFINITY or limit < old_as[1]:
            resource.setrlimit(resource.RLIMIT_AS, (limit, old_as[1]))
    if old_fsize[1] == resource.RLIM_INFINITY or old_fsize[1] > FILE_SIZE_LIMIT:
        resource.setrlimit(resource.RLIMIT_FSIZE, (FILE_SIZE_LIMIT, old_fsize[1]))
    if in_main:
        signal.alarm(HANG_SECONDS)
    try:
        yield
    finally:
        if in_main:
            signal.alarm(0)
            signal.signal(signal.SIGALRM, old_alarm)
            signal.signal(signal.SIGXFSZ, old_xfsz)
        resource.setrlimit(resource.RLIMIT_AS, old_as)
        resource.setrlimit(resource.RLIMIT_FSIZE, old_fsize)


def _alarm(_signum: int, _frame: object) -> None:
    raise Hang(f"no answer after {HANG_SECONDS} s")


@contextlib.contextmanager
def descriptors_captured() -> Iterator[list[str]]:
    """What is written to file descriptors 1 and 2 directly (C libraries, Qt), after the fact."""
    box: list[str] = []
    for stream in (sys.stdout, sys.stderr, sys.__stdout__, sys.__stderr__):
        with contextlib.suppress(Exception):
            stream.flush()  # type: ignore[union-attr]
    saved = os.dup(1), os.dup(2)
    with tempfile.TemporaryFile() as sink:
        os.dup2(sink.fileno(), 1)
        os.dup2(sink.fileno(), 2)
        try:
            yield box
        finally:
            os.dup2(saved[0], 1)
            os.dup2(saved[1], 2)
            os.close(saved[0])
            os.close(saved[1])
            sink.seek(0)
            box.append(sink.read().decode("utf-8", "backslashreplace"))


@dataclass
class Result:
    code: int | None
    stdout: str
    stderr: str
    crash: str | None  # the traceback of an exception that escaped main()


def call_main(argv: list[str]) -> Result:
    """``main(argv)`` as a process would see it: stdout strict UTF-8, stderr backslash-escaped."""
    out = io.TextIOWrapper(io.BytesIO(), "utf-8", errors="strict", write_through=True)
    err = io.TextIOWrapper(io.BytesIO(), "utf-8", errors="backslashreplace", write_through=True)
    code: int | None = None
    crash = None
    with descriptors_captured() as direct, contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = main(argv)
        except SystemExit as exit_:
            if isinstance(exit_.code, str):  # Python prints it and exits 1
                print(exit_.code, file=sys.stderr)
            code = exit_.code if isinstance(exit_.code, int) else int(exit_.code is not None)
        except BaseException:
            crash = traceback.format_exc()
    texts = [_written(stream) for stream in (out, err)]
    return Result(code, texts[0], texts[1] + "".join(direct), crash)


def _written(stream: io.TextIOWrapper) -> str:
    raw = stream.buffer
    assert isinstance(raw, io.BytesIO)
    return raw.getvalue().decode("utf-8", "backslashreplace")


# -- what a run left behind ----------------------------------------------------------------------------


def snapshot(root: Path) -> dict[str, tuple[object, ...]]:
    """Every path under ``root``: its kind, and a file's size, mtime, inode and mode.

    The example is a copy that keeps the template's (old) mtimes, so any write shows.
    """
    found: dict[str, tuple[object, ...]] = {}
    for folder, dirs, files in os.walk(root):
        for name in dirs + files:
            path = os.path.join(folder, name)
            info = os.lstat(path)
            rel = os.path.relpath(path, root)
            if stat.S_ISDIR(info.st_mode):
                found[rel] = ("folder",)
            elif stat.S_ISREG(info.st_mode):
                found[rel] = ("file", info.st_size, info.st_mtime_ns, info.st_ino, info.st_mode)
            elif stat.S_ISCHR(info.st_mode) or stat.S_ISBLK(info.st_mode):
                found[rel] = ("device", info.st_rdev)
            else:
                found[rel] = ("other", stat.S_IFMT(info.st_mode))
    return found


def _comparable(entries: dict[str, tuple[object, ...]]) -> dict[str, tuple[object, ...]]:
    """Without inodes: a restored copy equals the template."""
    return {rel: entry[:3] for rel, entry in entries.items()}


def dump(db: Path) -> list[str] | str:
    """The database's sorted logical dump, or why it cannot be read.

    Read from a copy (with its -wal and -journal, as SQLite would find them), so that the
    harness itself leaves no -wal or -shm beside the example's database.
    """
    with tempfile.TemporaryDirectory(prefix="dump-") as scratch:
        copy = Path(scratch) / "copy.sqlite3"
        try:
            shutil.copyfile(db, copy)
        except OSError as exc:
            return f"{type(exc).__name__}: {exc.strerror}"
        for suffix in ("-wal", "-journal"):
            if os.path.isfile(f"{db}{suffix}"):
                shutil.copyfile(f"{db}{suffix}", f"{copy}{suffix}")
        try:
            conn = sqlite3.connect(copy)
            try:
                return sorted(conn.iterdump())
            finally:
                conn.close()
        except sqlite3.Error as exc:
            return f"{type(exc).__name__}: {exc}"


def dump_difference(before: list[str], after: list[str]) -> str:
    """Rows added and removed per table, e.g. "+39 holiday, -1 setting"."""
    counts: Counter[str] = Counter()
    for sign, lines in (("+", set(after) - set(before)), ("-", set(before) - set(after))):
        for line in lines:
            match = re.match(r'INSERT INTO "?([\w]+)', line)
            counts[f"{sign}{match.group(1) if match else 'schema'}"] += 1
    return ", ".join(f"{key[0]}{count} {key[1:]}" for key, count in sorted(counts.items()))


def protected(rel: str) -> bool:
    """The office's own files: the database, its journals, its anchor, evidence and backups."""
    own = {fv.DB, f"{fv.DB}-journal", f"{fv.DB}-wal", f"{fv.DB}-shm", f"{fv.DB}.anchor"}
    return rel in own or rel.startswith((f"{fv.EVIDENCE_DIR}/", f"{fv.BACKUP_DIR}/"))


def within(example: Path, cwd: Path, value: str) -> str | None:
    """``value`` (a path as typed) relative to the example folder, or None if it lies outside."""
    full = os.path.normpath(os.path.join(cwd, value))
    inside = os.path.relpath(full, example)
    return None if inside.startswith("..") else inside


def ancestors(rel: str) -> set[str]:
    parts = rel.split(os.sep)
    return {os.sep.join(parts[:n]) for n in range(1, len(parts))}


# -- the rules -------------------------------------------------------------------------------------------


@dataclass
class Run:
    """One invocation and everything the rules look at."""

    command: str
    invocation: fv.Invocation
    argv: list[str]
    example: Path
    access: Access | None
    outputs: list[tuple[str, str]]  # (kind: file/dir/db, path relative to the example or absolute)
    result: Result
    before: dict[str, tuple[object, ...]]
    after: dict[str, tuple[object, ...]]
    dump_before: list[str] = field(default_factory=list)
    dump_after: list[str] | str = field(default_factory=list)
    hostile_db: str | None = None  # the --db value, relative to the example, when it is not the office's
    violations: list[str] = field(default_factory=list)

    @property
    def failed(self) -> bool:
        return self.result.code != 0 or self.result.crash is not None

    def shown(self) -> str:
        words = [a if len(a) <= 120 else f"{a[:40]}…({len(a)} chars)" for a in self.argv]
        return "dutylog " + shlex.join(words).replace(str(self.example), "$EX")

    def report(self) -> str:
        lines = [f"$ {self.shown()}", f"exit {self.result.code}"]
        if self.invocation.stdin:
            lines.insert(1, f"stdin: {self.invocation.stdin[:80]!r}")
        lines += [f"stderr: {line[:300]}" for line in self.result.stderr.splitlines()[:6]]
        if self.result.crash:
            lines += ["escaped main():", *self.result.crash.splitlines()[-6:]]
        lines += [f"VIOLATION: {v}" for v in self.violations]
        return "\n".join(lines).replace(str(self.example), "$EX")


def judge(run: Run) -> list[str]:
    found: list[str] = []
    result = run.result
    if result.crash is not None:
        found.append(f"exception escaped main(): {result.crash.strip().splitlines()[-1][:200]}")
    if result.code not in (0, 1, 2) and result.crash is None:
        found.append(f"exit code {result.code}")
    if "Traceback (most recent call last)" in result.stderr:
        found.append("traceback on stderr")
    if "unexpected error" in result.stderr:
        found.append(f"'unexpected error' on stderr: {_last_error(result.stderr)[:200]}")
    lines = [line for line in re.split(r"\r\n|\r|\n", result.stderr.rstrip("\r\n")) if line]
    errors = [line for line in lines if not NOTICE.match(line)]
    if run.failed and len(errors) > 1:
        found.append(f"{len(errors)} lines on stderr for one failure")
    if run.failed and errors and not errors[0].startswith("dutylog"):
        found.append(f"stderr does not start with 'dutylog': {errors[0][:120]!r}")
    code = ERROR_CODE.match(errors[0]) if errors else None
    refused_login = code is not None and code.group(1) in REFUSED_LOGIN
    if code is not None and code.group(1) == "out_of_memory":  # hit MEMORY_HEADROOM: read unbounded
        found.append(f"ran out of memory (a read without a size limit): {errors[0][:120]}")
    if isinstance(run.dump_after, str):
        found.append(f"database unreadable afterwards: {run.dump_after}")
    elif (
        (run.failed or run.access is Access.READ) and not refused_login and run.dump_after != run.dump_before
    ):
        kind = "failed" if run.failed else "read-only"
        found.append(
            f"database changed by a {kind} command: {dump_difference(run.dump_before, run.dump_after)}"
        )
    found += _file_violations(run)
    if run.command == "check" and run.invocation.hostile_db in fv.NOT_A_DATABASE and not run.failed:
        found.append("check passed a file that is no DutyLog database")
    return found


def _last_error(stderr: str) -> str:
    return next((line for line in reversed(stderr.splitlines()) if line.strip()), "")


def _file_violations(run: Run) -> list[str]:
    found: list[str] = []
    before, after = run.before, run.after
    changed = {
        rel for rel in before.keys() | after.keys() if before.get(rel) != after.get(rel) and rel != fv.DB
    }
    free, trees = _allowed(run)
    for rel in sorted(changed):
        old, new = before.get(rel), after.get(rel)
        what = "created" if old is None else "removed" if new is None else "changed"
        if old is not None and new is not None and old[0] != new[0]:
            what = f"replaced a {old[0]} by a {new[0]}:"
        if old is not None and old[0] == "device" and old != new:  # even when asked to write there
            found.append(f"{what} {rel}")
        elif new is not None and old is None and TEMPORARY.search(os.path.basename(rel)) and rel not in free:
            found.append(f"left a temporary file: {rel}")
        elif rel in free or rel.startswith(trees):
            if what != "created" and rel.startswith(f"{fv.EVIDENCE_DIR}/"):
                found.append(f"{what} evidence file {rel}")
        else:
            found.append(f"{what} {rel} ({'failed' if run.failed else run.access or 'unparsed'} command)")
    if not run.failed:
        for kind, rel in run.outputs:
            if protected(rel) and after.get(rel) != before.get(rel):
                found.append(f"wrote its output over the office's own file {rel}")
            entry = after.get(rel) if not os.path.isabs(rel) else _entry(rel)
            if kind in ("file", "db") and (entry is None or entry[0] != "file" or entry == before.get(rel)):
                found.append(f"reported success, but {rel or '.'} is {_kind(entry)}, not a file it wrote")
            inside = "" if rel in ("", ".") else f"{rel}/"  # "." is the example folder itself
            if kind == "dir" and not any(r.startswith(inside) and r not in before for r in after):
                found.append(f"reported success, but wrote nothing into {rel}")
    return found


def _entry(path: str) -> tuple[object, ...] | None:
    try:
        mode = os.lstat(path).st_mode
    except OSError:
        return None
    return ("file",) if stat.S_ISREG(mode) else ("folder",) if stat.S_ISDIR(mode) else ("device",)


def _kind(entry: tuple[object, ...] | None) -> str:
    return "missing" if entry is None else f"a {entry[0]}"


def _allowed(run: Run) -> tuple[set[str], tuple[str, ...]]:
    """(paths, folder prefixes) a run may change: nothing after a failure."""
    free: set[str] = set()
    trees: list[str] = []
    if run.failed:
        return free, ()
    for kind, rel in run.outputs:
        if os.path.isabs(rel) or protected(rel):
            continue
        free |= {rel, *ancestors(rel)}
        if kind == "dir":
            trees.append("" if rel in ("", ".") else f"{rel}/")
        if kind == "db":  # a new SQLite database: its anchor, evidence and backups beside it
            folder = os.path.dirname(rel)
            free |= {f"{rel}.anchor", os.path.join(folder, "evidence"), os.path.join(folder, "backups")}
            trees += [os.path.join(folder, "evidence/"), os.path.join(folder, "backups/")]
    if run.access in (Access.WRITE, Access.SETUP):
        # A server database's anchor lives in this workstation's config folder (storage/anchor.py).
        trees.append(f"{fv.HOME}/{CONFIG}/audit-anchors/")
        free |= {f"{fv.HOME}/{CONFIG}", f"{fv.HOME}/{CONFIG}/audit-anchors"}
        if run.invocation.hostile_db is None:
            trees.append(f"{fv.OFFICE_DIR}/")
            free -= {f"{fv.DB}-journal", f"{fv.DB}-wal", f"{fv.DB}-shm"}
        else:  # a write goes into the database --db names (`demo` and `user add` may create it)
            target = run.hostile_db
            if target and not os.path.isabs(target):
                folder = os.path.dirname(target)
                free |= {target, f"{target}.anchor", *ancestors(target)}
                free |= {os.path.join(folder, "evidence"), os.path.join(folder, "backups")}
                trees += [os.path.join(folder, "evidence/"), os.path.join(folder, "backups/")]
    return free, tuple(t.lstrip("/") for t in trees)


# -- the office every example starts from ---------------------------------------------------------------


class FuzzOffice:
    """A demo office with its inputs, built once; each example runs in a fresh copy of it."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.template = root / "template"
        self.devices = fv.device_mode()
        self.counts: Counter[str] = Counter()
        self.workspace: Path | None = None
        self.pristine: dict[str, tuple[object, ...]] = {}
        for folder in (fv.OFFICE_DIR, fv.INPUTS, fv.OUT, fv.CWD, fv.HOME):
            (self.template / folder).mkdir(parents=True)
        db = str(self.template / fv.DB)
        inputs = self.template / fv.INPUTS
        self._setup(["--db", db, "demo", "--days", "7"])
        self._setup(["--db", db, "--user", "admin", "backup"])
        # Supervision (issue 18): a unit with a liaison, and a past matter assigned to it.
        contact = ["--contact", "张三", "--phone", "13800000000"]
        self._setup(["--db", db, "--user", "admin", "units", "add", "县住建局", *contact])
        found = ["--title", "某小区物业纠纷", "--grade", "一般", "--found-at", "2025-12-01 09:00"]
        self._setup(["--db", db, "--user", "admin", "matters", "add", *found])
        assign = ["YQ-2025-0001", "--unit", "县住建局", "--workdays", "3", "--at", "2025-12-01 10:00"]
        self._setup(["--db", db, "--user", "admin", "matters", "assign", *assign])
        self._setup(["--db", db, "matters", "export", "--csv", str(inputs / "ledger.csv")])
        self._setup(["--db", db, "matters", "export", "--xlsx", str(inputs / "ledger.xlsx")])
        self._setup(["--db", db, "archive", "--year", "2026", "--out", str(inputs / "archive.zip")])
        fv.write_input_files(inputs, self.template / fv.DB, inputs / "ledger.csv")
        template_dump = dump(self.template / fv.DB)
        assert isinstance(template_dump, list), template_dump
        self.dump: list[str] = template_dump
        self.facts = self._facts()

    def _setup(self, argv: list[str]) -> None:
        with inside(self.template, ""):
            result = call_main(argv)
        assert result.code == 0 and result.crash is None, (argv, result)

    def _facts(self) -> fv.Facts:
        conn = sqlite3.connect(self.template / fv.DB)
        try:
            column = {
                table: [row[0] for row in conn.execute(f"SELECT {col} FROM {table} ORDER BY id")]
                for table, col in (
                    ("app_user", "username"),
                    ("staff", "name"),
                    ("matter", "number"),
                    ("unit", "name"),
                )
            }
        finally:
            conn.close()

        def files(folder: str) -> tuple[str, ...]:
            found = sorted(p for p in (self.template / folder).rglob("*") if p.is_file())
            return tuple(str(p.relative_to(self.template)) for p in found)

        return fv.Facts(
            usernames=tuple(column["app_user"]),
            staff=tuple(column["staff"]),
            matters=tuple(column["matter"]),
            units=tuple(column["unit"]),
            evidence=files(fv.EVIDENCE_DIR),
            backups=files(fv.BACKUP_DIR),
            devices=self.devices,
        )

    def strategy(self, command: str) -> st.SearchStrategy[fv.Invocation]:
        return fv.invocations(command, COMMANDS[command], self.facts)

    def run(self, command: str, invocation: fv.Invocation) -> Run:
        self.counts[command] += 1
        example = self._workspace()
        cwd = example / fv.CWD
        argv = [fv.resolve(arg, example, cwd) for arg in invocation.argv]
        parsed = _parse(argv)
        outputs = []
        for dest, kind in fv.output_dests(COMMANDS[command]).items():
            path = _local_path(getattr(parsed, dest, None))
            if path is not None:
                outputs.append((kind, within(example, cwd, path) or os.path.join(cwd, path)))
        hostile_db = None
        if invocation.hostile_db is not None:
            db = _local_path(fv.resolve(invocation.hostile_db, example, cwd))
            hostile_db = within(example, cwd, db) if db is not None else None
        before = snapshot(example)
        after = before
        result = None
        try:
            with inside(example, invocation.stdin):
                result = call_main(argv)
            after = snapshot(example)
            run = Run(command, invocation, argv, example, _access(parsed), outputs, result, before, after)
            untouched = after.get(fv.DB) == before.get(fv.DB) and not any(
                f"{fv.DB}{suffix}" in after for suffix in ("-wal", "-journal")
            )  # the copy keeps the template's mtime: any write to it shows
            run.dump_after = self.dump if untouched else dump(example / fv.DB)
            run.dump_before, run.hostile_db = self.dump, hostile_db
            run.violations = judge(run)
            return run
        finally:
            self._restore(example, before, after)
            if result is None or result.crash or "unexpected error" in result.stderr:
                # A connection the failure left open may still hold a lock on these files.
                shutil.rmtree(example, ignore_errors=True)
                self.workspace = None

    def _workspace(self) -> Path:
        """The example folder: a copy of the template, reused while it can be restored exactly.

        Copying and deleting a folder tree per run cost more than most commands take.
        """
        if self.workspace is None:
            # In a folder of its own: an output naming the example folder itself is written beside it.
            (self.root / "work").mkdir(exist_ok=True)
            self.workspace = Path(tempfile.mkdtemp(prefix="example-", dir=self.root / "work"))
            shutil.copytree(self.template, self.workspace, symlinks=True, dirs_exist_ok=True)
            fv.make_devices(self.workspace, self.devices)
            self.pristine = _comparable(snapshot(self.workspace))
        return self.workspace

    def _restore(
        self, example: Path, before: dict[str, tuple[object, ...]], after: dict[str, tuple[object, ...]]
    ) -> None:
        """Undo what the run did; start from a fresh copy when that does not give the template back."""
        try:
            for rel in sorted(after.keys() - before.keys(), key=len, reverse=True):
                _remove(example / rel)
            for rel in sorted(before, key=len):
                if after.get(rel) == before[rel] and rel != fv.DB:
                    continue
                kind = before[rel][0]
                if kind == "folder":
                    (example / rel).mkdir(parents=True, exist_ok=True)
                    continue
                _remove(example / rel)
                if kind == "device":
                    fv.make_device(example / rel, self.devices)
                else:
                    shutil.copy2(self.template / rel, example / rel)
            restored = _comparable(snapshot(example)) == self.pristine
        except OSError:
            restored = False
        if not restored:
            shutil.rmtree(example, ignore_errors=True)
            self.workspace = None

    def summary(self) -> str:
        return f"fuzz: {sum(self.counts.values())} invocations, {len(self.counts)} commands"


def _remove(path: Path) -> None:
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path)
    elif os.path.lexists(path):
        path.unlink()


def _local_path(value: object) -> str | None:
    """The file a value names: a path, or the file of an sqlite:/// URL; None for other URLs."""
    if value is None:
        return None
    text = str(value)
    if text.startswith("sqlite:///") and text not in ("sqlite:///", "sqlite:///:memory:"):
        return text.removeprefix("sqlite:///")
    return None if "://" in text or text == ":memory:" else text


def _parse(argv: list[str]) -> argparse.Namespace | None:
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
        try:
            return PARSER.parse_args(argv)
        except (SystemExit, Exception):
            return None


def _access(parsed: argparse.Namespace | None) -> Access | None:
    try:
        return access_of(parsed) if parsed is not None else None
    except RuntimeError:
        return None


def fast_hashing(monkeypatch: pytest.MonkeyPatch) -> None:
    # As tests/conftest.py does: the demo's password hash costs little to check.
    from argon2 import PasswordHasher

    from dutylog.services.accounts import accounts

    monkeypatch.setattr(accounts, "_HASHER", PasswordHasher(time_cost=1, memory_cost=64, parallelism=1))


@pytest.fixture(scope="module")
def fuzz_office(
    tmp_path_factory: pytest.TempPathFactory, request: pytest.FixtureRequest
) -> Iterator[FuzzOffice]:
    with pytest.MonkeyPatch.context() as monkeypatch:
        fast_hashing(monkeypatch)
        office = FuzzOffice(tmp_path_factory.mktemp("fuzz"))
    yield office
    capture = request.config.pluginmanager.get_plugin("capturemanager")
    with capture.global_and_fixture_disabled() if capture else contextlib.nullcontext():
        print(f"\n{office.summary()}")  # shown without -s too (under xdist: with -s)


FUZZ = settings(
    derandomize=True,  # the same examples every run: a failure reproduces
    database=None,
    deadline=None,
    phases=(Phase.explicit, Phase.generate),  # the first failure as found: shrinking costs minutes
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


def fuzz_one(office: FuzzOffice, command: str, data: st.DataObject) -> None:
    invocation = data.draw(office.strategy(command), label="invocation")
    run = office.run(command, invocation)
    if run.violations:
        pytest.fail(run.report(), pytrace=False)


@pytest.mark.parametrize("command", sorted(COMMANDS))
@settings(FUZZ, max_examples=NORMAL_EXAMPLES)
@given(data=st.data())
def test_hostile_values_never_harm_the_record(
    fuzz_office: FuzzOffice, command: str, data: st.DataObject
) -> None:
    fuzz_one(fuzz_office, command, data)


@pytest.mark.slow
@pytest.mark.skipif(
    not os.environ.get("DUTYLOG_SLOW_TESTS"),
    reason="about 10 minutes; run with DUTYLOG_SLOW_TESTS=1 pytest -m slow tests/cli/test_fuzz.py",
)
@pytest.mark.parametrize("command", sorted(COMMANDS))
@settings(FUZZ, max_examples=SLOW_EXAMPLES, phases=(Phase.explicit, Phase.generate, Phase.shrink))
@given(data=st.data())
def test_many_more_hostile_values(fuzz_office: FuzzOffice, command: str, data: st.DataObject) -> None:
    fuzz_one(fuzz_office, command, data)


# -- the rules themselves catch what the issue saw ------------------------------------------------------


def synthetic(**changes: object) -> Run:
    run = Run(
        command="matters export",
        invocation=fv.Invocation(("matters", "export"), "", None),
        argv=["matters", "export"],
        example=Path("/nonexistent"),
        access=Access.READ,
        outputs=[],
        result=Result(0, "", "", None),
        before={"inputs/dev/full": ("device", 263)},
        after={"inputs/dev/full": ("device", 263)},
        dump_before=['INSERT INTO "staff" VALUES(1);'],
        dump_after=['INSERT INTO "staff" VALUES(1);'],
    )
    for name, value in changes.items():
        setattr(run, name, value)
    return run


def test_a_clean_refusal_breaks_no_rule() -> None:
    stderr = "dutylog: warning: 已忽略\ndutylog: bad_date: 日期应为 YYYY-MM-DD：'2025-02-30'\n"
    assert judge(synthetic(result=Result(2, "", stderr, None))) == []
    assert judge(synthetic(result=Result(1, "3 problem(s)\n", "", None))) == []  # a result, not an error


SUCCESS = Result(0, "已导出\n", "", None)


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        (
            {"dump_after": ['INSERT INTO "staff" VALUES(1);', 'INSERT INTO "holiday" VALUES(2);']},
            "+1 holiday",
        ),
        ({"dump_after": "DatabaseError: file is not a database"}, "database unreadable afterwards"),
        ({"result": Result(70, "", "dutylog: unexpected error: OverflowError: x\n", None)}, "exit code 70"),
        (
            {"result": Result(70, "", "dutylog: unexpected error: OverflowError: x\n", None)},
            "unexpected error",
        ),
        (
            {"result": Result(None, "", "", "Traceback...\nValidationError: bad")},
            "escaped main(): ValidationError",
        ),
        ({"result": Result(2, "", "usage: dutylog ...\ndutylog: error: x\n", None)}, "2 lines on stderr"),
        ({"result": Result(2, "", "QFont: no font\n", None)}, "does not start with 'dutylog'"),
        ({"result": SUCCESS, "outputs": [("file", "out/x.csv")]}, "out/x.csv is missing"),
        (
            {
                "result": SUCCESS,
                "outputs": [("file", "out")],
                "before": {"out": ("folder",)},
                "after": {"out": ("folder",)},
            },
            "out is a folder",
        ),
        (
            {
                "result": SUCCESS,
                "outputs": [("file", "inputs/dev/full")],
                "after": {"inputs/dev/full": ("file", 0)},
            },
            "replaced a device by a file",
        ),
        (
            {
                "result": SUCCESS,
                "outputs": [("file", f"{fv.DB}.anchor")],
                "after": {f"{fv.DB}.anchor": ("file", 9)},
            },
            "over the office's own file",
        ),
        ({"result": Result(2, "", "dutylog: x: y\n", None), "after": {"out/x.csv": ("file", 0)}}, "created"),
        (
            {"after": {"inputs/dev/full": ("device", 263), "office/office.sqlite3-shm": ("file", 0)}},
            "temporary",
        ),
    ],
)
def test_the_rules_catch_what_the_issue_saw(changes: dict[str, object], expected: str) -> None:
    found = judge(synthetic(**changes))
    assert any(expected in violation for violation in found), found


def test_check_must_not_pass_a_file_that_is_no_database() -> None:
    damaged = fv.Invocation(("check",), "", fv.NOT_A_DATABASE[0])
    assert judge(synthetic(command="check", invocation=damaged)) == [
        "check passed a file that is no DutyLog database"
    ]
    assert (
        judge(synthetic(command="check", invocation=damaged, result=Result(2, "", "dutylog: x: y\n", None)))
        == []
    )


def test_every_command_but_gui_is_fuzzed() -> None:
    every = {path for path, _parser in leaf_commands(build_parser(all_commands=True))}
    assert set(COMMANDS) == every - SKIPPED and len(COMMANDS) > 20
