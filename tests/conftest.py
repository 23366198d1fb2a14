"""Shared fixtures. Every test gets a real SQLite file in its own temp folder.

Tests are arranged as the package is: ``tests/<layer>/<area>/test_<module>.py``.

The database backend is a fixture parameter. Every test outside ``tests/ui`` that uses
the ``office`` (or ``db_target``) fixture runs twice: ``[sqlite]`` and ``[postgres]``.
The PostgreSQL variant needs a server: ``--pg-url URL`` or ``$DUTYLOG_TEST_PG_URL`` (a
role with CREATEDB, e.g. ``postgresql+psycopg://dutylog:dutylog@127.0.0.1:5432/dutylog_test``);
without one it is skipped with a message, and ``-m "not postgres"`` deselects it. A test
that is about the SQLite file says so: it asks for ``db_path`` itself, or carries
``@pytest.mark.sqlite_only("why")``. GUI tests (``tests/ui``) run on SQLite: they test
widgets, and the services under them are covered on both backends here.

Under pytest-xdist each worker gets its own PostgreSQL test and template databases.
"""

from __future__ import annotations

import gc
import inspect
import itertools
import os
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest

# GUI tests run without a display; set before any Qt import.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from dutylog.office import Office
from dutylog.paths import CONFIG_DIR_ENV
from tests.helpers.keyrings import MemoryKeyring

# A fixed "now" keeps tests independent of the wall clock: a Tuesday afternoon.
FIXED_NOW = datetime(2026, 11, 17, 15, 30, 0)


class FakeClock:
    """A settable clock for services; tests move time with `advance` or `set`."""

    def __init__(self, now: datetime = FIXED_NOW) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now

    def set(self, now: datetime) -> None:
        self.now = now


_config_dirs = itertools.count()


