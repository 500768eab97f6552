"""The vocabularies: each declared once as a Literal, its tuple read from it in the documented order."""

from __future__ import annotations

import pytest

from followup.core.model import (CHANNELS, CLOSING_EVENTS, EVENT_TYPES, FINDING_SEVERITIES, KINDS, OUTBOX_STATES,
                                 STATUSES, narrow)


def test_each_vocabulary_lists_its_words_in_the_documented_order() -> None:
    assert KINDS == ("thank-you", "late-thank-you", "status-inquiry", "rejection-reply", "feedback-request",
                     "reconnect", "move-on")
    assert CHANNELS == ("email", "phone", "handwritten")
    assert EVENT_TYPES == ("sent", "reply", "rejected", "offer", "withdrawn", "timeline", "skipped")
    assert STATUSES == ("upcoming", "active", "replied", "rejected", "offer", "withdrawn")
    assert CLOSING_EVENTS == ("rejected", "offer", "withdrawn")
    assert OUTBOX_STATES == ("scheduled", "sending", "sent", "failed", "cancelled")
    assert FINDING_SEVERITIES == ("error", "warning")


@pytest.mark.parametrize(("value", "expected"), [("phone", "phone"), ("Phone", None), (" phone", None),
                                                 ("fax", None), ("", None), (None, None), (1, None)])
def test_narrow_finds_a_word_only_as_it_is_spelt(value: object, expected: str | None) -> None:
    assert narrow(value, CHANNELS) == expected
