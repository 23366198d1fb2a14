"""`archive --verify` trusts neither the zip nor its manifest; an archive DutyLog builds verifies."""

from __future__ import annotations

import hashlib
import json
import os
import struct
import zipfile
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dutylog.cli import main
from dutylog.domain.errors import ValidationError
from dutylog.office import Office
from dutylog.services.matters.archive_verify import MAX_ENTRY_BYTES, parse_manifest, verify_archive
from dutylog.services.matters.ledger_export import ArchiveItem

GOOD = b"the ledger's bytes"


def sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def manifest(files: object, **fields: object) -> bytes:
    document = {"format": "dutylog-archive", "version": 1, "year": 2026, "files": files, **fields}
    return json.dumps(document).encode()


def good_files() -> list[dict[str, Any]]:
    return [{"name": "ledger.xlsx", "kind": "ledger", "size": len(GOOD), "sha256": sha(GOOD)}]


def write_zip(path: Path, entries: dict[str, bytes], raw_manifest: bytes | None) -> Path:
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, data in entries.items():
            archive.writestr(name, data)
        if raw_manifest is not None:
            archive.writestr("manifest.json", raw_manifest)
    return path


def claim_size(path: Path, name: str, size: int) -> None:
    """Make the central directory claim ``size`` uncompressed bytes for entry ``name``."""
    data = bytearray(path.read_bytes())
    assert data[-22:-18] == b"PK\x05\x06"  # the end record (no comment): where the directory starts
    start = struct.unpack_from("<I", data, len(data) - 22 + 16)[0]
    while data[start : start + 4] == b"PK\x01\x02":
        name_length = struct.unpack_from("<H", data, start + 28)[0]
        if data[start + 46 : start + 46 + name_length] == name.encode():
            struct.pack_into("<I", data, start + 24, size)
            path.write_bytes(bytes(data))
            return
        extra_length, comment_length = struct.unpack_from("<HH", data, start + 30)
        start += 46 + name_length + extra_length + comment_length
    raise AssertionError(f"no entry {name}")


def bad_manifest(tmp_path: Path, raw: bytes) -> ValidationError:
    path = write_zip(tmp_path / "a.zip", {"ledger.xlsx": GOOD}, raw)
    with pytest.raises(ValidationError) as caught:
        verify_archive(path)
    assert "\n" not in caught.value.message
    return caught.value


# -- the manifest -----------------------------------------------------------------


def test_an_intact_handmade_archive_verifies(tmp_path: Path) -> None:
    assert verify_archive(write_zip(tmp_path / "a.zip", {"ledger.xlsx": GOOD}, manifest(good_files()))) == []


@pytest.mark.parametrize(
    "files",
    [
        [1],
        "abc",
        None,
        {},
        [None],
        [{"name": "ledger.xlsx"}],
        [{"size": 18, "sha256": "0" * 64}],
        [{"name": "ledger.xlsx", "size": "18", "sha256": "0" * 64}],
        [{"name": "ledger.xlsx", "size": True, "sha256": "0" * 64}],
        [{"name": "ledger.xlsx", "size": -1, "sha256": "0" * 64}],
        [{"name": "ledger.xlsx", "size": 18.0, "sha256": "0" * 64}],
        [{"name": ["ledger.xlsx"], "size": 18, "sha256": "0" * 64}],
        [{"name": "ledger.xlsx", "size": 18, "sha256": "xyz"}],
        [{"name": "ledger.xlsx", "size": 18, "sha256": None}],
        [{"name": "ledger.xlsx", "size": 18, "sha256": "0" * 64, "kind": "photo"}],
        [{"name": "ledger.xlsx", "size": 18, "sha256": "0" * 64}] * 2,
        [{"name": "../ledger.xlsx", "size": 18, "sha256": "0" * 64}],
        [{"name": "/etc/passwd", "size": 18, "sha256": "0" * 64}],
        [{"name": "C:/boot.ini", "size": 18, "sha256": "0" * 64}],
        [{"name": "a\\b", "size": 18, "sha256": "0" * 64}],
        [{"name": "", "size": 18, "sha256": "0" * 64}],
    ],
)
def test_a_manifest_whose_files_are_not_file_entries_is_one_clear_error(
    tmp_path: Path, files: object
) -> None:
    assert bad_manifest(tmp_path, manifest(files)).code == "bad_manifest"


