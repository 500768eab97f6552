# ruff: noqa: E501 - one message a line reads best
"""Eleventh corpus of employer replies, written by an eleventh author who read neither the classifier
(replies.py, reply_model.py, reply_weights.py, its tests) nor any other corpus's messages or builders; only
corpus_rows.py, the README and the label definitions in the brief.

It covers public service, education and health outside the big corporate world: US school districts,
community colleges, public libraries, parks departments, transit authorities, water utilities, county
clerks and state universities' HR; Australian, New Zealand, Canadian, Irish, South African, Indian,
Singaporean, Kenyan, Nigerian, Ghanaian, Philippine and Caribbean public services, hospitals, health boards,
schools and universities; religious schools, missions, co-operatives, trade unions, housing associations,
community health centres, aid agencies, UN-style bodies and embassies. Formal letters with reference numbers,
panel decisions, merit lists and reserve lists, "regret to advise", appointments subject to medical
clearance and police checks, and the staff who write informally on top of the formal process.

Writes eleventh.jsonl, ids prefixed "eleventh", splits taken in turn: train, dev, held-out.
"""

from __future__ import annotations

from corpus_rows import labelled_rows, m, write

AUTO = {"Auto-Submitted": "auto-replied"}
AUTO_GEN = {"Auto-Submitted": "auto-generated"}
NOREPLY = {"Auto-Submitted": "auto-generated", "Precedence": "bulk"}

REJECTION: list = []
OFFER: list = []
REPLY: list = []
NEXT_ROUND: list = []
SCHEDULING: list = []
REQUEST: list = []
DECIDING: list = []
ACK: list = []
AUTO_REPLY: list = []
BULK: list = []

# --- batches ---

REJECTION += [
    m("Ref: HSE/NW/2026/0417 - Staff Nurse (Medical)", """\
Dear Ms Gallagher,

I refer to your recent interview for the above post.

I regret to advise that, on this occasion, you were not placed on the panel arising from this competition. The interview board's marking was as follows: you achieved 58 marks out of 100, and the qualifying mark for placement on the panel was 65.

Should you wish to receive feedback on your performance, please contact this office in writing within 10 working days of the date of this letter.

Thank you for your interest in employment with the Health Service Executive.

Yours sincerely,

Recruitment Officer
HR Shared Services, Manorhamilton"""),
    m("Outcome of interview - Library Assistant II (Req 26-1184)", """\
Dear Dominic,

Thank you for interviewing with the Multnomah Valley Public Library. The hiring committee has completed its interviews for the Library Assistant II position at the Eastside Branch, and another candidate has accepted the position.

We appreciate the time you gave us and encourage you to keep an eye on our postings.

Sincerely,
Human Resources
Multnomah Valley Public Library District"""),
    m("Re: following up", """\
Hi Priya,

Thanks for checking in and sorry it's taken me so long to get back to you. Term started and everything went sideways.

I'm afraid we went with an internal applicant for the Year 4 position - someone who's been relief teaching with us for two years and knows the kids. It was close, honestly. Your demo lesson on fractions was the best one we saw.

If you're still looking next year please let me know directly.

Cheers,
Mel
Assistant Principal
St Brigid's Primary, Ballarat"""),
    m("PSC/REC/14/2026 - Assistant Accountant", """\
Dear Sir/Madam,

RE: RESULTS OF INTERVIEWS FOR THE POST OF ASSISTANT ACCOUNTANT, JOB GROUP K

The Commission wishes to inform you that you were not successful in the interviews held on 4th November 2026.

The Commission thanks you for your interest in serving in the County Public Service and wishes you success in your future endeavours.

SECRETARY/CEO
COUNTY PUBLIC SERVICE BOARD"""),
    m("Your application with City of Fort Calder", """\
Dear Marcus Webb,

Thank you for your interest in the position of Water Treatment Operator Trainee (Job #2026-00391) with the City of Fort Calder.

After careful review, the hiring department has selected other candidates whose qualifications more closely match the needs of the position. Your application will not be considered further for this recruitment.

Please do not reply to this message; this mailbox is not monitored.

City of Fort Calder | Human Resources Department""", headers=NOREPLY),
    m("Clinical Nurse Educator - ICU", """\
Hi Tama,

Just a quick note before the formal letter comes from People & Capability. The panel met yesterday and we've offered the role to someone with a bit more formal education experience. I know that's disappointing after how much prep you put in.

Happy to have a coffee and talk it through if that would be useful. You'd be a strong applicant next time one comes up, and I mean that.

Ngā mihi,
Anahera
Nurse Manager, ICU
Te Whatu Ora Waikato"""),
    m("Re: Senior Program Officer - Nairobi", """\
Dear Wanjiru,

Thank you for taking part in the final interviews for the Senior Program Officer post. We have concluded the selection process and regret that we are not able to offer you the position.

We were impressed by your field experience in Turkana and have, with your permission, kept your profile for similar roles in the region.

Kind regards,
Talent Acquisition
East Africa Regional Office"""),
    m("re: bus operator", """\
hey kevin - it's Ray from the depot. you didn't pass the road test portion so we can't move you forward this round. you can reapply in 6 months. sorry man. good luck"""),
    m("Application No. 2026/DHS/553", """\
Dear Applicant,

Following the oral interviews conducted on 12 November 2026 for the post of Medical Officer (Grade II), the Selection Committee has prepared a merit list of recommended candidates.

Your name does not appear on the merit list. This communication is final and no correspondence in this regard will be entertained.

Deputy Director (Admin)
Directorate of Health Services"""),
    m("Thank you", """\
Dear Aoife,

Thank you so much for coming in on Thursday and for your lovely thank-you card - the whole team enjoyed reading it.

We had an exceptionally strong field for the Community Development Worker post and the panel's decision was very difficult. On this occasion we have decided to appoint another applicant whose experience with Traveller community projects was particularly relevant to our funding plan for next year.

I'd hate for this to be the last we hear from you. Please do keep in touch.

Warm wishes,
Siobhán
Coordinator, Northside Family Resource Centre"""),
    m("Status update: Assistant Professor of Nursing (Posting 0091723)", """\
Dear Candidate,

The search for the position listed above has concluded. We want to let you know that the position has been filled.

We appreciate your interest in Western Plains State University.

Office of Human Resources
This is an automated message generated by the applicant tracking system.""", headers=AUTO_GEN),
    m("Re: Teaching post - Maths & Physics", """\
Dear Mr O'Neill,

On behalf of the Board of Management of Coláiste Mhuire, I wish to thank you for attending for interview on 17 November.

Having carefully considered all candidates, the interview board has made its recommendation to the Board of Management, and I regret to inform you that you have not been recommended for appointment on this occasion.

The Board wishes you every success in your career.

Yours sincerely,

Chairperson, Board of Management"""),
    m("Parks Maintenance Worker", """\
Jasmine,

We appreciate you coming out to the Riverside yard last week. We've decided to go in a different direction for the seasonal crew this year. Keep an eye out in March when we post spring positions.

Dale Hutchins
Parks Operations Supervisor"""),
    m("Your candidature - Programme Analyst (VA-26-0877)", """\
Dear Mr. Mensah,

We refer to your application for the above-mentioned vacancy and your participation in the competency-based interview.

We regret to inform you that you have not been selected for this position. Due to the high volume of candidates, we are unable to provide individual feedback.

We encourage you to continue to monitor our careers portal for future opportunities that may match your profile.

Yours sincerely,
Human Resources Section"""),
    m("Re: Pharmacy Technician", """\
Hi Sipho,

Sorry, I should have phoned. Management decided not to fill the post after all - the provincial budget came through lower than expected and the position has been frozen until April at least. It's nothing to do with your interview.

If it gets unfrozen I'll let you know.

Regards
Thandeka
Pharmacy Manager, Edendale"""),
    m("Re: SEN Coordinator vacancy", """\
Dear Rachel,

Further to your interview with us on Monday, the Head has asked me to contact you. The governors have appointed to the post and unfortunately it was not you.

Thank you for your time and interest.

Kind regards
Mrs P. Ramsay
School Business Manager"""),
    m("Police Records Clerk - Recruitment Update", """\
Dear Luis Ortega,

Thank you for participating in the oral board for Police Records Clerk. Candidates needed a passing score of 70% on the oral board to be placed on the eligibility list. Your score was 66%.

You are therefore not eligible to proceed in this recruitment. You may test again in the next open recruitment.

Sincerely,
Personnel Department
City of San Benito"""),
    m("Your interview with Habitat Home Trust", """\
Hi Connor,

Thanks again for meeting with Joanne and me about the Tenancy Sustainment Officer role.

I'll cut straight to it as I know waiting is the worst part: we won't be taking your application further. The other finalist had worked on a choice-based lettings scheme, and that ended up tipping it.

We really did enjoy meeting you.

All the best,
Kerry
Housing Services Manager"""),
    m("Re: Registrar (Obstetrics) - Outcome", """\
Dear Dr Nair,

I am writing to let you know the outcome of the recent interviews for the Registrar position in Obstetrics and Gynaecology.

The panel has completed its assessment and regrettably you have not been successful in obtaining a position at this time. There were 31 applicants for 4 positions and the standard was high.

You may request feedback from the Chair of the panel by return email.

Yours sincerely
Medical Workforce Unit
Sunshine Coast Hospital and Health Service"""),
    m("ECE teacher", """\
Kia ora Mere,

Thanks heaps for coming in and spending the morning with the tamariki. We've offered the kaiako role to someone else who can start straight away, as we need cover from next week.

Hope something comes up for you soon.

Aroha
Centre Manager"""),
    m("Re: Clerk-Typist I eligibility", """\
Ms. Thompson,

Our office received your inquiry about your standing on the Clerk-Typist I eligibility list. The list was certified to the County Clerk's office and all three vacancies have now been filled from the top ranks. The list expires December 31 and will not be used again.

You are welcome to apply when the examination is next announced.

Civil Service Commission"""),
    m("Update from Fern Valley Unified", """\
Dear Angela,

We wanted to let you know that the Fern Valley Unified School District has closed the recruitment for Speech-Language Pathologist (Elementary) and will not be making a hire this school year. The position has been eliminated in the revised budget.

We're sorry to bring this news and thank you for the time you spent with our panel.

Classified & Certificated Personnel"""),
    m("Re: Research Assistant post", """\
Dear Chinedu,

Many thanks for attending the interview at the Institute last week.

After much deliberation the panel decided to appoint a candidate whose doctoral work is closer to the project's focus on malaria vector surveillance. I do not say this lightly; your presentation was very well received.

I will be happy to give you verbal feedback by phone if you wish.

With best wishes,
Prof. A. Okonkwo
Principal Investigator"""),
    m("Transit Operator Trainee - application closed", """\
Hello Denise,

Your application for Transit Operator Trainee has been closed. Reason: Did not meet minimum score on post-interview assessment.

Questions? Contact Talent Services at the number on our website.

Metro Regional Transit Authority
Do not reply to this automated email.""", headers=AUTO_GEN),
    m("Regarding your interview on 9 November", """\
Dear Ms Tan,

Thank you for attending the interview for the position of Senior Executive (Community Partnerships).

We have carefully reviewed your application and interview, and regret to inform you that your application has been unsuccessful. We will retain your particulars in our database for six months for other suitable openings.

Thank you for your interest in joining the public service.

Human Resource Division"""),
    m("Re: Chaplaincy post", """\
Dear Brother Emmanuel,

Peace be with you.

Thank you for your letter and for the time you spent with Sister Agnes and myself. We have prayed over the decision at length. The Council has asked Father Kizito to take up the chaplaincy at the hospital, and so we will not be asking you to come to Mbarara this year.

Please know that you remain in our prayers, and that your gifts will surely be needed elsewhere.

Yours in Christ,
Sr. Margaret Nansubuga
Administrator"""),
    m("Interview outcome", "Sorry Amy - we've gone with someone else for the cleaning contract supervisor job. Thanks for coming in. Bev"),
    m("Re: Thank you for the interview!", """\
Hi Olivia,

Thank you for this, and for coming in on such a grim day weather-wise.

I'm writing with news that I'm sorry to deliver: after a lot of back and forth, we've decided the Outreach Librarian role will be offered to another candidate. I'd also add that the teen programming ideas you brought were genuinely exciting and I've shared a couple (with credit!) with our youth services team.

Please apply again.

Best,
Hannah Kessler
Branch Manager, Lakeview Library

-----Original Message-----
From: Olivia Brandt
Sent: Tuesday, November 17, 2026 8:14 AM
Subject: Thank you for the interview!

Dear Hannah,
Thank you so much for meeting with me yesterday. I really enjoyed hearing about the teen maker space and would love to be part of it. I hope to hear good news soon!
Olivia"""),
    m("Ref. DOH-CHD-VII-2026-118: Result of Selection", """\
Dear Mr. Villanueva,

Greetings!

This is to inform you that after the deliberation of the Human Resource Merit Promotion and Selection Board (HRMPSB), another applicant has been selected for the position of Nurse II (Plantilla Item No. NURS2-118-2026).

We appreciate your interest and wish you success in your future endeavors.

Very truly yours,

Chief, Personnel Section"""),
    m("Community Health Worker position", """\
Dear Kofi,

Thank you for interviewing for the Community Health Worker position with Riverbend Community Health Center.

This was a hard decision. While you have a lot of the skills we were looking for, we need someone who is fluent in Spanish for this particular role, since most of the caseload at the Main Street clinic is Spanish-speaking. We aren't able to move forward with your candidacy.

We'd be glad to consider you for future openings that don't have that requirement.

Take care,
Lorena Pacheco
HR Generalist"""),
    m("Re: Adjunct Instructor - English 101", """\
Hi Greg,

Enrolment numbers for spring came in and we're cutting two sections of ENG 101, so I don't have anything to give you after all. I'm really sorry - I know I made it sound like a sure thing when we talked.

I'll keep your materials on file in case fall looks better.

Dr. Renee Alvarez
Chair, English & Communication
Pine Ridge Community College"""),
    m("Garda Vetting - Care Assistant", """\
Dear Niamh,

Thank you for your interest in the Care Assistant role at Ard Mhuire Nursing Home.

We have now filled all of the available positions. We will keep your CV on file.

Best regards,
Administration"""),
    m("Position: Environmental Health Officer (Ref EHO/2026/07)", """\
Dear Ms Pretorius,

The Municipality thanks you for your attendance at the interview.

Please be informed that the selection panel has recommended another candidate for appointment. Should you not hear from this office within three months of the closing date, please consider your application unsuccessful; however, since you were interviewed we write to inform you directly.

Yours faithfully
Municipal Manager"""),
    m("Re: update please?", """\
Hi Jordan,

Thanks for your patience and I apologize for the delay. The superintendent signed off on the hire for Assistant Athletic Director last week. It was a tough call but we selected a candidate who also holds a teaching credential, which lets us split the role with a PE section.

I appreciate you coming in for both rounds.

Coach Daniels
Athletic Director, Harmon Valley High School

On Mon, Nov 23, 2026 at 9:02 AM Jordan Reyes wrote:
> Hi Coach, just following up on the AAD position. Is there any update on a decision? I'm still very interested.
> Thanks, Jordan"""),
    m("Your application to the Ombudsman's Office", """\
Dear Leilani,

Thank you for interviewing for the Investigator position.

We received a large number of applications from highly qualified people. Although your application was competitive, it did not rank among those selected for appointment.

Regards,
Corporate Services"""),
    m("Re: Farm Co-op Bookkeeper", """\
Lungile,

The board met on Tuesday night. They've decided to keep using the accounting firm in town for another year instead of hiring a bookkeeper in-house, so the job won't go ahead. I'm sorry to have wasted your time with the interview.

Thank you for coming all the way out.

Mr J. van Wyk
Secretary, Karoo Growers Co-operative"""),
    m("Re: Union Organiser role", """\
Hi Fatima,

Appreciated the conversation last Friday and the clarity you brought about the aged care sites.

We've finished interviews and the role is going to Dave Morrow, who's been a delegate at Westmead for six years. I'm sorry it's not better news for you. Stay in touch - we'll be growing the team in the new year.

In solidarity,
Bec
Branch Secretary"""),
    m("Interview Result - Grade 11 Clerk (Vote 19)", """\
Dear Ms Abena Owusu,

OUTCOME OF INTERVIEW

I am directed to inform you that the interview panel did not find you suitable for appointment to the above position.

Thank you.

(Signed)
For: Chief Director, Human Resource Management"""),
    m("Re: re: Admissions Counselor", """\
Sam,

I wanted to close the loop with you. We decided to hold the Admissions Counselor search open and re-post it in January with a revised job description, since the VP wants the role to include transfer recruitment. So nobody from this round, you included, is being hired.

You are welcome to reapply when it's reposted but I'd understand if you don't.

Best,
Maya
Office of Admissions, Eastfield State University"""),
    m("Application status changed", """\
Your application status for Dental Assistant - Mobile Unit (ID 44102) has been updated to: Not Selected.

Log in to the Candidate Portal to view your other applications.

County Health Department Careers""", headers=AUTO_GEN),
    m("Re: Interview - Cataloguer (fixed term)", """\
Dear Hamish,

Apologies for the silence - several of us were off sick.

The panel have now met. We had two candidates who scored very closely, and you were one of them. In the end we have appointed the other, who has more experience with rare books, which was a significant part of the post. The decision was not easy.

With the panel's agreement, I'd like to hold your details for six months in case the post becomes vacant again or a similar one arises; if you'd rather we didn't, let me know.

Kind regards,
Fiona
Head of Collections, National Library of Scotland"""),
    m("Our decision - Teacher Aide", """\
Dear Parent/Applicant,

Thank you for applying to be a Teacher Aide at Wattle Grove State School.

We are sorry to tell you we did not choose you for this job. Many people applied and the choice was hard.

Thank you for helping at our school fete. We hope to see you there next year.

Mrs Lee
Business Manager"""),
    m("Re: Cook - Dining Hall", """\
Afternoon Tyrone,

Thanks for cooking for us. Chef said your jerk chicken was on point. But we need someone who can do the 5am breakfast shift all week and you mentioned you can't do Mondays, so we're giving it to the other fella.

If your schedule changes let us know.

Cheryl
Kitchen Manager, Mona Campus Dining"""),
]

