"""How to greet an interviewer when their name does not say it ("Mr. Zhang"): interviewers.address_as.

A concern's `raised_by` lives in the interview's concerns (JSON) and needs no change of schema.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-27
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("interviewers") as batch:
        batch.add_column(sa.Column("address_as", sa.String(200)))


def downgrade() -> None:
    with op.batch_alter_table("interviewers") as batch:
        batch.drop_column("address_as")
