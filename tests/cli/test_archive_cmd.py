"""`dutylog archive --year Y --out F.zip` and `--verify` on a demo office."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from dutylog.cli import main
from tests.helpers.demo_office import DEMO_NOW, demo_office_file

pytestmark = pytest.mark.sqlite_only("the command line runs against an office file here")

NOW = DEMO_NOW


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return demo_office_file(tmp_path_factory, days=6)


@pytest.fixture
def archive(
    demo_file: Path, tmp_path_factory: pytest.TempPathFactory, capsys: pytest.CaptureFixture[str]
) -> Path:
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("DUTYLOG_NOW", NOW)
        patch.delenv("DUTYLOG_USER", raising=False)
        out = tmp_path_factory.mktemp("archive") / "2026.zip"
        assert main(["--db", str(demo_file), "archive", "--year", "2026", "--out", str(out)]) == 0
    return out


def test_archive_holds_the_years_documents_and_verifies(
    archive: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with zipfile.ZipFile(archive) as package:
        names = package.namelist()
        manifest = json.loads(package.read("manifest.json"))
    folders = {name.split("/")[0] for name in names if "/" in name}
    assert {
        "briefings",
        "special",
        "weekly",
        "monthly",
        "logs",
        "roster",
        "statistics",
        "audit",
        "evidence",
    } <= folders
    assert "目录.pdf" in names and "2026年舆情台账.xlsx" in names
    evidence = [name for name in names if name.startswith("evidence/")]
    assert evidence and all(name.split("/")[1].startswith("YQ-2026-") for name in evidence)
    assert all(name.endswith(".pdf") for name in names if name.startswith(("briefings/", "logs/", "weekly/")))
    assert manifest["built_by"] and manifest["audit_chain"]["count"] > 0
    assert main(["archive", "--verify", str(archive)]) == 0
    assert "OK" in capsys.readouterr().out


def test_progress_goes_to_stderr_and_the_summary_to_stdout(
    demo_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DUTYLOG_NOW", NOW)
    out = tmp_path / "a.zip"
    assert main(["--db", str(demo_file), "archive", "--year", "2026", "--out", str(out)]) == 0
    captured = capsys.readouterr()
    assert "archive: 100%" in captured.err and "已生成 2026 年归档包" in captured.out
    assert "（操作系统用户）" in captured.out


def test_verify_fails_after_one_byte_changes(
    archive: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with zipfile.ZipFile(archive) as package:
        entries = {info.filename: package.read(info) for info in package.infolist()}
    victim = next(name for name in entries if name.startswith("logs/"))
    tampered = tmp_path / "tampered.zip"
    with zipfile.ZipFile(tampered, "w") as package:
        for name, data in entries.items():
            middle = len(data) // 2
            package.writestr(
                name,
                data[:middle] + bytes([data[middle] ^ 1]) + data[middle + 1 :] if name == victim else data,
            )
    assert main(["archive", "--verify", str(tampered)]) == 1
    assert f"SHA-256 不符：{victim}" in capsys.readouterr().out


def test_archive_needs_a_year_and_an_output(demo_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", str(demo_file), "archive", "--year", "2026"]) == 2
    assert "--out" in capsys.readouterr().err
