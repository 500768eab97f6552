# ruff: noqa: E501 - one message a line reads best
"""The twenty-eighth corpus of employer replies: a sealed test set, every row held out.

Written by the twenty-eighth author, a "twentyeighth author who read neither the classifier nor any other
corpus's messages" (only the brief, the replies README and corpus_rows.py).

The messages are written as senders a corpus writer usually forgets: nurses' managers and care-home managers,
bus and rail companies, councils and libraries, farms and vineyards, sports clubs and gyms, theatres and
museums, marine and offshore firms, mining and energy companies, the civilian staff of police and fire
services, small accountancy and dental practices, app-based delivery companies, call centres, embassies and
NGOs, and civilian roles in the armed forces; in US, Canadian, British, Irish, Australian, New Zealand,
Indian, Nigerian, Kenyan, South African, Filipino and Singaporean English, and in second-language English.
Registers run from stiff formal letters and applicant-tracking templates to chatty notes and three-word
texts, with quoted earlier mail, forwards, mobile signatures and disclaimers. Dates in "deciding" rows are
read as if today were Monday 23 November 2026.
"""

from corpus_rows import labelled_rows, m, write

AUTO = {"Auto-Submitted": "auto-replied"}


def listed(list_id: str, unsubscribe: str, **more: str) -> dict[str, str]:
    """The headers a mailing list puts on its mail."""
    return {"List-Id": list_id, "List-Unsubscribe": unsubscribe, "Precedence": "bulk", **more}


