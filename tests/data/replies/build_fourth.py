# ruff: noqa: E501 - one message a line reads best
"""A fourth corpus of employer replies, by a fourth author who read neither the classifier nor the messages
of the earlier corpora (only the label names, the format and the helper in `corpus_rows.py`).

The messages are written as yet other people: pharma and biotech, aerospace and defence contractors, UK state
schools and academies, US hospital systems and clinics, management consulting, retail head offices, video-game
studios, newspapers and broadcasters, sports clubs, construction and engineering firms, logistics, hotel
chains, museums and galleries, churches and faith charities, family businesses, co-operatives, embassies and
international organisations, franchise owners, founders writing from their phones, executive search firms,
graduate schemes, apprenticeships and internships; recruiters writing warmly, curtly, with emojis, in bullet
points and in capital-letter subject lines; US, British, Irish, Scottish, Welsh, Australian, New Zealand,
Canadian, Indian, Nigerian, Kenyan, Filipino, Singaporean and South African English, and non-native English.
It leans on the hard cases: rejections with no stock phrase, offers that never say "offer", plain replies full
of decoy words, "still deciding" messages that sound negative, quoted candidate mail, and outcomes that sit only
in the subject line or at the very end. `when` and `date` (on "deciding" messages) give the time named, as
written and, where it names one day, as an ISO date read on Monday 23 November 2026; `note` says why a label
could be argued. Each label's messages are dealt in turn to train, dev and held-out.
"""

from corpus_rows import labelled_rows, m, write

SPLITS = ("train", "dev", "held-out")

AUTO = {"Auto-Submitted": "auto-replied"}
ATS = {"Auto-Submitted": "auto-generated"}

REJECTION: list = []
OFFER: list = []
NEXT_ROUND: list = []
SCHEDULING: list = []
REQUEST: list = []
DECIDING: list = []
ACK: list = []
AUTO_REPLY: list = []
BULK: list = []
REPLY: list = []


# Rejections: no to this candidate for this role, in many words.
REJECTION += [
    m("Re: Associate Scientist, Analytical Development",
      "Dear Dr Okonkwo,\n\nThank you for taking the time to visit our Cambridge site last week and for the seminar on "
      "your dissolution work, which the team enjoyed.\n\nAfter discussing all of the candidates, the panel felt that "
      "others were a closer match to what the group needs over the next eighteen months, particularly on the "
      "regulatory filing side. I'm sorry it isn't the news you were hoping for.\n\nWith best wishes for your search,\n\n"
      "Helen Marsh\nHead of Analytical Development\nBrightwater Therapeutics Ltd"),
    m("Your application - Systems Engineer II (Req 44817)",
      "Hello Marcus,\n\nWe appreciate your interest in the Systems Engineer II position at our Huntsville facility "
      "and the time you spent with our team.\n\nWe have decided to pursue other candidates whose experience more "
      "closely aligns with the program requirements at this time.\n\nWe encourage you to continue to monitor our "
      "careers site for future openings.\n\nRegards,\nTalent Acquisition\nNorthfield Aerospace Systems\n\n"
      "This message and any attachments may contain export-controlled information (ITAR/EAR). If you are not the "
      "intended recipient, please delete it.",
      headers=ATS),
    m("Teacher of Geography (MPS/UPS) - outcome",
      "Dear Ms Pritchard,\n\nThank you for coming in on Thursday and for the Year 8 lesson on coastal erosion - the "
      "students were very engaged.\n\nIt was a strong field and on this occasion we have appointed another candidate. "
      "The panel would be happy to give you feedback over the phone if you'd find it useful; just reply with a "
      "convenient time.\n\nKind regards,\n\nMrs J. Ellison\nHeadteacher\nOakfield Academy (part of the Vale Learning Trust)"),
    m("Re: RN - Cardiac Step-Down, nights",
      "Hi Destiny,\n\nThanks for meeting with me and Carla on Tuesday. I wanted to let you know personally that we "
      "went with an internal transfer for this one. Honestly you interviewed really well and I'd love to see you "
      "apply again when our spring new-grad cohort opens.\n\nTake care,\nMaureen Kowalski, BSN, RN\nNurse Manager, 5 West\n"
      "St. Anselm Health System"),
    m("Engagement Manager - update",
      "Dear Rahul,\n\nThank you for your time across the case interviews. We won't be able to take things further "
      "with your candidacy for this cycle. The partners were impressed with your structuring, but felt the "
      "synthesis in the final case wasn't yet where we need it at EM level.\n\nYou are welcome to reapply after "
      "twelve months.\n\nBest regards,\nRecruiting Team\nHalden & Pryce Consulting"),
    m("Quick one",
      "hi tom, sorry mate, we've gone with someone who's got more hands-on unreal experience. your portfolio was "
      "great tho. keep in touch\n\nJ\n\nSent from my iPhone"),
    m("Re: Junior Reporter, Evening Chronicle",
      "Dear Ffion,\n\nMany thanks for coming to the newsroom and for the news-writing test. I'm afraid I'm sorry "
      "it's not better news: we've given the post to a candidate with more court reporting behind them.\n\n"
      "Your shorthand speed was impressive and I'd urge you to keep pitching us freelance pieces.\n\nDiolch,\n"
      "Gareth Lloyd\nNews Editor"),
    m("Academy Performance Analyst",
      "Hi Callum,\n\nJust a short note after Friday. We've had to put the hire on hold indefinitely - the club's "
      "budget for next season has been cut back following the board meeting, and the analyst post was one of the "
      "casualties. I'm genuinely sorry, it's nothing to do with you.\n\nCheers,\nAndy Rourke\nHead of Academy Recruitment"),
    m("Graduate Engineer Programme 2027",
      "Dear Aisha,\n\nThank you for attending our assessment centre in Birmingham.\n\nWe regret to inform you that "
      "your application has not been successful on this occasion. Competition for places on the 2027 programme has "
      "been exceptionally high.\n\nWe have attached a short summary of your scores across the exercises.\n\nYours "
      "sincerely,\nEarly Careers Team\nCarrow Hale Construction plc",
      headers=ATS),
    m("Re: Warehouse Shift Manager (Daventry)",
      "Morning Gary,\n\nThanks for coming up to the DC. We interviewed a few lads for the nights role and we're "
      "going to go with someone who's already run a chilled operation. Good luck with it all.\n\nSteve\nSite GM"),
    m("Front Office Manager - The Harbourside",
      "Dear Ms Nakamura,\n\nThank you once again for your interest in joining our Sydney property. Having considered "
      "every applicant carefully, we have decided to progress with candidates whose experience better reflects "
      "the needs of the property at this time.\n\nWe will keep your details on file for twelve months, and you may "
      "be contacted should a suitable vacancy arise in our group.\n\nWarm regards,\nPeople & Culture\nMeridian Hotels "
      "& Resorts Australia"),
    m("Assistant Curator (Prints and Drawings)",
      "Dear Hannah,\n\nThank you for your presentation on the Hollar etchings - it was a pleasure to hear.\n\nI am "
      "writing to let you know that after much discussion the panel has offered the post to another candidate, who "
      "has accepted. We would be very glad to hear from you about future opportunities; the volunteer cataloguing "
      "project may be of interest.\n\nWith all good wishes,\nDr Eleanor Vane\nKeeper of Prints",
      note="'offered the post' to someone else"),
    m("Youth & Families Worker",
      "Dear Josh,\n\nThank you for meeting with us and sharing so openly. We have prayed and talked at length, and "
      "we feel God is leading us to appoint another applicant to this role. Please know that this is no reflection "
      "on your gifts, which are clear.\n\nEvery blessing,\nRev. Sarah Whitcombe\nSt Columba's Parish Church"),
    m("Re: Operations Assistant",
      "Hi Leah,\n\nDad and I talked it over and we've decided to keep it in the family for now - my cousin is coming "
      "back from uni and will help out in the shop over the winter. Sorry to mess you around after the chat, you were "
      "lovely.\n\nKaren\nPrice & Daughters Hardware"),
    m("Membership Officer",
      "Dear Sipho,\n\nThank you for interviewing for the Membership Officer post with the Co-operative. The panel has "
      "now completed the process and I regret that we will not be taking your application further.\n\nIf you would "
      "like feedback, please contact me directly.\n\nKind regards,\nNomvula Dlamini\nHR Officer\nUmoya Farmers' "
      "Co-operative"),
    m("Locally Engaged Staff vacancy - Political Assistant",
      "Dear Applicant,\n\nThank you for participating in the recruitment process for the position of Political "
      "Assistant at the Embassy.\n\nWe regret to inform you that you have not been selected for this position. Due "
      "to the large number of applications, we are unable to provide individual feedback.\n\nEmbassy Human Resources",
      headers=ATS),
    m("Re: Store manager - Ballarat",
      "Hi Brooke, just letting you know I've gone another way with the store manager job. Cheers for coming in. Dave"),
    m("VP Finance - Confidential search",
      "Dear Olumide,\n\nThank you for your patience over the past few weeks. I have now had a full debrief with the "
      "Chair and the CEO.\n\nThey were complimentary about your grasp of the treasury issues, but they have chosen to "
      "proceed with a candidate whose background is in a listed business, which they feel is critical given the "
      "timetable for the IPO. I know this will be disappointing, and I'd value a call to discuss how you're "
      "thinking about next steps - I'd like to keep you close for other mandates.\n\nWith best regards,\n\nCharlotte "
      "Beaumont\nPartner\nAshcombe Search Partners"),
    m("Level 3 Electrical Apprenticeship",
      "Hi Kyle,\n\nThanks for coming to the practical day. Unfortunately we only had four places and you just missed "
      "out this year. Your maths test was good, so please do apply again in February.\n\nAll the best,\nApprentice "
      "Team\nMcLaren Kerr Electrical"),
    m("Summer Internship - Regulatory Affairs",
      "Dear Mei Ling,\n\nThank you for interviewing with us for the summer internship. We received over 600 "
      "applications for 5 places, and although your application was strong, we are unable to offer you a place on "
      "this year's programme.\n\nBest wishes for your studies,\nEarly Talent, Novaris Biologics Singapore"),
    m("Re: Franchise Manager",
      "Hey Jordan\n\nAppreciate you coming out to the Mesa location. After thinking on it I'm gonna stick with my "
      "current assistant and promote from within. You'd be great somewhere, just not the right timing for us.\n\nRick\n"
      "Owner/Operator"),
    m("Level Designer - Thank you",
      "Hi Niamh,\n\nThanks so much for the time you put into the blockout test - the team really liked the sightlines "
      "in your second arena.\n\nWe've had a long discussion and we're not going to move ahead with your application "
      "for this role. The main gap for us was shipped experience on a live-service title.\n\nWe'd genuinely like to "
      "hear from you in the future.\n\nCheers,\nOwen\nLead Level Designer, Quarry Lane Games"),
    m("Outcome of your interview",
      "Dear Mr Mwangi,\n\nRE: POSITION OF LOGISTICS COORDINATOR\n\nReference is made to the interview held on 12th "
      "November 2026.\n\nWe wish to inform you that the panel has completed its deliberations and your application "
      "was not successful. We thank you for the interest shown in our organisation and wish you success in your "
      "future endeavours.\n\nYours faithfully,\n\nHuman Resources Manager\nTrans-Rift Freight Ltd, Nairobi"),
    m("re: Data Analyst",
      "Hi Ana,\n\nI wanted to close the loop. The hiring manager has decided the team is better served by someone "
      "with deeper SQL and dbt experience right now, so we won't be moving forward.\n\nI will say - your communication "
      "skills came through very well. If a BI analyst role opens at the Phoenix office I'll reach out.\n\nThanks,\n"
      "Brianna | Talent Partner"),
    m("Re: Site Engineer",
      "Hello Chinedu,\n\nThank you for attending the interview at our Lekki office. Management has reviewed and the "
      "position has been filled. We will keep your CV in our database.\n\nRegards,\nHR Unit\nAdebayo & Sons "
      "Construction Ltd"),
    m("RE: Clinical Research Associate",
      "Hi Sinead,\n\nHope you're well. Sorry for the delay in coming back to you, it's been a busy few weeks with "
      "the audit.\n\nI've heard back from the client. They really liked you, and the line manager said it was a very "
      "close call. In the end they've gone for a candidate who has monitored oncology studies before, as the "
      "portfolio is 80% oncology.\n\nI'll keep an eye out for anything more general - there's a CRA II role coming up "
      "in Dublin I'd like to talk to you about.\n\nSpeak soon,\nDeclan\nSenior Consultant, Clinical\nBrennan Life "
      "Sciences Recruitment"),
    m("Newsroom Producer - Afternoon Show",
      "Hi Priya,\n\nI'm sorry to say we won't be asking you back. It was a very close thing, and we'd like to keep "
      "your details for freelance shifts.\n\nBest,\nMartin\nExecutive Producer, Radio 4 Counties"),
    m("ROLE UPDATE - Marketing Coordinator",
      "Hi Ella!! 😊\n\nThank you SO much for chatting with us this week, we loved meeting you. 💛\n\nWe've made the "
      "really tough decision to go with another candidate this time round. 😔 Please don't be a stranger - we post all "
      "our roles on Insta first!\n\nLove, the team at Fern & Flour x"),
    m("Your application",
      "Dear Siddharth,\n\nThank you for your application and interview for the position of Process Engineer.\n\nAfter "
      "careful consideration, we regret to inform you that we have decided not to proceed further with your "
      "candidature.\n\nWe wish you all the best.\n\nWarm regards,\nHR Department\nSurya Pharmaceuticals Pvt. Ltd., "
      "Hyderabad"),
    m("Thank you",
      "Dear Rosie,\n\nThank you for coming to meet us on Saturday and for your thoughtful answers about welcoming "
      "visitors to the gallery.\n\nWe had many good applicants for a small number of weekend posts, and we won't be "
      "able to offer you one this time.\n\nWarm regards,\nVisitor Experience Team\nThe Tidewater Gallery"),
    m("Re: Software Engineer - Embedded (Secret clearance)",
      "Hey Jamal,\n\nQuick update - program office pulled the funding on the follow-on contract, so the req is "
      "cancelled. Nothing we can do on our end. I'm sorry, you were our top pick.\n\nMike\nEngineering Manager",
      note="role cancelled; 'you were our top pick' is a decoy"),
    m("Thank you for interviewing",
      "Hi Grace,\n\nThank you for interviewing for the Medical Assistant position at Lakeview Family Practice. "
      "We have selected another applicant and the position is now closed.\n\nSincerely,\nLakeview Family Practice\n"
      "Human Resources",
      headers=ATS),
    m("Re: following up",
      "Hi Fatima,\n\nThanks for following up - and apologies for leaving you hanging. We did decide to go another way "
      "on the partnerships role. I should have let you know sooner.\n\n> Hi Jo, just following up on my interview on "
      "the 3rd - is there any news on a decision? I'm still very keen.\n\nJo"),
    m("Reception Teacher - maternity cover",
      "Dear Lowri,\n\nThank you for your interest. The teacher on maternity leave has decided to return early in "
      "January, so we no longer need to appoint to this post. I am sorry for the disappointment after your "
      "excellent interview.\n\nYours sincerely,\nMr D. Hughes\nHeadteacher, Ysgol Bryn Glas"),
    m("Transport Planner",
      "Dear Kieran,\n\nI hope you're keeping well.\n\nThanks again for the conversation about the bus network review "
      "and for the spreadsheet task, which was tidy and well explained. The team had a lot to weigh up across "
      "a strong shortlist, and we also had to think hard about where the team is heading next year, with the "
      "rail franchise work coming in-house and two people returning from secondment.\n\nIn the end we've "
      "concluded that your experience, while relevant, doesn't quite line up with that mix, and we're not able to "
      "take your application further.\n\nThank you again, and good luck.\n\nMairi Campbell\nPrincipal Planner"),
    m("Unsuccessful",
      "Hi Lerato,\n\nSorry, you were unsuccessful for the barista trainer role. Thanks for coming in.\n\nNandi"),
    m("Re: Account Director - decision",
      "Dear Oliver,\n\nThanks for your patience. I've spoken with the client this morning, and unfortunately they have "
      "decided to re-scope the role into a more junior position, which they will be filling internally. So the Account "
      "Director search is closed. I'm very sorry - I know you invested a lot of time in the presentation.\n\nBest,\n"
      "Imogen Wright\nConsultant, Harlow & Finch Executive Search"),
    m("Office Junior",
      "Hi Ciara, thanks a million for coming in to us on Monday. We've decided to offer the job to someone with a "
      "bit more experience on the phones. Best of luck, Deirdre (Murphy's Fuels)",
      note="'offer the job to someone' else"),
    m("Post-doctoral Research Scientist - Cell Therapy",
      "Dear Dr Haddad,\n\nThank you for the excellent talk and for meeting the group.\n\nI have to let you know that "
      "we have offered the position to another candidate whose expertise in CAR-T manufacturing maps more directly "
      "onto the grant deliverables. This was a difficult decision and I would be pleased to support an application "
      "for a fellowship if you decide to pursue one.\n\nBest wishes,\nProf. Kate Lindqvist"),
    m("Regional Sales Manager (Nordics)",
      "Dear Henrik,\n\nthank you for the interview on Tuesday. We have now made our decision and I must tell you we "
      "chose another candidate, who is more experienced with the distributors in Finland. It was not easy for us. "
      "I wish you good luck for the future.\n\nBest regards\nAstrid Lund\nHR Business Partner"),
    m("Re: Kitchen porter",
      "no sorry mate filled it yesterday"),
    m("Programme Officer, Nairobi",
      "Dear Wanjiru,\n\nThank you for your interest in the Programme Officer position and for completing the written "
      "assessment and the competency-based interview.\n\nWe regret to inform you that you have not been recommended "
      "for appointment. Your profile has been retained in our roster, and you may be contacted for similar positions "
      "in the future.\n\nWith kind regards,\nHuman Resources Section\nUnited Nations field office (Eastern Africa)",
      headers=ATS),
    m("Assistant Groundsman",
      "Hi Rhys,\n\nCheers for coming down to the training ground. The head groundsman wants someone who can start on "
      "the pitches right away with the spraying ticket already done, so we'll not be going ahead with you this time. "
      "Keep at it.\n\nLynne, Club Office"),
    m("Re: Barista - Wellington CBD",
      "Kia ora Tama, thanks heaps for the trial shift on Saturday. We've decided we need someone who can do weekday "
      "mornings as well, so it's not going to work out this time. All the best, Hana"),
    m("Your interview for Finance Business Partner",
      "Dear Anjali,\n\nThank you for taking the time to meet with us last week. We enjoyed learning more about your "
      "background at the logistics group.\n\nWe've now completed all of our interviews and, after careful "
      "consideration, the position will not be offered to you. This decision was not easy.\n\nRegards,\n\nDavid Osei\n"
      "Head of FP&A, Compass Freight"),
]

