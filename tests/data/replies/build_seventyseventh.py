# ruff: noqa: E501 - one message a line reads best
"""The seventy-seventh corpus of employer replies, a sealed test set (every row held out).

Written by the seventyseventh author who read neither the classifier nor any other corpus's messages (only
the brief, the README and corpus_rows.py). The messages are written as every kind of sender and sector,
worldwide: tech start-ups, hospitals and care homes, retail and hospitality chains, law and accounting
firms, charities, schools, factories, government agencies and small family businesses; hiring managers,
HR teams, founders and agency recruiters. Registers run from warm to curt, formal to chatty, with
second-language English from India, Nigeria, Germany, Brazil, the Philippines and Poland, from desktop
and phone, with quoted threads, forwards, signatures and disclaimers. About a third of the rejections
and offers are under 40 words, and hard cases are written in on purpose (decisions without stock
phrases, offers without the word, plain replies full of decoy words, outcomes at the very end, quoted
candidate mail with "offer" or "unfortunately").
"""

from corpus_rows import labelled_rows, m, write

REJECTION = [
m("Re: Barista role", "Hi Tomasz, thanks for coming in on Saturday. We've gone with someone who can cover weekday mornings. Best of luck — Ines, Copper Kettle"),
m("Application outcome: Staff Nurse, Ward 7B", """Dear Ms Okafor,

Thank you for attending interview for the post of Staff Nurse (Band 5) on Ward 7B on 17 November.

The panel met a strong field of applicants and I regret to inform you that on this occasion you have not been successful. If you would like feedback on your interview, please contact the recruiting manager, Sister Ruth Callaghan, on extension 4471 within the next four weeks.

Thank you for your interest in working for Eastmoor Hospitals NHS Foundation Trust and we hope you will consider applying for future vacancies.

Yours sincerely,

Workforce Recruitment Team
Eastmoor Hospitals NHS Foundation Trust"""),
m("quick one", """Hey Priya — honest answer, since you asked for one on Thursday: we're going with someone who has shipped a payments product end to end before. It was close and the team argued about it for a good hour.

If it helps, two founders I know are hiring PMs right now and I'd happily intro you to both. Say the word.

Sam"""),
m("Regarding your candidature - Senior Accountant", """Dear Candidate,

This is to inform you that your profile has not been shortlisted for further process for the post of Senior Accountant (Ref: SBT/FIN/112).

We thank you for the time given for the interview at our Coimbatore office and wish you all the best for your future endeavours.

Regards,
HR Team
Shree Balaji Textiles Pvt. Ltd.
This is a system generated mail, please do not reply."""),
m("Relationship Officer Interview - Feedback", """Dear Chinedu,

Thank you for your interest in the Relationship Officer position at Crestline Bank Plc and for honouring our invitation to the interview of Tuesday, 10th November.

After careful review of the interview outcomes, we regret to inform you that we will not be proceeding with your application at this time. Kindly note that your details will be retained in our database and you may be contacted should a suitable opening arise in future.

We wish you success in your career.

Yours faithfully,
For: Human Capital Management
Crestline Bank Plc, Victoria Island, Lagos"""),
m("Your application as Service Technician", """Dear Mr. Adeyemi,

many thanks for the pleasant conversation last week in our plant in Heilbronn and for the interest in our company.

Unfortunately we must inform you that we have decided for another candidate, whose profile is fitting more to the requirements of this position. This decision was not easy for us.

We thank you once more for your effort and wish you for your further professional way all the best.

With kind regards

Sabine Krüger
Personalabteilung
Hartmann Antriebstechnik GmbH
Sitz der Gesellschaft: Heilbronn · Registergericht Stuttgart HRB 102334 · Geschäftsführer: Dr. Klaus Hartmann"""),
m("Retorno - Analista de Marketing", """Olá Lucas, tudo bem?

Passing here to give you a return about the process for Analista de Marketing Pleno. We really liked to know you and your cases from the agency were very interesting!!

Unfortunately for this moment we decided to follow with another profile, more focused in performance and paid media. But we will keep your CV in our talent bank and for sure we can talk again in next opportunities.

Big hug and success!
Fernanda Lopes
Talent Acquisition | Vivo Verde Cosméticos
São Paulo - SP"""),
m("Final Interview Result - Team Leader", """Good day Ma'am Joy!

Thank you for taking the time to join the final interview for the Team Leader position (Account: Healthcare US). After a thorough deliberation with the operations managers, we regret to inform you that you were not chosen for the position.

We were impressed with your background and we will keep your resume on file for future openings. Feel free to apply again after 3 months.

Thank you and God bless!

Recruitment Department
Northbridge Contact Solutions Inc., Cebu IT Park"""),
m("Recruitment process - Logistics Specialist", """Dear Mr Nowak,

thank you for your participation in the recruitment process for the position Logistics Specialist in our warehouse in Stryków.

We would like to inform that after analysis of all candidatures we decided to continue the cooperation with other candidate, whose experience better matches our current needs.

We keep your application in our database (if you gave us the consent for future recruitments) and we hope for contact in the future.

Best regards,
Katarzyna Zielińska
HR Business Partner
Transpol Logistyka Sp. z o.o."""),
m("nights", "Hi Maureen, sorry love, the night carer post has gone to someone else. Thank you for coming in and for being so lovely with Edna. Jan"),
m("Update on the Product Designer role", """Hi Sam,

I wanted to let you know directly before you heard it through the grapevine: the Product Designer role has been put on hold as part of a budget review, and we're closing the process for all candidates, including you.

This genuinely isn't a reflection on your interviews — the panel liked your portfolio a lot, especially the onboarding rework. I know it's frustrating to get this far and have the floor pulled out.

If the role reopens next year I'll reach out to you first.

Warmly,
Lena Park
Head of Design, Tessellate"""),
m("Operations Coordinator vacancy", """Hi Daniel,

Quick update on the Operations Coordinator vacancy — we've ended up filling it internally. A colleague from our Leeds office asked to move across and it made sense for the business.

I'm sorry to have taken up your time with two interviews for a role that's now gone. You interviewed really well and I'd be glad to hear from you if you see anything else with us.

All the best,
Harriet Moss
Office Manager | Brightstone Property Services"""),
m("Harwell Logistics - feedback", """Hi Ama,

Just heard back from the client (the logistics firm in Slough). They've decided not to take you forward — the feedback was that they want someone who's lived and breathed SAP for a few years, and they felt you were more on the Oracle side.

Gutted for you, honestly thought this was the one. Shall we talk about the other two roles tomorrow? I'm free from 10.

Cheers,
Jordan
Senior Consultant | Pinnacle Supply Chain Recruitment"""),
m("Your application status has been updated", """Dear Ravi Menon,

Thank you for your interest in Requisition 44817 – Site Reliability Engineer II.

After reviewing your qualifications and interview feedback, we have decided to pursue other candidates whose experience more closely aligns with the requirements of this position.

We appreciate the time you invested and encourage you to visit our careers site for future opportunities.

Sincerely,
Talent Acquisition
Halcyon Systems

This mailbox is not monitored. Please do not reply to this message."""),
m("Vacation Scheme 2027", """Dear Ms Hartley,

Vacation Scheme 2027

Thank you for attending our assessment day on 12 November. We were delighted with the standard of candidates this year, and we appreciate the effort you put into the written exercise and the partner interview.

We have now completed our assessment of all candidates and I am sorry to tell you that we are unable to offer you a place on our 2027 Vacation Scheme.

We appreciate this news will be disappointing. Feedback is not available for this stage, but we wish you every success with your legal career.

Yours sincerely,

Graduate Recruitment
Whitfield Kerr LLP"""),
m("Re: Thank you", """Hi Oliver,

Thanks for your kind note after Tuesday, it was good of you to write.

I'm afraid the partners have decided to go in a different direction for the audit senior role. We felt we needed someone with more charity audit experience for our client base in the short term. I know that's not the news you were hoping for.

Best wishes,
Ruth Ellery
Ellery Marsh Chartered Accountants

> On 19 Nov 2026, at 18:02, Oliver Grant wrote:
> Dear Ruth, thank you for taking the time to meet me on Tuesday. I enjoyed hearing about the firm's plans for next year."""),
m("Community Fundraiser interview", """Dear Fatima,

Thank you so much for giving us your time last Thursday, and for the thought you put into your presentation on community events — the panel really enjoyed it.

It was a genuinely difficult decision and I'm sorry to say we won't be offering you the role of Community Fundraiser on this occasion. The successful candidate had a slightly closer match in corporate partnerships, which is where we need to grow next year.

I'd be very happy to talk through feedback if that would be useful. Just reply and we'll find a time.

With warm wishes,
Claire Dunmore
Head of Fundraising
Riverside Hospice Trust
Registered charity no. 1089243"""),
m("Teacher of Geography - interview", """Dear Mr Ellison,

Thank you for attending interview for the post of Teacher of Geography at Castlebrook Academy on Friday.

I am writing to confirm what I told you by telephone this afternoon, that the panel appointed another candidate to the post.

You taught a lively lesson with Year 9 and the students spoke well of you. I hope you will not be discouraged and wish you every success in securing a post.

Yours sincerely,

Mrs A. Pemberton
Headteacher"""),
m("maintenance tech job", "Hi Kwame, re the maintenance tech job. We went with a bloke who's already got his 18th edition. Keep an eye on our site, we take people on every spring. Dave Pritchard, Workshop Manager"),
m("Notification of outcome - APS 5 Policy Officer", """Dear Ms Tran,

Notification of outcome – Selection process 2026/118, APS Level 5 Policy Officer, Regional Programs Branch

Thank you for your participation in the above selection process.

I write to advise you that the selection panel has assessed you as not suitable for the position at this time. The panel considered your application, interview performance and referee reports against the work level standards.

If you wish to receive feedback, please contact the panel chair, Mr Gavin Holt, on (02) 6123 4470.

Thank you for your interest in working with the Department.

Yours sincerely

Recruitment Services
Department of Regional Development (Canberra)"""),
m("trial shift", "Hola Diego, thank u for the trial shift on friday, you were very nice with customers but we need somebody with more experience on the grill. Sorry!! Good luck. Rosa"),
m("Your application with Fernwood Home", "Thanks for interviewing with Fernwood Home. We won't be progressing your application for Assistant Store Manager (Bristol Cribbs). We wish you well."),
m("Front Office Supervisor - Harbourline Dubai Marina", """Dear Aisha,

Greetings from Harbourline Hotels & Resorts!

Following your interview for the position of Front Office Supervisor at Harbourline Hotel Dubai Marina, we would like to thank you for your time and interest.

After careful evaluation, we have decided to proceed with another applicant whose profile more closely meets the requirements of the role. Your details will remain in our talent pool for 12 months.

Warm regards,
Talent Acquisition
Harbourline Hotels & Resorts Middle East"""),
m("Following up from Wednesday", """Hi Felix,

Hope the trip back to Manchester wasn't too grim — I saw the M6 was a car park all evening.

First, thank you. You were the only candidate who actually read our API docs before the call, and Anya keeps bringing up your point about webhook retries. We've already put a ticket in for it, so you've changed our roadmap whether you like it or not.

A few bits of feedback since you asked for them: your system design answer was solid but ran long, and we'd have liked to hear more about how you'd handle on-call with a team of three. Small stuff.

We're also pushing the offsite to February, so the whole team is a bit scattered right now, which is why this is late.

So — and I hate writing this part — we're not going to move ahead with you for this one. We need someone who's been the sole backend person at a company our size, and that tipped it.

Take care,
Marek
Co-founder, Parcelwise"""),
m("Re: Following up on my interview", """Hi Jonah,

I appreciate the enthusiasm, truly. We've now made an appointment to the role and it wasn't you this time, I'm sorry.

Best,
Diane Okoro
Clinic Manager, Greenway Physiotherapy

On Fri, 20 Nov 2026 at 09:14, Jonah Fields <jonah.fields@mail.example> wrote:
> Hi Diane,
> I just wanted to follow up on my interview last week. I'm really excited about the opportunity and hope to hear about an offer soon!
> Best, Jonah"""),
m("Re: Sales Assistant", "Sorry Kasia, they picked the other girl. Will call you later x\n\nSent from my iPhone"),
m("Unsuccessful - Warehouse Operative (Ref WO-2211)", "Thank you for attending the assessment day.\n\nKestrel Distribution HR"),
m("RN – Cardiac Step-Down, St. Brendan's", """Dear Marcus,

Thank you for interviewing for the RN – Cardiac Step-Down position at St. Brendan's Medical Center. We enjoyed meeting you and learning about your work in the ED at Mercy General.

We have selected a candidate whose experience is a closer match to the needs of the unit at this time. We encourage you to keep an eye on our openings; we post new nursing positions every week, and your application would be welcome.

Best regards,

Tamara Vickers, BSN, RN
Nurse Recruiter
St. Brendan's Medical Center | Columbus, OH"""),
m("Data Analyst - Norwood", "Hi Neha, client has passed on this one. Not the fit they need right now. Will keep looking for you. R"),
m("Feedback - SDE 2 Backend", """Hi Arjun,

Thanks a lot for your time with us on Thursday, and sorry for the late mail.

Team had a discussion and we feel at this point the role needs someone with more hands-on in Kafka and large scale distributed systems. So we will not be moving ahead with your candidature for SDE-2.

Please do not take it otherwise, your fundamentals are very good and the interviewers liked your approach in the DSA round. Maybe after one year we can connect again for a suitable role.

All the best!
Regards,
Megha Rao
Talent Team | Ziprail Technologies, Bengaluru"""),
m("Your application", "Dear Ms. Silva, thank you for your application and the interview. Sadly we can not consider you further for this position. Best regards, Jürgen Weiß"),
m("Laboratory Technician - recruitment withdrawn", """Dear Mr Ortiz,

I regret to let you know that the position of Laboratory Technician (Microbiology) has been withdrawn following a restructure of our department, and we are therefore unable to continue with the recruitment.

I realise you have given up your time to interview with us and I am sorry for the inconvenience. This decision was taken at board level last week and affects all candidates.

Kind regards,
Dr Helen Marsh
Laboratory Manager
Westgate Pathology Services"""),
m("Care Assistant interview - 16 November", """Dear Ms Bello,

Thank you for coming to meet us at Rosemead House on 16 November for the role of Care Assistant (days).

Having considered all of the candidates carefully, we have decided not to offer you the position at this time. We were looking for someone with a little more experience of supporting residents living with dementia, and we would encourage you to consider our Care Certificate programme, which starts again in February.

We wish you all the best.

Yours sincerely

Bernadette Hughes
Registered Manager
Rosemead House Care Home

This email and any attachments are confidential and intended solely for the addressee. If you have received it in error please notify the sender and delete it. Rosemead Care Group Ltd, registered in England no. 07733120."""),
m("Programme Officer (WASH) - Outcome", """Dear Blessing,

We appreciate your interest in the Programme Officer (WASH) role with Hope Springs Initiative, and the time you took to attend the interview held on 12th November in Abuja.

The panel has concluded its assessment and regret to inform you that your candidature was not successful. We received over 300 applications for this position and the decision was a tough one.

We encourage you to apply for future vacancies on our website.

Thank you.

Hope Springs Initiative
Plot 22, Kafe District, Abuja"""),
m("VA role update", "Hi Sir Mark, sorry po, the client decided not to push through with your application for the VA role. Thank you for your time and patience!"),
m("Recruitment - Java Developer", """Dear Paweł,

Thank you for your time spent on the interviews with our team, we appreciate it very much.

After analysis of all candidacies we made decision to continue the process with other person. This is not easy for us because your technical task was done on good level, but other candidate has more experience with Spring Cloud which is important for our project at the client.

We hope you will not be discouraged and we will be happy to see your application in the future.

Best regards,
Joanna Mazur
Recruiter | Softvista S.A., Kraków"""),
m("hey", "Hi Rafael, thanks for the chat yesterday! We closed the vacancy with another candidate, but we really loved meeting you. Big hug, Camila"),
m("Kitchen porter", "Hi Emre. We've offered the role to another applicant and they've accepted. Thanks for your time. Paul"),
m("RE: Following up", """Hi Lindiwe,

Apologies for the silence, it's been a hectic month with year-end.

We've decided not to proceed with your application for the Payroll Administrator role. Thank you for your patience and for the time you spent with us.

Regards,
Gert van Wyk
Finance Manager | Kestrel Freight (Pty) Ltd

-----Original Message-----
From: Lindiwe Dube <lindiwe.dube@inbox.example>
Sent: Monday, 16 November 2026 08:41
To: Gert van Wyk <gert.vanwyk@kestrelfreight.example>
Subject: Following up

Good morning Gert,

I hope you are well. I am following up on my interview of 2 November for the Payroll Administrator position. Is there any news on the decision?

Kind regards,
Lindiwe"""),
m("FW: candidate feedback - Ben Carter", """Hi Ben,

Mark asked me to share his note below with you directly, as you'd asked for honest feedback.

Regards,
Sonia (HR)

---------- Forwarded message ---------
From: Mark Ellis <mark.ellis@trentfoods.example>
Date: Fri, 20 Nov 2026 at 16:55
Subject: candidate feedback - Ben Carter
To: Sonia Patel <sonia.patel@trentfoods.example>

Sonia — not progressing Ben. Strong on the theory and a nice lad, but we need a shift manager who has actually run a line before, and he hasn't. Happy for you to pass that on, worded nicely.
M"""),
m("Update on your application to Brightwell", "Hi Chloe, we've reviewed your application for Visual Merchandiser and won't be moving forward at this time. Thanks for your interest in Brightwell."),
m("Article Assistant - interview", """Dear Ms. Iyer,

We thank you for attending the interview for Article Assistant at our firm on 14th November.

We are sorry to inform that we are unable to consider your candidature at present as the positions have been filled. We will be happy to receive your application when we have next intake in May.

With best wishes,
For Raghavan & Kulkarni
Chartered Accountants, Pune"""),
m("Application for Guest Relations Officer", """Dear Mr. Dela Cruz,

Warm greetings from Isla Verde Resort & Spa!

Thank you for your interest in joining our team and for attending the panel interview last November 13.

We have carefully reviewed your qualifications vis-à-vis the requirements of the position. We regret to inform you that we will not be able to consider your application further at this time. Please know that this is in no way a reflection of your capabilities.

We wish you the best in your career endeavors.

Sincerely yours,

Maricel Tan
HR Officer
Isla Verde Resort & Spa, Panglao, Bohol"""),
m("take-home", "Hey Luca — we're going to pass. Not a knock on you; timing and fit for this specific role. Thanks for the thoughtful take-home, genuinely."),
m("Associate position - Park", """Dear Ms. Park:

Thank you for meeting with our attorneys during your callback interview at our Chicago office. We appreciated the opportunity to learn more about you and your interest in our litigation group.

After careful consideration, we have concluded that we are unable to extend you an offer of employment at this time. We received applications from many highly qualified candidates and our decisions were difficult.

We wish you the very best in your legal career.

Sincerely,

Margaret Lindqvist
Director of Legal Recruiting
Holloway Brandt & Suarez LLP"""),
m("Your application for Higher Executive Officer (ref 312459)", """Dear Applicant,

Thank you for attending the interview for Higher Executive Officer – Policy Delivery (vacancy ref 312459).

Unfortunately, you did not meet the minimum standard required at interview and we are unable to progress your application further. Your scores for each behaviour and for the strength-based questions are available in your account on the recruitment portal, along with the panel's feedback.

Thank you for your interest in working for the Civil Service.

Civil Service Resourcing

Please do not reply to this email as this mailbox is not monitored."""),
m("Re: Thanks for today!", """Ah thanks Niamh, you're very kind, and sorry again about the state of the car park — the builders are still at it.

It was a pleasure to meet you and I really enjoyed hearing about your time in Galway. The girls on the ward were asking after you afterwards.

I did speak with Maeve about the CNM2 post this evening and I'm sorry to say we're going with a candidate who already has a few years managing a surgical ward. I wanted you to hear it from me rather than from HR's letter.

Mind yourself,
Gráinne

Gráinne O'Sullivan
Director of Nursing, St. Fintan's Hospital"""),
m("news from Harwell", """Hiya Sophie,

Hope the cold is better and you've stopped sounding like Darth Vader! My little one brought the same thing home from nursery so the whole house is on Lemsip.

Right, I've been chasing Harwell Insurance all week and finally got Priya on the phone this afternoon. They really enjoyed meeting you and said your answers on the claims-handling scenario were some of the best they'd heard.

Annoyingly, though, they've gone with the internal candidate in the end. I'll keep pushing for you with the Bristol one.

Speak tomorrow,
Abbie
Meridian Talent Partners"""),
]

