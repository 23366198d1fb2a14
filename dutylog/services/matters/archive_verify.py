"""Check a year's archive package (.zip) against its manifest, trusting neither.

An archive to verify may come from anywhere (a USB stick, an e-mail attachment), so:

- sizes are checked before anything is read: the zip file itself, the number of
  entries, each entry's declared uncompressed size and their total;
- the manifest is validated against its schema (`parse_manifest`) before it is used;
- entries are hashed in chunks: a file the archive claims is 4 GiB costs no memory;
- entry names that are absolute, climb out with ``..``, hold a backslash or NUL, or
  appear twice, are refused: an unpacking tool would put them somewhere unexpected.

A damaged or tampered archive is a finding (`verify_archive` returns the problems in
words); an archive that breaks these rules is refused with one ValidationError.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import stat
import zipfile
import zlib
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from dutylog.domain.accounts.audit import GENESIS, ChainHead
from dutylog.domain.errors import ValidationError

MANIFEST = "manifest.json"
ARCHIVE_FORMAT = "dutylog-archive"
MANIFEST_VERSION = 1

GIB = 1 << 30
MAX_ARCHIVE_BYTES = 32 * GIB  # the .zip file
MAX_ENTRY_BYTES = 2 * GIB  # one file inside it, as declared
MAX_TOTAL_BYTES = 32 * GIB  # all files inside it, as declared
MAX_MANIFEST_BYTES = 16 << 20
MAX_ENTRIES = 100_000
MAX_NAME_CHARACTERS = 1000
CHUNK_BYTES = 1 << 20

# What reading a damaged, truncated, encrypted or oddly compressed entry raises.
READ_ERRORS = (
    zipfile.BadZipFile,
    zipfile.LargeZipFile,
    zlib.error,
    EOFError,
    OSError,
    NotImplementedError,
    RuntimeError,
    ValueError,
)

_SHA256 = re.compile(r"[0-9a-f]{64}")
_DRIVE = re.compile(r"[A-Za-z]:")
# What the files of a package are (the year's archive, services/office/archive.py).
_KINDS = (
    "ledger",
    "evidence",
    "briefing",
    "special",
    "weekly",
    "monthly",
    "log",
    "roster",
    "statistics",
    "audit",
    "contents",
)


@dataclass(frozen=True)
class ManifestFile:
    """One file the manifest lists."""

    name: str
    size: int
    sha256: str
    kind: str


def manifest_header(
    *, year: int, unit: str, created_at: str, matters: int, head: ChainHead | None
) -> dict[str, Any]:
    """What every manifest says of its package before the files; ``audit_chain`` is how far
    the audit trail reached when the package was built."""
    return {
        "format": ARCHIVE_FORMAT,
        "version": MANIFEST_VERSION,
        "year": year,
        "unit": unit,
        "created_at": created_at,
        "matters": matters,
        "audit_chain": {
            "last_id": head.last_id if head else 0,
            "last_hash": head.last_hash if head else GENESIS,
            "count": head.count if head else 0,
        },
    }


def _bad(detail: str) -> ValidationError:
    return ValidationError(f"归档清单 {MANIFEST} 不正确：{detail}。", code="bad_manifest")


def _too_large(what: str, limit: int) -> ValidationError:
    return ValidationError(
        f"{what}超过上限（{limit // (1 << 20)} MiB），未读取；这不像 DutyLog 生成的归档包。",
        code="too_large",
    )


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _shown(value: object) -> str:
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."


def unsafe_name(name: str) -> str | None:
    """Why ``name`` may not name a file in an archive, or None when it may."""
    if not name:
        return "文件名为空"
    if "\x00" in name:
        return "文件名含有空字符"
    if "\\" in name:
        return "文件名含有反斜杠"
    if name.startswith("/") or _DRIVE.match(name):
        return "是绝对路径"
    if ".." in name.split("/"):
        return "含有“..”"
    if len(name) > MAX_NAME_CHARACTERS:
        return "文件名过长"
    return None


def parse_manifest(data: bytes) -> list[ManifestFile]:
    """The files a manifest lists, or ValidationError ``bad_manifest`` naming the first fault."""
    try:
        document = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise _bad(f"不是有效的 JSON（{str(exc).splitlines()[0][:80]}）") from None
    if not isinstance(document, dict):
        raise _bad("顶层应为对象")
    if document.get("format") != ARCHIVE_FORMAT:
        raise _bad(f"不是 DutyLog 归档清单（format 为 {_shown(document.get('format'))}）")
    version = document.get("version")
    if not _is_int(version) or version != MANIFEST_VERSION:
        raise _bad(f"不支持的清单版本 {_shown(version)}")
    _check_optional(document)
    files = document.get("files")
    if not isinstance(files, list):
        raise _bad(f"“files”应为列表，而不是 {_shown(files)}")
    if len(files) > MAX_ENTRIES:
        raise ValidationError(f"归档清单列出 {len(files)} 个文件，超过上限 {MAX_ENTRIES}。", code="too_large")
    parsed = [_file(item, index) for index, item in enumerate(files, 1)]
    seen: set[str] = set()
    for entry in parsed:
        if entry.name in seen or entry.name == MANIFEST:
            raise _bad(f"文件“{entry.name}”重复列出")
        seen.add(entry.name)
    return parsed


def _check_optional(document: dict[str, Any]) -> None:
    """Fields the archive describes itself with: absent in older archives, typed when present."""
    for key in ("year", "matters"):
        if key in document and not _is_int(document[key]):
            raise _bad(f"“{key}”应为整数")
    for key in ("unit", "created_at", "built_by"):
        if key in document and not isinstance(document[key], str):
            raise _bad(f"“{key}”应为文本")
    chain = document.get("audit_chain")
    if "audit_chain" in document and not (
        isinstance(chain, dict)
        and _is_int(chain.get("last_id"))
        and _is_int(chain.get("count"))
        and isinstance(chain.get("last_hash"), str)
    ):
        raise _bad("“audit_chain”应含整数 last_id、count 和文本 last_hash")


def _file(item: object, index: int) -> ManifestFile:
    where = f"“files”第 {index} 项"
    if not isinstance(item, dict):
        raise _bad(f"{where}应为对象，而不是 {_shown(item)}")
    name, size, sha256, kind = (item.get(key) for key in ("name", "size", "sha256", "kind"))
    if not isinstance(name, str):
        raise _bad(f"{where}缺少文本“name”")
    reason = unsafe_name(name)
    if reason is not None:
        raise _bad(f"{where}的文件名{reason}")
    if not isinstance(size, int) or isinstance(size, bool) or not 0 <= size <= MAX_ENTRY_BYTES:
        raise _bad(f"{where}的“size”应为 0 到 {MAX_ENTRY_BYTES} 之间的整数")
    if not isinstance(sha256, str) or not _SHA256.fullmatch(sha256):
        raise _bad(f"{where}的“sha256”应为 64 位小写十六进制")
    if kind is None:
        kind = "evidence"
    if kind not in _KINDS:
        raise _bad(f"{where}的“kind”应为 {'、'.join(_KINDS)} 之一")
    return ManifestFile(name, size, sha256, kind)


def _check_archive_file(source: Path) -> None:
    """Refuse before opening: not a regular file (a fifo would block), or too large."""
    info = os.stat(source)
    if not stat.S_ISREG(info.st_mode):
        raise ValidationError(f"{source} 不是普通文件，无法作为归档包检查。", code="bad_archive")
    if info.st_size > MAX_ARCHIVE_BYTES:
        raise _too_large(f"归档包 {source.name} ", MAX_ARCHIVE_BYTES)


def _entries(infos: Sequence[zipfile.ZipInfo]) -> tuple[dict[str, zipfile.ZipInfo], list[str]]:
    """The entries by name once their names and declared sizes pass; duplicates as problems."""
    if len(infos) > MAX_ENTRIES + 1:
        raise ValidationError(f"归档包含有 {len(infos)} 个文件，超过上限 {MAX_ENTRIES}。", code="too_large")
    by_name: dict[str, zipfile.ZipInfo] = {}
    problems: list[str] = []
    total = 0
    for info in infos:
        reason = unsafe_name(info.orig_filename)
        if reason is not None:
            raise ValidationError(
                f"归档包中的文件名“{info.filename}”{reason}，拒绝检查。", code="unsafe_entry"
            )
        if info.file_size > MAX_ENTRY_BYTES:
            raise _too_large(
                f"归档包中的文件“{info.filename}”（声明 {info.file_size} 字节）", MAX_ENTRY_BYTES
            )
        total += info.file_size
        if total > MAX_TOTAL_BYTES:
            raise _too_large("归档包中文件的总大小", MAX_TOTAL_BYTES)
        if info.filename in by_name:
            problems.append(f"归档包中有重名文件：{info.filename}")
        by_name[info.filename] = info
    return by_name, problems


def _hash_entry(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> tuple[str, int]:
    """SHA-256 and size of one entry, read in chunks."""
    digest = hashlib.sha256()
    size = 0
    with archive.open(info) as handle:
        while chunk := handle.read(CHUNK_BYTES):
            digest.update(chunk)
            size += len(chunk)
    return digest.hexdigest(), size


def verify_archive(path: str | os.PathLike[str]) -> list[str]:
    """Every mismatch between an archive's files and its manifest, in words; [] when it is intact.

    Raises ValidationError (``bad_archive``, ``too_large``, ``unsafe_entry``,
    ``bad_manifest``) for an archive that is refused before its contents are compared.
    """
    source = Path(path)
    try:
        _check_archive_file(source)
        archive = zipfile.ZipFile(source)
    except READ_ERRORS as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        return [f"无法打开归档包“{source.name}”：{reason}"]
    with archive:
        entries, problems = _entries(archive.infolist())
        manifest_info = entries.get(MANIFEST)
        if manifest_info is None:
            return [f"归档包中缺少 {MANIFEST}"]
        if manifest_info.file_size > MAX_MANIFEST_BYTES:
            raise _too_large(f"归档清单 {MANIFEST} ", MAX_MANIFEST_BYTES)
        try:
            raw = archive.read(manifest_info)
        except READ_ERRORS as exc:
            return [f"{MANIFEST} 已损坏：{exc}"]
        listed = parse_manifest(raw)
        for entry in listed:
            info = entries.get(entry.name)
            if info is None:
                problems.append(f"缺少文件：{entry.name}")
                continue
            try:
                digest, size = _hash_entry(archive, info)
            except READ_ERRORS as exc:  # CRC error, truncated data: damaged bytes
                problems.append(f"文件已损坏：{entry.name}（{exc}）")
                continue
            if digest != entry.sha256:
                problems.append(f"SHA-256 不符：{entry.name}")
            elif entry.size != size or entry.size != info.file_size:  # read, or claimed by the zip
                problems.append(f"大小不符：{entry.name}")
        names = {entry.name for entry in listed}
        for extra in sorted(set(entries) - names - {MANIFEST}):
            problems.append(f"清单中没有的文件：{extra}")
    return problems
