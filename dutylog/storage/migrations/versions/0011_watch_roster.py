"""watch roster: swap requests that change the roster only when approved

A request names the requester's duty (its slot, and the date, shift and role as
asked), the other person, optionally the other person's duty taken in exchange,
the reason, its status and who requested, accepted and decided, with the times,
and the duty_change written on approval. Shift patterns set from a date on are a
setting (shift_patterns) and need no table.

Revision ID: 0011_watch_roster
Revises: 0010_ledger_fields
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0011_watch_roster"
down_revision: str | Sequence[str] | None = "0010_ledger_fields"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _fk(column: str, table: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint([column], [f"{table}.id"], name=op.f(f"fk_swap_request_{column}_{table}"))


def upgrade() -> None:
    op.create_table(
        "swap_request",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("slot_id", sa.Integer(), nullable=False),
        sa.Column("duty_date", sa.Date(), nullable=False),
        sa.Column("shift", sa.String(length=10), nullable=False),
        sa.Column("role", sa.String(length=10), nullable=False),
        sa.Column("requester_staff_id", sa.Integer(), nullable=False),
        sa.Column("other_staff_id", sa.Integer(), nullable=False),
        sa.Column("other_slot_id", sa.Integer(), nullable=True),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("requested_by", sa.String(length=50), nullable=False),
        sa.Column("requested_at", sa.DateTime(), nullable=False),
        sa.Column("accepted_by", sa.String(length=50), nullable=False),
        sa.Column("accepted_at", sa.DateTime(), nullable=True),
        sa.Column("decided_by", sa.String(length=50), nullable=False),
        sa.Column("decided_at", sa.DateTime(), nullable=True),
        sa.Column("decision_reason", sa.Text(), nullable=False),
        sa.Column("change_id", sa.Integer(), nullable=True),
        _fk("slot_id", "duty_slot"),
        _fk("other_slot_id", "duty_slot"),
        _fk("requester_staff_id", "staff"),
        _fk("other_staff_id", "staff"),
        _fk("change_id", "duty_change"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_swap_request")),
    )
    op.create_index("ix_swap_request_status", "swap_request", ["status", "duty_date"])


def downgrade() -> None:
    op.drop_index("ix_swap_request_status", table_name="swap_request")
    op.drop_table("swap_request")
