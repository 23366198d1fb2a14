"""What `dutylog check` finds about the database as a whole."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class HealthReport:
    """Outcome of `dutylog check`."""

    database: str
    problems: list[str] = field(default_factory=list)
    checks_run: list[str] = field(default_factory=list)

    @property
    def healthy(self) -> bool:
        return not self.problems
