"""The tables. Date-times are stored in UTC (naive), each interview's IANA time zone beside them.

A change here needs a new Alembic revision in migrations/versions/, never an edit of an old one.
"""

from __future__ import annotations

from sqlalchemy import (JSON, Boolean, Column, Date, DateTime, ForeignKey, Index, Integer, MetaData, String, Table,
                        Text, UniqueConstraint, false)

metadata = MetaData()

interviews = Table(
    "interviews", metadata,
    Column("id", Integer, primary_key=True),
    Column("company", String(200), nullable=False),
    Column("role", String(200), nullable=False),
    Column("starts_at", DateTime, nullable=False),
    Column("timezone", String(64), nullable=False),
    Column("duration_minutes", Integer, nullable=False),
    Column("format", String(16)),
    Column("department", String(200)),
    Column("decision_timeline", Text),
    Column("decision_by", Date),
    Column("culture", String(16), nullable=False),
    Column("phone_encouraged", Boolean, nullable=False),
    Column("mailing_address", Text),
    Column("topics", JSON, nullable=False),
    Column("goals", JSON, nullable=False),
    Column("concerns", JSON, nullable=False),
    Column("notes", Text),
    Column("created_at", DateTime, nullable=False),
    Column("updated_at", DateTime, nullable=False),
    # derived, see service.Service.today: when its plan next opens a step (NULL: nothing left to do), as worked
    # out at `wake_checked_at` (it holds from then on)
    Column("wake_at", DateTime),
    Column("wake_checked_at", DateTime),
    Index("ix_interviews_wake_at", "wake_at"),
)

interviewers = Table(
    "interviewers", metadata,
    Column("id", Integer, primary_key=True),
    Column("interview_id", Integer, ForeignKey("interviews.id", ondelete="CASCADE"), nullable=False),
    Column("position", Integer, nullable=False),
    Column("name", String(200)),
    Column("title", String(100)),
    Column("email", String(320)),
    Column("department", String(200)),
    Column("topics", JSON, nullable=False),
    Column("contact", Boolean, nullable=False, server_default=false()),
    Column("phone", String(40)),
    Column("address_as", String(200)),
    Index("ix_interviewers_interview", "interview_id", "position"),
)

events = Table(
    "events", metadata,
    Column("id", Integer, primary_key=True),
    Column("interview_id", Integer, ForeignKey("interviews.id", ondelete="CASCADE"), nullable=False),
    Column("type", String(16), nullable=False),
    Column("at", DateTime, nullable=False),
    Column("kind", String(32)),
    Column("recipient", String(320)),
    Column("channel", String(16)),
    Column("text", Text),
    Column("decision_by", Date),
    Column("created_at", DateTime, nullable=False),
    Index("ix_events_interview_at", "interview_id", "at"),
)

drafts = Table(
    "drafts", metadata,
    Column("id", Integer, primary_key=True),
    Column("interview_id", Integer, ForeignKey("interviews.id", ondelete="CASCADE"), nullable=False),
    Column("kind", String(32), nullable=False),
    Column("attempt", Integer, nullable=False),
    Column("channel", String(16), nullable=False),
    Column("recipient", String(320), nullable=False),  # the key: the recipient's email, or name, or addressee
    Column("recipient_name", String(200)),
    Column("recipient_email", String(320)),
    Column("addressee", String(200), nullable=False),
    Column("subject", Text, nullable=False),
    Column("body", Text, nullable=False),
    Column("edited", Boolean, nullable=False),
    Column("created_at", DateTime, nullable=False),
    Column("updated_at", DateTime, nullable=False),
    UniqueConstraint("interview_id", "kind", "attempt", "channel", "recipient", name="uq_drafts_step"),
)

outbox = Table(
    "outbox", metadata,
    Column("id", Integer, primary_key=True),
    Column("interview_id", Integer, ForeignKey("interviews.id", ondelete="CASCADE"), nullable=False),
    Column("kind", String(32), nullable=False),
    Column("attempt", Integer, nullable=False),
    Column("recipient_name", String(200)),
    Column("recipient_email", String(320), nullable=False),
    Column("addressee", String(200), nullable=False),
    Column("subject", Text, nullable=False),
    Column("body", Text, nullable=False),
    Column("message_id", String(300), nullable=False, unique=True),
    Column("in_reply_to", String(300)),
    Column("references", Text),  # Message-IDs separated by spaces
    Column("state", String(16), nullable=False),
    Column("send_at", DateTime, nullable=False),
    Column("tries", Integer, nullable=False),
    Column("error", Text),
    Column("sent_at", DateTime),
    Column("created_at", DateTime, nullable=False),
    Column("updated_at", DateTime, nullable=False),
    # the step it is for while it waits, goes or has gone (NULL once failed or cancelled): one row per step
    Column("step_key", String(400)),
    Index("ix_outbox_state_send_at", "state", "send_at"),
    Index("uq_outbox_step_key", "step_key", unique=True),
)

meta = Table(
    "meta", metadata,
    Column("name", Text, primary_key=True),
    Column("value", Text, nullable=False),
)
