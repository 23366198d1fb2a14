"""GB/T 9704 measured, not assumed: PDFs read back with poppler give the line pitch,
the characters a line and the lines a page; a page is rendered to PNG to be looked at."""

from __future__ import annotations

import itertools
import shutil
import subprocess
from pathlib import Path

import pytest

from dutylog.render.pdf import write_pdf
from dutylog.reports import official as gb
from dutylog.reports.official import OfficialDocument
from tests.helpers.pdf_lines import MM, lines_by_page

pytestmark = [
    pytest.mark.gui,
    pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed"),
]

# Chinese characters only, so that each one fills a full grid cell.
SENTENCE = "今日巡查新浪微博抖音微信公众号本地论坛等平台未发现负面舆情值班人员继续关注网络动态并按规定报告"


def body_document(paragraphs: int = 40) -> OfficialDocument:
    body = "".join(f"<p>{SENTENCE * 2}</p>" for _ in range(paragraphs))
    return OfficialDocument(
        "2026年11月网络舆情值班情况汇报", body, [("撰写人", "赵敏"), ("领导批示", "已阅。")]
    )


@pytest.fixture
def body_pdf(qapp: object, tmp_path: Path) -> Path:
    path = tmp_path / "body.pdf"
    write_pdf(body_document(), path)
    return path


def test_the_body_line_pitch_is_28_9_points(body_pdf: Path) -> None:
    page = lines_by_page(body_pdf)[1]  # a full body page, no title
    body = [line for line in page if "—" not in line[3]]
    pitches = [b[0] - a[0] for a, b in itertools.pairwise(body)]
    assert pitches and all(abs(pitch - gb.LINE_HEIGHT_PT) <= 0.5 for pitch in pitches), pitches


def test_a_full_page_holds_22_lines_of_28_characters(body_pdf: Path) -> None:
    page = lines_by_page(body_pdf)[1]
    body = [line for line in page if "—" not in line[3]]
    assert len(body) == gb.LINES_PER_PAGE
    left = gb.MARGIN_LEFT_MM * MM
    right = left + gb.TYPE_WIDTH_PT - gb.BODY_PT  # a line reaching this far is full
    full = [text for _top, x0, x1, text in body if abs(x0 - left) < 1 and x1 > right]
    assert full and all(len(text) == gb.CHARS_PER_LINE for text in full), full
    first = [text for _top, x0, x1, text in body if abs(x0 - left - 2 * gb.CHAR_PITCH_PT) < 1 and x1 > right]
    assert first and all(len(text) == gb.CHARS_PER_LINE - 2 for text in first)  # two characters' indent


def test_type_area_and_page_numbers_sit_where_gb_t_9704_puts_them(body_pdf: Path) -> None:
    pages = lines_by_page(body_pdf)
    mm = MM
    for number, page in enumerate(pages, 1):
        text = [line for line in page if "—" not in line[3]]
        assert min(line[1] for line in text) >= 28 * mm - 0.5  # left margin 28 mm
        assert max(line[2] for line in text) <= (210 - 26) * mm + 0.5  # right margin 26 mm
        assert text[0][0] >= 37 * mm - 1  # top margin 37 mm
        folio = [line for line in page if "—" in line[3]]
        assert len(folio) == 1 and folio[0][3].replace(" ", "") == f"—{number}—"
        assert folio[0][0] > (297 - 35) * mm  # below the type area
        if number % 2:  # outside: odd pages right, even pages left
            assert folio[0][1] > 105 * mm
        else:
            assert folio[0][2] < 105 * mm


def test_the_signature_never_stands_alone_on_a_page(qapp: object, tmp_path: Path) -> None:
    # Enough text to fill page 1 up to its last two lines: the closing cannot follow there.
    body = "".join(f"<p>{SENTENCE[:24]}</p>" for _ in range(19))
    document = OfficialDocument(
        "标题", body, [("撰写人", "赵敏"), ("领导批示", "已阅。"), ("审签人", "王建国")]
    )
    path = tmp_path / "closing.pdf"
    write_pdf(document, path)
    pages = lines_by_page(path)
    last = [line[3] for line in pages[-1] if "—" not in line[3]]
    assert any(text.startswith("审签人") for text in last)
    assert any(SENTENCE[:10] in text for text in last)  # body text came along with the signature


def test_a_page_renders_to_png_with_the_chinese_drawn(body_pdf: Path, tmp_path: Path) -> None:
    if shutil.which("pdftoppm") is None:
        pytest.skip("pdftoppm not installed")
    from PySide6.QtGui import QImage

    subprocess.run(
        ["pdftoppm", "-png", "-r", "50", "-f", "1", "-l", "1", str(body_pdf), str(tmp_path / "page")],
        check=True,
    )
    image = QImage(str(next(tmp_path.glob("page*.png"))))
    assert not image.isNull() and image.width() > 300
    # Ink in the title line and in the body: the glyphs drew (no blank boxes where text is).
    dark = sum(
        1
        for y in range(0, image.height(), 2)
        for x in range(0, image.width(), 2)
        if image.pixelColor(x, y).lightness() < 128
    )
    assert dark > 500


def test_a_volume_starts_each_document_on_a_new_page_numbered_through(qapp: object, tmp_path: Path) -> None:
    from dutylog.render.pdf import write_pdf_volume

    days = [
        OfficialDocument(f"值班日志{n}", f"<p>第{n}天的记录。</p>" + f"<p>{SENTENCE}</p>" * 30)
        for n in (1, 2)
    ]
    path = tmp_path / "volume.pdf"
    pages = write_pdf_volume(days, "2026年11月值班日志", path)
    found = lines_by_page(path)
    assert len(found) == pages >= 4
    starts = [number for number, page in enumerate(found) if page and page[0][3].startswith("值班日志")]
    assert len(starts) == 2 and starts[0] == 0  # each day opens a page
    folios = [line[3].replace(" ", "") for page in found for line in page if "—" in line[3]]
    assert folios == [f"—{n}—" for n in range(1, pages + 1)]
