"""ledger import register

Revision ID: 0004_ledgerio
Revises: 0001
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = "0004_ledgerio"
down_revision: str | Sequence[str] | None = "0003_matters"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "ledger_import",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("file_name", sa.String(length=255), nullable=False),
        sa.Column("sheet", sa.String(length=100), nullable=False),
        sa.Column("row_count", sa.Integer(), nullable=False),
        sa.Column("first_number", sa.String(length=40), nullable=False),
        sa.Column("last_number", sa.String(length=40), nullable=False),
        sa.Column("imported_by", sa.Integer(), nullable=True),
        sa.Column("imported_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["imported_by"], ["staff.id"], name=op.f("fk_ledger_import_imported_by_staff")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_ledger_import")),
        sa.UniqueConstraint("sha256", "sheet", name="uq_ledger_import_file_sheet"),
    )


def downgrade() -> None:
    op.drop_table("ledger_import")
