# ruff: noqa: E501, W291 - one message a line reads best (a signature's "-- " keeps its space)
"""The twentyfourth corpus: a sealed test set, every row held out.

Written by the twentyfourth author who read neither the classifier nor any other corpus's messages (only the
brief, the replies README and `corpus_rows.py`). The theme is what real inboxes look like: long threads with
the newest message above quoted earlier mail (the candidate's own hopeful words included), Outlook
"-----Original Message-----" blocks and Gmail "On ... wrote:" quoting, forwards from one colleague to the
candidate, HTML-to-text leftovers, long legal and confidentiality disclaimers, marketing footers, mobile
signatures, hurried messages with typos, decisions that are one short line among logistics, and subject lines
that disagree with the body.

The messages are written as corporations, the public sector (councils, civil services, federal and provincial
agencies), healthcare (NHS trusts, HSE, private clinics), education (universities, schools, colleges), small
businesses, recruitment agencies and startups, in US, British, Irish, Australian, Indian, Canadian and
second-language English, in registers from a six-word phone note to a long formal HR letter.
"""

from __future__ import annotations

from corpus_rows import labelled_rows, m, write


def q(text: str) -> str:
    """Quote earlier mail the way mail clients do, with "> " before every line."""
    return "\n".join("> " + line if line else ">" for line in text.strip("\n").split("\n"))


AUTO = {"Auto-Submitted": "auto-replied"}


REJECTION = [
    m("RE: Application - Senior Planning Officer (Ref PL/2291)",
      """Dear Ms Okonkwo,

Thank you for attending interview on Thursday. The panel met on Friday afternoon and I am sorry to let you know that on this occasion you have not been successful.

There was a strong field and the scores were close. If you would like feedback, Gareth Pryce (Head of Development Management) has said he is happy to speak with you; just reply to this email and I will find a time.

Kind regards

Lesley Hammond
HR Advisor | People Services
Westbury Borough Council
Civic Centre, Market Way, Westbury WB1 4AA
T: 01632 960 418

-----Original Message-----
From: Adaeze Okonkwo <adaeze.okonkwo@mailbox.example>
Sent: 20 November 2026 08:41
To: HR Recruitment <recruitment@westbury-council.example>
Subject: Application - Senior Planning Officer (Ref PL/2291)

Dear Lesley,

Thank you again for organising Thursday's interview. I really enjoyed meeting Gareth and Nisha and talking through the local plan review. I'm very hopeful and would be delighted to join the team if given the opportunity.

Best wishes,
Adaeze

**********************************************************************
This email and any attachments are confidential and intended solely for the addressee. If you have received it in error please notify the sender and delete it. Westbury Borough Council monitors email traffic for security and compliance purposes. Views expressed are those of the individual and not necessarily of the Council.
**********************************************************************"""),

    m("Re: Following up - Product Designer",
      """Hey Tom, appreciate the nudge and sorry for the radio silence. We ended up going with someone who's done a lot more B2B dashboard work. Genuinely liked your portfolio though, esp the transit app.

Cheers,
Maya

On Fri, 20 Nov 2026 at 16:02, Tom Ferrier <tferrier@post.example> wrote:
""" + q("""Hi Maya,

Just following up on our chat last Tuesday about the Product Designer role. I'm still really excited about the offer of working on the analytics side and would love to hear where things stand.

Thanks!
Tom""")),

    m("Fwd: Your application",
      """Hi Sunil - Karthik asked me to pass this on as he's travelling and can't get at his work mail. Sorry it's not better news. Ping me if you want to grab a coffee sometime anyway.

Rohan

---------- Forwarded message ---------
From: Karthik Venkataraman <karthik.v@brightloop.example>
Date: Sat, 21 Nov 2026, 11:18
Subject: Your application
To: Rohan Desai <rohan@brightloop.example>

Rohan can you forward to Sunil? Team decided not to progress him for the backend role - they want someone with more Kafka in prod. Nice guy, tell him thanks from me.

K"""),

    m("Update on your application",
      """&nbsp;

[cid:image001.png@01DB3C2A.4F7E9A10]

Dear Rebecca,

&nbsp;

Thank you for your interest in the Clinical Data Coordinator position at Halvern Health and for the time you spent with our team.

&nbsp;

After careful review, we have decided to move forward with other candidates whose experience more closely aligns with the needs of the role at this time.

&nbsp;

We encourage you to visit our careers site for future openings.

&nbsp;

Sincerely,

Talent Acquisition Team

Halvern Health

&lt;https://careers.halvernhealth.example&gt;

&nbsp;

[Facebook]&lt;https://facebook.example/halvern&gt; [LinkedIn]&lt;https://linkedin.example/halvern&gt; [Instagram]&lt;https://instagram.example/halvern&gt;"""),

    m("Trainee Solicitor Interview - Outcome",
      """Dear Fionnuala,

Thank you for attending the assessment centre at our Dublin office on 12 November.

We have now completed our review of all candidates. I am afraid we will not be in a position to offer you a training contract for the September 2028 intake. We received over 900 applications this year and the standard was exceptionally high.

We wish you every success with your legal career.

Yours sincerely,

Graduate Recruitment Team
Keane Mulcahy Solicitors LLP
12 Merrion Row, Dublin 2

This email and any files transmitted with it are confidential and may be legally privileged. It is intended solely for the use of the individual or entity to whom it is addressed. If you are not the intended recipient, you must not copy, distribute, disclose or take any action in reliance on it. If you have received this email in error, please notify the sender immediately by return email and then delete it from your system. Keane Mulcahy Solicitors LLP is a limited liability partnership regulated by the Law Society of Ireland. A list of partners is available for inspection at our registered office. Emails sent to and from this firm may be monitored. We do not accept service of documents by email. Beware of cyber fraud: we will never notify you of a change to our bank details by email."""),

    m("Re: Thank you!",
      """Hi Jess,

Lovely to get your note, and thanks for coming in on Wednesday with such good questions.

I wanted to let you know myself rather than via the system: we've offered the position to another candidate and she has accepted. It was genuinely close.

All the best,
Neil

Sent from my iPhone

> On 19 Nov 2026, at 18:22, Jess Armitage <jess.armitage@inbox.example> wrote:
>
> Hi Neil, just a quick thank you for this afternoon! Really enjoyed meeting the team and hope to hear good news soon :)
> Jess"""),

    m("re: interview",
      """hi daniel thansk for comming in tues. sorry but we decidd to go with somone who has more forklift tickets, its a busy yard and we need them day one. good luck

Gaz
Northside Timber & Hardware"""),

    m("Your visit on Tuesday - expenses and next steps",
      """Dear Ms Lindqvist,

Thank you for travelling to see us on Tuesday. A few housekeeping points:

1. Your travel expenses claim (train, Edinburgh to Newcastle return) has been approved and will be paid by BACS within 10 working days. Please keep the receipts until then.
2. You left a navy umbrella in Meeting Room 4. Reception is holding it; we can post it if you let us know an address.
3. The panel has decided not to take your application further.
4. Your visitor pass does not need to be returned.

With best wishes,

Morag Ellis
Recruitment Administrator
Tyneforth Housing Association"""),

    m("Position update - Policy Analyst (competition 2026-PA-114)",
      """Good afternoon Mr. Tremblay,

I am writing regarding competition 2026-PA-114 for the Policy Analyst position with the Ministry of Municipal Affairs.

Due to the province-wide hiring restraint announced on 16 November, this competition has been cancelled and no appointments will be made from it. We recognise the time and effort you invested, and we apologise for the inconvenience.

Should the position be re-advertised, you are welcome to apply again.

Bonne journée / Have a good day,

Staffing Services
Public Service Commission

Avis de confidentialité : Ce courriel peut contenir des renseignements confidentiels. Si vous l'avez reçu par erreur, veuillez en aviser l'expéditeur et le supprimer.
Confidentiality notice: This email may contain confidential information. If you have received it in error, please notify the sender and delete it."""),

    m("Clinical Nurse Manager 2 - Ward 6B",
      """Hi Siobhán,

Thanks a million for interviewing with us last week, and apologies this took a while.

The post has been filled internally by one of the existing CNM1s who had been acting up in the role since the summer. I know that's frustrating to hear after all the prep you put in.

I'd encourage you to keep an eye on the HSE site as there are two CNM2 posts due in the new year.

Kind regards,
Aoife Breslin
Assistant Director of Nursing
St. Colmcille's University Hospital

Tá an ríomhphost seo agus aon iatáin faoi rún. This email and any attachments are confidential."""),

    m("RE: Marketing Coordinator - Fernbrook",
      """Hi Chloe,

Just got off the phone with Fernbrook. They've come back to say they won't be taking you further this time around. Their feedback was really positive about your presentation, but they've gone with a candidate who's already worked in FMCG and can hit the ground running before Christmas.

I know you were keen on this one, so I'm gutted for you. I've got two other briefs landing this week that I think suit you better anyway - are you free for a quick call Wednesday arvo?

Cheers,
Brodie Nguyen
Senior Consultant | Marketing & Digital
Harbourline Recruitment | Level 9, 55 Clarence St, Sydney NSW 2000
M: 0412 555 019

Harbourline Recruitment Pty Ltd ABN 11 222 333 444. Please consider the environment before printing this email.

From: Chloe Papadakis <chloe.pap@webmail.example>
Sent: Monday, 16 November 2026 9:02 AM
To: Brodie Nguyen <brodie.n@harbourline.example>
Subject: Marketing Coordinator - Fernbrook

Hi Brodie, thanks so much for setting up the interview. Fingers crossed! Let me know if they need anything else from me.
Chloe"""),

    m("Your application status has changed",
      """Requisition: R-0048812 Senior Accountant, Financial Reporting
Candidate: Wei Zhang

Status: Not Selected

Thank you for your interest in Corvane Industries. This message is to let you know that your application status for the requisition above has been updated. You can view the status at any time by logging in to your candidate home.

Please do not reply to this message; this mailbox is not monitored.

Corvane Industries is an Equal Opportunity Employer. All qualified applicants will receive consideration for employment without regard to race, color, religion, sex, sexual orientation, gender identity, national origin, disability, or protected veteran status."""),

    m("Interview Result - Software Engineer II",
      """Dear Candidate,

Greetings from Prasanna Infotech Pvt. Ltd.!

This is with reference to your technical interview held on 18-11-2026 for the position of Software Engineer II (Java, Spring Boot).

We regret to inform you that your profile has not been shortlisted for further process at this moment. We shall keep your resume in our database and revert in case any suitable opening arises in future.

Thanks & Regards,
Deepa Raghunathan
HR Executive - Talent Acquisition
Prasanna Infotech Pvt. Ltd., Whitefield, Bengaluru - 560066
Ph: +91 80 5550 2231

DISCLAIMER: The information contained in this electronic message and any attachments to this message are intended for the exclusive use of the addressee(s) and may contain proprietary, confidential or privileged information. If you are not the intended recipient, you should not disseminate, distribute or copy this e-mail. Please notify the sender immediately and destroy all copies of this message and any attachments. WARNING: Computer viruses can be transmitted via email. The recipient should check this email and any attachments for the presence of viruses. The company accepts no liability for any damage caused by any virus transmitted by this email."""),

    m("Your application at Brenner Messtechnik",
      """Dear Mr. Novak,

thank you very much for your interest and for the interview with Mr. Fuchs and me last week.

Unfortunately we must inform you that we have decided for another candidate, whose profile is matching more to our requirements in the area of sensor calibration. This decision was not easy for us.

Your documents will be deleted after six months according to the data protection regulations.

We wish you for your further way all the best.

With kind regards

Sabine Hörmann
Human Resources
Brenner Messtechnik GmbH
Industriestraße 14, 73728 Esslingen
Geschäftsführer: Dr. Lutz Brenner | Amtsgericht Stuttgart HRB 71234"""),

    m("Assistant Professor of Sociology - search update",
      """Dear Dr. Adeyemi,

On behalf of the search committee for the Assistant Professor of Sociology position, I want to thank you for your campus visit earlier this month. We very much enjoyed your job talk on informal labor markets in Lagos.

I am writing to let you know that the department has extended an offer to another candidate, and that offer has been accepted. The search is therefore closed.

Please know that the committee's deliberations were difficult, and we were grateful for the depth of the pool. I wish you every success in your search this year.

Best regards,

Margaret Feld
Professor and Chair, Department of Sociology
Whitcombe College"""),

    m("Application for Healthcare Assistant - Outcome",
      """Dear Jamal Idris

Reference: 310-NUR-7724-A

Thank you for attending an interview for the above post. Unfortunately, on this occasion, you have not been successful.

If you would like feedback on your interview, please contact the recruiting manager, whose details are shown in the job advert.

Thank you for your interest in working for Calderbridge Teaching Hospitals NHS Foundation Trust.

Yours sincerely

Recruitment Team

This is an automated email. Please do not reply to this address."""),

    m("Re: Catch up re Data Engineer role",
      """Hi Lukas,

Thanks for your patience. I wanted to give you a proper answer rather than another "soon".

The team went back and forth, and in the end we're not going to move ahead with your application. The main thing was depth on streaming pipelines; your batch and dbt work was great, but this role is about 70% Flink at the moment.

If it's useful I'm very happy to jump on a 15 min call and walk you through the panel's notes - just say the word.

Best,
Harriet Cole
Engineering Manager, Data Platform
Quillstone

On Wed, Nov 18, 2026 at 10:27 AM Lukas Brandt <lukas.brandt@mail.example> wrote:
""" + q("""Hi Harriet,

Hope your week is going well. I just wanted to check in on the Data Engineer role - I know you mentioned a decision early this week. Unfortunately I have another process that's moving quickly so any update would be great.

Thanks,
Lukas""")),

    m("Thanks from all of us at Pip & Posy",
      """Hi Ellie!

Thank you so much for coming in to the shop and for the gorgeous samples of your window displays - the paper lanterns were a hit with everyone.

We had so many lovely people apply and it was honestly really hard to choose, but we've decided to keep looking for someone with a bit more wholesale experience since that's where we're headed next year.

Do pop in for a cuppa whenever you're passing!

Love,
Posy x

--
Pip & Posy | Independent gifts & stationery | 4 Abbey Lane, Frome
Follow us @pipandposy_shop for new stock drops
Sign up to our newsletter for 10% off your first order"""),

    m("Warehouse Supervisor",
      """Not this time unfortunately mate, went with Craig who covered nights for us over winter. Cheers for coming out

Sent from Outlook for Android"""),

    m("RE: RE: Reference request & update",
      """Hi Ananya,

Thanks for sending the referee details across so quickly last week. I'm really sorry to come back with this, but we've had a change of plan on our side: the board has decided to put the Head of Partnerships hire on hold until the next financial year, and we're not making an appointment at this stage. We won't be contacting your referees.

I'm conscious you've put real time into this process and I'm sorry it ends here. If the role reopens I'll get in touch personally.

Warmly,
Claire Whitlow
Director of People
Open Harbour Trust (registered charity no. 1198765)

-----Original Message-----
From: Ananya Krishnan <ananya.k@fastmail.example>
Sent: 17 November 2026 14:10
To: Claire Whitlow <c.whitlow@openharbour.example>
Subject: RE: Reference request & update

Hi Claire,

Please find my two referees below. Both are aware they might be contacted.

1. Dr Helen Marsh, Programme Director, Lanthorn Foundation - helen.marsh@lanthorn.example
2. Ravi Patel, CEO, Bridgeworks - ravi@bridgeworks.example

I'm really looking forward to the next step!

Ananya

-----Original Message-----
From: Claire Whitlow <c.whitlow@openharbour.example>
Sent: 16 November 2026 17:45
To: Ananya Krishnan <ananya.k@fastmail.example>
Subject: Reference request & update

Dear Ananya, thank you for a brilliant second interview. Could you send me details of two referees? Many thanks, Claire"""),

    m("Junior Account Executive",
      """Hey Sam,

So sorry, I've been meaning to write all week. We loved meeting you but we're going to pass for now - honestly the role has shifted toward more paid social than we expected when we posted it and it's not fair to hire you into something different from what we described.

Let's stay in touch, you're going to do great.

-- J

Jordana Levi | Founder, Loudhouse Creative
hello@loudhouse.example | loudhouse.example
We're hiring! (well, sometimes)"""),

    m("Your Recent Interview with Pacific Northern Rail",
      """Dear Marcus Reyes,

Thank you for taking the time to interview for the position of Signal Maintainer Apprentice (Posting #PNR-3319) on November 10, 2026.

We have carefully reviewed your qualifications against the requirements of the position and the needs of our department. While your background is impressive, we have selected other candidates for this opportunity.

Your application will remain active in our system for twelve (12) months, and you may be considered for future positions for which you qualify.

Respectfully,

Human Resources Department
Pacific Northern Rail Corporation

CONFIDENTIALITY NOTICE: This electronic mail transmission and any attachments may contain privileged, confidential, or proprietary information intended only for the person(s) named. Any use, distribution, copying, or disclosure by any other person is strictly prohibited. If you received this transmission in error, please notify the sender by reply e-mail and then destroy the message. Opinions, conclusions, and other information in this message that do not relate to the official business of Pacific Northern Rail shall be understood to be neither given nor endorsed by it."""),

    m("A note from Dr. Hall's office",
      """Hello Priyanka,

Dr. Hall asked me to write to you after your working interview on Saturday. She was grateful you came in on a weekend and said the patients liked you.

She has decided that she needs a hygienist who can start in early December, and since your notice period runs to the end of January she has offered the position to another applicant.

She wishes you all the best.

Kind regards,
Tina
Practice Manager
Hall Family Dentistry
1420 Elm Street, Suite 200, Oakville ON
Tel 905-555-0142

Please note our holiday hours: closed Dec 24 - Jan 2."""),

    m("Fw: Store Manager Trainee - Gillingham",
      """Hiya, sorry this came to my personal email by mistake, forwarding on. Good luck with everything. Bev

----- Forwarded Message -----
From: Area Recruitment <area7recruit@brightmart.example>
To: Beverley Tait
Sent: Friday, 20 November 2026, 15:33:09 GMT
Subject: Store Manager Trainee - Gillingham

Bev, please let Kyle Anderson know he's not been successful for the Gillingham SMT role. Scored 31/50 on the competency interview, threshold was 35. Can reapply after 6 months. Thanks, Area 7 Recruitment"""),

    m("Re: Quick question about the role",
      """Hi Nadia,

Good question on the hybrid setup - it's three days in office, Tuesday to Thursday, and that isn't flexible for this team unfortunately.

I should also have told you earlier: the hiring manager let me know yesterday that she's decided to proceed with a different candidate, so I'm afraid we won't be taking your application further. I'm sorry to pass that on in the same breath as your question.

Kind regards,
Oliver Grant
Talent Partner, Meridian Mutual

On Sat, 21 Nov 2026 at 20:14, Nadia Haddad <nadia.haddad@mail.example> wrote:
> Hi Oliver, thanks again for Thursday. One quick question while I wait - is the hybrid arrangement 2 or 3 days in the office? Hoping to hear positive news soon!
> Nadia"""),

    m("Sous Chef",
      """Hi Connor,

Thanks heaps for doing the trial shift Friday, the lamb was spot on.

Going to be honest with you - the team felt you were a bit quiet on the pass during the rush and we need someone who'll drive the line when I'm not there. So we won't be offering you the job this time. Not a knock on your cooking at all.

All the best mate
Dom
Ember & Salt, Fremantle"""),

    m("Graduate Programme 2027",
      """Hi Aditya,

Thank you for taking part in our virtual assessment day on 13 November.

Following the assessment day, we have reviewed each candidate's performance across all exercises, and I'm sorry to tell you that we won't be progressing your application any further for our 2027 Graduate Programme.

We know this isn't the outcome you were hoping for. You'll find a short written summary of your performance in your candidate portal within the next two weeks.

Best wishes,
Early Careers Team
Ashdown Energy plc

Ashdown Energy plc is registered in England and Wales, company number 04455667. Registered office: 1 Riverside Quay, Bristol BS1 6XA.

You're receiving this email because you applied for a role with Ashdown Energy. Manage your communication preferences | Privacy notice"""),

    m("RE: Admin Assistant - interview 19/11",
      """Dear Mrs Flanagan

Further to your interview on the 19th I regret to advise that you were not the preferred candidate.

Regards

J. Cummins
Practice Administrator
Cummins & Ryan Accountants, Clonmel"""),

    m("Outcome: Research Fellow (Ref 4471)",
      """Dear Dr Mukherjee,

Thank you for your interest in the Research Fellow post in Computational Ecology and for your presentation to the panel on 16 November.

I am writing to inform you that the panel has now made its decision and I regret that your application has not been successful. The appointed candidate had particular expertise in agent-based models of pollinator networks that the funder's work package requires.

The panel asked me to pass on that your talk was one of the clearest they heard. Professor Okafor would be glad to give you feedback by phone.

Yours sincerely,

Helen Rowbotham
Research Administrator, School of Biological Sciences
University of Fenwick

The University of Fenwick is a registered charity. This email (including any attachments) is intended only for the recipient(s) named above. It may contain confidential or privileged information and should not be read, copied or otherwise used by any other person. If you are not a named recipient, please contact the sender and delete the email from your system."""),

    m("Brief update",
      """Hi Kenji,

Apologies for the delay getting back to you. Our client has decided to close the Finance Business Partner role for now - their new CFO starts in January and wants to restructure the team first, so they're not hiring into the position. That means your application ends here, I'm afraid.

I'll be in touch if anything comparable comes up.

Regards,
Imogen Shaw | Principal Consultant
Calloway Finance Search | Manchester

Calloway Finance Search Ltd is an employment agency. Registered in England No. 08877665."""),

    m("Re: Thanks & next steps?",
      """Hi Ravi,

Sorry for the slow reply - been a mad fortnight with year-end.

Unfortunately it's a no from us this time.

The good news is the quarterly planning stuff is finally done so I'll actually be at the meetup on the 3rd if you're still going - would be good to say hi.

Pete

> From: Ravi Chandran
> Sent: 09 November 2026 19:40
> To: Pete Lawson
> Subject: Thanks & next steps?
>
> Hi Pete, thanks for the chat today! Any idea on timelines? I'm keen to hear what the next steps are. Also - are you going to the DevOps meetup on Dec 3rd?"""),

    m("Rejected: Barista (Part-time) - Camden Road",
      """Hi Leila,

Your application for Barista (Part-time) - Camden Road has been rejected by the hiring team.

Thanks for applying, and good luck with your job search!

This message was sent via ShiftHire on behalf of Rosebud Coffee Co. You can't reply to this email."""),

    m("Communications Officer - Outcome of interview",
      """Dear Ms Kaur,

Thank you for attending interview for the post of Communications Officer with the Department of Rural and Community Development on Wednesday, 18 November 2026.

I regret to inform you that you have not been placed on the panel from which appointments will be made. The board's assessment of your performance is set out in the attached marking sheet. You may seek a review of the decision within 5 working days of the date of this letter under Section 7 of the Code of Practice.

Thank you for your interest in this competition.

Yours sincerely,

Recruitment Unit
Corporate Services Division

Attachment: Marking_Sheet_KaurP.pdf (84 KB)"""),

    m("Hey",
      """Hey Marco, wanted to let you know quickly before the weekend - we're gonna go another way for the ops lead role. Appreciate you taking the time. Let's grab a beer when things calm down

sent from my phone pls excuse typos"""),
]

