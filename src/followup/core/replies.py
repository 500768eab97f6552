"""What an incoming message is: an automatic reply (out of office), a likely rejection, a likely offer, an
invitation to a next round, or a reply; and the sentence that decided it. Phrase rules, read sentence by
sentence in the sender's own words (what they quote of the candidate is dropped first, by mail-parser-reply
and by the ">" lines), with questions, conditions and negations kept from counting as decisions. Pure and fast;
measured on the labelled corpus in tests/data/replies (the table is in docs/replies.md). Only ever a proposal
for the candidate to confirm."""

from __future__ import annotations

import math
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, replace
from datetime import date
from typing import TYPE_CHECKING

from .reply_model import DECISIONS, Verdict, Weights, judge, likeliest, words
from .reply_weights import SHORT_WEIGHTS, WEIGHTS

if TYPE_CHECKING:  # the timeline parser is loaded only where a reply's date is read
    from .workdays import WorkCalendar

KINDS = ("auto-reply", "rejection", "offer", "next-round", "reply")

_AUTO_SUBJECT = re.compile(r"^\s*(?:auto(?:matic)?[ -]?(?:reply|response|antwort)|auto\s*:|out of (?:the )?office|"
                           r"away from (?:the )?office|on (?:annual )?leave|abwesenheit\w*|absence)\b", re.IGNORECASE)
_AUTO_BODY = re.compile(r"\b(?:I am|I'm|I will be|I'll be) (?:currently )?(?:out of (?:the )?office|away|on (?:annual |"
                        r"parental |sick )?leave|travell?ing|on vacation|on holiday)\b|\bwith limited access to "
                        r"(?:my )?e-?mail\b|\bthis is an automatic(?:ally generated)? (?:reply|response|message)\b|"
                        r"\bI no longer work (?:at|for)\b", re.IGNORECASE)
# When an automatic reply says they are back, first where it says so ("back on", "returning to the office",
# "answered on"), then where it says how long they are away ("until"); in each, a day of the month first (it says
# more than a day of the week: "away until Wednesday, back on 14 December"), then a day alone ("back Monday").
_BACK = (r"\b(?:(?:back|return(?:ing|s)?)(?:\s+(?:to|at|in)\s+(?:the\s+|my\s+)?(?:office|desk|work))?|in the office "
         r"again|(?:answered|responded to|replied to|dealt with)(?=\s+(?:on|from|after)\b))\s+(?:on|from|after)?\s*")
_UNTIL = (r"(?<!\bis in )(?<!\bis here )(?<!\bis around )(?<!\bavailable )"  # a colleague's days are not theirs
          r"\b(?:until|till|til)\s+(?:on|from)?\s*")
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
_DATE = (r"(?P<when>(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?(?:(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?\s+"
         r"(?:of\s+)?" + _MONTH + r"|" + _MONTH + r"\s+\d{1,2}(?:st|nd|rd|th)?)\b(?:,?\s+\d{4})?)")
_DAY = r"(?P<when>(?:next\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day|tomorrow)\b(?!\s+week)"
_RETURNS = tuple(re.compile(said + when, re.IGNORECASE) for said, when in (
    (_BACK, _DATE), (_UNTIL, _DATE), (_BACK, _DAY), (_UNTIL, _DAY + r"(?!\s+(?:night|morning|afternoon|evening))")))

_THEM = r"(?:(?:other|another|a different|the other|one of the other) (?:candidates?|applicants?|finalists?|person|" \
        r"people)|someone|somebody|an? (?:internal |stronger )?(?:candidate|applicant)|candidates|applicants)"
_ROLE = r"(?:[\w-]+ ){0,3}?(?:role|position|job|post|employment|appointment|studentship|fellowship|internship|" \
        r"transfer|place\b(?! (?:at|on|in) (?:our|the|an?) (?:[\w-]+ ){0,4}(?:evening|event|webinar|workshop|session|" \
        r"breakfast|lunch|dinner|fair|meetup|open day)))\b"
