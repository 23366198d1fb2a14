"""Opening a PostgreSQL database: checked pool, READ COMMITTED, and a pg_dump note on upgrades."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

import psycopg
import pytest
from sqlalchemy.engine import make_url

from dutylog.storage.database import Database
from dutylog.storage.migrate import SERVER_BACKUP_NOTE

if TYPE_CHECKING:
    from tests.conftest import PgTestServer

pytestmark = pytest.mark.postgres


def test_pool_is_checked_and_isolation_is_read_committed(pg_server: PgTestServer) -> None:
    db = Database.open(pg_server.fresh_database())
    try:
        assert db.engine.pool._pre_ping  # type: ignore[attr-defined]
        with db.engine.connect() as conn:
            assert conn.exec_driver_sql("SHOW transaction_isolation").scalar() == "read committed"
            assert conn.exec_driver_sql("SHOW application_name").scalar() == "dutylog"
    finally:
        db.close()


def test_upgrading_a_server_database_asks_for_pg_dump_and_goes_ahead(
    pg_server: PgTestServer, caplog: pytest.LogCaptureFixture
) -> None:
    url = pg_server.empty_database("_upgrade")
    plain = make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)
    with psycopg.connect(plain, autocommit=True) as conn:
        conn.execute("CREATE TABLE notes (id serial PRIMARY KEY, body text)")
        conn.execute("INSERT INTO notes (body) VALUES ('值班记录')")
    with caplog.at_level(logging.WARNING, logger="dutylog.storage.migrate"):
        Database.open(url).close()
    assert SERVER_BACKUP_NOTE in caplog.text and "pg_dump" in caplog.text
    with psycopg.connect(plain) as conn:
        assert conn.execute("SELECT body FROM notes").fetchall() == [("值班记录",)]
        assert conn.execute("SELECT count(*) FROM staff").fetchone() == (0,)


def test_a_fresh_server_database_is_created_without_the_note(
    pg_server: PgTestServer, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.WARNING, logger="dutylog.storage.migrate"):
        Database.open(pg_server.empty_database("_upgrade")).close()
    assert "pg_dump" not in caplog.text