REJECTION += [
m("key holder", "Hi Jordan, thanks for coming by the store on Tuesday. We've filled the key holder spot. Take care! — Mel, Maple & Moss Outfitters"),
m("Application: Plant Artisan (Electrical) - Ref MN/0934", """Good day Sipho,

We thank you for your interest in the Plant Artisan (Electrical) vacancy at our Rustenburg operation and for attending the technical interview and trade test.

Regret to advise that you have not been successful in this instance. Should you not hear from us regarding other applications within 30 days, please consider those unsuccessful as well.

Kind regards,
Recruitment Centre
Marula Platinum Mines (Pty) Ltd"""),
m("Thank you for interviewing with Juniper Labs", """Hi Aaliyah,

I wanted to personally thank you for the time you spent with us over the last three weeks. You were thoughtful, prepared, and the team genuinely enjoyed every conversation.

You'd be an asset to any research team, and I'm confident you'll land somewhere great soon. For this particular role, though, we've chosen a candidate with more direct experience running clinical-grade ML evaluations.

I hope our paths cross again.

Best,
Dev Raman
VP Research, Juniper Labs"""),
m("Customer Success Manager - update", """Hi Tom,

Thank you for your patience while we finished interviews. We've decided not to progress your application for the Customer Success Manager role.

I know a short email isn't much to go on after three conversations, so I'd be glad to offer a 15-minute feedback call if that's useful — just pick a slot at my calendar link.

Kind regards,
Anika Schulz
People Partner, Loopwise GmbH"""),
m("Ihre Bewerbung / Your application - Project Engineer", """Dear Mr. Haddad,

thank you very much for your interest in our company and for the personal interview on 11th of November with Mr. Vogel and myself.

After careful review, we regret to inform you that we cannot offer you the position of Project Engineer Automation. The decision was made in favour of a candidate who is bringing more experience with Siemens TIA Portal, which is required in the project from the first day.

Your documents will be deleted according to the GDPR regulations after six months, if you do not agree otherwise.

We wish you all the best for your future.

Kind regards
i. A. Monika Brandl
Human Resources

Keller Anlagenbau GmbH & Co. KG
Industriestraße 14, 86368 Gersthofen
Amtsgericht Augsburg HRA 15523
Persönlich haftende Gesellschafterin: Keller Verwaltungs GmbH, Amtsgericht Augsburg HRB 22109
Geschäftsführer: Stefan Keller, Dr. Ute Mahler"""),
m("Re: Final round", "Hi Pooja, the panel went another way. Thank you for your patience through all four rounds. — Deepak"),
m("Clinical Nurse Manager - Tallaght", """Dear Ms Kowalczyk,

Thank you for attending for interview for the post of Clinical Nurse Manager 1 (Older Persons) at Oakfield Nursing Home on 9 November 2026.

I regret to inform you that you have not been placed on the panel for this post. The interview board's marking sheet is available on request under our feedback policy.

Thank you for your interest in this position.

Yours sincerely,
Orla Brennan
HR Administrator
Oakfield Healthcare Group, Dublin 24"""),
m("Your candidacy - Senior Software Engineer, Payments", """Hello Kenji,

Thank you for interviewing for the Senior Software Engineer, Payments role. We know onsite loops are a big investment of time and energy, and we're grateful for yours.

After reviewing feedback from the interview panel, the team will not be moving forward with your candidacy. The role has been filled by an internal transfer from our Billing team.

You're welcome to apply to other roles at Verdantly; our recruiting team's policy is that you can reapply to the same role family after six months.

All the best,
Verdantly Recruiting"""),
m("Head of Marketing search", """Hi Gabriela,

Thank you for the time you've given us. I wanted to update you honestly: after the final interviews, the board has decided to keep the Head of Marketing role open and continue searching. None of the finalists, you included, quite matched what they now realise they need, which is someone who has built a brand in the US market.

I'm sorry to bring this news after such a long process.

Regards,
Oliver Brooks
Partner, Brooks Heller Executive Search"""),
m("Grade 4 Homeroom Teacher", """Dear Ms. Reyes,

Thank you for interviewing with us for the Grade 4 Homeroom Teacher position for August 2027. We enjoyed our conversation and your sample lesson on fractions.

I am writing to let you know that we have offered the position to another candidate, who has accepted. We had a very strong field and appreciate the care you put into your application.

With best wishes for your search,

Dr. Simon Achterberg
Elementary Principal
Lanna International School, Chiang Mai"""),
m("", "hi ana sorry we found someone already. thank you for coming in 🙏"),
m("Post of Resident Medical Officer", """Dear Dr. Khan,

With reference to your interview for the post of Resident Medical Officer (Emergency Medicine) held on 5th November 2026, we regret to inform you that the selection committee has not recommended your name for appointment.

The hospital thanks you for your interest and wishes you success.

Yours sincerely,
Medical Superintendent
Sanjeevani Multispeciality Hospital, Lucknow"""),
m("Growth Lead", """Hi Tunde!

Thanks for the energy you brought to every conversation — Ngozi said your market-sizing for Kano was the best she's seen from a candidate.

We've decided to go with someone else for the Growth Lead role. I know that's not what you wanted to hear after the presentation you put together, and I'm sorry. The person we picked has run a field sales team of 40, and right now that's the muscle we're missing.

Let's stay in touch — I mean that.

Femi
CEO, Okada Pay"""),
m("Recruitment results", "Dear Ms. Wiśniewska, we thank you for your participation. Unfortunately we chose a different candidate. Regards, Agnieszka, HR, Mleczarnia Podlasie"),
m("the shop", """Hi Gemma,

I owe you a proper explanation. After we spoke, Mum and I sat down with the accountant and we've decided to cut back to just the two of us running the shop from January, so there isn't a job to give anymore. I'm really sorry — you'd have been brilliant with the customers.

If things pick up by spring I'll be in touch, and please do come in for a cuppa anytime.

Lou
Hartley's Haberdashery"""),
m("Marketing Executive - Evergreen Brands", """Dear Rahul,

Thank you for attending the second interview with Evergreen Brands last Wednesday.

Unfortunately, on this occasion, my client has decided not to progress your application further. They were very complimentary about your communication skills but felt your FMCG experience was a little light for the brand portfolio.

I will of course be in touch as soon as I have other suitable roles.

Kind regards,
Victoria Shaw
Principal Consultant
Lawson Grey Recruitment
Lawson Grey Recruitment is an employment agency and employment business."""),
m("Re: Assistant manager", "Sadly not this time Greg - they've gone with someone local. Cheers, Tash\n\nGet Outlook for Android"),
m("Re: Offer timeline?", "Hi Noor, I'm sorry — there won't be an offer on this one. The team went with another finalist. I'll send feedback notes tomorrow. Rachel"),
m("Expenses and interview outcome", """Dear Dr Alvarez,

Thank you for travelling to Aberdeen for the interview on Monday. We will reimburse your travel and accommodation — please send your receipts to hr.expenses@northmere.example with the claim form attached, quoting reference NM-2289, and allow 30 days for payment.

The committee met on Thursday to discuss all four candidates. There was much discussion of your research plans, which were admired, and of your teaching experience.

I am sorry to say that the committee's decision was not in your favour.

With kind regards,
Professor Ian MacLeod
Head of School, Northmere Institute of Marine Science"""),
m("Analyst seat", "Elena, thanks again. We're not moving forward with your candidacy for the analyst seat. Best, Kyle"),
m("Application for Staff Nurse", """Dear Ms. Santos,

Good day!

Thank you for your interest in joining St. Raphael Medical Center. We appreciate the time you spent for the exam and panel interview last November 10, 2026.

We regret to inform you that the Staff Nurse (Medical-Surgical Ward) position has already been filled up. We will keep your application on file and will contact you should a vacancy arise that matches your qualifications.

Thank you and God bless.

Respectfully yours,

Human Resource Management Department
St. Raphael Medical Center, Quezon City"""),
m("Re: Application for Graduate Trainee Engineer", """Dear Ebuka,

Further to your interview at our office on 4th November, this is to inform you that Management has considered your application and regrets that we are unable to absorb you at this time owing to the limited number of slots for the 2026/2027 graduate trainee scheme.

Please accept our best wishes in your future endeavours.

Yours faithfully,
For: Deltaline Energy Services Ltd
Ngozi Eze (Mrs.)
Head, Human Resources, Port Harcourt"""),
m("Feedback", "Hi Karthik, feedback from client round is negative. We will not be able to proceed. Will update if any other requirement. Thanks, Swathi"),
m("Application Status: Not Selected - Program Analyst, GS-0343-11", """Dear Jasmine Whitaker,

This notice is to inform you of the status of your application for the following position:

Position: Program Analyst
Series/Grade: GS-0343-11
Announcement number: WR-27-1198044
Agency: Bureau of Fiscal Administration

The selecting official has made a selection for this position. You were not selected. Please note that your application may still be considered for other positions advertised under this announcement if it remains open.

Thank you for your interest in federal employment.

This is an automated message. Please do not respond."""),
m("Account Executive role", """Hey Marta,

thanks again for your time with Jonas and me last week. We discussed a lot afterwards and finally decided to go on with another candidate who has more background in B2B SaaS sales into the DACH market.

It was really not easy, you have great energy and we liked your pitch very much. If you are open, I would like to keep you in our pipeline for next year when we open the Nordics.

Cheers
Tobias
Co-Founder & CEO | Klarwerk
Berlin"""),
m("Shop Manager", "Dear Tom, thank you for interviewing for our Shop Manager post in Frome. I'm sorry to let you know we have appointed someone else. With best wishes, Helen, Hillcrest Animal Rescue"),
m("Re: Visa question", """Hi Andrés,

Thanks for your question about sponsorship, and I owe you an apology here: I should have checked before we invited you in.

Having now confirmed with our HR team, we are not a licensed sponsor and we're not in a position to become one for this hire, which means we can't take your application forward for the Junior Quantity Surveyor role. I'm sorry that this has cost you time.

Kind regards,
Fiona Blake
Director, Blake Cost Consultancy"""),
m("bookkeeper job", """Dear Mrs Adeyemi,

Thank you for coming in to talk with me and my son about the bookkeeping job. We were both very glad to meet you, and I still have the notes you made on our old spreadsheet, which I'm going to use!

We've thought about it a great deal over the weekend. My son feels strongly that we should have somebody who already knows Xero well, since neither of us does, and in the end I agreed with him. So we are going to offer the job to another lady who uses it every day.

I am sorry, because I liked you very much.

With best wishes,
Margaret Hollis
Hollis & Son Garden Machinery"""),
m("Re: Senior Auditor - Crowe Hale", """Hi Jess,

Got the client's feedback this morning. In their words: "Jess is very capable and we liked her, but we want someone who has led audits of listed entities and she hasn't quite done that yet." So it's a no from them.

It's a fair point rather than a criticism, and honestly it makes me want to get you in front of the two mid-tier firms I mentioned. Can I send your CV to them this week?

Speak soon,
Marcus
Hale & Finch Accountancy Recruitment"""),
m("Re: Friday", "Nadia - we've reflected and don't think you're the right fit for the culture we're building. Appreciate your time. Best, Colm"),
m("Re: Next steps?", "No next steps I'm afraid, Ali — they've chosen someone else. Sorry to be the bearer. Ben"),
m("Programa de Trainee 2027 - Resultado", """Prezada Juliana,

Thank you for participating in our selection process for the Trainee Program 2027.

We inform you that unfortunately you were not approved in the Panel stage. The process was very competitive, with more than 18 thousand subscribers, and we are proud that you came until this phase.

We wish a lot of success in your career and we hope to see you in our next programs.

Atenciosamente,
Equipe de Atração de Talentos
Grupo Sertão Alimentos"""),
m("Application - Operating Room Nurse", """Dear Jerome,

Thank you for your application for the Operating Room Nurse position and for attending your interview and skills assessment with our perioperative team.

After careful consideration of all applicants, we regret to advise that we will not be proceeding further with your application. We hope you understand that this was a highly competitive recruitment, with many applicants from the Philippines and the UK.

Please be informed that you may reapply for future vacancies after six (6) months from the date of this email.

Best regards,

Recruitment Team
King Faisal Crescent Hospital
Riyadh, Kingdom of Saudi Arabia"""),
m("CDP role", "Thanks Leon. We've decided to go with another chef de partie. All the best. Marco"),
m("so", "We've had a long think, Anita, and I'm afraid it's going to be a no from us for now. Thanks for being so patient. Pete"),
m("Requisition cancelled - Supply Planner", "Hi Wen, the Supply Planner requisition was cancelled this morning as part of a company-wide hiring freeze, so we're closing out all candidates. Sorry for the news. — Talent Acquisition"),
m("Associate Dentist position", """Dear Dr. Fernandes,

Dr. Mensah has asked me to let you know that the practice has now appointed another associate dentist to the Tuesday–Thursday list. He wanted to thank you for coming in and for the care you took with the treatment-planning case.

He also asked me to pass on that he'd be happy to be contacted should you be looking again in the future.

Kind regards,
Sarah Tilley
Practice Manager, Mensah Dental Care"""),
m("Application - Quality Executive", "Dear Sneha, thank you for your interest in Vistara Foods. We regret we cannot take your application forward. Regards, Talent Acquisition"),
m("Feedback from your interview", """Hi Chloe,

As promised on Friday, here are my thoughts after talking it over with Raj and Mei:

- Your Figma work is excellent and your case study was clear.
- We'd have liked to see more about how you work with engineers when a design has to change late.
- The whiteboard exercise went well once you got going.

Taken together, we've decided we're not going to make you an offer — we need someone who's a bit further along for this level. That said, we'd really like you to apply for the mid-level role we'll open in the spring.

Thanks again,
Hannah
Design Lead, Fieldnote"""),
m("Interview outcome - Assistant Procurement Officer", """Dear Mr. Otieno,

RE: INTERVIEW FOR THE POST OF ASSISTANT PROCUREMENT OFFICER (CPSB/17/2026)

Following the interviews held on 2nd November 2026, the Board wishes to inform you that you were not successful.

The Board thanks you for your interest in serving the County and encourages you to apply for future advertised positions.

Yours faithfully,

SECRETARY/CEO
COUNTY PUBLIC SERVICE BOARD, NAKURU"""),
m("Notice period", """Hi Ines,

Thank you for being so upfront about your notice period. I took it to the hiring manager today and we've gone back and forth on it, but the reality is that we need someone in the seat by early January for the ERP go-live, and three months would take us to March.

So we're going to go another way on this one, with real regret. If your situation changes, or if you're looking again next year, please get in touch.

All the best,
Martina Costa
Recruitment Lead, Alvorada Systems"""),
m("HR Business Partner role", """Dear Ms. Mahlangu,

Thank you for your interest in the HR Business Partner role at Sentinel Insurance.

We've reached a decision: we will be continuing with candidates who hold the CIPD Level 7 qualification, which the business has confirmed is a firm requirement for this role.

Thank you for your time and best wishes in your search.

Yours sincerely,
People Team"""),
m("Ihre Bewerbung", "Dear Mr. Brandt, after careful consideration we decided against your application. We wish you success in your further search. Kind regards, Team Recruiting, Ostwind Energie"),
m("Re: Frontend Dev", "Hi Piotr, unfortunately the client decided for other candidate. Thanks for your time and fingers crossed for next one! Ola"),
m("An update on your Sunbelt Market application", """Hi Destiny,

Thanks for applying to Sunbelt Market and for taking time to interview with our team!

We've decided to move forward with other applicants for the Deli Clerk position at Store #214. We hope you'll consider applying for other openings near you.

Sincerely,
Sunbelt Market Talent Team

You are receiving this email because you applied for a position with Sunbelt Market."""),
m("Paralegal", "Hi Grace, we've decided not to proceed to offer. Thanks for your time with the team. Kind regards, Ines"),
m("Re: RN job", """G'day Bec,

Thanks for coming out to Wattle Grove on Monday and sorry the air con was broken, it was like a sauna in the office.

We've gone with one of our agency nurses who's been doing shifts with us for a year and knows the residents. Hard to beat that, as I'm sure you get. Good luck, and keep us in mind.

Kerry Doyle
Care Manager, Wattle Grove Aged Care"""),
m("Software Engineer II - interview results", """Hi Andrea,

Thank you for your interest in Skyforge and for the time you invested in our interview process. We truly appreciated the opportunity to get to know you.

After careful consideration, we've decided not to move forward with your application at this time. This was a competitive search, and we were fortunate to meet many qualified candidates.

We encourage you to apply again in six months, and we'd like to keep your profile in our talent community so we can reach out about future roles that match your experience.

Best,
The Skyforge Recruiting Team"""),
m("Field Coordinator application", """Dear Ms Mwangi,

On behalf of Bright Futures Kenya, thank you for attending the interview for the Field Coordinator (Kisumu) post.

After considering all shortlisted candidates, the panel recommended another applicant for the position. We regret that this news may disappoint you.

We value your commitment to education and will keep your details for our upcoming volunteer coordinator roles.

Kind regards,
Esther Achieng
Operations Manager"""),
m("Production Supervisor - wynik rekrutacji", """Dear Mr. Kowal,

Thank you for participating in the recruitment for the position of Production Supervisor in our plant in Mielec.

We regret to inform you that your candidacy was not chosen for the next stage of the process. The decision was made after comparing the experiences of all candidates with the requirements of the position.

We will be glad to receive your application for other vacancies in our company.

Sincerely,
Dział Personalny
AeroKomp Mielec Sp. z o.o."""),
m("Re: Update on my application", """Hi Mohammed,

Thank you for getting in touch and for your patience — I know it's been longer than we said.

The panel have now met and, I'm sorry to say, have appointed another candidate to the Healthcare Assistant post on Ward 12.

Kind regards,
Janet Hollins
Ward Manager

On Tue, 17 Nov 2026, 10:02 Mohammed Rahman <m.rahman@post.example> wrote:
> Dear Janet,
> I hope you are well. I wanted to ask whether there is any update on the decision for the Healthcare Assistant post? Unfortunately I missed a call from an unknown number yesterday and wondered if it was the ward.
> Many thanks,
> Mohammed"""),
m("Crown & Anchor", "Position filled. Thank you for your interest. – The Crown & Anchor"),
m("Audit Trainee application", """Dear Temitope,

We refer to your interview for the position of Audit Trainee with our firm on 28th October 2026.

We wish to inform you that after due consideration of your performance at the interview and in the aptitude test, you were not selected for the position. This decision is final.

We thank you for the interest shown in our firm.

Yours faithfully,
Adewale Ogunleye & Co (Chartered Accountants)
Ikeja, Lagos"""),
m("Processo seletivo - Engenheiro de Produção", """Boa tarde Thiago,

I hope you are well. I am writing to give feedback about the selection process for Engenheiro de Produção Júnior in our unit of Joinville.

First I want to thank you for your dedication in all steps: the online test, the group dynamic and the interview with the manager Sr. Roberto. Your participation was very good.

However, after evaluation, the management decided to close the vacancy with another candidate that has more experience in lean manufacturing. We know this is not the result you expected.

Your curriculum will stay in our database and we will contact you if appear new opportunities.

Att,
Patrícia Moreira
Recursos Humanos | Metalúrgica Catarinense S.A."""),
m("Thanks!", "Thanks for coming in Jess. It's a no this time, sorry. K"),
]