_REJECTION = re.compile("|".join((
    rf"\b(?:move|moving|moved|go|going|gone|went|proceed|proceeding|continue|pursue|progress)\s+(?:forward\s+|ahead\s+"
    rf"|on\s+)?with\s+{_THEM}",
    r"\b(?:pursue|pursuing|chosen|chose|selected|identified|picked)\s+(?:another|a different|the other|other "
    r"(?:candidates|applicants)|an? (?:\w+ )?candidate who)",
    r"(?:not|n't|unable to|cannot|can't)\s+(?:going\s+to\s+)?(?:to\s+)?(?:be\s+|been\s+)?(?:able to\s+)?"
    r"(?:move|moving|proceed|proceeding|"
    r"progress|progressing|take|taking|continue|continuing|go|going|move)\b(?:\s+(?:forward|ahead|further|through))?"
    r"(?:\s+(?:with\s+)?(?:you|your \w+|things)\b|\s+(?:it|this)\s+(?:further|forward)\b|\s+[-\u2013\u2014]|"
    r"\s+to offer\b|\s+on\s+(?:the|this|your)\b|\s+(?:in the process|at this time|on this occasion|"
    r"any further|further)\b|\s+to the (?:[\w-]+ )?(?:round|stage)\b|\s*[,.;!]|\s*$)",
    r"(?:\bnot|n't)\s+(?:been\s+)?(?:selected|shortlisted|successful|progressed)\b|"
    r"\bdecided not to (?:pursue|fill|appoint|"
    r"proceed|progress)\b|\bunsuccessful\b|\bnot able to select you\b|"
    r"\bhas been declined\b",
    r"\b(?:position|role|vacancy|job|post|requisition)\s+(?:has|had|is)\s+(?:now\s+|already\s+)?(?:been\s+)?"
    r"(?:filled|closed|"
    r"withdrawn|cancell?ed|no longer open)\b|\b(?:closed|filled) the (?:position|role|vacancy|post)\b|"
    r"\b(?:we|they)(?:'ve| have)\s+(?:now\s+|already\s+)?filled\s+(?:the|this|that|all\s+(?:the|our|their)\s+"
    r"(?:[\w-]+\s+)"
    r"{0,3})\s*(?:position|role|vacancy|post|job)s?\b(?!\s+(?:application|form|description|spec|advert|ad)\b)|"
    r"\b(?:position|role|job|post|vacancy)(?:'s|\s+has)\s+been\s+filled\b|"
    r"^\W*(?:sorry\W+)?(?:\w+\W+)?position filled\b",
    r"\boffer(?:ed|ing)? (?:(?:the|our|this|that) (?:[\w-]+ ){0,2}(?:role|position|job|post|studentship) |it )?to "
    r"(?:someone|somebody|another|a different|the other|an? (?:\w+ )?(?:candidate|applicant)\b)|"
    r"\boffered to and accepted by\b|"
    r"\b(?:decided to|decided on|chose|choose|appoint|appointed|recommended|gave it to|went with|hire|hired)\s+"
    r"(?:another|a different|someone|somebody)\b|\b(?:role|job|position) "
    r"went to (?:another|someone)",
    r"\bhir(?:e|ed|ing) (?:someone|somebody) else\b|\bhiring an internal candidate\b|\b(?:removed|disqualified) from "
    r"(?:further consideration|the (?:[\w-]+ ){0,4}(?:process|competition|recruitment))\b|\bnot (?:quite )?the "
    r"(?:match|fit|person) (?:we|they)(?:'re| are) (?:after|looking for)\b|\bnot what (?:we|they)(?:'re| are) (?:after|"
    r"looking for)\b",
    # said as a small employer would text it: "u didn't get it", "we went the other way", "done filled it"
    r"(?<!in case )(?<!if )(?<!whether )(?<!case )\b(?:you|u)\s+(?:didn't|did\s+not|didnt)\s+get\s+(?:it|the\s+job)\b|"
    r"\b(?:you|u)\s+(?:weren't|were\s+not|werent)\s+"
    r"(?:picked|chosen)\b|\b(?:didn't|did\s+not|didnt)\s+(?:pick|choose)\s+(?:u|you)\b|\bwent\s+(?:the\s+other|another)\s+way\s*(?:[.!;]|$)|"
    r"\b(?:we(?:'ve|\s+have)?|done)\s+filled\s+it\b(?!\s+(?:out|in)\b)|\b(?:position|role|job)(?:'s|\s+is)\s+filled\b|\b(?:owner|boss)\s+says?\s+no\b|"
    r"\bthe\s+job\s+was\s+given\b|\bit's\s+a\s+pass\s+from\s+(?:us|me)\b|\bpassed\s+on\s+(?:you|u)\b|\btook\s+(?:an)?other\s+person\b",
    rf"(?:unable to|not able to|won't be able to|cannot|can't|will not|won't|not to|not)\s+(?:be\s+)?(?:offer|offering|"
    rf"extend|extending)\s+(?:you\s+)?(?:an? offer|{_ROLE})",
    r"\b(?:different|another) direction\b|\bgone another way\b|\bregret to (?:inform|let you know|tell)\b",
    r"\b(?:role|position|search|vacancy)\s+(?:has been|was|is being)\s+(?:cancell?ed|closed|withdrawn|put on hold)|"
    r"\bclos(?:e|ing) the (?:search|role)\b|\bno longer (?:hiring|recruiting|available)\b|\bnot to hire\b|"
    r"\bbudget for the role was withdrawn\b",
    r"\bother (?:candidates|applicants) (?:were|are|more)\b|(?:\bnot|n't)\b[^.]{0,30}\bright (?:fit|match)\b|"
    r"\bit's a no\b|\bpass on your (?:candidacy|application)\b|\bkeep looking for (?:other )?candidates\b|"
    r"\bnot (?:quite )?(?:the )?right (?:fit|match)\b|\bclose second\b|\bstatus has changed to: not selected\b",
    # said plainly, as a small employer or a recruiter on the phone would
    r"\b(?:we're|we are|i'm|i am|gonna|going to)\s+(?:going\s+to\s+)?pass(?:\s+on\s+(?:this|you|your\s+"
    r"(?:application|candidacy)))?\s*(?:[.,!;]|$)|\bnot for us(?:,?\s+(?:sorry|thanks|I'm afraid))?\s*(?:[.,!;]|$)|"
    r"\bthanks,? but no\b|"
    r"\bwon't be needing you\b|\bnot taking (?:anyone|anybody) on\b|\ball staffed up\b|"
    r"\b(?:job|role|position|post)(?:'s|\s+has|\s+is)\s+gone\b(?!\s+from)|\bgave (?:it|the job) to\b",
    r"\b(?:went|gone|go|going) w(?:ith|/|)\s+(?:someone|somebody|another|a lad|an internal|one of)\b|"
    r"\bfound (?:someone|somebody|another (?:candidate|applicant|person))\b|\bmade (?:a|an|the) (?:hire|appointment)\b|"
    r"\bappointment has (?:now )?been made\b|\b(?:give|given|gave|offer|offered) (?:the|this|that|my) (?:[\w-]+ ){0,2}"
    r"(?:job|role|post|position|chair|place|spot) to (?:someone|somebody|another|one of|a |an )",
    r"\bselected (?:the|a|an|another) (?:other )?(?:candidate|applicant)\b|\btake (?:an?|the)?\s*other candidate\b|"
    r"\b(?:we're|we are|i'm|i am) passing on\b|\b(?:won't|will not|not) (?:be )?tak(?:e|ing) you on\b|"
    r"\bhold off (?:on )?hiring\b|\bno longer need(?:s)? (?:to (?:appoint|fill|hire|recruit)|anyone)\b|"
    r"\bnot this (?:time|year|round)\s*[.!,]|\b(?:ain't|aint|isn't|not) (?:gonna|going to) work out\b|"
    r"\breq(?:uisition)? (?:is|was|has been) (?:cancell?ed|closed|pulled)\b",
)), re.IGNORECASE)
_OFFER = re.compile("|".join((
    rf"\boffer(?:ing)? you (?:an? |the )?{_ROLE}",
    r"\b(?:make|making|extend|extending|send|sending) you (?:an? |your )?(?:[\w-]+ )?offer\b",
    r"\b(?:extend|extending|make|making) an? (?:[\w-]+ )?offer (?:of employment )?to you\b|\bextend an offer\b",
    r"\boffer (?:letter|of employment|of appointment)\b|\bappointment to the post\b",
    r"\byour (?:[\w-]+ )?offer\b|\b(?:the|an) (?:written |formal )?offer (?:is|will|we discussed)\b|"
    r"\bapproved an offer\b|\bnext step is an offer\b|\b(?:verbal|written) offer\b",
    r"\byou (?:have been|were) successful\b|\byou got the job\b|\bit's a yes\b|\boffer you the (?:role|position|job)\b",
    r"\b(?:like|love|want|going) to hire you\b|\bbring you on board\b|\bhave you (?:join|on board)\b|"
    r"\blike you to join us\b|\bwant you on the team\b|\bwelcome you aboard\b|\bdecided to offer you\b|"
    r"\b(?:love|like) (?:you to join|to have you (?:on|join|with))\b|\bwant you for the\b|\bour offer of\b|"
    r"\boffer attached\b",
    # an offer said without the word, as a small employer, an agency or a board would
    r"\b(?:job|role|post|position|spot|place)(?:'s|\s+is)\s+yours\b(?!\s+to\s+lose)|\byou(?:'ve|\s+have)\s+been\s+"
    r"(?:appointed|offered\s+the)\b|\byou\s+(?:are|were|have\s+been)\s+selected\s*(?:[.!,]|$|for\s+(?:the|this)\s+"
    r"(?:[\w-]+\s+){0,3}(?:role|position|job|post)\b)",
    r"\b(?:appoint|employ|hire)\s+you\s+as\b|\btake\s+you\s+on\s+as\b|\b(?:agreed|decided|voted|approved)\s+to\s+"
    r"(?:appoint|employ|hire)\s+you\b|\bapproved\s+your\s+(?:appointment|hiring)\b|\bconfirm\s+your\s+appointment\b",
    r"\bwelcome\s+you\s+(?:to\s+the\s+(?:team|firm|company)|aboard|on\s+board)\b",
    r"\b(?:wants|want|'d like|would like|'d love|would love)\s+you\s+(?:in\b(?!\s+for)|on\s+board|as\s+(?:our|their|"
    r"the|a|an)\b|for\s+(?:the|weekend|regular|our)\b(?!\s+(?:[\w-]+\s+){0,2}(?:interview|round|stage|assessment|"
    r"chat|call|test|trial))|to\s+(?:start|join\s+(?:us|the|our)\b(?!\s+for)))|\bwants\s+you\s*[.!,]|"
    r"\byou(?:'re| are) hired\b|\btake\s+you\s+on\b(?!\s+(?:a|the)\s+tour)",
    r"\b(?:booked|accepted|chosen|selected|approved)\s+you\s+for\s+(?:the|a|an|regular|weekend)\b(?!\s+(?:[\w-]+\s+)"
    r"{0,2}(?:interview|round|stage|assessment|chat|call|test|trial|shortlist))|\b(?:have|got)\s+(?:a|the)\s+(?:place|"
    r"spot|job|role|position)\s+for\s+you\b(?!\s+(?:at|on)\s+(?:our|the)\s+(?:[\w-]+\s+){0,3}(?:event|evening|fair|"
    r"day|session|webinar|course))",
    # an offer as a text message: "ur in", "we take you", "u start tmrw", "welcome to the crew", "ur on"
    r"(?<!when )(?<!once )(?<!until )(?<!while )(?<!before )\b(?:you're|ur|u\s+r|youre)\s+in\b\s*"
    r"(?:[.!,]|$|[^\w\s:;])|\b(?:we|i)\s+(?:want|take)\s+(?:you|u)\s*(?:[.!]|$|[^\w\s,:;])|\bwelcome\s+to\s+the\s+"
    r"(?:team|crew)\b(?!['\u2019]?s?\s+(?:slack|channel|chat|newsletter|group|call|drinks|interview|stage|process|"
    r"hiring|assessment|event|day|session)\b)|"
    r"\b(?:you|u)\s+(?:can\s+)?start\s+(?:from\s+|on\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|tomorrow|tmrw|"
    r"next\s+week)\b(?=\s*(?:[.!,]|$|(?:at\s+)?\d))",
    r"\b(?:you're|you\s+are|ur|youre)\s+(?:on\s*(?:[.!,]|$)|on\s+the\s+(?:team|crew|rota)\b|hired\b|(?:the|our)\s+new\s+"
    r"(?!candidate|favou?rite|intake|cohort)[\w-]+)|\byou(?:'ve|\s+have)\s+got\s+(?:the\s+job|it)\s*[.!,]|\bjob(?:'s|s|\s+is)\s+"
    r"(?:still\s+)?(?:urs|yours)\b(?!\s+to\s+(?:lose|keep))|\bit(?:'s|s)\s+(?:still\s+)?urs\b|\b(?:we're|we\s+are)\s+(?:gonna|"
    r"going\s+to)\s+go\s+with\s+(?:u|you)\s*(?:[.!,]|$|[^\w\s,:;])|\bi'll\s+give\s+(?:u|you)\s+the\s+job\b",
)), re.IGNORECASE)
_NEXT = re.compile("|".join((
    r"\binvite you (?:back|to (?:a|an|the|our) (?:[\w-]+ ){0,2}(?:interview|round|stage|assessment))",
    r"\b(?:move|moving|moved|progress|progressed|progressing|through|made it|selected|shortlisted|moved on|"
    r"forward)\s+(?:you\s+)?(?:forward\s+|on\s+)?(?:to|for)\s+(?:the|a|an)\s+(?:[\w-]+ ){0,2}(?:round|stage|interview)",
    r"\b(?:second|2nd|third|final|further|follow-up|another|panel|on-?site|last|hiring manager)[- ](?:round |stage |"
    r"stage )?(?:interview|conversation|chat|round|stage)\b",
    r"\b(?:bring|have) you (?:back|onsite|on-site|in (?:for|to|again))\b(?!\s+as\b)|\bcome back (?:in|for)\b|"
    r"\bround two\b|"
    r"\bcontinue the process\b|\bnext step(?: is|,)? (?:a|an|we'd like you to) ",
)), re.IGNORECASE)
# A round mentioned as past, as booked already or as not to be, is no invitation to one: "thank you for attending
# a second round interview", "after the final round", "your panel interview is confirmed for Monday", "could we
# move your second round interview", "decided not to invite you to the final round", "no 2nd interview I'm afraid",
# "we will not continue the process".
_NOT_AN_INVITATION = re.compile(
    r"\b(?:thank(?:s| you) for (?:attending|completing|coming to|your time (?:at|in))|attended|completed|"
    r"after (?:the|your) (?:[\w-]+ ){0,2}(?:interview|round|stage)|"
    r"in (?:the|your) (?:[\w-]+ ){0,2}(?:interview|round)\b|"
    r"(?:is|are|has been|have been) (?:now )?(?:confirmed|scheduled|booked|cancell?ed|moved)|confirm(?:ing|s)? your|"
    r"reschedul|move your|change of time|confirm(?:ation|ed\s*:)|cancell?ed it|outcome of|(?:did not|didn't|not) pass|"
    r"joining (?:our|the)|without (?:a|any) further|stage of (?:the )?review|not (?:to )?(?:invite|progress|move|take)|"
    r"won't be (?:inviting|progressing)|not (?:be )?continu|"
    r"\bno (?:2nd|second|3rd|third|final|further|more|next) (?:interview|round|stage)s?\b)",
    re.IGNORECASE)
