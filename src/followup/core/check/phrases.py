"""Rules that look for words and phrases: unfilled slots, informal language, pressure, and a bitter tone.

Each pattern comes with the message a candidate sees and, where there is one, a better wording.
"""

from __future__ import annotations

from dataclasses import replace

import re
from collections.abc import Iterator

from .document import Document
from .hits import Hit

_PLACEHOLDER = re.compile(
    r"\[[^\]\n]{1,60}\]"  # [Company Name], [specific topic]
    r"|\{\{?[^}\n]{1,40}\}?\}"  # {first_name}, {{ role }}
    r"|<(?:[A-Z][A-Z0-9 _-]{1,30}|your [a-z ]{1,30}|insert [a-z ]{1,30})>"  # <NAME>, <your name>
    r"|<[A-Z][a-z]+(?: [A-Z][a-z]+){0,3}>"  # <Company>, <First Name>
    r"|%[A-Z][A-Z0-9_]{1,30}%"  # %FIRST_NAME%
    r"|\bX{3,}\b|\bTBD\b|\bTK\b|\b(?:INSERT|YOUR) [A-Z][A-Z ]{2,30}\b|_{4,}")


def placeholders(doc: Document) -> Iterator[Hit]:
    for match in _PLACEHOLDER.finditer(doc.text):
        yield Hit("placeholder", match.start(), match.end(),
                  f"'{match.group()}' is an unfilled slot: write the real words in its place")


def _phrases(table: list[tuple[str, str, str | None]]) -> list[tuple[re.Pattern[str], str, str | None]]:
    return [(re.compile(pattern, re.IGNORECASE), message, suggestion) for pattern, message, suggestion in table]


# (pattern, message, suggestion)
_SLANG = _phrases([
    (r"\b(gonna|wanna|gotta|kinda|sorta|dunno|lemme|gimme|ya|yeah|yep|yup|nope|cuz|coz|tho|thru)\b",
     "slang", None),
    (r"\b(lol|lmao|omg|btw|idk|imo|imho|tbh|fyi|brb|ttyl|ikr|smh|lmk|ngl|rn|bc|wdyt|afaik|hmu)\b", "text-speak",
     None),
    (r"\b(?=\w*([a-z])\1\1)(?:so+|pl+e+a+s+e+|t+h+a+n+k+s+|ye+s+|wo+w+|ho+pe+|soo+n+)\b", "a stretched word", None),
    (r"\b(thx|thanx|tnx|ty|tks|pls|plz|u|ur|r u|cya|k)\b(?!['’])", "text-speak", None),
    (r"(?<!\w)(?:hey|yo|hiya|sup)\b(?=[ \t]*[\w,!])", "an informal greeting", "Dear ... or Hi ..."),
    (r"\b(awesome|super excited|stoked|pumped|cool beans|no worries|no biggie)\b", "too casual for this note", None),
    (r"[!?]{2,}|!\?|\?!", "repeated punctuation", "."),
    (r"[\U0001F300-\U0001FAFF\u2600-\u27BF\U0001F1E6-\U0001F1FF]\ufe0f?|(?<!\w)[:;]-?[)(DPp](?!\w)",
     "an emoji", None),
])
_ACRONYMS = {"ASAP", "HTML", "JSON", "YAML", "HIPAA", "GDPR", "NASA", "SAAS", "REST", "CRUD", "AWS", "OKRS",
             "KPIS", "CISSP", "NOAA", "UNICEF", "FAANG", "SWOT", "SCRUM", "LGBTQ", "PDF", "CSV"}
_CAPS = re.compile(r"\b[A-Z]{2,}(?:[ \t]+[A-Z]{2,})+\b|\b[A-Z]{4,}\b")

