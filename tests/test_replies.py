"""The phrase classifier for incoming mail, on labelled examples: automatic replies, rejections, offers,
and ordinary replies (including ones that mention a decision without being one)."""

from __future__ import annotations

from datetime import date

import pytest

from followup.core.replies import (SETTING, Reading, _by_rules, classify, read, return_date_text, sentences,
                                   setting_for, timing_sentences)

LABELLED = [
    # (subject, body, headers, expected)
    ("Re: Thank you", "Thanks Alex, great to meet you too. We'll be in touch.", {}, "reply"),
    ("Re: Checking in", "We're still deciding and hope to have news next week.", {}, "reply"),
    ("Re: Thank you", "No decision yet; the team is interviewing two more people.", {}, "reply"),
    ("Next steps", "We would like to invite you to a final round on Thursday.", {}, "next-round"),
    ("Re: Following up", "Apologies for the delay, we have not made a decision yet.", {}, "reply"),
    ("Automatic reply: Thank you", "I am away until December 7.", {}, "auto-reply"),
    ("Out of Office", "Thanks for your message.", {}, "auto-reply"),
    ("Re: Thank you", "Hello", {"Auto-Submitted": "auto-replied"}, "auto-reply"),
    ("Re: Thank you", "Hello", {"X-Autoreply": "yes"}, "auto-reply"),
    ("Re: Thank you", "Hello", {"Precedence": "auto_reply"}, "auto-reply"),
    ("Re: Thank you", "Hello", {"Auto-Submitted": "no"}, "reply"),
    ("Re: Status", "I'm currently out of the office with limited access to email.", {}, "auto-reply"),
    # a person who mentions being away (an attacker's pass: a rule for notices with no "I" took these for automatic)
    ("Re: Thank you", "On leave next week, so let's speak today. Does 3pm suit?", {}, "reply"),
    ("Re: Thank you", "Out of office now, so a short answer: yes, Tuesday works.", {}, "reply"),
    ("Re: Thank you", "Currently on annual leave, back on 2 December - I'll give you a call then to talk about next "
     "steps.", {}, "reply"),
    ("Re: Thank you", "Away from my desk until tomorrow, but I wanted to say we're still reviewing candidates and I'll "
     "update you by Friday.", {}, "reply"),
    ("Re: Thank you", "On holiday at the moment, catching up on my backlog. Could you send me two references?", {},
     "reply"),
    ("Your application", "Unfortunately, we have decided to move forward with other candidates.", {}, "rejection"),
    ("Update", "We regret to inform you that you were not selected for the role.", {}, "rejection"),
    ("Data Engineer role", "The position has been filled. We wish you the best.", {}, "rejection"),
    ("Re: Checking in", "After careful thought we will not be moving forward with your application.", {},
     "rejection"),
    ("Your application", "We have decided to pursue other candidates whose experience is closer.", {}, "rejection"),
    ("Offer", "We are delighted to offer you the position of Data Engineer.", {}, "offer"),
    ("Good news", "We'd like to offer you the role; attached is your offer letter.", {}, "offer"),
    ("Re: Thank you", "Please find attached the offer letter for your review.", {}, "offer"),
    ("Re: Thank you", "We hope to make an offer to someone by Friday and will let you know.", {}, "reply"),
    # in a mailing list's message the model proposes nothing: a newsletter's offer is none, and an
    # applicant-tracking system's rejection sent with list headers still is one, by the rules
    ("Product news", "We're thrilled to offer you early access to our new analytics suite.",
     {"List-Unsubscribe": "<mailto:leave@news.example>"}, "reply"),
    ("Your application", "Unfortunately you have not been selected for this position.",
     {"List-Unsubscribe": "<mailto:leave@ats.example>", "List-Id": "<careers.ats.example>"}, "rejection"),
]


@pytest.mark.parametrize(("subject", "body", "headers", "expected"), LABELLED)
def test_each_labelled_message(subject: str, body: str, headers: dict[str, str], expected: str) -> None:
    assert classify(subject, body, headers) == expected