REJECTION += [
m("Re: Receptionist interview", "Thank you for your time on Monday Ms Achebe. The doctors have decided on another applicant. Kind regards, Linda, Parkside Surgery"),
m("Re: Warehouse job", "Sorry pal, boss gave it to his nephew. Nothing I could do. Good luck mate. Stevo"),
]

OFFER = [
m("Re: Barista role", "Hi Tomasz — we'd love to have you! Can you start Monday 7th at 6:30? £12.60 an hour to begin, reviewed after three months. Ines"),
m("Conditional offer of employment - Staff Nurse, Ward 4A", """Dear Mr Adebayo,

Following your recent interview, I am pleased to make you a conditional offer of employment for the post of Staff Nurse (Band 5) on Ward 4A, Elderly Care, at Eastmoor General Hospital.

This offer is conditional upon the satisfactory completion of pre-employment checks, including two satisfactory references, an Enhanced DBS check, occupational health clearance, confirmation of your NMC registration and evidence of your right to work in the UK.

Salary: £31,049 per annum (Agenda for Change Band 5, point 1)
Hours: 37.5 per week, rotational shifts including nights
Proposed start date: to be agreed once checks are complete

Please log in to the recruitment portal to accept or decline this offer within 7 days. If you have any questions, contact the Recruitment Team on 01632 960 418.

Yours sincerely,

Workforce Recruitment Team
Eastmoor Hospitals NHS Foundation Trust"""),
m("welcome aboard 🚀", """Priya!!

Welcome aboard — officially. The paperwork's attached (sorry, our lawyer loves a 9-page PDF). Headline version: £72k, 0.4% options over four years with a one-year cliff, and 28 days off plus your birthday.

We'd love you to start on 11 January if that works with your notice, but tell me if it doesn't and we'll figure it out.

I'm genuinely thrilled. Sam"""),
m("Offer Letter - Software Engineer", """Dear Ms. Ananya Krishnan,

Further to your interviews with us, we are pleased to offer you the position of Software Engineer (Grade L2) at Nimbus Softlabs Pvt. Ltd., Hyderabad.

Your annual CTC will be INR 14,50,000 (Rupees Fourteen Lakh Fifty Thousand only), the break-up of which is given in Annexure A. Your date of joining will be 4th January 2027.

Kindly sign the duplicate copy of this letter as a token of your acceptance and return it to us within 3 working days. Please bring the originals of your educational certificates, relieving letter from your previous employer and PAN card on the day of joining.

We look forward to a long association.

Regards,
Srinivas Reddy
Manager - HR Operations
Nimbus Softlabs Pvt. Ltd."""),
m("RE: APPLICATION FOR THE POST OF ADMIN OFFICER", """Dear Miss Amaka Nwosu,

We are pleased to inform you that following your performance at the interview, you have been found suitable for employment as Admin Officer in our Enugu branch.

Your appointment letter will be ready for collection at our head office from Thursday, 26th November 2026. You are to come along with your original credentials, two passport photographs and a guarantor's form duly filled.

Accept our congratulations.

Yours faithfully,
Management
Goldcrest Pharmaceuticals Nigeria Ltd"""),
m("Your application as Service Technician", """Dear Mr. Petrović,

we are pleased to inform you that after the interview and the trial day in our workshop, we would like to hire you as Service Technician in our team in Heilbronn.

We suggest the start on 1st of February 2027 with a yearly gross salary of 52.000 EUR and 30 days of vacation. The probation period is six months. You will receive the employment contract in two copies by post this week; please sign both and send one back to us.

We are looking forward to working with you!

With kind regards
Sabine Krüger
Personalabteilung
Hartmann Antriebstechnik GmbH"""),
m("Boa notícia!! Processo Analista de Dados", """Oi Mariana, tudo bem??

Good news!! You were approved in the process for Analista de Dados Pleno! 🎉 The team loved your case about the churn and the manager Rodrigo already wants you in the squad.

The proposal is R$ 9.800 CLT + VR/VA + health plan + PLR. Start date we suggest 07/12. Can you confirm until Wednesday if you accept? Then I send the admission documents list.

Beijos,
Fernanda
Talent Acquisition | Vivo Verde Cosméticos"""),
m("Congratulations! Job Offer - Customer Service Representative", """Hi Kristine!

Congratulations! We are happy to inform you that you PASSED all stages of the application process for Customer Service Representative (Voice - Telco Account).

We would like to invite you for Job Offer signing on November 26, 2026 (Thursday) at 10:00 AM at our Ortigas site, 18th floor. Your offered basic pay is PHP 22,000 plus PHP 3,000 language allowance and night differential.

Please bring 1 valid ID and your pre-employment requirements checklist. Start of training is December 7.

See you!
Recruitment Team
Northbridge Contact Solutions Inc."""),
m("Oferta pracy - Specjalista ds. Logistyki", """Dear Mr Lewandowski,

thank you for all the meetings in the recruitment process. We are happy to present you an offer of employment for the position of Logistics Specialist in our warehouse in Stryków.

Conditions: employment contract (umowa o pracę) for 3 months trial period, then indefinite time; salary 8 200 PLN gross monthly; medical package and Multisport card; start date 4 January 2027.

Please confirm your acceptance by e-mail until 30 November. After that we will send you the documents for medical examination.

Best regards,
Katarzyna Zielińska
HR Business Partner
Transpol Logistyka Sp. z o.o."""),
m("nights", "Hi Maureen, good news, the nights job is yours if you still want it! Ring me when you get this. Jan"),
m("They want you!!", """Hi Ama,

They want you!! Just got off the phone with Harwell Logistics and they're offering you the Supply Chain Analyst role at £48k base, 10% bonus, hybrid three days in Slough.

They'd like a start date of 11 January. I've got the written offer coming over from their HR this afternoon, I'll forward it the minute it lands.

Call me when you can — I know you wanted to push on base a bit, happy to go back to them if so.

Jordan
Pinnacle Supply Chain Recruitment"""),
m("Training contract", """Dear Mr Achterberg,

Training Contract commencing September 2028

Following your recent assessment day, I am delighted to offer you a training contract with Whitfield Kerr LLP, commencing in September 2028, subject to the terms of the enclosed offer letter.

The offer is conditional on your obtaining at least a 2:1 in your degree, successful completion of the SQE1 and our standard pre-employment screening. We will cover your SQE preparation course fees and provide a maintenance grant of £12,000.

Please let us know whether you wish to accept by 11 December 2026. In line with the SRA voluntary code we will not ask you to decide sooner.

Congratulations again.

Yours sincerely,

Graduate Recruitment
Whitfield Kerr LLP"""),
m("Audit senior", "Oliver, the partners agreed — we'd like you to join as audit senior from 4 January. Formal paperwork to follow this week. Congratulations. Ruth"),
m("Community Fundraiser - good news", """Dear Fatima,

Thank you so much for coming in last week. I'm absolutely delighted to let you know that the panel would like to appoint you as our new Community Fundraiser!

Your presentation on community events was the standout of the day, and we all came away excited about what you could do with our Christmas appeal.

The post is £27,400 pro rata for 30 hours a week, based at our Riverside office with some evening and weekend events. I'll send the formal letter and contract tomorrow, subject to two references, as we discussed.

With very warm wishes,
Claire Dunmore
Head of Fundraising
Riverside Hospice Trust"""),
m("Teacher of Geography - confirmation", """Dear Mr Ellison,

Further to our telephone conversation this afternoon, I am writing to confirm the offer of the post of Teacher of Geography (MPS) at Castlebrook Academy, commencing 1 January 2027, which you accepted verbally.

The offer is subject to satisfactory references, an Enhanced DBS check with barred list, a health questionnaire and verification of your qualifications. Our HR officer, Mrs Daniels, will be in touch about these.

Congratulations, and I look forward to welcoming you to the department.

Yours sincerely,

Mrs A. Pemberton
Headteacher"""),
m("maintenance tech job", "Kwame, you've got the job mate. Start 7am Monday, bring your boots and your tickets. Dave"),
m("Provisional Offer of Employment", """Dear Ms Tran,

Provisional offer of employment – APS Level 5 Policy Officer, Regional Programs Branch

I am pleased to inform you that you have been selected for engagement as an ongoing APS 5 Policy Officer with the Department of Regional Development.

This offer is provisional and subject to:
- a satisfactory National Police Check;
- obtaining and maintaining a Baseline security clearance; and
- confirmation of your Australian citizenship.

The salary for this position is $89,714 per annum plus 15.4% superannuation. Please complete the attached acceptance form and the security pack within five working days.

Congratulations on your success.

Yours sincerely

Recruitment Services
Department of Regional Development (Canberra)"""),
m("trial shift", "Diego! we want u in the kitchen. start friday 5pm ok? bring black shoes. Rosa"),
m("Your offer from Fernwood Home is ready to review", """Hi Amir,

Congratulations! Fernwood Home has extended you an offer for Assistant Store Manager – Cardiff Queen Street.

To view the details of your offer, including pay, hours and start date, and to accept it electronically, please sign in to your candidate account:

https://careers.fernwoodhome.example/candidate/offers

Your offer will expire at 23:59 on 30 November 2026.

Best wishes,
Fernwood Home Recruitment

Please do not reply to this automated email."""),
m("Employment Offer - Guest Services Manager", """Dear Mr. Mendoza,

On behalf of Harbourline Hotels & Resorts, it gives me great pleasure to offer you the position of Guest Services Manager at Harbourline Hotel Dubai Marina, reporting to the Director of Rooms.

Your package will be as follows:
- Basic salary: AED 14,000 per month
- Housing allowance: AED 5,500 per month
- Transportation allowance: AED 1,000 per month
- Annual air ticket to your home country
- 30 calendar days' annual leave
- Medical insurance as per company policy

This offer is subject to a satisfactory medical fitness test and the issuance of a UAE employment visa. Please sign and return a copy of the attached offer letter by 27 November 2026.

We are delighted to welcome you to the Harbourline family.

Yours sincerely,
Layla Haddad
Director of Human Resources"""),
m("Thursday + a few odds and ends", """Hi Rosalind,

Thanks again for coming down on Thursday, and apologies that the lift was out — I know four flights after a three-hour train isn't the welcome anyone wants.

A few things from our side: Anya wants to send you the webhook retry doc you two were arguing about, so expect that. We're also moving to a new office in March (ground floor, I promise), and the offsite has been pushed to February.

On your question about on-call — we run a two-week rotation and you'd be on it once a month at most. Pay for on-call is a flat £250 a week.

And the main thing, which I've buried at the bottom like an idiot: we want you to join us as our backend lead. £85k, 0.5% equity, start whenever your notice lets you. The contract will come through from Deel tomorrow.

Marek
Co-founder, Parcelwise"""),
m("Practice Manager", """Dear Mrs Khatun,

We'd like you to be our new practice manager. Start date 11 January, salary £34,500, 37.5 hours a week with every other Friday afternoon off, which I know you asked about.

Let me know if that works and I'll get the contract drawn up.

Kind regards,
Dr Peter Lyle
Senior Partner, Lyle & Osei Family Practice"""),
m("Re: Update", """Hi Nikhil,

Thanks for being upfront about the other offer — genuinely. I've spoken to Stephen and the board this morning, and we've matched it: £62,000 base, with the same bonus structure as before, and we'll bring the start date forward to 4 January as you wanted.

The updated letter is attached. I really hope this seals it — we'd all love to have you.

Best,
Rebecca Thorne
Head of People, Latchford Analytics

> On 20 Nov 2026, at 11:48, Nikhil Shah wrote:
> Hi Rebecca, unfortunately I've received another offer at £62k and they've asked me for an answer by Tuesday. I'd much rather join Latchford, so I wanted to let you know before I decide."""),
m("As discussed", """Hi Chiara,

As discussed on the phone just now — we're delighted you're joining the pharmacy team! I'll email you the contract on Monday with the 32-hour pattern we talked about (Tue to Fri), starting 7 December.

Any questions before then, just ring the shop.

Best wishes,
Anil Mistry
Mistry Pharmacy"""),
m("Offer of Employment - RN, Cardiac Step-Down", """Dear Marcus,

Congratulations! On behalf of St. Brendan's Medical Center, I am pleased to extend to you an offer of employment as Registered Nurse – Cardiac Step-Down Unit, 0.9 FTE, nights.

Your starting rate will be $41.75 per hour, plus a $4.00 night differential and a $7,500 sign-on bonus paid in two installments. Your anticipated start date is January 11, 2027, which includes a two-week nursing orientation.

This offer is contingent upon successful completion of a background check, a drug screen, verification of your Ohio RN license and BLS/ACLS certification, and an employee health assessment.

Please review and sign the attached offer letter in the onboarding portal within five business days.

Best regards,

Tamara Vickers, BSN, RN
Nurse Recruiter
St. Brendan's Medical Center"""),
m("Norwood!!", "Neha!!! Client said YES to you for the Data Analyst role 🎉 Call me asap, I'll go through the package. R"),
m("SDE-2 Offer", "Hi Arjun, happy to share that we are extending you an offer for SDE-2 Backend. HR will share the offer letter by EOD. Congrats!! Megha"),
m("Your application", "Dear Ms. Silva, we are happy to tell you that we want to work with you. The contract follows by post. Best regards, Jürgen Weiß"),
m("Appointment - Programme Officer (Nutrition)", """Dear Halima,

Following your interview on 12th November for the position of Programme Officer (Nutrition), Hope Springs Initiative is pleased to offer you appointment on a one-year renewable contract, based in Maiduguri with regular travel to Bama and Gwoza.

Your monthly gross remuneration is NGN 850,000, with a hardship allowance and health insurance as per our HR policy.

Please find attached your letter of appointment. Kindly sign and return it by Friday, 27th November 2026, together with your NYSC discharge certificate and two references. Resumption date is Monday, 7th December 2026.

Congratulations and welcome to the team.

Yours sincerely,
Aisha Garba
HR & Admin Manager
Hope Springs Initiative"""),
m("VA role", "Hi Sir Mark! Good news po, the client approved you for the VA role. Start is Dec 1, $7/hr, 40 hrs/week. Congrats!"),
m("Oferta - Senior Java Developer", """Hi Paweł,

thank you for the meetings with our team — everybody was very positive after the technical interview.

I am happy to send you our offer for the Senior Java Developer position:
- B2B contract, 180 PLN net + VAT per hour, around 168 hours per month
- 20 days paid break per year
- Lux Med medical package and Multisport
- hybrid work, office in Kraków 2 days per week
- start date: 4 January 2027 (or earlier if possible)

Please let me know until Friday if you accept, then we will prepare the contract.

Best regards,
Joanna Mazur
Recruiter | Softvista S.A."""),
m("hey!!", "Rafa!!! You're in — welcome to the team 🥳 Camila will send the admission documents tomorrow."),
m("Your offer from Verdantly", """Hello Kenji,

On behalf of the whole team, we're excited to offer you the position of Senior Software Engineer, Payments at Verdantly, Inc.

Here are the highlights; the full details are in the offer letter attached:
- Base salary: $212,000 per year
- Equity: 9,000 restricted stock units vesting over four years
- Sign-on bonus: $25,000
- Start date: January 19, 2027
- Location: Seattle (hybrid)

This offer is contingent on the successful completion of a background check and verification of your eligibility to work in the United States. Please review and sign by December 1, 2026.

If you'd like to talk through anything, your recruiter, Alana, is available anytime this week.

Welcome (almost) to Verdantly,
Verdantly Recruiting"""),
m("Office Manager - references", """Hi Grace,

I'm very pleased to say we'd like to offer you the Office Manager role, subject to two satisfactory references. Could you send me your referees' details? As soon as those come back we'll confirm your start date, ideally 4 January.

Salary is £32,000 as discussed, plus 25 days' holiday and the usual bank holidays.

Best,
Simon Cole
Director, Cole & Harrow Architects"""),
m("Associate position", "Ms. Park, on behalf of the firm, I'm pleased to extend you an offer as a first-year associate in our Chicago office. Details are attached. — Helen Cho, Hiring Partner"),
m("LETTER OF APPOINTMENT - ASSISTANT PROCUREMENT OFFICER", """Dear Mr. Kiprono,

RE: APPOINTMENT AS ASSISTANT PROCUREMENT OFFICER (CPSB/17/2026)

Following the interviews held on 2nd November 2026, I am pleased to inform you that the County Public Service Board has approved your appointment as Assistant Procurement Officer, Job Group K, on permanent and pensionable terms.

You will be paid a basic salary of KES 46,000 per month plus house and commuter allowances as per the prevailing SRC guidelines.

Kindly report to the County Human Resource Office with your original academic certificates, national ID, KRA PIN and clearance certificates (HELB, EACC, DCI, CRB, KRA) within fourteen days of this letter.

Accept our congratulations.

SECRETARY/CEO
COUNTY PUBLIC SERVICE BOARD, NAKURU"""),
m("RN job", "Bec — yes! Loved you. Job's yours if you want it. Can you do orientation Thursday at 9? Kerry"),
m("Re: Thank you", """Hi Abdul,

Thank you for your lovely email, and you're very welcome — I enjoyed our conversation too.

We've talked it over and we'd love you to come and run the lab with us. I'll get Finance to send over the paperwork today with the salary we discussed and a start date of 1 February.

All the best,
Professor Imogen Hale

> On 21 Nov 2026, at 14:20, Abdul Karim wrote:
> Dear Professor Hale, thank you for taking the time to meet me yesterday. I'm very excited by the lab's work on antimicrobial resistance."""),
m("Operations Director appointment", """Dear Ms Adeyemi,

I'm writing on behalf of Mr Harrington, who is travelling this week and asked me to get this to you without delay.

He was very pleased with your final meeting and would like you to join Harrington Group as Operations Director on the terms set out in the attached letter, with a start date of 1 March 2027. He has asked that you ring him directly on his mobile if you'd like to discuss anything, and he hopes to hear good news by the end of next week.

Kind regards,
Louise Carter
Executive Assistant to the Managing Director
Harrington Group"""),
m("Assistant Manager - The Larder Kitchen, Leeds", """Hi Callum,

Brilliant to meet you last week — the team really warmed to you on the trial shift, and Sue hasn't stopped going on about how you handled table 12.

So here it is: we'd like to offer you the Assistant Manager role at our Leeds site. £33,500 plus tronc (averaging about £3k a year), 45 hours across five days, 28 days' holiday and free meals on shift. Start date 14 December if you can make that work, to get you in before the Christmas rush.

I'll send the contract once you've said yes. No pressure, but I'd love to hear back by Friday.

Cheers,
Hannah Reid
Area Manager, The Larder Kitchen Group"""),
m("Next steps", """Hi Olu,

Next steps from our side are simple: we want you on the team. I've attached the offer letter for the Product Analyst role — £52k, hybrid, start date 4 January.

Have a read over the weekend and shout with any questions.

Tom
Head of Data, Brightpath Energy"""),
m("honestly", "Zara, we wouldn't want anyone else for this role. When can you start? Same salary as we discussed. Mike"),
m("Contract", "Contract attached. Sign, send it back, and you're one of us. Welcome, Pat. — Jo"),
m("Appointment as Accounts Officer", """Dear Miss Chiamaka Obi,

OFFER OF EMPLOYMENT: ACCOUNTS OFFICER

We are pleased to offer you employment as Accounts Officer with Adewale Ogunleye & Co (Chartered Accountants) with effect from Monday, 4th January 2027.

Your gross annual emolument is NGN 5,400,000, payable monthly, and you will be on probation for six (6) months, after which your appointment may be confirmed subject to satisfactory performance.

If the terms are acceptable to you, kindly sign the attached acceptance slip and return it to the undersigned on or before 4th December 2026.

Congratulations.

Yours faithfully,
For: Adewale Ogunleye & Co
Folake Balogun (Mrs.)
Admin & HR Manager"""),
m("Job Offer - Staff Nurse (ICU)", """Dear Ms. Villanueva,

Good day!

We are pleased to inform you that you have been selected for the position of Staff Nurse (Intensive Care Unit) at St. Raphael Medical Center.

Please report to the HRMD office on November 27, 2026 (Friday) at 9:00 AM for the discussion of your employment contract, compensation and benefits. Kindly bring your PRC license, BLS/ACLS certificates, NBI clearance and 2x2 ID pictures.

Congratulations and welcome to the St. Raphael family!

Respectfully yours,

Human Resource Management Department
St. Raphael Medical Center, Quezon City"""),
m("Appointment Letter - Staff Physiotherapist", """Dear Mr. Rohan Deshmukh,

With reference to your application and subsequent interview, we are pleased to appoint you as Staff Physiotherapist in the Department of Physical Medicine & Rehabilitation at Sanjeevani Multispeciality Hospital, Lucknow, on the following terms:

1. Consolidated salary of Rs. 48,000/- per month.
2. Probation of six months from the date of joining.
3. Duty hours as per departmental roster, including rotational Sundays.

You are requested to join duty on or before 1st December 2026 and to submit a copy of this letter duly signed as acceptance.

Yours faithfully,
Medical Superintendent
Sanjeevani Multispeciality Hospital"""),
m("Offer - Grade 2 Homeroom Teacher", """Dear Mr. Whitmore,

Thank you for the time you spent with us on Zoom and for your demonstration lesson, which our Grade 2 team is still talking about.

I am delighted to offer you the position of Grade 2 Homeroom Teacher at Lanna International School for a two-year contract beginning 1 August 2027. The salary is THB 98,000 per month, with housing allowance, return flights each year, medical insurance and tuition for one dependent.

Your contract will follow from our HR office this week. We would be grateful for your decision within ten days.

With best wishes,

Dr. Simon Achterberg
Elementary Principal"""),
m("Logistics Specialist", "Dear Mr. Nowak, we decided to employ you on the position Logistics Specialist. Please come 1 December 8:00 to HR for signing the agreement. Regards, Katarzyna"),
m("Shop Manager", "Dear Tom, I'm so pleased to say the trustees would like you to be our new Shop Manager in Frome! Letter to follow. Helen, Hillcrest Animal Rescue"),
m("Feedback + decision", """Hi Chloe,

As promised, here are the team's thoughts from Friday:

- Your case study was the clearest we saw.
- You asked the best questions about our research ops.
- We'd have loved a bit more on accessibility, but that's a quibble.

Raj, Mei and I talked it through this morning and the answer is yes — we'd like you to join Fieldnote as a Product Designer. I'll send the details tonight.

Hannah"""),
m("Re: Start date", """Hi Daniela,

February is absolutely fine. We'd love to have you — the letter attached has a 1 February start, and everything else is as we discussed on the phone.

Warmly,
Lena Park
Head of Design, Tessellate

On Sat, 21 Nov 2026 at 20:03, Daniela Ruiz <daniela.ruiz@mail.example> wrote:
> Hi Lena,
> Thank you so much for the call today. Unfortunately I won't be able to start before February because of my notice period — I hope that doesn't change things.
> Daniela"""),
m("from all of us", "we talked it over at dinner last night and we all want you. come saturday 9am, bring an apron! Maria & the boys, Costa's Bakery"),
m("Willkommen im Team / welcome to the team", """Hey Marta,

we want you in the team! 🎉 Jonas and I were both sure after your pitch, and the reference calls were super positive.

Our offer: 62.000 EUR fix + 18.000 EUR variable at 100% target, 28 vacation days, new MacBook, BVG ticket. Start date would be 1 January or 1 February, as you prefer.

I send you the contract draft today via DocuSign. If you want to talk about anything, just call me.

Cheers
Tobias
Co-Founder & CEO | Klarwerk"""),
m("Congratulations from Sunbelt Market!", """Hi Jamal,

Congratulations! You've been selected for the position of Stock Associate at Sunbelt Market Store #118.

Your starting pay will be $15.50 per hour, and your first day will be Tuesday, December 1 at 7:00 AM. Please complete your new hire paperwork online before your first shift.

We're excited to have you on the team!

Sunbelt Market Talent Team"""),
m("Re: Thanks!", "Hi Jess, you're hired. Paperwork Monday. K"),
m("Let's make it official", """Hi Yusuf,

I've spoken to everyone who met you and it's unanimous — so let's make it official. We'd like you as our Head of Finance from 1 March, on the package we discussed (£95k plus 10% bonus). Our lawyers will send the service agreement this week.

Best,
Clare Whitfield
CEO, Halden Robotics"""),
m("Temp to perm", """Hi Angela,

Great news — Dawson Foods have asked if you'll go permanent! They'd take you on directly as Purchase Ledger Clerk from 4 January at £26,500, so no more agency timesheets for you.

Their HR will email the contract this week. Let me know you're happy and I'll confirm with them.

Lou
Staffline Office Recruitment"""),
m("RE: Following up", """Hi Thabo,

Apologies for the slow reply, it's been chaos with the audit.

Good news though: we'd like you to join us as Stores Controller, starting 1 December at R24,000 per month. I'll ask HR to send the contract today.

Regards,
Annelie Botha
Operations Manager | Karoo Cold Chain (Pty) Ltd

-----Original Message-----
From: Thabo Mokoena <thabo.m@inbox.example>
Sent: Wednesday, 18 November 2026 07:55
To: Annelie Botha
Subject: Following up

Morning Annelie, just checking in after my interview on the 6th for the Stores Controller job. Has anything been decided yet?"""),
m("Lecturer in Hospitality Management", """Dear Ms Oyelaran,

I am pleased to confirm that, following your interview and teaching observation, the panel has recommended your appointment to the post of Lecturer in Hospitality Management (0.8 FTE) at Tynebridge College.

Salary will be on point 18 of the lecturer scale (£34,210 pro rata). A formal contract will be issued by HR once your references and DBS check have been received.

Congratulations — we're looking forward to having you with us.

Yours sincerely,
Martin Greaves
Head of Faculty, Service Industries"""),
m("Re: Role", "The role is yours if you want it, Amara. £29k, starting 4 Jan. Shout if any questions. Leah"),
]

