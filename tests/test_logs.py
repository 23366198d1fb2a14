"""The log file, the crash file and the support details (dutylog/logs.py)."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from dutylog import __version__, logs

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def restore_logging() -> Iterator[None]:
    level = logs.logger.level
    yield
    for handler in list(logs.logger.handlers):
        if getattr(handler, "dutylog_file", False):
            logs.logger.removeHandler(handler)
            handler.close()
    logs.logger.setLevel(level)
    import faulthandler

    faulthandler.enable(file=sys.__stderr__)  # pytest's own: back to the terminal


def test_info_by_default_debug_when_verbose(tmp_path: Path, restore_logging: None) -> None:
    path = logs.setup(folder=tmp_path)
    assert path == tmp_path / "dutylog.log"
    logging.getLogger("dutylog.test").info("第一条")
    logging.getLogger("dutylog.test").debug("hidden detail")
    logs.setup(verbose=True, folder=tmp_path)
    logging.getLogger("dutylog.test").debug("shown detail")
    text = path.read_text(encoding="utf-8")
    assert "INFO" in text and "第一条" in text
    assert "hidden detail" not in text and "shown detail" in text
    assert f"DutyLog {__version__}" in (tmp_path / "crash.log").read_text(encoding="utf-8")


def test_an_unwritable_folder_means_no_log_not_a_failure(tmp_path: Path, restore_logging: None) -> None:
    blocked = tmp_path / "file"
    blocked.write_text("not a folder")
    assert logs.setup(folder=blocked / "logs") is None


def test_the_folder_follows_the_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(logs.LOG_DIR_ENV, str(tmp_path))
    assert logs.log_file() == tmp_path / "dutylog.log" and logs.crash_file() == tmp_path / "crash.log"
    monkeypatch.delenv(logs.LOG_DIR_ENV)
    assert "DutyLog" in str(logs.log_dir())


CRASH = """
import os, signal, sys
from pathlib import Path
from dutylog import logs
assert logs.setup(folder=Path(sys.argv[1])) is not None
os.kill(os.getpid(), signal.SIGSEGV)
"""


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX signal")
def test_a_hard_crash_leaves_the_crash_file(tmp_path: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    result = subprocess.run(
        [sys.executable, "-c", CRASH, str(tmp_path)], capture_output=True, text=True, env=env, timeout=60
    )
    assert result.returncode != 0
    report = (tmp_path / "crash.log").read_text(encoding="utf-8")
    assert "Segmentation fault" in report and f"DutyLog {__version__}" in report
    assert 'File "<string>", line 6' in report  # where Python was when it died


def test_details_name_the_version_platform_and_database(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv(logs.LOG_DIR_ENV, str(tmp_path))
    text = logs.details("SQLite 文件 /tmp/office.sqlite3")
    assert f"DutyLog {__version__}" in text and "Python 3." in text
    assert "SQLite 文件" in text and str(tmp_path / "dutylog.log") in text
