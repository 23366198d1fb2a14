"""The demo shows the office mid-flow: a briefing to sign, one being written, evidence kept."""

from __future__ import annotations

import struct
import zlib
from datetime import timedelta

from dutylog.demo.evidence import PNG_SIGNATURE
from dutylog.demo.office import DemoOptions, fill_demo
from dutylog.domain.enums import BriefingStatus, EntryKind
from dutylog.domain.matters.records import LedgerFilter
from dutylog.office import Office
from tests.conftest import FakeClock

# Enough days for a few serious matters with a web address, few enough to stay quick.
OPTIONS = DemoOptions(days=20, seed=7)


def png_size(data: bytes) -> tuple[int, int]:
    """Walk a PNG's chunks, checking each CRC; return (width, height) once IDAT is verified."""
    assert data[:8] == PNG_SIGNATURE
    pos = 8
    chunks: dict[bytes, bytes] = {}
    while pos < len(data):
        (length,) = struct.unpack(">I", data[pos : pos + 4])
        kind = data[pos + 4 : pos + 8]
        body = data[pos + 8 : pos + 8 + length]
        (crc,) = struct.unpack(">I", data[pos + 8 + length : pos + 12 + length])
        assert crc == zlib.crc32(kind + body), kind
        chunks[kind] = chunks.get(kind, b"") + body
        pos += 12 + length
    assert pos == len(data) and b"IEND" in chunks
    width, height, depth, color_type = struct.unpack(">IIBB", chunks[b"IHDR"][:10])
    assert depth == 8 and color_type == 2  # 8-bit RGB
    channels = 3
    assert len(zlib.decompress(chunks[b"IDAT"])) == height * (1 + width * channels)
    return width, height


def test_yesterday_waits_for_signature_and_today_is_a_draft(office: Office, clock: FakeClock) -> None:
    summary = fill_demo(office, OPTIONS)
    today = clock().date()
    yesterday = office.briefings.find(today - timedelta(days=1))
    assert yesterday is not None and yesterday.status is BriefingStatus.SUBMITTED
    draft = office.briefings.find(today)
    assert draft is not None and draft.status is BriefingStatus.DRAFT
    officer = office.roster.on_duty().officers[0]
    assert draft.author_id == officer.staff_id
    assert [v.action for v in office.briefings.versions(draft.id)] == ["drafted"]
    # Drafted from today's log: every patrol so far is in its text.
    _day, entries = office.log.today()
    patrols = [e for e in entries if e.kind is EntryKind.PATROL]
    assert patrols
    for patrol in patrols:
        assert f"{patrol.occurred_at:%H:%M}" in draft.body_html
        assert all(source in draft.body_html for source in patrol.details["sources"])
    assert summary.briefings == len(office.briefings.between(today - timedelta(days=60), today, kind=None))


def test_serious_matters_carry_a_screenshot_and_a_saved_page(office: Office) -> None:
    summary = fill_demo(office, OPTIONS)
    rows, _cursor = office.matters.ledger_page(LedgerFilter(), limit=500)
    matters = office.matters.records([row.id for row in rows])
    kept = {m.id: office.matters.evidence.for_matter(m.id) for m in matters}
    with_evidence = [m for m in matters if kept[m.id]]
    assert len(with_evidence) >= 3
    assert summary.evidence == sum(len(files) for files in kept.values())
    # The most serious come first: no matter without evidence outranks one with it.
    lowest = min(m.grade.rank for m in with_evidence)
    assert all(m.grade.rank <= lowest for m in matters if m.url and not kept[m.id])
    for matter in with_evidence:
        files = kept[matter.id]
        assert sorted(f.media_type for f in files) == ["image/png", "text/html"]
        assert all(f.added_at >= matter.discovered_at for f in files)
        png = next(f for f in files if f.media_type == "image/png")
        assert png_size(office.matters.evidence.read(png.id)) == (320, 200)
        page = next(f for f in files if f.media_type == "text/html")
        text = office.matters.evidence.read(page.id).decode("utf-8")
        assert '<meta charset="utf-8">' in text
        assert matter.title in text
        assert f"saved from url=({len(matter.url):04d}){matter.url}" in text
    # Every file is its own: no two matters share bytes.
    digests = [f.sha256 for files in kept.values() for f in files]
    assert len(set(digests)) == len(digests)


def test_the_demo_office_passes_its_health_check(office: Office) -> None:
    fill_demo(office, OPTIONS)
    report = office.health.check()
    assert report.healthy, report.problems