REJECTION += [
    m("Not successful - Ward Clerk", "Hi Grace, see subject, sorry. Formal letter to follow from HR. Thanks for coming in. - Lyn (NUM, Ward 6B)"),
    m("Re: Interview on the 12th", """\
Dear Ravi,

Thank you for your email and for your patience. It was lovely meeting you on the 12th and I enjoyed hearing about your time at the district hospital in Thrissur; the story about the generator during the monsoon stayed with me.

We've had a busy few weeks here with the accreditation visit, which is partly why this has taken so long. The panel met again last Thursday, and we have all agreed that we will be progressing with another applicant for the Clinical Coder position.

I wish you all the very best.

Regards,
Jenny
Health Information Services, Launceston General"""),
    m("Rural Health Officer", """\
Dear Obinna,

The Board considered all shortlisted applicants at its sitting of 19 November. I must convey that your name was not among those approved.

Yours faithfully,
Secretary, State Primary Health Care Development Board"""),
    m("Re: Where things stand", """\
Hi Eilidh,

You asked me to be straight with you so I will be. You're not getting the Depute post. The interview went fine but the other candidate has ten more years of management behind her and the panel couldn't look past that.

I'd still love you to apply for the PT Guidance post when it comes out in spring. I'll flag it.

Alasdair"""),
    m("Thank you for your application - Recreation Leader I", """\
Hello Destiny,

Thank you for your interest in the Recreation Leader I position with the City of Maple Heights Parks & Recreation Department. Positions have been filled for the winter session.

Your application will remain on file for 90 days.

Sincerely,
Recreation Division""", headers=AUTO_GEN),
    m("Re: Lecturer in Social Work (Ref. 26/219)", """\
Dear Dr Mahlangu,

Thank you for your patience while the selection committee concluded its work.

I write to advise that the committee has recommended the appointment of another candidate. The recommendation has been approved by the Dean and an offer has been accepted. We will therefore not be in a position to consider your candidacy further.

On behalf of the committee, thank you for the time and thought you brought to your presentation on community-based practice.

Yours sincerely
Ms N. Dube
HR Partner, Faculty of Humanities"""),
    m("Re: Catechist role", """\
Dear Joseph,

Thank you for visiting us at the parish. Fr. Paul and the committee have chosen Mrs Adeyemi for the catechist post as she already teaches the Confirmation class on Saturdays.

God bless you in your search.

Parish Secretary"""),
    m("Re: Your Candidacy", """\
Hello Brianna,

I hope your week is going well! I just wanted to touch base with you about the Youth Services Coordinator role.

We really appreciated you taking the time to meet with our team. You clearly care a lot about young people and it came through in every answer.

At this time, we've decided to move forward with candidates whose experience more closely aligns with our current needs.

Wishing you all the best,
Tara
People & Culture, Boys & Girls Club of Eastside"""),
    m("Outcome - Casual Pool Lifeguard EOI", """\
Hi Jack,

Thanks for coming to the pool test and interview. Unfortunately your 400m time was outside the required standard, so we can't add you to the casual pool at this stage. You can retest at our next intake in February.

Aquatics Team
Hutt City Council"""),
    m("Scholarship Officer - Embassy", """\
Dear Ms Acheampong,

Thank you for attending the interview for the locally engaged position of Scholarships Officer at the Embassy.

Following careful consideration, we regret that your application has not been successful. Please note that this decision is final and that the Embassy is not able to enter into correspondence regarding the selection process.

Yours sincerely,
Human Resources
Embassy of the Netherlands, Accra"""),
    m("Re: following up on the water utility job", """\
Nate - thanks for reaching out. The Distribution Technician I position was filled internally last month by a meter reader who'd been waiting for a promotion. I thought HR had sent you something; sorry they didn't.

Brent Coley
Field Operations Manager
Cascade Water District"""),
    m("Re: Interview feedback", """\
Dear Yasmin,

Thanks for asking. Here's what I can share from the panel's notes, since you asked for it in writing.

- Strong on safeguarding scenario; clear and calm.
- Less evidence of working with external agencies (CAMHS, social care) than the other candidates.
- Good answer on behaviour policy but limited examples of leading staff.

As you know from my call, we appointed the candidate who had led a pastoral team before. I'd encourage you to get some of that experience and try again; you are not far off.

Best wishes,
Dawn Whitaker
Deputy Head (Pastoral)"""),
    m("Regret", "Dear Ms Farah, the panel regrets it cannot recommend your appointment to the post of Legal Officer. Yours faithfully, Registrar."),
    m("Re: Theatre Nurse - Mater", """\
Hi Ciara,

I know you were hoping to hear last week. We went with someone from within the unit in the end - I think there was always going to be a bit of a preference for somebody who knew the surgeons and the lists. That's not a reflection on you at all, and I'd be very happy to put your name forward to the day surgery unit if you're open to that, they're short.

Let me know.

Gráinne
CNM2, Theatre"""),
    m("IMPORTANT: Selection Result - Clerical Officer (CO/2026/15)", """\
Dear Candidate (Candidate No. 0455),

The Public Appointments Service wishes to inform you that, following interview, you have not been placed on the panel for Clerical Officer (CO/2026/15).

Your marks are available on your publicjobs account. Any request for a review must be made in accordance with the Code of Practice within 5 working days.

Public Appointments Service""", headers=AUTO_GEN),
    m("Your interest in the Sexton position", """\
Mr. Holloway,

The vestry met Sunday after services and discussed the sexton position. They've asked Mr. Barnes, who has helped with the grounds as a volunteer for several years, to take it on.

We thank you for your interest and for walking the property with me.

Yours,
Rev. Ann Whitford
Rector, St. Luke's Episcopal Church"""),
    m("Re: Graduate Planner position", """\
Hi Hannah,

Thanks for your email. Council has decided not to proceed with the Graduate Planner role after the restructure was approved last night - all vacant positions in the planning unit have been withdrawn pending a review. I'm sorry; I know you were close to the end of the process.

Kind regards,
Peter Moana
Team Leader, Policy Planning
Whanganui District Council"""),
    m("Assistant Registrar (Examinations)", """\
Dear Mr. Adebayo,

We acknowledge with thanks your attendance at the interview of 3rd November 2026.

We regret to inform you that your candidacy was not successful. The University Management wishes you success in your future endeavours.

Yours faithfully,
Registrar"""),
    m("RE: Health Visitor post", """\
Morning Zoe,

Just letting you know - we offered the health visitor post to the other candidate and she's accepted, so that's it I'm afraid for this one. Sorry. Our band 6 school nurse job comes out next month if that'd interest you at all?

Claire
Team Lead, 0-19 Service"""),
    m("Re: substitute teacher list", """\
Hi Marco,

Thanks for completing the interview. After reviewing your references, we are not able to add you to the substitute list at this time.

If you have questions you may contact the Human Resources Office.

Sincerely,
Crestwood Independent School District"""),
    m("Interview Outcome - Maintenance Planner (LTA)", """\
Dear Mr Lim,

Thank you for attending the interview with us. We appreciate the time and effort you have put in.

We wish to inform you that you have not been shortlisted for the next stage of the selection process.

We wish you all the best in your future endeavours.

Best regards,
Talent Acquisition"""),
    m("Re: Ms. Pereira - decision", """\
Ms. Pereira,

The Board of Directors of the Trinidad Credit Union Co-operative met on Tuesday and reviewed the recommendation of the interview committee for the Branch Supervisor post. The Board has resolved to re-advertise the position. Accordingly the applications received in the first round, including yours, are closed.

Respectfully,
Corporate Secretary"""),
    m("Thanks from the Food Bank", """\
Hi Ellie!

THANK YOU for coming in to interview for Volunteer Coordinator. We loved meeting you. Honestly we loved meeting everybody, which made this brutal.

We've offered the position to Marisol, who some of you might know from Saturday distributions. We hope you'll still come and pack boxes with us!!

Love,
The Food Bank team"""),
    m("Outcome", """\
Dear Tendai

Thank you for your time at the interview for Finance Officer.

We have concluded the process and would like to let you know that we have appointed a candidate. We sincerely appreciate your interest in working for Harare Children's Trust.

Regards
HR"""),
    m("re: Head of Department (Science) - interview", """\
Dear Mr Hughes,

Thank you for attending interview at Ysgol Bro Teifi. I am writing to confirm the conversation we had by telephone yesterday evening, namely that the governing body panel has appointed another candidate to the post.

I would like to repeat my thanks for your lesson observation, which the students spoke highly of.

Yn gywir,
Mrs E. Prys
Headteacher"""),
    m("Re: Deputy Clerk (Land Records)", """\
Alicia,

We finished up interviews yesterday. Clerk Harmon has decided to promote from within the office. I appreciate you coming in and wish you luck.

Tom Reddick
Chief Deputy, Office of the County Clerk & Recorder"""),
    m("Application update - Humanitarian Logistics Officer", """\
Dear Hassan,

We're writing to let you know that following the technical test and interview, you have not been retained for this role.

We know this isn't the outcome you hoped for. Applications for our roster of emergency logisticians are open all year; you may wish to register there.

With kind regards,
Recruitment Team, Geneva"""),
    m("Re: thanks and next steps?", """\
Hi Ines,

Thanks for your note. There aren't next steps for you on this one, sorry to say - we've chosen another finalist. You came across really well and I'd have no hesitation recommending you to the other branches.

Amanda
Manager, Bayside Branch Library"""),
    m("Notification of Recruitment Outcome", """\
Dear Ms Kaur

Position Number: 00041229 - Administration Officer (AO3)

Thank you for your participation in the recent selection process.

The selection panel has assessed your application, interview and referee reports against the selection criteria. I regret to inform you that you have not been recommended for this position.

You are entitled to seek feedback by contacting the convenor listed in the advertisement.

Yours sincerely
Recruitment Services
Department of Education"""),
    m("Re: radiographer", """\
Kwame, unfortunately the Ministry hasn't given us the financial clearance for the post this year so I have no appointment to make. I can't tell you when it'll come. I'm sorry. Dr Asante"""),
    m("Result of recruitment exercise", """\
Dear Applicant,

Further to the interview held for the post of Assistant Librarian, we wish to inform you that the Board has made a selection. You are hereby informed that the Board has not retained your application.

You may collect your original documents from the Registry between 9 a.m. and 3 p.m. on weekdays.

Human Resource Management Division
Mauritius Institute of Education"""),
    m("Re: Social Worker - Child Protection", """\
Hi Amara,

I promised I'd call but I've been in court all week, so forgive the email. The panel scored everyone last Friday. You came fourth and we had two posts, so it's a no this time. However, your score is above the line for the eligibility register, which means you could be contacted if a vacancy comes up in the next twelve months, though I can't promise that.

Sorry it's not better news.

Jo Kessler
Practice Lead"""),
    m("Follow up", """\
Hello Mr. Balogun,

Your interview with the hospital management board is noted. The Board resolved not to employ additional pharmacists this quarter due to the embargo on employment from the State Government. Your file has been closed.

Administration"""),
    m("Re: Coffee next week?", """\
Hi Sophie,

Of course, happy to grab a coffee - I'm in town Thursday. And I'll tell you now so it isn't hanging over the coffee: we've appointed someone else to the Program Manager role. I know you'd want to know. But I'd genuinely like to hear about what you're thinking of next.

Thursday at 10 at the Standard?

Kath"""),
    m("Unsuccessful - Senior Ranger", """\
Hi Liam,

Thanks for your time. You've been unsuccessful for the Senior Ranger role in the Grampians. Formal notification will come from the recruitment system.

Feedback available on request.

Cheers,
Jules
Area Chief Ranger, Parks Victoria"""),
    m("Re: Bursar post", """\
Dear Mr Kimani,

Further to your interview at the school on 14 November, I am instructed by the Board of Governors to inform you that the Board has resolved to retain the current acting Bursar in a substantive capacity.

The Board thanks you for your interest.

Yours faithfully,
Principal, Kakamega High School"""),
    m("Nursing Assistant (Night Shift) - update", """\
Hi Mariah,

We've reviewed your interview and background check. Based on the results of the background check we are unable to move forward with your employment. A copy of the report and a summary of your rights are attached as required by law.

HR Department
Pinewood Senior Living (a non-profit ministry of Grace Communities)"""),
    m("Re: just following up", """\
Hi Aroha,

Not the news you're after, sorry. Board decided they want someone with a te reo Māori teaching qualification for the bilingual unit, so we've offered it to a candidate who has one. You were lovely and the kids loved you.

Kia kaha,
Whaea Rina"""),
    m("Your application: Careers Adviser (0.6 FTE)", """\
Dear Sean,

Thank you for attending interview for the Careers Adviser post at Limerick & Clare ETB. Having considered all candidates against the criteria, the board has placed you on a panel from which future vacancies for this grade may be filled, in order of merit; you are number 5 on that panel. The current vacancy has been filled by the first-placed candidate.

The panel will remain in place for twelve months.

Yours sincerely,
HR Department""", note="placed on a reserve panel at number 5, but the role itself went to another; a rejection for this post"),
    m("Re: School counselor", """\
Good afternoon Ms. Robinson,

I apologize for the lateness of this reply. The district has decided to contract counseling services out for the remainder of the school year, so we will not be hiring for the counselor position. Thank you for your interest in Bayou Parish Schools.

Respectfully,
Dr. Charles Guidry
Director of Student Services"""),
    m("Re: Programme Officer (Gender)", """\
Dear Ngozi,

Thank you for your message and your patience.

I am sorry to tell you that the selection has been made and it is not in your favour. The decision was taken at Regional level and I was not on the final panel myself, but I understand that it came down to language requirements: French was essential for the role's coverage of Cameroon and Chad.

I wish you well and hope we cross paths again.

Warm regards,
Adaeze"""),
    m("HR Notification", """\
Dear Applicant,

Vacancy: Enrolled Nurse, Nkhoma Mission Hospital

We thank you for attending the interview. Kindly note that the vacancy has been filled.

Management"""),
    m("A note about the Curator post", """\
Dear Anna,

It was a pleasure meeting you at the museum on Wednesday and seeing your ideas for the labour history gallery.

I am sorry to say that the trustees did not feel able to offer you the Curator post. I've asked them for a little more detail and will pass that on when I have it.

With thanks and all good wishes,
Geraldine Moss
Chair of Trustees"""),
]

