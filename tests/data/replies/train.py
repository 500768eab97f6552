"""Trains the reply model (followup.core.reply_model) on the "train" rows of the corpora in this folder and
writes its weights as a Python module, src/followup/core/reply_weights.py. Deterministic: the same train rows
give the same file, byte for byte (tests/test_reply_model.py checks the shipped file is what this writes).
Held-out and fresh rows are never read for training.

    PYTHONPATH=src python tests/data/replies/train.py          # rebuild the shipped weights
    PYTHONPATH=src python tests/data/replies/train.py --cv     # the grid, cross-validated, and the choice

`--cv` scores every setting of the grid (how the rules and the model combine, smoothing, margin, lift, the
short-message and plain-reply guards) by 5-fold cross-validation on the train rows and chooses one by the
rule in `choose`; the constants shipped in followup.core.replies and ALPHA here must equal that choice
(tests/test_reply_model.py checks it). `fit_logistic` was compared in an earlier round and is not in the grid.
"""

from __future__ import annotations

import hashlib
import itertools
import json
import math
import sys
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

from followup.core import replies
from followup.core.replies import sentences
from followup.core.replies import ModelSetting
from followup.core.reply_model import DECISIONS, Verdict, Weights, features, judge

HERE = Path(__file__).parent
CORPORA = ("corpus.jsonl", "others.jsonl", "third.jsonl")
TARGET = HERE.parent.parent.parent / "src" / "followup" / "core" / "reply_weights.py"
ALPHA = 0.1  # additive smoothing (chosen by `choose`)
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

# The grid cross-validation searches, and the rule that chooses from it (see `choose`).
HOWS = ("rules", "rules, then model", "model")
ALPHAS = (0.1, 0.5, 1.0)
MARGINS = (4.0, 6.0, 8.0, 10.0, 12.0, 16.0, 20.0, 24.0)
LIFTS = (0.0, 4.0, 8.0, 12.0, 16.0)
MIN_WORDS = (0, 12)
PLAIN_GUARDS = (False, True)
FALSE_LIMIT = 0.005  # half the target of 1 in 100: the safety margin, set before any held-out measure
PRECISION_FLOOR = 0.95  # the target for rejections and offers


def settings() -> list[tuple[float, ModelSetting]]:
    """Every (smoothing, setting) in the grid; "rules" alone once (it uses no model)."""
    found: list[tuple[float, ModelSetting]] = [(ALPHA, ModelSetting("rules", 0.0, 0.0, 0, False))]
    for how, alpha, margin, lift, words, guard in itertools.product(HOWS[1:], ALPHAS, MARGINS, LIFTS, MIN_WORDS,
                                                                  PLAIN_GUARDS):
        found.append((alpha, ModelSetting(how, margin, lift, words, guard)))
    return found


def _fold(row: Row, folds: int) -> int:
    return int(hashlib.sha256(str(row["id"]).encode()).hexdigest(), 16) % folds


def verdicts(rows: list[Row], alpha: float, folds: int = 5) -> list[Verdict]:
    """The model's verdict on each row, by a model trained on the other folds with smoothing `alpha`."""
    models = [fit([r for r in rows if _fold(r, folds) != k], alpha=alpha) for k in range(folds)]
    return [judge(models[_fold(r, folds)], replies.model_input(said_all(r))) for r in rows]


def said_all(row: Row) -> list[str]:
    return [str(row["subject"]), *sentences(str(row["body"]))]


def scored(got: list[tuple[str, str]]) -> dict[str, float]:
    """Precision and recall of rejections and offers, recall of both together, and false proposals."""
    found: dict[str, float] = {}
    for kind in ("rejection", "offer"):
        said_ = [w for w, h in got if h == kind]
        found[f"{kind} P"] = sum(w == kind for w in said_) / max(1, len(said_))
        found[f"{kind} R"] = sum(h == kind for w, h in got if w == kind) / max(1, sum(w == kind for w, _ in got))
    decisions = [h for w, h in got if w in ("rejection", "offer")]
    found["recall"] = sum(h == w for w, h in got if w in ("rejection", "offer")) / max(1, len(decisions))
    others = [h for w, h in got if w not in ("rejection", "offer")]
    found["false"] = sum(h in ("rejection", "offer") for h in others) / max(1, len(others))
    return found


def cross_validate(rows: list[Row]) -> list[tuple[float, ModelSetting, dict[str, float]]]:
    """Every setting of the grid, scored by 5-fold cross-validation on `rows` (all corpora together)."""
    said = [said_all(r) for r in rows]
    ruled = [replies._by_rules(s) for s in said]
    truth = [label(r) for r in rows]
    by_alpha = {alpha: verdicts(rows, alpha) for alpha in ALPHAS}
    results = []
    for alpha, setting in settings():
        got = [replies.combine(r, v, s, setting) for r, v, s in zip(ruled, by_alpha[alpha], said, strict=True)]
        results.append((alpha, setting, scored([(t, g.kind if g else "other") for t, g in zip(truth, got,
                                                                                            strict=True)])))
    return results


def choose(results: list[tuple[float, ModelSetting, dict[str, float]]]) -> tuple[float, ModelSetting]:
    """The rule, stated before any held-out measure: of the settings whose cross-validated false proposals
    are at most FALSE_LIMIT and whose precision for rejections and for offers is at least PRECISION_FLOOR,
    the one that finds the most rejections and offers; on a tie, the fewer false proposals, then the more
    cautious (larger margin, larger lift, more words, the plain-reply guard on), then the smaller smoothing
    and the earlier way of combining. If none qualifies: the rules alone."""
    def key(item: tuple[float, ModelSetting, dict[str, float]]) -> tuple[float, ...]:
        alpha, s, got = item
        return (got["recall"], -got["false"], s.margin, s.lift, s.min_words, float(s.plain_guard), -alpha,
                -HOWS.index(s.how))

    fit_ = [item for item in results if item[2]["false"] <= FALSE_LIMIT
            and min(item[2]["rejection P"], item[2]["offer P"]) >= PRECISION_FLOOR]
    if not fit_:
        return ALPHA, ModelSetting("rules", 0.0, 0.0, 0, False)
    best = max(fit_, key=key)
    return best[0], best[1]


def chosen() -> tuple[float, ModelSetting]:
    return choose(cross_validate(train_rows()))


def show(alpha: float, s: ModelSetting, got: dict[str, float]) -> str:
    return (f"{s.how:18} a={alpha:<4} m={s.margin:<5} lift={s.lift:<5} words={s.min_words:<3} "
            f"guard={'on ' if s.plain_guard else 'off'}  rej P {got['rejection P']:.3f} R {got['rejection R']:.3f}; "
            f"off P {got['offer P']:.3f} R {got['offer R']:.3f}; recall {got['recall']:.3f}; "
            f"false {got['false']:.4f}")


def main(argv: list[str]) -> None:
    rows = train_rows()
    if "--cv" in argv:
        print(f"-- {len(rows)} train rows, 5-fold cross-validation, naive Bayes, fine labels {FINE}")
        results = cross_validate(rows)
        for alpha, setting, got in results:
            print(show(alpha, setting, got))
        alpha, setting = choose(results)
        print(f"-- chosen (highest recall with false proposals <= {FALSE_LIMIT} and precision >= "
              f"{PRECISION_FLOOR}):")
        print(show(alpha, setting, next(g for a, s, g in results if (a, s) == (alpha, setting))))
        return
    TARGET.write_text(module_text(fit(rows), rows))
    print(f"wrote {TARGET} from {len(rows)} train rows")


if __name__ == "__main__":
    main(sys.argv[1:])
