"""Run the reply classifier over others.jsonl (the independent corpus) and print what test_reply_corpus.py
measures, by split, with what each label was taken for, and whether the dates of "still deciding" messages
match the ones written down. Reads the classifier only through its public functions.

    PYTHONPATH=src:tests python tests/data/replies/measure_others.py
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from pathlib import Path

from test_reply_corpus import classified, expected, scores, timing

ROWS = [json.loads(line) for line in Path(__file__).with_name("others.jsonl").read_text().splitlines()]


def main() -> None:
    for split in ("train", "held-out"):
        rows = [r for r in ROWS if r["split"] == split]
        print(f"\n{split}: {len(rows)} messages")
        for name, value in scores(rows, classified).items():
            print(f"  {name:32} {value:.3f}")
        taken: dict[str, Counter[str]] = defaultdict(Counter)
        for row in rows:
            taken[row["label"]][classified(row)] += 1
        for label, counts in taken.items():
            print(f"  {label:12} (want {expected({'label': label}):10}) taken for: {dict(counts)}")
    dated = [r for r in ROWS if r["label"] == "deciding"]
    right = sum(str(timing(r)) == r["date"] for r in dated if "date" in r)
    print(f"\ndeciding with one day written down: {right} of {sum('date' in r for r in dated)} found exactly;"
          f" with a period only: {sum(timing(r) is not None for r in dated if 'when' in r and 'date' not in r)}"
          f" of {sum('when' in r and 'date' not in r for r in dated)} given a date;"
          f" with no time: {sum(timing(r) is not None for r in dated if 'when' not in r)}"
          f" of {sum('when' not in r for r in dated)} given one (should be 0)")


if __name__ == "__main__":
    main()