# "If you still want it" supposes nothing about the offer it follows ("the job's yours if you want it").
_STILL_KEEN = (r"(?: you)? (?:still )?(?:want|'d like|would like) (?:it|the (?:job|role|post|position))\b|"
               r"(?: you)?(?:'re| are) still (?:interested|keen|available|up for it)\b")
_OPENING = r"(?:role|position|vacancy|post|opening|job)\b"
# A sentence that asks, supposes or hopes is not a decision.
_NOT_A_DECISION = re.compile(r"\?\s*$|^\s*(?:if(?!" + _STILL_KEEN + r")|whether|unless|should (?:you|we|the|this|"
                             r"your))\b|\b(?:if you(?!" + _STILL_KEEN + r")|if we|"
                             r"hope to|not in a position|not yet|(?:haven't|have not) (?:yet )?(?:made|decided|moved|"
                             r"reached|finished|completed|concluded|heard))\b|"
                             r"\b(?:if|unless|should|once|in case) (?:an?|any) (?:[\w-]+ )?offer\b|"
                             # another job filled or closed is news about that job, not about theirs
                             r"\b(?:filled|closed) (?:the|our|that) other (?:[\w-]+ )?" + _OPENING + r"|"
                             r"\bother (?:[\w-]+ )?" + _OPENING + r" (?:has been |had been |was |is )?(?:now )?"
                             r"(?:filled|closed)\b", re.IGNORECASE)