REJECTION += [
    m("Not this time - Senior QA Tester",
      "Hi Bogdan,\n\nThanks for the test pass on the build and the bug reports - really clear repro steps.\n\nTalk "
      "soon,\nSofie\nQA Lead",
      note="outcome only in the subject line"),
    m("Re: Re: Interview follow-up",
      "Hi Kofi,\n\nLovely to hear from you, and congratulations on the half-marathon! I hope the knee has recovered.\n\n"
      "On the role: I've been meaning to write. The team is going through a lot of change at the moment with the "
      "merger, and we spent a long time thinking about what the next year looks like. We really did enjoy your "
      "interview and thought your ideas on the warehouse layout were clever.\n\nUltimately, though, we've decided "
      "to go with a candidate who has already led a WMS migration, as that's the first big project. Sorry - I know "
      "you'll land somewhere great.\n\nAll the best,\nPaula\n\n-----Original Message-----\nFrom: Kofi Asante\n"
      "Subject: Interview follow-up\n\nHi Paula, just checking in after our interview - I ran the half-marathon "
      "on Sunday! Hoping to hear about the role soon."),
    m("Re: Next steps?",
      "Hi Emma,\n\n> I'd be thrilled to receive an offer and could start in January.\n\nThanks for that - I'm afraid "
      "we won't be making you an offer. The business has gone with a candidate who is already based in Leeds, which "
      "matters for the site visits. I'm sorry.\n\nGemma",
      note="quoted candidate words contain 'offer'"),
    m("Application for Head of Science",
      "Dear Mr Abara,\n\nThank you for attending the interview day for the post of Head of Science.\n\nThe governors "
      "have decided not to appoint from this round and will re-advertise the post in the new year with a revised "
      "job description. We will not be taking forward any candidates from the current shortlist.\n\nThank you for "
      "your interest in the Academy.\n\nYours sincerely,\nClerk to the Governors"),
    m("Update from Larkspur Bio",
      "Hi Jess - hope your week is going well! I wanted to share that after a lot of discussion the team has "
      "decided we're better suited by a profile with more GMP manufacturing background. Really appreciate your "
      "time and energy through the process. Warmly, Tanya ✨"),
    m("Re: Commis Chef",
      "Hi Marco,\n\nThank you for the trial in the kitchen. Chef feels your knife work needs more time, so we will "
      "not continue. I think a busy brasserie would be good for you first.\n\nBest,\nLaura\nHR, The Kingsley "
      "Collection Hotels"),
    m("Thank you from the Foundation",
      "Dear Abigail,\n\nThank you so much for sharing your story with us on Tuesday. Your passion for the mission "
      "is clear and it was a joy to meet you.\n\nWe've now finished our conversations, and we're going to continue "
      "with other applicants. We hope our paths cross again.\n\nIn Christ,\nPastor Daniel Reyes\nHarvest Hope Ministries"),
    m("Client Services Associate",
      "Dear Tendai,\n\nThanks for your patience while we finalised the process. I'm afraid the position is no longer "
      "available: following a review of the office's structure, it won't be going ahead.\n\nI appreciate this is "
      "frustrating and wish you well.\n\nRegards,\nJames Kellett\nOperations Director"),
    m("Mechanical Design Engineer - Farnborough",
      "Dear Alistair,\n\nThank you for your interest in the position. We have now reviewed the outcomes of all of the "
      "interviews and unfortunately we will not be progressing your application any further on this occasion.\n\n"
      "We will retain your details in line with our privacy notice.\n\nKind regards\nResourcing Team",
      headers=ATS),
    m("Re: quick update",
      "Hey Sam - so sorry, I'm going to pass for now. Fundraising is taking longer than we hoped and I can't add "
      "headcount till it closes. Really enjoyed our chat. - Nik\n\nSent from my phone, excuse typos"),
    m("The Role",
      "Hi Louise,\n\nThanks for your time. Honestly, I don't think it's the right fit on either side - the job is "
      "much more about cold calling than you'd want. I'd rather be straight than waste your time.\n\nCheers,\nBen"),
    m("Accountant - Family Office",
      "Dear Thomas,\n\nMany thanks for meeting Mr Holloway and me on Friday.\n\nHaving reflected, he has asked me to "
      "let you know that he will not be taking matters further. He felt a person with more experience of trusts "
      "would be needed.\n\nKind regards,\nSusan Price\nPA to the Family"),
    m("Your application for the post of Exhibitions Assistant",
      "Dear Ms Ojo,\n\nThank you for attending an interview. I regret to inform you that on this occasion you have "
      "not been successful. We received a high number of applications and the standard was very high.\n\nYours "
      "sincerely,\nHR, National Museum of Science & Industry",
      headers=ATS),
    m("a note on the Graphics Programmer role",
      "Hey Ji-woo,\n\nThanks again for the onsite. I'll be honest with you because I think you'd want that: the "
      "team loved your shader demo but we were worried about ramp-up on our custom engine, and we've decided to "
      "hold out for a more senior candidate. I'm sorry.\n\nIf you want notes on the take-home, happy to hop on "
      "a call.\n\nAlexei"),
    m("FW: Candidate feedback",
      "Hi Kerry-Ann,\n\nSee the client's note below - sorry it's not a yes this time.\n\n---------- Forwarded "
      "message ---------\nFrom: Graham Tully\n\nThanks Lisa - we won't progress Kerry-Ann. Good presence but not "
      "enough P&L ownership for this level.\n\nLisa\nHarwood Retail Recruitment"),
    m("Retail Buyer - Womenswear",
      "Hi Chloé,\n\nThank you for presenting your trend board to the team on Wednesday - the SS27 edit was lovely.\n\n"
      "We've reached a decision and we'll be moving forward with another candidate for this position. We would love "
      "to keep you in mind for the Assistant Buyer role in Childrenswear when it opens next year.\n\nBest wishes,\n"
      "Talent Team, Head Office"),
    m("RE: Pharmacist - Outpatients",
      "Hi Adebola,\n\nThanks for coming in. I'm sorry to tell you that after the panel review you were not selected "
      "for the outpatient pharmacist position. The selection was very close. You are welcome to apply for the "
      "inpatient rotation posting which will be up next week.\n\nThank you,\nRachel Kim, PharmD\nPharmacy Manager"),
    m("Stewardship Officer",
      "Dear Ruth,\n\nThank you for meeting us. I'm writing to let you know that we've taken the difficult decision "
      "to pause this recruitment until after the strategic review concludes, which could be some months. We don't "
      "yet know whether the role will be re-advertised in its current form. With apologies and thanks,\n\n"
      "Frances\nDirector of Development",
      note="recruitment paused with no date and maybe never re-advertised: treated as no"),
    m("Re: Trainee Surveyor",
      "Hiya Liam,\n\nSorry it's taken a while. Gonna be honest, we've took on someone from the college course, so "
      "there's no space now. If anything changes I'll ring you.\n\nTa,\nSharon\nOffice Manager"),
    m("Role: Quant Strategist",
      "Rejected at hiring-committee stage. Feedback available on request.\n\n-- \nSent via Lever",
      headers=ATS),
    m("Thank you, Mateo",
      "Dear Mateo,\n\nThank you for taking part in our process for the Junior Consultant role. We know how much work "
      "goes into a case interview, and we appreciated your preparation.\n\nOn reviewing the whole round, we've "
      "concluded that we can't extend an invitation to join the firm this year.\n\nWe'd encourage you to stay in "
      "touch and wish you all the best.\n\nCampus Recruiting"),
    m("Re: Cook - St Mary's Care Home",
      "Hello Rose,\n\nThank you for coming in. I'm sorry but we have to let you know the job has gone to somebody "
      "else, she has worked in care homes before.\n\nBlessings,\nSister Agnes"),
    m("Marine Logistics Coordinator - Singapore",
      "Dear Mr Tan,\n\nThank you for attending the interview with our Operations team.\n\nWe wish to inform you that "
      "we have shortlisted other candidates for the final stage, and your application will not be proceeding "
      "further.\n\nThank you for your interest.\n\nBest regards,\nHR Department\nStraitsLink Shipping Pte Ltd"),
    m("Re: Your feedback",
      "Hi Aoife,\n\nOf course - happy to give you feedback. The main thing was that we needed someone who could "
      "manage the events budget solo from day one, and the other candidate had done exactly that at a similar "
      "festival. You were a very strong second, for what it's worth.\n\nBest,\nConor",
      note="rejection implied: the role went to the other candidate"),
    m("Hotel Sales Manager",
      "Dear Mr Santos,\n\nGood day!\n\nWe would like to thank you for your time and effort in applying for the Sales "
      "Manager position. After careful evaluation, we regret to inform you that we are not able to move forward with "
      "your application as we have chosen a candidate who more closely matches our requirements.\n\nWe wish you "
      "success in your career.\n\nRespectfully yours,\nHR Department\nPacific Crown Hotels Manila"),
    m("Thanks for coming in!",
      "Hi Priya,\n\nReally appreciate you spending your Saturday morning with us. We're a tiny studio and we've had "
      "to make a hard call - we're going to keep the art work with freelancers for now rather than hire. I'll "
      "definitely keep you on the freelancer list though!\n\nMaddie\nCo-founder, Little Lantern Games"),
    m("Re: Surgical Scheduler",
      "Thank you Keisha. The department has selected another candidate. Best of luck in your search.\n\nDonna"),
    m("Finance Graduate Scheme - Assessment Centre outcome",
      "Dear Eoin,\n\nThank you for attending our assessment centre. Your performance was evaluated across all "
      "exercises, and on this occasion you did not meet the benchmark required to proceed to an offer.\n\nWe "
      "appreciate the effort you put in and wish you the best for your final year.\n\nGraduate Recruitment",
      headers=ATS, note="'proceed to an offer' is a decoy"),
    m("Business Development Lead",
      "Hi Chris,\n\nThanks for the chat with Jenny and myself. After some reflection, I don't see us going any "
      "further with this. We're a small co-op and need someone who's been in the wholefoods trade.\n\nSolidarity,\n"
      "Pete\nNorthern Grain Co-operative"),
    m("Re: Maintenance Technician",
      "Dear Ikechukwu, we thank you for attending the interview. Kindly be informed that the vacancy has been closed. "
      "Regards, HR"),
    m("Digital Editor",
      "Hi Layla,\n\nThank you for such a thoughtful discussion about audience strategy, and for the sample "
      "newsletter. I've been turning it over, and I keep coming back to the fact that this first hire needs to be "
      "someone who has run a paywall before.\n\nSo I'm going to go with another candidate. I really hope you'll "
      "send us pitches.\n\nBest,\nNeil\nEditor, The Lowland Courier"),
    m("Hockey Development Officer",
      "Dear Fraser,\n\nThanks for your time at interview. We have now offered the role to a candidate and they have "
      "accepted. Thank you for your interest in Scottish hockey.\n\nKind regards\nRecruitment"),
    m("Production Assistant internship",
      "Hi Bea - thank you for your application and the lovely chat with Rob. Sadly this isn't going to be a match "
      "this time, as we need someone who can be in the studio 4 days a week. Fingers crossed for you! 🍀"),
    m("Your candidacy - Director, Supply Chain",
      "Dear Vikram,\n\nI wanted to reach out personally.\n\nThe search committee has now met, and while there was "
      "real admiration for your track record, they've decided to move forward with a finalist whose experience is in "
      "a regulated medical-device environment. I'm sorry to bring this news, and grateful for the grace with which "
      "you approached the process.\n\nRespectfully,\nLaura Hennessey\nManaging Director, Crestline Partners"),
    m("Re: Sports Therapist",
      "Hi Megan,\n\nThank you for coming to the club and taking the session with the U18s. We've decided to "
      "appoint someone with a full HCPC registration, so on this occasion we can't take you forward. Please "
      "stay in touch - we may need match-day cover.\n\nBest,\nDr Rob Patel\nHead of Medical"),
    m("Store Design Coordinator",
      "Hi Nathan,\n\nThank you for your time. Unfortunately we've had a hiring freeze across head office as of this "
      "morning, so the coordinator role is closed. I'm sorry.\n\nAmelia"),
    m("update",
      "Hey Jade\n\nSo I spoke with my partner about it and we're going to hold off on hiring anyone for the bakery for "
      "now. Sales are slow this month. Sorry!\n\nMarie"),
    m("Commercial Trainee",
      "Dear Kunle,\n\nThank you for attending the final interview. We regret that we are unable to make you an offer "
      "on this occasion. We were impressed by your enthusiasm.\n\nYours sincerely,\n\nGraduate Resourcing"),
    m("Re: Content Strategist",
      "Hi there Ayesha, thanks for checking in. Yes, we did get back to the shortlisted candidates last week and we "
      "have gone with one of them. Sorry you didn't hear from us sooner.\n\nMichelle"),
    m("Policy Adviser - Trade",
      "Dear Ms Fernando,\n\nThank you for your application for the post of Policy Adviser at the High Commission.\n\n"
      "We are sorry to inform you that you were not successful at interview. The sift and interview scores are "
      "available on request.\n\nRecruitment Team"),
    m("Manufacturing Technician - B shift",
      "Hi Jorge, thanks for your interest in Helix Bio. We've decided to move ahead with other applicants for B shift. "
      "Have a great week!\n\nHelix Bio Recruiting 🧬",
      headers=ATS),
    m("Re: GP receptionist",
      "Hi Bethan,\n\nThank you for your interview. We've now appointed somebody, so I'm afraid we won't be needing to "
      "see you again. Best wishes, Julie (Practice Manager)"),
    m("Quick update on the Producer role",
      "Hey Darnell,\n\nWanted to give you a fast answer rather than leave you waiting - we're not moving you to the "
      "next round. The team wants someone who has produced a multi-platform launch. Thanks for the energy and good "
      "luck!\n\nKira"),
    m("Assistant Site Manager",
      "Dear Patrick,\n\nThank you for meeting us on site in Galway. On reflection, we've decided the job needs "
      "someone who holds the Safe Pass and CSCS card already, given the start date. We won't be progressing things "
      "further. Best of luck.\n\nNoel Brennan\nContracts Manager"),
    m("Researcher - Documentary Unit",
      "Dear Elif,\n\nIt was a pleasure to meet you. I'm afraid we've decided not to proceed - the commission "
      "has been delayed and we can only take on one researcher, who has worked with us before.\n\nAll the best,\n"
      "Rachel"),
]