REJECTION += [
    m("Re: Administrative Assistant III", """\
Dear Kim,

Thank you for interviewing with the Department of Facilities at the University of Northern Arizona. I am writing to inform you that you were not selected for the position. We received over 90 applications.

We wish you the best in your job search.

Sincerely,
Search Committee Chair"""),
    m("An update on your application", """\
Hi Precious,

Thank you for your interest in Lighthouse Community Clinic. The Medical Receptionist role has now been put on hold indefinitely while we review our front-desk model, and we have stopped all recruitment for it. We'll let you know if it reopens but wouldn't want you to wait on it.

Best,
Operations"""),
    m("Re: Rabbi's assistant position", """\
Dear Eli,

Thank you for your patience. After meeting with the search committee, Rabbi Feldman has decided to offer the position to a candidate who can also serve as our youth advisor.

We were grateful to have you with us for Shabbat and hope you will visit again.

Shalom,
Miriam Cohen
Executive Director, Temple Beth Shalom"""),
    m("Re: GP Registrar rural placement", """\
Dear Dr Fernando,

After discussion with the practice, I'm afraid we've matched the Katherine placement to another registrar. It's not a judgement on your interview - they needed someone who could commit to the full 12 months and your training timeline only allowed six.

If you're interested in Tennant Creek for the second half of the year, let me know and I'll put you in touch.

Regards,
Medical Education Officer
NT General Practice Education"""),
    m("Thank you for your interest in serving with us", """\
Dear Rebecca,

Grace and peace to you.

We have completed our review of all candidates for the Teacher (Primary) assignment in Lusaka. After much prayer and careful consideration of the needs of the school, the Field Committee has not extended an invitation for you to serve in this assignment.

We are truly grateful for your heart for service and for your willingness to go.

In His service,
Member Care Department"""),
    m("Re: Interview", "Afraid not this time Connor. The other chap had his HGV licence already. Thanks anyway - Mick, Roads Depot"),
    m("Selection Result - Senior Lecturer", """\
Dear Dr Ahmed,

The Senate Appointments Committee, having considered the report of the interview panel, did not approve your appointment to the post of Senior Lecturer in Public Health.

Yours faithfully,
Deputy Registrar (Establishment)"""),
    m("Outcome of your interview - Library Technician", """\
Hi Chloe,

Thanks so much for interviewing with Auckland Libraries. While your interview was positive, we've offered the role to another applicant whose skills better matched this particular position.

We know this will be disappointing. You're welcome to call me for feedback.

Ngā mihi nui,
Recruitment Partner"""),
    m("Re: CLOSE-OUT Ref BHA-0923", """\
Dear Ms Oyelaran,

Re: Housing Officer (fixed-term 12 months) - Ref BHA-0923

Thank you for coming to interview. Having considered the assessment results, the panel will not be making you an offer of employment.

This letter is sent on behalf of the panel. Please contact hr@ if you wish to discuss.

Kind regards
HR Advisor"""),
    m("Re: Park Ranger I", """\
Dear Mr. Whitehorse,

Due to the state hiring freeze announced by the Governor on November 16, all open recruitments in the Division of State Parks, including Park Ranger I, have been cancelled. No selections will be made.

We regret the inconvenience and thank you for your patience.

Human Resources
Department of Natural Resources"""),
    m("RE: RE: Midwife Band 6", """\
Hi Hollie,

Yes, sorry, I should've told you on Friday. We only had the one post and we appointed someone else. You were a very close second. Happy to chat.

Rachel (Maternity Matron)

-----Original Message-----
From: Hollie Barnes
Sent: 24 November 2026 10:41
To: Rachel Okafor
Subject: RE: Midwife Band 6

Hi Rachel, sorry to chase, just wondering if there's any news on the Band 6 post? Thanks, Hollie"""),
    m("Assistant Director - Dept of Social Welfare", """\
Dear Mr Mwangi,

RE: APPLICATION FOR EMPLOYMENT

Your application and subsequent interview for the above post refer.

The Public Service Commission considered candidates at its meeting held on 10th November 2026 and regrets that you were not successful.

You are advised to look out for future advertisements.

For: SECRETARY, PUBLIC SERVICE COMMISSION"""),
    m("your interview last week", """\
Hi Dylan

Thank you for your time last week, you presented well. After a lot of discussion we've decided to hold off on appointing a second apprentice electrician this year. We don't have the workload to support two at the moment, so we're going to stay with the one we have.

Good luck

Steve
Facilities, Christchurch Polytechnic"""),
    m("Executive Assistant to the Vice-Chancellor", """\
Dear Ms Ncube,

Thank you for attending the interview for the above position.

We wish to advise that the University has decided to appoint another candidate whose experience was considered more closely aligned to the requirements of the role.

We wish you every success.

Yours sincerely,
Director: Human Resources"""),
    m("Re: Paraprofessional - Special Education", """\
Hello Tanisha,

Our principal has filled the para position at Lincoln Elementary. We would like to thank you for your time. There are para openings at other schools that are listed on our website.

HR Specialist
Greenfield Public Schools""", note="points to other openings, but says this post is filled"),
    m("Re: Community Pharmacist", """\
Hi Arjun,

Thanks for coming down to Broken Hill for the interview. We'll pass for now. We've decided to fill the gap with locums over summer and revisit a permanent role in the new financial year.

Cheers,
Mick, Far West Aboriginal Health Service"""),
    m("Audit Officer - Office of the Auditor General", """\
Dear Kwabena,

Following the assessment centre and panel interview, the selection committee has compiled the final ranking. We regret to inform you that your overall score did not place you within the number of positions available.

Thank you for your interest in the Office of the Auditor General.

Recruitment Unit"""),
    m("Re: Deputy Principal - Lilongwe", """\
Dear Mr Banda,

Thank you again for your interest in the post. The Board met on Saturday. They have asked the current Head of Secondary to act up into the Deputy Principal role for the next two years, so there will be no external appointment.

I am sorry to bring you this news. You would have been an excellent colleague.

With best regards,
Mrs R. Chirwa
Principal"""),
    m("Decision", """\
Hi Sarah,

Thanks for your patience. The team has decided to offer the role of Events Officer to another applicant. It was a really close call and we were impressed by your ideas for the Sunday markets.

Thanks again,
Jo
Community Services, Fremantle"""),
    m("RE: Follow-up - Interpreter (Tagalog/English)", """\
Good day Ms. Dizon!

Thank you for your follow-up. Please be advised that the post of Interpreter has already been filled. We thank you for your interest and for participating in the interview process.

Best regards,
Consular Section
Embassy"""),
    m("Re: Hospital Chaplain", """\
Dear Pastor Greene,

I wanted to write personally as well as the formal letter from HR. The committee chose another candidate, a Catholic priest, because our patient population has a high proportion of Catholic families and we currently have no priest on staff. I know you understand.

I'd be happy to have you on our volunteer on-call rota if that would be of interest.

In friendship,
Rev. Dr. Sheila Nakamura
Director of Spiritual Care"""),
    m("Outcome: Junior Engineer (Civil) Written+Interview", """\
Dear Candidate,

Roll No.: 2026JE04471

The result of the Junior Engineer (Civil) recruitment has been published on the Board's website. The candidates selected for appointment are listed in the final merit list in order of rank. Your roll number does not figure in the list of selected candidates.

Controller of Examinations
State Staff Selection Board""", headers=AUTO_GEN),
    m("Re: Research Nurse", """\
Hi Beth,

Sorry to be the bearer. The funding for the research nurse post was tied to the trial, and the sponsor has just paused recruitment to the trial at our site, so we've had to pull the role. I'm gutted, you'd have been great.

Dr Okeke"""),
    m("Interview - Administrative Officer Grade III", """\
Dear Ms. Baptiste,

The Service Commissions Department thanks you for attending the interview for the office of Administrative Officer III.

Kindly be informed that the Commission has not selected you for appointment. Your name has not been placed on the Order of Merit List.

Thank you for your interest in the Public Service of the Republic of Trinidad and Tobago.

Director of Personnel Administration"""),
    m("Re: Re: update on the tutor job", """\
Hi Lucy,

I did - sorry if the last email was unclear! To be plain: we won't be offering you the GCSE Maths tutor post. We went with someone who can cover Fridays.

Thank you!
Amy"""),
    m("Thank you from the Lower Valley Sanitation District", """\
Dear Mr. Petrakis,

Thank you for interviewing for the Maintenance Mechanic position. We have offered the job to another applicant. We'll keep your application for six months in case another mechanic position opens up.

Sincerely,
Linda Cho
Administrative Services Manager"""),
    m("Your application for Assistant Principal (Ref 2026-AP-88)", """\
Dear Ms Doherty,

I refer to your interview for the position of Assistant Principal II.

Following a careful assessment of all candidates, the selection board has recommended the appointment of another candidate. I wish to thank you for your interest in the position.

Yours sincerely,
Secretary to the Board of Management
Gaelscoil na Trá"""),
    m("Re: Mental Health Support Worker", """\
Hi Ben,

Thanks for taking the time to chat to us. After talking it through we don't think the role is right for you at this point - the night shifts are often lone working, and we felt we'd want someone with a bit more experience managing escalation on their own.

We'd welcome an application for a day role in the future.

Warmly,
Jess
Team Leader, Wellways Crisis House"""),
    m("Re: Postdoc - hydrology", """\
Dear Pablo,

I'm sorry this is so late. I have offered the postdoc to Dr Jansen, who accepted this morning. You were my second choice and it was very close. I will keep you in mind if the second year of funding comes through as I hope.

Best,
Prof. Kate Ellison
School of Earth Sciences, University of Tasmania"""),
    m("Notification", """\
Dear Ms Njeri Kamau,

REF: INTERVIEW FOR THE POSITION OF HEALTH RECORDS OFFICER

The Hospital Board thanks you for your interest. Please note that you were not successful.

Regards,
Human Resource Manager"""),
    m("City of Kingsport - Application Status", """\
Dear Taylor,

Thank you for applying for the Library Page position. We wanted to inform you that we have decided to pursue other applicants at this time.

City of Kingsport Human Resources""", headers=AUTO_GEN),
    m("Re: next steps?", """\
Hey Nikhil,

Good to hear from you. The short version is that the board has put the Climate Officer hire on ice for now - our grant from the foundation was cut in half last week and we're restructuring around that. I don't expect we'll get back to it before the next financial year, so I wouldn't hold out for us.

Really sorry. You'd have been the pick.

Aisha
Executive Director, Green Neighbourhoods Co-op"""),
    m("Re: Outreach Worker - Kampala", """\
Dear Esther,

Thank you for your patience. Unfortunately we could not take your application forward. We had many good applicants for one post.

Be blessed,
Programme Manager"""),
    m("Re: Mentoring Coordinator", """\
Hi Ikaika,

I hope your family's doing well. We had our final meeting on the coordinator role. We're not going to be bringing you on this time. I wanted you to hear it from me first.

Auntie Kalani"""),
    m("Teaching Service Commission - Result of Interview", """\
Dear Teacher Mensah,

This is to inform you that the Regional Selection Panel has completed interviews for Headteacher (Basic School) positions in the Ashanti Region.

Your name did not appear on the list of successful candidates released on 18th November 2026.

You may reapply in the next promotion cycle.

Regional Director"""),
    m("Re: Nurse Practitioner - Community Health", """\
Dr. Harper,

Thank you for taking the time to visit us in Shiprock. After careful deliberation, the selection committee has decided not to move forward with your application at this time. We appreciate your interest in serving our patients.

Sincerely,
Human Resources, Northern Navajo Medical Center"""),
    m("Re: Quick update - Dietitian", """\
Hi Mia,

Quick update as promised. It's a no from us unfortunately; the post went to one of our current students finishing their placement. Good luck with the other applications.

Fran"""),
    m("Re: Interview - Fire Safety Inspector", """\
Mr. Kowalski,

This letter is to notify you that you were not selected for the Fire Safety Inspector position. You ranked 6th of 11 candidates on the oral board. Only the top three candidates were referred to the Fire Marshal for final interview.

Thank you,
County Personnel Office"""),
]

REJECTION += [
    m("Re: Thank you", """\
Thanks Marguerite, that's very kind of you.

I'm afraid I have to tell you we've filled the secretary post at the parish office. Mrs Doyle starts on Monday.

Every blessing,
Fr. Tom"""),
    m("Re: Dental Therapist post - Northern Cape", """\
Dear Ms Jacobs,

The Department has withdrawn the advertisement for this post following the moratorium on the filling of non-critical posts. The interviews held on 5 November are therefore null and void and no appointment will result from them.

We apologise for any inconvenience.

Chief Director: Human Resource Management"""),
    m("Our reply", """\
Dear Kareem,

We appreciate your enthusiasm and the obvious thought that went into your 30-60-90 plan. We had many strong interviews. On reflection, the panel wanted a Development Officer who has already closed six-figure gifts, which is what the campaign needs next year, and that has shaped the appointment we have made.

Please take this as the very sincere thanks it's meant to be.

Ruth Adler
Director of Development, Hillcrest Hospice Foundation"""),
    m("Re: Statistician post", """\
Dear Vikram,

Thank you for writing. I can confirm the Institute has completed its selection for the post of Statistician (Contract). It has been offered to and accepted by another candidate.

Regards,
Administrative Officer"""),
    m("Re: part time Receptionist (Tues/Thurs)", "Hi Kelly, sorry love, we've given the reception hours to Sandra who was already doing the Mondays. Cheers, Deb (Practice Manager)"),
    m("Re: RE: Your Application - ESL Instructor", """\
Hi Dina,

In answer to your question - no, you didn't do anything wrong. The college decided to offer ESL courses through the continuing-ed partnership with the district instead of hiring instructors directly, so all the instructor positions were withdrawn. None of us are getting hired, if that's any comfort.

Best regards,
Harold Mertz
ESL Program Coordinator"""),
    m("Staff Nurse Recruitment - Reserve List", """\
Dear Ms Ochieng,

Following your interview, you have been placed on the reserve list for Staff Nurse (Renal). The current vacancies have been filled from the main list.

Candidates on the reserve list may be contacted should additional vacancies arise within six months. There is no guarantee that further vacancies will arise.

Nursing Workforce Office""", note="reserve list with no current vacancy; could be read as deciding"),
    m("Unsuccessful application - ref 73519", """\
Application reference: 73519
Position: Cleaner (Part-time), Northern Beaches Council
Outcome: Unsuccessful

This is an automated notification. Thank you for your interest in working with Council.""", headers=AUTO_GEN),
    m("Re: Thank you for meeting!", """\
Hi Kiri,

It was great meeting you too! We really enjoyed your energy.

We've thought hard about it and we don't think we can offer you the youth worker job right now. The team felt your experience is more in schools, and this role is mostly street-based outreach at night.

But please come to the community BBQ on the 5th - no pressure, just would be nice to see you.

Mahi tahi,
Tui"""),
    m("Re: Admin Officer (Health Board) - my interview", """\
Dear Mr Jack,

Thank you for your email.

I can confirm the selection process has now concluded. I'm sorry that I do not have better news for you: the board has selected another candidate for this post.

Best wishes
NHS Highland Recruitment"""),
    m("Re: Ward Aide", """\
Hello Ana,

I am writing regarding your interview for the Ward Aide position at Our Lady of Lourdes Hospital. I regret to advise that you did not pass the medical examination required for this post, and so we are unable to proceed with your appointment.

You may request a copy of the medical findings from the Employee Health Office.

Respectfully,
HR Department""", note="failed pre-employment medical after interview; the appointment will not proceed"),
    m("Re: Maintenance Technician - Water Reclamation", """\
Hi Carlos,

Thanks for touching base. I spoke to the plant manager and we're going to promote one of our operators into the position instead. I know that's not what you wanted to hear. There will be another Operator-in-Training posting in the spring and I'd encourage you to go for it.

Regards,
Trish
HR Analyst"""),
]

