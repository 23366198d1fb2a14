"""Records of the briefings area that are not briefings themselves."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class SubmissionRecord:
    """An item of information sent to a higher body (信息报送)."""

    id: int
    sent_on: date
    title: str
    recipient: str
    matter_id: int | None
    matter_number: str
    adopted: bool
    instructed: bool
    note: str
    version: int
    # The unit the information came from (信息报送考核); "" for the office's own.
    unit_name: str = ""
