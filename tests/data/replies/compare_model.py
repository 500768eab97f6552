"""How a small trained model compares with the phrase rules on the corpus: multinomial naive Bayes on word
unigrams and bigrams of the sender's own words, trained on the "train" split only, with a margin (in log
odds) it must win by to say rejection, offer or next-round. Not shipped; see docs/replies.md.

    PYTHONPATH=src python tests/data/replies/compare_model.py
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter, defaultdict
from pathlib import Path

from followup.core.replies import own_words, read

ROWS = [json.loads(line) for line in Path(__file__).with_name("corpus.jsonl").read_text().splitlines()]
KINDS = ("rejection", "offer", "next-round")


def label(row: dict) -> str:
    return row["label"] if row["label"] in KINDS else "other"


def features(row: dict) -> list[str]:
    words = re.findall(r"[a-z']+", (row["subject"] + " " + own_words(row["body"])).lower())
    return words + [a + "_" + b for a, b in zip(words, words[1:], strict=False)]


class NaiveBayes:
    def __init__(self, rows: list[dict]) -> None:
        self.counts: dict[str, Counter[str]] = defaultdict(Counter)
        self.prior = Counter(label(r) for r in rows)
        for row in rows:
            self.counts[label(row)].update(features(row))
        self.vocab = {w for c in self.counts.values() for w in c}
        self.total = {k: sum(c.values()) for k, c in self.counts.items()}
        self.n = len(rows)

    def predict(self, row: dict, margin: float) -> str:
        scores = {k: math.log(self.prior[k] / self.n) + sum(
            math.log((self.counts[k][w] + 0.5) / (self.total[k] + 0.5 * len(self.vocab)))
            for w in features(row) if w in self.vocab) for k in self.prior}
        best = max(scores, key=scores.__getitem__)
        runner_up = sorted(scores.values())[-2]
        return best if best == "other" or scores[best] - runner_up >= margin else "other"


def rules(row: dict) -> str:
    kind = read(row["subject"], row["body"], row["headers"]).kind
    return kind if kind in KINDS else "other"


def measure(rows: list[dict], predict) -> str:  # type: ignore[no-untyped-def]
    parts = []
    for kind in ("rejection", "offer"):
        said = [r for r in rows if predict(r) == kind]
        real = [r for r in rows if label(r) == kind]
        precision = sum(label(r) == kind for r in said) / max(1, len(said))
        recall = sum(predict(r) == kind for r in real) / max(1, len(real))
        parts.append(f"{kind} P {precision:.3f} R {recall:.3f}")
    others = [r for r in rows if label(r) not in ("rejection", "offer")]
    parts.append(f"false proposals {sum(predict(r) in ('rejection', 'offer') for r in others) / len(others):.3f}")
    return "; ".join(parts)


if __name__ == "__main__":
    model = NaiveBayes([r for r in ROWS if r["split"] == "train"])
    for split in ("held-out", "fresh"):
        rows = [r for r in ROWS if r["split"] == split]
        print(f"{split:8} rules           {measure(rows, rules)}")
        for margin in (0.0, 4.0, 8.0):
            print(f"{split:8} bayes margin {margin:<3} {measure(rows, lambda r, m=margin: model.predict(r, m))}")
        print(f"{split:8} rules, then bayes (8) "
              f"{measure(rows, lambda r: rules(r) if rules(r) != 'other' else model.predict(r, 8.0))}")
