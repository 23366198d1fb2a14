"""The ledger's statements: light rows, filters, sort keys and keyset pages, built once.

Table columns, not ORM attributes: list reads are plain Core statements that compile
without the ORM, whose first use in a process configures every mapper (~40 ms).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, time, timedelta
from functools import lru_cache
from typing import Any

from sqlalchemy import ColumnElement, bindparam, case, func, select, text, tuple_

from dutylog.domain.enums import Grade, MatterStatus
from dutylog.domain.matters.deadlines import SETTING_KEY
from dutylog.domain.matters.records import LedgerFilter
from dutylog.storage.models import Keyword, Matter, MatterKeyword, MatterMeasure, MatterTag, Unit
from dutylog.storage.repos.matters.plain_rows import MEASURE_SEP

MATTER = Matter.__table__
_M = MATTER.c
_UNIT = Unit.__table__
_MEASURE = MatterMeasure.__table__
_TAG = MatterTag.__table__

# The columns of a ``MatterRow``, read with the unit joined (see ``light_row``). Built once:
# constructing a select costs about as much as running this one.
_ROW_COLUMNS = (
    _M.id,
    _M.number,
    _M.discovered_at,
    _M.grade,
    _M.status,
    _M.title,
    _UNIT.c.name,
    _M.source,
    _M.reported_at,
    select(func.aggregate_strings(_MEASURE.c.measure, MEASURE_SEP))
    .where(_MEASURE.c.matter_id == _M.id)
    .scalar_subquery(),
    _M.voided_at,
)
WITH_UNIT = MATTER.outerjoin(_UNIT, _UNIT.c.id == _M.unit_id)
ROWS_BY_ID = select(*_ROW_COLUMNS).select_from(WITH_UNIT).where(_M.id.in_(bindparam("ids", expanding=True)))


# Plain SQL: no statement to compile in the first query of a process.
TIME_LIMITS = text("SELECT value FROM setting WHERE key = :key").bindparams(key=SETTING_KEY)


def _enum_order(column: Any, members: Iterable[Any]) -> ColumnElement[int]:
    return case({member.value: index for index, member in enumerate(members)}, value=column, else_=99)


# Sort keys as SQL expressions: grades and statuses sort by severity/step, not by code.
SORT_KEYS: dict[str, Any] = {
    "discovered_at": _M.discovered_at,
    # Year then sequence: imported matters need not have ids in number order.
    "number": _M.year * 1_000_000 + _M.seq,
    "grade": _enum_order(_M.grade, Grade),
    "status": _enum_order(_M.status, MatterStatus),
    "title": _M.title,
    "source": _M.source,
}


def filtered(query: Any, filters: LedgerFilter) -> Any:
    """``query`` narrowed by every filter except the text search (see MatterRepo._filtered)."""
    if filters.date_from is not None:
        query = query.where(_M.discovered_at >= datetime.combine(filters.date_from, time.min))
    if filters.date_to is not None:
        end = datetime.combine(filters.date_to + timedelta(days=1), time.min)
        query = query.where(_M.discovered_at < end)
    if filters.grades:
        query = query.where(_M.grade.in_([g.value for g in filters.grades]))
    if filters.statuses:
        query = query.where(_M.status.in_([s.value for s in filters.statuses]))
    if filters.unit_id is not None:
        query = query.where(_M.unit_id == filters.unit_id)
    if filters.source:
        query = query.where(_M.source == filters.source)
    if filters.measure:
        query = query.where(
            _M.id.in_(select(_MEASURE.c.matter_id).where(_MEASURE.c.measure == filters.measure))
        )
    if filters.tag:
        query = query.where(_M.id.in_(select(_TAG.c.matter_id).where(_TAG.c.tag == filters.tag)))
    if filters.keyword:
        tags, words = MatterKeyword.__table__.c, Keyword.__table__.c
        tagged = select(tags.matter_id).join_from(
            MatterKeyword.__table__, Keyword.__table__, words.id == tags.keyword_id
        )
        query = query.where(_M.id.in_(tagged.where(words.word == filters.keyword)))
    if not filters.include_voided:
        query = query.where(_M.voided_at.is_(None))
    return query


@lru_cache(maxsize=64)
def page_query(filters: LedgerFilter, sort: str, descending: bool, paged: bool, limit: int) -> Any:
    """A ledger page's statement, built once per filter and order (a refresh or a scroll
    reuses it; building one costs as much as running it). The text search is left out.

    One statement reads the rows themselves (the sort key last, for the cursor); a page
    after the first starts below the cursor's bound ``after_key`` and ``after_id``.
    """
    key = SORT_KEYS[sort]
    query = filtered(select(*_ROW_COLUMNS, key.label("sort_key")).select_from(WITH_UNIT), filters)
    if paged:
        cursor = tuple_(key, _M.id)
        bound = tuple_(bindparam("after_key", type_=key.type), bindparam("after_id", type_=_M.id.type))
        query = query.where(cursor < bound if descending else cursor > bound)
    order = (key.desc(), _M.id.desc()) if descending else (key.asc(), _M.id.asc())
    return query.order_by(*order).limit(limit)


# The ledger as it opens: every matter, voided ones too (see plain_rows).
EVERYTHING = LedgerFilter()