REJECTION += [
    m("Unsuccessful - Ref CS/11/2026/0457",
      """Dear Applicant,

Please see the attached letter regarding your recent application.

Regards,
Resourcing Team

Attachment: Letter_0457_Outcome.pdf"""),

    m("APS 6 Project Officer - merit pool outcome",
      """Dear Ms Tran,

Thank you for your participation in the recent selection process for the APS 6 Project Officer position (Job ID 44127) with the Department of Regional Infrastructure.

The selection panel has completed its assessment. I regret to advise that you have not been recommended for placement in the merit pool for this process.

Should you wish to receive feedback, please contact the panel chair, Mr Jeremy Hollis, on (02) 6555 0193 within 14 days.

Thank you for your interest in working with us.

Kind regards
Recruitment Services
People Branch | Corporate Division
Canberra ACT 2601

We acknowledge the Traditional Owners of Country throughout Australia and recognise their continuing connection to land, waters and community. We pay our respects to Elders past and present.

IMPORTANT: This message, and any attachments to it, contains information that is confidential and may also be the subject of legal professional or other privilege. If you are not the intended recipient of this message, you must not review, copy, disseminate or disclose its contents to any other party or take action in reliance of any material contained within it. If you have received this message in error, please notify the sender immediately by return email informing them of the mistake and delete all copies of the message from your computer system."""),

    m("RE: Offer of interview - Teaching Assistant (SEN)",
      """Dear Mr Bello,

Thank you again for coming in on Monday and for the lovely session you ran with Year 3. The children are still talking about the volcano.

Having met all the candidates, the governors have appointed someone who has worked in a specialist provision before, which was important to us for this particular child's needs. I'm sorry this isn't better news.

With best wishes,

Mrs R. Chaudhry
School Business Manager
St Aidan's C of E Primary School

-----Original Message-----
From: Mrs R. Chaudhry
Sent: 05 November 2026 11:02
To: 'olu.bello@mail.example'
Subject: Offer of interview - Teaching Assistant (SEN)

Dear Mr Bello, I am pleased to offer you an interview for the above post on Monday 16 November at 10.30am. Please bring photo ID and proof of address. Kind regards, Mrs Chaudhry"""),

    m("Your application with Norfield Bank",
      """Hi Gabriel,

I hope this finds you well. I wanted to circle back after your final conversation with Anita.

We've decided to fill the Credit Risk Analyst role with an internal candidate from our commercial lending team. This was a tough call and honestly came down to familiarity with our internal rating models more than anything about your interviews.

I'd be glad to keep you in mind for the analytics openings we expect in Q1.

All the best,
Stephanie Dubois
Senior Talent Acquisition Partner
Norfield Bank | Toronto

This email may contain privileged and/or confidential information. If you are not the intended recipient, please notify the sender and delete this message. Ce courriel peut contenir des renseignements privilégiés et/ou confidentiels."""),

    m("feedback + decision",
      """Hi Aoibheann,

I promised you written feedback so here it is, in the order the panel discussed:

- Your case study was well structured and you clearly understood the stakeholder map. The recommendation on the CRM migration was realistic.
- The panel would have liked more on how you'd handle the vendor pushing back on scope; your answer was a bit general.
- Your questions at the end were excellent, especially about how the team measures adoption.
- On the technical side, SQL was fine; the Salesforce config questions were patchier.

Taking it all together, we've decided not to progress your application. I hope the notes above are useful for the next one.

Niamh
Business Systems Lead, Corrib Logistics, Galway"""),

    m("Candidate status - Rahul Menon - Client Feedback",
      """Dear Rahul,

Hope you are doing well.

This is to update you that the client (a leading BFSI MNC in Pune) has shared the feedback for your L2 interview held on 19th Nov. They have rejected your profile as they are looking for more hands-on experience in Murex.

Kindly do not feel discouraged. We will share more relevant openings matching to your profile shortly. Please send your updated CV with current CTC and notice period.

Thanks & Regards,
Swati Kulkarni
Sr. Recruiter | TalentBridge Consultants
Mob: +91 98XXX 55510
www.talentbridge.example

Save Paper - Save Trees. Print this email only if necessary."""),

    m("Founding Engineer @ Tallyleaf",
      """Hey Priya!

Thanks so much for spending basically a whole day with us on the work trial - you shipped more than we expected and Sam is still using your CLI tweak.

After a lot of talking (and one very long walk), we've decided not to extend an offer. The honest reason is that we need someone who wants to own infra/devops for the next year and from our chats I don't think that's what excites you, which is totally fair.

We'll pay the trial day invoice this week regardless, obviously. If you ever want an intro to folks in our batch who are hiring for product-y eng, I'm happy to make them.

Best,
Ezra
co-founder, tallyleaf"""),

    m("Re: Tuesday",
      """Thanks Gemma. No need to come back in Tuesday - we've filled it. All the best

Rob

On Sun, 22 Nov 2026, 21:03 Gemma Pike, <gemmapike@post.example> wrote:
> Hi Rob, just confirming I'm still fine for the second chat on Tuesday at 2? Really hoping it works out, I love what you're doing with the shop.
> Gemma"""),

    m("Volunteer & Events Coordinator",
      """Dear Hamid,

Thank you so much for your time on Thursday and for your patience while we worked through our decision.

We were moved by what you told us about organising the Eid food drive, and it's exactly the kind of community energy we love. On balance, though, we felt another candidate's experience managing large volunteer rotas was a closer match for where we are right now, and we've offered them the position.

We'd genuinely love to have you involved as a volunteer if you're interested - our Winter Warmth appeal starts on 5 December.

With warm wishes,
Joanne Pettigrew
Operations Manager
Riverside Community Pantry (Registered Charity 1177554)

Donate | Volunteer | Follow us on Instagram @riversidepantry"""),

    m("Update regarding the Lab Technician position",
      """Dear Mr. Ogunleye,

I am writing to let you know that funding for the Laboratory Technician position in the Department of Chemistry has been withdrawn following the university's mid-year budget review. Regretfully, the position will not be filled and the search has been closed.

I realize this is disappointing news after you progressed to the final round. Thank you for your interest in the University and for the care you brought to your interview.

Sincerely,

Laura Brightman
Department Administrator
Department of Chemistry
Carrington State University"""),

    m("RE: ref checks",
      """Hi Isla,

Thanks for your patience while we worked through references. I'm afraid that, following the reference checks, we're not able to proceed with your application. I'm not in a position to share the content of the references themselves, but I can confirm the decision is final.

I'm sorry that this is the outcome.

Regards,
Fraser Lindsay
HR Business Partner
Glenmorie Distillers Ltd

From: Isla Buchanan [mailto:isla.buchanan@mailhub.example]
Sent: 18 November 2026 09:15
To: Fraser Lindsay
Subject: ref checks

Hi Fraser, just checking whether you managed to reach both of my referees? Lorna said she hadn't heard from anyone yet. Unfortunately my phone has been playing up so email is best. Thanks, Isla"""),

    m("Your interview at Kinsley Foods",
      """Dear Chinonso,

Thank you for visiting our Leicester site on 17 November to interview for the Quality Assurance Technician role.

While we were impressed with your knowledge of HACCP and your enthusiasm, we have decided to offer the position to a candidate with more direct experience in chilled ready-meal production.

We will retain your details for six months and may contact you if a similar vacancy arises.

Kind regards,
HR Department
Kinsley Foods Ltd

Kinsley Foods Ltd. Registered in England No. 02233445. VAT Reg. GB 123 4567 89. Part of the Kinsley Group. Proud winner of the East Midlands Food & Drink Employer of the Year 2025."""),

    m("Re: Re: Re: interview",
      """Sorry Abdi, I know you've been waiting. Boss says no to hiring this month, we not need extra driver now. Maybe in spring I call you again.

Vasyl
Kyiv Express Courier, dispatch

> Hello Vasyl, any news please about the driver job? I am ready start any day.
> Abdi
>
> > Hi Abdi, still waiting for boss, he is away. Next week I hope.
> > Vasyl
> >
> > > Hi Vasyl, thank you for meet with me Saturday. When I can know about the job?"""),

    m("Your application - Associate, Corporate (NQ-2 PQE)",
      """Dear Ms Achterberg,

Thank you for attending second interviews with Carolyn Price and David Oyelaran on 11 November.

We have given careful consideration to your application. I regret to let you know that we will not be taking it further. We know how much work goes into a process like ours and we are grateful for the time you gave it.

Kind regards,

Legal Recruitment
Price Oyelaran Hartley LLP

Price Oyelaran Hartley LLP is a limited liability partnership registered in England and Wales (number OC398765) and is authorised and regulated by the Solicitors Regulation Authority (SRA number 612345). A list of members is available at our registered office, 40 Bishopsgate, London EC2N 4AJ. We use the word "partner" to refer to a member of the LLP, or an employee or consultant with equivalent standing and qualifications.

This email is confidential and may be privileged. If you have received it in error, please notify us immediately and delete it. You must not copy, disclose or use its contents. Internet communications are not secure and we accept no responsibility for changes made to this message after it was sent. We do not accept service by email."""),

    m("Hi from Oakhurst",
      """Hi Bethany - just a quick one to say thank you for all your time over the last few weeks and to let you know we've decided to appoint an internal candidate to the Deputy Manager post at Oakhurst. I know you'd have been brilliant with the residents.

We're recruiting senior carers in the new year if that would ever interest you.

Take care,
Sue
Registered Manager, Oakhurst Care Home

Oakhurst Care Home is rated Good by the CQC."""),

    m("Thank you for your time",
      """Dear Xavier,

Thank you for meeting with us regarding the Director of Development position. It was a pleasure to learn about your fundraising work in Montréal.

The search committee has concluded its process and will be recommending another finalist to the Board.

With appreciation,

Patricia Nakamura
Chair, Search Committee
Lakeshore Symphony Orchestra"""),

    m("RE: Thank you for meeting me",
      """Hi Oisín,

Thanks very much for the note - it was great meeting you too.

Having spoken to the other partners, we're not in a position to bring on an apprentice electrician until the Ballymun contract is signed, and that's looking like late spring at best. So I'm going to have to say no for now, sorry about that.

Keep in touch.

Declan

Declan Furlong
Furlong Electrical Contractors Ltd
RECI Registered | Safe Electric

From: Oisín Dempsey <oisin.dempsey@mail.example>
Sent: Friday 20 November 2026 18:55
To: Declan Furlong
Subject: Thank you for meeting me

Hi Declan, thank you for meeting me at the yard today. Really enjoyed it and hope I get the chance to work with ye. Oisín"""),

    m("Decision - UX Researcher",
      """Hi Mei,

Thanks for your patience. The team has decided not to move forward with your candidacy for the UX Researcher role.

Best,
Recruiting @ Vantor"""),

    m("Application Update - Customer Success Manager",
      """Hi Daniela,

Thank you for interviewing with us for the Customer Success Manager position. We truly appreciate the time you invested.

We've carefully considered your background and, while it's impressive, we've decided to pursue candidates whose experience more closely matches the specific requirements of this role.

We'd love to stay connected! Join our Talent Community to hear about future opportunities: https://jobs.ploverstack.example/community

Best regards,
The Ploverstack Talent Team

--
Ploverstack, Inc. | 500 Howard St, San Francisco, CA 94105
Ploverstack is proud to be an equal opportunity employer. Learn about our benefits and culture at ploverstack.example/life
Download our 2026 State of Customer Success report ->"""),

    m("Re: Fwd: Junior Analyst - final interview",
      """Hi Thandiwe - Matt asked me to reply as he's off sick today. We won't be making you an offer for the Junior Analyst job. Sorry to be the bearer. He said to say thanks for the great chat.

Kerry Phelps
Office Manager, Ashgrove Capital

On Thu, 19 Nov 2026 at 08:12, Matt Kowalczyk <matt@ashgrovecap.example> wrote:
> Kerry - FYI, Thandiwe's final is at 3pm Tuesday, can you book the small room?
> ---------- Forwarded message ---------
> From: Thandiwe Mokoena <thandiwe.m@inbox.example>
> Subject: Junior Analyst - final interview
>
> Hi Matt, Tuesday 3pm works perfectly. See you then!"""),

    m("Your application",
      """Dear Ms Sato,

We write to inform you that, after consideration, the Company will not proceed with your employment.

We thank you for your interest.

Yours faithfully,
Personnel Department
Tsubaki Precision Europe B.V."""),

    m("Following our conversation",
      """Hi Callum,

As I mentioned on the phone just now, I'm sorry we won't be taking things further for the Site Engineer role. I wanted to put it in writing too so you have it.

As discussed, the main gap was temporary works design. A TWC course would make a real difference and I'd happily look at you again next year.

Best regards,
Andrew Kilbride
Project Manager
Kilbride & Sons Civil Engineering
Mobile 07700 900 328

Think Safe, Work Safe, Home Safe."""),

    m("Re: Hi Leanne, any update?",
      """hi sorry lovely, we gave it to the girl who did saturdays already. really sorry x

On 21/11/2026 12:40, Leanne wrote:
> Hi Jackie, any update on the salon assistant job? Really hoping I got it! x"""),

    m("Position Update - Field Service Technician",
      """Hello Tyler,

Thank you for your interest in the Field Service Technician position with Graystone HVAC and for meeting with our service manager last week.

We have filled this position. We will keep your application on file and contact you if another opening becomes available in the Columbus area.

Regards,

Graystone HVAC Human Resources
(614) 555-0188

Graystone HVAC - Comfort You Can Count On Since 1978
Now offering 0% financing on new furnace installs through December 31!"""),

    m("Outcome of your application",
      """Dear Candidate,

Re: Pharmacist (Band 6) - Ref 7721-RX

We are writing to let you know that you have not been shortlisted following interview.

Please do not reply to this email.

Ysbyty Glan Menai / Glan Menai Hospital
Mae croeso i chi ohebu yn Gymraeg. You are welcome to correspond in Welsh."""),

    m("Finance Manager - Ballarat",
      """Hi Lachlan,

Hope your weekend was a good one. I've had feedback from the client on Friday's interview.

They liked your background in agri-business and thought you presented really well. Unfortunately they've decided to go with another applicant who's already CA qualified, which they've now made a must-have since the role will be covering for the CFO from March. Bit of a goalpost shift from the brief, to be honest, and I've told them as much.

I'll keep you front of mind for the next one.

Thanks,
Kirra Bennett
Regional Recruitment Lead
Wattle & Gum Recruitment | Ballarat VIC
P 03 5555 0142"""),

    m("Your Amazonia Fulfilment application",
      """Hi Bilal,

Thanks for your interest in the Shift Lead role at DUB3.

We've reviewed your interview and we won't be moving forward at this time. You can apply for other roles after 90 days.

Please don't reply to this email. For help, visit the candidate help centre.

Amazonia Fulfilment Ireland Ltd"""),

    m("RE: second interview feedback",
      """Hi Vikram,

Thanks for the follow up and for the detailed notes you sent after the panel - I passed them to Joanna.

I'm sorry to say we've decided not to make an appointment from this round. None of the shortlisted candidates matched the mix of regulatory and commercial experience the role needs, and we're going back to the market with a revised brief in January.

I'm happy for you to reapply when it goes live again, though I'd understand if you'd rather not.

Regards,
Emma Dowling
HR Manager
Kestrel Pharmaceuticals UK Ltd

-----Original Message-----
From: Vikram Sethi
Sent: 16 November 2026 22:07
To: Emma Dowling
Subject: second interview feedback

Hi Emma, I jotted down a few more thoughts on the MHRA question from today, in case it's useful for the panel's decision. Looking forward to hearing from you. Vikram"""),

    m("Thank you, Amara",
      """Dear Amara,

I'm writing personally because you were one of two people we were choosing between for the Programme Manager role, and I didn't want you to hear by form letter.

We've made the decision to go with the other candidate. Honestly, it came down to her having run a cash-transfer programme in the region before, and that tipped it.

I'd really like to keep talking - we have a Senior Programme Officer role opening in February which I think you'd be excellent for, and I'd be glad to put you forward directly if you're interested.

Warmly,
Fatou Diallo
Country Director
Horizon Relief International"""),

    m("Re: Thank you for your application",
      """Dear Mr Li,

Further to my last email, the position has been offered to and accepted by another candidate.

Regards,
Jane Holloway
Holloway & Bright Estate Agents

> Dear Mr Li, thank you for your application for Lettings Negotiator. We will be in touch after interviews. Regards, Jane Holloway"""),

    m("Assistant Manager role",
      """Hey Jordan,

Just wanted to say thanks for coming to the second interview and for being so patient.

We've decided to hold off on hiring an Assistant Manager for now. With the new store opening getting pushed to spring, we just don't have the hours to justify it, so we won't be moving forward with anyone at this stage. Sorry, I know that's annoying after two interviews.

I'll definitely reach back out when we're ready.

Thanks,
Kayla
Store Manager, Summit Outdoor Supply - Boise"""),

    m("Head of Digital - update",
      """Dear Rupert,

Thank you for your time over the course of the process, including the presentation to the Executive Committee.

I wanted to let you know that the Committee has decided to appoint another candidate. They asked me to pass on their thanks and their particular appreciation of your thinking on the membership platform.

Kind regards,
Georgina Alder
Partner
Alder Whitcombe Executive Search
Strictly private & confidential"""),

    m("Your application",
      """Hello Pablo,

thanks for your patience and sorry for late reply, we had many days of holiday here in the office.

We appreciate very much your time with the team. After discussion we prefer to continue with a candidate that has native level of German also, because many of our clients are from Austria. So the answer for you is negative this time, sorry.

I wish you a lot of success!

Best regards
Martina Rossi
HR, Dolomiti Travel Srl, Bolzano"""),
]

