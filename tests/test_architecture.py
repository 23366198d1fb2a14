"""The arrows between the package's layers point one way, and nothing imports itself round.

    cli -> app -> ui -> office -> services -> storage / reports -> domain
                  \\-> render (Qt documents) -> reports
    demo (sample offices) sits beside ui and may use the office and everything below it.

Only storage touches SQLAlchemy and Alembic; nothing below ui (and not the CLI) touches Qt
widgets; render uses QtGui only. Imports inside ``if TYPE_CHECKING:`` are for the type
checker and are not arrows at run time.
"""

from __future__ import annotations

import ast
import os
import subprocess
import sys
from functools import cache
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "dutylog"

PROBE = """
import sys
from dutylog.cli import main
from dutylog.office import Office
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


def module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _is_type_checking(node: ast.If) -> bool:
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


@cache
def imports_of(path: Path, *, runtime_only: bool = False) -> frozenset[str]:
    """Every module ``path`` imports (``from a import b`` counts as ``a`` and, if it is one, ``a.b``)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()

    def visit(node: ast.AST) -> None:
        if runtime_only and isinstance(node, ast.If) and _is_type_checking(node):
            for child in node.orelse:
                visit(child)
            return
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
        for child in ast.iter_child_nodes(node):
            visit(child)

    visit(tree)
    return frozenset(names)


def package_modules() -> dict[str, Path]:
    return {module_name(path): path for path in PACKAGE.rglob("*.py") if "migrations" not in path.parts}


def modules_under(*parts: str) -> list[Path]:
    return sorted(PACKAGE.joinpath(*parts).rglob("*.py"))


def layer_of(name: str) -> str:
    parts = name.split(".")
    return parts[1] if len(parts) > 1 else ""


# What each layer may import from inside the package (besides itself).
ALLOWED: dict[str, set[str]] = {
    "domain": set(),
    "reports": {"domain"},
    "storage": {"domain", "paths"},
    "portable": {"domain"},  # the portable folder beside the program, refused on a share
    "services": {"domain", "storage", "reports", "paths"},
    "office": {"domain", "storage", "services", "paths"},
    "render": {"domain", "reports", "paths"},
    "demo": {"domain", "storage", "reports", "services", "office", "paths"},
    "ui": {"domain", "reports", "services", "office", "render", "paths", "demo", "logs"},
    "app": {"domain", "services", "office", "ui", "render", "paths", "logs", "portable"},
    "cli": {"domain", "services", "office", "reports", "render", "demo", "app", "paths", "logs"},
    "tools": {"cli"},
    # The program's entry: --version, a portable folder on a share refused (a box for the
    # windowed program), else the command line.
    "launch": {"cli", "portable", "app"},
    "paths": {"portable"},
    "logs": {"paths", "portable"},  # the log and crash files, support details (no Qt)
}


def test_every_layer_imports_only_what_lies_below_it() -> None:
    offenders = []
    modules = package_modules()
    for name, path in modules.items():
        layer = layer_of(name)
        if layer in ("__main__", ""):
            continue
        # The package root holds only the version: anyone may read it.
        allowed = ALLOWED[layer] | {layer, ""}
        for imported in imports_of(path):
            if imported in modules and layer_of(imported) not in allowed:
                offenders.append(f"{name} imports {imported}")
    assert offenders == []


def test_layering_check_catches_a_back_arrow(tmp_path: Path) -> None:
    # The rule above must be able to fail: a services module importing the ui is an offender.
    fake = tmp_path / "dutylog" / "services" / "bad.py"
    fake.parent.mkdir(parents=True)
    fake.write_text("from dutylog.ui.theme import icon\n", encoding="utf-8")
    imported = imports_of(fake)
    assert any(layer_of(name) not in ALLOWED["services"] | {"services"} for name in imported)


def test_only_storage_touches_sqlalchemy_and_nothing_below_ui_touches_qt() -> None:
    offenders = []
    for name, path in package_modules().items():
        layer = layer_of(name)
        for imported in imports_of(path):
            top = imported.split(".")[0]
            if top in ("sqlalchemy", "alembic") and layer != "storage":
                offenders.append(f"{name} imports {imported}")
            if top in ("PySide6", "shiboken6") and layer not in ("ui", "app", "render"):
                offenders.append(f"{name} imports {imported}")
            if layer == "render" and imported.startswith("PySide6.QtWidgets"):
                offenders.append(f"{name} imports {imported} (render paints documents, no widgets)")
    assert offenders == []


def test_services_do_not_import_their_front_door() -> None:
    offenders = [
        f"{module_name(path)} imports {name}"
        for path in modules_under("services")
        for name in imports_of(path)
        if name == "dutylog.office" or name.startswith("dutylog.office.")
    ]
    assert offenders == []


def find_cycle(graph: dict[str, set[str]]) -> list[str] | None:
    """One import cycle in ``graph`` (module -> modules it imports), or None."""
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        stack.append(node)
        for nxt in sorted(graph.get(node, ())):
            if state.get(nxt) == 1:
                return [*stack[stack.index(nxt) :], nxt]
            if nxt not in state and (found := visit(nxt)):
                return found
        stack.pop()
        state[node] = 2
        return None

    for node in sorted(graph):
        if node not in state and (found := visit(node)):
            return found
    return None


def runtime_import_graph() -> dict[str, set[str]]:
    modules = package_modules()
    graph: dict[str, set[str]] = {}
    for name, path in modules.items():
        targets = {imported for imported in imports_of(path, runtime_only=True) if imported in modules}
        # A package's own __init__ may re-export its modules: not a cycle of the design.
        if path.name == "__init__.py":
            targets = {t for t in targets if not t.startswith(name + ".")}
        graph[name] = targets - {name}
    return graph


def test_no_import_cycles() -> None:
    assert find_cycle(runtime_import_graph()) is None


def test_cycle_finder_finds_a_cycle() -> None:
    assert find_cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": set()}) == ["a", "b", "c", "a"]
    assert find_cycle({"a": {"b"}, "b": set()}) is None


def test_cli_imports_nothing_from_ui_and_reports_nothing_from_services() -> None:
    offenders = [
        f"{module_name(path)} imports {name}"
        for layer, forbidden in (("cli", "dutylog.ui"), ("reports", "dutylog.services"))
        for path in modules_under(layer)
        for name in imports_of(path)
        if name == forbidden or name.startswith(forbidden + ".")
    ]
    assert offenders == []
