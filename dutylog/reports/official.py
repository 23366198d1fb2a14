"""The official document layout (GB/T 9704-2012) shared by the PDF and .docx writers.

A document is a title, an HTML body in the report subset and an optional closing
block (the leader's instruction and signature). Sizes are in points and millimetres.
"""

from __future__ import annotations

import html
from dataclasses import dataclass, field

from dutylog.domain.accounts.anchor import ChainMark
from dutylog.domain.briefings.briefing import BriefingRecord
from dutylog.reports.html_subset import Node, parse
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
LINES_PER_PAGE = 22
CHARS_PER_LINE = 28
PT_PER_MM = 72 / 25.4
TYPE_WIDTH_PT = (PAGE_WIDTH_MM - MARGIN_LEFT_MM - MARGIN_RIGHT_MM) * PT_PER_MM
# 28 characters of 16 pt need 448 pt but the type area is 442 pt wide: GB/T 9704
# closes the characters up a little. The tenth of a character to spare keeps
# rounding from pushing the 28th character to the next line.
CHAR_PITCH_PT = TYPE_WIDTH_PT / (CHARS_PER_LINE + 0.1)
LETTER_SPACING_PERCENT = 100 * CHAR_PITCH_PT / BODY_PT

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
    # "审计链 #57 a1b2c3d4e5f6": the audit record of the signing, so that a paper copy
    # can later prove how far the office's record reached when it was signed.
    audit_mark: str = ""

    @property
    def notes(self) -> tuple[str, ...]:
        """The small print under the closing block, one line each."""
        return tuple(note for note in (self.footnote, self.audit_mark) if note)


def briefing_document(briefing: BriefingRecord, *, signing: ChainMark | None = None) -> OfficialDocument:
    """The document of ``briefing``; ``signing`` is the audit record of its signing, if signed."""
    closing: list[tuple[str, str]] = [("撰写人", briefing.author_name or "—")]
    if briefing.signed_at is not None:
        closing += [
            ("领导批示", briefing.instruction),
            ("审签人", f"{briefing.signer_name}　{stamp(briefing.signed_at)}"),
        ]
    else:
        closing.append(("状态", briefing.status.zh))
    footnote = f"SHA-256：{briefing.content_sha256}" if briefing.content_sha256 else ""
    mark = signing.text if signing is not None and briefing.signed_at is not None else ""
    return OfficialDocument(briefing.title, briefing.body_html, closing, footnote, mark)


def document_html(
    document: OfficialDocument,
    *,
    title_font: str,
    body_font: str,
    heading_font: str,
    px_per_pt: float = 1.0,
) -> str:
    """HTML for Qt's QTextDocument with the office layout as inline styles.

    Qt reads only px for text-indent, line-height and margins, and sizes headings
    itself unless they are plain paragraphs, so headings are rendered as styled
    paragraphs. Horizontal px are points of the 72-dpi layout, but Qt scales vertical
    ones (line-height, margins) by the layout's dpi over the screen's: ``px_per_pt`` is
    how many of those px make a point (measured by the renderer, 4/3 on a 96-dpi screen).
    """
    fonts = _Fonts(title_font, body_font, heading_font, px_per_pt)
    title = (
        f'<p align="center" style="{fonts.style(title_font, TITLE_PT, bold=True)} '
        f'line-height:{fonts.px(TITLE_PT * 1.4)}; margin-bottom:{fonts.px(LINE_HEIGHT_PT)};">'
        f"{html.escape(document.title)}</p>"
    )
    body = "".join(fonts.block(node) for node in parse(document.body_html).children)
    closing = "".join(
        f'<p style="{fonts.paragraph_style()}"><b>{html.escape(label)}：</b>{html.escape(text)}</p>'
        for label, text in document.closing
    )
    note = "".join(
        f'<p style="{fonts.style(body_font, 9)} color:#555555;">{html.escape(line)}</p>'
        for line in document.notes
    )
    spacer = f'<p style="{fonts.paragraph_style()}"> </p>' if document.closing else ""
    return f"<html><body>{title}{body}{spacer}{closing}{note}</body></html>"