_PUSHY = _phrases([
    (r"\bI (?:really |truly |desperately )?need this (?:job|role|position)\b", "sounds desperate", None),
    (r"\b(?:as per|per) my (?:last|previous|earlier)(?: \w+)? (?:e-?mails?|messages?|notes?)\b",
     "reads as a reproach", None),
    (r"\b(?:respond|reply|answer|get back to me) (?:by|before|this|within|no later than) (?:the )?(?:end of )?"
     r"(?:today|tomorrow|tonight|this week|week|monday|tuesday|wednesday|thursday|friday|\d+ (?:hours|days))\b",
     "sets them a deadline", None),
    (r"\b(?:I am|I'm) still waiting\b", "sounds impatient", None),
    (r"\b(?:please )?(?:respond|reply|answer|get back to me) (?:asap|immediately|right away|as soon as possible|"
     r"urgently)\b", "puts pressure on them", "when you have a moment"),
    (r"\basap\b", "puts pressure on them", "when you have a moment"),
    (r"\bI (?:expect|demand|require|need) (?:an? )?(?:answer|reply|response|decision|update)\b",
     "demands a reply", "I would be grateful for any update"),
    (r"\bI (?:need|must have) (?:to know|an answer) by\b", "sets them a deadline", None),
    (r"\b(?:I have|I've got) (?:other|several|multiple|competing) offers\b(?! to consider, so)",
     "uses other offers as pressure", None),
    (r"\b(?:you (?:still )?(?:haven't|have not|never) (?:replied|responded|answered|gotten back))\b",
     "reproaches them for not answering", None),
    (r"\b(?:I've|I have) been waiting (?:for|on)\b", "sounds impatient", None),
    (r"\b(?:just )?bumping (?:this|my (?:e-?mail|message))\b", "sounds impatient", None),
    (r"\b(?:I deserve|I'm entitled|I am entitled|you owe me)\b", "sounds entitled", None),
    (r"\b(?:I am|I'm) (?:the (?:best|perfect|only) (?:candidate|fit|person))\b", "sounds entitled", None),
    (r"\byou won't find (?:anyone|someone|a candidate) better\b", "sounds entitled", None),
    (r"\bI (?:will|'ll) (?:keep )?(?:call|calling|email|emailing|write|writing) (?:you |your office )?(?:every|daily|"
     r"again tomorrow)\b", "threatens more messages", None),
    (r"\buntil I (?:get|receive|hear)\b", "threatens more messages", None),
    (r"\b(?:offer|offer letter|contract) by (?:monday|tuesday|wednesday|thursday|friday|tomorrow|the end of)\b",
     "presumes an offer", None),
    (r"\b(?:send|give|forward) me (?:the|your|all|each|every)\b[^.!?\n]{0,80}\bby (?:monday|tuesday|wednesday|"
     r"thursday|friday|tomorrow|the end of)\b", "demands instead of asking", None),
    (r"\b(?:desperate|begging|i beg you)\b", "sounds desperate", None),
    (r"\bwhy (?:haven't|have you not|hasn't anyone)\b", "sounds like a complaint", None),
])

_TONE = _phrases([
    (r"\b(?:you(?:'ve| have)? made (?:a|the wrong|the) (?:wrong )?(?:decision|mistake|choice)|"
     r"(?:made|making) a (?:big |huge )?mistake)\b", "disputes their decision", None),
    (r"\b(?:wrong decision|bad decision|poor decision)\b", "disputes their decision", None),
    (r"\breconsider (?:your|the|this) decision\b", "disputes their decision", None),
    (r"\byour loss\b", "is hostile", None),
    (r"\bI guess you (?:found|chose|picked|wanted) (?:someone|somebody|a candidate)\b", "sounds sarcastic", None),
    (r"\bI(?:'m| am) (?:surprised|shocked|baffled|puzzled) (?:that )?you\b", "sounds resentful", None),
    (r"\b(?:didn't|did not|failed to) (?:see|recognize|recognise|appreciate) my (?:value|worth|potential|"
     r"experience|skills)\b", "sounds resentful", None),
    (r"\b(?:very|extremely|deeply|rather|quite|really) disappoint(?:ed|ing)\b|\bdisappointing that\b",
     "sounds bitter", None),
    (r"\b(?:nobody|no one|no-one) (?:has )?(?:bothered|cared|had the courtesy)\b", "sounds bitter", None),
    (r"\b(?:bothered|had the (?:decency|courtesy)) to (?:reply|respond|answer|write)\b", "sounds bitter", None),
    (r"\b(?:waste|wasted|wasting) (?:of )?(?:my|our) time\b", "is hostile", None),
    (r"\b(?:unfair|unprofessional|ridiculous|absurd|insulting|disrespectful)\b", "sounds like a complaint", None),
    (r"\bthanks for nothing\b", "is hostile", None),
    (r"\bmust be (?:very |so |really |terribly )?(?:hard|difficult|time-consuming|exhausting)\b", "sounds sarcastic",
     None),
    (r"\bapparently\b", "sounds sarcastic", None),
    (r"\bput me through\b", "sounds like a complaint", None),
    (r"\bnot (?:a|much of a|exactly a) priority\b", "sounds like a complaint", None),
    (r"\bmore interested in (?:their|your|his|her) \w+ than\b", "sounds like a complaint", None),
    (r"\bgood luck finding\b", "sounds sarcastic", None),
    (r"\bI (?:was|am) (?:clearly |obviously )?(?:more|better|the most) qualified\b", "disputes their decision",
     None),
    (r"\b(?:frankly|honestly), I (?:expected|thought|was)\b(?! (?:\w+ )?(?:disappointed|let down|upset|frustrated|"
     r"annoyed))", "sounds resentful", None),
    (r"\bI hope you (?:don't|do not|won't|will not) regret\b", "is hostile", None),
    (r"\bI guess\b[^.!?\n]{0,60}\b(?:doesn't|does not|don't|do not|didn't|did not) (?:count|matter|mean)\b"
     r"[^.!?\n]*", "sounds bitter", None),
    (r"\b(?:doesn't|does not) count for (?:much|anything|a lot)\b", "sounds bitter", None),
    (r"\b(?:frankly|honestly|to be honest),? I (?:was|am|feel|felt) (?:\w+ )?(?:disappointed|let down|upset|"
     r"frustrated|annoyed)\b[^.!?\n]*", "sounds like a complaint", None),
    (r"\bI suppose (?:silence|no (?:answer|reply|news)|your silence)\b[^.!?\n]*", "sounds sarcastic", None),
    (r"\bsilence is (?:its own|an|your) answer\b", "sounds sarcastic", None),
    (r"\bthanks? (?:you )?for finally\b[^.!?\n]*", "sounds passive-aggressive", None),
    (r"\bfinally (?:got|getting|get) back to me\b", "sounds passive-aggressive", None),
    (r"\bI(?:'m| am) sure you(?:'ve| have)? (?:been )?(?:very |so |really |terribly )?busy\b",
     "sounds passive-aggressive", None),
    (r"\bI hope (?:whoever|the person|the candidate|the one) you (?:hired|chose|picked|went with)\b[^.!?\n]*",
     "sounds sarcastic", None),
    (r"\b(?:which|that) I (?:assume|suppose|guess|imagine) (?:nobody|no one|no-one|you never|you didn't) "
     r"(?:read|looked at|opened|even read)\b", "sounds like a complaint", None),
    (r"\bmust be nice to\b[^.!?\n]*", "sounds sarcastic", None),
    (r"\b(?:in case you (?:missed|forgot)|not that anyone (?:asked|cares|noticed))\b", "sounds passive-aggressive",
     None),
    (r"\bI(?:'ll| will) (?:assume|take it) (?:that )?(?:you(?:'re| are) not interested|the answer is no)\b",
     "sounds passive-aggressive", None),
])
# what must not go out (an error); the rest of the tone table is a judgement call (a warning)
_HOSTILE = ("is hostile", "disputes their decision")


