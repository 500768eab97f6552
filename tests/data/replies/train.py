"""Trains the reply model (followup.core.reply_model) on the "train" rows of the corpora in this folder and
writes its weights as a Python module, src/followup/core/reply_weights.py. Deterministic: the same train rows
give the same file, byte for byte (tests/test_reply_model.py checks the shipped file is what this writes).
Held-out and fresh rows are never read for training.

    PYTHONPATH=src python tests/data/replies/train.py          # rebuild the shipped weights
    PYTHONPATH=src python tests/data/replies/train.py --cv     # 5-fold cross-validation on the train rows
    PYTHONPATH=src python tests/data/replies/train.py --cv --logistic   # ... and logistic regression too
"""

from __future__ import annotations

import hashlib
import itertools
import json
import math
import sys
from collections import Counter
from collections.abc import Callable, Iterable
from pathlib import Path

from followup.core import replies
from followup.core.replies import sentences
from followup.core.reply_model import DECISIONS, Weights, features, judge

HERE = Path(__file__).parent
CORPORA = ("corpus.jsonl", "others.jsonl")
TARGET = HERE.parent.parent.parent / "src" / "followup" / "core" / "reply_weights.py"
ALPHA = 0.1  # additive smoothing
MIN_COUNT = 2  # a feature seen fewer times than this in the train rows is left out

Row = dict[str, object]


def train_rows() -> list[Row]:
    """The train rows of every corpus here, in file order (held-out and fresh rows are skipped unread)."""
    rows: list[Row] = []
    for name in CORPORA:
        path = HERE / name
        if path.exists():
            for line in path.read_text().splitlines():
                row = json.loads(line)
                if row.get("split") == "train":
                    rows.append({**row, "source": name})
    return rows


FINE = True  # True: the model learns every kind of message (scheduling, ack, ...) apart; False: one "other"


def label(row: Row, fine: bool = False) -> str:
    return str(row["label"]) if fine or row["label"] in DECISIONS else "other"


def said(row: Row) -> list[str]:
    """What the model reads of a row, as `replies.read` gives it."""
    return replies.model_input([str(row["subject"]), *sentences(str(row["body"]))])


def fit(rows: Iterable[Row], alpha: float = ALPHA, min_count: int = MIN_COUNT, fine: bool = FINE) -> Weights:
    rows = list(rows)
    classes = tuple(sorted({label(r, fine) for r in rows}))
    counts = {kind: Counter[str]() for kind in classes}
    for row in rows:
        for sentence in said(row):
            counts[label(row, fine)].update(features(sentence))
    overall = Counter[str]()
    for found in counts.values():
        overall.update(found)
    vocab = sorted(f for f, n in overall.items() if n >= min_count)
    totals = {kind: sum(counts[kind][f] for f in vocab) for kind in classes}
    prior = Counter(label(r, fine) for r in rows)
    priors = tuple(round(math.log((prior[k] + 1) / (len(rows) + len(classes))), 4) for k in classes)
    table = {f: tuple(round(math.log((counts[k][f] + alpha) / (totals[k] + alpha * len(vocab))), 4)
                      for k in classes) for f in vocab}
    return Weights(classes, priors, table)


def fit_logistic(rows: Iterable[Row], epochs: int = 30, rate: float = 0.5, l2: float = 1e-3,
                 min_count: int = MIN_COUNT, fine: bool = FINE) -> Weights:
    """Multinomial logistic regression on the same features (counts summed over sentences), by stochastic
    gradient descent in a fixed order: deterministic."""
    rows = list(rows)
    classes = tuple(sorted({label(r, fine) for r in rows}))
    seen = [Counter(f for sentence in said(r) for f in features(sentence)) for r in rows]
    overall = Counter[str]()
    for found in seen:
        overall.update(found.keys())
    vocab = sorted(f for f, n in overall.items() if n >= min_count)
    keep = set(vocab)
    data = [({f: float(n) for f, n in found.items() if f in keep}, classes.index(label(r, fine)))
            for found, r in zip(seen, rows, strict=True)]
    w = {f: [0.0] * len(classes) for f in vocab}
    bias = [0.0] * len(classes)
    for epoch in range(epochs):
        step = rate / (1 + epoch)
        for x, y in data:
            scores = [bias[k] + sum(w[f][k] * v for f, v in x.items()) for k in range(len(classes))]
            top = max(scores)
            exps = [math.exp(s - top) for s in scores]
            total = sum(exps)
            for k in range(len(classes)):
                grad = exps[k] / total - (1.0 if k == y else 0.0)
                bias[k] -= step * grad
                for f, v in x.items():
                    w[f][k] -= step * (grad * v + l2 * w[f][k])
    return Weights(classes, tuple(round(b, 6) for b in bias),
                   {f: tuple(round(v, 6) for v in w[f]) for f in vocab})