REJECTION += [
    m("APPLICATION STATUS UPDATE",
      "Hi Ronaldo,\n\nGood afternoon! Thank you for your interest in the Customer Care Team Lead position.\n\n"
      "We appreciate the time you spent in the final interview. However, the account has decided to close the "
      "requirement, so we will no longer be filling the role. Your profile will remain active in our system for "
      "other opportunities.\n\nThank you and God bless!\n\nRecruitment Team\nBrightPath BPO Solutions, Cebu"),
    m("Feedback: Process Engineer interview",
      "Hi Ivana,\n\nAs promised, some feedback from the panel:\n\n- Strong on statistics and DoE\n- Good answers on "
      "deviation handling\n- Less depth on aseptic processing than we need for this line\n\nOn balance we've decided "
      "to appoint another candidate. Thank you for your time and I hope the notes help.\n\nRegards,\nStefan"),
    m("Re: Stage Manager - Winter Season",
      "Darling Felix, I'm so sorry - we've given it to Olly, who's done the tour with us before. You were brilliant "
      "in the room. Next season, promise. xx Bea"),
    m("Your application to Halverson Health",
      "Dear Samantha,\n\nThank you for your interest in the Patient Access Representative role at Halverson Health. "
      "We have reviewed your interview results and have decided to move forward with candidates whose qualifications "
      "more closely match the needs of the department.\n\nWe encourage you to create job alerts at our careers "
      "portal.\n\nSincerely,\nHalverson Health Talent Acquisition\n\nPlease do not reply to this email. This "
      "mailbox is not monitored.",
      headers=ATS),
    m("Re: Head of Partnerships",
      "Dear Gabriel,\n\nThank you for your note and for your kind words about the team.\n\nI've held off writing "
      "because I wanted to come back with something concrete. The board met on Thursday and has decided that, "
      "given the funding outlook, the organisation cannot support a head of partnerships post in 2027. The role "
      "has therefore been withdrawn. I realise how much time you gave us, and I'm sorry.\n\nWarmly,\nAnne-Marie"),
    m("KS2 Teacher - Outcome",
      "Hi Tom,\n\nJust to let you know we have gone with another candidate for the Year 4 post. Thank you for your "
      "lesson, the children loved the volcano.\n\nKind regards,\nMrs K. Shah\nDeputy Head"),
    m("Interview feedback",
      "Dear Ms Adeyemi,\n\nThank you for your time at the interview for the role of Tax Senior. The partners were "
      "impressed with your technical knowledge. Regrettably, they have decided that your experience in transfer "
      "pricing is not sufficient for this role at present, and therefore we are unable to take your application "
      "further.\n\nKind regards,\nHR, Okafor Ibe & Partners Chartered Accountants"),
    m("Thank you for meeting with Torrent",
      "Hi Ethan,\n\nThanks for meeting with the founders. They've asked me to let you know they're going to keep "
      "looking - they want someone who's scaled a sales team from 5 to 50.\n\nDrop me a line if you want to talk "
      "about other roles.\n\nNina\nTalent Partner, Kestrel Ventures"),
    m("Re: Visitor Host",
      "Hi Maya, sorry - we've filled all the Christmas posts now. Hopefully see you in the spring. Ali"),
    m("Structural Engineer - Johannesburg",
      "Dear Pieter,\n\nThank you for attending the interview at our Sandton office.\n\nAfter due consideration we "
      "regret to advise that your application has not been successful. The position has been filled by a candidate "
      "with Pr.Eng. registration, which is a requirement of the client.\n\nKind regards\nHR\nMokoena Structural "
      "Consulting (Pty) Ltd"),
    m("Your application - Team Assistant",
      "Guten Tag Frau Weber,\n\nthank you very much for your interview and your interest for our company. After "
      "careful consideration we have decided for another applicant. We return your documents with this mail and "
      "wish you all the best for your professional future.\n\nKind regards\nPersonnel department"),
    m("Principal Hydrogeologist",
      "Dear Rory,\n\nThank you for a really enjoyable conversation about the aquifer modelling on the Tay project. "
      "I've since spoken with the directors about the headcount for next year. We're going to fill the need by "
      "promoting Eilidh internally, who's been covering it since the summer. Which means we won't be hiring "
      "externally for this role after all.\n\nI hope you'll understand, and I'm sure we'll cross paths at the "
      "CIWEM events.\n\nBest,\nAngus"),
    m("Re: Weekend Supervisor",
      "Hey Aaliyah!\n\nThanks for applying and for coming in. The manager says she's going with someone who's "
      "available Fridays too. Sorry hun!\n\nSophie"),
    m("RE: Associate Director interview",
      "Hi Rohan,\n\nSorry for the slow reply - I was travelling.\n\nTo answer your question directly: no, we won't be "
      "moving forward. I know that's blunt. I'd be glad to explain over a call why.\n\n> Hi Siobhan, is there any "
      "update? If it's a no, I'd rather know so I can plan.\n\nSiobhan"),
    m("Communications Officer (Fixed Term)",
      "Dear Ngozi,\n\nMany thanks for attending the interview for the Communications Officer post. I am writing to "
      "inform you that the appointment has now been made.\n\nWe are grateful for your interest in our work.\n\n"
      "Yours sincerely,\n\nThe Diocesan Office",
      note="'the appointment has now been made' implies someone else"),
    m("Re: Delivery Driver",
      "Cheers for coming to see us, but we've gone with a lad with a C1 licence. All the best. Mick"),
    m("Thank you for your interest in Orbital Dynamics",
      "Dear Katarzyna,\n\nWe regret to advise that due to export control requirements, we are only able to consider "
      "candidates who are US persons for this position. As a result we cannot continue with your application. We "
      "appreciate your time and understanding.\n\nRecruiting, Orbital Dynamics Inc."),
    m("Lecturer in Journalism - Outcome",
      "Dear Dr Mensah,\n\nThank you for your presentation and interview.\n\nAfter careful consideration the panel has "
      "decided to appoint a candidate whose teaching portfolio more closely matches the broadcast modules. You "
      "were ranked highly and I hope you will consider applying should another post become available.\n\nYours "
      "sincerely,\nProfessor Alan Reid"),
    m("Re: Apprenticeship - Business Admin",
      "hi molly\n\nthanks for coming in for your interview at the garage. we've decided to go with another "
      "apprentice who lives closer. good luck with college\n\nSandra\nReception, Dunn Motors"),
    m("Junior Account Executive",
      "Hey Kai,\n\nJust wanted to say thank you for coming in. We really liked you, but we're going to go in a "
      "different direction with this hire.\n\nAll the best!\nSarah 🙌"),
    m("INTERVIEW RESULT",
      "DEAR CANDIDATE,\n\nWE WISH TO INFORM YOU THAT YOU WERE NOT SUCCESSFUL IN THE INTERVIEW FOR THE POST OF "
      "SECURITY SUPERVISOR. THANK YOU FOR YOUR INTEREST.\n\nMANAGEMENT"),
    m("Sustainability Manager",
      "Hi Iona,\n\nThank you for your patience. I've enjoyed getting to know you over the last month.\n\nThe "
      "leadership team has weighed everything up, and they've decided the first priority is a carbon accounting "
      "specialist rather than a strategy lead. That's led them to hire someone from a Big Four background. I'm "
      "genuinely disappointed for you.\n\nLet's stay in touch - I'll be recruiting again in Q2.\n\nBest,\nHolly"),
    m("Re: thank you",
      "Hi Anan,\n\nThank you for your kind email after the interview. I'm sorry to say we have decided to offer "
      "the role to another candidate.\n\n> Thank you so much for the interview today, I really enjoyed learning "
      "about the lab and I hope I can be part of it.\n\nBest,\nDr Chen"),
    m("Store Manager, Coventry",
      "Dear Manpreet,\n\nThank you for your interest in joining us as Store Manager. We've carefully reviewed all of "
      "the interview feedback and on this occasion we won't be offering you the role.\n\nYou'll find more "
      "opportunities with us at our careers site.\n\nMany thanks,\nThe Resourcing Team",
      headers=ATS),
    m("Your application (ref 22-1874)",
      "Thank you for your recent application. Following a review of all candidates interviewed, we are sorry "
      "to inform you that you have not been selected for appointment.\n\nThis is an automated message.",
      headers=ATS),
    m("Follow-up from our chat",
      "Hi Simone,\n\nThank you for being so open about your career break and for the chat over coffee. I've "
      "thought about it a lot.\n\nI think you'd be brilliant, but in a role that isn't this one - this one needs "
      "someone who can hit the ground running with a huge client list, and I'd be setting you up to struggle. So "
      "I'm going to say no to this role, but yes to staying in touch.\n\nWarmly,\nRebecca"),
    m("Re: Research Assistant (Ethnography)",
      "Dear Kwabena,\n\nThank you. Unfortunately, the funder has not approved the extension, so the research "
      "assistant position will not be filled. My apologies.\n\nBest regards,\nDr Anita Roy"),
    m("Retail Merchandiser",
      "Hello Thandeka,\n\nWe would like to thank you for your time. Please be advised that we will not be proceeding "
      "with your application for the Merchandiser position. We wish you the best in your job search.\n\nKind "
      "Regards\nHuman Capital, Ubuntu Retail Group"),
    m("Audio Designer",
      "Hi Lucas,\n\nThank you for doing the sound replacement test on the combat clip - the layering was really "
      "nice.\n\nAfter comparing all submissions we're moving ahead with another applicant, whose work was closer to "
      "the stylised direction of the project.\n\nCheers,\nMarta\nAudio Director"),
    m("Re: Surveyor - Christchurch",
      "Hi Sione,\n\nThanks for catching up on Zoom. Unfortunately we've decided to go with a candidate who's "
      "already based in Canterbury, as there are a lot of early site visits. Cheers and all the best, Kate"),
    m("Your interview",
      "Dear Daniel,\n\nThank you for the interview today. To be honest we don't think you would be happy in this "
      "position; it is mostly data entry. We will not continue. Best regards, Lukas"),
    m("Re: Communications internship",
      "Hi Amara,\n\nThanks for following up! I'm sorry for not getting back sooner. We did fill the internship - "
      "we took on a student from the university partnership scheme. Best of luck!\n\nJess"),
    m("Mechanic - Fleet Workshop",
      "Hi Dean, thanks for coming down. Boss has decided not to take anyone on till after Christmas, so the job's "
      "off for now. Sorry. Bev",
      note="hire paused without a date: treated as no"),
    m("Re: Chaplaincy Coordinator",
      "Dear Miriam,\n\nThank you for your grace through this process. The trustees have discerned that "
      "another candidate is called to this role. I know this is hard to hear, and you remain in our prayers.\n\n"
      "With warm regards,\nThe Revd Canon Peter Hale"),
    m("Role update",
      "Hi Femi,\n\nThank you for your time this week. I'll keep this short: we've closed the role. Thanks again,\n"
      "Ola"),
    m("Medical Lab Scientist - Edmonton",
      "Hello Parveen,\n\nThank you for interviewing for the Medical Laboratory Scientist position. We appreciate your "
      "interest, however we have selected a candidate who holds current CSMLS certification. We wish you every "
      "success.\n\nRegards,\nLaboratory Services Recruitment"),
    m("Re: Re: Re: Still interested!",
      "Hi Jonah,\n\nAppreciate the persistence, truly. We're not going to proceed. Best, Alan\n\nOn Mon, Nov 16, "
      "2026 at 9:12 AM Jonah Weiss wrote:\n> Hi Alan, I hope I'm not bothering you. Still interested! Happy to do "
      "another take-home if that helps.\n>\n> On Tue, Nov 3, 2026 Jonah Weiss wrote:\n>> Hi Alan, any news on the "
      "decision?"),
    m("Business Analyst",
      "Dear Rajesh,\n\nGreetings from Coastline Logistics.\n\nWe thank you for appearing for the technical round. "
      "We have reviewed your profile and regret to inform you that we will not be able to consider your candidature "
      "further at this point of time. We will reach out if any suitable opening comes up in future.\n\nThanks & "
      "Regards,\nTalent Acquisition Team"),
    m("Grounds & Facilities Officer",
      "Dear Mr O'Driscoll,\n\nThank you for attending for interview. The Board of Management has made its "
      "selection and I regret to inform you that you were not placed on the panel for appointment.\n\nIs mise le "
      "meas,\nPrincipal"),
    m("Your application with us",
      "Hi Bianca,\n\nThank you for interviewing with us. While your experience is impressive, we've decided to move "
      "forward with candidates who are a better fit for our current needs. We'd love to stay connected - please "
      "join our talent community to hear about future openings!\n\nThe Recruiting Team",
      headers=ATS, note="invitation to talent community is secondary"),
    m("Re: Sales Assistant",
      "Hello Ahmad, I hope you are well. Many thanks for the interview but the position was given to other person. "
      "Good luck for you.\nRegards, Mrs Yilmaz"),
    m("Associate Producer (Podcasts)",
      "Hi Zoe,\n\nI wanted to write and say how much I enjoyed talking to you about the archive series. You asked "
      "great questions.\n\nWe've had a big restructure announced this week - you may have seen it in the trade "
      "press - and all open audio roles have been frozen until further notice, including this one. I'm so sorry. "
      "I'll let you know if it ever reopens, but I wouldn't wait on it.\n\nBest wishes,\nHarriet"),
    m("Next steps",
      "Hi Kevin,\n\nThanks for the interview. Next steps: we won't be continuing your application for the "
      "Logistics Analyst role. Please feel free to apply to other openings.\n\nThanks,\nRecruiting",
      note="subject 'Next steps' is a decoy"),
    m("Re: Clinical Nurse Specialist",
      "Hi Fiona,\n\nThank you for meeting with us. I'm afraid we've decided to appoint a candidate with the "
      "non-medical prescribing qualification already in place. I'm very happy to give more feedback.\n\nBest wishes,"
      "\nClaire Donnelly\nLead Nurse"),
    m("Thank you",
      "Dear Rafael, thank you for everything. We have chosen to go with someone else. We wish you well. Marta"),
]


