"""The .docx as Word, WPS and LibreOffice read it: grid, kept headings, widths, properties."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import docx
from docx.oxml.ns import qn

from dutylog.reports import official as gb
from dutylog.reports.docx_writer import column_widths, write_docx
from dutylog.reports.official import OfficialDocument
from dutylog.reports.text import table


def briefing(rows: int = 3) -> OfficialDocument:
    cells = [
        ["YQ-2026-0002", "网传城东新区发生化工厂爆炸，多个账号转发现场视频并配以不实文字", "重大", "08:35"]
        for _ in range(rows)
    ]
    body = (
        "<h2>一、总体情况</h2><p>今日共巡查3次。</p><h2>四、巡查情况</h2>"
        + table(["编号", "标题", "等级", "时间"], cells)
        + "<p>以上情况特此报告。</p>"
    )
    return OfficialDocument(
        "值班情况汇报", body, [("撰写人", "赵敏"), ("领导批示", "已阅。"), ("审签人", "王建国")]
    )


def test_body_has_exact_28_9_pt_lines_on_a_22_by_28_grid(tmp_path: Path) -> None:
    path = tmp_path / "b.docx"
    write_docx(briefing(), path)
    document = docx.Document(str(path))
    body = next(p for p in document.paragraphs if p.text.startswith("今日共巡查"))
    assert body.paragraph_format.line_spacing.pt == gb.LINE_HEIGHT_PT
    assert str(body.paragraph_format.line_spacing_rule) in ("EXACTLY (4)", "WD_LINE_SPACING.EXACTLY")
    grid = document.sections[0]._sectPr.find(qn("w:docGrid"))
    assert grid.get(qn("w:type")) == "lines" and grid.get(qn("w:linePitch")) == "578"
    # 28 characters a line: the body runs are closed up (w:spacing, twentieths of a point).
    spacing = body.runs[0]._r.rPr.find(qn("w:spacing"))
    pitch = gb.BODY_PT + int(spacing.get(qn("w:val"))) / 20
    assert int(gb.TYPE_WIDTH_PT // pitch) == gb.CHARS_PER_LINE


def test_headings_and_the_closing_keep_with_what_follows(tmp_path: Path) -> None:
    path = tmp_path / "b.docx"
    write_docx(briefing(), path)
    paragraphs = docx.Document(str(path)).paragraphs
    headings = [p for p in paragraphs if p.text in ("一、总体情况", "四、巡查情况")]
    assert len(headings) == 2 and all(p.paragraph_format.keep_with_next for p in headings)
    last_body = next(p for p in paragraphs if p.text == "以上情况特此报告。")
    assert last_body.paragraph_format.keep_with_next  # never a page holding only the signature
    closing = [p for p in paragraphs if p.text.startswith(("撰写人", "领导批示"))]
    assert all(p.paragraph_format.keep_with_next for p in closing)
    signer = next(p for p in paragraphs if p.text.startswith("审签人"))
    assert not signer.paragraph_format.keep_with_next


def test_table_columns_are_as_wide_as_their_content_needs(tmp_path: Path) -> None:
    path = tmp_path / "b.docx"
    write_docx(briefing(), path)
    grid = docx.Document(str(path)).tables[0]
    widths = [column.width.pt for column in grid.columns]
    assert abs(sum(widths) - gb.TYPE_WIDTH_PT) < 2
    number, title, grade, time = widths
    assert number >= len("YQ-2026-0002") * 0.55 * gb.TABLE_PT  # the number does not wrap
    assert title > number and title > 2 * grade and grade < number and time < number
    assert all(cell.width.pt == widths[i] for i, cell in enumerate(grid.rows[1].cells))


def test_column_widths_keep_short_columns_whole_when_the_text_is_long() -> None:
    rows = [[("编号", 1), ("内容", 1)], [("YQ-2026-0001", 1), ("很长的文字" * 40, 1)]]
    first, second = column_widths(rows, 2, 440)
    assert first >= 12 * 0.55 * gb.TABLE_PT and abs(first + second - 440) < 0.01


def test_core_properties_name_the_office_and_now(tmp_path: Path) -> None:
    path = tmp_path / "b.docx"
    write_docx(briefing(), path, author="某县网信办", now=datetime(2026, 11, 17, 15, 30).astimezone())
    properties = docx.Document(str(path)).core_properties
    assert properties.title == "值班情况汇报" and properties.author == "某县网信办"
    assert properties.last_modified_by == "某县网信办"
    created = properties.created
    assert created is not None and created.astimezone().replace(tzinfo=None) == datetime(2026, 11, 17, 15, 30)