@pytest.fixture(autouse=True)
def private_config_dir(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Each test its own config folder (created only when written) and no system keyring.

    Never the developer's saved connection or keyring; subprocesses inherit both settings.
    """
    folder = tmp_path_factory.getbasetemp() / "config" / str(next(_config_dirs))
    monkeypatch.setenv(CONFIG_DIR_ENV, str(folder))
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    return folder


@pytest.fixture(autouse=True)
def _fast_password_hashing(monkeypatch: pytest.MonkeyPatch) -> None:
    # Still argon2id, with tiny costs: the tests exercise logic, not the hash's strength.
    from argon2 import PasswordHasher

    from dutylog.services.accounts import accounts

    monkeypatch.setattr(accounts, "_HASHER", PasswordHasher(time_cost=1, memory_cost=64, parallelism=1))


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "office.sqlite3"


@pytest.fixture
def db_backend() -> str:
    """ "sqlite" unless pytest_generate_tests parametrizes it (see the module docstring)."""
    return "sqlite"


@pytest.fixture
def db_target(db_backend: str, db_path: Path, request: pytest.FixtureRequest) -> Iterator[str | Path]:
    """What ``Office.open`` gets: the SQLite file, or the URL of a fresh PostgreSQL database."""
    if db_backend == "sqlite":
        yield db_path
        return
    server: PgTestServer = request.getfixturevalue("pg_server")
    yield server.fresh_database()
    # A server connection left open is reported here, by the test that left it, rather
    # than whenever the garbage collector happens to run in some later test.
    gc.collect()


@pytest.fixture
def office(db_target: str | Path, clock: FakeClock) -> Iterator[Office]:
    opened = Office.open(db_target, clock=clock)
    yield opened
    opened.close()


# -- PostgreSQL -------------------------------------------------------------------

PG_URL_ENV = "DUTYLOG_TEST_PG_URL"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--pg-url",
        default=os.environ.get(PG_URL_ENV, ""),
        help=f"PostgreSQL server for the [postgres] test variants (default: ${PG_URL_ENV})",
    )


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "db_backend" not in metafunc.fixturenames or not _runs_on_postgres(metafunc):
        return
    metafunc.parametrize(
        "db_backend", ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)], scope="function"
    )


def _runs_on_postgres(metafunc: pytest.Metafunc) -> bool:
    if f"{os.sep}tests{os.sep}ui{os.sep}" in str(metafunc.definition.path):
        return False
    marker = metafunc.definition.get_closest_marker("sqlite_only")
    if marker is not None:
        if not marker.args:
            raise pytest.UsageError(f"{metafunc.definition.nodeid}: sqlite_only needs a reason")
        return False
    # A test that asks for the SQLite file itself is about that file.
    own_arguments = inspect.signature(metafunc.function).parameters
    return "db_path" not in own_arguments


class PgTestServer:
    """Makes a fresh database per test by copying a template migrated once per session.

    Copying the template (~0.2 s) keeps whatever rows migrations seed, unlike TRUNCATE.
    """

    def __init__(self, url: str) -> None:
        from sqlalchemy.engine import make_url

        self.url = make_url(url)
        # One pair of databases per xdist worker ("gw0", "gw1", ...), so workers never meet.
        worker = os.environ.get("PYTEST_XDIST_WORKER", "")
        self.test_name = (self.url.database or "dutylog_test") + (f"_{worker}" if worker else "")
        self.template_name = f"{self.test_name}_tpl"
        self._admin = self.url.set(drivername="postgresql", database="postgres")
        self._template_ready = False

    def _execute(self, *statements: str) -> None:
        import psycopg

        dsn = self._admin.render_as_string(hide_password=False)
        with psycopg.connect(dsn, autocommit=True, connect_timeout=5) as conn:
            for statement in statements:
                conn.execute(statement)  # type: ignore[arg-type]

    def _drop(self, name: str) -> None:
        """Drop ``name``, ending connections a test left open (FORCE).

        FORCE may not end a server process of another role (autovacuum); a plain DROP
        asks autovacuum to leave and waits for it, so that is the fallback.
        """
        import time

        import psycopg

        for _attempt in range(20):
            try:
                self._execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
                return
            except psycopg.errors.InsufficientPrivilege:
                pass
            try:
                self._execute(f'DROP DATABASE IF EXISTS "{name}"')
                return
            except psycopg.errors.ObjectInUse:
                time.sleep(0.1)
        raise RuntimeError(f"could not drop the test database {name}")

    def fresh_database(self) -> str:
        from dutylog.storage.database import Database

        if not self._template_ready:
            self._drop(self.template_name)
            self._execute(
                f"CREATE DATABASE \"{self.template_name}\" ENCODING 'UTF8' TEMPLATE template0",
            )
            template_url = self.url.set(database=self.template_name).render_as_string(hide_password=False)
            Database.open(template_url).close()
            self._template_ready = True
        # Dropped before (not after) a test so that a failed test's data can be inspected.
        self._drop(self.test_name)
        self._execute(
            f'CREATE DATABASE "{self.test_name}" TEMPLATE "{self.template_name}"',
        )
        return str(self.url.set(database=self.test_name).render_as_string(hide_password=False))

    def empty_database(self, suffix: str) -> str:
        """A second database without any table (e.g. the target of ``migrate-to``)."""
        name = f"{self.test_name}{suffix}"
        self._drop(name)
        self._execute(
            f"CREATE DATABASE \"{name}\" ENCODING 'UTF8' TEMPLATE template0",
        )
        return str(self.url.set(database=name).render_as_string(hide_password=False))


@pytest.fixture(scope="session")
def pg_server(pytestconfig: pytest.Config) -> PgTestServer:
    url = str(pytestconfig.getoption("--pg-url") or "")
    if not url:
        pytest.skip(f"PostgreSQL not configured: set {PG_URL_ENV} or --pg-url to run the [postgres] variants")
    return PgTestServer(url)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    # Everything under tests/ui needs a QApplication: `pytest -m "not gui"` runs the core alone.
    for item in items:
        if f"{os.sep}tests{os.sep}ui{os.sep}" in str(item.fspath):
            item.add_marker(pytest.mark.gui)


# -- keyrings -----------------------------------------------------------------------


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    """A working keyring (in memory) for the duration of a test."""
    import keyring

    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def fail_keyring() -> Iterator[object]:
    """What headless Linux without Secret Service has: keyring's `fail` backend."""
    import keyring
    from keyring.backends import fail

    previous = keyring.get_keyring()
    backend = fail.Keyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)