OFFER += [
    m("Ref: HSE/NW/2026/0391 - Offer of Appointment, Clinical Nurse Manager 1", """\
Dear Ms Breen,

Further to your interview on 6 November 2026, I am pleased to advise that you have been placed first on the panel for the above post and I am now in a position to offer you the post of Clinical Nurse Manager 1, Medical Assessment Unit, Sligo University Hospital.

This offer is subject to satisfactory Garda vetting, occupational health clearance and references. Please complete and return the enclosed acceptance form within 14 days.

Yours sincerely,

HR Department"""),
    m("Welcome to the team!", """\
Hi Dominique,

I'm thrilled to tell you the committee would love you to be our new Teen Services Librarian at the Northgate Branch! HR will send the paperwork today with the salary ($54,600, Librarian I, step 3) and benefits.

Can you start January 4th? Let me know what works.

So excited,
Rosa"""),
    m("Appointment - Mathematics Teacher", """\
Dear Mr Otieno,

TEACHERS SERVICE COMMISSION

Following the interviews held on 11th November 2026, I am pleased to inform you that you have been selected for appointment as a Secondary School Teacher (Mathematics/Physics), T-Scale 7, and posted to Kisumu Boys High School.

Your appointment is subject to medical examination by a Government Medical Officer and verification of your academic certificates. Report to the County Director, Kisumu, with the originals on or before 7th December 2026.

COUNTY DIRECTOR"""),
    m("Re: good news", """\
Tahu, the panel picked you. Formal letter coming from HR this week with the conditions (police vet and drug test). Congratulations mate.

- Wiremu, Operations Lead, Water Services"""),
    m("Letter of Offer - Lecturer in Midwifery (Level B)", """\
Dear Dr Watts,

On behalf of the University, I am delighted to offer you a continuing appointment as Lecturer in Midwifery (Academic Level B, Step 4), within the School of Nursing and Midwifery.

Your salary will be $118,204 per annum plus 17% superannuation. The appointment will commence on a mutually agreed date in February 2027 and is subject to a satisfactory Working With Children Check and verification of your AHPRA registration.

To accept, please sign the enclosed contract and return it via the portal within ten working days.

Yours sincerely
Pro Vice-Chancellor (People)"""),
    m("Re: Outcome", """\
Hi Zanele,

Good news - the committee has recommended you for the Community Liaison post and the Director has approved it! I'm going to send the contract through once HR has done the final salary check, probably Monday.

Well done!

Lerato"""),
    m("Appointment to the post of Assistant Engineer", """\
Dear Sri R. Karthikeyan,

With reference to your application and the interview held on 10.11.2026, you are hereby informed that you have been provisionally selected for appointment to the post of Assistant Engineer (Civil) in the Public Works Department on a pay of Rs. 56,100 in Level 10 of the Pay Matrix.

The appointment is subject to verification of character and antecedents by the police authorities and medical fitness. You are requested to convey your acceptance within 15 days from the date of issue of this letter.

Superintending Engineer (Establishment)"""),
    m("We'd like you to join us", """\
Dear Ciarán,

Thank you for coming in to meet the board on Tuesday. I'm delighted to let you know that they have unanimously agreed to appoint you as Manager of the Westport Credit Union, starting 1 February, subject to Central Bank fitness and probity approval.

I'll phone you tomorrow to talk about the package.

Regards,
Máire Walsh
Chairperson"""),
    m("Re: Kindergarten Teacher", """\
Hi Ms. Patel,

Dr. Simmons would like to recommend you to the Board for the kindergarten position at Maple Grove Elementary. The Board meets December 8 to approve new hires; that's a formality, but it means your start date would be January 5.

Please call me to accept and we'll get your onboarding started.

Teresa Ruiz
Principal's Secretary"""),
    m("Offer: Community Pharmacist - Tauranga", """\
Kia ora Hemi,

Following your interview I'm really pleased to confirm we'd like you to take up the role of Community Pharmacist with us. Salary $98,000 plus KiwiSaver, 4 weeks' annual leave and CPD budget.

Attached is the individual employment agreement. Once you've had time to look it over (and talk to your union if you like), sign and send it back.

Ngā mihi,
Aroha Kingi
Pharmacy Manager"""),
    m("CONGRATULATIONS - Selection as Nurse II", """\
Dear Ms. Reyes,

We are pleased to inform you that the Human Resource Merit Promotion and Selection Board (HRMPSB) has selected you for the position of Nurse II (SG 15), Item No. NURS2-0442-2026, at the Provincial Hospital.

Please submit the following documents to the Personnel Section for the preparation of your appointment: medical certificate (CS Form 211), NBI clearance, PDS (CS Form 212), and the original of your PRC license.

Very truly yours,
Chief of Hospital"""),
    m("job", "Kevin, you start Monday 7am at the depot if you still want it. Ray"),
    m("Re: Youth Pastor search", """\
Dear Nathan,

I'm thrilled to tell you that the search committee voted unanimously on Sunday evening to call you as our next Associate Pastor for Youth and Families. The congregation will be asked to affirm the call at a meeting on December 13; this is a formality but our constitution requires it.

Terms are as we discussed: $58,000 plus housing allowance, and we'd hope you can begin in mid-January.

Please pray over it and let me know.

Grace and peace,
Pastor Mike"""),
    m("Conditional Offer of Employment - Police Communications Operator", """\
Dear Ms. Harris,

The City of Lakewood is pleased to extend to you a conditional offer of employment for the position of Police Communications Operator at $27.41/hour.

This offer is contingent upon the successful completion of a psychological evaluation, polygraph, medical examination and drug screen, and a background investigation.

Please sign and return this letter by December 1 to indicate your acceptance.

Human Resources Department"""),
    m("Fwd: Appointment letter", """\
Hi Ayesha,

Forwarding the formal letter below, but just wanted to say I'm so glad it's you. See you in January!

Kerry

---------- Forwarded message ---------
From: HR Operations
Subject: Appointment letter

Dear Ms Siddiqui,

We are pleased to confirm your appointment as Housing Options Adviser (Grade 6, SCP 23) with effect from 11 January 2027, subject to satisfactory references and a basic DBS disclosure."""),
    m("Re: Librarian position", """\
Dear Ms. Chua,

I am pleased to inform you that you have been selected for the position of Assistant Librarian at the Central Public Library. The Board has approved your appointment at a monthly salary of $4,200.

Please report for the pre-employment medical examination at the polyclinic next week; the Personnel Section will send you the details.

Congratulations and welcome.

Regards,
Chief Librarian"""),
    m("Re: Thank you", """\
Thank you Abigail, lovely to meet you too!

And actually I was about to ring you - the panel met this morning and we'd love you to come and be our new practice nurse. Could you do three days a week to start as we discussed? I'll get Debbie to send the contract over.

Dr Kershaw"""),
    m("Letter of Appointment - Ref: NUC/PF/2026/339", """\
Dear Dr. Eze,

APPOINTMENT AS LECTURER II

I am pleased to inform you that the Council of the University, at its meeting of 14th November 2026, approved your appointment as Lecturer II in the Department of Microbiology on CONUASS 3, Step 2.

The appointment is on probation for three years in the first instance. Please signify your acceptance in writing within two weeks of receipt of this letter.

Yours faithfully,
Registrar"""),
    m("Re: After-school program", """\
Hey Jayden!!

We want you! Come be a Program Leader at the Eastside site. $19/hr, Mon-Fri 2:30-6:30. You'll need to finish the fingerprinting and TB test before your first day, Carmen will email you how.

Welcome aboard!
Coach Lisa
YMCA Youth Development"""),
    m("Appointment - Senior Social Worker", """\
Dear Ms Cassidy,

Following the recent competition for the above post, the Chief Officer has approved your appointment as Senior Social Worker, Primary Care Team, on the following terms: salary point 3 of the scale; 35-hour week; permanent, pensionable.

Your appointment is conditional on satisfactory references and clearance by Occupational Health and the National Vetting Bureau. I have enclosed two copies of the contract.

Yours sincerely,
HR Manager, Community Healthcare Organisation"""),
    m("Good news from Riverside Clinic!", """\
Hi Lamar,

Hope your Thanksgiving plans are coming together. I wanted to let you know before the holiday: you're our choice for Medical Assistant! Starting pay $21.50, full benefits after 60 days. HR will call you Monday to set up your drug screen.

Happy Thanksgiving!
Janelle, Clinic Manager"""),
    m("Congratulations", """\
Dear Mr Phiri,

It gives me great pleasure to inform you that, following the interviews conducted on 13 November 2026, the Board of Directors has resolved to appoint you to the position of Water Quality Officer with Lusaka Water Supply and Sanitation Company.

The appointment is subject to a satisfactory medical report and confirmation of your professional qualifications. A contract will be issued upon receipt of the above.

Yours faithfully,
Director, Human Resources"""),
    m("Re: Research Assistant", """\
Dear Chinonso,

I'm pleased to say the job is yours, if you want it. The Dean's office has cleared the appointment and I'd like you to begin on 4 January. Contract details will follow from HR.

Warm regards,
Prof. Adichie"""),
    m("Your appointment", """\
Tēnā koe Manaia,

The panel was very impressed with you and I'm delighted to confirm your appointment as Kaiāwhina (Māori Health Assistant) with the community team, starting 11 January. This is subject to a satisfactory police vet and the usual health screening.

We'll be in touch shortly with your agreement.

Nāku noa, nā
Huia"""),
    m("Offer of appointment: Library Services Officer (APS 4)", """\
Dear Jessica,

I am pleased to offer you ongoing employment in the Australian Public Service as Library Services Officer, APS Level 4, National Library. Your salary will be $79,124 per annum.

This offer is conditional on you obtaining and maintaining a Baseline security clearance and on Australian citizenship verification.

Please accept through the online portal by 4 December 2026.

Regards
People Branch"""),
    m("Re: Bookkeeper", """\
Lungile,

Good news after all. The board met again and the auditor convinced them they need someone in-house, so they've asked me to offer you the bookkeeper post. R18,500 a month, three days a week. Can you start on the 4th of January?

Mr J. van Wyk"""),
    m("School Nurse - Welcome", """\
Dear Ms. Alvarez,

On behalf of Diocese of San Gabriel Catholic Schools, I'm pleased to welcome you as School Nurse at St. Francis Xavier School for the remainder of the 2026-2027 school year.

Your employment is conditional upon clearance of your Live Scan fingerprinting, completion of Virtus safe environment training, and verification of your RN license.

Sincerely,
Office of Catholic Schools"""),
    m("re: interview", """\
Pooja, the panel chose you for the physiotherapist post. I told them you'd want to start after Diwali, which is fine. HR will send the letter with the conditions (medical fitness certificate and police verification). Congratulations! - Dr Menon"""),
    m("Welcome to Habitat", """\
Hi Connor!

Remember the construction coordinator role we mentioned at the end of your interview? We decided you'd be perfect for it, and the board approved it last night. It's $62k, full time, with a truck. Want it?

Kerry
Housing Services Manager""", note="offer of a different role after the interview; still an offer of a job"),
    m("Re: Graduate Nurse Programme", """\
Dear Sophie,

Congratulations! We are pleased to advise that you have been successful in gaining a position in our 2027 Graduate Nurse Programme, commencing 1 February 2027 in the Surgical Stream.

Your position is subject to AHPRA registration and a satisfactory National Police Check. Please log in to accept by 7 December.

Nursing & Midwifery Education Unit"""),
    m("Offer", """\
Hi Fatima,

I have some news. Dave Morrow turned the role down last night for family reasons, and the committee agreed this morning to go to you as the next candidate. We'd love you to start as Organiser on 18 January, same terms as advertised.

Please call me when you can.

Bec
Branch Secretary""", note="second-choice offer after a first candidate declined"),
]

