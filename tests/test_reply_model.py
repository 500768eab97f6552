"""The trained reply model: the shipped weights are what tests/data/replies/train.py makes of its rows (so
they cannot drift from the data or be edited by hand), the model says which sentence decided, and it never
decides on a sentence that asks, supposes or hopes."""

from __future__ import annotations

import time
from pathlib import Path
from types import ModuleType

import scripts
from followup.core import reply_weights
from followup.core.replies import MODEL_MARGIN, MODEL_SHORT_MARGIN, read
from followup.core.reply_model import Weights, features, judge

SCRIPT = Path(__file__).parent / "data" / "replies" / "train.py"


def _train() -> ModuleType:
    return scripts.load(SCRIPT)


def test_the_shipped_weights_are_what_the_training_script_makes_of_its_rows() -> None:
    """The train and dev rows of the corpora split so, and every row of the sealed corpora measured already:
    never a held-out or fresh row of another corpus."""
    train = _train()
    rows = train.train_rows()
    assert rows and all(row["split"] in ("train", "dev") or row["source"] in train.VALIDATION for row in rows)
    assert {row["source"] for row in rows} >= set(train.VALIDATION)
    assert Path(reply_weights.__file__).read_text() == train.module_text(train.fit(rows), train.fit(train.short(rows)),
                                                                         rows)


def test_an_author_left_out_gives_the_model_of_the_other_rows() -> None:
    """Cross-validation takes an author's counts off the whole (`left_out`) instead of counting the rest again:
    the weights must be the same as those fitted on the other rows."""
    train = _train()
    rows = [row for row in train.train_rows() if row["source"] in ("fourth.jsonl", "fifth.jsonl", "sixth.jsonl")]
    counted = train.left_out(rows, ["fifth.jsonl", "not-trained-on.jsonl"])
    assert set(counted) == {"fifth.jsonl", None}
    assert train.weigh(counted["fifth.jsonl"], 0.5) == train.fit([r for r in rows if r["source"] != "fifth.jsonl"],
                                                                  alpha=0.5)
    assert train.weigh(counted[None]) == train.fit(rows)


def test_features_are_words_word_pairs_and_word_triples() -> None:
    assert features("We\u2019ve filled the role, 2 weeks ago.") == [
        "we've", "filled", "the", "role", "0", "weeks", "ago",
        "we've filled", "filled the", "the role", "role 0", "0 weeks", "weeks ago",
        "we've filled the", "filled the role", "the role 0", "role 0 weeks", "0 weeks ago"]


TOY = Weights(("other", "rejection"), (-0.1, -2.0), {
    "decline": (-6.0, -1.0), "thanks": (-1.0, -1.5), "chat": (-1.0, -4.0)})


def test_the_model_names_the_sentence_that_decided() -> None:
    verdict = judge(TOY, ["Re: us", "Thanks for your time.", "We decline, decline, decline.", "Thanks again."])
    assert verdict.kind == "rejection" and verdict.because == "We decline, decline, decline."
    assert verdict.margin > 0
    assert judge(TOY, ["Thanks for the chat."]) == judge(TOY, ["Thanks for the chat."])
    assert judge(TOY, ["Thanks for the chat."]).kind == "other"
    assert judge(TOY, ["Thanks for the chat."]).because is None


# Neutral to the toy weights below; the toy weights that must decide are sure by twice the shipped margin, whatever
# the cross-validation chose. Twice over, it is long enough not to be a short message (MODEL_SHORT_WORDS).
TIME = "Thank you for meeting the team and for all the time you gave us over the last weeks.\n\n"


def test_a_sentence_that_asks_or_supposes_does_not_decide_for_the_model() -> None:
    strong = Weights(("other", "rejection"), (0.0, 0.0), {"decline": (-1.0 - 2 * MODEL_MARGIN, -1.0)})
    assert read("Hello", f"Hi Alex,\n\n{TIME}We decline.\n\nBest,\nSam", {}, strong, strong).kind == "rejection"
    assert read("Hello", f"Hi Alex,\n\n{TIME}We decline.\n\nBest,\nSam", {}, strong, strong).because == "We decline."
    assert read("Hello", f"Hi Alex,\n\n{TIME}Should we decline?\n\nBest,\nSam", {}, strong, strong).kind == "reply"
    supposing = f"Hi Alex,\n\n{TIME}If you decline, tell us.\n\nBest,\nSam"
    assert read("Hello", supposing, {}, strong, strong).kind == "reply"