# Offers: the job is offered to this candidate, in many words.
OFFER += [
    m("Welcome aboard!",
      "Hi Priyanka,\n\nGreat news - the team would love you to join us as QC Microbiologist. I'll send the paperwork "
      "over tomorrow; in the meantime, let me know if a 4 January start works.\n\nBest,\nGavin\nBrightwater "
      "Therapeutics"),
    m("Re: Site Engineer",
      "can you start on the 4th? same rate we talked about. let me know today if poss\n\nDes\n\nSent from my Samsung"),
    m("Conditional Offer of Employment - Systems Engineer III",
      "Dear Ms Reyes,\n\nWe are pleased to extend to you a conditional offer of employment for the position of "
      "Systems Engineer III at our Tucson facility, at an annual salary of $128,500.\n\nThis offer is contingent "
      "upon successful completion of a background investigation, drug screen, and your ability to obtain and "
      "maintain a U.S. Government Secret clearance.\n\nPlease sign and return the attached letter by December 2, "
      "2026.\n\nSincerely,\nTalent Acquisition\nNorthfield Aerospace Systems"),
    m("Teacher of Mathematics",
      "Dear Mr Kaur,\n\nFurther to your interview today, I am delighted to confirm the panel's decision to offer "
      "you the post of Teacher of Mathematics from 1 January 2027, subject to satisfactory references, an "
      "enhanced DBS check and pre-employment health clearance.\n\nThe HR team will be in touch with your contract.\n\n"
      "Yours sincerely,\nMs R. Baptiste\nPrincipal, Kingsmead Academy"),
    m("The role is yours if you want it",
      "Hi Sam,\n\nSpoke to the chef and the GM - the sous chef role is yours if you want it. Give me a bell when you've "
      "had a think.\n\nTash\nThe Anchor Hotel Group"),
    m("Re: RN Position - ICU",
      "Hi Tyrone!\n\nI am so excited to let you know that we'd like you to join our ICU team! HR will be sending "
      "over the formal letter with the details about pay and the sign-on bonus. Welcome to the family!\n\nJen\n"
      "Nurse Manager, MICU"),
    m("Halden & Pryce - Associate",
      "Dear Chloe,\n\nOn behalf of everyone at Halden & Pryce, congratulations. The partners met this afternoon "
      "and I'm delighted to say that we'd like to welcome you to the firm as an Associate in the London office.\n\n"
      "Your written contract will follow this week. I'll call you tomorrow to walk you through it.\n\nWarm "
      "regards,\nGeorgina Lamb\nHead of Recruiting"),
    m("Re: Junior Animator",
      "yo! we want you on the team 🎉 when can you start? - Leo (founder, Pixelmoor)"),
    m("Reporter - South Wales",
      "Hi Osian,\n\nThanks for coming in to the newsroom. I'm pleased to say we'd like you to take up the post of "
      "Reporter on the South Wales desk. The salary is as advertised, £27,500, and we'd like you to start on 11 "
      "January. Can you let me know by Friday whether you accept?\n\nCroeso,\nGwen\nHead of News"),
    m("Academy Coach (U14)",
      "Hi Ross,\n\nCracking session with the boys on Thursday. The academy manager wants you in - contract's being "
      "drawn up now for 18 months. Congrats pal.\n\nScott\nAcademy Operations"),
    m("Offer Letter - Graduate Civil Engineer",
      "Dear Yusuf,\n\nCongratulations! Following your assessment centre, we are delighted to offer you a place on "
      "the Carrow Hale Graduate Civil Engineering Programme starting in September 2027.\n\nYour offer is subject to "
      "achieving a 2:1 in your degree and satisfactory references. Please accept your offer through the candidate "
      "portal within 14 days.\n\nEarly Careers Team",
      headers=ATS),
    m("Re: Night Team Leader",
      "Hi Paul, good news mate - we're going to take you on as night team leader. Start Sunday night 10pm if that "
      "suits, induction first. Steve"),
    m("Hello from Meridian Hotels!",
      "Dear Ana,\n\nIt gives me great pleasure to confirm your appointment as Guest Relations Executive at The "
      "Harbourside, Sydney. Your letter of appointment and employment contract are attached. Please sign and return "
      "by 4 December.\n\nWe look forward to welcoming you on 14 December.\n\nWarm regards,\nPeople & Culture"),
    m("Learning Officer",
      "Dear Grace,\n\nI'm delighted to write with good news. The panel were unanimous and we'd like you to become our "
      "new Learning Officer. It's subject to two satisfactory references, which I'll request once you confirm.\n\n"
      "With very best wishes,\nDr Eleanor Vane"),
    m("Re: Youth Worker",
      "Dear Adam,\n\nAfter prayer and discussion, we are thrilled to invite you to become our Youth & Families Worker. "
      "We believe you are the person for this season in the life of our church. Please take a few days to consider "
      "and pray about it.\n\nEvery blessing,\nRev. Sarah Whitcombe",
      note="'invite you to become' is the offer"),
    m("the shop",
      "Hi Leah, Dad says yes! Can you do Tuesdays and Saturdays from the 1st? Same money as we said. Karen x"),
    m("Membership Officer - Appointment",
      "Dear Zanele,\n\nI am pleased to inform you that you have been successful in your interview for the post of "
      "Membership Officer. A formal letter of appointment will follow. Kindly confirm your acceptance by return "
      "email.\n\nKind regards,\nNomvula Dlamini\nUmoya Farmers' Co-operative"),
    m("Local staff appointment - Consular Assistant",
      "Dear Mr Ochieng,\n\nFurther to your recent interview, we are pleased to inform you that you have been "
      "selected for the position of Consular Assistant, subject to satisfactory security vetting and references.\n\n"
      "Please find attached the terms and conditions of employment.\n\nEmbassy Human Resources"),
    m("Re: Store Manager",
      "Hi Brooke, I'd like to give you the store manager job. Can you pop in Thursday to sign things? Dave"),
    m("CFO - next step: paperwork",
      "Dear Olumide,\n\nI'm delighted - the Chair called me an hour ago. They want you as CFO. I'll send the draft "
      "service agreement tonight; there is a little room on the LTIP, so let's talk before you respond.\n\n"
      "Charlotte\nAshcombe Search Partners"),
    m("Apprenticeship - you're in!",
      "Hi Kyle,\n\nGreat news - a place has come up on the Level 3 programme after someone dropped out, and it's "
      "yours. Start date is Monday 11 January. Bring your boots.\n\nApprentice Team\nMcLaren Kerr Electrical"),
    m("Your internship at Novaris",
      "Dear Mei Ling,\n\nGood news - a further internship place has opened and we are happy to offer it to you for "
      "June to August 2027. Please confirm by 30 November.\n\nEarly Talent, Novaris Biologics Singapore"),
    m("GM - Mesa store",
      "Jordan - changed my mind, my assistant's moving to Dallas. Job's yours if you still want it. Call me. Rick"),
    m("Welcome to Quarry Lane!",
      "Hi Niamh,\n\nI've got really good news - remember the junior level design role I mentioned? We've been approved "
      "to hire, and the team would love to have you. HR will send the contract today. 🎮\n\nOwen"),
    m("Re: Logistics Coordinator",
      "Dear Mr Mwangi,\n\nRE: APPOINTMENT AS LOGISTICS COORDINATOR\n\nWe are pleased to inform you that following "
      "your interview, you have been appointed to the above position at a gross monthly salary of KES 145,000. "
      "You are required to report to the Mombasa Road office on 4th January 2027.\n\nYours faithfully,\nHuman "
      "Resources Manager"),
    m("Good news",
      "Hi Ana, I'm very pleased to tell you the hiring manager wants to move forward with an offer! I'll send the "
      "details over shortly - base of $82k and a 5% bonus. Can we talk at 3?\n\nBrianna",
      note="'move forward with an offer' with figures"),
    m("Re: Site Engineer - Lekki",
      "Dear Chinedu,\n\nManagement is pleased to offer you employment as Site Engineer. Please come to the office on "
      "Monday with your documents to collect your letter.\n\nRegards,\nHR Unit"),
    m("Clinical Research Associate - it's a yes!",
      "Hi Sinead!\n\nThey want you! The Dublin client has come back with a yes for the CRA II role. Package is as "
      "we discussed, plus a car allowance. Give me a ring when you can.\n\nDeclan"),
    m("Re: Social media",
      "Ella!!! We'd love you to join us 💛🥐 Can you start in 2 weeks? x"),
    m("Offer of employment - Process Engineer",
      "Dear Siddharth,\n\nWith reference to your application and subsequent interview, we are pleased to offer you "
      "the position of Process Engineer in Grade M2 at our Visakhapatnam plant. Your CTC will be INR 11,40,000 per "
      "annum. Kindly sign the duplicate copy of this letter as a token of your acceptance.\n\nWarm regards,\nHR "
      "Department\nSurya Pharmaceuticals Pvt. Ltd."),
    m("Weekend Visitor Assistant",
      "Dear Rosie,\n\nOne of our new starters has withdrawn, and we would be very pleased if you would take the "
      "weekend post. Please let me know if you are still interested.\n\nWarm regards,\nVisitor Experience Team",
      note="offer phrased as a request"),
    m("Re: Embedded SWE",
      "Jamal - good news, funding came through on the follow-on after all. Req is back open and it's yours. HR "
      "will send the contingent letter pending clearance transfer. Mike"),
    m("Medical Assistant - Lakeview",
      "Hi Grace,\n\nI'm happy to tell you that we would like to hire you as a Medical Assistant at Lakeview Family "
      "Practice, $21/hour, full time. Please let me know if you accept and we'll get your onboarding started.\n\n"
      "Thanks!\nDana, Practice Administrator"),
    m("Re: Partnerships Lead",
      "Hi Fatima,\n\nI owe you an apology for going quiet. The good news is that the delay was budget sign-off, and "
      "it's now signed off. We would like you to be our Partnerships Lead. Would you be able to talk tomorrow about "
      "start dates?\n\nJo"),
]

OFFER += [
    m("WELCOME TO THE TEAM",
      "Hi Marcus,\n\nIt's official - we're delighted to have you join the Marketplace team as Senior Data Engineer. "
      "Your signed letter came through, and your start date is confirmed.\n\nBest,\nPeople Team",
      note="confirms an accepted offer; still the offer message"),
    m("Head of Science",
      "Dear Mr Abara,\n\nThe governors met this evening and I am very pleased to tell you that they wish to appoint "
      "you as Head of Science from Easter, subject to the usual pre-employment checks. Could you ring me tomorrow "
      "to confirm that you accept?\n\nYours sincerely,\nMrs J. Ellison\nHeadteacher"),
    m("Congratulations!",
      "Dear Jess,\n\nI'm thrilled to share that we'd like to offer you the Associate Scientist role at Larkspur Bio. "
      "The team was unanimous. Formal letter to follow from Tanya.\n\nWarmly,\nDr. Paul Egan\nVP Research"),
    m("Re: Commis Chef",
      "Hi Marco, Chef wants you back. He'll take you on a three-month trial as commis from Monday, 7am. Bring whites. "
      "Laura"),
    m("Re: Accountant",
      "Dear Thomas,\n\nMr Holloway has thought further over the weekend and would like you to join the family "
      "office after all. He suggests a start on 1 February, on the salary discussed. I'll draft a letter.\n\n"
      "Kind regards,\nSusan Price"),
    m("Re: Graphics programmer",
      "Ji-woo - hiring committee approved. we'd like to bring you on as Graphics Programmer II. I'll get recruiting "
      "to send numbers today. super excited!!\n\nAlexei"),
    m("Assistant Buyer",
      "Hi Chloé,\n\nRemember we said we'd keep you in mind? The Childrenswear Assistant Buyer role has come through "
      "early and the team would like you to take it, without another interview. Salary £31,000. Interested?\n\n"
      "Talent Team",
      note="offer phrased as a question"),
    m("Outpatient Pharmacist",
      "Hi Adebola,\n\nGood news: the other candidate declined, and we would like to offer the outpatient pharmacist "
      "position to you. I'll call you this afternoon with the details.\n\nRachel"),
    m("Re: Trainee Surveyor",
      "Hiya Liam - change of plan, the lad from the college dropped out so the job's yours love. Can you come in "
      "Monday? Sharon"),
    m("Offer - Junior Consultant",
      "Dear Mateo,\n\nFollowing your final-round interviews, I'm delighted to extend you an offer to join the firm as "
      "a Junior Consultant in our Toronto office, starting September 2027. Your offer package is attached.\n\nCampus "
      "Recruiting"),
    m("Sports Therapist",
      "Dear Megan,\n\nI'm pleased to let you know that we'd like to appoint you as Academy Sports Therapist. Please "
      "confirm you're happy to proceed and I'll ask HR to issue the contract.\n\nDr Rob Patel"),
    m("Welcome aboard, Jade!",
      "Hey Jade - sales picked up so we're hiring after all! Want the job? 4 days, starts 1st. Marie 🥖"),
    m("Employment Confirmation - Hotel Sales Manager",
      "Dear Mr Santos,\n\nGood day!\n\nWe are pleased to inform you that you have been chosen for the position of "
      "Sales Manager. Kindly report to the HR office on Monday, 30 November 2026 at 9:00 AM for your contract signing "
      "and orientation.\n\nRespectfully yours,\nHR Department, Pacific Crown Hotels Manila"),
    m("Re: Little Lantern",
      "Priya! We got the publisher deal!!! Which means we can finally hire - would you come on as our first "
      "full-time artist? Salary details in the attached. 🥹🏮\n\nMaddie"),
    m("Surgical Scheduler",
      "Keisha, the other candidate took another job. Would you still want it? If so it's yours - starting pay as "
      "posted. Donna"),
    m("Your place on the Finance Graduate Scheme",
      "Dear Eoin,\n\nFollowing your assessment centre, we're pleased to confirm that you have been successful and we "
      "would like to welcome you onto the 2027 Finance Graduate Scheme. Full details of your offer can be found in "
      "your candidate portal.\n\nGraduate Recruitment",
      headers=ATS),
    m("Re: BD Lead",
      "Hi Chris,\n\nWe took it to the members' meeting last night and they voted to take you on as BD Lead. It's a "
      "flat pay structure as you know. Welcome to the co-op!\n\nPete"),
    m("Maintenance Technician - Appointment",
      "Dear Ikechukwu,\n\nWe are pleased to inform you that you have been offered appointment as Maintenance "
      "Technician. Resumption date is 4th January 2027. Kindly acknowledge receipt.\n\nRegards,\nHR"),
    m("Re: Digital Editor",
      "Hi Layla,\n\nI'll keep this short because I'm excited: the paywall candidate pulled out, and honestly, "
      "having reflected, you were the one I wanted to work with. Would you come and be our Digital Editor? Terms "
      "as discussed.\n\nNeil"),
    m("Contract - Hockey Development Officer",
      "Dear Fraser,\n\nThe successful candidate has had to withdraw for family reasons, and the panel would like to "
      "appoint you to the role. The contract is attached; let us know if you accept.\n\nKind regards\nRecruitment"),
    m("Director, Supply Chain - verbal",
      "Vikram,\n\nAs discussed by phone a moment ago, confirming that Crestline's client would like you to accept the "
      "role of Director, Supply Chain at a base of $245,000 plus 30% target bonus. Written offer to follow from "
      "their HR by Wednesday.\n\nLaura",
      note="verbal offer on the phone, confirmed here"),
    m("Re: Store Design",
      "Nathan - freeze has been lifted for two roles and yours is one of them. We'd like you to join as Store Design "
      "Coordinator. I'll send the paperwork.\n\nAmelia"),
    m("Commercial Trainee",
      "Dear Kunle,\n\nFurther to your final interview, we are delighted to offer you a place as a Commercial Trainee "
      "starting in March 2027, subject to satisfactory references and right to work checks.\n\nYours sincerely,\n"
      "Graduate Resourcing"),
    m("Re: Content role",
      "Hi Ayesha,\n\nThe person we hired has left after two weeks (!), so I'm coming back to you - we'd really like "
      "you to take the Content Strategist role if you're still available. Let me know?\n\nMichelle"),
    m("Policy Adviser - provisional offer",
      "Dear Ms Fernando,\n\nWe are pleased to make you a provisional offer of appointment as Policy Adviser, Trade, "
      "subject to security clearance and references. Please complete the attached forms.\n\nRecruitment Team, "
      "High Commission"),
    m("Re: GP Receptionist",
      "Hi Bethan, we'd like you to start with us as receptionist - 25 hours a week, on the rota we discussed. "
      "Would the 7th December be OK? Julie"),
    m("Producer",
      "Hi Darnell,\n\nUpdate you didn't expect: the product lead wants to bring you in after all, as an Associate "
      "Producer. It's a level below the one you interviewed for, with a review at six months. Would you "
      "consider it?\n\nKira",
      note="offer of a different, lower role"),
    m("Assistant Site Manager - Galway",
      "Patrick - the client pushed the start to February so the CSCS isn't a problem now. We'd like you on board "
      "as assistant site manager. Can you confirm by Friday?\n\nNoel"),
    m("Re: Mechanic",
      "Dean - boss says go on then, start 4th Jan. Bev"),
    m("Volunteer Coordinator",
      "Dear Kwame,\n\nThank you for your patience. I am delighted to say that the trustees have approved your "
      "appointment as Volunteer Coordinator. I will send your statement of terms later this week.\n\nWith warm "
      "wishes,\nHelen Jones\nChief Executive, Brecon Hills Trust"),
    m("Offer of Employment",
      "Dear Keegan,\n\nFurther to our recent discussions, Transnet Freight Partners is pleased to offer you the "
      "position of Depot Controller at our Durban depot, on the terms set out in the attached letter. This offer "
      "is valid for seven days.\n\nKind regards\nHuman Resources"),
    m("Re: that job",
      "hey - we'd love to have you. $30/hr, start whenever. ok? - Tina (Sunny Days Daycare)"),
    m("Franchise Area Manager",
      "Hi Shauna,\n\nI just got off the phone with the owners and they want you as Area Manager for the four "
      "Brisbane stores. I said you'd want to see it all in writing - they'll send it tomorrow. Nice one!\n\nMark\n"
      "Recruitment Partner"),
    m("Post-doctoral Research Scientist",
      "Dear Dr Haddad,\n\nThe other candidate has declined, and I am very pleased to be able to offer you the "
      "position. The appointment would be for two years initially. Please let me know whether you would like to "
      "accept.\n\nBest wishes,\nProf. Kate Lindqvist"),
]


