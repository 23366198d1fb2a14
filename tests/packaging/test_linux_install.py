"""The Linux archive's install script, desktop entry and icons (packaging/linux, packaging/icons)."""

from __future__ import annotations

import configparser
import os
import shutil
import stat
import struct
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="a POSIX shell script")


def staged_archive(tmp_path: Path, version: str) -> Path:
    """What packaging/build puts into the tar.gz, with a stand-in bundle."""
    stage = tmp_path / f"dutylog-{version}"
    bundle = stage / "dutylog"
    (bundle / "_internal").mkdir(parents=True)
    program = bundle / "dutylog"
    program.write_text(f"#!/bin/sh\necho DutyLog {version}\n")
    program.chmod(program.stat().st_mode | stat.S_IXUSR)
    (bundle / "_internal" / f"only-in-{version}").write_text("")
    shutil.copy(PACKAGING / "linux" / "install.sh", stage / "install.sh")
    (stage / "share").mkdir()
    shutil.copy(PACKAGING / "linux" / "dutylog.desktop", stage / "share")
    shutil.copytree(PACKAGING / "icons", stage / "share" / "icons")
    shutil.copy(ROOT / "resources" / "icons" / "app.svg", stage / "share" / "icons" / "dutylog.svg")
    return stage


def run(script: Path, home: Path, *args: str) -> str:
    env = {"HOME": str(home), "PATH": os.environ.get("PATH", "/usr/bin:/bin")}
    result = subprocess.run(
        ["sh", str(script), *args], capture_output=True, text=True, env=env, timeout=60, check=True
    )
    return result.stdout


def test_install_upgrade_and_uninstall_keep_the_users_data(tmp_path: Path) -> None:
    home = tmp_path / "home"
    data = home / ".local" / "share"
    (data / "DutyLog").mkdir(parents=True)
    (data / "DutyLog" / "dutylog.sqlite3").write_text("the office's records")

    run(staged_archive(tmp_path / "a", "0.1.0") / "install.sh", home)
    app = data / "dutylog" / "app"
    command = home / ".local" / "bin" / "dutylog"
    assert subprocess.run([str(command)], capture_output=True, text=True).stdout == "DutyLog 0.1.0\n"
    entry = (data / "applications" / "dutylog.desktop").read_text()
    assert f"Exec={app}/dutylog gui" in entry
    assert (data / "icons" / "hicolor" / "256x256" / "apps" / "dutylog.png").is_file()
    assert (data / "icons" / "hicolor" / "scalable" / "apps" / "dutylog.svg").is_file()

    run(staged_archive(tmp_path / "b", "0.2.0") / "install.sh", home)  # an upgrade in place
    assert subprocess.run([str(command)], capture_output=True, text=True).stdout == "DutyLog 0.2.0\n"
    assert not (app / "_internal" / "only-in-0.1.0").exists()  # nothing of the old bundle lingers

    run(staged_archive(tmp_path / "c", "0.2.0") / "install.sh", home, "--uninstall")
    assert not app.exists() and not command.exists()
    assert not (data / "applications" / "dutylog.desktop").exists()
    assert (data / "DutyLog" / "dutylog.sqlite3").read_text() == "the office's records"


def test_the_desktop_entry_is_well_formed() -> None:
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read(PACKAGING / "linux" / "dutylog.desktop", encoding="utf-8")
    section = entry["Desktop Entry"]
    assert section["Type"] == "Application" and section["Icon"] == "dutylog"
    assert section["Name[zh_CN]"] == "DutyLog 值班管理"
    assert section["Exec"].startswith("@BINDIR@/dutylog")
    assert section["Categories"].endswith(";")


def test_icons_cover_the_theme_sizes_and_the_ico_holds_them() -> None:
    for size in (16, 24, 32, 48, 64, 128, 256, 512):
        png = (PACKAGING / "icons" / f"dutylog-{size}.png").read_bytes()
        assert png[:8] == b"\x89PNG\r\n\x1a\n"
        width, height = struct.unpack(">II", png[16:24])  # the IHDR chunk
        assert (width, height) == (size, size)
    ico = (PACKAGING / "icons" / "dutylog.ico").read_bytes()
    reserved, kind, count = int.from_bytes(ico[0:2], "little"), ico[2], ico[4]
    assert (reserved, kind, count) == (0, 1, 7)
