# ruff: noqa: E501, W291 - one message a line reads best; a message keeps its trailing spaces
"""Twelfth corpus of employer replies for followup, written by a twelfth author who read neither the
classifier (replies.py, reply_model.py, reply_weights.py, their tests) nor any other corpus or builder
in this folder: only corpus_rows.py and the README's format.

It is one messy mailbox: what eight job seekers (a nurse, a software tester, a warehouse supervisor, a
marketing graduate, a teacher, a chef, an accountant and a data analyst) received over about three months
of applying across sectors and countries. Mail as it looks after HTML-to-text conversion: long threads
with quoted replies, forwarded messages, "[image: logo]" and "View in browser" leftovers, link URLs in
angle brackets, signatures with phones and pronouns, calendar-invite text, phone replies, translated and
machine-translated mail, assistants writing for managers, mail sent to the wrong candidate and then
corrected, several people on one thread, and outcomes given only in the subject line or at the very end.
"""

from __future__ import annotations

from corpus_rows import labelled_rows, m, write


def q(text: str, depth: int = 1) -> str:
    """Quote earlier mail the way a mail client does."""
    mark = ">" * depth + " "
    return "\n".join((mark + line).rstrip() for line in text.split("\n"))


def on(who: str, when: str, text: str) -> str:
    """An 'On ..., ... wrote:' quoted block."""
    return f"On {when}, {who} wrote:\n{q(text)}"


def fwd(who: str, when: str, subject: str, to: str, text: str) -> str:
    """A Gmail-style forwarded message."""
    return (f"---------- Forwarded message ---------\nFrom: {who}\nDate: {when}\nSubject: {subject}\n"
            f"To: {to}\n\n{text}")


def outlook(who: str, sent: str, to: str, subject: str, text: str) -> str:
    """An Outlook-style quoted header block."""
    return f"________________________________\nFrom: {who}\nSent: {sent}\nTo: {to}\nSubject: {subject}\n\n{text}"


AUTO = {"Auto-Submitted": "auto-replied"}
XAUTO = {"X-Autoreply": "yes", "Precedence": "auto_reply"}


def bulk(list_id: str, unsub: str) -> dict[str, str]:
    return {"List-Unsubscribe": f"<{unsub}>", "List-Id": list_id, "Precedence": "bulk"}


IPHONE = "Sent from my iPhone"
ANDROID = "Sent from my Galaxy"
OUTLOOK_M = "Get Outlook for Android <https://aka.ms/AAb9ysg>"

REJECTION: list = []
OFFER: list = []
REPLY: list = []
NEXT: list = []
SCHED: list = []
REQUEST: list = []
DECIDING: list = []
ACK: list = []
AUTOREPLY: list = []
BULK: list = []


# ---------------------------------------------------------------- rejection (part 1)
REJECTION += [
    m("Re: Staff Nurse Band 5 - Ward 14 interview", """\
Hi Aoife,

Thanks for coming in on Thursday and for being so patient with the fire alarm test halfway through - not our finest hour!

I've talked it over with Sister Okafor and the panel. You interviewed well, but we've gone with an applicant who has more recent acute medical experience, which is what the ward needs most right now with the winter pressures. I know that's disappointing to hear.

If a post on our step-down unit comes up in the new year I would genuinely encourage you to apply, and I'm happy to give feedback by phone if you'd like it.

Kind regards,
Grace

Grace Mbeki (she/her)
Ward Manager, Ward 14 Acute Medicine
Northgate Hospitals NHS Foundation Trust
Tel: 0161 555 0142 | Bleep 4471

This e-mail and any attachments are confidential and intended solely for the addressee. If you have received this in error please notify the sender and delete it. NHS.net is a secure service."""),
    m("Your application: QA Engineer (Manual & Automation) - Req 22817", """\
[image: Halvorsen Systems]

Dear Tomasz,

Thank you for your interest in Halvorsen Systems and for the time you invested in our interview process for the QA Engineer (Manual & Automation) position.

After careful review we will not be moving forward with your candidacy at this time.

We will keep your profile in our system and may contact you if a suitable position opens.

Best regards,
Talent Acquisition Team
Halvorsen Systems ASA

This is an automated message sent via Workday. Please do not reply.
Privacy notice <https://halvorsen.wd3.myworkdayjobs.com/privacy>""",
      headers={"From": "halvorsen@myworkday.com", "Auto-Submitted": "auto-generated"}),
    m("Shift Supervisor – Leicester DC", """\
Darnell

Cheers for coming to site yesterday. Short version - the ops manager wants someone whos run a chilled operation before and thats not on your CV so we're not taking it further for this one. Nothing wrong with how you came across, you did fine on the walk round.

Ambient roles come up all the time here so keep an eye out.

Steve
Steve Gorman | Site Recruitment | Brakewell Logistics
07700 900318"""),
    m("Re: Junior Marketing Executive", """\
Hi Priya,

Apologies this has taken a while, it's been a mad couple of weeks with the rebrand launch.

We loved your campaign teardown - honestly one of the best we saw. In the end though we've decided to hire internally; someone from our sales team has been wanting to move across for ages and it made sense for the business. So we won't be taking your application any further, and I'm sorry to be sending this after you put in so much work.

Please do stay in touch on LinkedIn.

Jess
--
Jess Alvarado | Head of Brand | Fernleaf Drinks Co.
she/her | +44 20 7946 0811
<https://fernleafdrinks.co.uk>"""),
    m("Re: Teacher of English (MPS/UPS) – outcome", """\
Dear Ms Foley,

Thank you for attending interview for the post of Teacher of English on Tuesday 10th November.

I am writing to let you know that on this occasion you were not successful. The panel were impressed with your lesson on persuasive writing, and the students' feedback was warm; however, the appointed candidate had particular experience of teaching A-level Literature which the department requires next year.

Should you wish to receive feedback, please contact my PA, Mrs Linda Cole, on 01632 960455 to arrange a convenient time.

May I take this opportunity to wish you every success in the future.

Yours sincerely,

Mr R. Atherton
Headteacher
St Aldhelm's Church of England Academy"""),
    m("Sous Chef - Trattoria Vela", """\
Ciao Luca,

grazie for the trial on Saturday, the team liked you and the risotto was very good. But we need someone who can start before Christmas, and you said January, so I give the position to another person. I'm sorry.

If you are in Bristol in spring come and see us, maybe something opens.

Marco
Trattoria Vela"""),
    m("Update on your application - Senior Accountant", """\
Dear Olumide,

Thank you for taking the time to meet with Caroline and me last week regarding the Senior Accountant role at Whitcombe & Pryor LLP.

We have now completed our interviews and, following a difficult decision, we have offered the position to another candidate whose experience aligns more closely with our audit-heavy client base.

I appreciate this is not the news you were hoping for. Your technical knowledge of IFRS 16 came across very strongly and I would be glad to keep your details on file.

Kind regards,

Harriet Lowe ACA
Finance Recruitment Partner
Whitcombe & Pryor LLP
T: +44 (0)113 496 0722

Whitcombe & Pryor LLP is a limited liability partnership registered in England and Wales (OC398112). Authorised and regulated by the ICAEW."""),
    m("Data Analyst – next steps", """\
Hi Hana,

Thank you for completing the SQL exercise and for the conversation with Ben on Monday.

We've reviewed everything carefully and have decided to progress with other candidates whose experience with dbt and Looker more closely matches what the team needs immediately. This was a close call.

We'd welcome an application from you in future.

Warm wishes,
Rachel
People Team, Quillmark Analytics"""),
    m("Re: Re: Registered Nurse – Theatres", """\
Thanks Aoife - appreciate you asking. Honestly the main thing was scrub experience, the other candidate had 3 years in ortho theatres. Your anaesthetic recovery background is good but we had to go the other way for this one. Best of luck x

Sent from my iPhone

> On 19 Oct 2026, at 18:02, Aoife Brennan <aoife.brennan@gmail.com> wrote:
>
> Hi Claire, thanks for letting me know. Would you mind telling me what I could have done better? I'd really like to work in theatres.
>
>> On 19 Oct 2026, at 15:40, Claire Denning <c.denning@stlukesprivate.co.uk> wrote:
>>
>> Hi Aoife, sorry, we've decided not to offer you the theatres post. Thanks again for coming in. Claire""",
      note="the decision is in the quoted first message; the top is feedback on it"),
    m("Application status changed", """\
Hello Tomasz Nowak,

The status of your application for Test Analyst (Job ID 4471-PL) has changed.

New status: Closed - Not selected

You can view your applications at any time in your candidate home:
<https://careers.ostrava-bank.cz/candidate/home>

This message was generated automatically.""",
      headers={"Auto-Submitted": "auto-generated", "From": "no-reply@careers.ostrava-bank.cz"}),
    m("Position cancelled – Warehouse Team Leader (Nights)", """\
Dear Darnell,

I am sorry to let you know that the Warehouse Team Leader (Nights) vacancy you interviewed for has been withdrawn. Following a review of volumes for Q1, the business has decided not to run a third night shift, so the role will no longer be filled.

This is in no way a reflection on you. We will hold your details for six months in line with our privacy policy.

Regards
HR Shared Services
Kestrel Retail Distribution Ltd"""),
    m("Re: Quick catch up?", """\
Hi Priya!

Yes of course, happy to grab a coffee next week - how about Wednesday at Fabrique, 10ish?

And re the role, I did want to be upfront before we meet so it isn't awkward: the team went with someone with agency experience, so it's a no on the Social Media Exec job this time. But I meant what I said about wanting to help you find something, so bring your CV and let's have a proper chat.

Lou x""",
      note="offers a coffee but the role itself is a no"),
    m("Your interview with Brightwell Primary", """\
Dear Megan,

Many thanks for visiting Brightwell and teaching Year 4 on Friday - the children were still talking about the fractions pizzas at lunch.

Governors met on Monday evening. I am sorry to tell you that we have appointed another candidate to the Year 4 post.

With kind regards,
Janet Pryce
Headteacher"""),
    m("RE: Commis / CDP application", """\
Hi Luca,

We had a lot of applications for this and sadly we're not able to take you forward. The head chef was looking for pastry specifically.

Thank you for coming to see us.

Kind regards,
Amira | Operations
The Gilded Hare
Brick Lane, London E1"""),
    m("Re: Management Accountant – Feedback", """\
Hi Olu,

Sorry it's taken me a few days to get back to you.

Feedback from Deborah and Sanjay was really positive on your technical answers. Where it fell down was the systems question: they're mid-migration to NetSuite and wanted someone who'd lived through one. The role has gone to an internal secondee.

Good luck with everything, and shout if you want me to put you forward for anything else.

Mark

Mark Tierney
Senior Consultant - Accountancy & Finance
Harper Grove Recruitment
DD: 0207 946 0033 | M: 07700 900 561
<https://www.harpergrove.co.uk>

> From: Olumide Adeyemi <olu.adeyemi@outlook.com>
> Sent: 02 November 2026 09:14
> Subject: Management Accountant – Feedback
>
> Hi Mark, is there any news from the client? It's been over a week. Thanks, Olu"""),
    m("Not this time - Analytics Engineer", """\
Hi Hana, I'll keep it short because I know you'd rather know than wait: we're not moving forward after the final round. The team really liked you and it was close between you and one other person. I'm happy to jump on a call and share specifics. - Divya (Recruiter, Lumenpath)"""),
    m("Pflegefachkraft (m/w/d) – Ihre Bewerbung / Your application", """\
Sehr geehrte Frau Brennan,

vielen Dank für Ihr Interesse an unserer Klinik und für das angenehme Gespräch.

Leider müssen wir Ihnen mitteilen, dass wir uns für eine andere Bewerberin entschieden haben.

[English version]
Dear Ms Brennan,
Thank you for your interest in our clinic and for the pleasant conversation. Unfortunately we must inform you that we have decided in favour of another applicant.

Mit freundlichen Grüßen / Kind regards
Personalabteilung
Klinikum am Stadtpark GmbH, München"""),
    m("Re: Software Tester role", """\
Hey Tomasz

Bad news I'm afraid - the client's pulled the role. Funding round didn't close so they've frozen all hiring until at least March. I'm gutted, you were their favourite.

Will keep you posted if it comes back to life.

Cheers
Ryan
Ryan Cole | Tech Recruiter | Bluefin Talent
M: +44 7700 900 776"""),
    m("Re: Operations Supervisor — Your interview", """\
Hi Darnell,

Thank you for your time last Tuesday, and for the follow-up note — it was thoughtful.

I wanted to get back to you personally. We've decided to continue with candidates who have more experience with WMS implementation, and so we won't be progressing your application.

Best of luck in your search.

Marisol Vega
Director of Operations, Pinecrest Fulfillment (Columbus, OH)
(614) 555-0190"""),
    m("Graduate Marketing Scheme 2027", """\
[image: Orla & Finch]

View in browser <https://click.orlafinch.com/view/8823af>

Dear Priya,

Thank you for attending our Assessment Centre on 12 November.

We've now reviewed every candidate's performance across the group exercise, presentation and interview. Unfortunately, on this occasion you have not been successful in securing a place on the 2027 Graduate Marketing Scheme.

We received over 4,000 applications for 18 places, and we know how much effort goes into reaching this stage. Feedback is not available for individual candidates.

We wish you the best for your future career.

The Early Careers Team
Orla & Finch

*Follow us* <https://instagram.com/orlafinch>  |  *Privacy* <https://orlafinch.com/privacy>"""),
    m("Re: Maths Teacher - Sydney", """\
Hi Megan,

Thanks for the interview via Teams this morning, especially at your 10pm!

Unfortunately after speaking with the Department we are unable to proceed with your application - our current visa sponsorship allocation has been used for 2027, and the school isn't able to sponsor a 482 for this position.

Please keep an eye on our careers page as this can change from year to year.

Kind regards,
Tamsin Ng
HR Officer | Harbourview Grammar School
+61 2 5550 1884"""),
    m("Chef de Partie", "No thanks mate, gone with someone else. All the best.\n\nDave\n\nSent from my iPhone"),
    m("Your application to Kaltura Finance Group", """\
Dear Olumide Adeyemi,

We appreciate your interest in the role of Financial Reporting Accountant and the time you spent interviewing with us.

We regret to inform you that we have chosen to pursue other candidates.

This decision was not made lightly.

Sincerely,
Recruiting Team

Kaltura Finance Group does not accept unsolicited resumes. Equal Opportunity Employer.""",
      headers={"From": "recruiting@kalturafinance.com", "Reply-To": "no-reply@kalturafinance.com"}),
    m("Re: Junior BI Analyst", """\
Hi Hana,

just wanted to drop you a note. Unfortunately the headcount for the BI Analyst role was taken away in this week's budget review, so we can't continue with the process. I'm really sorry - I know you'd done the case study and the panel.

I'll personally reach out if it is reopened.

Best,
Nils Andersson
Head of Data, Fjordline Travel AB
Stockholm"""),
    m("Your application for Practice Nurse", """\
Hi Aoife

thank you for coming to the surgery. we have decided to offer the post to someone with cervical screening and immunisation already done, as we need them to run clinics from day one. we will keep your cv.

thanks again
Pam
Practice Manager
Oakfield Medical Centre"""),
    m("Re: interview feedback", """\
Tomasz,

Thanks for following up. I'll be honest: the panel felt your automation answers were strong but the exploratory testing exercise didn't go as well as we'd hoped, and that's most of the job. We're closing the loop on your application.

I'd encourage you to look at our SDET openings, which lean heavier on automation - you might be a better fit there.

Regards,
Greta Hoffmann
QA Lead, Steinberg Mobility

> Hi Greta, I hope you're well. I wanted to follow up on my interview last Monday for the Test Engineer position. Could you share any update? Kind regards, Tomasz""",
      note="'closing the loop' without the usual words; suggests other roles"),
    m("Thank you from Greenhill Foods", """\
Hello Darnell,

Thank you again for meeting with the team at our Northampton facility.

We've filled the Inbound Supervisor position.

We'll retain your information for future supervisory roles and may be in touch.

Greenhill Foods Talent Team"""),
    m("Re: Content & Community Assistant", """\
Hi Priya, thanks so much for your patience. Good news for someone, not such good news for you, I'm afraid — we made an offer to another candidate yesterday and they accepted this morning. I really enjoyed our chat about community-led brands and I hope our paths cross again. — Nadia""",
      note="says 'offer' and 'good news' but about another candidate"),
    m("Outcome: Head of Year 9 (internal & external)", """\
Dear Megan

Further to your interview for the above post, the Trust has decided to appoint an internal candidate. I would like to thank you for your interest in the position and in Harwood Learning Trust.

Regards
Trust HR Team
Harwood Learning Trust
Please note this mailbox is monitored Monday to Friday 8am-4pm."""),
    m("Thanks for the trial", """\
Hey Luca,

Thanks for jumping on the line for our Friday service, you kept your head when the ticket machine died which was impressive.

We've had a think and we're going to stick with the current team for now instead of bringing a new CDP on. The numbers just don't stack up going into January. Sorry mate - I'd have you back for a shift any time if you need cash work.

Cheers
Tom
Head Chef, Salt & Ember""",
      note="role not filled at all; the offer of casual shifts is not the job"),
    m("Re: Payroll & Accounts Assistant - Dublin", """\
Dear Olumide,

Many thanks for your interest in the Payroll & Accounts Assistant position with Corrib Estates.

Having reviewed the interview panel's notes, we regret that your application will not be progressed further on this occasion. The successful candidate holds a current Irish payroll qualification (IPASS), which proved decisive.

We wish you every success.

Is mise le meas,
Siobhán Ní Bhriain
HR Administrator, Corrib Estates DAC"""),
    m("Analyst position", """\
Hi,

Following our interview, we have decided not to pursue your candidacy for the Data Analyst position. Thank you for your time.

Regards,
M. Kowalczyk
Finanse Polska Sp. z o.o."""),
    m("Re: Band 6 Community Nurse – Interview 4th Nov", """\
Hi Aoife,

So sorry for the radio silence - we've had two of the team off sick and I've been covering visits.

I'm afraid you weren't successful this time. It was really close and the panel asked me to pass on that your answer on safeguarding was excellent. The post went to a nurse already working in the locality.

We are going out to advert again for a Band 5 community post in January - I'd love to see your name on that.

Best wishes
Bernie
Bernadette Shaw, Community Team Lead (East)
Mobile 07700 900 214
Working days Mon-Thu"""),
    m("Your application has been reviewed", """\
Hi Tomasz,

Your application for Senior QA Analyst at Pebblepay was reviewed by the hiring team.

Unfortunately, they have decided to move forward with other applicants.

This isn't the end of the road - explore 40+ open roles at Pebblepay <https://jobs.ashbyhq.com/pebblepay>.

Powered by Ashby""",
      headers={"From": "no-reply@ashbyhq.com", "Auto-Submitted": "auto-generated"},
      note="invites other applications but is a rejection"),
    m("Re: Supervisor role", """\
Darnell, I spoke to the GM. He's decided to promote from within for the supervisor job, one of our lead hands. Sorry bud. Thanks for coming out to the yard.

Rick"""),
    m("Marketing Assistant – Stockholm", """\
Hej Priya,

Tack for your application and the interview last week.

We have now decided about the role and we will go further with a candidate who speaks Swedish, as a lot of the work is with local media. I understand this is sad to hear and I want to say your portfolio was very good.

Lycka till!
Elin Berg
Marknadschef, Nordvik Design AB"""),
    m("Re: Supply Teacher Registration / long-term cover at Fairfield", """\
Hi Megan,

Quick one — Fairfield have let me know they've decided to fill the long-term Year 2 cover with a teacher who covered for them last year, so that one's off the table. Really sorry.

The good news is your registration with us is all complete, so I can start sending you day-to-day supply from Monday if you want it? Just let me know your availability.

Thanks,
Kerry
Kerry Atwal | Education Consultant | Brightpath Education
T: 0121 496 0099""",
      note="'good news' is about supply registration; the long-term role is a no"),
    m("Sous Chef application - Hotel Almirante", """\
Dear Mr Bianchi,

We thank you for participating in the selection process for the position of Sous Chef at Hotel Almirante Lisboa.

We regret to inform you that your profile has not been selected to continue in the process. We appreciate your interest in our group and we will keep your curriculum in our database for future opportunities.

Best regards,
Human Resources Department
Almirante Hotels & Resorts"""),
    m("RE: Assistant Accountant", """\
Hi Olumide

Thanks for your patience. The client came back this morning and has decided not to proceed. They felt you were a bit overqualified for the level and were worried you'd get bored. Frustrating I know.

Speak soon
Ali

Alistair Reed | Accountancy Division | Crane & Co Recruitment | 0113 496 0801"""),
    m("Regarding your recent interview", """\
Dear Hana,

Thank you for your interest in the Junior Data Analyst position at the Office for Regional Statistics and for attending the interview on 5 November.

The panel has now concluded its assessment. I regret to inform you that you did not reach the required standard in the competency 'Communicating and Influencing' and therefore have not been recommended for appointment.

Your scores were as follows:
Technical: 6
Seeing the Big Picture: 5
Communicating and Influencing: 3
Working Together: 5

The pass mark for each behaviour is 4. You may request further written feedback within 14 days.

Yours sincerely,
Government Recruitment Service""")
]


