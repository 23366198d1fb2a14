"""The index-backed search returns exactly what a plain substring scan returns."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import delete

from dutylog.domain.enums import EntryKind, Grade, MatterStatus, Shift
from dutylog.domain.errors import ValidationError
from dutylog.domain.matters.records import LedgerFilter
from dutylog.domain.matters.search import text_matches
from dutylog.office import Office
from dutylog.storage import search, search_pg
from dutylog.storage.models import LogEntry, Matter, MatterEvent

# A small alphabet makes collisions (and thus real matches) frequent.
# With LIKE's and regular expressions' special characters (PostgreSQL uses both).
ALPHABET = "删帖谣言舆情网民县 aAbB.-/\"*():'%_\\[]^$|?+{}"
texts = st.text(alphabet=ALPHABET, max_size=12)
terms = st.text(alphabet=ALPHABET, min_size=1, max_size=5).filter(lambda t: t.strip())

BASE = datetime(2026, 1, 1, 9, 0)


def _fill(office: Office, matters: list[tuple[str, str, str, str, str]], log_texts: list[str]) -> None:
    with office.db.transaction() as store:
        session = store.session
        session.execute(delete(LogEntry))
        session.execute(delete(MatterEvent))
        session.execute(delete(Matter))
        ids = []
        for i, (title, summary, url, author, source) in enumerate(matters):
            record = store.matters.add(
                number=f"T-{i}",
                year=2026,
                seq=i + 1,
                title=title or "x",
                summary=summary,
                url=url,
                author_name=author,
                source=source,
                grade=Grade.ORDINARY,
                status=MatterStatus.FOUND,
                discovered_at=BASE + timedelta(minutes=i),
                now=BASE,
            )
            ids.append(record.id)
        for j, text in enumerate(log_texts):
            store.log.add(
                occurred_at=BASE,
                duty_date=BASE.date(),
                shift=Shift.DAY,
                kind=EntryKind.OTHER,
                text=text or "y",
                created_at=BASE,
                matter_id=ids[j % len(ids)] if ids and j % 2 == 0 else None,
            )


@pytest.fixture(scope="module", params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def shared_office(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Office]:
    if request.param == "sqlite":
        target: Path | str = tmp_path_factory.mktemp("search") / "s.sqlite3"
    else:
        target = request.getfixturevalue("pg_server").empty_database("_search")
    opened = Office.open(target)
    yield opened
    opened.close()


@pytest.mark.slow
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    matters=st.lists(st.tuples(texts, texts, texts, texts, texts), max_size=8),
    log_texts=st.lists(texts, max_size=8),
    term=terms,
    limit=st.integers(min_value=1, max_value=4),
    few_hits=st.sampled_from([0, 1, 2000]),
    window=st.sampled_from([1, 3, 2000]),
)
def test_search_equals_substring_scan(
    shared_office: Office,
    matters: list[tuple[str, str, str, str, str]],
    log_texts: list[str],
    term: str,
    limit: int,
    few_hits: int,
    window: int,
) -> None:
    _check_search(shared_office, matters, log_texts, term, limit, few_hits, window)


# Three letters: every bigram of a term is often present without the term itself
# (in another order, or split between two fields), which the index alone would match.
dense = st.text(alphabet="删帖A", max_size=6)


@pytest.mark.slow
@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    matters=st.lists(st.tuples(dense, dense, dense, dense, dense), min_size=1, max_size=6),
    log_texts=st.lists(dense, max_size=6),
    term=st.text(alphabet="删帖Aa", min_size=2, max_size=4),
)
def test_search_of_repetitive_text_equals_substring_scan(
    shared_office: Office,
    matters: list[tuple[str, str, str, str, str]],
    log_texts: list[str],
    term: str,
) -> None:
    _check_search(shared_office, matters, log_texts, term, limit=3, few_hits=2000, window=2000)


def test_a_term_split_between_fields_or_reordered_is_not_found(shared_office: Office) -> None:
    _fill(shared_office, [("删帖", "帖谣", "", "", ""), ("帖谣删帖", "", "", "", "")], ["谣删", "帖谣"])
    assert shared_office.matters.search("删帖谣") == []
    assert shared_office.log.search("删帖谣") == []
    assert len(shared_office.matters.search("谣删帖")) == 1


def _check_search(
    office: Office,
    matters: list[tuple[str, str, str, str, str]],
    log_texts: list[str],
    term: str,
    limit: int,
    few_hits: int,
    window: int,
) -> None:
    """Search, the ledger and the log search agree with a plain substring scan.

    ``few_hits`` and ``window`` (how many hits count as few, how many newest rows
    PostgreSQL tests before asking its index) are lowered to reach every plan.
    """
    _fill(office, matters, log_texts)
    saved = search.FEW_HITS, search_pg.WINDOW
    search.FEW_HITS, search_pg.WINDOW = few_hits, window
    try:
        _compare(office, term, limit)
    finally:
        search.FEW_HITS, search_pg.WINDOW = saved


def _compare(office: Office, term: str, limit: int) -> None:
    found = {m.id for m in office.matters.search(term, limit=10_000)}
    with office.db.transaction() as store:
        rows = store.session.query(Matter).all()
        logs = store.session.query(LogEntry).all()
        expected = {
            row.id
            for row in rows
            if text_matches(term, row.title, row.summary, row.url, row.author_name, row.source)
            or any(log.matter_id == row.id and text_matches(term, log.text) for log in logs)
        }
        expected_logs = {log.id for log in logs if text_matches(term, log.text)}
    assert found == expected
    newest = sorted(expected, reverse=True)
    with office.db.transaction() as store:
        assert store.matters.search_ids(term, limit=limit) == newest[:limit]
        if newest:
            assert store.matters.search_ids(term, limit=limit, before_id=newest[0]) == newest[1 : limit + 1]
        assert store.matters.ledger_count(LedgerFilter(text=term)) == len(expected)
        page, _cursor = store.matters.ledger_page(LedgerFilter(text=term), limit=100)
        assert {m.id for m in page} == expected
    assert {e.id for e in office.log.search(term, limit=10_000)} == expected_logs
    newest_logs = sorted(expected_logs, reverse=True)
    with office.db.transaction() as store:
        assert store.log.search_ids(term, limit=limit) == newest_logs[:limit]
        if newest_logs:
            older = store.log.search_ids(term, limit=limit, before_id=newest_logs[0])
            assert older == newest_logs[1 : limit + 1]


def test_two_character_terms_are_found(office: Office) -> None:
    office.matters.add("某网民发帖称需要删帖处理", source="微博")
    office.matters.add("关于谣言的澄清")
    office.matters.add("删帖")  # the whole title is the term
    office.matters.add("无关的标题")
    assert [m.title for m in office.matters.search("删帖")] == ["删帖", "某网民发帖称需要删帖处理"]
    assert [m.title for m in office.matters.search("谣言")] == ["关于谣言的澄清"]
    assert [m.title for m in office.matters.search("帖")] == ["删帖", "某网民发帖称需要删帖处理"]


def test_search_follows_edits(office: Office) -> None:
    matter = office.matters.add("县城供水管道破裂")
    assert office.matters.search("供水管道")
    from dutylog.domain.matters.records import MatterInput

    office.matters.update(matter.id, MatterInput(title="县城道路积水"), expected_version=matter.version)
    assert office.matters.search("供水管道") == []
    assert [m.id for m in office.matters.search("积水")] == [matter.id]


def test_ascii_case_is_ignored(office: Office) -> None:
    office.matters.add("链接", url="https://Weibo.com/123")
    assert len(office.matters.search("weibo.COM")) == 1


def test_empty_term_is_refused(office: Office) -> None:
    with pytest.raises(ValidationError):
        office.matters.search("   ")


def test_moving_a_log_entry_to_another_matter_moves_its_hit(office: Office) -> None:
    from dutylog.domain.log.records import NewLogEntry

    first = office.matters.add("甲事项")
    second = office.matters.add("乙事项")
    entry = office.log.add_entry(
        NewLogEntry(kind=EntryKind.OTHER, text="领导要求持续关注水库安全", matter_id=first.id)
    )
    assert [m.id for m in office.matters.search("水库")] == [first.id]
    office.log.edit_entry(
        entry.id, text=entry.text, details={}, matter_id=second.id, expected_version=entry.version
    )
    assert [m.id for m in office.matters.search("水库")] == [second.id]
    assert [m.id for m in office.matters.search("水库安全")] == [second.id]