# Plain replies: anything else a person writes back, often full of decoy words.
REPLY += [
    m("Re: Thank you",
      "Hi Olivia,\n\nThank you for the lovely note - it was a pleasure to meet you too. I'll pass your note on to "
      "Priti and Dev as well - they enjoyed the conversation about the cold chain.\n\nBest,\nMark"),
    m("Re: Parking at the site",
      "Hi Jack,\n\nYes, you can park in the visitor bays by Gate 3 - just give your reg to security. The offer "
      "stage only comes after the panel, so don't worry about bringing anything else.\n\nCheers,\nLiz"),
    m("Re: Question about the role",
      "Hi Ayo,\n\nGood question. The role is 60% lab, 40% office, and there's an on-call rota one weekend in six. "
      "Most people in the team came from academia, so you wouldn't be unusual.\n\nHope that helps,\nRobin"),
    m("Re: Sorry - can't make Tuesday",
      "Hi Hamish,\n\nUnfortunately I can't make Tuesday either, as it happens - I'm at the Aberdeen yard. Let's "
      "pick it up when I'm back and I'll send some alternatives.\n\nCheers,\nCallum"),
    m("Re: Interview thank you",
      "Thanks Meera, appreciate it. Enjoy the weekend!\n\nSent from my iPhone"),
    m("Re: Your question about salary bands",
      "Hi Ngozi,\n\nThe band for Grade 7 is £58,000 to £66,000 in London. Most people start at the minimum, and "
      "there's no negotiation at offer stage under the civil service pay rules.\n\nBest,\nRecruitment"),
    m("Re: Article you mentioned",
      "Hi Tobi,\n\nHere's the link to the piece on the Lagos port expansion I mentioned: it's the one from the "
      "weekend edition. Worth a read before anything else.\n\nRegards,\nFunmi"),
    m("Re: Withdrawal",
      "Hi Lena,\n\nThanks for letting us know, and congratulations on your new role. We're sorry to lose you from "
      "the process, but completely understand.\n\n> Dear Ms Park, I've accepted an offer elsewhere and would like "
      "to withdraw my application for the Product Manager role. Thank you for your time.\n\nAll the best,\nGrace",
      note="candidate withdrew; quoted mail has 'accepted an offer'"),
    m("Re: Re: Unsuccessful application query",
      "Hi Dermot,\n\nJust to clarify: the message you received was about the Dublin role, which you applied to "
      "in the summer. Your application for Cork is a separate process and still live with the hiring manager.\n\n"
      "> I got an email saying I was unsuccessful - does that mean Cork too?\n\nBest,\nNiamh",
      note="decoy 'unsuccessful' about another application"),
    m("Re: The book",
      "Ha - yes, I did finish it! The ending was a bit of a cop out. Thanks for the recommendation.\n\nEmily"),
    m("Re: Notice period",
      "Hi Ruth,\n\nThree months is fine for us - that's normal in the sector and wouldn't count against anyone. "
      "Thanks for flagging it.\n\nSimon"),
    m("Re: Hello from the conference",
      "Lovely to bump into you at the careers fair, Chidi! As I said, we don't have anything at the moment, but "
      "I'll keep you in mind.\n\nBest,\nYvonne",
      note="no application; not a rejection of a role"),
    m("Re: follow up",
      "Hey Connor, sorry for the delay, I've been slammed with the launch. I haven't forgotten you!\n\nRay",
      note="delay apology with no decision statement"),
    m("Re: Reference for my previous role",
      "Hi Mariana,\n\nOf course - I'd be very happy to be a referee for you. Just give them my email. Good luck!\n\n"
      "Tom\n\n> Hi Tom, I've just been offered a job at a hospital in Boston pending references - would you be "
      "willing to be one of mine?",
      note="former manager agreeing to be a referee; quoted 'offered'"),
    m("Re: The case study",
      "Hi Yuki,\n\nNo, you don't need to use PowerPoint - a PDF or even a Word document is fine. We care more about "
      "the thinking than the slides.\n\nBest,\nHannah"),
    m("Re: Thank you for today",
      "Dear Ibrahim,\n\nThank you, it was good to meet you too. I am glad you enjoyed the tour of the press hall - "
      "it's usually the highlight.\n\nKind regards,\nCarol"),
    m("Re: Accessibility",
      "Hi Ellis,\n\nAbsolutely, we can arrange a ground-floor room and extra time on the written test. Thanks for "
      "letting us know.\n\nAnna"),
    m("Re: Coffee?",
      "Hey! Would love to grab a coffee next time you're in Melbourne - no agenda, just keen to hear what you're up "
      "to. Ping me. - Jas",
      note="coffee invitation without a role"),
    m("Re: Hi",
      "Hi Sunny, this is Farah from the clinic, you left your umbrella in reception! We'll keep it at the front desk.\n\nFarah"),
    m("Re: Offer from another company",
      "Hi Akash,\n\nThanks for being transparent about the other offer. I can't speed our process up beyond what I "
      "told you, I'm afraid, so you'll need to weigh it on what you know now. Whatever you decide, I understand.\n\n"
      "Regards,\nNatalie",
      note="'offer' is from another company; no outcome from this employer"),
    m("RE: Pension question",
      "Hi Siobhan,\n\nThe employer pension contribution is 8% with a 4% employee match, and the scheme is with a "
      "master trust. Happy to send the summary if useful.\n\nRegards,\nHR Helpdesk"),
    m("Re: Visa sponsorship",
      "Hi Diego,\n\nYes, we are a licensed sponsor and have sponsored Skilled Worker visas for engineers before. "
      "It wouldn't be an obstacle for this role.\n\nBest,\nPriya"),
    m("Re: Introduction",
      "Thanks Kate for the intro (moving you to bcc). Hi Rohan, nice to e-meet you! Happy to chat about the "
      "team and what we're building, no decisions, just a chat.\n\nMax"),
    m("Re: Interview feedback request",
      "Hi Nadia,\n\nI'm not able to share written feedback I'm afraid - it's company policy - but you're welcome to "
      "call me.\n\nThanks,\nOwen",
      note="feedback for an earlier outcome; no outcome here"),
    m("Re: Sorry I was late",
      "No worries at all Jake, the traffic on the M62 was awful this morning. It didn't affect anything.\n\nLouise"),
    m("Re: Laptop",
      "Hi Rosa, you can drop the laptop back at reception any day this week. Thanks!\n\nIT Service Desk"),
    m("Re: Quick thank you",
      "Dear Aroha,\n\nThank you for the thank-you card - the team loved it. It's on the staffroom board.\n\nNgā mihi,"
      "\nWhaea Mere"),
    m("Re: Resignation",
      "Hi Sade,\n\nI've received your resignation and I'm sad to see you go, but congratulations on the new job. "
      "Let's sort out your last day.\n\nCheers,\nMike",
      note="current employer accepting resignation"),
    m("RE: RE: Still waiting",
      "Hello Anil,\n\nI'm not the right person for this, I'm afraid - I'm in payroll. I've forwarded your email to "
      "the recruitment inbox.\n\nThanks,\nJenny"),
    m("Re: Thanks for the call",
      "Thanks for the chat Ola! Like I said, the process usually ends in an offer call with the VP, and then the "
      "written offer within a couple of days. Good luck with the rest.\n\nKeith",
      note="describes the offer stage; no offer"),
    m("Re: My interview on Friday",
      "Hi Mia,\n\nUnfortunately I'm not the hiring manager for that post - that's Steph Green. Cc'ing her here.\n\n"
      "Regards,\nKaren"),
    m("Re: Thank-you note",
      "Appreciate it Luis! Great talking sports analytics with you. Go Leafs.\n\nDev"),
    m("Re: Game jam",
      "Ha, yes, I remember your jam entry - the one with the frog! Great to hear from you. We're not hiring juniors "
      "right now but I'll share your portfolio with the team for fun.\n\nSophia",
      note="unsolicited; 'not hiring' without an application"),
    m("Re: Questions from the panel",
      "Hi Gaurav,\n\nThe panel asked me to pass on their thanks for your detailed answer to the follow-up question "
      "on batch release. They found it helpful.\n\nRegards,\nSarah"),
    m("Re: Interview",
      "thx 👍"),
    m("Re: Lunch",
      "Hi Bella,\n\nYes, lunch is provided on the assessment day - let us know about any dietary needs.\n\nEarly "
      "Careers Team"),
    m("Re: Decision",
      "Hi Marcus,\n\nI'm afraid I can't share anything about the decision as I'm not involved in that search - I "
      "just handle the travel booking. Have you tried Rachel?\n\nJoy",
      note="'decision' and 'afraid' decoys; wrong person"),
    m("Re: The commute",
      "Hi Eilidh,\n\nMost of the team get the train from Waverley - it's 25 minutes, and the office is a 5-minute "
      "walk from the station.\n\nBest,\nIain"),
    m("Re: Thank you!",
      "Dear Mr. Tanaka, thank you for your kind message. It was our pleasure. I wish you a nice weekend.\n\nBest "
      "regards,\nFrau Schulz"),
    m("Re: Request for feedback",
      "Hi Joel,\n\nHappy to help. Overall the panel liked your answers on stakeholder management; the area to work "
      "on would be giving more specific numbers in your examples.\n\nAll the best,\nTanya",
      note="feedback after an earlier outcome; no outcome here"),
    m("Re: Re: Application",
      "Hi Yasmin,\n\nYour message below has come to the wrong place - this is the press office. I'd suggest "
      "emailing careers@ instead.\n\n> Dear Sir/Madam, I am writing to ask if my application was unsuccessful, as "
      "I have not heard anything since my interview.\n\nPress Office",
      note="quoted 'unsuccessful' from candidate"),
    m("Re: Wi-fi",
      "The password is on the back of the badge. See you at 9. - Tom",
      note="could be scheduling; only answers a practical question"),
    m("Re: Offer",
      "Hi Nicola,\n\nCongratulations on accepting - you'll be brilliant. We'll need to sort your laptop and badge "
      "before the 11th, so I'll loop in IT.\n\nBest,\nSam",
      note="subject 'Offer' is the candidate's own; the offer has been made and accepted earlier"),
    m("Re: Cricket",
      "Yes! The office team play every Thursday in summer. You'd be very welcome, whatever happens with the "
      "application. Raj",
      note="decoy 'whatever happens'"),
    m("Re: Sorry for the delay",
      "Hi Fiona,\n\nNo problem at all, thank you for getting the form back. All received.\n\nRegards,\nClaire",
      note="confirms receipt of a form; close to ack"),
]

