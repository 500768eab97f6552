"""The outbox: messages to send, with their state (scheduled, sending, sent, failed), so that a crash or a
dropped connection never loses a message and never sends it twice.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-26
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "outbox",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("interview_id", sa.Integer, sa.ForeignKey("interviews.id", ondelete="CASCADE"), nullable=False),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("attempt", sa.Integer, nullable=False),
        sa.Column("recipient_name", sa.String(200)),
        sa.Column("recipient_email", sa.String(320), nullable=False),
        sa.Column("addressee", sa.String(200), nullable=False),
        sa.Column("subject", sa.Text, nullable=False),
        sa.Column("body", sa.Text, nullable=False),
        sa.Column("message_id", sa.String(300), nullable=False, unique=True),
        sa.Column("in_reply_to", sa.String(300)),
        sa.Column("references", sa.Text),
        sa.Column("state", sa.String(16), nullable=False),
        sa.Column("send_at", sa.DateTime, nullable=False),
        sa.Column("tries", sa.Integer, nullable=False),
        sa.Column("error", sa.Text),
        sa.Column("sent_at", sa.DateTime),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("updated_at", sa.DateTime, nullable=False),
    )
    op.create_index("ix_outbox_state_send_at", "outbox", ["state", "send_at"])


def downgrade() -> None:
    op.drop_table("outbox")