REJECTION = [
    m("Senior Carer interview - Larchfield House",
      """Hi Tamsin,

Thanks ever so much for coming in on Thursday, and for being so lovely with Mrs Oduya in the lounge - she asked after you twice afterwards, which says a lot.

I've thought about it a great deal over the weekend. We need someone who has already done medication rounds on their own and can cover the night senior rota from the first week, and I don't think it would be fair on you or the residents to put you in that spot yet. So I won't be taking you on for the senior post this time round.

If you ever fancy coming back as a care assistant to build up the meds side, my door is open.

Warm wishes,
Bernie Walsh
Registered Manager, Larchfield House
01632 960 441"""),
    m("Your application: Staff Nurse (Band 5), Ward 7B",
      """Dear Mr Adeyemi,

Thank you for attending interview for the post of Staff Nurse on Ward 7B on 17 November.

The panel has now completed its deliberations. I am sorry to let you know that on this occasion you have been unsuccessful.

Feedback is available on request from the interviewing Ward Sister, Ms Harriet Coyle, for four weeks from the date of this letter.

Yours sincerely

Recruitment Team
Medical Workforce & Nursing Recruitment"""),
    m("Re: Depot Controller - Broadstone",
      """Hi Ciarán,

Just to close the loop with you - the depot controller vacancy has been filled by one of our existing inspectors who put in for it at the last minute, so it won't be going external after all.

Sorry to have had you in for nothing. Mind yourself.

Dermot
Operations, Broadstone Garage
Sent from my iPhone"""),
    m("Application reference TRN-44810 - Station Assistant",
      """Dear Candidate,

Re: Station Assistant (Customer Service), Northern Route - reference TRN-44810

Thank you for the time you gave to the assessment day and interview. We received a very large number of applications for this role and the standard was high.

Having carefully reviewed your performance against the role requirements, we are not able to progress your application any further. We will retain your details on file for six months in line with our privacy notice.

We wish you every success in your search.

Talent Acquisition
Northern Route Rail Ltd
This is an unmonitored mailbox."""),
    m("Library Assistant (Community) - outcome",
      """Kia ora Aroha,

Thanks for coming in to talk with us last week about the Library Assistant role at the Whanganui East branch. We really enjoyed hearing about the reading group you ran at the marae.

After a lot of discussion we have decided to appoint another applicant whose experience with the council's lending system meant they could be up and running straight away.

I know that's not the news you were hoping for. Please do keep an eye on our vacancies page - casual relief roles come up regularly over summer.

Ngā mihi,
Lisa Tupaea
Branch Librarian"""),
    m("harvest cellar hand",
      """Hi Pieter

Thanks for coming through to the farm on Saturday. We have gone with someone who did the last two harvests at a Stellenbosch cellar, the timing just worked better for us with the crush starting in Feb.

All the best for the season
Annelie
Rooiberg Wines"""),
    m("farm hand",
      """sorry mate gave it to a local lad who can start straight away. cheers for coming out, good luck. Gaz"""),
    m("Academy Coach role",
      """Hi Niamh,

I wanted to ring you but I've been tied up with the U14 blitz all week, so email will have to do.

The committee met last night. The grant we were counting on to fund the paid academy coach didn't come through from the county board, so we've had to shelve the role entirely for this season. It's nothing to do with you - you were the person we wanted.

If funding comes back next year I'll be in touch first thing.

Colm Breen
Hon. Secretary
St. Fintan's GAA Club"""),
    m("Regarding your application for Fitness Trainer",
      """Dear Mr. Tan Wei Jie,

Thank you very much for your interest to join us and for coming to the interview at our Tampines outlet.

After careful consideration, we regret that we are unable to offer you the position at this moment. We have decided to proceed with other candidate whose certification is more suitable to our group class programme.

We will keep your resume in our record and may contact you should there be suitable opening in future.

Thank you and best regards,
HR Department
IronPulse Fitness Pte Ltd"""),
    m("Re: Thank you",
      """Dear Josephine,

How kind of you to write - and yes, the rehearsal you sat in on was a chaotic one! You saw us at our most honest.

I'm sorry to say, though, that we've offered the Assistant Stage Manager contract to someone else, who has toured with us before and knows the get-in routine for the regional venues. It was a very close call and I hope you'll apply when we recruit for the spring season.

With best wishes,
Meredith
Company Manager, The Lantern Theatre

On 19 Nov 2026, at 21:14, Josephine Harte <jo.harte@mail.example> wrote:
> Dear Meredith, thank you so much for letting me sit in on the rehearsal after my interview. I'd be thrilled to receive an offer and I'm available from January."""),
    m("Collections Technician - update",
      """Hello Devon,

I'm writing with an update on the Collections Technician competition.

As you may have read in the news, the museum has been directed to pause all new hires until the new fiscal year while the provincial funding review is completed. As a result, this competition has been cancelled and no appointment will be made.

I'm sorry; I know you invested a lot of time in the practical exercise. Should the position be re-posted, you would be very welcome to apply again.

Sincerely,
Priya Ramdial
Human Resources Advisor
Prairie Heritage Museum"""),
    m("Your candidacy - Deck Officer",
      """Dear Mr. Okonkwo,

Thank you for the interview with our crewing department.

We have to inform you that we will not proceed with your candidacy for the position as Deck Officer on our PSV fleet. The decision is based on the DP certificate requirement, as we need officers with unlimited DP certificate for the vessels that are going on contract in the North Sea from January.

We wish you good luck for your future career at sea.

Best regards
Kristin Haugland
Crewing Coordinator
Nordvik Offshore AS"""),
    m("Maintenance Planner - Kalgoorlie",
      """Hi Shane,

Thanks for your time on the phone Tuesday and for the site visit.

We won't be progressing your application for the Maintenance Planner role. The hiring manager's preference is for someone with SAP PM experience on fixed plant, and on balance the other candidates were closer to that.

Appreciate your interest in the operation - all the best.

Kirsty Lang
Talent Partner | Goldfields Operations"""),
    m("RE: APPLICATION FOR THE POST OF PROCESS ENGINEER",
      """Dear Engr. Bello,

We refer to your application and the interview held at our Port Harcourt office on the 12th instant.

We regret to inform you that you were not successful at the interview. Management appreciates your interest in the Company and wishes you success in your future endeavours.

Yours faithfully,
For: Delta Crest Energy Limited

Mrs. F. A. Eze
Head, Human Resources"""),
    m("Police Staff vacancy ref PS/2611 - Call Handler",
      """Dear Mr Greenhalgh,

Police Staff Vacancy: Contact Management Call Handler (ref PS/2611)

Thank you for attending the interview and the listening assessment.

Your scores have been considered against the minimum standard required for this role. I am sorry to inform you that you did not achieve the required standard in the competency-based interview and therefore we are unable to progress your application to pre-employment vetting.

You may re-apply for this role after a period of six months.

Yours sincerely,
People Services (Recruitment)"""),
    m("Fire Prevention Clerk - competition results",
      """Good afternoon Marisol,

Thank you for participating in the selection process for Fire Prevention Clerk (Competition 26-118).

The selection board has established an eligibility list from the candidates who met the pass mark at interview. Your overall score was below the pass mark, and your name has not been placed on the list.

If you would like a debrief on your written exercise, please reply to this email within 30 days.

Regards,
Human Resources Services
City Fire Department"""),
    m("Trainee Accountant",
      """Hi Fionn,

Just a short note. We've thought about it and we're going to go another way for the trainee position - we've asked a graduate who did her internship with us last summer to come on board.

You came across really well and I'd have no hesitation recommending you if you want me to put a word in with a couple of firms in Galway I know are hiring.

Best,
Úna Keogh
Keogh & Daly Chartered Accountants"""),
    m("front desk",
      """Hey Brianna - thanks for coming by the office. Dr. Patel and I decided to hire someone who's worked with our scheduling software before, so we're all set on the front desk. Best of luck with everything!!

Carla
Bright Smile Family Dentistry"""),
    m("Update on your application at DashKart",
      """Hi Rohit,

Thank you for your interest in the City Operations Associate role at DashKart and for the time you spent with our team.

After reviewing your profile and interview feedback, we will not be moving ahead with your application for this role. This was not an easy call given the number of strong applicants.

You can continue to explore open roles on our careers page. We hope to cross paths again.

Team DashKart Talent
This is a system generated email, please do not reply."""),
    m("Final Interview Result - Customer Service Representative (Account)",
      """Dear Ms. Dela Cruz,

Good day!

We appreciate the time and effort you gave during the final interview for the Customer Service Representative (Telco Account) position.

We regret to inform you that you did not pass the final interview with our operations manager. You may re-apply after 90 days from the date of this email.

Thank you and God bless.

Recruitment Team
BrightLine Contact Solutions - Cebu Site"""),
    m("Locally Engaged Staff vacancy - Administrative Assistant",
      """Dear Mr. Kamau,

Thank you for your application and for attending the interview for the position of Administrative Assistant (Consular Section).

The Embassy received applications from many well-qualified candidates. After careful consideration, a candidate has been selected whose profile most closely matches the requirements of the position.

We thank you for your interest in working with the Embassy and wish you every success.

Human Resources
Embassy, Nairobi"""),
    m("Programme Officer - Livelihoods (Turkana)",
      """Dear Akinyi,

Many thanks for the time you gave to the written test and the panel interview for the Programme Officer position.

We will not be taking your application further. The panel felt that your experience is strong in urban programming, but for this role we needed someone who has already managed cash transfer programmes in pastoralist areas.

We hope you will continue to follow our work.

Kind regards,
Wanjiru
HR & Admin, Sahel Hope Kenya"""),
    m("Notice of Results - Logistics Management Specialist",
      """Your application status has changed.

Announcement number: CIV-26-88142
Position: Logistics Management Specialist, GS-0346-11
Location: Fort Carver, Texas

You were referred to the hiring manager for consideration. The hiring manager has made a selection for this position and you were not selected.

Thank you for your interest in civilian employment with the Department. Please visit your applicant account for additional details.

This is an automated message. Please do not reply."""),
    m("Second Engineer - client update",
      """Hi Ravi,

I've just come off the phone with the ship manager. They've decided to go with a candidate who has more time on dual-fuel engines, so they won't be taking your application further for this vessel.

I was honestly hoping for a different outcome - your interview feedback was decent. I'll keep you in mind for the two LPG carriers they're crewing in Q1.

Regards,
Marcus Ellery
Senior Consultant, Tidewater Marine Recruitment
Mob: +44 7700 900 318"""),
    m("Unsuccessful - Library Assistant (Saturdays)",
      """Hi Gemma, sorry - good luck with your search.
Jo"""),
    m("Re: Cleaner position",
      """Dear Sir,

Thank you for your coming. We had many people for this job. The manager has choose another person for the position. Thank you very much and we wish you success.

Best Regards
Mrs. Ioana Radu
Housekeeping supervisor, Willowbank Care Village"""),
    m("Re: Bus driver application",
      """Hi Mandla,

Thanks for doing the yard test with Sipho on Monday. I'm afraid we can't take you on at the moment - your code 10 (C1) licence is fine but the PDP expires next month and we need drivers who can start on the Soweto route with a valid PDP from day one.

Once the PDP is renewed you're welcome to come back to us.

Regards
Thandi Nkosi
Operations Admin, Greenline Commuter Bus"""),
    m("Our conversation on Friday",
      """Hi Owen,

I really enjoyed our chat on Friday and the tour of the sheds. Thanks too for the tip about the tractor seller in Ashburton, I'll look him up.

Dad and I talked it over at the weekend. We've decided that for this year we'll keep it in the family - my cousin is coming back from Australia and he'll be taking on the calving and the general work. So we won't need anyone for the position after all.

Sorry to mess you around. Let me know if I can ever be a reference for you.

Cheers,
Hamish Carr
Carr Dairy, Canterbury"""),
    m("Your interview with Westgate Leisure Centre",
      """Dear Ms Okafor,

Thank you for attending an interview for the post of Duty Manager.

I am writing to let you know that on this occasion we will not be offering you the post. The successful candidate holds a current NPLQ and pool plant operator's certificate, which were essential for the role.

We appreciate your interest in Westgate Leisure Centre and hope that you will consider applying for future vacancies.

Yours sincerely,
Paul Maddox
Centre Manager"""),
    m("Visitor Services Officer",
      """G'day Jess,

Thank you for coming in on Wednesday and for your enthusiasm for the gallery - it really came through.

We were fortunate to have a strong field. I'm sorry to say we've offered the position to someone who has run school programmes with us as a volunteer for three years.

If you'd like a quick chat about your interview, give me a buzz on 08 5550 1290.

Kind regards,
Sandra Ellis
Visitor Services Coordinator, Port Lincoln Maritime Museum"""),
    m("Technician role",
      """Dear Vusi,

The directors reviewed the candidates and did not choose your profile for the instrumentation technician role.

Thank you,
Helen Marais
Admin, Kusile Engineering Services"""),
    m("Bank Healthcare Assistant - Your Application",
      """Dear Sunita,

Thank you for your interest in joining our Nurse Bank as a Healthcare Assistant, and for coming to the assessment centre on 14 November.

Unfortunately you did not meet the required threshold in the numeracy assessment, which is a mandatory element for all bank clinical roles. We are therefore unable to offer you a place on the bank at this time.

You can retake the assessment after three months by applying again via the bank website.

With best wishes,
Staff Bank Office"""),
    m("RE: Vacancy - Accounts Payable Officer",
      """Hi Kwame,

Thanks for following up, and apologies for the silence - I should have come back to you sooner.

The role went to an internal candidate from our Lagos office who relocated with her family. We did interview externally in parallel but the business ultimately felt her knowledge of the group's systems tipped it.

I'm sorry it's not better news.

Regards,
Folake Adebayo
Finance Business Partner

-----Original Message-----
From: Kwame Mensah <kwame.mensah@post.example>
Sent: 20 November 2026 09:12
To: Folake Adebayo <f.adebayo@lagoonfreight.example>
Subject: Vacancy - Accounts Payable Officer

Dear Folake,
I hope you are well. I wanted to check whether there is any update on the Accounts Payable Officer role. Unfortunately I have another interview this week, so any news would help me plan.
Kind regards,
Kwame"""),
    m("Resort Rep application",
      """Hi Aisling,

Thank you for interviewing for the front-of-house role at the golf club. I'm sorry to say it hasn't worked out this time - we've taken on someone who can do the full summer, and your college dates would have meant leaving us short in September.

Best of luck with the final year!

Mags
Clubhouse Manager, Lough Erne Golf Club"""),
    m("Barista/Kiosk attendant",
      """hi Luca, thanks for coming to the trial shift. we will not continue with you, we need someone more fast on the coffee machine in the morning rush. good luck!
Stadium Kiosk Team"""),
    m("Marketing Officer - Riverside Rovers FC",
      """Hi Declan,

Thanks again for making the trip down for the interview, and for the ideas on the matchday programme - genuinely useful and we'll probably pinch one or two!

I've got to be straight with you: we're not in a position to take you forward. The board has asked us to hold the headcount flat until the ground redevelopment is signed off, and that means the marketing officer post is on ice indefinitely.

Sorry it ends this way.

Best,
Kev Rourke
Commercial Manager"""),
    m("Application for Dental Nurse",
      """Dear Amira,

Thank you for your interest in the Dental Nurse position at Harbour View Dental Practice and for attending interview with Mr Singh and myself.

We have now made our decision, and I regret that your application was not successful. We received applications from a number of GDC-registered nurses and felt that, for a small two-surgery practice, we needed someone already registered.

Once you complete your registration we would be glad to hear from you.

Yours sincerely,
Rachel Byrne
Practice Manager"""),
    m("Night Shift Supervisor - Makati",
      """Hi Jerome,

Thank you for your patience while we completed the process for Night Shift Team Supervisor.

Our account director has decided to promote from within the team for this position, so we are closing the requisition without an external hire. Your application will not move further, but your profile will stay in our talent pool and a recruiter may reach out for other supervisor openings.

Salamat,
Janelle Ocampo
Talent Acquisition Specialist"""),
    m("Re: Groundskeeper",
      """Hi Liam,

Sorry, I should've texted you Friday. We ended up giving the job to Brendan's brother in law who had the ride-on mower ticket already. Cheers for your interest mate.

Rob - Ballarat Bowls Club"""),
    m("RE: Admin Support role - Parish Council",
      """Dear Mrs Whitcombe,

Thank you for your email of 18 November.

The Council met in closed session on Thursday evening to consider the appointment of the Admin Support Officer. I regret to advise that the Council resolved to appoint another candidate.

Members were grateful for your interest in serving the parish.

Yours sincerely,

A. Pennington
Clerk to the Council
Little Haddon Parish Council"""),
    m("Offshore Medic - Application Status",
      """Dear Fergus,

Thanks for interviewing with us for the Offshore Medic rotation on the Morven platform.

Our client has reviewed the shortlist and has asked us to progress candidates holding HCPC paramedic registration only, following an update to their medical cover requirements. As you hold nursing registration rather than paramedic, we are not able to submit you further for this position.

I appreciate this change came late and is frustrating. I will let you know if any nursing-led offshore medic rotations come through.

Best regards,
Isla Munro
Medical Resourcing | North Sea Crew Services"""),
    m("Your interview - Fundraising Assistant",
      """Dear Simon,

Thank you for coming to meet us last Tuesday. I'm sorry it has taken us a little while to come back to you.

We were impressed by your warmth and your volunteering background. However, having reviewed all the candidates against the person specification, we have decided that another applicant's direct experience of gift aid processing and our CRM was a closer fit, and we have offered them the role, which they have accepted.

Do feel free to ask me for feedback.

Best wishes,
Helen Jacobs
Head of Supporter Care
Wildflower Meadows Trust"""),
    m("re: Delivery Partner onboarding",
      """Hi Sizwe, we checked your documents for the delivery partner sign-up. We can't activate your account because the vehicle registration is not in your name and there is no letter of authority from the owner. Your application is closed. - Zoomba Partner Support"""),
    m("Interview feedback & outcome",
      """Hi Meghan,

I promised I'd come back to you with proper feedback, so here goes.

What worked: you clearly know your way around a bookkeeping ledger and your answer about handling a cranky client at year end was excellent. Where it fell down was the Xero practical - we need someone who can run payroll and bank recs in Xero from week one, and you told us honestly you've mostly worked on Sage.

Which is a long way of saying we've chosen someone else for the role. I hope the feedback is useful, and thanks for being so straightforward with us.

Cheers,
Tom Fairweather
Fairweather & Co. Accountants, Hamilton"""),
    m("Station Maintenance Technician",
      """Dear Applicant,

The selection process for the Station Maintenance Technician post has been completed.

We must advise that you have not been shortlisted for appointment following the technical interview.

Please note that due to the volume of applications, we cannot provide individual feedback.

Regards,
HR Recruitment Unit
Metro Rail Corporation"""),
    m("Re: Dairy assistant - any news?",
      """Hi Cormac

Yeah sorry we're sorted, got a lad from the agricultural college who's doing it as his placement. Appreciate you getting in touch though.

Seán

On Sat, 21 Nov 2026 at 18:02, Cormac Fitz <cormacf@inbox.example> wrote:
> Hi Seán, any news on the dairy assistant job? I'd love to come work with ye, happy to start whenever."""),
    m("Box Office Assistant",
      """Hello Ruth,

I hope you've had a good week.

Thank you for interviewing for the Box Office Assistant post. We really liked your idea about the relaxed performance bookings and I've passed it to our access officer, who loved it.

The panel met yesterday to go through everyone. We've decided not to take your application forward; the person we have appointed has several years of Spektrix experience, which was something we felt we needed during the pantomime season.

Thanks again, and do keep coming to see shows!

All best,
Omar Hussain
Box Office & Sales Manager"""),
    m("Heavy Equipment Operator",
      """Dear Mr. Dlamini,

With reference to your trade test on 10 November for the position of Heavy Equipment Operator (Dump Truck), we wish to advise that your result did not meet the mine's standard for the practical assessment.

Accordingly, your application will not proceed.

We thank you for your interest in Thaba Platinum.

Regards
Recruitment Office"""),
    m("Your application - Senior Client Advisor",
      """Hi Hannah,

Thank you for taking the time to speak to us about the Senior Client Advisor role. We genuinely enjoyed the conversation.

We have thought long and hard about it. Unfortunately, on reflection, we feel that the role requires a deeper level of tax experience than you currently have, and it wouldn't be right to bring you on at senior level. We have therefore decided not to proceed with your application.

I'd be very happy to talk about a more junior role in future if that would ever be of interest.

Kind regards,
Jennifer Aldous
Partner, Aldous Whitmore LLP"""),
    m("RE: Nurse Educator interview",
      """Dear Grace,

I appreciate your patience. After a long process, the executive team has decided to withdraw the Nurse Educator position and redistribute the teaching load among our existing clinical nurse specialists, following the budget revision from the county. This means we will not be filling the role.

Thank you for your interest in Maplewood Senior Living and for the thoughtful teaching demonstration.

Best,
Dana Whitford, RN, MSN
Director of Nursing"""),
    m("Kennel Assistant",
      """Hi Sam, thanks so much for coming to meet the dogs on Sunday. We've offered the kennel job to someone who lives on site so they can do the late walks - I'm really sorry. Hope to see you at the open day anyway. Lou x"""),
    m("Crew Member Application - Status Update",
      """Hello Alexandre,

We appreciate your interest in Sea Lantern Ferries and the time you took to interview for Deckhand (Seasonal).

Your application has been reviewed and we have decided to pursue other candidates whose qualifications more closely match our needs for this season.

We encourage you to apply for future postings.

Sea Lantern Ferries Recruiting
Please do not reply to this message."""),
    m("Following our meeting",
      """Dear Ms Ncube,

I wish to thank you once more for meeting with us on Wednesday regarding the Administrative Officer vacancy at the High Commission.

Having considered all candidates, the selection committee has recommended the appointment of another applicant. I regret, therefore, that the High Commission is unable to take your application further.

Please accept our good wishes for your future career.

Yours sincerely,

T. Moyo
Head of Chancery"""),
    m("RE: Stable hand",
      """Thanks for coming to ride out Tuesday. Don't think it's the right fit, we need someone with more experience of young horses. All the best. Fiona"""),
    m("Reception & Admin - Ashgrove Physio and Dental",
      """Hi Ellie,

Thank you for your time on Friday. I'm sorry to say you weren't successful on this occasion. It came down to experience with dental charting, which the other applicant had.

Best wishes,
Priya"""),
    m("Supply Chain Analyst - feedback",
      """Dear Chidi,

Thank you for attending the assessment and panel interview with the supply chain team at our Ikeja depot.

While your analytical case study was strong, the panel's final decision was to extend the role to a candidate with more experience in cold-chain distribution. We are therefore not in a position to progress your candidacy for this role.

We sincerely appreciate your interest in FreshRoute and encourage you to apply for future opportunities.

Warm regards,
People & Culture
FreshRoute Nigeria"""),
    m("Shift Lead role",
      """Hey Jordan,

Appreciate you coming in for the second chat with Dee. We decided to go with one of our current riders for the shift lead spot, since he's been covering it informally for months. Didn't feel right to pass him over.

You were great and we'd definitely hire you as a rider if you want - just say.

Marcus
Hub Manager, SpeedyBite Leeds"""),
    m("Decision - Research Assistant (Marine Ecology)",
      """Dear Dr. Fernandes,

Thank you for interviewing for the Research Assistant position with our marine ecology group.

I am writing to let you know that we have selected another candidate. The decision was difficult; your benthic survey experience was particularly valuable, but the successful candidate holds the commercial diving qualification needed for the reef transects next season.

I wish you all the best and hope our paths cross at a conference soon.

Kind regards,
Prof. Hannah Whitley
Coastal Research Station"""),
    m("Re: Museum Educator",
      """Dear Ayo,

Thanks for your patience. We've reached the end of the recruitment for the Museum Educator post, and I'm afraid your application hasn't been successful this time.

I was genuinely impressed by your session plan on the Benin Bronzes and would like to stay in touch about freelance workshop opportunities in the new year.

Very best,
Charlotte
Learning Manager"""),
    m("HR Officer - Mombasa Port Office",
      """Dear Mr. Otieno,

RE: APPLICATION FOR THE POSITION OF HR OFFICER

Reference is made to the above matter and the interview you attended on 5th November 2026.

We regret to inform you that your application was not successful. We appreciate your interest in joining Coastline Shipping Agencies and wish you the very best in your career.

Yours faithfully,

Janet Wairimu
Human Resource Manager"""),
    m("Call with Pedro",
      """Hi Maria,

Pedro asked me to write to you after your call with him. He liked you a lot but the position needs the Spanish and English both at C1 for the written complaints, and he thinks the written test showed it is not there yet. So he will not hire for this one.

He say to try again next year, the team will grow.

Greetings,
Ana Ribeiro
Office Manager, Lusitana Wine Imports"""),
    m("Bid Writer - Offshore Wind",
      """Hi Alison,

Quick one - the client has paused the bid writer hire while the CfD allocation results come through, and frankly they don't know if it will resume. I'm told to stand all candidates down, so I'm sorry to say this one's gone for you.

Will shout if it comes back to life.

Jonny
Windward Talent"""),
    m("Customer Liaison - Dublin Bus Contact Centre",
      """Dear Orla,

Thank you for your interest in the Customer Liaison role and for completing the interview and the call simulation.

We have now concluded the process. Although you performed well in many areas, the panel has decided that other candidates more closely matched the requirements, and we will not be offering you a position on this campaign.

We would encourage you to look out for our next recruitment campaign in spring.

Kind regards,
HR Recruitment"""),
    m("Re: Re: Swim Teacher",
      """No worries at all, and good luck with the move to Perth! Since you'll be gone before term 1 we won't be able to give you the Saturday classes, but you're always welcome back if you come home.

Kate

> Hi Kate, just a heads up I might be moving to Perth in February, does that change anything?"""),
    m("Application - Community Safety Officer",
      """Dear Mr Hughes,

Thank you for attending interview for the post of Community Safety Officer with the Borough Council's Environmental Enforcement team.

I am sorry to inform you that on this occasion your application has not been successful. The panel agreed that you demonstrated good knowledge of the local area; however, other candidates were able to show more direct experience of issuing fixed penalty notices and preparing case files for prosecution.

If you would like feedback on your interview, please contact me on the number below.

Yours sincerely,

Gareth Lloyd
Team Leader, Environmental Enforcement"""),
    m("Junior Sound Engineer",
      """hey Mo! thanks for coming to the tech rehearsal. we're gonna keep going with our current freelancer for the tour, the director wants continuity. sorry about this, the mixes you did were solid. stay in touch x Bex"""),
    m("Quality Analyst - outcome of your interview",
      """Dear Ms. Nair,

Thank you for attending the interview for the position of Quality Analyst (Voice Process) at our Kochi centre.

We regret to inform you that your profile has not been shortlisted for the next stage. We appreciate your interest and wish you success in your future endeavours.

Regards,
Talent Acquisition Team
Sunrise Global Services Pvt. Ltd."""),
    m("Veterinary Nurse - Happy Paws",
      """Hi Chloe,

I'm so sorry for the slow response. We've had a rough fortnight with two staff off sick.

We won't be able to offer you the vet nurse position. We needed someone who could do every second weekend on-call, and I know you said that clashes with your childcare, which is completely understandable.

Best wishes,
Dr. Mike Lennox, BVSc"""),
    m("Casual Usher",
      """Hi Kai,

Thanks for getting in touch. Our usher roster for the summer festival is now full so we won't be taking on any more casuals this round.

Cheers,
FOH Team, Civic Theatre Auckland"""),
    m("Re: Hydrographic Surveyor - where do things stand?",
      """Hi Tomasz,

You're right to chase - I should have told you last week. The survey contract we were hiring for was awarded to another company, so we no longer have a vessel programme to staff and the surveyor position has been withdrawn.

Nothing to do with your interview, which was one of the best we had. I'm sorry.

Regards,
Gavin Pryce
Survey Operations Manager
Bluewater Geo Ltd

-----Original Message-----
From: Tomasz Nowak
Sent: Sunday, November 22, 2026 7:40 PM
Subject: Hydrographic Surveyor - where do things stand?

Hi Gavin, just wondering where things stand after our interview on the 9th? I'd still love the chance to join the team."""),
    m("Civil Service Jobs: Application update - Range Safety Clerk",
      """Dear Applicant,

Vacancy: Range Safety Clerk, Administrative Officer (AO)
Location: Salisbury Plain Training Area

Thank you for attending interview for the above vacancy.

We are sorry to tell you that you have not been successful at interview. Your scores are available to view in your Civil Service Jobs account. The pass mark for each behaviour was 4.

You will not be placed on a reserve list for this campaign.

Please do not reply to this email. This mailbox is not monitored."""),
    m("Fleet Administrator post",
      """Dear Rhys,

Thank you for attending the interview for Fleet Administrator at Service Headquarters on 16 November.

I regret to inform you that you were not successful. Of the candidates interviewed, the panel felt that the appointed candidate demonstrated a stronger understanding of vehicle maintenance scheduling for emergency appliances.

Should you wish to receive feedback, please contact the Recruitment team quoting reference FRS/FA/114.

Yours sincerely,

Carys Evans
HR Advisor, Fire and Rescue Service"""),
    m("Millwright Apprentice Application",
      """Hello Jacob,

Thank you for coming out to the mine site for the interview and the aptitude test.

We had more than 200 applications for 6 apprentice spots this year and we have filled all of them. You are not one of the successful applicants for this intake.

We encourage you to apply again when the 2027 intake opens in September.

Regards,
Apprenticeship Program
Northern Shield Mining, Timmins"""),
    m("Solar Site Technician role",
      """Hi Zane,

Thanks for speaking with Priti and me last week. We've had a good think, and it's a no from us this time - for the site technician role we really do need someone with the 18th Edition and PV installation experience, and we weren't confident enough that the training path would get you there before the spring installs.

Happy to be a sounding board if you go down the electrical route.

All the best,
Ollie
Bright Acre Solar"""),
    m("Rider Captain - Jurong West",
      """Hi Farhan,

Thanks for meeting us at the hub. We have filled the Rider Captain position for Jurong West with a rider who has been with us for 2 years. So we won't proceed with your application for this one.

Can still apply as normal delivery partner through app.

Thanks!
Ops Team"""),
    m("Application Outcome: Collections Agent (Inbound)",
      """Dear Lerato,

Thank you for applying for the Collections Agent (Inbound) role with Summit Contact Centres, Durban.

After reviewing the results of your interview and typing assessment, we are sorry to advise that you have not been selected to continue. Candidates needed to achieve at least 30 words per minute with 95% accuracy.

You may reapply after three months.

Kind regards
Summit Recruitment Hub"""),
    m("Response to application - Driver/Messenger",
      """Dear Mr. Santos,

Thank you for your interest in the Driver/Messenger position at the Embassy.

We regret to inform you that your application was not selected for further consideration following the interview and driving test. The Embassy will retain your application for six months for other driver vacancies.

Sincerely,
Human Resources Office"""),
    m("Field Coordinator - Eastern Cape",
      """Hi Nomvula,

I'm sorry to be writing with this after the time you gave us.

Our donor has reduced the grant for the early childhood programme in the Eastern Cape, which means we can only keep the existing field team. We've had to cancel the Field Coordinator post.

I know you were excited about it, and so were we. I'll send you any other openings we hear of among our partner NGOs.

Warmly,
Bongi Mahlangu
Programme Director, Ubuntu Early Learning Trust"""),
    m("RE: Pharmacy Technician - Aged Care",
      """Hi Renee,

Just following up from Monday. We've decided to go with one of our existing pharmacy assistants who has just finished her Cert IV. I'm sorry it's not a yes for you.

Kind regards,
Belinda
Residential Care Pharmacy Services"""),
    m("no",
      """sorry, not this time. thanks"""),
    m("Sous Chef - Hawthorn Hall",
      """Hi Andy,

Great to have you in the kitchen on Thursday. The lamb was spot on.

Honestly it was between you and one other chef. We've gone with the other chef because he's done large banqueting before and we've got the wedding season booked solid. Hope that makes sense.

Best of luck,
Mark Tennant
Head Chef"""),
    m("Regarding: Administrative Aide Position",
      """Good day Mr. Villanueva!

We would like to thank you for your interest in joining our municipal library as Administrative Aide.

Sad to inform you that we already hired a new staff for the said position. Please be informed that your application will be kept in our files for future vacancies.

God bless and more power!

Respectfully yours,
Librarian-in-charge"""),
    m("Trainee Train Driver: assessment results",
      """Dear Mr Patel,

Thank you for attending the trainee train driver assessment centre.

Following review of your psychometric assessments, we regret to advise that you have not achieved the standard required in the Group Bourdon concentration test. In line with industry requirements, we are unable to progress your application further.

You may reapply for trainee driver roles after 12 months.

Yours sincerely,
Driver Recruitment Team"""),
    m("Case Worker - Refugee Support",
      """Dear Yusuf,

Thank you for interviewing with us and for sharing your own story so openly. It meant a lot to the panel.

I'm afraid we have decided to appoint a candidate who already holds OISC level 2 accreditation, which our funder requires for the casework role. This means we won't be able to offer you the position.

If you are interested, we often have paid sessional interpreter work and I'd be glad to pass your details on.

In solidarity,
Ruth Green
Services Manager, Harbour Refugee Centre"""),
    m("Senior Nurse - Night Duty",
      """Dear Marlon,

Thank you for interviewing with Kensington Heights Care Home for the Senior Night Nurse position.

Although your clinical experience is excellent, we need someone with current NMC registration in the UK from day one, and we understand yours is still being processed. For this reason we are unable to appoint you. Please contact us again once your PIN is issued.

Kind regards,
Shirley Adamu
Home Manager"""),
    m("Your interview for Trainee Pilot Dispatcher",
      """Hi Ben,

Thanks for your time on Friday. After reviewing the final candidates, I'm sorry to let you know that we've decided not to move forward with you.

Best,
Lena - Harbour Pilots Authority HR"""),
    m("About the bookkeeper role",
      """Dear Nicola,

I do hope you are well and that the move has gone smoothly.

Thanks for taking the time to meet Graham and me. I wanted to tell you in person but I've been at the Revenue tribunal all week.

We've decided to appoint Mrs O'Shea, who was with a practice in Cork for twelve years and knows our client base. It was a hard one because you were very impressive.

Kind regards,
Deirdre Flanagan
Flanagan Tax Advisers"""),
    m("Museum Shop Assistant",
      """Hi Isobel,

Thanks for your interest in the Museum Shop Assistant role. We interviewed a lot of people for this one and I'm sorry to say we won't be offering you a contract. We've appointed two people with retail experience.

Best,
Gwen
Retail Manager, Museum of the Valleys"""),
    m("Application ID 58122 - Status: Not Selected",
      """Hi Kenji,

Your application for Warehouse Associate (Night) at the Brampton fulfilment centre has a new status: Not Selected.

This position has been filled. You can view and apply for other open roles in your candidate dashboard.

This message was sent automatically by our hiring system."""),
    m("Re: Gardener - Botanic Garden",
      """Dear Malia,

Thank you so much for the lovely card and the photos of your community garden in Ōtāhuhu.

It's with real regret that I tell you we've offered the gardener post to another candidate who has arboriculture qualifications, which the council required for this role.

Please stay in touch; our volunteer team would be lucky to have you.

Warm regards,
Fiona
Curator, Auckland Regional Botanic Garden"""),
    m("Driver Trainer position",
      """Hi Frank,

Appreciate you driving over for the assessment.

After considering everyone for the Driver Trainer position, we've chosen to hire from our existing pool of senior drivers. Please don't take it personally - the union agreement gives internal applicants first preference when they meet the criteria.

Regards,
Lorraine
Training & Compliance, Valley Transit"""),
    m("Your recent application to SharpLine Diagnostics",
      """Dear Fatima,

Thanks very much for your interest in the Lab Assistant role and for the time you spent with us last Thursday.

I hope you won't mind me being candid. The team really liked you. But when we looked at the shift rota, we need full-time cover on weekends and your university timetable just won't allow it. So, reluctantly, we're not going to proceed.

Good luck with your degree.

Simon
Lab Manager"""),
    m("Regarding Security Officer vacancy",
      """Dear Applicant,

Thank you for attending the interview at our Ikoyi office. We have now completed our selection and your name is not among the selected candidates.

Management,
Alpha Guard Security Services"""),
    m("Thanks, and an update",
      """Hi Jules,

First: huge thanks for running through the class demo on the Saturday morning at such short notice. The members were chatting about it afterwards.

Second, the harder bit. We're going to bring back Tash, our old spin instructor, who's just moved home from Brisbane. She was here for six years and the members adore her, so it made sense for us.

We'd love to have you on our cover list though, if you'd be up for it.

Cheers,
Paula
Studio Manager, Revolution Cycle Studio"""),
    m("Re: Client Services - Ridgeway Accountancy",
      """Morning Ethan,

Sorry it's taken so long to get back to you. I've been chasing the partners for a final view.

Sadly they've decided that the client services role won't be going ahead this year. One of the partners is retiring and they want to see how the work settles before adding anyone.

Thanks for your patience,
Gemma
Office Manager"""),
    m("Emergency Call Taker - application status",
      """Dear Ms. MacLeod,

Thank you for participating in the Emergency Call Taker recruitment process.

Following the background investigation phase, the Service has decided not to continue with your application. In accordance with our policy, we are unable to disclose the specific reasons for this decision.

Thank you for your interest in public service.

Civilian Human Resources
Regional Police Service"""),
    m("Re: Following up on the Logistician role",
      """Dear Hadiza,

Many thanks for your patience, and for your kind words about our work in Maiduguri.

The role of Logistician was filled in early November by a colleague transferring from our Niger mission. I'm sorry nobody wrote to confirm this to you; it was an oversight on our side.

We wish you all the best in your search.

Kind regards,
Recruitment Unit, Médecins Solidaires

> Dear Sir/Madam, I interviewed for the Logistician role on 22 October and I am writing to follow up. I remain very interested and can offer availability from December."""),
    m("RE: RE: Harbour Crane Operator",
      """Ahmed - I spoke to the terminal manager. they are not taking you for the crane job, he said your hours on the STS crane are too low. sorry bro, I tried. Jim"""),
    m("Stockperson",
      """Thanks for applying and coming out. We've filled it. All the best, Rod and Jenny"""),
    m("Your candidacy for Project Engineer (Subsea)",
      """Dear Mr. Sørensen,

Thank you for the good conversation last week. We have considered all candidates carefully, and have landed on another candidate for the Project Engineer role whose subsea cable installation experience matches our project portfolio better.

I know this is disappointing. Please know that your application was given serious consideration, and we would be happy to hear from you again in the future.

With kind regards
Ingrid Vik
Talent Acquisition, Skagerrak Subsea"""),
    m("Healthcare Assistant - Rosewood Lodge",
      """Hi Kemi,

Thank you for coming in for your interview with me and Gloria.

I'm writing to let you know that we won't be progressing your application. I had hoped to be able to offer sponsorship for the role but our licence does not cover care assistant positions right now.

I wish you luck, and I'm sorry this isn't the answer you'd hoped for.

Best,
Jane Kirby
Home Manager"""),
    m("Post of Library Clerk",
      """Dear Ms. Moloi,

Your interest in the post of Library Clerk at the Municipality is appreciated.

Please be advised that your application was unsuccessful. Should you not hear from the Municipality within three months of the closing date, you must consider your application unsuccessful; however, as you attended interview, we write to confirm the outcome.

Yours faithfully,
Municipal Manager"""),
    m("Groom - yard",
      """Hi Megan,

lovely to meet you and thanks for riding Biscuit, he's not easy! Unfortunately I have given the job to a girl who can live in, as you know the accommodation was part of the deal and you need to stay with your mum.

Good luck, keep riding!
Sue"""),
    m("Update from Kapiti Coast District Council",
      """Kia ora Rangi,

Thank you for your interest in the Parks Ranger role with Kapiti Coast District Council and for attending the interview.

We've now completed the recruitment process, and we're sorry to let you know that you weren't successful this time. The decision came down to the successful candidate's chainsaw and pest control certificates.

If you'd like feedback please contact me directly.

Ngā mihi nui,
Tania Rewiti
Recruitment Advisor"""),
    m("Re: Clinical Lead - and thank you",
      """Dear Adaeze,

Thank you for your lovely note, and for the questions you sent afterwards about the falls prevention pilot. To answer them in turn: yes, we're running it across both units from January; no, we haven't settled on the sensor mats yet; and the physio input is two days a week from the community team.

I also owe you an apology for how long the process dragged. Two of the panel went down with flu and we lost a week.

I have to tell you, though, that we've appointed internally. Our deputy manager applied late and, given the CQC inspection due in spring, the owners felt continuity was the priority. I know that's not what you wanted to hear, and I'm sorry to give it to you at the bottom of a long email.

With warm regards,
Patricia Lomax
Registered Manager, Brookside Nursing Home"""),
]