_SENTENCE = re.compile(r"(?<=[.!?])\s+|\n+")
_DECISION_WORDS = re.compile(r"\b(?:decision|decide|decisions|deciding|news|update|hear|let you know|(?:'ll|will|to|"
                             r"should|we|I) know|back to you|in touch|outcome|confirm|answer|feedback|write to you|"
                             r"process|give us until)\b", re.IGNORECASE)
_ORDINAL_DAY = re.compile(r"\bon the (\d{1,2})(?:st|nd|rd|th)\b", re.IGNORECASE)
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December")


@dataclass(frozen=True)
class Reading:
    """What a message is (one of KINDS) and the sentence that decided it (None for a plain reply)."""

    kind: str
    because: str | None = None


# How the trained model is allowed to decide where the rules found nothing (or only an invitation; see `combine`).
# These are chosen, with the smoothing of the model, by a stated rule applied to the development corpora's dev
# rows and the sealed corpora measured already, one author left out at a time (tests/data/replies/train.py --cv;
# tests/test_reply_model.py checks they are what it chooses):
# how sure it must be (log odds against the runner-up) ...
MODEL_MARGIN = 12.0
# ... how much the one sentence it names must say so by itself, so that a decision is never read into
# boilerplate spread over a long message ...
MODEL_LIFT = 12.0
# ... how sure it must be of a rejection or an offer in a message of fewer than MODEL_SHORT_WORDS words (subject
# aside; 0: no such message), whatever the lift: naive Bayes adds up its evidence word by word, so a six-word
# note can never be as sure as a letter, and it has no boilerplate to read a decision into. Such a message is
# judged by the model trained on short messages only (`SHORT_WEIGHTS`): a note is not written like a letter ...
MODEL_SHORT_WORDS = 30
MODEL_SHORT_MARGIN = 12.0
# ... and whether it may propose one on a sentence that also reads as a plain reply (a meeting time, a
# request, "we'll be in touch", a receipt, a thank-you).
MODEL_PLAIN_GUARD = False
# How the two combine: "rules" alone, "rules, then model" (the model where the rules find nothing), "model" alone.
MODEL_COMBINE = "rules, then model"
# With "rules, then model": how sure the model must be that a message is none of the decisions to overrule the
# rules' rejection or offer (log odds; inf: never). Phrase rules met mail from new senders less surely than the
# mail they were written from.
MODEL_VETO = 10.0