REJECTION += [
    m("Next steps",
      """Hi Owen,

Thank you for your time on the video call with Tariq and Lena. I wanted to follow up on next steps.

After comparing notes, the team has decided there isn't a next step for your application - we're going to move ahead with candidates who have more hands-on experience with regulated payments. I'm sorry not to have better news.

Warm regards,
Ines Carvalho
People Ops, Penny Lane Payments"""),

    m("Re: Offer - Marketing Executive",
      """Dear Shauna,

I'm very sorry to be writing this. Following the announcement this morning that Ballinacurra Hotels has been acquired, all external recruitment is frozen with immediate effect, and I've been instructed to withdraw the offer we made to you on Tuesday for the Marketing Executive role. I know you were planning to hand in your notice on Monday, and I'm so glad you hadn't yet.

This is not a reflection on you in any way and I'll be in touch the moment the freeze lifts.

With sincere apologies,
Gráinne Costello
HR Manager, Ballinacurra Hotels Group

-----Original Message-----
From: Gráinne Costello
Sent: Tuesday 17 November 2026 16:20
To: Shauna Kiely
Subject: Offer - Marketing Executive

Dear Shauna, I'm delighted to confirm our offer of the Marketing Executive position at a salary of EUR 42,000. Contract to follow. Gráinne""",
      note="an offer withdrawn: the candidate does not get the job"),

    m("Your interview - Customer Service Advisor",
      """Hi Kelsey,

Thanks for interviewing with us on Thursday.

We=E2=80=99ve now finished interviewing and we=E2=80=99re sorry to say we won=E2=80=99t be offering you a position on this occasion.=20

We=E2=80=99d encourage you to apply for future roles.

Best wishes,
Resourcing Team
Lumen Energy Ltd
=20
=20
[https://cdn.lumenenergy.example/email/footer-banner.png]
Switch to a Lumen green tariff today and get GBP 50 credit!"""),

    m("FW: Candidate - Rania S.",
      """Hi Rania,

I'm the recruiting coordinator for Rowan's team. He asked me to share his note below with you directly since you'd asked for honest feedback. Sorry this isn't the result you wanted.

Best,
Lydia Okafor

From: Rowan Mercer
Sent: Friday, November 20, 2026 5:48 PM
To: Lydia Okafor
Subject: Candidate - Rania S.

Lydia - can you let Rania know we're passing? Please be kind about it, she was lovely. Feedback if she asks: strong on research synthesis, weaker on facilitating workshops with execs, which is half this job. I'd encourage her to apply for the Researcher II role when it opens. Thanks, R."""),

    m("Summer Associate Program",
      """Dear Mr. Washington,

Thank you for interviewing with Hargrove Pell & Stanton LLP during our callback process. We enjoyed the opportunity to get to know you.

After careful consideration, we are unable to extend an offer to you to join our 2027 Summer Associate Program. We received an exceptional number of applications this year, and our decisions were very difficult.

We wish you the best in your legal career.

Sincerely,

Jennifer A. Collins
Manager of Legal Recruiting
Hargrove Pell & Stanton LLP
1100 Peachtree Street NE, Suite 2400, Atlanta, GA 30309

This message is intended only for the use of the addressee and may contain information that is privileged and confidential. If you are not the intended recipient, you are hereby notified that any dissemination of this communication is strictly prohibited. If you have received this communication in error, please erase all copies of the message and its attachments and notify us immediately. IRS Circular 230 Disclosure: any tax advice contained in this communication is not intended to be used, and cannot be used, for the purpose of avoiding penalties under the Internal Revenue Code."""),

    m("Notification of Results - Vacancy Announcement CE-2026-0912",
      """Dear Applicant,

Thank you for applying to the Environmental Protection Specialist position, Vacancy Announcement Number CE-2026-0912.

This notice is to inform you that the selecting official has reviewed the referral certificate and interview results. You were not selected for this position.

If you have questions, please contact the Human Resources Office identified in the announcement.

This is an automated message. Please do not reply."""),

    m("Cabin Crew Assessment Day - Manchester",
      """Hi Roisin,

Thanks so much for coming along to our Cabin Crew Assessment Day in Manchester. We hope you enjoyed meeting the team and finding out more about life in the skies!

We're sorry to let you know we're unable to progress your application any further this time. Competition for places was really high.

You're welcome to reapply after six months - we'd love to see you again.

The Crew Recruitment Team
Skylark Airways

Skylark Airways Ltd. Registered office: Hangar 3, Manchester Airport M90 1QX.
Book your next getaway at skylark.example - flights from GBP 29 one way!"""),

    m("Application - Physiotherapist",
      """Dear Ms Fernandes,

Thank you for attending the interview at our Andheri clinic on 17th November.

We appreciate your interest in joining PhysioCare. However, after due consideration, we are unable to consider your candidature for the present opening as the management has decided to go ahead with a candidate having experience in neuro-rehabilitation.

We wish you all the best for your future endeavours.

Regards,
Dr. Sameer Joshi
Clinical Director
PhysioCare Rehabilitation Centres, Mumbai"""),

    m("Sorry Hannah",
      """Hi Hannah, I've been dreading this one. We had a board meeting last night and they've decided not to go ahead with the Youth Worker post at all - the grant renewal came in lower than we'd hoped, so the money just isn't there. I'm so sorry. You were our first choice and I'd told the kids about you.

If anything changes in April when the next round of funding is announced you'll be the first person I ring.

Mel
Eastfield Youth Project

Sent from my Samsung Galaxy smartphone."""),

    m("Re: Re: Availability + update",
      """Hi Jun,

Thanks for letting me know. Yeah, that's really the sticking point - we need someone in the seat by 4 January to cover Anneke's leave, so with a February start we'll leave it there. Sorry, I know it's frustrating when it's just timing.

Good luck in the new year!

Cheers,
Bram

On Sun, Nov 22, 2026 at 7:30 PM Jun Park <jun.park@inbox.example> wrote:
""" + q("""Hi Bram,

Unfortunately I can only start in February because of my notice period - my current contract doesn't let me leave before 31 Jan. I really hope that still works, I'd love the chance to accept an offer from you!

Best,
Jun

On Fri, Nov 20, 2026 at 4:12 PM Bram de Wit <bram@kleurlab.example> wrote:
> Hi Jun, quick question before we decide - what's your earliest start date?""")),

    m("Staff Nurse - Emergency Department",
      """Hello Grace,

Thank you for your interest in the Registered Nurse - Emergency position (Req 114502) at Prairie Valley Health.

Following your interview with the unit manager, we have selected another candidate. We appreciate the time you took to meet with us.

Please continue to watch our careers page, as we frequently have RN vacancies across our sites.

Kind regards,
Talent Acquisition
Prairie Valley Health, Saskatoon SK

This e-mail and any attachments may contain confidential and privileged information. If you are not the intended recipient, please notify the sender immediately by return e-mail, delete this e-mail and destroy any copies. Any dissemination or use of this information by a person other than the intended recipient is unauthorized and may be illegal."""),

    m("Thanks for coming in!",
      """Hi Zainab,

It was great having you in on Friday, and thank you for bringing the cookies - they lasted about four minutes.

I wanted to update you quickly on a few things:
- The office is closed 24 Dec to 2 Jan.
- We've moved to the new building on Carver St (not that it matters now).
- We've decided to offer the junior bookkeeper job to someone else who's further along with her AAT.

Thanks again and good luck!

Helen
Carver & Hale Bookkeeping"""),

    m("Re: Thank you! 😊",
      """Hi Amelie! Thank you for the sweet message 😊 You were so lovely to meet. Sadly we've decided to go with someone else for the nanny position - the family felt someone with a car would be easier for the school runs. I'll definitely pass your details on to a couple of other families I know though!

Xx Lauren
Little Acorns Nanny Agency

> Hi Lauren, thank you so much for today! The girls were adorable and I'd love to look after them. Hoping for good news 🤞"""),

    m("Re: Store Associate application",
      """Hi Ethan,

We have decided not to proceed with your application. We have had a high volume of applicants and we have selected people whose availability matched the shifts we needed for the holidays.

Thanks,
Diane
Hollister Mills Hardware

---
Hollister Mills Hardware | Family owned since 1962
Holiday hours: Mon-Sat 8-8, Sun 10-5
Like us on Facebook for weekly deals!"""),

    m("Candidature - Chargé de projet",
      """Bonjour Alexandre,

Thank you for taking the time to meet with our team for the Project Coordinator position.

After careful reflection, we will not be proceeding with your candidacy. The position requires a level of fluency in English for written reports with our Toronto office which, based on the interview, we felt was not yet quite there. Please do not take this as a judgement on your competence, which we found excellent.

Best regards / Cordialement,

Sophie Gagnon
Conseillère en ressources humaines
Groupe Boréal Conseil, Québec"""),

    m("Interview Outcome",
      """Dear Olumide,

Thank you for attending your interview for the role of IT Support Technician with Lambourne County Council on 18 November 2026.

I am sorry to inform you that your application has been unsuccessful. The panel has asked me to offer you the following feedback:

- Good knowledge of Active Directory and Microsoft 365 administration.
- Your answer on prioritising tickets was clear.
- More examples of dealing with difficult customers would have strengthened your application.

Thank you for your interest in working for Lambourne County Council.

Yours sincerely,

Recruitment Team
HR Shared Services

Lambourne County Council | Working for a greener, fairer county
Did you know you can report a pothole online? Visit lambourne.example/report"""),

    m("quick update",
      """Hi Fergus - after chatting with Aaron we're gonna pass on this one, mostly because we need someone who's done Shopify Plus migrations before. Thanks for all the time you put in, and for the honest answers.

ps the coffee place I mentioned is Banjo's on 3rd, go!

-- Lila
Sent from Superhuman"""),

    m("Delivery Driver - Dunedin Rd depot",
      """Hi Mohammed,

Thank you for attending the driving assessment on Wednesday.

I'm sorry to tell you that you didn't pass the assessment, so we can't offer you a role at this time. The assessor noted issues with mirror checks when reversing into the bay.

You can reapply after 3 months.

Thanks,
Depot Admin
Swiftline Parcels Ltd"""),

    m("Regarding your application for Assistant Engineer (Civil)",
      """Sir,

With reference to the interview held on 16.11.2026 for the post of Assistant Engineer (Civil) on contract basis, it is to inform you that your name does not find a place in the select list approved by the competent authority.

This is for your information.

Sd/-
Administrative Officer
Municipal Corporation Engineering Department
Nagpur"""),

    m("Our decision",
      """Hi Noor,

I wanted to thank you again for your thoughtful answers during our conversation last week, especially on how you'd approach the parent communications piece.

We've reached a decision and, while your experience is impressive, we've decided to offer the Admissions Officer role to another applicant.

I'll be honest: it was a close call, and I'd love to keep in touch as we have a Registrar role likely to open in spring.

Best,
Colin Whitaker
Director of Admissions
Brightwater Preparatory School, Vancouver BC"""),

    m("RE: Application Status",
      """Hi Sinead,

The role was filled a couple of weeks back, sorry nobody let you know.

Regards,
Tom Higgins
Higgins Plant Hire Ltd
Unit 7, Ballymount Industrial Estate, Dublin 12

-----Original Message-----
From: Sinead Walsh
Sent: 22 November 2026 10:12
To: Tom Higgins
Subject: Application Status

Dear Mr Higgins, I interviewed for the office administrator position on 3 November and haven't heard anything since. Could you let me know if a decision has been made? Kind regards, Sinead Walsh"""),

    m("Re: Senior Backend Engineer - Krakow",
      """Hi Tomasz,

thank you for all your time and the home task - it was very nice solution with the rate limiter.

I must tell you we go with other candidate. Reason is mainly the salary expectation: it is above the budget of this position and we could not find way to close the gap. I am sorry, because technically the team liked you.

If in future your expectations change, please write me.

Best regards,
Agnieszka Wójcik
Talent Acquisition
Northvolt Software Sp. z o.o."""),

    m("Application update from Canterbury Castle Museum",
      """Dear Jasper,

Thank you for coming to see us for the Learning Officer post and for the pop-up workshop you prepared, which our Young Curators group enjoyed very much.

I'm afraid we have appointed another candidate. We were very grateful for your time.

With best wishes,

Ruth Adebayo
Head of Learning and Engagement

Canterbury Castle Museum Trust
Plan your visit: our winter exhibition, Medieval Kitchens, runs until 28 February. Members go free.
Registered Charity No. 1034567. This email and any attachments are confidential and are intended for the named recipient only."""),

    m("Update",
      """Hi Aisha,

Hope you're well. I wanted to give you a quick update on the HR Coordinator position. Everyone was really happy with your interview and we've been sharing your answers around the team!

The team has made a final decision and has offered the role to someone who has been temping with us since August, and who knows our payroll system inside out.

Thank you so much for your patience throughout.

Jenny
Lakeside Pharmacy Group HR"""),

    m("Decision on your application",
      """Hi Cormac,

I'll cut straight to it as I know you've been waiting: you haven't been successful this time. I'm sorry.

Longer version - you interviewed well and Mairead in particular liked your grasp of the grant rules. The other candidate had run a LEADER programme before and that made the difference.

If you'd like a chat about it I'm around Thursday and Friday.

Conor
South Kerry Development Partnership"""),

    m("Re: Intern application - Sebastián Ortiz",
      """Hello Sebastián,

Thank you for your patience. We did not select you for the internship this season. We had many good applications from the university and only two places.

I recommend to apply again for the summer program, the applications open in March.

Kind regards,
Lucía Fernández
Oficina de Personal
Bodegas Valdemora, La Rioja

Este mensaje y sus archivos adjuntos son confidenciales. Si usted no es el destinatario, por favor bórrelo y notifique al remitente. This message and its attachments are confidential. If you are not the addressee, please delete it and notify the sender."""),

    m("Your application for Team Leader - Contact Centre",
      """Dear Alisha,

Thank you for attending the assessment and interview for the Team Leader - Contact Centre role.

We have reviewed all the candidates against the criteria for the role and we regret to inform you that on this occasion you have not been selected. You reached the reserve list, which means that if the preferred candidate does not take up the post we may contact you in the next three months, but you should not expect to hear from us.

Kind regards,
Recruitment
Northumbria Water Services""",
      note="a reserve list, but the role went to the preferred candidate: the candidate has not been selected"),

    m("Unfortunately...",
      """...not the news you wanted Kai, but we've gone a different direction for the barista + roaster role. Mostly wanted someone with Loring experience. You pulled a lovely shot though.

Sasha / Kōhī Roasters"""),

    m("Re: Dispatcher opening",
      """Hi Brianne, thanks for your interest and for coming by the station. The position has been offered to another applicant who has completed the CPIC training. I will keep your resume for future openings.

Sgt. D. Morrison
Administration
Town of Kettle Falls Police Service

Sent from my BlackBerry"""),

    m("RE: RE: RE: Graphic Designer - portfolio review",
      """Hi Nicole,

Thanks for your patience on this. We've now seen everyone's portfolio reviews and the team has chosen another designer whose packaging work is closer to our client base. I'm sorry not to have better news after three rounds of emails!

Your editorial pieces really stood out and I've saved your details for freelance work.

Thanks,
Martin Brooks
Studio Manager, Hexagon Design

From: Nicole Yeo
Sent: Thursday, 19 November 2026 1:20 PM
To: Martin Brooks
Subject: RE: RE: Graphic Designer - portfolio review

Hi Martin - no problem at all. I'll wait to hear. Thanks! Nicole

From: Martin Brooks
Sent: Thursday, 19 November 2026 11:02 AM
To: Nicole Yeo
Subject: RE: Graphic Designer - portfolio review

Hi Nicole, thanks for coming in. We have a couple more reviews this week and should have a decision by early next week. Martin

From: Nicole Yeo
Sent: Wednesday, 18 November 2026 6:45 PM
To: Martin Brooks
Subject: Graphic Designer - portfolio review

Hi Martin, thank you for the portfolio review today. I'm really excited about the possibility of joining Hexagon. Nicole"""),

    m("Your application to Vireo",
      """Hi Jonah,

Thank you for taking the time to meet with the Vireo team. We enjoyed learning about your experience and your passion for climate tech.

Unfortunately, we won't be moving forward with your application at this time. We know this isn't the news you were hoping for, and we're grateful for the effort you put into the process.

Wishing you the best,
The Vireo Team

Vireo Climate, Inc.
Vireo is building the operating system for decarbonization. Read our latest blog post: "What 2027 means for carbon markets" ->
Unsubscribe from Vireo candidate emails"""),

    m("Re: thanks",
      """appreciate it but we've hired. best of luck

- Joel

Sent from my iPhone

> On Nov 21, 2026, at 2:47 PM, Desmond Clarke <dclarke@mail.example> wrote:
> Hi Joel, thanks again for the interview Thursday. I'm very interested in the foreman position and can start right away."""),

    m("Teacher of Mathematics - Interview Outcome",
      """Dear Mr Osei,

Thank you for coming to Holmwood Academy on Tuesday for interview for the post of Teacher of Mathematics.

As I explained briefly on the phone, I am sorry that you were not successful on this occasion. The panel were impressed by your lesson on simultaneous equations and your rapport with the Year 10 group. The appointed candidate had more experience of teaching A-level Further Maths, which is a priority for us next year.

I would be pleased to provide more detailed feedback if you would like it.

Yours sincerely,

Mrs J. Pemberton
Headteacher
Holmwood Academy, part of the Vale Learning Trust

Vale Learning Trust is a charitable company limited by guarantee registered in England and Wales, company number 07788991. Safeguarding is everyone's responsibility. If you have a concern about a child, contact the DSL on 01632 960 777."""),

    m("Interview follow up",
      """Dear Ms Wanjiru,

Thank you for taking the time to interview for the Grants Accountant position. We have decided not to pursue your candidacy further.

Sincerely,
Finance Department
Beacon Hill Community Foundation

*** Please note our new address from 1 December: 220 Beacon St, Suite 4, Boston MA 02116 ***"""),

    m("RE: Business Analyst contract - Wellington Rd",
      """Hi Arjun,

Quick update from the client: they've decided to extend the incumbent contractor for another six months rather than bring someone new in, so the BA role isn't going ahead. That's the end of the road on this one I'm afraid - sorry mate.

On the upside, I've got a Power BI contract in Leeds starting January, day rate's a bit higher. Let me know if you want the details.

Cheers,
Danny Walsh
Contract Consultant, Keystone IT Resourcing
07700 900 612
Keystone IT Resourcing Ltd | Registered in England 09988776 | Members of APSCo

From: Arjun Bhatt
Sent: 20 November 2026 12:31
To: Danny Walsh
Subject: Business Analyst contract - Wellington Rd

Danny - any word from the client? The interview felt really positive and they mentioned a start date of 7 Dec. Arjun"""),

    m("Application update - Library Assistant (Casual)",
      """Hi Tahlia,

Thank you for attending an interview for the casual Library Assistant role at Bellbird Shire Libraries.

We have now completed the selection process and unfortunately you were not successful. We received a large number of strong applications.

We encourage you to keep an eye on our website for future opportunities.

Kind regards,
People & Culture
Bellbird Shire Council
PO Box 77, Bellbird QLD 4305

Bellbird Shire Council acknowledges the Jagera and Yuggera peoples as the Traditional Custodians of this land.
Think before you print."""),

    m("Re: Lab Manager - Chen Lab",
      """Hi Seo-yeon,

Sorry this took me so long. I finally talked with the department and I don't have the money to hire a lab manager this year after all; the R01 renewal got cut 18% and I have to protect the postdoc lines. So I'm not going to fill the position. Really sorry - you would have been great, and I mean that.

If you want, I'm glad to write you a note for the Wu Lab position down the hall; Amy is hiring.

Best,
Michael Chen
Associate Professor, Department of Neuroscience

On Mon, Nov 16, 2026 at 9:03 AM Seo-yeon Kim <seoyeon.kim@mail.example> wrote:
> Dear Professor Chen, thank you again for the interview. I'm very excited about the lab and hope to be part of the team. Please let me know if you need anything else from me!
> Seo-yeon"""),

    m("Your application",
      """Hi Naledi,

Thanks for applying and for meeting with us! We've decided on a candidate for this role, and it isn't you this time. We really appreciated getting to know you.

- The Hiring Team at Oddfellow Games

Oddfellow Games | Montreal · Dundee
We're making games about kindness. Wishlist Lantern Keeper on Steam!"""),
]


