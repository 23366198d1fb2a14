"""The core (domain, services, storage, CLI) stands without Qt; only storage touches SQLAlchemy."""

from __future__ import annotations

import ast
import os
import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "dutylog"

PROBE = """
import sys
from dutylog.cli import main
from dutylog.services.demo import DemoOptions, fill_demo
from dutylog.services.office import Office
db = sys.argv[1]
assert main(["--db", db, "demo", "--days", "3"]) == 0
assert main(["--db", db, "check"]) == 0
office = Office.open(db)
office.roster.on_duty(); office.log.today(); office.matters.open_matters()
leaked = sorted(name for name in sys.modules if name.split(".")[0] in ("PySide6", "shiboken6"))
print("LEAKED", leaked)
"""


def test_core_and_cli_never_import_qt(tmp_path: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(PACKAGE.parent)}
    result = subprocess.run(
        [sys.executable, "-c", PROBE, str(tmp_path / "probe.sqlite3")],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert "LEAKED []" in result.stdout


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def modules_under(*parts: str) -> list[Path]:
    return sorted(PACKAGE.joinpath(*parts).rglob("*.py"))


def test_domain_and_services_do_not_touch_sqlalchemy_or_qt() -> None:
    offenders = []
    for path in modules_under("domain") + modules_under("services") + modules_under("cli"):
        for name in imported_modules(path):
            if name.split(".")[0] in ("sqlalchemy", "alembic", "PySide6"):
                offenders.append(f"{path.relative_to(PACKAGE)} imports {name}")
    assert offenders == []


def test_domain_depends_on_nothing_else_in_the_package() -> None:
    offenders = [
        f"{path.name} imports {name}"
        for path in modules_under("domain")
        for name in imported_modules(path)
        if name.startswith("dutylog.") and not name.startswith("dutylog.domain")
    ]
    assert offenders == []
