"""ledger fields: the columns of an imported ledger that fill no field, kept and searched

Each such cell is a row of matter_extra_field (name and text, in the column's
order). Search finds a matter by them as by its own fields: on SQLite through the
FTS5 table matter_extra_fts (rowid = matter_id << 32 | field id, like
matter_log_fts, kept in sync by triggers), on PostgreSQL through a gram index.

Revision ID: 0010_ledger_fields
Revises: 0009_supervision
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0010_ledger_fields"
down_revision: str | Sequence[str] | None = "0009_supervision"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# As in 0003_matters: ASCII-lowercased text and two unit separators.
PAD = "char(31, 31)"


def _indexed(prefix: str) -> str:
    return f"lower(coalesce({prefix}.text, '')) || {PAD}"


def _rowid(prefix: str) -> str:
    return f"{prefix}.matter_id * 4294967296 + {prefix}.id"


def _create_sqlite_search() -> None:
    op.execute(
        "CREATE VIRTUAL TABLE matter_extra_fts USING fts5("
        "text, content='', tokenize='trigram case_sensitive 1')"
    )
    op.execute("CREATE VIRTUAL TABLE matter_extra_fts_terms USING fts5vocab(matter_extra_fts, 'instance')")
    op.execute(
        f"""CREATE TRIGGER matter_extra_fts_ai AFTER INSERT ON matter_extra_field BEGIN
        INSERT INTO matter_extra_fts(rowid, text) VALUES ({_rowid("new")}, {_indexed("new")}); END"""
    )
    op.execute(
        f"""CREATE TRIGGER matter_extra_fts_ad AFTER DELETE ON matter_extra_field BEGIN
        INSERT INTO matter_extra_fts(matter_extra_fts, rowid, text)
        VALUES ('delete', {_rowid("old")}, {_indexed("old")}); END"""
    )
    op.execute(
        f"""CREATE TRIGGER matter_extra_fts_au AFTER UPDATE OF text, matter_id ON matter_extra_field BEGIN
        INSERT INTO matter_extra_fts(matter_extra_fts, rowid, text)
        VALUES ('delete', {_rowid("old")}, {_indexed("old")});
        INSERT INTO matter_extra_fts(rowid, text) VALUES ({_rowid("new")}, {_indexed("new")}); END"""
    )


def upgrade() -> None:
    op.create_table(
        "matter_extra_field",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("matter_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["matter_id"],
            ["matter.id"],
            name=op.f("fk_matter_extra_field_matter_id_matter"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_matter_extra_field")),
    )
    with op.batch_alter_table("matter_extra_field", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_matter_extra_field_matter_id"), ["matter_id"], unique=False)
    if op.get_bind().dialect.name == "postgresql":
        # dutylog_grams() comes from 0008_pg_search.
        op.execute(
            "CREATE INDEX ix_matter_extra_field_grams ON matter_extra_field USING gin (dutylog_grams(text))"
        )
    else:
        _create_sqlite_search()


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP INDEX IF EXISTS ix_matter_extra_field_grams")
    else:
        for name in ("matter_extra_fts_ai", "matter_extra_fts_ad", "matter_extra_fts_au"):
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
        op.execute("DROP TABLE IF EXISTS matter_extra_fts_terms")
        op.execute("DROP TABLE IF EXISTS matter_extra_fts")
    with op.batch_alter_table("matter_extra_field", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_matter_extra_field_matter_id"))
    op.drop_table("matter_extra_field")
