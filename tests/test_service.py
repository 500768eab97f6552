from __future__ import annotations

import pytest
from conftest import at

from followup.core.errors import InputError, NotFoundError
from followup.usecases.service import Service

FIELDS = {"company": "Quixotiq", "role": "Data Engineer", "when": "2026-11-19T14:00",
          "decision_timeline": "within two weeks",
          "interviewers": [{"name": "Dana Whitfield", "email": "dana@q.example"}, {"name": "Siobhán Ní Bhriain"}]}


def test_add_parses_the_timeline_from_the_interview_day(service: Service) -> None:
    view = service.add(FIELDS)
    assert view.interview.id == 1 and str(view.interview.decision_by) == "2026-12-03"


def test_sent_to_a_name_without_email_is_matched_by_name(service: Service) -> None:
    service.add(FIELDS)
    event, view = service.log(1, "sent", kind="thank-you", to="siobhán ní bhriain", at="2026-11-19T18:00")
    assert event.to == "Siobhán Ní Bhriain" and event.at == at("2026-11-19 18:00")
    assert [s.to.name for s in view.plan.steps if s.kind == "thank-you"] == ["Dana Whitfield"]


def test_an_inquiry_goes_to_the_primary_contact_by_default(service: Service) -> None:
    service.add(FIELDS)
    event, _ = service.log(1, "sent", kind="status-inquiry", at="2026-11-19T18:00")
    assert event.to == "dana@q.example"


def test_thanks_to_whom_must_be_said_when_there_are_several(service: Service) -> None:
    service.add(FIELDS)
    with pytest.raises(InputError, match="^to: expected which interviewer you thanked"):
        service.log(1, "sent", kind="thank-you")


def test_only_sent_events_take_a_kind(service: Service) -> None:
    service.add(FIELDS)
    with pytest.raises(InputError, match="^kind: expected nothing for a 'reply' event"):
        service.log(1, "reply", kind="thank-you")


def test_undo_with_nothing_logged(service: Service) -> None:
    service.add(FIELDS)
    with pytest.raises(InputError, match="has none"):
        service.undo(1)


def test_edit_keeps_the_events_and_replans(service: Service) -> None:
    service.add(FIELDS)
    service.log(1, "reply", at="2026-11-20T08:00")
    view = service.edit(1, {"decision_timeline": "by the end of the month"})
    assert str(view.interview.decision_by) == "2026-11-30" and [e.type for e in view.events] == ["reply"]


def test_delete_then_it_is_gone(service: Service) -> None:
    service.add(FIELDS)
    service.delete(1)
    with pytest.raises(NotFoundError):
        service.show(1)
    assert service.list_interviews() == []


def test_a_recipient_is_named_the_same_way_when_logging_drafting_and_checking(service: Service) -> None:
    service.add(FIELDS)
    event, _ = service.log(1, "sent", kind="thank-you", to="Dana W. <DANA@Q.example>", at="2026-11-19T18:00")
    assert event.to == "dana@q.example"
    [draft] = service.draft(1, to="SIOBHÁN NÍ BHRIAIN")
    assert draft.to.name == "Siobhán Ní Bhriain"
    findings = service.check_text(draft.text, 1, to="siobhán ní bhriain")
    assert not [f for f in findings if f.rule == "name-mismatch"]


def test_an_unknown_recipient_is_refused_with_the_known_ones_listed(service: Service) -> None:
    service.add(FIELDS)
    known = r"\(dana@q\.example, Siobhán Ní Bhriain\), got 'sam@q\.example'$"
    with pytest.raises(InputError, match="^to: expected the email or name of one of this interview's interviewers "
                       + known):
        service.log(1, "sent", kind="thank-you", to="sam@q.example")
    with pytest.raises(InputError, match="^to: expected the email or name of a recipient of these drafts " + known):
        service.draft(1, kind="thank-you", to="sam@q.example")
    with pytest.raises(InputError, match="^to: expected the email or name of one of this interview's recipients "
                       + known):
        service.check_text("Hi Sam,\n\nThanks.\n\nAlex Rivera\n", 1, to="sam@q.example")
    assert service.show(1).events == ()


@pytest.mark.parametrize(("event", "details", "message"), [
    ("called", {}, "^event: expected one of sent, reply, rejected, offer, withdrawn, timeline, got 'called'$"),
    ("sent", {"kind": "move-on"}, "^kind: expected one of thank-you, late-thank-you, status-inquiry, "
     "rejection-reply, feedback-request, reconnect, got 'move-on'$"),
    ("sent", {"kind": "status-inquiry", "channel": "fax"},
     "^channel: expected one of email, phone, handwritten, got 'fax'$"),
])
def test_a_word_outside_its_vocabulary_is_refused_and_nothing_is_logged(service: Service, event: str,
                                                                          details: dict[str, str],
                                                                          message: str) -> None:
    service.add(FIELDS)
    with pytest.raises(InputError, match=message):
        service.log(1, event, **details)
    assert service.show(1).events == ()


def test_a_likely_duplicate_is_refused_by_the_use_case_unless_forced(service: Service) -> None:
    from followup.core.errors import DuplicateError

    first = service.add({"company": "Northwind Analytics", "role": "Analyst", "when": "2026-11-19T10:00"})
    with pytest.raises(DuplicateError) as caught:  # the same company and role in any case and spacing, same time
        service.add({"company": "northwind  analytics", "role": "ANALYST", "when": "2026-11-19T15:00+00:00"})
    assert caught.value.existing == first.interview.id and caught.value.field == "when"
    assert len(service.list_interviews()) == 1
    assert service.add({"company": "Northwind Analytics", "role": "Analyst", "when": "2026-11-19T10:00"},
                       force=True).interview.id == 2
    for other in ({"role": "Senior Analyst"}, {"when": "2026-11-19T11:00"}, {"company": "Northwind"}):
        service.add({"company": "Northwind Analytics", "role": "Analyst", "when": "2026-11-19T10:00", **other})
    assert len(service.list_interviews()) == 5


def test_adding_several_refuses_a_likely_duplicate_all_or_none(service: Service) -> None:
    from followup.core.errors import DuplicateError

    service.add({"company": "Northwind", "role": "Analyst", "when": "2026-11-19T10:00"})
    fresh = {"company": "Borealis", "role": "Analyst", "when": "2026-11-20T10:00"}
    with pytest.raises(DuplicateError) as caught:  # a stored one
        service.add_many([fresh, {"company": "NORTHWIND", "role": "analyst", "when": "2026-11-19T10:00"}])
    assert caught.value.existing == 1 and len(service.list_interviews()) == 1
    with pytest.raises(DuplicateError, match="another one being added"):  # one twice in the same batch
        service.add_many([fresh, fresh])
    assert len(service.list_interviews()) == 1
    assert [d is not None for d in service.duplicates([fresh, fresh, {"company": "Northwind", "role": "Analyst",
                                                                      "when": "2026-11-19T10:00"}])] == [
        False, True, True]
    assert len(service.add_many([fresh, fresh], force=True)) == 2