def test_the_model_decides_only_when_sure() -> None:
    """Sure by its margin, or by the short margin in a short message (MODEL_SHORT_WORDS)."""
    unsure = Weights(("other", "rejection"), (0.0, 0.0), {"decline": (-1.0, -1.0 + MODEL_SHORT_MARGIN / 2)})
    assert read("Hello", "We decline.", {}, unsure, unsure).kind == "reply"
    fair = Weights(("other", "rejection"), (0.0, 0.0), {"decline": (-1.0, -1.0 + MODEL_SHORT_MARGIN)})
    assert read("Hello", "We decline.", {}, fair, fair).kind == "rejection"
    under = Weights(("other", "rejection"), (0.0, 0.0), {"decline": (-1.0, -1.0 + MODEL_MARGIN - 1)})
    letter = f"Hi Alex,\n\n{TIME}{TIME}We decline.\n\nBest,\nSam"  # 38 words
    assert read("Hello", letter, {}, under, under).kind == "reply"


def test_a_short_message_is_judged_by_the_model_of_short_messages() -> None:
    """Under MODEL_SHORT_WORDS words, `short` reads the message; a letter is read by the model of every message."""
    sure = Weights(("other", "rejection"), (0.0, 0.0), {"decline": (-1.0 - 2 * MODEL_MARGIN, -1.0)})
    never = Weights(("other", "rejection"), (0.0, 0.0), {"decline": (-1.0, -1.0 - 2 * MODEL_MARGIN)})
    assert read("Hello", "We decline.", {}, never, sure).kind == "rejection"
    assert read("Hello", "We decline.", {}, sure, never).kind == "reply"
    letter = f"Hi Alex,\n\n{TIME}{TIME}We decline.\n\nBest,\nSam"  # 38 words
    assert read("Hello", letter, {}, sure, never).kind == "rejection"
    assert read("Hello", letter, {}, never, sure).kind == "reply"


def test_a_sure_rejection_outweighs_the_rules_invitation() -> None:
    """The rules read an invitation in "to a final interview"; the model, sure of a rejection, decides."""
    body = f"Hi Alex,\n\n{TIME}{TIME}We decline to invite you to a final interview.\n\nBest,\nSam"
    strong = Weights(("other", "rejection"), (0.0, 0.0), {"decline": (-1.0 - 2 * MODEL_MARGIN, -1.0)})
    found = read("Hello", body, {}, strong, strong)
    assert (found.kind, found.because) == ("rejection", "We decline to invite you to a final interview.")
    assert read("Hello", body, {}, TOY, TOY).kind == "next-round"  # a model that is not sure leaves it to the rules


def test_the_shipped_model_reads_thousands_of_messages_a_second() -> None:
    said = ["Your application", "Hi Alex,", "Thank you for taking the time to meet the team last week.",
            "After a lot of thought we will be continuing with candidates whose background is closer to the brief.",
            "We wish you every success.", "Best,", "Dana"]
    judge(reply_weights.WEIGHTS, said)
    started = time.perf_counter()
    for _ in range(2000):
        judge(reply_weights.WEIGHTS, said)
    assert 2000 / (time.perf_counter() - started) >= 2000


def test_what_follows_the_sign_off_does_not_decide() -> None:
    strong = Weights(("other", "rejection"), (0.0, 0.0), {"decline": (-1.0 - 2 * MODEL_MARGIN, -1.0)})
    footer = f"Hi Alex,\n\n{TIME}Thanks for the update.\n\nBest,\nSam\n\nWe decline all liability for this e-mail."
    assert read("Hello", footer, {}, strong, strong).kind == "reply"
    declining = footer.replace("Thanks for the update.", "We decline.")
    assert read("Hello", declining, {}, strong, strong).because == "We decline."