@pytest.mark.parametrize("headers", [{"List-Id": "<news.example>"}, {"list-unsubscribe": "<https://x.example/u>"},
                                     {"Precedence": "bulk"}])
def test_the_model_proposes_nothing_in_a_mailing_lists_message(headers: dict[str, str]) -> None:
    quiet = setting_for(headers)
    assert (quiet.how, quiet.veto, quiet.short_words) == (SETTING.how, SETTING.veto, SETTING.short_words)
    assert quiet.margin == quiet.lift == quiet.short_margin == float("inf")
    assert setting_for({"Precedence": "auto_reply"}) == setting_for({}) == SETTING


@pytest.mark.parametrize(("body", "back"), [
    ("I am out of the office and will be back on Monday, December 7.", "Monday, December 7"),
    ("Returning 14 January 2027; for urgent matters call reception.", "14 January 2027"),
    ("I am away until Monday, November 30.", "Monday, November 30"),
    ("I am away with no access to email.", None),
    ("Out of office until Monday. For anything urgent, call reception.", "Monday"),  # a day alone, no "I"
    ("Currently on annual leave, back on 2 December.", "2 December"),
    ("I'll be out of the office till tomorrow.", "tomorrow"),
    # a day of the month says more than a day of the week (an attacker's pass)
    ("I'm away. Please allow until Wednesday for a reply; I return on 14 December.", "14 December"),
    ("Limited access to email until Friday. Fully back on Monday 6 January.", "Monday 6 January"),
    ("I'm on holiday till tomorrow week.", None),
    ("I'm on annual leave and back in 2 weeks.", None),  # a period, not a day ("in 2" before)
    ("I am out of the office until Tuesday the 3rd of December.", "Tuesday the 3rd of December"),
    ("I'm on leave. Til Monday.", "Monday"),
    # where they say they are back comes before how long they are away (an attacker's pass)
    ("I am away until Friday 6 December, returning Monday 9 December.", "Monday 9 December"),
    ("I'm on leave and back at my desk on Monday 8 December.", "Monday 8 December"),
    ("I am out of the office. I return to the office Monday morning.", "Monday"),
    ("I'm on leave. Emails received from Friday until Monday will be answered on 12 December.", "12 December"),
    ("I'm on leave. Please contact my colleague Sam, who is in until Tuesday.", None),
    ("I will be back Monday week.", None),
])
def test_the_return_date_of_an_absence(body: str, back: str | None) -> None:
    assert return_date_text(body) == back


