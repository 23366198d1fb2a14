"""A signed briefing's small print names the audit record of its signing ("审计链 #57 a1b2c3d4e5f6"),
so a paper copy can later prove how far the office's record reached when it was signed."""

from __future__ import annotations

import pytest

from dutylog.cli import main
from dutylog.domain.accounts.audit import ChainHead
from dutylog.office import Office
from dutylog.reports.docx_writer import build_docx
from dutylog.reports.official import briefing_document, document_html
from tests.services.briefings.briefing_data import DAY, People


def head_of(office: Office) -> ChainHead:
    with office.db.transaction() as store:
        head = store.audit.head()
    assert head is not None
    return head


def signed(office: Office, people: People) -> tuple[int, ChainHead]:
    draft = office.briefings.draft(DAY, author_id=people.officer)
    office.briefings.submit(draft.id, author_id=people.officer)
    office.briefings.sign(draft.id, reviewer_id=people.supervisor, instruction="已阅。")
    return draft.id, head_of(office)


def test_the_mark_is_the_head_right_after_signing_not_the_later_head(office: Office, people: People) -> None:
    briefing_id, at_signing = signed(office, people)
    office.staff.add("后来的人")  # the chain moves on; the paper keeps the signing's place
    mark = office.briefings.signing_mark(briefing_id)
    assert mark is not None and (mark.record_id, mark.hash) == (at_signing.last_id, at_signing.last_hash)
    line = f"审计链 #{at_signing.last_id} {at_signing.last_hash[:12]}"
    document = briefing_document(office.briefings.get(briefing_id), signing=mark)
    assert document.notes[-1] == line and document.notes[0].startswith("SHA-256：")
    assert line in document_html(document, title_font="宋体", body_font="宋体", heading_font="黑体")
    assert line in [paragraph.text for paragraph in build_docx(document).paragraphs]


def test_an_unsigned_briefing_has_no_mark(office: Office, people: People) -> None:
    draft = office.briefings.draft(DAY, author_id=people.officer)
    assert office.briefings.signing_mark(draft.id) is None
    assert briefing_document(office.briefings.get(draft.id)).audit_mark == ""


def test_brief_text_prints_the_signer_the_hash_and_the_chain_mark(
    office: Office, people: People, capsys: pytest.CaptureFixture[str]
) -> None:
    _, at_signing = signed(office, people)
    target = str(office.db.file or office.db.url.render_as_string(hide_password=False))
    assert main(["--db", target, "brief", "--date", DAY.isoformat(), "--text"]) == 0
    out = capsys.readouterr().out.splitlines()
    signer = next(i for i, line in enumerate(out) if line.startswith("审签人："))
    assert out[signer + 1].startswith("SHA-256：")
    assert out[signer + 2] == f"审计链 #{at_signing.last_id} {at_signing.last_hash[:12]}"