OFFER += [
    m("Re: Assistant Clerk", """\
Alicia,

Change of plans here. The internal candidate withdrew for personal reasons and Clerk Harmon would like to hire you as Deputy Clerk I. Starting salary $42,380. Let me know by Friday if you accept and I'll get you into the background check queue.

Tom Reddick
Chief Deputy"""),
    m("Appointment as Staff Nurse - Ministry of Health", """\
Dear Mr Tuilagi,

I have the honour to inform you that the Public Service Commission has approved your appointment as Staff Nurse, Grade PS4, at Tupua Tamasese Meaole Hospital, with effect from the date you assume duty.

You are required to undergo a medical examination before assuming duty. Please report to the Human Resources Division at 9 a.m. on Monday, 7 December 2026.

Chief Executive Officer"""),
    m("The Board has approved!", """\
Hi Madeleine,

The Board of Trustees approved your appointment as Head Librarian at their meeting tonight! I know we said this was the last hurdle, so: congratulations and welcome. Contract on its way.

Colette"""),
    m("Re: Teaching post - English", """\
Dear Ms Kelly,

I am delighted to let you know that the Board of Management has ratified the interview board's recommendation, and I am in a position to offer you the post of Teacher of English (contract of indefinite duration, 22 hours) from 4 January 2027.

This is subject to Teaching Council registration and satisfactory Garda vetting, which I understand you already hold. Please confirm acceptance in writing to the school office.

Yours sincerely,
Principal"""),
    m("Re: IT Support Technician", """\
Hi Rohan,

We'd be glad to have you join the district's IT team. I've attached the job offer with pay ($24.10/hr, range 22) and start date options. You'll need to clear fingerprinting and TB testing before you can start on a campus.

Let me know by Wednesday if possible.

Thanks,
Angie Moreno
Technology Services, Rio Verde USD"""),
    m("Your new job at the co-op", """\
Hello Thabo,

The committee met on Friday and agreed that you should be our new Shop Manager. We can pay R14,000 a month plus the housing. Please come and see me at the office this week so we can sign the papers.

Regards,
Mrs Mokoena
Chairperson, Bophelo Farmers Co-operative"""),
    m("Re: Application for Logistics Assistant", """\
Dear Mr. Osei,

We are pleased to offer you a Service Contract as Logistics Assistant (SB-3) for an initial period of 12 months. The Human Resources Unit will contact you with your contract and medical clearance instructions.

Please confirm your acceptance by reply.

Best regards,
Operations Manager"""),
    m("Re: Sessional Lecturer", """\
Hi Bronwyn,

Just confirming from our chat - we'd love you to take the two second-year tutorial groups in semester 1, at the casual academic rate (Level B). I'll need your bank details and a copy of your Working With Children card to set you up as a casual.

Cheers,
Matt"""),
    m("Selection for Appointment", """\
Dear Ms. Wambui,

You have been selected for appointment as Laboratory Technologist, Job Group J, at Nakuru County Referral Hospital, following the interviews held on 9th November 2026.

Your offer of appointment will be ready for collection at the County Public Service Board offices from 1st December 2026. You will be required to present a Certificate of Good Conduct, KRA PIN certificate and a medical certificate from a government hospital.

SECRETARY/CEO"""),
    m("Re: Hi from the museum!", """\
Anna!

Wonderful news, and I'm so pleased to be the one to give it. The Curator we appointed has withdrawn, and the trustees have asked me to offer the post to you. Same terms as advertised.

Please tell me you're still interested?

Geraldine""", note="offer after earlier rejection, no formal letter yet"),
    m("Welcome to Metro Regional Transit", """\
Dear Denise,

Congratulations! We are pleased to offer you the position of Transit Operator Trainee. Your training class begins January 11, 2027.

This offer is contingent on a DOT physical, pre-employment drug test, and motor vehicle record check.

Talent Services
Metro Regional Transit Authority"""),
    m("Appointment: Tutor (Early Childhood), ref 26-71", """\
Kia ora Grace,

I'm pleased to confirm you have been appointed to the role of Tutor (Early Childhood Education). Your start date is 25 January 2027. A letter with the terms will follow; it will be subject to a satisfactory police vet under the Children's Act.

Congratulations!

Nāku noa,
Rangi
Programme Leader"""),
    m("Re: Driver/Handyman", """\
Hi Brian, the trustees are happy for you to take the driver/handyman job at the almshouses. 20 hrs a week, £12.60/hr. We'll need a DBS done - I'll bring the form when I see you Thursday. Pam (Clerk to the Trustees)"""),
    m("Your appointment at the Ministry of Education", """\
Dear Miss Ramdhanie,

I am directed to inform you that His Excellency the Governor-General has been pleased to approve your appointment to the office of Education Officer II on probation, with effect from 4 January 2027.

Please report to the Personnel Officer, Ministry of Education, on that date, bringing your birth certificate and medical certificate.

Permanent Secretary"""),
    m("Offer from Wellington Free Ambulance", """\
Kia ora Ethan,

Great to meet you at the assessment day and in your interview. We're delighted to offer you a role as an Emergency Medical Technician, based at the Porirua station.

Your offer pack is attached. It's conditional on your medical, your driver's licence endorsement and a satisfactory police vet.

Ngā mihi,
People & Culture""", note="says offer; the candidate went through an assessment day first"),
    m("RE: Social Worker vacancy", """\
Hi Amara,

Remember I mentioned the eligibility register? One of the appointees has withdrawn and you were next on the list. I'd like to offer you the post, starting as soon as your notice period allows. I'll get the formal letter out today.

Jo""", note="offer drawn from the register after earlier rejection"),
    m("Re: thank you for your time", """\
Dear Ms. Adeyemi-Cole,

Thank you for your note. I'm happy to share that the search committee has recommended you for the Director of Financial Aid position, and the President has approved. HR will be in touch with a formal letter outlining salary and start date. The appointment is contingent on a background check.

Congratulations,
Dr. Warren Hughes
Vice President for Enrollment Management"""),
    m("Appointment - Clerk of Works", """\
Dear Mr Ndlovu,

Re: Appointment as Clerk of Works (Level 7)

The Municipal Manager has approved your appointment to the above post with effect from 1 January 2027, at a salary of R312,822 per annum, subject to a positive pre-employment screening (criminal record, qualification verification and reference checks).

Please indicate your acceptance by signing the attached and returning it by 4 December 2026.

Yours faithfully,
Director: Corporate Services"""),
    m("yay", """\
Hi Ellie, hold onto your hat: Marisol took a job in the city, so the Volunteer Coordinator job is yours if you want it!! Call me!!! Pat"""),
    m("Re: Staff Accountant - Water District", """\
Hi Shreya,

I'm happy to let you know the General Manager has approved your hire as Staff Accountant. The salary is $78,000 annually (Step 2), with CalPERS pension. Your start date would be January 4.

The offer is contingent on a background check and pre-employment physical. I've attached the offer letter; please sign and return by December 2.

Best,
Linda Cho
Administrative Services Manager"""),
    m("Re: your application", """\
Dear Mr. Gupta,

The Selection Committee has recommended your name for the post of Senior Resident (Anaesthesiology) on a tenure basis for three years. You are requested to join duty on or before 15.12.2026, failing which the offer shall stand cancelled. Joining is subject to production of original documents and medical fitness.

Medical Superintendent"""),
    m("You've been matched!", """\
Dear Joanna,

We're delighted to tell you that you have been selected to serve with us as a Volunteer Midwife Trainer in Tamale, Northern Ghana, for a 24-month placement starting in March 2027.

This placement includes a monthly living allowance, accommodation and return flights, and is subject to medical clearance and a police check from each country you've lived in for more than 12 months.

Please accept your placement in your portal by 10 December.

Placements Team""", note="a volunteer placement with an allowance; treated as an offer of the role applied for"),
    m("Re: Cook", """\
Tyrone, the other guy didn't show up on his first day. Job's yours if you want it, I'll sort the Mondays out. Come see me tomorrow. Cheryl"""),
    m("Letter of Appointment - Administrative Officer", """\
Dear Ms Khumalo,

Following your interview for the position of Administrative Officer at the Council for Scientific Research, we are pleased to offer you employment on the terms in the enclosed contract.

Kindly sign and return one copy to the HR Office within seven days to confirm your acceptance.

Yours faithfully,
HR Manager"""),
    m("Re: Temporary Teacher - maternity cover", """\
Hi Josh,

Just to let you know that Mrs Hewitt and the governors would like you to cover Ms Sandhu's maternity leave from 4 January to the end of the summer term. It's MPS 2. HR will send a formal letter and will need to see your DBS.

Could you let me know you're happy to go ahead?

Thanks,
Sue
Office Manager"""),
    m("Outcome of interview: Ranger (Kākāpō Recovery)", """\
Kia ora Freya,

I'm stoked to tell you that we'd like you to join the Kākāpō Recovery team as a Ranger for the coming season, based at Whenua Hou. You'll need a medical and a biosecurity induction before you fly in. I'll send you the fixed-term agreement once you say yes.

Ka kite,
Deidre, DOC"""),
    m("Re: Interview yesterday", """\
Hi Nomvula,

Thanks for coming in yesterday, it was a pleasure. I've spoken to the Director and we are happy to appoint you as Assistant Bursar. I'll ask HR to prepare the letter. There are a couple of things we'll need (certified ID copy, qualifications) but they're formalities.

Kind regards,
Mr Hendricks"""),
    m("Conditional Offer - Assistant Professor of Biology (Tenure Track)", """\
Dear Dr. Lindqvist,

On behalf of the Department of Biology, I am delighted to extend to you an offer to join the faculty of Southern Plains State University as Assistant Professor (tenure-track), effective August 16, 2027, at an academic-year salary of $74,500.

Per Board of Regents policy, this offer is contingent upon a satisfactory criminal background check and final approval by the Board of Regents at its February meeting.

We have also committed startup funds of $150,000 as discussed.

Please indicate your acceptance by December 14.

Sincerely,
Dr. Gail Thornton
Chair, Department of Biology"""),
    m("Re: Interpreter", """\
Good day Ms. Dizon!

The selected candidate for Interpreter was unable to obtain her clearance and has withdrawn. The Consul General has approved your appointment in her place. Kindly report to the Embassy on 1 December for your contract signing, bringing your NBI clearance and medical certificate.

Consular Section"""),
    m("Appointment as a Volunteer Firefighter", """\
Dear Luke,

Congratulations. The Brigade Committee has accepted your application and you are appointed as a probationary firefighter with Brigade 22. Your first training night is Tuesday 1 December at 7pm.

Please bring your driver licence for the ID card.

Station Officer"""),
    m("Re: Kitchen Assistant - Marae", """\
Kia ora Ruby,

Thanks for coming in. The trustees want to give you the kitchen assistant job, 20 hours a week, $23.50 an hour, starting next Monday. Let me know if that suits.

Ngā mihi,
Whaea Pare"""),
    m("Your engagement with the Embassy", """\
Dear Mr O'Connell,

We are pleased to inform you that you have been selected for the position of Driver (Locally Engaged Staff) at the Embassy in Pretoria. Your engagement is subject to a satisfactory security vetting and a medical examination.

The Administration Section will contact you regarding the vetting forms and your proposed start date.

Yours sincerely,
Head of Administration"""),
    m("Re: are you still interested?", """\
Hi Marcus,

We have a second Water Treatment Operator Trainee slot funded for January. You were next in line after the first hire. If you're still interested, it's yours - $23.18/hr, same terms as the posting. The background check and physical are the only remaining steps.

Let me know by Wednesday.

Ahmed Siddiq
Plant Superintendent""", note="asks if still interested but states the job is theirs"),
    m("Assistant Chaplain - Good News", """\
Dear Brother Emmanuel,

Peace be with you.

Father Kizito has been recalled by his Provincial to Nairobi, and the Council has asked me to write to you again. We would be glad to have you take up the chaplaincy at the hospital from the first week of Advent, if you are still free.

Yours in Christ,
Sr. Margaret Nansubuga"""),
    m("Offer of Fixed-Term Appointment", """\
Dear Dr Mahlangu,

With reference to the recent recruitment process for the post of Lecturer (Social Work), the selected candidate has declined. I am pleased to advise that the Dean has approved a fixed-term appointment for you for 2027, at the salary level in the advertisement.

Please confirm acceptance by signing and returning the attached letter.

Yours sincerely
Ms N. Dube
HR Partner"""),
    m("Re: casual library assistant", """\
Hi Tom, yep, we'd love to have you on the casual list. First shift is Saturday 10-4 at Karori if you're free. Bring your IRD number and bank details. Sally"""),
]

REPLY += [
    m("Re: Thank you for the interview", """\
Dear Ms Achieng,

Thank you for your kind note. It was a pleasure to meet you too, and the panel enjoyed our conversation about the maternal health outreach in Siaya.

Kind regards,
Dr. Odhiambo"""),
    m("Re: parking at the district office", """\
Hi Jenna,

Great question! There's visitor parking behind the admin building off Elm St - just tell the guard you're here for HR. The front lot is staff only and they do ticket.

See you soon,
Becky"""),
    m("Re: Offer stage?", """\
Hi Callum,

Fair question. The way our process works, after the panel interview there's a reference stage, and only after that does anyone get to the offer stage. So if we got that far, HR would be the ones to send anything formal, not me.

Happy to answer anything else.

Louise
Team Leader, Revenue Services""", note="explains the offer stage without making one"),
    m("Re: salary scale question", """\
Dear Mr Addo,

In response to your question, the post is on the Ghana Universal Salary Structure, Level 17. The figures are published on the Fair Wages and Salaries Commission website. I am not able to discuss any specific figure before a decision is made.

Regards,
HR Unit"""),
    m("Re: Quick question about the role", """\
Hi Siobhan,

Yes, the post is covered by the Fórsa agreement and you'd be entitled to join. The hours are 35 a week with flexi. I don't have an update on the competition itself, I'm only the admin for the section, but I hope that helps.

Mary"""),
    m("Re: Thank you", "Thanks Tim, lovely to meet you too. Safe travels back to Dunedin."),
    m("Re: Thanks & a question", """\
Hi Ayo,

No problem at all. The reading list we talked about:
- Freire, Pedagogy of the Oppressed
- bell hooks, Teaching to Transgress
- The county's literacy strategy (PDF attached)

Not homework, I promise!

Best,
Kemi"""),
    m("Re: Employment decision / Unsuccessful?", """\
Hi Priyanka,

I'm so sorry for the confusion - the "Unsuccessful" you saw on the portal relates to your application for the Payroll Officer job from August, which closed months ago. It has nothing to do with the Finance Assistant interview. I've asked IT to clean that up.

Warm regards,
Diane
HR Coordinator

> From: Priyanka Shah
> Subject: Employment decision / Unsuccessful?
> Hi Diane, I just logged in and my application says Unsuccessful. Did I not get the Finance Assistant job? I'm confused because we haven't heard anything.""", note="decoy 'unsuccessful' refers to an older application; no outcome for this one"),
    m("RE: Directions to the clinic", """\
Hi Marcus,

Take the 6 bus from the interchange and get off at the Hospital stop; we're the brick building opposite. Ring the bell at the side door as the front isn't staffed until 9.

Sharon, Reception
Murrumbidgee Aboriginal Medical Service"""),
    m("Re: my referee", """\
Hi Lauren,

Yes, that's fine - if your current manager is on leave, your previous manager is perfectly acceptable. We just need two referees in total and one must have supervised you.

Dianne
Recruitment Officer"""),
    m("Re: Sorry I missed your call", """\
No worries! I was just calling to say thank you for coming out to the treatment plant and to see if you had any questions after the tour. If not, all good.

Brent"""),
    m("Re: the offer from Hamilton Library", """\
Hi Asha,

Thanks for being upfront that you've had an offer from Hamilton. I understand. I'm afraid I can't speed our own process up - the panel can't meet until the 3rd - so you'll need to do what's right for you. No hard feelings either way.

Best,
Olu
Library Services Manager

> I wanted to let you know that I've received an offer from Hamilton City Libraries and they need an answer by Friday. I'd much rather work with you. Is there any chance of a decision sooner?""", note="mentions an offer from another employer; no outcome here"),
    m("Re: Thank you", """\
Thank you so much for your card, Maria. The children have put the drawing you left on the classroom door!

Mrs Gibbons"""),
    m("Re: Rural Health - accommodation", """\
Dear Dr. Rahman,

For the record, the staff quarters at the district hospital are furnished and water is supplied by borehole. Electricity is from the grid with a generator backup. The nearest town with a supermarket is 40 km away.

I hope this answers your question.

Medical Superintendent"""),
    m("Re: Parking / badge", "Your visitor badge will be at front desk. Ask for Pat. - Pat"),
    m("Re: Thanks for the tour", """\
Dear Nnamdi,

You're most welcome. I enjoyed showing you round the labs. I forgot to mention that the library is open until 10 pm in term, which is useful if you're reading for your MSc at the same time.

Best wishes,
Dr. Bello"""),
    m("Re: union membership", """\
Hi Declan,

Good question. We're a closed shop in the sense that the organising team are all members themselves, but we don't make it a condition of employment. I've attached the staff union's collective agreement so you can see the conditions.

Bec"""),
    m("Re: Did I leave my umbrella?", """\
Hi Karen! Yes, a green umbrella was found in the boardroom, I've put it at reception for you. Pop in any time.

Jill"""),
    m("Re: Interview feedback request", """\
Dear Mr Doyle,

Thank you for your request. Under the Code of Practice, feedback is provided once the competition has concluded in full. I'll add your name to the list and contact you once that point is reached.

Yours sincerely,
Recruitment Unit""", note="feedback request, no outcome stated; not clearly deciding"),
    m("Re: thanks", "ha, no worries at all. good luck with the move!"),
    m("Re: Following up - Library Assistant", """\
Hi Dominic,

Yes, I received your note and passed it on to the panel chair. I'm just the branch admin, so I'm afraid I don't know anything about timing or decisions - HR handle all of that.

Thanks for your patience,
Carol"""),
    m("Re: CPD points", """\
Hi Thulani,

The Department accepts the CPD points from your HPCSA record. You don't need to send anything more about that for now.

Regards,
Mpho"""),
    m("Re: Thank you note", """\
Dear Fiona,

Thank you for your note and your kind words about the team. I'm afraid I'm not able to say anything yet on where things stand; that will come from HR. But thank you for writing, it's appreciated.

Kind regards,
Martin Dunne
Principal Officer""", note="'not able to say anything yet' could be read as deciding; mostly a thank-you acknowledgment"),
    m("Re: question about pension", """\
Hi Kai,

The plan is a defined benefit plan through the Municipal Employees Retirement System; new hires contribute 8.5% of pay. You can read the summary plan description on the MERS website.

Gwen, HR"""),
    m("Re: Apology", """\
Dear Ms Obi,

No apology necessary. The train strikes affected several candidates and the panel was aware. Thank you for letting us know.

Regards,
Recruitment Team"""),
    m("Re: Offer letter? (not received)", """\
Hi Jamie,

I think there may have been a mix-up. No offer has gone out for the Outdoor Education Instructor role yet - we're still finishing the interviews this week. Perhaps you're thinking of the Camp Counsellor letter you got in the summer?

Thanks,
Hayley""", note="decoy word offer; interviews still running, no outcome"),
    m("Re: Your question about relocation", """\
Dear Ms Hlongwane,

The Department does not pay relocation costs for posts at this level. This is standard across the public service.

Kind regards
HR Practitioner"""),
    m("Re: Thank you for meeting me", """\
Hey Daniel, it was great to meet you. The team said you asked some of the best questions of anyone, especially about how we handle water main breaks in winter. Have a good Thanksgiving.

Tom, Distribution Supervisor"""),
    m("Re: Did you get my certificates?", """\
Yes Chioma, we received them, thank you. Nothing else needed from you for now.

Regards,
Admin Office"""),
    m("Re: lesson plan from the demo", """\
Hi Maddie,

Thanks for sending the lesson plan through. I've passed it on to Mr Taufa who wanted a copy for the Year 5s. Lovely idea with the bottle-top counters.

Sarah
Deputy Principal"""),
    m("Re: Coffee?", """\
Hi Rory,

Sure, I'd be glad to meet for a coffee to talk about the sector more generally. I'll be in the city on Wednesday if that suits - how about the cafe near the Four Courts at 11?

Cormac""", note="offers a coffee, not the job"),
    m("Re: withdrawal", """\
Dear Ms Fernandes,

Thank you for letting us know that you wish to withdraw your application for the Operations Manager post. I've noted this on your file. We wish you all the best in your new role.

Kind regards,
HR Advisor"""),
    m("Re: Dress code for the observed lesson", """\
Hi Jordan, smart casual is fine. Most of our staff wear school polos on normal days so anything tidier than that is plenty. The kids won't care, I promise! Emma"""),
    m("Re: Merit list publication", """\
Dear Mr Sharma,

The merit list for the Junior Engineer recruitment will be published on the Board's website once the Board approves it. Individual intimation is not sent to candidates. Kindly refer to the website.

Section Officer""", note="answers a question about the merit list; no result given"),
    m("Re: pay for the training period", """\
Denise, yes, trainees are paid at the full trainee rate during the classroom weeks. There is no unpaid training period.

Talent Services"""),
    m("Re: Hello from Sione", """\
Mālō e lelei Sione,

It was a joy meeting you too. Please give my regards to your mother - I didn't realise she taught with my aunt in Nuku'alofa! Small world.

'Ofa atu,
Mele"""),
    m("Re: Interview thank you", """\
Dear Mr Omondi,

Thank you for your email. It's much appreciated.

Regards,
Dr. Karanja"""),
    m("Re: Decision - my wife's visa", """\
Hi Sanjay,

I've checked with our HR colleagues. If the post were offered to an overseas candidate, the visa would cover a partner's work rights under the Accredited Employer scheme. But I'd stress that this is general information - no decisions have been made.

Regards,
Sarah
Workforce Team""", note="hypothetical 'if the post were offered'"),
    m("Re: Unsuccessful candidate letter", """\
Hi Megan,

Thanks for flagging this. I think you've been cc'd on a letter for a different applicant by mistake - please delete it. Apologies, our mail merge had a bad day, and sorry for the fright.

Karen
HR Officer""", note="a misdirected rejection letter meant for someone else; says nothing of the candidate's own outcome"),
    m("Re: thanks", """\
My pleasure, Antoine. Good luck with your thesis submission - that's the real milestone this month!

Prof. Leblanc"""),
    m("Re: Hours question", """\
Hi Chen,

The library opens 9-8 weekdays and 10-5 weekends, and Library Assistants do one weekend in four. There's no Sunday work at the small branches.

Hope that helps,
Jane"""),
    m("Re: Any news? I have another offer", """\
Hi Precious,

Thank you for letting me know, and congratulations on the offer from the hospital! That's wonderful.

Would you like me to pass this on to the panel chair so she's aware of your timeline?

Best,
Naledi""", note="congratulates on another employer's offer; no outcome on this role"),
]