# ---------------------------------------------------------------- rejection (part 2: threads and hard cases)
REJECTION += [
    m("Unsuccessful – Ref 348-ACM-7712", """\
Dear Aoife,

Please log in to your Trac account to view a message regarding your application.

<https://apps.trac.jobs/applicant/login>

This is an automated email. Please do not reply.""",
      headers={"From": "noreply@trac.jobs", "Auto-Submitted": "auto-generated"},
      note="the outcome is only in the subject line"),
    m("Re: Re: Re: Test Engineer – Payments", """\
Hi Tomasz,

Thanks for bearing with us, and apologies for the back and forth on dates earlier in this thread.

I've now had the debrief with Ravi and Olu from the squad. They both enjoyed talking to you and appreciated how methodical your bug reports were. Where we landed, though, is that we need someone who can own our Playwright suite from day one, and we felt there'd be too much ramp-up for that. So we're going to close things out on our side.

I know that's a frustrating outcome after three stages. If you want a 15-minute call for detailed feedback I'm very happy to do that.

All the best,
Katja

On Fri, 13 Nov 2026 at 09:12, Tomasz Nowak <tomasz.nowak@proton.me> wrote:
> Hi Katja,
>
> Tuesday works great, thank you. Looking forward to meeting Ravi.
>
> Best,
> Tomasz
>
> On Thu, 12 Nov 2026 at 17:40, Katja Ritter <katja.ritter@loopline.io> wrote:
>> Hi Tomasz, sorry, we need to move the pair-testing session to Tuesday at 10. Does that work? K"""),
    m("Fwd: Candidate update – Warehouse Supervisor", """\
Hi Darnell - passing on the client's note below. Sorry it wasn't better news. Chat soon, Chris

---------- Forwarded message ---------
From: Nicola Brown <n.brown@wrenlogistics.com>
Date: Fri, 20 Nov 2026 at 15:48
Subject: Candidate update – Warehouse Supervisor
To: Chris Walton <chris@ashcroftstaffing.co.uk>

Hi Chris,

Thanks for sending Darnell over. GM liked him but we've decided to go with the other candidate who's already done a peak season on our WMS. Please pass on our thanks.

Nicola""",
      note="forwarded by an agency; the rejection is the client's"),
    m("Re: Social Media Executive – wrong email, please ignore previous", """\
Hi Priya,

I'm so sorry - you'll have received an email from me an hour ago congratulating you and asking for your start date. That was meant for another candidate and I attached it to the wrong thread. I'm mortified.

I'm afraid the correct news for you is that we won't be taking your application forward this time. I really am sorry for the confusion and for getting your hopes up.

Lou""",
      note="corrects an earlier offer sent to the wrong person; the real message is a no"),
    m("Re: Teaching position", """\
Dear Megan,

Thank you for your email and for the lovely card you sent to the children of 4B — it is now on the classroom wall.

Before I forget: you left your umbrella in the staff room. I've put it in reception with your name on it, please do collect it whenever suits.

I also wanted to let you know that the Governors met last night. After a great deal of discussion, they have appointed another candidate who has experience of leading Maths across a school, which we need for next year. I know this will be disappointing.

With warmest wishes,
Janet""",
      note="the decision comes only after unrelated business"),
    m("Re: CDP – Salt & Ember (from Tom's phone)", """\
This is Tom's partner Becca writing for him as he's burnt his hand (he's fine!). He asked me to tell you he's decided not to fill the job for now, he's really sorry and thanks for coming in.

Becca""",
      note="written on the manager's behalf by someone else"),
    m("Senior Accountant – Vantage Brook [RE: your application]", """\
Dear Olumide,

Thank you for your application and for attending interview.

We have considered all applications very carefully and regret that on this occasion we will not be offering you the post.

Yours sincerely,
Fiona Grant
HR Manager

Sent on behalf of Fiona Grant by Patrick Hale, HR Assistant"""),
    m("Re: Following up — Data Analyst", """\
Hi Hana,

Thanks so much for following up and for your patience through a long process.

We've decided to offer the position to another candidate. It was a very hard choice - you were one of two finalists - and I would genuinely like to stay in touch for future openings on the team, which we expect in the spring.

Warmly,
Owen

> Hi Owen, I hope you had a good week. I wanted to check whether there was any news on the Data Analyst role? I'm still very excited about the opportunity. Best, Hana""",
      note="'offer the position to another candidate'"),
    m("RE: [EXT] RE: Registered Nurse – Oncology", """\
Dear Aoife,

Further to my colleague Ayesha's email below, I'm writing to close off your application. We will not be progressing to appointment, as the post has been frozen pending the outcome of the trust-wide vacancy control panel.

I'm really sorry to deliver this news.

Regards,
Martin Price
Lead Nurse, Cancer Services

From: Ayesha Rahman
Sent: 18 November 2026 11:02
To: Aoife Brennan; Martin Price
Subject: RE: Registered Nurse – Oncology

Hi Aoife, just to say Martin will be in touch shortly about your application. Kind regards, Ayesha

From: Aoife Brennan
Sent: 17 November 2026 20:47
To: Ayesha Rahman
Subject: Registered Nurse – Oncology

Dear Ayesha, I hope you're well. I wondered if there was any news about the Oncology post? Best wishes, Aoife""",
      note="several people on one thread; the role is frozen"),
    m("Sua candidatura – Testador de Software", """\
Olá Tomasz,

Agradecemos seu interesse na vaga de Testador de Software. Após análise, decidimos seguir com outros candidatos neste momento.

(Automatic translation)
Hello Tomasz,
We thank your interest in the vacancy of Software Tester. After analysis, we have decided to follow with other candidates at this moment.

Abraços,
Equipe de RH – Nuvem Tecnologia, São Paulo""",
      note="machine translation: 'follow with other candidates'"),
    m("Re: your visit", """\
Darnell,

Cheers for coming to look round. I'll be straight with you - after you left, the owner told me he wants to keep the supervisor job in the family, his nephew's coming back from uni. Nothing I can do about it. If you want a forklift driver job it's yours tomorrow but I know that's not what you're after.

Gav""",
      note="offers a lower job but says no to the supervisor role"),
    m("Marketing Graduate – application update", """\
Hi Priya,

Thanks for taking the time to complete our video interview. We've had an incredible response this year.

Having reviewed your responses, we've decided not to invite you to the assessment centre.

We know this isn't the outcome you'd hoped for. You're welcome to reapply next year.

The Early Careers Team, Brightmore Group"""),
    m("Sorry Megan", """\
Megan, I'm ever so sorry, it's not good news. Head went with the NQT who did her placement here. Honestly you were my pick. Gutted. Ring me tonight if you want. Bev x

Sent from my iPhone""",
      note="informal tip-off from a staff member who was on the panel"),
    m("Re: Kitchen job", """\
Hi Luca,

Sorry for not answering earlier. We have now found a chef, so the place is not available anymore.

Greetings,
Anja
Gasthaus Zum Löwen, Salzburg"""),
    m("RE: Senior Accountant position", """\
Olumide,

I'm writing on behalf of David Chen, our Finance Director, who is travelling. David asked me to thank you for meeting him and to let you know that, after much consideration, he has decided to pursue another candidate for the role.

He very much enjoyed your conversation about lease accounting.

Best regards,
Lin Wu
Executive Assistant to the Finance Director""",
      note="written by an assistant on the manager's behalf"),
    m("Analytics Engineer", """\
Hi Hana,

Sorry - one more thing I should have said on the call. We've decided we're not going to make you an offer. I realise I was a bit vague earlier and I don't want you waiting on something that isn't coming.

Divya""",
      note="contains the word 'offer' in the negative"),
    m("Re: Re: Nurse vacancy – Perth", """\
G'day Aoife,

Thanks again for the call, and sorry about the time difference hassles.

Unfortunately the team have advised me that they're going to hold off on international recruitment this round and fill the vacancy through a local grad. They asked me to let you know they'd be open to hearing from you next year once your AHPRA registration is through.

Cheers,
Kylie Norris
Nurse Recruitment, Swan Coast Health, WA
+61 8 5550 4412"""),
    m("Re: Invitation to interview – Test Analyst (CORRECTION)", """\
Dear Tomasz,

Please disregard the previous email inviting you to a second interview. It was sent in error by our system to all candidates at stage one.

We regret to inform you that your application will not progress to the next stage.

We sincerely apologise for the confusion.

Recruitment, Ostrava Bank""",
      note="corrects an invitation sent in error; the real message is a no"),
    m("Re: Night supervisor", """\
Hi Darnell

I'm sorry for the late reply. We had the regional manager visit this week and it's been non-stop. I've attached the forms you asked for about the forklift refresher course - you don't need them now, but keep them anyway, they'll be useful wherever you go.

On the supervisor job, we have hired someone internally. I wanted you to hear it from me rather than the portal.

All the best
Sandra""",
      note="the decision follows unrelated business"),
    m("Re: Copywriter (Junior) — Priya Raman", """\
Hi Priya,

Appreciate you coming in. We've had a long think and we don't think this is quite the role for you — it's much more technical B2B writing than the brand work you lit up talking about. I'd hate for you to take it and be bored in six months.

Genuinely hope you find the right thing.

Ollie""",
      note="framed as advice; never uses 'unsuccessful' or 'not progressing'"),
    m("Application outcome", """\
Hi Megan,

Thank you for your interest in the Early Years Lead role at Little Acorns Nursery.

We've now made an appointment.

Kind regards,
Little Acorns Nursery""",
      note="terse: 'we've now made an appointment' means someone else"),
    m("Re: Commis Chef, London", """\
Dear Mr Bianchi,

We thank you for the interest you have shown in our group. Your candidacy, although of great quality, was not retained for this position. We will not fail to contact you again if a position corresponding to your profile becomes vacant.

Please accept, Sir, the expression of our distinguished salutations.

Human Resources, Groupe Lefèvre Restauration""",
      note="translated French formula: 'not retained'"),
    m("Thank you, Olumide", """\
Dear Olumide,

Thank you for your time and effort throughout our recruitment process. Although you weren't chosen for the Management Accountant role on this occasion, we were impressed by your experience and would like to keep your details on file.

Yours,
The Recruitment Team
Westmarsh Borough Council"""),
    m("Re: interview", """\
Hana - we're going to pass. Thanks. -J""",
      note="one line, 'pass'"),
    m("Re: Bank Nurse application – status", """\
Hi Aoife,

Thanks for getting in touch. I've looked into your application and I'm sorry to say the bank is currently closed to new registrants for adult nursing - we've had to pause onboarding due to a surplus over winter. This means we can't take your application any further at present.

I'd suggest trying again from April.

Kind regards,
Staff Bank Team""",
      note="process paused/closed for her application"),
    m("Halvorsen Systems – decision on your application", """\
Dear Tomasz,

Following your interviews for the role of Senior Test Engineer, I'm writing to let you know that Halvorsen has decided to pause all external hiring in Norway and Poland until further notice. As a result, we are closing all open requisitions, including the one you applied to.

We know you invested time in our process and we are sorry to end it this way.

Kind regards,
Ingrid Solberg
HR Business Partner""",
      note="hiring freeze closes the role"),
    m("The warehouse job", """\
Hi Darnell, I'm really sorry but my manager has told me the job isn't going ahead after all. The site's being sold. Sorry to mess you around.

Paula

Sent from my Samsung Galaxy smartphone."""),
    m("Re: Community Manager interview", """\
Hi Priya,

Thanks for the lovely chat on Wednesday and for the follow-up email (and the book recommendation - I've already ordered it!).

I had a debrief with the team yesterday. We all agreed you'd be brilliant somewhere, but our community lead role needs someone who has run a membership programme before, and we're going to look for that profile. I'm sorry this isn't better news.

If you're ever in Bristol, let's get lunch - I'd like to introduce you to a few people.

Hannah""",
      note="'going to look for that profile': implicit no, plus a lunch offer"),
    m("SEN Teacher – Northfield School", """\
Dear Megan,

I'm sorry to let you know that following your interview for the SEN Teacher post we will not be offering you the position. The panel felt that you would benefit from further experience with pupils with complex needs before taking on a class at Northfield.

With best wishes,
Dr L. Okeke
Deputy Headteacher"""),
    m("Re: Junior Sous – stage feedback", """\
Luca,

Cheers for the two days. You're a hard worker and the team liked you. But Chef wants someone with more experience on the pass, and he didn't see that this time. So we won't take it forward.

If you want to come back and do a week on garnish to learn the system, you're welcome - unpaid though, I'm afraid. Let us know.

Freddie
Kitchen Manager""",
      note="unpaid learning week is not a job offer"),
    m("Your application to Brightwell Accounting", """\
Hi Olumide,

We appreciate you taking the time to interview with us. While your qualifications are impressive, the hiring team has concluded that another candidate's experience is a closer match for this position.

Take care,
Brightwell Accounting Recruiting
Please do not reply to this email; this mailbox is not monitored.""",
      headers={"From": "noreply@brightwellaccounting.com"}),
    m("Quanta Health – Senior Data Analyst (req 2291)", """\
Hi Hana,

Thank you for your interest in the Senior Data Analyst role. After reviewing your background with the hiring team, we felt your experience is better aligned with our mid-level role (which you already interviewed for!). As a result, we won't be moving forward with your application for req 2291.

Best,
Jordan""",
      note="rejection for one role while another is live"),
]


# ---------------------------------------------------------------- rejection (part 3)
REJECTION += [
    m("Fwd: Nurse Practitioner – outcome", """\
Mum forwarded this from the old address, sorry Aoife I only just saw it!! x Ciara

---------- Forwarded message ---------
From: Recruitment <jobs@westbayhealth.ie>
Date: Mon, 9 Nov 2026 at 10:15
Subject: Nurse Practitioner – outcome
To: aoife.brennan@eircom.net

Dear Aoife,

Thank you for attending interview for the post of Clinical Nurse Specialist. We regret to inform you that you were not placed on the panel for this post.

Yours sincerely,
HR Department, West Bay Health Services""",
      note="forwarded by a relative; 'not placed on the panel' is the Irish public-sector no"),
    m("Re: Re: QA Contractor – day rate", """\
Tomasz, I pushed them on £450 but they won't move above £380 and they've now said they'll go with a cheaper contractor they already know. So it's dead unfortunately. Sorry, I tried.

Ryan

> Ryan, I can't go below £430 a day for this. If they can't meet that I'll have to pass. T""",
      note="negotiation collapsed; the client chose someone else"),
    m("Re: Supervisor – Hinckley", """\
Hello Darnell,

Thank you for attending the interview at our Hinckley site. I regret to advise you that we will not be taking your application further.

For data protection reasons we are unable to give detailed feedback.

Regards
Recruitment Team"""),
    m("PR Assistant", """\
hey priya! so sorry, we went another way on the PR role 🙁 you were amazing though!! x

—
sent from phone, excuse typos"""),
    m("Re: Teaching in Korea – EPIK", """\
Dear Megan Foley,

Thank you for your interest in the EPIK program. We regret to inform you that you have not been selected for the Spring 2027 intake. Due to the large number of applicants, we are unable to provide individual feedback.

EPIK Office"""),
    m("Re: Head chef role - thanks", """\
Luca,

We've chosen someone whose food is closer to what we do - more classical French. Yours is lovely, just not us. Don't take it personally.

Rosalind""",
      note="'chosen someone' — for a different role than the Lakeside head chef offer"),
    m("RE: Group Accountant", """\
Dear Olumide

Thank you for your interest in this position.

After reviewing your application and interview we have decided that you do not meet all of the criteria for the role at this time. We would therefore not be able to offer you the position.

Kind regards
HR"""),
    m("Re: Interview – BI Developer", """\
Hi Hana,

Just a quick note to say thank you for your time on Friday. We've decided to go with a candidate who has more Power BI experience. Your Python skills were impressive though - have you thought about applying for our Data Engineer role? I can refer you.

Best,
Chloe""",
      note="rejection plus a suggested other role"),
    m("Re: Application Nurse ICU – Norway", """\
Dear Aoife,

Thank you for your patience. Unfortunately, we have to inform you that we are not able to go further with your application, because the Norwegian authorisation (HPR) must be in place before start and this takes longer than the time we have for this position.

We wish you good luck.

Vennlig hilsen
Ingvild Haugen
Seksjonsleder, Intensiv, Sykehuset Vestfold"""),
    m("Thank you for your time", """\
Dear Tomasz,

Thank you for taking part in the interview process for the QA Lead role. After careful consideration, we have decided to proceed with a candidate with more people management experience.

We appreciate your interest in Cobalt Labs.

Kind regards,
Adebayo"""),
    m("Re: Inventory Control Supervisor", """\
Mr. Hughes,

Thank you for your interest. We have reviewed your qualifications, and while your background is impressive, we have identified candidates who more closely meet our current needs.

Sincerely,
Human Resources
Midwest Cold Chain, Inc."""),
    m("Re: Brand Assistant at Verdant – update", """\
Hi Priya,

Apologies for the confusion in my last email, where I said we'd be in touch next week. We've actually had to stop the hiring process for the Brand Assistant role as our budget for next year has been cut. So I'm afraid that position won't be going ahead.

I'm truly sorry, Clara""",
      note="a different role at the company that later offers the internship"),
    m("Re: Teacher of English – Kingsmead", """\
Dear Megan,

Following our telephone conversation this afternoon I confirm that we will not be offering you the post of Teacher of English.

Thank you again for the lovely lesson.

Mr P. Danso
Headteacher, Kingsmead School""",
      note="written confirmation of a phone call"),
    m("Re: Chef job", """\
Hi

We are sorry we have no place for you now. Thanks for coming

Restaurant Olivia""",
      note="broken English, very short"),
    m("Your application for Accounts Payable Lead", """\
Hi Olumide,

Thank you for your interest in Northvale. We wanted to let you know that we have decided to proceed with other candidates for the Accounts Payable Lead role. We encourage you to keep an eye on our careers page.

Northvale Talent Acquisition""",
      headers={"From": "no-reply@smartrecruiters.com"}),
    m("Re: Thank you!", """\
Hi Hana,

Thank you for the note! It was great to meet you.

Unfortunately I have some disappointing news: we are not going to proceed. We went with an internal transfer for this one.

Best wishes,
Alicia

> Hi Alicia, thank you so much for taking the time to meet me today - I really enjoyed the case study discussion. Hana""",
      note="Quanta Health's second team; the main offer was for another team"),
    m("Re: CNS Diabetes", """\
Aoife - thank you for coming. Sorry it's a no on this occasion; the panel felt you needed a bit more specialist experience. Happy to chat about development. Jo""",
      note="short; 'it's a no'"),
    m("Update from Steinberg Mobility", """\
Dear Tomasz,

We would like to thank you once again for your application. We have carefully reviewed all applications and regret that we have to inform you that we have decided in favour of other candidates.

We would be pleased if you continue to follow our company and apply again.

Kind regards
Your Steinberg Mobility Recruiting Team""",
      note="formula translated from German"),
    m("RE: RE: Warehouse Supervisor", """\
Darnell,

Sorry - just saw I never replied to your last two emails. The job went to someone else a couple of weeks ago. My fault for not telling you.

Lee""",
      note="late admission; the role was filled earlier"),
    m("Re: Marketing Internship – Berlin", """\
Hi Priya,

thanks a lot for the interview. We have decided now and the internship goes to another applicant, mainly because of the German language. We liked you a lot and it was close.

All the best from Kreuzberg!
Lena
Marketing Lead, Spreewerk GmbH"""),
    m("Re: Maternity cover – St Mary's", """\
Hi Megan,

Sorry for the delay. St Mary's have told me the teacher is coming back early from maternity leave, so the cover is no longer needed. They've cancelled the booking. I'll look for something else for you.

Kerry""",
      note="cover role cancelled"),
    m("Re: Sous Chef – Lakeside", """\
Luca, hi, it's Elspeth. Just to clarify my voicemail - the Sous Chef job is gone, the owners gave it to the current CDP. The Head Chef conversation is still separate and ongoing, I'll be in touch about that.

E.""",
      note="no to one role, another role still open"),
    m("Assistant Financial Controller – closing the loop", """\
Hi Olumide,

I wanted to close the loop on the Assistant Financial Controller role. We've decided to hire someone with more US GAAP exposure given our parent company's reporting needs.

Thanks for the thoughtful conversation, and I hope we cross paths again.

Ethan
VP Finance, Harlow Biotech""",
      note="'close the loop' phrasing"),
    m("Application update: Junior Data Analyst (Ref: 388190) – not successful", """\
Dear Hana Sato,

There has been an update to your application for Junior Data Analyst (Ref: 388190): Unsuccessful at interview.

Sign in to your Civil Service Jobs account to view feedback.

Civil Service Jobs""",
      headers={"From": "donotreply@csjobs.service.gov.uk", "Auto-Submitted": "auto-generated"}),
]