REPLY = [
m("Re: Thank you", "Thanks so much for your note, Ellie — it was lovely to meet you too. Glad the trains behaved on the way home! Best, Naomi"),
m("coffee?", """Hi Marcus,

Totally separate from the process — I'd like to offer you a coffee chat with Ifeoma, who made the same switch from teaching into product that you're weighing up. No agenda, she just loves talking about it.

Want me to connect you two?

Sara
Talent Partner, Quillstack"""),
m("Re: What happens next?", """Hi Ben,

Good question. The panel interview comes first (that's the one we're arranging for early December), then we take up references, and the offer stage comes after that — usually a week or so after the panel if everything lines up.

So nothing to worry about yet, you're right where you should be.

Cheers,
Laura
People Ops, Stonefield Energy

> Hi Laura, just wondering what the process looks like from here? When would an offer typically be made?"""),
m("Re: Quick question", "Hi Oskar, unfortunately I'm out Tuesday, so I won't see anything you send until Wednesday morning. No rush on your end! Kat"),
m("Re: My availability", """Thanks Ade, that's really helpful. Got your availability and passed it to Maria, who'll move forward with scheduling and be in touch with you directly.

Have a good weekend,
Tom"""),
m("Re: Parking", """Hi Shreya,

Sorry for the delay getting back to you! Yes, there's visitor parking behind the main building — just give your name at the barrier. The nearest tube is Old Street, about 8 minutes' walk, if you'd rather.

Best,
Gemma
Office Manager, Lantern Studio"""),
m("Re: Salary range", """Hi Kwabena,

Fair question. The range for this role is £42k–£48k depending on experience, plus 8% employer pension. There's a bit of flex at the top for the right person, but I wouldn't expect it to go far beyond that.

Hope that helps,
Rosie
Recruitment Partner, Marlow Health"""),
m("Re: Remote work?", "Hi Chidi — the team is fully remote, but we meet in Lisbon twice a year for a week. Happy to answer anything else. Inês"),
m("Feedback as promised", """Hi Dominika,

As promised when we spoke last week, here's the written feedback from the panel, in case it's useful for the future:

- Strong answers on stakeholder management; the example about the bank migration landed well.
- The technical questions on data modelling could have gone deeper.
- Unfortunately the presentation ran over, which meant we cut the Q&A short.

I hope this helps, and good luck with your search.

Best,
Iwona Baran
HR, Gdańsk Shared Services Centre""", note="Feedback after a rejection already given in an earlier call; this message decides nothing."),
m("Re: Withdrawing my application", """Hi Amelia,

Sorry to hear you've accepted another offer — but congratulations, truly! They're lucky to have you.

Thanks for letting us know so promptly, and best of luck in the new role.

Warmly,
Priyanka Nair
Talent Acquisition, Orchid Hotels"""),
m("Re: Timeline", """Thanks for flagging, Sebastian — much appreciated, and congratulations on the other offer.

Can you tell me what deadline they've given you? I'd rather know exactly what we're working with before I go to the hiring manager.

Ruth

> Hi Ruth, I wanted to let you know I've received another offer and have been asked to respond by Friday. Glerk is still my first choice."""),
m("Re: Careers page link", "Apologies, Hana — the link I sent yesterday was broken. Here's the right one: careers.kiwiharvest.example/roles. Unfortunately our site is a bit temperamental! Lee"),
m("Your CV", """Hi Dayo,

Just to say I passed your CV to my colleague Kemi in the brand team, since she's hiring a content lead and your writing samples made me think of her. She may reach out directly.

Best,
Tolu
HR, Sahel Foods"""),
m("Re: Thank you for today", """Dear Mr Henderson,

Thank you for your kind message. It was a pleasure to show you around the school, and the children were delighted with your questions about their science projects.

With best wishes,
Mrs Okonkwo
Deputy Headteacher, St Anne's Primary"""),
m("Re: LinkedIn", "Ha, of course! Accepted. Good to connect, Yuki. Jon"),
m("Re: Offer decision", """Hi Teodor,

Of course — take the weekend. It's a big decision and I'd much rather you made it properly than quickly. Let's speak Monday afternoon.

Best,
Alexa
Head of Talent, Oaktree Biologics

> Hi Alexa, would it be possible to have until Monday to make my decision on the offer? I want to discuss the relocation with my family."""),
m("Re: Base salary", """Hi Sunita,

I've asked Finance whether we can move on the base — no promises, but I'll make the case. Everything else in the letter stands as it is.

Speak soon,
Harriet""", note="Negotiation after an offer already made; it neither makes nor withdraws one."),
m("Re: Dress code", "Hi Leo, smart casual is perfect — most of us are in jeans. Nobody will be in a suit, I promise! Freya"),
m("Other roles", """Hi Bukola,

While we wait on the Lagos client, I wanted to flag two other roles that look like a decent fit:

1. Finance Business Partner – FMCG, Ikeja (₦18m–₦22m)
2. Senior FP&A Analyst – telecoms, Victoria Island (₦15m–₦17m)

Any appetite for either? Happy to send full specs.

Best,
Obinna
Lumen Talent Africa"""),
m("Re: Team structure", """Hi Arnav,

Great question. Right now it's me, two backend engineers (one in Pune, one in Amsterdam), a frontend contractor, and a designer we share with the marketing team. You'd be the first dedicated mobile hire, so you'd have a lot of say in how that grows.

Happy to talk more on Thursday.

Sanne
Engineering Manager, Trailfox"""),
m("Re: Feedback", """Hi Mei,

Of course — I'd be happy to offer some feedback. I'll jot some notes down this week and send them over, or we could do a short call if you'd prefer. Just let me know.

Kind regards,
Eleanor""", note="Offer of feedback after an earlier decision."),
m("Re: Pay", "Hi Kofi, we don't share salary details until the offer stage, sorry — it's company policy, not me being cagey! Mira"),
m("Wrong attachment!", "Sorry Gabriel, I attached the wrong job description to my last email — that one was for the warehouse role. Correct one attached now. Paula"),
m("Please ignore my previous email", """Dear Ms Farouk,

Please accept my apologies — the email I sent you at 15:42 today was intended for a different candidate and was sent to you in error. Please disregard it. Your application remains active and under consideration as normal.

I'm very sorry for any confusion this may have caused.

Kind regards,
Recruitment Team
Pembrook Borough Council""", note="Retracts a mistaken message; decides nothing."),
m("Re: Signed contract", "Got the signed contract, thanks Iqbal! All in order. See you in January. Tessa"),
m("Your first day", """Hi Rhiannon,

Just a few practical bits before Monday: come to the main reception at 9, ask for me, and bring your bank details and P45. There's free parking on level 2 of the multi-storey. Lunch on day one is on us!

Looking forward to it,
Dafydd
Operations Manager, Menai Marine"""),
m("Re: Documents", "Well received, thank you. Regards, Kelechi"),
m("Re: Documents submitted", "Noted with thanks. Regards, Ramesh - HR"),
m("Re: Thank you po", "Thank you also for your kind words po! It was nice meeting you too. Take care always! - Ms. Jen, HR"),
m("Re: Relocation support", """Dear Mr. Oduya,

many thanks for your message. I have forwarded your question about relocation support to my colleague Ms. Hoffmann from HR, she will answer you directly this week.

Kind regards
Andreas Lindner
Team Lead Embedded Systems
Voltaris GmbH"""),
m("Re: Type of contract", """Hi Michał,

Answering your question: for this position we can offer both options, B2B or umowa o pracę, it depends on your preference. In B2B there is no paid holiday but the rate is higher. We can discuss it more on next meeting.

Regards,
Ewelina
Recruitment Team | Datacraft Sp. z o.o."""),
m("Re: Dúvida sobre a vaga", "Obrigada pela mensagem, Bruno! Yes, the vacancy is hybrid, 3 days in the office in Pinheiros. Any other question just tell me 😊 Carol"),
m("Re: Travel expenses", """Hi Yasmin,

Thanks for sending the train tickets through. Finance tell me expenses are paid on the 28th of each month, so you should see £84.60 in your account at the end of December.

Best,
Owen"""),
m("Re: Interview travel", "Hi Dev, unfortunately we can't reimburse travel for first-stage interviews, only for the final one. Sorry — that should have been in the invite. Ciara"),
m("Re: The ops role", """Hi Sandra,

Thanks for your message. Just to be clear, the decision on the Ops Supervisor role sits with the regional director, not with me — I'm only the store manager here. I've passed your note on to her though.

Tony
Store Manager, Greenway Foods (Kettering)"""),
m("congrats!", "Saw on LinkedIn you graduated — congratulations, Aditi! Hope you celebrated properly. Tanvi"),
m("Re: Sorry about this morning", """No worries at all about being late, Obi — the Northern line was a disaster for everyone today, two of the panel were late too!

Thanks for the note.
Charlotte

> Hi Charlotte, I'm so sorry I was unfortunately 15 minutes late this morning. I hope it didn't cause any problems."""),
m("Handing over", """Hi Ji-woo,

Just a heads-up that Friday is my last day at Brightleaf — I'm moving to a role in our Singapore sister company. My colleague Rahim Ali will take over your application from here and he has all my notes.

It's been a pleasure, and good luck!

Fiona"""),
m("Re: Portfolio", "Yes of course, bring whatever you like — printed, laptop, iPad, all fine. Kitchen table's big! Joe"),
m("A question for you", """Hi Kalinda,

Before Thursday — I'd love your honest opinion on our onboarding flow. You mentioned you'd tried the app; what's the first thing you'd change? No right answer, just curious how you think.

Ama
Founder, Threadline"""),
m("Re: Interest", """Glad to hear you're keen to move forward, Sofia! I'll chase the panel this week and let you know as soon as I hear anything.

Best,
Matt""", note="Acknowledges interest; no decision and no date."),
m("Thank you card", "Hi Precious, thank you for the card — the residents loved it, and Mr Patel has put it up on his windowsill. Kindest, Angela, Willowbank Care Home"),
m("good luck today!", "Good luck today Ravi! Remember to ask about the team's roadmap and the move to Kubernetes — they love that. Call me after. Holly"),
m("Did you get home OK?", "Hi Bartek, did you get home ok? The snow was terrible after you left. Thanks again for coming in. Ania"),
m("Re: References", "Received both references this morning, thank you, Nasra. That's all we need from you for now. Hope you're having a good week. Lucy"),
m("Mentoring", """Hi Thandiwe,

Something I meant to say when we spoke: regardless of how things go with the analyst role, I'd be happy to offer you an informal mentoring chat once a month. I wish someone had done that for me when I was starting out.

No pressure at all.

Michael"""),
m("Re: Next steps", """Hi Roisin,

Totally understandable question. After today, the hiring manager reviews everyone's scores, then it's references, then an offer to the successful candidate — usually about two weeks in total. No decision needed from you yet, just sit tight.

Best,
Aoife""", note="Explains the process; no decision."),
m("Christmas fair", """Hi Lydia,

While we're finishing interviews, I wanted to let you know we'd love to offer you a place as a volunteer at our Christmas fair on 12 December, if you'd enjoy it. No strings attached and nothing to do with the job — we just need more hands!

Best,
Gwen
Volunteer Coordinator, Haven Women's Refuge"""),
m("Holiday closure", "Hi Emeka, just a heads-up — unfortunately our office is closed from 24 December to 4 January, so replies will be slow over that period. Best, Halima"),
m("Re: Withdrawal", "Totally understand, Pieter, and thanks for letting us know. Good luck with everything! Greta"),
m("RE: Pension question", """Hi Oluwaseun,

The pension is a salary sacrifice scheme: you put in 5%, we put in 7%, and you can opt to increase your contribution at any time. Full details will be in your starter pack.

Regards,
Claire Hopkins
HR Advisor, Northgate Engineering

-----Original Message-----
From: Oluwaseun Adebayo
Sent: 20 November 2026 16:12
To: Claire Hopkins
Subject: Pension question

Hi Claire, could you tell me a bit more about the pension scheme? I forgot to ask on Tuesday."""),
m("Re: Your message", "Sorry for the late reply, Sade, I've been off sick all week. I've read your message and will answer properly tomorrow. Joan"),
m("Re: Application", "Forwarding this to the right person now — Amina in HR handles the graduate scheme. She'll pick it up. Rob"),
m("Re: New email address", "Thanks Farah, I've updated your email address in our system. Bit of a mouthful, that old one! Ellen"),
m("Re: My article", "Hi Graham, thanks for sharing your article — I read it on the train and agreed with most of it, especially the bit about hospital discharge planning. Ngaire"),
m("That article", "Hi Isla, here's the article on warehouse automation I mentioned in the interview: logistics-weekly.example/robots-pick. Enjoy! Fraser"),
m("Re: Interview experience", """Dear Ms Sandhu,

Thank you for taking the time to send such honest feedback about the interview. You're quite right that the panel ran late and the waiting area was cold, and I'm sorry about both. I've raised it with our estates team.

Kind regards,
Paul Williams
HR Manager, Harborne Community Trust"""),
m("Re: Update from me", """Congrats on the offer, Thomas! Let us know whether you'd still like to be considered here — totally fine either way.

Cheers,
Nina

> Hi Nina, just to let you know I've been offered a role elsewhere and have until next Friday to decide."""),
m("Re: Did you receive?", "Pls confirm you got my last mail with the address. Thanks. Uche"),
m("Re: Joining bonus clause", """Dear Mr. Kapoor,

Regarding your query on the joining bonus clause in Annexure B: it is a standard clause for all laterals. The bonus is recoverable on a pro-rata basis only if you leave before completing 12 months. It does not apply in case of termination by the company.

Hope this clarifies.

Regards,
Neha Bhatt
HR Business Partner"""),
m("AW: Probezeit", "Dear Mr. Costa, thank you for your patience. Regarding your question about the Probezeit: it is six months, with two weeks notice period during this time. Best regards, Carina Schulz, HR"),
m("Re: Offer", """Hi Adaeze,

Holiday is 25 days plus bank holidays, rising to 28 after three years. You can carry up to five days over. Hope that answers it!

Luke
People Team, Fennwick

> Hi Luke, thank you for the offer! Quick question before I sign: how many days of annual leave does the role include?"""),
m("Re: Feedback on interview", """Hi Kaveh,

Thanks for asking — here's what the panel said. Unfortunately your answer on the budget question was a bit vague; the panel wanted specific numbers. Your presentation was strong, and they liked the way you handled the stakeholder role play.

I hope that helps for next time.

Kind regards,
Lorraine""", note="Feedback on an earlier, already-communicated outcome."),
m("Re: Thank you card", "Dear Miss Asante, thank you for the lovely card. The Year 3s really enjoyed your lesson on volcanoes. Mrs Hill"),
m("Re: Relocation", "Whatever you decide about relocating is completely fine with us, Katya — no pressure either way. Let's chat when you're ready. Stefan"),
m("Re: shifts", "ye the site has a canteen, and yes shifts rotate every 2 weeks, 6-2 then 2-10. Bring steel toecaps. Gaz"),
m("Re: New number", "Noted po on your updated number, Ma'am Liza. Thank you! - HR Recruitment"),
m("Re: Interview", """Dear Mr Hussain,

I'm sorry you felt the interview was rushed. The clinic ran late that morning and that wasn't fair on you. I've passed your comments on to Dr Patel.

Best wishes,
Sue Hamilton
Practice Manager"""),
m("Apologies - email sent in error", """Dear Ms Ong,

Please excuse our previous email, which went out by mistake — it was a draft template and does not reflect any outcome. You remain in the process for the Graduate Engineer role and we'll be in touch in the usual way.

Our apologies,
Graduate Recruitment, Tanjong Marine Engineering""", note="Retracts an email sent in error; no decision yet, and no time given."),
m("Heads-up", "Hi Joanna, we're moving forward with a new HR system next month, so you might get a couple of odd automated emails from it. Please ignore them! Beth"),
m("Re: Thanks", "👍 thanks!"),
m("Re: Your question", """Dear Mr Abiodun,

Regarding your question on the night allowance: yes, it is paid on top of basic, at 25% for hours between 22:00 and 06:00. I regret that unfortunately I made an error in my earlier email when I said 20%.

Kind regards,
Grace Ikpe
HR Officer"""),
m("Re: Decision", """Hi Tomás,

Thanks for letting me know you've decided to stay where you are — I think that's a sound decision given the promotion, and I'm pleased for you.

Let's keep in touch.

Becky
Clearwater Recruitment

> Hi Becky, after a lot of thought I've decided to decline the offer from Marston and stay in my current role."""),
m("Re: Assessment", "Hi Jakub, no, you can't use your own laptop for the test, sorry — we provide one. Ola"),
m("Re: Question about the job", """Dear Ms. Abena,

Thank you for your question. The role is Monday to Friday, 8am to 5pm, with one Saturday per month. Transport is provided from Kaneshie junction.

Regards,
Nana Yaw Boateng
Admin Manager, Kumasi Cocoa Processors"""),
]

