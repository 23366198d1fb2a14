"""PostgreSQL: Chinese full-text search indexes (n-gram GIN); nothing on SQLite

SQLite searches through its FTS5 trigram tables (0003_matters). PostgreSQL gets the
same answers from GIN indexes over every 1- and 2-character substring ("gram") of
the ASCII-lowercased text: a term's grams narrow the rows down through the index,
then a LIKE on the folded text confirms each candidate. Unlike pg_trgm this needs
no extension and does not depend on the database's locale (pg_trgm drops CJK
characters under LC_CTYPE=C) and it answers one- and two-character terms.

Revision ID: 0008_pg_search
Revises: 0007_postgres
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0008_pg_search"
down_revision: str | Sequence[str] | None = "0007_postgres"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Frozen copy of dutylog.storage.search.MATTER_COLUMNS at this revision.
MATTER_COLUMNS = ("title", "summary", "url", "author_name", "source")

FOLD = """
CREATE OR REPLACE FUNCTION dutylog_fold(value text) RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
AS $$ SELECT translate(value, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz') $$
"""

# Each part is taken on its own, so no gram spans two fields. Bigrams come from two
# regular-expression passes (pairs from the first and from the second character):
# linear in the text, where substr() in a loop is quadratic on multibyte text. GIN
# keeps each distinct gram once, so repeats are left in. The high COST tells the
# planner that computing it row by row is dear: it then prefers the index.
GRAMS = """
CREATE OR REPLACE FUNCTION dutylog_grams(VARIADIC parts text[]) RETURNS text[]
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE COST 1000
AS $$
DECLARE
    part text;
    folded text;
    grams text[] := '{}';
BEGIN
    FOREACH part IN ARRAY parts LOOP
        CONTINUE WHEN part IS NULL;
        folded := dutylog_fold(part);
        grams := grams || string_to_array(folded, NULL)
            || ARRAY(SELECT pair[1] FROM regexp_matches(folded, '..', 'g') AS pair)
            || ARRAY(SELECT pair[1] FROM regexp_matches(substr(folded, 2), '..', 'g') AS pair);
    END LOOP;
    RETURN grams;
END
$$
"""

INDEXES = {
    "ix_matter_grams": f"matter USING gin (dutylog_grams({', '.join(MATTER_COLUMNS)}))",
    "ix_log_entry_grams": "log_entry USING gin (dutylog_grams(text))",
    # What the log says of a matter finds the matter: only linked entries, a small index.
    "ix_log_entry_matter_grams": "log_entry USING gin (dutylog_grams(text)) WHERE matter_id IS NOT NULL",
}


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(FOLD)
    op.execute(GRAMS)
    for name, target in INDEXES.items():
        op.execute(f"CREATE INDEX {name} ON {target}")


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for name in INDEXES:
        op.execute(f"DROP INDEX IF EXISTS {name}")
    op.execute("DROP FUNCTION IF EXISTS dutylog_grams(text[])")
    op.execute("DROP FUNCTION IF EXISTS dutylog_fold(text)")
