"""supervision: units' kind and contacts, assignments with replies, extensions, urges,
research meetings, submission quotas and the unit of an upward submission

Revision ID: 0009_supervision
Revises: 0008_pg_search
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009_supervision"
down_revision: str | Sequence[str] | None = "0008_pg_search"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _staff(column: str, table: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint([column], ["staff.id"], name=op.f(f"fk_{table}_{column}_staff"))


def upgrade() -> None:
    # Plain ADD COLUMN: existing units become active departments without a short name.
    op.add_column("unit", sa.Column("short_name", sa.String(length=50), nullable=False, server_default=""))
    op.add_column(
        "unit", sa.Column("kind", sa.String(length=20), nullable=False, server_default="department")
    )
    op.add_column("unit", sa.Column("active", sa.Boolean(), nullable=False, server_default=sa.true()))
    op.add_column("unit", sa.Column("version", sa.Integer(), nullable=False, server_default="1"))
    op.create_table(
        "unit_contact",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("unit_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=False),
        sa.Column("role", sa.String(length=20), nullable=False),
        sa.Column("post", sa.String(length=50), nullable=False),
        sa.Column("office_phone", sa.String(length=30), nullable=False),
        sa.Column("mobile", sa.String(length=30), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["unit_id"], ["unit.id"], name=op.f("fk_unit_contact_unit_id_unit")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_unit_contact")),
    )
    op.create_index(op.f("ix_unit_contact_unit_id"), "unit_contact", ["unit_id"])
    op.create_index(op.f("ix_unit_contact_name"), "unit_contact", ["name"])
    op.create_table(
        "matter_assignment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("matter_id", sa.Integer(), nullable=False),
        sa.Column("unit_id", sa.Integer(), nullable=False),
        sa.Column("lead", sa.Boolean(), nullable=False),
        sa.Column("instruction", sa.Text(), nullable=False),
        sa.Column("assigned_at", sa.DateTime(), nullable=False),
        sa.Column("workdays", sa.Integer(), nullable=True),
        sa.Column("due_on", sa.Date(), nullable=False),
        sa.Column("first_response_hours", sa.Integer(), nullable=True),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("accepted_at", sa.DateTime(), nullable=True),
        sa.Column("replied_at", sa.DateTime(), nullable=True),
        sa.Column("done_at", sa.DateTime(), nullable=True),
        sa.Column("created_by", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["matter_id"], ["matter.id"], name=op.f("fk_matter_assignment_matter_id_matter")
        ),
        sa.ForeignKeyConstraint(["unit_id"], ["unit.id"], name=op.f("fk_matter_assignment_unit_id_unit")),
        _staff("created_by", "matter_assignment"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_matter_assignment")),
        sa.UniqueConstraint("matter_id", "unit_id", name="uq_matter_assignment_matter_unit"),
    )
    op.create_index("ix_matter_assignment_open", "matter_assignment", ["status", "due_on"])
    op.create_index(op.f("ix_matter_assignment_unit_id"), "matter_assignment", ["unit_id"])
    op.create_table(
        "matter_reply",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("assignment_id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("final", sa.Boolean(), nullable=False),
        sa.Column("netizen_answered", sa.Boolean(), nullable=False),
        sa.Column("answered_where", sa.String(length=200), nullable=False),
        sa.Column("recorded_by", sa.Integer(), nullable=True),
        sa.Column("review", sa.String(length=20), nullable=False),
        sa.Column("review_reason", sa.Text(), nullable=False),
        sa.Column("reviewed_at", sa.DateTime(), nullable=True),
        sa.Column("reviewed_by", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["assignment_id"],
            ["matter_assignment.id"],
            name=op.f("fk_matter_reply_assignment_id_matter_assignment"),
        ),
        _staff("recorded_by", "matter_reply"),
        _staff("reviewed_by", "matter_reply"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_matter_reply")),
    )
    op.create_index(op.f("ix_matter_reply_assignment_id"), "matter_reply", ["assignment_id"])
    op.create_table(
        "matter_reply_file",
        sa.Column("reply_id", sa.Integer(), nullable=False),
        sa.Column("evidence_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["reply_id"], ["matter_reply.id"], name=op.f("fk_matter_reply_file_reply_id_matter_reply")
        ),
        sa.ForeignKeyConstraint(
            ["evidence_id"], ["evidence_file.id"], name=op.f("fk_matter_reply_file_evidence_id_evidence_file")
        ),
        sa.PrimaryKeyConstraint("reply_id", "evidence_id", name=op.f("pk_matter_reply_file")),
    )
    op.create_table(
        "matter_extension",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("assignment_id", sa.Integer(), nullable=False),
        sa.Column("requested_at", sa.DateTime(), nullable=False),
        sa.Column("old_due_on", sa.Date(), nullable=False),
        sa.Column("to_date", sa.Date(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("decision", sa.String(length=20), nullable=False),
        sa.Column("decided_at", sa.DateTime(), nullable=True),
        sa.Column("recorded_by", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["assignment_id"],
            ["matter_assignment.id"],
            name=op.f("fk_matter_extension_assignment_id_matter_assignment"),
        ),
        _staff("recorded_by", "matter_extension"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_matter_extension")),
    )
    op.create_index(op.f("ix_matter_extension_assignment_id"), "matter_extension", ["assignment_id"])
    op.create_table(
        "matter_urge",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("assignment_id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("how", sa.String(length=20), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("recorded_by", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["assignment_id"],
            ["matter_assignment.id"],
            name=op.f("fk_matter_urge_assignment_id_matter_assignment"),
        ),
        _staff("recorded_by", "matter_urge"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_matter_urge")),
    )
    op.create_index(op.f("ix_matter_urge_assignment_id"), "matter_urge", ["assignment_id"])
    op.create_table(
        "matter_meeting",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("matter_id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("participants", sa.Text(), nullable=False),
        sa.Column("units", sa.Text(), nullable=False),
        sa.Column("conclusion", sa.Text(), nullable=False),
        sa.Column("measures", sa.Text(), nullable=False),
        sa.Column("recorded_by", sa.Integer(), nullable=True),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["matter_id"], ["matter.id"], name=op.f("fk_matter_meeting_matter_id_matter")
        ),
        _staff("recorded_by", "matter_meeting"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_matter_meeting")),
    )
    op.create_index(op.f("ix_matter_meeting_matter_id"), "matter_meeting", ["matter_id"])
    op.create_index("ix_matter_meeting_at", "matter_meeting", ["at"])
    op.create_table(
        "upward_submission_quota",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("unit_id", sa.Integer(), nullable=False),
        sa.Column("period", sa.String(length=10), nullable=False),
        sa.Column("starts_on", sa.Date(), nullable=False),
        sa.Column("quota", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["unit_id"], ["unit.id"], name=op.f("fk_upward_submission_quota_unit_id_unit")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_upward_submission_quota")),
        sa.UniqueConstraint("unit_id", "period", "starts_on", name="uq_upward_submission_quota_unit_period"),
    )
    # Which unit an item of information came from, for the assessment (信息报送考核).
    # The table has no triggers, so the batch rebuild SQLite needs for a foreign key is safe.
    with op.batch_alter_table("upward_submission", schema=None) as batch_op:
        batch_op.add_column(sa.Column("unit_id", sa.Integer(), nullable=True))
        batch_op.create_foreign_key(
            batch_op.f("fk_upward_submission_unit_id_unit"), "unit", ["unit_id"], ["id"]
        )
        batch_op.create_index(batch_op.f("ix_upward_submission_unit_id"), ["unit_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("upward_submission", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_upward_submission_unit_id"))
        batch_op.drop_constraint(batch_op.f("fk_upward_submission_unit_id_unit"), type_="foreignkey")
        batch_op.drop_column("unit_id")
    op.drop_table("upward_submission_quota")
    op.drop_index("ix_matter_meeting_at", table_name="matter_meeting")
    op.drop_table("matter_meeting")
    op.drop_table("matter_urge")
    op.drop_table("matter_extension")
    op.drop_table("matter_reply_file")
    op.drop_table("matter_reply")
    op.drop_index("ix_matter_assignment_open", table_name="matter_assignment")
    op.drop_table("matter_assignment")
    op.drop_table("unit_contact")
    with op.batch_alter_table("unit", schema=None) as batch_op:
        batch_op.drop_column("version")
        batch_op.drop_column("active")
        batch_op.drop_column("kind")
        batch_op.drop_column("short_name")