NEXT_ROUND = [
m("Second interview - Operations Analyst", """Hi Kemi,

Thank you for speaking with me on Tuesday. I'm pleased to say the hiring manager would like to invite you to a second interview for the Operations Analyst role. It'll be in person at our Canary Wharf office, about 90 minutes, and will include a short Excel case.

Could you let me know which of these suit: Tuesday 1 December at 10am, or Wednesday 2 December at 2pm?

Best regards,
Fiona Walsh
Talent Acquisition, Meridian Freight"""),
m("Final panel", "Hey Jonas — you're through to the final panel! It's 3 people, 60 mins, mostly about how you'd run the roadmap. Send me a couple of times next week? Ellie"),
m("Assessment Centre invitation - Graduate Scheme 2027", """Dear Ifeanyi,

Congratulations! Following your video interview, we are pleased to invite you to our Assessment Centre for the 2027 Graduate Scheme (Engineering).

The Assessment Centre will take place virtually on Thursday, 10 December 2026 from 9:00 to 15:30 GMT and will include a group exercise, a technical case study and a final interview.

Please confirm your attendance via your candidate portal by 30 November.

Kind regards,
Graduate Recruitment Team
Norland Power"""),
m("trial shift?", "Hi Sienna, loved meeting u! would u be up for a trial shift sat 11-3 so you can meet the team? paid ofc. Jo @ Bean There"),
m("Next step: case study presentation", """Dear Mr. Oyelowo,

Thank you for your interview last week. We would like to invite you to the next stage of the process, which is a case study presentation to our Finance Director and the Head of Treasury.

You will receive the case pack 48 hours in advance and will present for 20 minutes, followed by 25 minutes of questions. Please let me know your availability in the week of 7 December.

Kind regards,
Georgina Baptiste
HR Business Partner, Castlegate Insurance"""),
m("Meet the founders?", """Hi Nisha,

The team loved your technical round. Next step is a chat with our two founders — informal, 45 minutes, over Google Meet. It's less about skills and more about how you like to work.

Can I share their calendar link?

Best,
Jamie
Recruiter, Swiftcart"""),
m("Technical round - Backend Engineer", """Hi Suresh,

Greetings from Coral Bytes!

We are happy to inform you that you have cleared the first round. Your second round will be a technical interview (live coding + system design) with our Engineering Lead, Mr. Vikram.

Kindly share your availability for this week or next week and we will block the slot.

Thanks & Regards,
Pallavi
HR - Coral Bytes Pvt Ltd"""),
m("Invitation to second interview", """Dear Ms. Morawska,

we are pleased to invite you to the second stage of recruitment for the position of Accountant. The meeting will take place in our office in Poznań with the Chief Accountant and the Finance Director, and will last about one hour. There will be a short practical task in Excel.

Please propose two dates convenient for you in next week.

Best regards,
Magdalena Kaczmarek
HR Specialist | Wielkopolska Meble S.A."""),
m("Next phase - Trainee program", """Olá Gustavo!

Congrats, you were approved for the next phase of our Trainee Program: the Painel com Gestores (panel with managers). It will be online on 3rd December.

Soon you will receive by e-mail the link and the instructions. Prepare well!!

Equipe de Talentos
Grupo Sertão Alimentos"""),
m("Onsite interview - Hardware Engineer", """Hi Maya,

Great news — the team would like to bring you onsite for the final loop for the Hardware Engineer role. It'll be a full day at our Austin lab: four 45-minute sessions plus lunch with the team. We'll cover travel and hotel.

I'll send over a few date options in the next day or two.

Best,
Carlos Reyes
Technical Recruiter, Ampere Motion"""),
m("Unfortunately...", """Hi Ngozi,

Unfortunately the panel couldn't choose between you and one other candidate — so we'd like to invite you back for a further, shorter conversation with our Clinical Director. It'll be about 30 minutes, either in person or on Teams.

Are you free at any point on Thursday or Friday?

Best,
Sarah
Recruitment, Riverside Community Health"""),
m("Stage 3", "Hi Ola, you're through to stage 3 — a writing task, then a call with the editor. Details to follow. Congrats! Max"),
m("Interview with Hiring Manager - Nurse Educator", """Dear Ms. Bautista,

Good day!

We are pleased to inform you that you passed the initial interview for Nurse Educator. You are now invited for the final interview with our Chief Nursing Officer.

Kindly reply with your preferred date between November 30 and December 4.

Thank you,
HR Recruitment
Mercy Cross Hospital, Makati"""),
m("Probearbeit / trial day", """Dear Mr. Okoro,

thank you for the good conversation on Monday. As a next step we would like to invite you to a trial day (Probearbeitstag) in our workshop, so you can meet the team and we can see your practical work.

Would one day in the week from 7th of December be possible for you?

Kind regards
Thomas Brenner
Werkstattleiter, Brenner Fahrzeugtechnik"""),
m("Re: Thank you", """Thanks Isaac — we enjoyed it too.

We'd like you to come back and meet Joanne, our Director of Operations, for the final round. It'll be an hour at the Leeds office. Could you do Wednesday afternoon?

Stephen

> Hi Stephen, thank you for your time today, I really enjoyed learning about the depot expansion."""),
m("Next steps - Charity Shop Area Manager", """Dear Heather,

Thank you for coming to see us. We would like to invite you to the final stage: a visit to two of our shops with me on a weekday in early December, followed by a short interview with our Retail Director.

I'll call you tomorrow to agree a date.

Warm regards,
Jenny Lawson
Head of Retail, Ashgrove Children's Charity"""),
m("Interview stage 2 - Audit Associate", """Dear Chukwuemeka,

Following your performance in the written test, you are invited to the second stage interview for the position of Audit Associate.

Kindly confirm your availability for an interview with the partners at our Lekki office in the week of 30th November.

Regards,
HR Unit
Adewale Ogunleye & Co"""),
m("round 2", "Hi Beatriz - good news, they'd like a second interview. Video, 45 mins, with the ops director. Which days work? Liam (Vantage Recruitment)"),
]