# What plain replies say: scheduling, requests, still deciding, acknowledgements, thanks.
_PLAIN = re.compile("|".join((
    r"\b\d{1,2}(?::\d{2})?\s*(?:am|pm)\b|\bcalendar (?:invite|invitation)\b|\bworks? for (?:you|us|me)\b|"
    r"\bavailab(?:le|ility)\b|\breschedul",
    r"\b(?:could|can|would) you (?:please )?(?:send|share|provide|fill|complete|confirm)\b|"
    r"\bplease (?:send|share|provide|complete|fill|confirm)\b|\breferees?\b|\breferences?\b",
    r"\bstill (?:deciding|reviewing|interviewing|considering|waiting)\b|\bno decision\b|\bin touch\b|"
    r"\b(?:let you know|get back to you|update you)\b|\bnext week\b|\bby (?:mon|tues|wednes|thurs|fri)day\b",
    r"\b(?:received|receipt of) your (?:application|cv|resume|message|email|e-mail)\b",
    r"^\s*(?:many )?thanks?(?: you)? (?:so much )?for (?:your|the) (?:time|note|message|email|e-mail|update|reply|"
    r"quick reply)\b[^,;]*$",
)), re.IGNORECASE)


def read(subject: str, body: str, headers: Mapping[str, str], weights: Weights = WEIGHTS,
         short: Weights = SHORT_WEIGHTS) -> Reading:
    """A rejection, an offer or a next-round invitation: by the phrase rules (the first sentence of the sender's
    own words that says so; an invitation gives way to the model's sure rejection or offer), else by the trained
    model (`reply_model`; for a short message, `short`, trained on short messages) as SETTING allows (`combine`;
    in a mailing list's message the model proposes nothing: `setting_for`),
    reading only the sentences that neither ask, suppose nor hope, and naming the one that decided. An
    applicant-tracking system's rejection is automatic, and still a rejection. Then an automatic reply by its
    headers (RFC 3834 Auto-Submitted, X-Autoreply, X-Autorespond, Precedence: auto_reply) or its words;
    otherwise a reply."""
    own = own_words(body)
    said = [subject, *_split(own)]
    model = short if SETTING.is_short(message_words(said)) else weights
    decided = combine(Evidence.of(_by_rules(said), judge(model, model_input(said)), said), setting_for(headers))
    if decided is not None:
        return decided
    if _automatic(subject, own, headers):
        return Reading("auto-reply")
    return Reading("reply")


