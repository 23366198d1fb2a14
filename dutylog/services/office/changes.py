"""Which areas did anyone (on any workstation) change since this office last looked?

Every ORM write marks the area of its table (storage/repos/changes.py), and the
counters commit with the data or not at all; only raw SQL needs ``store.changes.bump``.
The GUI polls ``office.changes.poll()`` every few seconds and refreshes the page showing a changed area.

Areas in use: "staff", "roster", "log", "matters", "briefings", "settings", "accounts".
"""

from __future__ import annotations

from dutylog.services.context import OfficeContext


class ChangesService:
    def __init__(self, office: OfficeContext) -> None:
        self.office = office
        self._seen: dict[str, int] | None = None

    def serials(self) -> dict[str, int]:
        # Read-only: polling every few seconds must not take SQLite's write lock.
        with self.office.db.transaction(read_only=True) as store:
            return store.changes.serials()

    def poll(self) -> set[str]:
        """Areas changed since the previous call; the first call only takes the baseline."""
        current = self.serials()
        seen, self._seen = self._seen, current
        if seen is None:
            return set()
        return {area for area, serial in current.items() if seen.get(area) != serial}
