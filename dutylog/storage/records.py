"""ORM rows to the domain's records, derived from the records' own field lists.

A repository says only what differs from "same name, same value": a value that comes
from a join (``unit_name``), a default for a NULL column, or a computed flag. Fields
typed with one of the domain's enumerations are converted from their stored codes.
Nothing here copies a table field by field, so a column added to a model and to its
record needs no third edit.
"""

from __future__ import annotations

import dataclasses
import enum
import types
import typing
from collections.abc import Callable
from functools import cache
from typing import Any, TypeVar

R = TypeVar("R")

# (field name, converter or None) for each field of a record class.
_Plan = tuple[tuple[str, Callable[[Any], Any] | None], ...]


def _converter(hint: Any) -> Callable[[Any], Any] | None:
    """The enum class a field holds (also inside ``X | None``), to build from a stored code."""
    options = typing.get_args(hint) if typing.get_origin(hint) in (typing.Union, types.UnionType) else (hint,)
    for option in options:
        if isinstance(option, type) and issubclass(option, enum.Enum):
            return option
    return None


@cache
def _plan(cls: type[Any]) -> _Plan:
    hints = typing.get_type_hints(cls)
    return tuple((f.name, _converter(hints[f.name])) for f in dataclasses.fields(cls))


def to_record(cls: type[R], row: object, **given: Any) -> R:
    """``cls`` filled from ``row``'s attributes of the same names; ``given`` values win."""
    values: dict[str, Any] = {}
    plan: _Plan = _plan(cls)  # type: ignore[arg-type]  # classes are hashable
    for name, convert in plan:
        if name in given:
            values[name] = given[name]
            continue
        value = getattr(row, name)
        values[name] = convert(value) if convert is not None and value is not None else value
    return cls(**values)


def column_values(record: object, names: tuple[str, ...]) -> dict[str, Any]:
    """The named fields of ``record`` (a row or a record) as keyword arguments."""
    return {name: getattr(record, name) for name in names}