# ---------------------------------------------------------------- rejection (part 4)
REJECTION += [
    m("Re: Staff Nurse – Paediatrics", """\
Hi Aoife,

Thank you for your interest. I've had a look and I'm afraid as you don't hold the RN Child qualification we're unable to consider you for this post, even with your adult experience. Sorry - it's a requirement of the NMC for this ward.

Kind regards,
Rachel Ibe
Recruitment Lead, Children's Services"""),
    m("Re: Re: Re: Re: Tester role – Leeds", """\
Hi Tomasz,

Thanks for your patience — I know this thread has got long!

To summarise: the client has now finished interviewing, and they've decided to hire the other finalist, who has more mobile testing experience. They were very complimentary about you, especially your SQL knowledge, so please don't be discouraged.

I'll call you this week with a couple of other roles I think would suit.

Ryan

> Hi Ryan, any news from the client?
>> Tomasz, client's seeing one more person on Thursday, should know Friday.
>>> Thanks Ryan, how did they feel the interview went?
>>>> Hi Tomasz, great feedback from the client! They'll be in touch about next steps.""",
      note="long thread; earlier quoted messages are positive"),
    m("Re: Transport Supervisor", """\
Hi Darnell

I'm afraid the client has put the role on hold indefinitely after losing a major contract. I don't expect it to come back.

Regards
Chris""",
      note="on hold indefinitely"),
    m("[Brightmore Group] Your application", """\
*Brightmore Group*

Hi Priya,

Thank you for your application to our 2027 Marketing Graduate Scheme. We've carefully reviewed your online test results, and unfortunately you haven't met the benchmark required to progress further this year.

Best of luck with your search.

Early Careers Team

Privacy Policy <https://careers.brightmore.com/privacy>""",
      headers={"From": "earlycareers@brightmore.com"}),
    m("Re: Geography Teacher", """\
Dear Ms Foley,

Thank you for coming in today. As discussed at the end of the day, I'm writing to confirm that we will not be taking your application further.

Kind regards,
Mr J. Whitworth
Deputy Head"""),
    m("Re: Breakfast Chef", """\
Hi Luca

we've filled the breakfast chef job sorry. thanks for applying

Karen
Harbour View B&B"""),
    m("RE: Interview Follow-up - Treasury Analyst", """\
Olumide,

Thanks for the note. The team has completed its review and decided not to move forward. I wish you every success.

Regards,
Paolo Rinaldi
Treasurer, Volta Energy"""),
    m("Re: Data Analyst – Fjordline (reopened?)", """\
Hi Hana,

Thanks for checking in. I'm sorry to say the budget for the BI role hasn't been reinstated and we've also decided to restructure the team, so the position won't return in its previous form. I'd prefer to be honest rather than keep you hoping.

Best,
Nils""",
      note="the earlier freeze becomes permanent"),
    m("Application update – Agency Nurse Registration", """\
Dear Aoife,

Thank you for your interest in joining Meridian Healthcare. Following our compliance review we are unable to proceed with your registration at this time, as we currently require a minimum of 12 months' UK post-registration experience.

Best regards,
Meridian Compliance Team"""),
    m("Your application to Cobalt Labs", """\
Hi Tomasz,

Thanks for your interest in QA Engineer at Cobalt Labs! Unfortunately, the team has decided not to move forward with your application at this time.

We know this isn't the news you were hoping for — we wish you all the best.

Cobalt Labs via Workable""",
      headers={"From": "noreply@workablemail.com"}),
    m("Re: Logistics Coordinator", """\
Darnell,

You asked me to be honest so I will. You interviewed well but the feedback was you talked over the MD a few times and he didn't like it. It's a no from them. Sorry mate, bit of a blunt one.

Chris""",
      note="blunt feedback and a no"),
    m("Re: Marketing Assistant - Event Co.", """\
Hi Priya,

Hope you had a good weekend!

I just wanted to follow up as promised. We loved meeting you, and it was a really tough decision, but we've decided to go with someone who has a little more events experience. I'm sure you'll find the right role very soon.

Best,
Zoe
Events Director, Lark & Lantern Events""",
      note="after pleasantries; 'decided to go with someone'"),
    m("Re: Supply – Year 6", """\
Megan, unfortunately the school said they'd prefer someone who has taught Y6 SATs before so they've gone with one of our other teachers. Sorry! Kerry"""),
    m("Re: Private chef position", """\
Dear Luca,

Thank you for the lovely menu. After meeting a few chefs, the family has decided to go with someone who can travel with them to the Alps in February, which I understand you cannot.

Kind regards,
Victoria Sands
Household Manager, on behalf of the Ashworth family""",
      note="written by a household manager on the family's behalf"),
    m("Thank you for interviewing with Larchfield Accounting", """\
Dear Olumide,

Thank you for interviewing with Larchfield Accounting. We appreciate the time you spent with us. At this time, we have decided to move forward with another candidate for the Staff Accountant position.

We will retain your resume and may contact you about future openings.

Larchfield HR"""),
    m("Re: Fw: CV – Junior Data Scientist", """\
Hi Hana,

Thanks for sending this over via Raj. I've had a look at your CV and I don't think we're the right fit right now - we really need someone with a PhD and publications for this role.

Best of luck,
Emma
Head of Data Science""",
      note="reply to a referral; 'not the right fit'"),
    m("Re: Bank staff interview", """\
Aoife,

Thank you for your interview. I'm sorry to let you know we cannot offer you a place on the bank. You did not pass the drug calculation test (required score 100%). You may reapply after 6 months.

Staff Bank Team"""),
    m("Re: Contract role – Test Lead", """\
Hey Tomasz, the client has gone quiet and I've just heard through the grapevine they've given it to their old contractor. I'm taking that as a no, sorry mate. I'll chase them for official confirmation. Ryan""",
      note="recruiter's informal conclusion"),
    m("Re: Re: Your application – Team Leader", """\
Darnell

Thank you for your email. I have checked the status of your application and it has been marked as unsuccessful. The vacancy has now closed.

Kind regards
HR Shared Services
Kestrel Retail Distribution Ltd

> Please could you tell me the outcome of my application for the Team Leader (Days) role? I haven't heard anything. Darnell Hughes"""),
    m("Re: Intern role", """\
Priya — sorry, this has taken ages. Genuinely though: we've decided not to hire an intern this year. Nothing you did. Budget thing. Hope you're well! Sam""",
      note="role cancelled"),
    m("Re: Thank you and feedback", """\
Dear Megan,

Thank you for your email. As you know, we appointed another candidate following your interview.

The panel noted that your lesson was well-planned but felt that you needed to demonstrate more differentiation for the lower-ability students. Your interview answers on behaviour management were strong.

I hope this helps and wish you every success.

Mrs K. Ahmed""",
      note="feedback restating an earlier no"),
    m("Re: CDP - Fjord", """\
Hi Luca,

We had more people for stage than we expected this month. We decide to take a chef who is already in Copenhagen and can start now. Sorry for this. We hope you enjoyed the days with us.

Mads""",
      note="stage done at Fjord; then not hired (different round from the Fjord fish-section offer)"),
    m("Re: Accountant (Part-Qualified)", """\
Hi Olumide

I'm sorry to say the partners have decided you're too senior for this role and would likely leave quickly. It's a compliment really! Let me know if you'd like me to look out for something more senior.

Best
Sophie Hale, Finance Recruitment"""),
    m("Product Analyst – Update", """\
Hi Hana,

We've decided to move forward with another candidate for the Product Analyst position. We really appreciate the time you put into the process.

Thanks,
Lumenpath Recruiting""",
      headers={"From": "recruiting@lumenpath.com"}),
    m("Re: Your application (Nurse, Aged Care)", """\
Hi Aoife,

Thanks heaps for your time on the phone. Unfortunately we won't be proceeding with your application as we need someone already in Australia with full AHPRA registration.

Best of luck!
Anita
Recruitment, Bluegum Aged Care""",
      note="Australian register"),
    m("Re: Your candidacy", """\
Hi Tomasz,

I'm afraid that's a no from the hiring manager. She wanted more Selenium experience. Not the end of the world!

Ella
Talent Acquisition, FlowPay""",
      note="'that's a no'"),
    m("Ops Lead – Application status", """\
Hello Darnell,

We regret to inform you that your application for Ops Lead was not selected for further consideration.

Thank you for your interest.

Pinecrest Fulfillment""",
      headers={"From": "noreply@pinecrest.icims.com"},
      note="ATS, different req from the supervisor offer"),
    m("Re: Thank you — Content Marketing", """\
Hi Priya,

Thanks for reaching out. We've decided not to proceed with your candidacy.

Kind regards,
Talent Team"""),
    m("Application – History Teacher", """\
Dear Megan Foley,

Thank you for your application for the post of Teacher of History at Westfield School. Unfortunately, you have not been shortlisted for interview on this occasion.

Regards,
HR Team"""),
    m("Re: Pastry chef job", """\
Ciao Luca,

Sorry, I have to say no - the owner wants only pastry chefs with laminated dough experience. I know you are a good cook but this is specific. Let me know if you want the line cook job instead, different money.

Gianni""",
      note="no to the role applied for; mentions another role"),
    m("Re: Budget Accountant", """\
Dear Olumide,

Thank you for your time. I'm sorry to tell you that, while you scored well in the technical test, the panel has decided to appoint a candidate who scored higher overall.

Best wishes,
Finance Directorate, Westmarsh Borough Council"""),
    m("Re: Re: Analyst role", """\
Hana,

Sorry to be the bearer of bad news. The team have given the role to someone else. I'm happy to give you detailed feedback - just say the word.

Chloe""",
      note="'bearer of bad news'"),
    m("Application status: Registered Nurse – Med/Surg", """\
Hi Aoife,

Your application for Registered Nurse – Med/Surg (Req #44210) has been moved to: Not Selected.

Mercy Regional Medical Center""",
      headers={"From": "noreply@mercyregional.taleo.net", "Auto-Submitted": "auto-generated"},
      note="ATS status line; Med/Surg req, not the ED req she was offered"),
    m("Re: Junior Tester – feedback", """\
Tomasz,

We're going with someone else for this one, sorry. Not much more to say. Good luck.

Max""",
      note="curt"),
    m("Re: Forklift Supervisor", """\
Hi Darnell, thanks for coming down. We've offered the job to another chap with more experience on reach trucks. Cheers, Phil""",
      note="'offered the job to another'"),
    m("Dein Bewerbungsprozess bei Spreewerk", """\
Hallo Priya,

vielen Dank für deine Zeit. Leider haben wir uns für eine andere Person entschieden.

[English below]
Hi Priya, thank you for your time. Unfortunately we have decided on another person.

Viele Grüße,
Spreewerk People Team""",
      note="German and English; second Spreewerk role"),
    m("Re: Phone interview", """\
Hi Megan,

Thank you for speaking with me yesterday. We've decided not to invite you to an in-person interview as the position requires a Welsh speaker.

Kind regards,
Catrin Morgan
Ysgol Glan Tawe""",
      note="no after a phone screen"),
]


