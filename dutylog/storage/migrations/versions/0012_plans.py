"""plans: emergency plans and their steps, plans started on matters with their
checklists, keyword watch lists with the matters they tag, drills and training

A started plan copies its steps (matter_plan_step) so editing a plan never changes
a checklist already running; overdue is computed from the clock and not stored.
Training sessions are drills of kind "training" without a plan.

Revision ID: 0012_plans
Revises: 0011_watch_roster
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0012_plans"
down_revision: str | Sequence[str] | None = "0011_watch_roster"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "plan",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("min_grade", sa.String(length=20), nullable=False),
        sa.Column("trigger_tags", sa.Text(), nullable=False),
        sa.Column("trigger_keywords", sa.Text(), nullable=False),
        sa.Column("document_name", sa.String(length=255), nullable=False),
        sa.Column("document_sha256", sa.String(length=64), nullable=False),
        sa.Column("document_data", sa.LargeBinary(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_by", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["created_by"], ["staff.id"], name=op.f("fk_plan_created_by_staff")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_plan")),
        sa.UniqueConstraint("name", name=op.f("uq_plan_name")),
    )
    op.create_table(
        "drill",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("plan_id", sa.Integer(), nullable=True),
        sa.Column("held_on", sa.Date(), nullable=False),
        sa.Column("scenario", sa.Text(), nullable=False),
        sa.Column("findings", sa.Text(), nullable=False),
        sa.Column("improvements", sa.Text(), nullable=False),
        sa.Column("recorded_by", sa.Integer(), nullable=True),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["plan_id"], ["plan.id"], name=op.f("fk_drill_plan_id_plan")),
        sa.ForeignKeyConstraint(["recorded_by"], ["staff.id"], name=op.f("fk_drill_recorded_by_staff")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_drill")),
    )
    op.create_index("ix_drill_held_on", "drill", ["held_on"], unique=False)
    op.create_index(op.f("ix_drill_plan_id"), "drill", ["plan_id"], unique=False)
    op.create_table(
        "keyword",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("word", sa.String(length=100), nullable=False),
        sa.Column("category", sa.String(length=50), nullable=False),
        sa.Column("plan_id", sa.Integer(), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_by", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("retired_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(["created_by"], ["staff.id"], name=op.f("fk_keyword_created_by_staff")),
        sa.ForeignKeyConstraint(["plan_id"], ["plan.id"], name=op.f("fk_keyword_plan_id_plan")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_keyword")),
        sa.UniqueConstraint("word", name=op.f("uq_keyword_word")),
    )
    op.create_table(
        "matter_plan",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("matter_id", sa.Integer(), nullable=False),
        sa.Column("plan_id", sa.Integer(), nullable=False),
        sa.Column("plan_name", sa.String(length=100), nullable=False),
        sa.Column("how", sa.String(length=20), nullable=False),
        sa.Column("counted_from", sa.DateTime(), nullable=False),
        sa.Column("started_at", sa.DateTime(), nullable=False),
        sa.Column("started_by", sa.Integer(), nullable=True),
        sa.Column("stopped_at", sa.DateTime(), nullable=True),
        sa.Column("stopped_by", sa.Integer(), nullable=True),
        sa.Column("stop_reason", sa.Text(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["matter_id"], ["matter.id"], name=op.f("fk_matter_plan_matter_id_matter")),
        sa.ForeignKeyConstraint(["plan_id"], ["plan.id"], name=op.f("fk_matter_plan_plan_id_plan")),
        sa.ForeignKeyConstraint(["started_by"], ["staff.id"], name=op.f("fk_matter_plan_started_by_staff")),
        sa.ForeignKeyConstraint(["stopped_by"], ["staff.id"], name=op.f("fk_matter_plan_stopped_by_staff")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_matter_plan")),
    )
    op.create_index(op.f("ix_matter_plan_matter_id"), "matter_plan", ["matter_id"], unique=False)
    op.create_index("ix_matter_plan_open", "matter_plan", ["stopped_at", "matter_id"], unique=False)
    op.create_index(op.f("ix_matter_plan_plan_id"), "matter_plan", ["plan_id"], unique=False)
    op.create_table(
        "plan_step",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("plan_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("who", sa.String(length=120), nullable=False),
        sa.Column("time_limit", sa.String(length=20), nullable=False),
        sa.Column("produces", sa.String(length=20), nullable=False),
        sa.ForeignKeyConstraint(
            ["plan_id"], ["plan.id"], name=op.f("fk_plan_step_plan_id_plan"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_plan_step")),
        sa.UniqueConstraint("plan_id", "position", name="uq_plan_step_plan_position"),
    )
    op.create_table(
        "drill_person",
        sa.Column("drill_id", sa.Integer(), nullable=False),
        sa.Column("staff_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["drill_id"], ["drill.id"], name=op.f("fk_drill_person_drill_id_drill"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(["staff_id"], ["staff.id"], name=op.f("fk_drill_person_staff_id_staff")),
        sa.PrimaryKeyConstraint("drill_id", "staff_id", name=op.f("pk_drill_person")),
    )
    op.create_index(op.f("ix_drill_person_staff_id"), "drill_person", ["staff_id"], unique=False)
    op.create_table(
        "matter_keyword",
        sa.Column("matter_id", sa.Integer(), nullable=False),
        sa.Column("keyword_id", sa.Integer(), nullable=False),
        sa.Column("found_in", sa.String(length=20), nullable=False),
        sa.Column("found_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["keyword_id"], ["keyword.id"], name=op.f("fk_matter_keyword_keyword_id_keyword")
        ),
        sa.ForeignKeyConstraint(
            ["matter_id"], ["matter.id"], name=op.f("fk_matter_keyword_matter_id_matter"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("matter_id", "keyword_id", name=op.f("pk_matter_keyword")),
    )
    op.create_index(op.f("ix_matter_keyword_keyword_id"), "matter_keyword", ["keyword_id"], unique=False)
    op.create_table(
        "matter_plan_step",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("matter_plan_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("who", sa.String(length=120), nullable=False),
        sa.Column("time_limit", sa.String(length=20), nullable=False),
        sa.Column("produces", sa.String(length=20), nullable=False),
        sa.Column("due_at", sa.DateTime(), nullable=False),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("done_at", sa.DateTime(), nullable=True),
        sa.Column("done_by", sa.Integer(), nullable=True),
        sa.Column("skip_reason", sa.Text(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["done_by"], ["staff.id"], name=op.f("fk_matter_plan_step_done_by_staff")),
        sa.ForeignKeyConstraint(
            ["matter_plan_id"],
            ["matter_plan.id"],
            name=op.f("fk_matter_plan_step_matter_plan_id_matter_plan"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_matter_plan_step")),
        sa.UniqueConstraint("matter_plan_id", "position", name="uq_matter_plan_step_position"),
    )
    op.create_index("ix_matter_plan_step_open", "matter_plan_step", ["status", "due_at"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_matter_plan_step_open", table_name="matter_plan_step")
    op.drop_table("matter_plan_step")
    op.drop_index(op.f("ix_matter_keyword_keyword_id"), table_name="matter_keyword")
    op.drop_table("matter_keyword")
    op.drop_index(op.f("ix_drill_person_staff_id"), table_name="drill_person")
    op.drop_table("drill_person")
    op.drop_table("plan_step")
    op.drop_index(op.f("ix_matter_plan_plan_id"), table_name="matter_plan")
    op.drop_index("ix_matter_plan_open", table_name="matter_plan")
    op.drop_index(op.f("ix_matter_plan_matter_id"), table_name="matter_plan")
    op.drop_table("matter_plan")
    op.drop_table("keyword")
    op.drop_index(op.f("ix_drill_plan_id"), table_name="drill")
    op.drop_index("ix_drill_held_on", table_name="drill")
    op.drop_table("drill")
    op.drop_table("plan")
