"""monthly bulletin: briefings gain a kind, so a monthly bulletin (舆情月报) is edited,
submitted and signed through the same life cycle as the end-of-day briefing

Every existing row is a daily briefing; the server default fills them.

Revision ID: 0013_monthly_bulletin
Revises: 0012_plans
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0013_monthly_bulletin"
down_revision: str | Sequence[str] | None = "0012_plans"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Plain ADD COLUMN: no table rebuild, so the briefing's triggers and rows stay as they are.
    op.add_column("briefing", sa.Column("kind", sa.String(length=10), nullable=False, server_default="daily"))


def downgrade() -> None:
    op.drop_column("briefing", "kind")