OFFER = [
    m("RE: Thank you - Operations Coordinator",
      """Dear Kwame,

Thank you for your kind email, and for a really enjoyable interview on Thursday.

I'm delighted to tell you that the panel would like to offer you the position of Operations Coordinator. The starting salary is £31,450 per annum, and we'd hope for a start date of Monday 11 January 2027, though we can be flexible around your notice.

Your formal offer letter and contract will follow from HR in the next couple of days. In the meantime, please give me a ring on 0161 496 0732 if you'd like to talk anything through.

Best wishes,

Rachel Summers
Head of Operations
Pennine Community Transport

-----Original Message-----
From: Kwame Asante <kwame.asante@mail.example>
Sent: 20 November 2026 07:58
To: Rachel Summers <rsummers@penninect.example>
Subject: Thank you - Operations Coordinator

Dear Rachel,

Just a short note to thank you and Imran for yesterday. I left feeling even more enthusiastic about the role and the difference the service makes. Unfortunately I forgot to ask about the training budget, but that can wait.

Kind regards,
Kwame"""),

    m("Re: Thank you!",
      """Hi Emily,

You're so welcome - we had a great time chatting too.

Actually I'm glad you wrote because I was just about to email you: we'd love you to join the team! Jen will send over the paperwork tomorrow, but the headline is $78k, full benefits from day one, and we were thinking a January 4 start. Let me know what you think?

Talk soon,
Marcus

On Sat, Nov 21, 2026 at 11:02 AM Emily Sandoval <esandoval@mail.example> wrote:
> Hi Marcus! Just wanted to say thank you for Thursday. Whatever you decide, I really enjoyed meeting everyone.
> Emily"""),

    m("job",
      """its yours if u want it mate. start monday 7am? ring me

Sent from my iPhone"""),

    m("Great news - Fernleigh Homes",
      """Hi Sophie,

Great news! I've just come off the phone with Fernleigh Homes and they want to offer you the Site Administrator role. They were really impressed with you, especially how you handled the question about the snagging backlog.

Here's what they've put forward:
- Salary: £28,500
- 25 days holiday plus bank holidays
- Start date: Monday 4 January (they can flex by a week either way)
- Hours: 8-4.30 Monday to Friday

Can you let me know by tomorrow if you're happy to accept, and I'll get the paperwork moving? Any questions at all, just give me a shout.

Thanks,
Kelly Marsh
Recruitment Consultant | Office & Commercial
Stirling Blue Recruitment, Nottingham
T: 0115 496 0281

Stirling Blue Recruitment is acting as an employment agency in relation to this vacancy."""),

    m("Conditional Offer of Employment - Staff Nurse Band 5",
      """Dear Miss Okoro

Vacancy reference: 202-STN-5518-C

I am pleased to offer you the post of Staff Nurse, Band 5, in the Acute Medical Unit at Harrowfield NHS Foundation Trust. This offer is conditional upon the satisfactory completion of pre-employment checks, including references, occupational health clearance, an enhanced DBS check, NMC registration and right to work in the UK.

Please log in to the recruitment portal to accept or decline this conditional offer within 5 working days. Our recruitment team will then contact you to arrange an ID check appointment.

Yours sincerely

Recruitment Services
Harrowfield NHS Foundation Trust

This is an automated email. Please do not reply. If you have any queries, contact the recruitment team on 01632 960 550."""),

    m("Your offer from Thistledown is ready",
      """&nbsp;

Hi Ayodele,

&nbsp;

Congratulations! We're thrilled to extend you an offer to join Thistledown as a Senior Frontend Engineer.

&nbsp;

Please review and sign your offer letter by clicking the button below. The offer will be available for 5 business days.

&nbsp;

[ Review Offer ]&lt;https://thistledown.hire.example/offers/8f2c91&gt;

&nbsp;

If you have any questions, reach out to your recruiter, Camille Ross.

&nbsp;

Welcome to the team!

The Thistledown Recruiting Team

&nbsp;

Powered by HireGrid"""),

    m("Letter of Offer - Indeterminate Appointment, EC-04",
      """Dear Ms. Beaulieu,

I am pleased to offer you an indeterminate appointment to the position of Policy Analyst (EC-04), position number 45021, with Employment and Social Development, Strategic Policy Branch, located in Gatineau, Quebec.

Your appointment will be effective on January 11, 2027, at a salary of $88,704 per annum. This offer is conditional upon your obtaining and maintaining a Reliability security status.

Please indicate your acceptance by signing the attached letter and returning it to me by December 2, 2026.

Yours sincerely,

Martin Lavoie
Director, Strategic Policy Analysis

Attachment: Lettre_offre_Beaulieu_EC04.pdf"""),

    m("Offer Letter - Associate Consultant",
      """Dear Mr. Harish Iyer,

Greetings from Veritas Analytics!

With reference to your interviews held on 17th and 19th November 2026, we are pleased to offer you the position of Associate Consultant in our Data Science practice at Hyderabad.

Your annual CTC will be INR 14,50,000 as detailed in the annexure to the offer letter attached. Your date of joining will be 4th January 2027.

Kindly revert with your acceptance by signing the attached copy on or before 27th November 2026. Please also bring the documents listed in the annexure on the date of joining.

Looking forward to a long association.

Thanks & Regards,
Meenakshi Subramanian
Manager - Human Resources
Veritas Analytics Pvt. Ltd.

Disclaimer: This communication is intended only for the addressee and may contain confidential information. Any unauthorised use is prohibited. Veritas Analytics never asks candidates for payment at any stage of recruitment."""),

    m("Welcome aboard! 🚀",
      """Hey Jamie!!

So glad you said yes on the phone - this is just me putting it in writing that we're offering you the Growth Lead role, $120k + 0.4% equity, remote, starting whenever you're free after the 1st. Docs coming via DocuSign later today from Kel.

Next: I'm sending you a laptop. What's your address?

Welcome aboard 🎉
Nia
CEO, Fieldnote"""),

    m("Your application at Lindqvist Maskin AB",
      """Dear Ms. Henriksen,

Thank you for the good meeting last Thursday.

We are happy to tell you that we have chosen you for the position as Service Coordinator. The salary is 38 000 SEK per month, and we propose the start on 1 February 2027. Six months probation period is normal for us.

I will send the employment contract by post this week. Please tell me if the start date is possible for you.

Best regards,
Per Lindqvist
Managing Director
Lindqvist Maskin AB, Västerås"""),

    m("Appointment - Assistant Professor, School of Nursing",
      """Dear Dr. Nwachukwu,

On behalf of the School of Nursing, it is my great pleasure to invite you to join our faculty as an Assistant Professor (tenure-track), effective July 1, 2027.

The Dean has approved a nine-month academic-year salary of $96,000, a start-up package of $60,000, and a reduced teaching load in your first year. A formal letter with the full terms, including the benefits summary, is attached.

We would be grateful for your response by December 11. Please don't hesitate to call me with any questions; we are all very excited at the prospect of having you as a colleague.

Warm regards,

Ellen Marquardt, PhD, RN
Associate Dean for Faculty Affairs
School of Nursing, Northgate University"""),

    m("CNM2 - Outcome of Interview",
      """Dear Deirdre,

I am pleased to advise that you have been placed first on the panel for the post of Clinical Nurse Manager 2, Orthopaedic Ward, and I am now in a position to offer you the post.

Please confirm your acceptance by reply. Once received, HR will issue your contract and arrange Garda vetting and occupational health clearance.

Kind regards,
Mary Corcoran
Director of Nursing
University Hospital Rathmore

Please note: The HSE will never ask you to transfer money as part of a recruitment process."""),

    m("Congratulations - you've been successful!",
      """Hi Mitchell,

Congratulations! I'm thrilled to let you know you've been successful in your application for the Graduate Environmental Scientist position with Coastal Catchments Authority.

Your letter of offer will come through from our People & Culture team in the next day or two via our recruitment system. It will outline your salary ($74,812 + 11.5% super), start date (1 February) and the pre-employment checks we'll need.

If you have any questions in the meantime, please give me a call on 07 5555 0921.

Cheers,
Bronwyn Hale
Team Leader - Water Quality
Coastal Catchments Authority, Queensland

We acknowledge the Traditional Custodians of the lands and waters on which we work."""),

    m("Induction info",
      """Hi Tariq,

Couple of bits ahead of next week:

- Parking permit for the staff car park is attached - print and put it on the dash.
- Induction is Monday 30th at 9, ask for Lorraine at reception.
- Bring your P45 and bank details.
- Sorry, I realise I never actually said it formally on the phone - yes, the job's yours, we're all really pleased.
- Canteen does a decent bacon roll.

See you Monday,
Phil
Warehouse Manager, Kestrel Logistics"""),

    m("Fwd: Tuesday",
      """Hi Maeve - forwarding this from Sarah since she's in back-to-back clinics and asked me to get it to you today. Congratulations!!! 🎉 Orla (practice manager)

---------- Forwarded message ---------
From: Dr Sarah Whelan <swhelan@ballsbridgegp.example>
Date: Mon, 23 Nov 2026 at 08:07
Subject: Tuesday
To: Orla Byrne <orla@ballsbridgegp.example>

Orla - can you let Maeve Kinsella know we want her for the practice nurse job. Same terms as we discussed (€48k, 4 days). Ask her can she start 11 Jan. Thanks. S"""),

    m("Following our call",
      """Hi Rosa,

Thanks for taking my call this afternoon. As promised, I'm confirming in writing what we discussed: we'd like to offer you the role of Finance Assistant at Peachtree Dental Group, at $23.50/hour for 40 hours a week, with health insurance after 30 days.

Your start date would be Monday, December 7. A formal offer letter will follow tomorrow from our office manager, Luis.

We're excited to have you!

Best,
Dr. Andrea Moss
Peachtree Dental Group, Atlanta

CONFIDENTIALITY NOTICE: This email may contain protected health information. If you received this in error, please notify the sender and delete it."""),

    m("Re: Re: Still interested?",
      """Hi Yusuf,

Good to hear you're still keen! Honestly there's no one else we want. Can you start on the 1st? Same money we talked about, 32k, and we'll sort the van insurance.

Cheers
Gary

On Sun, 22 Nov 2026 at 19:15, Yusuf Demir <yusuf.demir@mail.example> wrote:
> Hi Gary, yes I'm still very interested. Unfortunately I haven't heard back since the interview so just checking if the job is still going?
> Yusuf
>
> On Fri, 20 Nov 2026 at 17:40, Gary Neville <gary@nevilleplumbing.example> wrote:
> > Yusuf you still interested in the job? Gary"""),

    m("Tentative Job Offer - Management Analyst, GS-0343-11",
      """Dear Mr. Castillo,

Congratulations! On behalf of the Department, I am pleased to extend a Tentative Job Offer for the position of Management Analyst, GS-0343-11, Step 1, located in Denver, Colorado, with an annual salary of $80,118 (including locality pay).

This tentative offer is contingent upon a favorable suitability determination, verification of your education and experience, and completion of the Declaration for Federal Employment (OF-306).

Please reply within 2 business days to accept or decline this tentative offer. Upon acceptance, you will receive instructions to initiate your background investigation. Once all pre-employment requirements are met, we will issue a Final Job Offer with your confirmed start date.

Respectfully,

Human Resources Specialist
Western Region Servicing HR Office

This message was sent from an unmonitored mailbox."""),

    m("Provisional offer - Kitchen Porter",
      """Hi Dominik,

Thanks for coming in for the trial. The team were really happy with you.

We'd like to give you the Kitchen Porter job, 30 hours a week at £12.60 an hour. This is a provisional offer because we still need to see your share code for right to work and get one reference back.

Can you do Friday 27th as your first shift, 4pm?

Thanks,
Charlotte
The Green Man, Ludlow"""),

    m("Next steps",
      """Hi Precious,

Thanks for being so patient with us over the past couple of weeks.

I'm thrilled to say the team would like you to join us as our new Office Manager! Your start date would be Monday 4 January and the salary is $68,000 plus super, as discussed.

I'll send through the employment agreement tomorrow for you to look over.

Looking forward to working together,
Georgia
Director, Kingfisher Architects, Brisbane"""),

    m("Welcome to Rokuya",
      """Dear Mr. Fitzgerald,

Thank you for your time for the interviews with our president Mr. Tanaka and the team.

We are pleased to inform you that we would like to welcome you to Rokuya Trading Europe as Logistics Specialist. The conditions are written in the attached document (salary €52.000 yearly, start 1 February 2027, Düsseldorf office).

We kindly ask your reply until 30 November if you accept.

We are looking forward to working with you.

Best regards,
Yuki Morimoto
General Affairs
Rokuya Trading Europe GmbH"""),

    m("RE: Locum Pharmacist - December",
      """Hi Anand,

Great news, the store manager at our Ballarat branch is keen to have you for the December locum block (1-23 Dec). Rate is $78/hr, plus accommodation and travel covered as we discussed.

Could you confirm by reply that you're happy to take it, and I'll send the contractor agreement?

Thanks,
Lisa Tran
Workforce Coordinator
CarePlus Pharmacy Group

From: Anand Raghavan
Sent: Thursday, 19 November 2026 8:20 PM
To: Lisa Tran
Subject: Locum Pharmacist - December

Hi Lisa, thanks for the chat with Greg today. I'm available all of December. Let me know how it goes. Anand"""),

    m("offer",
      """hiya sorry typing quick between meetings - were going to offer you the job!! hr will email the contract tmrw. salary as we said 36k, start 4th jan if ok? so pleased

em x

Sent from my iPhone"""),

    m("Re: Feedback request",
      """Hi Mateus,

Happy to give you feedback - though I think it'll be more welcome than you're expecting!

The panel scored you highest on the technical exercise and your answer on handling a failed deployment was the best we heard. If anything, we'd like to see you push back a bit more on requirements in future - but that's something we can work on together, because we'd like you to take the DevOps Engineer job.

HR will send the formal paperwork on Wednesday. Salary is £58,000 as per the advert, hybrid two days a week in Reading.

Congratulations,
Olivia Harper
Platform Engineering Manager, Vantage Insurance

> Hi Olivia, thanks for the interview on Friday. Whatever the decision, I'd really appreciate some feedback on how I did.
> Mateus"""),

    m("Contract of Employment - Bar Supervisor",
      """Hi Niamh,

Please find attached your contract of employment for the Bar Supervisor position, starting Thursday 3 December. Please sign and return it, and let us know your PPS number and bank details for payroll.

Delighted to have you on board!

Ciarán
General Manager
The Salthill Arms, Galway

Attachment: Contract_NKeane_BarSupervisor.docx"""),

    m("Offer - Senior Software Engineer (Hyderabad) - through Nexus Talent",
      """Hi Sneha,

Congratulations!! Delighted to inform you that the client (global product MNC) has selected you after the final HR round.

The offered CTC is INR 38 LPA (32 fixed + 6 variable) with joining bonus of INR 2 L. They are looking for joining on or before 15th Jan 2027. Offer letter will be released by client HR tomorrow.

Please share your acceptance over mail today so that I can confirm to client.

Regards,
Akhil Reddy
Lead Recruiter, Nexus Talent Solutions
+91 90XXX 22187"""),

    m("Moving forward!",
      """Hi Chiara,

I hope your weekend was restful. I'm writing with good news: after talking it over with Dev and Priyanka, we'd like to move forward with you as our Senior Content Strategist.

We're proposing a base salary of $102,000, a $5,000 signing bonus, and a start date of January 11. Full details are in the attached offer letter.

Take a few days to review - we'd ideally love an answer by Friday, but if you need more time just let me know.

All the best,
Ben Carraway
Head of Content, Sundial Health

Sundial Health, Inc. | Better care, on time.
This message may contain confidential information and is intended only for the individual named."""),

    m("Re: Your application",
      """Hi Amir

Pleased to say you got it! Start 4/1 at the Parramatta site. Donna from HR will ring you Monday about the paperwork.

Regards
Steve Koutsoukos
Operations Manager
Metro Fresh Distribution

> Hi Steve, thanks for the interview, hoping to hear good news about the forklift driver job. Amir"""),

    m("Your employment offer",
      """Dear Sienna,

Following your interview with Dr Patel and the nursing team, we are delighted to offer you the position of Practice Nurse (0.8 FTE) at Wattle Grove Medical Centre.

The key terms are:
- Salary: $92,000 pro rata plus superannuation
- Start date: Monday 18 January 2027
- Probation period: 3 months

Your letter of offer is attached. Please sign and return by 4 December 2026, along with a copy of your AHPRA registration and your current Working With Children Check.

Kind regards,
Fiona Langley
Practice Manager
Wattle Grove Medical Centre, Perth WA

This email and any attachments may contain confidential patient information and are intended for the addressee only."""),

    m("RE: Question about the offer process",
      """Hi Kieran,

Thanks for the question! Actually, the timing's good - I've just had sign-off from Finance, so I can skip the explanation and tell you directly: we're offering you the Category Manager role at £54k plus car allowance. I'll send the paperwork across this afternoon.

Best,
Harriet Doyle
Talent Acquisition Lead, Greenhill Retail

-----Original Message-----
From: Kieran Moss
Sent: 23 November 2026 08:31
To: Harriet Doyle
Subject: Question about the offer process

Hi Harriet, quick one - if I was lucky enough to get an offer, how long does the offer process usually take at Greenhill? I ask because unfortunately I have another company waiting on my answer. Kieran"""),
]

