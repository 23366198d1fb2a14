"""Evidence files (有害信息备份): content-addressed by SHA-256, never lost or replaced.

Bytes go to ``evidence/<aa>/<sha256>`` beside an SQLite database (folder 0700,
files 0600), or into the database itself for a server database. A file already
present under its hash is checked, not rewritten; a damaged one is repaired from
the new copy.

The stored file is named by its hash, never by what it was called; the name it came
with is recorded as evidence (``filename``: as given, but NUL shown as ␀ so that any
database can hold it, see `recorded_file_name`). Wherever a name is shown or a copy is
written (the year's archive), `EvidenceRecord.safe_name` is used: no path separators,
control, format or bidi characters, no leading dots, no Windows device names.
"""

from __future__ import annotations

import hashlib
import mimetypes
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from dutylog.domain.accounts.audit import AuditAction
from dutylog.domain.accounts.permissions import Permission
from dutylog.domain.errors import NotFoundError, ValidationError
from dutylog.domain.matters.records import EvidenceRecord
from dutylog.domain.text import recorded_file_name, safe_file_name
from dutylog.domain.validation import clean_text
from dutylog.services.context import OfficeContext
from dutylog.services.writes import acting_person, writes
from dutylog.storage.evidence_files import evidence_folder, evidence_path
from dutylog.storage.files import ensure_private_dir, write_atomic
from dutylog.storage.inputs import read_input

if TYPE_CHECKING:
    from dutylog.services.matters.ledger_export import ArchiveItem
    from dutylog.services.office.settings import SettingsService

DEFAULT_LIMIT_MB = 20
ALLOWED_SUFFIXES = {
    ".png": "image/png",
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
    ".gif": "image/gif",
    ".webp": "image/webp",
    ".bmp": "image/bmp",
    ".pdf": "application/pdf",
    ".html": "text/html",
    ".htm": "text/html",
    ".mht": "multipart/related",
    ".mhtml": "multipart/related",
    ".txt": "text/plain",
}


class EvidenceContext(OfficeContext, Protocol):
    """The office as this module's services need it: the context and the services they use."""

    @property
    def settings(self) -> SettingsService: ...


def sha256_of(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


class EvidenceService:
    def __init__(self, office: EvidenceContext) -> None:
        self.office = office

    @property
    def folder(self) -> Path | None:
        db_file = self.office.db.file
        return None if db_file is None else evidence_folder(db_file)

    def _limit_bytes(self) -> int:
        megabytes = self.office.settings.get("evidence_limit_mb", DEFAULT_LIMIT_MB)
        return int(megabytes) * 1024 * 1024

    def path_for(self, sha256: str) -> Path | None:
        db_file = self.office.db.file
        return None if db_file is None else evidence_path(db_file, sha256)

    @writes
    def attach(
        self, matter_id: int, source: Path, *, added_by: int | None = None, note: str = ""
    ) -> EvidenceRecord:
        suffix = source.suffix.lower()
        if suffix not in ALLOWED_SUFFIXES:
            allowed = "、".join(sorted(ALLOWED_SUFFIXES))
            raise ValidationError(
                f"不支持的证据文件类型“{suffix or '无扩展名'}”。支持：{allowed}", code="bad_type"
            )
        try:
            size = source.stat().st_size
            limit = self._limit_bytes()
            if size > limit:
                raise ValidationError(
                    f"文件“{source.name}”大小 {size / 1024 / 1024:.1f} MB，"
                    f"超过上限 {limit // 1024 // 1024} MB，未保存。请压缩或截取关键部分后再添加。",
                    code="too_large",
                    field="file",
                )
            # Bounded: the stat above may be of a link to a device such as /dev/zero.
            data = read_input(source, limit, label="证据文件")
        except OSError as exc:
            raise ValidationError(f"无法读取文件“{source.name}”：{exc.strerror}", code="unreadable") from exc
        return self.attach_bytes(
            matter_id,
            data,
            filename=source.name,
            media_type=ALLOWED_SUFFIXES[suffix],
            added_by=added_by,
            note=note,
        )

    @writes
    def attach_bytes(
        self,
        matter_id: int,
        data: bytes,
        *,
        filename: str,
        media_type: str | None = None,
        added_by: int | None = None,
        note: str = "",
    ) -> EvidenceRecord:
        limit = self._limit_bytes()
        if len(data) > limit:
            raise ValidationError(
                f"文件“{safe_file_name(filename)}”超过上限 {limit // 1024 // 1024} MB，未保存。",
                code="too_large",
                field="file",
            )
        original = recorded_file_name(filename)
        clean_note = clean_text(note, field="note", label="说明", max_length=2000, required=False)
        digest = sha256_of(data)
        kind = media_type or mimetypes.guess_type(safe_file_name(filename))[0] or "application/octet-stream"
        now = self.office.clock()
        self.office.require(Permission.MATTER_WRITE)
        added_by = acting_person(self.office, added_by, act="添加证据")
        with self.office.db.transaction() as store:
            store.matters.get(matter_id)
            existing = store.evidence.find(matter_id, digest)
            if existing is not None:
                raise ValidationError(
                    f"相同内容的文件已作为“{existing.safe_name}”添加到此事项，未重复保存。", code="duplicate"
                )
            target = self.path_for(digest)
            if target is not None:
                self._store_file(target, data, digest)
            record = store.evidence.add(
                matter_id=matter_id,
                sha256=digest,
                filename=original,
                media_type=kind,
                size=len(data),
                added_at=now,
                added_by=added_by,
                data=data if target is None else None,
                note=clean_note,
            )
            self.office.audit.record(store, AuditAction.CREATE, "evidence", record.id, after=record)
            return record

    def _store_file(self, target: Path, data: bytes, digest: str) -> None:
        ensure_private_dir(target.parent.parent)
        ensure_private_dir(target.parent)
        if target.exists() and sha256_of(target.read_bytes()) == digest:
            return  # same content already kept: nothing to write
        write_atomic(target, data)

    def for_matter(self, matter_id: int) -> list[EvidenceRecord]:
        with self.office.db.transaction() as store:
            return store.evidence.for_matter(matter_id)

    def archive_items(self, year: int) -> list[ArchiveItem]:
        """Every evidence file of the year's matters, for the archive package."""
        from dutylog.services.matters.ledger_export import ArchiveItem

        with self.office.db.transaction() as store:
            records = store.evidence.for_year(year)
        return [
            ArchiveItem(
                name=f"{record.matter_id}-{record.safe_name}", sha256=record.sha256, data=self.read(record.id)
            )
            for record in records
        ]

    def read(self, evidence_id: int) -> bytes:
        """The bytes of an evidence file, verified against its SHA-256."""
        with self.office.db.transaction() as store:
            record = store.evidence.get(evidence_id)
            data = store.evidence.data(evidence_id) if record.stored_in == "db" else None
        if data is None:
            path = self.path_for(record.sha256)
            if path is None or not path.exists():
                raise NotFoundError(f"证据文件“{record.safe_name}”不在存储目录中（{path}）。")
            data = path.read_bytes()
        if sha256_of(data) != record.sha256:
            raise NotFoundError(f"证据文件“{record.safe_name}”已损坏（SHA-256 不符）。", code="corrupt")
        return data