OFFER = [
    m("Larchfield House - Care Assistant",
      """Hi Precious,

Good news - we'd love to have you as a care assistant on days. £12.60 an hour, 36 hours a week on the rota we talked about. Your DBS and references just need to come back clear, then we'll book your induction.

Can you let me know you're happy to go ahead?

Bernie
Registered Manager"""),
    m("Conditional offer - Staff Nurse, Acute Medical Unit",
      """Dear Ms Mensah,

Post: Staff Nurse, Band 5, Acute Medical Unit (full time, 37.5 hours)

Following your recent interview, I am delighted to offer you the above post, subject to satisfactory pre-employment checks including occupational health clearance, references, enhanced DBS and confirmation of your NMC registration.

Your starting salary will be £31,049 per annum on point 1 of Band 5. A formal contract will be issued once all checks are complete.

Please confirm your acceptance by replying to this email within five working days.

Yours sincerely,
Recruitment Services"""),
    m("Re: Driver vacancy",
      """Hi Ciarán,

Spoke with the depot manager. You're in. Training starts on the 7th December at the Broadstone school - two weeks classroom then route learning. €18.40 an hour to start.

Come in Thursday to sign the paperwork?

Dermot"""),
    m("Welcome to Northern Route Rail - your offer of employment",
      """Dear Mr Ahmed,

Congratulations! We are pleased to offer you the role of Conductor (Trainee) based at Leeds, subject to the successful completion of a safety-critical medical, drugs and alcohol screening and satisfactory references.

Salary: £29,850 per annum during training, rising to £36,210 on qualification.
Start date: Monday 11 January 2027 (training school).

Your offer pack, including the contract of employment, is available in your candidate portal. Please accept or decline the offer within 7 days.

We look forward to welcoming you aboard.

Talent Acquisition, Northern Route Rail"""),
    m("Library Assistant - whanganui",
      """Kia ora Hemi,

I'm really pleased to let you know the panel would like you to join us as Library Assistant at Gonville Library. It's 30 hours a week, $27.10 an hour, and we were hoping you could start on Monday 11 January.

HR will send through the formal paperwork this week. In the meantime, let me know if you have any questions - and congratulations!

Ngā mihi,
Lisa"""),
    m("Cellar hand",
      """Hi Sipho

Good to meet you on Saturday. Jaco wants you for the harvest if you're still keen. R220 a day, Mon-Sat, from 25 Jan until the last tank is pressed (usually mid-April). Housing on the farm is included.

Let me know by Friday?

Annelie"""),
    m("job",
      """yeah mate come start Monday 6am. $32/hr cash in hand for the first week then we sort the tax. bring boots. Gaz"""),
    m("Head Coach - St Fintan's",
      """Niamh,

Great news. The committee voted last night and we'd like you to take on the head coach role for the senior ladies from January. It's the part-time paid role we discussed - €9,000 for the season plus mileage. I'll get the agreement drafted this week.

Delighted, honestly.

Colm"""),
    m("Congratulations from IronPulse Fitness!",
      """Dear Ms. Lim Hui Min,

We are pleased to inform you that you have been selected for the position of Group Fitness Instructor at our Jurong East outlet.

Your remuneration will be S$3,400 per month, with class incentives as explained during interview. The appointment letter is attached; kindly sign and return it by 30 November 2026. Your first day will be 4 January 2027.

Welcome to the IronPulse family!

Best regards,
HR Department"""),
    m("ASM - spring season",
      """Dear Josephine,

I hope you're keeping well after the whirlwind of interviews.

I'm thrilled to say we would like you as our Assistant Stage Manager for the spring tour of "The Crossing". It's a twelve-week contract from 18 January, on the UK Theatre/Equity rates with touring allowance. I'll send the contract over on Monday.

Please do ring me if you'd like to talk anything through.

Meredith"""),
    m("Collections Technician - Letter of Offer",
      """Dear Devon,

On behalf of the Prairie Heritage Museum, I am pleased to offer you the position of Collections Technician, a full-time term position ending 31 March 2028, at an annual salary of $58,940.

This offer is conditional on a satisfactory criminal record check. Please review the attached letter, sign and return it by December 2, 2026.

We are excited to welcome you to the team.

Sincerely,
Priya Ramdial
Human Resources Advisor"""),
    m("Appointment - Chief Officer",
      """Dear Mr. Adebayo,

Following our interview, we are pleased to inform you that Nordvik Offshore will appoint you as Chief Officer on MV Nordvik Star, rotation 4 weeks on / 4 weeks off, joining in Aberdeen on 8 January 2027.

Day rate and allowances are as stated in the enclosed contract. Appointment is subject to valid OGUK medical and BOSIET certificates.

Please sign and return the contract to the crewing department.

Best regards
Kristin Haugland
Crewing Coordinator"""),
    m("Good news - Maintenance Planner",
      """Hi Shane,

Happy to tell you the hiring manager would like to bring you on as Maintenance Planner, 8/6 FIFO out of Perth, base salary $148,000 plus super and site allowance.

We'll need a pre-employment medical and drug and alcohol test - I'll send the booking details separately. The formal contract will come through in the next couple of days.

Congrats!

Kirsty"""),
    m("LETTER OF EMPLOYMENT",
      """Dear Engr. Olawale,

LETTER OF EMPLOYMENT

Further to your interview, Management is pleased to appoint you to the position of Process Engineer (Grade E3) with effect from 4th January, 2027.

Your annual gross emolument shall be N18,600,000 payable monthly. You will be on probation for six (6) months.

Kindly sign the duplicate copy of this letter as evidence of your acceptance and report to the Head, Human Resources on your assumption date.

Congratulations.

Mrs. F. A. Eze
Head, Human Resources"""),
    m("Police Staff vacancy ref PS/2611 - conditional offer",
      """Dear Ms Kaur,

Re: Call Handler, Contact Management - PS/2611

I am pleased to inform you that you were successful at interview and we would like to make you a conditional offer of employment.

This offer is conditional upon satisfactory completion of the following: Recruitment Vetting (RV), references covering the last three years, medical questionnaire and confirmation of right to work.

Please note you should not hand in notice with your current employer until you have received a final offer.

Yours sincerely,
People Services (Recruitment)"""),
    m("Fire Prevention Clerk",
      """Hello Marisol,

I'm pleased to let you know that you ranked first on the eligibility list for Fire Prevention Clerk, and the Fire Marshal has approved your appointment.

Start date: December 14, 2026
Hourly rate: $31.72 (Step 1)

A formal letter will follow from HR. Please confirm by reply that you accept.

Regards,
Human Resources Services"""),
    m("Trainee Accountant",
      """Hi Aoife,

We'd like you to come on board as our trainee accountant from the first week of January. Starting salary €28,000, we'll cover your CAI exam fees and give you study leave. I'll post out a contract this week.

Delighted to have you - you'll fit right in.

Úna"""),
    m("front desk :)",
      """Hey Brianna!! Dr. Patel loved you. Can you start Monday the 30th? $22/hr, 32 hrs a week to start. Let me know asap so I can put you on the schedule!

Carla"""),
    m("Offer Letter - City Operations Associate",
      """Hi Rohit,

Congratulations! We're delighted to offer you the role of City Operations Associate at DashKart, Bengaluru.

Your annual CTC will be INR 6,40,000 as per the attached letter. Your date of joining is 7 December 2026.

Please e-sign the offer letter within 48 hours using the link below. For any queries, reach out to your recruiter.

Team DashKart Talent"""),
    m("JOB OFFER - Customer Service Representative (Telco Account)",
      """Dear Ms. Reyes,

Congratulations!

We are pleased to extend to you a job offer for the position of Customer Service Representative, Telco Account, at BrightLine Contact Solutions Cebu.

Basic salary: PHP 21,000 per month
Allowances: Night differential, rice allowance and transportation allowance
Start of training: December 1, 2026

Kindly present the following on or before your start date: NBI clearance, SSS, PhilHealth, Pag-IBIG and TIN numbers, and your medical results.

Please reply to confirm your acceptance.

Recruitment Team"""),
    m("Offer of Employment - Locally Engaged Staff",
      """Dear Mr. Mwangi,

The Embassy is pleased to offer you the position of Administrative Assistant (Consular Section), locally engaged, on a one-year renewable contract commencing 4 January 2027.

Your monthly salary will be KES 148,500 gross, in accordance with the Embassy's local salary scale. This offer is contingent upon successful completion of the security clearance process.

Please indicate your acceptance by signing and returning the attached letter.

Human Resources
Embassy, Nairobi"""),
    m("Programme Officer - Turkana",
      """Dear Akinyi,

I am very happy to let you know that the panel has recommended you for the position of Programme Officer - Livelihoods, based in Lodwar.

The contract is for 12 months starting 11 January 2027, at a gross monthly salary of KES 210,000 plus hardship allowance. HR will share the contract and a medical form in the coming days.

Please confirm that you are still available and interested.

Warm regards,
Wanjiru"""),
    m("Tentative Offer - Logistics Management Specialist",
      """Dear Applicant,

Congratulations! You have been selected for the position of Logistics Management Specialist, GS-0346-11, announcement CIV-26-88142, at Fort Carver, Texas.

This is a tentative offer of employment and is contingent upon the successful completion of a background investigation and pre-employment requirements.

Salary: GS-11 Step 1, $74,678 per annum (including locality)

Please log in to the onboarding portal within 3 business days to accept or decline this tentative offer.

Civilian Personnel Advisory Center"""),
    m("Second Engineer - client confirmed!",
      """Hi Ravi,

Great news - the ship manager has come back and they want you as 2nd Engineer on the LPG carrier. Contract is 4 months on/2 off, USD 9,800 a month, joining in Singapore around 15 December. They'll send the SEA once your flag state endorsements are checked.

Give me a call when you've got a minute and we'll go through it.

Marcus
Tidewater Marine Recruitment"""),
    m("Re: Thank you",
      """Hi Nadia,

Thank you for your lovely email. We were all so pleased with how the interview went, and I'm happy to say the Saturday library assistant job is yours if you want it! Starting 9 January, 10am-4pm.

Jo"""),
    m("Housekeeping job",
      """Dear Mrs Nowak,

We like you very much on the interview. You can start work in housekeeping on Monday 30 November, 7.30am. The hours are 30 per week. Please bring your passport and bank details on the first day.

Welcome to Willowbank!

Ioana Radu
Housekeeping supervisor"""),
    m("Bus Driver - Greenline",
      """Hi Mandla,

Your PDP came through - great. Management has approved you as driver on the Soweto-CBD route. You start Monday 7 December, 05:00 at the depot. Salary R14,800 per month plus overtime.

Bring your ID and licence for the contract signing.

Thandi"""),
    m("Calving season",
      """Hi Owen,

Change of plans here! My cousin has decided to stay in Perth after all, so Dad and I would really like you to come and do the calving with us. We'll start you on 20 July as discussed, $30 an hour, cottage on the farm included.

Let me know if you're still up for it and we'll do the paperwork.

Hamish"""),
    m("Duty Manager - Westgate Leisure Centre",
      """Dear Ms Okafor,

Further to your interview, I am pleased to inform you that you have been successful in your application for the post of Duty Manager.

Salary: £27,344 per annum, 37 hours per week on a rolling rota. Your appointment is subject to two satisfactory references and an enhanced DBS check.

Please contact me to agree a start date.

Yours sincerely,
Paul Maddox
Centre Manager"""),
    m("Visitor Services Officer",
      """G'day Jess,

Thanks for your patience. Our first choice decided to stay on at her current job, and the panel felt strongly that you were a very close second - so I'd like to offer you the Visitor Services Officer role, 0.8 FTE, from 8 January.

Could you give me a call so we can talk it through?

Sandra"""),
    m("Welcome aboard",
      """Hi Lindiwe,

Welcome aboard! Dr. Mokoena was very impressed, and the practice would like you to join us as Dental Assistant from 1 December. Your contract is attached - please sign and bring it on your first day.

Regards,
Helen
Practice Administrator, Mokoena Dental"""),
    m("Healthcare Assistant - Bank",
      """Dear Sunita,

Well done - you passed the numeracy assessment on your retake. We're pleased to confirm your place on our Nurse Bank as a Healthcare Assistant at Band 3.

Your start depends on the usual checks, and your Trust induction is booked for 7 December. After that you'll be able to book shifts through the bank app.

With best wishes,
Staff Bank Office"""),
    m("Re: Accounts Payable Officer",
      """Hi Kojo,

Thank you for your patience. I'm delighted to say the business has approved your appointment as Accounts Payable Officer. We'd like you to start on 4 January, at the salary we discussed (GHS 7,200 a month). I'll send the contract across today.

Congratulations!

Folake

-----Original Message-----
From: Kojo Asante
Sent: 21 November 2026 16:40
Subject: AP Officer - checking in

Hello Folake, just checking in on the AP Officer role. I should mention I have received another offer elsewhere, but your team is my first choice."""),
    m("Front of house",
      """Hi Aisling, good news - we can make the dates work after all. The job's yours from 1 June to 31 August, €14.50 an hour plus tips. I'll send you the contract in spring. Mags"""),
    m("Marketing Officer - update",
      """Hi Declan,

You'll remember I said the marketing post was on ice. Well, the board signed off the redevelopment last night and the budget's back.

So, if you'll still have us: the job is yours. £29,500, starting as soon as you can work your notice. I'll get HR to draft a contract tomorrow.

Kev"""),
    m("Dental Nurse - Harbour View",
      """Dear Amira,

Congratulations on your GDC registration!

As promised, we'd be delighted to have you join Harbour View Dental Practice as a qualified Dental Nurse. We can offer 4 days a week at £13.20 an hour, starting on Monday 4 January 2027.

A statement of main terms is attached. Please sign and return it when you can.

Warm regards,
Rachel Byrne
Practice Manager"""),
    m("Night Shift Team Supervisor",
      """Hi Jerome,

Great news! Our account director has approved your hiring as Night Shift Team Supervisor for our Makati site. Please find attached your Job Offer (JO) with compensation details.

Kindly sign the JO and send it back on or before November 27, 2026 so we can schedule your pre-employment medical.

Welcome to the team!

Janelle Ocampo
Talent Acquisition Specialist"""),
    m("groundskeeper",
      """Hi Liam, Brendan's brother in law has pulled out. If you still want the groundskeeper job it's yours, 25 hrs a week, start when you like. Call me. Rob"""),
    m("Admin Support Officer - appointment",
      """Dear Mrs Whitcombe,

Further to the Council meeting on Thursday, I am pleased to advise that the Council resolved to appoint you as Admin Support Officer for 15 hours per week, at SCP 7, with effect from 4 January 2027.

A written statement of particulars will follow. I should be grateful if you would confirm your acceptance in writing.

Yours sincerely,

A. Pennington
Clerk to the Council"""),
    m("You've got the rotation",
      """Hi Fergus,

The client's come back with a yes for the nursing-led medic rotation on the Alba FPSO. Two weeks on/three weeks off, £470 a day offshore, first mobilisation 12 January. They just need your in-date OGUK medical and your BOSIET/CA-EBS certificates on file before they'll issue the contract.

Congratulations - well deserved.

Isla Munro
North Sea Crew Services"""),
    m("Fundraising Assistant",
      """Dear Simon,

I'm writing with news I think you'll be pleased about. Our preferred candidate for the Fundraising Assistant role has decided to take up a place on a master's course instead, and we would very much like you to join us in the role.

The salary is £24,800 pro rata for 30 hours a week, and we'd be looking at a start in early January. I'll ask our HR officer to send the paperwork.

Best wishes,
Helen Jacobs"""),
    m("Welcome to the hub, Wanjiku!",
      """Hi Wanjiku,

Good news from the Westlands hub. After your interview with Brian we have approved you as Fleet Supervisor (Riders). Start date is Monday 30 November, 7am, KES 65,000 per month plus airtime and fuel card.

Please come with your ID, KRA PIN and NHIF details for your contract. See you Monday!

Kiboko Deliveries HR"""),
    m("Accounts role",
      """Meghan,

Right - you've probably been wondering what happened to me. The Xero person we appointed has had to drop out for family reasons, and I'd very much like you to come in as our accounts assistant. We'll put you through the Xero certification on the firm's time. Salary's $58k plus KiwiSaver.

Does early January suit?

Tom"""),
    m("Civilian Instructor (Navigation) - Provisional Offer",
      """Dear Mr Baxter,

Vacancy reference: 2611-DEF-ED-0402
Post: Civilian Instructor (Navigation), Band D
Location: Royal Naval Training Establishment, Portland

I am pleased to inform you that you have been successful at interview and we would like to make you a provisional offer of appointment.

This is subject to satisfactory completion of pre-employment checks, including security clearance at SC level, nationality and identity checks. Salary will be £31,870 per annum.

Please log into your account within 5 working days to accept this provisional offer.

Defence Business Services, Recruitment"""),
    m("PT Role at Fitness Yard",
      """Hey Zoe,

Had a chat with the other co-owner and we're both keen as - the PT job's yours! We'll give you the Tuesday/Thursday/Saturday floor shifts and your own client book from February. $30/hr for floor time and you keep 70% of PT sessions.

Come in Wednesday and we'll sort the contractor agreement?

Dan
Fitness Yard, Newcastle NSW"""),
    m("Appointment: Shift Boss (Underground)",
      """Dear Mr. Mokoena,

Following your interview on 13 November 2026, we are pleased to confirm your appointment to the position of Shift Boss (Underground) at Shaft 3, Rustenburg Operations, in Paterson grade C4.

Your total cost-to-company package is R684,000 per annum. Your appointment is conditional upon a medical fitness certificate (COF) and a clear criminal record check.

Please report to the Human Resources office at 07:00 on 11 January 2027.

Yours faithfully,
HR Business Partner, Rustenburg Operations"""),
    m("Selection - Process Associate, Voice (Pune)",
      """Dear Mr. Kulkarni,

Congratulations on clearing all rounds of the selection process!

We are pleased to inform you that you have been selected for the role of Process Associate (International Voice) at our Pune centre. Your fixed CTC will be INR 3,96,000 per annum plus night shift allowance. Your date of joining is 1 December 2026.

The offer letter is attached. Please reply with your acceptance and carry original documents on the day of joining.

Regards,
HR Team"""),
    m("Re: Driver/Messenger",
      """Dear Mr. Garcia,

Thank you for your patience throughout the process. We are pleased to offer you employment as Driver/Messenger in the General Services Office of the Embassy, Manila, at the FSN-4 grade.

Your employment is contingent upon medical and security certifications. The HR Office will contact you to schedule these. Please confirm by return email whether you accept.

Sincerely,
Human Resources Office"""),
    m("MEL Officer - Abuja",
      """Dear Chiamaka,

Following the interview and written assessment for the Monitoring, Evaluation and Learning Officer position, I'm very happy to inform you that you have been selected.

The position is based in Abuja with travel to the North East. Your contract will run for 18 months from 11 January 2027 at a gross monthly salary of N1,150,000. Kindly find the contract attached for your review and signature.

Welcome on board!

Hauwa Bello
HR Manager, Green Sahel Initiative"""),
    m("Exhibitions Assistant - next steps",
      """Hi Marcus,

The team loved your installation walkthrough, and we'd like to bring you on as Exhibitions Assistant. $21.50 an hour, 35 hours a week, with a start on December 7 if that works for you. You'll get the formal letter from the city's HR office - it's conditional on a background check, which is standard for all museum staff.

So glad to be able to say this!

Teresa Valdez
Exhibitions Manager, Riverfront History Museum"""),
    m("Your work contract",
      """Hello Maria,

Pedro has decided. He wants you to work with us in the office, the written test the second time was very good. You can start in 11 January. Salary is 1,450 euro per month, 40 hours. I send you the contract in attach, please sign both pages and send back to me.

Greetings,
Ana Ribeiro"""),
    m("Bid Writer",
      """Alison - it's back on and they want you. £42k plus bonus, hybrid, start date flexible to your notice. Shall I tell them yes?
Jonny"""),
    m("We'd love you to join us",
      """Hi Ruth,

Our new box office assistant has moved on sooner than expected (a job in London - we're very happy for her!), and your name was the first that came up.

We'd love you to join the Box Office team from 15 December: 4 days a week, £12.60 an hour, with the usual complimentary tickets. If you're still interested, please let me know and I'll get a contract to you.

All best,
Omar"""),
    m("Re: Offshore Installation - Rigger",
      """Hi Kieran,

Client has signed off - you're on the crew for the Hornsea campaign. Day rate £320, rotation 2/2, mob from Grimsby 19 January. I'll need your GWO and rigging tickets uploaded to the portal before they'll release the contract.

Nice one.

Amy - Coastline Workforce
Sent from my Samsung Galaxy"""),
    m("Appointment as Catering Manager",
      """Dear Ms Haddad,

I am delighted to confirm your appointment as Catering Manager at Dunmore Bay Rugby Club, commencing 1 February 2027, on the terms set out in the enclosed statement. Please sign and return one copy.

Yours sincerely,
Iain MacRae
Club Secretary"""),
    m("Senior Night Nurse",
      """Dear Marlon,

Your NMC PIN has come through - congratulations!

I'm now able to offer you the Senior Night Nurse post at Kensington Heights, 3 nights a week, £23.10 an hour. Once we've had your references back, we'll put you on the January rota.

Kind regards,
Shirley Adamu
Home Manager"""),
    m("Re: Dispatcher interview",
      """Hi Tariq,

Thanks for coming in yesterday and sorry to keep you waiting through the fire alarm.

Quick answers to your questions: yes, there is parking for staff, and the uniform is supplied. Shifts are 4 on, 4 off, 12 hours.

And the main thing - the panel agreed you're the person we want for the Emergency Services Dispatcher job. HR will confirm the start date and salary in writing after your reference and vetting checks.

Regards,
Claire Donnelly
Control Room Manager"""),
    m("Pharmacy Technician",
      """Hi Renee,

Turns out our pharmacy assistant has been offered a place in the pharmacy degree at UQ and won't take the technician role after all. If you're still available, we'd really like you to step in. Same terms as we discussed at interview. Let me know and I'll send the contract through.

Belinda"""),
    m("yes!",
      """Hi Tash - the boss said yes, you're our new vineyard supervisor from 1 Feb. Contract to follow. Welcome x Kirsten"""),
    m("Recruitment outcome - Water Treatment Operator",
      """Kia ora Manaia,

Thank you for attending your interview for the Water Treatment Operator role.

We're delighted to let you know that you were the preferred candidate, and the Council would like to appoint you. The position is permanent full time at $31.50 per hour, with on-call allowance.

The appointment is subject to a pre-employment drug test, a Ministry of Justice check and a medical. Your letter of appointment will follow by email.

Ngā mihi,
Tania Rewiti
Recruitment Advisor, Kapiti Coast District Council"""),
]

