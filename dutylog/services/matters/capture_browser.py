"""A headless Chromium-based browser (Chromium, Chrome, Edge) driven over its DevTools pipe.

`--remote-debugging-pipe` makes the browser read DevTools commands from file descriptor 3
and answer on 4, each message a JSON object ended by NUL: no web socket, no extra library.
One `capture_page` call starts a private browser (its own temporary profile), loads the
page, and returns what was on it then: a full-page PNG, a PDF with a header strip on every
page, and the page's HTML as the browser rendered it.
"""

from __future__ import annotations

import base64
import contextlib
import html
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from dutylog.domain.errors import DutyLogError, ValidationError

BROWSER_NAMES = (
    "chromium",
    "chromium-browser",
    "google-chrome",
    "google-chrome-stable",
    "microsoft-edge",
    "microsoft-edge-stable",
    "msedge",
    "chrome",
)
# Where Windows and macOS install them when they are not on PATH.
USUAL_PATHS = (
    r"C:\Program Files (x86)\Microsoft\Edge\Application\msedge.exe",
    r"C:\Program Files\Microsoft\Edge\Application\msedge.exe",
    r"C:\Program Files\Google\Chrome\Application\chrome.exe",
    r"C:\Program Files (x86)\Google\Chrome\Application\chrome.exe",
    "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
    "/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge",
    "/Applications/Chromium.app/Contents/MacOS/Chromium",
)
LOAD_SECONDS = 30.0
MAX_HEIGHT_PX = 16_000  # a screenshot taller than this is cut: an endless feed has no bottom
WIDTH_PX = 1280


class CaptureFailed(DutyLogError):
    code = "capture_failed"


def find_browser(configured: str | None = None) -> Path | None:
    """The configured browser if it exists, else the first Chromium-based one found."""
    if configured:
        path = Path(configured).expanduser()
        return path if path.is_file() else None
    for name in BROWSER_NAMES:
        found = shutil.which(name)
        if found:
            return Path(found)
    for usual in USUAL_PATHS:
        if Path(usual).is_file():
            return Path(usual)
    local = os.environ.get("LOCALAPPDATA")
    if local:
        for relative in (r"Google\Chrome\Application\chrome.exe", r"Microsoft\Edge\Application\msedge.exe"):
            if (Path(local) / relative).is_file():
                return Path(local) / relative
    return None


@dataclass(frozen=True)
class PageCapture:
    url: str  # the address finally shown (after redirects)
    title: str
    png: bytes
    pdf: bytes
    html: str


class _DevTools:
    """The command channel: one request at a time, events kept until asked for."""

    def __init__(self, writer: IO[bytes], reader: IO[bytes], process: subprocess.Popen[bytes]) -> None:
        self.writer, self.reader, self.process = writer, reader, process
        self.next_id = 0
        self.events: list[dict[str, Any]] = []
        self.buffer = b""

    def _read_message(self, deadline: float) -> dict[str, Any]:
        while b"\0" not in self.buffer:
            if time.monotonic() > deadline:
                raise CaptureFailed("浏览器未在规定时间内响应，网页未保存。")
            chunk = os.read(self.reader.fileno(), 1 << 16)
            if not chunk:
                raise CaptureFailed("浏览器意外退出，网页未保存。")
            self.buffer += chunk
        message, self.buffer = self.buffer.split(b"\0", 1)
        parsed: dict[str, Any] = json.loads(message)
        return parsed

    def call(self, method: str, session: str | None = None, **params: Any) -> dict[str, Any]:
        self.next_id += 1
        request: dict[str, Any] = {"id": self.next_id, "method": method, "params": params}
        if session:
            request["sessionId"] = session
        self.writer.write(json.dumps(request).encode() + b"\0")
        self.writer.flush()
        deadline = time.monotonic() + LOAD_SECONDS
        while True:
            message = self._read_message(deadline)
            if message.get("id") == self.next_id:
                if "error" in message:
                    raise CaptureFailed(f"浏览器拒绝了 {method}：{message['error'].get('message', '')}")
                result: dict[str, Any] = message.get("result", {})
                return result
            self.events.append(message)

    def wait_for(self, method: str, seconds: float) -> bool:
        """Whether event ``method`` came within ``seconds`` (a page that never finishes loading)."""
        deadline = time.monotonic() + seconds
        while True:
            if any(event.get("method") == method for event in self.events):
                return True
            if time.monotonic() > deadline:
                return False
            try:
                self.events.append(self._read_message(deadline))
            except CaptureFailed:
                return False