REPLY += [
    m("Re: Interview - follow-up thoughts",
      "Hi Omar,\n\nThanks for sending the extra thoughts on the dispatch routing problem. I've shared them with "
      "the team. Genuinely interesting idea about batching by postcode.\n\nBest,\nRuth"),
    m("Re: Re: Thank you & a question",
      "Hi Tanvi,\n\nTo answer your question: yes, the role is hybrid, two days in the Pune office. And thanks for "
      "the kind words - we enjoyed it too.\n\n> Thank you for the interview today. Is the role hybrid? I would be "
      "delighted to receive an offer and wanted to plan my relocation.\n\nWarm regards,\nNeha",
      note="quoted candidate mail contains 'offer'"),
    m("Re: Unsuccessful",
      "Hi Callum,\n\nThanks for replying so graciously to our news. I've passed your request on to the coach, and "
      "he's happy for you to come and watch a training session in the new year.\n\nLynne",
      note="subject from the earlier rejection; this reply itself carries no outcome"),
    m("Re: Portfolio link not working",
      "Hey Zara, the link works now, thanks - must have been our firewall. Lovely work on the mural project.\n\nNed"),
    m("Re: Agency",
      "Hi Nikhil,\n\nJust so you know, we don't work with agencies for this role, so please apply directly if you "
      "haven't already.\n\nThanks,\nRecruitment"),
    m("Re: Dress code",
      "Smart casual is fine! Nobody wears a tie here except the chairman on match days 😄 - Gemma"),
    m("Re: Re: Re: The meeting room",
      "Oh no, sorry about that - the lift was broken all morning. Glad you found us in the end!\n\nPhil"),
    m("RE: Your call today",
      "Hi Adaeze,\n\nSorry I missed your call - I was in theatre all afternoon. What was it about?\n\nDr Obi",
      note="asks a question back but requests nothing for the application"),
    m("Re: Congratulations",
      "Thank you so much, Ben! It's been a wild week with the product launch. How are things with you?\n\nCarly",
      note="recruiter thanking the candidate for congratulations"),
    m("Re: LinkedIn",
      "Hi Mateus, accepted! Look forward to staying in touch. Sasha"),
    m("Re: Relocation",
      "Hi Erin,\n\nThe relocation package usually covers the first month's housing and a moving allowance, but "
      "it's only discussed if and when an offer is made.\n\nKind regards,\nHR",
      note="'if and when an offer is made' decoy"),
    m("Re: Mentoring scheme",
      "Hi Temi,\n\nI'm so glad the mentoring scheme was useful to you. Send my regards to your mum!\n\nAunty "
      "Bisi"),
    m("Re: I'm unsuccessful?",
      "Hi Kai,\n\nNo! That email was sent in error to everyone on the list by our system - please ignore it. We're "
      "really sorry for the fright. Your application is still with us as normal.\n\nRecruitment Team",
      note="corrects an erroneous rejection; states no outcome"),
    m("Re: Thank you for your time",
      "Dear Lucía,\n\nThank you. It was a real pleasure. The museum is lucky to have so many people who care about "
      "the collection.\n\nBest wishes,\nDr Singh"),
    m("Re: Just checking",
      "Hey, this is the right email address, yes. - Priya",
      note="terse confirmation of an address"),
    m("Re: Interview prep",
      "Hi Nomsa, nothing to prepare beyond what you've already done! Be yourself. The hiring manager is friendly. "
      "Thandi"),
    m("Re: Unable to attend",
      "Hi Dylan,\n\nThat's fine, we're sorry you can't make it - and best of luck with the job you've taken.\n\n> "
      "I'm sorry to say I've accepted another offer and won't be attending the assessment centre.\n\nRegards,\n"
      "Graduate Recruitment",
      note="candidate withdrew; quoted 'offer'"),
    m("Re: Thanks!",
      "Cheers Lachie, was good to chat footy. Have a good one.\n\nDarren"),
    m("Re: Expense claim",
      "Hi Yara,\n\nYour travel expenses for the interview have been approved and will be paid within 10 working "
      "days.\n\nFinance"),
    m("Re: Hello",
      "Hi Joy,\n\nThanks for getting in touch. I've moved to a new role in the Singapore office, so I'm no longer "
      "involved in recruitment for the London team. Afraid I can't say more about that process.\n\nAll the best,\n"
      "Alan",
      note="written by a person, not an auto-reply"),
    m("Re: Interview recording",
      "Hi Sean,\n\nWe don't record interviews, sorry - we just take notes. Thanks for asking though.\n\nMaria"),
    m("Re: Confidentiality",
      "Hi Rebecca,\n\nOf course - your current employer won't be contacted without your permission, and references "
      "are only ever taken at offer stage.\n\nBest,\nCharlotte",
      note="'offer stage' decoy"),
    m("Re: A question about the founder",
      "Honestly he's intense but fair. You'll be fine. - A\n\nSent from my phone"),
    m("Re: Apologies",
      "Dear Mr Chaudhry,\n\nThank you for your apology. It's no trouble at all that you had to leave early. We "
      "covered everything we needed.\n\nRegards,\nMrs Haworth"),
    m("Re: Thank you",
      "Dear Mr Lawal,\n\nThank you for your letter of thanks, which I will pass to the parish council. "
      "God bless.\n\nParish Secretary"),
    m("Re: Blog post",
      "Hi Anya, glad you liked the engineering blog post! The author, Kenji, is on the team you interviewed for, so "
      "you may have already met him.\n\nCheers,\nRecruiting"),
    m("Re: Re: Mix-up",
      "Hi Maxwell, yes, we have two candidates called Max this week, that's what caused the confusion! The "
      "'decision' email you got wasn't meant for you. Sorry!\n\nJo",
      note="decoy: misdirected decision email"),
    m("Re: About the team",
      "Hi Aditi,\n\nThe team is eight people: three analysts, two engineers, a designer and two PMs. You'd sit with "
      "the analysts. The manager, Lorraine, has been here seven years.\n\nBest,\nVictor"),
    m("Re: the shortlisting",
      "Hi Sophie, yes, I can confirm I was on the panel. I'm not able to discuss individual candidates though, "
      "so you'll need to wait for the formal email from HR.\n\nRegards,\nPeter",
      note="declines to comment; no outcome or timeline"),
    m("Re: Gym",
      "Haha there is one in the basement but I've never used it. Ask Ben, he's the gym guy.\n\nSanjay"),
    m("Re: Reunion",
      "So good to hear from you, Yemi! I hadn't realised you'd applied for the role here - small world. I'm not on "
      "the hiring side but I'll buy you a drink if you're ever in Abuja.\n\nChika"),
    m("Re: Holiday booked",
      "Hi Meg,\n\nThanks for letting us know about your holiday in December - that's fine and won't affect anything.\n\n"
      "Kind regards,\nRecruitment"),
    m("Re: thanks",
      "You're welcome 😊"),
    m("Re: Sorry for the delay",
      "No problem Jamie. I'm sure the move has been hectic. Talk soon.\n\nVal",
      note="the candidate apologised for a delay"),
    m("Re: Re: Interview reflections",
      "Hi Alejandro,\n\nI enjoyed reading your reflections, and you're right that the question on the water table "
      "was a curveball. Everyone struggles with it.\n\nBest,\nDr Fraser"),
    m("Re: Student loan",
      "Hi Kyra, I'm afraid I'm not able to advise on that - you'd need to speak to the Student Loans Company.\n\n"
      "Thanks,\nApprentice Team"),
    m("Re: Thank you, Dr Wu",
      "Dear Nikolai,\n\nYou're very welcome. I'm sorry our meeting was cut short by the fire alarm!\n\nBest,\n"
      "Dr Wu"),
    m("Re: News article",
      "Yes, it's true we've been acquired! It doesn't change anything about the hiring plans as far as I know. - Ellie",
      note="reassurance; no outcome"),
    m("Re: Other roles",
      "Hi Anjali,\n\nThe Cardiff role you mentioned is with a different team and I don't know much about it, "
      "but here's the hiring manager's email: k.jones@... Good luck!\n\nDavid"),
    m("Re: Thanks for the tour",
      "Hi Tomás,\n\nIt was a pleasure showing you round the vineyard. Come back for the harvest festival next "
      "year.\n\nIsabel"),
    m("Re: Flowers",
      "Thank you for the flowers, that was so thoughtful! The whole surgery was talking about it. - Julie"),
    m("Re: Availability over Christmas",
      "Hi Ryan,\n\nThanks for letting me know you'll be away between the 20th and 3rd. I'll bear it in mind.\n\n"
      "Best,\nKirsty"),
    m("Re: Re: Badge",
      "Good point Chris, I'll leave your name at security on the day. - Anna",
      note="practical arrangement for a meeting already set; close to scheduling"),
    m("Re: Previous application",
      "Hi Chloe,\n\nYes, applying again is fine - your previous rejection from last year isn't held against you. "
      "Everyone's assessed fresh.\n\nRegards,\nTalent Team",
      note="'rejection' decoy about a previous year"),
    m("Re: Thank you",
      "Dear Ms Banda,\n\nThank you for your kind email. It was a pleasure to welcome you to the Embassy.\n\nYours "
      "sincerely,\nFirst Secretary"),
]


# Next round: an invitation to another interview or stage.
NEXT_ROUND += [
    m("Second interview - Senior Formulation Scientist",
      "Dear Dr Ferreira,\n\nThank you for your first interview. We'd like to invite you to a second stage at our "
      "Macclesfield site, which will include a 20-minute presentation on a formulation challenge of your choice "
      "and a tour of the pilot plant.\n\nPlease let me know your availability in the week of 7 December.\n\n"
      "Kind regards,\nLinda"),
    m("Final round - meet the CEO",
      "Hey Ruby! Great news, the team loved you 🙌 Next (and last!) step is a 30 min chat with our CEO, Amir. "
      "Can you send me a couple of slots next week?\n\nTalia, People @ Sprout"),
    m("Re: Teaching post - next stage",
      "Dear Mr Ahmed,\n\nFollowing shortlisting, we would like to invite you to our interview day on Thursday 3 "
      "December, which will include a 30-minute Year 9 lesson on forces, a student panel and a formal "
      "interview.\n\nPlease confirm your attendance.\n\nKind regards,\nHR Officer, Ridgeway Academy Trust"),
    m("PROGRESSING TO ASSESSMENT CENTRE",
      "Hi Ifeoma,\n\nCongratulations - you've been selected to attend our virtual assessment centre for the 2027 "
      "Logistics Graduate Scheme. It will include a group exercise, a written task and a final interview. Book your "
      "slot via the link in your portal.\n\nEarly Careers Team",
      headers=ATS, note="'congratulations' decoy"),
    m("Case interview invite - Halden & Pryce",
      "Dear Arjun,\n\nThank you for your first-round interviews. We are pleased to invite you to the final round, "
      "which consists of two case interviews with partners and a fit interview. The final round will take place "
      "in our London office.\n\nRecruiting Team"),
    m("Re: Gameplay Programmer",
      "Hey Finn, the take-home was great. We'd like to bring you in for an onsite - 4 hours, pairing session plus "
      "design chat with the lead. What days work?\n\nMarek"),
    m("Shift observation",
      "Hi Chantelle,\n\nWe'd like you to come back and shadow a day shift on the unit - it's the next step before we "
      "decide. It's paid at the bank rate. Are you free any day next week?\n\nMaureen\nNurse Manager",
      note="shadow shift as a further stage"),
    m("Re: Editorial Assistant",
      "Hi Sophie,\n\nThanks for the sub-editing test. We'd like you to come in and meet the Editor, Moira, for a "
      "second conversation. Nothing to prepare.\n\nBest,\nJack"),
    m("Next steps - Partner meeting",
      "Dear Olumide,\n\nThe committee would like to meet you again, this time with the Chair and two non-executive "
      "directors. This would be the final stage. I'll coordinate dates with you separately.\n\nCharlotte"),
    m("Trial session",
      "Hi Ross,\n\nWe'd like to see you take a session with the U12s on Saturday morning - 45 minutes, your plan. "
      "The academy manager will be watching.\n\nScott"),
    m("Re: Area Manager",
      "Shauna, the owners want to meet you in person before going any further - it'll be a walk-round of two of the "
      "stores and lunch. Mark"),
    m("Invitation to second interview",
      "Dear Mr Otieno,\n\nWe are pleased to inform you that you have been shortlisted for the second interview for "
      "the position of Finance Officer. The interview will be held at our offices on Ngong Road. Kindly bring your "
      "original certificates.\n\nHuman Resources"),
    m("Technical panel",
      "Hi Sana,\n\nYou've progressed to the technical panel for the Avionics Engineer position. The panel will "
      "include a 45-minute whiteboard discussion on DO-178C and a conversation with the chief engineer.\n\nPlease "
      "use the scheduling link to pick a time.\n\nThanks,\nRecruiting",
      headers=ATS),
    m("One more conversation",
      "Hi Gabriel,\n\nBefore the board makes a decision, they'd like you to meet two of our trustees - an informal "
      "hour over coffee, no presentation. Could you do something next week?\n\nAnne-Marie",
      note="'before the board makes a decision' sounds like deciding"),
    m("Re: Curator role",
      "Dear Hannah,\n\nYou have been shortlisted for the Assistant Curator post. We'd like you to give a 10-minute "
      "presentation on an object in the collection, followed by an interview.\n\nWith best wishes,\nDr Eleanor Vane"),
    m("Re: Barista",
      "Hey Tama, you made it through, can you come do a trial shift Saturday 7-11? Hana",
      note="trial shift invitation"),
    m("Written exercise",
      "Dear Wanjiru,\n\nFollowing the review of your application, you are invited to complete a timed written "
      "assessment for the Programme Officer position. The assessment will be sent to you by email and must be "
      "returned within three hours.\n\nHuman Resources Section"),
    m("Psychometric tests",
      "Hi Jake,\n\nThanks for your interview. The next stage is a set of online ability tests (numerical and verbal). "
      "The link will arrive from our partner shortly. Please complete them within five days.\n\nGraduate "
      "Recruitment"),
    m("Re: Level designer",
      "Niamh - we'd love to see a bit more. Could you do a short paid blockout test (about 6 hours)? If that goes well "
      "we'd do a final chat with the studio head.\n\nOwen"),
    m("Panel interview - Youth Pastor",
      "Dear Josh,\n\nThe elders have asked to meet you for a second conversation, and we'd love you to lead a short "
      "devotion at our Wednesday youth night so the young people can meet you too.\n\nEvery blessing,\nRev. "
      "Sarah"),
    m("Meet the team",
      "Hi Lerato! Next step is meeting the whole team for a coffee in the shop - it's informal, but it is part "
      "of the process 😊 When are you free? Nandi"),
    m("Final stage interview",
      "Dear Ms Chua,\n\nWe are pleased to inform you that you have been shortlisted for the final stage of the "
      "selection process for the position of Assistant Manager, Operations. Details will be sent in a separate "
      "email.\n\nBest regards,\nHuman Resource Department, Merlion Port Services"),
    m("RE: Your application - next step",
      "Good morning Ricardo,\n\nThe hiring manager would like a second interview with the maintenance supervisor "
      "on the shop floor. It will take about an hour. Could you come on Tuesday or Wednesday?\n\nRegards,\nHR"),
]

# Scheduling: arranging or moving the time or place of a meeting already agreed.
SCHEDULING += [
    m("Re: Second interview",
      "Hi Priya,\n\nWould Wednesday 2 December at 10:30 work? If not, Thursday after 2pm is also fine.\n\nBest,\n"
      "Linda"),
    m("Change of room",
      "Hi all, just a heads-up that tomorrow's interview has moved to Meeting Room 4 on the 2nd floor. Same time. "
      "Reception will direct you. - Karen"),
    m("Calendar invite: Final round with Amir",
      "Hi Ruby, here's the link to book your slot with Amir: https://cal.example.com/sprout/amir-30. Any time "
      "that shows is fine! Talia"),
    m("RESCHEDULE - Panel interview",
      "Dear Mr Ahmed,\n\nDue to staff illness, we need to move your interview from Thursday 3 December to Tuesday "
      "8 December, same times. I apologise for the inconvenience. Please confirm that this is possible.\n\nHR "
      "Officer"),
    m("Re: Onsite",
      "Finn - Tuesday 1st works. 10am at the studio, ask for me at the front desk. Marek"),
    m("Re: Call tomorrow",
      "Can we push to 4pm? Stuck in a board meeting. Sorry! - Nik"),
    m("Confirmation: Interview on 30 November",
      "Dear Ifeoma,\n\nThis is to confirm your assessment centre slot on Monday 30 November 2026, 09:00-15:30 "
      "(GMT). Joining instructions are attached.\n\nEarly Careers Team",
      headers=ATS),
    m("Re: Meeting the trustees",
      "Hi Gabriel, Tuesday at 3 at the café downstairs works for both trustees. Thanks for being flexible! "
      "Anne-Marie"),
    m("Teams link",
      "Hi Dara,\n\nPlease find below the Teams link for your interview on Thursday at 11:00.\n\nJoin Microsoft Teams "
      "Meeting\nMeeting ID: 372 118 604 221\n\nThanks,\nRecruitment Coordinator"),
    m("Re: Saturday",
      "Hey Ross, small change - the U12s are training at the astro pitch not the main ground on Saturday. Same time. "
      "Scott"),
    m("Time zone",
      "Hi Lakshmi,\n\nJust checking - when you said 9am, was that IST or GMT? The panel is in London, so 9am GMT "
      "would be 2:30pm for you. Let me know which you meant.\n\nBest,\nMatt"),
    m("Re: Interview",
      "Hi Noor, sorry I have to cancel today, my daughter is unwell. Can we do Friday, same time? Apologies. Jane",
      note="cancels and moves; no outcome"),
    m("Directions",
      "Hi Sipho,\n\nThe depot is off the N3 at exit 182. Once you're through the gate, park by the blue building "
      "and call me on arrival. See you at 8.\n\nKeegan"),
    m("Re: Visit to the Embassy",
      "Dear Ms Banda,\n\nYour interview is confirmed for Wednesday 25 November at 14:00. Please bring your passport "
      "for security. Arrive 20 minutes early.\n\nEmbassy Human Resources"),
    m("Rescheduled: Technical panel",
      "Hi Sana, the chief engineer has a clash so we've moved your panel to Friday 4 December, 1pm Pacific. Updated "
      "invite on its way.\n\nRecruiting"),
    m("Re: Coffee with the team",
      "Lerato, yes Wednesday at 3 is perfect! See you then 😊 Nandi"),
    m("Interview slots",
      "Hi Connor,\n\nThank you for your interest in the role. Please choose one of the following slots for your "
      "interview:\n\n- Mon 30 Nov, 10:00\n- Mon 30 Nov, 14:00\n- Tue 1 Dec, 11:30\n\nReply with your choice.\n\n"
      "Regards,\nHR"),
    m("Re: Trial shift",
      "Saturday 7am is fine. Come in the back door by the bins. Hana"),
    m("Zoom details",
      "Hi Rahul, ahead of Thursday: Zoom ID 889 212 7744, passcode Halden1. Partners will join at 2:00 UK time. "
      "Recruiting"),
    m("Re: Call",
      "Hey Jordan - 5:30 works. I'll call your cell. Rick"),
    m("Parking & arrival - Monday",
      "Hi Ewan,\n\nFor Monday, please sign in at the main gate at 08:45 - the guards will have your name. We'll "
      "provide PPE for the site tour.\n\nThanks,\nCarol\nPA to the Project Director"),
    m("Re: Moving our chat",
      "Hi Kwame, no problem at all - let's do next Tuesday instead, same time. I've updated the invite. Helen"),
]