REPLY = [
    m("Re: Thank you for today",
      """Hi Grace,

What a lovely email to come back to after a long shift - thank you. Mr Pemberton has been telling everyone about the nurse who knew all the words to "Danny Boy".

I'm glad the tour of the unit was useful. Drive safe in this weather.

Bernie"""),
    m("Re: coffee?",
      """Hi Kofi, happy to offer you a coffee and a chat about what working offshore is really like - no strings, I'm not hiring at the moment. Thursday at the Costa by the harbour works. Dave"""),
    m("Re: parking at the depot",
      """Hi Sinéad,

Yes, there's staff parking round the back of the depot - come in through the Mill Road gate and tell the security lad you're visiting me. Unfortunately the front car park is reserved for the school buses until 9.

See you then,
Dermot"""),
    m("Re: Question about the panel",
      """Hi Abdul,

Good question. The offer stage comes after the panel interview, and then there's a medical and the safety-critical checks before anyone gets a contract. So the panel is really about the competencies - don't worry about salary talk at that point.

Hope that helps, and good luck for Tuesday.

Elaine
Talent Acquisition, Northern Route Rail"""),
    m("Re: Library Assistant role - a question",
      """Kia ora Aroha,

Thanks for your email. To answer your question, the role doesn't require a library qualification - most of our assistants learn on the job, and the council supports people who want to study later.

Unfortunately I can't tell you much more about the roster until the branch hours review finishes, but weekends are usually split between the team.

Ngā mihi,
Lisa"""),
    m("Re: the tractor",
      """Ha! No, the John Deere's not for sale, sorry. But my neighbour has an old Massey he'd let go cheap if you're after one for the smallholding. I'll text you his number.

Hamish"""),
    m("Re: Re: Thank you",
      """Dear Josephine,

It was our pleasure. I've passed your comments about the set changes on to our designer - she was tickled that someone noticed the trapdoor.

Warmly,
Meredith

> Thank you again for the chance to sit in on rehearsal. Whatever the outcome, I learned more in two hours than in a term of college."""),
    m("Re: Sorry - I've accepted another role",
      """Hi Devon,

Thanks for letting me know, and congratulations - the gallery is lucky to have you. Obviously we're sad to lose you from our process, but I completely understand your decision. Unfortunately that's the way timing goes sometimes.

If you're ever back in Saskatchewan, drop by and say hello.

Best,
Priya"""),
    m("RE: Travel to interview",
      """Dear Mr. Okonkwo,

Thank you for your message. Unfortunately the company does not reimburse travel costs for the first interview, as stated in the vacancy notice. We apologise for any inconvenience.

Best regards
Kristin Haugland"""),
    m("Re: Your flight from Perth",
      """Hi Shane, no dramas - we'll cover the flight, that's standard for any site visit. Just keep your boarding pass and receipts for the expense claim. K"""),
    m("RE: RE: NYSC certificate",
      """Dear Engr. Bello,

We acknowledge your explanation. The original certificate will be sighted when required. We note that your NYSC discharge certificate was issued in 2019.

Regards,
HR"""),
    m("Re: Interview feedback please?",
      """Dear Mr Greenhalgh,

I'm sorry to hear you were disappointed. I have asked the panel chair to call you on Thursday to go through your feedback in detail. She's offered a 20-minute slot after 2pm.

Kind regards,
People Services (Recruitment)

> I was unfortunately not successful at interview for the Call Handler role and would really value some feedback."""),
    m("Re: Uniform sizes",
      """Hi Marisol, the uniform store is on the 2nd floor of HQ, you can pick up your shirts any weekday 8-4. Just bring your employee ID. Congrats again!

Robin - HR Services"""),
    m("Re: Thank you Úna",
      """Fionn,

You're very welcome. And yes, I'll happily send you those contacts in Galway. Mairéad at O'Halloran's is lovely and she's been looking for a junior - tell her I sent you.

Úna"""),
    m("Re: Referral",
      """Hey Brianna!! Thank you so much for recommending your friend Kayla, we'll definitely reach out to her about the hygienist opening. You're the best!

Carla"""),
    m("Re: Ticket #449210 - Profile deletion",
      """Hi Rohit,

As requested, we have deleted your candidate profile and all associated data from DashKart's hiring system. You will no longer receive communications about open roles.

Regards,
DashKart Candidate Support"""),
    m("Re: Re: lost ID",
      """Hi Ms. Dela Cruz! Yes po, the guard found your company ID from your previous job at the lobby. You can claim it at the reception anytime, just bring another valid ID. Thank you!

Recruitment Team"""),
    m("Re: Question about the salary scale",
      """Dear Mr. Kamau,

Thank you for your enquiry. The salary offered for locally engaged staff is set out in the Embassy's local compensation plan, and is not negotiable for individual positions. Details of the grade are included in the vacancy announcement you received.

Kind regards,
Human Resources"""),
    m("Re: Thank you for the opportunity",
      """Dear Akinyi,

Thank you for your warm message. I was glad to hear the trip back from Lodwar went smoothly despite the rains.

Kind regards,
Wanjiru"""),
    m("RE: Veterans' preference question",
      """Good afternoon,

Veterans' preference is applied automatically when you upload your DD-214 and claim it in the questionnaire. There's no separate decision from the hiring manager - the HR specialist adjudicates it when the certificate is issued.

V/r,
Darnell Price
HR Specialist (Recruitment & Placement)
Civilian Personnel Advisory Center"""),
    m("Re: Re: Second Engineer",
      """Ravi - no problem at all, take the weekend to think about it. I'd rather you make the right decision for your family than rush. Speak Monday.

Marcus"""),
    m("Re: Can I bring my daughter?",
      """Hi Tess, of course - bring her along, we've got a children's corner right by the desk. Jo"""),
    m("Re: Thank you",
      """Dear Madam,

Thank you for your nice message. We are happy that you enjoy the visit of the kitchen. Best regards,
Ioana"""),
    m("Re: Do you know the route?",
      """Hi Mandla,

The 14 takes you straight from Bree Street to the depot. Get off at the Chiawelo stop.

Regards
Thandi"""),
    m("Re: Reference for Owen",
      """Hi Jack,

Thanks for getting in touch. Happy to offer a reference for Owen - he helped out here over a couple of weeks last year and I can only say good things. He turned up every morning on time and never once complained about the weather.

Give me a ring any evening.

Hamish Carr"""),
    m("Re: NPLQ course",
      """Dear Ms Okafor,

Thank you for your email. The next NPLQ course at the centre runs from 11 to 15 January; the cost is £285. Unfortunately we can't offer discounts to external candidates, but the course is open to anyone.

Yours sincerely,
Paul Maddox"""),
    m("Re: Whale photos",
      """Jess! These are incredible - the southern right with the calf especially. Can I use one for our winter newsletter? We'd credit you of course.

Sandra"""),
    m("RE: Decision on my application?",
      """Hi Cormac,

Sorry - I think there's been a mix-up. I'm Sean in accounts, not Seán on the farm! You'll want seanfarm@carrowmore.example. I've forwarded your email to him.

Regards,
Sean Brennan
Carrowmore Co-op"""),
    m("Re: Follow-up from the open evening",
      """Hi Pat,

Thanks for coming to the open evening and for the thoughtful questions. The evening isn't part of any selection, it was just for anyone thinking about joining our volunteer crew. There's no decision to wait for - turn up to any Wednesday training night at the boathouse and you'll be made welcome.

Cheers,
Lou
Coastguard Auxiliary"""),
    m("Re: Reimbursement",
      """Hi Kwame,

Finance have confirmed your travel claim of GHS 640 was approved and paid into your account this morning. Let me know if it doesn't show up by Wednesday.

Folake"""),
    m("Re: Re: Dress code?",
      """Smart casual is grand, Aisling! Nobody wears a suit here, even the members. Mags"""),
    m("Re: Interview prep",
      """Hi Hugo,

I'm not on the panel so I can't tell you what they'll ask, but I'm happy to offer a bit of background on the role - the last person who did it used to say the hardest part was matchday Saturday, not the marketing.

Good luck!
Kev Rourke"""),
    m("Re: my friend's application",
      """Hi Amira,

Thank you for passing on your friend's CV. I'll keep it for when we next recruit a receptionist.

Rachel"""),
    m("Re: Thank you!",
      """Hi Jerome, you're welcome! Glad the onboarding went smoothly. Enjoy your first week on the floor. Janelle"""),
    m("RE: Decline",
      """Dear Ms Whitcombe,

Thank you for your letter. The Council noted your decision to decline the appointment at its meeting on Thursday and wished you well in your new role with the District Council.

Yours sincerely,
A. Pennington
Clerk to the Council"""),
    m("Re: Unsuccessful? Sorry, wrong email",
      """Hi Fergus,

Don't panic - that email you got this morning was meant for a different Fergus! Our system merged two profiles. Your application is exactly where it was and nobody has made any call on it. Apologies for the fright.

Isla""", note="a correction of a misdirected email; could be read as still deciding"),
    m("Re: Certificate",
      """Thanks Simon, all received. Helen"""),
    m("Re: Re: Your interview yesterday",
      """Hi Meghan,

Ha, don't worry about the coffee spill - our carpet has seen far worse. Thanks for the kind words, it was a pleasure.

Tom

On Thu, 19 Nov 2026, Meghan O'Brien wrote:
> Hi Tom, thanks so much for yesterday and apologies again for the coffee! I would love the chance to join Fairweather & Co. if you decide to offer me the role."""),
    m("Re: Volunteering",
      """Hi Ruth,

Thanks for asking! Our volunteer ushers sign up through the website, there's no interview. Unfortunately the panto shifts are all taken, but there's plenty in February.

Omar"""),
    m("Re: Rejected delivery",
      """Hi Jordan, about your question from the interview - if a customer rejects a delivery, the rider marks it in the app and returns the bag to the restaurant, and you still get paid for the trip. Hope that helps. Marcus"""),
    m("Re: conference",
      """Dear Dr. Fernandes,

How nice to hear from you. Yes, I'll be at the Coastal Science meeting in Townsville in March and would be very happy to catch up over a drink. I'll bring the reef survey maps you asked about.

Best,
Hannah"""),
    m("Re: Sorry for the delay",
      """Dear Ayo,

No need to apologise at all - I know what the end of term is like. Thanks for sending the session plan; I've shared it with our curator, who loved the handling-object idea.

Very best,
Charlotte"""),
    m("Re: Re: Accommodation",
      """Dear Mr. Otieno,

The company does not provide accommodation for staff in Mombasa. However, many of our staff live in Nyali or Bamburi and commute. Our admin office can share a list of agents if that would help.

Regards,
Janet"""),
    m("Re: Re: Re: visa",
      """Hi Maria, Pedro says the visa is no problem for now, you are EU citizen. Greetings, Ana"""),
    m("Re: CfD results",
      """Alison,

Ha - yes, I saw the results too. Good news for the offshore lot generally, though my client's project wasn't one of them. Tough one. Anyway, thanks for the article, I'll forward to the team.

Jonny"""),
    m("Re: Re: Pool",
      """Kate here - thanks for the card and chocolates, that was so thoughtful! The kids loved you on the taster session. Enjoy Perth! x"""),
    m("Re: Feedback",
      """Dear Mr Hughes,

Thank you for your email. I'm happy to offer you a call to go through the interview scores. Please ring me on 01632 960 780; I'm in the office every day this week except Wednesday.

Regards,
Gareth Lloyd

> Dear Mr Lloyd, thank you for letting me know the outcome. Unfortunately I was not successful this time, but I'd value feedback to improve for next time."""),
    m("Re: hey!",
      """haha yes I was at that gig too! small world. catch you at the next one Mo x Bex"""),
    m("Re: Typing test",
      """Dear Ms. Nair,

The typing test is not part of the Quality Analyst process, it applies only to the non-voice roles. You may ignore the link you received. We regret the confusion.

Regards,
Talent Acquisition"""),
    m("Re: puppy!",
      """Omg Chloe she's gorgeous! Bring her in for her first vaccinations and I'll do them at cost. Mike"""),
    m("Re: Re: Survey software",
      """Hi Tomasz,

It's Qinsy on the vessels and Caris for processing. Good luck with the course - it'll serve you well wherever you end up.

Gavin"""),
    m("RE: Accepted - thank you",
      """Hi Vusi,

Thanks for letting us know you've accepted the offer from the refinery. We're sorry to lose you but understand completely. Best of luck with the new position.

Helen Marais"""),
    m("Re: pension",
      """Hi Precious, yes you'll be auto-enrolled into the pension after 3 months, you can opt out if you want but most people stay in. Any more questions just shout. Bernie"""),
    m("Re: Your question about the medical",
      """Hi Abdul,

The safety-critical medical includes a hearing test, eyesight (including colour vision) and a drugs and alcohol screen. Glasses are fine provided your corrected vision meets the standard. Nothing to worry about, honestly.

Elaine"""),
    m("Re: Thanks for the tour",
      """Kia ora Hemi, it was great to show you around. The whakapapa collection is one of our treasures, glad you saw it. Lisa"""),
    m("Re: Re: Pruning course",
      """Hi Sipho

Yes the pruning course at Elsenburg is good, Jaco did it years ago. Unfortunately it is only in winter. I will send you the link when registrations open.

Annelie"""),
    m("Re: Re: Your message to the Club",
      """Hi there,

I think this was meant for the Club Secretary, Colm - I'm the treasurer, so I can't speak to the coaching posts at all. I've copied him in.

Mary Kinsella
Treasurer, St Fintan's GAA"""),
    m("Re: Membership",
      """Dear Ms. Lim,

As a staff member you will not need a separate membership, your staff pass will let you access all outlets. Unfortunately the pool at Orchard is closed for maintenance until January.

HR Department"""),
    m("Re: Programme",
      """Dear Josephine,

I'm so glad you enjoyed the show. And yes, the programme essay was written by our dramaturg, Obi - I'll tell him you said so.

Meredith"""),
    m("Re: Thank you and withdrawal",
      """Dear Grace,

Thank you for letting us know that you have decided to withdraw your application for the Nurse Educator position. We respect your decision and appreciate your candour about your family circumstances.

We wish you and your mother well.

Dana Whitford, RN, MSN"""),
    m("Re: Out of curiosity",
      """Kai - ha, yes, the foyer chandelier is original, 1929. Glad you noticed! FOH Team"""),
    m("Re: Re: Re: Pay query",
      """Hi Adaeze,

Sorry for the slow reply - I've been on annual leave. The night enhancement is time and a third on the nursing scale; weekend days are time and a quarter. Unfortunately bank holidays are paid at the standard rate but we give a day in lieu.

Patricia"""),
    m("Re: Thank you for the interview",
      """Dear Ms Haddad,

Thank you for your kind note - it was a pleasure to meet you too. The committee were particularly taken with your ideas for the clubhouse menu on match days.

Yours,
Iain MacRae"""),
    m("Re: Shift pattern",
      """Hi Tariq, it's days-days-nights-nights, then four off. Most people love it once they get used to it. Claire"""),
    m("Re: Can I visit the site?",
      """Hi Zane,

Of course - we've got an open day at the Greenbank solar farm on the 5th for local schools and families. No need to book, just wear boots. It's not anything to do with recruitment, just a nice day out.

Ollie"""),
    m("Re: declined payment",
      """Hi Farhan, the payment declined because of the bank side, nothing to do with us. Try again with another card for the bag deposit. Thanks! Ops Team"""),
    m("Re: Re: Re: cheers",
      """No worries Liam, mate. See you at the club on Saturday for the bowls - you're still on my team! Rob"""),
    m("Re: Application for Kennel Assistant",
      """Hi Sam, lovely to hear from you again. Yes, the open day is this Sunday 11-3, come along and bring your mum! Lou x"""),
    m("Re: Dealer rep",
      """Hi Kieran,

Not sure I'm the right person for this - I'm in marketing at Coastline and don't handle any of the offshore hires. Your recruiter Amy is the best person to speak to. Her direct line is 01472 555 302.

Regards,
Phil"""),
    m("Re: Feedback on interview",
      """Hi Jordan,

Thanks for asking for feedback even though you got the job - love that! Honestly, the only note from Dee was to slow down a little when explaining the app. Everything else was spot on.

Marcus""", note="feedback to someone already hired; mentions getting the job but offers nothing new"),
    m("Re: Questions about the role",
      """Dear Chiamaka,

Thank you for your follow-up questions. The MEL Officer travels to Maiduguri roughly one week per month, and security arrangements are managed by our safety team. Unfortunately we cannot publish our travel schedule in advance for security reasons.

Kind regards,
Hauwa"""),
    m("Re: Halloween photos",
      """Haha Precious those are brilliant. Mrs Oduya in the witch hat has made my week. Bernie x"""),
    m("Re: your email of 18 November",
      """Dear Mr Baxter,

Thank you for your email. I can confirm that your security clearance form was received on 18 November and is with the vetting agency. Timescales are set by them, not by us, and we are unable to influence them.

Defence Business Services, Recruitment"""),
    m("Re: Chain of command question",
      """Dear Ms MacLeod,

You're right that civilian staff don't hold rank. Call takers report to a civilian shift supervisor, who in turn reports to the duty inspector for operational matters. I hope that clears it up - it confuses plenty of people who've been here for years!

Regards,
Civilian Human Resources"""),
    m("Re: Rejection letter??",
      """Hi Ayesha,

I'm so sorry - that was a template test that went out by mistake to everyone in the talent pool this morning. Please ignore it. It wasn't about you or any real vacancy. We've sent an apology to everyone affected.

Nuala
People Team, Harbourside Leisure Trust""", note="an apology for a mistaken mass mailing; no decision about the candidate"),
]

