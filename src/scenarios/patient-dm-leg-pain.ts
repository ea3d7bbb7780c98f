import type { Scenario } from '../schemas/scenario';

/** A patient messages the learner's professional account about leg pain after surgery. */
const scenario: Scenario = {
  id: 'patient-dm-leg-pain',
  version: 1,
  title: 'A patient messages about leg pain after surgery',
  summary:
    'Eight days after a lumbar decompression, a patient sends your professional account a direct message asking whether new leg pain is normal.',
  theme: 'professionalism',
  setting: "An orthopedic spine surgeon's public professional account on a photo-sharing app",
  role: 'Orthopedic spine surgeon',
  profession: 'surgeon',
  care: 'surgical',
  cast: [],
  minutes: 5,
  start: 'message-arrives',
  nodes: {
    'message-arrives': {
      kind: 'narrative',
      title: 'A message on a Sunday evening',
      body: [
        'You keep a public professional account where you post short explainers about spine surgery and recovery. On Sunday evening a direct message arrives from someone who says they had a lumbar decompression with you eight days ago.',
        'Your clinic has a patient portal and an after-hours phone line staffed by the on-call team.',
      ],
      mock: {
        kind: 'dm-thread',
        platform: 'Photo-sharing app',
        with: { name: 'A patient (name hidden)', handle: 'patient.account' },
        messages: [
          {
            from: 'them',
            text: 'Hi doctor, sorry to bother you here. Since yesterday I have a burning pain down my left leg, worse than before the operation. Is this normal? Should I take more of my pain pills?',
            time: '9:12 pm',
          },
        ],
      },
      next: 'first-reply',
    },
    'first-reply': {
      kind: 'decision',
      title: 'How do you reply?',
      body: ['The message is friendly and worried. Answering would take you thirty seconds.'],
      prompt: 'What do you do?',
      choices: [
        {
          id: 'give-advice',
          label:
            'Reply in the chat that some leg pain is common after decompression and that they can take one extra pill tonight.',
          feedback:
            'This gives individual medical advice over social media without an examination, the record or a secure channel. New or worsening leg pain after surgery can need prompt assessment, and the advice on medication could cause harm. PR-2 asks you to redirect requests for medical advice to an official channel; PR-1 asks you to keep the same boundaries you would keep in clinic.',
          score: 0,
          practices: ['PR-1', 'PR-2'],
          next: 'advice-consequence',
        },
        {
          id: 'redirect-now',
          label:
            'Reply briefly: you cannot give medical advice here; please call the after-hours line now, or emergency services if symptoms are severe, and use the patient portal for non-urgent questions.',
          feedback:
            'A short, kind redirect gets the patient to the on-call team tonight without discussing their care on a social platform. That is what PR-2 asks for, and it respects the boundary in PR-1.',
          score: 2,
          practices: ['PR-1', 'PR-2'],
          next: 'after-redirect',
        },
        {
          id: 'ignore',
          label: 'Leave the message unanswered: you do not discuss patients on social media.',
          feedback:
            'You avoided giving advice, but a patient with a possibly urgent problem may now wait, believing they reached you. Limiting engagement (PR-2) still means pointing them to an official channel.',
          score: 1,
          practices: ['PR-2'],
          next: 'silence',
        },
      ],
    },
    'advice-consequence': {
      kind: 'narrative',
      title: 'The next morning',
      body: [
        'The patient replies with thanks and a follow-up question about their wound. Overnight, a public comment appears under your latest video: "My surgeon answers DMs! Asked about my leg pain last night."',
      ],
      next: 'after-advice',
    },
    'after-advice': {
      kind: 'decision',
      title: 'Putting it right',
      prompt: 'What do you do now?',
      choices: [
        {
          id: 'call-and-document',
          label:
            'Ask the clinic to phone the patient today for a proper assessment, note the exchange in the record as your organization requires, and reply to the message pointing to the portal.',
          feedback:
            'This moves care back to a secure, documented channel and gets the patient assessed. It repairs the boundary (PR-1, PR-2), though the advice you gave cannot be taken back.',
          score: 1,
          practices: ['PR-1', 'PR-2'],
          next: 'ending-repaired',
        },
        {
          id: 'keep-chatting',
          label: 'Answer the wound question in the chat too, since the conversation has started.',
          feedback:
            'Continuing makes the social platform the place where this patient gets care, with no examination or record. PR-2 asks you to redirect, not to continue.',
          score: 0,
          practices: ['PR-2'],
          next: 'ending-harmful',
        },
      ],
    },
    'after-redirect': {
      kind: 'decision',
      title: 'A public comment',
      body: [
        'The patient thanks you and calls the on-call line. The next day a public comment appears under your video from the same account: "Thanks for the quick reply last night, doc! Leg is still sore after the surgery."',
      ],
      mock: {
        kind: 'comment-thread',
        post: {
          author: { name: 'You', handle: 'your.spine.account', role: 'Spine surgeon' },
          text: 'Three things that help walking after lumbar surgery (general education, not medical advice).',
          time: '2 days ago',
        },
        comments: [
          {
            id: 'patient-comment',
            author: { name: 'A patient (name hidden)', handle: 'patient.account' },
            text: 'Thanks for the quick reply last night, doc! Leg is still sore after the surgery.',
            time: '1 hour ago',
          },
        ],
      },
      prompt: 'How do you respond to the comment?',
      choices: [
        {
          id: 'reply-publicly-about-care',
          label: 'Reply under the comment: "Glad you called! Keep walking and we will see you at your two-week visit."',
          feedback:
            'Even a warm reply confirms in public that this person is your patient and describes their care. Keep patient communication on official channels (PR-2) and do not post about a patient without consent (CC-8).',
          score: 0,
          practices: ['PR-2', 'CC-8'],
          next: 'ending-public-reply',
        },
        {
          id: 'general-reply',
          label:
            'Hide the comment without replying to it, and post a general reminder that you cannot answer medical questions here, with the clinic number.',
          feedback:
            'Hiding the comment takes details of a patient’s care off your account without confirming anything about them (CC-10), and everyone reading learns where to ask clinical questions (PR-2). You kept the same boundary you would keep in clinic (PR-1).',
          score: 2,
          practices: ['PR-1', 'PR-2', 'CC-10'],
          next: 'next-time',
        },
      ],
    },
    'next-time': {
      kind: 'decision',
      title: 'Before it happens again',
      body: ['Messages like this will keep coming: your account is public and your name is on it.'],
      mock: {
        kind: 'profile',
        account: { name: 'You', handle: 'your.spine.account', role: 'Spine surgeon' },
        headline: 'Orthopedic spine surgeon',
        bio: 'Short explainers on spine surgery and recovery.',
      },
      prompt: 'What do you set up?',
      choices: [
        {
          id: 'bio-and-auto-reply',
          label:
            'Add to the bio and to an automatic message reply: "I cannot give medical advice here. Patients: call the clinic or use the patient portal. Emergencies: call emergency services."',
          feedback:
            'Every patient who writes gets the official channels at once, and you never have to improvise. This builds PR-2 into the account itself while keeping the account useful for education.',
          score: 2,
          practices: ['PR-2', 'PR-1'],
          next: 'ending-best',
        },
        {
          id: 'close-messages',
          label: 'Switch off direct messages and say nothing about where to go instead.',
          feedback:
            'Closing messages limits engagement, but patients who look for you there learn nothing about how to reach the clinic. PR-2 is about redirecting, not only limiting.',
          score: 1,
          practices: ['PR-2'],
          next: 'ending-closed',
        },
      ],
    },
    'ending-closed': {
      kind: 'ending',
      title: 'Quiet, but unhelpful',
      rating: 'acceptable',
      debrief: [
        'Fewer messages reach you, but the patients who try have nowhere obvious to turn. A line in the bio pointing to the phone number and the portal costs nothing and keeps them safe.',
      ],
      practices: ['PR-2'],
    },
    silence: {
      kind: 'decision',
      title: 'Two days later',
      body: ['The patient sends another message: "Still hurting. Did you see my message?"'],
      prompt: 'What now?',
      choices: [
        {
          id: 'redirect-late',
          label: 'Reply with the clinic number and the portal, and ask the team to check on the patient.',
          feedback:
            'Better late than never: the patient reaches the care team through an official channel (PR-2). Setting up a standard redirect message would stop the delay happening again.',
          score: 1,
          practices: ['PR-2'],
          next: 'ending-late',
        },
        {
          id: 'still-ignore',
          label: 'Keep ignoring it.',
          feedback:
            'The patient is left without guidance. Redirecting is the part of PR-2 that protects them; silence protects only you.',
          score: 0,
          practices: ['PR-2'],
          next: 'ending-harmful',
        },
      ],
    },
    'ending-best': {
      kind: 'ending',
      title: 'Safe, kind and professional',
      rating: 'best',
      debrief: [
        'The patient got same-night advice from the on-call team, their care stayed in the record, and nothing about them appeared in public from you.',
        'A redirect message you can reuse, kept short and free of clinical detail, makes this the easy path next time.',
      ],
      practices: ['PR-1', 'PR-2'],
    },
    'ending-public-reply': {
      kind: 'ending',
      title: 'Good redirect, public slip',
      rating: 'acceptable',
      debrief: [
        'The redirect worked, but the public reply confirmed a patient relationship and mentioned their care. A comment from a patient does not give you consent to discuss them.',
      ],
      practices: ['PR-2', 'CC-8'],
    },
    'ending-repaired': {
      kind: 'ending',
      title: 'Repaired, with risk taken',
      rating: 'acceptable',
      debrief: [
        'The patient was assessed and the exchange documented, but advice given in a chat without examination could have delayed care for a complication.',
      ],
      practices: ['PR-1', 'PR-2'],
    },
    'ending-late': {
      kind: 'ending',
      title: 'Redirected, after a delay',
      rating: 'acceptable',
      debrief: [
        'The patient reached the team, two days later than they could have. A prompt, standard redirect protects both the patient and you.',
      ],
      practices: ['PR-2'],
    },
    'ending-harmful': {
      kind: 'ending',
      title: 'Care on the wrong channel',
      rating: 'harmful',
      debrief: [
        'The patient either received clinical advice without assessment or was left without any. Social media is for education and awareness, not individual care: redirect to official, secure channels (PR-2) and keep professional boundaries (PR-1).',
      ],
      practices: ['PR-1', 'PR-2'],
    },
  },
};

export default scenario;
