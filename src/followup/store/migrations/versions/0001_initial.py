"""Interviews, their interviewers, and the events that follow them.

Revision ID: 0001
Revises:
Create Date: 2026-11-26
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "interviews",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("company", sa.String(200), nullable=False),
        sa.Column("role", sa.String(200), nullable=False),
        sa.Column("starts_at", sa.DateTime, nullable=False),
        sa.Column("timezone", sa.String(64), nullable=False),
        sa.Column("duration_minutes", sa.Integer, nullable=False),
        sa.Column("format", sa.String(16)),
        sa.Column("department", sa.String(200)),
        sa.Column("decision_timeline", sa.Text),
        sa.Column("decision_by", sa.Date),
        sa.Column("culture", sa.String(16), nullable=False),
        sa.Column("phone_encouraged", sa.Boolean, nullable=False),
        sa.Column("mailing_address", sa.Text),
        sa.Column("topics", sa.JSON, nullable=False),
        sa.Column("goals", sa.JSON, nullable=False),
        sa.Column("concerns", sa.JSON, nullable=False),
        sa.Column("notes", sa.Text),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("updated_at", sa.DateTime, nullable=False),
    )
    op.create_table(
        "interviewers",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("interview_id", sa.Integer, sa.ForeignKey("interviews.id", ondelete="CASCADE"), nullable=False),
        sa.Column("position", sa.Integer, nullable=False),
        sa.Column("name", sa.String(200)),
        sa.Column("title", sa.String(100)),
        sa.Column("email", sa.String(320)),
        sa.Column("department", sa.String(200)),
        sa.Column("topics", sa.JSON, nullable=False),
    )
    op.create_index("ix_interviewers_interview", "interviewers", ["interview_id", "position"])
    op.create_table(
        "events",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("interview_id", sa.Integer, sa.ForeignKey("interviews.id", ondelete="CASCADE"), nullable=False),
        sa.Column("type", sa.String(16), nullable=False),
        sa.Column("at", sa.DateTime, nullable=False),
        sa.Column("kind", sa.String(32)),
        sa.Column("recipient", sa.String(320)),
        sa.Column("channel", sa.String(16)),
        sa.Column("text", sa.Text),
        sa.Column("decision_by", sa.Date),
        sa.Column("created_at", sa.DateTime, nullable=False),
    )
    op.create_index("ix_events_interview_at", "events", ["interview_id", "at"])


def downgrade() -> None:
    op.drop_table("events")
    op.drop_table("interviewers")
    op.drop_table("interviews")
