"""Opening a PostgreSQL database: checked pool, READ COMMITTED, and a pg_dump note on upgrades."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

import psycopg
import pytest
from sqlalchemy.engine import make_url

from dutylog.domain.errors import DatabaseError
from dutylog.domain.office.connection import OpenMode
from dutylog.storage.database import Database
from dutylog.storage.migrate import SERVER_BACKUP_NOTE, alembic_config

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
    from alembic import command
    from sqlalchemy import create_engine

    url = pg_server.empty_database("_upgrade")
    engine = create_engine(url)
    try:
        command.upgrade(alembic_config(engine), "0001")  # as the first release left it
    finally:
        engine.dispose()
    plain = make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)
    with psycopg.connect(plain, autocommit=True) as conn:
        conn.execute("INSERT INTO setting (key, value) VALUES ('unit_name', '值班室')")
    with caplog.at_level(logging.WARNING, logger="dutylog.storage.migrate"):
        Database.open(url).close()
    assert SERVER_BACKUP_NOTE in caplog.text and "pg_dump" in caplog.text
    with psycopg.connect(plain) as conn:
        assert conn.execute("SELECT value FROM setting WHERE key = 'unit_name'").fetchall() == [("值班室",)]
        assert conn.execute("SELECT count(*) FROM holiday_day").fetchone() == (0,)


def test_someone_elses_server_database_is_refused_and_left_alone(pg_server: PgTestServer) -> None:
    url = pg_server.empty_database("_upgrade")
    plain = make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)
    with psycopg.connect(plain, autocommit=True) as conn:
        conn.execute("CREATE TABLE notes (id serial PRIMARY KEY, body text)")
    with pytest.raises(DatabaseError) as caught:
        Database.open(url)
    assert caught.value.code == "not_a_database"
    with psycopg.connect(plain) as conn:
        tables = conn.execute("SELECT tablename FROM pg_tables WHERE schemaname = 'public'").fetchall()
    assert tables == [("notes",)]


def test_a_read_of_an_empty_server_database_creates_nothing(pg_server: PgTestServer) -> None:
    url = pg_server.empty_database("_upgrade")
    with pytest.raises(DatabaseError) as caught:
        Database.open(url, mode=OpenMode.READ)
    assert caught.value.code == "empty_database"
    plain = make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)
    with psycopg.connect(plain) as conn:
        assert conn.execute("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'").fetchone() == (0,)


def test_a_fresh_server_database_is_created_without_the_note(
    pg_server: PgTestServer, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.WARNING, logger="dutylog.storage.migrate"):
        Database.open(pg_server.empty_database("_upgrade")).close()
    assert "pg_dump" not in caplog.text
