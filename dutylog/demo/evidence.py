"""Demo evidence (有害信息备份): a screenshot and a saved web page for the serious matters.

An officer who finds a post keeps a screenshot of it, the post framed in red, and the
page as the browser saved it. Both are made here without Qt (the demo runs in the
Qt-free core): the PNG by a small encoder over zlib, the page as plain HTML. Each
file is deterministic from the demo seed and the matter, and differs from matter to
matter, since evidence is kept by the SHA-256 of its bytes.
"""

from __future__ import annotations

import html
import random
import struct
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from dutylog.domain.matters.records import MatterRecord

if TYPE_CHECKING:
    from dutylog.office import Office

# How many matters get evidence: the most serious first, then the most recent.
MATTERS_WITH_EVIDENCE = 4
WIDTH, HEIGHT = 320, 200
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"

Color = tuple[int, int, int]
PAGE: Color = (250, 250, 248)
CARD: Color = (255, 255, 255)
LINE: Color = (226, 226, 226)
TEXT: Color = (172, 172, 172)
DARK: Color = (110, 110, 110)
RED: Color = (222, 30, 30)
# A platform's colour in its top bar, so the screenshots look like where they came from.
ACCENTS: dict[str, Color] = {
    "新浪微博": (255, 130, 0),
    "微信公众号": (7, 193, 96),
    "抖音": (22, 24, 35),
    "快手": (255, 80, 0),
    "百度贴吧": (48, 110, 230),
    "本地论坛": (70, 120, 170),
    "今日头条": (240, 65, 66),
    "小红书": (255, 36, 66),
}

# A 3x5 bitmap font for the timestamp under the author's name (rows top to bottom).
GLYPHS = {
    "0": ("111", "101", "101", "101", "111"),
    "1": ("010", "110", "010", "010", "111"),
    "2": ("111", "001", "111", "100", "111"),
    "3": ("111", "001", "111", "001", "111"),
    "4": ("101", "101", "111", "001", "001"),
    "5": ("111", "100", "111", "001", "111"),
    "6": ("111", "100", "111", "101", "111"),
    "7": ("111", "001", "010", "010", "010"),
    "8": ("111", "101", "111", "101", "111"),
    "9": ("111", "101", "111", "001", "111"),
    "-": ("000", "000", "111", "000", "000"),
    ":": ("000", "010", "000", "010", "000"),
    " ": ("000", "000", "000", "000", "000"),
}


@dataclass(frozen=True)
class DemoMatter:
    """A matter the demo made, with the officer who found it (who keeps its evidence)."""

    record: MatterRecord
    officer_id: int


class Canvas:
    """An RGB image to draw rectangles on, written out as PNG."""

    def __init__(self, width: int, height: int, background: Color) -> None:
        self.width = width
        self.height = height
        self.pixels = bytearray(bytes(background) * (width * height))

    def fill(self, x: int, y: int, w: int, h: int, color: Color) -> None:
        x0, y0 = max(0, x), max(0, y)
        x1, y1 = min(self.width, x + w), min(self.height, y + h)
        if x1 <= x0:
            return
        row = bytes(color) * (x1 - x0)
        for yy in range(y0, y1):
            start = (yy * self.width + x0) * 3
            self.pixels[start : start + len(row)] = row

    def frame(self, x: int, y: int, w: int, h: int, color: Color, thickness: int = 2) -> None:
        self.fill(x, y, w, thickness, color)
        self.fill(x, y + h - thickness, w, thickness, color)
        self.fill(x, y, thickness, h, color)
        self.fill(x + w - thickness, y, thickness, h, color)

    def text(self, x: int, y: int, value: str, color: Color, scale: int = 1) -> None:
        for char in value:
            for row, bits in enumerate(GLYPHS.get(char, GLYPHS[" "])):
                for col, bit in enumerate(bits):
                    if bit == "1":
                        self.fill(x + col * scale, y + row * scale, scale, scale, color)
            x += 4 * scale

    def png(self) -> bytes:
        stride = self.width * 3
        raw = b"".join(
            b"\x00" + bytes(self.pixels[y * stride : (y + 1) * stride]) for y in range(self.height)
        )
        header = struct.pack(">IIBBBBB", self.width, self.height, 8, 2, 0, 0, 0)  # 8-bit RGB
        return (
            PNG_SIGNATURE
            + _chunk(b"IHDR", header)
            + _chunk(b"IDAT", zlib.compress(raw, 9))
            + _chunk(b"IEND", b"")
        )


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def screenshot_png(matter: MatterRecord, seed: int) -> bytes:
    """A browser screenshot of the post: page chrome, the post's text as grey bars, a red frame."""
    rng = random.Random(seed * 1_000_003 + matter.id)
    page = Canvas(WIDTH, HEIGHT, PAGE)
    accent = ACCENTS.get(matter.source, (90, 90, 90))
    page.fill(0, 0, WIDTH, 14, (222, 225, 230))  # browser tabs
    page.fill(6, 3, 70, 11, (245, 246, 248))
    page.fill(0, 14, WIDTH, 14, (245, 246, 248))  # address bar
    page.fill(30, 17, 200 + rng.randint(0, 60), 8, (255, 255, 255))
    page.fill(0, 28, WIDTH, 18, accent)  # the platform's header
    page.fill(10, 33, 46, 8, (255, 255, 255))
    # Side column of other posts, then the post itself.
    for y in range(54, HEIGHT - 8, 34):
        page.fill(236, y, 76, 28, CARD)
        page.fill(242, y + 6, rng.randint(40, 62), 5, LINE)
        page.fill(242, y + 16, rng.randint(30, 58), 5, LINE)
    post_x, post_y, post_w, post_h = 10, 54, 216, 138
    page.fill(post_x, post_y, post_w, post_h, CARD)
    avatar = (rng.randint(120, 200), rng.randint(120, 200), rng.randint(120, 200))
    page.fill(post_x + 8, post_y + 8, 20, 20, avatar)
    page.fill(post_x + 34, post_y + 9, 30 + rng.randint(0, 30), 6, DARK)  # author
    when = matter.published_at or matter.discovered_at
    page.text(post_x + 34, post_y + 19, f"{when:%Y-%m-%d %H:%M}", TEXT)
    y = post_y + 36
    lines = rng.randint(3, 5)
    for line in range(lines):
        full = line < lines - 1
        page.fill(post_x + 8, y, rng.randint(170, 198) if full else rng.randint(50, 130), 6, TEXT)
        y += 11
    for photo in range(rng.randint(1, 3)):  # attached photos
        shade = rng.randint(190, 225)
        page.fill(post_x + 8 + photo * 64, y + 2, 60, 30, (shade, shade + 8 - photo * 8, 215))
    page.fill(post_x + 8, post_y + post_h - 12, post_w - 16, 1, LINE)  # reposts, comments, likes
    page.frame(post_x - 4, post_y - 4, post_w + 8, post_h + 8, RED, thickness=2)
    return page.png()