SCHEDULING = [
m("Interview confirmed: Thursday 26 November, 2pm", """Hi Kemi,

Thanks for confirming. Your second interview is booked for Thursday 26 November at 2pm at our Canary Wharf office (Level 14, One Harbour Square). Please bring photo ID for security.

You'll meet David Lowe (Head of Operations) and Shanice Grant (Senior Analyst).

Best regards,
Fiona"""),
m("Re: Final panel", "Thursday 3pm works — invite sent. Teams link is in the calendar entry. Ellie"),
m("Can we move Thursday?", """Hi Jamal,

Really sorry to do this — our CFO has been pulled into a board meeting on Thursday. Could we move your interview to Friday at 11am instead? Same Zoom link.

Apologies again,
Harriet"""),
m("Your panel interview - location", """Dear Ms. Adeyemi,

Please note that your panel interview on Monday 30 November at 10:00 will now take place in Room 2.14 in the Wolfson Building rather than the main admin block. Parking is available in Car Park C; please take a visitor ticket from reception.

Kind regards,
HR Recruitment
Northgate University Hospital"""),
m("Zoom link for tomorrow", """Hi Dhruv,

Here's the link for tomorrow's 4pm (IST) call with our CTO:
https://zoom.example/j/88123412344
Passcode: 5529

See you there!
Ritika"""),
m("Re: trial shift", "sat 11 is perfect. come to the back door, ask for Jo. wear comfy shoes x"),
m("Reschedule request", """Dear Mr. Okonkwo,

Kindly note that the interview scheduled for Tuesday, 24th November at 11am has been rescheduled to Wednesday, 25th November at the same time, due to an unforeseen engagement of the panel chairman. The venue remains the same.

We regret any inconvenience.

Regards,
HR Department
Sapphire Oil & Gas Services Ltd"""),
m("Termin - trial day", "Dear Mr. Okoro, we confirm the trial day on Wednesday, 9.12., from 7:00 until 15:00. Please bring working shoes. Meeting point is the reception. Regards, Thomas Brenner"),
m("Calendar invite: Onsite loop - Maya Chen", """Hi Maya,

You're all set for your onsite on Tuesday, December 8! Your itinerary:

9:30 – Arrive at Ampere Motion, 4400 Lakeview Dr, Austin
10:00 – Circuit design (Priya)
11:00 – Debugging exercise (Sam)
12:00 – Lunch with the team
13:15 – Systems session (Ken)
14:15 – Hiring manager (Lucia)

Flights and hotel are booked — confirmation in the attached PDF.

Best,
Carlos"""),
m("Re: Availability", """Hi Sofia,

Thanks for sending those times. Let's lock in Monday at 9:30am for the call with Dr. Kaur. I'll send a calendar invite shortly.

Best wishes,
Alice"""),
m("Confirmation: Final interview schedule", """Dear Ms. Bautista,

This is to confirm your final interview with our Chief Nursing Officer, Dr. Aurora Lim, on December 2, 2026 (Wednesday) at 1:30 PM at the Nursing Service Office, 3rd Floor, Main Building.

Kindly be there 15 minutes before your schedule.

Thank you,
HR Recruitment
Mercy Cross Hospital"""),
m("Re: Second interview", """Hi Ewa,

Tuesday 1 December at 10:00 is confirmed. Our address is ul. Garbary 48, 2nd floor — please ring the bell for Wielkopolska Meble. If you come by car, there is parking in the courtyard.

Best regards,
Magdalena"""),
m("Change of time", "Hi Paolo, could we start at 10:30 instead of 10 tomorrow? Running behind. Same place. Thanks! Grace"),
m("Your assessment centre booking", """Dear Ifeanyi,

Thank you for confirming your place. Your Assessment Centre slot is Thursday 10 December 2026, 09:00–15:30 GMT. You will receive your Microsoft Teams joining link and the timetable 48 hours before the day.

Please test your camera and microphone in advance.

Kind regards,
Graduate Recruitment Team
Norland Power"""),
m("Re: shop visits", """Hi Heather,

Lovely to speak earlier. So that's Tuesday 8 December: I'll meet you at our Harrogate shop at 10, we'll drive to Ripon together, and Andrew will interview you there at 2pm.

See you then,
Jenny"""),
m("Re: Interview time", """No problem at all, Nnamdi — 3pm it is instead of 2. See you Thursday.

Lisa

> Hi Lisa, would it be possible to move my interview to 3pm on Thursday? Unfortunately I have a hospital appointment at 1."""),
m("Partner interview - Lekki office", """Dear Chukwuemeka,

Your interview with the partners has been fixed for Tuesday, 1st December 2026 at 10:00am at our Lekki office (Plot 7, Admiralty Way). Please come along with your original certificates.

Regards,
HR Unit
Adewale Ogunleye & Co"""),
m("directions", "Hi Rosa, we're the blue door next to the chip shop, first floor. Buzz 3. See you at 2! Pete"),
]