# ---------------------------------------------------------------- offer (part 1)
OFFER += [
    m("Staff Nurse – Ward 9 – conditional offer", """\
Dear Aoife,

Further to your recent interview, I am delighted to confirm that we would like to appoint you to the post of Staff Nurse, Band 5, Ward 9 (Respiratory), subject to satisfactory pre-employment checks including references, occupational health clearance, an enhanced DBS check and verification of your NMC registration.

Our recruitment team will be in touch via Trac shortly to start these checks. Your salary will be at Band 5 point 2 (£31,049 pro rata) and your start date will be agreed once checks are complete.

Welcome to the team - we're really looking forward to working with you.

Best wishes,
Femi Okonjo
Ward Manager, Ward 9"""),
    m("Re: Test Engineer", """\
Hi Tomasz,

Great news — the team wants you! We'd love you to join as a Test Engineer on the Payments squad. Base is £46k plus 8% bonus, 27 days holiday, hybrid 2 days in the Manchester office. I'll send the paperwork over once you give me a verbal yes, and we can talk about a start date around your notice.

Give me a ring when you can - 07700 900 412.

Becky
Becky Shaw | Talent Partner | Loopline"""),
    m("Warehouse Supervisor – Congratulations!", """\
Darnell,

Good to speak earlier. As discussed, we'd like you to start as Warehouse Supervisor (Days) on Monday 7th December at £34,500 plus shift allowance. Contract attached - sign and send it back and bring your passport and NI number on your first day for the right to work check.

Any problems, call me.

Karen Bell
Site HR, Apex Parcels - Daventry
01327 555 019"""),
    m("Re: Marketing Coordinator", """\
Hi Priya,

I'm so pleased to tell you we'd like you to come and work with us as our Marketing Coordinator! Everybody who met you was really enthusiastic.

I've attached a formal letter with the details (£27,000, 4-day week trial, starting January). Have a read, take the weekend, and let me know if you have any questions.

Can't wait,
Jess"""),
    m("Appointment – Teacher of English", """\
Dear Megan,

Further to my telephone call this afternoon, I am writing to confirm the Governing Body's decision to appoint you to the post of Teacher of English (MPS) at Castlegate High School with effect from 1 January 2027.

This appointment is subject to satisfactory references, an enhanced DBS disclosure, a prohibition-from-teaching check and medical clearance. Our HR Officer, Mrs Patel, will contact you regarding these.

On behalf of the whole school community, congratulations.

Yours sincerely,
Dr A. Simmons
Headteacher"""),
    m("the job", """\
luca the job is yours if you want it. 13.50 an hour to start, going to 15 after 3 months. can you start tuesday? let me know today pls

Jim
Sent from my iPhone""",
      note="no 'offer' word, terse phone mail"),
    m("Offer of Employment – Senior Accountant", """\
Dear Olumide,

Following your recent interviews, we are pleased to offer you the position of Senior Accountant at Vantage Brook Holdings Ltd, reporting to the Financial Controller.

Key terms:
- Salary: £52,000 per annum
- Hours: 37.5 per week, hybrid (3 days office)
- Holiday: 25 days plus bank holidays
- Pension: 6% employer contribution
- Start date: to be agreed

This offer is conditional upon satisfactory references and a basic DBS check. Please sign and return the enclosed copy of this letter by 4 December 2026.

Yours sincerely,
Fiona Grant
HR Manager"""),
    m("Welcome to the team, Hana!", """\
Hi Hana,

I'm thrilled to confirm that we'd like you to join Quanta Health as a Data Analyst. Your offer letter is attached and you'll also receive a DocuSign link shortly.

A few highlights: $92,000 base, equity as outlined in the letter, full benefits from day one. Your manager will be Alicia Romero.

Please let me know by Wednesday if you have any questions. We're very excited!

Best,
Jordan Lee (they/them)
Recruiting Lead, Quanta Health
(415) 555-0133"""),
    m("Re: Re: Nurse – Dubai", """\
Dear Aoife,

Congratulations! The Nursing Director has approved your selection for Registered Nurse (Medical-Surgical). Please find attached the offer letter: AED 14,500 monthly basic plus housing and transport allowance, annual return flight.

Kindly sign and return with your passport copy within 5 working days so we can begin DHA licensing and visa processing.

Best Regards,
Fatima Al Mansoori
Talent Acquisition Specialist
Al Noor Specialist Hospital, Dubai, UAE
Mob: +971 50 555 0147

> Dear Fatima, thank you for the interview yesterday. I am very interested in the role and look forward to hearing from you. Kind regards, Aoife"""),
    m("Re: QA role", """\
Hi Tomasz,

I spoke with the CTO this afternoon and we'd like to bring you on board. We can do the €58k you asked for. HR will send the contract tomorrow; it's pending a standard background check.

Talk soon,
Katja"""),
    m("RE: Shift Manager interview", """\
Hi Darnell

Just to follow up my voicemail - we were really impressed at the assessment day and we want to offer you the Shift Manager position at our Corby site. We'd need you on nights for the first 6 months. Package is £38k + 20% night premium.

Please call me back on 01536 555 207 to discuss.

Thanks
Yvonne Hart | Resourcing Advisor | Norland Distribution"""),
    m("Re: Digital Marketing Assistant", """\
Hiya Priya,

Sorry it took an age - the MD was away. Long story short: we'd love you to start with us! Monday 11th January if that works? We'll send the contract over this week. £25k, and we'll pay for your Google Ads cert.

So chuffed,
Mo
Founder, Little Lantern Studio""",
      note="no 'offer' word"),
    m("Supply teacher – term placement", """\
Hi Megan,

Lovely news! Ridgeway Juniors have come back and want you for the Year 5 maternity cover from January through to Easter, full time, £190 a day through us. Can I confirm you're happy to accept? They'd like you to pop in for a handover afternoon before the holidays.

Kerry
Brightpath Education"""),
    m("Head Chef position - Lakeside Lodge", """\
Dear Luca,

Thank you for cooking for us on Sunday. The owners and I were unanimous. We would like you to lead our kitchen as Head Chef from 1 February, with accommodation on site, salary £42,000 and a share of the tronc.

I enclose the written terms. Please confirm acceptance by return.

Sincerely,
Elspeth Murray
General Manager, Lakeside Lodge, Ullswater"""),
    m("Fwd: Offer – Finance Business Partner", """\
Olu - see below, client has come through! Call me ASAP.

Mark

---------- Forwarded message ---------
From: Deborah Vance <d.vance@kelmscott.co.uk>
Date: Thu, 19 Nov 2026 at 16:22
Subject: Offer – Finance Business Partner
To: Mark Tierney <mark.tierney@harpergrove.co.uk>

Mark,

We'd like to make Olumide an offer for the FBP role at £58,500 + 10% bonus. Subject to references. Can you let him know and see when he could start?

Deborah""",
      note="forwarded by an agency: the offer is from the client, passed on"),
    m("Data Analyst – Contract offer", """\
Hi Hana,

Following your interviews, we are pleased to offer you a 12-month fixed-term contract as Data Analyst in our Strategy team, starting 4 January 2027. Salary NZD 88,000.

Please find the individual employment agreement attached. Under NZ law you are entitled to seek independent advice before signing.

Ngā mihi,
Aroha Tane
People & Culture, Te Awa Energy, Wellington"""),
    m("Congratulations", """\
Dear Ms. Brennan,

On behalf of Mercy Regional Medical Center, I am pleased to extend to you a conditional offer of employment for the position of Registered Nurse, Emergency Department (Night Shift, 0.9 FTE), at an hourly rate of $48.75.

This offer is contingent on verification of your licensure with the Illinois Department of Financial and Professional Regulation, a drug screen, and a background check.

Please log into the candidate portal to accept.

Sincerely,
Human Resources"""),
    m("Re: second interview", """\
Tomasz hi,

good news, after the second interview we decide to hire you for the position Tester. Salary as we discussed 14 000 PLN brutto, B2B or UoP what you prefer. Please tell me when you can begin, we need somebody from 1 of December if possible.

Regards
Paweł Zieliński
CEO, Softwerk sp. z o.o."""),
    m("Your new role with Tidewater Freight", """\
Hi Darnell,

I'm excited to let you know you've been selected for the Yard Supervisor position in Savannah! We'd like to offer a starting salary of $62,000 with full benefits.

Next steps: you'll receive an email from our background check partner, Sterling, within 24 hours. Once that clears, we'll confirm your start date.

Welcome aboard!
Tasha Greene
HR Generalist, Tidewater Freight"""),
    m("Re: Internship follow-up", """\
Hi Priya,

Thank you for the lovely follow-up note. It actually made the decision easier - we'd like you to join our brand team as the 6-month Marketing Intern starting in January, paid at London Living Wage.

I'll have HR send the formal details.

All best,
Clara Stein
Brand Director, Verdant Beauty"""),
    m("Year 3 Teacher - Dubai", """\
Dear Megan,

It is our pleasure to offer you the position of Year 3 Class Teacher at Al Waha British School for the academic year starting August 2027.

Your package: AED 13,000/month, furnished accommodation, annual flights, medical insurance, and tuition for one dependent.

Please review the attached contract and respond within 7 days.

Warm regards,
Principal's Office
Al Waha British School"""),
    m("Re: Chef de Partie – Copenhagen", """\
Hi Luca,

We were happy with your stage. We want you in the team on the fish section. Contract from 15 January, 37 hours, 31.000 DKK per month. Housing help for the first 3 months we can arrange. Do you say yes?

Best,
Mads
Restaurant Fjord, København""",
      note="no 'offer' word; non-native English"),
    m("RE: Assistant Accountant – Bristol", """\
Hi Olumide,

Pleased to say the client has made you an offer! £34,000, hybrid, start date flexible. They've asked that you confirm by Friday. Written offer to follow from their HR today.

Give me a call, big congrats!!

Ali"""),
    m("Data Analyst opportunity – verbal", """\
Hi Hana,

Thanks for taking my call just now. As promised, here it is in writing while HR prepares the formal letter: we're offering you the Data Analyst role at £44,000, starting as soon as your notice allows.

Reply here to accept and I'll kick off the paperwork.

Owen
Owen Marsh, Analytics Manager, Northpoint Utilities"""),
]


# ---------------------------------------------------------------- offer (part 2: threads and hard cases)
OFFER += [
    m("Re: Re: Re: Ward 9 – second stage", """\
Hi Aoife,

Sorry this is a bit rushed, I'm between meetings.

Thanks for coming in yesterday, and for staying late with Matron - she was very taken with how you handled the sepsis scenario.

I'm delighted to say we'd like to offer you the Band 5 post on Ward 9. HR will send the conditional offer through Trac in the next day or two. I just didn't want you to wait for the formal letter.

Speak soon,
Femi

On Thu, 3 Dec 2026 at 16:55, Aoife Brennan <aoife.brennan@gmail.com> wrote:
> Hi Femi, thank you again for today. I really enjoyed meeting Matron and the team.
>
> On Mon, 30 Nov 2026 at 09:10, Femi Okonjo <femi.okonjo@nhs.net> wrote:
>> Hi Aoife, Thursday 3 December at 14:00 is perfect. Femi"""),
    m("Fwd: Test Engineer – offer approved", """\
Tomasz - forwarding the approval from our VP so you have it in writing. Formal letter follows Monday. Welcome!! Katja

---------- Forwarded message ---------
From: Rahul Iyer <rahul@loopline.io>
Date: Fri, 27 Nov 2026 at 12:03
Subject: Test Engineer – offer approved
To: Katja Ritter <katja.ritter@loopline.io>

Approved at £47k + standard bonus. Go ahead and make the offer to Tomasz.

R""",
      note="internal approval forwarded to the candidate with 'welcome'"),
    m("Re: Supervisor – Pinecrest", """\
Hi Darnell,

Thank you for your patience while our VP was travelling. I'm happy to share that we'd like you to join Pinecrest as Operations Supervisor, second shift. I'll send a written offer this afternoon with compensation details ($58,000 + shift differential) and benefits.

Looking forward to working with you.

Marisol""",
      note="same company that rejected him for a different req earlier"),
    m("Welcome aboard!", """\
Hey Priya!!

Ok so the founders met this morning and it's a YES. We want you as our first marketing hire 🎉 Details: £28k, equity options (small but real!), remote-first with a Friday in the office. Contract coming from our lawyer tomorrow.

Mo""",
      note="no 'offer' word"),
    m("Your appointment – Teacher of English, Ashgrove Academy", """\
Dear Megan,

I'm delighted to confirm that, following your interview on 20 November, the panel has recommended your appointment as Teacher of English from January 2027, subject to the usual safer-recruitment checks.

Our HR Officer will write to you with a formal contract.

Congratulations and welcome,
Mrs H. Quayle
Principal, Ashgrove Academy""",
      note="'recommended your appointment'"),
    m("Sous Chef", """\
Luca!

You've got it. Come in Thursday to sort the paperwork. Start on the 7th. Same money we talked about.

Marco""",
      note="short, no 'offer' word; the earlier Trattoria Vela rejection was an earlier round"),
    m("RE: Your application – Head of Finance", """\
Dear Olumide,

Thank you for your patience during our process. I am pleased to confirm that the Board has approved your appointment as Head of Finance at the Millbrook Trust, on a salary of £61,200, subject to two satisfactory references and a Disclosure and Barring Service check.

Please confirm your acceptance by reply.

With best wishes,
Helen Varma
Chief Executive"""),
    m("Data Analyst – Northpoint (formal)", """\
Hi Hana,

Following our call, please find your formal letter of offer attached. It includes the salary (£44,000), pension, holiday and a proposed start date of 11 January 2027.

Please sign via DocuSign by 2 December if you're happy.

Owen""",
      note="formal follow-up of the earlier verbal offer"),
    m("Re: Agency placement", """\
Aoife,

Good news - the Trust wants to take you on as a long-term agency nurse on ICU for 13 weeks from 7 Dec, £32/hr. Can you confirm so I can book you in?

Joanne
Brookfield Nursing Agency""",
      note="agency placement"),
    m("Offer – Test Automation Engineer (Wrocław)", """\
Hi Tomasz,

Thank you for your time during the interviews. We are happy to offer you the position of Test Automation Engineer at Nordlight Software. In the attachment you will find the offer with conditions: B2B contract, 165 PLN/h, 100% remote with a visit in Wrocław once a quarter.

We are waiting for your answer until Friday.

Best regards,
Agnieszka Wójcik
Recruiter"""),
    m("Re: interview today", """\
Darnell - loved meeting you. If you want the job, it's yours. Call me. Rick""",
      note="conditional on his wanting it, but a real offer"),
    m("Congratulations from Orla & Finch!", """\
[image: Orla & Finch]

Dear Priya,

Congratulations! We are delighted to offer you a place on the Orla & Finch Graduate Marketing Scheme 2027, beginning 6 September 2027.

Your offer pack, including your contract and details of our pre-joining events, can be found in your candidate portal.

Please accept your offer within 14 days.

The Early Careers Team""",
      note="second application cycle (spring); earlier rejection was another scheme"),
    m("Year 5 maternity cover confirmed", """\
Hi Megan,

Just confirming: Ridgeway Juniors have booked you for the Year 5 maternity cover, 4 January – 26 March. Your timesheet login will arrive separately.

Kerry""",
      note="agency confirms a placement; follows a yes"),
    m("Offerta di lavoro – Chef", """\
Gentile Luca,

siamo lieti di offrirle la posizione di Chef de Cuisine presso il nostro ristorante a Milano, con contratto a tempo indeterminato (CCNL Turismo, livello 1), a partire dal 1 marzo 2027.

[Translated by Google]
Dear Luca,
we are pleased to offer you the position of Chef de Cuisine at our restaurant in Milan, with a permanent contract (CCNL Tourism, level 1), starting from 1 March 2027.

Cordiali saluti,
Direzione, Ristorante Bramante"""),
    m("Finance Manager – welcome to Corrib", """\
Dear Olumide,

Following your second interview, I am pleased to advise you that you have been successful and we would like you to join Corrib Estates as Finance Manager.

Your contract will issue from HR this week. We'd hope for a start date of 1 February 2027.

Is mise le meas,
Declan Ó Súilleabháin
CFO""",
      note="'you have been successful'"),
    m("Re: Data Analyst – final round", """\
Hi Hana,

Wonderful news: the team would like to extend an offer to you for the Analytics Engineer role! Details below:

Base: $118,000
Bonus: 10% target
Equity: 4,000 RSUs over 4 years
Start: January 11, 2027

I'll send the formal letter through Ashby shortly. Can we find 15 minutes today or tomorrow to walk through it?

Priyanka Shah
Talent Partner, Orbital Data Inc.""",
      note="asks for a call too"),
    m("Re: Offer", """\
Hi Aoife,

Yes, absolutely - we can do the 0.8 FTE you asked for. The offer stands at 0.8 with the same band and start date. I'll get HR to reissue the letter.

Grace

> Dear Grace, thank you so much for the offer! I'm delighted. Would it be possible to work 0.8 FTE rather than full time, for childcare reasons? Aoife""",
      note="revised offer in reply to the candidate's question"),
    m("Contract – Loopline", """\
Hi Tomasz,

Please find attached your employment contract for the role of Test Engineer, starting 4 January 2027.

Please sign and return via DocuSign within 7 days. If you have any questions please don't hesitate to get in touch.

Kind regards,
People Team, Loopline""",
      note="formal contract after the verbal offer; could be read as request"),
    m("Re: Trial day", """\
Hiya Darnell, you did great today. Gaffer says start Monday, 6am, team leader on the chilled side, same rate we said. Bring boots. Cheers, Sue""",
      note="no 'offer' word"),
    m("Re: Content Executive – correction", """\
Hi Priya,

I'm really sorry about the confusion yesterday. To be totally clear now: the email congratulating you WAS meant for you. The 'wrong email' message was supposed to go to another candidate. We would love you to join us as Content Executive.

Please ignore the correction, and my apologies for the stress!

Amaka Eze
People Lead, Bramble & Co.
she/her""",
      note="mail-merge mix-up corrected in the other direction; the real news is the opposite of the 'correction'"),
]


# ---------------------------------------------------------------- offer (part 3)
OFFER += [
    m("Re: Band 6 – Community", """\
Aoife, I'm so pleased to tell you the panel agreed unanimously - we'd like you to join the East community team as a Band 6 from February. I'll ring you tomorrow to talk it through, and HR will follow up with the paperwork.

Bernie
Sent from my iPhone""",
      note="same sender who rejected her for an earlier post"),
    m("Re: Re: Contract – QA Lead", """\
Tomasz, they said yes to £430! Start Monday 7th, 6 months initially, inside IR35. I'll send the contract now. Cheers, Ryan

> Ryan, if they can meet £430 I'm in. T""",
      note="contract role agreed at the asked rate"),
    m("Fwd: Warehouse Manager – Tidewater", """\
Darnell,

Good news from the client, forwarded below. Please call me.

Chris

---------- Forwarded message ---------
From: Tasha Greene <tgreene@tidewaterfreight.com>
Date: Tue, 24 Nov 2026 at 8:42 AM
Subject: Warehouse Manager – Tidewater
To: Chris Walton <chris@ashcroftstaffing.co.uk>

Hi Chris — we'd like to move forward with Darnell for the Warehouse Manager role at our Felixstowe site. Offer is £45k + car allowance. Let me know when he can talk.

Tasha""",
      note="forwarded client decision"),
    m("Your offer from Bramble & Co.", """\
Hi Priya,

Following our call, here's your offer in writing:

Role: Content Executive
Salary: £29,500
Start date: 4 January 2027
Location: Hybrid, Leeds

Please click the link below to review and sign.
<https://bramble.hibob.com/offer/7712>

Amaka""",
      note="formal follow-up of the mix-up thread"),
    m("Lead Teacher – Seoul", """\
Dear Megan,

We are pleased to inform you that you have been selected for the position of Lead English Teacher at Hanbit International School, Seoul, starting March 2027. Your monthly salary will be KRW 3,200,000 with housing provided.

Please reply to accept and we will begin your E-2 visa paperwork.

Best regards,
Min-jun Park
Academic Director""",
      note="'selected' without 'offer'"),
    m("Re: cook test", """\
Luca, the family loved dinner. Victoria says they want you for the ski season after all - the other chef dropped out. 6 weeks in Verbier, £1,200/week plus board. Yes?

Victoria

Sent from my iPad""",
      note="reversal after an earlier no from the same household"),
    m("RE: Interim Financial Controller", """\
Olumide,

Client is keen to bring you in as interim FC from 1 December, 3 months initially, £550/day. They've asked if you can meet the CFO on your first morning for a handover. Are you happy to proceed?

Mark""",
      note="interim contract; mentions a meeting but the job is offered"),
    m("Data Analyst – Te Awa Energy – revised offer", """\
Kia ora Hana,

Following our discussion, we've revised your offer to a permanent position (rather than fixed-term) at NZD 92,000. An updated agreement is attached.

Ngā mihi,
Aroha""",
      note="revised offer"),
    m("Nurse – Klinikum Nord – Zusage", """\
Sehr geehrte Frau Brennan,

wir freuen uns, Ihnen mitteilen zu können, dass wir Sie gerne als Gesundheits- und Krankenpflegerin einstellen möchten.

(We are pleased to inform you that we would like to employ you as a registered nurse.)

Ihren Arbeitsvertrag erhalten Sie per Post.

Mit freundlichen Grüßen
Personalabteilung, Klinikum Nord""",
      note="'Zusage' = acceptance; no 'offer' word in English"),
    m("Welcome to Nordlight!", """\
Hi Tomasz,

We're delighted that you're considering joining Nordlight. As promised, here's the revised offer: we've increased the rate to 175 PLN/h and added a €1,000 equipment budget.

Let us know your decision by Wednesday.

Agnieszka""",
      note="'your decision' refers to his decision on the offer"),
    m("Re: Night Shift Manager", """\
Darnell, the role's yours if you want it. Same package as Yvonne told you, we just need a yes by Friday. - Mike, Site GM, Norland Corby""",
      note="short; confirms a package"),
    m("Re: Brand Intern – good news", """\
Hi Priya,

Good news: HR confirmed we CAN take two interns! So the internship is yours if you'd still like it. Same terms: 6 months from January, London Living Wage.

Clara""",
      note="resolves the earlier deciding thread"),
    m("Re: Maths Teacher – Sydney (update)", """\
Hi Megan,

I have some good news! The school has been able to secure an additional sponsorship place for 2027, and the Principal would like to offer you the Maths Teacher position after all, starting Term 1 (late January). Please see the attached letter.

Kind regards,
Tamsin""",
      note="reversal of an earlier visa-based no"),
    m("Re: Line Cook", """\
Luca ok so the line cook job, 12.50 an hour, 40 hours. If yes start next week. Gianni""",
      note="terse; no 'offer' word"),
    m("Your offer – Kelmscott Group", """\
Dear Olumide,

I am pleased to confirm our offer of employment for the position of Finance Business Partner, as set out in the enclosed contract. This offer is conditional upon receipt of satisfactory references.

Please sign and return one copy.

Yours sincerely,
HR Department, Kelmscott Group plc""",
      note="formal letter after the forwarded agency offer"),
    m("Re: Data Analyst – NHS", """\
Dear Hana,

Congratulations! Following your interview, I am pleased to inform you that you have been successful and we would like to offer you the post of Data Analyst (Band 6), subject to satisfactory pre-employment checks.

Your conditional offer letter will follow via Trac.

Kind regards,
Mohammed Asif
Head of Business Intelligence"""),
    m("RE: Practice Nurse – reconsidered", """\
Hi Aoife,

I hope you don't mind me getting back in touch. The nurse we appointed has withdrawn. If you are still interested, we would like to offer you the Practice Nurse post, with training for cervical screening provided.

Please let me know.

Pam""",
      note="reversal after the first choice withdrew"),
    m("Re: Trial outcome", """\
Tomasz, you passed the probation trial with flying colours. We'd like to keep you on permanently at the same rate. Paperwork Monday. Paweł""",
      note="trial converted to a permanent job"),
    m("Re: Night supervisor job", """\
Hello Darnell

Sandra here again. The internal candidate has turned the job down, so the supervisor job is there for you if you want it. £33k plus nights allowance. Let me know.

Sandra""",
      note="reversal: same sender said no earlier"),
    m("Re: Marketing Assistant – Stockholm", """\
Hej Priya,

A surprise: the candidate we chose has taken another job. We would like to offer you the position instead, and we can give you Swedish lessons. Are you still interested?

Elin""",
      note="reversal"),
    m("Re: Head of English", """\
Dear Megan,

Following two very full days, I am delighted to offer you the post of Head of English at Riverside Academy, subject to references and checks. The Trust will write formally.

With warmest congratulations,
Mrs K. Ahmed"""),
    m("Re: tasting menu", """\
Luca,

The owners adored the tasting. The Head Chef role is yours — 1 February, as per Elspeth's note. We'll get the cottage ready.

Rosalind""",
      note="confirms after a tasting"),
    m("Senior Accountant – revised terms", """\
Hi Olumide,

Good news: the hiring manager approved £56,000. We'll send an updated offer letter today. Please confirm acceptance by reply.

Fiona""",
      note="settles the counter-offer"),
    m("Re: Re: Final round", """\
hi hana, just heard from our VP of data — it's a yes from everyone!! i'll send numbers and the letter tomorrow but wanted you to hear it tonight. congrats!!!

kofi (meridian labs talent)
sent from my phone""",
      note="verbal yes; no 'offer' word"),
]