OFFER += [
    m("RE: References",
      """Hi Lucy,

Both references are back and they're glowing - your old manager at Carmody's clearly misses you.

So that's everything we needed: I'm happy to confirm the Events Manager role is yours. We'll issue the contract this week with the salary (€46,500) and the start date of 18 January that we talked about.

Congratulations, and welcome to the team!

Dervla Nolan
General Manager
Lough Rynn House Hotel

-----Original Message-----
From: Lucy Ashe
Sent: 17 November 2026 13:40
To: Dervla Nolan
Subject: References

Hi Dervla, I've let both referees know to expect a call. Hope the decision goes my way! Lucy

This e-mail is confidential and may be legally privileged. If you are not the intended recipient, please delete it and notify us. Lough Rynn House Hotel Ltd, registered in Ireland No. 456789."""),

    m("Your start date",
      """Hi Connor,

We'd like you to start with us on Monday 4 January as Junior Site Engineer, on £29,000 plus overtime, reporting to Rhys. I've put the contract in the post today and there's a copy attached.

Let me know your boot size for PPE.

Thanks,
Hannah Pugh
Office Manager
Pugh & Morgan Groundworks, Swansea"""),

    m("Interview outcome - Housing Officer",
      """Dear Mr Adeleke,

Post: Housing Officer, Grade 6 (Ref HSG/0871)

I am pleased to inform you that you have been successful in your interview for the above post. This offer of appointment is subject to satisfactory references, a basic DBS check and evidence of your right to work in the UK.

A member of the HR team will contact you shortly to confirm your start date and salary placement.

Yours sincerely,

Sarah Whitfield
Housing Services Manager
Ravensdale District Council

Ravensdale District Council - Working together for a better Ravensdale.
This message is intended for the addressee only. It may contain information which is confidential or subject to legal privilege. If you are not the intended recipient you must not disclose, copy or use it."""),

    m("Angebot / Job offer - Werkstudent",
      """Hi Felix,

we talked with the whole team and we want you in the team! :)

The details: Werkstudent Data, 20h per week, 17 EUR per hour, start 1st of December or 4th of January, as you prefer. Remote is possible two days.

I send you the contract today evening. Please check and sign digital.

Viele Grüße
Jana Brückner
People & Culture, Knospe GmbH, Berlin"""),

    m("Appointment - Lecturer in Criminology",
      """Dear Dr Harrington,

Following your interview on Wednesday, I am delighted to confirm the panel's decision to appoint you to the post of Lecturer in Criminology (Grade 8), subject to the University's standard pre-employment checks.

You will be appointed at point 38 of the salary scale (£48,822 per annum). We would propose a start date of 1 February 2027, but I'm happy to discuss this.

Our HR team will send you a formal contract together with details of the checks required. Please do let me know that you wish to accept.

With warmest congratulations,

Professor Alan Metcalfe
Head of School, Law and Social Sciences
University of Eastmoor"""),

    m("Re: Thank you",
      """Hi Aditi,

Thank you for your email! The founders had a quick sync this morning and we are very happy to tell you we want you as our first Product Manager. CTC 24 LPA plus ESOPs (details in the attached sheet), joining date as per your convenience in January.

Please confirm and we'll get the formal letter out.

Cheers,
Varun
Co-founder, Chaiwala Labs

On Sun, 22 Nov 2026 at 21:15, Aditi Sharma <aditi.sharma@mail.example> wrote:
> Hi Varun, thank you for the long conversation on Friday. I really enjoyed the whiteboard session and I'm excited about what you're building. Hope to hear from you soon.
> Aditi"""),

    m("Re: Re: Decision timing",
      """Hi Theo,

Thanks for being upfront about the other process. We don't want to lose you, so I've pushed things through: we'd like to offer you the Senior Analyst role at $95,000 base with a 10% target bonus. Formal letter to follow today.

If there's anything that would make this an easy yes, tell me.

Best,
Rebecca Liu
Director, FP&A
Harlow Medical Devices

On Fri, Nov 20, 2026 at 3:10 PM Theo Marchetti <theo.m@mail.example> wrote:
""" + q("""Hi Rebecca,

I wanted to be transparent: unfortunately I have received an offer from another company and they've asked for an answer by Tuesday. Harlow is my first choice, so I wanted to ask whether there's any update on your side before I decide.

Best,
Theo""")),

    m("Riverbend Veterinary - the position",
      """Hi Georgie,

The whole team loved you (and so did Biscuit, which is rare). We'd be delighted to have you join us as a Vet Nurse, 4 days a week, starting 11 January. Salary as discussed - £27,200 pro rata.

Could you let me know by Friday if you're happy to accept? Then I'll get the contract to you.

Warmly,
Caroline Reeve MRCVS
Practice Principal
Riverbend Veterinary Practice, Shrewsbury"""),

    m("Offer of Employment - Registered Nurse, Med/Surg",
      """Dear Destiny,

On behalf of Mercy Lakes Regional Medical Center, I am pleased to offer you the position of Registered Nurse, Medical/Surgical Unit (4 West), full time, night shift (36 hours per week).

Your starting rate will be $38.75 per hour, plus a night shift differential of $4.00 per hour. Your anticipated start date is December 14, 2026, beginning with our two-week nursing orientation.

This offer is contingent upon successful completion of a background check, drug screen, and verification of your Michigan RN license.

Please sign and return the attached offer letter by November 30, 2026.

We look forward to welcoming you!

Sincerely,
Kimberly Novak
Talent Acquisition Specialist
Mercy Lakes Regional Medical Center

This message and any attachments are intended solely for the addressee and may contain confidential or privileged information, including protected health information under HIPAA. If you are not the intended recipient, please contact the sender and delete this message."""),

    m("Grade 5 teaching position",
      """Hi Liam,

Great news - the position is yours! The principal and I were both impressed with your demo lesson, and the kids haven't stopped asking when "the rocket guy" is coming back.

You'll be with our Grade 5 class from January 4 until the end of June (maternity leave replacement). The board office will send your contract and placement on the salary grid next week.

Welcome to Maple Ridge Elementary!

Donna Fraser
Vice-Principal
Maple Ridge Elementary School, Halifax NS"""),

    m("Will you join us?",
      """Dear Asha,

I'm writing with the question I've been hoping to ask since your interview: will you join us as Fundraising Manager?

The panel were unanimous. Your approach to rebuilding the major donor pipeline was exactly what we need. The salary is £38,000 (pro rata for four days, £30,400), with 28 days' leave and a 6% pension contribution. We'd hope you could start in January.

I'll send formal paperwork once I hear back from you, and I'd love to have a chat this week about your first few months.

With very best wishes,
Hilary Brook
Chief Executive
The Lantern Trust"""),

    m("Friday + a few things",
      """Hi all (Bcc'd to the new starters),

Friendly reminder that the office holiday party is Friday Dec 11 at 6pm at The Boathouse - partners welcome, RSVP to Tanya.

Also, the lift on the east side is out of service until Thursday, so please use the west entrance.

And Jerome - I'm sneaking this in because I couldn't wait: we'd love to bring you on as Junior Associate, starting Jan 4. Official paperwork coming from HR tomorrow. Congrats!

Cheers,
Paula Grant
Office Manager, Whitestone Architects, Toronto"""),

    m("Temp to Perm - good news!",
      """Hi Joanne,

Hope your week's going well at Ashbury! I've just had a call from Lorraine in their finance team - they want to take you on permanently as Purchase Ledger Clerk from 1 January. They're proposing £27,000 plus their standard benefits, and you'd keep your desk and hours.

Are you happy for me to tell them yes? I'll need a quick confirmation so we can sort the transfer.

Well deserved!

Kerry-Anne Moss
Temp Consultant, Sapphire Staffing, Leeds"""),

    m("Re: voicemail",
      """Hi Dylan, left you a voicemail but in case you're at work - they want you!! Client has come back with an offer for the Project Coordinator role, $72k + super, start 11 Jan. Call me when you can 🙌

Jess
Opal Recruitment | Melbourne

Sent from my iPhone"""),

    m("Offer Letter: Graduate Analyst",
      """<html><body>
Dear Pooja,

<b>Congratulations!</b>

We are pleased to confirm your place on the Tessera Bank Graduate Analyst Programme.

<table>
<tr><td>Position</td><td>Graduate Analyst, Risk</td></tr>
<tr><td>Location</td><td>Canary Wharf, London</td></tr>
<tr><td>Salary</td><td>£45,000 plus £5,000 joining bonus</td></tr>
<tr><td>Start date</td><td>6 September 2027</td></tr>
</table>

Please log in to your candidate portal to accept within 14 days.

Tessera Bank Early Careers
</body></html>"""),

    m("Assignment to post - Clerical Officer",
      """Dear Ms Moran,

Clerical Officer - Open Competition 2026

I am pleased to inform you that you are being offered an assignment as Clerical Officer with the Revenue Commissioners, Athlone, arising from your placement on the panel for the above competition.

Please confirm your acceptance of this offer by email within 3 working days. On acceptance, we will issue your contract and confirm your start date, which is expected to be 11 January 2027.

Yours sincerely,
Public Appointments Service
Chapter House, 26/30 Abbey Street Upper, Dublin 1"""),

    m("Appointment Letter - Management Trainee",
      """Dear Mr. Rohit Saxena,

We are pleased to inform you that, based on your performance in the selection process held on 16-11-2026 and 18-11-2026, you have been selected for appointment as Management Trainee (Finance) in the Company.

You are requested to report to the Corporate Office, New Delhi on 04-01-2027 at 10:00 hrs along with the original documents listed in the enclosed appointment letter.

Please convey your acceptance through the online portal within 7 days of receipt of this letter.

(HR Division)
Bharat Power Grid Services Ltd.
(A Government of India Enterprise)"""),

    m("Re: Last Saturday",
      """Hey Chloe! Mark and I talked it over and we'd love you to come work the floor with us over summer - Thursdays to Sundays to start, $28/hr. Can you come in Wed to do some paperwork and meet Tash? 

Bec
The Pearl Café, Byron Bay

> Hi Bec, thanks for letting me do the trial on Saturday! Had heaps of fun. Chloe"""),

    m("Contratação - Analista de Suporte",
      """Hello Bruno,

Good news! The managers approved your hiring for the Support Analyst position in our Lisbon office. We are very happy.

The salary will be €1.850 gross per month (14 payments), meal allowance included, and start in 4 January. I attach the proposal, please you send back signed until Friday.

Any doubt you can call me.

Abraços,
Carolina Pires
Recursos Humanos, Atlântico Sistemas, Lda."""),

    m("Offer of Employment - Paralegal",
      """Dear Ms. Abernathy,

Further to your interviews with Mr. Kessler and Ms. Duarte, we are pleased to offer you employment as a Paralegal in the Litigation group of Kessler Duarte LLP, at an annual salary of $62,000, commencing on or about January 4, 2027.

This offer is subject to the completion of a satisfactory conflict check and background verification. The enclosed letter sets out the full terms. Kindly sign and return one copy by December 1, 2026.

Yours truly,

Marilyn Shaw
Director of Human Resources
Kessler Duarte LLP | 200 Bay Street, Suite 3100, Toronto ON M5J 2J2

This communication is intended only for the party to whom it is addressed and may contain information which is privileged or confidential. Any other delivery, distribution, copying or disclosure is strictly prohibited and is not a waiver of privilege or confidentiality. If you have received this communication in error, please notify the sender immediately by email and delete the message without copying or disclosing it. Nous vous remercions de votre collaboration."""),

    m("FW: Hire approval - Lina Haddad",
      """Lina - figured you'd like to see the email that just landed (below). So, formally: we'd like to offer you the Research Coordinator position! Anne in HR will be in touch about the letter and start date. Congrats!

Pat

From: Budget Office
Sent: Monday, November 23, 2026 10:02 AM
To: Patrick O'Donnell
Subject: Hire approval - Lina Haddad

Pat, the hire of Lina Haddad, Research Coordinator (0.6 FTE, grade 7, step 3), has been approved against grant 5R01-AG0442. You may proceed. Budget Office"""),

    m("Your application - Bus Driver",
      """Hi Gurpreet,

Thank you for attending the assessment at Depot 4. I'm pleased to let you know we'd like to offer you a position as a Bus Operator (trainee), subject to a satisfactory medical and driving record check.

Training starts Monday 7 December. Pay during training is $26.40/hour.

Please confirm by replying to this email.

Regards,
Recruitment Office
Fraser Valley Transit"""),

    m("Outcome",
      """Dear Ifeoma,

Thank you for your patience. I'm very pleased to say that the panel would like you to take up the position of Programme Officer, West Africa. We're proposing a start date of 1 February at the salary point we discussed, and I'll send the contract as soon as you confirm you're happy.

We can't wait to have you on board.

Kind regards,
Tom Ashworth
Head of Programmes
Goodwater International"""),

    m("Welcome to the Finch & Parker family!",
      """Hi Ryan!

You're hired! 🎉 Welcome to the Finch & Parker family.

Your first shift: Saturday, December 5, 9:00 AM - 3:00 PM, Maplewood Mall store.
Position: Seasonal Sales Associate
Pay: $15.50/hour

Before your first day, please complete your onboarding tasks (I-9, W-4, direct deposit) in the HireFlow app.

See you soon!
Finch & Parker Talent Team

Finch & Parker, Inc. | This email was sent by an automated system."""),

    m("Re: salary question",
      """Hi Oscar,

Yes, we can do 55, I've got sign-off. So to be clear - the job is yours at £55k, start date 11 Jan, and the rest of the package as in the advert. Contract to follow once you say yes.

Cheers,
Jess

> Hi Jess, thanks so much for the call earlier. Before I say yes, is there any flexibility on the salary? I was hoping for around 55.
> Oscar"""),

    m("Good news from Tamarind Health",
      """Dear Dr. Bose,

I am delighted to let you know that the Board of Tamarind Health has approved your appointment as Consultant Cardiologist at our Kolkata hospital.

Your formal letter of appointment, including remuneration and privileges, is attached. We would request you to join on 1st February 2027.

Kindly acknowledge receipt and confirm your acceptance at the earliest.

With warm regards,
Dr. Ritu Banerjee
Medical Director
Tamarind Health

This e-mail message may contain confidential or legally privileged information and is intended only for the use of the intended recipient(s). Any unauthorized disclosure, dissemination, distribution, copying or the taking of any action in reliance on the information herein is prohibited."""),

    m("pls read",
      """Hey Sam sorry for the random time, it's been chaos. Good news tho, Ahmed said yes - we want you for the junior dev job. 45k, start jan. will get the proper contract over by wed. congrats!!

Jade

-- 
Jade Oduya | Head of Engineering | Pollen Studio
pollen.example"""),

    m("RE: Thank you for your time today",
      """Dear Mr. Volkov,

Thank you for your message and for your time today.

I am happy to confirm that we would like you to join our team as Maintenance Technician, night shift, at the rate of $31.20 per hour. Attached please find the offer letter for your signature.

Kind regards,
Anita Deschamps
HR Coordinator
Maritime Paper Products Ltd.

-----Original Message-----
From: Dmitri Volkov
Sent: Friday, November 20, 2026 4:12 PM
To: Anita Deschamps
Subject: Thank you for your time today

Dear Ms. Deschamps, thank you for the plant tour and interview today. I hope I will hear good news. With respect, Dmitri Volkov"""),

    m("Re: Assistant Manager",
      """Hi Priya - just confirming what I said on the phone, we'd love you to take the Assistant Manager job at the Kilkenny store. HR will send the contract. Well done!

Eoin

Sent from Outlook for iOS

________________________________
From: Priya Nair
Sent: Sunday, November 22, 2026 6:40:12 PM
To: Eoin Brennan
Subject: Assistant Manager

Hi Eoin, just wanted to say thanks again for the second interview. Fingers crossed! Priya"""),

    m("Acceptance requested - Research Assistant position",
      """Dear Ms. Takahashi,

I am pleased to let you know that Professor Lindgren has selected you for the Research Assistant position in the Coastal Hazards Lab, a one-year fixed-term appointment starting January 18, 2027, at a salary of $54,000.

Please indicate your acceptance by replying to this message by December 4. A formal appointment letter from Human Resources will follow your acceptance.

Congratulations, and welcome to the lab.

Grace Whitman
Lab Administrator
Department of Civil and Environmental Engineering
Pacific Cascade University"""),
]


REPLY = [
    m("Offer of a quick call",
      """Hi Helena,

Before you decide whether to go for the senior version of the role, I'd like to offer you a quick informal call with Dana, who currently leads the team. No pressure and nothing to prepare - it's just a chance to ask her what the job's really like day to day.

Would 20 minutes one lunchtime this week suit? If so, just reply and I'll pass on your number.

Best,
Gwen Harris
Resourcing Partner, Carrick Water"""),

    m("Re: Thank you for today",
      """Hi Sean,

Thanks so much for the lovely note - it was great to meet you too, and I'm glad the tour of the plant floor wasn't too loud!

I've shared your message with Ruth and Tony. Have a good weekend.

Marie

-----Original Message-----
From: Sean Gallagher
Sent: 20 November 2026 17:32
To: Marie Duggan
Subject: Thank you for today

Hi Marie, thanks so much for today and for showing me round. I'm hoping I'll get the chance to accept an offer from you soon! Sean"""),

    m("RE: salary band",
      """Hi Adebola,

Good question. The band for the role is £52,000 to £58,000. Any offer, if we get that far, would be within that range and would depend on experience. The offer stage comes after the panel interview and references, so there's no need to prepare a salary proposal for next week.

Hope that helps,
Lauren
Talent Acquisition, Greyfriars Insurance

-----Original Message-----
From: Adebola Ojo
Sent: 21 November 2026 10:18
To: Lauren Pike
Subject: salary band

Hi Lauren, could you tell me the salary band before the panel? I want to make sure we're aligned. Thanks, Adebola"""),

    m("Re: withdrawing my application",
      """Hi Yasmin,

Thanks for letting me know, and congratulations on the offer you've accepted - that's a brilliant company and I'm sure you'll do well there.

Sorry to lose you from our process, but it's the right call if it's the role you wanted. Do keep in touch.

All the best,
Connor Devlin
Recruiter, Ashfield Group

On Mon, 23 Nov 2026 at 08:05, Yasmin Farouk <yasmin.farouk@mail.example> wrote:
> Hi Connor, I wanted to let you know that I've accepted an offer elsewhere, so I'd like to withdraw my application for the Compliance Analyst role. Thank you for all your help.
> Yasmin"""),

    m("Re: Offer - Digital Marketing Manager",
      """Hi Kofi,

Thanks for letting us know you've decided to decline our offer. We're disappointed, of course, but I completely understand wanting to stay closer to family.

If circumstances ever change, please don't hesitate to get in touch. The door is open.

Best wishes,
Andrea Stanton
Head of Marketing, Crestline Foods

> Dear Andrea, thank you so much for the offer. After a lot of thought I've decided to decline as the relocation isn't possible for us right now. I'm very grateful.
> Kofi""",
      note="the candidate declines an offer; the employer only acknowledges it"),

    m("Re: Feedback",
      """Hi Lorcan,

Of course - happy to offer you a proper feedback call rather than just a couple of lines. I've asked the panel for their notes. Grab any slot in my calendar next week: https://cal.example/aoife-r/20min

Aoife

On Fri, 20 Nov 2026 at 12:44, Lorcan Doyle <lorcan.doyle@mail.example> wrote:
""" + q("""Hi Aoife, thanks for letting me know the outcome yesterday - disappointing but I understand. Would it be possible to get some feedback on where I fell short? Thanks, Lorcan

On Thu, 19 Nov 2026 at 16:02, Aoife Rooney <aoife@brightwell.example> wrote:
> Hi Lorcan, thank you for interviewing with us. Unfortunately we won't be taking your application further this time. Aoife"""),
      note="the quoted earlier mail holds the rejection; the newest message only offers a feedback call"),

    m("Re: Quick question - remote?",
      """Hey Nico - yep, the role's remote-first, we meet up in Lisbon once a quarter (company pays). Most of the eng team is in Europe so core hours are 11-4 CET.

Unfortunately I'm out Tuesday for a dentist thing, but message me on Wednesday if you have any other questions!

Raf
Engineering @ Sunspell"""),

    m("Re: parking",
      """Hi Grace, unfortunately there's no visitor parking at the Hale St building, but the Wilson car park across the road is $12 all day. Enter off Hale St. See you Thursday.

Kath

> Hi Kath, is there parking at the office for Thursday's interview? Grace"""),

    m("Re: Thank you!",
      """Thanks Ikram, that's really kind. I've passed your note to the rest of the panel.

Best,
Michael Oduya
Head of Estates
Shirecliffe College

On Sat, 21 Nov 2026 at 09:30, Ikram Hussain <ikram.hussain@mail.example> wrote:
> Dear Michael, thank you for the interview yesterday. I enjoyed hearing about the new science block and I'm excited about the role.
> Ikram"""),

    m("Happy Thanksgiving!",
      """Hi Trevor,

Thanks for checking in! Just a heads-up that our office is closed Thursday and Friday for Thanksgiving, so things will be quiet here until next week.

Hope you have a great holiday with your family, and thanks again for your patience.

Best,
Danielle
Recruiting Coordinator, Birchwood Financial"""),

    m("Re: portfolio link",
      """Hi Anouk,

No worries at all about the link - it didn't work at first but I found the portfolio through your website and have shared it with the team. The wayfinding project is gorgeous.

Unfortunately I'm not the one who makes the call, so I can't tell you much more, but I'll make sure Sophie sees it before your interview.

Cheers,
Harry
Studio Coordinator, Bell & Marlow

> Hi Harry, sorry - I realised my portfolio link in the application may be broken! Here's the right one: anouk-design.example. Anouk"""),

    m("Re: Fwd: meeting",
      """Hi Jonathan,

I think this one was meant for Jonathan Price in our HR team rather than me (Jonathan Pryce, sales!). I've forwarded it to him - he should be back in touch shortly.

Good luck with it all.

Jonathan Pryce
Regional Sales Manager, Alderbrook Packaging

> Hi Jonathan, following up on my interview for the HR Assistant role last Tuesday - is there any update on the decision? Many thanks, Jonathan"""),

    m("Re: article we discussed",
      """Hi Bea,

As promised, here's the piece on participatory budgeting in Porto Alegre that I mentioned during the interview: https://journal.example/pb-porto-alegre

It was a real pleasure talking with you. Whatever the committee decides, I hope you'll keep writing about this stuff.

Warmly,
Dr. Nomvula Dlamini
Senior Lecturer, Urban Studies"""),

    m("RE: Expenses",
      """Hi Kieran,

I've received your expenses form and the train tickets, thanks. I've approved it and sent it on to Finance; payment will appear as "KLH EXPENSES" in your account.

Kind regards,
Sandra
Recruitment Administrator, Kingsland Hospital

-----Original Message-----
From: Kieran Boyle
Sent: 19 November 2026 20:01
To: Sandra Evans
Subject: Expenses

Hi Sandra, please find attached my expenses form for the interview day. Fingers crossed for the decision! Kieran"""),

    m("re: any news?",
      """Hi Oluwaseun, I'm only the receptionist I'm afraid so I don't know anything about the interviews, but I've left a note on Mr Harper's desk to ring you. He's on site most of today.

Kind regards
Beverly
Harper Joinery Ltd"""),

    m("We've moved forward!",
      """Hi Sanjay,

Not what you think - I mean we've literally moved forward the office move, so the interviews next week will be at our new address: 4th floor, 18 Tanner Street, not Baker Lane. Sorry for the confusion! Everything else (time, panel) stays the same.

Thanks,
Molly
Office Manager, Finchley Tech""",
      note="a change of address for an interview already agreed, could be argued scheduling"),

    m("Re: Thanks & a question",
      """Hi Ella,

Glad you enjoyed it! To answer your question - yes, we do cover professional membership fees (CIPD in your case), and there's a £1,000 annual training budget per person.

As for timing, I honestly don't have a date to give you, but you won't be left hanging.

Best,
Paul"""
      """

> Hi Paul, thanks for today. Quick question: does Harbridge pay professional membership fees? Ella""",
      note="one clause touches timing without naming any, the rest answers a question"),

    m("Re: Interview feedback",
      """Hi Mehdi,

Thank you for taking the time to share your feedback about the interview experience. I'm really sorry that the panel started 25 minutes late and that nobody explained why - that's not the standard we hold ourselves to. I've raised it with the hiring manager.

I appreciate you flagging it.

Regards,
Clare Brennan
People Partner, Lowther Building Society

-----Original Message-----
From: Mehdi Rahimi
Sent: 20 November 2026 19:04
To: Clare Brennan
Subject: Interview feedback

Hi Clare, I wanted to give some honest feedback: the interview started 25 minutes late and I wasn't told why, which made me anxious. Everyone was very kind once we got going. Mehdi"""),

    m("Sorry for the delay!",
      """Hi Kate,

Sorry for the delay in getting back to you - I was on leave last week and came back to 600 emails!

To answer your earlier question: yes, we offer a relocation package of up to $5,000 for moves over 100km, and there's a hybrid option after probation.

Best,
Arjun
Talent Acquisition, Vale Mining Services, Perth"""),

    m("Re: LinkedIn",
      """Hi Tobi - yes of course, happy to connect! It was great to meet you on Tuesday. Accepted your request just now.

Jane"""),

    m("Re: Documents",
      """Got them, thanks!

Sent from my iPhone

> On 22 Nov 2026, at 15:40, Fatima Malik <fatima.malik@mail.example> wrote:
> Hi Lisa, please find attached my passport scan and degree certificate as requested. Hope this helps with your decision! Fatima"""),

    m("Re: Did I get it?",
      """Hi Rhys, Anna is handling the decisions on the apprenticeships, I just did the aptitude tests. I've cc'd her so she's got your message.

Cheers
Dewi
Training Centre, Cambrian Rail"""),

    m("Re: Tour of the lab",
      """Hi Wen,

The offer of a tour of the cleanroom still stands - it just needs to be a weekday because security is tighter on weekends. Let me know if you're in town any time before Christmas and I'll show you around.

All the best with everything!
Gareth"""),

    m("Hope the weekend was good",
      """Hi Jess,

Hope you had a good weekend! Just touching base - how did your interview with Lindon Partners go on Friday? Any other processes on the go I should know about?

Speak soon,
Marcus
Apex Accountancy Recruitment, Bristol"""),

    m("RE: Reasonable adjustments",
      """Dear Ms Doherty,

Thank you for letting us know. Of course - we'll make sure the interview room is on the ground floor and we'll give you the written questions 15 minutes in advance, as you asked. If there's anything else that would help on the day, please just tell me.

Kind regards,
Paula Gleeson
HR Officer, Waterford City and County Council

-----Original Message-----
From: Aisling Doherty
Sent: 21 November 2026 11:22
Subject: Reasonable adjustments

Dear Paula, I'm dyslexic and would be grateful to see the interview questions in writing beforehand if possible. I also use a wheelchair. Thank you, Aisling"""),
]

