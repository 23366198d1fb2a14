"""Where the command line may write: never over the record, and it says what it wrote.

The commands are the ones of the issue "nothing a user types can destroy the record":
`matters export --csv <the database>` used to overwrite the open database and exit 0,
`--csv /dev/full` replaced the device node when run as root, and `brief --pdf DIR/`
printed a page count without writing anything.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import stat
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from dutylog.cli import main
from dutylog.office import Office

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.sqlite_only("the command line runs against an office file here")


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """A demo office and the number of one of its matters."""
    path = tmp_path_factory.mktemp("demo") / "office.sqlite3"
    assert main(["--db", str(path), "demo", "--days", "5"]) == 0
    office = Office.open(path)
    try:
        number = office.matters.open_matters()[0].number
    finally:
        office.close()
    return path, number


@pytest.fixture
def db(demo: tuple[Path, str], tmp_path: Path) -> Iterator[Path]:
    source_db, _number = demo
    folder = tmp_path / "office"
    shutil.copytree(source_db.parent, folder, ignore=shutil.ignore_patterns("*-wal", "*-shm"))
    (folder / "reports").mkdir()
    yield folder / source_db.name


@pytest.fixture
def matter_no(demo: tuple[Path, str]) -> str:
    return demo[1]


def fingerprint(db: Path) -> str:
    return hashlib.sha256(db.read_bytes()).hexdigest()


def run(capsys: pytest.CaptureFixture[str], db: Path, *argv: str) -> tuple[int, str, list[str]]:
    status = main(["--db", str(db), *argv])
    captured = capsys.readouterr()
    return status, captured.out, captured.err.splitlines()


def assert_refused(capsys: pytest.CaptureFixture[str], db: Path, *argv: str) -> str:
    """Exit 2 with one line naming the refusal; the database is the same file and still checks out."""
    before = fingerprint(db)
    status, out, err = run(capsys, db, *argv)
    assert status == 2, (out, err)
    assert len(err) == 1 and err[0].startswith("dutylog: unsafe_target: "), err
    assert "已导出" not in out and "written to" not in out
    assert fingerprint(db) == before
    assert run(capsys, db, "check")[0] == 0
    return err[0]


def test_an_export_over_the_open_database_is_refused(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    line = assert_refused(capsys, db, "matters", "export", "--csv", str(db))
    assert str(db) in line and "数据库" in line
    assert_refused(capsys, db, "matters", "export", "--xlsx", f"{db}-wal")
    assert_refused(
        capsys, db, "roster", "export", "--xlsx", str(db), "--from", "2026-11-01", "--to", "2026-11-30"
    )
    assert_refused(
        capsys, db, "roster", "export", "--pdf", f"{db}.anchor", "--from", "2026-11-01", "--to", "2026-11-30"
    )
    assert_refused(capsys, db, "archive", "--year", "2026", "--out", str(db))
    assert sorted(p.name for p in db.parent.iterdir() if p.name.endswith(".tmp")) == []


def test_the_backup_and_evidence_folders_are_refused(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    for folder in ("backups", "evidence"):
        (db.parent / folder).mkdir(exist_ok=True)
        assert_refused(capsys, db, "archive", "--year", "2026", "--out", str(db.parent / folder / "2026.zip"))
        assert not (db.parent / folder / "2026.zip").exists()


@pytest.mark.parametrize("device", ["/dev/full", "/dev/null"])
def test_a_device_is_refused_and_left_a_device(
    db: Path, capsys: pytest.CaptureFixture[str], device: str
) -> None:
    if not Path(device).exists():
        pytest.skip(f"no {device} here")
    line = assert_refused(capsys, db, "matters", "export", "--csv", device)
    assert "不是普通文件" in line
    assert stat.S_ISCHR(Path(device).stat().st_mode)


@pytest.mark.parametrize(
    "argv",
    [
        ["brief", "--pdf", "{dir}/"],
        ["brief", "--docx", "{dir}"],
        ["report", "special", "{matter}", "--pdf", "{dir}/"],
        ["report", "weekly", "--week", "2026-W47", "--docx", "{dir}/"],
        ["roster", "export", "--ics", "{dir}", "--from", "2026-11-01", "--to", "2026-11-30"],
        ["matters", "export", "--csv", "{dir}/no/such/folder/x.csv"],
    ],
)
def test_a_folder_is_not_a_file(
    db: Path, matter_no: str, capsys: pytest.CaptureFixture[str], argv: list[str]
) -> None:
    folder = db.parent / "reports"
    args = [arg.format(dir=folder, matter=matter_no) for arg in argv]
    assert_refused(capsys, db, *args)
    assert list(folder.iterdir()) == []  # nothing written into it, no folder created


def test_an_export_says_where_it_wrote_and_how_much(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out_file = db.parent / "reports" / "ledger.csv"
    status, out, err = run(capsys, db, "matters", "export", "--csv", str(out_file))
    assert status == 0, err
    size = out_file.stat().st_size
    assert out.strip().endswith(f"到 {out_file.resolve()}（{size} 字节）"), out
    assert out.startswith("已导出 ") and " 条事项" in out

    ics = db.parent / "reports" / "roster.ics"
    status, out, err = run(
        capsys, db, "roster", "export", "--ics", str(ics), "--from", "2026-11-01", "--to", "2026-11-30"
    )
    assert status == 0, err
    assert out.strip().endswith(f"written to {ics.resolve()} ({ics.stat().st_size} bytes)"), out


def test_a_document_says_where_it_wrote_and_how_much(
    db: Path, matter_no: str, capsys: pytest.CaptureFixture[str]
) -> None:
    docx = db.parent / "reports" / "special.docx"
    docx.write_bytes(b"last week's version")
    status, out, err = run(capsys, db, "report", "special", matter_no, "--docx", str(docx))
    assert status == 0, err
    assert out.strip() == f"已导出 Word 文档到 {docx.resolve()}（{docx.stat().st_size} 字节）"
    assert docx.read_bytes().startswith(b"PK")  # replaced by the new document

    # A PDF needs a Qt application, which must not outlive the command in this process
    # (the GUI tests make their own): this one runs as the user runs it.
    pdf = db.parent / "reports" / "brief.pdf"
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    env.pop("DUTYLOG_DB", None)
    result = subprocess.run(
        [sys.executable, "-m", "dutylog", "--db", str(db), "brief", "--pdf", str(pdf)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert f"到 {pdf.resolve()}（{pdf.stat().st_size} 字节）" in out and "页）" in out
    assert pdf.read_bytes().rstrip().endswith(b"%%EOF")
    assert sorted(p.name for p in pdf.parent.iterdir()) == ["brief.pdf", "special.docx"]
