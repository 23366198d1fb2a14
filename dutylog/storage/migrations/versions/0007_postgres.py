"""change counter: lets workstations see each other's changes

Revision ID: 0007_postgres
Revises: 0006_trust
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007_postgres"
down_revision: str | Sequence[str] | None = "0006_trust"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "change_counter",
        sa.Column("area", sa.String(length=40), nullable=False),
        sa.Column("serial", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("area", name=op.f("pk_change_counter")),
    )


def downgrade() -> None:
    op.drop_table("change_counter")