# Requests: the employer asks the candidate for something.
REQUEST += [
    m("References",
      "Dear Dr Ferreira,\n\nCould you please send us the names and contact details of two referees, one of whom "
      "should be your current or most recent line manager?\n\nKind regards,\nLinda"),
    m("Right to work documents",
      "Hi Callum,\n\nBefore we can go any further, we need to see your right to work documents. Please upload a "
      "copy of your passport or share code via the link below by Friday.\n\nThanks,\nHR"),
    m("Re: Salary expectations",
      "Hi Ana, quick one - what are your salary expectations for this role? The hiring manager asked. Brianna"),
    m("Portfolio please",
      "hey Ji-woo, can you send over your reel + any code samples you're allowed to share? 🙏 Alexei"),
    m("DBS application",
      "Dear Mr Kaur,\n\nPlease complete the enhanced DBS application using the link below and bring three forms of "
      "ID to the school office by 4 December.\n\nKind regards,\nSchool Business Manager",
      note="pre-employment check after an offer"),
    m("Missing information",
      "Dear Chinedu,\n\nYour application is missing your COREN registration certificate. Kindly send a scanned "
      "copy at your earliest convenience.\n\nRegards,\nHR Unit"),
    m("Re: Reference check",
      "Hi Sinead, the client needs a reference from your current manager before they'll confirm anything - can you "
      "give me their details? Declan"),
    m("Form to complete",
      "Hi Tyrone,\n\nPlease complete the attached health questionnaire and return to Occupational Health. They also "
      "need your vaccination records (Hep B, MMR).\n\nThank you,\nHR Onboarding"),
    m("Your certificates",
      "Dear Mr Otieno,\n\nPlease scan and email your CPA certificate and your university transcript before the "
      "second interview.\n\nHuman Resources"),
    m("Writing samples",
      "Hi Layla,\n\nCould you send me two or three pieces you've edited, ideally with a note on what you changed? "
      "It'll help me make the case to the managing editor.\n\nNeil"),
    m("Security clearance form",
      "Hi Jamal,\n\nPlease complete the SF-86 in e-QIP - you'll receive an invitation from the government portal "
      "shortly. Let me know if you have questions.\n\nFacility Security Officer"),
    m("Re: Interview",
      "Hi Yusuf, could you send an up-to-date CV? The one we have is from 2024. Thanks, Sam"),
    m("Notice period & start date",
      "Hi Shauna,\n\nCould you let me know your notice period and earliest start date? The owners want to plan "
      "rosters.\n\nMark"),
    m("Teaching certificate",
      "Dear Ms Pritchard,\n\nCould you please send a copy of your QTS certificate and your induction completion "
      "letter? We need them for our single central record.\n\nKind regards,\nHR, Oakfield Academy"),
    m("Bank details for expenses",
      "Hi Elif, to reimburse your train fare, please fill in the expenses form with your bank details and receipts. "
      "Rachel",
      note="request for expenses details"),
    m("Re: Reference",
      "Dear Pastor, we have received the name of your referee. Could you also give us a character reference from "
      "your home church? God bless, Parish Office",
      note="addressed to a candidate who is himself a pastor"),
    m("Equal opportunities form",
      "Dear applicant,\n\nThank you for applying. Please complete the optional equal opportunities monitoring form "
      "attached. It is kept separately and is not used in shortlisting.\n\nRecruitment Team"),
    m("Passport copy",
      "Dear Mr Santos,\n\nKindly submit a clear copy of your passport, NBI clearance and SSS number by Wednesday "
      "for processing.\n\nHR Department"),
    m("Your availability",
      "Hi Megan,\n\nCould you send me your availability for match days over December? We need to plan cover.\n\n"
      "Dr Rob Patel"),
    m("Re: Case study",
      "Hi Rahul,\n\nPlease send us your written case answer (max 4 pages) by Monday 9am so the partners can read "
      "it before your interview.\n\nRecruiting"),
    m("Photos for your ID",
      "Hi Ivana, please send a passport-style photo for your site badge, plain background. Thanks! Stefan"),
    m("Criminal record declaration",
      "Dear Lowri,\n\nAs part of safer recruitment, please complete the attached self-declaration form and return it "
      "before your interview on Friday.\n\nYours sincerely,\nSchool Office"),
]


# Deciding: no outcome yet, with or without a time for the decision.
DECIDING += [
    m("Re: Update?",
      "Hi Marcus,\n\nUnfortunately we still haven't decided - two of the panel were off sick last week. I'm hoping "
      "to have an answer for you by Friday.\n\nBest,\nLinda",
      when="by Friday", date="2026-11-27", note="'unfortunately' but no outcome"),
    m("Head of Science - timing",
      "Dear Mr Abara,\n\nThank you for your patience. The governors will consider the panel's recommendation after "
      "the board meets on the 14th, and I will write to all candidates the following day.\n\nYours sincerely,\n"
      "Clerk to the Governors",
      when="after the board meets on the 14th", date="2026-12-14"),
    m("Re: Any news?",
      "Hey Tom, no news yet sorry mate, still waiting on the publisher to sign off headcount. Will shout when I "
      "know. J",
      note="no time given"),
    m("Status of your application",
      "Dear Olumide,\n\nI wanted to give you a quick update. The Chair is travelling this week, so a decision won't be "
      "made until early December. I'm sorry I can't be more precise.\n\nCharlotte",
      when="early December"),
    m("Re: Follow-up - RN position",
      "Hi Destiny,\n\nThanks for checking in! We're still interviewing this week and should have a decision "
      "early next week.\n\nMaureen",
      when="early next week"),
    m("Where things stand",
      "Hi Niamh,\n\nI'm sorry it's gone quiet. The short version: we haven't made a call yet. The studio head is "
      "weighing this role against a tools programmer hire, and until that's settled I can't give you an answer "
      "either way. I hate leaving you hanging.\n\nOwen",
      note="sounds negative; no outcome"),
    m("Re: Reporter role",
      "Hi Osian, still with the editor I'm afraid. Should be this week. Gwen",
      when="this week"),
    m("Re: Just checking in",
      "Hi Kofi,\n\nSorry for the delay - we're still with the panel and haven't reached a decision. I'll be in "
      "touch as soon as I can.\n\nPaula"),
    m("Re: Timeline",
      "Dear Ms Nakamura,\n\nThe General Manager will finalise the appointment on Thursday, and we will notify "
      "all candidates on that day.\n\nWarm regards,\nPeople & Culture",
      when="on Thursday", date="2026-11-26"),
    m("Interview outcome - delay",
      "Dear Candidate,\n\nWe regret to inform you that there will be a delay in communicating the outcome of the "
      "interviews for the post of Logistics Coordinator. The panel is expected to conclude by 4 December 2026.\n\n"
      "Human Resources Manager",
      when="by 4 December 2026", date="2026-12-04", note="'we regret to inform you' decoy"),
    m("Re: decision?",
      "not yet! founders still arguing lol. soon i promise - Talia"),
    m("Re: Following up on my application",
      "Hi Ana,\n\nI don't have an update yet, unfortunately. The hiring manager is out until the 30th, and I expect "
      "to hear from him shortly after that.\n\nBrianna",
      when="after the 30th", date="2026-11-30"),
    m("Programme Officer - status",
      "Dear Wanjiru,\n\nThe selection process for this position is ongoing. Candidates will be informed of the "
      "outcome once the review committee has completed its work. We thank you for your patience.\n\nHuman "
      "Resources Section"),
    m("Re: Graduate scheme",
      "Hi Eoin,\n\nThank you for your email. All assessment centre outcomes will be released on Monday 30 November "
      "via the candidate portal.\n\nGraduate Recruitment",
      when="Monday 30 November", date="2026-11-30"),
    m("A quick note",
      "Hi Gabriel,\n\nI know it's been a while. I'm sorry to say we're not there yet - the board is split, and they've "
      "asked for more time. I don't want to put a date on it that I can't keep.\n\nAnne-Marie",
      note="'I'm sorry to say' sounds like a rejection"),
    m("Re: CRA role",
      "Sinead - client's still deciding between you and one other. They've said before Christmas. Declan",
      when="before Christmas"),
    m("Update on the Curator appointment",
      "Dear Hannah,\n\nThe panel has met but the Director must approve the appointment, and she is away until 10 "
      "December. I will be in touch after that date.\n\nDr Eleanor Vane",
      when="after 10 December", date="2026-12-10"),
    m("Re: Apprenticeship",
      "Hi Kyle, we're still going through the practical scores, mate. Won't be long. Apprentice Team"),
    m("Re: Sales Manager",
      "Dear Mr Santos,\n\nGood day! Your application is still under evaluation by the management. We will inform "
      "you of the result as soon as possible.\n\nHR Department"),
    m("Re: Partnerships Lead",
      "Hi Fatima,\n\nStill waiting on budget sign-off, sorry. Finance say mid-December.\n\nJo",
      when="mid-December"),
    m("Re: Any update on the Producer role?",
      "Hey Darnell, nothing yet - the team's split between two profiles and the product lead is back from "
      "leave tomorrow. Expect something from me by Wednesday.\n\nKira",
      when="by Wednesday", date="2026-11-25"),
    m("Re: Status",
      "Dear Rajesh,\n\nYour candidature is under review with the business unit. We will get back to you in due "
      "course.\n\nTalent Acquisition Team"),
    m("Research Scientist - timing",
      "Dear Dr Haddad,\n\nA short note to say the decision has been delayed: the grant start date has moved, and I "
      "would rather confirm the funding before appointing. I expect to be able to write again in early January.\n\n"
      "Kate",
      when="in early January"),
    m("Re: Interview follow up",
      "Hi Leah, no decision yet love, Dad's been in hospital so it's all on hold for a bit. Will let you know. Karen",
      note="on hold briefly for a family reason, not cancelled"),
]

# Acknowledgements: an applicant-tracking system's or mailbox's receipt.
ACK += [
    m("We've received your application - Associate Scientist",
      "Hi Priyanka,\n\nThank you for applying to Larkspur Bio! We have received your application for Associate "
      "Scientist (Req #2291). Our team will review it and get in touch if your background matches the role.\n\n"
      "Larkspur Bio Talent Team\n\nThis is an automated message; please do not reply.",
      headers=ATS),
    m("Application received",
      "Dear Applicant,\n\nThank you for your application for the post of Teacher of English (ref RAT-1142). This "
      "email confirms that your application has been received. Shortlisting will take place after the closing date.\n\n"
      "Ridgeway Academy Trust",
      headers=ATS),
    m("Thanks for your message",
      "Thank you for contacting the Careers Team at Northfield Aerospace Systems. We have received your email and "
      "a member of the team will respond within five working days.",
      headers=ATS),
    m("Your submission: Junior Producer",
      "Hey Zoe! 👋 Thanks for applying to Quarry Lane Games. We got your application for Junior Producer, and a "
      "real human will look at it soon. 🎮\n\n- The QLG Hiring Bot",
      headers=ATS),
    m("Re: Candidate documents",
      "Thank you for your email. This mailbox is for document submission only. Your documents have been received "
      "and will be added to your file.\n\nHR Shared Services",
      headers=ATS),
    m("ACKNOWLEDGEMENT OF APPLICATION",
      "Dear Sir/Madam,\n\nWe acknowledge receipt of your application for the position of Site Engineer. Only "
      "shortlisted candidates will be contacted.\n\nHuman Resources\nAdebayo & Sons Construction Ltd"),
    m("Thank you for applying to St. Anselm Health System",
      "Hi Chantelle,\n\nThank you for your interest in St. Anselm Health System. We have received your application "
      "for Registered Nurse - Med/Surg (Job ID 88217). You can check the status of your application at any time by "
      "logging into your candidate profile.\n\nSt. Anselm Talent Acquisition",
      headers={"Auto-Submitted": "auto-generated", "X-Mailer": "Workday"}),
    m("Your enquiry has been received [ref 55120]",
      "Thank you for contacting the Embassy. Your enquiry has been logged under reference 55120. Please do not "
      "reply to this message.",
      headers=ATS),
    m("Application received: Graduate Engineer 2027",
      "Hi Aisha,\n\nWe've received your application for the Carrow Hale Graduate Engineer Programme 2027. Next, "
      "you'll receive an invitation to our online assessments within 48 hours.\n\nEarly Careers Team",
      headers=ATS, note="mentions the next step but is a receipt"),
    m("We got it!",
      "Thanks for your application to Fern & Flour 🥐 We read every single one and will be in touch if it's a "
      "match! x",
      headers=ATS),
    m("Confirmation of submission",
      "Dear Mr Mwangi,\n\nThis is to acknowledge that your application for Logistics Coordinator (LC/11/26) has "
      "been received by Trans-Rift Freight Ltd. Applications are being processed.\n\nHR",
      headers=ATS),
    m("Re: Follow-up on my interview",
      "Thank you for your email to recruitment@. We aim to reply to all enquiries within 3 working days. If your "
      "enquiry is urgent, please call the recruitment line.",
      headers=ATS, note="mailbox acknowledgement of the candidate's follow-up"),
    m("Thank you for your interest in Halden & Pryce",
      "Dear Arjun,\n\nThank you for submitting your application for the Consultant role in London. We have received "
      "your CV and cover letter and will review them carefully.\n\nRecruiting Team",
      headers=ATS),
    m("Application Acknowledgement",
      "Dear Applicant,\n\nWe acknowledge with thanks the receipt of your application for the post of Programme "
      "Officer. Due to the high volume of applications, only candidates under serious consideration will be "
      "contacted.\n\nHuman Resources Section",
      headers=ATS),
    m("Received: Your CV",
      "Hi there,\n\nThanks for sending your CV to Harwood Retail Recruitment. One of our consultants will review it "
      "and call you if we have a suitable role.\n\nThe Harwood Team",
      headers=ATS),
    m("Thanks, Leilani!",
      "Aloha Leilani,\n\nThanks for applying for the Guest Services Agent role at our Waikiki property. Your "
      "application is in, and our team will review it shortly.\n\nMeridian Hotels & Resorts",
      headers=ATS),
    m("Your message to Tidewater Gallery",
      "Thank you for writing to The Tidewater Gallery. This inbox is checked on weekdays. We have received your "
      "message and will reply as soon as we can.",
      headers=ATS),
    m("Application complete",
      "Thanks Jorge! Your application for Manufacturing Technician (B shift) at Helix Bio is complete. 🧬\n\nHere's "
      "what happens next: our team reviews applications every Monday.",
      headers=ATS),
    m("Form received",
      "Dear Lowri,\n\nThank you - your completed self-declaration form has been received by the School Office.\n\n"
      "This is an automated response.",
      headers=ATS),
    m("Application ID 4411902 received",
      "Dear Rajesh,\n\nGreetings from Coastline Logistics! This is to confirm that your application (ID 4411902) has "
      "been successfully submitted.\n\nThanks & Regards,\nTalent Acquisition Team",
      headers=ATS),
]


