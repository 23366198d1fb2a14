"""briefings: version history of briefings, upward submissions, matter_event time index

Revision ID: 0005_briefings
Revises: 0001
Create Date: 2026-11-22 04:20:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005_briefings"
down_revision: str | Sequence[str] | None = "0004_ledgerio"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "briefing_version",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("briefing_id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("action", sa.String(length=20), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("actor_id", sa.Integer(), nullable=True),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("body_html", sa.Text(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("content_sha256", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(
            ["actor_id"], ["staff.id"], name=op.f("fk_briefing_version_actor_id_staff")
        ),
        sa.ForeignKeyConstraint(
            ["briefing_id"],
            ["briefing.id"],
            name=op.f("fk_briefing_version_briefing_id_briefing"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_briefing_version")),
    )
    op.create_index("ix_briefing_version_briefing", "briefing_version", ["briefing_id", "version"])
    op.create_table(
        "upward_submission",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("sent_on", sa.Date(), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("recipient", sa.String(length=100), nullable=False),
        sa.Column("matter_id", sa.Integer(), nullable=True),
        sa.Column("adopted", sa.Boolean(), nullable=False),
        sa.Column("instructed", sa.Boolean(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("created_by", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["created_by"], ["staff.id"], name=op.f("fk_upward_submission_created_by_staff")
        ),
        sa.ForeignKeyConstraint(
            ["matter_id"], ["matter.id"], name=op.f("fk_upward_submission_matter_id_matter")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_upward_submission")),
    )
    op.create_index("ix_upward_submission_sent_on", "upward_submission", ["sent_on"])
    op.create_index(
        op.f("ix_upward_submission_matter_id"), "upward_submission", ["matter_id"]
    )
    op.create_index("ix_matter_event_at", "matter_event", ["at"])


def downgrade() -> None:
    op.drop_index("ix_matter_event_at", table_name="matter_event")
    op.drop_index(op.f("ix_upward_submission_matter_id"), table_name="upward_submission")
    op.drop_index("ix_upward_submission_sent_on", table_name="upward_submission")
    op.drop_table("upward_submission")
    op.drop_index("ix_briefing_version_briefing", table_name="briefing_version")
    op.drop_table("briefing_version")