def header_template(url: str, captured: str, officer: str) -> str:
    """The strip Chromium prints at the top of every PDF page: what, when, by whom."""
    text = html.escape(f"网页取证　{url}　截取时间：{captured}　取证人：{officer}")
    return (
        '<div style="font-size:7px;width:100%;padding:0 8mm;font-family:sans-serif;'
        f'border-bottom:0.5px solid #888;white-space:nowrap;overflow:hidden">{text}</div>'
    )


FOOTER = (
    '<div style="font-size:7px;width:100%;text-align:center;font-family:sans-serif">'
    '<span class="pageNumber"></span> / <span class="totalPages"></span></div>'
)


def capture_page(browser: Path, url: str, *, captured: str, officer: str) -> PageCapture:
    """Load ``url`` in a private headless ``browser``; CaptureFailed when it cannot."""
    if sys.platform == "win32":
        raise ValidationError("此平台上的网页取证需要在设置中配置浏览器。", code="capture_unsupported")
    with tempfile.TemporaryDirectory(prefix="dutylog-capture-") as profile:
        to_browser_r, to_browser_w = os.pipe()
        from_browser_r, from_browser_w = os.pipe()
        arguments = [
            str(browser),
            "--headless=new",
            "--remote-debugging-pipe",
            f"--user-data-dir={profile}",
            "--no-first-run",
            "--no-default-browser-check",
            "--disable-gpu",
            "--hide-scrollbars",
            "--mute-audio",
            f"--window-size={WIDTH_PX},900",
        ]
        if hasattr(os, "geteuid") and os.geteuid() == 0:
            arguments.append("--no-sandbox")  # Chromium refuses to start its sandbox as root

        def wire_pipes() -> None:
            # In the child: DevTools reads fd 3 and writes fd 4. Both ends are first moved
            # above 10 so that putting one on 3 cannot overwrite the other.
            import fcntl

            reading = fcntl.fcntl(to_browser_r, fcntl.F_DUPFD, 10)
            writing = fcntl.fcntl(from_browser_w, fcntl.F_DUPFD, 10)
            os.dup2(reading, 3)
            os.dup2(writing, 4)

        try:
            process = subprocess.Popen(
                arguments,
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
                preexec_fn=wire_pipes,
                close_fds=False,
            )
        except OSError as exc:
            raise CaptureFailed(f"无法启动浏览器 {browser}：{exc.strerror or exc}") from exc
        finally:
            os.close(to_browser_r)
            os.close(from_browser_w)
        writer = os.fdopen(to_browser_w, "wb")
        reader = os.fdopen(from_browser_r, "rb")
        try:
            return _capture(_DevTools(writer, reader, process), url, captured, officer)
        finally:
            writer.close()
            reader.close()
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


def _capture(tools: _DevTools, url: str, captured: str, officer: str) -> PageCapture:
    target = tools.call("Target.createTarget", url="about:blank")["targetId"]
    session = tools.call("Target.attachToTarget", targetId=target, flatten=True)["sessionId"]
    tools.call("Page.enable", session)
    navigated = tools.call("Page.navigate", session, url=url)
    if navigated.get("errorText"):
        raise CaptureFailed(f"无法打开网页 {url}：{navigated['errorText']}")
    tools.wait_for("Page.loadEventFired", LOAD_SECONDS)  # a page still loading is captured as it is
    metrics = tools.call("Page.getLayoutMetrics", session)
    size = metrics.get("cssContentSize") or metrics.get("contentSize") or {}
    width = max(1, min(int(size.get("width", WIDTH_PX)), 4 * WIDTH_PX))
    height = max(1, min(int(size.get("height", 900)), MAX_HEIGHT_PX))
    shot = tools.call(
        "Page.captureScreenshot",
        session,
        format="png",
        captureBeyondViewport=True,
        clip={"x": 0, "y": 0, "width": width, "height": height, "scale": 1},
    )
    state = tools.call(
        "Runtime.evaluate",
        session,
        expression="JSON.stringify([location.href, document.title, document.documentElement.outerHTML])",
        returnByValue=True,
    )
    final_url, title, page_html = json.loads(state["result"]["value"])
    pdf = tools.call(
        "Page.printToPDF",
        session,
        displayHeaderFooter=True,
        headerTemplate=header_template(final_url, captured, officer),
        footerTemplate=FOOTER,
        printBackground=True,
        marginTop=0.6,
        marginBottom=0.5,
        paperWidth=8.27,
        paperHeight=11.69,
    )
    with contextlib.suppress(CaptureFailed):  # it may close its pipe before answering
        tools.call("Browser.close")
    return PageCapture(
        url=final_url,
        title=title,
        png=base64.b64decode(shot["data"]),
        pdf=base64.b64decode(pdf["data"]),
        html=page_html,
    )
