"""The .docx and .xlsx as a real client prints them: LibreOffice converts them to PDF,
which is read back for the line pitch, the characters a line, stranded headings and pages."""

from __future__ import annotations

import itertools
import shutil
import subprocess
from pathlib import Path

import pytest

from dutylog.reports import official as gb
from dutylog.reports.docx_writer import write_docx
from dutylog.reports.official import OfficialDocument
from dutylog.reports.xlsx_print import set_print_setup
from tests.helpers.pdf_lines import body_lines, lines_by_page

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        SOFFICE is None or shutil.which("pdftotext") is None, reason="LibreOffice not installed"
    ),
]

SENTENCE = "今日巡查新浪微博抖音微信公众号本地论坛等平台未发现负面舆情值班人员继续关注网络动态并按规定报告"


def to_pdf(source: Path) -> Path:
    assert SOFFICE is not None
    profile = source.parent / "lo-profile"
    subprocess.run(
        [
            SOFFICE,
            f"-env:UserInstallation=file://{profile}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(source.parent),
            str(source),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    return source.with_suffix(".pdf")


def test_docx_body_keeps_the_pitch_and_28_characters_a_line(tmp_path: Path) -> None:
    body = "".join(f"<p>{SENTENCE * 2}</p>" for _ in range(30))
    path = tmp_path / "body.docx"
    write_docx(OfficialDocument("值班情况汇报", body), path)
    page = body_lines(lines_by_page(to_pdf(path))[1])
    pitches = [b[0] - a[0] for a, b in itertools.pairwise(page)]
    assert pitches and all(abs(pitch - gb.LINE_HEIGHT_PT) <= 0.5 for pitch in pitches), pitches
    assert len(page) == gb.LINES_PER_PAGE
    longest = max(len(text) for *_box, text in page)
    assert longest == gb.CHARS_PER_LINE


def test_docx_never_strands_a_heading_or_the_signature(tmp_path: Path) -> None:
    # Page 1 fills up to its last line with the heading: Word and LibreOffice must move it.
    filler = "".join(f"<p>{SENTENCE[:24]}</p>" for _ in range(19))
    body = filler + "<h2>四、巡查情况</h2><p>巡查三次，未发现负面舆情。</p><p>以上情况特此报告。</p>"
    closing = [("撰写人", "赵敏"), ("领导批示", "已阅。"), ("审签人", "王建国")]
    path = tmp_path / "brief.docx"
    write_docx(OfficialDocument("值班情况汇报", body, closing), path)
    pages = [body_lines(page) for page in lines_by_page(to_pdf(path))]
    for page in pages[:-1]:
        assert page[-1][3] != "四、巡查情况"
    last = [line[3] for line in pages[-1]]
    assert any(text.startswith("审签人") for text in last)
    assert any(not text.startswith(("撰写人", "领导批示", "审签人", "SHA")) for text in last)


def test_a_wide_workbook_prints_landscape_on_one_page_width(tmp_path: Path) -> None:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    widths = [15, 40, 40, 12, 30, 14, 17, 17, 17, 7, 7, 22, 8, 30, 16, 14]
    sheet.append([f"列{n}" for n in range(len(widths))])
    for row in range(60):
        sheet.append([f"第{row}行第{n}列" for n in range(len(widths))])
    for index, width in enumerate(widths):
        sheet.column_dimensions[chr(ord("A") + index)].width = width
    from datetime import date

    set_print_setup(
        sheet, title="舆情台账", printed_on=date(2026, 11, 17), column_widths=widths, grid_lines=True
    )
    path = tmp_path / "ledger.xlsx"
    book.save(path)
    pdf = to_pdf(path)
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    width, height = (float(v) for v in info.split("Page size:")[1].split("pts")[0].split(" x "))
    assert width > height  # landscape
    text = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    first_page = text.split("\f")[0]
    assert "列0" in first_page and "列15" in first_page  # every column on the first page
    assert "舆情台账" in first_page and "打印日期" in first_page
    pages = [page for page in text.split("\f") if page.strip()]
    assert all("列15" in page for page in pages)  # the header row repeats on every page
