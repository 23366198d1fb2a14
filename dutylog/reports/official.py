"""The official document layout (GB/T 9704-2012) shared by the PDF and .docx writers.

A document is a title, an HTML body in the report subset and an optional closing
block (the leader's instruction and signature). Sizes are in points and millimetres.
"""

from __future__ import annotations

import html
from dataclasses import dataclass, field

from dutylog.domain.briefing import BriefingRecord
from dutylog.reports.text import stamp

PAGE_WIDTH_MM = 210.0
PAGE_HEIGHT_MM = 297.0
MARGIN_TOP_MM = 37.0
MARGIN_BOTTOM_MM = 35.0
MARGIN_LEFT_MM = 28.0
MARGIN_RIGHT_MM = 26.0
TITLE_PT = 22.0  # 二号
BODY_PT = 16.0  # 三号
HEADING_PT = 16.0
PAGE_NUMBER_PT = 14.0  # 四号
TABLE_PT = 12.0  # 小四: tables of five or six columns stay readable
# 22 lines a page: 225 mm of type area / 22 lines = 10.2 mm = 29 pt a line.
LINE_HEIGHT_PT = 28.9

# Preferred faces first; the writer takes the first installed one of each list,
# then the best installed CJK face. Documents open elsewhere use the first names.
TITLE_FONTS = (
    "方正小标宋简体",
    "FZXiaoBiaoSong-B05S",
    "华文中宋",
    "STZhongsong",
    "宋体",
    "SimSun",
    "Noto Serif CJK SC",
)
BODY_FONTS = ("仿宋_GB2312", "仿宋", "FangSong", "FangSong_GB2312", "STFangsong", "Noto Serif CJK SC")
HEADING_FONTS = ("黑体", "SimHei", "Noto Sans CJK SC")
CJK_FALLBACK_FONTS = (
    "WenQuanYi Micro Hei",
    "WenQuanYi Zen Hei",
    "Noto Serif CJK SC",
    "Noto Sans CJK SC",
    "Source Han Serif SC",
    "Source Han Sans SC",
    "AR PL UMing CN",
    "Droid Sans Fallback",
)
DOCX_TITLE_FONT = "方正小标宋简体"
DOCX_BODY_FONT = "仿宋_GB2312"
DOCX_HEADING_FONT = "黑体"


def choose_font(preferred: tuple[str, ...], installed: set[str]) -> str:
    """First preferred family that is installed, else the best installed CJK face."""
    lowered = {name.lower(): name for name in installed}
    for name in (*preferred, *CJK_FALLBACK_FONTS):
        if name.lower() in lowered:
            return lowered[name.lower()]
    return preferred[0]


def page_number_text(number: int) -> str:
    return f"— {number} —"


@dataclass(frozen=True)
class OfficialDocument:
    title: str
    body_html: str
    closing: list[tuple[str, str]] = field(default_factory=list)  # (label, text) pairs
    footnote: str = ""


def briefing_document(briefing: BriefingRecord) -> OfficialDocument:
    closing: list[tuple[str, str]] = [("撰写人", briefing.author_name or "—")]
    if briefing.signed_at is not None:
        closing += [
            ("领导批示", briefing.instruction),
            ("审签人", f"{briefing.signer_name}　{stamp(briefing.signed_at)}"),
        ]
    else:
        closing.append(("状态", briefing.status.zh))
    footnote = f"SHA-256：{briefing.content_sha256}" if briefing.content_sha256 else ""
    return OfficialDocument(briefing.title, briefing.body_html, closing, footnote)


def closing_html(document: OfficialDocument) -> str:
    parts = [f"<p><b>{html.escape(label)}：</b>{html.escape(text)}</p>" for label, text in document.closing]
    if document.footnote:
        parts.append(f'<p class="note">{html.escape(document.footnote)}</p>')
    return "\n".join(parts)


def document_html(document: OfficialDocument, *, title_font: str, body_font: str, heading_font: str) -> str:
    """A complete HTML page for QTextDocument with the office layout in CSS."""
    # Qt applies fonts, sizes and spacing block by block (dutylog.ui.pdf); the CSS
    # here only serves viewers that read the HTML directly.
    css = (
        f"body {{ font-family: '{body_font}'; font-size: {BODY_PT:g}pt; }} "
        f"h1 {{ font-family: '{title_font}'; font-size: {TITLE_PT:g}pt; text-align: center; }} "
        f"h2 {{ font-family: '{heading_font}'; font-size: {HEADING_PT:g}pt; }} "
        f"td, th {{ font-size: {TABLE_PT:g}pt; }} p.note {{ font-size: 9pt; color: #555555; }}"
    )
    return (
        f"<html><head><meta charset='utf-8'><style>{css}</style></head><body>"
        f"<h1>{html.escape(document.title)}</h1>\n{document.body_html}\n"
        f"<p> </p>\n{closing_html(document)}</body></html>"
    )
