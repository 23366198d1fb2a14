"""Bring a database's schema up to date with Alembic, safely.

Before an existing SQLite file is migrated it is copied to a timestamped, verified
backup (storage/backup_copy.py). All pending migrations run in one transaction:
on failure nothing is half-applied.
"""

from __future__ import annotations

import ast
import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, inspect, text

from dutylog.domain.errors import DatabaseError, SchemaTooNewError
from dutylog.storage.backup_copy import default_backup_folder as default_backup_folder
from dutylog.storage.backup_copy import write_backup
from dutylog.storage.engine import sqlite_path

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"

log = logging.getLogger(__name__)

SERVER_BACKUP_NOTE = (
    "数据库服务器上的架构将被升级；DutyLog 不会自动备份服务器数据库，"
    "请管理员事先用 pg_dump 备份（例如 pg_dump -Fc -f dutylog.dump DBNAME）。"
)


@dataclass(frozen=True)
class MigrationResult:
    applied: tuple[str, ...]
    backup: Path | None
    note: str = ""


def alembic_config(engine: Engine) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.attributes["engine"] = engine
    return config


def known_revisions() -> tuple[set[str], set[str]]:
    """(all revisions, heads) read from the version files' `revision`/`down_revision` lines.

    Parsing them here, rather than through Alembic, keeps Alembic's import (about a
    tenth of a second) off every start-up where the schema is already current.
    """
    revisions: set[str] = set()
    parents: set[str] = set()
    for path in (MIGRATIONS_DIR / "versions").glob("*.py"):
        values: dict[str, object] = {}
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            target: ast.expr
            if isinstance(node, ast.AnnAssign) and node.value is not None:
                target, value = node.target, node.value
            elif isinstance(node, ast.Assign) and len(node.targets) == 1:
                target, value = node.targets[0], node.value
            else:
                continue
            if isinstance(target, ast.Name) and target.id in ("revision", "down_revision"):
                values[target.id] = ast.literal_eval(value)
        revision = values.get("revision")
        if not isinstance(revision, str):
            continue
        revisions.add(revision)
        down = values.get("down_revision")
        if isinstance(down, str):
            parents.add(down)
        elif isinstance(down, tuple | list):
            parents.update(str(item) for item in down)
    return revisions, revisions - parents


def current_revisions(engine: Engine) -> set[str]:
    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return set()
        return {row[0] for row in conn.execute(text("SELECT version_num FROM alembic_version"))}


def pending_revisions(engine: Engine) -> tuple[set[str], set[str]]:
    """Return (current, heads); raise SchemaTooNewError for revisions this program does not know."""
    known, heads = known_revisions()
    current = current_revisions(engine)
    unknown = current - known
    if unknown:
        raise SchemaTooNewError(
            "数据库由更新版本的 DutyLog 创建（架构版本 "
            + ", ".join(sorted(unknown))
            + "），请升级本程序后再打开。"
        )
    return current, heads


def upgrade(
    engine: Engine, *, backup_folder: Callable[[Path], Path] = default_backup_folder
) -> MigrationResult:
    current, heads = pending_revisions(engine)
    if current == heads:
        return MigrationResult((), None)
    backup = None
    note = ""
    db_file = sqlite_path(engine.url)
    if db_file is not None and db_file.exists() and _has_tables(engine):
        # Verified under a temporary name before it is named: see storage/backup_copy.py.
        backup = write_backup(db_file, backup_folder(db_file), "pre-migration")
    elif db_file is None and _has_tables(engine):
        # A server database is the administrator's to back up (pg_dump); say so, do not fail.
        note = SERVER_BACKUP_NOTE
        log.warning("%s", note)
    from alembic import command

    config = alembic_config(engine)
    try:
        command.upgrade(config, "heads")
    except Exception as exc:
        raise DatabaseError(f"数据库升级失败，未做任何更改：{exc}", code="migration_failed") from exc
    after, _ = pending_revisions(engine)
    return MigrationResult(tuple(sorted(after - current)), backup, note)


def _has_tables(engine: Engine) -> bool:
    return bool(inspect(engine).get_table_names())