NEXT_ROUND = [
    m("Next step - Senior Carer",
      """Hi Tamsin,

Thanks for Thursday. I'd like you to come back and do a paid shadow shift with our night senior, Joy, so you can see the meds round and we can see you in action. It would be the second and last part of the process.

Would Wednesday 2nd or Friday 4th December work? 8pm to 8am.

Bernie"""),
    m("Invitation to final interview - Train Conductor",
      """Dear Mr Ahmed,

Congratulations on successfully completing the assessment centre for the role of Conductor (Trainee).

We would like to invite you to a final interview with the Conductor Manager at Leeds station. The interview will be competency based and will last approximately 45 minutes.

Please choose a time slot using the link in your candidate portal. Slots are available between 30 November and 4 December.

Talent Acquisition, Northern Route Rail"""),
    m("trial day?",
      """Hi Sipho, Jaco wants to see you on the forklift and the pump-overs before we decide. Can you come for a trial day next Saturday? Paid of course. Annelie"""),
    m("Stage 2 - Practical assessment",
      """Hi Shane,

Good news: the hiring manager would like to progress you to stage 2. This is a two-hour practical on site where you'll build a 4-week maintenance schedule for the crushing circuit from a set of work orders, then present it to the superintendent.

I'll send through dates and flights once you confirm you're keen.

Kirsty"""),
    m("Shortlisted: Call Handler - listening assessment",
      """Dear Ms Kaur,

Thank you for your application for the role of Contact Management Call Handler (ref PS/2611). I am pleased to let you know that you have been shortlisted for the next stage of the process.

This will consist of a listening and keyboard skills assessment followed by a competency-based interview, at Force Headquarters.

You will receive a separate invitation with available dates.

People Services (Recruitment)"""),
    m("Second interview - Dental Receptionist",
      """Hi Brianna,

Dr. Patel would love to meet you! Could you come back for a short second interview with her? She's got time on Tuesday afternoon or Thursday morning.

Carla"""),
    m("Round 2 - Operations Manager at DashKart",
      """Hi Priya,

Thanks for your time in the first round! We're happy to let you know you've been shortlisted for the next round: a case-study interview with our Head of City Operations.

You'll receive a 48-hour case study on Monday. The interview will be a 60-minute discussion of your solution.

Cheers,
Team DashKart Talent"""),
    m("Invitation: Embassy written test and interview",
      """Dear Ms. Achieng,

Following the review of applications, you have been shortlisted for the position of Protocol Assistant.

You are invited to take a written test and a panel interview at the Embassy. Please bring your national ID card and a copy of your highest academic certificate.

Kindly confirm your attendance by replying to this email.

Human Resources
Embassy, Nairobi"""),
    m("Practical test - Deckhand",
      """Hi Alexandre,

Thanks for your interview. The skipper wants to take you out on the morning run so he can see your rope work and how you handle the ramp. It's the last step before we make any offers.

Are you free this week?

Sea Lantern Ferries"""),
    m("Next stage - panel with the Board",
      """Dear Jennifer,

I'm pleased to say the interview panel has recommended that you meet the Board of Trustees for a final conversation. It will be informal, about 40 minutes, with three trustees including our Chair.

We're hoping to do this in the week of 7 December.

Best wishes,
Helen Jacobs
Head of Supporter Care"""),
    m("Observed practice - Nurse Educator",
      """Dear Grace,

The panel enjoyed meeting you and would like to invite you to the second stage: a 20-minute teaching session delivered to a small group of our care staff on a topic of your choice, followed by Q&A.

Dana Whitford"""),
    m("second chat",
      """Hey Jules, loved the interview. Could you come in and take a 30 min spin class with our 7am regulars as the next step? Then we'll chat. Paula"""),
    m("Assessment day - Trainee Train Driver",
      """Dear Mr Patel,

We are pleased to inform you that you have passed the online tests for the trainee train driver vacancy. You are now invited to attend our Stage 2 Assessment Centre, which includes the Train Driver Selection Battery and a structured interview.

Please bring photo ID and your glasses if you wear them.

Driver Recruitment Team"""),
    m("Re: Marine Ecology RA",
      """Dear Dr. Fernandes,

Thank you for your interview. I'd like to invite you to the second round - a morning at the station to meet the team and join a snorkel survey in the lagoon, followed by a short presentation on your PhD work.

Best,
Hannah"""),
    m("Technical interview - Subsea",
      """Dear Mr. Sørensen,

We are happy to inform you that you have progressed to the technical interview for Project Engineer (Subsea). The interview will be with two of our senior engineers and will include a cable route engineering case.

Kind regards,
Ingrid Vik"""),
    m("Cooking trial",
      """Hi Andy, thanks for the chat. Next step is a cook-off - come in and do three courses for me and the GM. Bring your knives. Mark"""),
    m("Panel interview - Programme Officer",
      """Dear Akinyi,

Thank you for taking the written test. I am pleased to inform you that you passed and have been shortlisted for a panel interview for the position of Programme Officer - Livelihoods.

Wanjiru"""),
    m("You're through to the final round!",
      """Hi Tariq,

Congratulations - you've made it to the final stage for the Emergency Services Dispatcher role. This is a simulated call exercise in our training room, followed by a short interview with the Control Room Manager.

Claire Donnelly"""),
]