def _by_rules(said: list[str]) -> Reading | None:
    """The first sentence a phrase rule finds a decision in. The subject of an automatic reply, or one that
    answers ("Re: Second interview", "Re: Your offer"), is the subject of an earlier message, so it decides
    nothing; an invitation that begins "If" is not one yet."""
    answers = bool(said) and (_AUTO_SUBJECT.search(said[0]) or _ANSWER.match(said[0]))
    said = [*said[1:], *([] if answers or not said else said[:1])]  # the subject last: their own sentence is why
    for kind, rule in (("rejection", _REJECTION), ("offer", _OFFER), ("next-round", _NEXT)):
        for sentence in said:
            found = rule.search(sentence) if _may_decide(kind, sentence) else None
            if found:
                before = sentence[:found.start()]
                negated = kind == "offer" and _NEGATED.search(before) and not _GLAD.search(before)
                return Reading("rejection" if negated else kind, sentence)
    return None


def _may_decide(kind: str, sentence: str) -> bool:
    """Whether a rule may find a decision of this kind in the sentence: not a rejection or an offer in one that
    asks, supposes or hopes, nor an invitation in one that begins "If" or mentions a round as past or booked."""
    if kind == "next-round":
        return not (_SUPPOSED.match(sentence) or _NOT_AN_INVITATION.search(sentence))
    return not _NOT_A_DECISION.search(sentence)


# An offer said in the negative ("we will not be making you an offer", "we don't think we can offer you the
# job") is a rejection: a negation a few words before the offer, in the same clause.
_NEGATED = re.compile(r"(?:\bnot|n't|\bunable|\bcannot)\b(?:\s+(?!but\b|that\b)[\w']+){0,7}\s*$", re.IGNORECASE)
# ... but not a negation that says yes ("we can't wait to", "couldn't be happier", "not only").
_GLAD = re.compile(r"\b(?:can't|cannot|couldn't) (?:wait|be (?:happier|more))\b|\bnot only\b|"
                   r"\bwon't (?:be )?surprise", re.IGNORECASE)


@dataclass(frozen=True)
class ModelSetting:
    """How the rules and the model combine ("rules" alone, "rules, then model", "model" alone) and when the
    model may decide (see `combine`)."""

    how: str = "rules, then model"
    margin: float = 6.0
    lift: float = 8.0
    short_words: int = 0  # a message of fewer words (subject aside) is short ...
    short_margin: float = 0.0  # ... and the model's rejection or offer in it needs this margin, and no lift
    plain_guard: bool = False
    veto: float = math.inf  # with "rules, then model": the model's margin for "none of them" that overrules

    def is_short(self, words: int) -> bool:
        """Whether a message of this many words (`message_words`) is short: read by the model of short messages,
        and its rejection or offer needs `short_margin`, and no lift."""
        return words < self.short_words


SETTING = ModelSetting(MODEL_COMBINE, MODEL_MARGIN, MODEL_LIFT, MODEL_SHORT_WORDS, MODEL_SHORT_MARGIN,
                       MODEL_PLAIN_GUARD, MODEL_VETO)


def setting_for(headers: Mapping[str, str], setting: ModelSetting = SETTING) -> ModelSetting:
    """How a message with these headers is decided: for a mailing list's (`is_bulk`), the model never proposes a
    decision (`silent`). It read a newsletter's "we're excited to offer you early access" as an offer. Of the
    1,146 train, dev and choosing rows with list headers (tests/data/replies/train.py), 1,135 are newsletters, 8
    acknowledgements, 3 rejections and none an offer."""
    return silent(setting) if is_bulk(headers) else setting


