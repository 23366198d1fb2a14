"""Hatch build hook: compile the Qt Linguist sources (*.ts) into *.qm files.

Runs for wheels and editable installs alike. The .qm files are written beside
their sources (git ignores them) and shipped inside the package as
``dutylog/resources/translations``.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface


def find_lrelease() -> list[str]:
    exe = shutil.which("pyside6-lrelease")
    if exe:
        return [exe]
    # PySide6 installed in the build environment but its scripts are not on PATH.
    import PySide6

    folder = Path(PySide6.__file__).parent
    for candidate in (folder / "lrelease", folder / "Qt" / "libexec" / "lrelease", folder / "lrelease.exe"):
        if candidate.exists():
            return [str(candidate)]
    return [sys.executable, "-c", "from PySide6.scripts.pyside_tool import lrelease; lrelease()"]


def compile_translations(folder: Path) -> list[Path]:
    compiled = []
    for source in sorted(folder.glob("*.ts")):
        target = source.with_suffix(".qm")
        # Compile beside, then swap in: a running app (or test) maps the old .qm into memory,
        # and rewriting that file in place would pull the pages from under it (SIGBUS).
        fresh = target.with_name(target.name + ".new")
        subprocess.run([*find_lrelease(), "-silent", str(source), "-qm", str(fresh)], check=True)
        if target.exists() and target.read_bytes() == fresh.read_bytes():
            fresh.unlink()
        else:
            fresh.replace(target)
        compiled.append(target)
    return compiled


class CustomBuildHook(BuildHookInterface):  # type: ignore[type-arg]
    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        # The .qm files land beside their sources; the wheel's force-include of
        # `resources` then ships them as dutylog/resources/translations/*.qm.
        compile_translations(Path(self.root) / "resources" / "translations")


if __name__ == "__main__":
    # Developers: `python resources/translations/build_qm.py` after editing a .ts file.
    for path in compile_translations(Path(__file__).resolve().parent):
        print(path)
