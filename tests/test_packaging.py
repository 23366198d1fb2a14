"""A non-editable install must carry its resources and migrations."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.slow
def test_wheel_contains_resources_and_migrations(tmp_path: Path) -> None:
    pytest.importorskip("hatchling")
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-w",
            str(tmp_path),
            str(ROOT),
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    wheel = next(tmp_path.glob("dutylog-*.whl"))
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "dutylog/resources/icons/today.svg" in names
    assert "dutylog/resources/translations/dutylog_en.qm" in names
    assert "dutylog/storage/migrations/env.py" in names
    assert "dutylog/storage/migrations/script.py.mako" in names
    assert any(name.startswith("dutylog/storage/migrations/versions/0001") for name in names)
    entry_points = next(name for name in names if name.endswith("entry_points.txt"))
    assert "dutylog = dutylog.launch:main" in zipfile.ZipFile(wheel).read(entry_points).decode()
    # Only what the app loads: no README screenshots, no .ts sources; Essentials, not Addons.
    assert not [name for name in names if "resources/screenshots" in name or name.endswith(".ts")]
    metadata = next(name for name in names if name.endswith("METADATA"))
    requires = zipfile.ZipFile(wheel).read(metadata).decode().lower()
    assert "requires-dist: pyside6-essentials" in requires and "pyside6-addons" not in requires
    assert "python-calamine" in requires and "extra == 'postgres'" in requires.replace('"', "'")
