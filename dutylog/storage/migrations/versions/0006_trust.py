"""Trustworthy records: audit chain head and voided records.

Revision ID: 0006_trust
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op

revision = "0006_trust"
down_revision = "0005_briefings"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "audit_head",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("last_id", sa.Integer(), nullable=False),
        sa.Column("last_hash", sa.String(length=64), nullable=False),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_head")),
    )
    # The chain head exists from the start, so that appends can always lock it.
    op.bulk_insert(
        sa.table(
            "audit_head",
            sa.column("id", sa.Integer()),
            sa.column("last_id", sa.Integer()),
            sa.column("last_hash", sa.String()),
            sa.column("count", sa.Integer()),
        ),
        [{"id": 1, "last_id": 0, "last_hash": "0" * 64, "count": 0}],
    )
    op.create_table(
        "record_void",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("entity", sa.String(length=30), nullable=False),
        sa.Column("entity_id", sa.Integer(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=True),
        sa.Column("username", sa.String(length=50), nullable=False),
        sa.ForeignKeyConstraint(["user_id"], ["app_user.id"], name=op.f("fk_record_void_user_id_app_user")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_record_void")),
        sa.UniqueConstraint("entity", "entity_id", name="uq_record_void_entity"),
    )


def downgrade() -> None:
    op.drop_table("record_void")
    op.drop_table("audit_head")
