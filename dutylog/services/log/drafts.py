"""Draft autosave for editors: what a person typed survives a crash or a power cut.

A draft belongs to the logged-in account and to the database it was typed against:
nobody else is offered it, and the same person opening another database (a second
office file, a server) does not see it either. `DraftService` takes both from the
session, never from its caller.

One small JSON file per (database, account, editor) in a ``drafts`` folder beside
the database, replaced atomically (fsync + os.replace) on every save. Qt-free: the
GUI editor calls `save` from a timer and `load` when it opens.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from dutylog.services.context import OfficeContext
from dutylog.storage.files import ensure_private_dir, write_atomic

_SAFE = re.compile(r"[^A-Za-z0-9_.-]")


@dataclass(frozen=True)
class Draft:
    saved_at: datetime
    fields: dict[str, Any]


@dataclass(frozen=True)
class DraftKey:
    """Whose draft of which editor, typed against which database."""

    database: str  # the database's description: a file path, or a URL without its password
    account: str
    editor: str


class DraftStore:
    def __init__(self, folder: Path) -> None:
        self.folder = folder

    @classmethod
    def beside(cls, db_file: Path | None) -> DraftStore:
        """Drafts next to an SQLite file; for a server database, in this workstation's folder."""
        if db_file is not None:
            return cls(db_file.parent / "drafts")
        from dutylog.paths import config_dir

        return cls(config_dir() / "drafts")

    def _path(self, key: DraftKey) -> Path:
        # Readable names for people looking at the folder, a hash so different keys never collide.
        digest = hashlib.sha256(f"{key.database}\x00{key.account}\x00{key.editor}".encode()).hexdigest()[:16]
        return (
            self.folder
            / f"{_SAFE.sub('_', key.account)[:30]}-{_SAFE.sub('_', key.editor)[:40]}-{digest}.json"
        )

    def save(self, key: DraftKey, fields: dict[str, Any], *, now: datetime | None = None) -> None:
        ensure_private_dir(self.folder)
        moment = (now or datetime.now()).replace(microsecond=0)
        payload = {
            "saved_at": moment.isoformat(),
            "database": key.database,
            "account": key.account,
            "editor": key.editor,
            "fields": fields,
        }
        write_atomic(self._path(key), json.dumps(payload, ensure_ascii=False, default=str).encode())

    def load(self, key: DraftKey) -> Draft | None:
        """The saved draft, or None if there is none, it cannot be read or it is someone else's."""
        try:
            payload = json.loads(self._path(key).read_text(encoding="utf-8"))
            # The file names its owner too: a copied or renamed file is not offered to another.
            if (payload["database"], payload["account"], payload["editor"]) != (
                key.database,
                key.account,
                key.editor,
            ):
                return None
            return Draft(datetime.fromisoformat(payload["saved_at"]), dict(payload["fields"]))
        except (OSError, ValueError, KeyError, TypeError):
            return None

    def discard(self, key: DraftKey) -> None:
        self._path(key).unlink(missing_ok=True)


class DraftService:
    """The logged-in person's drafts on this database (``office.drafts``)."""

    def __init__(self, office: OfficeContext, store: DraftStore | None = None) -> None:
        self.office = office
        self.store = store or DraftStore.beside(office.db.file)

    def _key(self, editor: str) -> DraftKey | None:
        actor = self.office.actor
        if actor.read_only or not actor.username:
            return None  # nobody to keep it for: a viewer writes nothing
        account = actor.username if actor.user_id is None else f"{actor.username}#{actor.user_id}"
        return DraftKey(self.office.db.description, account, editor)

    def save(self, editor: str, fields: dict[str, Any]) -> None:
        key = self._key(editor)
        if key is not None:
            self.store.save(key, fields, now=self.office.clock())

    def load(self, editor: str) -> Draft | None:
        key = self._key(editor)
        return None if key is None else self.store.load(key)

    def discard(self, editor: str) -> None:
        key = self._key(editor)
        if key is not None:
            self.store.discard(key)
