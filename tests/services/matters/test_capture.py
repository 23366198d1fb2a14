"""Web page evidence capture: a local page saved as PNG, PDF and HTML with the capture facts."""

from __future__ import annotations

import shutil
import struct
import subprocess
from pathlib import Path

import pytest

from dutylog.domain.errors import ValidationError
from dutylog.office import Office
from dutylog.services.matters.capture import BROWSER_SETTING, CaptureService, check_url
from dutylog.services.matters.capture_browser import find_browser
from tests.helpers.web_page import PAGE_TEXT, serve_page

needs_browser = pytest.mark.skipif(find_browser() is None, reason="no Chromium, Chrome or Edge installed")


@pytest.mark.parametrize("url", ["file:///etc/passwd", "javascript:alert(1)", "", "http://", "ftp://x/y"])
def test_only_web_addresses_are_captured(url: str) -> None:
    with pytest.raises(ValidationError) as info:
        check_url(url)
    assert info.value.code == "bad_url"


def test_a_configured_browser_that_is_missing_is_said_so(office: Office, tmp_path: Path) -> None:
    matter = office.matters.add("网传化工厂爆炸")
    with pytest.raises(ValidationError) as info:
        CaptureService(office).capture(matter.number, "https://example.com/", browser=str(tmp_path / "nope"))
    assert info.value.code == "no_browser" and "设置" in info.value.message
    assert office.matters.evidence.for_matter(matter.id) == []


def test_the_browser_named_in_settings_is_the_one_used(office: Office, tmp_path: Path) -> None:
    program = tmp_path / "my-chrome"
    program.write_text("#!/bin/sh\n")
    with office.db.transaction() as store:
        store.settings.set(BROWSER_SETTING, str(program))
    assert CaptureService(office).browser() == program


@needs_browser
def test_a_page_is_saved_as_png_pdf_and_html_with_its_facts(office: Office, tmp_path: Path) -> None:
    matter = office.matters.add("网传化工厂爆炸")
    site = tmp_path / "site"
    site.mkdir()
    with serve_page(site) as url:
        result = CaptureService(office).capture(matter.number, url)
    png, pdf, page = result.files
    assert (png.media_type, pdf.media_type, page.media_type) == ("image/png", "application/pdf", "text/html")
    evidence = office.matters.evidence
    image = evidence.read(png.id)
    width, height = struct.unpack(">II", image[16:24])
    assert image.startswith(b"\x89PNG") and width >= 1000 and height > 2400  # the whole page, not a window
    assert PAGE_TEXT in evidence.read(page.id).decode("utf-8")
    assert all(
        url in record.note and "取证人" in record.note and "截取时间" in record.note
        for record in result.files
    )
    document = tmp_path / "page.pdf"
    document.write_bytes(evidence.read(pdf.id))
    if shutil.which("pdftotext"):
        text = subprocess.run(
            ["pdftotext", str(document), "-"], capture_output=True, text=True, check=True
        ).stdout
        assert url in text and "取证人" in text and PAGE_TEXT in text
    assert office.health.check().healthy  # the check verifies each file's SHA-256
