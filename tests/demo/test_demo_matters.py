"""Demo matters satisfy the rules a person editing them meets (no matter is stuck)."""

from __future__ import annotations

from dutylog.demo.office import DemoOptions, fill_demo
from dutylog.domain.enums import MatterStatus
from dutylog.domain.matters.records import LedgerFilter, MatterInput
from dutylog.office import Office


def test_every_demo_matter_can_be_saved_unchanged(office: Office) -> None:
    fill_demo(office, DemoOptions(days=40, seed=5))
    rows, _cursor = office.matters.ledger_page(LedgerFilter(), limit=500)
    matters = office.matters.records([row.id for row in rows])
    assert matters
    for m in matters:
        data = MatterInput(
            title=m.title,
            grade=m.grade,
            discovered_at=m.discovered_at,
            published_at=m.published_at,
            reported_at=m.reported_at,
            summary=m.summary,
            source=m.source,
            url=m.url,
            author_name=m.author_name,
            sentiment=m.sentiment,
            unit_id=m.unit_id,
            tags=m.tags,
            measures=m.measures,
            posts_removed=m.posts_removed,
            outcome=m.outcome,
            follow_up_until=m.follow_up_until,
        )
        saved = office.matters.update(m.id, data, expected_version=m.version)
        assert saved.version == m.version + 1
        assert m.tags
        if m.status is MatterStatus.CLOSED:
            assert m.outcome
        if m.posts_removed:
            assert "删帖" in m.measures
