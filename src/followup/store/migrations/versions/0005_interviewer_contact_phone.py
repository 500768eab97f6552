"""An interviewer's `contact` (the one person inquiries go to) and `phone`.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-27
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("interviewers") as table:
        table.add_column(sa.Column("contact", sa.Boolean, nullable=False, server_default=sa.false()))
        table.add_column(sa.Column("phone", sa.String(40)))


def downgrade() -> None:
    with op.batch_alter_table("interviewers") as table:
        table.drop_column("phone")
        table.drop_column("contact")
