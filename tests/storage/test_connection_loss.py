"""A server that goes away: a clear DatabaseError, listeners told, and recovery by itself."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

import psycopg
import pytest
from sqlalchemy.engine import make_url

from dutylog.domain.errors import DatabaseError
from dutylog.office import Office
from dutylog.storage.database import CONNECTION_LOST

if TYPE_CHECKING:
    from tests.conftest import FakeClock, PgTestServer

pytestmark = pytest.mark.postgres


class Outage:
    """Closes the database to new connections and drops the open ones, like a restart in progress."""

    def __init__(self, url: str) -> None:
        parsed = make_url(url)
        self.name = parsed.database
        self.admin = parsed.set(drivername="postgresql", database="postgres").render_as_string(
            hide_password=False
        )

    def _run(self, statement: str) -> None:
        with psycopg.connect(self.admin, autocommit=True) as conn:
            conn.execute(statement)  # type: ignore[arg-type]

    def begin(self) -> None:
        self._run(f'ALTER DATABASE "{self.name}" ALLOW_CONNECTIONS false')
        self._run(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
            f"WHERE datname = '{self.name}' AND usename = current_user"
        )

    def end(self) -> None:
        self._run(f'ALTER DATABASE "{self.name}" ALLOW_CONNECTIONS true')


@pytest.fixture
def server_office(pg_server: PgTestServer, clock: FakeClock) -> Iterator[tuple[Office, Outage]]:
    url = pg_server.fresh_database()
    office = Office.open(url, clock=clock)
    outage = Outage(url)
    yield office, outage
    outage.end()
    office.close()


def test_a_call_during_an_outage_raises_a_clear_error(server_office: tuple[Office, Outage]) -> None:
    office, outage = server_office
    office.staff.add("张伟")
    heard: list[DatabaseError] = []
    office.db.connection_listeners.append(heard.append)
    outage.begin()
    with pytest.raises(DatabaseError) as info:
        office.staff.all()
    assert info.value.code == CONNECTION_LOST
    assert "连接中断" in info.value.message
    assert heard and heard[0].code == CONNECTION_LOST
    with pytest.raises(DatabaseError):
        office.db.ping()


def test_the_next_call_after_the_outage_works_without_reopening(server_office: tuple[Office, Outage]) -> None:
    office, outage = server_office
    office.staff.add("张伟")
    outage.begin()
    with pytest.raises(DatabaseError):
        office.staff.add("李娜")
    outage.end()
    office.db.ping()
    assert [person.name for person in office.staff.all()] == ["张伟"]
    office.staff.add("李娜")
    assert len(office.staff.all()) == 2
