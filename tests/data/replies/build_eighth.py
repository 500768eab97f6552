# ruff: noqa: E501 - one message a line reads best
"""Eighth corpus of labelled employer replies for followup.

Written by an eighth author who read neither the classifier (replies.py, reply_model.py, reply_weights.py)
nor the messages of any other corpus (only corpus_rows.py and the README's format and label names).
It covers professional, academic and senior hiring: law firms and barristers' chambers (pupillage,
training contracts), medical residency and fellowship programmes, hospital consultant posts, dental and
veterinary practices, universities (faculty searches, PhD studentships, postdocs, grants ending), schools,
accountancy and audit firms, investment banks and asset managers, management and engineering
consultancies, architecture practices, executive search for board and C-suite roles, think tanks,
international organisations and NGOs, European and Asian companies writing in English, civil services
(UK, Irish, Canadian, Australian, Singaporean, Indian), orchestras and theatres, publishers and
professional sports clubs. Long formal letters and terse partner emails, committee decisions, tactful
rejections full of praise, conditional offers with packages, hiring freezes, quoted candidate mail.
"""

from corpus_rows import labelled_rows, m, write

AR = {"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"}
ATS = {"Auto-Submitted": "auto-generated"}
BULK = {"Precedence": "bulk", "List-Unsubscribe": "<mailto:unsubscribe@lists.example.org>"}

