"""Bring a database's schema up to date with Alembic, safely.

Before an existing SQLite file is migrated it is copied to a timestamped backup
with SQLite's online backup API. All pending migrations run in one transaction:
on failure nothing is half-applied.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, inspect

from dutylog.domain.errors import DatabaseError, SchemaTooNewError
from dutylog.storage.engine import sqlite_path

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
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.attributes["engine"] = engine
    return config


def backup_sqlite(source: Path, folder: Path, reason: str) -> Path:
    """Copy a live SQLite file consistently (online backup API) to ``folder``."""
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = folder / f"{source.stem}-{reason}-{stamp}.sqlite3"
    with sqlite3.connect(source) as src, sqlite3.connect(target) as dst:
        src.backup(dst)
    src.close()
    dst.close()
    target.chmod(0o600)
    return target


def default_backup_folder(db_file: Path) -> Path:
    return db_file.parent / "backups"


def pending_revisions(engine: Engine) -> tuple[set[str], set[str]]:
    """Return (current, heads); raise SchemaTooNewError for revisions this program does not know."""
    script = ScriptDirectory.from_config(alembic_config(engine))
    known = {rev.revision for rev in script.walk_revisions()}
    with engine.connect() as conn:
        current = set(MigrationContext.configure(conn).get_current_heads())
    unknown = current - known
    if unknown:
        raise SchemaTooNewError(
            "数据库由更新版本的 DutyLog 创建（架构版本 "
            + ", ".join(sorted(unknown))
            + "），请升级本程序后再打开。"
        )
    return current, set(script.get_heads())


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
        backup = backup_sqlite(db_file, backup_folder(db_file), "pre-migration")
    elif db_file is None and _has_tables(engine):
        # A server database is the administrator's to back up (pg_dump); say so, do not fail.
        note = SERVER_BACKUP_NOTE
        log.warning("%s", note)
    config = alembic_config(engine)
    try:
        command.upgrade(config, "heads")
    except Exception as exc:
        raise DatabaseError(f"数据库升级失败，未做任何更改：{exc}", code="migration_failed") from exc
    after, _ = pending_revisions(engine)
    return MigrationResult(tuple(sorted(after - current)), backup, note)


def _has_tables(engine: Engine) -> bool:
    return bool(inspect(engine).get_table_names())