def informal(doc: Document) -> Iterator[Hit]:
    for pattern, what, suggestion in _SLANG:
        for match in pattern.finditer(doc.body):
            if what == "text-speak" and match.group().lower() in {"u", "k", "ty"} and _is_initial(doc, match):
                continue
            yield _hit("informal", doc, match, f"'{match.group()}' is {what}", suggestion)
    for match in _CAPS.finditer(doc.body):
        if _is_shouting(doc, match.group()):
            yield _hit("informal", doc, match, f"'{match.group()}' in capitals reads as shouting",
                       match.group().lower())


def _is_initial(doc: Document, match: re.Match[str]) -> bool:
    """"U." or "K." in a name ("Priya K. Rao") is an initial, not text-speak."""
    after = doc.body[match.end():match.end() + 1]
    return after == "." and match.group()[0].isupper()


def _is_shouting(doc: Document, text: str) -> bool:
    """Ordinary words in capitals ("REALLY", "SO EXCITED"), not acronyms and names ("NVIDIA GPU", "COBOL",
    "QA Lead"). With a dictionary at hand, a word counts when its lower case is a word."""
    words = [w for w in text.split() if w not in _ACRONYMS and w.casefold() not in doc.context.words]
    if doc.linter is not None:
        return any(len(w) >= 2 and doc.linter.is_word(w.lower()) for w in words) and (
            len(words) > 1 or len(words[0]) >= 4)
    return len(words) > 1 and all(len(w) >= 2 for w in words)


def pushy(doc: Document) -> Iterator[Hit]:
    yield from _matches("pushy", doc, _PUSHY, "{what}: a polite note works better")


def tone(doc: Document) -> Iterator[Hit]:
    for hit in _matches("tone", doc, _TONE, "{what}: stay gracious, whatever happened"):
        yield replace(hit, sure=any(f"' {what}:" in hit.message for what in _HOSTILE))


def _matches(rule: str, doc: Document, table: list[tuple[re.Pattern[str], str, str | None]],
             template: str) -> Iterator[Hit]:
    seen: list[tuple[int, int]] = []
    for pattern, what, suggestion in table:
        for match in pattern.finditer(doc.body):
            start, end = doc.body_start + match.start(), doc.body_start + match.end()
            if any(s < end and start < e for s, e in seen):
                continue  # one finding for one stretch of text
            seen.append((start, end))
            yield Hit(rule, start, end, f"'{match.group()}' " + template.format(what=what), suggestion)


def _hit(rule: str, doc: Document, match: re.Match[str], message: str, suggestion: str | None) -> Hit:
    return Hit(rule, doc.body_start + match.start(), doc.body_start + match.end(), message, suggestion)