def saved_page_html(matter: MatterRecord, saved_at: datetime) -> bytes:
    """The post's page as a browser saves it, with the "saved from url" line browsers write."""
    esc = html.escape
    when = matter.published_at or matter.discovered_at
    author = matter.author_name or "匿名网友"
    lines = [
        "<!DOCTYPE html>",
        f"<!-- saved from url=({len(matter.url):04d}){matter.url} -->",
        '<html lang="zh-CN">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{esc(matter.title)} - {esc(matter.source)}</title>",
        "<style>body{font-family:sans-serif;background:#fafaf8;margin:0}"
        "article{background:#fff;max-width:640px;margin:24px auto;padding:16px 20px}"
        ".meta{color:#888;font-size:13px}</style>",
        "</head>",
        "<body>",
        "<article>",
        f"<h1>{esc(matter.title)}</h1>",
        f'<p class="meta"><span class="author">{esc(author)}</span>　'
        f'<time datetime="{when:%Y-%m-%dT%H:%M}">{when:%Y-%m-%d %H:%M}</time>　来自 {esc(matter.source)}</p>',
        f"<p>{esc(matter.summary or matter.title)}</p>",
        "</article>",
        f'<footer class="meta">网页保存于 {saved_at:%Y-%m-%d %H:%M}</footer>',
        "</body>",
        "</html>",
        "",
    ]
    return "\n".join(lines).encode("utf-8")


def pick(matters: list[DemoMatter], count: int = MATTERS_WITH_EVIDENCE) -> list[DemoMatter]:
    """The matters that get evidence: those with a web address, most serious then most recent."""
    with_page = [m for m in matters if m.record.url]
    with_page.sort(key=lambda m: (m.record.grade.rank, m.record.discovered_at), reverse=True)
    return with_page[:count]


def add_demo_evidence(office: Office, matters: list[DemoMatter], seed: int) -> int:
    """Attach a screenshot and a saved page to a few matters through the evidence service."""
    attached = 0
    now = office.clock()
    for item in pick(matters):
        matter = item.record
        at = min(now, matter.discovered_at + timedelta(minutes=4))
        with _clock_at(office, at):
            office.matters.evidence.attach_bytes(
                matter.id,
                screenshot_png(matter, seed),
                filename=f"{matter.number} {matter.title}.png",  # named for the ledger
                media_type="image/png",
                added_by=item.officer_id,
                note="帖文截图，红框为涉事帖文",
            )
            office.matters.evidence.attach_bytes(
                matter.id,
                saved_page_html(matter, at),
                filename=f"{matter.title} - {matter.source}.html",  # as the browser names it
                media_type="text/html",
                added_by=item.officer_id,
                note="网页另存（HTML）",
            )
        attached += 2
    return attached


@contextmanager
def _clock_at(office: Office, moment: datetime) -> Iterator[None]:
    """The demo writes each record at its own time; the service reads the office clock."""
    real = office.clock
    office.clock = lambda: moment
    try:
        yield
    finally:
        office.clock = real