REJECTION = [
m("Pupillage 2027-28: outcome of second round interviews", """Dear Ms Adeyemi,

Thank you for attending a second round interview at 4 Cloister Row Chambers last Thursday. The Pupillage Committee met on Monday to consider all candidates.

I am sorry to tell you that on this occasion we are unable to offer you pupillage. The standard this year was exceptionally high, and the Committee wished me to say that your advocacy exercise was among the more assured it saw.

We are not able to provide individual feedback at this stage, but if you would find it helpful I can arrange a short telephone call in the new year.

With best wishes for your career at the Bar,

Helena Marsh
Secretary to the Pupillage Committee"""),
m("Re: Associate - Corporate M&A", """Sam,

Spoke to the other partners. We're going with someone with more public company experience. Sorry - it was close.

R"""),
m("Your application: Lecturer in Medieval History (Ref. HIS-0412)", """Dear Dr Pellegrini,

On behalf of the search committee, thank you for your interest in the Lectureship in Medieval History and for the time and thought you gave to your presentation and interview.

We received a large field of strong applications. After careful deliberation the panel has decided to offer the post to another candidate, who has accepted.

I know this will be disappointing news. Members of the panel were particularly struck by your work on the Lombard charters, and I hope our paths cross at Leeds next summer.

Yours sincerely,

Professor Anne Whitcombe
Head of School, History and Archaeology"""),
m("ST3 Cardiology - national recruitment outcome", """Dear Dr Raman,

Thank you for participating in the ST3 Cardiology recruitment round.

Your total interview score was 58.5. The appointable threshold for this round was 62. You have therefore not been deemed appointable and will not receive an offer in this round.

Your station-by-station scores are available in your Oriel account. Applicants may reapply in the next recruitment round.

Medical and Dental Recruitment and Selection"""),
m("Re: Head of Science post", """Dear Mr Ó Briain,

Thank you for coming in on Tuesday and for teaching the Year 10 class - they spoke warmly of you afterwards.

The governors and I have now made our appointment, and I'm afraid it was not you. It was a genuinely hard decision. If you are willing, I would be glad to pass your name to colleagues in the trust, as I think you would be an asset to any department.

Kind regards,

Siobhán Keane
Principal"""),
m("Audit Senior - Leeds", """Hi Priya,

Thanks again for your time with Mark and Jo. Having reviewed everything, we won't be taking your application further for this role. We'll keep your details on file for six months.

Best,
Talent Acquisition"""),
m("Re: Thank you - Director of Development", """Dear Thomas,

Thank you for your kind note after Friday's panel. I'm grateful for it, and I wanted you to hear from me personally.

The board has asked us to appoint Dr Leila Haddad, who brings a decade of major-gift experience in the arts sector. Your vision for the legacy programme was compelling, and several trustees remarked on it.

I hope we stay in touch.

Warm regards,
Miriam Stone
Chief Executive, The Halden Trust

> From: Thomas Greer
> Thank you for the opportunity on Friday. Whatever the decision, I enjoyed meeting the panel."""),
m("Application status update", """Dear Candidate,

Thank you for your interest in the Graduate Programme at Vellmann Asset Management.

After careful review, we regret that your application has been unsuccessful at this stage.

This is an automated message. Please do not reply.

Vellmann Careers""", headers=ATS),
m("Postdoctoral Research Associate - funding", """Dear Kofi,

I owe you an apology and an explanation. We heard on Friday that the Leverhulme renewal was not successful, which means the postdoctoral position you interviewed for will not go ahead. I had hoped to be writing to you with very different news.

I am sorry. You were the person I wanted for it. I will of course write references for anything you apply to, and please ask.

Best,
Jonas"""),
m("Training Contract 2028 - Assessment Day", """Dear Ciara,

Thank you for attending our Assessment Day.

We have now reviewed the performance of all candidates and unfortunately we will not be able to offer you a training contract with the firm.

We appreciate this is disappointing. Should you wish to receive feedback on your written exercise, please reply to this email within 14 days.

Yours sincerely,
Graduate Recruitment Team
Harwood Pryce LLP

This email and any attachments are confidential and may be legally privileged. If you are not the intended recipient, please notify the sender and delete it."""),
m("Consultant Anaesthetist - Royal Marlow Hospital", """Dear Dr Feldman,

The Advisory Appointments Committee met on 19 November. I write to let you know that the Committee recommended the appointment of another applicant.

The Committee asked me to convey that your interview was strong and that you would be warmly welcomed should a further post be advertised, which we anticipate in the spring.

Yours sincerely,

Medical Staffing
Royal Marlow Hospital NHS Foundation Trust"""),
m("RE: Chief Financial Officer - Oberon Holdings", """Dear Katrin,

I wanted to call but keep missing you, so an email will have to do.

Oberon's board met yesterday and has chosen to proceed with the other finalist. Their feedback was that your capital markets experience was first-rate, but they ultimately wanted someone who had taken a company through a listing. That was the deciding factor, not anything in how you presented.

I'd very much like to keep you in mind for two other mandates we have coming up. Can we speak next week?

Best regards,
Alistair Fenwick
Partner, Halvorsen Search"""),
m("Re: Small Animal Vet - Thursday", """Hi Ellie,

Lovely to meet you Thursday and thanks for the working interview. We've had a think and we're going to offer the job to a vet who can do the on-call rota from day one, which we know you said you couldn't for now. Totally understand why. Keep in touch if that changes!

Dan
Brookfield Veterinary"""),
m("Research Fellow (Climate Finance) - update", """Dear Mr Ansah,

I am writing to update you on the Research Fellow recruitment at the Institute. Following a review of our 2027 budget, the Institute has taken the decision not to fill this position at the present time.

We are very sorry to have to let you know this after you have invested time in the process. We are grateful for your interest in our work.

With best wishes,
Human Resources
Meridian Institute for Economic Policy"""),
m("Your candidacy - Programme Officer, P-3", """Dear Ms Njoroge,

Reference is made to your application for the post of Programme Officer (P-3) and your subsequent participation in the competency-based interview.

We regret to inform you that you have not been selected for this post. Your profile will remain in our roster for similar vacancies for a period of twelve months.

We thank you for your interest in the Organization.

Recruitment Section
Division of Human Resources"""),
m("Associate Architect", """Dear Mateo,

Thanks for bringing the portfolio in and walking us through the Porto library scheme; we enjoyed it.

We've decided to hold off on the Associate hire. Two of our larger projects have slipped into next year and we can't justify adding a senior post right now. I'm sorry to be the bearer of that after you gave us your afternoon.

Regards,
Freya Lindqvist
Lindqvist Marr Architects"""),
m("Fwd: second violin - trial outcome", """Dear Anna,

Thank you very much for the weeks of trial with the orchestra. The section and the audition committee have now voted.

I'm sorry to say the vote did not reach the majority needed for an appointment, and the position will be re-advertised. Many colleagues enjoyed playing alongside you, and you are welcome to apply again.

With best regards,
Orchestra Management"""),
m("Senior Editor, Non-Fiction", """Dear Hugo,

Thank you for your patience while we worked through this. I'm writing to say that we have appointed someone to the Senior Editor role.

It was a close thing; your pitch for the science list was the best we heard. I'd be glad to look at freelance projects with you if that is of interest.

All best,
Clara Beaumont
Publishing Director, Tallis & Reed"""),
m("HEO Policy Adviser - result of your application", """Dear Applicant,

Thank you for applying for the role of Policy Adviser (HEO) in the Department.

Following your interview, your application has not been successful. Your scores against the behaviours assessed were:
Communicating and Influencing: 4
Making Effective Decisions: 3
Strength interview: 4

The minimum score required at interview was 5 for each element.

You can view your feedback in your account on the Civil Service Jobs website.

Civil Service Resourcing""", headers=ATS),
m("Re: Equity Research Associate", """Hi Jun,

Quick note. The desk has filled the seat internally - a junior moved across from credit. Nothing to do with your interview, which the team liked. Sorry.

Regards
Mei Ling"""),
m("PhD Studentship in Computational Neuroscience", """Dear Layla,

Many thanks for interviewing for the studentship. I regret to tell you that the studentship has been offered to another candidate and accepted.

I should add that we had nine shortlisted applicants for one funded place; please don't take this as a judgement on your potential for doctoral work. If you apply to the DTP next round I'd be happy to support you.

Best wishes,
Dr Ruairí Walsh"""),
m("Managing Director, Infrastructure - update", """Dear Robert,

I hope your week has started well.

I'm afraid I have news you will not welcome. The client has informed us that, following a reorganisation at group level, the Managing Director role will now be absorbed into the CEO's office and they are closing the search.

This is entirely a consequence of their internal changes. I would value a conversation about what comes next for you.

Kind regards,
Imogen Tate
Tate Partners Executive Search"""),
m("Dental Associate position", """Hi Dr Shah,

Thank you for coming to see the practice. We appreciated your honesty about preferring NHS-only lists. As we're moving towards a mixed private list we don't think we'd be the right practice for you at this point.

Wishing you the very best,
Louise
Practice Manager, Riverside Dental"""),
m("Re: Analyst programme - superday", """Dear Olumide,

Thank you for participating in the Superday for our Investment Banking Analyst Programme.

We have carefully considered the feedback from your interviewers. On this occasion we will not be progressing your candidacy further.

We wish you success in your search.

Campus Recruiting | EMEA"""),
m("Engineering Manager - Structures", """Dear Mr Kowalczyk,

Thank you for your time on Wednesday. I very much enjoyed our discussion on the footbridge retrofit.

I'll be honest with you: the panel felt you would excel in a technical lead role but that the people-management side of this post is a bigger step than your experience so far supports. For that reason we won't be moving your application on. I'd encourage you to look at our Principal Engineer openings, which I think would suit you well.

Best regards,
Dominic Harte
Director, Harte Whitfield Consulting Engineers"""),
m("Principal Policy Officer (APS6) - Merit list", """Dear Ms Cheng,

Thank you for participating in the selection process for Principal Policy Officer, APS Level 6.

The selection panel has completed its assessment. While you demonstrated a number of the capabilities required, you were not found suitable for placement on the merit list for this process.

If you would like feedback, please contact the panel chair within 10 working days.

Regards
People Branch"""),
m("Re: coffee and next steps?", """Hey Nadia,

Sorry I've been slow on this. Honestly, the partners decided they want to bring in someone from a bulge bracket for the role, so we won't be going further with you. Happy to grab that coffee anyway if you're still up for it - no agenda.

Tom"""),
m("Your application to Aldgate & Mercer", """Dear Ms Kapoor,

Re: Tax Manager, Private Client

Thank you for your interest in Aldgate & Mercer and for meeting with Mrs Hollis and Mr Quayle.

We have given careful consideration to your application and, having met a number of highly qualified candidates, we have concluded that other applicants' experience more closely matched the requirements of the role at this time.

We would like to thank you once again and wish you every success for the future.

Yours sincerely,

Human Resources Department
Aldgate & Mercer Chartered Accountants"""),
m("Senior Fellow appointment", """Dear Dr Bergström,

Thank you for visiting us in Brussels and for the seminar on energy security, which generated a lively debate among staff.

After much deliberation, the appointment committee has decided to appoint a candidate whose focus on the Indo-Pacific aligns more closely with the programme's new direction. I recognise that this direction was not fully visible in the advertisement, and I apologise for that.

I very much hope you will contribute to our publications as a guest author.

Sincerely,
Director of Research"""),
m("Head of Academy Coaching", """Dear Craig,

Thank you for coming down to the training ground and for the session with the U16s.

After a lot of discussion the Academy Manager and Sporting Director have decided to go with an internal candidate who has been with the club's foundation phase for six years.

You made a strong impression and the staff enjoyed working with you. All the best for the season.

Regards,
Gareth Pugh
Head of Recruitment, Academy"""),
m("Re: Fellowship in Paediatric Intensive Care", """Dear Dr Alvarez,

Thank you for your interest in our PICU fellowship. Unfortunately, we are unable to sponsor the visa required for this fellowship year and therefore cannot proceed with your application. I am sorry this was not clearer in the advert.

Kind regards,
Fellowship Coordinator"""),
m("Your interview with Kestrel Capital", """Ana,

Thanks for the time on Tuesday. I've spoken with the CIO and we've agreed the PM role needs someone with more direct experience running a book. We won't proceed. I do think you'll be running one yourself in a couple of years.

Best,
Henrik"""),
]
REJECTION += [
m("Not progressing - Senior Manager, Deal Advisory", """Hi Rachel,

Thanks for your time last week with the Transaction Services team.

Best,
Amira
Recruitment Partner"""),
m("Re: Interview follow-up", """Dear Mr Lindholm,

Thank you for your message and for your continued interest. I hope you had a good trip back to Stockholm.

The panel enjoyed meeting you, and your case study on supplier consolidation was discussed at length. There were many merits, and the board was impressed by your grasp of our markets in the Nordics.

Ultimately we have chosen a candidate whose background in automotive procurement fits more directly with our next three years, and the position has been accepted.

Mit freundlichen Grüßen,
Petra Vogel
Head of HR, Brenner Antriebstechnik GmbH"""),
m("Application ref 22871 - Deputy Headteacher", """Dear Ms Walcott,

Thank you for attending the selection process for Deputy Headteacher at St Aidan's Church of England Academy.

The governors have appointed Mrs J. Farrow to the post. We are grateful for the time you gave us across the two days and wish you well.

Yours sincerely,
Clerk to the Governors"""),
m("Hiring freeze - Clinical Research Fellow", """Dear Dr Mensah,

I'm writing to let you know that the Trust has implemented a recruitment pause on all non-patient-facing posts with immediate effect. As a result, the Clinical Research Fellow post you interviewed for has been withdrawn.

I appreciate how frustrating this is and I am sorry. Should the post be re-advertised I will let you know directly.

Best regards,
Prof. Rhian Evans"""),
m("Re: Tenure-track Assistant Professor, Chemical Engineering", """Dear Dr Liang,

I write on behalf of the search committee to thank you for your campus visit. It was a pleasure to host you.

The department has extended an offer to another candidate, and that offer has been accepted. Your research talk was one of the best attended of the season and the graduate students in particular enjoyed your lunch session.

We wish you every success on the market this year.

Sincerely,
Karen Whitley
Chair, Faculty Search Committee"""),
m("Feedback from your interview", """Dear Jessica,

Thank you for interviewing with us for the Associate position in the Strategy practice.

We've had the chance to gather feedback from your interviewers. They were impressed by your structured approach on the market-sizing case and by your poise. However, on the profitability case, they felt the synthesis at the end did not yet reach the level we look for in Associates, and on balance we have decided not to extend an offer.

Many strong consultants are hired on their second attempt; you are welcome to reapply after twelve months.

Best regards,
Recruiting Team, Calder & Voss"""),
m("Re: Executive Director role", """Simone - Board met last night. They've gone another way. Call me when you can, I have some thoughts. - Paul"""),
m("Your application for Administrative Officer (EO) - Stage 3", """A chara,

Thank you for your participation in the Executive Officer competition.

The board has completed the final interview stage. I regret to inform you that you have not been placed on the panel from which appointments will be made.

If you wish to request feedback, please do so in writing through your publicjobs account.

Is mise le meas,
Recruitment Unit"""),
m("Re: Sound designer, spring season", """Hi Bea,

Thanks for coming to see us and for the sample cues, they were gorgeous. We've decided to go with a designer who's worked in the space before, as the tech period is so compressed this season. I really hope we get to work together on something soon.

x Ruth
Associate Director, The Wharf Playhouse"""),
m("Outcome: Veterinary Intern Programme 2027", """Dear Applicant,

Thank you for applying to the Rotating Internship Programme. We received 214 applications for 6 positions.

We regret that we are unable to offer you a place in the 2027 cohort.

Small Animal Teaching Hospital"""),
m("Re: VP Investor Relations", """Dear Mr Tanaka,

Thank you for your patience during the process. Having reflected on the interviews with Mr Ishida and the board, we have concluded that we will not ask you to join us as Vice President, Investor Relations.

This was not an easy decision. We are sincerely grateful for your thoughtful preparation.

Respectfully,
Yuki Morimoto
Corporate Planning, Hoshida Industries"""),
m("Regulatory Counsel", """Hi Imran,

I hope you're well.

Following our conversation on the 12th, I wanted to let you know that the legal team has decided to pause the Regulatory Counsel hire until after the group restructuring completes, which is likely to take most of next year. This means we are closing the role and not progressing any candidates.

I'm sorry the timing worked out like this.

Kind regards,
Beatrice Ng
Head of Talent, Legal & Compliance"""),
m("Assistant Principal - Inner London", """Dear Kwame,

I'm afraid we haven't been able to offer you the role following Monday's interviews. It was the narrowest of margins.

I'll call you on Thursday to talk through the panel's notes, if that suits.

Warmly,
Denise"""),
m("Our decision", """Dear Dr Hoffmann,

You asked when you might hear. The answer, I'm sorry to say, is that the Committee has decided to invite a different candidate to join the Faculty. Thank you for being so patient.

Best wishes,
Dean's Office"""),
m("RE: Associate Director, Fund Operations", """Dear Mr Okoro,

Thank you for your application and interest in the Associate Director role with us.

We have now completed the interview process and regret to advise that on this occasion we will not be taking your candidacy forward.

Kind regards,
HR Business Partner

CONFIDENTIALITY NOTICE: This e-mail is intended solely for the addressee. Any views expressed are those of the author and do not necessarily represent those of the company."""),
m("RE: Research Associate (Epidemiology) - Tuesday's interview", """Dear Amaka,

Many thanks for coming in on Tuesday. The panel had a difficult choice between several well-qualified candidates and we have offered the post to someone whose statistical programming experience fitted the project's immediate needs slightly better. That candidate has accepted.

I would encourage you to keep an eye on our vacancies page, as we expect two further posts on the cohort study in the spring.

Best wishes,
Dr Philippa Rowe"""),
m("Partner role - Norwich office", """Dear Graham,

I've now had the chance to talk with the Managing Partner and with the Norwich team.

We all enjoyed our discussions with you, and there's great respect for what you've built at your current firm. Having gone through the numbers on the client base that would follow you, though, the partnership doesn't feel it can make the economics of a lateral partner work this year. We'll need to leave it there for now.

I do hope you understand, and I'd like to stay in touch.

Best,
Jeremy Oakes
Senior Partner"""),
m("Director, Country Office - Kenya", """Dear Mr Ochieng,

Thank you for participating in the selection process for Country Director, Kenya.

The interview panel has completed its deliberations and has recommended another candidate for appointment. The recommendation has been endorsed by the Regional Director.

We value the expertise you shared during your interview, particularly on cash-transfer programming, and encourage you to apply for future roles.

Best regards,
Global Talent Team"""),
m("Thank you from the Search Committee", """Dear Dr Obi,

Thank you for your interest in the position of Associate Professor of Nursing. The Search Committee has completed its review and has identified a candidate whose background aligns closely with our current programmatic priorities.

We appreciate the effort that went into your application and your visit to campus.

Regards,
Search Committee"""),
m("Business Analyst (SVA) application", """Dear Rohan,

Thank you for your patience.

After the interview with the Directorate, I regret to inform that your application for the post of Business Analyst was not selected. Many good applicants were there and the competition is strong.

We wish you good luck in future endeavours.

Regards,
Administration Section"""),
m("Re: Lead Physio, First Team", """Hi Lucy,

Really good to speak on Saturday and thanks for staying for the match. The gaffer and the Head of Performance want continuity through the rest of the season so they've decided to keep the current set-up as it is and not bring in a new Lead Physio until the summer. I'm sorry it's not better news, I know you'd have been brilliant.

Cheers,
Mark"""),
m("Application: Consultant Obstetrician", """Dear Dr Yusuf,

Please accept our thanks for your attendance at interview. I regret that you were not successful on this occasion.

Yours sincerely,

Medical Workforce"""),
m("Update on the Chair appointment", """Dear Dame Elizabeth,

I write with the Nominations Committee's thanks for the generous time you gave to our conversations over the autumn.

The Committee has recommended to the Board, and the Board has accepted, the appointment of Sir Anthony Rees as Chair. The public announcement will follow on 1 December; I would be grateful if you would keep this in confidence until then.

I know you would have brought great distinction to the role. I very much hope we may call on your counsel in other ways.

With warm regards,
Senior Independent Director"""),
m("Re: Writing Fellowship", """Dear Ines,

thank you for your patience. I'm so sorry - the fellowship went to another writer this year. We had 600 applications and the jury really loved your sample, if that's any consolation. Please do apply again.

Best,
Marta"""),
m("[Kestrel ATS] Status change: Closed - Not selected", """Candidate: Ahmed Farouk
Requisition: R-20981 Senior Actuarial Analyst
Status: Closed - Not selected
Disposition reason: Other candidate selected

This notification was generated automatically.""", headers=ATS),
m("Graduate Engineer - Process Safety", """Hi Tomasz,

Just letting you know where things stand after the assessment centre. We had more strong candidates than places and, unfortunately, we can't make you an offer this year. Please do apply again next September; you got very close.

Kind regards,
Early Careers Team"""),
m("Following up", """Dear Ms Fitzgerald,

I hope this finds you well.

Thank you for your email of last week and your continued enthusiasm. I must apologise for the silence; it's been a complicated few weeks here.

Our Director has since decided to restructure the communications function, and the Head of Communications post will not be filled in its advertised form. I know you were keen to hear and I'm sorry it took this long to say so.

Best wishes,
Natalie"""),
m("Re: Quantitative Researcher - final round feedback", """Hi Wei,

Thanks for doing the final round. The team's view was mixed: very strong on the stochastic calculus, less convinced on the coding round. We've decided not to move forward at this point.

Happy to reconsider in a year if you're still interested.

Daniel"""),
m("Decision regarding your application", """Dear Ms Fernández,

We thank you for your application to the position of Legal Officer at the Secretariat and for attending the interview in Geneva.

After due consideration, we inform you that another candidate has been selected.

Yours faithfully,
Human Resources Management"""),
m("Resident Assistant Conductor", """Dear Luca,

It was a pleasure to have you in front of the orchestra on Friday, and the players' feedback on the Brahms was generous.

Our music director has taken a little longer than expected, for which my apologies, and has decided to appoint Ms Okonkwo to the post.

I would love to have you back as a guest for our schools' concerts next season, if that's of interest.

Best regards,
Artistic Planning"""),
]
REJECTION += [
m("Re: Counsel, Disputes - Singapore", """Dear Wen Hui,

Thank you for meeting Philip and me. We've now completed interviews and the firm has decided to proceed with a candidate who has Singapore-qualified litigation experience. We won't be inviting you to the next stage.

Best regards,
Legal Recruitment, Asia"""),
m("Studentship", """Hi Omar, the funding panel ranked you fourth and we had three studentships, so I'm afraid it's a no this year. Really sorry. Let's talk about reapplying. Prof K"""),
m("Chief Operating Officer - Hartley Housing Association", """Dear Michael,

Following the final panel on Tuesday, I'm sorry to let you know that the Board has decided not to appoint to the COO role from this field. They intend to review the structure of the executive team before deciding whether to go back to market.

I recognise this is an unsatisfying outcome, and I am sorry after the considerable effort you put in.

Regards,
Sophie Aldridge
Director, Aldridge Board Search"""),
m("Re: Re: Clinical Psychologist Band 8a", """Hi Jen,

Sorry, I should have said in my earlier message - I meant to let you know that the post went to one of the other interviewees. Your answers on the risk scenario were excellent.

Best,
Ann

> Hi Ann, just checking whether there's any news on the 8a post? Thanks, Jen"""),
m("Position of Assistant Conductor", """We thank you for your participation in the audition. After the final round the jury has not selected you for the position. We wish you all the best.

Orchestra Office"""),
m("Managing Editor vacancy", """Dear Mr Adebayo,

We have now completed the selection process for the position of Managing Editor.

I'm sorry to tell you that, while the panel found much to admire in your editorial vision for the quarterly, they felt another candidate's experience with digital subscriptions better equipped them for the challenges we face.

I am grateful for your time, and for your candour about the journal's weaknesses, which we have taken to heart.

Sincerely,
Helen Marr
Chair of the Editorial Board"""),
m("Research Scientist - team decision", """Hi Ravi,

Thanks again for spending the day with the group and for the talk on protein folding. I'm sorry to say we've decided to offer the position to another applicant. I hope the conference season goes well.

Best,
Ursula"""),
m("Interview outcome - Senior Auditor, Office of the Auditor-General", """Dear Ms Tan,

Thank you for attending the interview for the position of Senior Auditor.

We regret to inform you that your application was not shortlisted for appointment. We will retain your application for six months and may contact you should a suitable opening arise.

Thank you for your interest in a career in the public service.

Human Resource Division"""),
m("Restructuring and your application", """Dear Lena,

As you may have read in the press, the Group announced a restructuring of its European operations yesterday. As part of this, all open external requisitions in the Munich office are cancelled with immediate effect, including the Head of Procurement role.

I personally regret this very much. Thank you for your engagement through three rounds.

Best regards,
Johannes Weber
HR Director Europe"""),
m("re: Chambers", """Dear Mr Lawal,

Following your mini-pupillage and interview, the committee have considered your application carefully but are not in a position to take it further for tenancy this year.

With kind regards,
Senior Clerk"""),
m("Thank you for interviewing for Associate Dean", """Dear Professor Gomez,

Thank you once again for your visit and for your engagement with the faculty and students.

I know you have been awaiting news. The Provost has accepted the committee's recommendation, and another finalist has been appointed Associate Dean for Research. The appointment will be announced in early December.

I am grateful for your candidacy and the perspectives you brought to our conversations.

With best wishes,
Provost's Office"""),
m("Re: Associate Dentist - Saturday", """Thanks for coming in Saturday Priya. We've decided to offer it to the other dentist who can start in January. All the best. Sanjay"""),
m("Your application for the role of Investment Director", """Dear Mr Whitaker,

We have been impressed with your background and enjoyed our conversations. That said, having completed interviews with the Investment Committee, we have decided to pursue other candidates who more closely match the profile we are seeking.

Thank you for your interest in Thornbury Partners.

Regards,
Thornbury Partners"""),
m("Graduate Trainee, Audit & Assurance", """Dear Hannah,

Thank you for completing your final interview with our Manchester office.

Unfortunately on this occasion your application has been unsuccessful. This decision is final and we are unable to reconsider applications within the same recruitment cycle.

You can apply to us again from September 2027.

Student Recruitment"""),
m("Re: Operations Director - a note", """Dear Fiona,

I wanted to drop you a line before you heard it second-hand.

We had a long discussion this morning. Everyone thought you were terrific; the thing that tipped it was the other finalist's background in multi-site clinical operations. So we've appointed her.

I've asked the team to keep you in mind for the new Head of Quality role we'll be creating next year.

All best,
Victoria Chen
Chief Executive, Lynwood Care"""),
m("Candidate update: Ms E. Petrova", """Dear Ms Petrova,

Thank you for your interest in the Financial Sector Specialist position and for taking the time to attend the panel interview.

We have carefully considered all candidates against the selection criteria. We regret to let you know that you have not been selected for appointment.

Due to the high volume of candidates we are unable to provide individual feedback.

Yours sincerely,
Talent Acquisition, Multilateral Bank"""),
m("Training contract - vacation scheme", """Dear Joshua,

Thank you for taking part in our summer vacation scheme. It was great having you with us.

We have now completed our training contract interviews. Unfortunately, we will not be making you an offer of a training contract on this occasion.

We know that this will be disappointing news.

Graduate Recruitment"""),
m("Re: Head of Strings", """Hi Tomás,

You'll remember I mentioned the governors were reviewing music provision. They've concluded we'll move to a peripatetic model from September and not appoint a Head of Strings. I'm sorry. This has nothing to do with your interview.

Jo Quinn
Director of Music"""),
m("Your SCS application", """Dear Alex,

Thank you for your time at the final panel for the Deputy Director, Trade Policy role.

The panel were impressed by your experience of trade negotiations. However, in the competitive field, another candidate demonstrated stronger evidence against the leadership criteria, and you have not been recommended for appointment.

The panel chair would be happy to give you feedback by phone.

Yours sincerely,
SCS Recruitment Team"""),
m("Re: Locum Consultant, Emergency Medicine", """Dear Dr Patel,

Thank you for your interest. The department has decided to extend the contract of the current locum for a further six months, so we will not be appointing to this post. I'm sorry for any inconvenience.

Best wishes,
Rota Coordinator"""),
m("An update from Penhallow Architects", """Dear Aoife,

We're writing to let everyone who interviewed for the Part II Architectural Assistant role know that we will not be hiring at this level this year. Our competition win was delayed by the client, and we must hold our current team size.

We're sorry to give this news so close to the holidays and wish you well in your search.

Penhallow Architects"""),
m("RE: Follow up on Tuesday", """Hi Chris

Thanks so much for the thoughtful follow-up note - I shared it with the team.

Unfortunately, we've decided to move forward with another candidate for the Senior Associate role. I know you'd hoped for a different answer. Please don't hesitate to apply to future roles that might suit.

Regards,
Naomi Feld
Recruiting, Blackwater Advisory

-----Original Message-----
From: Chris Dunmore
Sent: 18 November 2026 09:14
Subject: Follow up on Tuesday

Hi Naomi, thank you again for Tuesday. I remain very interested in the role and would love to know how the decision is progressing. Best, Chris"""),
m("Your recent interview", """Dear Mr Mbeki,

It was a pleasure to speak with you. Having considered your application further against the others on the shortlist, we do not intend to proceed. We hope you find a suitable role soon.

Best regards,
HR"""),
m("Fellowship in Hand Surgery 2027", """Dear Dr Nakamura,

Thank you for your application and interview for the Hand Surgery Fellowship. The fellowship committee has finalised the rank list and, regrettably, we are unable to offer you a position for the 2027-28 year.

The committee recognised your excellent microsurgical experience. We would encourage you to consider reapplying.

Sincerely,
Fellowship Program Director"""),
m("Re: Fund Accountant", """Good afternoon Sara,

Thank you for attending interview with us. I regret to advise you that we have decided not to offer you the position. I will keep your CV on file for similar opportunities.

Kind regards,
Eilis
HR Officer"""),
m("Director of Finance and Operations", """Dear Ms Okafor,

The trustees have now met following the final interviews. I am afraid that they have decided to appoint another candidate to the post of Director of Finance and Operations.

Thank you for your time and your interest in our school.

Yours sincerely,
Bursar's Office"""),
m("Re: Thank you", """Hi Ahmed,

Thanks for the note, much appreciated, and it was great meeting you too. We've made an offer to another candidate who has accepted, so the position is now closed. I'll let you know if anything similar comes up on the team.

Best,
Kate

> Dear Kate, thank you for the interview on Monday. I really hope to hear positive news. Ahmed"""),
m("Application status - Civil Service College", """Dear Mr Lim,

Thank you for your interest in the Senior Assistant Director position and for attending the interview.

After careful consideration, we regret that we are unable to progress your application further. We appreciate your interest in serving in the public service and wish you the best in your future endeavours.

Yours sincerely,
Human Resource Department"""),
m("Re: Director of Photography", """Max - we've gone with someone else for the shoot. Sorry mate, next time. F"""),
m("Application outcome", """Dear Dr Varga,

We have now considered all applications for the Wellcome-funded Postdoctoral Research Associate post. I regret to inform you that you were not selected for the post.

Best wishes,
Department of Biochemistry"""),
m("Season Ticket Sales Manager", """Hi Ryan,

Just a quick one to say thanks for your time and to let you know we won't be taking things any further on the Sales Manager role. We'd love you to come to a game as our guest sometime though!

Best,
Commercial Team"""),
m("Re: The Associate Professor position", """Dear Dr Khalil,

As you know, the search was suspended by the Dean in October pending the outcome of the budget review. I now have to tell you that the university has cancelled the search for this academic year. I apologise for how long it has taken to reach a conclusion.

Kind regards,
Department Chair"""),
m("Senior Analyst (EL1)", """Dear Charlotte,

Thanks for attending the assessment for Senior Analyst (EL1).

Following the panel's review, you have been assessed as suitable but not the most suitable candidate for the current vacancy. As such you have not been offered a position at this time; you will however remain on the merit pool for the next 18 months.

Kind regards,
Recruitment Team""", note="suitable and on a merit pool, but not offered this vacancy"),
]
REJECTION += [
m("Head of Pastry - Harcourt Street Hotel", """Dear Claire,

Thank you for coming in for the trial. Our Executive Chef has decided that the position will go to a pastry chef with hotel banqueting experience. We wish you well.

Regards,
People & Culture"""),
m("Associate Director of Admissions", """Dear Mr Fraser,

I hope you are well and that the term has been kind to you.

I write following your interview with the Headmaster and the Registrar. We had a very strong field. You will not be surprised, knowing the sector as you do, that these decisions often come down to fine margins; on this occasion the margin fell the other way. Please accept my thanks for your interest in the school.

Yours sincerely,
Registrar"""),
m("Re: Portfolio Manager interview", """Dear Elena,

thank you for meeting us in Zurich. We have discussed internally and decided that we will continue with another candidate. We keep your CV in our files, if you agree.

Kind regards
Urs Baumann"""),
m("Senior Lecturer in Law", """Dear Dr Chikwanha,

Thank you for attending interview for the post of Senior Lecturer in Law. I am writing to let you know that the panel has decided not to appoint you to this post. Feedback is available from the Chair of the panel on request.

Yours sincerely,
HR Services"""),
m("Your audition", """Dear Mr Pereira,

Thank you for your audition for Principal Oboe. The panel has decided not to invite you to the final round.

Kind regards,
Auditions Coordinator"""),
m("RE: RE: Graduate Surveyor - any news?", """Hi Katie,

Apologies for the slow reply. I'm afraid the decision went against you - we've taken on two graduates from the summer placement scheme. Really appreciated your enthusiasm.

Best,
Rob

> Hi Rob, I wondered if there was any news on the graduate surveyor role? Many thanks, Katie"""),
m("Deputy Chief Executive", """Dear Mrs Ibekwe,

Further to your recent interview, I regret to inform you that the Panel concluded that other candidates more closely met the person specification.

Yours sincerely,

Director of People"""),
m("Thank you, and a difficult update", """Dear Ji-woo,

Thank you so much for your patience over the last month, and for the presentation to the research committee, which was excellent.

I have been putting off writing this, which is unfair to you. The institute's core grant has been cut by a fifth for 2027, and the Board has frozen all new research posts, including the one we discussed. I am very sorry. I would be happy to recommend you to colleagues in Seoul and Singapore.

Yours,
Prof. Hana Kim"""),
m("Decision - Paralegal role", """Dear Ms Ruiz,

Thanks for interviewing. We've offered the paralegal role to someone else.

Regards,
Office Manager"""),
m("Re: Board Trustee - Finance", """Dear Nigel,

Thank you for your interest in joining our Board and for meeting the Chair and me.

The Nominations Committee has now concluded its process. We received applications from an unusually strong group, and after careful consideration, the Committee has recommended two other candidates whose skills fill specific gaps in the Board's current composition.

With sincere thanks,
Company Secretary"""),
m("Assistant Professor, Marketing - decision", """Dear Dr Suzuki,

Thank you for your interest in our Assistant Professor position in Marketing. We regret to inform you that the position has now been filled. We appreciate your participation in the fly-out and wish you every success.

Best regards,
Faculty Recruiting Office"""),
m("Following the interview", """Dear Arjun,

thanks so much for taking the time to interview for the Associate Consultant role. It was great to meet you.

After careful consideration we have decided to proceed with candidates whose profiles are closer to what we need, and we are not able to move forward with your application.

Good luck in your search!

Monika
Talent Acquisition, Bergmann Strategy Partners"""),
m("Foundation Year 2 standalone post", """Dear Dr Chowdhury,

We are sorry to inform you that you have not been successful in your application for the FY2 standalone post at St Jude's. The post has been offered to the highest-scoring candidate.

Kind regards,
Postgraduate Centre"""),
m("Re: Re: Library role", """Dear Marcus

Forgive me, I thought I'd already written. We appointed to the post last Friday. Thank you for applying, and for your patience.

Best wishes
Ruth
College Librarian"""),
m("Executive Director, Pacific Region", """Dear Lani,

I am writing to follow up on your final interview.

It will come as no secret that we have spent some time weighing up the candidates. After reflecting on all the feedback and references, we have concluded that you are not the person we are looking for at this stage of the organisation's development. This reflects our needs rather than any shortcoming on your part.

With gratitude,
Chair, Recruitment Sub-Committee"""),
m("Associate, Credit Research", """Hi Ben,

Unfortunately we won't be continuing with you for the Associate role. The decision was made to hire someone with a high-yield background. Best of luck.

Charlotte | HR"""),
m("Application reference: RCV-2291", """Dear Dr Gallagher,

Thank you for attending the interview for the post of Veterinary Surgeon (Equine) at Carrowmore Equine Hospital. The panel has decided to appoint another applicant.

Yours sincerely,
Hospital Administrator"""),
m("Re: Assistant Producer", """Hi Leah,

Thanks for being so patient. I'm sorry to say you didn't get the Assistant Producer job this time. There were over 300 applicants and you were in the final four, which is no small thing.

Best,
Gemma
Producer, Northern Lights Theatre Company"""),
m("Your application: Senior Policy Officer, Australian Public Service", """Dear Jonathan,

Thank you for participating in the recent selection process.

The delegate has approved the panel's recommendation. Unfortunately you have not been recommended for this position. The outcome will be published in the Public Service Gazette.

Regards,
Recruitment"""),
m("Re: Medical Director", """Dear Dr Okoye,

I write to thank you for your time at the Stakeholder and Board panels. The Board has confirmed another appointment. We have valued your candidacy.

Sincerely,
Company Secretary"""),
m("Update on Junior Associate role", """Hello Sofia,

I'm sorry to share that we've decided to close the Junior Associate role. The practice group has seen a drop in instructions, and the partners decided not to add to the team this year.

Thank you for your time, and all the best.

Kind regards,
HR"""),
m("Re: next steps", """Hi Jamal,

Thanks for following up. I wish I had better news - the hiring manager has chosen to keep the search open and look for candidates with deeper experience in clinical trials. So we won't be progressing your application.

I appreciate your patience.

Lisa
Recruiter"""),
m("Your Fulbright postdoc interview", """Dear Dr Eze,

I hope you are well. I am sorry to write to let you know that the lab's bid for the postdoctoral position was not approved by the funder, so I will not be able to host you next year as we discussed. I truly wish it had gone differently.

Warm regards,
Prof. Johanna Berg"""),
m("Follow-up from our conversation - Non-Executive Director", """Dear Mr Hughes,

Thank you for meeting with the Chairman and the Chair of the Audit Committee. Your experience in the energy sector was highly valued.

After consultation with the Board, we have decided to proceed with a candidate whose audit committee experience is more recent.

Yours sincerely,
Whitmore Board Practice"""),
m("Re: Principal Consultant (Hydrology)", """Hi Oisín,

Good to chat this afternoon. As I mentioned on the call, we're going to leave it here for the Principal role - the team wants someone who's led Irish flood relief schemes. I'll keep you posted if a Senior role comes up.

Cheers,
Ger""", note="the outcome was given on the call; the mail only confirms it"),
m("Re: Ballet Mistress", """Dear Madame Laurent,

On behalf of the Artistic Director, thank you for taking class with the company. We have appointed from within the company on this occasion.

With warm wishes,
Company Manager"""),
m("Statistician (Grade 7) - interview outcome", """Dear Ms Turner,

Thank you for attending the interview for Statistician (Grade 7).

The panel has now considered all candidates. Unfortunately, your score did not meet the required standard and you will not be offered a post in this campaign.

Civil Service Resourcing""", headers=ATS),
m("Head Coach - Women's First Team", """Dear Karen,

Thank you for the energy and thought you brought to the process. We're sorry to tell you that the club has appointed a Head Coach with experience in the WSL.

Please keep in touch with Sarah in the Academy; there may be opportunities there.

Regards,
Director of Football"""),
m("Interview result - Chartered Accountant", """Dear Mr Verma,

With reference to your interview held on 12th November 2026 for the post of Chartered Accountant, we regret to inform you that you have not been selected.

Thanking you,
HR Department
Pattabhiram & Associates"""),
]
OFFER = [
m("Pupillage 2027-28", """Dear Mr Ashworth,

I am delighted to tell you that, following your second round interview, the Pupillage Committee would like to offer you pupillage at Gresham Lane Chambers commencing in October 2027.

The pupillage award is £65,000, of which up to £20,000 may be drawn down during the BPTC/Bar Course year. The offer is made subject to your successful completion of the vocational component and to the usual checks.

Please let me know within 14 days whether you wish to accept. Offers are made in accordance with the Pupillage Gateway timetable.

With warm congratulations,
Ruth Osei KC
Chair, Pupillage Committee"""),
m("Re: Consultant Radiologist", """Dear Dr Mahmoud,

Following the Advisory Appointments Committee yesterday, I am pleased to confirm that the Committee recommended your appointment to the post of Consultant Radiologist, and the Trust Board has ratified this.

The appointment is conditional on satisfactory pre-employment checks, including occupational health clearance, DBS and references. Medical Staffing will send a formal contract within ten working days.

Congratulations, and welcome.

Yours sincerely,
Dr Simon Clarke
Medical Director"""),
m("Great news", """Hi Joanna,

The partners met this morning - we'd love you to join us as a Senior Associate. I'll call this afternoon with the details but wanted you to hear it first in writing.

Paul"""),
m("Appointment: Lecturer in Computational Linguistics", """Dear Dr Rossi,

I am very pleased to inform you that the interview panel has recommended you for appointment to the post of Lecturer in Computational Linguistics (Grade 8, £48,822 - £57,696). The starting salary will be £51,753.

This offer is subject to satisfactory references, proof of your right to work in the United Kingdom, and health clearance. The formal contract will follow from HR.

I look forward very much to welcoming you to the department.

Yours sincerely,
Professor Eleanor Hughes
Head of Department"""),
m("Your training contract", """Dear Amelia,

Congratulations! I'm delighted to confirm that we would like to offer you a training contract with Fairbrother Lyle LLP, commencing September 2028.

Your offer letter, which sets out the terms including SQE sponsorship and maintenance grant, is attached. Please read it carefully and return the signed acceptance within four weeks.

We look forward to welcoming you.

Graduate Recruitment Team"""),
m("Re: Head of Mathematics", """Dear Ms Obuya,

Thank you for coming in yesterday. I'm thrilled to say that the panel were unanimous and we would be delighted if you would accept the post of Head of Mathematics from 1 April, subject to references and enhanced DBS.

Could you let me know by Friday whether you'd like to take it?

Warm regards,
Alan Rhodes
Headteacher""", note="the offer asks for an answer by Friday; still an offer"),
m("CFO mandate - the board's decision", """Katrin,

Good news. The board voted unanimously this morning to appoint you as CFO. Package as discussed: base EUR 420k, 60% target bonus, LTIP at 120% of base, start at latest 1 April. Formal letter from their General Counsel to follow, subject to the usual background checks.

Congratulations. Call me when you surface.

Alistair"""),
m("Welcome to Brookfield!", """Hi Ellie,

We'd love you to join the team as our new small animal vet! Four days a week as you asked, £46k pro rata, CPD allowance of £1,500 and your RCVS fees paid. Start date flexible around your notice.

Let me know what you think and I'll get the paperwork sorted.

Dan"""),
m("Postdoctoral Research Associate - offer", """Dear Kofi,

I'm delighted to say I would like you to join the group as a Postdoctoral Research Associate for 24 months from 1 February 2027, on Grade 7 spine point 32.

HR will be in touch with the formal paperwork; the appointment will be conditional on the usual references and right-to-work check. Please take a few days to think it over and let me know.

Best,
Jonas"""),
m("Associate - Strategy practice", """Dear Jessica,

On behalf of Calder & Voss, I am delighted to extend to you an offer to join our London office as an Associate.

Your base salary will be £95,000, with a signing bonus of £10,000 and a performance bonus of up to 25%. Full details are in the attached letter. We'd like to hear from you by 11 December.

Please do reach out with any questions - your recruiting coordinator and I are here to help.

Warm regards,
Recruiting Team"""),
m("Tenure-track position", """Dear Dr Liang,

It gives me great pleasure to write, on behalf of the faculty, to invite you to join the Department of Chemical Engineering as an Assistant Professor on the tenure track, effective 1 August 2027.

The terms of appointment, including a nine-month salary of $128,000, summer support for two years, and a start-up package of $850,000, are described in the enclosed letter. The appointment is subject to approval by the Board of Regents, which is normally a formality.

We hope very much that you will accept.

Sincerely,
Prof. Martin Ochs
Department Chair"""),
m("Re: Director of Development", """Dear Thomas,

I'm so pleased to write this. The trustees have asked me to invite you to become our Director of Development. We're proposing a salary of £78,000 plus the pension and leave I described at interview.

Do have a think over the weekend and let me know if you'd like to talk anything through.

Warm regards,
Miriam"""),
m("Executive Officer - Stage 3 outcome", """A chara,

I am pleased to inform you that you have been successful at interview and you have been placed on the panel in position 7 for the Executive Officer competition.

We are now in a position to offer you an appointment to the Department of Social Protection, subject to clearance. Please complete the attached forms and return them within five working days.

Is mise le meas,
Recruitment Unit""", note="placed on a panel and then offered an appointment"),
m("Senior Editor", """Dear Hugo,

Well, you've worn us down. We'd like you to be our Senior Editor, Non-Fiction. £58,000, four days in the office, starting whenever you can get free of your current list. I'll send the letter tomorrow.

Clara"""),
m("Research Fellow (Climate Finance)", """Dear Mr Ansah,

Further to your interview, I am pleased to offer you the position of Research Fellow on a fixed-term contract of 24 months, at a gross annual salary of EUR 56,400. This offer is conditional upon receipt of two satisfactory references.

Please find attached our standard contract and a summary of benefits.

With best wishes,
Director, Meridian Institute"""),
m("Congratulations - Analyst Programme", """Dear Olumide,

Congratulations! Following your Superday, we are pleased to extend an offer to join our Investment Banking Analyst Programme in London, starting July 2027.

Your formal offer pack, including compensation details, will be sent to you via our candidate portal in the next few days. You will have until 15 January to accept.

Campus Recruiting | EMEA"""),
m("Re: Dental Associate", """Hi Dr Shah,

We'd like you to come and work with us. Three days, 50% of gross, lab fees split. Start February. Happy to chat it through but hope you'll say yes!

Louise"""),
m("Engineering Manager - Structures", """Dear Mr Kowalczyk,

I'm very pleased to let you know we'd like to appoint you as Engineering Manager in our Bristol office. The package is £82,500, 10% car allowance, private medical and our standard pension.

The appointment is conditional on satisfactory references and verification of your chartership. I'll ask HR to issue the contract.

Best regards,
Dominic Harte"""),
m("Programme Officer, P-3", """Dear Ms Njoroge,

We are pleased to inform you that, following the selection process, you have been selected for the post of Programme Officer (P-3), Nairobi.

This offer of appointment is subject to medical clearance and reference verification. Please confirm your availability within ten days.

Recruitment Section"""),
m("Principal Policy Officer - outcome", """Dear Ms Cheng,

Congratulations. The delegate has approved the panel's recommendation and you are the successful candidate for Principal Policy Officer, APS Level 6.

Your engagement is subject to a satisfactory police check and a Baseline security clearance. The HR team will contact you shortly about your start date.

Regards,
People Branch"""),
m("Offer of employment - Tax Manager", """Dear Ms Kapoor,

We are pleased to offer you the position of Tax Manager, Private Client, at Aldgate & Mercer, commencing on a date to be agreed.

Salary: £72,000 per annum
Holiday: 28 days plus bank holidays
Pension: 6% employer contribution
Probation: six months

This offer is conditional on receipt of two satisfactory references and evidence of your ACA/CTA qualifications. Please sign and return one copy of this letter.

Yours sincerely,
Human Resources Department"""),
m("Re: PhD Studentship", """Dear Layla,

I'm delighted to tell you that the panel has agreed to fund your doctoral project for three and a half years (UKRI stipend plus fees). The formal letter will come from the Graduate School, conditional on your MSc result.

Very much looking forward to working with you.

Best wishes,
Ruairí"""),
m("The Director position", """Dear Dr Bergström,

I wanted to tell you before the formal letter reaches you: the appointment committee has decided to ask you to lead our Energy Security programme as Director.

The terms will follow from HR. I very much hope you'll say yes.

Sincerely,
Director of Research"""),
m("Head of Academy Coaching", """Craig,

Delighted to say the Academy Manager and Sporting Director want you as Head of Academy Coaching. Contract on the table: £64k, two years, car and kit. Subject to the club's safeguarding checks and your UEFA A licence verification.

Ring me.

Gareth"""),
m("Re: Research Associate (Epidemiology)", """Dear Amaka,

Following your interview, I'm pleased to say the panel would like to appoint you to the Research Associate post. The salary is £40,497 on Grade 6, fixed-term for 30 months.

HR will write to you with the formal paperwork, which will be subject to references and right-to-work checks. Could you let me know whether you wish to accept?

Best wishes,
Dr Philippa Rowe"""),
m("Country Director, Kenya", """Dear Mr Ochieng,

I am delighted to inform you that the interview panel has recommended you for the role of Country Director, Kenya, and that the Regional Director has endorsed this recommendation. We would like you to start on 1 March 2027.

An offer letter detailing salary, housing allowance and contract terms is attached. Please confirm your acceptance by 10 December.

Best regards,
Global Talent Team"""),
m("Re: Lead Physio", """Lucy - change of heart upstairs. Gaffer wants you in before January after all. Same terms we discussed. Can you start on the 4th? Mark""", note="terms were discussed before; this is the job being given"),
m("Associate Director of Admissions", """Dear Mr Fraser,

I am pleased to confirm that the Headmaster would like to appoint you as Associate Director of Admissions with effect from the summer term. This appointment is subject to satisfactory references, an enhanced DBS check and the school's safer recruitment procedures.

Your contract and staff handbook will be sent separately.

Yours sincerely,
Bursar"""),
m("Senior Fellow, Indo-Pacific", """Dear Ms Takahashi,

We are very happy to confirm that our Board has approved your appointment as Senior Fellow, beginning in January. The remuneration and research budget are as proposed in our letter of 3 November.

With warm regards,
President"""),
m("[DRAFT - please review] Your offer letter", """Dear Nikhil,

Attached is a draft of your offer letter for the VP, Fixed Income role, which the team has approved. Before we issue the final version via DocuSign, please check that the start date, notice period and relocation allowance are as agreed on our call.

Best,
Sophie
HR Business Partner"""),
m("Welcome to the Orchestra", """Dear Anna,

The audition committee and the section have voted, and it is my great pleasure to offer you the position of Tutti Second Violin with the Philharmonia, on a one-year trial leading to tenure. Your starting salary will be as per the national agreement, at the tutti rate.

Please confirm your acceptance in writing.

With warm regards,
Orchestra Director"""),
m("Re: Re: Head of Pastry", """Claire - Chef says yes. Start the 2nd? Paperwork from HR tomorrow. Welcome aboard. Marta""", note="'Chef says yes' to the candidate for the role"),
m("Fellowship in Paediatric Surgery", """Dear Dr Alvarez,

On behalf of the Fellowship Committee, it is my pleasure to offer you a position in our Paediatric Surgery Fellowship for 2027-2028.

This offer is contingent on obtaining full medical registration and the relevant visa; our office will support you with both. Please respond via the portal within two weeks.

Sincerely,
Fellowship Program Director"""),
m("Partner - Norwich office", """Graham,

Quick note ahead of the formal paperwork: the partnership has voted to invite you to join as an equity partner from 1 May. I'm thrilled. Let's talk through the capital contribution and the transition of your clients next week.

Jeremy""", note="partner admission by vote; effectively the offer of the role"),
m("Your visit and a proposal", """Dear Dr Okafor,

It was a delight to have you in Vienna. I am now in a position to propose that you join the Institute as Head of the Health Economics Unit, on a permanent contract at Level P5 equivalent, with an initial term of five years.

I enclose the terms and ask that you confirm your interest by the end of the month, after which the Secretariat will issue the formal letter of appointment.

Yours sincerely,
Director General"""),
m("Congratulations - Graduate Engineer", """Hi Tomasz,

Great news! We're delighted to make you an offer for our Graduate Engineer - Process Safety scheme, starting September 2027. Your offer letter is attached along with our graduate handbook.

Congratulations!
Early Careers Team"""),
m("Re: Chief Operating Officer", """Dear Michael,

Further to my call earlier today, I'm writing to confirm that the Board of Hartley Housing Association has agreed to appoint you as Chief Operating Officer.

The headline terms are a salary of £145,000, 10% employer pension contribution, and a six-month notice period. Appointment is subject to references and a basic DBS check. The Chair will write to you formally on Monday.

Congratulations - a tremendous outcome.

Sophie Aldridge"""),
m("Re: Assistant Principal", """Dear Kwame,

Such good news to share. The panel met again this morning after one candidate withdrew and we would like you to join us as Assistant Principal from January.

I'll call after school to talk it through.

Warmly,
Denise"""),
]
OFFER += [
m("Statistician (Grade 7) - provisional offer", """Dear Ms Turner,

Congratulations. We are pleased to make you a provisional offer for the role of Statistician (Grade 7), subject to pre-employment checks.

Please log in to your Civil Service Jobs account to accept or decline this provisional offer within 5 working days.

Civil Service Resourcing""", headers=ATS),
m("Registrar post - St Clare's", """Dear Dr Ng,

Thank you for attending the interview on Wednesday. I am pleased to confirm that you have been selected for the Specialty Registrar post in Geriatric Medicine, commencing 1 February 2027.

Your appointment is subject to satisfactory occupational health clearance and references. Please confirm acceptance to Medical Staffing.

Kind regards,
Clinical Director"""),
m("Re: the Associate Architect role", """Mateo,

Well, things have changed. The Kings Cross scheme has come through and we need someone of your calibre. Would you still be willing to join as an Associate? Same package we talked about, start in January.

Freya""", note="re-offers the role previously paused; phrased as a question"),
m("Appointment letter", """Dear Mr Rao,

With reference to your interview held on 14.11.2026, we are pleased to appoint you as Assistant Manager (Audit) in our Mumbai office on a CTC of INR 14,50,000 per annum.

You are requested to report for duty on or before 4 January 2027 along with the original documents listed in the annexure. This appointment is subject to verification of your credentials.

Yours faithfully,
For Mehta Kulkarni & Co.
Partner"""),
m("Publishing Assistant - yes!", """Hi Grace,

Just got off the phone with Simon - he'd love you to join the team. It's the £29,500 we discussed, hybrid, starting 6 January. I'll send the contract over Monday. Congratulations!

Best,
Tash"""),
m("Your appointment as Headteacher", """Dear Mrs Kowalski,

On behalf of the Governing Board of Ashford Primary School, I am delighted to confirm your appointment as Headteacher with effect from 1 September 2027, on the leadership pay range L18-L24, starting at L20.

This appointment is subject to the completion of all safer recruitment checks. The Local Authority's HR service will be in touch regarding your contract.

Please accept my warmest congratulations.

Yours sincerely,
Chair of Governors"""),
m("Re: Equity Research Associate", """Hi Jun,

Things have moved - the internal transfer fell through. If you're still interested, the seat is yours. Same comp as discussed. Let me know by Wednesday.

Mei Ling"""),
m("Assistant Producer", """Hi Leah,

Guess what. Our first choice has had to withdraw for family reasons and we'd love to offer you the Assistant Producer role. Still keen? £27,000, 12-month contract, starts 5 January.

Gemma"""),
m("Director of Football - contract", """Dear Mr Hernández,

Further to our meetings in Madrid and here, the Board has approved your appointment as Director of Football on the terms set out in the enclosed heads of terms. We require your signature and the completion of the league's Owners' and Directors' Test before any announcement.

Yours sincerely,
Chief Executive"""),
m("Clinical Psychologist (8a) - conditional offer", """Dear Jennifer,

I am pleased to confirm a conditional offer of employment for the post of Clinical Psychologist, Band 8a, at a salary of £53,755 per annum.

This offer is conditional upon satisfactory references, occupational health clearance, DBS and HCPC registration verification. Please confirm whether you wish to accept via TRAC.

Recruitment Team""", headers=ATS),
m("Re: Quant Researcher", """Wei - team reconsidered after your extra coding sample. We'd like you on board. Base 180k, guaranteed first year bonus 100k. Letter tonight. Daniel"""),
m("Lecturer in Law", """Dear Dr Chikwanha,

I'm writing with very good news. Following the panel's discussion, we wish to appoint you to the post of Lecturer in Law, starting 1 September. The formal letter will follow, but I wanted to let you know straight away.

Best wishes,
Professor Diane Holmes
Dean of the Law School"""),
m("Your fellowship place", """Dear Yusra,

We are thrilled to let you know that the jury has selected you as our 2027 Writing Fellow. The fellowship includes a stipend of €18,000, a studio in the Residency for six months, and a launch event in the autumn.

Please confirm that you accept by 15 December.

Warmly,
The Fellowship Committee"""),
m("Re: CHRO appointment - confidential", """Dear Priyanka,

The Remuneration Committee approved the package this morning and the Chair has asked me to make the formal approach on his behalf: they would like you to join as Chief People Officer.

Base: SGD 620,000; short-term incentive up to 50%; deferred share award as per plan rules; relocation support from Sydney.

This remains subject to the completion of references and the Board's formal resolution on 2 December.

With best wishes,
Wen Jie Lau
Partner, Ardent Leadership Advisors"""),
m("Re: Senior Counsel", """Dear Imran,

I am very glad to be writing to you again. The restructuring has concluded sooner than anyone expected, and I can now confirm the firm's offer of the Regulatory Counsel role, on the terms we discussed in October.

Best,
Beatrice"""),
m("Junior Fellow position", """Dear Dr Adebayo,

I'm pleased to inform you that the Fellows have elected you to a Junior Research Fellowship at the College for a term of three years from 1 October 2027. The Fellowship includes a stipend, rooms in college, and dining rights.

Election is subject to your acceptance of the College Statutes.

Yours sincerely,
The Master""", note="'elected' to a fellowship; an offer without the word"),
m("Following your interview - Audit Senior", """Hi Priya,

Great news - we'd like to welcome you to the team as an Audit Senior! £48,000 plus study support. Your contract will come from HR once your references are in.

Best,
Mark"""),
m("Re: Business Analyst", """Dear Rohan,

With reference to your interview, we are happy to inform you that you have been selected for the post of Business Analyst. Kindly confirm your joining date at the earliest.

Regards,
HR Department"""),
m("Executive Chef", """Dear Mr Fontaine,

Following your tasting and meetings with our owners, we have great pleasure in asking you to take up the post of Executive Chef at the Château, from 1 March.

The package will be as set out in the attached heads of terms.

Sincerely,
General Manager"""),
m("Associate Consultant - offer", """Hi Arjun,

Congratulations! The team would like to make you an offer for Associate Consultant in Frankfurt. Please find the contract attached. We're excited to have you.

Monika"""),
m("Re: Research Software Engineer", """Hi Zoe,

I'm delighted to confirm that we're able to appoint you to the Research Software Engineer post. HR will issue a contract once they have your references. As for the start date you asked about - 1 February would be fine.

Best,
Nils"""),
m("Re: Director position - decision", """Dear Ms Diallo,

Thank you for your patience during our deliberations. I am pleased to confirm that the Executive Committee has chosen you as Director of Programmes.

We will be in touch with a contract on the terms previously outlined, subject to a satisfactory security vetting.

Sincerely,
Secretary-General"""),
m("Welcome to Whitehall Dental", """Dear Dr Amin,

It was lovely to have you in on Saturday and all the team was charmed. We are delighted to offer you the associate position, with an expected start date of 3 February. Your contract is attached and we will arrange your indemnity transfer.

Kind regards,
Practice Owner"""),
m("Re: Junior Doctor (Clinical Fellow)", """Dear Dr Chowdhury,

Thank you for attending the interview for the Clinical Fellow post. I am happy to tell you that we would like to appoint you to the post, subject to pre-employment checks.

Kind regards,
Medical Staffing"""),
m("Following our lunch", """Dear Catherine,

Thank you again for lunch on Thursday. I spoke to the rest of the Board at the weekend and I'm pleased to say they are unanimous in wanting you as our next Chair, should you be willing.

I would propose we speak to the Nominations Committee formally in early December.

Yours sincerely,
Senior Independent Director""", note="unanimous board wish and a formal step to come; arguably still an offer"),
m("Assistant Professor in Marketing", """Dear Dr Suzuki,

I'm delighted to report that the faculty voted yesterday to offer you the position of Assistant Professor of Marketing. The Dean's Office will send you a formal letter with salary, research budget and teaching load details this week.

Sincerely,
Area Coordinator"""),
m("Re: Stage Manager - winter season", """Hi Bea,

The director loved you. We'd like you as SM for the winter season, 10 weeks from 5 Jan, ITC rates. Let me know asap?

Ruth"""),
m("Your new role", """Dear Tarik,

I'm really pleased to confirm that you've been successful in your application for the position of Senior Associate, Financial Services Advisory. Our HR team will send you a contract next week.

Kind regards,
Partner"""),
m("Re: Tuesday's interview - Equine Vet", """Hi Niamh, thanks for coming down. The job's yours if you want it. Sorting contract Monday. Conor""", note="very short, no word offer"),
m("Position on the Research Council", """Dear Professor Mehta,

On behalf of the Minister, I am pleased to invite you to accept appointment as a member of the National Research Council for a term of three years from 1 January 2027, subject to the completion of the conflict of interest declaration.

Yours faithfully,
Council Secretariat"""),
]
REPLY = [
m("Re: Thank you for today", """Dear Ms Adeyemi,

Thank you for your kind message. It was a pleasure to meet you too, and I'm glad you enjoyed the tour of chambers.

With best wishes,
Helena Marsh

> Dear Ms Marsh, thank you for today's interview. I very much enjoyed the advocacy exercise and the chance to see chambers."""),
m("Re: Question about the role", """Hi Sam,

Good question. The team does mostly mid-market work, deal sizes between £50m and £300m, with a fair amount of cross-border. Happy to discuss more on the next call.

R"""),
m("Re: parking", """Yes, there's visitor parking behind the main building. Just give your name at the barrier. Siobhán"""),
m("Re: Lecturer - teaching load", """Dear Dr Pellegrini,

Thanks for your question. New lecturers carry a reduced load in the first year - normally two modules rather than three - and every member of staff has one term of research leave in seven. I hope that helps.

Best wishes,
Anne"""),
m("Re: Re: Your talk", """Kofi, I've sent the slides to the group, they're keen to read the preprint too. Will forward any questions. J"""),
m("Re: Expenses", """Dear Dr Feldman,

Thank you for sending your receipts. Reimbursement of your travel for interview should reach your account within 15 working days.

Kind regards,
Medical Staffing"""),
m("Re: following up", """Dear Ms Fitzgerald,

Thank you for your patience and I'm sorry I've been so slow to reply. It's been a frantic fortnight with the annual report. I'll be in touch properly soon.

Best wishes,
Natalie"""),
m("Re: Offer of a coffee", """Hi Nadia,

Would love to. I'm in town on the 3rd - how about Caravan at 10? No agenda on my side, just a chance to hear more about what you're looking for.

Tom""", note="'offer' in subject refers to coffee"),
m("Re: Thanks!", """Not at all - enjoyed the conversation. Good luck with the rest of your search. Henrik"""),
m("Re: A quick question about the written exercise", """Dear Ciara,

You can use any statute books provided on the day, but no personal notes. The exercise is 90 minutes. Good luck.

Graduate Recruitment"""),
m("Re: Conference in Lisbon", """Hi Layla,

Yes, I'll be at the computational neuroscience meeting in March too. Let's find time for a coffee there, whatever happens with the studentship. I'd be interested to hear how your modelling work is going.

Ruairí""", note="mentions the pending studentship in passing"),
m("Re: Introduction", """Dear Katrin,

Thank you for the introduction to Mr Berger. I'll reach out to him this week - a very useful lead.

Best regards,
Alistair"""),
m("Re: Book recommendation", """Ha, yes, that's the one. 'The Pragmatic Architect'. Chapter 4 is the relevant bit. Enjoy! Freya"""),
m("Re: my earlier email", """Dear Thomas,

No need to apologise - I saw your message about the decision and completely understand. Let me know if you'd like to talk things through at any point.

Miriam

> Dear Miriam, I am writing to let you know that I have decided to accept an offer from another organisation and would like to withdraw my application. Apologies for the short notice. Thomas""", note="candidate withdrew; quoted mail has offer and decision"),
m("Re: Interview on Monday", """Hi Priya,

Yes, business casual is fine. Mark and Jo are both very relaxed. See you then.

Amira"""),
m("Re: Research Fellow question", """Dear Mr Ansah,

The Fellowship is based in Dublin but staff may work remotely up to two days a week. Hope this answers your question.

HR"""),
m("Re: Re: Thank you", """You're very welcome, Olumide. Genuinely a pleasure to chat. Take care."""),
m("Re: Visit", """Hi Dr Shah,

The practice is on the first floor above the pharmacy, and there is a lift. Looking forward to seeing you.

Louise"""),
m("Re: Your presentation slides", """Dear Dr Bergström,

Thank you for sending the slides. I've circulated them to colleagues who couldn't attend the seminar.

Sincerely,
Director of Research"""),
m("Re: Thank you for hosting me", """Dear Dr Liang,

Thank you so much for your gracious note. It was our pleasure, and the students are still talking about your work on catalysis. I'll pass your thanks on to Prof. Ochs.

Warmly,
Karen"""),
m("Re: Feedback request", """Hi Chris,

Happy to. The main point was that your answers on cross-functional stakeholder management were strong, but the panel wanted more specifics on measurable outcomes. Hope that helps for next time.

Naomi

> Hi Naomi, I was disappointed to hear I was unsuccessful, but would be grateful for any feedback. Chris""", note="feedback after an earlier rejection; the quoted mail says unsuccessful"),
m("Re: Salary question", """Hi Jun,

The role is banded at the junior associate level; I can't give exact figures over email, but it's competitive with peer firms. Let's discuss on the call.

Mei Ling"""),
m("Re: Open day", """Dear Ms Walcott,

Yes, you'd be very welcome at the open evening on the 4th, whatever happens with your application. It starts at 6pm in the main hall.

Clerk to the Governors"""),
m("Re: Referees", """Dear Dr Raman,

Thanks for checking - we don't need to hear from referees until after the process has concluded. No action needed for now.

Recruitment Team"""),
m("Re: Congratulations on the award", """Thanks so much, Elena! It was a great night. And good luck with your own interviews - I hear Zurich is a busy market at the moment. Urs"""),
m("Re: Re: Interview notes", """Hi Wei, I'm afraid we can't share the interviewers' notes, but I can arrange a short debrief call with Daniel if useful. Let me know. Sophie, Recruiting"""),
m("Re: Thanks for the tour", """Dear Mr Ó Briain,

It was my pleasure. The Year 10 lab is our pride and joy. Safe travels home.

Siobhán"""),
m("Re: The ethics review", """Dear Amaka,

Good question. The cohort study received full ethics approval in 2024 and the amendment for the new arm is under review. Nothing for you to worry about at this point.

Best wishes,
Philippa"""),
m("Re: Apologies", """No problem at all, Dr Eze - these things happen. Hope your flight was OK. Let's pick up next week. Johanna"""),
m("Re: Photos from the match", """Haha, cheers Lucy - I've forwarded to the comms team. Great day out. Mark"""),
m("Re: Re: Our conversation", """Dear Graham,

Thanks for your note. I completely agree that we should keep talking about the Norwich market, whatever we decide about the role. I'll have my PA find us a slot for lunch in January.

Jeremy""", note="speaks of a decision still to come only in passing"),
m("Re: Mini-pupillage", """Dear Mr Lawal,

Thank you for your email. Mini-pupillage applications open in January and are made through our website.

Senior Clerk"""),
m("Re: Confidentiality", """Dear Dame Elizabeth,

Of course. I can assure you that your candidacy is known only to members of the Nominations Committee and to our search consultants.

With warm regards,
Senior Independent Director"""),
m("Re: pension question", """Hi Jessica,

Good question - employer contribution is 8% and matches up to 4% more if you contribute. Our benefits team can give you the details if you want them.

Recruiting Team"""),
m("Re: Re: Lunch", """Lovely to hear from you, Ines - and yes, lunch in January sounds great. How is the novel coming along? Marta"""),
m("Re: Withdrawal", """Dear Mr Tanaka,

Thank you for letting us know. We understand your decision and wish you well in your new role.

Respectfully,
Yuki Morimoto

> I have received an offer from another firm and wish to withdraw from consideration.""", note="quoted candidate mail mentions offer"),
m("Re: Brussels logistics", """Dear Dr Bergström,

The Institute is a 10-minute walk from Schuman metro. Ask for me at reception.

Director of Research"""),
m("Re: Reading list", """Dear Omar,

Start with Dayan & Abbott, then the two review papers I attached. Don't worry about the maths in chapter 7 yet.

Prof K"""),
m("Re: Re: A query", """Hi Ahmed, yes, we do offer hybrid working - three days in the office. Kate"""),
m("Re: Congratulations", """Dear Katrin,

Thank you for your kind note on the Oberon appointment - I am glad the new CFO is someone you know and admire. I'll keep you posted on the other mandates.

Alistair""", note="a rejection was sent earlier; this is small talk about it"),
m("Re: Chambers newsletter", """Dear Ms Adeyemi, I'll add you to the list. Best, Helena"""),
m("Re: Thank you for the opportunity", """Dear Dr Yusuf,

Thank you for your gracious email. The department wishes you well, and we hope you'll consider applying in future.

Medical Workforce

> Thank you for letting me know the outcome. Although disappointed not to be successful, I appreciated the chance to meet the team.""", note="reply to the candidate's reaction to a rejection; quotes 'not to be successful'"),
m("Re: Portfolio", """Mateo, loved the Porto drawings. The section through the reading room is beautiful. Thanks for sending the PDFs. Freya"""),
m("Re: Question regarding starting salary", """Dear Ms Kapoor,

Starting salaries are determined when an offer is made, and are based on experience and qualifications. I'm not able to give a figure at this stage.

Human Resources""", note="'when an offer is made' - conditional, not an offer"),
]
REPLY += [
m("Re: Quick question on the case study", """Hi Arjun,

You can assume the client's margins are in line with the industry average unless the data pack says otherwise. Don't overthink it - we're looking at structure.

Monika"""),
m("Re: Re: Article", """Thank you, Mr Ansah - a fascinating piece. I had not seen the IMF paper you cite. Best, Director"""),
m("Re: Availability", """Dear Dr Mahmoud,

Thank you for letting us know you'll be away in December. I've noted it on your file.

Medical Staffing"""),
m("Re: The Gallery visit", """Dear Ji-woo,

It was lovely to bump into you at the museum on Saturday. I hope the rest of your stay in Seoul went well.

Hana"""),
m("Re: Thank you again", """Cheers Craig, likewise. Safe trip back up north. Gareth"""),
m("Re: Your note about the exercise", """Dear Joshua,

Thank you for letting us know about the technical issue. I've noted it with the assessors; please don't worry.

Graduate Recruitment"""),
m("Re: Job description", """Hi Ryan,

Sure, I've attached the full JD. The role reports to the Head of Commercial and covers season tickets and hospitality.

Commercial Team"""),
m("Re: Re: The decision", """Dear Ms Fernández,

Thank you for your message. I understand the decision was disappointing and I appreciate your gracious response. We will retain your details on the roster.

Yours faithfully,
Human Resources Management

> Dear Sir/Madam, thank you for informing me of the decision regarding the Legal Officer post. I would be grateful to be considered for future vacancies.""", note="follows an earlier rejection"),
m("Re: Accommodation near the hospital", """Hi Dr Alvarez, the staff residences are usually full but there's a good list of lets on the intranet - I've attached the PDF. Fellowship Coordinator"""),
m("Re: Re: thanks!", """Pleasure. Shout if you ever need anything. Dan"""),
m("Re: Other searches", """Dear Robert,

Thank you for saying yes to being considered for our other searches. I've added a note to your file and will be in touch in the new year; nothing live that suits you at the moment.

Kind regards,
Imogen Tate"""),
m("Re: Flexible working", """Dear Ms Obuya,

We have several staff on 0.8 contracts and are always willing to look at requests. That conversation would normally happen after appointment.

Alan Rhodes""", note="mentions appointment in passing"),
m("Re: Repertoire", """Luca, the Brahms 2 is on the list but the final decision on programming rests with the music director. I'll find out and come back to you. Artistic Planning"""),
m("Re: Re: Catch up?", """Definitely, Simone. Next week? Paul"""),
m("Re: A thank-you", """Dear Professor Gomez,

How kind of you to write. I enjoyed our breakfast and have passed your reflections to the committee chair.

Provost's Office"""),
m("Re: Re: Re: Visa", """Hi Dr Nakamura,

We sponsor J-1 visas through ECFMG for all our fellows. The process takes around four months, so we start early.

Fellowship Program Director"""),
m("Re: Out of interest", """Hi Mei, no, the desk doesn't cover Japan. Mostly Greater China and Korea. Mei Ling"""),
m("Your email", """Dear Mr Whitaker,

I'm sorry not to have replied sooner; I've been travelling. I'll respond to your questions about the fund's strategy next week.

Regards,
Thornbury Partners"""),
m("Re: References", """Dear Hannah,

Just to confirm, we received both your references, thank you. Nothing further needed from you.

Student Recruitment"""),
m("Re: Thank you", """Dear Kwame,

Thank you for your lovely message. Everyone at the school enjoyed meeting you.

Warmly,
Denise"""),
m("Re: Introduction to Dr Lindqvist", """Dear Amaka,

Thank you for introducing us. Dr Lindqvist and I spoke yesterday and we're now planning a joint workshop in the spring.

Best,
Philippa"""),
m("Re: Hello again", """Dear Fiona,

How lovely to hear from you. Congratulations on your new role at Marlow - they're lucky to have you.

All best,
Victoria""", note="candidate got a job elsewhere; friendly reply"),
m("Re: question about notice period", """Hi Tarik,

Three months is fine - that's standard for the level. We'd work around it if needed.

Partner"""),
m("Re: Re: Your thoughts?", """Dear Mr Hughes,

I read your paper on energy transition governance with great interest. I would welcome a conversation about it at some point, quite apart from any board matters.

Yours sincerely,
Whitmore Board Practice"""),
m("Re: Wednesday", """Dear Ms Tan,

Yes, our office will be closed on Wednesday for the public holiday. I will respond to your query on Thursday.

Human Resource Division"""),
m("Re: Re: Recital", """Anna, thank you for the recital tickets - I'll be there with my wife. Best, Orchestra Director"""),
m("Re: Unsuccessful", """Hi Hannah,

I understand that you're disappointed, and I'm happy to pass on the assessors' written feedback. I've attached it here.

Student Recruitment

> I received your email saying my application was unsuccessful. Could I please have feedback?""", note="subject is candidate's word 'Unsuccessful'; body sends feedback"),
m("Re: Interview prep", """Dear Ms Cheng, the panel will consist of three members, including an independent. The interview will last 45 minutes. Regards, People Branch"""),
m("Re: About the team", """Hi Zoe,

The team is six people: two RSEs, three researchers and me. We mostly write Python and Rust. Very friendly bunch.

Nils"""),
m("Re: Thank you and a question", """Dear Dr Chikwanha,

Thank you for your email. In answer to your question: yes, the Law School has a writing retreat every June, which all staff are invited to.

Professor Diane Holmes"""),
m("Re: Re: Good news!", """Congratulations Lena - what wonderful news about your book! Johannes"""),
m("Re: Thanks for the feedback call", """Dear Alex,

It was a pleasure to speak. I'm glad you found it useful; do apply again when the next round opens.

SCS Recruitment Team"""),
m("Re: Dress code", """Smart casual is fine, Claire. Chefs' whites will be provided for the trial. People & Culture"""),
m("Re: Congratulations on the premiere", """Thank you Bea! Exhausting but worth it. Come to the press night if you can. Ruth"""),
m("Re: Hello from Dublin", """Dear Mr Lindholm,

Thank you for the kind wishes from Dublin. I hope the conference was interesting. We look forward to seeing you again soon.

Petra Vogel"""),
m("Re: Decision on the offer", """Dear Nikhil,

Thanks for letting me know you need a few more days to consider. That's absolutely fine - take the time you need, and call me if you want to talk it over.

Sophie

> Hi Sophie, I'm still considering the offer and would like until Monday to decide.""", note="the offer was made earlier; this answers the candidate's request for time"),
m("Re: My papers", """Dear Dr Varga,

I've read the two papers you sent, thank you. The second one is especially relevant to our group's current work.

Department of Biochemistry"""),
m("Re: Re: Christmas concert", """Hi Tomás, yes, the concert is on the 17th at 7pm. You'd be most welcome. Jo"""),
m("Re: Team dinner photos", """Ha! Thanks for these Wen Hui - shame about Philip's eyes being closed in all of them. Legal Recruitment, Asia"""),
m("Re: My application", """Dear Ms Petrova,

I'm sorry for the slow reply - I was on mission. Yes, your documents arrived safely.

Talent Acquisition"""),
m("Re: Lunch next week", """Dear Layla - next Thursday works. Shall we say 12:30 at the staff club? R""", note="arranging lunch, not an interview time; could be read as scheduling"),
m("Re: Re: Thank you for the call", """Thanks Nadia. I've mentioned your name to a friend at Halsey; she might reach out. Tom"""),
m("Re: Housing allowance question", """Dear Mr Ochieng,

Good question. The housing allowance is paid monthly with salary and varies by duty station. I'll send the current rates.

Global Talent Team"""),
m("Re: out of curiosity", """Hi Ben, the role was opened because of growth in the credit team, not a departure. Charlotte"""),
m("Re: Thank you", """Dear Dr Okafor,

Thank you for your gracious letter. Vienna looks forward to your visit in spring regardless of what comes of our discussions.

Director General"""),
]
NEXT_ROUND = [
m("Pupillage - second round invitation", """Dear Ms Adeyemi,

Thank you for attending a first round interview. I am pleased to invite you to a second round interview at chambers on Thursday 10 December at 2.30pm.

You will be given an advocacy problem 48 hours in advance and asked to make a ten-minute submission to a panel of three members of chambers, followed by questions on an ethical scenario.

With best wishes,
Helena Marsh
Secretary to the Pupillage Committee"""),
m("Re: Associate - Corporate M&A", """Sam - the other partners want to meet you. Can you do a half hour with each of them next week? My PA will sort times. R"""),
m("Lecturer in Medieval History - shortlist", """Dear Dr Pellegrini,

I am pleased to inform you that you have been shortlisted for the post of Lecturer in Medieval History. The selection process will take place on 8 December and will include a 20-minute research presentation to the School, a teaching observation and a formal interview with the panel.

Please confirm your attendance.

Yours sincerely,
Anne Whitcombe"""),
m("Final stage - CFO Oberon Holdings", """Katrin,

The board's Nominations Committee want to see you and one other candidate for a final conversation. It'll be with the Chairman and two NEDs, probably in Frankfurt, mid-December. I'll send details.

Alistair"""),
m("Assessment Centre invitation", """Dear Ciara,

Congratulations, you've been invited to our Assessment Day on Friday 11 December. The day will include a written exercise, a group task and a partner interview.

Please book your slot via the link in the portal.

Graduate Recruitment Team, Harwood Pryce LLP"""),
m("Campus visit - Chemical Engineering", """Dear Dr Liang,

The search committee enjoyed your Zoom interview, and we would like to invite you to campus for a two-day visit in January. This will include a research seminar, a teaching talk, and meetings with faculty, the Dean and graduate students.

Our administrator will contact you to arrange travel.

Sincerely,
Karen Whitley"""),
m("Working interview", """Hi Ellie,

Thanks for the chat yesterday. We'd love you to come and do a working interview day - shadow consults in the morning and some ops in the afternoon. Does next week work?

Dan"""),
m("Superday invitation", """Dear Olumide,

We're pleased to invite you to our Superday for the Investment Banking Analyst Programme, which will take place in our London office.

The day comprises three back-to-back interviews covering technical and behavioural questions.

Campus Recruiting | EMEA"""),
m("Re: Partner meeting", """Dear Graham,

The Managing Partner would like to meet you before we go further. He'll be in Norwich on the 9th. Would lunch work?

Jeremy"""),
m("Stage 3 - panel interview", """Dear Applicant,

Congratulations, you have passed the Stage 2 online assessment for the Executive Officer competition. We invite you to attend a Stage 3 competency-based interview.

Please select an available interview slot via your publicjobs account.

Recruitment Unit""", headers=ATS),
m("Audition: final round", """Dear Mr Pereira,

Congratulations on your performance in the first round. The panel invites you to the final round on Sunday at 11:00, with the Mozart concerto and the excerpts listed.

Auditions Coordinator"""),
m("Next step: case interview", """Hi Jessica,

Great news - the team would like to invite you to the second round. You'll have two case interviews, each with a Partner, at our London office.

Best,
Recruiting Team"""),
m("Re: Head of Science", """Dear Mr Ó Briain,

Thank you for your application. We would be delighted to invite you to a selection day, which will include a teaching observation, a student panel and interview with governors.

Siobhán Keane"""),
m("Re: Board meeting", """Dear Dame Elizabeth,

The Nominations Committee would like to invite you to meet the full Board informally over dinner on 15 December, before it makes its recommendation.

With warm regards,
Senior Independent Director"""),
m("Interview invitation - Director of Programmes", """Dear Ms Diallo,

The shortlisting panel has reviewed your application and would like you to attend the next stage: a presentation to the Executive Committee on 'Our programme strategy for 2027-2030', followed by interview.

Sincerely,
Office of the Secretary-General"""),
m("Second interview", """Dear Mr Lindholm,

we are pleased to invite you to a second interview with our CEO and the Head of Operations in Stuttgart. Travel costs will be reimbursed.

Mit freundlichen Grüßen,
Petra Vogel"""),
m("Re: Senior Editor", """Hugo, we'd like you to come back and meet our MD and two of our authors. Could you bring a list of ten books you'd commission in your first year? Clara"""),
m("Shortlisted: Country Director", """Dear Mr Ochieng,

We are pleased to let you know that you have been shortlisted for the Country Director position. The next stage is a written assessment followed by a panel interview with the Regional Director.

Best regards,
Global Talent Team"""),
m("Trial period", """Dear Anna,

Following your audition, the committee would like to invite you to a trial period with the orchestra, beginning with our January programme.

With best regards,
Orchestra Management"""),
m("Meet the team", """Hi Lucy,

Before we make any final decision, the gaffer would like you to come in and meet the medical team and spend a morning with the squad. Thursday?

Mark"""),
m("Re: Chief Executive - final", """Dear Simone,

The Board wishes to invite you to the final panel, which will include a 15-minute presentation on your first 100 days followed by an interview.

Paul"""),
m("Next stage - Engineering Manager", """Dear Mr Kowalczyk,

Thank you for your interview on Wednesday. We'd like to invite you to a second-stage interview in our Bristol office with our Managing Director and the Head of Structures. This will include a short technical presentation.

Regards,
Dominic Harte"""),
m("Tenancy committee", """Dear Mr Lawal,

Further to your mini-pupillage, the tenancy committee would like you to attend a further interview on 14 December at 5pm.

Senior Clerk"""),
]
SCHEDULING = [
m("Re: Second round - time change", """Dear Ms Adeyemi,

I'm afraid one of the panel members is now in court on Thursday afternoon. Could we move your second round interview to Friday 11 December at 10am? Apologies for the disruption.

Helena Marsh"""),
m("Interview confirmation", """Dear Dr Pellegrini,

This is to confirm your interview on Tuesday 8 December at 11:30 in Room 2.14, Michael Sadler Building. Your presentation will begin at 11:30 and the interview at 12:00.

Anne Whitcombe"""),
m("Re: Partner calls", """Sam, my PA has booked you in: Jim Monday 2pm, Anjali Tuesday 11am, Kieran Wednesday 4pm, all on Teams. Links to follow. R"""),
m("Campus visit logistics", """Dear Dr Liang,

Your flights are booked for 13 January (arriving 5:40pm) and returning 15 January. A car will meet you at the airport. The full itinerary is attached.

Sincerely,
Department Administrator"""),
m("Calendar invitation: Final interview - Frankfurt", """Katrin, please accept the calendar invite for 14 December, 10:00 CET, at the Oberon offices. Alistair""", headers={"Content-Class": "urn:content-classes:calendarmessage"}),
m("Re: Re: Tomorrow", """Hi Ellie, 9am is great. See you at the front desk. Dan"""),
m("Re: Change of time", """Dear Mr Ó Briain,

No problem at all. We've moved your teaching slot to period 3 (11:15).

Siobhán Keane"""),
m("Booking your slot", """Hi Jessica,

Please use the link below to book your case interview slot. Available dates are 7-10 December.

https://calendly.example.com/calder-voss/associate-r2

Recruiting Team"""),
m("Re: Lunch with the Managing Partner", """Graham, 12:30 at The Assembly House on the 9th is confirmed. Jeremy"""),
m("Re: Availability for a call", """Dear Dr Bergström,

Would Tuesday at 15:00 CET suit for a call with our President? If not, Wednesday morning is also possible.

Sincerely,
Director of Research"""),
m("Re: Interview - reschedule request", """Dear Ms Njoroge,

Thank you for letting us know. We have rescheduled your interview to 9 December at 14:00 EAT. A new Webex link will be sent separately.

Recruitment Section"""),
m("Re: Time zone", """Hi Arjun, yes, 9am Frankfurt time, so 1:30pm in Mumbai. Monika"""),
m("Interview details", """Dear Mr Kowalczyk,

Your second-stage interview is confirmed for Thursday 10 December at 2pm at our Bristol office, 40 Queen Square. Please ask for Dominic at reception.

Regards,
HR"""),
m("Re: Call on Friday?", """Hi Jun, Friday's fine, 3pm HKT. I'll ring your mobile. Mei Ling"""),
m("Zoom link for your interview", """Dear Dr Nakamura,

Please find below the Zoom link for your interview on Wednesday 9 December at 8:00am EST (10:00pm JST).

Meeting ID: 812 554 9021
Passcode: hand27

Fellowship Coordinator"""),
m("Re: Dinner with the Board", """Dear Dame Elizabeth,

The dinner will now take place at 7.30pm on 15 December at the Athenaeum, rather than at our offices. I hope this is still convenient.

With warm regards,
Senior Independent Director"""),
m("Re: Final audition time", """Dear Mr Pereira, your slot is 11:40, warm-up room B from 11:00. Auditions Coordinator"""),
m("Re: Reschedule", """Dear Ms Diallo,

I'm sorry, but the Secretary-General has been called away on 7 December. Could we move your presentation to 12 December at the same time?

Office of the Secretary-General"""),
m("Interview arrangements - Deputy Director", """Dear Alex,

Your final panel interview has been scheduled for 8 December at 10:00 at 1 Victoria Street. Please bring photo ID.

SCS Recruitment Team"""),
m("Re: Moving our chat", """Hey Nadia, something's come up on Thursday - can we do Friday same time instead? Tom"""),
m("Teams invite - Tenancy interview", """Dear Mr Lawal, please find the Teams invitation attached for 14 December at 5pm. Senior Clerk"""),
m("Re: Site visit", """Hi Tomasz,

Just confirming your site visit to the Runcorn plant on Monday 7 December. You'll need safety boots - we'll provide the rest. Meet at Gate 3 at 8:30.

Early Careers Team"""),
]
REQUEST = [
m("Referees", """Dear Dr Pellegrini,

The panel would like to take up your references before the interview day. Could you please confirm the names and contact details of two referees, one of whom should be your current or most recent employer?

Anne Whitcombe"""),
m("Right to work documents", """Dear Ms Kapoor,

Before your interview, please send a copy of your passport or biometric residence permit so we can verify your right to work in the UK.

Human Resources Department"""),
m("Re: Associate - Corporate M&A", """Sam, before the partner round, can you send me your deal sheet? Need a list of transactions with value and your role. R"""),
m("Salary expectations", """Hi Jessica,

Before we go further, could you let me know your current salary and your expectations for the Associate role?

Best,
Recruiting Team"""),
m("Transcripts required", """Dear Layla,

The Graduate School needs your official undergraduate and master's transcripts to process your studentship application. Please upload them by 4 December.

Best wishes,
Ruairí"""),
m("Pre-employment forms", """Dear Dr Mahmoud,

Please complete the attached occupational health questionnaire and the DBS application form and return them to Medical Staffing at your earliest convenience.

Medical Staffing""", note="after an offer; the mail itself only asks for forms"),
m("Writing sample", """Dear Mr Ansah,

As part of the selection process, we ask shortlisted candidates to submit a writing sample of no more than 3,000 words. Could you send one by Friday?

HR, Meridian Institute"""),
m("Re: Portfolio", """Mateo, could you send a PDF of the portfolio ahead of Tuesday so the other directors can look through it? Freya"""),
m("Your GMC details", """Dear Dr Alvarez,

Could you please send us your GMC reference number, your Certificate of Completion of Training (or expected date), and a copy of your logbook summary?

Fellowship Coordinator"""),
m("Background check consent", """Dear Katrin,

The Oberon board has asked that all finalists complete a background and credit check. Please complete and sign the attached consent form and return it to me.

Alistair"""),
m("Teaching statement", """Dear Dr Liang,

Before your campus visit, the committee would appreciate a brief teaching statement and a list of courses you would be prepared to teach.

Karen Whitley"""),
m("Re: Next steps - please complete", """Hi Olumide,

Please complete the online HireVue assessment and upload a copy of your latest academic transcript via the portal.

Campus Recruiting""", headers=ATS),
m("Proof of qualifications", """Dear Rohan,

Kindly submit attested copies of your degree certificates and experience letters to the Administration Section.

Regards,
Administration Section"""),
m("References - please send", """Hi Priya,

Could you send details of two referees, ideally your current manager? We'd like to get these moving.

Amira"""),
m("Audition recording", """Dear Mr Pereira,

For the first round, please upload an unedited video recording of the Mozart concerto, first movement with cadenza, by 30 November.

Auditions Coordinator"""),
m("Re: Case study", """Dear Ms Diallo,

Please submit your presentation slides by 5pm on 10 December so the committee can review them in advance.

Office of the Secretary-General"""),
m("Security clearance forms", """Dear Ms Cheng,

To progress your application we require you to complete the attached security clearance pack and provide certified copies of your identity documents.

Regards,
People Branch"""),
m("Re: Sample of editorial work", """Hugo, would you mind sending a marked-up chapter from something you've edited recently? Doesn't need to be long. Clara"""),
m("Conflict of interest declaration", """Dear Mr Hughes,

Before your meeting with the Board, please complete the attached declaration of interests.

Yours sincerely,
Whitmore Board Practice"""),
m("Registration and indemnity", """Hi Dr Shah,

Could you send your GDC number and a copy of your indemnity certificate? We need them before your trial day.

Louise"""),
m("Re: Research proposal", """Dear Omar, please send a two-page research proposal for the studentship by Monday. Prof K"""),
m("Coaching qualifications", """Hi Craig, please email across copies of your UEFA A licence, your safeguarding certificate and first aid certificate. Gareth"""),
m("Missing information", """Dear Applicant,

Your application for the Senior Assistant Director position is incomplete. Please submit your NRIC copy and your latest two years' performance appraisals by 2 December.

Human Resource Department"""),
]
DECIDING = [
m("Re: Pupillage", """Dear Ms Adeyemi,

Thank you for your email. The Committee meets on 2 December to make its decisions, and you will hear from us shortly afterwards.

Helena Marsh""", when="shortly after 2 December", date="2026-12-02"),
m("Re: Any news?", """Sam - still waiting for the other partners to weigh in. Bear with me. R"""),
m("Lecturer in Medieval History - timing", """Dear Dr Pellegrini,

I'm sorry for the wait. The panel meets again on Friday, and I expect to be in touch by the end of next week.

Anne""", when="by the end of next week", date="2026-12-04"),
m("Re: Update", """Katrin, Oberon's board isn't meeting until the 10th, so no decision before then. I'll call the moment I hear. Alistair""", when="not before the 10th", date="2026-12-10"),
m("Re: Head of Science", """Dear Mr Ó Briain,

Thank you for your patience. The governors are still finalising their decision and I hope to be able to let you know early next week.

Siobhán""", when="early next week"),
m("Re: Status of my application", """Hi Priya, thanks for checking in. The team hasn't finished interviewing yet, so we're not at the decision stage. Amira"""),
m("Re: Timeline", """Dear Dr Liang,

The committee will meet after all campus visits conclude in early February, so we do not expect to make any decisions before mid-February.

Karen""", when="mid-February"),
m("Re: Vet role", """Hi Ellie, still deciding I'm afraid, we've got one more vet in on Monday. Will let you know after. Dan""", when="after Monday", date="2026-11-30"),
m("Update on your candidacy", """Dear Mr Ochieng,

Thank you for your patience. The panel's recommendation is with the Regional Director for endorsement. We will let you know the outcome as soon as we can.

Global Talent Team"""),
m("Re: Decision?", """Dear Mr Tanaka,

I apologise for the delay. Our board will review the final candidates at its meeting on Thursday 3 December. I will contact you the following day.

Yuki Morimoto""", when="the following day (Friday 4 December)", date="2026-12-04"),
m("Re: Any update?", """Hi Nadia,

Sorry for the delay, the partners haven't been able to get together to discuss. It'll be a couple more weeks. I know that's not what you wanted to hear.

Tom""", when="a couple more weeks"),
m("Re: Chief Executive", """Simone, board's split. They're meeting again. I'll let you know. Paul"""),
m("Re: Deputy Director", """Dear Alex,

The panel has completed its interviews and is now drafting its recommendation to the Permanent Secretary. We expect to contact all candidates within 10 working days.

SCS Recruitment Team""", when="within 10 working days"),
m("Re: Thank you", """Dear Ms Walcott,

Thank you for your kind note. The governors meet on Wednesday evening and will reach a decision then. I'll ring you on Thursday.

Clerk""", when="Thursday", date="2026-11-26", note="Thursday read as the next one after Wednesday; ambiguous against 'today'"),
m("Re: Re: any news", """Dear Kofi,

Still no news from Leverhulme, I'm afraid. They said 'December'. I'll let you know the moment I hear.

Jonas""", when="December"),
m("Application update", """Dear Dr Rossi,

We wanted to let you know that the selection panel is still considering applications for the Lecturer post. We appreciate your patience.

HR Services"""),
m("Re: Timing question", """Hi Jun, the MD is away till next Tuesday. Decision after that. Mei Ling""", when="after next Tuesday"),
m("Re: Following up", """Dear Dr Khalil,

Thank you for your note. The search is still formally open while the Dean considers the committee's report. I do not yet have a timeline to share.

Department Chair"""),
m("Re: Assistant Principal", """Kwame, we're still mulling it over. The panel want to take up references for both finalists before deciding. Shouldn't be long. Denise"""),
m("Re: Equity partner", """Graham, the partnership vote is scheduled for our meeting on 14 December. Until then I can't say more. Jeremy""", when="14 December", date="2026-12-14"),
m("Your application", """Dear Dr Hoffmann,

The Committee has been unable to meet owing to illness; it will now meet on 7 December. We will write to you after that meeting.

Dean's Office""", when="after 7 December", date="2026-12-07"),
m("Re: The Fellowship", """Dear Ines,

The jury is still reading. We will announce the fellow in mid-January.

Marta""", when="mid-January"),
m("Re: Question", """Hi Ahmed, no decision yet, sorry. We're still waiting on one last interview. Kate"""),
m("Re: Oboe audition - result?", """Dear Mr Pereira, the committee is still deliberating and will inform all finalists by Friday. Auditions Coordinator""", when="by Friday", date="2026-11-27"),
]
ACK = [
m("Application received: Lecturer in Medieval History (HIS-0412)", """Dear Dr Pellegrini,

Thank you for your application for the above post. This email confirms that we have received it.

If you are shortlisted, you will be contacted after the closing date. If you have not heard from us within six weeks of the closing date, please assume that your application has not been successful on this occasion.

HR Services
This is an automated email; please do not reply.""", headers=ATS, note="the stock 'assume not successful' line is part of an acknowledgement"),
m("We have received your application", """Thank you for applying for the position of Audit Senior - Leeds. Our team will review your application and be in touch if your experience matches our requirements.

Talent Acquisition""", headers=ATS),
m("Pupillage Gateway: Application submitted", """Your application to Gresham Lane Chambers has been submitted successfully via the Pupillage Gateway.

Reference: PG-2027-41882
Submitted: 23/11/2026 16:04

Pupillage Gateway""", headers=ATS),
m("Your message to Medical Staffing", """Thank you for contacting Medical Staffing. Your enquiry has been logged under reference MS-66201. We aim to respond within five working days.""", headers=ATS),
m("Thank you for your application - Ref 22871", """Dear Ms Walcott,

Thank you for applying to St Aidan's Church of England Academy. We confirm receipt of your application for the post of Deputy Headteacher.

Yours faithfully,
School Office""", headers=ATS),
m("Application acknowledgement", """Dear Candidate,

Your application for the position of Programme Officer (P-3) has been received. Due to the large number of applications, only shortlisted candidates will be contacted.

Recruitment Section""", headers=ATS),
m("Received: Your documents", """We confirm receipt of the documents you uploaded to the candidate portal on 23 November 2026 at 11:42. No further action is required at this stage.

Vellmann Careers""", headers=ATS),
m("Your enquiry to the Graduate Recruitment mailbox", """Thank you for your email. This mailbox is monitored during office hours and we aim to reply within 3 working days. For frequently asked questions, please visit our website.

Graduate Recruitment Team""", headers=ATS),
m("Confirmation: Application for PhD Studentship", """Dear Layla Hussain,

Thank you for submitting your application to the Doctoral Training Partnership. Your application number is DTP27-0915.

Graduate School""", headers=ATS),
m("Civil Service Jobs: application submitted", """Your application for Policy Adviser (HEO) (ref 3481220) has been submitted.

You can track your application in your account.

Civil Service Jobs""", headers=ATS),
m("RE: [Ticket #58210] Question about my interview", """Hello,

Thank you for reaching out to the Campus Recruiting help desk. Your request has been received and assigned ticket #58210. A team member will respond soon.""", headers=ATS),
m("Application received - Senior Assistant Director", """Dear Applicant,

This is to acknowledge receipt of your application. We will contact shortlisted candidates within 8 weeks. Thank you for your interest in the Public Service.""", headers=ATS),
m("Thank you for your interest in Calder & Voss", """Hi Jessica,

We have received your application for Associate - Strategy (London). Our recruiting team reviews every application carefully and will be in touch.

Recruiting Team""", headers=ATS),
m("Your application to Harte Whitfield", """Dear Mr Kowalczyk,

Thank you for your application. We acknowledge receipt and will review it shortly.

HR""", headers=ATS),
m("Acknowledgement of receipt", """Dear Sir/Madam,

We acknowledge receipt of your application for the post of Legal Officer. Please quote reference LO/26/114 in all correspondence.

Human Resources Management""", headers=ATS),
m("Auto: We got your message", """Thanks for writing to Riverside Dental recruitment. We'll get back to you as soon as we can.""", headers=ATS),
m("Thank you for applying - Kestrel Capital", """Thank you for your application to Kestrel Capital. Due to the volume of applications, we may not be able to respond individually.""", headers=ATS),
m("Application confirmation: ST3 Cardiology", """Your application for ST3 Cardiology has been received via Oriel. Your application ID is CARD-3-22019. Longlisting will begin after the closing date.""", headers=ATS),
m("Re: Updated CV", """Thank you for your email. We have received your updated CV and will add it to your file.

Talent Acquisition""", headers=ATS),
m("We've received your application for Head of Academy Coaching", """Hi Craig,

Thanks for applying! We've received your application and the team will review it. If your application progresses we'll be in touch within 14 days.

Club Recruitment""", headers=ATS),
]
AUTO_REPLY = [
m("Automatic reply: Thank you for today", """I am away from chambers until 2 December with limited access to email. For urgent matters please contact the Senior Clerk.

Helena Marsh""", headers=AR),
m("Out of Office: Re: Associate - Corporate M&A", """I'm on a flight to New York today, back online tomorrow. R""", headers=AR),
m("Automatic reply: Lecturer shortlist", """I am on research leave until 31 January 2027 and will not be checking email regularly. For School matters please contact the Deputy Head of School, Dr Ian Ross.

Anne Whitcombe""", headers=AR),
m("Abwesenheitsnotiz / Out of office", """Vielen Dank für Ihre Nachricht. Ich bin bis 30. November nicht im Büro.

Thank you for your message. I am out of the office until 30 November. In urgent cases please contact hr@brenner.example.com.

Petra Vogel""", headers=AR),
m("Auto-reply: Your follow-up", """Thank you for your email. I have now left Aldgate & Mercer. Please direct all recruitment enquiries to recruitment@aldgatemercer.example.com.""", headers=AR),
m("Automatic reply", """I am currently on maternity leave and will return in September 2027. Please contact Kate Wilson in my absence.""", headers=AR),
m("Re: Thank you - auto", """This mailbox is no longer monitored. Please visit our careers site for the latest information.""", headers=AR),
m("Out of office", """I'm on the wards today and will reply to emails this evening.

Dr Simon Clarke""", headers={"X-Autoreply": "yes"}),
m("Automatic reply: Follow-up", """Thank you for your message. I am on sabbatical until 1 August 2027. Research correspondence will be dealt with on my return; for departmental business please contact the Department Chair.""", headers=AR),
m("[Auto] Re: Director of Development", """I'm out of the office for the Christmas break, returning on 4 January. Miriam""", headers=AR),
m("Automatic reply: Interview", """I am attending the Annual Meetings in Marrakech until 6 December. Responses will be delayed.""", headers=AR),
m("Out of office: Dan is on holiday", """Hi! I'm on holiday until the 7th. For anything urgent please call the practice on 01632 960123.""", headers=AR),
m("Autoreply: Tom is away", """I'm away on paternity leave until 15 January. For anything urgent, contact Laura Ng.""", headers=AR),
m("Automatic reply: Interview follow-up", """Mr Alistair Fenwick has left Halvorsen Search. Your email has not been forwarded. Please contact info@halvorsen.example.com.""", headers=AR),
m("Re: Thank you", """I am currently on tour with the orchestra and have limited access to email until 20 December.

Orchestra Management""", headers=AR),
m("Automatic reply: Head of Science", """Thank you for your email. School is closed for half-term. I will respond on our return.

Siobhán Keane, Principal""", headers=AR),
m("Out of Office AutoReply", """I am out of the office with no access to email until Monday 30 November. I will respond on my return.""", headers=AR),
m("Automatische Antwort: Ihre Bewerbung", """Ich bin ab dem 23.11. bis einschließlich 4.12. im Urlaub. Ihre E-Mail wird nicht weitergeleitet.

I am on holiday until 4 December. Your email will not be forwarded.""", headers=AR),
m("Auto reply - Medical Workforce", """Thank you for contacting Medical Workforce. The team is currently working reduced hours. We will respond as soon as possible.""", headers={"Auto-Submitted": "auto-replied"}),
m("Automatic reply: References", """I am away from my desk at a conference until Wednesday. I will reply on my return.

Jonas""", headers=AR),
]
BULK = [
m("Chambers Quarterly - Winter 2026", """Welcome to the winter edition of Chambers Quarterly.

In this issue: our members' recent successes in the Court of Appeal, a profile of our newest silk, and dates for next year's pupillage open evenings.

You are receiving this because you registered interest in pupillage at Gresham Lane Chambers.
Unsubscribe | Manage preferences""", headers=BULK),
m("New jobs matching your alert: Lecturer, History", """5 new jobs match your alert 'Lecturer History UK':

- Lecturer in Early Modern History, University of the North
- Teaching Fellow in Medieval Studies
- Lecturer in Global History

View all jobs""", headers=BULK),
m("Invitation: Women in Finance networking breakfast", """Dear member,

You are invited to our annual Women in Finance networking breakfast on 9 December at the Guildhall. Places are limited - register now.

To unsubscribe from event invitations, click here.""", headers=BULK),
m("Your Talent Community update - November", """Hi there,

Thanks for being part of the Vellmann Talent Community. This month: insights from our portfolio managers, tips on interviewing, and our latest openings in Asset Management.

Unsubscribe""", headers=BULK),
m("Alumni News: The Medical School Alumni Newsletter", """Dear Alumni,

We're delighted to share the latest news from the Medical School, including the opening of the new simulation centre and this year's alumni awards.

Update your preferences or unsubscribe.""", headers=BULK),
m("Webinar: Preparing for your training contract interview", """Join our Graduate Recruitment team for a live webinar on 2 December at 6pm. We'll cover commercial awareness, the written exercise and what partners look for.

Register here.

You received this email because you signed up to our graduate mailing list.""", headers=BULK),
m("Season tickets 2027 - early bird", """Be part of it. Early bird season tickets for 2027/28 are now available, with savings of up to 20% until 31 December.

Buy now.

Unsubscribe from club marketing.""", headers=BULK),
m("Think Tank Digest: Energy security in Europe", """This week's digest features new research on gas storage, a podcast with our Director of Research, and an invitation to our annual conference.

Meridian Institute for Economic Policy
Unsubscribe""", headers=BULK),
m("Orchestra members' newsletter: January concerts", """Dear friend of the Orchestra,

Our New Year programme includes Mahler 5 and a premiere by our composer in residence. Members can book priority seats now.

To stop receiving these emails, unsubscribe here.""", headers=BULK),
m("Careers Fair 2027 - exhibitors announced", """Over 120 employers will be exhibiting at the Careers Fair on 28 January, including Big Four firms, investment banks, the Civil Service Fast Stream and NGOs.

Careers Service
Unsubscribe""", headers=BULK),
m("Job alert: Consultant Radiologist jobs", """New jobs for you:
Consultant Radiologist - Royal Marlow Hospital
Consultant Neuroradiologist - Northern Health
Locum Consultant Radiologist

Manage alerts""", headers=BULK),
m("Reminder: Open Day at Harwood Pryce LLP", """Places remain for our Open Day on 12 December. Meet trainees and partners, and find out about our training contract.

Harwood Pryce Graduate Recruitment
This is a marketing email. Unsubscribe.""", headers=BULK),
m("New titles this spring from Tallis & Reed", """Discover our spring list: memoir, history, science and more. Pre-order now and save 15%.

Unsubscribe""", headers=BULK),
m("The Architecture Review - Issue 48", """This issue: the Porto Library and the future of civic architecture; interview with Freya Lindqvist; competition results.

Unsubscribe from The Architecture Review.""", headers=BULK),
m("Invitation to apply: Graduate programmes 2027", """Dear Student,

Applications are now open for our 2027 graduate programmes in Audit, Tax, Consulting and Deals. Apply early - we recruit on a rolling basis.

Student Recruitment
You're receiving this because you registered with us. Unsubscribe.""", headers=BULK),
m("UN Careers - new vacancies", """New vacancies have been published matching your saved search:

P-3 Programme Officer, Nairobi
P-4 Policy Officer, Geneva
P-2 Associate Legal Officer, New York

Manage alerts | Unsubscribe""", headers=BULK),
m("Your December Headteacher Update", """Latest from the sector: changes to the inspection framework, new guidance on attendance, and our conference in March.

Unsubscribe""", headers=BULK),
m("Season preview: join us at the Wharf Playhouse", """Booking is now open for our spring season. Friends get priority booking and 10% off.

The Wharf Playhouse
Unsubscribe""", headers=BULK),
m("Board Leadership Forum - invitation", """Dear Director,

We are pleased to invite you to our Board Leadership Forum on 27 January, featuring panels on AI governance and board diversity.

Whitmore Board Practice
Unsubscribe from event communications.""", headers=BULK),
m("Research Funding Opportunities - December", """A round-up of funding calls closing in the new year: Leverhulme Early Career Fellowships, ERC Starting Grants, Wellcome Discovery Awards.

Research Office mailing list
Unsubscribe""", headers={**BULK, "List-Id": "research-funding.lists.example.ac.uk"}),
]
REJECTION += [
m("Re: Associate, Infrastructure Advisory", """Dear Hamza,

Thank you for your patience while we worked through a long process, and for the care you put into the financial model exercise; it was one of the cleanest we received. The team also enjoyed your questions about the offshore wind pipeline, which showed a real feel for the sector.

We did think hard about where you would sit in the team. In the end the role is going to Marcus Hale, who joins us from the lenders' side.

Kind regards,
Rebecca Orme
Director"""),
m("Your candidacy for Dean of Medicine", """Dear Professor Oyelaran,

I write, as Chair of the Search Committee, with sincere thanks for your participation in the search for the next Dean of the Faculty of Medicine.

The Committee's deliberations were long. Having heard from the Senate and the hospital partners, it has now forwarded the name of a single candidate to the President, and I regret that it is not yours.

I know the candidacy involved sacrifices of time and discretion, for which we are grateful.

Yours sincerely,
Chair, Decanal Search Committee"""),
m("Re: Co-Principal Viola", """Daniel,

The principal conductor wants to keep the seat open for another season rather than appoint from this audition. Not the answer either of us wanted.

Mirela
Orchestra Manager"""),
m("Re: Senior Associate, Transfer Pricing", """Hi Lucia,

Sorry to keep you waiting. We've looked at the team mix again and we're going to stay with the two candidates already in flight from the summer. It means we'll stop here with you for now.

Thanks,
Owen"""),
m("Thank you - Head of Development Economics", """Dear Dr Bhattacharya,

Thank you for taking part in the selection for Head of Development Economics. The Governing Board considered the panel's report on 19 November and appointed Dr Anna Sokolova, who will take up the post in March.

With appreciation,
Executive Secretary"""),
m("Re: Vet nurse manager", """Hi Gemma, not this time I'm afraid - we've gone with someone already on the team. Thanks so much for coming in. Jill"""),
m("Re: Junior Research Fellowship", """Dear Dr Osei,

The Governing Body met last night to elect to the Junior Research Fellowship. I am sorry to tell you that the election went to another candidate. The field was very distinguished and the Fellows asked me to say how much they enjoyed your paper.

Yours sincerely,
Senior Tutor"""),
m("Your application to the Graduate Fast Track (Singapore)", """Dear Ms Goh,

Thank you for participating in the selection centre. We regret that we are not able to offer you a place on the programme. This outcome reflects the competitiveness of the current exercise.

Talent Attraction Team""", headers=ATS),
m("Re: Engagement Manager", """Tomas - heard back from the partners. They're not going to proceed. Feedback: strong on problem solving, but they want someone who's led client teams of 5+. Let me know if you want to talk it through. - Priya (Ardent Search)"""),
m("Managing Director, Equity Capital Markets", """Dear Mr Laurent,

Following your meetings in Hong Kong, I wanted to let you know that the bank has concluded its search for the ECM role.

I appreciate that after four rounds this is not the ending you were hoping for. The committee were impressed, but felt that your network in Japan, rather than Greater China, made the fit less natural.

Best regards,
Group Head of Talent, Asia Pacific"""),
m("Hospitalist position - decision", """Dear Dr Kumar,

Thank you for interviewing with our Hospital Medicine group. Our physician leadership has completed interviews and we have filled the open positions for 2027. We appreciate your interest.

Physician Recruitment"""),
m("Re: Lighting designer", """Hey Sam - wanted to let you know we've gone with Kit for the autumn show. Loved your pitch, honestly. Next time! R"""),
]
NEXT_ROUND += [
m("Re: Junior Research Fellowship", """Dear Dr Osei,

The Electoral Committee has placed you on the shortlist. Shortlisted candidates are invited to give a twenty-minute paper to the Fellows on 4 December, followed by dinner in Hall.

Yours sincerely,
Senior Tutor"""),
m("Psychometric and interview - Audit Senior", """Hi Priya, the hiring team would like you to take the next step: a 45-minute psychometric test online, then a final interview with the Audit Partner. I'll send the test link shortly. Amira"""),
]
DECIDING += [
m("Re: Junior Research Fellowship", """Dear Dr Osei,

Thank you for your message. The Governing Body will elect at its meeting on Wednesday 9 December; candidates will be told the result that evening.

Senior Tutor""", when="Wednesday 9 December", date="2026-12-09"),
m("Re: Checking in", """Dear Dr Kumar,

We are still completing interviews for the Hospitalist positions, and hope to reach decisions shortly. Thank you for your continued interest.

Physician Recruitment"""),
]
REPLY += [
m("Re: Re: Offer of a tour", """Dear Dr Osei,

Certainly - I'd be glad to show you round the library and the Fellows' Garden before your paper on the 4th. Shall we meet at the Porters' Lodge at 3pm?

Senior Tutor""", note="tour offered; the time is set as part of a friendly reply"),
m("Re: Your question on the rejection", """Hi Lucia,

To answer your question: no, the decision wasn't about the case study. It was purely about team mix. I'd genuinely consider you for the next opening.

Owen

> Hi Owen, thanks for letting me know. Was the rejection related to my case study? Lucia""", note="after a rejection; quoted mail has 'rejection'"),
m("Re: a favour", """Of course, Hamza. I'm happy to be a referee for you elsewhere. Just give them my details. Rebecca"""),
]

write("eighth.jsonl", labelled_rows("eighth", {
    "rejection": REJECTION, "offer": OFFER, "next-round": NEXT_ROUND, "scheduling": SCHEDULING,
    "request": REQUEST, "deciding": DECIDING, "ack": ACK, "auto-reply": AUTO_REPLY, "bulk": BULK,
    "reply": REPLY}, splits=("train", "dev", "held-out")))
