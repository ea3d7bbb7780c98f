import type { Scenario } from '../schemas/scenario';

/** A physical therapy student's one-for-everything account draws patient followers and a case-posting suggestion. */
const scenario: Scenario = {
  id: 'personal-professional-mix',
  version: 2,
  title: 'One account for everything',
  summary:
    'On your final clinical rotation, patients find the personal account where you post both weekend photos and what you are learning. Then a classmate suggests posting a striking case from clinic.',
  theme: 'security-access',
  setting:
    "A physical therapy student's personal account on a photo-sharing app, during a rotation at an outpatient spine clinic",
  role: 'Physical therapy student on a final clinical rotation',
  profession: 'trainee',
  care: 'non-surgical',
  cast: [
    { profession: 'trainee', part: 'errs', who: 'the classmate who urges you to post a real case' },
    {
      profession: 'physical-therapist',
      part: 'model',
      who: "the clinical instructor who explains the clinic's consent process and handles the family's complaint",
    },
  ],
  minutes: 7,
  start: 'mixed-feed',
  nodes: {
    'mixed-feed': {
      kind: 'narrative',
      title: 'Your feed, as patients see it',
      body: [
        'You are a final-year physical therapy student on a ten-week rotation at an outpatient spine clinic. You have had the same public account since college. It holds birthday parties, a beach trip and family photos, and lately short posts about what you are learning: hip-hinge drills, walking programs, how nerves glide.',
        'This week two patients from the clinic found the account and followed it. Your profile shows your first name, your program and the city you live in.',
      ],
      mock: {
        kind: 'profile',
        account: { name: 'You', handle: 'you.everyday.account', role: 'Physical therapy student' },
        headline: 'PT student | runner | weekend adventures',
        bio: 'Physical therapy student, spine nerd, coffee first. Party pics, travel and what I am learning in clinic, all in one place.',
      },
      next: 'patient-comment',
    },
    'patient-comment': {
      kind: 'decision',
      title: 'A comment under a party photo',
      body: [
        "On Saturday a patient you are treating for low back pain comments on a photo from a friend's birthday party.",
      ],
      mock: {
        kind: 'comment-thread',
        post: {
          author: { name: 'You', handle: 'you.everyday.account', role: 'Physical therapy student' },
          text: 'Happy birthday to my favorite roommate! What a night.',
          media: { description: 'A group of friends at a crowded birthday party, holding drinks and laughing.' },
          time: '14 hours ago',
        },
        comments: [
          {
            id: 'patient-comment',
            author: { name: 'A patient (name hidden)', handle: 'patient.account' },
            text: 'Ha, so this is what my PT does on weekends! See you Tuesday for my back exercises.',
            time: '2 hours ago',
          },
        ],
      },
      prompt: 'What do you do?',
      choices: [
        {
          id: 'separate-now',
          label:
            'Hide the comment, make the account private, and remove or decline patient followers. At the next visit, tell the patient kindly that your personal account is for friends and family. Plan a separate professional account for your clinical posts.',
          feedback:
            'This restores the boundary without embarrassing the patient, and hiding the comment takes their treatment details out of public view. PR-1 asks you to keep the same boundaries online as in the clinic, and SA-1 asks for separate personal and professional accounts so that patients who want your education do not land among your party photos.',
          score: 2,
          practices: ['PR-1', 'SA-1'],
          next: 'teaching-case',
        },
        {
          id: 'reply-warmly',
          label: 'Reply: "Guilty! Don\'t skip your bridges before Tuesday."',
          feedback:
            'A friendly joke, but it confirms in public that this person is a patient and refers to their home program, on a feed full of your private life. CC-8 asks you not to post about a patient without their explicit consent, and PR-1 asks you to keep clinic boundaries online. The mix you have now is the reason SA-1 calls for separate accounts.',
          score: 0,
          practices: ['PR-1', 'CC-8', 'SA-1'],
          next: 'teaching-case',
        },
        {
          id: 'leave-it',
          label: 'Leave it. It is a harmless comment, and deleting it might seem rude.',
          feedback:
            "You added nothing, which is better than replying, but the patient's treatment is now mentioned under your party photo and more patients can follow. PR-1 asks you to set the boundary, and SA-1 is the lasting fix: one account for friends, another for your professional voice.",
          score: 1,
          practices: ['PR-1', 'SA-1'],
          next: 'teaching-case',
        },
      ],
    },
    'teaching-case': {
      kind: 'decision',
      title: 'A case worth sharing?',
      body: [
        'On Monday you treat a man in his forties who drives a delivery route and has leg pain from a lumbar disc herniation. Over two sessions his leg pain centralizes with repeated extension exercises. A classmate on the same rotation is impressed: "Post that! Your followers love real cases." You start a draft on your personal account.',
      ],
      mock: {
        kind: 'post-composer',
        author: { name: 'You', handle: 'you.everyday.account', role: 'Physical therapy student' },
        text: 'Wild case today: guy in his 40s, drives the delivery route downtown, leg pain down to his foot, and after 2 sessions of repeated extension it centralized to his back! Love this job.',
        hashtags: ['PTstudent', 'spine', 'sciatica'],
        audience: 'Public',
      },
      prompt: 'What do you do with the draft?',
      choices: [
        {
          id: 'general-post-instead',
          label:
            'Delete the draft, and tell your classmate why. If you want to teach centralization, write a general, evidence-based explainer that is not about any one patient, for a professional account.',
          feedback:
            'No patient has agreed to be posted about, so this case stays off social media. CC-8 rules out posting about a patient even in general terms without explicit consent. A general explainer teaches the same idea, and putting it on a professional account rather than beside party photos is what SA-1 asks.',
          score: 2,
          practices: ['CC-8', 'SA-1'],
          next: 'professional-setup',
        },
        {
          id: 'strip-details',
          label: 'Remove his age and job and post "A patient today centralized in two sessions!" instead.',
          feedback:
            'Removing details is not consent. Your followers include clinic patients, your profile names your program and city, and the post is dated, so the patient or someone who knows him can still recognize the case. CC-8 asks you not to post about a specific patient, even vaguely, without explicit consent, and PR-4 reminds you that whatever you post may outlast any edit or deletion.',
          score: 0,
          practices: ['CC-8', 'PR-4'],
          next: 'recognized',
        },
        {
          id: 'ask-the-patient',
          label: 'Ask the patient at his next session whether he would mind you posting about his progress.',
          feedback:
            'Asking first is the right instinct, since CC-8 rests on explicit, informed consent. But a student asking a patient in the middle of treatment is not an informed consent process, and the patient may find it hard to say no. Talk to your clinical instructor before anything is posted.',
          score: 1,
          practices: ['CC-8'],
          next: 'consent-route',
        },
      ],
    },
    recognized: {
      kind: 'narrative',
      title: 'A message from your clinical instructor',
      body: [
        'Two days later your clinical instructor texts you. A family member of the patient saw the post and recognized the case: they knew he was being treated at the clinic where you are on rotation, and the post went up the day of his visit. They called the front desk upset.',
      ],
      mock: {
        kind: 'dm-thread',
        platform: 'Text message',
        with: { name: 'Your clinical instructor', handle: 'clinical.instructor', role: 'Physical therapist' },
        messages: [
          {
            from: 'them',
            text: "Can we talk before clinic tomorrow? A patient's family member called about a post on your account. They recognized the case. The clinic director has been told.",
            time: '6:15 pm',
          },
        ],
      },
      next: 'after-recognized',
    },
    'after-recognized': {
      kind: 'decision',
      title: 'Owning the mistake',
      prompt: 'What do you do?',
      choices: [
        {
          id: 'own-it',
          label:
            "Delete the post, meet your instructor, tell the truth, and follow the clinic's process, including any review by its privacy office and your program. Leave any contact with the patient or his family about the post to the clinic, and apologize only in the way it advises. Then separate your accounts.",
          feedback:
            'Honesty and cooperation are what the clinic and your program need to address a possible breach of CC-8 properly. Deleting the post limits further spread, but PR-4 is a reminder that it may already have been saved or shared. Separating your accounts (SA-1) keeps your clinical learning away from your personal life from now on.',
          score: 1,
          practices: ['PR-4', 'CC-8', 'SA-1'],
          next: 'ending-owned-it',
        },
        {
          id: 'delete-and-deny',
          label: 'Delete the post tonight and tell your instructor it was about a patient at a previous rotation.',
          feedback:
            'Deleting it does not undo it: screenshots and shares outlast the original, which is the core of PR-4. A false account of whose case it was turns a posting mistake into a question of honesty, and it keeps the clinic from responding properly to a possible breach of patient confidentiality (CC-8).',
          score: 0,
          practices: ['PR-4', 'CC-8'],
          next: 'ending-screenshot',
        },
      ],
    },
    'consent-route': {
      kind: 'decision',
      title: '"Sure, go ahead"',
      body: [
        'The patient says, "Sure, go ahead," between sets. When you mention it to your clinical instructor, they tell you the clinic has a written consent form for social media, and that posts about patients go only on the clinic\'s account after review.',
      ],
      prompt: 'What now?',
      choices: [
        {
          id: 'clinic-process',
          label:
            "Hand the idea to the clinic's process: the patient is offered the written consent form and can decline, the clinic decides whether to post it on its own account with a note that the patient gave written permission, and nothing goes on your personal account.",
          feedback:
            "The patient gets a real choice, on paper, without pressure from the student treating them. CC-8 asks for explicit, informed consent and CC-9 asks the post to say written permission was given. Following the clinic's policy (CC-3) and keeping the case off your personal account (SA-1) completes the picture.",
          score: 2,
          practices: ['CC-8', 'CC-9', 'CC-3', 'SA-1'],
          next: 'professional-setup',
        },
        {
          id: 'verbal-is-enough',
          label: 'He said yes. Post it on your personal account tonight, as planned.',
          feedback:
            'A passing "sure" in the gym is not the informed consent CC-8 asks for: he has not seen what will be posted or where, and nothing is written down. The post would also break the clinic\'s policy (CC-3) and put a patient\'s case on an account full of your private life, which is what SA-1 is meant to prevent.',
          score: 0,
          practices: ['CC-8', 'CC-3', 'SA-1'],
          next: 'ending-wrong-place',
        },
      ],
    },
    'professional-setup': {
      kind: 'decision',
      title: 'Setting up a professional presence',
      body: [
        'You decide you want a place to share general spine and exercise education as you start your career. You sketch a profile.',
      ],
      mock: {
        kind: 'profile',
        account: { name: 'You', handle: 'your.pt.student.notes', role: 'Student physical therapist' },
        headline: 'Student physical therapist | spine and movement education',
        bio: 'Final-year physical therapy student sharing general education, not medical advice. For your own care, talk with your clinician. Views are my own, not those of my program or clinical sites.',
      },
      prompt: 'How do you set it up?',
      choices: [
        {
          id: 'clean-split',
          label:
            'Create it as a new account with its own email, a unique password and two-factor authentication. Make your personal account private, and prepare each post as you would a class presentation your faculty and patients might attend.',
          feedback:
            'Two accounts with separate logins and separate audiences are what SA-1 describes, and a break-in to one does not expose the other. Treating each post as a talk you would give in public is the test PR-4 offers, because what you post now can follow you into job interviews and beyond.',
          score: 2,
          practices: ['SA-1', 'PR-4'],
          next: 'ending-best',
        },
        {
          id: 'rename-old',
          label:
            'Rename your existing account with the new handle and profile, and keep all the old posts and followers.',
          feedback:
            'The new name looks professional, but years of party photos and everyone who followed you as a friend carry over. SA-1 asks for a separate professional account, not a relabeled personal one, and PR-4 reminds you that the old posts still speak for you under your new name.',
          score: 1,
          practices: ['SA-1', 'PR-4'],
          next: 'ending-half-split',
        },
        {
          id: 'disclaimer-only',
          label:
            'Skip the second account. Add "views are my own" to your current bio and keep posting everything in one place.',
          feedback:
            'A disclaimer says whose opinion a post is (CC-2), but it does not separate your private life from your professional presence or keep patients out of your personal feed. That separation is what SA-1 asks for, and PR-4 still applies to every party photo a patient or future employer can see.',
          score: 0,
          practices: ['SA-1', 'CC-2', 'PR-4'],
          next: 'ending-still-mixed',
        },
      ],
    },
    'ending-best': {
      kind: 'ending',
      title: 'Two accounts, one standard',
      rating: 'best',
      debrief: [
        'Your friends see your weekends, and patients and colleagues see careful, general education. No patient appears anywhere without their informed, written consent given through the clinic (CC-8).',
        'Separate accounts (SA-1) make the boundary with patients (PR-1) visible and easier to keep, and they are safer: each has its own login and two-factor. Whatever you post on either one, assume it will still be there when you apply for your first job (PR-4).',
      ],
      practices: ['SA-1', 'PR-1', 'PR-4', 'CC-8'],
    },
    'ending-half-split': {
      kind: 'ending',
      title: 'A new name on an old feed',
      rating: 'acceptable',
      debrief: [
        'You kept patient cases off your own account, which matters most. But the "professional" account still carries years of personal posts that speak for you under your new name (PR-4), and friends who followed you for your private life now follow your professional voice.',
        'Starting a new account with its own login, and making the personal one private, would give you the clean separation that SA-1 describes.',
      ],
      practices: ['SA-1', 'PR-4'],
    },
    'ending-owned-it': {
      kind: 'ending',
      title: 'Owned, but not undone',
      rating: 'acceptable',
      debrief: [
        "You told the truth and the clinic could respond properly, but a patient's case was posted without consent and recognized by his family. Deleting it does not guarantee that it is gone (PR-4).",
        "No patient case, however vague, belongs online without explicit consent given through the clinic's process (CC-8). Keeping a separate professional account (SA-1) also removes the temptation to mix clinic stories with your personal life.",
      ],
      practices: ['CC-8', 'PR-4', 'SA-1'],
    },
    'ending-screenshot': {
      kind: 'ending',
      title: 'Deleted, not gone',
      rating: 'harmful',
      debrief: [
        'A screenshot of the post was already circulating, and the clinic had to handle a confidentiality complaint with a false account of what happened. What was a posting mistake became a question of honesty as well.',
        'Treat every post as permanent (PR-4), never post about a patient without explicit consent (CC-8), and keep your clinical voice on a separate professional account (SA-1).',
      ],
      practices: ['PR-4', 'CC-8', 'SA-1'],
    },
    'ending-wrong-place': {
      kind: 'ending',
      title: 'A yes is not consent',
      rating: 'harmful',
      debrief: [
        "The patient agreed in passing, without seeing the post or signing anything, and his case now sits between your party photos, against the clinic's policy. The clinic has to decide how to respond, and the patient may feel differently once he sees it.",
        "Informed consent for social media is written, specific and free of pressure (CC-8), and the clinic's process, not the student treating the patient, is where it belongs (CC-3). Keep patient stories off personal accounts entirely (SA-1).",
      ],
      practices: ['CC-8', 'CC-3', 'SA-1'],
    },
    'ending-still-mixed': {
      kind: 'ending',
      title: 'Still one account for everything',
      rating: 'harmful',
      debrief: [
        'Nothing has really changed: your clinical posts and your private life still share one account, and every new clinical post draws more patients toward it. The disclaimer does not draw the line that separate accounts would.',
        'Keep one account for your personal life and another for your professional presence (SA-1), keep patients out of your personal feed (PR-1), and post on both as if faculty, patients and future employers were reading (PR-4).',
      ],
      practices: ['SA-1', 'PR-4', 'PR-1'],
    },
  },
};

export default scenario;