class _Fonts:
    def __init__(self, title: str, body: str, heading: str, px_per_pt: float) -> None:
        self.title, self.body, self.heading = title, body, heading
        self.px_per_pt = px_per_pt
        # A fallback face has no 黑体 look of its own: weight marks the headings instead.
        self.heading_bold = heading not in HEADING_FONTS

    def px(self, points: float) -> str:
        """A vertical length (line height, margin) in the px Qt reads for it."""
        return f"{points * self.px_per_pt:.2f}px"

    @staticmethod
    def style(family: str, size: float, *, bold: bool = False) -> str:
        weight = "bold" if bold else "normal"
        return f"font-family:'{family}'; font-size:{size:g}pt; font-weight:{weight};"

    def paragraph_style(self, family: str | None = None, *, bold: bool = False) -> str:
        return (
            f"{self.style(family or self.body, BODY_PT, bold=bold)} text-indent:{2 * CHAR_PITCH_PT:.2f}px; "
            f"line-height:{self.px(LINE_HEIGHT_PT)}; margin-top:0px; margin-bottom:0px;"
        )

    def block(self, node: Node) -> str:
        if node.tag == "table":
            return self.table(node)
        if node.tag in ("ul", "ol"):
            items = [child for child in node.children if child.tag == "li"]
            marks = [f"{n}. " if node.tag == "ol" else "• " for n in range(1, len(items) + 1)]
            return "".join(
                f'<p style="{self.paragraph_style()}">{mark}{render_inline(item)}</p>'
                for mark, item in zip(marks, items, strict=True)
            )
        if not node.tag:
            return (
                f'<p style="{self.paragraph_style()}">{html.escape(node.text)}</p>'
                if node.text.strip()
                else ""
            )
        if node.tag == "h1":
            style = f"{self.style(self.title, TITLE_PT, bold=True)} line-height:{self.px(TITLE_PT * 1.4)};"
            return f'<p align="center" style="{style}">{render_inline(node)}</p>'
        if node.tag == "h2":
            style = self.paragraph_style(self.heading, bold=self.heading_bold)
        elif node.tag == "h3":
            style = self.paragraph_style(bold=True)
        else:
            style = self.paragraph_style()
        if node.page_break:
            style += " page-break-before: always;"
        align = f' align="{node.align}"' if node.align else ""
        return f'<p{align} style="{style}">{render_inline(node)}</p>'

    def table(self, node: Node) -> str:
        rows = [row for row in node.children if row.tag == "tr"]
        cell_style = f"{self.style(self.body, TABLE_PT)} line-height:{self.px(TABLE_PT * 1.3)};"
        out = []
        for index, row in enumerate(rows):
            cells = []
            for cell in row.children:
                if cell.tag not in ("td", "th"):
                    continue
                span = f' colspan="{cell.colspan}"' if cell.colspan > 1 else ""
                text = "<br>".join(
                    render_inline(block) for block in cell.children if block.tag in ("p", "h2", "h3", "li")
                ) or render_inline(cell)
                if cell.tag == "th":
                    text = f"<b>{text}</b>"
                align = ' align="center"' if cell.tag == "th" else ""
                cells.append(f'<td{span}{align} style="{cell_style}">{text}</td>')
            row_html = f"<tr>{''.join(cells)}</tr>"
            is_header = index == 0 and any(cell.tag == "th" for cell in row.children)
            out.append(f"<thead>{row_html}</thead>" if is_header else row_html)
        page_break = ' style="page-break-before: always;"' if node.page_break else ""
        attributes = f'border="1" cellspacing="0" cellpadding="3" width="100%"{page_break}'
        return f"<table {attributes}>{''.join(out)}</table>"


def render_inline(node: Node) -> str:
    """The inline content of a block: text, emphasis and line breaks."""
    out = []
    for child in node.children:
        if not child.tag:
            out.append(html.escape(child.text, quote=False))
        elif child.tag == "br":
            out.append("<br>")
        elif child.tag in ("b", "i", "u"):
            out.append(f"<{child.tag}>{render_inline(child)}</{child.tag}>")
        else:
            out.append(render_inline(child))
    return "".join(out)