def test_a_subject_that_answers_is_not_an_invitation() -> None:
    body = "Hi Alex,\n\nThursday at 10 works for us; the room is booked.\n\nBest,\nSam"
    assert read("Re: Second interview", body, {}, TOY, TOY).kind == "reply"
    assert read("Second interview", body, {}, TOY, TOY).kind == "next-round"


def test_an_automatic_reply_or_a_supposition_is_not_an_invitation() -> None:
    away = "I am out of the office until Monday, December 7, with limited access to email."
    assert read("Automatic reply: Final interview", away, {}, TOY, TOY).kind == "auto-reply"
    ack = "Hi Alex,\n\nIf you are selected for an interview, a member of our team will contact you.\n\nBest,\nSam"
    assert read("Your application", ack, {}, TOY, TOY).kind == "reply"


def test_the_shipped_thresholds_are_what_the_development_corpora_choose() -> None:
    """The margin, lift, guards, way of combining and smoothing are not set by hand: `train.py --cv` chooses
    them by its stated rule on the development corpora's dev rows, each author left out in turn, and the
    shipped constants must be that choice."""
    from followup.core import replies

    train = _train()
    alpha, setting = train.chosen()
    assert (alpha, setting) == (train.ALPHA, replies.SETTING)
    assert setting == replies.ModelSetting(replies.MODEL_COMBINE, replies.MODEL_MARGIN, replies.MODEL_LIFT,
                                           replies.MODEL_SHORT_WORDS, replies.MODEL_SHORT_MARGIN,
                                           replies.MODEL_PLAIN_GUARD, replies.MODEL_VETO)


def test_a_short_message_needs_its_own_margin_and_no_lift() -> None:
    from followup.core.replies import Evidence, ModelSetting, combine

    # "decline" gives a margin of 10 per mention: below the setting's margin of 20, above its short margin of 8
    fair = Weights(("other", "rejection"), (0.0, 0.0), {"decline": (-11.0, -1.0)})

    def reading(said: list[str], setting: ModelSetting) -> str | None:
        found = combine(Evidence.of(None, judge(fair, said), said), setting)
        return found.kind if found else None

    short = ["Hello", "We decline."]
    longer = ["Hello", "We decline.", "Thank you for the time you gave us over the last few weeks, and for the care."]
    shorts = ModelSetting("rules, then model", 20.0, 0.0, 15, 8.0)
    assert reading(short, shorts) == "rejection"
    assert reading(longer, shorts) is None  # 19 words: not short, and 10 is below the margin of 20
    assert reading(short, ModelSetting("rules, then model", 20.0, 0.0, 15, 12.0)) is None
    assert reading(short, ModelSetting("rules, then model", 20.0, 0.0)) is None  # no short messages
    # the short margin is needed even where the ordinary margin would have been enough
    assert reading(short, ModelSetting("rules, then model", 4.0, 0.0, 15, 12.0)) is None
    assert reading(short, ModelSetting("rules, then model", 4.0, 0.0)) == "rejection"
    assert reading(longer + ["We decline."], shorts) == "rejection"  # 20 by the margin
    plain = ModelSetting("rules, then model", 4.0, 0.0, 0, 0.0, True)
    meeting = ["Hello", "We decline the 10 am slot, 2 pm works for us."]
    assert reading(meeting, plain) is None
    assert reading(meeting, ModelSetting("rules, then model", 4.0, 0.0)) == "rejection"


def test_the_training_script_refuses_a_mistyped_option_before_writing() -> None:
    import subprocess
    import sys

    before = Path(reply_weights.__file__).stat().st_mtime_ns
    done = subprocess.run([sys.executable, str(SCRIPT), "--cvv"], capture_output=True, text=True,
                          env={"PYTHONPATH": str(SCRIPT.parents[3] / "src")})
    assert done.returncode == 2 and "unrecognized arguments: --cvv" in done.stderr
    assert Path(reply_weights.__file__).stat().st_mtime_ns == before
