"""One message per step: each outbox row that is waiting, being sent or sent holds its step's key
(interview, kind, attempt, recipient's address), and a unique index lets only one row hold it, so two runs at
once cannot both queue (and send) the same message. A failed or cancelled row lets the key go (NULL).

Rows a database may already hold twice (the bug this fixes): the oldest keeps the key; a later copy still
waiting is cancelled; a later copy already sent or being sent stays as a record, without the key.

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-27
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

ACTIVE = ("scheduled", "sending", "sent")


def step_key(interview_id: int, kind: str, attempt: int, email: str) -> str:
    return f"{interview_id}/{kind}/{attempt}/{email.casefold()}"  # the same as store.repository.step_key


def upgrade() -> None:
    op.add_column("outbox", sa.Column("step_key", sa.String(400)))
    outbox = sa.table("outbox", sa.column("id", sa.Integer), sa.column("interview_id", sa.Integer),
                      sa.column("kind", sa.String), sa.column("attempt", sa.Integer),
                      sa.column("recipient_email", sa.String), sa.column("state", sa.String),
                      sa.column("error", sa.Text), sa.column("step_key", sa.String))
    connection = op.get_bind()
    rows = connection.execute(sa.select(outbox).where(outbox.c.state.in_(ACTIVE)).order_by(outbox.c.id)).mappings()
    held: dict[str, int] = {}
    for row in list(rows):
        key = step_key(row["interview_id"], row["kind"], row["attempt"], row["recipient_email"])
        if key not in held:
            held[key] = row["id"]
            connection.execute(sa.update(outbox).where(outbox.c.id == row["id"]).values(step_key=key))
        elif row["state"] == "scheduled":
            connection.execute(sa.update(outbox).where(outbox.c.id == row["id"]).values(
                state="cancelled", error=f"a second copy of outbox message {held[key]}"))
    op.create_index("uq_outbox_step_key", "outbox", ["step_key"], unique=True)


def downgrade() -> None:
    op.drop_index("uq_outbox_step_key", "outbox")
    with op.batch_alter_table("outbox") as batch:
        batch.drop_column("step_key")