REPLY += [
    m("Re: Offer accepted!",
      """Brilliant news, Callum - we're all so pleased! Lisa will be in touch this week about onboarding and your laptop.

See you in January,
Ruth

On Mon, 23 Nov 2026 at 07:55, Callum Reid <callum.reid@mail.example> wrote:
> Hi Ruth, I'm delighted to accept the offer for the Data Analyst role. Signed contract attached. Can't wait to start!
> Callum""",
      note="the offer was made and accepted earlier; this message only welcomes the acceptance"),

    m("Good luck with the decision",
      """Hi Maryam,

Lovely to hear from you and sounds like you have a nice problem to have! Two offers in one week - well done.

For what it's worth, I'd pick the one where you'll learn most from your manager in year one; the money evens out. But you know both teams better than I do. Good luck with the decision, and let me know where you land.

Dee
(ex-Halcyon, now freelancing)"""),

    m("Re: Offer",
      """Ha, thanks Olly - I'll take you up on the offer of lunch once things calm down. The Thai place on Fenwick Street is great.

Sorry I couldn't give you more of an update on the hiring side, it's really not my team!

Steph

> Steph - thanks for the intro to your HR team the other week. Offer of lunch on me stands whenever you're free :) Olly"""),

    m("RE: First 90 days",
      """Hi Aleksander,

Great question, and one I wish more candidates asked. Roughly:

Month 1: shadow the two senior planners, get your head around our scheduling tool (it's clunky, sorry), meet the main suppliers.
Month 2: take over the Midlands routes with support.
Month 3: own the Midlands routes, and start on the carrier review, which is the big project for Q2.

Unfortunately there's no formal training programme - it's very much learn-by-doing here. Hope that's useful as you prepare for next week.

Best,
Dominic Hale
Head of Planning, Brightwater Freight

-----Original Message-----
From: Aleksander Nowak
Sent: 22 November 2026 14:20
To: Dominic Hale
Subject: First 90 days

Dear Dominic, ahead of the second interview, could you tell me what the first 90 days in the role would look like? Thank you, Aleksander"""),

    m("Re: Take your time",
      """Hi Ibrahim,

Of course - take the weekend to think about it and talk it through with your family. There's no rush from our side, and I'd much rather you made the decision that's right for you.

Happy to jump on a call Saturday morning if you have more questions about the package.

Warmly,
Rachel

> Hi Rachel, thank you so much for the offer. It's a big move for us so could I have until Monday to decide? Ibrahim""",
      note="the offer came earlier; this message only gives the candidate time to decide"),

    m("FW: Job description",
      """Hi Meg, sorry - I forgot to attach the JD to my email yesterday! Here it is. Looking forward to meeting you.

Tanvir

Attachment: JD_CommunityDevelopmentWorker_v3.pdf"""),

    m("RE: Unsuccessful application - review",
      """Dear Mr Egan,

Thank you for your email. I understand your disappointment.

Under the Code of Practice you may seek an informal review of the board's decision. To do so, please complete the attached form and return it within five working days of the date of the outcome letter (i.e. by Friday 27 November). The review will be carried out by someone who was not involved in the original board.

Kind regards,
Recruitment Unit
Office of Public Works

-----Original Message-----
From: Padraig Egan
Sent: 22 November 2026 18:30
Subject: Unsuccessful application - review

I have received the letter saying I was unsuccessful for the Executive Officer post. I believe my experience was not properly considered. How can I appeal? Padraig Egan""",
      note="the rejection came earlier; this message explains how to ask for a review"),

    m("Still looking?",
      """Hi Francesca,

It's been a while since we spoke about the Leeds roles - hope all's well! Are you still looking, or have you found something? No problem either way, just updating my notes.

Thanks,
Olivia
Northern Lights Recruitment"""),

    m("Re: Next steps",
      """Hi Priti,

Thanks for checking in. We'll move forward with scheduling as soon as the other two shortlisted candidates confirm their availability - there's nothing you need to do right now. I'll be in touch as soon as I know more.

Best,
Rowan
People Team, Blackwood Labs""",
      note="process chatter with decoy words; no new round or date is set"),

    m("Re: Thank you for your time",
      """Thanks for the kind reply, Emma. I really appreciated how graciously you took the news, and I meant what I said about the next round of recruitment. Do keep an eye out in the spring.

Best wishes,
Simon

On Sat, 21 Nov 2026 at 10:12, Emma Walsh <emma.walsh@mail.example> wrote:
> Hi Simon, thanks for letting me know and for the feedback. It was disappointing, but I learned a lot from the process. I hope our paths cross again.
> Emma""",
      note="the rejection came earlier; this is a thank-you for a gracious reply"),

    m("Catching up",
      """Hi Chidi,

I know you didn't come through for the role with us, but I've been thinking about you since - my friend Lara at Ferngrove Analytics is hiring a data engineer and I think you'd be brilliant. I've passed her your CV; hope that's OK.

All the best,
Tom"""),

    m("Re: Thank you",
      """Dear Ms. Sharma,

Noted with thanks. I will inform the panel.

Regards,
K. Balasubramanian
Administrative Officer"""),

    m("RE: interview follow-up",
      """Dear Mr. Hoang,

thank you for your mail. This week I am at our factory in Brno and cannot answer properly. I read it next Monday and write you then.

Best regards
Jiří Novotný
Plant Manager, Vltava Components"""),

    m("Re: please use my personal email",
      """Hi Adwoa, no problem - I've updated your email address on our system so everything will come to your personal address from now on.

Thanks,
Joe
HR Admin, Castlegate Care"""),

    m("Re: Take-home test",
      """Hey Lior,

Any language is fine - most people use Python or TypeScript. Don't spend more than 3 hours; we really mean that. If you run out of time, write up what you'd do next in the README, we care about that as much as the code.

Unfortunately I'm offline from tomorrow until Monday, so if you have more questions Sam (cc'd) can help.

Cheers,
Mira
Engineering Manager, Hollowpoint

> Hi Mira, for the take-home test, is there a preferred language? Also, is there a time limit? Thanks, Lior"""),

    m("Congratulations!",
      """Hi Shannon,

Just saw your LinkedIn post - congratulations on the new job at Brightpath! I know we couldn't make it work on our side, but I'm really pleased for you. They're lucky to have you.

Best,
Aaron"""),

    m("Thanks for coming to the careers evening",
      """Hi Owen,

Thanks so much for coming along to our careers evening last Thursday. It was a really successful night and it was lovely to meet you and hear about your final year project on drone mapping.

As promised, here's the link to our graduate programme page. Applications open in January.

Best,
Sinéad
Early Careers, Donnelly Engineering"""),

    m("Re: Re: slides",
      """Thanks Viktor! Received the slides and the spreadsheet, opened fine this time. I'll make sure the panel has them printed for Thursday.

Paula

On Sun, 22 Nov 2026, 20:11 Viktor Ilić, <viktor.ilic@mail.example> wrote:
> Hi Paula, resending the presentation - sorry, the first file was corrupted. Unfortunately I only noticed today.
>
> > Hi Viktor, the file you sent seems to be corrupted, could you resend? Paula"""),

    m("Re: Question about the team",
      """Hi Leah,

Sure - the team is six people: two data scientists, two analysts, one data engineer and me. We sit in the Finance directorate but work with everyone. Most of our work at the moment is on demand forecasting for the A&E departments.

The decision on the post will be made by a panel of three, not just me, in case that's useful to know for the interview.

Best,
Dr Kayode Ajayi
Head of Analytics, Northfield Integrated Care Board"""),

    m("Flowers!",
      """Hi Gemma, just wanted to say thank you for the flowers - they're on the front desk and everyone's been commenting. You really didn't have to!

Best of luck for whatever comes next.

Pam x
Harrowgate Surgery"""),

    m("Please ignore my last email",
      """Hi Lucas,

Apologies - please disregard the email I sent you this morning asking how long you'd managed "the candidate" and whether you'd re-employ them. It was meant for a referee who happens to share your name, not for you! Our system auto-filled the wrong Lucas Martin.

Sorry for the confusion, and for the slightly alarming subject line.

Kind regards,
Bridget Long
Recruitment Coordinator, Halden Scientific"""),

    m("Re: Accessibility for the assessment day",
      """Hi Rahel,

Thanks for asking. Yes - the building has step-free access and there's a quiet room you can use during breaks. We can also give you extra time on the written exercise; just let me know how much your assessor recommends.

Best,
Hayley
Graduate Recruitment, Marchbank Consulting"""),

    m("Re: Thank you 🙏",
      """Aww thanks Anjali! It was a pleasure. Say hi to your dad for me, I still remember him from the old Southall office 😄

Raj

> Dear Raj Uncle, thank you so much for taking the time to talk to me about the role yesterday, really appreciated your advice. Anjali"""),

    m("Re: Interview at the depot",
      """Hi Mark, thanks for coming out to Dandenong. Unfortunately the boss couldn't make it after all - his flight got cancelled - so sorry you only got me. I'll fill him in on everything we talked about.

Cheers,
Wayne"""),

    m("Your question about the pension",
      """Hi Hollie,

I checked with payroll: it's a defined contribution scheme, we put in 8% and you'd put in 4%. You can opt to salary-sacrifice. Any other questions, fire away.

Kind regards,
Nadine
HR, Ashford & Co Chartered Surveyors"""),
]

REPLY += [
    m("Re: Thanks for reaching out",
      """&nbsp;

Hi Dara,

&nbsp;

Thanks for reaching out, and sorry I missed your call - I was in the warehouse all afternoon.

&nbsp;

Yes, I remember you from the open day! Happy to answer any questions about what it's like working here; just drop them in an email.

&nbsp;

Thanks,

Niall

&nbsp;

[cid:image002.jpg@01DB3D11.2E4C7A80]

Niall Hegarty | Operations Supervisor

Corrib Fresh Produce Ltd"""),

    m("Thought you'd find this interesting",
      """Hi Amira,

Given what we talked about in your interview, thought you'd like to see this - we announced our Series B this morning: https://news.example/ledgerline-series-b

Nothing to do with your application, just exciting news!

Best,
Jonah
Recruiting, Ledgerline"""),

    m("Re: Tuesday's interview",
      """Hi Darragh,

I wanted to say sorry for the comment I made about your accent in the interview. I meant it as a friendly aside, but on reflection it was thoughtless and not appropriate. I hope it didn't throw you.

Kind regards,
Mark Elliott
Finance Director, Tolland Group

> Hi Mark, thanks for Tuesday. I wanted to follow up on a couple of the points about the audit timetable. Darragh"""),

    m("Re: Sorry for the late thank you!",
      """No worries at all, Ananya - I hadn't even noticed it was late! It was great to meet you.

Best,
Ciara"""),

    m("Re: Cork office",
      """Hi Hugo,

Good question. The decision to open the Cork office was made last year, mostly because of the talent in the region and the time zone overlap with the US team. It's about 40 people now and growing.

Unfortunately I don't have visibility on the hiring plan for your role specifically, so I'd ask Fiona about that on Thursday.

Best,
Sam
Engineering, Tidewell Software"""),

    m("Re: running late",
      """no worries, thx for the heads up! see you when you get here

Sent from my iPhone"""),

    m("FW: team photo",
      """Hi Bella - you asked in the interview what the office looks like, so here's the photo from our Friday lunch last week. That's Jin waving in the back. We really are this cheerful (most days).

Chloe

---------- Forwarded message ---------
From: Jin Park
Date: Fri, 20 Nov 2026 at 14:05
Subject: team photo
To: Design Team

photo from lunch!! [IMG_4412.jpg]"""),

    m("Belated Diwali wishes",
      """Hi Vivek,

Belated Diwali wishes to you and your family! Sorry I'm late with this - it's been a busy month.

Thanks also for the kind words after our chat. Hope you're keeping well.

Regards,
Meera Pillai
Senior Manager, Finance Transformation"""),

    m("Re: Thank you so much!",
      """👍

On Sat, Nov 21, 2026 at 6:14 PM, Grace Omondi <grace.omondi@mail.example> wrote:
> Hi Tom! Thanks so much for today, I loved meeting the team and I really hope I'll get the chance to work with you all. Have a great weekend!
> Grace"""),

    m("Re: Thank you",
      """Dear Mr. Obi,

Thank you for your kind words. It was also good time for me to talk with you about the quality system. I share your mail with Ms. Lee.

Best regards,
Park Ji-hoon
Quality Team Leader
Hanbit Automotive Parts UK Ltd."""),

    m("Re: Leave",
      """No dramas Sophie, thanks for letting us know you're away the week of the 7th. Enjoy Bali!

Cheers,
Nathan"""),

    m("Your data deletion request",
      """Dear Ms Jansen,

Thank you for your email of 18 November. As requested, we have deleted the personal data we held in connection with your application for the Account Manager role, including your CV, interview notes and contact details, in line with the UK GDPR.

If you have any further questions, please contact our Data Protection Officer at dpo@harrowgateltd.example.

Yours sincerely,
Data Protection Team
Harrowgate Ltd"""),

    m("Re: Interview follow up",
      """Hi Ebony,

I left Marlow & Finch at the end of October, so I'm afraid I'm not in the loop on the Marketing Assistant role any more. Your best contact is Lucy Tran (lucy.tran@marlowfinch.example).

Good luck!

Katie (personal email)"""),

    m("Re: perks",
      """Ha - unfortunately our canteen closed in 2024, so no free lunches, sorry! We do have a very good coffee machine, a cycle-to-work scheme and an extra day off on your birthday. Hope that's not a deal breaker 😉

Gemma
People & Culture, Harbour Lane Studios"""),

    m("Re: Flexible working",
      """Hi Ollie,

Our offer of flexible working applies from day one, not just after probation - you can request compressed hours or different start and finish times, and most requests are approved.

Best wishes,
Anita
HR Officer, Northcote Housing Trust

> Hi Anita, before I decide whether to apply for the supervisor role too - is flexible working available from the start? Ollie"""),

    m("Re: careers page",
      """Hi Zoe,

Thank you so much for flagging the broken upload button on our careers page - you're the third person this week! We'll move forward with fixing it today, and I've attached your CV to your application manually so you don't need to do anything.

Sorry for the hassle,
Chris
Digital Team, Mersey Valley Housing"""),

    m("Your blog post",
      """Hi Kasia,

Someone on the team spotted your blog post about our interview process - nice write-up, and we're flattered you found the pairing exercise fun!

One tiny correction: the system design round is 60 minutes, not 90. Nothing else to add, just wanted to say thanks for the kind words.

Cheers,
Andrei
Engineering Manager, Quarry"""),

    m("The lesson plan",
      """Dear Ms O'Sullivan,

Just a quick note to say that Mrs Daly used the lesson plan you left after your interview lesson with her Year 4 class today - they loved the fractions pizza! Thank you for leaving it with us.

With best wishes,
Mrs K. Ahern
Principal, Scoil Bhríde, Naas"""),

    m("Re: uniform",
      """Hi Jade, the uniform for the care assistant roles is navy tunic and black trousers - we provide the tunics, you'd just need black trousers and flat shoes. Hope that answers it.

Kind regards,
Linda
Willow Bank Care Home"""),

    m("Change of office address",
      """Dear Candidate,

Kindly note that our office has shifted to the new premises w.e.f. 23rd November 2026. The new address is: 5th Floor, Prestige Tower, MG Road, Bengaluru 560001. All correspondence may be addressed accordingly.

Regards,
Admin Team
Sreenivasa Engineering Consultants"""),

    m("Sorry to bother you on a Sunday",
      """Hi Kemi,

Sorry to bother you on a Sunday! You mentioned your friend Dayo was looking for a QA role - we've just opened one. If you think he'd be interested, feel free to pass on my email.

Thanks,
Holly
Talent, Brightfield Health Tech"""),

    m("Great to meet you at ProductCon",
      """Hi Ines,

Great to meet you at ProductCon on Thursday - I really enjoyed your talk on discovery interviews, and your point about "the decision is not the deliverable" has stuck with me.

If you're ever in Manchester, let's grab a coffee.

Best,
Luke Addison
VP Product, Trellis"""),

    m("Re: Thank you for the interview",
      """Hi Noah,

Really glad you enjoyed it. I meant to say at the time - the book I mentioned was "The Goal" by Goldratt. Worth a read for anyone in operations, whatever happens with the role.

Cheers,
Brendan

> Hi Brendan, thank you for the interview this morning. What was the book you recommended about bottlenecks? Noah"""),

    m("Re: Thank you",
      """Thanks Freya, you too! Have a great Christmas when it comes.

Bill

Bill Thornton | Director | Thornton Landscapes
07700 900 845
Sent from my iPad"""),

    m("Re: Lost lanyard",
      """Hi Dev,

Don't worry about the lanyard - we've got loads. I'll let security know it's deactivated.

Thanks,
Yvonne
Reception, Harcourt House

> Hi Yvonne, I think I accidentally took the visitor lanyard home after my interview! Shall I post it back? Dev"""),
]


NEXT_ROUND = [
    m("RE: Business Development Manager - next stage",
      """Dear Ms Achebe,

Thank you for attending the first interview on 17 November. I am pleased to let you know that the panel would like to invite you to the second and final stage of the process.

This will be a 20-minute presentation followed by a 40-minute interview with our Managing Director, Stephen Lowe, and our Head of Sales. The presentation brief is attached. Please let me know which of the following slots suits you:

- Tuesday 1 December, 10:00
- Wednesday 2 December, 14:00
- Thursday 3 December, 11:30

Kind regards,
Hazel Owusu
HR Coordinator
Lowe Industrial Supplies Ltd

This email and any attachments are confidential and intended only for the addressee. If you have received this email in error please notify the sender immediately and delete it. Lowe Industrial Supplies Ltd is registered in England and Wales No. 03322110.

-----Original Message-----
From: Chioma Achebe
Sent: 18 November 2026 09:02
To: Hazel Owusu
Subject: Business Development Manager

Dear Hazel, thank you for yesterday. I'm very keen on the role and hope to progress to the next stage. Chioma"""),

    m("Re: Thank you!",
      """Hi Ruben,

Thanks for your message, glad you enjoyed it! The team would love to have you back for a second conversation - this time with our CTO, Amaka, and one of the senior engineers, focused on system design. Could you do sometime next week? Send me a couple of times that work and I'll set it up.

Cheers,
Holly

On Sat, 21 Nov 2026 at 12:30, Ruben Alves <ruben.alves@mail.example> wrote:
> Hi Holly! Just a quick thanks for the chat on Thursday, really enjoyed it. Hope to hear from you soon!
> Ruben"""),

    m("Second meeting - Brightcore",
      """Hi Ciaran,

Good news - Brightcore want to see you again! The Managing Director, Ruth, would like to meet you for a second interview, more informal this time, probably over coffee near their office in Sandyford. They've mentioned early next week.

I'll send times once they confirm, but wanted to let you know straight away.

Cheers,
Aidan Farrell
Senior Consultant, Liffey Talent Partners"""),

    m("come back in?",
      """hi kiara, owner wants to meet u before we decide, can u come back in thurs or fri? any time after 2

Luca
Nonna's Pizzeria"""),

    m("You've been moved to the next stage",
      """Hi Arnav,

Congratulations! You've been moved to the next stage of the hiring process for Software Engineer II at Coreplex.

Next step: Technical Assessment
Please complete the online coding assessment within 7 days using the link below. It takes about 90 minutes.

[ Start Assessment ]&lt;https://assess.example/coreplex/8832-ad9&gt;

Good luck!

The Coreplex Recruiting Team
Sent via Talentdeck"""),

    m("Campus visit - Assistant Professor of History",
      """Dear Dr. Nakashima,

On behalf of the search committee, I am delighted to invite you to campus for the final stage of our search for an Assistant Professor of East Asian History.

The visit will take place over two days and will include a job talk, a teaching demonstration with an undergraduate class, and meetings with the Dean and with faculty from across the department. We will cover all travel and accommodation costs.

We are hoping to hold visits between January 18 and February 5. Could you please let me know which dates within that window you cannot make?

With best wishes,
Robert Haines
Chair, Search Committee
Department of History, Elmhurst University"""),

    m("Shortlisted - second stage",
      """Dear Mr Moyo,

Reference: 322-ADM-9081

I am pleased to inform you that you have been shortlisted for the second stage of selection for the post of Medical Secretary (Band 4). This will consist of a typing test and an interview with the Service Manager.

Please log in to the recruitment portal to book your interview slot.

Kind regards,
Recruitment Team
Ashvale NHS Trust"""),

    m("Re: Unfortunately I missed your call",
      """Hi Helga, no problem at all! I was calling with good news - the panel would like to invite you to the final round, a 45-minute case study with our COO and the Head of Risk. I'll send through the case pack and some times shortly.

Speak soon,
Lauren

On Mon, 23 Nov 2026 at 09:11, Helga Sørensen <helga.sorensen@mail.example> wrote:
> Hi Lauren, unfortunately I missed your call this morning - I was in a meeting. Please let me know what you wanted to discuss. Helga"""),

    m("Interview Status - HR Round",
      """Dear Pallavi,

Greetings from Sigma Softech!

We are pleased to inform you that you have cleared the technical round of interview held on 20-11-2026. You are now shortlisted for the HR round, which will be conducted virtually.

Our HR team will share the Teams invite shortly. Kindly keep your last three months' payslips handy for the discussion.

Thanks & Regards,
Talent Acquisition Team
Sigma Softech Pvt. Ltd., Pune"""),

    m("Invitation to second interview",
      """Dear Mr. Brennan,

thank you again for the nice conversation last week.

We would like to invite you for a second interview in our office in Eindhoven. In this interview you will meet also our CFO Mr. de Groot and one of the team leads. It will take about two hours, with a short tour in the production.

Please tell us your availability in week 49.

Met vriendelijke groet,
Ingrid Bakker
HR Advisor, Philtron Controls B.V."""),

    m("Policy Officer (EO) - Final Interview",
      """Dear Ms Nwosu,

Thank you for your participation in the competency-based interview for the Executive Officer (Policy) competition.

I am pleased to advise that you have been successful at this stage and are invited to proceed to the final interview, which will take place in our Dublin offices in the week commencing 7 December. This interview will focus on your knowledge of the Department's strategic priorities.

Further details, including the exact date and time, will issue in the coming days.

Yours sincerely,
HR Unit
Department of Climate, Energy and the Environment""",
      note="successful at this stage: a further round, not the job"),

    m("Next step - paid work trial",
      """Hey Oscar,

Loved chatting yesterday! The next step for us is a paid trial day - you'd spend a day pairing with Ravi on a real (small) ticket from our backlog, and we'd pay you £300 for the day.

Are you up for it? If so, what days in the next couple of weeks could work?

Cheers,
Tilly
Founder, Stoatworks"""),

    m("Loads of admin - sorry",
      """Hi Lena,

A few things while I have you:

1. Your expenses for last week's travel have been submitted.
2. The panel would like to meet you again for a second interview, this time with the Director of Finance.
3. Please ignore the survey email from our ATS - it went out to everyone by mistake.
4. Our reception moved to the ground floor.

Thanks,
Siobhan
Resourcing Team, Tollgate Housing"""),

    m("FW: Shortlist",
      """Hi Emma - see below from Jon! I'll be in touch to book it in. Congrats on getting through.

Kate
Recruitment Coordinator

From: Jon Marsh
Sent: 20 November 2026 16:45
To: Kate Allen
Subject: Shortlist

Kate, after the first round I'd like to take three through to the second interview: Emma Lawson, Darius Bell and Neha Shah. Can you invite them for the week of 30th? Thanks, Jon"""),

    m("Panel interview invitation - Respiratory Therapist",
      """Hello Karan,

Thank you for your phone screen with our recruiter. We would like to invite you to a panel interview for the Respiratory Therapist II position (Job ID 88213) with Northern Interior Health.

The panel interview will be approximately 60 minutes, in person at the Prince George Regional Hospital. Please reply with your availability for December 1 to 4.

Kind regards,
Talent Acquisition
Northern Interior Health Authority, BC"""),

    m("Second interview and psychometric testing",
      """Hi Jacinta,

Thanks for attending your interview for the Coordinator - Community Services role last week. The panel was impressed and would like to invite you to a second interview, along with online psychometric testing.

You'll receive an email from our testing provider within the next 24 hours. Please complete the tests before your second interview.

Kind regards,
People & Culture
Greenvale City Council, VIC"""),

    m("Re: Re: Re: Data Scientist",
      """Hi Farah,

Sorry for the slow reply on this thread! The team was really impressed with your take-home. The final stage is a half-day "onsite" (over Zoom): a presentation of your take-home to four people, then two 45-minute interviews.

I'll send calendar options tomorrow.

Thanks,
Marta
Recruiting, Gradient Health

On Thu, Nov 19, 2026 at 4:02 PM Farah Siddiqui <farah.s@mail.example> wrote:
""" + q("""Hi Marta, just checking you received my take-home? I hope the decision goes my way! Farah

On Mon, Nov 16, 2026 at 9:30 AM Marta Lopez <marta@gradienthealth.example> wrote:
> Hi Farah, here is the take-home exercise. Please return it within a week. Marta""")),

    m("Round 3",
      """Hey Dom, you're through to round 3! It's with our head of product, 45 mins, mostly about how you'd prioritise our roadmap. Will send a Calendly link.

Adi
Recruiter, Loopcast

Sent from mobile"""),
]


