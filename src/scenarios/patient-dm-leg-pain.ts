import type { Scenario } from '../schemas/scenario';

/** A patient messages the learner's professional account about leg pain after surgery. */
const scenario: Scenario = {
  id: 'patient-dm-leg-pain',
  version: 2,
  title: 'A patient messages about leg pain after surgery',
  summary:
    'Eight days after a lumbar decompression, a patient sends your professional account a direct message asking whether new leg pain is normal.',
  theme: 'professionalism',
  setting: "An orthopedic spine surgeon's public professional account on a photo-sharing app",
  role: 'Orthopedic spine surgeon',
  profession: 'surgeon',
  care: 'surgical',
  cast: [
    {
      profession: 'trainee',
      part: 'model',
      who: 'the on-call spine resident who, alerted by you, phones the patient back that night',
    },
  ],
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
            "Reply briefly: you cannot give medical advice here; please call the after-hours line now, or emergency services if the pain is severe or you notice new weakness or numbness. Then phone the on-call team to pass the message on, and note the contact in the patient's chart.",
          feedback:
            "A short, kind redirect with no clinical advice sends the patient to the on-call team tonight without discussing their care on a social platform, and respects the boundary in PR-1. Because the message came to you, you also bring it into the official channels PR-2 points to: the on-call team knows to expect the call and can phone the patient if they hesitate, and the chart, not an app's inbox, records when the message arrived, what it said, what you replied and whom you alerted.",
          score: 2,
          practices: ['PR-1', 'PR-2'],
          next: 'after-redirect',
        },
        {
          id: 'redirect-only',
          label:
            'Send a short redirect to the after-hours line and the patient portal, and leave it there: the patient now knows whom to call.',
          feedback:
            'The redirect keeps advice off the platform (PR-1), but it now depends on the patient acting on it. If they decide not to bother anyone on a Sunday night, nobody with their record knows about the new pain, and the chart holds no trace of the contact. PR-2 asks for care to run through official channels, and that includes alerting the team and noting in the chart what reached you.',
          score: 1,
          practices: ['PR-2', 'PR-1'],
          next: 'ending-unrecorded',
        },
        {
          id: 'ignore',
          label: 'Leave the message unanswered: you do not discuss patients on social media.',
          feedback:
            'Silence is not neutral here. New or worsening leg pain after a lumbar decompression can be a sign of a complication that needs prompt assessment, and the patient believes they have reached their surgeon, so they may wait for an answer instead of calling. Limiting engagement (PR-2) means pointing people to an official channel, never leaving a patient with a possibly urgent problem unanswered; the boundary in PR-1 is about where care happens, not whether the patient gets it.',
          score: 0,
          practices: ['PR-2', 'PR-1'],
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
            'Call the on-call team now so they phone the patient today for a proper assessment, write a note in the chart of what was asked and what you said, and reply to the message pointing to the portal and the phone line.',
          feedback:
            'This moves care back to a secure, documented channel and gets the patient assessed: the team knows, and the chart shows what was said. It repairs the boundary (PR-1, PR-2), though the advice you gave cannot be taken back.',
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
        'The patient calls the on-call line. The on-call resident, already expecting the call, phones them back within minutes and arranges an assessment that night. The next day a public comment appears under your video from the same account: "Thanks for the quick reply last night, doc! Leg is still sore after the surgery."',
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
            'Every patient who writes gets the official channels at once, and you never have to improvise. This builds PR-2 into the account itself while keeping the account useful for education, and it states your boundary (PR-1) once, plainly, instead of in every chat.',
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
        'Fewer messages reach you, but the patients who try have nowhere obvious to turn. A line in the bio pointing to the phone number and the portal costs nothing and keeps them safe (PR-2).',
      ],
      practices: ['PR-2'],
    },
    silence: {
      kind: 'narrative',
      title: 'Two days later',
      body: [
        'On Tuesday the patient sends another message: "Still hurting, and now my left foot feels weak. I was waiting to hear back from you. Did you see my message?"',
      ],
      next: 'late-chance',
    },
    'late-chance': {
      kind: 'decision',
      title: 'The second message',
      prompt: 'What now?',
      choices: [
        {
          id: 'redirect-late',
          label:
            'Reply at once: please call the clinic now, or go to the emergency department if the weakness is getting worse. Phone the on-call team yourself, and note both messages in the chart.',
          feedback:
            'This is the best you can do now: the patient reaches the care team through an official channel (PR-2), the team knows to expect them, and the chart records what happened. It cannot give back two days in which a patient with new weakness waited for a reply.',
          score: 1,
          practices: ['PR-2'],
          next: 'ending-late',
        },
        {
          id: 'still-ignore',
          label: 'Keep ignoring it.',
          feedback:
            'The patient is left without guidance while their symptoms get worse. Redirecting is the part of PR-2 that protects them; silence protects only you.',
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
        'The patient reached the on-call team the same night, and the team was already expecting the call. The contact is in the chart, their care stayed on official channels, and nothing about them appeared in public from you.',
        'Redirect without advising, alert the team, write the note (PR-2), and keep the boundary you would keep in clinic (PR-1). A redirect message you can reuse, kept short and free of clinical detail, makes this the easy path next time.',
      ],
      practices: ['PR-1', 'PR-2'],
    },
    'ending-public-reply': {
      kind: 'ending',
      title: 'Good redirect, public slip',
      rating: 'acceptable',
      debrief: [
        'The redirect worked (PR-2), but the public reply confirmed a patient relationship and mentioned their care. A comment from a patient does not give you consent to discuss them (CC-8).',
      ],
      practices: ['PR-2', 'CC-8'],
    },
    'ending-repaired': {
      kind: 'ending',
      title: 'Repaired, with risk taken',
      rating: 'acceptable',
      debrief: [
        'The patient was assessed and the exchange documented, but advice given in a chat without examination could have delayed care for a complication. Redirect first (PR-2), and keep clinical advice for the clinic (PR-1).',
      ],
      practices: ['PR-1', 'PR-2'],
    },
    'ending-late': {
      kind: 'ending',
      title: 'Two days lost',
      rating: 'harmful',
      debrief: [
        'The patient reached the team in the end, but two days after new leg pain began, and with weakness that had appeared while they waited for your reply. After spine surgery, new or worsening leg symptoms can mean a complication where time matters.',
        'Not answering felt like keeping a boundary, but it left a patient believing they had reached you. PR-2 asks for a prompt redirect to an official channel, and when the message comes to you, a call to the on-call team and a note in the chart. PR-1 keeps clinical advice off the platform, not the patient out of care.',
      ],
      practices: ['PR-2', 'PR-1'],
    },
    'ending-unrecorded': {
      kind: 'ending',
      title: 'Redirected, but off the record',
      rating: 'acceptable',
      debrief: [
        'The patient called the on-call line and was assessed, so the redirect worked. But the on-call team heard about the new pain only from the patient, and the chart holds no record that a worried patient contacted their surgeon through a social app.',
        'When a patient reaches you outside official channels, bring the contact into them: alert the team who can act tonight, and note what was asked and what you said (PR-2).',
      ],
      practices: ['PR-2'],
    },
    'ending-harmful': {
      kind: 'ending',
      title: 'Care on the wrong channel',
      rating: 'harmful',
      debrief: [
        'The patient was either assessed and advised in a chat, with no examination and no record, or left without any answer while new symptoms after surgery went unchecked. Social media is for education and awareness, not individual care: redirect to official, secure channels, bring the on-call team and the chart into it (PR-2), and keep professional boundaries (PR-1).',
      ],
      practices: ['PR-1', 'PR-2'],
    },
  },
};

export default scenario;