REPLY += [
    m("Re: interview - travel claim", """\
Dear Ms Naidoo,

Candidates travelling more than 100 km to attend interview may claim for travel at the AA rate. Please complete the attached S&T claim form and return it with your fuel slips. Payment takes about 30 days.

Regards
Finance Clerk""", note="tells the candidate how to claim travel; arguably a request, but optional"),
    m("Re: Re: Ward visit", """\
Hi Chloe, you're welcome to come and see the ward any time before the decision, just let the ward clerk know. No need to book.

Anne (NUM)"""),
    m("RE: Out of interest", """\
Hi Ollie,

Yes, the position was advertised before, back in 2024. The previous postholder moved to the regional office. That's really all I can tell you!

Cheers,
Sam"""),
    m("Re: Thank you & good luck with the school play", """\
Thank you Aisling! The play went off without a hitch, apart from the donkey costume losing its head in Act 2. The parents loved it.

Hope you're keeping well.

Bríd"""),
    m("Re: I got a rejection email but you said...", """\
Hi Bukola,

Sorry about that! The email you got was the automatic one the system sends to anyone who applied to the general pool, not to the Senior Midwife post. You're still being considered for the Senior Midwife job. I'll check with the recruitment team why that went out.

Adaora
Matron

> Hi Adaora, I just got an email saying my application was unsuccessful. But at the interview you said I'd hear from you directly. Does this mean I didn't get the role?""", note="quoted candidate mail says unsuccessful; the reply corrects a system email and says the candidate is still being considered, which could be read as deciding"),
    m("Re: Background question", """\
Carlos, a misdemeanor from 12 years ago generally isn't disqualifying for this classification, but the background investigator looks at each case. You'll have the chance to explain on the form.

Trish"""),
    m("Re: Library card!", "Ha! Yes, we can sort you out with a library card even if you're not staff yet :) - Jess"),
    m("Re: Feedback", """\
Dear Liam,

Thank you for asking. The panel's comments were:
- strong on visitor safety and incident management
- answers on volunteer management were thin
- very good knowledge of the flora

I hope this is helpful for future applications.

Jules
Area Chief Ranger""", note="feedback after an earlier rejection; the message itself contains no new outcome"),
    m("Re: Thanks for the chat!", """\
Kia ora Mia,

It was great to catch up! As promised, here's the link to the Te Tiriti workshop I mentioned - it's free and runs monthly. Might be useful whatever happens with the role.

Ngā mihi,
Tania"""),
    m("Re: contact details update", """\
Thanks Olumide, I've updated your phone number and email on the file.

HR Records"""),
    m("Re: About the fixed term", """\
Hi Sara,

The role is fixed-term to June 2028 because it's funded through the Sláintecare grant. In practice most of these have been renewed, but I can't promise that.

Deirdre"""),
    m("Re: After the interview", """\
Hey Kaia,

Thanks for the message. I totally get the nerves - I was a wreck at my first interview here too. For what it's worth you came across well.

Nothing new from my end; I'm not on the panel for the final decision.

Lani""", note="no outcome; the writer is not deciding"),
    m("Re: Your note about the delay", """\
Hi Hasan,

Don't worry, we haven't forgotten you! I've passed your note to Dr Farouk so he knows you're keen.

Maryam, Department Secretary""", note="mild reassurance, no statement about a decision being pending; could be deciding"),
    m("Re: How did the other interviews go?", """\
Haha, nice try Keisha. I can't share anything about other candidates, but I appreciate the curiosity! Enjoy your weekend.

Marcus"""),
    m("Re: Teaching Council registration", """\
Hi Aoife,

I checked: your registration is under Route 2 (post-primary), which covers the subjects in the post. No need to do anything.

Eimear, School Secretary"""),
    m("Re: Interview - uniform allowance?", """\
Dear Mr Tau,

Yes, the uniform allowance is paid annually in April for all operational staff.

Regards,
Payroll"""),
    m("Re: congratulations on the award", """\
Thank you, Roisin! It's lovely of you to write. The whole team is chuffed about the library award.

Best,
Niamh"""),
    m("Re: Could you tell me the outcome of my previous application?", """\
Hello Mr. Chukwu,

You asked about the 2025 Administrative Officer exercise. That recruitment was concluded in March 2025 and the records have been archived. I'm afraid I'm unable to give details of it now.

Registry""", note="about an old exercise; no outcome for the current one"),
    m("Re: Accessibility at the interview venue", """\
Hi Daisy,

Thank you for letting us know. The panel room is on the ground floor with level access, and there's an accessible toilet next door. If you'd like a chair with arms or any other adjustment, just say.

Anna, Recruitment""", note="answers an accessibility question; the interview time is not changed"),
    m("Re: Forwarding my transcript", "Got it, thanks Mohammed. - Jenny"),
    m("Re: Re: Re: The job", """\
Hi Ben,

Honestly I don't know. I'd love to tell you more but it isn't my call.

Lou""", note="no outcome, 'not my call'; borderline deciding"),
    m("Re: Your decision", """\
Dear Ms Adjei,

Thank you for letting us know of your decision to accept the post at Korle Bu. We're sorry to lose you from the process but wish you every success.

Regards,
Head of HR""", note="'your decision' is the candidate's withdrawal, not the employer's"),
    m("Re: Your letter", """\
Dear Mr. Ochieng,

Receipt of your letter of 17th November is acknowledged. I have brought it to the attention of the Principal.

Yours faithfully,
Secretary""", note="a person acknowledging a letter, not an automated ack"),
    m("Re: interview questions", """\
Hi Sasha,

We don't share interview questions ahead of time, sorry - it wouldn't be fair on the other applicants. But the role description covers everything the panel might ask about.

Good luck!
Pete"""),
    m("Re: thank you + my availability", """\
Thanks Hine, noted that you're away 14-28 December. That shouldn't be a problem either way.

Rangi"""),
    m("Re: Sorry - phone died", """\
All good, Chris! I only rang to check you'd got home OK after the storm last night - the road out of Jindabyne was closed for a bit.

Cheers,
Ally"""),
    m("Re: Reference from Fr. O'Brien", """\
Dear Ms Murphy,

We've now received Fr. O'Brien's reference, thank you for chasing it. That's all we need from the referees.

Regards,
Office"""),
    m("Re: Parents' evening tonight", """\
Hi Tom, yes, you're welcome to sit in on the Year 9 parents' evening tonight if you'd like to get a feel for the school - it's not part of the interview, just a chance to see us in action. Starts at 6.

Ms Bhatti""", note="an informal invitation, not a formal next stage"),
    m("Re: my current employer", """\
Of course, Ana. We won't contact your current employer until you give us permission. Thanks for saying.

Recruitment"""),
    m("Re: question about the panel", """\
Dear Mr Mbeki,

The panel for this post consists of the Deputy Director, a representative from the Public Service Commission and an external assessor, as is required for positions at this grade.

Regards,
HR"""),
    m("Re: Sending my apologies", """\
Hi Hugh, sorry to hear about your grandfather. Take whatever time you need - there's no rush on anything from your side.

Warmest,
Claire"""),
    m("Re: Offer of coffee", """\
Hi Moana,

That's such a kind offer! I'd love to, but I think it's better we wait until after the appointment is finalised, just so everything's above board. Let's definitely catch up after.

Anna""", note="candidate offered coffee; declined until after the process"),
    m("Re: Thank you from Adaeze", """\
Dear Adaeze,

Thank you for your gracious note. The panel shared your appreciation of the time together.

Best wishes,
Chairperson, Interview Panel"""),
    m("Re: Re: volunteering", """\
Hi Lauren,

Absolutely, you can keep volunteering on Saturdays while your application is in. It won't count for or against you.

Kath, Volunteer Coordinator"""),
    m("Re: FW: job posting", """\
Hi Deshawn,

Thanks for sending that along. Yes, that's the same position you interviewed for; they re-posted it to broaden the pool for the second opening. Your application is still active, no need to re-apply.

Lisa, HR""", note="explains a re-posting; 'still active' could be read as deciding"),
    m("Re: I'm so sorry", """\
Not at all, Bongani. These things happen. Thanks for letting me know you were stuck in traffic; we managed to do the interview a bit later anyway.

Ms Zulu"""),
    m("Re: Can I bring my portfolio?", "Yes, please do! - Sinead"),
    m("Re: Embassy visit", """\
Dear Mr Ansah,

Please note that the Embassy is closed on 1 December for a national holiday. This does not affect your application in any way.

Regards,
Administration"""),
    m("Re: Thanks", """\
Thanks Ines. By the way, the rare book conference I mentioned is in Edinburgh in March - early bird registration is open now if you wanted to go.

Fiona"""),
    m("Re: HSE competition - panel question", """\
Hi Colm,

Panels from national competitions are used in order of merit across all locations you selected. So being "on the panel" just means you're eligible when a post comes up. I can't tell you where you are on it though - that's not something we release.

Regards,
Recruitment Helpdesk""", note="explains how a panel works, no outcome"),
    m("Re: re: starting salary", """\
Hi Jake,

I see the confusion. The starting salary you saw was the top of the old scale; the current scale starts at $61,420 for this classification. That's standard for anyone hired into it.

Trish""", note="salary information in general, not an offer"),
    m("Re: My name spelling", """\
Hi Ngaire, apologies - I've corrected the spelling of your name in our records. Sorry about that!

Raewyn"""),
    m("Re: follow-up (and pictures)", """\
These are brilliant, thanks Joseph! We'll use the photo of the garden in the next newsletter if that's OK with you.

Pastor Dan"""),
    m("Re: Thanks for the interview today", """\
Dear Shanice,

Thank you for your message. You asked whether the role might be offered as part-time: that's not something we're able to do for this post, it needs to be full-time. But I wanted to answer you honestly.

Best,
Angela""", note="answers a question about part-time; no decision"),
    m("Re: The teacher who interviewed me", """\
Dear Mrs Ogunleye,

Thank you for your kind words about Mr Adeyemi. I've passed your compliments to him. He'll be pleased.

Principal's Office"""),
    m("Re: quick one", "yes, parking's free after 5. - J"),
    m("Re: Thank you and question on start dates", """\
Hi Niamh,

Thanks for your note. The intake dates for new staff in the nursing home are usually early in the month. But let's see how things go - I don't want to get ahead of myself!

Mairead""", note="general start-date information; no outcome"),
    m("Re: Can I reapply?", """\
Hi Kevin,

Yes, you can reapply once the six months are up - the next intake opens in May. Practice the road test on the big rigs if you can, that's where most people come unstuck.

Ray""", note="advice after an earlier rejection; no new outcome"),
]

NEXT_ROUND += [
    m("Invitation to Second Interview - Deputy Principal", """\
Dear Ms Mahlaba,

Thank you for attending the first interview for the post of Deputy Principal at Mhlahlandlela Secondary School.

I am pleased to inform you that you have been shortlisted for the second interview with the School Governing Body, which will be held on Thursday 3 December 2026 at 14:00 in the school library. You will be asked to give a ten-minute presentation on "Improving Grade 12 results in a no-fee school".

Please confirm your attendance.

Yours faithfully
SGB Secretary"""),
    m("Re: Shortlisted for Stage 2 - Policy Analyst", """\
Kia ora Hana,

Good news - you've made it through to the second stage for the Policy Analyst role. This will be a written exercise (90 minutes, on a policy problem we'll give you on the day), followed by a 30-minute korero with the Manager and a member of the Māori Crown Relations team.

I'll send through some time options shortly.

Ngā mihi,
Jess, Recruitment Advisor"""),
    m("Next step: Assessment Centre", """\
Dear Candidate,

Congratulations! Following the competency-based interview you are invited to attend the Assessment Centre for the Administrative Officer competition, which includes an in-tray exercise, a group exercise and a written report.

Please log in to your account to select a date. Dates available: 7, 8 and 9 December 2026.

Public Appointments Service""", headers=AUTO_GEN),
    m("Re: Meet the Board", """\
Hi Ciarán,

The board would like to meet you before making a final decision on the Manager appointment. They meet on Tuesday evenings in the boardroom above the branch. Would 7.30pm on 1 December suit?

It will be informal-ish; they'll want to hear about your plans for the youth savers' scheme.

Máire"""),
    m("Teaching demonstration - Biology", """\
Dear Mr. Otieno,

Thank you for your interview. The panel would like to see you teach. Please prepare a 40-minute Form 3 Biology lesson on photosynthesis to be taught to a class on Tuesday, 1st December at 10:00 a.m.

The Principal"""),
    m("Final interview - Executive Director", """\
Dear Ms. Abara,

On behalf of the Search Committee of the Lowcountry Community Health Alliance, I am delighted to invite you to a final interview with the full Board of Directors. The Board would like you to present your vision for the Alliance's first three years (20 minutes), followed by questions.

We propose December 9 or 10. Travel and lodging will be arranged by our office.

Warmly,
Rev. Harold Simmons
Chair, Search Committee"""),
    m("re: nursing interview", """\
hi kwame, you've passed the first interview. next is the practical skills assessment at the skills lab, wed 2 dec 8am. bring your PIN card. - sister akua"""),
    m("Psychometric assessment", """\
Dear Mr. Tan,

Thank you for attending the interview with us. We are pleased to invite you to the next stage of our selection process, which is an online psychometric assessment. You will receive a separate email with the link; please complete it within 5 working days.

Best regards,
Talent Acquisition"""),
    m("Re: Campus Visit - Assistant Professor of History", """\
Dear Dr. Moreno,

The search committee enjoyed our Zoom conversation and would like to invite you to campus for a full-day visit. The visit will include a teaching demonstration (a 50-minute US History survey class), a research talk, and meetings with the Dean and students.

Could you let me know which of the following weeks works: January 25 or February 1?

Warm regards,
Dr. Lisa Kendrick
Chair, History Search Committee"""),
    m("Second round", "Hi Rosie, you're through to the second round for the library job. It's a 20-minute presentation on a community event you'd run, plus questions. I'll call you Monday with times. - Jenny"),
    m("Panel interview - Clinical Nurse Specialist", """\
Dear Ms Kelly,

Further to your shortlisting interview, I am pleased to invite you to attend for the final interview for the post of Clinical Nurse Specialist (Diabetes), to be held in the Education Centre, Tullamore.

The interview board will comprise the Director of Nursing, the Consultant Endocrinologist and an external assessor. Please bring original documents and your NMBI registration.

Yours sincerely,
HR Department"""),
    m("Re: Peer panel", """\
Hi Jessie,

One more thing before we decide - we'd like you to meet with a peer panel of three community members who use the service. It's an important part of how we hire at the Centre. It'll be about 45 mins, very relaxed.

Would Thursday or Friday work?

Kirsty"""),
    m("Written test - Assistant Accountant", """\
Dear Applicant,

You have been shortlisted for the written test for the above position to be held on Saturday, 5th December 2026 at 9:00 a.m. at the Council Chambers. Candidates who pass the written test will proceed to the oral interview.

Please come with a valid ID and a calculator.

Secretary, County Public Service Board"""),
    m("Invitation to meet the Bishop", """\
Dear Mr Okafor,

Thank you for your time with the interview committee. His Lordship the Bishop would like to meet the final two candidates for the Principal post at St Patrick's College before the appointment. Would you be available to travel to the Diocesan Curia on Friday afternoon?

Rev. Fr. Chukwuma
Diocesan Education Secretary"""),
    m("Re: Next step", """\
Hi Leon,

The panel enjoyed talking to you. Next up would be a ride-along with one of our supervisors on a Saturday shift so you can see the routes and we can see how you are with the customers. If that sounds good, I'll set it up.

Gary
Operations, Valley Transit"""),
    m("Shortlist - Lecturer (Nursing)", """\
Dear Ms Tshabalala,

I am pleased to inform you that you have been shortlisted for the post of Lecturer: Nursing. Shortlisted candidates will be required to deliver a 15-minute teaching presentation to a panel, followed by an interview, on 8 December 2026.

Please confirm your availability by 30 November.

Yours sincerely
HR Practitioner"""),
    m("Re: Thank you!", """\
Hi Charlotte,

Thank you! We enjoyed meeting you too - so much so that we'd like you back for a second interview with our CEO and a member of the Board. It'll be about an hour.

I'll send the details shortly.

Gemma""", note="thanks reply that carries a next-round invitation"),
    m("Selection - practical assessment", """\
Hi Tama,

You've passed the interview stage for Water Services Operator. The next step is a practical assessment at the plant: a basic mechanical task and a confined space safety walk-through. You'll need steel caps.

Cheers,
Wiremu"""),
    m("Invitation to Case Study Exercise", """\
Dear Mr Boateng,

Following your interview for the post of Monitoring & Evaluation Specialist, we invite you to complete a written case study. You will receive the case study by email on Wednesday 2 December at 09:00 GMT and will have 48 hours to submit.

Shortlisted candidates from this exercise will be invited to a final panel interview.

Human Resources Unit"""),
    m("Re: Re: Thanks", """\
Dear Olumide,

Thank you for your kind words. The panel has recommended that you meet our Executive Secretary for a final conversation next week before any decision. My office will contact you to fix a suitable time.

Regards,
Head, Human Resources"""),
    m("Observed lesson", """\
Dear Miss Devlin,

The governors would like to invite you to teach an observed lesson as the final stage of the selection process. Please plan a 30-minute Year 2 phonics lesson for a group of 12 children. The lesson will be observed by the Headteacher and the Chair of Governors.

Please let me know if you require any resources.

Mrs P. Ramsay
School Business Manager"""),
    m("Hiring Manager Interview", """\
Hi Jordan,

Congrats! Based on your first interview with HR, the hiring manager would like to interview you for the Transit Planner II position. Please use the link below to schedule a 45-minute video interview.

Thanks,
Talent Team, Regional Transit District""", note="next stage with a booking link; not merely scheduling"),
    m("Final stage", """\
Dear Rangi,

We would like you to attend a whānau hui (family meeting) with the kaumātua of the iwi trust as the final step for the Kaitiaki role. It is usual for us to involve our elders in appointments. You are welcome to bring your own whānau support.

Nāku noa,
Te Rina"""),
    m("Re: Your presentation to the Council", """\
Dear Dr. Agyemang,

The Academic Board has asked that the two shortlisted candidates for Dean of Students make a presentation to the full University Council. Your presentation is scheduled for 10 December 2026 at 11:00. You will have twenty minutes, followed by questions.

Registrar""", note="a further stage, though the time is already set"),
]