SCHEDULING = [
    m("RE: Second interview - confirmation",
      """Dear Chioma,

Thank you for confirming. Your second interview is booked for Wednesday 2 December at 14:00 at our Leicester office, 12 Weaver's Yard, LE1 5GH. Please report to reception and ask for me.

The presentation should last no more than 20 minutes; a laptop and projector will be available, but please bring your slides on a USB stick as well.

Kind regards,
Hazel Owusu
HR Coordinator, Lowe Industrial Supplies Ltd

-----Original Message-----
From: Chioma Achebe
Sent: 22 November 2026 19:40
To: Hazel Owusu
Subject: Second interview

Dear Hazel, Wednesday 2 December at 14:00 would suit me best. Thank you. Chioma"""),

    m("Re: Interview time",
      """Hi Mo, would you be able to do 3pm instead of 2pm on Thursday? The hiring manager has a clash. Same Zoom link.

Thanks
Ellie

> Hi Ellie, confirming Thursday 2pm for the interview. Thanks! Mo"""),

    m("Updated invitation: Interview - Gabriel Santos @ Thu Nov 26, 2026 11am - 12pm (GMT)",
      """This event has been changed.

Interview - Gabriel Santos
When: Thursday Nov 26, 2026 11am - 12pm Greenwich Mean Time - London (changed)
Where: Google Meet - meet.example/abc-defg-hij
Who:
  Aisha Rahman - organiser
  Tom Fielding
  gabriel.santos@mail.example

View all guest info | Reply for gabriel.santos@mail.example: Yes - Maybe - No

Invitation from Google Calendar"""),

    m("Directions for Friday",
      """Hi Ahmed,

Looking forward to seeing you on Friday at 10. The site entrance is on Carlow Road, not the main street - look for the blue gate. Park in the visitor bays by the portakabin and ring 087 555 0312 when you arrive; I'll come and get you.

Wear boots if you have them, we'll be walking round the yard.

Thanks,
Shane Kavanagh
Kavanagh Precast, Co. Laois"""),

    m("Teams link - panel interview",
      """Dear Ms Nguyen,

Please find below the Microsoft Teams link for your panel interview on Tuesday 1 December at 10:30 (AEDT).

________________________________________________________________________________
Microsoft Teams meeting
Join on your computer, mobile app or room device
Click here to join the meeting<https://teams.example/l/meetup-join/19%3ameeting_NzQ1>
Meeting ID: 421 553 190 812
Passcode: xK7pQ2
________________________________________________________________________________

Please join five minutes early to test your audio.

Kind regards,
Recruitment Services
Department of Education and Training"""),

    m("reschedule?",
      """so sorry Jen, my kid is sick - any chance we could move our call to tomorrow same time? apologies!!

Dave

Sent from my Pixel"""),

    m("RE: Assessment centre - logistics",
      """Hi Ravi,

Thanks for confirming your place at the assessment centre on Tuesday 8 December.

Arrival is 08:45 for a 09:00 start at our Birmingham office (One Colmore Square, 14th floor). The day will finish at about 16:30. Lunch is provided - please let me know any dietary requirements.

Please bring photo ID.

Best wishes,
Graduate Recruitment
Fenwick Moore LLP

The contents of this message are confidential and may be legally privileged. If you are not the intended recipient please notify the sender and delete it. Fenwick Moore LLP is authorised and regulated by the Solicitors Regulation Authority."""),

    m("Re: Availability",
      """Hi Niamh,

Perfect - Monday 30th at 11 it is. I've sent a calendar invite. The interview will be in Meeting Room 2 on the first floor.

Thanks,
Patrick

On Sun, 22 Nov 2026 at 20:10, Niamh Clarke <niamh.clarke@mail.example> wrote:
> Hi Patrick, I can do Monday 30th at 11am or Tuesday 1st at 2pm. Let me know what suits. Niamh"""),

    m("Change of room",
      """Hi Zara,

Just a quick heads-up that your interview tomorrow at 2pm has moved from Room 3.14 to Room G.02 on the ground floor (the lift is out on the third floor). Time and panel are unchanged.

See you tomorrow,
Beth
School Office, Kings Hill Academy"""),

    m("Interview Confirmation - Pharmacy Technician",
      """Hello Simran,

This email confirms your interview for the position of Pharmacy Technician:

Date: Friday, November 27, 2026
Time: 1:30 PM
Location: Oakridge Pharmacy, 220 Queen Street West, Brampton ON
Interviewer: Mark Ellison, Pharmacy Manager

Please bring a copy of your OCP registration. If you need to reschedule, reply to this email at least 24 hours in advance.

Regards,
Oakridge Pharmacy"""),

    m("RE: Start date & first day",
      """Hi Tariq,

Just confirming your first day is Monday 4 January. Please come to the main reception at 8:45am and ask for Jo from HR; she'll take you through induction until lunchtime, and then you'll meet the team.

Dress is smart casual.

Best,
Lucy
HR Assistant, Corby Print Group""",
      note="the offer was accepted earlier; this arranges the first day"),

    m("Your interview on 1 December - Zoom details",
      """Hi Lauren,

Here are the Zoom details for your interview on Tuesday 1 December at 3pm (Sydney time):

https://zoom.example/j/82219473301?pwd=Q2xhcmtl
Meeting ID: 822 1947 3301
Passcode: 774201

The panel will be Dr Mehta, Sandra Cole and myself. Please have photo ID ready to show at the start.

Kind regards,
Philippa
Executive Assistant, Harbourside Private Hospital"""),

    m("Re: Re: Final interview",
      """Hi Sipho, confirming Thursday 10am with Helen. She'll call your mobile, so no video link needed. Talk then!

Emily

> Thursday 10am is great, thanks Emily. Sipho
>
> > Hi Sipho, Helen has Thursday 10am or Friday 9am free for the final interview. Which suits? Emily"""),

    m("Need to move your interview",
      """Dear Mr. Olaniyan,

Unfortunately, due to unforeseen circumstances, we need to reschedule your interview scheduled for Wednesday, November 25. Would any of the following work instead?

- Friday, November 27 at 10:00 AM
- Monday, November 30 at 2:00 PM

Apologies for any inconvenience.

Sincerely,
Human Resources
City of Riverside Heights"""),

    m("Thursday",
      """Hi Yusra, see you Thursday 11:30 at the Drury Lane office. Bring your laptop for the demo - we have HDMI and USB-C.

Jake"""),

    m("Hotel booking - campus visit",
      """Dear Dr. Nakashima,

I have booked your hotel for the campus visit: the Elmhurst Inn, January 20-22, confirmation number EI-77201. Your flight details will follow from our travel agent. I'll pick you up from the airport at 4:15 pm on the 20th.

The full itinerary is attached.

Best wishes,
Carol Dietz
Department Administrator, Department of History"""),

    m("Re: Interview Schedule",
      """Dear Ms. Iyer,

Your interview is rescheduled to 26th November 2026 at 11:30 AM IST as per your request. The Teams link remains the same.

Regards,
HR Team
Anand Textiles Ltd.

> Dear Sir/Madam, due to a family function I am unable to attend the interview on 24th November. Can it be rescheduled? Regards, Kavya Iyer"""),

    m("Reminder: your interview tomorrow",
      """Hi Aidan,

Just a reminder of your interview tomorrow (Tuesday 24 November) at 9:30am at Unit 4, Riverside Business Park. There's free parking out front.

Any problems on the day, call me on 07700 900 231.

See you then,
Rachel
Moorland Bathrooms"""),
]


REQUEST = [
    m("RE: References please",
      """Dear Olamide,

Thank you for your time on Thursday. As part of our process, could you please send me the names and contact details of two referees, one of whom should be your current or most recent line manager?

We will not contact them without letting you know first.

Kind regards,
Gillian Frost
HR Officer, Sandford Community Trust

-----Original Message-----
From: Olamide Bakare
Sent: 20 November 2026 08:15
To: Gillian Frost
Subject: Thank you

Dear Gillian, thank you for Thursday's interview. I hope to hear good news! Olamide"""),

    m("Right to work check",
      """Hi Tomasz,

Before we can go any further, we need to complete a right to work check. Please could you send me your share code from the Home Office website, along with your date of birth?

Thanks,
Becky
Recruitment, Greenway Supermarkets"""),

    m("Documents needed",
      """Dear Candidate,

Kindly share the scanned copies of the following documents at the earliest:

1. 10th, 12th and graduation mark sheets
2. Last 3 months' salary slips
3. Relieving letter from previous employer
4. PAN card and Aadhaar card
5. Two passport size photographs

Regards,
HR Team
Krishna Logistics Pvt. Ltd., Chennai"""),

    m("Garda Vetting form",
      """Hi Aoife,

Please find attached the NVB1 Garda Vetting invitation form. Could you complete it and return it to me along with two forms of ID (one photo ID and one proof of address dated within the last six months)?

Thanks a million,
Róisín
Administrator, Scoil Mhuire, Ennis

Attachment: NVB1_Invitation_Form.pdf"""),

    m("Re: Portfolio",
      """Hi Marek, thanks for the chat! Could you send over 3-4 examples of packaging work you've done, ideally with a short note on the brief for each? PDF is fine.

Cheers,
Rosie
Creative Director, Fable & Co

> Hi Rosie, thanks for today! Let me know if you need anything else from me. Marek"""),

    m("Availability for next week",
      """Hi Kalinda,

Could you please send me your availability for next week (Monday to Friday) so I can coordinate with the panel? Half-day blocks are fine.

Thanks,
Georgia
People & Culture, Northern Territory Health"""),

    m("Background check authorization",
      """Hello Marcus,

To continue your candidacy, please complete the background check authorization form in your candidate portal within 3 business days. You'll be asked to provide your Social Security number, previous addresses for the last 7 years, and consent to a criminal record search.

If you have any questions, contact us at candidatesupport@keystonelogistics.example.

Thank you,
Keystone Logistics Talent Acquisition"""),

    m("salary expectations?",
      """Hey Priya - quick one, what are your salary expectations for the role? Need to pass it on to the founders before they decide. Thx!

Ben"""),

    m("DBS application",
      """Dear Mr Hussain,

To process your Enhanced DBS check, please complete the online application using the link below and bring three original identity documents to our office (Room 12, Ground Floor) for verification. The accepted documents are listed on the attached sheet.

https://dbs.example/apply/org/44721

Kind regards,
Safeguarding Team
Westmoor Borough Council"""),

    m("Transcripts",
      """Dear Ms. Chowdhury,

Could you please arrange to have your official university transcripts sent to us? Electronic copies sent directly from the registrar are fine.

Thank you,
Karen Liu
Faculty Affairs, Brantwood College"""),

    m("One more thing",
      """Hi Luca,

Sorry, one more thing - could you send us a short writing sample (a blog post or report, 1-2 pages) before Friday? The team wants to see how you write for a general audience.

Thanks!
Grace
Comms Lead, Open Ledger Foundation"""),

    m("RE: Medical questionnaire",
      """Dear Ms Flood,

Please complete the attached occupational health questionnaire and return it in the sealed envelope to the Occupational Health Department, or by the secure email address below. Your answers will not be shared with the recruiting manager.

Kind regards,
Occupational Health Department
Galway Regional Hospital"""),

    m("Referee details",
      """Hi Chris, would you be able to send contact details for two referees? Ideally one from your time at Coastline. Cheers, Mel

Melissa Harding | Hiring Manager
Tidal Marine Services, Hobart TAS"""),

    m("Copy of your licence",
      """Hi Jamie,

Could you send a photo of both sides of your driving licence and your CPC card? We need them on file before the next step.

Cheers,
Ops team, Castle Haulage"""),

    m("Please complete: Equal opportunities and application form",
      """Dear Applicant,

We notice that your application form for the post of Youth Support Worker is incomplete. Please log in and complete the equal opportunities monitoring section and the declaration of criminal convictions, then resubmit by 5pm on Friday.

Regards,
HR Shared Services
Derwent County Council"""),

    m("Certificates",
      """Dear Mr Anwar,

Thank you for attending interview. Can you kindly send scanned copies of your engineering degree certificate and your professional membership (IET) certificate?

Regards,
Margaret
Administration, Blackrock Electrical Engineering"""),

    m("References & work permit - quick request",
      """Hi Carlos,

Great talking to you. To keep things moving, could you send me:

- Two references (name, role, email, phone)
- A copy of your current work permit and its expiry date
- Your earliest possible start date

Thanks so much,
Ava Morrison
Talent Partner, Highline Robotics, Vancouver"""),

    m("Re: Question about right to work",
      """Hi Naoko,

Thanks for your question. For your Skilled Worker visa we'll need a copy of your passport photo page and your BRP, or your eVisa share code if you've moved to the new system. Please send these to me by reply.

Best wishes,
Olivia
HR Coordinator, Lancaster Fine Foods

> Hi Olivia, what documents will you need from me for right to work? I'm currently on a Skilled Worker visa. Naoko"""),
]


DECIDING = [
    m("Re: Update?",
      """Hi Chris,

Thanks for checking in. The panel meets Thursday to compare notes, so you should hear from us by Friday.

Thanks,
Moira

On Mon, 23 Nov 2026 at 08:02, Chris Doyle <chris.doyle@mail.example> wrote:
> Hi Moira, just checking in on the Service Desk Analyst role - any news? Chris""",
      when="by Friday", date="2026-11-27"),

    m("Still deciding",
      """Hi Ayo,

I'm sorry I haven't got back to you sooner. Unfortunately we haven't made a decision yet - one of the panel has been off sick, which has held everything up. I'd hope to have an answer for you by the end of next week.

Sorry again for the wait.
Liz""",
      when="by the end of next week"),

    m("RE: Interview feedback",
      """Hi Janek,

Thanks for your patience. We're still interviewing - the last candidate comes in this week - so we won't have anything to share until after Wednesday.

Best,
Kate

-----Original Message-----
From: Janek Kowalski
Sent: 22 November 2026 17:15
Subject: Interview feedback

Hi Kate, I wondered if there was any news about the Procurement Officer role? Janek""",
      when="after Wednesday", date="2026-11-25"),

    m("Timeline update",
      """Dear Hemi,

I wanted to give you an update on the Senior Policy Advisor process. The panel's recommendation has to go to the Director-General for approval, which is taking longer than expected. We now expect to be able to contact candidates in early December.

I apologise for the delay.

Regards,
Recruitment Services""",
      when="in early December"),

    m("Re: Re: Any news?",
      """Hi Sunita, no news yet I'm afraid - the MD is travelling. I'll chase him and aim to get back to you within two weeks at the latest.

Tom

> Hi Tom, sorry to chase, any news on the Office Manager role? Sunita""",
      when="within two weeks"),

    m("After Thanksgiving",
      """Hi Brandon,

Just a note to say we haven't forgotten about you! We're finishing up final conversations this week and will be making a decision after Thanksgiving.

Thanks for your patience,
Mei
Recruiting, Sterling Bay Partners""",
      when="after Thanksgiving"),

    m("Your application",
      """Dear Ms Kelleher,

Thank you for your email. I can confirm that the interview board has not yet concluded its deliberations. We expect to notify all candidates of the outcome by 4 December.

Yours sincerely,
Recruitment Unit""",
      when="by 4 December", date="2026-12-04"),

    m("Re: following up",
      """hey Amina, honestly no decision yet, sorry. Still talking to a couple of people. Will let you know.

Greg"""),

    m("Tomorrow",
      """Hi Dylan,

Thanks for your patience. The team is meeting this afternoon and I'll call you tomorrow with an answer either way.

Cheers,
Sarah
Talent Acquisition, Tasman Engineering""",
      when="tomorrow", date="2026-11-24"),

    m("Re: Quick update",
      """Hi Lina,

A quick update: we're still in the middle of our decision-making and I don't want to keep you in the dark. I expect to be able to confirm on Thursday 26th.

Best,
Robert

> Hi Robert, hope all's well. Is there an update on the Research Coordinator position? Lina""",
      when="on Thursday 26th", date="2026-11-26"),

    m("Before Christmas",
      """Dear Mr Ellis,

Thank you for attending interview. Due to the number of candidates we are still assessing, it will be some time before we are able to make a decision. We are aiming to let all applicants know before Christmas.

Kind regards,
HR Department
St Brendan's College""",
      when="before Christmas"),

    m("RE: Procurement Analyst",
      """Hi Vanessa,

Apologies for the slow response. We're not in a position to give you an answer yet, I'm afraid - it isn't a no, we're just waiting on budget sign-off for the role. Realistically we'll be in touch next Monday.

Kind regards,
Martin
Finance Manager, Ardmore Foods

-----Original Message-----
From: Vanessa Quinn
Sent: 20 November 2026 16:40
Subject: Procurement Analyst

Hi Martin, unfortunately I haven't heard back since my interview. Is there any update? Vanessa""",
      when="next Monday", date="2026-11-30",
      note="sounds negative ('not in a position to give you an answer') but no decision has been made"),

    m("Re: Status",
      """Hi Kiran,

No update yet. We've had a lot of interest in the role and are still reviewing the final two candidates. We'll be in touch in the next few days.

Regards,
Talent Team""",
      when="in the next few days"),

    m("Please disregard earlier email",
      """Dear Ms Hall,

Please disregard the email you received from our recruitment system this morning stating that your application had been unsuccessful. It was sent in error due to a technical fault. Your application is still under consideration and the panel will make its decision by mid-December.

We apologise for any distress this may have caused.

Kind regards,
Resourcing Team
Thameside University""",
      when="by mid-December",
      note="withdraws an earlier rejection sent in error"),

    m("Re: Role status",
      """Hi Yuki,

Thanks for your note. The hiring manager is on leave until 30 November, so a decision won't be made before she's back. We'll be in touch the week of 7 December at the latest.

Kind regards,
Joanne

> Hi Joanne, I'm just checking on the status of the Regulatory Affairs role. Unfortunately another company has offered me a job so I need to know soon. Yuki""",
      when="the week of 7 December"),

    m("Decision - delay",
      """Dear Gabriela,

I'm writing to let you know there will be a short delay in reaching a decision on the Head of Finance appointment. The Board of Trustees meets on 3 December and will make a final decision then. We will write to you straight after.

With best wishes,
Helen Croft
Chair of Trustees, Windmill Hill Housing Co-operative""",
      when="3 December", date="2026-12-03"),

    m("Sorry",
      """Sorry for the silence, Liam. We haven't decided yet. I'll know by the 1st.

Chris

Sent from my iPhone""",
      when="by the 1st", date="2026-12-01"),

    m("RE: Decision on Finance Officer role",
      """Hi Ayesha,

Unfortunately I don't have news for you yet. We had a late applicant who we felt we had to interview, so the decision has slipped to mid-December. I realise this isn't what you want to hear after waiting three weeks, and I'm sorry.

Kind regards,
Graham Stokes
Finance Director, Cardinal Schools Trust

-----Original Message-----
From: Ayesha Patel
Sent: 23 November 2026 07:48
To: Graham Stokes
Subject: Decision on Finance Officer role

Hi Graham, I hope you're well. I was told I'd hear by last Friday - has a decision been made? Ayesha""",
      when="mid-December",
      note="sounds negative but no decision has been made"),
]