REQUEST = [
m("References", """Hi Grace,

Thanks again for Tuesday. Before we go any further, could you send me the names and contact details of two referees, ideally including your current or most recent line manager?

Many thanks,
Simon Cole"""),
m("Right to work documents", """Dear Mr Adebayo,

As part of our pre-employment checks, please upload a copy of your passport and your Biometric Residence Permit (or your share code from the Home Office website) to the recruitment portal by Friday.

Kind regards,
Recruitment Team
Eastmoor Hospitals NHS Foundation Trust"""),
m("DBS application", "Hi Maureen, can you pop in with 3 forms of ID so we can start your DBS? Passport, bank statement and a utility bill are fine. Jan"),
m("Portfolio", "Hi Lukas — before we set up the next chat, could you send over 2–3 pieces of work you're proud of? PDF or links both fine. Thanks, Ellie"),
m("Availability", """Hi Reece,

Could you let me know your availability over the next two weeks? Also, what notice period are you currently working to?

Thanks,
Danielle
Recruitment Consultant, Oakridge Personnel"""),
m("Documents for onboarding", """Dear Ms. Krishnan,

Kindly share the scanned copies of the following documents at the earliest, to initiate your background verification:

1. PAN card
2. Aadhaar card
3. Degree certificate and mark sheets
4. Relieving letters and last three payslips from previous employers
5. One passport size photograph

Regards,
HR Operations
Nimbus Softlabs Pvt. Ltd."""),
m("Required documents", """Dear Amaka,

Please forward to us the following at your earliest convenience:

- Copy of your NYSC discharge certificate
- Copies of your degree certificate and WAEC result
- Two passport photographs
- Duly completed guarantor's form (attached)

Regards,
HR Department
Goldcrest Pharmaceuticals Nigeria Ltd"""),
m("Führungszeugnis", """Dear Mr. Petrović,

for the completion of your documents, we need an extended certificate of good conduct (erweitertes Führungszeugnis), not older than three months. You can apply for it in your Bürgeramt. Please send it to us as soon as you receive it.

Kind regards
Sabine Krüger
Personalabteilung"""),
m("Dokumenty", """Dear Mr Lewandowski,

please send us scans of your diploma, previous employment certificates (świadectwa pracy) and a certificate of no criminal record (zaświadczenie o niekaralności) from the KRK. We need it before the medical examination.

Best regards,
Katarzyna"""),
m("Documentos para admissão", """Oi Mariana!

To start your admission, please send me these documents until Friday:
- RG and CPF
- Carteira de Trabalho digital
- Comprovante de residência
- Título de eleitor
- Foto 3x4

You can send by WhatsApp or email, as you prefer.

Beijos,
Fernanda"""),
m("Pre-employment requirements", """Hi Kristine!

Please prepare the following pre-employment requirements before your training on December 7:

- NBI Clearance
- SSS, PhilHealth and Pag-IBIG numbers
- TIN
- Medical certificate (from our accredited clinic)
- 2x2 ID pictures (2 pcs)

Thank you!
Recruitment Team"""),
m("Writing sample", """Dear Ms Hartley,

Thank you for your interest in the paralegal role. Before we arrange an interview, would you kindly send us a writing sample of no more than 1,500 words — a research memo or coursework essay is ideal.

Yours sincerely,
Graduate Recruitment
Whitfield Kerr LLP"""),
m("Transcripts", "Hi Pedro, could you email us a copy of your university transcript and your CRB certificate? Both needed before the panel signs off. Cheers, Yvonne"),
m("Salary expectations", """Hi Chen,

Thanks for your application. To help us prepare, could you share your current salary and your expectations for this role? A range is fine.

Best,
Isabel
People Team, Orbit Payments"""),
m("Form to complete", """Dear Mrs Owusu,

Please complete and return the attached health questionnaire and equal opportunities monitoring form before your start. The health questionnaire should be sent directly to Occupational Health in the envelope provided.

With thanks,
Mrs Daniels
HR Officer, Castlebrook Academy"""),
m("Bank details", "Kwame, need your bank details and NI number for payroll before Monday. Text them to me. Dave"),
m("Proof of address", "Hi Ma'am Ruth, pls send a copy of proof of billing and valid government ID for the client's KYC. Thanks po! Joy"),
m("Professional registration", """Dear Dr Alvarez,

We would be grateful if you could provide your GMC number and a copy of your most recent annual appraisal, so that we may complete the paperwork for your locum assignment.

Kind regards,
Medical Staffing
Northmere Health Board"""),
]

DECIDING = [
m("Update on your application", """Hi Kemi,

Thanks for your patience. The hiring manager is finishing the last two interviews this week, and we expect to have a decision by Friday.

Best,
Fiona""", when="by Friday", date="2026-11-27"),
m("no news yet", "Hi Tom, no news yet I'm afraid — they're still deciding. Should hear early next week. Jordan", when="early next week"),
m("Re: Update?", """Hi Aaron,

I'm afraid we're still not in a position to give you an answer. Our hiring manager has been off sick and the panel hasn't been able to meet. I know that's frustrating, and I'm sorry. We'll be in touch before Christmas.

Regards,
Helen""", when="before Christmas", note="Sounds negative but decides nothing."),
m("Decision date", "Dear Ms. Bello, the panel will meet on Wednesday to make their final decision. We will contact you after that. Regards, Bernadette", when="on Wednesday", date="2026-11-25"),
m("Your application - status", """Dear Mr. Sharma,

Thank you for your interest. We are still evaluating all the candidates and will revert within the next two weeks.

Regards,
HR Team""", when="within the next two weeks"),
m("Still deciding", """Hi Claudia,

Just wanted to let you know we haven't forgotten about you! The board needs to sign off the headcount before we can make a final call, and that's now scheduled for 4 December.

Thanks for bearing with us,
Sanjay""", when="4 December", date="2026-12-04"),
m("Re: Following up", "Hi Lara, sorry, still waiting on the MD. I'll know tomorrow and will ring you. Maddie", when="tomorrow", date="2026-11-24"),
m("Quick update", """Dear Emmanuel,

Kindly bear with us. The management is yet to conclude on the recruitment exercise. Feedback will be communicated to all candidates by end of the month.

Regards,
HR""", when="by end of the month"),
m("Re: any news?", """Hi Yusra,

Honestly, nothing yet. The panel are split and they want to reread everyone's exercises before deciding. I wish I had more for you.

Best,
Kirsty""", note="Sounds uncertain or negative; no decision yet, no time given."),
m("Update", "Hi Naledi, thanks for checking in. We hope to finalise things on Thursday and will be in touch then. Best, Peter", when="on Thursday", date="2026-11-26"),
m("Status update - Senior Engineer", """Hi Luis,

A quick update: we've completed all final interviews and the team is reviewing feedback now. We expect to reach a decision by mid-December, slightly later than planned because of the holidays.

Best,
Verdantly Recruiting""", when="by mid-December"),
m("Re: Decision", "Dear Mr. Kowal, the decision will be made on Monday 30th. We will inform you by email. Regards, Dział Personalny", when="on Monday 30th", date="2026-11-30"),
m("Recruitment update", """Dear Candidate,

Thank you for attending the interview for the Assistant Registrar post. The panel's recommendations are under review by the Appointments Committee, and candidates will be notified of the outcome within 5 working days.

Registry Office
Kwame Nkrumah College""", when="within 5 working days"),
m("Re: Thank you", """Hi Zoe,

Thanks so much for the lovely note. We have a couple more candidates to see next week, so it'll be a little while yet before we decide — but you're very much in the mix.

Best,
Martin""", when="next week"),
m("Re: Chasing", """Hi Kasper,

Sorry, I know it's been a while. Unfortunately we're not going to have an answer until after our sign-off meeting on the 11th. I'll be in touch straight after.

Cheers,
Lucy""", when="after our sign-off meeting on the 11th", date="2026-12-11"),
m("Update - hiring paused until January", """Hi Arjun,

I wanted to be transparent: our hiring decisions for this role are on hold until budgets are confirmed in January. You're still in the process and we'll pick things up with you then.

Best,
Megha""", when="in January", note="On hold, not cancelled; the candidate remains in the process."),
m("Re: Result?", "Hi Ma'am Joy, results will be released this afternoon po. Thank you for waiting! - HR", when="this afternoon", date="2026-11-23"),
m("Interview outcome", """Dear Candidate,

Thank you for your participation. We are currently finalising our decisions and all applicants will be informed by 14 December 2026.

Kind regards,
Recruitment Team
Tanjong Marine Engineering""", when="by 14 December 2026", date="2026-12-14"),
]

ACK = [
m("Thank you for applying to Halcyon Systems", """Hi Ravi,

Thank you for applying for Site Reliability Engineer II (Req 44817). We've received your application and our recruiting team will review it shortly.

If your experience matches what we're looking for, a recruiter will reach out. You can check the status of your application anytime in your candidate profile.

Halcyon Systems Talent Acquisition

This is an automated message. Please do not reply.""", headers={"Auto-Submitted": "auto-generated", "X-Mailer": "TalentHub ATS"}),
m("Application received - Staff Nurse (Band 5)", """Dear Applicant,

Thank you for your application for Staff Nurse (Band 5), reference 331-EM-2026-8812. This is an automatic confirmation that your application has been received.

Shortlisting will take place after the closing date. If you have not heard from us within three weeks of the closing date, please assume that your application has not been shortlisted on this occasion.

Eastmoor Hospitals NHS Foundation Trust""", headers={"Auto-Submitted": "auto-generated"}),
m("We've got your video interview!", """Hi Destiny,

Thanks for completing your video interview for Deli Clerk at Sunbelt Market. Your responses have been submitted to the hiring team.

No further action is needed right now.

Sunbelt Market Talent Team
Powered by HireLoop""", headers={"X-Mailer": "HireLoop Notifications"}),
m("Your application has been submitted", "Thank you, Chloe. Your application for Visual Merchandiser at Brightwell Retail has been submitted successfully. Reference: BRW-55120.", headers={"Auto-Submitted": "auto-generated"}),
m("Application Acknowledgement", """Dear Candidate,

This is to acknowledge receipt of your application for the post of Senior Accountant (Ref: SBT/FIN/112).

Your application is under review; shortlisted applicants will be called for the written test.

HR Team
Shree Balaji Textiles Pvt. Ltd.
This is a system generated mail, please do not reply."""),
m("Vielen Dank für Ihre Bewerbung / Thank you for your application", """Dear Mr. Haddad,

thank you for your application as Project Engineer Automation (Ref. 2026-117). We have received your documents and will check them carefully. We will contact you as soon as possible.

Please understand that this can take some time.

Kind regards
Your HR Team
Keller Anlagenbau GmbH & Co. KG

This email was generated automatically.""", headers={"Auto-Submitted": "auto-generated"}),
m("Candidatura recebida!", """Olá Lucas!

Recebemos sua candidatura para a vaga Analista de Marketing Pleno. Thank you for your interest in Vivo Verde!

Acompanhe as próximas etapas pela nossa plataforma.

Equipe de Talentos Vivo Verde
Enviado por Gupy""", headers={"Auto-Submitted": "auto-generated"}),
m("Potwierdzenie aplikacji / Application confirmation", "Dear Paweł, thank you for applying for Senior Java Developer at Softvista S.A. We confirm receipt of your CV. Our recruiter will contact selected candidates. This message was sent automatically.", headers={"Auto-Submitted": "auto-generated", "X-Mailer": "eRecruiter"}),
m("Thank you for your application - Northbridge Contact Solutions", """Hi Kristine!

Thank you for applying with Northbridge Contact Solutions! We have received your application for Customer Service Representative (Voice).

Our recruitment team will review your application and contact you via SMS or email within 3-5 working days for the next steps.

This is an auto-generated email. Please do not reply."""),
m("Application received: Graduate Trainee Engineer", """Dear Ebuka Nwachukwu,

Your application for Graduate Trainee Engineer (2026/2027) has been successfully received. Your application ID is DLE/GT/26/04471.

Please note that only shortlisted candidates will be contacted for the aptitude test.

Deltaline Energy Services Careers Portal""", headers={"Auto-Submitted": "auto-generated"}),
m("Interview completed - thank you", "Thanks for completing your interview with Skyforge. Your interviewers will submit their feedback, and your recruiter will follow up with next steps. — Skyforge Recruiting (automated)", headers={"Auto-Submitted": "auto-generated"}),
m("We received your assessment", """Hello Ifeanyi,

Thank you for completing the Norland Power online assessment. Your results have been recorded and will be reviewed alongside your application.

You do not need to take any further action at this time.

Norland Power Early Careers
Do not reply to this email.""", headers={"X-Mailer": "Cadence Early Careers"}),
m("Your USAJOBS application was received", """Your application for Program Analyst (GS-0343-11), announcement WR-27-1198044, has been received by the Bureau of Fiscal Administration.

Application status: Received
You can track the status of your application in your account.

This is an automated message."""),
m("Thanks for applying, Jasper!", """Hi Jasper,

Thanks for applying to be a Junior Product Manager at Swiftcart 🙌 Our team reads every application — yes, really — and we'll get back to you within 10 working days either way.

In the meantime, check out our blog to learn how we work.

The Swiftcart team""", headers={"Auto-Submitted": "auto-generated"}),
m("Acknowledgement of application - Programme Officer (WASH)", "Dear Blessing, thank you for applying for the Programme Officer (WASH) role. This is to confirm receipt of your application. Only shortlisted candidates will be contacted. Hope Springs Initiative Recruitment", headers={"Auto-Submitted": "auto-generated"}),
m("Application confirmation - Fernwood Home", """Thanks for your application, Amir.

We've received your application for Assistant Store Manager – Cardiff Queen Street. You can track your progress in your candidate account.

Fernwood Home Recruitment
This inbox isn't monitored."""),
m("Application received - Lanna International School", """Dear Ms. Reyes,

Thank you for submitting your application for the position of Grade 4 Homeroom Teacher (August 2027). Your application and documents have been received.

The Recruitment Committee will review all applications after the closing date of 30 November 2026.

Lanna International School (automated message)""", headers={"Auto-Submitted": "auto-generated"}),
m("Thanks for applying to Parkview Care", "Hi Maureen, thanks for applying for Night Care Assistant at Parkview Care. We've got your application and will be in touch if you're shortlisted. — Parkview Care Recruitment (please don't reply)", headers={"Auto-Submitted": "auto-generated", "X-Mailer": "CareHires"}),
]