# ---------------------------------------------------------------- reply (part 1)
REPLY += [
    m("Re: Thank you – Staff Nurse interview", """\
Hi Aoife,

Thank you for your kind email, it was lovely to meet you too. I'll pass your thanks on to Jo and Mandeep.

Have a good weekend,
Grace

> Dear Grace, I just wanted to say thank you for taking the time to interview me today. I really enjoyed seeing the ward and meeting the team. Whatever the decision, I learnt a lot. Kind regards, Aoife""",
      note="the candidate's own quoted words mention a decision"),
    m("Re: Parking at the interview", """\
Hi Tomasz, yes there's visitor parking behind building C, just give your reg at the barrier. See you tomorrow. Katja""",
      note="logistics answer for an already-fixed interview, no time change"),
    m("Re: Re: Supervisor role – a question", """\
Hi Darnell,

Good question. The shifts are 4 on 4 off, 6am-6pm, rotating to nights every 6 weeks. Overtime is paid at time and a half. Uniform and safety boots provided.

Steve"""),
    m("Re: Sorry I missed your call", """\
No worries at all Priya! Nothing urgent, I was just calling to say thanks for sending your portfolio over. Will be in touch when I've got more news.

Lou""",
      note="'will be in touch' with no outcome or timing"),
    m("Re: Safeguarding certificate", """\
Dear Megan,

Thank you, I've received the certificate and forwarded it to HR. Nothing else needed from you for now.

Best wishes,
Linda Cole
PA to the Headteacher"""),
    m("Re: Trial shift", """\
Ha no worries Luca, glad you got home ok. The lads said you were sound. Yeah the knives are Japanese, Tojiro, we buy them from a place in Shoreditch.

Tom""",
      note="small talk after a trial"),
    m("RE: Following up", """\
Hi Olu,

Sorry mate, I'm off sick today and properly out of it. I'll chase the client tomorrow and come back to you.

Mark
Sent from Outlook for iOS""",
      note="delay apology with no outcome; not 'deciding' as it gives no status of the client's decision"),
    m("Re: Thank you", """\
Thanks Hana, really appreciated. It was great to chat about the churn model - send me that paper on survival analysis you mentioned if you get a chance!

Ben"""),
    m("Re: Your offer from Northgate", """\
Hi Aoife,

Yes, of course - ask as many questions as you like. Night shifts are paid at time and a third, and yes, you'd get a 2-week supernumerary period. I've copied in Jo from Learning & Development who can tell you more about the preceptorship.

Femi

> Hi Femi, thank you so much for the offer, I'm thrilled. Before I accept, could you tell me a bit more about nights and the induction? Thanks, Aoife""",
      note="subject and quote mention the offer, but this message just answers questions"),
    m("Re: Re: Referral", """\
Hi Tomasz,

Honestly happy to refer you - I've put your name in through our internal system, you should get an automated email from Greenhouse. No guarantees of course, I'm just a lowly dev! Let me know how it goes.

Pete"""),
    m("Re: my application", """\
Hi Darnell,

I'm not actually involved in hiring for the Leicester site, sorry - I moved to the Midlands procurement team last month. The person you want is Aisha Kaur in Recruitment (aisha.kaur@brakewell.co.uk).

Good luck!
Jenny"""),
    m("Re: LinkedIn message", """\
Hi Priya,

Thanks for reaching out! I don't think we're hiring juniors right now, but I'm always happy to chat about getting into the industry. What sort of marketing are you most interested in?

Sam
Sam Oyelaran | Growth Lead | Parcelbird"""),
    m("Re: Teaching post — decision?", """\
Dear Megan,

Thank you for your email. I'm afraid I'm simply the school's office manager, so I don't have any information about the outcome - the Headteacher handles this directly. I've passed your message to her.

Kind regards,
Sue Harding
Office Manager

> Dear Sir/Madam, I interviewed on Monday for the Teacher of Science post and wondered whether a decision had been made. If I have been unsuccessful I would appreciate feedback. Many thanks, Megan Foley""",
      note="quoted candidate mail mentions decision and 'unsuccessful'"),
    m("Re: Allergen training", """\
Hi Luca - yep Level 2 is fine, you don't need Level 3 for a CDP here. Cheers, Amira"""),
    m("Re: Congratulations on the new role", """\
Olu!! Thank you so much, still can't believe it. Drinks on me when I'm back from Lagos. Let's catch up properly in December.

Funmi""",
      note="a friend's reply, not an employer; talks about her own new role"),
    m("Re: coffee?", """\
Hi Hana! Would love to. I'm in the office Tues & Thurs - just ping me on Slack when you're nearby. Also FYI our team isn't hiring this quarter but the Growth analytics team might be.

Raj""",
      note="offer of coffee, mentions hiring in passing"),
    m("Out of curiosity", """\
Hi Aoife,

Was it you I saw at the RCN conference in Liverpool? I thought I recognised you from your interview last month but didn't get a chance to say hello.

Hope you're well,
Bernie"""),
    m("Re: Re: Re: Contract question", """\
Tomasz,

Got it - I'll ask legal about the IP clause. It's a standard one, I think, but fair to check. Back to you by tomorrow.

Katja

> Thanks, Katja. One more thing - clause 14 on intellectual property seems quite broad. Could it be limited to work done in company time?
>
>> Hi Tomasz, attached is the contract. Let me know if anything is unclear. K""",
      note="answer to a contract question after an offer; 'back by tomorrow' is about legal, not a hiring decision"),
    m("RE: Forklift licence", """\
Hi Darnell,
Counterbalance is fine, reach would be a bonus but we can train you. No need to send anything else.
Karen"""),
    m("Re: Re: Thank you!", """\
Ahh thank you Priya, that's really kind. Honestly you did brilliantly, don't worry about the presentation glitch, it happens to everyone. Fingers crossed for you! x

Nadia

> Hi Nadia, thank you so much for showing me around today. Sorry about the laptop dying halfway through my slides! Really hope to hear good news. Priya""",
      note="warm reply; 'fingers crossed' is not an outcome"),
    m("Re: Reference for Megan Foley", """\
Dear Mr Atherton,

Apologies, I think this was meant for Megan rather than for me - I am her current Head of Department, so I've forwarded it on to her and will send my reference directly to the address in your form.

Kind regards,
Paul Webb
Head of English, Millbrook School""",
      note="a referee writing on a thread the candidate is copied on"),
    m("Re: Menu ideas", """\
Luca - loved the celeriac idea. Let's talk about it when you're in. The butcher delivers on Wednesday so maybe the beef dish works better on Thursday. E""",
      note="after the offer was accepted; plain work chat"),
    m("Re: Question about the role", """\
Hi Olumide,

Thanks for your question. The role reports to the Financial Controller and covers two entities (UK and Ireland). Month-end is usually working day 5. We use Sage Intacct.

If you'd like to discuss further, I'm free for a quick call - just let me know.

Best,
Fiona"""),
    m("Re: Thank you / dataset", """\
Hana, thanks - I've received the notebook. It opens fine. I haven't had a chance to look properly yet. Owen""",
      note="acknowledges a submission in person, no status"),
    m("Re: [Ext] Interview follow-up", """\
Hi Aoife,

Thanks for your email. I'm sorry for the delay in replying - I've been on annual leave. I'm not sure where things are up to with the panel, so let me find out and get back to you.

Best wishes,
Sophie
Recruitment Coordinator""",
      note="delay apology with no status of the decision"),
    m("Re: Conference talk", """\
Hey Tomasz, just watched your talk on flaky tests from TestBash. Really good. Not hiring right now but would love to have you on our podcast some time? Let me know.

Adebayo
Engineering Manager, Cobalt Labs"""),
    m("Re: Re: Last day?", """\
Darnell,

Yep, you can finish on the 4th, that's fine by me. I'll let payroll know. We'll miss you mate, good luck at Apex.

Gary""",
      note="current employer replying about notice period"),
    m("Re: Your decision", """\
Hi Priya,

Totally understand and thank you for letting me know so quickly - it's always hard when the timing's not right. Best of luck at Little Lantern, they're lucky to have you.

Jess

> Hi Jess, thank you so much for the offer. After a lot of thought I've decided to accept another role that's closer to home. I'm really grateful for your time. Priya""",
      note="candidate declined; quoted text contains 'offer' and 'decided'"),
    m("Re: Visa question", """\
Hi Megan,

Thanks for asking. We are an accredited sponsor and have sponsored overseas teachers previously. I'm afraid I can't comment on individual cases until after the interview.

Regards,
Tamsin"""),
    m("Thanks!", "Cheers Luca, got the photo of the tasting menu. Looks class. Speak next week.\n\nMarco"),
    m("Re: Feedback request", """\
Hi Olumide,

Of course - I've asked the hiring manager for notes. He's travelling this week so it may be a few days.

Harriet

> Hi Harriet, thank you for letting me know the outcome. While I'm disappointed, I'd really appreciate any feedback you could share. Olumide""",
      note="quotes the candidate referring to an earlier rejection; this one just promises feedback"),
    m("Re: Re: Take-home question", """\
Hi Hana, good catch - yes, the orders table has duplicates on purpose. Treat them however you think is sensible and just explain your choice. Cheers, Ben""",
      note="answer to a question about a task, not a new stage"),
    m("Re: Uniform", """\
Hello Aoife,

Uniforms are ordered by the ward once you start - you'll wear navy scrubs for the first week. Bring black shoes.

Femi"""),
    m("RE: Hello from a former colleague", """\
Tomasz!! So good to hear from you. Yes I left Halvorsen in the summer, best decision I made. I heard they're going through a rough patch with layoffs. Happy to connect you with my manager at Northwind if you're looking - we might have a QA opening in Q1.

Marta""",
      note="mentions a possible opening in passing"),
    m("Re: Thank you for the opportunity", """\
You're welcome, Darnell. You took the news well and I appreciated your note. Keep in touch.

Marisol

> Dear Marisol, thank you for letting me know your decision. I'm disappointed, but I appreciate you being direct. If anything changes I'd love to be considered. Best, Darnell""",
      note="after a rejection already received; this message itself gives none"),
    m("Re: Portfolio link not working", """\
Hi Priya - ah, that's odd, it works for me now. Maybe it was a Notion glitch. All good!

Clara"""),
    m("Re: DBS", """\
Hi Megan, thank you. Yes, you can use the update service - I've checked it online and all is fine. Mrs Patel""",
      note="confirms a check; not a request or an offer"),
    m("Re: Allergy", """\
Luca, noted, we'll make sure the staff meal has no shellfish on your days. Elspeth"""),
    m("Re: Strategy question", """\
Olu,

You're overthinking it. Just tell them you want £55k and see what comes back. Worst they can say is no.

D

> Dee, they've asked me for salary expectations. I'm thinking 50 but worried it's too low? What do you reckon?""",
      note="a mentor's advice; quoted text is about a salary request from an employer"),
    m("Re: presentation slides", """\
Hi Hana,

Thanks for sending the slides in advance — got them. Looking forward to it.

Alicia""",
      note="a thanks, no scheduling content"),
    m("Re: Agency nurse bank", """\
Hi Aoife

Sorry we don't cover Scotland, only NW England. You could try NHS Scotland's bank. 

Kind regards
Joanne
Brookfield Nursing Agency"""),
    m("Re: Re: Test Engineer - still interested?", """\
Tomasz, totally fair that you've accepted elsewhere. Congrats! I'll close your file. If things change just drop me a line.

Becky

> Hi Becky, thanks for thinking of me. I've actually accepted an offer at another company so I'll have to pass. All the best, Tomasz""",
      note="quotes the candidate's 'accepted an offer'"),
]


# ---------------------------------------------------------------- reply (part 2: decoys and threads)
REPLY += [
    m("Re: Re: Re: Ward 9 – second stage", """\
Hi Aoife,

Ha - yes, that was me in the lift! Sorry I didn't say hello properly, I was rushing to a bleep.

Femi

> Femi, was that you in the lift on Tuesday? I felt so rude not saying hi!""",
      note="small talk on a thread that later carries an offer"),
    m("Re: Declining the offer", """\
Hi Tomasz,

Thanks for letting me know, and for being so upfront. I completely understand - it sounds like a great opportunity at Nordlight. I've withdrawn the offer on our side.

If you ever want to come back, the door is open.

Best,
Katja

> Hi Katja, I'm very sorry but after a lot of thought I've decided to decline your offer. I've accepted a fully remote position. Thank you for everything. Tomasz""",
      note="the candidate declines; employer says 'withdrawn the offer' in response"),
    m("FW: Shift patterns", """\
Darnell, FYI below, this is what the night team currently run. Not a big deal, just so you know what you'd be walking into. Karen

-----Original Message-----
From: Tony Riggs
Sent: 20 November 2026 22:14
To: Karen Bell
Subject: Shift patterns

Karen, nights are 4 on 4 off, 18:00-06:00, 2x30 min breaks. Tony""",
      note="FYI forward after his start date was agreed"),
    m("Re: Thank you note", """\
Hi Priya,

Thank you for this, it's really lovely. Between us, you were a strong candidate and I'm still a bit annoyed we couldn't make it work. I hope Little Lantern treats you well.

Jess

> Hi Jess, I just wanted to thank you for considering me for the Junior Marketing Executive role even though it didn't work out. I've just accepted a role elsewhere and wanted to say thank you for your kindness through the process. Priya""",
      note="reply after an earlier rejection; quoted text mentions it"),
    m("Re: Lesson plan", """\
Megan — lesson plan received, thanks. It looks great. One thing: the Year 9 set is mixed ability, so you may want an extension task. Mrs Cole""",
      note="tips before a fixed lesson, not a new stage"),
    m("Re: Knife roll", """\
Found it mate, it was under the pass. I'll keep it in the office till you're next in. Freddie"""),
    m("Re: Re: Budget question", """\
Olu,

Good spot on the accruals. I'll have a look tomorrow. Nothing to do with your application by the way, just glad someone noticed!

Deborah""",
      note="work chat during an interim contract; 'application' in passing"),
    m("Re: Slack invite", """\
Hana - yes, the Slack invite is for the #data-community channel, not an interview thing. Anyone can join. See you there! Raj"""),
    m("RE: Your interview tomorrow", """\
Aoife, just a tip: the panel really like it when people talk about patient experience, not just clinical stuff. Don't tell anyone I said so :) Good luck! Bernie""",
      note="a friendly tip from a contact before an already-fixed interview"),
    m("Re: FYI: Loopline engineering blog", """\
Nice one Tomasz, thanks for the share - the post on contract testing is great. Katja"""),
    m("Re: Reference request", """\
Hi Darnell,

Of course, happy to be a referee. I'll give them a glowing one. Tell them to ring me on my mobile, I'm never at my desk.

Gary

> Gary, would you mind being a reference for me? Apex have made me an offer and need two references. Cheers, Darnell""",
      note="former manager agreeing to be a referee; quoted text mentions an offer"),
    m("Re: quick q about the role", """\
Hi Priya, the role is 4 days a week in the office, yes. We're flexible on Fridays. - Mo"""),
    m("Re: Observation feedback", """\
Dear Megan,

As requested, here are the notes from your lesson observation:

Strengths: clear learning objectives; excellent rapport; good use of cold-calling.
Next steps: more time on independent practice; check for understanding before moving on.

I hope this is helpful for your development.

Best wishes,
Dr L. Okeke""",
      note="feedback after an earlier rejection; gives no new outcome"),
    m("Re: Re: Recipe", """\
Yes chef - 70g per portion, braise 4 hours. Send me a photo when you try it. Marco""",
      note="friendly chat after a trial"),
    m("Re: Salary negotiation", """\
Hi Olumide,

Thanks for your email. I've passed your request for £56k on to the hiring manager and will come back to you once I have an answer.

Fiona

> Dear Fiona, thank you for the offer. I am very excited. Before accepting, I wondered whether there might be some flexibility on salary - would £56,000 be possible? Olumide""",
      note="pending counter-offer; the candidate's quoted mail mentions the offer"),
    m("Re: Equity question", """\
Hi Hana,

Great question. The RSUs vest 25% after 1 year, then quarterly. I've attached our equity FAQ. Happy to set up a call with someone from Finance if helpful.

Divya""",
      note="answers a question about an existing offer"),
    m("Re: Trac message", """\
Hi Aoife, I've checked and it's a system glitch, there's nothing new on your application. Sorry for the panic! Sophie""",
      note="says there's no news"),
    m("Re: Re: Re: Network meetup", """\
Hi Tomasz, was great to meet you last night! Here's that article on mutation testing I mentioned. Let's grab a coffee sometime.

Pete"""),
    m("Re: My application status", """\
Darnell,

Not my department I'm afraid - I run the Transport office. I'll mention to HR that you called.

Ian""",
      note="wrong person"),
    m("Re: Thanks!", """\
Pleasure Priya! Congrats again on the new role. We should get lunch in the new year.

Sam

> Hi Sam, thanks so much for all your advice over the past few months - I finally got an offer and I start in January! Priya""",
      note="networking contact; candidate's quoted mail mentions her offer"),
    m("Re: Leaving do", """\
Megan! Of course you can come to the leaving do, you're practically staff. Friday 18th, the Red Lion, from 4. Bev x"""),
    m("Re: Fish supplier", """\
Luca - our supplier is Brixham Direct, ask for Nick. Tell him I sent you. Don't let him sell you the frozen hake. Tom""",
      note="former trial employer giving a tip after declining him"),
    m("Re: Re: Timesheet", """\
Olumide, timesheet received, thanks. Payroll runs Thursday. Ali"""),
    m("Re: Confused", """\
Hi Hana,

Sorry for the confusion! You didn't miss anything. The email you received was a generic "application received" message from our new system for the role you already interviewed for. Please ignore it. Your process is exactly where we left it.

Rachel""",
      note="explains a stray automated mail; no status change"),
    m("Re: New number", "Thanks Aoife, I've updated your phone number on our system. Sophie"),
    m("Re: Interview dress code", """\
Hi Tomasz, totally casual - jeans are fine, most of us wear hoodies. Katja""",
      note="question about an already-booked interview"),
    m("Re: Re: Unsuccessful application – can I reapply?", """\
Hi Darnell,

Yes, you can reapply for any role after 3 months. There's no limit on how many times.

Aisha

> Hi Aisha, I got an email saying my application was unsuccessful. Am I allowed to reapply for the next supervisor opening? Darnell""",
      note="subject and quote say 'unsuccessful'; this reply just answers a question"),
    m("Re: Course recommendation", """\
Priya - the CIM Foundation certificate is a great start. Also look at Google's free Digital Garage. Good luck! Clara"""),
    m("Re: Card", """\
Dear Megan,

Thank you for your beautiful card - it really touched the team. We all wish you well at Ashgrove.

Janet""",
      note="after she took another job"),
    m("Re: The job is yours?", """\
Haha no Luca that was my cousin's number, wrong person! Jim's the one who does the hiring. He's on 07700 900 332.

Sal""",
      note="subject quotes the candidate's question about an offer"),
    m("Re: Welcome lunch", """\
Hi Olumide, lovely to hear you're joining! The team lunch is usually first Friday of the month - you'll be just in time for January's. Deborah""",
      note="future colleague's welcome, after the offer"),
    m("Re: Re: Question on case study", """\
Hi Hana,

Yes, you can use any tool you like - Excel, Python, R. What matters is your reasoning.

Jordan""",
      note="answers a question about a stage already set"),
]


