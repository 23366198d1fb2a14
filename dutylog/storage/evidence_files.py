"""Where an evidence file's bytes live beside an SQLite database: one rule for every path.

Evidence is addressed by the SHA-256 of its bytes: ``evidence/ab/abcdef…`` in the folder
of the database file, so no name a file came with ever becomes a path. A server database
keeps the bytes in the row instead.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from dutylog.domain.errors import DatabaseError
from dutylog.domain.text import safe_file_name

FOLDER_NAME = "evidence"


def evidence_folder(db_file: Path) -> Path:
    return db_file.parent / FOLDER_NAME


def evidence_path(db_file: Path, sha256: str) -> Path:
    return evidence_folder(db_file) / sha256[:2] / sha256


def read_verified(db_file: Path, sha256: str, filename: str) -> bytes:
    """The stored bytes of one evidence file, refused unless they still hash to ``sha256``."""
    path = evidence_path(db_file, sha256)
    filename = safe_file_name(filename)  # the recorded name may hold anything: show it safely
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise DatabaseError(
            f"证据文件 {filename} 无法读取（{path}）：{exc.strerror}", code="evidence_missing"
        ) from exc
    if hashlib.sha256(data).hexdigest() != sha256:
        raise DatabaseError(
            f"证据文件 {filename} 的内容与登记的 SHA-256 不符（{path}）。", code="evidence_damaged"
        )
    return data
