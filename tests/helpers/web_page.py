"""A local web page with Chinese text and an image, served over HTTP for capture tests."""

from __future__ import annotations

import functools
import struct
import threading
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

PAGE_TEXT = "网传城东新区发生化工厂爆炸"


def red_png(width: int, height: int) -> bytes:
    raw = b"".join(b"\x00" + b"\xff\x00\x00" * width for _ in range(height))

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(raw))
        + chunk(b"IEND", b"")
    )


class _Quiet(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        return None


@contextmanager
def serve_page(folder: Path) -> Iterator[str]:
    """Serve a long Chinese page (taller than a window) with an image; yields its URL."""
    (folder / "pic.png").write_bytes(red_png(40, 20))
    (folder / "index.html").write_text(
        '<!doctype html><html><head><meta charset="utf-8"><title>化工厂爆炸传言</title></head>'
        f'<body><h1>{PAGE_TEXT}</h1><p>多个账号转发现场视频。</p><img src="pic.png" width="200" height="100">'
        '<div style="height:2400px">长页面</div><p>页尾</p></body></html>',
        encoding="utf-8",
    )
    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_Quiet, directory=str(folder)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/index.html"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()
