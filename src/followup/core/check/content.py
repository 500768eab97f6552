"""Rules about what a message of its kind must have, and when it may go: thanks, a personal touch, interest,
length, subject, greeting and sign-off, and timing."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..display import day_in_text
from ..policy import Policy, word_limit
from .document import Document
from .hits import Hit

_THANKS = re.compile(r"\b(thank|thanks|thankyou|thanking|thanked|thankful|grateful|gratitude|appreciate[sd]?|"
                     r"appreciation|appreciative)\b", re.IGNORECASE)
_INTEREST = re.compile(
    r"\b(interest(?:ed)?|enthusias\w*|excit\w*|eager\w*|keen\w*|passionate|thrilled|delighted to|"
    r"would love to|would welcome|glad to (?:bring|contribute|join|help)|look(?:ing)? forward to (?:joining|"
    r"contributing|working|helping|the chance)|hope to (?:join|contribute|work)|want to (?:join|contribute|be part)|"
    r"great fit|appeal\w*|motivated|first choice|(?:honou?red|happy|glad|proud) to (?:join|be part|contribute|"
    r"take on|work|help|bring)|hope to be part|(?:would|'d) (?:still |really |most |very much )*(?:like|love) to "
    r"(?:work|join|contribute|be part|be considered|help)|(?:glad|happy|delighted|pleased|keen) to be considered|"
    r"(?:would|'d) (?:really |still |very much )*love to (?:be|join|work|help|contribute)|count me in|"
    r"(?:still|remain|very|really|am) (?:very |really |genuinely )?(?:keen|eager|excited)|"
    r"(?:keep|bear) me in mind|think of me (?:for|if|when)|(?:would|'d) jump at the chance|"
    r"(?:would|'d) (?:\w+ ){0,3}(?:like|love) (?:very much |nothing more than )?to (?:join|work|be part|contribute|"
    r"do|help|be considered)|(?:joining|working (?:with|at|for)) [^.!?\n]{0,60}\b(?:is|remains) (?:still )?"
    r"(?:very much )?my (?:hope|goal|wish|first choice)|considered for (?:future|other|similar|any)|"
    r"(?:would|'d) (?:really |truly |very much )?(?:enjoy|relish) (?:working|joining|contributing|helping|being)|"
    r"(?:future|other|similar) (?:roles|openings|positions|opportunities)(?: at| with| on)?)\b", re.IGNORECASE)
_SPECIFIC = re.compile(
    r"\b(?:conversation|discussion|talk|chat|exchange|hearing|learning|talking|discussing|discussed|mentioned|"
    r"described|shared|showed|explained|walked me through|your (?:point|idea|question|view|thoughts?))\b"
    r"(?: (?:about|on|of|how|that|the way|why|what))?\s+(?!the (?:role|position|job|company|team|opportunity)\b)"
    r"(?:\w+\s+){2,}", re.IGNORECASE)
_STOP = {"the", "and", "for", "with", "from", "into", "that", "this", "your", "their", "our", "about", "over",
         "how", "what", "team", "work", "role", "new", "its", "per", "more", "less", "than", "via", "between", "across",
         "using", "when", "which"}
_GENERIC_SUBJECTS = {"follow up", "follow-up", "followup", "following up", "hello", "hi", "hey", "question",
                     "quick question", "update", "checking in", "no subject", "(no subject)", "re", "re:",
                     "touching base", "hi there", "interview", "application", "job", "thank you", "thanks",
                     "greetings", "important", "urgent", "fyi"}
# What each kind must say, from the guide: a thank-you thanks, recalls the conversation and restates interest;
# an inquiry asks politely and restates interest (the guide asks no thanks of it); a rejection reply and a
# feedback request thank them (the guide suggests, but does not require, that a rejection reply asks to be
# considered for future openings); a reconnect note thanks and says you would still like to work there.
_THANKED = ("thank-you", "late-thank-you", "rejection-reply", "reconnect", "feedback-request")
_PERSONAL = ("thank-you", "late-thank-you")
_INTERESTED = ("thank-you", "late-thank-you", "status-inquiry", "reconnect")


def _whole_body(doc: Document) -> tuple[int, int]:
    """Where to point for something missing: the first line of what the message says."""
    lines = doc.lines[1:] if doc.greeting and len(doc.lines) > 1 else doc.lines
    if not lines:
        return doc.body_start, doc.body_start
    offset, line = lines[0]
    return offset, offset + len(line)


def missing_thanks(doc: Document) -> Iterator[Hit]:
    if doc.context.kind in _THANKED and not _THANKS.search(doc.prose):
        yield Hit("missing-thanks", *_whole_body(doc), "no word of thanks: open by thanking them for their time",
                  "Thank you for ...")


def missing_interest(doc: Document) -> Iterator[Hit]:
    if doc.context.kind in _INTERESTED and doc.context.channel != "phone" and not _INTEREST.search(doc.prose):
        yield Hit("missing-interest", *_whole_body(doc),
                  "the note never says you still want the role: restate your interest in one sentence")


def _stem(word: str) -> str:
    """Enough of a word to match its other forms ("pipelines" and "pipeline"), not other words."""
    folded = word.casefold()
    return folded[:max(5, len(folded) - 2)]


def missing_personal_touch(doc: Document) -> Iterator[Hit]:
    context = doc.context
    if context.kind not in _PERSONAL:
        return
    own = f"{context.company or ''} {context.role or ''}"  # naming the role is not a personal touch
    said = {_stem(w) for w in re.findall(r"[\w'’-]+", doc.prose)} - {_stem(w) for w in re.findall(r"[\w'’-]+", own)}
    subjects = [*context.topics, *context.goals]
    if any(_mentions(said, subject) for subject in subjects):
        return
    if not subjects and _SPECIFIC.search(doc.prose):
        return
    hint = f" (for example {subjects[0]})" if subjects else ""
    yield Hit("missing-personal-touch", *_whole_body(doc),
              f"nothing specific from your conversation: mention something you discussed{hint}")


def _mentions(said: set[str], subject: str) -> bool:
    """Whether the words said (as stems) take up a subject: half its words, or two of them."""
    words = [w for w in re.findall(r"[\w'’-]+", subject) if len(w) > 2 and w.casefold() not in _STOP]
    matched = sum(_stem(w) in said for w in words)
    return bool(words) and (matched * 2 >= len(words) or matched >= 2)


def too_long(doc: Document, policy: Policy) -> Iterator[Hit]:
    limit = word_limit(policy, doc.context.kind, doc.context.channel)
    words = doc.prose_words
    if limit is None or len(words) <= limit:
        return
    yield Hit("too-long", words[limit][0], words[-1][1],
              f"{len(words)} words; a {doc.context.kind} reads best in {limit} or fewer: cut from here on, or "
              "tighten what comes before")


def subject(doc: Document) -> Iterator[Hit]:
    if not doc.message.has_headers or doc.context.channel != "email":
        return
    text = (doc.message.subject or "").strip()
    start, end = doc.subject_span
    damaged = re.search(r"[\x00-\x1f\x7f]", doc.message.subject or "")
    if damaged:
        yield Hit("subject", start, end, "the subject holds a line break or a control character: write it on "
                  "one line", re.sub(r"\s+", " ", re.sub(r"[\x00-\x1f\x7f]", " ", text)))
    elif not text:
        yield Hit("subject", start, end, "no subject: say what the message is about, such as "
                  "'Thank you: Data Engineer interview'")
    elif re.sub(r"^(?:re|fw|fwd):\s*", "", text.casefold()).strip(" .!?-") in _GENERIC_SUBJECTS:
        yield Hit("subject", start, end, f"'{text}' says nothing about the message: name the role or the "
                  "conversation", sure=False)


def structure(doc: Document) -> Iterator[Hit]:
    if doc.context.channel == "phone" or not doc.lines:
        return
    if doc.greeting is None:
        offset, line = doc.lines[0]
        yield Hit("structure", offset, offset + len(line), "no greeting: open with 'Dear ...,' or 'Hi ...,'",
                  "Dear ...,")
    candidate = doc.context.candidate
    tail = doc.lines[doc.sign_off:] if doc.sign_off is not None else doc.lines[-1:]
    signed = candidate is not None and any(candidate.casefold() in line.casefold() or
                                           candidate.split()[0].casefold() == line.strip().casefold()
                                           for _, line in tail)
    if doc.sign_off is None or (candidate is not None and not signed) or len(tail) < 2:
        offset, line = doc.lines[-1]
        who = candidate or "your name"
        yield Hit("structure", offset, offset + len(line),
                  f"no sign-off with your name: end with a line such as 'Best regards,' and then {who}",
                  f"Best regards,\n{who}")


def timing(doc: Document, policy: Policy) -> Iterator[Hit]:
    context = doc.context
    if context.kind != "status-inquiry":
        return
    start, end = doc.subject_span if doc.message.has_headers else _whole_body(doc)
    allowed = context.max_inquiries if context.max_inquiries is not None else policy.max_inquiries
    if context.inquiries_sent >= allowed:
        yield Hit("timing", start, end, f"this would be inquiry {context.inquiries_sent + 1}; after {allowed} "
                  "unanswered inquiries it is time to move on")
    elif context.inquiry_opens and context.now and context.now < context.inquiry_opens:
        why = _WAITS_FOR.get(context.inquiry_rule or "", "it is too soon to ask")
        yield Hit("timing", start, end, f"{why}: wait until " + day_in_text(context.inquiry_opens))


_WAITS_FOR = {"inquiry-after-timeline": "their own timeline has not passed yet",
              "inquiry-again": "it is too soon after the previous inquiry",
              "inquiry-no-timeline": "it is too soon after the interview"}