@pytest.mark.parametrize(
    "raw",
    [
        b"",
        b"{",
        b"\xff\xfe not utf-8",
        b"[]",
        b'"files"',
        b"[" * 100_000,
        json.dumps({"format": "dutylog-archive", "version": 1}).encode(),
        json.dumps({"format": "something-else", "version": 1, "files": []}).encode(),
        json.dumps({"format": "dutylog-archive", "version": 2, "files": []}).encode(),
        json.dumps({"format": "dutylog-archive", "version": "1", "files": []}).encode(),
        manifest([], year="2026"),
        manifest([], audit_chain={"last_id": "x"}),
        manifest([], audit_chain=None),
    ],
)
def test_a_manifest_that_is_not_a_dutylog_manifest_is_one_clear_error(tmp_path: Path, raw: bytes) -> None:
    assert bad_manifest(tmp_path, raw).code == "bad_manifest"


JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=20,
)
ENTRY = st.fixed_dictionaries(
    {},
    optional={
        "name": st.sampled_from(["ledger.xlsx", "x", "../x", ""]) | JSON,
        "size": st.sampled_from([len(GOOD), 0, -1, MAX_ENTRY_BYTES + 1]) | JSON,
        "sha256": st.sampled_from([sha(GOOD), "0" * 64, "A" * 64]) | JSON,
        "kind": st.sampled_from(["ledger", "evidence"]) | JSON,
    },
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    files=JSON | st.lists(ENTRY, max_size=4), extra=st.dictionaries(st.text(max_size=10), JSON, max_size=3)
)
def test_whatever_the_manifest_holds_verify_answers_or_refuses_in_one_line(
    tmp_path: Path, files: object, extra: dict[str, object]
) -> None:
    document = {"format": "dutylog-archive", "version": 1, **extra, "files": files}
    path = write_zip(tmp_path / "fuzz.zip", {"ledger.xlsx": GOOD}, json.dumps(document).encode())
    try:
        problems = verify_archive(path)
    except ValidationError as exc:
        assert exc.code in ("bad_manifest", "too_large") and "\n" not in exc.message
    else:
        assert all(isinstance(problem, str) for problem in problems)


def test_parse_manifest_returns_the_listed_files() -> None:
    (entry,) = parse_manifest(manifest(good_files()))
    assert (entry.name, entry.size, entry.sha256, entry.kind) == (
        "ledger.xlsx",
        len(GOOD),
        sha(GOOD),
        "ledger",
    )


# -- sizes and names checked before reading ---------------------------------------------


def test_an_entry_claiming_4_gib_is_refused_before_it_is_read(tmp_path: Path) -> None:
    files = [{"name": "ledger.xlsx", "size": 4 * 2**30 - 16, "sha256": sha(GOOD)}]
    path = write_zip(tmp_path / "big.zip", {"ledger.xlsx": GOOD}, manifest(files))
    claim_size(path, "ledger.xlsx", 4 * 2**30 - 16)
    with pytest.raises(ValidationError) as caught:
        verify_archive(path)
    assert caught.value.code == "too_large" and "ledger.xlsx" in caught.value.message


def test_an_entry_shorter_than_it_claims_is_a_damaged_file_not_a_crash(tmp_path: Path) -> None:
    path = write_zip(tmp_path / "short.zip", {"ledger.xlsx": GOOD}, manifest(good_files()))
    claim_size(path, "ledger.xlsx", len(GOOD) + 1_000_000)
    problems = verify_archive(path)
    assert len(problems) == 1 and "ledger.xlsx" in problems[0]


def test_a_manifest_too_large_to_be_ours_is_refused(tmp_path: Path) -> None:
    raw = manifest(good_files(), padding=" " * (17 << 20))
    assert bad_manifest(tmp_path, raw).code == "too_large"


