"""A transaction opened inside another on the same thread joins it as a savepoint."""

from __future__ import annotations

from pathlib import Path

import pytest

from dutylog.domain.errors import ValidationError
from dutylog.storage.database import Database


def test_nested_transaction_joins_the_outer_one(db_path: Path) -> None:
    db = Database.open(db_path)
    with db.transaction() as outer:
        outer.settings.set("a", 1)
        with db.transaction() as inner:  # would wait for the outer write lock on a new connection
            assert inner is outer
            inner.settings.set("b", 2)
    with db.transaction(read_only=True) as store:
        assert (store.settings.get("a"), store.settings.get("b")) == (1, 2)
    db.close()


def test_a_failed_inner_step_is_undone_alone(db_path: Path) -> None:
    db = Database.open(db_path)
    with db.transaction() as outer:
        outer.settings.set("kept", True)
        with pytest.raises(ValidationError), db.transaction() as inner:
            inner.settings.set("dropped", True)
            raise ValidationError("refused")
    with db.transaction() as store:
        assert store.settings.get("kept") is True
        assert store.settings.get("dropped") is None
    db.close()


def test_an_error_in_the_outer_block_undoes_everything(db_path: Path) -> None:
    db = Database.open(db_path)
    with pytest.raises(ValidationError), db.transaction():
        with db.transaction() as inner:
            inner.settings.set("x", 1)
        raise ValidationError("refused")
    with db.transaction() as store:
        assert store.settings.get("x") is None
    db.close()
