"""Printed briefings: GB/T 9704 page, Chinese text extractable, rows never split across pages."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtGui import QTextTable

from dutylog.render.pdf import PrintDocument, document_fonts, write_pdf
from dutylog.reports.docx_writer import write_docx
from dutylog.reports.official import OfficialDocument
from dutylog.reports.text import table

needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")


def long_document(rows: int = 90) -> OfficialDocument:
    cells = [
        [f"{hour:02d}:00", f"第{hour}次巡查：新浪微博、抖音、微信公众号、本地论坛，未发现负面舆情。", "张伟"]
        for hour in range(rows)
    ]
    body = "<h2>一、总体情况</h2><p>今日共巡查多次，发现舆情零条。</p>" + table(
        ["时间", "巡查内容", "值班员"], cells
    )
    return OfficialDocument("2026年11月17日网络舆情值班情况汇报", body, [("领导批示", "已阅。")])


@needs_poppler
def test_pdf_is_a4_with_extractable_chinese_and_page_numbers(qapp: object, tmp_path: Path) -> None:
    path = tmp_path / "brief.pdf"
    pages = write_pdf(long_document(), path)
    assert pages >= 3
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    assert "595.2 x 841.92 pts (A4)" in info or "595 x 842 pts (A4)" in info
    assert f"Pages:           {pages}" in info
    text = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "网络舆情值班情况汇报" in text and "本地论坛" in text and "领导批示" in text
    squeezed = text.replace(" ", "")
    for number in range(1, pages + 1):
        assert f"—{number}—" in squeezed


def test_office_fonts_fall_back_to_an_installed_cjk_face(qapp: object) -> None:
    title, body, _heading = document_fonts()
    from PySide6.QtGui import QFontDatabase

    assert title in QFontDatabase.families() and body in QFontDatabase.families()


def test_table_rows_are_never_split_across_pages(qapp: object, tmp_path: Path) -> None:
    from PySide6.QtGui import QPdfWriter

    from dutylog.render.pdf import prepare_for, row_extent

    doc: PrintDocument = prepare_for(long_document(), QPdfWriter(str(tmp_path / "x.pdf")))
    page = doc.pageSize().height()
    tables = [frame for frame in doc.rootFrame().childFrames() if isinstance(frame, QTextTable)]
    # Qt moves a row that would run over to the next page itself, and repeats the
    # header row there; the split is the fallback when it does not.
    assert len(tables) >= 1
    assert all(grid.format().headerRowCount() == 1 for grid in tables)
    rows = 0
    for grid in tables:
        assert grid.cellAt(0, 0).firstCursorPosition().block().text() == "时间"  # header repeated
        for row in range(1, grid.rows()):
            top, bottom = row_extent(doc, grid, row)
            assert int(top // page) == int((bottom - 0.5) // page)
            rows += 1
    assert rows == 90


def test_docx_reopens_with_the_office_layout(tmp_path: Path) -> None:
    import docx

    path = tmp_path / "brief.docx"
    write_docx(long_document(10), path)
    document = docx.Document(str(path))
    section = document.sections[0]
    assert [
        round(v.mm)
        for v in (section.top_margin, section.bottom_margin, section.left_margin, section.right_margin)
    ] == [37, 35, 28, 26]
    assert round(section.page_width.mm) == 210 and round(section.page_height.mm) == 297
    title = document.paragraphs[0]
    assert title.runs[0].font.size.pt == 22 and title.runs[0].bold
    assert len(document.tables[0].rows) == 11
    xml = document.tables[0].rows[1]._tr.xml
    assert "cantSplit" in xml
    footer = section.footer.paragraphs[0]._p.xml
    assert "PAGE" in footer and "— " in section.footer.paragraphs[0].text


def test_a_heading_never_ends_a_page(qapp: object, tmp_path: Path) -> None:
    from PySide6.QtGui import QPdfWriter

    from dutylog.render.pdf import prepare_for

    filler = "".join(f"<p>第{n}段：今日巡查新浪微博、抖音等平台，未发现负面舆情。</p>" for n in range(19))
    document = OfficialDocument("标题", filler + "<h2>四、下步建议</h2><p>建议保持关注。</p>")
    doc = prepare_for(document, QPdfWriter(str(tmp_path / "h.pdf")))
    page = doc.pageSize().height()
    layout = doc.documentLayout()
    block = doc.begin()
    while block.isValid() and block.text() != "四、下步建议":
        block = block.next()
    assert block.isValid()
    heading_page = int(layout.blockBoundingRect(block).top() // page)
    assert heading_page == int(layout.blockBoundingRect(block.next()).top() // page)
