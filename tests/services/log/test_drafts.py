from __future__ import annotations

import json
import stat
from datetime import datetime
from pathlib import Path

from dutylog.services.log.drafts import DraftStore


def test_draft_round_trip_and_discard(tmp_path: Path) -> None:
    store = DraftStore.beside(tmp_path / "office.sqlite3")
    assert store.load("zhang", "log-entry") is None
    store.save(
        "zhang", "log-entry", {"text": "巡查中发现……", "kind": "patrol"}, now=datetime(2026, 1, 1, 9, 0)
    )
    draft = store.load("zhang", "log-entry")
    assert draft is not None and draft.fields["text"] == "巡查中发现……"
    assert draft.saved_at == datetime(2026, 1, 1, 9, 0)
    assert store.load("li", "log-entry") is None  # another user's editor is separate
    files = list((tmp_path / "drafts").iterdir())
    assert len(files) == 1 and stat.S_IMODE(files[0].stat().st_mode) == 0o600
    store.discard("zhang", "log-entry")
    assert store.load("zhang", "log-entry") is None


def test_a_damaged_draft_is_ignored_and_saving_leaves_no_temp_files(tmp_path: Path) -> None:
    store = DraftStore(tmp_path / "drafts")
    for i in range(5):
        store.save("u", "e", {"text": str(i)})
    assert [p.name for p in (tmp_path / "drafts").iterdir() if p.name.startswith(".")] == []
    path = next((tmp_path / "drafts").iterdir())
    assert json.loads(path.read_text())["fields"]["text"] == "4"
    path.write_text("{not json")
    assert store.load("u", "e") is None
