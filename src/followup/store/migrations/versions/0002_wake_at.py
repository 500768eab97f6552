"""When each interview's plan next opens a step (an index for `followup today`), and a table of settings.

`wake_at` is derived: the service fills it in, with `wake_checked_at`, the moment it was worked out for (it
holds from then on, not before). `meta.plan_fingerprint` says for which policy, calendar and
planner the stored values were worked out; a database without it (such as one upgraded from 0001) has every
`wake_at` worked out again when it is next opened for the agenda.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-26
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("interviews") as batch:
        batch.add_column(sa.Column("wake_at", sa.DateTime))
        batch.add_column(sa.Column("wake_checked_at", sa.DateTime))
        batch.create_index("ix_interviews_wake_at", ["wake_at"])
    op.create_table(
        "meta",
        sa.Column("name", sa.String(64), primary_key=True),
        sa.Column("value", sa.Text, nullable=False),
    )


def downgrade() -> None:
    op.drop_table("meta")
    with op.batch_alter_table("interviews") as batch:
        batch.drop_index("ix_interviews_wake_at")
        batch.drop_column("wake_checked_at")
        batch.drop_column("wake_at")