# Phrasings the rules were taught after reading the train rows they got wrong (sentences in our own words):
# a decision said in other words, and plain messages that only mention one (a condition, a supposed offer,
# a place at an event).
PHRASED = [
    ("Careers evening", "We would like to offer you a place at our spring careers breakfast next month.", "reply"),
    ("Graduates", "We would like to offer you a place on our graduate programme from September.", "offer"),
    ("Received", "Should you not hear from us within two weeks, please take it that you were unsuccessful.",
     "reply"),
    ("Re: Salary", "Yes, the salary can be reviewed once an offer is agreed with the team.", "reply"),
    ("Re: Visa", "We sponsor visas, and our lawyers help if an offer is accepted.", "reply"),
    ("Re: Update", "Sorry, we are not going to move forward, the budget moved.", "rejection"),
    ("Re: Update", "I'm afraid we won't be proceeding - we need someone local.", "rejection"),
    ("Re: Update", "We are not taking it further this time.", "rejection"),
    ("Re: Update", "We have not been able to take you forward at this stage.", "rejection"),
    ("Shortlist", "Sadly you haven't been selected for the shortlist.", "rejection"),
    ("Re: Any news", "We haven't reached a decision and will write next week.", "reply"),
    ("Vacancy", "The board decided not to fill the vacancy this year.", "rejection"),
    ("Vacancy", "The post has been withdrawn after a funding review.", "rejection"),
    ("Vacancy", "We have closed the role for now and thank you for your time.", "rejection"),
    ("Fellowship", "The committee has offered the research post to another applicant.", "rejection"),
    ("Studentship", "The studentship was offered to and accepted by a different student.", "rejection"),
    ("Re: Chef", "In the end the panel chose someone with more field experience.", "rejection"),
    ("Re: Chef", "We would love you to join the kitchen team from March.", "offer"),
    ("Re: Manager", "Good news, we want you for the evening manager job!", "offer"),
    ("Analyst", "Please find our offer of the Analyst position below.", "offer"),
    ("Re: Role", "Offer attached, call me when you have read it.", "offer"),
    ("Research", "I am pleased to offer you the funded research studentship.", "offer"),
    # read on the train rows of the fourth to twelfth corpora (their dev and held-out rows were never read)
    ("Outcome", "Having met everyone, we do not intend to extend you an offer.", "rejection"),
    ("Outcome", "I'm sorry, but we don't think we can offer you the warehouse job.", "rejection"),
    ("Re: Your offer letter", "Yes, the start date in it can move by a week.", "reply"),
    ("Re: Café", "We can't do Tuesday for a chat, but we'd like to offer you the job.", "offer"),
    ("Re: Porter", "the job's yours if you want it. Can you start Monday?", "offer"),
    ("Re: Nurse", "If you are still interested, we would like to offer you the Practice Nurse post.", "offer"),
    ("Re: Nurse", "If you are interested, we would like to offer you a tour of the ward.", "reply"),
    ("Appointment", "The board has agreed to appoint you as Finance Director from April.", "offer"),
    ("Re: Trial", "Sorry pal, we're going to pass. Good luck with it.", "rejection"),
    ("Re: Trial", "We're going to pass your details to the manager at our other site.", "reply"),
    ("Re: Shop", "Thanks but no, we found someone closer.", "rejection"),
    ("Shortlist", "You have been selected for round two of the process.", "next-round"),
    ("Re: Bartender", "yo, sorry man we went w someone else. hit us up in spring", "rejection"),
    ("Re: Salon", "Sorry love, I've given the chair to someone else. Good luck x", "rejection"),
    ("Update", "I wanted to let you know we've made a hire for the Solutions Engineer position.", "rejection"),
    ("Re: Ops", "We're not going forward on the ops role. Thanks for everything.", "rejection"),
    ("Re: Fitter", "We won't be taking you on, sorry. Thanks for coming to see us.", "rejection"),
    ("Re: Shifts", "Good news, the site wants you for weekend shifts from the 5th.", "offer"),
    ("Re: Shifts", "The manager would like you for a second interview on Friday.", "next-round"),
    ("Re: Harvest", "One person cancelled, so we have a place for you in the harvest team.", "offer"),
    ("Re: Careers", "We have a place for you at our open evening next Tuesday.", "reply"),
    ("Welcome aboard", "We're pleased to tell you the role is yours.", "offer"),
    # what an attacker tried against the rules above (none is a decision of the kind the rule would say)
    ("Re: Thanks", "I'm going to pass along your notes to the hiring manager; more next week.", "reply"),
    ("Re: Thanks", "The role is not for us to decide alone; the board meets Tuesday.", "reply"),
    ("Re: Thanks", "You have been selected as one of three finalists; we'll decide by Friday.", "reply"),
    ("Re: Thanks", "The job is yours to lose: one more conversation with the CEO next week.", "reply"),
    ("Re: Thanks", "I couldn't be happier to say that we are offering you the role.", "offer"),
    ("Re: Thanks", "Not only are we offering you the role, we are adding a signing bonus.", "offer"),
    ("Re: Thanks", "It won't surprise you that the job is yours.", "offer"),
    ("Re: Thanks", "We can't wait to have you join the team in January.", "offer"),
    # short notes, said as small employers text them (the twenty-fifth and twenty-sixth corpora's train rows)
    ("", "ur in. start mon 5am, come round the back", "offer"),
    ("", "We take you. Start thursday 4 o'clock.", "offer"),
    ("", "u start tmrw. 4pm", "offer"),
    ("", "10th is fine, job's still urs", "offer"),
    ("", "It was close but we went the other way. Good luck with the hunt.", "rejection"),
    ("", "apologies, we filled it yesterday", "rejection"),
    # ... and what an attacker sent against those rules: plain replies, none a decision
    ("Re: Thanks", "Resending the calendar invite in case you didn't get it.", "reply"),
    ("Re: Thanks", "I went the other way round this time: the panel first, then the technical test.", "reply"),
    ("Re: Thanks", "We have filled the job application form in for you from your CV.", "reply"),
    ("Re: Thanks", "Thanks - we filled it out on our side, so you don't need to.", "reply"),
    ("Re: Thanks", "The traffic was bad so we went the other way, and we are now running 10 minutes late.", "reply"),
    ("Re: Thanks", "You can start tomorrow with the coding exercise; it takes two hours.", "reply"),
    ("Re: Thanks", "You can start next week with the reference forms.", "reply"),
    ("Re: Thanks", "You can start Monday's call by dialling the number below.", "reply"),
    ("Re: Thanks", "Tell me which office you are in, and I'll send the room number.", "reply"),
    ("Re: Thanks", "On the day, we're going to go with you through the case study.", "reply"),
    ("Re: Thanks", "I want you, and everyone on the panel, to feel comfortable on Tuesday.", "reply"),
    ("Re: Thanks", "At the office tour, we take you, then the other candidates, around the floor.", "reply"),
    ("Re: Thanks", "The parking pass? It's yours to keep for the on-site day.", "reply"),
    ("Re: Thanks", "The 9am slot - it's yours.", "reply"),
    ("Re: Thanks", "Welcome to the team interview stage!", "reply"),
    ("Re: Thanks", "You are our new favourite candidate for the shortlist; we'll decide on Friday.", "reply"),
    ("Re: Thanks", "Welcome to the team Slack!", "reply"),
    # someone's "yes" passed on and "it wasn't you" are no rule: an attacker's plain replies took them for an offer
    # or a rejection 12 times in 44 ("Manager said yes, video is fine"), and the model finds the real ones
    ("Re: Remote interview", "Manager said yes, video is fine.", "reply"),
    ("Re: Can I bring my dog?", "Office manager says yes!", "reply"),
    ("Re: Hybrid?", "The answer is yes: the role is hybrid, two days in the office.", "reply"),
    ("Re: Quiz", "Congratulations, you got it!", "reply"),
    ("Re: Portal", "The login error? It wasn't you. The portal was down.", "reply"),
    ("Re: Was it my connection?", "No - it wasn't you.", "reply"),
]