def silent(setting: ModelSetting) -> ModelSetting:
    """The setting with a model that proposes nothing: the rules still decide, and the model may still overrule
    them by the veto."""
    return replace(setting, margin=math.inf, lift=math.inf, short_margin=math.inf)


@dataclass(frozen=True)
class Evidence:
    """What the rules and the model found in one message, before a setting says what to make of it (`combine`).
    Worked out once, so that the settings can be tried on many messages quickly (tests/data/replies/train.py)."""

    ruled: Reading | None  # what the phrase rules found (`_by_rules`)
    verdict: Verdict  # what the model said (`judge` on `model_input`)
    proposal: Reading | None  # the model's verdict as a reading, if it is a decision
    words: int  # the message's words up to the sign-off, subject aside
    plain: bool  # the model's deciding sentence also reads as a plain reply (`_PLAIN`)
    past_round: bool  # ... mentions a round as past, booked or refused (`_NOT_AN_INVITATION`)

    @classmethod
    def of(cls, ruled: Reading | None, verdict: Verdict, said: list[str]) -> Evidence:
        because = verdict.because or ""
        proposal = None if verdict.kind == "other" else Reading(verdict.kind, verdict.because)
        return cls(ruled, verdict, proposal, message_words(said), bool(_PLAIN.search(because)),
                   bool(_NOT_AN_INVITATION.search(because)))


def message_words(said: list[str]) -> int:
    """How long a message given as its subject and sentences is: its words up to the sign-off, subject aside."""
    return len(words(" ".join(_before_sign_off(said)[1:])))


def combine(evidence: Evidence, setting: ModelSetting = SETTING) -> Reading | None:
    """What the rules found and what the model said, together, as the setting says: with "rules, then model",
    the rules' reading unless the model is sure by `veto` that the message decides nothing, or the rules found
    an invitation where the model is sure of a rejection or an offer ("we won't be taking you to the final
    round"); else the model's (`model_allows`)."""
    if setting.how == "rules":
        return evidence.ruled
    modelled = model_allows(evidence, setting)
    if setting.how == "model":
        return modelled
    ruled, verdict = evidence.ruled, evidence.verdict
    if ruled is None:
        return modelled
    overruled = ruled.kind in ("rejection", "offer") and verdict.kind == "other" and verdict.margin >= setting.veto
    decided = ruled.kind == "next-round" and modelled is not None and modelled.kind in ("rejection", "offer")
    return modelled if overruled or decided else ruled


def model_allows(evidence: Evidence, setting: ModelSetting) -> Reading | None:
    """The model's verdict as a reading, if it is sure by the setting's margin and lift. A rejection or an offer
    in a short message (fewer than `short_words` words) needs `short_margin` instead; with `plain_guard`, none
    on a sentence that also reads as a plain reply. An invitation never on a round mentioned as past or booked
    (`_NOT_AN_INVITATION`, as for the rules)."""
    verdict = evidence.verdict
    if verdict.kind in ("rejection", "offer"):
        if setting.plain_guard and evidence.plain:
            return None
        if setting.is_short(evidence.words):
            return evidence.proposal if verdict.margin >= setting.short_margin else None
    elif evidence.past_round:
        return None
    if verdict.margin < setting.margin or verdict.lift < setting.lift:
        return None
    return evidence.proposal


_SUPPOSED = re.compile(r"^\s*(?:if|whether|should)\b", re.IGNORECASE)
_ANSWER = re.compile(r"^\s*(?:re|aw|sv|fw|fwd)\s*:", re.IGNORECASE)
_SIGN_OFF = re.compile(r"^(?:(?:best|kind|warm|warmest|many|all the best|with best|yours)?\s*(?:regards|wishes|"
                       r"thanks|best|sincerely|faithfully)?|cheers|thank you|sincerely|yours(?: sincerely| faithfully|"
                       r" truly)?|talk soon|speak soon)\s*[,.!]?$", re.IGNORECASE)


def model_input(said: list[str]) -> list[str]:
    """What the model reads of a message given as its subject and sentences (it is trained on the same): the
    sentences before the sign-off (the signature and disclaimer after "Best," say nothing) that neither ask,
    suppose nor hope."""
    return [s for s in _before_sign_off(said) if not _NOT_A_DECISION.search(s)]


def _before_sign_off(said: list[str]) -> list[str]:
    """The subject and the sentences up to the sign-off line (the first "Best," or "Kind regards" after the
    greeting and at least one sentence); all of them if there is none."""
    for number in range(3, len(said)):
        if said[number].strip() and _SIGN_OFF.match(said[number].strip()):
            return said[:number]
    return said


def classify(subject: str, body: str, headers: Mapping[str, str]) -> str:
    """One of KINDS (see `read`)."""
    return read(subject, body, headers).kind


