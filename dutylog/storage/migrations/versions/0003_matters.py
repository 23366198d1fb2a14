"""matters: number counters, evidence, closed shifts, full-text search

Revision ID: 0003_matters
Revises: 0001
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003_matters"
down_revision: str | Sequence[str] | None = "0002_roster"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# The search index stores ASCII-lowercased text followed by two unit separators
# (char 31, never allowed in records): every occurrence of a 1- or 2-character
# term then starts a trigram, which is what the short-term search looks up.
# Frozen copy of dutylog.storage.search.MATTER_COLUMNS at this revision.
MATTER_COLUMNS = ("title", "summary", "url", "author_name", "source")
PAD = "char(31, 31)"


def _indexed(prefix: str, column: str) -> str:
    return f"lower(coalesce({prefix}.{column}, '')) || {PAD}"


def _log_rowid(prefix: str) -> str:
    return f"{prefix}.matter_id * 4294967296 + {prefix}.id"


def _matter_values(prefix: str) -> str:
    return ", ".join(_indexed(prefix, c) for c in MATTER_COLUMNS)


def _create_search() -> None:
    cols = ", ".join(MATTER_COLUMNS)
    op.execute(
        f"CREATE VIRTUAL TABLE matter_fts USING fts5({cols}, content='', tokenize='trigram case_sensitive 1')"
    )
    op.execute("CREATE VIRTUAL TABLE matter_fts_terms USING fts5vocab(matter_fts, 'instance')")
    op.execute("CREATE VIRTUAL TABLE log_fts USING fts5(text, content='', tokenize='trigram case_sensitive 1')")
    op.execute("CREATE VIRTUAL TABLE log_fts_terms USING fts5vocab(log_fts, 'instance')")
    # Contentless tables are told what to forget with the 'delete' command and the old values.
    op.execute(
        f"""CREATE TRIGGER matter_fts_ai AFTER INSERT ON matter BEGIN
        INSERT INTO matter_fts(rowid, {cols}) VALUES (new.id, {_matter_values("new")}); END"""
    )
    op.execute(
        f"""CREATE TRIGGER matter_fts_ad AFTER DELETE ON matter BEGIN
        INSERT INTO matter_fts(matter_fts, rowid, {cols}) VALUES ('delete', old.id, {_matter_values("old")});
        END"""
    )
    op.execute(
        f"""CREATE TRIGGER matter_fts_au AFTER UPDATE OF {cols} ON matter BEGIN
        INSERT INTO matter_fts(matter_fts, rowid, {cols}) VALUES ('delete', old.id, {_matter_values("old")});
        INSERT INTO matter_fts(rowid, {cols}) VALUES (new.id, {_matter_values("new")}); END"""
    )
    op.execute(
        f"""CREATE TRIGGER log_fts_ai AFTER INSERT ON log_entry BEGIN
        INSERT INTO log_fts(rowid, text) VALUES (new.id, {_indexed("new", "text")}); END"""
    )
    op.execute(
        f"""CREATE TRIGGER log_fts_ad AFTER DELETE ON log_entry BEGIN
        INSERT INTO log_fts(log_fts, rowid, text) VALUES ('delete', old.id, {_indexed("old", "text")}); END"""
    )
    op.execute(
        f"""CREATE TRIGGER log_fts_au AFTER UPDATE OF text ON log_entry BEGIN
        INSERT INTO log_fts(log_fts, rowid, text) VALUES ('delete', old.id, {_indexed("old", "text")});
        INSERT INTO log_fts(rowid, text) VALUES (new.id, {_indexed("new", "text")}); END"""
    )
    # Log text of entries linked to a matter, so a matter is found by what the log says of it.
    # Its rowid is matter_id * 2^32 + entry id: hits come out grouped by matter, newest
    # matter first, so "the newest N matters" stops after N matters, not after every entry.
    op.execute(
        "CREATE VIRTUAL TABLE matter_log_fts USING fts5(text, content='', tokenize='trigram case_sensitive 1')"
    )
    op.execute("CREATE VIRTUAL TABLE matter_log_fts_terms USING fts5vocab(matter_log_fts, 'instance')")
    op.execute(
        f"""CREATE TRIGGER matter_log_fts_ai AFTER INSERT ON log_entry WHEN new.matter_id IS NOT NULL BEGIN
        INSERT INTO matter_log_fts(rowid, text) VALUES ({_log_rowid("new")}, {_indexed("new", "text")}); END"""
    )
    op.execute(
        f"""CREATE TRIGGER matter_log_fts_ad AFTER DELETE ON log_entry WHEN old.matter_id IS NOT NULL BEGIN
        INSERT INTO matter_log_fts(matter_log_fts, rowid, text)
        VALUES ('delete', {_log_rowid("old")}, {_indexed("old", "text")}); END"""
    )
    op.execute(
        f"""CREATE TRIGGER matter_log_fts_au_old AFTER UPDATE OF text, matter_id ON log_entry
        WHEN old.matter_id IS NOT NULL BEGIN
        INSERT INTO matter_log_fts(matter_log_fts, rowid, text)
        VALUES ('delete', {_log_rowid("old")}, {_indexed("old", "text")}); END"""
    )
    op.execute(
        f"""CREATE TRIGGER matter_log_fts_au_new AFTER UPDATE OF text, matter_id ON log_entry
        WHEN new.matter_id IS NOT NULL BEGIN
        INSERT INTO matter_log_fts(rowid, text) VALUES ({_log_rowid("new")}, {_indexed("new", "text")}); END"""
    )
    op.execute(
        f"INSERT INTO matter_log_fts(rowid, text) SELECT {_log_rowid('e')}, {_indexed('e', 'text')} "
        "FROM log_entry AS e WHERE e.matter_id IS NOT NULL"
    )
    op.execute(f"INSERT INTO matter_fts(rowid, {cols}) SELECT m.id, {_matter_values('m')} FROM matter AS m")
    op.execute(f"INSERT INTO log_fts(rowid, text) SELECT e.id, {_indexed('e', 'text')} FROM log_entry AS e")


def upgrade() -> None:
    op.create_table(
        "matter_counter",
        sa.Column("year", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("last_seq", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("year", name=op.f("pk_matter_counter")),
    )
    op.create_table(
        "evidence_file",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("matter_id", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("filename", sa.String(length=255), nullable=False),
        sa.Column("media_type", sa.String(length=100), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("stored_in", sa.String(length=10), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("added_at", sa.DateTime(), nullable=False),
        sa.Column("added_by", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["added_by"], ["staff.id"], name=op.f("fk_evidence_file_added_by_staff")),
        sa.ForeignKeyConstraint(["matter_id"], ["matter.id"], name=op.f("fk_evidence_file_matter_id_matter")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_evidence_file")),
    )
    with op.batch_alter_table("evidence_file", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_evidence_file_matter_id"), ["matter_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_evidence_file_sha256"), ["sha256"], unique=False)
    op.create_table(
        "shift_closure",
        sa.Column("duty_date", sa.Date(), nullable=False),
        sa.Column("shift", sa.String(length=10), nullable=False),
        sa.Column("closed_at", sa.DateTime(), nullable=False),
        sa.Column("closed_by", sa.Integer(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["closed_by"], ["staff.id"], name=op.f("fk_shift_closure_closed_by_staff")),
        sa.PrimaryKeyConstraint("duty_date", "shift", name=op.f("pk_shift_closure")),
    )
    # Plain ADD COLUMN (no table rebuild) so the search triggers below stay attached.
    op.add_column("matter", sa.Column("special_reported_at", sa.DateTime(), nullable=True))
    op.add_column("matter", sa.Column("voided_at", sa.DateTime(), nullable=True))
    op.add_column("matter", sa.Column("void_reason", sa.Text(), nullable=False, server_default=""))
    # Existing numbers count as used.
    op.execute(
        "INSERT INTO matter_counter(year, last_seq) SELECT year, max(seq) FROM matter GROUP BY year"
    )
    if op.get_bind().dialect.name == "sqlite":
        _create_search()
    # Other backends search the base columns (see dutylog.storage.search).


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        triggers = ("matter_fts_ai", "matter_fts_ad", "matter_fts_au", "log_fts_ai", "log_fts_ad", "log_fts_au")
        for name in (*triggers, "matter_log_fts_ai", "matter_log_fts_ad", "matter_log_fts_au_old"):
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
        op.execute("DROP TRIGGER IF EXISTS matter_log_fts_au_new")
        for name in ("matter_fts_terms", "log_fts_terms", "matter_log_fts_terms"):
            op.execute(f"DROP TABLE IF EXISTS {name}")
        for name in ("matter_fts", "log_fts", "matter_log_fts"):
            op.execute(f"DROP TABLE IF EXISTS {name}")
    with op.batch_alter_table("matter", schema=None) as batch_op:
        batch_op.drop_column("void_reason")
        batch_op.drop_column("voided_at")
        batch_op.drop_column("special_reported_at")
    op.drop_table("shift_closure")
    with op.batch_alter_table("evidence_file", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_evidence_file_sha256"))
        batch_op.drop_index(batch_op.f("ix_evidence_file_matter_id"))
    op.drop_table("evidence_file")
    op.drop_table("matter_counter")