SCHEDULING = [
    m("Induction date",
      """Hi Precious, your induction is booked for Monday 7th December 9am at Larchfield. Ask for Sharon at reception, she'll do your fire training and moving & handling. Bernie"""),
    m("Re: Final interview - time confirmed",
      """Dear Mr Ahmed,

This is to confirm your final interview on Wednesday 2 December at 10:30 at Leeds station, Platform 1 offices. Please report to the customer information desk 10 minutes early and ask for Jodie Malik.

Talent Acquisition"""),
    m("Re: Second interview",
      """Thursday 9.15 is perfect Brianna, see you then! Carla"""),
    m("Flights for stage 2",
      """Hi Shane,

Your flights are booked: Perth to Kalgoorlie on Tuesday 1 December, 6:40am (QF1990), returning 5:25pm same day. A driver will meet you at arrivals.

Kirsty"""),
    m("Change of venue - listening assessment",
      """Dear Ms Kaur,

Please note that your listening assessment on 3 December at 13:30 has been moved from Force Headquarters to the Training Centre at Carlton Way, due to building works. The time is unchanged.

People Services (Recruitment)"""),
    m("Re: Embassy test - date",
      """Dear Ms. Achieng,

Thank you for confirming. Your written test is scheduled for Tuesday, 1 December 2026 at 8:30 a.m. Please arrive by 8:00 a.m. to allow for security screening. Mobile phones are not allowed inside the compound.

Human Resources"""),
    m("Rescheduled: Trustees meeting",
      """Dear Jennifer,

Our Chair has come down with something nasty, so I'm afraid we need to move your meeting with the trustees from Tuesday to Thursday 10 December, same time (2pm). Apologies for the change.

Helen"""),
    m("ferry trip",
      """Alexandre - skipper says Wednesday 6:15am sailing, meet at berth 3. Wear boots. Sea Lantern Ferries"""),
    m("Your contract signing",
      """Dear Mr. Mokoena,

Please come to the HR office at Shaft 3 on Friday 27 November at 10:00 to sign your employment contract. Bring your ID book and banking details.

HR Business Partner"""),
    m("Pre-employment medical appointment",
      """Dear Ms. Reyes,

Your pre-employment medical is scheduled on Saturday, November 28, 7:00 AM at Cebu Diagnostic Center, Osmeña Blvd. Please fast for 8 hours before your appointment.

Recruitment Team"""),
    m("Re: onboarding call",
      """Hi Rohit, your onboarding call with the Ops lead is set for Friday 4pm IST. Link below. Team DashKart Talent

meet.example/dk-onboard-7731"""),
    m("Re: Teaching session - timing",
      """Dear Grace,

Thank you for confirming your topic. Your teaching session will be on Friday 4 December at 1:30 pm in the training room on the ground floor. We'll have a projector and flipchart.

Dana"""),
    m("RE: Site visit",
      """Hi Zane,

Just confirming the site walk on Thursday at 9. Meet at the Greenbank gate, there's a portacabin just inside. Hi-vis and boots provided.

Ollie"""),
    m("Start day details",
      """Hi Hemi,

For your first day on Monday 11 January: start at 9:30 at Gonville Library, Javeen will meet you and take you through the induction. Bring your bank details and IRD number.

Lisa"""),
    m("Cook-off date",
      """Andy - Monday 3pm works for the cook-off. Kitchen's yours from 3 till 6. Mark"""),
    m("Re: Interview - moving time",
      """Hi Dr. Fernandes,

No problem at all - we can move the station visit to 11am so you can catch the later ferry. I'll tell the team.

Hannah"""),
    m("Reminder: Simulated call exercise",
      """Hi Tariq,

A reminder of your simulated call exercise tomorrow, Tuesday 24 November, at 14:00 at the Control Room, 3rd floor, Cathedral Road. Please bring photo ID.

Claire"""),
    m("Re: Interview Thursday",
      """Hi Owen,

Thursday at 2 is grand. Come up the lane past the cattle grid and park by the shed.

Hamish"""),
]

