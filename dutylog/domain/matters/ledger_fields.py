"""Columns of a matter ledger (台账) and the Chinese headers offices give them.

Offices keep years of ledgers in Excel/WPS with headers that vary from desk to
desk ("标题", "舆情标题", "主题"...). `match_header` names the field a header
means; `find_header_row` finds the header row even below a title row such as
"XX县2025年网络舆情台账".
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from dutylog.domain.enums import LabelledEnum, _label


class LedgerField(LabelledEnum):
    """A column an imported ledger can fill."""

    SEQ = "seq"
    TITLE = "title"
    SUMMARY = "summary"
    URL = "url"
    SOURCE = "source"
    AUTHOR = "author"
    PUBLISHED_AT = "published_at"
    DISCOVERED_AT = "discovered_at"
    REPORTED_AT = "reported_at"
    GRADE = "grade"
    MEASURES = "measures"
    POSTS_REMOVED = "posts_removed"
    OUTCOME = "outcome"
    UNIT = "unit"
    TAGS = "tags"
    STATUS = "status"
    NOTE = "note"
    INSTRUCTION = "instruction"


_label(
    LedgerField,
    {
        "seq": ("序号", "No."),
        "title": ("标题", "Title"),
        "summary": ("摘要", "Summary"),
        "url": ("网址", "URL"),
        "source": ("来源", "Source"),
        "author": ("发布者", "Author"),
        "published_at": ("发布时间", "Published"),
        "discovered_at": ("发现时间", "Discovered"),
        "reported_at": ("上报时间", "Reported"),
        "grade": ("等级", "Grade"),
        "measures": ("处置措施", "Measures"),
        "posts_removed": ("删帖数", "Posts removed"),
        "outcome": ("处置结果", "Outcome"),
        "unit": ("责任单位", "Responsible unit"),
        "tags": ("类别", "Category"),
        "status": ("状态", "Status"),
        "note": ("备注", "Note"),
        "instruction": ("领导批示", "Leader's instruction"),
    },
)

# Fields an import cannot do without.
REQUIRED_FIELDS = (LedgerField.TITLE, LedgerField.DISCOVERED_AT)

# Header texts seen in real ledgers, already in `normalize_header` form.
SYNONYMS: dict[LedgerField, tuple[str, ...]] = {
    LedgerField.SEQ: ("序号", "编号", "舆情编号", "事项编号", "no", "no.", "序"),
    LedgerField.TITLE: (
        "标题",
        "主题",
        "舆情标题",
        "舆情主题",
        "事项标题",
        "帖文标题",
        "信息标题",
        "舆情名称",
        "事项名称",
        "title",
    ),
    LedgerField.SUMMARY: (
        "摘要",
        "内容",
        "舆情内容",
        "主要内容",
        "内容摘要",
        "简要情况",
        "舆情概要",
        "基本情况",
        "帖文内容",
        "舆情摘要",
        "summary",
    ),
    LedgerField.URL: (
        "网址",
        "链接",
        "网址链接",
        "原文链接",
        "链接地址",
        "帖文链接",
        "url",
        "网页地址",
        "地址",
    ),
    LedgerField.SOURCE: (
        "来源",
        "信息来源",
        "舆情来源",
        "平台",
        "发布平台",
        "来源平台",
        "媒体",
        "载体",
        "网站",
        "来源网站",
        "source",
    ),
    LedgerField.AUTHOR: (
        "发布者",
        "发帖人",
        "网络实名",
        "作者",
        "网名",
        "发布人",
        "账号",
        "发布账号",
        "网民昵称",
        "昵称",
        "author",
    ),
    LedgerField.PUBLISHED_AT: ("发布时间", "发帖时间", "发布日期", "原帖时间", "published"),
    LedgerField.DISCOVERED_AT: ("发现时间", "发现日期", "监测时间", "日期", "时间", "discovered"),
    LedgerField.REPORTED_AT: ("上报时间", "报送时间", "报告时间", "上报日期", "报送日期", "reported"),
    LedgerField.GRADE: ("等级", "级别", "舆情等级", "舆情级别", "事件等级", "grade"),
    LedgerField.MEASURES: ("处置措施", "处置方式", "处理措施", "处理方式", "应对措施", "措施", "measures"),
    LedgerField.POSTS_REMOVED: ("删帖数", "删帖数量", "删帖条数", "删除条数"),
    LedgerField.OUTCOME: (
        "处置结果",
        "办理结果",
        "处理结果",
        "处置情况",
        "办理情况",
        "处理情况",
        "结果",
        "outcome",
    ),
    LedgerField.UNIT: (
        "责任单位",
        "涉及单位",
        "涉事单位",
        "承办单位",
        "交办单位",
        "办理单位",
        "主管单位",
        "unit",
    ),
    LedgerField.TAGS: ("类别", "类型", "舆情类别", "舆情类型", "分类", "tags"),
    LedgerField.STATUS: ("状态", "办理状态", "处置状态", "status"),
    LedgerField.NOTE: ("备注", "说明", "note"),
    # On the matter's timeline as the leader's instruction; the text is also kept as written.
    LedgerField.INSTRUCTION: ("领导批示", "批示", "领导批示意见", "批示意见", "领导意见", "instruction"),
}

_BY_NAME: dict[str, LedgerField] = {name: field for field, names in SYNONYMS.items() for name in names}
# Generic words count only as the whole header: "处置时间" is not the discovery time.
_EXACT_ONLY = frozenset(
    {
        "时间",
        "日期",
        "内容",
        "地址",
        "结果",
        "说明",
        "措施",
        "类型",
        "分类",
        "类别",
        "序",
        "网站",
        "媒体",
        "载体",
    }
    | {"账号", "昵称", "作者", "平台", "来源", "编号", "批示"}
)
# Longest first, so that "发布时间" wins over "时间" inside "信息发布时间".
_CONTAINED = sorted(
    (name for name in _BY_NAME if len(name) >= 2 and name not in _EXACT_ONLY and not name.isascii()),
    key=len,
    reverse=True,
)
_BRACKETS = re.compile(r"[(\[（【〔][^)\]）】〕]*[)\]）】〕]")
_NOISE = re.compile(r"[\s*＊:：_\-—·.。、]+")

HEADER_SCAN_ROWS = 20


def normalize_header(text: object) -> str:
    """Fold full-width forms, drop bracketed hints ("（必填）"), spaces, stars and colons."""
    if text is None:
        return ""
    folded = unicodedata.normalize("NFKC", str(text)).lower()
    folded = _BRACKETS.sub("", folded)
    return _NOISE.sub("", folded)


def match_header(text: object) -> LedgerField | None:
    """The field a header names, or None when it is not recognised."""
    key = normalize_header(text)
    if not key:
        return None
    exact = _BY_NAME.get(key)
    if exact is not None:
        return exact
    for name in _CONTAINED:
        if name in key:
            return _BY_NAME[name]
    return None


def map_headers(headers: Sequence[object]) -> dict[int, LedgerField]:
    """Column index -> field for the recognised headers; the first column wins a duplicate."""
    mapping: dict[int, LedgerField] = {}
    taken: set[LedgerField] = set()
    for index, header in enumerate(headers):
        field = match_header(header)
        if field is not None and field not in taken:
            mapping[index] = field
            taken.add(field)
    return mapping


@dataclass(frozen=True)
class HeaderGuess:
    """Where the header row is (0-based among the rows scanned) and what its columns mean."""

    row_index: int
    headers: tuple[str, ...]
    mapping: Mapping[int, LedgerField]

    def missing(self) -> list[LedgerField]:
        present = set(self.mapping.values())
        return [field for field in REQUIRED_FIELDS if field not in present]


def find_header_row(rows: Sequence[Sequence[object]]) -> HeaderGuess | None:
    """The row among the first `HEADER_SCAN_ROWS` that names the most ledger fields.

    It must name at least two fields, one of them the title: a sheet without
    that is not a ledger.
    """
    best: HeaderGuess | None = None
    for index, row in enumerate(rows[:HEADER_SCAN_ROWS]):
        mapping = map_headers(row)
        if len(mapping) < 2 or LedgerField.TITLE not in mapping.values():
            continue
        if best is None or len(mapping) > len(best.mapping):
            headers = tuple("" if cell is None else str(cell).strip() for cell in row)
            best = HeaderGuess(index, headers, mapping)
    return best


def year_in_title(rows: Sequence[Sequence[object]]) -> int | None:
    """A year named in a title row above the header ("XX县2025年网络舆情台账")."""
    for row in rows:
        for cell in row:
            if isinstance(cell, str):
                found = re.search(r"(19|20)\d{2}(?=\s*年)", cell)
                if found:
                    return int(found.group(0))
    return None