# ---------------------------------------------------------------- reply (part 3)
REPLY += [
    m("Re: Re: Offer accepted!", """\
Fantastic, Aoife - so pleased! I'll let the team know. See you in February.

Bernie

> Bernie, I'd love to accept the Band 6 post. Thank you so much! Aoife""",
      note="acknowledges the candidate's acceptance"),
    m("Re: Loopline swag", """\
Haha yes Tomasz, the hoodie will be waiting on your desk. Size L noted. Katja"""),
    m("Re: Re: Start date", """\
Darnell, 7th is fine. See you then. Karen

> Karen, can I confirm the 7th as my first day? Cheers, Darnell""",
      note="confirms a start date after an offer; arguably scheduling"),
    m("Re: Apologies", """\
No need to apologise Priya, these things happen! Good luck with everything.

Jess

> Hi Jess, I'm so sorry, I'm going to have to withdraw my application - I've accepted another role. Priya""",
      note="candidate withdraws"),
    m("Re: Quick question about the January cover", """\
Hi Megan, the school uses Google Classroom, they'll set you up with a login on your first day. Kerry"""),
    m("Re: Re: Re: Stage", """\
Haha no problem Luca, we will send the photos of the dishes. The team say hi! Mads"""),
    m("RE: LinkedIn recommendation", """\
Olumide, done - I've written you a recommendation on LinkedIn. Hope it helps with the search. Harriet""",
      note="recruiter favour after a rejection"),
    m("Re: Survival analysis paper", """\
Thanks Hana, I'll read it this weekend. By the way, you asked about the role - I'm not on the hiring panel any more, I moved teams, so I honestly don't know where it's at. Ben""",
      note="mentions the role in passing without status"),
    m("Re: Nursing & Midwifery Council revalidation", """\
Hi Aoife,

Yes, your revalidation date is March 2027. You can submit any time in the 60 days before. Let me know if you need a confirmer.

Grace""",
      note="professional question to an old manager"),
    m("Re: Thank you for the opportunity", """\
Tomasz - thank you for the kind words. You were a pleasure to interview. I've connected with you on LinkedIn.

Greta

> Dear Greta, thank you for the feedback on my application. I understand the decision and I'll work on my exploratory testing. Best regards, Tomasz""",
      note="follow-up after an earlier rejection; quoted candidate mail mentions the decision"),
    m("Re: Recommendation", """\
Hi Darnell! Absolutely, I'll tell the team you're great. Let me know if Wren get back to you. Nicola""",
      note="friendly contact; no outcome"),
    m("Re: Still interested?", """\
Hi Priya,

Thanks for replying so quickly. Just to be clear, nothing has changed on our end - I was only checking you were still in the market before I send your CV to a client. I'll let you know if they want to meet.

Zara
Marketing Recruitment, Blueline Talent""",
      note="recruiter checking interest; no interview yet"),
    m("Re: Parents' evening", """\
Dear Megan,

Thank you for offering to help at parents' evening before you start. That's very kind, but not necessary - we'll see you in January!

Mrs H. Quayle""",
      note="the candidate's own offer to help, declined politely"),
    m("Re: Pricing", """\
Luca - no, the cottage is included, no rent. Utilities too. Elspeth""",
      note="answers a question about offered terms"),
    m("Re: Re: Interim role – IR35", """\
Olu, I've checked and the client confirmed the role is inside IR35 so you'll go through our umbrella. I'll send you the umbrella company details separately, no action needed yet. Mark"""),
    m("Re: Re: Re: Decision", """\
Hi Hana,

Totally fair, take the weekend to think. No pressure from our side.

Owen

> Owen, thank you so much for the offer. I have one other process finishing on Monday - could I give you my decision on Tuesday? Hana""",
      note="grants time to the candidate; the decision pending is hers"),
    m("Re: Re: Re: New Trac email?", """\
Hi Aoife — yes that Trac email is just the standard reminder, you can ignore it. Your checks are all done and you're good to go for the 8th. Sophie""",
      note="clarifies a system mail"),
    m("Re: Farewell drinks", """\
Tomasz, sad to see you go mate. Drinks at the Crown Friday? First round's on me. Jarek""",
      note="colleague at his old job"),
]


# ---------------------------------------------------------------- next-round
NEXT += [
    m("Second interview – Staff Nurse, Ward 9", """\
Dear Aoife,

Thank you for your interview on Monday. I'm pleased to say the panel would like to invite you back for a second stage: a 20-minute clinical scenario (drug calculation and a deteriorating-patient simulation) followed by a short conversation with the Matron.

Please let me know which of the following you can do:
- Wednesday 2 December, 10:00
- Thursday 3 December, 14:00

Best wishes,
Femi"""),
    m("Next step: technical task", """\
Hi Tomasz,

Thanks for the chat today. The team would like you to move to the next stage, which is a short take-home: you'll get access to a small web app with a few planted bugs, and we'd like a test plan plus a bug report for whatever you find. It should take 2-3 hours. There's no hard deadline but within a week is ideal.

I'll send the link in a separate email.

Katja"""),
    m("Assessment day invite – Shift Manager", """\
Hi Darnell,

Following your telephone interview, we'd like to invite you to our assessment day at the Corby site. The day includes a site tour, a group problem-solving exercise, a short presentation (5 mins, topic: "How would you improve pick rates on a night shift?") and a panel interview.

Please wear sensible footwear. Lunch is provided.

Reply to confirm and I'll send dates.

Yvonne"""),
    m("Re: Marketing Coordinator – final stage", """\
Hi Priya,

Great news - you're through to the final stage! This is a 30-min chat with our CEO, Anil, mostly about culture and how you think. No prep needed, just be yourself.

I'll get his EA to find a time.

Jess"""),
    m("Invitation to teach a lesson – Castlegate High", """\
Dear Megan,

Thank you for your application for Teacher of English. We are pleased to invite you to the second part of our selection process: a 30-minute lesson to a Year 9 group on a poem of your choice from the AQA anthology, followed by a student panel and a formal interview.

Details of timings will follow from the school office.

Yours sincerely,
Dr A. Simmons"""),
    m("trial", "Luca can you do a trial shift saturday? 3pm. whites and your own knives. cheers Jim"),
    m("Re: Senior Accountant – second round", """\
Hi Olumide,

Fiona and the FC were both keen. They'd like you to come in for a second interview, which will include a 45-minute technical test (consolidation and a cash-flow question). Are you free any day next week?

Harriet"""),
    m("Stage 3: Case study presentation", """\
Hi Hana,

Congratulations on passing the technical screen! The next stage is a case study presentation to three members of the Analytics team. We'll send you an anonymised dataset 48 hours before; you'll present your findings for 20 minutes followed by 20 minutes of questions.

Best,
Jordan"""),
    m("Fwd: Final interview – Ops Supervisor", """\
Darnell - see below from the client, great news. Let me know your availability and I'll confirm.

Chris
Chris Walton | Industrial Recruitment | Ashcroft Staffing

---------- Forwarded message ---------
From: Nicola Brown <n.brown@wrenlogistics.com>
Date: Mon, 16 Nov 2026 at 11:05
Subject: Final interview – Ops Supervisor
To: Chris Walton <chris@ashcroftstaffing.co.uk>

Chris, we'd like to see Darnell again for a final with the Site GM. Half hour on site. Any day Weds-Fri next week. Thanks, Nicola"""),
    m("Re: Your application – Next Steps", """\
Dear Aoife,

Thank you for your interest in the Registered Nurse position at Mercy Regional. We would like to invite you to a peer interview with two nurses from the Emergency Department. This is an informal conversation about teamwork and patient care.

Please use the link below to choose a time.
<https://mercy.hirevue.com/sched/88231>

Human Resources"""),
    m("Online assessment – Test Analyst", """\
Hello Tomasz,

Thank you for your interest in the Test Analyst role. As the next step in our process, please complete the online assessment via the link below within 5 days:

<https://assess.codility.com/invite/ZQ7-PL-991>

The assessment includes a 20-minute logic test and a 40-minute test-case design exercise.

Kind regards,
Recruitment, Ostrava Bank""",
      note="invitation to an assessment is a next stage"),
    m("Meet the team?", """\
Hi Priya,

Loved chatting yesterday. Before we make any decision, would you be up for coming into the studio for a half-day? You'd sit in on our Monday stand-up, meet the designers and maybe have a go at a small social brief. We'd pay you for the day of course.

Mo""",
      note="paid half-day trial as a stage; mentions a decision in passing"),
    m("Re: Head of Department – shortlisted", """\
Dear Ms Foley,

I am pleased to inform you that you have been shortlisted for interview for the post of Head of English. Interviews will take place over two days and will include a data task, an in-tray exercise, a meeting with the student council and a formal panel interview.

Yours sincerely,
Mrs K. Ahmed
HR Manager, Riverside Academies Trust"""),
    m("Stage – Restaurant Fjord", """\
Hi Luca,

Thank you for your CV. We want to invite you for a stage (2 days) in our kitchen, 8 and 9 December. We pay travel from the airport and one night hotel. Please tell me if it's possible.

Mads"""),
    m("Next stage - Finance Business Partner", """\
Olu, good news. Client would like you to meet the CFO for a final round. Think it's a formality, but prepare some thoughts on how you'd partner with commercial. Will get times asap.

Mark"""),
    m("Re: Thanks for your time", """\
Hi Hana,

Thanks again for your time today. I'm happy to tell you we'd like to progress you to the final round, which is a panel with our Head of Product and VP of Data. It's about 90 minutes and includes a stakeholder role-play.

My colleague will be in touch to schedule.

Best,
Divya"""),
    m("Vorstellungsgespräch / Next interview", """\
Dear Ms Brennan,

Thank you for the first conversation. We would like to invite you to a second interview in person at our clinic, with the Pflegedienstleitung (Director of Nursing). We also ask you to do one day of Hospitation (shadowing) on the ward.

Best regards,
Personalabteilung, Klinikum Nord, Hamburg"""),
    m("Your application to Pebblepay – pair testing session", """\
Hi Tomasz,

Nice work on the intro call! The next step is a 60-minute pair-testing session with two of our engineers, where you'll explore a feature together and talk through your approach.

Book a slot here: <https://app.ashbyhq.com/interview/pebblepay/xk12>

Pebblepay Talent"""),
    m("Re: Supervisor vacancy", """\
Hi Darnell,

Thanks for your call. The GM would like to meet you - 1:1, about an hour, plus a walk of the floor. He's around most mornings next week.

Rick"""),
    m("Video interview invitation – Orla & Finch", """\
Dear Priya,

Congratulations! You've been selected to complete a video interview for the Graduate Marketing Scheme 2027.

You'll answer five pre-recorded questions. You'll have 30 seconds to prepare and 2 minutes to answer each one. Please complete it by 11:59pm on Sunday.

<https://orlafinch.sonru.com/invite/PR-7734>

Early Careers Team""",
      headers={"From": "earlycareers@orlafinch.com"}),
    m("Re: Year 4 post", """\
Dear Megan,

Thank you for your interview today. We would like to ask you back to meet our Chair of Governors and to look round the Early Years unit before we make an appointment. It will be informal.

Janet Pryce"""),
    m("Re: Executive Chef role", """\
Luca,

The owners want to try your food before they make up their minds. Could you cook a 3-course tasting for them and the GM? We'll cover ingredients. Date to be fixed with Elspeth.

Thanks,
Rosalind Blake
Owner, Lakeside Lodge"""),
    m("Technical interview – Kaltura Finance", """\
Dear Olumide,

We are pleased to invite you to a technical interview for the Financial Reporting Accountant role. The interview will be conducted by the Group Reporting Manager and will last around 60 minutes. Please be prepared to discuss consolidations and IFRS 9.

Recruiting Team"""),
    m("Re: Analytics Engineer – final round", """\
Hi Hana! The team loved the live SQL session. We'd like to bring you in for the onsite (virtual). It's 4 back-to-back interviews over about 3.5 hours - dbt modelling, a product sense chat, a values interview and a chat with the hiring manager. Shall I send some options?

Divya"""),
]

# ---------------------------------------------------------------- scheduling
SCHED += [
    m("Re: Second interview – Staff Nurse, Ward 9", """\
Hi Aoife,

Thursday 3 December at 14:00 is perfect. Please come to the Ward 9 reception on level 4 of the Kingsley Building and ask for me.

Femi

> Hi Femi, thank you so much! Thursday at 2pm would be great. Aoife"""),
    m("Invitation: Test Engineer – Pair testing @ Tue 1 Dec 2026 10:00 - 11:00 (GMT)", """\
You have been invited to the following event.

Test Engineer – Pair testing
When: Tuesday 1 Dec 2026 10:00 – 11:00 London
Where: Google Meet <https://meet.google.com/qxn-rtpa-whu>
Calendar: tomasz.nowak@proton.me
Who:
  * katja.ritter@loopline.io - organiser
  * tomasz.nowak@proton.me
  * ravi.s@loopline.io

Going (tomasz.nowak@proton.me)?   Yes - Maybe - No    more options »

Invitation from Google Calendar <https://www.google.com/calendar/>""",
      headers={"Content-Type": "text/calendar; method=REQUEST"}),
    m("Re: Assessment day invite – Shift Manager", """\
Hi Darnell

Thanks for confirming. You're booked on the Wednesday 9th December session, 9am start, finish around 3pm. Site address: Norland Distribution, Unit 4, Earlstrees Rd, Corby NN17 4AZ. Report to gatehouse 2.

Yvonne"""),
    m("Chat with Anil", """\
Hi Priya,

I'm Anil's EA. He's free Thursday at 11:30 or Friday at 16:00 for your final conversation - which works best? It'll be on Zoom, I'll send the invite once you confirm.

Many thanks,
Beth Ward (she/her)
Executive Assistant to the CEO, Fernleaf Drinks Co."""),
    m("Re: Lesson observation – time change", """\
Dear Megan,

I'm so sorry, we need to move your lesson from Period 2 to Period 4 on Wednesday, as the Year 9 group have a fire drill in Period 2. That means arrival at 11:45 rather than 9:15. Interview will still be afterwards.

Apologies for the inconvenience.

Mrs Cole
School Office"""),
    m("Re: trial", "sat's fine, come at 2.30 instead, we've got a big party in at 6\n\nJim"),
    m("Reschedule request", """\
Hi Olumide,

Unfortunately the Financial Controller has been called to a board meeting on Tuesday. Could we move your second interview to Thursday 3 December at 10am? Same location. Apologies.

Harriet"""),
    m("Calendly: Case study presentation – Quanta Health", """\
Hi Hana Sato,

A new event has been scheduled.

Event Type: Case study presentation (45 min)
Invitee: Hana Sato
Event Date/Time: 14:00 - 14:45 Wednesday, 2 December 2026 (Pacific Time)
Location: Zoom - details to follow

Need to make changes to this event?
Cancel <https://calendly.com/cancellations/8c1f...>
Reschedule <https://calendly.com/reschedulings/8c1f...>

Powered by Calendly.com""",
      headers={"From": "notifications@calendly.com"}),
    m("Re: Final interview – Ops Supervisor", """\
Darnell, confirmed for Thursday 11am at Wren, ask for Nicola at reception. Hi-vis and boots please, they'll walk you round.

Chris"""),
    m("Updated invitation: Peer Interview – ED", """\
This event has been changed.

Peer Interview – Emergency Department
When: Wed 2 Dec 2026 1pm – 1:45pm (CST)  [changed]
Where: Microsoft Teams meeting

Join on your computer or mobile app
Click here to join the meeting <https://teams.microsoft.com/l/meetup-join/19%3ameeting_NmU4>
Meeting ID: 241 882 113 405
Passcode: kR8dQm

Organizer: Dana Whitfield""",
      headers={"Content-Type": "text/calendar; method=REQUEST"}),
    m("Re: Stage – Restaurant Fjord", """\
Hi Luca,

Perfect, 8 and 9 December then. Start 10:00 each day. Address: Nyhavn 41. Ask for Mads at the back door. Hotel is booked, confirmation attached.

Mads"""),
    m("CFO meeting", """\
Olu - CFO can do Monday 30th at 4pm or Wednesday 2nd at 9am. Let me know which and I'll lock it in. Her office, Canary Wharf, 22nd floor.

Mark"""),
    m("Re: Final round scheduling", """\
Hi Hana,

Thanks for sending your availability! I've booked you in for Friday 4 December, 9:00–12:30 EST. Calendar invites for each session will arrive separately, along with Zoom links. Let me know if anything clashes.

Best,
Sam Ortiz (he/him)
Recruiting Coordinator, Lumenpath"""),
    m("Re: interview time", """\
Hi Aoife, can we push to 10:30 instead of 10? Clinic overran. Sorry! Pam""",
      note="moving a fixed interview on the day"),
    m("Schedule your interview – Ostrava Bank", """\
Hello Tomasz,

Please select a time for your technical interview with the Test Management team using the link below. Slots are available from 30 November to 4 December.

<https://careers.ostrava-bank.cz/schedule/tn-4471>

If none of the times work, reply to this email.

Recruitment"""),
    m("Re: Supervisor vacancy", """\
Tuesday 8am works. Park in the visitor bays by the weighbridge and call me when you're here. 07700 900 881. Rick"""),
    m("Zoom details for tomorrow", """\
Hi Priya,

Here's the Zoom link for tomorrow's 11:30 with Anil:
<https://us02web.zoom.us/j/84433221100?pwd=Q1h...>
Meeting ID: 844 3322 1100
Passcode: 661245

Beth"""),
    m("Interview arrangements – Head of English", """\
Dear Ms Foley,

Further to our letter, please find your interview timetable below.

Day 1 – Monday 7 December
08:30 Arrival and welcome, main reception
09:00 Tour with student guides
10:00 Data task
13:00 Student council

Day 2 – Tuesday 8 December
09:30 Formal panel interview

Parking is available on site. Please bring photo ID and your original qualification certificates.

Mrs K. Ahmed""",
      note="mostly a timetable; also asks for documents to bring, a routine part of arrangements"),
    m("Re: tasting", """\
Luca - owners can do 15th or 17th Dec, dinner service, 7pm. Elspeth""",
      note="fixing a date for an already agreed stage"),
    m("Moved: Technical interview", """\
Dear Olumide,

We need to move your technical interview from Wednesday to Friday 4 December at 14:00 GMT due to interviewer availability. The Teams link remains the same.

Apologies for any inconvenience.

Recruiting Team, Kaltura Finance"""),
    m("Accepted: Quanta Health – case study", """\
Alicia Romero has accepted this invitation.

Quanta Health – case study presentation
Wed 2 Dec 2026 2pm – 2:45pm (PST)
Zoom""",
      headers={"Content-Type": "text/calendar; method=REPLY"},
      note="calendar acceptance by the interviewer; arguably ack"),
    m("Re: Hospitation", """\
Dear Ms Brennan,

the day of Hospitation is fixed for 14 December, start 6:30 (Frühdienst) at Station 3B. Please come 15 minutes early to get work clothes at the Wäscherei in the basement.

Kind regards
Personalabteilung"""),
]


