"""Matters: create and read. The log/matters issue adds the workflow, evidence and search."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from dutylog.domain.enums import Grade, MatterStatus
from dutylog.domain.numbering import DEFAULT_PREFIX, format_number
from dutylog.domain.records import MatterRecord
from dutylog.domain.validation import TITLE_MAX, check_not_future, check_order, clean_text

if TYPE_CHECKING:
    from dutylog.services.office import Office


class MatterService:
    def __init__(self, office: Office) -> None:
        self.office = office

    def add(
        self,
        title: str,
        *,
        grade: Grade = Grade.ORDINARY,
        discovered_at: datetime | None = None,
        published_at: datetime | None = None,
        source: str = "",
        url: str = "",
        summary: str = "",
        created_by: int | None = None,
    ) -> MatterRecord:
        now = self.office.clock()
        clean_title = clean_text(title, field="title", label="标题", max_length=TITLE_MAX, multiline=False)
        clean_summary = clean_text(summary, field="summary", label="摘要", max_length=5000, required=False)
        clean_source = clean_text(
            source, field="source", label="来源", max_length=100, required=False, multiline=False
        )
        clean_url = clean_text(
            url, field="url", label="网址", max_length=2000, required=False, multiline=False
        )
        found = (discovered_at or now).replace(microsecond=0)
        check_not_future(found, now=now, field="discovered_at", label="发现时间")
        check_order(
            published_at, found, field="published_at", earlier_label="发布时间", later_label="发现时间"
        )
        with self.office.db.transaction() as store:
            store.serialize("matter_number")  # two workstations must not draw the same number
            prefix = str(store.settings.get("matter_prefix", DEFAULT_PREFIX))
            seq = store.matters.last_seq(found.year) + 1
            store.changes.bump("matters")
            return store.matters.add(
                number=format_number(prefix, found.year, seq),
                year=found.year,
                seq=seq,
                title=clean_title,
                grade=grade,
                status=MatterStatus.FOUND,
                discovered_at=found,
                published_at=published_at,
                source=clean_source,
                url=clean_url,
                summary=clean_summary,
                created_by=created_by,
                now=now,
            )

    def open_matters(self) -> list[MatterRecord]:
        with self.office.db.transaction() as store:
            return store.matters.open_matters()