def _automatic(subject: str, own: str, headers: Mapping[str, str]) -> bool:
    lowered = {key.lower(): value.lower().strip() for key, value in headers.items()}
    if lowered.get("auto-submitted", "no") not in ("", "no") or "x-autoreply" in lowered \
            or "x-autorespond" in lowered or lowered.get("precedence", "") == "auto_reply":
        return True
    return bool(_AUTO_SUBJECT.search(subject) or _AUTO_BODY.search(own[:2000]))


def sentences(body: str) -> list[str]:
    """The sentences of the sender's own words, in order, each on one line."""
    return _split(own_words(body))


def _split(own: str) -> list[str]:
    return [" ".join(s.split()) for s in _SENTENCE.split(own) if s.strip()]


def timing_sentences(subject: str, body: str, said_on: date, weights: Weights = WEIGHTS) -> list[tuple[str, str]]:
    """Where a message may say when they will decide or write: the sentences that talk of a decision or of news
    ("I'll have news by Friday") and read as still deciding by themselves (the model's likeliest kind); in a
    message that reads as still deciding as a whole, those that talk of a decision first, then every other one
    before the sign-off that neither asks nor reads by itself as a request, a meeting or a decision ("Hopefully
    this week."). A meeting time or a deadline for documents is not their timeline. Each as written, and as the
    timeline parser is to read it, with a bare day of the month named in full ("after the board meets on the
    14th": the next 14th from `said_on`, "... on December 14, 2026")."""
    said = sentences(body)
    talking = [s for s in said if _DECISION_WORDS.search(s)]
    if likeliest(weights, model_input([subject, *said])) == "deciding":
        chosen = talking + [s for s in _before_sign_off([subject, *said])[1:]
                            if s not in talking and not s.endswith("?")
                            and likeliest(weights, [s]) not in ("request", "scheduling", *DECISIONS)]
    else:
        chosen = [s for s in talking if likeliest(weights, [s]) == "deciding"]
    return [(s, _ORDINAL_DAY.sub(lambda m: _next_day(int(m.group(1)), said_on), s)) for s in chosen]


def timing_dates(subject: str, body: str, said_on: date, calendar: WorkCalendar, weights: Weights = WEIGHTS
                 ) -> Iterator[tuple[str, date]]:
    """Each sentence of `timing_sentences` that names a day on or after `said_on` (`day_named`), with that day, in
    order: the first is the timeline the message gives."""
    from .timeline import day_named

    for sentence, to_read in timing_sentences(subject, body, said_on, weights):
        day = day_named(to_read, said_on, calendar)
        if day is not None:
            yield sentence, day


def _next_day(day: int, said_on: date) -> str:
    year, month = said_on.year, said_on.month
    if day <= said_on.day:
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return f"on {_MONTHS[month - 1]} {day}, {year}"


_QUOTE_HEADER = re.compile(r"^\s*(?:On .{0,200}wrote:|-{2,} ?Original Message ?-{2,}|From: .+)\s*$",
                           re.IGNORECASE | re.MULTILINE)


_PARSED = 6000  # characters of a message given to mail-parser-reply; the sender's own words come first
# The sender's own words are read up to this many characters: the longest message of the corpora has 2,012, and a
# megabyte of text took the model 8 seconds.
_READ = 20_000
_RUNS = re.compile(r"[^\S\n]{2,}")
_BLANK_LINES = re.compile(r"\n(?:[^\S\n]*\n){2,}")


def own_words(body: str) -> str:
    """The message without what it quotes: what mail-parser-reply finds as the latest reply, then without
    lines starting with ">" and everything after "On ... wrote:"."""
    from mailparser_reply import EmailReplyParser  # type: ignore[import-untyped]

    body = _RUNS.sub(" ", _BLANK_LINES.sub("\n\n", body))  # its patterns take time squared in a long run of blanks
    head, rest = body[:_PARSED], body[_PARSED:]  # ... and in some long texts ("On On On ..."): it reads the start
    latest = EmailReplyParser(languages=["en", "de", "fr"]).parse_reply(head) or head
    latest += rest if latest.strip() == head.strip() else ""  # no quote found in the start: the rest is read too
    found = _QUOTE_HEADER.search(latest)
    head = latest[:found.start()] if found else latest
    return "\n".join(line for line in head.splitlines() if not line.lstrip().startswith(">"))[:_READ]


def is_bulk(headers: Mapping[str, str]) -> bool:
    """A mailing list or a newsletter: not an answer from a person."""
    lowered = {key.lower(): value.lower().strip() for key, value in headers.items()}
    return "list-id" in lowered or "list-unsubscribe" in lowered or lowered.get("precedence") in (
        "bulk", "list", "junk")


def return_date_text(body: str) -> str | None:
    """Where an out-of-office message says when they are back: "Monday, December 7" (as written)."""
    found = next((m for m in (pattern.search(body[:2000]) for pattern in _RETURNS) if m), None)
    return found.group("when") if found else None
