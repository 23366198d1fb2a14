"""Portable mode: the database, settings and logs beside the program, never on a network share."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from dutylog import launch, logs, paths, portable


@pytest.fixture
def no_overrides(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in (paths.CONFIG_DIR_ENV, logs.LOG_DIR_ENV, portable.PORTABLE_ENV):
        monkeypatch.delenv(name, raising=False)


def test_everything_goes_into_the_portable_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, no_overrides: None
) -> None:
    monkeypatch.setenv(portable.PORTABLE_ENV, str(tmp_path / "stick"))
    assert paths.default_database_path() == tmp_path / "stick" / paths.DB_FILENAME
    assert paths.config_dir() == tmp_path / "stick" / "config"
    assert logs.log_dir() == tmp_path / "stick" / "logs"


def test_without_the_mode_the_users_profile_is_used(no_overrides: None) -> None:
    assert portable.root() is None or getattr(sys, "frozen", False)
    assert paths.default_database_path().name == paths.DB_FILENAME
    assert "stick" not in str(paths.config_dir())


def test_the_marker_beside_the_bundles_executable_turns_it_on(tmp_path: Path) -> None:
    exe = tmp_path / "DutyLog" / "dutylog.exe"
    exe.parent.mkdir()
    exe.write_bytes(b"")
    assert portable._root("", True, str(exe)) is None  # no marker: the profile
    (exe.parent / portable.MARKER).write_text("")
    assert portable._root("", True, str(exe.with_name("dutylogw.exe"))) == exe.parent / "data"
    # A source checkout (not frozen) ignores a stray marker.
    assert portable._root("", False, str(exe.with_name("python.exe"))) is None


def test_a_folder_on_a_network_mount_is_recognised(tmp_path: Path) -> None:
    mounts = tmp_path / "mounts"
    mounts.write_text(
        "/dev/sda1 / ext4 rw 0 0\n"
        "server:/export /mnt/office nfs4 rw 0 0\n"
        "/dev/sdb1 /mnt/office/usb vfat rw 0 0\n"
        "//nas/duty /media/duty\\040share cifs rw 0 0\n"
    )
    assert portable._mount_type(Path("/mnt/office/dutylog/data"), mounts) == "nfs4"
    assert portable._mount_type(Path("/mnt/office/usb/data"), mounts) is None  # the longer mount wins
    assert portable._mount_type(Path("/media/duty share/data"), mounts) == "cifs"
    assert portable._mount_type(Path("/home/officer/data"), mounts) is None
    assert portable.network_location(Path("//server/share/dutylog")) is not None


def test_a_portable_folder_on_a_share_is_refused_before_anything_opens(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "share"
    monkeypatch.setenv(portable.PORTABLE_ENV, str(folder))
    monkeypatch.setattr(portable, "network_location", lambda path: "cifs" if path == folder else None)
    monkeypatch.setattr(sys, "argv", ["dutylog", "--db", str(tmp_path / "x.sqlite3"), "check"])
    assert launch.main() == 1
    err = capsys.readouterr().err
    assert err.startswith("dutylog: portable_on_network: ") and "PostgreSQL" in err
    assert not folder.exists() and not (tmp_path / "x.sqlite3").exists()


@pytest.mark.sqlite_only("a portable folder holds an SQLite file")
def test_the_command_line_writes_nothing_outside_the_portable_folder(tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("XDG_", "DUTYLOG_")) and key != "HOME"
    }
    env.update(HOME=str(home), DUTYLOG_PORTABLE=str(tmp_path / "stick"), DUTYLOG_NOW="2026-11-17T15:30")
    done = subprocess.run(
        [sys.executable, "-m", "dutylog", "demo", "--days", "3", "--quiet"],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "stick" / paths.DB_FILENAME).is_file()
    written = [path for path in home.rglob("*") if path.is_file()]
    assert written == []


def test_the_windows_settings_are_an_ini_file_in_the_portable_folder(tmp_path: Path) -> None:
    # In a child process: QSettings' default format and path are the whole process's.
    script = (
        "from PySide6.QtCore import QSettings\n"
        "from dutylog.app import make_application\n"
        "app = make_application(language='zh_CN')\n"
        "settings = QSettings()\n"
        "settings.setValue('ui/language', 'zh_CN')\n"
        "settings.sync()\n"
        "print(settings.fileName())\n"
    )
    env = dict(os.environ, DUTYLOG_PORTABLE=str(tmp_path / "stick"), QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    written = Path(done.stdout.strip().splitlines()[-1])
    assert written.is_file() and written.suffix == ".ini"
    assert written.is_relative_to(tmp_path / "stick" / "settings")