# ---------------------------------------------------------------- request
REQUEST += [
    m("Pre-employment checks – action required", """\
Dear Aoife,

Congratulations again on your conditional offer. To progress your pre-employment checks, please log in to Trac and upload:

1. Passport (photo page) or birth certificate plus photo ID
2. Proof of address dated within the last 3 months (x2)
3. NMC PIN and expiry
4. Details of two referees covering the last 3 years, one of whom must be your current line manager

Please complete this within 5 working days.

Recruitment Team
Northgate Hospitals NHS Foundation Trust""",
      note="follows an offer; this message asks for documents"),
    m("Re: QA role – references", """\
Hi Tomasz,

Almost there! Could you send me contact details for two professional referees? At least one should be a manager from your current or most recent role.

Thanks,
Katja"""),
    m("Right to work", """\
Hi Darnell,

Before we can confirm your start, we need to do a right to work check. If you have a share code from the gov.uk site please send it along with your date of birth. Otherwise bring your passport in.

Karen"""),
    m("Quick one – salary expectations", """\
Hi Priya,

Before we set up the next chat, could you let me know your salary expectations for the role? Just a range is fine.

Thanks!
Jess"""),
    m("Application form – please complete", """\
Dear Megan,

Thank you for your CV. Please note that, in line with Keeping Children Safe in Education, we cannot accept CVs for teaching posts. Please complete our application form (attached) in full, including a full employment history with any gaps explained, and return it to recruitment@castlegate.sch.uk.

Kind regards,
HR Office, Castlegate High School"""),
    m("Food hygiene certificate?", "Hi Luca, can you send me a photo of your level 2 food hygiene cert and your bank details for payroll. Ta, Jim"),
    m("Re: Offer – Finance Business Partner – references", """\
Olu,

Client needs two references before they'll issue the contract. Can you send me names, job titles, emails and phone numbers? Ideally your current FD and one other.

Also, a copy of your ACCA membership certificate please.

Mark"""),
    m("Documents for your offer", """\
Hi Hana,

To finalise your onboarding, please complete the following in Workday by Friday:
- I-9 Employment Eligibility Verification (section 1)
- W-4
- Direct deposit form
- Emergency contact

You'll need to present your I-9 documents in person on day one.

Quanta Health People Ops""",
      headers={"From": "peopleops@quantahealth.com"}),
    m("Dokumente / Documents required", """\
Dear Ms Brennan,

To proceed with your application we need the following documents:
- Anerkennung (recognition) of your nursing qualification by the Bayerisches Landesamt, or the application for it
- Language certificate German B2
- Copy of passport

Please send scans to personal@klinikum-stadtpark.de.

Kind regards
Personalabteilung"""),
    m("Portfolio?", """\
Hi Tomasz,

Thanks for applying for the Senior QA Analyst role. Do you have any examples of test plans or bug reports you could share (anonymised is fine)? It would help the hiring manager a lot.

Best,
Pebblepay Talent"""),
    m("RE: Shift Manager – medical questionnaire", """\
Hi Darnell

Please fill in the attached occupational health questionnaire - it's required for night workers. Send it back to occhealth@norland.co.uk, not to me, as it's confidential.

Yvonne"""),
    m("Writing sample", """\
Hi Priya,

Before the panel, could you send us a short writing sample - a blog post, a press release, anything you've written in the last year? No more than 800 words.

Thanks,
Nadia"""),
    m("Re: Year 3 Teacher – Dubai – attestation", """\
Dear Megan,

In order to process your visa and KHDA approval, we require your degree certificate and PGCE to be attested by the UAE Embassy in London. Please also provide a police clearance certificate (ACRO) issued within the last 3 months.

Kindly send scans when available.

HR Department, Al Waha British School"""),
    m("References please", """\
Luca,

Can you send me the names of your last two head chefs so I can give them a ring? Owners want to speak to someone before they finalise.

Elspeth""",
      note="references before a final decision"),
    m("ID and qualifications", """\
Dear Olumide,

As part of our vetting process, please provide certified copies of your degree certificate and ACA/ACCA membership, together with a completed Disclosure Scotland basic check application form (attached).

HR, Vantage Brook Holdings"""),
    m("Quick question", """\
Hi Hana, what's your notice period at the moment, and do you have any holidays booked in the next few months? Just need it for the hiring form. Owen"""),
    m("[Action Required] Complete your background check", """\
Hi Aoife,

Mercy Regional Medical Center has requested that you complete a background screening. Please click the link below to provide your information and consent.

<https://secure.backgroundcheckpro.com/app/MRMC/7721>

This link expires in 7 days.

BackgroundCheckPro on behalf of Mercy Regional""",
      headers={"From": "noreply@backgroundcheckpro.com"}),
    m("Re: Test Analyst – diploma", """\
Hello Tomasz,

Could you also please send a copy of your university diploma and a translation into Czech or English? This is required by our compliance department.

Recruitment, Ostrava Bank"""),
    m("Forklift licence copy", """\
Darnell - before Thursday can you email me a copy of your FLT licence and your CSCS if you've got one. Client asked. Chris"""),
    m("Could you send your availability?", """\
Hi Megan,

Could you fill out the attached availability grid for the spring term? Just tick the days you're free for supply. Also I need an updated CV with your most recent placement on it.

Kerry"""),
    m("Bank details and P45", """\
Hello Luca,

Welcome! For payroll please send your bank details, your National Insurance number and your P45 from your last job. If you don't have a P45 I'll send you a starter checklist.

Kind regards,
Amira""",
      note="after hire; asks for documents"),
    m("Re: Senior Accountant – salary", """\
Olumide,

Before I take you to the client, what's your current salary and what would you need to move? Also, are you open to 4 days in the office?

Harriet"""),
    m("Data exercise – extra question", """\
Hi Hana,

Thanks for sending the exercise. The team had one follow-up: could you write a paragraph on how you would validate the seasonality assumption in your forecast? Just reply to this email, no need for code.

Rachel""",
      note="asks for a written answer to a task already done; could be read as next-round"),
]

# ---------------------------------------------------------------- deciding
DECIDING += [
    m("Re: Staff Nurse interview", """\
Hi Aoife,

Thanks for your email. The panel are meeting on Friday to make a decision, so you should hear from me by Friday afternoon at the latest.

Grace""", when="by Friday afternoon", date="2026-11-27"),
    m("Re: Test Engineer – update?", """\
Hi Tomasz, no news yet I'm afraid - the hiring manager is still seeing a couple of people this week. I'll be in touch as soon as I know more. Becky""",
      note="still deciding, no date"),
    m("Supervisor role – update", """\
Hi Darnell,

Quick update: we've finished first interviews and we're now reviewing everyone with the Ops Director. We expect to make a decision by the end of next week.

Thanks for your patience,
Aisha Kaur
Recruitment, Brakewell Logistics""", when="by the end of next week"),
    m("Re: Marketing Coordinator", """\
Hi Priya!

Sorry for the silence - I promise you haven't been forgotten. We're still finalising things and need to get sign-off from finance on the headcount, which is taking longer than I'd like. Hopefully I'll have an answer for you early December.

Jess""", when="early December"),
    m("Re: Teacher of English post", """\
Dear Megan,

Thank you for your patience. Governors will be ratifying the appointment at their meeting on Wednesday evening and I will contact all candidates on Thursday.

Yours sincerely,
Dr A. Simmons""", when="on Thursday", date="2026-11-26"),
    m("Re: Chef de Partie", "still thinking about it Luca, boss is away till monday. will let you know then. Dave",
      when="till monday", date="2026-11-30",
      note="'till monday' read as the next Monday after today"),
    m("Re: Senior Accountant – any news?", """\
Hi Olumide,

I chased this morning. They've got one more candidate to see on Wednesday and they've promised me feedback on everyone by Friday. Sit tight!

Harriet""", when="by Friday", date="2026-11-27"),
    m("Re: Thanks!", """\
Hi Hana,

Thanks for the kind note! Just so you know where things are: we're wrapping up final interviews this week and aim to have a decision for all candidates in the next 7–10 days.

Best,
Divya""", when="in the next 7–10 days"),
    m("Update on your application", """\
Dear Aoife,

We wanted to let you know that your application for Registered Nurse, Emergency Department, is still under consideration. We are continuing to interview candidates and will be in touch once a decision has been made.

Thank you for your patience.

Human Resources
Mercy Regional Medical Center""",
      headers={"From": "hr-noreply@mercyregional.org"},
      note="automated status update, still open"),
    m("RE: Test Analyst", """\
Hello Tomasz,

Thank you for your message. Your application is in the final stage of review. The hiring manager will make a decision by 4 December.

Recruitment, Ostrava Bank""", when="by 4 December", date="2026-12-04"),
    m("Re: Ops Supervisor – status", """\
Darnell - spoke to Nicola, they're splitting it between you and one other. GM wants to sleep on it. Should know tomorrow. Chris""",
      when="tomorrow", date="2026-11-24"),
    m("Re: Re: Marketing Assistant", """\
Hi Priya,

Sorry for the delay! We had a few more interviews than planned. I'm meeting with the Head of Marketing on Tuesday to go through the shortlist and then I'll write to everyone.

Best wishes,
Elin""", when="on Tuesday", date="2026-11-24", note="the shortlist meeting is on Tuesday; letters follow it"),
    m("Re: Year 4 post", """\
Dear Megan,

Many thanks for your email. I am afraid we have not yet reached a decision - we have had to reschedule one interview due to illness. I hope to write to you early next week.

Janet Pryce""", when="early next week"),
    m("Re: Sous chef", """\
Hi Luca,

Sorry for the delay. Still with the owners - they're torn between you and one other and want to talk again over the weekend.

Marco""",
      note="delay apology but with a status: still with the owners"),
    m("RE: Finance Business Partner", """\
Olu,

No decision yet from the client. They're waiting on budget sign-off for the role at the higher band. I'll let you know the moment I hear.

Mark"""),
    m("Re: Data Analyst - follow up", """\
Hi Hana,

Apologies for not getting back sooner. The panel is still reviewing the case study submissions. I'll update you as soon as we have news.

Rachel
People Team, Quillmark Analytics""",
      note="'still reviewing' without a date"),
    m("Following up on your interview", """\
Hi Aoife,

Just a quick note to let you know we haven't forgotten about you. The panel has been pulled into winter planning and we're running a bit behind. We hope to confirm outcomes before the Christmas break.

Best wishes,
Sophie
Recruitment Coordinator""", when="before the Christmas break"),
    m("Re: Any news on the QA role?", """\
Hi Tomasz, we're still interviewing. Shouldn't be too long. Greta"""),
    m("Re: Ops Supervisor – Pinecrest", """\
Hi Darnell,

Thanks for checking in. We're still weighing up the final two, and I'd like to get input from our Regional VP who's travelling until Wednesday. I'll follow up by Thursday, December 3.

Marisol""", when="by Thursday, December 3", date="2026-12-03"),
    m("Re: Re: Re: Internship", """\
Priya hi — I haven't forgotten you! We're just waiting on HR to confirm we can take two interns instead of one. Should be this week.

Clara

> Hi Clara, sorry to chase, I just wanted to check whether there was any update? I've had another offer and need to respond by Friday. Thank you! Priya""",
      when="this week", note="candidate's quoted mail mentions another offer"),
    m("Re: Head of Year", """\
Dear Megan,

Interviews have now concluded. The panel will meet next Monday and we will contact all candidates after that meeting.

Trust HR Team""", when="next Monday", date="2026-11-30"),
    m("Still considering", """\
Hey Luca, just so you're not left hanging: haven't made a call on the CDP role yet. Busy week. Will let you know.

Tom""",
      note="no time given"),
    m("Re: Assistant Accountant – update", """\
Hi Olumide,

Sorry it's taking so long. I understand they are still debating internally whether to go for a part-qualified or fully-qualified hire, which affects you. They've said they'll decide by the end of the month.

Ali""", when="by the end of the month"),
    m("Re: Junior Data Analyst", """\
Dear Hana,

Thank you for your enquiry. Sifting and interviews for this campaign have now closed and the panel is currently moderating scores. Outcomes will be released via the Civil Service Jobs portal.

Government Recruitment Service""",
      note="no date"),
]


# ---------------------------------------------------------------- deciding (part 2, no time given)
DECIDING += [
    m("Re: Re: Nurse – Dubai – status?", """\
Dear Aoife,

Thank you for your follow-up. Your file is with the Nursing Director for final approval. We will inform you once we receive her feedback.

Best Regards,
Fatima""",
      note="before the Dubai offer; no date"),
    m("Re: Yard Supervisor", """\
Hi Darnell - we're still deciding between a couple of strong people. Hang tight, I haven't forgotten you. Tasha""",
      note="no date"),
    m("Fwd: Priya Raman – feedback from client", """\
Priya - quick update, the client's note is below. Nothing decided yet, but it's positive. Zara

---------- Forwarded message ---------
From: Hugo Lane <hugo@palettestudio.co>
Date: Wed, 25 Nov 2026 at 14:10
Subject: Priya Raman – feedback from client
To: Zara Kapoor <zara@bluelinetalent.co.uk>

Zara, liked Priya a lot. We're still mulling over whether to hire at junior or mid level, so I can't commit either way yet. Will come back to you. H""",
      note="forwarded client note: undecided"),
    m("Re: Where are we at?", """\
Luca, honestly mate I don't know yet. The owners keep going back and forth. I'll tell you the minute I hear.

Elspeth""",
      note="before the Lakeside head-chef offer; decoy 'don't know'"),
]


# ---------------------------------------------------------------- ack
ACK += [
    m("Thank you for applying to Northgate Hospitals NHS Foundation Trust", """\
Dear Aoife Brennan,

Thank you for your application for the post of Staff Nurse - Band 5 (ref 348-ACM-7712).

Your application will now be shortlisted by the recruiting manager. If you are shortlisted you will be contacted via Trac. Please check your junk folder regularly.

This is an automated email. Please do not reply.""",
      headers={"From": "noreply@trac.jobs", "Auto-Submitted": "auto-generated"}),
    m("We've received your application", """\
Hi Tomasz,

Thanks for applying to Loopline! We've received your application for Test Engineer and our team will review it shortly.

In the meantime, check out our engineering blog <https://loopline.io/blog>.

The Loopline Team""",
      headers={"From": "no-reply@greenhouse.io"}),
    m("Application received – Warehouse Supervisor (Ref WS-2291)", """\
Dear Darnell,

This is to confirm we have received your application for Warehouse Supervisor (Ref WS-2291). Due to the high volume of applications, we are unable to respond to each applicant individually. If you have not heard from us within 21 days, please assume you have not been shortlisted on this occasion.

Apex Parcels Recruitment""",
      note="'assume you have not been shortlisted' is conditional, not a rejection"),
    m("Re: Junior Marketing Executive", """\
Thank you for your email. This mailbox is monitored and we will respond within 3 working days.

Fernleaf Drinks Co. | hello@fernleafdrinks.co.uk""",
      headers={"Auto-Submitted": "auto-replied"},
      note="shared mailbox acknowledgement"),
    m("Application Confirmation – Teacher of English", """\
Thank you for submitting your application via TES.

Employer: Castlegate High School
Role: Teacher of English
Reference: TES/2026/998812
Submitted: 02/11/2026 21:14

The school will contact you directly if you are shortlisted.

TES Jobs""",
      headers={"From": "noreply@tes.com", "Auto-Submitted": "auto-generated"}),
    m("Merci pour votre candidature / Thank you for your application", """\
Bonjour Luca,

Nous avons bien reçu votre candidature pour le poste de Chef de Partie. Notre équipe l'étudiera avec attention.

Hello Luca,
We have received your application for the Chef de Partie position. Our team will review it carefully.

Cordialement,
Maison Delaunay – Ressources Humaines, Lyon""",
      headers={"From": "rh@maisondelaunay.fr"}),
    m("Your application to Kaltura Finance Group", """\
Dear Olumide Adeyemi,

Thank you for applying to the Financial Reporting Accountant position. We have received your application and our recruiting team is reviewing your qualifications.

Should your background match our needs, a member of our team will contact you.

Recruiting Team""",
      headers={"From": "recruiting@kalturafinance.com", "Auto-Submitted": "auto-generated"}),
    m("Thanks for your submission!", """\
Hi Hana,

We've received your take-home submission for Data Analyst. Our team will review it and get back to you within 5 business days.

Quillmark Analytics via Lever""",
      headers={"From": "no-reply@hire.lever.co"},
      note="automated receipt of a submitted task"),
    m("Automatic reply: Application – Practice Nurse", """\
Thank you for contacting Oakfield Medical Centre. This inbox is for recruitment enquiries only. For medical matters please call 01632 960 100. We aim to respond to enquiries within 5 working days.""",
      headers={"Auto-Submitted": "auto-replied"}),
    m("Application received: Senior QA Analyst", """\
[image: Pebblepay]

Thanks for applying, Tomasz!

We've got your application for *Senior QA Analyst* and the team will take a look. We review every application personally.

Track your application <https://jobs.ashbyhq.com/pebblepay/application/3321>

Pebblepay · 1 Finsbury Ave, London""",
      headers={"From": "no-reply@ashbyhq.com"}),
    m("We got it", """\
Hey Darnell! Got your application for Inbound Supervisor. A real human will look at it soon 🙂 — Greenhill Foods Talent Team""",
      headers={"From": "careers@greenhillfoods.com"}),
    m("Your application for Graduate Marketing Scheme 2027", """\
Dear Priya,

Thank you for applying to the Orla & Finch Graduate Marketing Scheme 2027. Your application reference is OF-GMS-27-11823.

What happens next? Our team will assess your application against our criteria. If you progress you will be invited to complete an online test.

View in browser <https://click.orlafinch.com/view/22a1ff>

Early Careers Team""",
      headers={"From": "earlycareers@orlafinch.com"}),
    m("Re: Documents", """\
Thank you for your email to Brightpath Education. We have received your documents and a member of our compliance team will review them within 48 hours.""",
      headers={"Auto-Submitted": "auto-replied", "From": "compliance@brightpath.education"}),
    m("Bewerbungseingang / Application received", """\
Sehr geehrte Frau Brennan,

hiermit bestätigen wir den Eingang Ihrer Bewerbung als Gesundheits- und Krankenpflegerin. Wir melden uns in Kürze bei Ihnen.

(This confirms receipt of your application as registered nurse. We will contact you shortly.)

Klinikum Nord, Hamburg""",
      headers={"Auto-Submitted": "auto-generated"}),
    m("Confirmation: your CV has been received", """\
Dear Luca,

Thank you for registering with Hospitality Hub Recruitment. Your CV has been received and will be reviewed by one of our consultants.

Hospitality Hub""",
      headers={"From": "noreply@hospitalityhub.co.uk"}),
    m("Thank you for your application – Reference ACC/4471", """\
Dear Mr Adeyemi,

We acknowledge receipt of your application for the post of Senior Accountant, Reference ACC/4471.

The closing date for this vacancy is 30 November 2026. Shortlisting will take place shortly after this date.

Finance Directorate, Westmarsh Borough Council""",
      headers={"From": "recruitment@westmarsh.gov.uk"},
      note="gives a process date, not a decision date"),
    m("Received: Civil Service Jobs application", """\
Dear Hana Sato,

You have successfully submitted your application for Junior Data Analyst (Ref: 388190). You can view your application at any time in your account.

Civil Service Jobs""",
      headers={"From": "donotreply@csjobs.service.gov.uk", "Auto-Submitted": "auto-generated"}),
    m("Re: Reference for Darnell Hughes", """\
Thank you for your message. Your reference request has been logged under ticket #77213. HR Shared Services will respond within 10 working days.""",
      headers={"Auto-Submitted": "auto-replied"}),
    m("Tack för din ansökan / Thanks for your application", """\
Hi Priya,

Thanks for applying to Nordvik Design! We've received your application for Marketing Assistant. We'll be in touch if your profile matches what we're looking for.

Nordvik Design via Teamtailor""",
      headers={"From": "noreply@teamtailor.com"}),
    m("Your message to Harbourview Grammar School", """\
Thank you for your enquiry. Your message has been received by the HR office and will be dealt with as soon as possible. Please note our office is closed during school holidays.

Harbourview Grammar School HR""",
      headers={"Auto-Submitted": "auto-replied"}),
]

