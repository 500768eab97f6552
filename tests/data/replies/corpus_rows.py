"""What the builders of the corpora by other hands share: a message as a row, the rows of every label with
every third one held out, and the file they are written to."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from pathlib import Path

Row = dict[str, object]


def m(subject: str, body: str, **extra: object) -> Row:
    """One message: its subject and body, and any extra field (headers, when, date, note)."""
    return {"subject": subject, "body": body, **extra}


def labelled_rows(prefix: str, labels: Mapping[str, Sequence[Row]],
                  splits: Sequence[str] = ("train", "train", "held-out")) -> list[Row]:
    """Every message as a corpus row, with an id; the splits taken in turn within each label (by default
    every third held out)."""
    rows: list[Row] = []
    for label, messages in labels.items():
        for order, message in enumerate(messages):
            row: Row = {"id": f"{prefix}-{label}-{order:03d}", "label": label,
                        "split": splits[order % len(splits)],
                        "subject": message["subject"], "body": message["body"],
                        "headers": message.get("headers", {})}
            row.update({k: v for k, v in message.items() if k not in ("subject", "body", "headers")})
            rows.append(row)
    return rows


def write(name: str, rows: Sequence[Row]) -> None:
    """Write the rows, one JSON object a line, beside this file."""
    out = Path(__file__).with_name(name)
    out.write_text("".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows))
    print(f"{out}: {len(rows)} messages")