SCHEDULING += [
    m("Re: Interview time", """\
Hi Priya,

Thursday 10:30 is perfect, see you then. Come to the main office and ask for me.

Mel"""),
    m("Change of venue - interview 1 December", """\
Dear Ms Gallagher,

Please note that your interview on 1 December at 11:00 will now take place in the Boardroom, HSE Offices, Sligo, rather than in Manorhamilton as previously advised. The time is unchanged.

Recruitment Officer"""),
    m("Rescheduling request", """\
Hi Tāne,

Sorry to do this - one of our panel members is sick. Could we move your interview from Tuesday to Wednesday, same time (2pm)? Let me know.

Jess, Recruitment"""),
    m("Teams link for your interview", """\
Dear Mr Nwachukwu,

Please find below the Microsoft Teams link for your interview on Monday 30 November at 09:00 (WAT).

Join the meeting: [Teams link]
Meeting ID: 483 229 117 665

If you have any difficulty, call the HR office on the number below.

HR Unit"""),
    m("RE: Confirming Thursday", "Confirmed - Thursday 3:15pm at the Riverside yard. Wear boots. Dale"),
    m("Please book your interview slot", """\
Hi Sam,

Please use the link below to choose a time for your interview with the Admissions team. Slots are 30 minutes and available 30 Nov - 4 Dec.

[Book a slot]

Maya, Office of Admissions"""),
    m("Re: Re: time difference", """\
Hi Ngozi,

Good catch! The panel is in Nairobi, so 10:00 EAT is 08:00 in Lagos. Let's keep it at 10:00 Nairobi time as planned.

Adaeze"""),
    m("Interview - change of time", """\
Dear Mr Balogun,

Owing to an emergency meeting of the Management Board, your interview scheduled for 10:00 a.m. on Wednesday has been moved to 2:00 p.m. the same day.

We regret any inconvenience.

Administration"""),
    m("Calendar invite: Interview - Outreach Librarian", """\
Interview - Outreach Librarian
When: Wednesday, December 2, 2026 1:00pm-2:00pm (CST)
Where: Lakeview Library, Meeting Room B

Organizer: Hannah Kessler
Attendees: Olivia Brandt; Marcus Lee; Deb Fontaine

Accept | Tentative | Decline""", headers={"Content-Class": "urn:content-classes:calendarmessage"}),
    m("Re: Would Friday work?", """\
Hi Nikhil,

Friday's hard for me but Monday morning works. 9:30 at the co-op office? Or I can do a call.

Aisha"""),
    m("Re: Zoom interview", """\
Good afternoon Ms. Robinson,

Yes, 4 p.m. Central works for the panel. I'll send the Zoom link the day before.

Respectfully,
Dr. Charles Guidry"""),
    m("Interview Confirmation - Ref 2026-AP-88", """\
Dear Ms Doherty,

This is to confirm that your interview will take place at 14:30 on Thursday 3 December 2026 at Gaelscoil na Trá. Please arrive 15 minutes early and report to the school office.

Secretary to the Board of Management"""),
    m("Re: moving our call", """\
Hi Olivia, totally fine to push to next week. How about Tuesday at 11 instead? - Hannah"""),
    m("Re: Directions and time - practical", """\
Hi Kwame,

The skills assessment is now at 9am not 8am (the lab is being cleaned). Same place: Block C, Nursing Training College.

Sister Akua"""),
    m("Rescheduled: Final interview", """\
Dear Dr. Moreno,

Because of the winter storm forecast, we are moving your campus visit from January 25 to February 1. Our travel coordinator will rebook your flights and hotel.

Apologies for the change.

Dr. Lisa Kendrick"""),
    m("Re: Re: can we do the phone interview after 3?", """\
Hi Tanisha, no problem, I've moved you to 3:30. Same number.

HR Specialist"""),
    m("Interview logistics", """\
Dear Ms Tan,

Your interview is confirmed for 9 December 2026, 10:00 a.m., at Level 3, Block B. Please bring your NRIC for registration at the security counter.

Best regards,
Human Resource Division"""),
    m("Re: Sorry, I need to reschedule", """\
Hi Conor,

Of course - family comes first. I've moved your interview to Monday 30 November at 11am. Hope everything's OK.

Kerry"""),
    m("Your presentation time", """\
Hi Jessie,

The peer panel can meet you Friday 4 December at 1pm at the Centre (Room 2). Tea and biscuits provided!

Kirsty"""),
    m("Re: interview date", "Dear Teacher Mensah, the interview is still on for Monday. 9am. Regards, Regional Office"),
    m("Updated: Board meeting", """\
Hi Ciarán,

Small change - the board meeting is now at 8pm not 7.30 on Tuesday (the AGM prep runs late). Same room.

Máire"""),
    m("Re: Time zone for the video interview", """\
Dear Mr Tuilagi,

The interview is at 09:00 Apia time on Thursday, which is 08:00 Auckland time on Thursday. The WebEx link will be sent the day before.

HR Division"""),
]

REQUEST += [
    m("Referee details required - Ref 26/219", """\
Dear Dr Mahlangu,

Thank you for attending the interview. As part of the selection process, please provide the names and contact details of three referees, one of whom must be your current or most recent supervisor.

Please reply by 1 December 2026.

Ms N. Dube, HR Partner"""),
    m("Documents for verification", """\
Dear Mr Mwangi,

Kindly submit copies of the following to the Commission by Friday 27th November: (1) Certificate of Good Conduct; (2) HELB clearance; (3) KRA tax compliance certificate; (4) EACC clearance; (5) CRB report.

These are required under Chapter Six of the Constitution for all shortlisted candidates.

Secretary, Public Service Commission"""),
    m("Re: Police check", """\
Hi Tama,

Could you fill in the attached NZ Police vetting consent form and send it back with a scan of your passport or driver licence? We can't do anything more until that's in.

Wiremu"""),
    m("Garda Vetting Invitation", """\
Dear Niamh,

You are receiving this because your details have been submitted for Garda vetting. Please complete the NVB1 form online using the link below within 30 days. Your application will not proceed until vetting is complete.

[eVetting link]

Vetting Liaison, Ard Mhuire""", headers=AUTO_GEN),
    m("Re: Transcripts", """\
Hi Dr. Lindqvist,

HR needs official transcripts for your PhD and undergraduate degrees sent directly from the institutions. Electronic is fine if they come from the registrar.

Thanks,
Gail"""),
    m("Action needed: complete your I-9", "Hi Lamar - before your first day we need you to complete the I-9 and bring two forms of ID. List is attached. Janelle"),
    m("Please send certificates", """\
Dear Candidate,

Please send certified copies of your highest qualification, ID, and SACE registration to the school before 4 December. Uncertified copies will not be accepted.

SGB Secretary"""),
    m("Re: References", """\
Hi Hollie, could you send me the contact details of two referees, one being your current line manager? Cheers, Rachel"""),
    m("Re: Work permit question", """\
Dear Mr. Gupta,

We note that you are an OCI cardholder. Please forward a scanned copy of your OCI card and passport so that HR may confirm your eligibility.

Section Officer, Establishment"""),
    m("Reference request - please nominate referees", """\
Kia ora Freya,

Thanks for interviewing with us. Could you please nominate two referees (one recent supervisor) using the form at the link below?

Deidre, DOC"""),
    m("Request for proof of registration", """\
Dear Ms Breen,

Please provide a copy of your current NMBI registration and your passport or Irish birth certificate for the HR file.

HR Department"""),
    m("Re: writing sample", """\
Hi Hana,

Before we move on, would you mind sending a short writing sample - something you've written for a decision-maker, 2-3 pages? It's fine to redact it.

Jess"""),
    m("Missing documents", """\
Dear Ms. Reyes,

Your file is incomplete. Kindly submit the following on or before 30 November: (1) Transcript of Records; (2) Certificate of Eligibility (RA 1080); (3) Service Record.

Personnel Section"""),
    m("Medical form", """\
Dear Mr Phiri,

Please take the attached medical examination form to any government hospital and return it completed to HR.

Director, Human Resources"""),
    m("Re: DBS", """\
Hi Brian, I've attached the DBS form. Fill in sections A-E and bring three forms of ID on Thursday please (passport, driving licence, recent utility bill). Pam"""),
    m("Supplemental questionnaire", """\
Hello Destiny,

Please complete the supplemental questionnaire attached and return it to us by Wednesday. Your application cannot be reviewed further without it.

Recreation Division"""),
    m("Re: Driver's licence copy", """\
Hi Leon, can you send a front-and-back photo of your CDL and your DOT medical card? Gary"""),
    m("ID and Right to Work", """\
Dear Ayesha,

Ahead of your start, please bring your passport and BRP to reception on Monday so that we can carry out the right to work check. If you have a share code instead, please email it to us.

HR Operations""", note="asks for documents; written after the appointment"),
    m("Re: Interview expenses and bank details", """\
Dear Ms Naidoo,

To process your travel claim, we need your banking details on a company letterhead from your bank. Please email it to Finance.

Finance Clerk"""),
    m("Please confirm availability for references", """\
Dear Mr. Villanueva,

Kindly provide two (2) character references with their mobile numbers, together with your Personal Data Sheet. The HRMPSB will contact them this week.

Personnel Section"""),
    m("Re: portfolio", """\
Hi Maddie, could you send me a couple of photos of student work from your current class? Just to show the panel. Sarah"""),
    m("Form request", """\
Dear Mrs Adeyemi,

Please complete and return the enclosed declaration of interests form. It must be signed and witnessed.

Parish Secretary"""),
    m("Re: salary history", """\
Hi Shanice,

For our equal pay audit, could you tell us your current salary band? You don't have to answer if you'd rather not.

Angela"""),
    m("Ref check - consent", """\
Dear Marcus,

Please sign the attached Authorization for Release of Information so that the City can complete your background check. We can't proceed without it.

City of Fort Calder HR"""),
]

DECIDING += [
    m("Re: Update on the Youth Worker role", """\
Hi Tui,

Thanks for checking in. The panel hasn't quite finished - we're waiting on one last reference. I'll be in touch by Friday.

Kiri""", when="by Friday", date="2026-11-27"),
    m("Re: Any news?", """\
Dear Ms Achieng,

I apologise for the delay. The panel's report is with the Director for approval. I hope to have news for you within the next two weeks.

Dr. Odhiambo""", when="within the next two weeks"),
    m("Recruitment Update - Staff Nurse (Renal)", """\
Dear Applicant,

Thank you for attending interview. The interview board is still finalising its decisions. Candidates will be notified of the outcome in writing on or around 4 December 2026.

Nursing Workforce Office""", when="on or around 4 December 2026", date="2026-12-04"),
    m("Re: Checking in", """\
Hi Dominic,

Sorry for the slow reply! We're still working through the interviews - there were a lot of you. No decision yet.

Rosa""", note="deciding with no time"),
    m("Re: Library Technician", """\
Hi Chloe,

The decision is being made this week. I'll get back to you by Wednesday at the latest.

Ngā mihi,
Recruitment Partner""", when="by Wednesday at the latest", date="2026-11-25"),
    m("Re: Follow up from interview", """\
Dear Mr Mensah,

Thank you for your patience. The panel's recommendation has been forwarded to the Board, which meets on 3 December. You will be notified after that meeting.

HR""", when="after the Board meeting on 3 December", date="2026-12-03"),
    m("Re: update please", """\
Hey Kevin, still waiting on HQ to sign off the trainee numbers. Can't tell you when. Hang in there. Ray"""),
    m("Re: Interview Result?", """\
Dear Mr. Adebayo,

The report of the interview panel is yet to be considered by the Appointments and Promotions Committee. Kindly exercise patience.

Registrar"""),
    m("Re: Thank you & timeline?", """\
Hi Rosa,

Great question! We're hoping to make a decision before the Christmas break, but it does depend on the Board.

Tara""", when="before the Christmas break"),
    m("Re: Deputy Principal", """\
Dear Mr Banda,

I'm sorry you haven't heard. The Board meeting had to be postponed because of the by-election, and they will now consider the appointments on Saturday 5 December. I'll write as soon as I can after that.

Mrs R. Chirwa""", when="Saturday 5 December", date="2026-12-05"),
    m("Re: Decision timeline", """\
Hi Jordan,

The committee is still deliberating. We'll have an answer early next week.

Coach Daniels""", when="early next week"),
    m("Re: Clinical Coder", """\
Hi Ravi,

No news yet, I'm afraid - the panel is one person short this week with sickness, so it's taking longer than planned. I haven't forgotten you.

Jenny"""),
    m("Update on your application", """\
Dear Candidate,

We are writing to let you know that your application for Senior Program Officer is still under review. Due to the high number of applicants, the selection process is taking longer than expected. We appreciate your patience.

Talent Acquisition""", headers=AUTO_GEN, note="automated status update, no time"),
    m("Re: Any update on the Ranger role?", """\
Kia ora Freya, we're waiting on the final reference check and should have an answer to you Monday. Deidre""", when="Monday", date="2026-11-30"),
    m("Re: re: Cataloguer post", """\
Dear Hamish,

Thank you for your email. I'm afraid the panel is still considering the applications, and I can't give a date for a decision just yet. We hope it won't be long.

Fiona"""),
    m("Re: Following up - Water Treatment", """\
Marcus,

We'll be making our final selection by the end of next week. Thanks for your patience.

Ahmed""", when="by the end of next week"),
    m("Re: still interested!", """\
Hi Jayden!

Love the enthusiasm! We're still interviewing for the other sites so haven't made any calls yet. Hoping to know by Thanksgiving.

Coach Lisa""", when="by Thanksgiving", date="2026-11-26"),
    m("Re: Admin Officer", """\
Dear Mr Jack,

We have not yet concluded the process for this post. We will be in touch with all candidates as soon as a decision has been reached.

NHS Highland Recruitment"""),
    m("Re: Grad Nurse", """\
Hi Sophie,

Offers for the Graduate Nurse Programme go out on 7 December; we can't release any outcomes before then. Thanks for your patience!

Nursing & Midwifery Education Unit""", when="7 December", date="2026-12-07", note="says when offers go out; contains the word offers but no outcome"),
    m("Re: Sorry for the delay", """\
Dear Kofi,

Apologies for the silence. We are still with the panel - one of the members has been away at a conference. I hope to have a result for you shortly.

Lorena""", when="shortly"),
    m("Re: Sexton position", """\
Mr. Holloway,

The vestry hasn't met yet - it's been a busy Advent season. They'll take it up at the December meeting on the 14th.

Rev. Ann Whitford""", when="December meeting on the 14th", date="2026-12-14"),
    m("Re: Programme Officer (Gender)", """\
Dear Ngozi,

Thank you for checking. The selection is now at Regional level and I do not have any information on the timing of a decision. I will let you know as soon as I do.

Adaeze"""),
    m("Re: curious", """\
Hi Antoine,

Board's still chewing on it. Nothing to tell you yet but it'll be soon.

Prof. Leblanc""", when="soon"),
    m("Re: Librarian", """\
Hi Madeleine,

The Board of Trustees meets on Tuesday 1 December to approve the appointment. The panel's recommendation will go to them then; I can't say more until they've voted.

Colette""", when="Tuesday 1 December", date="2026-12-01"),
    m("Re: Job application status", """\
Dear Teacher Mensah,

Results for the Headteacher promotion interviews will be released later this month.

Regional Director""", when="later this month"),
    m("Re: Water Quality Officer", """\
Dear Mr Phiri,

The Board has deferred the appointments to its next sitting. I'm sorry for the wait. We do not yet have a date for it.

HR"""),
]

