import type { Scenario } from '../schemas/scenario';

/** A chiropractor's disc herniation video draws a viewer's MRI findings, product promotions and a comment naming a patient. */
const scenario: Scenario = {
  id: 'commenter-own-diagnosis',
  version: 2,
  title: 'Questions under your disc herniation video',
  summary:
    "Your educational video on lumbar disc herniation draws a viewer's own MRI findings and a plea for advice, two product promotions, and a comment that names another patient.",
  theme: 'compliance-confidentiality',
  setting: "A chiropractor's public educational channel on a video app",
  role: 'Chiropractor',
  profession: 'chiropractor',
  care: 'non-surgical',
  cast: [],
  minutes: 7,
  start: 'video-comments',
  nodes: {
    'video-comments': {
      kind: 'narrative',
      title: 'A busy comment section',
      body: [
        'You are a chiropractor in a group practice, and you run a public educational channel on a video app. Your new video explains lumbar disc herniation in plain language: what it is, how symptoms often change over time, and which warning signs need urgent care.',
        'Overnight it draws dozens of comments. Four of them need your attention.',
      ],
      mock: {
        kind: 'comment-thread',
        post: {
          author: { name: 'You', handle: 'your.chiro.channel', role: 'Chiropractor' },
          text: 'Lumbar disc herniation explained: what it is, what usually helps, and the warning signs that need urgent care. General education, not medical advice.',
          media: { description: 'Video thumbnail: a spine model with one lumbar disc highlighted.' },
          time: '1 day ago',
        },
        comments: [
          {
            id: 'mri-question',
            author: { name: 'A viewer (name hidden)', handle: 'viewer.one' },
            text: 'My MRI report says L5-S1 disc extrusion contacting the S1 nerve root. My left foot has been numb for two weeks. The surgeon says I might need surgery. Should I see you instead? What exercises should I do tonight?',
            time: '14 hours ago',
          },
          {
            id: 'promo-capsules',
            author: { name: 'A supplement seller', handle: 'supplement.seller' },
            text: 'Our disc-repair capsules healed my herniation in 10 days!! Link in profile, use the code for 20% off.',
            time: '12 hours ago',
          },
          {
            id: 'names-patient',
            author: { name: 'A viewer', handle: 'viewer.two' },
            text: "Don't let them operate. [This comment gives another person's full name], from my gym, had back surgery at [a named local hospital] last spring and is still off work.",
            time: '9 hours ago',
          },
          {
            id: 'promo-table',
            author: { name: 'An equipment seller', handle: 'equipment.seller' },
            text: 'Skip the surgery bills, our inversion table fixes discs. Message us for a deal!',
            time: '3 hours ago',
          },
        ],
      },
      next: 'first-reply',
    },
    'first-reply': {
      kind: 'decision',
      title: 'The viewer with an MRI report',
      body: [
        'The first commenter has posted their own imaging findings and symptoms in public and is asking what to do. You do not know whether they have ever been a patient at your practice.',
      ],
      prompt: 'How do you respond to the first comment?',
      choices: [
        {
          id: 'general-redirect',
          label:
            "Reply briefly without discussing their findings: you cannot advise on individual cases here; please talk with the clinician who ordered the MRI, or call the practice's office to book an evaluation; get urgent care for new or worsening leg weakness, numbness in the groin or inner thighs, or any change in bladder or bowel control. Gently suggest they may want to delete the health details they posted.",
          feedback:
            'You do not diagnose or advise in public, and you give the viewer a safe next step through official channels, as PR-2 asks. Your reply adds nothing about their case, and suggesting they remove their own details keeps your thread from collecting more health information than it should, which is part of what CC-10 asks of an account owner.',
          score: 2,
          practices: ['PR-2', 'CC-10'],
          next: 'moderate-thread',
        },
        {
          id: 'give-advice',
          label:
            'Reply with specific advice: press-up exercises three times a day, and many disc extrusions settle without surgery, so come and see you before deciding.',
          feedback:
            'You are advising on a case you have not examined, in public, for someone with a nerve-root finding and two weeks of numbness, and nudging them away from their surgeon in front of everyone. PR-2 asks you to send requests for medical advice to an official channel rather than answer them on social media. Your reply also keeps their health details at the center of a public thread, which CC-10 asks you to avoid.',
          score: 0,
          practices: ['PR-2', 'CC-10'],
          next: 'advice-spiral',
        },
        {
          id: 'invite-dm',
          label: 'Reply: "Send me a direct message and I\'ll take a look at your report."',
          feedback:
            'Moving off the public thread is a step in the right direction, but a direct message on a video app is not a secure clinical channel, and offering to review a report there is still individual advice. PR-2 points to official channels, such as the office phone line or the patient portal.',
          score: 1,
          practices: ['PR-2'],
          next: 'dm-report',
        },
      ],
    },
    'advice-spiral': {
      kind: 'decision',
      title: 'Everyone has a question now',
      body: [
        'By lunchtime your reply has a dozen responses. Three more viewers have posted their own MRI findings and medication lists and asked you to do the same for them. One writes: "You helped them, why not me?"',
      ],
      prompt: 'What now?',
      choices: [
        {
          id: 'pull-back',
          label:
            'Delete your advice reply, post one general comment pointing everyone to their own clinician or your office phone line, and hide the comments that list personal health details.',
          feedback:
            'This resets the thread: nobody gets individual advice in public, and there is one clear, official route for everyone (PR-2). Hiding comments full of personal health details is the kind of moderation CC-10 describes. The earlier advice cannot be fully taken back, so make sure the first viewer also sees the redirect.',
          score: 1,
          practices: ['PR-2', 'CC-10'],
          next: 'moderate-thread',
        },
        {
          id: 'keep-answering',
          label: 'Answer each one. People clearly need help, and this is what your channel is for.',
          feedback:
            'Your comment section is turning into a clinic with no examination, no record and no privacy. PR-2 asks you to limit this kind of engagement and point people to official channels, and CC-10 asks you to stop threads from becoming a place where health information piles up.',
          score: 0,
          practices: ['PR-2', 'CC-10'],
          next: 'ending-clinic-in-comments',
        },
      ],
    },
    'dm-report': {
      kind: 'decision',
      title: 'A report in your inbox',
      body: ['An hour later the viewer sends you a direct message with a photo of their full MRI report.'],
      mock: {
        kind: 'dm-thread',
        platform: 'Video app',
        with: { name: 'A viewer (name hidden)', handle: 'viewer.one' },
        messages: [
          { from: 'them', text: 'Here it is! Thank you so much for looking.', time: '10:02 am' },
          {
            from: 'them',
            text: "[Photo of an MRI report. The patient's printed name, date of birth and the imaging center are legible.]",
            time: '10:02 am',
          },
        ],
      },
      prompt: 'How do you answer?',
      choices: [
        {
          id: 'redirect-official',
          label:
            "Do not review the report. Thank them, explain that you cannot assess individual cases over social media, and give the practice's phone number and patient portal for booking an evaluation, or suggest they ask the clinician who ordered the scan.",
          feedback:
            "A report like this belongs in a secure, documented setting, not an app's inbox. PR-2 asks you to redirect requests for medical advice to official channels such as the office phone line or the portal. Ask your practice's compliance office how to handle health records that arrive this way.",
          score: 2,
          practices: ['PR-2'],
          next: 'moderate-thread',
        },
        {
          id: 'review-in-dm',
          label: 'Read the report and reply with your impression and a home exercise plan.',
          feedback:
            'You are now giving care through a social app, with identifying health information in an unsecured inbox and no examination or record. PR-2 asks you to keep this kind of engagement limited and to move requests for medical advice to an official, secure channel.',
          score: 0,
          practices: ['PR-2'],
          next: 'ending-clinic-in-comments',
        },
      ],
    },
    'moderate-thread': {
      kind: 'decision',
      title: 'The rest of the thread',
      body: [
        'Now for the other comments: two product promotions, and one that names another person and describes their surgery, hospital and recovery.',
        'You recognize the name. That person is a patient of your group practice, seen by one of your colleagues, and you have heard that their recovery is going better than the commenter says.',
      ],
      mock: {
        kind: 'comment-thread',
        post: {
          author: { name: 'You', handle: 'your.chiro.channel', role: 'Chiropractor' },
          text: 'Lumbar disc herniation explained: what it is, what usually helps, and the warning signs that need urgent care. General education, not medical advice.',
          time: '1 day ago',
        },
        comments: [
          {
            id: 'promo-capsules',
            author: { name: 'A supplement seller', handle: 'supplement.seller' },
            text: 'Our disc-repair capsules healed my herniation in 10 days!! Link in profile, use the code for 20% off.',
            time: '12 hours ago',
          },
          {
            id: 'names-patient',
            author: { name: 'A viewer', handle: 'viewer.two' },
            text: "Don't let them operate. [This comment gives another person's full name], from my gym, had back surgery at [a named local hospital] last spring and is still off work.",
            time: '9 hours ago',
          },
          {
            id: 'promo-table',
            author: { name: 'An equipment seller', handle: 'equipment.seller' },
            text: 'Skip the surgery bills, our inversion table fixes discs. Message us for a deal!',
            time: '3 hours ago',
          },
        ],
      },
      prompt: 'What do you do with these comments?',
      choices: [
        {
          id: 'remove-and-watch',
          label:
            'Remove the comment that names another person and both promotions, then keep an eye on the thread. If the naming or selling starts again, close the video to new comments for a while.',
          feedback:
            "The naming comment puts a third person's surgery and recovery on your account without their knowledge, and CC-10 asks you to moderate or remove content that could lead to a privacy or legal problem and to make sure health information is not shared there. The promotions make cure claims that viewers may read as your endorsement. Closing a post to comments is one of the tools CC-10 names.",
          score: 2,
          practices: ['CC-10'],
          next: 'comment-policy',
        },
        {
          id: 'correct-the-record',
          label:
            'Reply under the naming comment to set the record straight: that person is actually recovering well and is being looked after at your practice.',
          feedback:
            "You have just confirmed in public that a named person is a patient of your practice and described their recovery. CC-8 rules out posting about a patient in any terms without their explicit consent. If your practice is a HIPAA-covered entity, as practices that bill insurers electronically usually are, CC-4 reminds you that its rules reach what you post too, and your profession's ethics expect the same confidentiality either way. A comment by someone else does not open the door for you to add to it.",
          score: 0,
          practices: ['CC-8', 'CC-4'],
          next: 'ending-confirmed',
        },
        {
          id: 'promos-only',
          label:
            "Delete the two promotions, which are obviously spam, but leave the other comment. You didn't write it, so you are not the one sharing anything.",
          feedback:
            "The promotions are gone, but your account still carries a named person's surgery, hospital and recovery. CC-10 covers what others post on your account: moderate or remove content that could lead to privacy or legal problems, and make sure health information is not shared there. Leaving it up also looks like agreement.",
          score: 0,
          practices: ['CC-10'],
          next: 'thread-grows',
        },
        {
          id: 'close-everything',
          label:
            "Delete every comment on the video, including the first viewer's question and your reply, and turn off comments on all your videos.",
          feedback:
            'This removes the naming comment and the promotions (CC-10), but it also wipes out fair questions and your own redirect, without telling your audience why. If you allow comments at all, CC-11 suggests a transparent policy, so that moderation is predictable rather than sudden.',
          score: 1,
          practices: ['CC-10', 'CC-11'],
          next: 'comment-policy',
        },
      ],
    },
    'thread-grows': {
      kind: 'decision',
      title: 'A reply from a relative',
      body: [
        'That evening a new reply appears under the naming comment: "That is my sister. She never agreed to have her surgery discussed here. Why is this still up?" Other viewers start guessing which surgeon operated.',
      ],
      prompt: 'What do you do?',
      choices: [
        {
          id: 'remove-and-note',
          label:
            "Remove the naming comment and every reply that discusses her, post a short note that comments about other people's health are removed, and tell your practice's privacy office what happened, since she is a patient there. Confirm nothing about her to anyone.",
          feedback:
            'Removing the comments ends the exposure on your account, which CC-10 asked for from the start. The short note shows the rule applies to everyone, the first step toward the transparent policy CC-11 describes. Saying nothing about her status as a patient keeps you within CC-8.',
          score: 1,
          practices: ['CC-10', 'CC-11', 'CC-8'],
          next: 'comment-policy',
        },
        {
          id: 'not-my-post',
          label: 'Reply to her relative: "Sorry, but I didn\'t post it. I can\'t control what others write."',
          feedback:
            'You can: you own the account, and CC-10 asks you to moderate or remove what others leave there when it could lead to privacy or legal problems. Replying in public while the comment stays up also draws more attention to it.',
          score: 0,
          practices: ['CC-10'],
          next: 'ending-exposure',
        },
      ],
    },
    'comment-policy': {
      kind: 'decision',
      title: 'A policy for next time',
      body: [
        "You post the same videos on a photo-sharing app and on your practice's page, and comments arrive on all three. Your practice has its own social media policy. You decide to write a comment policy and start a draft.",
      ],
      mock: {
        kind: 'post-composer',
        author: { name: 'You', handle: 'your.chiro.channel', role: 'Chiropractor' },
        text: "Comment policy (draft): Questions and respectful discussion are welcome. I can't give individual medical advice here; for that, please contact your own clinician or call our office. I remove comments that...",
        audience: 'Public',
      },
      prompt: 'What does the policy say, and where does it go?',
      choices: [
        {
          id: 'full-policy',
          label:
            "List what will be removed (inappropriate language, promotion of products or companies, and personal health details about anyone), pin the same policy on all three platforms and apply it the same way everywhere, and ask the practice's compliance lead to check it against practice policy and any state or national rules on comment discussions.",
          feedback:
            'This covers all three parts of CC-11: it says plainly what gets moderated, including inappropriate language and product promotion (a); it applies the same standard on every platform (b); and it is checked against national, state and institutional rules (c). It also gives your CC-10 decisions a public basis, so removing a comment never looks arbitrary.',
          score: 2,
          practices: ['CC-11', 'CC-10'],
          next: 'ending-best',
        },
        {
          id: 'this-channel-only',
          label: 'Pin a thorough policy on the video channel only, and handle the other platforms case by case.',
          feedback:
            'The content is sound, but CC-11 asks for the same rules on every platform you use. If promotions are removed here and left up elsewhere, or a question is hidden on one site only, your moderation looks arbitrary.',
          score: 1,
          practices: ['CC-11'],
          next: 'ending-inconsistent',
        },
        {
          id: 'remove-criticism',
          label: 'Say that comments critical of the practice or its treatments will be removed, along with spam.',
          feedback:
            'Being open about a rule does not make it a fair rule. Moderation under CC-10 is a safety step for privacy, legal and community-standard problems, not a way to clear away disagreement, and a CC-11 policy should be built around those problems and checked against national, state and institutional rules. Viewers who see only praise also learn less.',
          score: 0,
          practices: ['CC-11', 'CC-10'],
          next: 'ending-one-sided',
        },
      ],
    },
    'ending-best': {
      kind: 'ending',
      title: 'A thread that is safe to join',
      rating: 'best',
      debrief: [
        'Viewers can ask questions and disagree, nobody gets individual care in public, and health details about named people and sales pitches are removed under a rule everyone can read.',
        "PR-2 keeps clinical questions on official channels. CC-10 makes you responsible for what others post on your account, including other people's health information, and CC-11 makes that responsibility transparent: say what you remove, apply it the same way on every platform, and keep it in line with national, state and institutional rules. CC-8 keeps you from adding anything about a patient yourself.",
      ],
      practices: ['PR-2', 'CC-10', 'CC-11', 'CC-8'],
    },
    'ending-inconsistent': {
      kind: 'ending',
      title: 'Good rules, one platform',
      rating: 'acceptable',
      debrief: [
        'The video channel is well moderated, but the same promotions and health details can still appear under the same videos elsewhere, and followers notice that the rules change with the platform.',
        'CC-11 asks for one policy, applied the same way everywhere you allow comments, and checked against national, state and institutional rules. Pinning the same text on each account takes minutes, and it is what makes your CC-10 removals look fair rather than arbitrary.',
      ],
      practices: ['CC-11', 'CC-10'],
    },
    'ending-one-sided': {
      kind: 'ending',
      title: 'A policy that silences',
      rating: 'harmful',
      debrief: [
        'Your policy is public, but it promises to remove fair criticism. Viewers who question a treatment learn that disagreement is not welcome, and the thread turns into a showcase rather than a place to learn.',
        'CC-10 moderation exists to keep privacy breaches, unlawful content and community-standard violations off your account. A CC-11 policy should name those problems, such as inappropriate language, product promotion and shared health details, and follow national, state and institutional rules.',
      ],
      practices: ['CC-10', 'CC-11'],
    },
    'ending-clinic-in-comments': {
      kind: 'ending',
      title: 'Care on the wrong channel',
      rating: 'harmful',
      debrief: [
        'Your channel has become a place where people post their imaging, symptoms and medications and get individual advice without an examination, a record or privacy. Someone with a worsening nerve problem may wait for a reply instead of getting assessed.',
        "Education belongs on the channel; individual care does not. PR-2 asks you to limit engagement and point people to official channels such as the office phone line or patient portal, and CC-10 asks you to keep other people's health details from piling up on your account.",
      ],
      practices: ['PR-2', 'CC-10'],
    },
    'ending-exposure': {
      kind: 'ending',
      title: "A patient's surgery, left on display",
      rating: 'harmful',
      debrief: [
        "A named person's surgery and recovery stay on your account after her family has asked for them to come down, and strangers are now adding guesses about her care.",
        'CC-10 makes moderation your job on your own account: remove comments that could lead to privacy or legal problems, and close a post to comments when a thread keeps going wrong. A published policy (CC-11) makes those removals predictable and fair.',
      ],
      practices: ['CC-10', 'CC-11'],
    },
    'ending-confirmed': {
      kind: 'ending',
      title: 'You confirmed a patient',
      rating: 'harmful',
      debrief: [
        "A commenter's rumor has become a clinician's public confirmation: a named person is a patient of your practice, and you have described how their recovery is going. Delete your reply and report it promptly to your practice's privacy office, which decides whether and how the patient is told; do not contact her about it yourself.",
        'CC-8 means saying nothing about a patient, in any terms, without their explicit consent, and CC-4 reminds you that where HIPAA binds your practice, its rules reach your posts. The right move was to remove the comment (CC-10) and add nothing.',
      ],
      practices: ['CC-8', 'CC-4', 'CC-10'],
    },
  },
};

export default scenario;