# ---------------------------------------------------------------- auto-reply
AUTOREPLY += [
    m("Automatic reply: Staff Nurse interview – thank you", """\
I am currently on annual leave, returning Monday 7 December. For urgent ward matters please contact the nurse in charge on ext. 4471 or Sister Okafor.

Grace Mbeki, Ward Manager""", headers=AUTO),
    m("Out of Office: Re: Test Engineer", """\
Hi, I'm out of the office until 30 November with limited access to email. For anything urgent related to recruitment please contact talent@loopline.io.

Becky""", headers={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"}),
    m("Automatic reply: Supervisor role", "I am no longer with Brakewell Logistics. Please redirect your email to recruitment@brakewell.co.uk.", headers=AUTO),
    m("Out of office", """\
Thanks for your message! I'm on holiday in Portugal 🌞 until 1 December and not checking emails. If it's about the Marketing Coordinator role please contact Beth Ward (beth@fernleafdrinks.co.uk).

Jess""", headers=XAUTO,
      note="names the role but is a vacation auto-reply"),
    m("Automatic reply: Teacher of English – question", """\
Thank you for your email. The school is now closed for half term and will reopen on Monday 2 November. Emails will be responded to after this date.

Castlegate High School""", headers=AUTO),
    m("AutoReply: trial shift", "I'm in service. I'll reply after 11pm. For bookings call the restaurant.", headers={"X-Autoreply": "yes"}),
    m("Automatic reply: Finance Business Partner", """\
Thank you for your email. I am out of the office on parental leave until March 2027. During this time please contact Deborah Vance (d.vance@kelmscott.co.uk) for finance matters and hr@kelmscott.co.uk for anything else.

Please note this mailbox is not monitored.""", headers=AUTO),
    m("Out of Office: Data Analyst – follow up", """\
I'm out of office until Tuesday, November 24 for the Thanksgiving week (yes, starting early). I'll respond when I'm back. If this is urgent, please reach out to recruiting@quantahealth.com.

Jordan""", headers={"Auto-Submitted": "auto-replied", "Precedence": "auto_reply"}),
    m("Abwesenheitsnotiz: Ihre Bewerbung", """\
Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 4. Dezember nicht im Büro. Ihre E-Mail wird nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an personal@klinikum-stadtpark.de.

Thank you for your message. I am out of the office until 4 December. Your email will not be forwarded.""", headers=AUTO),
    m("Undeliverable: Re: QA role", """\
Delivery has failed to these recipients or groups:

greta.hoffmann@steinberg-mobility.de
The email address you entered couldn't be found. Please check the recipient's email address and try to resend the message.

Diagnostic information for administrators:
Generating server: MAIL02.steinberg-mobility.de
Remote Server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'""",
      headers={"Auto-Submitted": "auto-replied", "From": "postmaster@steinberg-mobility.de"},
      note="bounce: the person has left; closest to auto-reply"),
    m("Automatic reply: Re: Final interview", "I'm on site visits all week with patchy signal. I'll get back to you when I can. For urgent things ring 07700 900 911. Chris", headers={"X-Autoreply": "yes"}),
    m("Auto: Re: Writing sample", """\
Hi there,

I'm working a 4-day week and don't check email on Fridays. I'll reply on Monday.

Nadia (she/her)""", headers=AUTO),
    m("Automatic reply: Availability grid", """\
Thank you for your email. I am currently away on training with limited access to emails until Thursday. Please call the office on 0121 496 0099 for supply bookings.

Kerry""", headers=AUTO),
    m("Respuesta automática: Sous Chef application", """\
Gracias por su mensaje. Estaré fuera de la oficina hasta el 10 de diciembre.
Thank you for your message. I will be out of the office until 10 December.

Recursos Humanos – Hotel Almirante""", headers=AUTO),
    m("Out of Office Re: Assistant Accountant", "I'm currently out of office. I'll have limited access to email and will respond upon my return on Wednesday.\n\nAlistair Reed", headers={"X-Autoreply": "yes", "Auto-Submitted": "auto-replied"}),
    m("Re: Analyst position", """\
This mailbox is no longer monitored. Please send any recruitment enquiries to kariera@finansepolska.pl.

Ta skrzynka nie jest już monitorowana.""", headers=AUTO),
    m("Automatic reply: Thank you", """\
Kia ora,

I'm away from the office until 14 January 2027 for the summer break. For urgent matters contact people@teawa.co.nz.

Ngā mihi,
Aroha""", headers=AUTO),
    m("I'm away", """\
I'm travelling for work until 2 Dec and replying slower than usual. If you're a candidate with a scheduled interview, don't worry - it will go ahead as planned.

Divya""", headers={"X-Autoreply": "yes"},
      note="mentions interviews but is an out-of-office"),
    m("Automatic reply: Feedback request", """\
Thank you for your email.

Please note I have now left Whitcombe & Pryor LLP. Your email has not been forwarded. For recruitment matters please email careers@whitcombepryor.co.uk.""", headers=AUTO),
    m("[Autoreply] Re: Hospitation", """\
Sehr geehrte Damen und Herren,
ich bin vom 21.12. bis 04.01. im Urlaub. Ihre Nachricht wird nicht automatisch weitergeleitet.

Dear Sir or Madam, I am on holiday from 21.12. to 04.01. Your message will not be forwarded automatically.""", headers={"Auto-Submitted": "auto-replied"}),
]


# ---------------------------------------------------------------- bulk
BULK += [
    m("12 new Nursing jobs near Manchester", """\
[image: Indeed]

Aoife, here are new jobs matching your search "staff nurse" in Manchester

*Staff Nurse - Cardiology*
Salford Care Trust - Salford
£31,049 - £37,796 a year
Easily apply

*Registered Nurse - Nights*
Bramley House Care Home - Stockport
£21.50 an hour

See all jobs <https://uk.indeed.com/jobs?q=staff+nurse&l=Manchester>

Unsubscribe <https://uk.indeed.com/unsub?jk=ae71...> | Privacy""",
      headers=bulk("<jobalerts.indeed.com>", "https://uk.indeed.com/unsub?jk=ae71")),
    m("Welcome to the Halvorsen Talent Community!", """\
Hi Tomasz,

Thanks for joining our Talent Community! You'll now receive updates about new roles, events and stories from life at Halvorsen.

*What's next?*
- Update your preferences <https://halvorsen.jobs/preferences>
- Read about our engineering culture <https://halvorsen.jobs/engineering>

You're receiving this because you joined our talent community. Unsubscribe <https://halvorsen.jobs/unsub>""",
      headers=bulk("talent-community.halvorsen.jobs", "https://halvorsen.jobs/unsub")),
    m("Logistics Leaders Breakfast – Thursday 10 December", """\
You're invited!

Join 80+ warehouse and supply chain leaders for breakfast and a panel on automation in the East Midlands.

Date: Thursday 10 December, 7:30–9:30am
Venue: Rushden Lakes Conference Centre
Tickets: Free for members <https://events.ukwarehousing.org/breakfast-dec>

UKWA Events Team
Manage your subscription <https://ukwarehousing.org/email-prefs>""",
      headers=bulk("events.ukwarehousing.org", "https://ukwarehousing.org/email-prefs"),
      note="event invitation to many, not an interview"),
    m("The Grad Marketer #47: How to ace your assessment centre", """\
View in browser <https://gradmarketer.substack.com/p/47>

*The Grad Marketer*
Issue 47 · 20 November 2026

This week: the five mistakes we see at assessment centres, a salary survey for entry-level roles, and 14 new grad schemes closing in December.

Read more →

You're receiving this because you subscribed to The Grad Marketer. Unsubscribe <https://gradmarketer.substack.com/action/disable_email>""",
      headers=bulk("gradmarketer.substack.com", "https://gradmarketer.substack.com/action/disable_email")),
    m("New teaching jobs this week – TES", """\
Hi Megan,

Based on your saved search (English, Secondary, North West):

Teacher of English – Oakridge Academy, Wigan – MPS
Second in English – St Cuthbert's RC High – TLR 2b
Teacher of English (maternity) – Parkfield School – MPS/UPS

View all 27 jobs <https://www.tes.com/jobs/search?...>

You can change how often you receive these emails in your account.
Unsubscribe <https://www.tes.com/unsubscribe?u=...>""",
      headers=bulk("jobalerts.tes.com", "https://www.tes.com/unsubscribe")),
    m("Caterer jobs: 9 new Chef de Partie roles", """\
Hello Luca,

New jobs for you:
- Chef de Partie, Boutique Hotel, Bath – £32k + tips
- CDP, Fine Dining, London W1 – £35k, 4-day week
- Senior CDP, Gastro Pub, Bristol – £31k, live-in available

*Apply now*

caterer.com · Unsubscribe <https://www.caterer.com/unsub>""",
      headers=bulk("alerts.caterer.com", "https://www.caterer.com/unsub")),
    m("ACCA Accounting & Business – December issue", """\
[image: ACCA]

Your December issue is here

- Audit reform: what's next?
- Sustainability reporting: a practical guide
- CPD: IFRS 18 explained

Read online <https://abmagazine.accaglobal.com/dec26>

You are receiving this email as an ACCA member. Manage preferences | Unsubscribe""",
      headers=bulk("members.accaglobal.com", "https://www.accaglobal.com/unsubscribe")),
    m("Data jobs you might like", """\
LinkedIn

Hana, these jobs match your preferences

Data Analyst · Monzo · London (Hybrid)
Analytics Engineer · Octopus Energy · London
Junior Data Scientist · NHS England · Leeds (Remote)

See all jobs <https://www.linkedin.com/comm/jobs/collections/recommended>

This email was intended for Hana Sato (Data Analyst at Quillmark). Unsubscribe <https://www.linkedin.com/comm/psettings/email-unsubscribe>
© 2026 LinkedIn Ireland Unlimited Company, Wilton Plaza, Dublin 2.""",
      headers=bulk("<jobs.linkedin.com>", "https://www.linkedin.com/comm/psettings/email-unsubscribe")),
    m("Open evening: Nursing careers at St Luke's", """\
Come and meet our nursing teams!

Wednesday 9 December, 5–8pm, Education Centre, St Luke's Private Hospital.

Speak to ward managers, find out about our preceptorship programme and, if you bring your CV, you could be interviewed on the night.

Register your place <https://stlukesprivate.co.uk/openevening>

Don't want these emails? Unsubscribe <https://stlukesprivate.co.uk/unsub>""",
      headers=bulk("careers.stlukesprivate.co.uk", "https://stlukesprivate.co.uk/unsub"),
      note="mentions interviews on the night but sent to many"),
    m("Ministry of Testing – Weekly Digest", """\
This week on the Club:
- "Is manual testing dead (again)?" – 142 replies
- New course: API testing with Postman
- TestBash Brighton early bird ends Friday

Ministry of Testing <https://www.ministryoftesting.com>
Update your email settings or unsubscribe <https://www.ministryoftesting.com/settings>""",
      headers=bulk("digest.ministryoftesting.com", "https://www.ministryoftesting.com/settings")),
    m("We're hiring at our new Daventry hub – 300 jobs!", """\
Hi Darnell,

Our brand new Daventry hub opens in February and we're hiring Warehouse Operatives, Team Leaders and Shift Managers. Day, night and weekend patterns available.

Come to our recruitment day on Saturday 5 December or apply online.

Apex Parcels Careers
Unsubscribe from career updates <https://apexparcels.com/careers/unsub>""",
      headers=bulk("careers.apexparcels.com", "https://apexparcels.com/careers/unsub")),
    m("Your weekly round-up from Fernleaf Drinks 🍋", """\
View in browser <https://email.fernleafdrinks.co.uk/v/112>

New flavour alert: Blood Orange & Thyme is HERE.

Get 20% off your first case with code ZEST20.

[image: can of Blood Orange & Thyme]

Shop now <https://fernleafdrinks.co.uk/shop>

You're receiving this because you signed up at fernleafdrinks.co.uk. Unsubscribe <https://email.fernleafdrinks.co.uk/u/112>""",
      headers=bulk("newsletter.fernleafdrinks.co.uk", "https://email.fernleafdrinks.co.uk/u/112"),
      note="consumer marketing from a company she interviewed with"),
    m("Teach in Dubai – virtual recruitment fair", """\
Dear Teacher,

Join 40 international schools at our virtual recruitment fair on Saturday 12 December. Meet principals, attend live Q&As and book interviews for August 2027 starts.

Register free <https://teachaway.events/dubai-dec>

Teach Abroad Network · Unsubscribe""",
      headers=bulk("fairs.teachabroad.net", "https://teachaway.events/unsub")),
    m("Young Chef of the Year – entries open", """\
Calling all chefs under 30!

Entries for Young Chef of the Year 2027 are open until 31 January. Winners get a stage at a three-Michelin-star restaurant and £5,000.

Enter now <https://youngchef.co.uk/enter>

Unsubscribe <https://youngchef.co.uk/unsubscribe>""",
      headers=bulk("news.youngchef.co.uk", "https://youngchef.co.uk/unsubscribe")),
    m("Hays Salary Guide 2027 – download now", """\
Hi Olumide,

Our 2027 Accountancy & Finance Salary Guide is out. See what your peers are earning and how pay rises are expected to change next year.

Download the guide <https://www.hays.co.uk/salary-guide>

Hays Recruitment · Privacy · Unsubscribe""",
      headers=bulk("marketing.hays.co.uk", "https://www.hays.co.uk/unsubscribe")),
    m("[dbt community] December meetup – London", """\
Hi all,

The December London dbt meetup is on Tuesday 15 December at our Shoreditch office. Talks on semantic layers and testing your models. Pizza, as always.

RSVP: <https://www.meetup.com/london-dbt/events/30011>

--
You received this message because you are subscribed to the Google Groups "london-dbt" group.
To unsubscribe from this group and stop receiving emails from it, send an email to london-dbt+unsubscribe@googlegroups.com.""",
      headers={"List-Id": "<london-dbt.googlegroups.com>",
               "List-Unsubscribe": "<mailto:london-dbt+unsubscribe@googlegroups.com>", "Precedence": "list"}),
    m("Reminder: Complete your profile to get noticed", """\
Hi Priya,

Candidates with complete profiles are 3x more likely to hear back from employers. You're 60% done!

Finish my profile <https://www.reed.co.uk/account/profile>

reed.co.uk · Manage email preferences""",
      headers=bulk("notifications.reed.co.uk", "https://www.reed.co.uk/account/email-preferences")),
    m("NHS Jobs: Vacancies matching your saved search", """\
Vacancies matching your saved search 'Band 5 Nurse – 20 miles of M1':

Staff Nurse – Ward 22 – Northgate Hospitals NHS FT – closes 4 Dec
Staff Nurse – Theatres – East Cheshire NHS Trust – closes 30 Nov

To stop receiving these alerts, sign in and delete the saved search.""",
      headers={"Precedence": "bulk", "From": "donotreply@jobs.nhs.uk",
               "List-Unsubscribe": "<https://www.jobs.nhs.uk/candidate/searches>"}),
    m("Your Glassdoor community: what's it like to interview at Pebblepay?", """\
[image: Glassdoor]

People are talking about companies you follow.

*Pebblepay* – 3 new interview reviews
"Pair testing session was fun, got a rejection a week later with no feedback."

Read reviews <https://www.glassdoor.co.uk/Interview/Pebblepay>

Unsubscribe <https://www.glassdoor.co.uk/unsub>""",
      headers=bulk("community.glassdoor.com", "https://www.glassdoor.co.uk/unsub"),
      note="contains 'rejection' in a quoted review"),
    m("Thanks for attending – slides and recording inside", """\
Hi there,

Thanks for joining "Breaking into Data Analytics" last night! Here are the slides and recording:

Slides: <https://bit.ly/data-breakin-slides>
Recording: <https://youtu.be/xxxx>

Our next session is on portfolio projects – 14 January.

Women in Data UK
You are receiving this because you registered for an event. Unsubscribe""",
      headers=bulk("events.womenindata.co.uk", "https://womenindata.co.uk/unsub")),
    m("Final call: Graduate Scheme applications close Sunday", """\
Dear Priya,

This is your final reminder that applications for our 2027 graduate schemes in Marketing, Finance and HR close at midnight on Sunday 29 November.

Apply now <https://careers.brightmore.com/grad>

Brightmore Group – Early Careers
To unsubscribe click here <https://careers.brightmore.com/unsub>""",
      headers=bulk("earlycareers.brightmore.com", "https://careers.brightmore.com/unsub")),
]


if __name__ == "__main__":
    write("twelfth.jsonl", labelled_rows("twelfth", {
        "rejection": REJECTION, "offer": OFFER, "reply": REPLY, "next-round": NEXT,
        "scheduling": SCHED, "request": REQUEST, "deciding": DECIDING, "ack": ACK,
        "auto-reply": AUTOREPLY, "bulk": BULK,
    }, splits=("train", "dev", "held-out")))
    from collections import Counter
    import json
    from pathlib import Path
    rows = [json.loads(x) for x in Path(__file__).with_name("twelfth.jsonl").read_text().splitlines()]
    print(Counter(r["label"] for r in rows))
    print(Counter(r["split"] for r in rows))
    assert len({(r["subject"], r["body"]) for r in rows}) == len(rows), "duplicate message"
