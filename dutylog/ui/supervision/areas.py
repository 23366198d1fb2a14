"""What the supervision widgets' writes touch, as the window's change signal names it."""

from __future__ import annotations

UNITS = frozenset({"staff"})
MATTERS = frozenset({"matters"})