AUTO_REPLY = [
m("Out of Office: Re: Thank you for the interview", """Thank you for your email. I am out of the office until Monday 30 November with limited access to email. For urgent recruitment queries please contact recruitment@meridianfreight.example.

Best regards,
Fiona Walsh""", headers={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"}),
m("Automatic reply: Following up on my application", """I'm currently on annual leave, returning on 7 December. If your message is about an offer, contract or start date, please contact Tom Reilly (tom.reilly@brightpath.example). Otherwise I'll reply when I'm back.

Thanks,
Nadia""", headers={"Auto-Submitted": "auto-replied"}),
m("Abwesenheitsnotiz: Re: Ihre Bewerbung", """Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 27.11. nicht im Büro. In dringenden Fällen wenden Sie sich bitte an personal@hartmann.example.

Thank you for your message. I am out of office until 27.11. In urgent cases please contact personal@hartmann.example.

Sabine Krüger""", headers={"Auto-Submitted": "auto-replied"}),
m("Out of office", "I'm on parental leave until March 2027. For anything about hiring, please email people@klarwerk.example. Thanks! Tobias", headers={"X-Autoreply": "yes"}),
m("Auto: Re: Update?", "This mailbox is no longer monitored. Please send your enquiry to careers@pembrook.example.", headers={"Auto-Submitted": "auto-replied"}),
m("Re: Interview follow-up", "Thanks for your email. I'm interviewing all day today and will reply tomorrow. If urgent, call 07700 900412. — Jordan", headers={"Auto-Submitted": "auto-replied"}),
m("Automatic reply: Documents", """Good day,

Thank you for your mail. I am out of office for the official training from 23rd to 27th November, 2026. Kindly expect delayed response. For urgent matters, contact Mrs. Folake Balogun on 0803 000 1122.

Regards,
Ngozi Eze""", headers={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"}),
m("Out of Office Reply", "Hi! I'm on leave until Dec 1 with no access to email. For the Cebu hiring team, please email recruitment.cebu@northbridge.example. Thank you po!", headers={"X-Autoreply": "yes"}),
m("Resposta automática: Retorno processo seletivo", """Olá! Estou de férias até 04/12 e sem acesso ao e-mail. Para assuntos de recrutamento, fale com talentos@vivoverde.example.

Hi! I am on vacation until 04/12. For recruitment matters, please write to talentos@vivoverde.example.

Fernanda""", headers={"Auto-Submitted": "auto-replied"}),
m("Odpowiedź automatyczna: Rekrutacja", "Dzień dobry, I am out of office until 30.11.2026. In urgent matters please contact rekrutacja@transpol.example. Katarzyna Zielińska", headers={"Auto-Submitted": "auto-replied"}),
m("Re: Thank you", """Hello,

Thanks for getting in touch with Riverside Hospice Trust. Our office is closed for staff training today and we'll reply to all emails as soon as we can.

If your enquiry relates to patient care, please call the ward directly on 01632 960 700.""", headers={"Precedence": "auto_reply"}),
m("Automatic reply: References", "I'm away from my desk until Wednesday. Your email has not been forwarded. Harriet Moss, Office Manager", headers={"Auto-Submitted": "auto-replied"}),
m("Out of Office: Offer letter query", """Thank you for your message. I am currently out of the office on business travel and will return on 2 December 2026.

Unfortunately I won't be able to respond before then. For offer letters and onboarding queries, please email onboarding@verdantly.example.

Alana Park | Recruiter""", headers={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"}),
m("Away: Re: shifts", "I'm off until Monday. Any rota questions, ring the site office on 01632 555 019. Gaz", headers={}),
m("Out of office: Re: Interview", "Dear Sender, I am on sick leave and will not be reading email. Please contact Dr Patel's office for anything relating to practice recruitment. Sue Hamilton", headers={"Auto-Submitted": "auto-replied"}),
m("Auto Reply: Re: Application", """Thank you for your email to Kwame Nkrumah College Registry. This is an automatic acknowledgement that your message has been received. A member of staff will respond within three working days.

Please do not send multiple emails on the same matter, as this delays our response.""", headers={"Auto-Submitted": "auto-replied"}),
m("Automatic reply: Your application", "Hello, I'm out of the office and back on 25 Nov. I'll get back to you then. Cheers, Ellie", headers={"X-Autoreply": "yes"}),
m("[Autoreply] Re: Question about the job", """Thank you for contacting Kumasi Cocoa Processors Ltd. Our offices are closed for the Farmers' Day holiday and will reopen on Monday. Your message will be attended to on our return.

Management""", headers={"X-Autoreply": "yes", "Auto-Submitted": "auto-replied"}),
]

BULK = [
m("5 new jobs matching 'Staff Nurse' near Leeds", """Hi Grace,

Here are your latest job matches:

• Staff Nurse – Theatres | Leeds General | £31,049–£37,796
• Staff Nurse – Community | Harrogate | £31,049
• Registered Nurse (Nights) | Sunrise Care Home, Wetherby | £21.50/hr
• Practice Nurse | Headingley Surgery | £35,000
• Clinical Nurse Specialist | Bradford | £38,682

View all jobs | Edit your alert

You're receiving this because you set up a job alert on NurseJobs. Unsubscribe at any time.""", headers={"List-Unsubscribe": "<https://nursejobs.example/unsub?u=8812>", "Precedence": "bulk"}),
m("Welcome to the Halcyon Talent Community!", """Hi Ravi,

Thanks for joining the Halcyon Systems Talent Community. You'll now get monthly updates on life at Halcyon, new openings in engineering, and invitations to our virtual events.

First up: 'Inside SRE at Halcyon', a live Q&A on 3 December.

See you there,
Halcyon Recruiting""", headers={"List-Unsubscribe": "<mailto:unsubscribe@halcyon.example>", "List-Id": "Halcyon Talent Community <talent.halcyon.example>"}),
m("This role has closed – here are similar jobs", """Unfortunately, the job you saved – Marketing Executive, Evergreen Brands – is no longer accepting applications.

Similar jobs you might like:
- Brand Executive, Oakfield Drinks, Birmingham
- Marketing Assistant, Pelham Foods, Solihull
- Digital Marketing Executive, Kinsey & Co, Coventry

Happy hunting!
The JobNest Team""", headers={"List-Unsubscribe": "<https://jobnest.example/u/9921>", "Precedence": "bulk"}),
m("The Riverside Hospice Newsletter – Winter 2026", """Dear Friend,

What a year it's been! Thanks to you, our Midnight Walk raised £142,000, and our new day therapy unit opened its doors in September.

In this issue:
- Meet our new Community Fundraiser
- Volunteering opportunities this Christmas
- Our shops' Black Friday offer: 30% off all furniture

With love from everyone at Riverside Hospice""", headers={"List-Unsubscribe": "<https://riversidehospice.example/unsubscribe>", "List-Id": "<news.riversidehospice.example>", "Precedence": "bulk"}),
m("Weekly Tech Jobs Digest: 12 new remote roles", """This week's picks for you, Arnav:

🔹 Senior Android Engineer – Trailfox (Remote, EU)
🔹 Mobile Lead – Paylark (Remote, India)
🔹 Flutter Developer – Greenbox (Bengaluru, hybrid)
...and 9 more.

Update your preferences | Unsubscribe""", headers={"List-Unsubscribe": "<https://devjobs.example/unsub>", "List-Id": "devjobs-weekly.devjobs.example"}),
m("Exclusive offer for job seekers: 50% off CV review", """Hi Tomasz,

Struggling to hear back after interviews? Our certified CV writers can help. For this week only, get 50% off our Premium CV Review.

Offer ends Sunday!

CareerBoost Pro
You are receiving this email because you registered on CareerBoost. Unsubscribe.""", headers={"List-Unsubscribe": "<https://careerboost.example/unsubscribe?id=4412>", "Precedence": "bulk"}),
m("Vagas para você: Analista de Dados", """Olá Mariana, encontramos novas vagas para o seu perfil:

• Analista de Dados Pleno – Banco Aurora – São Paulo
• Cientista de Dados Jr – Loja Fácil – Remoto
• Analista de BI – Grupo Sertão – Campinas

Ver todas as vagas

Você recebeu este e-mail porque criou um alerta de vagas. Cancelar inscrição.""", headers={"List-Unsubscribe": "<https://vagasja.example/cancelar>", "Precedence": "bulk"}),
m("Nowe oferty pracy dla Ciebie / New jobs for you", """Hi Piotr,

New job offers matching your profile "Frontend Developer, Kraków":

1. React Developer – Softvista S.A. – 18 000–24 000 PLN
2. Frontend Engineer – Pixelmint – B2B 150–190 PLN/h
3. Angular Developer – BankoTech – 16 000–21 000 PLN

You can change your alert settings or unsubscribe in your profile.""", headers={"List-Unsubscribe": "<https://pracuj-teraz.example/unsubscribe>", "List-Id": "alerts.pracuj-teraz.example"}),
m("Life at Northbridge: November edition", """Hi Kristine!

Here's what's new at Northbridge Contact Solutions:
🎄 Our Christmas party venue is revealed!
🏆 Congrats to our Agents of the Month
📢 We're hiring: Team Leaders, QA Analysts and Trainers in Cebu and Ortigas

Refer a friend and earn up to PHP 10,000!

Unsubscribe from Northbridge updates""", headers={"List-Unsubscribe": "<mailto:unsubscribe@northbridge.example>", "Precedence": "bulk"}),
m("Upcoming webinar: How to ace your Civil Service interview", """Dear Jobseeker,

Join us on 2 December for a free webinar on the Success Profiles framework, behaviours and strengths-based questions.

Register now – places are limited.

Civil Service Careers
To stop receiving these emails, update your preferences.""", headers={"List-Id": "Civil Service Careers <careers-news.gov.example>", "Precedence": "bulk"}),
m("Jobs in Lagos this week", """Hi Chinedu,

Top jobs this week:
- Relationship Manager – Crestline Bank – Victoria Island
- Credit Analyst – Ebony Microfinance – Ikeja
- Sales Executive – Zuma Telecoms – Lekki

Don't miss out! Apply today.

Unsubscribe | Manage alerts""", headers={"List-Unsubscribe": "<https://naijajobs.example/unsub/77>", "Precedence": "bulk"}),
m("Karriere bei Voltaris: Neuigkeiten aus dem Team", """Hallo Daniel,

in unserem Karriere-Newsletter stellen wir Ihnen diesen Monat unser Embedded-Team in München vor. Außerdem: 7 neue Stellen in Entwicklung und Produktion.

Viele Grüße
Ihr Recruiting-Team Voltaris

Newsletter abbestellen""", headers={"List-Unsubscribe": "<https://voltaris.example/newsletter/abmelden>", "List-Id": "<karriere.voltaris.example>"}),
m("Your decision matters: rate your interview experience", """Hi Marcus,

You recently interviewed with St. Brendan's Medical Center. We'd love to hear about your experience — it takes just 2 minutes.

Take the survey

This survey is sent to all candidates. Your answers will not affect your application.
Unsubscribe from candidate surveys""", headers={"List-Unsubscribe": "<https://survey.candidatepulse.example/opt-out>", "Precedence": "bulk"}),
m("Teach in Asia: new vacancies for August 2027", """Dear Educator,

New positions have been posted on TeachGlobal for August 2027:

• Lanna International School, Chiang Mai – Grade 2, Grade 4, PE
• Meridian British School, Ho Chi Minh City – Year 6, Maths
• Sakura International Academy, Osaka – Early Years

Log in to view and apply.

TeachGlobal Recruitment
Unsubscribe from vacancy alerts""", headers={"List-Unsubscribe": "<https://teachglobal.example/alerts/off>", "List-Id": "vacancies.teachglobal.example", "Precedence": "bulk"}),
m("Moving forward together — Skyforge Careers Update", """Hi Andrea,

As a member of our talent community, you're the first to hear: Skyforge is opening a new engineering hub in Toronto in 2027, with more than 40 roles across platform, data and security.

Explore open roles

Skyforge Careers
You're receiving this because you joined the Skyforge Talent Community. Unsubscribe.""", headers={"List-Unsubscribe": "<https://skyforge.example/tc/unsub>", "List-Id": "talent-community.skyforge.example"}),
m("Care jobs near you", "Hi Maureen, 3 new care jobs near Swindon this week. Night Carer – £12.80/hr. Senior Carer – £13.50/hr. Activities Coordinator – £12.60/hr. Unsubscribe here.", headers={"List-Unsubscribe": "<https://carejobsnow.example/u>", "Precedence": "bulk"}),
m("Hospitality Careers Fair – Dubai, 9 December", """Dear Aisha,

Harbourline Hotels & Resorts invites you to our Hospitality Careers Fair at Harbourline Dubai Marina on 9 December 2026, 10am–4pm. Meet our hiring managers and interview on the spot for over 80 positions.

Register your interest

You are receiving this email as a member of the Harbourline Talent Network.""", headers={"List-Unsubscribe": "<https://careers.harbourline.example/unsubscribe>", "Precedence": "bulk"}),
m("Recruiter tips: following up after an interview", """Hi there,

In this week's newsletter:
- How long should you wait before chasing?
- 3 follow-up emails that actually get replies
- What 'we'll keep your CV on file' really means

Read more on our blog.

Pinnacle Recruitment Insights
Unsubscribe | Preferences""", headers={"List-Id": "Pinnacle Insights <insights.pinnacle.example>", "List-Unsubscribe": "<https://pinnacle.example/unsub>"}),
]


def main() -> None:
    """Write seventyseventh.jsonl beside this file, every row held out."""
    rows = labelled_rows("seventyseventh", {
        "rejection": REJECTION,
        "offer": OFFER,
        "reply": REPLY,
        "next-round": NEXT_ROUND,
        "scheduling": SCHEDULING,
        "request": REQUEST,
        "deciding": DECIDING,
        "ack": ACK,
        "auto-reply": AUTO_REPLY,
        "bulk": BULK,
    }, splits=("held-out",))
    write("seventyseventh.jsonl", rows)


if __name__ == "__main__":
    main()
