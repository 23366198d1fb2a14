"""PostgreSQL's dutylog_grams() computes the grams of dutylog.domain.matters.search.text_grams.

Repeats may appear in its array (the GIN index keeps each key once); the set is what counts.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import create_engine, func, select, text
from sqlalchemy.engine import Engine

from dutylog.domain.matters.search import text_grams
from dutylog.storage.database import Database
from dutylog.storage.search_pg import GRAM_INDEXES

pytestmark = pytest.mark.postgres

# Any character PostgreSQL's text type holds (no NUL), with CJK, case and LIKE's specials.
characters = st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00")
texts = st.text(alphabet=st.one_of(characters, st.sampled_from("删帖ABab%_\\")), max_size=20)


@pytest.fixture(scope="module")
def engine(pg_server: object) -> Iterator[Engine]:
    url = pg_server.empty_database("_grams")  # type: ignore[attr-defined]
    Database.open(url).close()  # migrated: the functions exist
    engine = create_engine(url)
    yield engine
    engine.dispose()


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(parts=st.lists(st.one_of(st.none(), texts), min_size=1, max_size=3))
def test_database_grams_equal_the_reference(engine: Engine, parts: list[str | None]) -> None:
    with engine.connect() as conn:
        grams = conn.execute(select(func.dutylog_grams(*parts))).scalar_one()
    expected = set().union(*(text_grams(part) for part in parts if part is not None))
    assert set(grams) == expected


def test_the_search_indexes_exist(engine: Engine) -> None:
    with engine.connect() as conn:
        query = text("SELECT indexname FROM pg_indexes WHERE indexname LIKE '%grams'")
        names = set(conn.execute(query).scalars())
    assert names == set(GRAM_INDEXES)