LU = "<mailto:unsubscribe@lists.example.org>"
ACK += [
    m("Acknowledgement of receipt", """\
Dear Applicant,

This is to acknowledge receipt of your email. Your correspondence has been forwarded to the relevant officer for attention.

Please do not reply to this email.

Public Service Commission""", headers=AUTO_GEN),
    m("We have received your message", """\
Thank you for contacting the Human Resources Department of the City of San Benito. We have received your email and will respond within 3 business days. For urgent matters, please call during business hours (8:00 a.m. - 5:00 p.m., Monday through Friday).""", headers=AUTO_GEN),
    m("RE: Thank you for your interview [Ticket #HR-448211]", """\
Hello,

Your request has been received and assigned ticket number HR-448211. A member of the HR Service Centre will respond as soon as possible.

To add information to this request, reply to this email without changing the subject line.

HR Service Centre, University of Northern Arizona""", headers=AUTO_GEN),
    m("Automatic reply: Documents submitted", """\
Thank you for submitting your documents to the Teaching Service Commission. This mailbox receives a large volume of mail and your submission will be processed in the order received.""", headers=AUTO),
    m("Receipt - Reference 26-71", "Kia ora, thanks for your email to the Recruitment team. We've got it and will be in touch if we need anything. Ngā mihi, People & Culture (automated)", headers=AUTO_GEN),
    m("Your message to HR Shared Services", """\
Thank you for your email to HR Shared Services. This is an automated acknowledgement.

We aim to respond to all queries within 5 working days. Please quote your competition reference in any further correspondence.""", headers=AUTO_GEN),
    m("Document upload confirmation", """\
Hello Shreya,

This confirms that we received the following documents for your application to the Lower Valley Sanitation District:
- Signed_offer_letter.pdf
- Authorization_release.pdf

No further action is needed at this time.""", headers=AUTO_GEN, note="confirms documents the candidate sent; no outcome"),
    m("Acknowledgement: Application for Medical Officer", """\
Dear Dr Nair,

We acknowledge receipt of your email. The Medical Workforce Unit is currently experiencing high volumes of enquiries. Your message will be responded to in due course.

Please do not reply to this message.""", headers=AUTO_GEN),
    m("[Auto] Received", "Received. Thanks. - SPHCDB HR Desk (auto)", headers=AUTO_GEN),
    m("We got your email!", """\
Hi there!

Thanks for writing to the Boys & Girls Club of Eastside. Our small team reads every email and will get back to you within a week. If this is about a child's safety, please call us right away.""", headers=AUTO_GEN),
    m("Thank you for your enquiry", """\
Dear Sir/Madam,

We thank you for your enquiry. This is to confirm that your email has been received by the Embassy. Due to the high volume of enquiries, only those requiring a response will be replied to.

Administration Section""", headers=AUTO_GEN),
    m("Received: Thank you letter", """\
Your message

  To: Recruitment
  Subject: Thank you
  Sent: Tuesday, 24 November 2026 09:12

was read on Tuesday, 24 November 2026 10:40.""", headers={"Content-Type": "multipart/report; report-type=disposition-notification"}, note="a read receipt"),
    m("Confirmation: your documents", """\
This email confirms that your Garda Vetting form has been submitted successfully. Reference: NVB-2026-118893. You will be contacted by email if any further information is required.""", headers=AUTO_GEN),
    m("Re: Application [SR-00772]", """\
Dear Candidate,

Your service request SR-00772 has been logged with the Staff Selection Board helpdesk. Expected response time: 7 working days.

Helpdesk""", headers=AUTO_GEN),
    m("Your email has been received", """\
Thank you for contacting Te Whatu Ora Recruitment. We have received your email and will respond as soon as we can, usually within 2 working days.

Please note we cannot provide updates on the status of individual applications through this mailbox.""", headers=AUTO_GEN),
    m("RE: Follow-up - Fire Safety Inspector", """\
Your email has been received by the County Personnel Office. Please allow 5-7 business days for a response. Do not resend your message as this may delay our response.""", headers=AUTO_GEN),
    m("Application received", """\
Dear Applicant,

This is an acknowledgement that we have received your additional information for the vacancy Teacher (Primary) - Lusaka. The Field Committee will review it together with your application.

Member Care Department""", headers=AUTO_GEN),
    m("Thank you for your submission", """\
Your case study for VA-26-0877 has been submitted successfully at 14:03 GMT on 25 November 2026. Please keep this email as your confirmation.""", headers=AUTO_GEN),
    m("Message received - Lakeview Library", """\
Thank you for contacting Lakeview Library. This mailbox is checked Monday through Friday. Someone will get back to you soon.""", headers=AUTO_GEN),
    m("Acknowledgement: letter dated 17/11/2026", """\
Your letter has been registered under incoming reference IN/2026/11/3381 and forwarded to the Principal's Office.

Registry, Kakamega High School""", headers=AUTO_GEN),
]

AUTO_REPLY += [
    m("Automatic reply: Thank you for the interview", """\
Thank you for your email. I am on annual leave until Monday 7 December 2026 with limited access to email. For urgent recruitment queries please contact recruitment@ or call the main HR line.

Siobhán""", headers=AUTO),
    m("Out of Office: Re: following up", """\
I'm out of the office for Thanksgiving and will return Monday, November 30. If you need immediate assistance please contact the district office.

Coach Daniels""", headers={"X-Autoreply": "yes", "Auto-Submitted": "auto-replied"}),
    m("Automatic reply: Interview follow-up", """\
Kia ora,

I am away on leave and back on 14 December. If your email is about the Kākāpō programme please contact the Operations Manager.

Ngā mihi,
Deidre""", headers=AUTO),
    m("Out of office", """\
Dear Sender,

I am currently away on study leave and will respond on my return on 4th January 2027. For urgent matters kindly contact the Deputy Registrar.

Dr. Bello""", headers=AUTO),
    m("Auto-reply: I have left the District", """\
Thank you for your message. I no longer work for Fern Valley Unified School District. Please redirect your email to hr@ or call the Personnel office.""", headers={"X-Autoreply": "yes"}),
    m("Away", "I'm on a school trip to Ballarat until Friday with no reception. Back Monday. Mel", headers=AUTO),
    m("Automatic reply: RE: Midwife Band 6", """\
I am on maternity leave and not checking emails. Please contact the Deputy Matron for anything urgent.

Rachel Okafor""", headers=AUTO),
    m("Automatic reply: Update?", """\
Thank you for your email. I am attending the ECOWAS regional meeting in Abuja until 2 December. I will respond to your message upon my return.

Adaeze""", headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"}),
    m("Out of office: Parks Maintenance", "Out of the office. On the Lake Shore cleanup project through 12/4. - Dale Hutchins", headers=AUTO),
    m("Automatic reply", """\
This mailbox is no longer monitored. Please send enquiries to the new Human Resources address published on the Municipality's website.""", headers=AUTO),
    m("Autoreply: Research Assistant", """\
I am in the field in Kano State until 11 December with intermittent access to the internet. Please expect delays in my response.

Prof. A. Okonkwo""", headers={"X-Autoreply": "yes", "Precedence": "auto_reply"}),
    m("Automatic reply: Thank you", """\
I'm away from the office on sick leave. Emails won't be forwarded. For recruitment matters please contact the Recruitment Partner team.

Anahera""", headers=AUTO),
    m("Out of Office - Rev. Ann Whitford", """\
I am on retreat until December 9 and not checking email. For pastoral emergencies, please call the parish office.""", headers=AUTO),
    m("Automatic reply: Re: Programme Analyst", """\
Thank you for contacting me. Please note that I have moved to a new assignment in the Bangkok Regional Office. Your email has not been forwarded. For questions about recruitment, please contact the HR Section.""", headers=AUTO),
    m("Auto: Leave notice", """\
Dear Colleague,

I am on leave from 23 November to 4 December. In my absence, please contact Mr. J. Okoro on extension 214.

Best regards
Head, Human Resources""", headers=AUTO),
    m("Automatic reply: Your teaching post", """\
Dia dhuit,

Tá mé as oifig go dtí an 30 Samhain. I am out of the office until 30 November.

Eimear""", headers=AUTO),
    m("Out of Office: RE: Bookkeeper", """\
Gone to the coast for a week. Back 1 Dec. Phone if it's urgent. J van Wyk""", headers={"X-Autoreply": "yes"}),
    m("Automatic reply: Following up", """\
Hi! I'm at the State Library Association conference this week and will reply when I'm back on Monday. If this is about a hold or your library card, please contact your branch.

Hannah""", headers=AUTO),
    m("Automatic reply", """\
Thank you for your email. I am working from the Kasama District Office this week and will be checking email only in the evenings. I'll reply as soon as I can.

Dr Mulenga""", headers=AUTO),
    m("Delivery status: Out of office", """\
The recipient you wrote to is out of the office and has set the following message:

"I am on annual leave from 20/11 to 08/12. Your email will not be forwarded. Kind regards, Dianne, Recruitment Officer".""", headers={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"}),
]

BULK += [
    m("Current Vacancies - Department of Education (Week 48)", """\
Current vacancies this week:

- Teacher (Primary), multiple locations
- School Administrative Officer, Northern Region
- Business Manager, Metro South

To change your job alert settings or unsubscribe, visit your profile.""", headers={"List-Unsubscribe": LU, "Precedence": "bulk"}),
    m("HSE Careers Newsletter - November", """\
In this issue:
- Why nursing in Ireland? Hear from our international recruits
- New graduate programme for 2027
- Tips for competency-based interviews

You are receiving this because you registered with HSE Careers.""", headers={"List-Id": "<careers-news.hse.example>", "List-Unsubscribe": LU}),
    m("Job Alert: 5 new jobs matching 'librarian'", """\
Here are new jobs matching your saved search:

Library Assistant - City of Kingsport
Branch Manager - Multnomah Valley Public Library District
Reference Librarian - Pine Ridge Community College

Manage alerts | Unsubscribe""", headers={"Precedence": "bulk", "List-Unsubscribe": LU}),
    m("You're invited: Teacher Recruitment Fair - December 5", """\
Dear Future Educator,

Join Fern Valley Unified at our Winter Teacher Recruitment Fair! On-the-spot interviews for credentialed teachers in math, science, special education and bilingual education.

Saturday, December 5, 9:00 a.m. - 1:00 p.m., District Office

RSVP online.""", headers={"List-Unsubscribe": LU, "Precedence": "bulk"}, note="an event invitation to many, not a next-round invitation"),
    m("Our Community Magazine - Advent Issue", """\
Dear friends,

This Advent, we celebrate 40 years of serving in Malawi. Read about the new maternity wing at Nkhoma, meet our volunteers, and find out how you can support our work.

You are receiving this because you have connected with us.""", headers={"List-Id": "<friends.mission.example>", "Precedence": "bulk"}),
    m("Join our Talent Community", """\
Hi there,

Thanks for your interest in working at the State University. Stay connected by joining our Talent Community - get news about our campus, benefits, and jobs that match your interests.

[Join now]""", headers={"Precedence": "bulk", "List-Unsubscribe": LU}),
    m("PSC Bulletin: Recruitment Notice No. 24/2026", """\
The Public Service Commission invites applications from qualified Kenyans for the following positions: Senior Assistant Director, Principal Economist, and Economist II. Full details are available on the Commission website.

This bulletin is sent to all registered users.""", headers={"Precedence": "bulk"}),
    m("Union News: Pay claim update", """\
Dear member,

The national executive met on Monday and agreed to move to an indicative ballot on the pay claim. Watch out for your ballot paper.

In solidarity,
The Communications Team""", headers={"List-Id": "<members.union.example>", "List-Unsubscribe": LU}),
    m("Weekly jobs from publicjobs", """\
New this week:
- Executive Officer (Multiple Departments)
- Clerical Officer - Cork
- Third Secretary - Department of Foreign Affairs

Log in to apply.""", headers={"Precedence": "bulk", "List-Unsubscribe": LU}),
    m("Parks & Rec Winter Program Guide is here!", """\
Ice skating, holiday crafts, and senior yoga - register now for winter programs!

You are receiving this email because you signed up for Maple Heights Parks & Recreation updates.""", headers={"List-Unsubscribe": LU}),
    m("Webinar: Working in the UN System", """\
Dear Candidate,

You are invited to an information webinar on careers in the UN system, including the Young Professionals Programme and the JPO programme.

Date: 3 December 2026, 14:00 CET. Register at the link below.""", headers={"Precedence": "bulk", "List-Id": "<careers.un-style.example>"}),
    m("Volunteer Opportunities this Month", """\
Hi friends!

We need helpers for: Saturday distributions, holiday hamper packing (Dec 12 & 13), and the toy drive.

Sign up at the link!

The Food Bank team""", headers={"List-Unsubscribe": LU}),
    m("Careers at Te Whatu Ora: Nursing roles in Waikato", """\
Kia ora,

We're hiring nurses across Waikato - ED, mental health, and community. Find out about relocation support and our new graduate intake.

Unsubscribe""", headers={"Precedence": "bulk", "List-Unsubscribe": LU}),
    m("Diocesan Schools Bulletin", """\
In this bulletin: Catholic Schools Week planning, Virtus training dates, and open positions across the Diocese.

To stop receiving the bulletin, reply STOP.""", headers={"Precedence": "list"}),
    m("Your weekly APS Jobs digest", """\
12 new jobs match your preferences:
- APS 4 Library Services Officer, National Library
- APS 5 Policy Officer, Department of Health
- EL1 Director, Services Australia

Manage your notifications.""", headers={"Precedence": "bulk", "List-Unsubscribe": LU}),
    m("Save the date: Public Health Careers Open Day", """\
Dear colleague,

The School of Public Health invites you to our Careers Open Day on 8 December. Meet employers from health boards, NGOs and government.

Unsubscribe from these emails.""", headers={"List-Unsubscribe": LU}, note="open-day invitation to many"),
    m("Housing Association Newsletter", """\
Hello,

This month: our new homes in Drogheda, tenant awards, and jobs at Habitat Home Trust. We're recruiting Housing Officers and a Finance Manager.

You're receiving this because you applied for a role with us in the last 12 months.""", headers={"List-Id": "<news.housing.example>", "List-Unsubscribe": LU}),
    m("Reminder: Complete our Candidate Experience Survey", """\
Dear Candidate,

We value your feedback! Please take 5 minutes to tell us about your experience of our recruitment process. All responses are anonymous.

[Take the survey]""", headers={"Precedence": "bulk", "Auto-Submitted": "auto-generated"}),
    m("Co-op Members' Update - AGM notice", """\
Dear Member,

Notice is hereby given that the Annual General Meeting of the Karoo Growers Co-operative will be held on 12 December 2026 at the Community Hall.

Secretary""", headers={"Precedence": "bulk"}),
    m("Transit Careers: Now hiring Bus Operators - $5,000 sign-on bonus", """\
Looking for a career that moves? Metro Regional Transit is hiring Bus Operators. Paid training, full benefits and a $5,000 sign-on bonus.

You received this because you opted in to job alerts.""", headers={"List-Unsubscribe": LU, "Precedence": "bulk"}),
]

# --- end ---

write("eleventh.jsonl", labelled_rows("eleventh", {
    "rejection": REJECTION, "offer": OFFER, "next-round": NEXT_ROUND, "scheduling": SCHEDULING,
    "request": REQUEST, "deciding": DECIDING, "ack": ACK, "auto-reply": AUTO_REPLY, "bulk": BULK,
    "reply": REPLY,
}, splits=("train", "dev", "held-out")))