def module_text(weights: Weights, rows: list[Row]) -> str:
    digest = hashlib.sha256("\n".join(json.dumps(r, sort_keys=True) for r in rows).encode()).hexdigest()
    lines = ["# ruff: noqa: E501",
             '"""Weights of the reply model (followup.core.reply_model), generated by tests/data/replies/train.py',
             f"from {len(rows)} train rows; do not edit by hand." + '"""', "",
             "from __future__ import annotations", "", "from .reply_model import Weights", "",
             f'TRAIN_SHA256 = "{digest}"', f"CLASSES = {weights.classes!r}", f"PRIORS = {weights.priors!r}",
             "FEATURES: dict[str, tuple[float, ...]] = {"]
    lines += [f"    {json.dumps(f)}: {w!r}," for f, w in weights.features.items()]
    lines += ["}", "WEIGHTS = Weights(CLASSES, PRIORS, FEATURES)", ""]
    return "\n".join(lines)


# --- cross-validation on the train rows only: how to train and how the model and the rules combine ----------

def rules(row: Row) -> str:
    """What the phrase rules alone decide."""
    found = replies._by_rules([str(row["subject"]), *sentences(str(row["body"]))])
    return found.kind if found is not None else "other"


def measure(got: list[tuple[str, str]]) -> str:
    parts = []
    for kind in ("rejection", "offer", "next-round"):
        said_ = [w for w, h in got if h == kind]
        real = [h for w, h in got if w == kind]
        parts.append(f"{kind[:3]} P {sum(w == kind for w in said_) / max(1, len(said_)):.3f} "
                     f"R {sum(h == kind for h in real) / max(1, len(real)):.3f}")
    others = [h for w, h in got if w not in ("rejection", "offer")]
    parts.append(f"false {sum(h in ('rejection', 'offer') for h in others) / max(1, len(others)):.3f}")
    return "; ".join(parts)


def _decide(weights: Weights, row: Row, margin: float, how: str, lift: float = 0.0) -> str:
    """As `replies.read` decides, with the margin, lift and way of combining given: "model" alone, "rules"
    first then the model, or "veto N": the rules first unless the model is sure by N that the message is no
    decision, then the model."""
    said_ = [str(row["subject"]), *sentences(str(row["body"]))]
    ruled = replies._by_rules(said_)
    modelled = replies._by_model(said_, weights, margin, lift)
    if how == "model":
        found = modelled
    elif how == "rules":
        found = ruled or modelled
    else:
        verdict = judge(weights, replies.model_input(said_))
        vetoed = verdict.kind == "other" and verdict.margin >= float(how.split()[1])
        found = (None if vetoed else ruled) or modelled
    return found.kind if found is not None else "other"


def cross_validate(rows: list[Row], trainer: Callable[..., Weights], fine: bool, folds: int = 5) -> None:
    def fold(row: Row) -> int:
        return int(hashlib.sha256(str(row["id"]).encode()).hexdigest(), 16) % folds

    models = [trainer([r for r in rows if fold(r) != k], fine=fine) for k in range(folds)]
    sources = sorted({str(r["source"]) for r in rows})
    for source in sources:
        print(f"{'rules':32} {source[:7]:15} {measure([(label(r), rules(r)) for r in rows if r['source'] == source])}")
    for how in ("model", "rules", "veto 4", "veto 8"):
        for margin, lift in itertools.product((4.0, 6.0, 8.0), (0.0, 4.0, 8.0)):
            got = {s: [(label(r), _decide(models[fold(r)], r, margin, how, lift)) for r in rows
                       if r["source"] == s] for s in sources}
            for source in sources:
                print(f"{how:6} {source[:7]} m={margin:<4} lift={lift:<4} {measure(got[source])}")


def main(argv: list[str]) -> None:
    rows = train_rows()
    if "--cv" in argv:
        for trainer in (fit, fit_logistic) if "--logistic" in argv else (fit,):
            for fine in (False, True):
                print(f"-- {len(rows)} train rows, {trainer.__name__}, fine labels {fine}")
                cross_validate(rows, trainer, fine)
        return
    TARGET.write_text(module_text(fit(rows), rows))
    print(f"wrote {TARGET} from {len(rows)} train rows")
if __name__ == "__main__":
    main(sys.argv[1:])