# Auto-replies: out of office, leave, gone, mailbox not monitored.
AUTO_REPLY += [
    m("Out of Office: Re: Second interview",
      "Thank you for your email. I am out of the office attending a conference until Monday 30 November, with "
      "limited access to email. For urgent recruitment matters please contact careers@brightwater-tx.example.\n\n"
      "Linda Hart",
      headers=AUTO),
    m("Automatic reply: Interview follow-up",
      "I'm on annual leave until 7 December. I will respond to your email on my return.\n\nMaureen",
      headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"}),
    m("Re: Thank you",
      "Hi! I'm on parental leave until March 2027. 👶 For anything about recruitment, please email "
      "talent@sprout.example and one of the team will help.\n\nTalia",
      headers=AUTO),
    m("Auto: I no longer work here",
      "Thank you for your message. Brianna Cole no longer works at Compass Freight. Please redirect your enquiry to "
      "talent@compassfreight.example.",
      headers=AUTO),
    m("Out of office",
      "I'm away from the school on a residential trip with Year 7 until Friday. Emails will be answered on my "
      "return. For urgent matters, please call the school office.\n\nMrs K. Shah",
      headers={"X-Autoreply": "yes"}),
    m("Automatic reply: Following up",
      "Thanks for your email. I'm currently travelling between Lagos and London with intermittent access. I'll "
      "reply as soon as I can.\n\nCharlotte Beaumont\nAshcombe Search Partners",
      headers={"Auto-Submitted": "auto-replied", "Precedence": "auto_reply"}),
    m("OOO",
      "OOO till Mon. Text me if urgent. - Nik",
      headers=AUTO),
    m("Re: Site Engineer",
      "This mailbox is not monitored. Please do not reply to this email. To contact the HR Unit, call our office "
      "between 9am and 4pm.",
      headers=AUTO),
    m("Abwesenheitsnotiz: Your application",
      "Vielen Dank für Ihre Nachricht. Ich bin bis zum 4. Dezember nicht im Büro. In dringenden Fällen wenden Sie "
      "sich bitte an personal@example.de.\n\nThank you for your message. I am out of the office until 4 December. "
      "For urgent matters please contact personal@example.de.",
      headers=AUTO),
    m("Automatic reply: Case study submission",
      "I'm on a client site this week and checking email only in the evenings. If your message is about an "
      "interview, please contact the recruiting coordinator, Ben Lyle.\n\nGeorgina Lamb",
      headers=AUTO),
    m("Out of Office - Christmas closure",
      "Our offices are closed from 24 December to 4 January. We will respond to your message when we reopen. "
      "Merry Christmas!\n\nMurphy's Fuels",
      headers={"X-Autoreply": "yes", "Auto-Submitted": "auto-replied"}),
    m("Automatic reply: Any news?",
      "Hello, I am on sick leave. Your email will not be forwarded. Please contact hr@umoya.example.\n\nNomvula",
      headers=AUTO),
    m("Auto Reply",
      "Thank you for your email. I am out of office on official duty until 30th November 2026. Kindly expect delays "
      "in my response.\n\nHuman Resources Manager",
      headers=AUTO),
    m("Out of office: Portfolio",
      "Off at a game jam till Weds 🎮 won't see email. ping me on Discord if it's urgent! - Marek",
      headers=AUTO),
    m("Returned: Your message to Dr Eleanor Vane",
      "Dr Vane is on research leave until 1 April 2027 and is not checking email. For matters relating to the "
      "Prints and Drawings department, please contact the Deputy Keeper.",
      headers=AUTO),
    m("Automatic reply: Reference request",
      "Hi, I have left Harwood Retail Recruitment. My emails are not being read. Please contact "
      "info@harwood.example for help. Thanks, Lisa",
      headers=AUTO),
    m("Out of office: Re: Your offer question",
      "I am out of the office until Wednesday. Your message about the offer has not been read and will be dealt "
      "with on my return.\n\nJo",
      headers=AUTO, note="'offer' in subject and body; automated"),
    m("Auto-reply: Store Manager application",
      "G'day, I'm on leave until 8 December. For store operations contact the area manager. Dave",
      headers={"X-Autoreply": "yes"}),
    m("Automatic reply",
      "Thank you for your email. I work Monday to Wednesday. I will respond on my next working day.\n\nHelen "
      "Jones\nChief Executive, Brecon Hills Trust",
      headers={"Auto-Submitted": "auto-replied"}),
    m("Out of the office - Sabbath",
      "Thank you for your message. Our church office is closed on Fridays and Saturdays. We will reply on Sunday "
      "afternoon.\n\nHarvest Hope Ministries",
      headers=AUTO),
]

# Bulk: newsletters, talent-community mail, job alerts, events sent to many.
BULK_HEADERS = {"List-Unsubscribe": "<mailto:unsubscribe@talent.example>", "Precedence": "bulk"}
BULK += [
    m("New jobs matching 'Process Engineer'",
      "Hi Siddharth,\n\n5 new jobs match your alert:\n\n- Process Engineer II - Hyderabad\n- Senior Process "
      "Engineer - Pune\n- Validation Engineer - Bengaluru\n\nView all jobs\n\nYou are receiving this because you "
      "created a job alert. Unsubscribe.",
      headers=BULK_HEADERS),
    m("Your November Talent Community newsletter",
      "Hello from the Northfield Aerospace Talent Community! This month: meet our new Huntsville team, five tips for "
      "your clearance interview, and our open roles in avionics.\n\nManage preferences | Unsubscribe",
      headers={"List-Id": "<talent.northfield.example>", "List-Unsubscribe": "<https://northfield.example/u>"}),
    m("You're invited: Graduate Open Evening",
      "Join us for our Graduate Open Evening on 3 December in Manchester. Meet our graduates, hear about the "
      "scheme, and enjoy food and drinks. Places are limited - register now!\n\nCarrow Hale Early Careers",
      headers=BULK_HEADERS, note="event invitation to many"),
    m("🎮 Quarry Lane is hiring!",
      "Hey friend! We've got 6 new roles open across art, design and engineering. Check them out and share with "
      "anyone who might be a fit. 💜\n\nThe QLG Team\n\nYou're getting this because you joined our talent "
      "community. Unsubscribe any time.",
      headers=BULK_HEADERS),
    m("Teaching vacancies this week",
      "Dear Teacher,\n\nHere are this week's vacancies across the Vale Learning Trust:\n\n• Teacher of Science - "
      "Oakfield Academy\n• SENCO - Brook Primary\n• Teacher of Music (0.6) - Vale High\n\nTo stop receiving these "
      "emails, update your preferences.",
      headers={"List-Unsubscribe": "<mailto:leave@vlt.example>", "Precedence": "list"}),
    m("Halverson Health Careers: Nursing Hiring Event",
      "Join us Saturday for an on-the-spot Nursing Hiring Event! Interviews on site, offers made the same day "
      "for qualified RNs. Bring your resume.\n\nUnsubscribe from Halverson Health career emails.",
      headers=BULK_HEADERS, note="'offers made the same day' decoy"),
    m("The Weekly Brief from Halden & Pryce",
      "This week: How boards are thinking about AI; the return of the conglomerate; and our alumni on life after "
      "consulting.\n\nYou are receiving this email as a member of our alumni and candidate network.",
      headers={"List-Id": "<brief.haldenpryce.example>", "Precedence": "bulk"}),
    m("Members' newsletter - Winter 2026",
      "Dear Member,\n\nWelcome to the winter newsletter of the Northern Grain Co-operative. Inside: results of the "
      "AGM vote, our new Bradford store, and a recipe for spiced lentil soup.\n\nUnsubscribe",
      headers=BULK_HEADERS),
    m("Job alert: 12 new Logistics jobs near you",
      "12 new jobs for 'logistics coordinator' near Nairobi\n\n• Logistics Coordinator - Trans-Rift Freight\n• "
      "Fleet Controller - Savannah Haulage\n...\n\nSee all jobs",
      headers={"List-Unsubscribe": "<https://jobs.example/unsub>", "Precedence": "bulk"}),
    m("Save the date: Museum Careers Day",
      "The Tidewater Gallery is holding its first Careers Day on 16 January. Come and find out about working in "
      "museums, from conservation to visitor experience. Free, but booking is essential.\n\nYou are receiving this "
      "as a Friend of the Gallery.",
      headers=BULK_HEADERS),
    m("Sunday bulletin",
      "Dear friends,\n\nThis Sunday's services, the Advent carol service, and the youth group's bake sale. Please "
      "keep the youth worker appointment in your prayers as the process continues.\n\nSt Columba's Parish Church\n"
      "To unsubscribe reply STOP.",
      headers={"List-Id": "<bulletin.stcolumbas.example>"}, note="mentions the appointment in passing"),
    m("INTERNSHIP APPLICATIONS NOW OPEN",
      "Applications for our Summer 2027 Internship Programme are now open! 🌟 Spend 10 weeks in regulatory affairs, "
      "manufacturing or R&D. Deadline: 15 January.\n\nNovaris Biologics Early Talent\nUnsubscribe",
      headers=BULK_HEADERS),
    m("Your weekly digest from Harwood Retail Recruitment",
      "Hot jobs this week: Area Manager (North West), Buyer (Leeds), Visual Merchandiser (London). Reply to this "
      "email or call your consultant.\n\nManage your subscription",
      headers=BULK_HEADERS),
    m("Webinar: Breaking into Biotech",
      "Register for our free webinar on 9 December: hear from three scientists who moved from academia into "
      "industry, with live Q&A.\n\nLarkspur Bio Talent Team | Unsubscribe",
      headers=BULK_HEADERS),
    m("Season ticket holders - fixture update",
      "Dear Supporter,\n\nPlease note the changes to the December fixture list below. Kick-off times for the "
      "Boxing Day match have moved to 3pm.\n\nClub Ticket Office\nUnsubscribe from club news",
      headers=BULK_HEADERS, note="club mail unrelated to the application"),
    m("Thank you for attending our careers fair!",
      "Hi there,\n\nThank you for stopping by our stand at the university careers fair. As promised, here's the "
      "link to our graduate roles. We hope to see your application!\n\nMeridian Hotels Careers",
      headers={"Precedence": "bulk", "List-Unsubscribe": "<mailto:u@meridian.example>"}),
    m("Embassy Newsletter - November",
      "Dear Friends of the Embassy, in this issue: the National Day reception, new visa processing times, and "
      "cultural events in December.\n\nTo unsubscribe, click here.",
      headers=BULK_HEADERS),
    m("Apprenticeship Week - come and see us",
      "Thinking about an apprenticeship? Join us at the Open Workshop on Saturday, with demos, tea and cake. All "
      "welcome!\n\nMcLaren Kerr Electrical\n\nUnsubscribe",
      headers=BULK_HEADERS),
    m("Reminder: complete your candidate profile",
      "Hi there, we noticed your candidate profile is only 60% complete. Candidates with complete profiles are 3x "
      "more likely to be contacted by recruiters!\n\nUpdate profile | Unsubscribe",
      headers={"Precedence": "bulk", "List-Unsubscribe": "<https://ats.example/u>", "Auto-Submitted": "auto-generated"}),
    m("The Lowland Courier - Morning Briefing",
      "Good morning. Today: council budget cuts, the new rail timetable and the weekend's football.\n\nYou're "
      "receiving this newsletter because you subscribed at lowlandcourier.example.",
      headers={"List-Id": "<briefing.lowlandcourier.example>", "List-Unsubscribe": "<https://lowlandcourier.example/u>"}),
]


# A few more hard cases: outcomes at the very end or only in the subject, bullet points, capitals.
REJECTION += [
    m("Re: Thursday's interview - long one, sorry!",
      "Hi Saoirse,\n\nFirst, thank you - really - for coming all the way to Belfast. I know the trains were a "
      "nightmare that day. I also wanted to say how much the team enjoyed your answer on the warehouse "
      "safety incident; Gerry still brings it up.\n\nA bit of context on where we are: the business has had a "
      "tough autumn, with two big customers renegotiating, and we've been asked to be much more careful about "
      "every hire. That's meant a lot of back and forth with the finance director about what shape the "
      "operations team should be in for next year, and I'm sorry that's taken so long.\n\nWhere we've landed is "
      "that we need this person to cover transport planning as well as the warehouse, and another candidate "
      "brought more of that, so we've asked them to join us rather than you.\n\nI'd be glad to stay in touch.\n\n"
      "Best wishes,\nClodagh",
      note="outcome buried at the end after a long preamble"),
    m("Unfortunately no - Junior Buyer",
      "Hi Tasha,\n\nThanks for coming in to see us and for your thoughtful questions about our suppliers. Have a "
      "lovely weekend.\n\nRita\nBuying Office",
      note="outcome only in the subject line"),
    m("Interview outcome",
      "Hi Jun Wei,\n\nThanks for meeting the team. A summary:\n\n• Strong technical answers on the routing problem\n"
      "• Good cultural fit\n• Role requires Mandarin and Bahasa for the regional accounts\n\nGiven the last point, "
      "we're not able to proceed with your application for this role.\n\nBest,\nGrace Lim\nHR, Tembusu Logistics"),
]
OFFER += [
    m("YOUR START DATE 🎉",
      "Hi Kemi!\n\n• Role: Store Supervisor, Ikeja City Mall\n• Start: Monday 7 December\n• Pay: as discussed\n• "
      "Bring: ID and bank details\n\nWelcome to the team!! Adaeze, Area Manager"),
    m("Re: Re: Thursday",
      "Hi Wiremu,\n\nThanks again for Thursday - the team were chuffed with how you handled the practical task, and "
      "the board were keen to hear how the site visit went. A couple of things I wanted to mention: the ute comes "
      "with the job, and there's a bit of travel to Rotorua each month. So - if you're still keen, we'd like you "
      "to come on as project engineer from February.\n\nCheers,\nJo Tipene",
      note="offer comes only in the last line"),
]
REPLY += [
    m("Re: Your message about the decision",
      "Hi Erik,\n\nI've read your message - thank you for being so candid about the other process.\n\n> I wanted "
      "to let you know I received an offer elsewhere, but you are my first choice and I'd rather hear from you "
      "before I decide. If I'm unsuccessful, no hard feelings.\n\nI'll talk to the hiring manager today and call you "
      "tomorrow.\n\nCheers,\nMette",
      note="quoted 'offer' and 'unsuccessful'; a promise to call, no outcome"),
    m("Re: Hiring freeze rumours",
      "Hi Dami, I saw the same article. As far as I know it's the US side only, and our team isn't affected. "
      "Nothing has changed on our end. Tolu",
      note="'hiring freeze' decoy"),
    m("Re: Interview thanks",
      "Dear Mr Rahman, many thanks for your kind email. It was good to speak. I will share your note with "
      "Professor Lewis, who is away until next week.\n\nKind regards,\nDepartmental Administrator"),
]
DECIDING += [
    m("Re: Sorry to chase",
      "Hi Abena, not at all. Unfortunately I don't have good news or bad news - the client hasn't come back to me "
      "yet. I'm chasing them again this afternoon.\n\nWill",
      note="'unfortunately' and 'bad news' but no outcome"),
    m("Offer decision timing",
      "Hi Callum,\n\nThe panel will make its final decision, and any offer, after the last interview on 8 "
      "December. You'll hear either way by the 11th.\n\nThanks,\nFiona",
      when="by the 11th", date="2026-12-11", note="'offer' in the subject; no outcome yet"),
]


if __name__ == "__main__":
    write("fourth.jsonl", labelled_rows("fourth", {
        "rejection": REJECTION, "offer": OFFER, "next-round": NEXT_ROUND, "scheduling": SCHEDULING,
        "request": REQUEST, "deciding": DECIDING, "ack": ACK, "auto-reply": AUTO_REPLY, "bulk": BULK,
        "reply": REPLY}, splits=SPLITS))