@pytest.mark.parametrize(("subject", "body", "expected"), PHRASED)
def test_phrasings_learnt_from_the_train_rows(subject: str, body: str, expected: str) -> None:
    """The rules alone, so that the model cannot make up for them."""
    assert (_by_rules([subject, *sentences(body)]) or Reading("reply")).kind == expected


# An attacker's plain replies, the last of PHRASED: the whole classifier, rules and model, must leave them plain.
ATTACKERS = PHRASED[PHRASED.index(("Re: Remote interview", "Manager said yes, video is fine.", "reply")):]


@pytest.mark.parametrize(("subject", "body", "expected"), ATTACKERS)
def test_an_attackers_plain_replies_are_plain_replies(subject: str, body: str, expected: str) -> None:
    """The whole classifier, rules and model: none of these is proposed as a decision."""
    assert read(subject, body, {}).kind == expected


def wrapped(body: str) -> str:
    """A body as an employer writes it, with a greeting and a sign-off."""
    return f"Hello Alex,\n\n{body}\n\nBest wishes,\nSiobhan"


OTHER_JOBS = [
    ("Re: Thank you", "We have already filled the other position on the team, so this one is now the priority.",
     "reply"),
    ("Re: Thank you", "The other role has been filled, so yours is the one we are focusing on.", "reply"),
    ("Re: Thank you", "We closed our other vacancy last week; the panel meets about yours on Monday.", "reply"),
    ("Re: Thank you", "We have filled the position.", "rejection"),
    ("Re: Thank you", "We would like to offer you the other position instead.", "offer"),
    ("Re: Thank you", "We have decided to offer the role to another candidate.", "rejection"),
]


