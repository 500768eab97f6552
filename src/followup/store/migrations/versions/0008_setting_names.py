"""A setting's name as long as it needs to be: meta.name becomes TEXT. The position of `sync --maildir` is kept
under "maildir:" and the folder's path, and that of `sync` under the IMAP user, host and folder, which can be
longer than the 64 characters the column held (PostgreSQL refused them; SQLite never counted).

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-28
"""

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("meta") as batch:
        batch.alter_column("name", existing_type=sa.String(64), type_=sa.Text, existing_nullable=False)


def downgrade() -> None:
    with op.batch_alter_table("meta") as batch:
        batch.alter_column("name", existing_type=sa.Text, type_=sa.String(64), existing_nullable=False)