ACK = [
    m("Thank you for applying to Brightwell Bank",
      """Dear Samuel,

Thank you for applying for the role of Operations Analyst (Req 55120). We've received your application and our recruitment team will review it shortly.

You can track the progress of your application at any time in your candidate profile.

Kind regards,
Brightwell Bank Talent Acquisition

This is an automated message; replies to this address are not monitored.""",
      headers={"Auto-Submitted": "auto-generated"}),

    m("We've received your application",
      """Hi Leah,

Thanks for applying to Sprocket! We've got your application for Product Designer and we're excited to take a look.

Our team reviews every application by hand, so it can take a couple of weeks. We'll be in touch either way.

In the meantime, check out our blog to learn more about how we work.

The Sprocket Team
Sent via Pinpoint Hire"""),

    m("Application Received - Ref 410-ADM-2231",
      """Dear Ms Reilly

Thank you for your application for the post of Administrative Assistant (Band 3), reference 410-ADM-2231.

Your application has been received and will be considered by the shortlisting panel after the closing date. If you are shortlisted, you will be contacted via this email address.

Please do not reply to this email.

NHS Recruitment Portal"""),

    m("Interview completed - thank you",
      """Hi Jordan,

Thank you for completing your one-way video interview for Customer Support Specialist at Northwind Outfitters. Your responses have been submitted to the hiring team.

You don't need to do anything else at this time.

Best,
Northwind Outfitters via VidScreen

Do not reply to this automated message.""",
      headers={"Auto-Submitted": "auto-generated", "X-Mailer": "VidScreen Notifications"}),

    m("Your application to Harcourt County Council",
      """Dear Applicant,

This email confirms that we have received your application for Planning Enforcement Officer (Job ref HCC-1182).

Closing date: 30 November 2026
Shortlisting: week commencing 7 December 2026

Please keep this email for your records.

Harcourt County Council
[This mailbox is not monitored]"""),

    m("Application submitted successfully",
      """&nbsp;
Dear Rakesh Kumar,
&nbsp;
Your application for the position of Senior Test Engineer (Job ID: TCS-78812) has been submitted successfully.
&nbsp;
Application No.: APP-2026-1148823
Date of Submission: 22-11-2026
&nbsp;
Our recruitment team will review your profile and get in touch if it matches our requirements.
&nbsp;
This is a system generated mail. Please do not reply.
&nbsp;
Infosolve Careers""",
      headers={"X-Auto-Response-Suppress": "All"}),

    m("Thanks for your interest in Kelpie Coffee",
      """Hey Mia! We got your application for Barista - Fitzroy. Thanks heaps. If we'd like to chat, we'll reach out within 10 days.

- Kelpie Coffee (sent via HireHop)"""),

    m("Confirmation: Assessment received",
      """Dear Fatima,

Thank you. We have received your completed online assessment for the Graduate Engineering Programme 2027.

Your results will be reviewed alongside your application. We aim to contact all candidates within three weeks.

Early Careers Team
Hallam Rail Systems

Please do not reply to this email. For queries visit our FAQs.""",
      headers={"Auto-Submitted": "auto-generated"}),

    m("Your application has been received",
      """Hello Kevin,

Thank you for your interest in the City of Kelburn. Your application for Water Treatment Operator II (Posting #2026-0417) has been received and is under review.

Applicants selected for an interview will be contacted by phone or email. Due to the volume of applications, only those selected for an interview will be contacted.

City of Kelburn Human Resources

This is an automated notification.""",
      note="says only those selected will be contacted; no decision has been made"),

    m("Candidature reçue / Application received",
      """Bonjour Émilie,

Nous avons bien reçu votre candidature pour le poste de Coordonnatrice des communications.

We have received your application for the position of Communications Coordinator. Our team will review it and contact you if your profile matches our needs.

Merci / Thank you,
Ressources humaines | Human Resources
Coopérative Laurentienne"""),

    m("Thank you for submitting your interview availability",
      """Hi Abdullah,

Thanks for submitting your availability. The recruiting team has been notified and will confirm your interview time shortly.

This is an automated message from GoodFit Scheduling on behalf of Marrowby Health.""",
      headers={"Auto-Submitted": "auto-generated"}),

    m("Application acknowledgement - Graduate Teacher",
      """Dear Ms Baptiste,

Thank you for applying to the NSW Department of Education Graduate Teacher pool. This email confirms we have received your application.

Your reference number is GT-2026-008845. Please quote this number in any correspondence.

Teach NSW
This is an automatically generated email - please do not reply."""),

    m("Thank you for applying!",
      """<div style="font-family: Arial">
Hi Taylor,<br><br>
Thank you for applying to <b>Store Supervisor</b> at Bloom & Bough Home.<br><br>
We&#39;ve received your application and will review it shortly.<br><br>
Best,<br>
Bloom &amp; Bough Talent Team
</div>""",
      headers={"Auto-Submitted": "auto-generated"}),

    m("Reference received",
      """Dear Harriet Lowe,

This is to confirm that we have received a reference for you from Dr Paul Simmons. Thank you.

Online Recruitment System
Eastwick University Hospitals"""),

    m("We've received your documents",
      """Hi Oluwadamilare,

Thanks! We have received the documents you uploaded (Passport, Proof of Address). Our team will verify them within 2 business days.

No reply is needed.

Fennick Onboarding Portal""",
      headers={"Auto-Submitted": "auto-generated"}),

    m("Application Confirmation - Insurance Claims Handler",
      """Dear Connor Quigley,

Thank you for your application to Allwell Insurance DAC for the role of Claims Handler (Cork). We confirm receipt of your application.

Allwell Insurance DAC is regulated by the Central Bank of Ireland.

*** This is an automatically generated email. Please do not reply. ***"""),

    m("Interview feedback submitted",
      """Hello Ines,

Thank you for completing the post-interview survey for your interview with Quantum Grid on 19 Nov 2026. Your feedback has been recorded.

Quantum Grid Candidate Experience""",
      headers={"Auto-Submitted": "auto-generated"}),

    m("Your job application",
      """Dear Andrzej,

Thank you for applying for the Production Operative (Nights) vacancy with Harvest Bakeries. This is to confirm that your application has been received.

Regards,
Harvest Bakeries Recruitment

Harvest Bakeries Ltd | Proudly baking in Wigan since 1952"""),
]


AUTO_REPLY = [
    m("Automatic reply: Following up - Marketing Assistant",
      """Thank you for your email. I am out of the office until Monday 30 November with limited access to email. For urgent recruitment queries, please contact recruitment@fernleaf.example.

Kind regards,
Sophie Marlow""",
      headers=AUTO),

    m("Out of Office: Re: Thank you for the interview",
      """Hi,

I'm currently on annual leave, returning Wednesday 2 December. I'll reply to your email when I'm back.

If your message is urgent, please call the office on 01632 960 980.

Thanks,
Rob""",
      headers={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"}),

    m("Auto: Application status enquiry",
      """Thank you for contacting the HR Service Centre. This is an automated response to confirm that we have received your email. Your reference number is HRSC-77120. We aim to respond to all queries within 5 working days.

Please do not reply to this email as it will create a new ticket.""",
      headers={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes", "Precedence": "auto_reply"}),

    m("Automatic reply: Interview thank you",
      """Hi there,

I am on parental leave until April 2027. During this time, please contact Laura Fitzpatrick (laura.fitzpatrick@brackenridge.example) for anything related to recruitment.

Thanks,
Ciara""",
      headers=AUTO),

    m("Out of office",
      """I'm at the CIPD conference in Manchester until Thursday and checking email only occasionally. I'll get back to you as soon as I can.

Anil Mehta
Head of HR"""),

    m("Automatic reply: Re: Next steps",
      """I no longer work at Tidewater Partners. Please redirect your email to talent@tidewater.example.

This mailbox is no longer monitored.""",
      headers={"X-Autoreply": "yes"}),

    m("Autoreply: re: any update?",
      """G'day! Thanks for your email. I'm on leave until 7 December and won't be checking emails. For anything urgent contact the Perth office on (08) 5555 0102.

Cheers, Darren""",
      headers={"Auto-Submitted": "auto-replied"}),

    m("Abwesenheitsnotiz / Out of office",
      """Vielen Dank für Ihre Nachricht. Ich bin bis zum 1. Dezember nicht im Büro.

Thank you for your message. I am out of office until 1 December and will answer after my return. In urgent cases please contact hr@klinger-ag.example.

Mit freundlichen Grüßen / Best regards
Katrin Weiß""",
      headers={"Auto-Submitted": "auto-replied"}),

    m("Automatic reply: Following up on my application",
      """Thank you for your email. Due to the high volume of applications we receive, we are unable to respond to individual enquiries about application status. If you are shortlisted, we will contact you directly.

Recruitment Team
Lakeland Hospitality Group""",
      headers={"Auto-Submitted": "auto-replied"}),

    m("Out of Office Re: Thank you!",
      """I'm out of the office travelling for work, returning Monday, November 30. I'll have intermittent access to email and will respond as soon as possible. Happy Thanksgiving!

Jennifer Ortiz
Senior Recruiter, Pinecrest Health""",
      headers={"X-Autoreply": "yes", "Auto-Submitted": "auto-replied"}),

    m("Re: interview question",
      """This is an automated reply. I work Monday to Wednesday. Your email has been received and I will respond on my next working day. If urgent, please contact the school office on 01632 960 411.

Mrs H. Blackwood
Business Manager""",
      headers={"Auto-Submitted": "auto-replied"}),

    m("Automatic reply: Documents for HR",
      """Thank you for your email. I am currently working remotely with limited access to email. Response times may be slower than usual.

Regards,
Deepika Rao
HR Business Partner"""),

    m("Out of Office: Data Analyst application",
      """Hello, I'm off work until Thursday 26 November. Your email will not be forwarded. Please contact hiring@pebblestone.example if you need help before then. Thank you! -- Marco""",
      headers={"X-Autoreply": "yes"}),

    m("Automatic reply: RE: Thank you for your time",
      """Thanks for getting in touch. I'm on leave from 20 November to 4 December with no access to email. Your email has not been forwarded.

For recruitment queries in my absence, please contact Siobhán Daly on 01 555 0198.

Sean Ó Briain
HR Manager""",
      headers=AUTO),

    m("Your message has been received",
      """Hi,

Thanks for writing to the People team at Finwise. This is just a note to let you know your message has landed safely. Someone from our team will get back to you within 2 business days.

In the meantime, you might find answers on our candidate FAQ: finwise.example/careers/faq

Finwise People Team (automated reply)""",
      headers={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"}),

    m("Auto-reply: Out of office",
      """I am out of office on 23 Nov 2026 due to a public holiday. I will revert to your mail on next working day.

Regards,
Sunil Menon""",
      headers={"Auto-Submitted": "auto-replied"}),

    m("Automatic reply: Re: Reference for Jane Doyle",
      """I'm away from my desk until Tuesday 24 November. I'll respond when I'm back. Thanks for your patience!

--
Beth Carmody
Office Manager, Carmody Dental""",
      headers={"X-Autoreply": "yes"}),

    m("Out of office until 28 Nov",
      """Hi! I'm out of the office at a hiring event in Toronto until Nov 28 and will have limited access to email. I'll reply when I'm back. If you are a candidate with an interview scheduled this week, it will go ahead as planned.

Shauna Campbell
Talent Acquisition Lead, Northridge Technologies""",
      headers=AUTO),
]


BULK = [
    m("5 new jobs matching 'Project Coordinator' in Manchester",
      """Hi Rachel,

Here are the latest jobs matching your alert:

Project Coordinator - Halden Construction - Manchester - £30,000 - £34,000
Project Support Officer - Manchester City Council - £29,269 - £31,364
Junior Project Coordinator - Brightside Digital - Salford - £26,000
Project Administrator - NHS Greater Manchester - Band 4
PMO Coordinator - Albright Insurance - Hybrid - £33,000

View all jobs >

You're receiving this email because you created a job alert. Unsubscribe | Manage alerts""",
      headers={"List-Unsubscribe": "<https://alerts.jobsboard.example/unsubscribe?u=48123>", "Precedence": "bulk"}),

    m("Welcome to the Ferrant Talent Community!",
      """Hi Kofi,

Thanks for joining the Ferrant Talent Community! You'll now receive updates about new roles, events and life at Ferrant.

In this month's update:
- Meet the team: a day in the life of our Cork software engineers
- Our new graduate programme opens 1 January
- Upcoming virtual open evening: 9 December

The Ferrant Careers Team

Unsubscribe from Talent Community emails""",
      headers={"List-Unsubscribe": "<mailto:unsubscribe@talent.ferrant.example>", "List-Id": "Ferrant Talent Community <talent.ferrant.example>", "Precedence": "bulk"}),

    m("Your weekly NHS Jobs alert",
      """Dear user,

There are 14 new vacancies matching your saved search "Band 5 nurse, within 15 miles of LS1".

Staff Nurse - Acute Medicine - Leeds Teaching Hospitals
Staff Nurse - Theatres - Harrogate District
Community Staff Nurse - Leeds Community Healthcare
...and 11 more

To stop receiving these emails, change your alert settings.""",
      headers={"List-Unsubscribe": "<https://jobs.nhs.example/alerts/unsubscribe>", "Precedence": "bulk"}),

    m("How was your candidate experience?",
      """Hi Aaron,

You recently interviewed with Beacon Analytics. We'd love to hear how it went! Our 2-minute survey helps us improve the experience for future candidates. Your answers are anonymous and won't affect your application.

[Take the survey]

Thank you,
Beacon Analytics Talent Team

You received this email because you applied to Beacon Analytics. Unsubscribe.""",
      headers={"List-Unsubscribe": "<https://survey.example/u/8812>", "Precedence": "bulk", "List-Id": "<candidate-survey.beacon.example>"}),

    m("Life at Oakbridge - November newsletter",
      """&nbsp;

OAKBRIDGE CAREERS | NOVEMBER 2026

&nbsp;

In this issue:

- We're officially a Great Place to Work for the fourth year!
- Our Movember team raised $22,000
- 12 new roles in Calgary and Edmonton
- Employee spotlight: Priya, Senior Geologist

&nbsp;

View open roles | Follow us on LinkedIn

&nbsp;

Oakbridge Resources Ltd. | 400 3rd Ave SW, Calgary AB
You're receiving this because you signed up for career updates. Unsubscribe.""",
      headers={"List-Unsubscribe": "<https://oakbridge.example/careers/unsubscribe>", "List-Id": "Oakbridge Careers <careers.oakbridge.example>"}),

    m("Jobs you might be interested in",
      """Based on your profile, we think you'd be a great fit for these roles:

Data Analyst at Lumen Retail - Dublin (Hybrid)
Business Intelligence Analyst at Corrib Financial - Galway
Reporting Analyst at Emerald Logistics - Remote

See more jobs

Jobs you might be interested in is a weekly digest. Change email frequency | Unsubscribe""",
      headers={"List-Unsubscribe": "<https://jobsite.example/email/unsub?t=aa91>", "Precedence": "bulk"}),

    m("Save the date: Virtual Careers Fair, 3 December",
      """Hi there,

Join us online on Thursday 3 December for our Winter Virtual Careers Fair. Meet hiring managers from our engineering, finance and operations teams, and get live CV tips from our recruiters.

Register now - places are limited.

Harlan Group Careers

You're on this list because you joined our Talent Network. Manage preferences | Unsubscribe""",
      headers={"List-Unsubscribe": "<https://harlan.example/tn/unsub>", "List-Id": "Harlan Talent Network <tn.harlan.example>", "Precedence": "bulk"}),

    m("New on SEEK: 23 jobs for 'Registered Nurse' in Adelaide",
      """23 new jobs for Registered Nurse in Adelaide SA

Registered Nurse - Aged Care - Resthaven - Full time
Clinical Nurse - ICU - SA Health - $45-$55 p.h.
Registered Nurse - Theatres - Calvary - Part time

View all 23 jobs

You are receiving this email because you saved a search. Unsubscribe or manage your saved searches.""",
      headers={"List-Unsubscribe": "<https://seek.example/unsub/9912>", "Precedence": "bulk"}),

    m("The Public Service Jobs Bulletin - Week 47",
      """PUBLICJOBS.GC.EXAMPLE - WEEKLY BULLETIN

This week's opportunities:
- Policy Analyst (EC-04) - Ottawa
- Program Officer (PM-02) - Winnipeg
- Data Scientist (EC-05) - Remote within Canada
- Administrative Assistant (AS-01) - Halifax

Bulletin hebdomadaire disponible en français.

To unsubscribe, update your account notification settings.""",
      headers={"List-Unsubscribe": "<https://publicjobs.gc.example/unsubscribe>", "Precedence": "bulk", "List-Id": "<bulletin.publicjobs.gc.example>"}),

    m("Introducing our new careers site 🎉",
      """Hi Sam,

We've launched a brand new careers site! It's now easier than ever to search roles, save jobs and track your applications.

Explore the new site ->

The Pemberton Retail Recruitment Team

Pemberton Retail plc | You received this email because you created a candidate account. Unsubscribe.""",
      headers={"List-Unsubscribe": "<https://pemberton.example/unsub>", "Precedence": "bulk"}),

    m("Webinar: How to ace your assessment centre",
      """Dear Graduate,

Struggling with assessment centres? Join our free webinar on Tuesday 1 December at 6pm, where our Early Careers team will share what assessors really look for.

Sign up here.

Fenwick Moore LLP Graduate Recruitment
Unsubscribe from graduate marketing""",
      headers={"List-Unsubscribe": "<mailto:grad-unsub@fenwickmoore.example>", "Precedence": "bulk"}),

    m("Naukri Job Alert: 12 new jobs for Java Developer in Bengaluru",
      """Dear Rahul,

12 new jobs match your profile:

Senior Java Developer | 5-8 yrs | Bengaluru | 18-25 LPA
Java Backend Engineer | 3-6 yrs | Whitefield, Bengaluru | Not disclosed
Java Full Stack Developer | 4-7 yrs | Bengaluru (Hybrid) | 15-22 LPA

Apply now

You are receiving this mail because you have subscribed to job alerts. Unsubscribe""",
      headers={"List-Unsubscribe": "<https://jobalerts.example/unsub?id=7712>", "Precedence": "bulk"}),

    m("Hiring event this Saturday!",
      """WE'RE HIRING!

Join us this Saturday, 28 November, 10am-2pm at our Clondalkin warehouse for an open hiring event. On-the-spot interviews for warehouse operatives, forklift drivers and team leads. Bring your CV!

Greenfield Distribution

You received this because you registered interest in jobs with us. Unsubscribe""",
      headers={"List-Unsubscribe": "<https://greenfield.example/unsub>", "Precedence": "bulk"}),

    m("Talent Community: Your monthly update",
      """Hello Aanya,

Here's what's new at Corvelle this month:

- 34 new roles posted globally
- Our CEO on the future of AI in healthcare (5 min read)
- Employee Resource Groups: meet Corvelle Pride

Update your profile to get better job matches.

Corvelle Talent Community
You are receiving this email as a member of the Corvelle Talent Community. Unsubscribe | Privacy Policy""",
      headers={"List-Unsubscribe": "<https://corvelle.example/tc/unsub>", "List-Id": "<talent-community.corvelle.example>"}),

    m("Top employers hiring in Toronto this week",
      """This week on WorkNorth:

Bank of Lakeshore - 22 open roles
Maple Health Network - 18 open roles
TorontoTransit - 9 open roles

Plus: 7 tips for negotiating your first salary in Canada.

WorkNorth | Unsubscribe | Manage preferences""",
      headers={"List-Unsubscribe": "<https://worknorth.example/unsub>", "Precedence": "bulk"}),

    m("Reminder: complete your candidate profile",
      """Hi Olivia,

Your candidate profile is only 40% complete. Candidates with complete profiles are 3x more likely to be contacted by recruiters!

Complete your profile now.

The Marlowe Group Careers Team
You're receiving this because you have an account on our careers site. Unsubscribe""",
      headers={"List-Unsubscribe": "<https://marlowe.example/unsub>", "Precedence": "bulk"}),

    m("Teach in Ireland: Newsletter November 2026",
      """Dia daoibh,

Welcome to the November edition of the Education Recruitment newsletter.

- Substitute teaching panels now open in Dublin, Cork and Galway
- How to register with the Teaching Council
- Special Needs Assistant vacancies: what to know

Le meas,
Education Recruitment Ireland

To unsubscribe from this newsletter, click here.""",
      headers={"List-Unsubscribe": "<https://edrecruit.example/unsub>", "List-Id": "<news.edrecruit.example>", "Precedence": "list"}),

    m("We're hiring in your area!",
      """Hi Josh,

Great news - Summit Outdoor Supply is opening a new store in Meridian, ID, and we're hiring for all positions! Seasonal and full-time roles available.

Apply today and get 20% off your first purchase as an employee.

Summit Outdoor Supply
You're receiving this email because you previously applied with us. Unsubscribe""",
      headers={"List-Unsubscribe": "<https://summitoutdoor.example/unsub>", "Precedence": "bulk"}),
]


if __name__ == "__main__":
    write("twentyfourth.jsonl", labelled_rows("twentyfourth", {
        "rejection": REJECTION, "offer": OFFER, "reply": REPLY, "next-round": NEXT_ROUND,
        "scheduling": SCHEDULING, "request": REQUEST, "deciding": DECIDING, "ack": ACK,
        "auto-reply": AUTO_REPLY, "bulk": BULK,
    }, splits=("held-out",)))