@pytest.mark.parametrize("name", ["../evil.txt", "evidence/../../evil.txt", "/etc/cron.d/x", "C:/x", "a\\b"])
def test_entries_that_would_escape_a_folder_are_refused(tmp_path: Path, name: str) -> None:
    path = write_zip(tmp_path / "escape.zip", {"ledger.xlsx": GOOD, name: b"x"}, manifest(good_files()))
    with pytest.raises(ValidationError) as caught:
        verify_archive(path)
    assert caught.value.code == "unsafe_entry"


def test_an_entry_that_appears_twice_is_a_problem(tmp_path: Path) -> None:
    path = tmp_path / "twice.zip"
    with pytest.warns(UserWarning), zipfile.ZipFile(path, "w") as archive:
        archive.writestr("ledger.xlsx", b"tampered")
        archive.writestr("ledger.xlsx", GOOD)
        archive.writestr("manifest.json", manifest(good_files()))
    assert any("重名" in problem for problem in verify_archive(path))


def test_what_is_not_a_regular_file_is_refused_without_waiting(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.zip"
    os.mkfifo(fifo)  # opening it to read would wait for a writer forever
    for source in (fifo, tmp_path):
        with pytest.raises(ValidationError) as caught:
            verify_archive(source)
        assert caught.value.code == "bad_archive"
    assert verify_archive(tmp_path / "missing.zip") != []


def test_the_cli_prints_one_line_and_exits_2_for_a_bad_manifest(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write_zip(tmp_path / "a.zip", {"ledger.xlsx": GOOD}, manifest([1]))
    assert main(["archive", "--verify", str(path)]) == 2
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and "bad_manifest" in err


# -- archives DutyLog builds --------------------------------------------------------------

HOSTILE_NAMES = [
    "a\x00b.png",
    "../../etc/passwd",
    "C:\\Windows\\x.txt",
    "dir/sub/file.txt",
    "line\nbreak.txt",
    "\u202egnp.exe",
    "zero\u200bwidth.txt",
    "..",
    "",
    "长" * 300 + ".png",
    "same.txt",
    "same.txt",
]


def test_an_archive_of_evidence_with_hostile_names_verifies(office: Office, tmp_path: Path) -> None:
    items = [
        ArchiveItem(name, sha(f"{index}".encode()), data=f"{index}".encode())
        for index, name in enumerate(HOSTILE_NAMES)
    ]
    office.ledger_export.evidence_source = lambda year: items
    out = tmp_path / "2026.zip"
    result = office.ledger_export.build_archive(2026, out)
    assert result.evidence_files == len(HOSTILE_NAMES) and result.size == out.stat().st_size
    assert verify_archive(out) == []
    with zipfile.ZipFile(out) as archive:
        evidence = [name for name in archive.namelist() if name.startswith("evidence/")]
    assert len(set(evidence)) == len(HOSTILE_NAMES)
    for name in evidence:
        base = name.removeprefix("evidence/")
        assert "/" not in base and "\\" not in base and len(base) <= 140
        assert not any(ch in base for ch in "\x00\n\u202e\u200b")


def test_evidence_with_a_nul_in_its_name_from_the_office_store_verifies(
    office: Office, tmp_path: Path
) -> None:
    matter = office.matters.add("带截图的事项", discovered_at=datetime(2026, 3, 1, 9, 0))
    office.matters.evidence.attach_bytes(matter.id, b"shot", filename="a\x00b/..\\c.png")
    out = tmp_path / "2026.zip"
    assert office.ledger_export.build_archive(2026, out).evidence_files == 1
    assert verify_archive(out) == []


def test_an_archive_is_not_written_over_the_database(office: Office, tmp_path: Path) -> None:
    db_file = office.db.file
    if db_file is None:
        pytest.skip("a server database has no file to protect")
    before = db_file.read_bytes()
    with pytest.raises(ValidationError) as caught:
        office.ledger_export.build_archive(2026, db_file)
    assert caught.value.code == "unsafe_target" and db_file.read_bytes() == before
