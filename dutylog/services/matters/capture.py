"""Web page evidence capture (网页取证): save a matter's web page as it is now.

A post is often deleted within hours, so saving the page is the officer's first act. One
capture stores three evidence files with the matter: a full-page PNG, a PDF whose every
page carries a strip naming the URL, the capture time and the officer, and the page's HTML
as the browser rendered it. Each is kept with its SHA-256 (which `dutylog check`
verifies) and a note holding the capture facts. The browser is the workstation's Chromium,
Chrome or Edge, run headless (`capture_browser.py`); Settings may name one
(``capture_browser``).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Protocol
from urllib.parse import urlsplit

from dutylog.domain.accounts.permissions import Permission
from dutylog.domain.errors import ValidationError
from dutylog.domain.matters.records import EvidenceRecord
from dutylog.services.context import OfficeContext
from dutylog.services.matters.capture_browser import PageCapture, capture_page, find_browser
from dutylog.services.writes import writes

if TYPE_CHECKING:
    from dutylog.services.matters.matters import MatterService

BROWSER_SETTING = "capture_browser"
MAX_URL = 2000


class CaptureContext(OfficeContext, Protocol):
    @property
    def matters(self) -> MatterService: ...


@dataclass(frozen=True)
class CaptureResult:
    matter_number: str
    url: str
    title: str
    files: tuple[EvidenceRecord, ...]


def check_url(url: str) -> str:
    """An http(s) address, or ValidationError: a file:// or javascript: address is no web page."""
    clean = url.strip()
    parts = urlsplit(clean)
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc or len(clean) > MAX_URL:
        raise ValidationError(f"网址应以 http:// 或 https:// 开头：{clean[:80]}", code="bad_url", field="url")
    return clean


class CaptureService:
    def __init__(self, office: CaptureContext) -> None:
        self.office = office

    def browser(self, configured: str | None = None) -> Path | None:
        """The browser a capture would use: ``configured``, the setting, else one found."""
        if configured is None:
            with self.office.db.transaction(read_only=True) as store:
                configured = store.settings.get(BROWSER_SETTING) or None
        return find_browser(configured)

    def capture(self, matter_number: str, url: str, *, browser: str | None = None) -> CaptureResult:
        """Capture ``url`` into the matter's evidence; the officer is the logged-in account."""
        address = check_url(url)
        self.office.require(Permission.MATTER_WRITE)  # refused before a browser starts
        matter = self.office.matters.by_number(matter_number)
        program = self.browser(browser)
        if program is None:
            raise ValidationError(
                "未找到 Chromium、Chrome 或 Edge 浏览器，无法网页取证。请安装其中之一，"
                "或在“设置”中指定浏览器程序的位置。",
                code="no_browser",
            )
        now = self.office.clock()
        officer = self.office.actor.display
        stamp = f"{now:%Y-%m-%d %H:%M:%S}"
        page = capture_page(program, address, captured=stamp, officer=officer)
        files = self.keep(matter.id, page, stamp, officer)
        return CaptureResult(matter.number, page.url, page.title, files)

    @writes
    def keep(self, matter_id: int, page: PageCapture, stamp: str, officer: str) -> tuple[EvidenceRecord, ...]:
        """The three files of a capture as the matter's evidence, in one transaction: all or none."""
        self.office.require(Permission.MATTER_WRITE)
        facts = f"网页取证：{page.url}；截取时间：{stamp}；取证人：{officer}；网页标题：{page.title[:200]}"
        base = f"网页取证 {stamp.replace(':', '').replace(' ', '-')}"
        evidence = self.office.matters.evidence
        files = (
            (f"{base}.png", page.png, "image/png"),
            (f"{base}.pdf", page.pdf, "application/pdf"),
            (f"{base}.html", page.html.encode("utf-8"), "text/html"),
        )
        return tuple(
            evidence.attach_bytes(matter_id, data, filename=name, media_type=kind, note=facts)
            for name, data, kind in files
        )