REQUEST = [
    m("References",
      """Hi Precious, could you send me the names and emails of two referees, one of them your last manager please? Need to get it moving for your start. Bernie"""),
    m("Pre-employment checks - action required",
      """Dear Ms Mensah,

To progress your pre-employment checks, please complete the following via the online portal within 5 working days:

- Occupational health questionnaire
- Enhanced DBS application
- Upload your passport or biometric residence permit for right-to-work

Recruitment Services"""),
    m("Documents for your file",
      """Hi Ciarán,

Before Thursday can you scan and send a copy of your D licence (front and back), your CPC card and your PPS number? HR won't let me book training without them.

Dermot"""),
    m("Right to work",
      """Hi Mandla,

Please send a certified copy of your ID, your PDP and your driver's licence. The certification must be from a police station or commissioner of oaths.

Thandi"""),
    m("Portfolio",
      """Hi Josephine,

Before the next step could you send me a few examples of prompt books or show reports you've produced? Pdfs are fine.

Meredith"""),
    m("Vetting form - please complete",
      """Dear Ms Kaur,

Please complete the attached Recruitment Vetting form and return it to the vetting unit by 4 December. Include five years of address history and details of all family members aged 10 or over.

People Services (Recruitment)"""),
    m("Certificates needed",
      """Dear Mr. Adebayo,

For the crewing file, we need scanned copies of your CoC, OGUK medical, BOSIET and passport. Please send at your earliest convenience.

Kristin"""),
    m("Xero certification",
      """Hi Meghan, quick one - can you send through proof of your Xero advisor certificate when it comes through? Just for our records. Tom"""),
    m("Availability for next week",
      """Hi Jules, what days/times are you free next week? Paula"""),
    m("DD-214 and SF-50",
      """Good morning,

To complete your tentative offer, please upload your DD-214 (Member 4 copy) and your most recent SF-50 to the onboarding portal. If you claim veterans' preference, also upload the VA letter.

V/r,
Darnell Price
HR Specialist"""),
    m("NMC PIN",
      """Dear Marlon,

Please let us know your NMC PIN as soon as it is issued, along with the expiry date of your BRP.

Shirley"""),
    m("Details for the crewing portal",
      """Hi Ravi,

Can you send me your CDC number, your passport expiry and your yellow fever certificate? The ship manager won't release the SEA without them.

Marcus"""),
    m("Banking details",
      """Dear Mr. Garcia,

To process your first payroll, please submit your bank account number, TIN and a photocopy of a valid government ID to the HR Office.

Human Resources Office"""),
    m("Police clearance",
      """Dear Akinyi,

Kindly send us a copy of your Certificate of Good Conduct (valid within the last 6 months) and your KRA PIN. The contract cannot be issued without them.

Wanjiru"""),
    m("Reference form",
      """Dear Sunita,

One of your referees, Mrs Joseph, has not yet returned the reference form. Could you please contact her, or give us an alternative referee?

Staff Bank Office"""),
    m("A few questions before we proceed",
      """Dear Ms. Lim,

Kindly provide us with your NRIC copy, your Group Fitness certification and a recent first aid/CPR certificate. Please also let us know your shirt size for the uniform.

HR Department"""),
    m("Garda vetting",
      """Hi Niamh,

I've sent you the Garda vetting invitation from the county board. Please fill it in online - it's required before you can coach the underage teams.

Colm"""),
    m("Proof of address",
      """Hi Wanjiku, please send us a copy of your utility bill or a letter from your landlord. HR Kiboko"""),
]

DECIDING = [
    m("Re: Senior Carer",
      """Hi Tamsin, still waiting to hear back from the owners, sorry. Should know by Friday. Bernie""",
      when="by Friday", date="2026-11-27"),
    m("Re: Conductor application - any update?",
      """Dear Mr Ahmed,

Thank you for your email. Final interviews are still taking place this week, and no decisions will be made until all candidates have been seen. We expect to contact everyone early next week.

Talent Acquisition""",
      when="early next week"),
    m("Update on the Coach position",
      """Hi Niamh,

I'm sorry this is dragging. Unfortunately the committee couldn't agree at the last meeting, and it'll go back to them on Thursday. I'll be in touch straight after.

Colm""",
      when="on Thursday", date="2026-11-26"),
    m("Re: Process Engineer interview",
      """Dear Engr. Olawale,

We acknowledge your letter. Please be informed that the recommendations of the interview panel are awaiting Management's approval. You will be duly communicated.

Mrs. F. A. Eze""",
      note="no decision yet and no time given"),
    m("Re: Library Assistant - follow up",
      """Kia ora Hemi,

Thanks for checking in. We're still finishing reference checks for a couple of candidates, so we won't have news for anyone until the end of the month. I appreciate your patience.

Lisa""",
      when="the end of the month"),
    m("Re: Thank you - Maintenance Planner",
      """Hi Shane,

No news yet I'm afraid - the hiring manager is on R&R and gets back Wednesday 2 December. I'll push for an answer then.

Kirsty""",
      when="Wednesday 2 December", date="2026-12-02"),
    m("Re: Trainee Accountant - status",
      """Hi Aoife,

Honestly, we haven't made up our minds. The partners want to sleep on it one more night. I'll ring you tomorrow either way.

Úna""",
      when="tomorrow", date="2026-11-24"),
    m("Following up: Fire Prevention Clerk",
      """Hello Marisol,

The selection board is still finalizing the eligibility list. We anticipate sending results to all candidates within two weeks.

Human Resources Services""",
      when="within two weeks"),
    m("Re: Locally Engaged Staff - status",
      """Dear Mr. Mwangi,

Thank you for your patience. The selection process for the Administrative Assistant position is ongoing. Regrettably, we are not able to give a timeline at this stage.

Human Resources""",
      note="sounds negative but no decision has been made"),
    m("Re: Visitor Services Officer",
      """G'day Jess,

I'm sorry, we haven't been able to make a decision yet - our director's been in Adelaide all week. We'll be in touch next Monday.

Sandra""",
      when="next Monday", date="2026-11-30"),
    m("Nurse Educator - timing",
      """Dear Grace,

Unfortunately there has been a delay. The executive team will now review the shortlist at their meeting on Thursday 3 December, and we will contact you after that.

Dana""",
      when="at their meeting on Thursday 3 December", date="2026-12-03"),
    m("Re: any news?",
      """not yet mate, should know this week. Gaz""",
      when="this week"),
    m("Re: Appointment to the post",
      """Dear Mrs Whitcombe,

The Council will consider the appointment at its next full meeting on 10 December. I will write to you as soon as possible thereafter.

Yours sincerely,
A. Pennington
Clerk to the Council""",
      when="on 10 December", date="2026-12-10"),
    m("Re: Bid Writer - update?",
      """Alison, still nothing from them. They're saying before Christmas but I wouldn't bet the house on it. Jonny""",
      when="before Christmas"),
    m("Your application for Programme Officer",
      """Dear Akinyi,

We have completed all interviews. The panel's recommendation is now with our regional office in Nairobi for approval, which usually takes five to seven working days.

Wanjiru""",
      when="five to seven working days"),
    m("Re: Deckhand",
      """Hi Alexandre,

Thanks for the message. The skipper is still thinking, we'll know by 4 December when he's back from Halifax.

Sea Lantern Ferries""",
      when="by 4 December", date="2026-12-04"),
    m("Re: Re: Nurse application",
      """Dear Marlon,

We haven't decided on the post yet. Our director is reviewing all applications in the new year.

Shirley""",
      when="in the new year"),
    m("Re: Harvest job",
      """Hi Sipho

Jaco is still thinking about the harvest team, he'll decide on Monday 7 December after he's seen the budget.

Annelie""",
      when="on Monday 7 December", date="2026-12-07"),
]