@pytest.mark.parametrize(("subject", "body", "expected"), OTHER_JOBS)
def test_another_job_filled_is_not_a_decision_about_theirs(subject: str, body: str, expected: str) -> None:
    """A sentence saying another opening was filled or closed decides nothing, for the rules nor the model (the
    model once read "filled" and "position" in one as a rejection); the candidate's own job filled still does."""
    assert classify(subject, wrapped(body), {}) == expected


NOT_INVITATIONS = [
    "Thank you for attending the second round interview at our Leeds office on Tuesday.",
    "Your final panel interview is confirmed for Monday 7 December at 2pm.",
    "Could we move your second round interview to Wednesday at 11?",
    "Change of time - your second interview",
    "Thanks for joining our final interview at the Kobe office.",
    "The board would like to bring you in as interim finance director.",
    "The chef says yes. Can't wait to have you in the kitchen.",
    "Sorry Ben, no 2nd interview I'm afraid.",
    "After discussion with the hiring manager we will not continue the process with you.",
    "We would love to have you back as a candidate for future roles.",
]
INVITATIONS = [
    "We would like to invite you to a final interview with the managing director.",
    "We'd love to have you back for a panel interview next week.",
    "We'd love to have you in for a second-round interview with the engineering leads.",
    "We have no other interview slots left, but we would like to invite you to a final interview on Friday.",
    "No phone interview needed: we would like to invite you to the final round on site.",
]


@pytest.mark.parametrize("body", NOT_INVITATIONS)
def test_a_round_mentioned_as_past_or_booked_is_no_invitation(body: str) -> None:
    """A second round thanked for, confirmed, moved or joined already is not a new one to add, for the rules
    nor the model; "bring you in as" a role, or "have you in the kitchen", is no round at all, and "no 2nd
    interview" or "not continue the process" refuses one."""
    assert classify("Re: Thank you", wrapped(body), {}) != "next-round"


@pytest.mark.parametrize("body", INVITATIONS)
def test_an_invitation_to_a_round_still_is_one(body: str) -> None:
    assert classify("Re: Thank you", wrapped(body), {}) == "next-round"


STILL_DECIDING = [
    # a message that reads as still deciding: its sentence about when, with or without a word about a decision
    ("The panel is still split and we have not decided yet. Hopefully this week.", "Hopefully this week."),
    ("Thanks for your note. We hope to decide by the end of next week.", "We hope to decide by the end of next week."),
]
NOT_THEIR_TIMELINE = [
    # a deadline for documents, a meeting asked for: no timeline, though they say "confirm" or name a day, even in
    # a message still deciding
    ("", "Please send the signed forms back by Friday so we can confirm your start date."),
    ("", "Can we have a quick phone call on Monday about salary expectations?"),
    ("We're still deciding, sorry. ", "In the meantime please send your references by Friday."),
]


@pytest.mark.parametrize(("body", "sentence"), STILL_DECIDING)
def test_a_message_still_deciding_says_when(body: str, sentence: str) -> None:
    said = timing_sentences("Re: Thank you", f"Hi Sam,\n\n{body}\n\nBest,\nJo", date(2026, 11, 23))
    assert sentence in [written for written, _ in said]


@pytest.mark.parametrize(("before", "sentence"), NOT_THEIR_TIMELINE)
def test_a_meeting_or_a_deadline_is_not_their_timeline(before: str, sentence: str) -> None:
    said = timing_sentences("Re: Thank you", f"Hi Sam,\n\n{before}{sentence}\n\nBest,\nJo", date(2026, 11, 23))
    assert sentence not in [written for written, _ in said]


def test_a_megabyte_of_text_is_read_up_to_its_first_twenty_thousand_characters() -> None:
    """The model took 8 seconds over a megabyte of "1 1 1 ..."; no message of the corpora is a tenth as long."""
    from followup.core.replies import own_words

    long = "We have decided not to proceed with your application. " + "1 " * 500_000
    assert len(own_words(long)) == 20_000 and own_words(long).startswith("We have decided not to proceed")
    assert len(own_words("Short and sweet.")) == len("Short and sweet.")
