"""A small, safe subset of HTML for report bodies, and a parser into a tree.

A briefing body arrives from the rich-text editor (QTextEdit.toHtml) with Qt's
inline styles, fonts and sizes. Printing must use the office layout instead, so
bodies are reduced to structure: paragraphs, headings, bold/italic/underline,
line breaks, lists and tables. Both the PDF (via Qt) and the .docx writer read
this subset, so they agree on what a body says.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

BLOCKS = ("p", "h1", "h2", "h3", "table", "tr", "td", "th", "ul", "ol", "li")
INLINE = ("b", "i", "u")
VOID = ("br",)
_RENAME = {"strong": "b", "em": "i", "h4": "h3", "h5": "h3", "h6": "h3", "div": "p", "thead": "", "tbody": ""}
_SKIP_CONTENT = ("head", "style", "script", "title")
_BOLD = re.compile(r"font-weight\s*:\s*(bold|[6-9]00)")
_ITALIC = re.compile(r"font-style\s*:\s*italic")
_UNDERLINE = re.compile(r"text-decoration\s*:[^;]*underline")
_ALIGN = ("center", "right", "justify")
_PAGE_BREAK = re.compile(r"page-break-before\s*:\s*always")


@dataclass
class Node:
    tag: str  # "" for a text node, "root" for the top
    text: str = ""
    align: str = ""
    colspan: int = 1
    children: list[Node] = field(default_factory=list)
    page_break: bool = False  # print only: start this block on a new page

    def plain_text(self) -> str:
        if not self.tag:
            return self.text
        if self.tag == "br":
            return "\n"
        return "".join(child.plain_text() for child in self.children)


class _TreeBuilder(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = Node("root")
        self.stack: list[tuple[str, Node]] = [("root", self.root)]
        self.skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP_CONTENT:
            self.skipping += 1
            return
        values = {key: value or "" for key, value in attrs}
        style = values.get("style", "")
        mapped = _RENAME.get(tag, tag)
        if tag == "span" or not mapped:
            # A span only matters for the emphasis it carries.
            marks = [
                mark for mark, rx in (("b", _BOLD), ("i", _ITALIC), ("u", _UNDERLINE)) if rx.search(style)
            ]
            self._open_chain(tag, marks)
            return
        if mapped in VOID:
            self.stack[-1][1].children.append(Node("br"))
            return
        if mapped not in BLOCKS and mapped not in INLINE:
            self.stack.append((tag, self.stack[-1][1]))  # transparent wrapper (a, font, html, body...)
            return
        node = Node(mapped, page_break=bool(_PAGE_BREAK.search(style)))
        align = values.get("align", "").lower()
        if align in _ALIGN:
            node.align = align
        if mapped in ("td", "th"):
            try:
                node.colspan = max(1, int(values.get("colspan", "1")))
            except ValueError:
                node.colspan = 1
        self.stack[-1][1].children.append(node)
        self.stack.append((tag, node))

    def _open_chain(self, tag: str, marks: list[str]) -> None:
        parent = self.stack[-1][1]
        for mark in marks:
            child = Node(mark)
            parent.children.append(child)
            parent = child
        self.stack.append((tag, parent))

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP_CONTENT:
            self.skipping = max(0, self.skipping - 1)
            return
        if tag in VOID:
            return
        for index in range(len(self.stack) - 1, 0, -1):
            if self.stack[index][0] == tag:
                del self.stack[index:]
                return

    def handle_data(self, data: str) -> None:
        if self.skipping:
            return
        parent = self.stack[-1][1]
        if parent.tag in ("table", "tr", "ul", "ol", "root", "td", "th", "li") and not data.strip():
            return
        parent.children.append(Node("", text=data))


def parse(body: str) -> Node:
    builder = _TreeBuilder()
    builder.feed(body)
    builder.close()
    return builder.root


def render(node: Node) -> str:
    """Serialize a tree back to the subset."""
    if not node.tag:
        return html.escape(node.text, quote=False)
    if node.tag == "table" and node.children and any(cell.tag == "th" for cell in node.children[0].children):
        # A header row in <thead> repeats on every printed page (Qt and browsers alike).
        head, *rest = node.children
        inner = f"<thead>{render(head)}</thead>" + "".join(render(child) for child in rest)
    else:
        inner = "".join(render(child) for child in node.children)
    if node.tag == "root":
        return inner
    if node.tag == "br":
        return "<br>"
    attrs = ""
    if node.align:
        attrs += f' align="{node.align}"'
    if node.colspan > 1:
        attrs += f' colspan="{node.colspan}"'
    if node.tag == "table":
        attrs += ' border="1" cellspacing="0" cellpadding="4" width="100%"'
    if node.page_break:
        attrs += ' style="page-break-before: always"'
    if node.tag in ("p", "h1", "h2", "h3", "table", "tr", "ul", "ol"):
        return f"<{node.tag}{attrs}>{inner}</{node.tag}>\n"
    return f"<{node.tag}{attrs}>{inner}</{node.tag}>"


def normalize(body: str) -> str:
    """Reduce any HTML (typically QTextEdit.toHtml output) to the report subset."""
    return render(parse(body)).strip()


def to_plain_text(body: str) -> str:
    """Readable text: one line per block, cells separated by a vertical bar."""
    lines: list[str] = []

    def walk(node: Node) -> None:
        if node.tag == "tr":
            lines.append(" | ".join(cell.plain_text().strip() for cell in node.children))
            return
        if node.tag in ("p", "h1", "h2", "h3", "li"):
            lines.append(node.plain_text().strip())
            return
        for child in node.children:
            walk(child)

    walk(parse(body))
    return "\n".join(lines)


def split_table(body: str, table_index: int, row: int) -> str:
    """Start row ``row`` of the ``table_index``-th top-level table on a new page.

    Qt's layout lets a tall row run over a page break; printing splits the table
    before such a row instead, repeating its header row. A row right after the
    header moves the whole table.
    """
    root = parse(body)
    tables = [child for child in root.children if child.tag == "table"]
    table = tables[table_index]
    rows = [child for child in table.children if child.tag == "tr"]
    header = 1 if rows and any(cell.tag == "th" for cell in rows[0].children) else 0
    if row <= header:
        table.page_break = True
        return render(root)
    first = Node("table", children=rows[:row])
    second = Node("table", children=rows[:header] + rows[row:], page_break=True)
    position = root.children.index(table)
    root.children[position : position + 1] = [first, second]
    return render(root)


def break_before_heading(body: str, text: str) -> str:
    """Start the first heading that reads ``text`` on a new page (keeps it with what follows)."""
    root = parse(body)
    for index, node in enumerate(root.children):
        if node.tag in ("h2", "h3") and not node.page_break and node.plain_text().strip() == text:
            node.page_break = True
            # What followed it now follows it onto the new page: a break of its own would
            # leave the heading alone there instead.
            for after in root.children[index + 1 :]:
                if after.tag or after.text.strip():
                    after.page_break = False
                    break
            break
    return render(root)


def break_before_last_block(body: str) -> str:
    """Start the body's last block on a new page (keeps it with the closing that follows)."""
    root = parse(body)
    blocks = [node for node in root.children if node.tag or node.text.strip()]
    if blocks and blocks[-1].tag:
        blocks[-1].page_break = True
    return render(root)