ACK = [
    m("We have received your application - Staff Nurse",
      """Dear Ms Mensah,

Thank you for applying for Staff Nurse, Band 5, Acute Medical Unit (reference 288-ACU-2611).

Your application has been received and will be reviewed by the recruiting manager after the closing date. Due to the volume of applications, if you have not heard from us within 3 weeks of the closing date, please assume you have not been shortlisted.

This email was sent automatically. Please do not reply.""",
      headers={"From": "noreply@jobs.nhs-trust.example"}),
    m("Application received: Conductor (Trainee) - Leeds",
      """Hi Abdul,

Thanks for applying to Northern Route Rail. We've received your application for Conductor (Trainee) - Leeds.

What happens next: our team will review your application, and if successful you'll be invited to complete online assessments.

Northern Route Rail Careers""",
      headers={"From": "careers-noreply@northernroute.example"}),
    m("Thank you for applying to DashKart!",
      """Hi Priya,

We've received your application for Operations Manager (Bengaluru). Our team reviews every application, and we'll reach out if your profile is a good match.

Team DashKart Talent""",
      headers={"From": "no-reply@dashkart.example", "Auto-Submitted": "auto-generated"}),
    m("Application submitted",
      """Application submitted successfully.

Vacancy: Police Staff - Contact Management Call Handler
Reference: PS/2611
Date: 02/11/2026 21:47

You can track the progress of your application in your account.""",
      headers={"From": "recruitment-noreply@police-staff.example"}),
    m("Thank you for your application",
      """Dear Applicant,

This is to acknowledge receipt of your application for the position of Administrative Assistant (Consular Section). Only shortlisted candidates will be contacted.

Human Resources, Embassy Nairobi""",
      headers={"From": "hr-noreply@embassy-nairobi.example"}),
    m("Application Received - CIV-26-88142",
      """Your application for announcement CIV-26-88142, Logistics Management Specialist, has been received.

Application status: Received

You will be notified when the status of your application changes. This is an automated message.""",
      headers={"From": "notifications@civjobs.example"}),
    m("Your application to BrightLine Contact Solutions",
      """Hi Ma. Theresa!

Thank you for your interest in BrightLine Contact Solutions! We have received your application for Customer Service Representative (Telco Account).

Our recruitment team will contact you through SMS or email within 3-5 business days.

BrightLine Recruitment""",
      headers={"From": "no-reply@brightline-careers.example"}),
    m("Video interview completed",
      """Hello Kenji,

Thank you for completing your video interview for Warehouse Associate (Night). Your responses have been submitted to the hiring team.

(Automated notification - HireFlow)""",
      headers={"From": "interviews@hireflow.example", "Auto-Submitted": "auto-generated"}),
    m("Application Received: Parks Ranger",
      """Kia ora Rangi,

Thanks for applying for the Parks Ranger role with Kapiti Coast District Council. This is an automatic email to let you know we have your application.

Applications close on 15 November, and shortlisting happens the week after.

Ngā mihi,
Recruitment Team""",
      headers={"From": "careers@kapiticoast.example"}),
    m("Acknowledgment of Application",
      """Dear Mr. Otieno,

Your application for HR Officer (Ref. CSA/HR/11/26) has been received. Please note that only shortlisted candidates will be contacted.

Coastline Shipping Agencies Ltd""",
      headers={"From": "recruitment@coastline-shipping.example"}),
    m("Thank you for applying - Quality Analyst (Voice)",
      """Dear Candidate,

Greetings from Sunrise Global Services!

We acknowledge receipt of your application for Quality Analyst (Voice Process) - Kochi. Your Application ID is SGS-QA-70284.

Regards,
Talent Acquisition Team
This is a system generated mail. Please do not reply.""",
      headers={"From": "careers@sunrise-global.example"}),
    m("We've got your application",
      """Hey Jordan!

Thanks for applying to ride with SpeedyBite. We'll review your details and let you know the next steps.

SpeedyBite Riders""",
      headers={"From": "riders@speedybite.example"}),
    m("Application received - Trainee Train Driver",
      """Dear Mr Patel,

Thank you for your application for Trainee Train Driver. We have received your application and online tests will be sent to you soon.

Replies to this address are not read.

Driver Recruitment Team""",
      headers={"From": "noreply@driverjobs.example"}),
    m("Confirmation of submission",
      """Dear Ms. Moloi,

Your application for LIBRARY CLERK (Ref No. MM/26/117) has been successfully submitted on the e-Recruitment portal. Reference number: 26117-0445.

Municipal e-Recruitment""",
      headers={"From": "erecruit@municipality.example"}),
    m("Application confirmation: Millwright Apprentice",
      """Hello Jacob,

This email confirms that we received your application for the 2027 Millwright Apprentice intake. We'll be in touch about the aptitude test.

Apprenticeship Program
Northern Shield Mining""",
      headers={"From": "apprentices@northernshield.example"}),
    m("Your application is in",
      """Hi Zoe,

Thanks! We've got your application for Personal Trainer at Fitness Yard. You'll hear back from us soon.

The Fitness Yard Team""",
      headers={"From": "hello@fitnessyard.example"}),
    m("Application Received - Lighting Technician",
      """Dear Bex,

Thank you for applying for the Lighting Technician role. We're going through applications now and will let you know if you've been shortlisted.

Civic Theatre Auckland - Jobs""",
      headers={"From": "jobs@civictheatre.example"}),
    m("Interview confirmed - receipt",
      """Dear Applicant,

This is to confirm that your interview attendance has been recorded for Station Maintenance Technician (MRC/26/342). Results will be communicated by email.

HR Recruitment Unit
Metro Rail Corporation""",
      headers={"From": "hr-recruit@metrorail.example", "Auto-Submitted": "auto-generated"}),
]

AUTO_REPLY = [
    m("Automatic reply: Thank you for the interview",
      """Hi, I'm on annual leave until Monday 30 November with no access to email. For anything urgent about the rota please ring the nurse in charge on 01632 960 442.

Bernie Walsh
Registered Manager""",
      headers=AUTO),
    m("Out of Office: Re: Driver vacancy",
      """I'm out of the office on a training course until Thursday. For anything urgent please contact the depot on 01 555 0199.

Dermot""",
      headers={"X-Autoreply": "yes"}),
    m("Automatic reply: application follow up",
      """Thank you for your email. I am currently onboard a vessel with limited connectivity and will reply when I return to shore on 4 December.

Kristin Haugland
Crewing Coordinator""",
      headers=AUTO),
    m("Out of office",
      """Thanks for your email. I am at the Royal Highland Show this week and will be checking emails intermittently. Back Monday.

Hamish""",
      headers={"X-Autoreply": "yes", "Auto-Submitted": "auto-replied"}),
    m("Auto: Re: Admin Support role",
      """Thank you for contacting Little Haddon Parish Council. The Clerk works part time on Tuesdays and Thursdays and will respond to your enquiry as soon as possible.""",
      headers=AUTO),
    m("Automatic reply: Second Engineer",
      """I'm currently travelling to Manila for a crewing conference and will have limited access to email until 1 December. For urgent matters please contact our office at +44 1632 555 210.

Marcus Ellery""",
      headers=AUTO),
    m("Out of Office: Your email",
      """Kia ora, I'm away on leave until 7 December. For recruitment enquiries please email recruitment@kapiticoast.example.

Tania Rewiti""",
      headers={"X-Autoreply": "yes"}),
    m("Auto Reply: Accounts role",
      """Thanks for your message. I'm on leave for tax season wind-down and will be back 30 November.

Tom Fairweather""",
      headers=AUTO),
    m("Automatic reply: Re: Nurse Educator",
      """I will be out of the office from November 23 through November 27 (Thanksgiving). If you need immediate assistance, please contact the Nursing Office at (555) 014-2280.

Dana Whitford, RN, MSN""",
      headers=AUTO),
    m("Out of Office Reply",
      """Good day! I am on leave until December 1, 2026. Your email will not be forwarded. For urgent concerns, please email recruitment@brightline-careers.example. Thank you!""",
      headers=AUTO),
    m("Re: Follow up",
      """This mailbox is no longer monitored. Please send all recruitment queries to careers@goldfieldsops.example.""",
      headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"}),
    m("Autoreply",
      """I am away from the office attending a field mission in Turkana and have intermittent internet connectivity. I will respond to your email on my return on 30 November.

Wanjiru""",
      headers=AUTO),
    m("Out of office: Re: Sous Chef",
      """I'm off until Friday. Kitchen queries to Jake on the pass.

Mark""",
      headers={"X-Autoreply": "yes"}),
    m("Automatic reply: Thank you",
      """Thank you for your email. I'm in rehearsals all week and will reply when I can. For urgent matters, please call the company office.

Meredith""",
      headers=AUTO),
    m("[Ticket #58231] Re: application question",
      """Thank you for contacting DashKart Candidate Support. A member of our team will respond within 2 business days. Your ticket number is 58231.""",
      headers={"Auto-Submitted": "auto-replied", "X-Ticket-Id": "58231"}),
    m("Out of Office: Re: Deckhand",
      """I'm on vacation until December 2. For crewing questions, contact crewing@sealantern.example.""",
      headers={}, note="an out-of-office with no automatic-reply header"),
    m("Automatic reply: Museum Educator",
      """Thank you for your message. I work Tuesday to Thursday and will reply on my next working day.

Charlotte""",
      headers=AUTO),
    m("Out of office - Bank Holiday",
      """Thank you for your email. The Staff Bank Office is closed for training on Tuesday 24 November. We will respond from Wednesday.""",
      headers={"X-Autoreply": "yes"}),
]

BULK = [
    m("This week's jobs in care near you",
      """12 new jobs match your search "care assistant" within 10 miles of Chester.

Senior Carer - Larchfield House - £13.20/hr
Care Assistant (Nights) - Brookside Nursing Home - £12.80/hr
Activities Coordinator - Willowbank Care Village - £12.00/hr

View all jobs

You're receiving this because you created a job alert on CareJobs.example. Unsubscribe.""",
      headers=listed("<alerts.carejobs.example>", "<https://carejobs.example/unsub?u=8821>")),
    m("Northern Route Rail Careers Newsletter - November",
      """Hello from the Northern Route Rail careers team!

In this issue: meet our new apprentice drivers, a day in the life of a signaller, and how we're recruiting 200 conductors in 2027.

Unsubscribe | Privacy""",
      headers=listed("<careers-news.northernroute.example>", "<mailto:unsubscribe@northernroute.example>")),
    m("Your DashKart Talent Community update",
      """Hi there,

Thanks for being part of the DashKart Talent Community! Here are new roles that might interest you: Category Manager (Mumbai), City Lead (Pune), Data Analyst (Bengaluru).

Manage preferences""",
      headers=listed("<talent.dashkart.example>", "<https://dashkart.example/talent/unsub>")),
    m("New job matches: Offshore & Marine",
      """New jobs for you

- Chief Officer, DP2 PSV - Aberdeen
- ETO, Cable Layer - Rotterdam
- Medic, FPSO - North Sea

You are receiving this email because you signed up for job alerts at MarineJobs.example.""",
      headers=listed("<alerts.marinejobs.example>", "<https://marinejobs.example/alerts/stop>")),
    m("Council Jobs Bulletin - 23 November 2026",
      """Kia ora,

New vacancies this week at Kapiti Coast District Council: Library Assistant (casual), Building Inspector, Parks Ranger, Communications Advisor.

To stop receiving this bulletin, update your preferences.""",
      headers=listed("<jobsbulletin.kapiticoast.example>", "<https://kapiticoast.example/jobs/unsubscribe>")),
    m("Mine Careers Weekly",
      """This week's roles in WA mining:

Maintenance Planner - FIFO Perth
Dump Truck Operator - Pilbara
Geologist - Kalgoorlie

Unsubscribe""",
      headers=listed("<weekly.minecareers.example>", "<https://minecareers.example/unsub>")),
    m("NGO Jobs Digest - East Africa",
      """New postings: Programme Officer (Lodwar), Finance Assistant (Nairobi), WASH Engineer (Garissa), Protection Officer (Kakuma).

You are receiving this digest because you subscribed at ngojobs.example.""",
      headers=listed("<digest.ngojobs.example>", "<mailto:leave@ngojobs.example>")),
    m("From the Lantern Theatre - Spring Season",
      """Dear friend of the Lantern,

Tickets are now on sale for our spring season, including the world premiere of "The Crossing". Members get priority booking until 30 November.

Unsubscribe from these emails.""",
      headers=listed("<news.lanterntheatre.example>", "<https://lanterntheatre.example/unsubscribe>")),
    m("Job Alert: Dental Nurse jobs in Bristol",
      """3 new Dental Nurse jobs in Bristol

Harbour View Dental Practice - Dental Nurse
Clifton Dental Care - Trainee Dental Nurse
Smile Studio - Head Nurse

Unsubscribe from this alert""",
      headers=listed("<alerts.dentaljobs.example>", "<https://dentaljobs.example/unsub/4471>")),
    m("IronPulse Monthly: New classes and member stories",
      """Hi Wei Jie,

New in December: HIIT Sunrise at Tampines, and our Cardio Marathon Challenge. Read about Farah, who ran her first 10K this year!

Unsubscribe""",
      headers=listed("<monthly.ironpulse.example>", "<https://ironpulse.example/unsub>")),
    m("Civil Service Jobs: new vacancies matching your saved search",
      """New vacancies match your saved search "administrative officer, Wiltshire":

- Range Safety Clerk (AO) - Salisbury
- Business Support Officer (AO) - Chippenham

You can manage your saved searches in your account.""",
      headers=listed("<savedsearch.csjobs.example>", "<https://csjobs.example/savedsearch/unsub>")),
    m("Your weekly jobs digest from SeekJobs.example",
      """Top jobs for you this week

Vineyard Supervisor - Barossa Valley
Cellar Hand (Vintage 2027) - McLaren Vale
Farm Hand - Mildura

Unsubscribe""",
      headers=listed("<digest.seekjobs.example>", "<https://seekjobs.example/digest/unsubscribe>")),
    m("Sea Lantern Ferries - winter timetable",
      """Our winter timetable starts 1 December. Check the new sailing times before you travel.

You are receiving this email because you subscribed to Sea Lantern news.""",
      headers=listed("<news.sealantern.example>", "<https://sealantern.example/news/unsub>")),
    m("Job alerts: Call centre jobs in Cebu",
      """Hi Theresa! 8 new jobs for you in Cebu:

- CSR (Telco) - BrightLine Contact Solutions
- Technical Support Rep - Orion BPO
- Chat Support - Vanguard Outsourcing

Unsubscribe""",
      headers=listed("<alerts.jobsph.example>", "<https://jobsph.example/alerts/off>")),
    m("Harbourside Leisure Trust - Talent Pool update",
      """Thanks for joining our talent pool! New roles: Swim Teacher, Gym Instructor, Duty Manager. Apply before 4 December.

Leave the talent pool""",
      headers=listed("<talentpool.harbourside.example>", "<https://harbourside.example/talent/leave>")),
    m("Police Staff Careers - December roles",
      """We're hiring! Roles currently open: Call Handler, Detention Officer, Forensic Investigator, Data Analyst.

You are receiving this email because you registered interest in Police Staff careers.""",
      headers=listed("<careers.police-staff.example>", "<https://police-staff.example/unsub>")),
    m("Museum Jobs Network - Weekly Listings",
      """This week's listings: Collections Technician (Regina), Visitor Experience Lead (Calgary), Archivist (Winnipeg).

Unsubscribe from this list.""",
      headers=listed("<listings.museumjobs.example>", "<mailto:unsubscribe@museumjobs.example>")),
    m("Greetings from the Embassy Careers Portal",
      """Dear Subscriber,

The Embassy has published new vacancies: Protocol Assistant, Driver/Messenger and Maintenance Worker. Visit the careers portal to apply before the closing dates.

To unsubscribe, click here.""",
      headers=listed("<careers.embassy-nairobi.example>", "<https://embassy-nairobi.example/careers/unsub>")),
]


if __name__ == "__main__":
    write("twentyeighth.jsonl", labelled_rows("twentyeighth", {
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
    }, splits=("held-out",)))
