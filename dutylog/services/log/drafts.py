"""Draft autosave for editors: what a person typed survives a crash or a power cut.

One small JSON file per user and editor in a ``drafts`` folder beside the
database, replaced atomically (fsync + os.replace) on every save. Qt-free: the
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

from dutylog.services.office.files import ensure_private_dir, write_atomic

_SAFE = re.compile(r"[^A-Za-z0-9_.-]")


@dataclass(frozen=True)
class Draft:
    saved_at: datetime
    fields: dict[str, Any]


class DraftStore:
    def __init__(self, folder: Path) -> None:
        self.folder = folder

    @classmethod
    def beside(cls, db_file: Path | None) -> DraftStore:
        """Drafts next to an SQLite file; for a server database, in the user's data folder."""
        if db_file is not None:
            return cls(db_file.parent / "drafts")
        from dutylog.paths import default_database_path

        return cls(default_database_path().parent / "drafts")

    def _path(self, user: str, editor: str) -> Path:
        # Readable names for people looking at the folder, a hash so different keys never collide.
        key = f"{user}\x00{editor}"
        digest = hashlib.sha256(key.encode()).hexdigest()[:12]
        return self.folder / f"{_SAFE.sub('_', user)[:30]}-{_SAFE.sub('_', editor)[:40]}-{digest}.json"

    def save(self, user: str, editor: str, fields: dict[str, Any], *, now: datetime | None = None) -> None:
        ensure_private_dir(self.folder)
        moment = (now or datetime.now()).replace(microsecond=0)
        payload = {"saved_at": moment.isoformat(), "user": user, "editor": editor, "fields": fields}
        write_atomic(self._path(user, editor), json.dumps(payload, ensure_ascii=False, default=str).encode())

    def load(self, user: str, editor: str) -> Draft | None:
        """The saved draft, or None if there is none or it cannot be read."""
        path = self._path(user, editor)
        try:
            payload = json.loads(path.read_text(encoding="utf-8"))
            return Draft(datetime.fromisoformat(payload["saved_at"]), dict(payload["fields"]))
        except (OSError, ValueError, KeyError, TypeError):
            return None

    def discard(self, user: str, editor: str) -> None:
        self._path(user, editor).unlink(missing_ok=True)
