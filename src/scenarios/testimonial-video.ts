import type { Scenario } from '../schemas/scenario';

/** A grateful patient offers a video testimonial after a staff member has already promised a discount in return. */
const scenario: Scenario = {
  id: 'testimonial-video',
  version: 2,
  title: 'A grateful patient offers a testimonial video',
  summary:
    'A patient who is walking comfortably again after surgery for lumbar spinal stenosis and a course of physical therapy offers to record a video for your practice, and a staff member has already promised a discount in return.',
  theme: 'spine-care',
  setting: "A multidisciplinary spine practice's public account on a video app",
  role: 'Practice manager',
  profession: 'staff',
  care: 'both',
  cast: [
    {
      profession: 'staff',
      part: 'errs',
      who: 'the front-desk coordinator who promised the patient a discount for the video',
    },
    {
      profession: 'staff',
      part: 'model',
      who: "the practice's compliance officer who explains why the practice does not offer discounts for testimonials",
    },
  ],
  minutes: 7,
  start: 'offer-arrives',
  nodes: {
    'offer-arrives': {
      kind: 'narrative',
      title: 'An offer in the inbox',
      body: [
        "You manage a practice where spine surgeons and physical therapists work side by side, and you look after the practice's public account on a video app. A patient who had a lumbar decompression for lumbar spinal stenosis a few months ago, followed by a course of physical therapy with your team, sends the account a message.",
        'Before you saw it, the front-desk coordinator answered from the practice account and promised a discount on future visits as a thank-you. The practice has a privacy and compliance office and a written authorization form for sharing patient stories.',
      ],
      mock: {
        kind: 'dm-thread',
        platform: 'Video app',
        with: { name: 'A patient (name hidden)', handle: 'patient.account' },
        messages: [
          {
            from: 'them',
            text: 'I walked the whole loop around the park this weekend! I would love to make a video telling people how much the surgery and the therapy helped me.',
            time: '10:04 am',
          },
          {
            from: 'me',
            text: 'That is wonderful news! We would love that. As a thank-you, we will give you a discount on your upcoming visits.',
            time: '10:31 am',
          },
          {
            from: 'them',
            text: 'Great! I have one of my last therapy sessions on Thursday. Shall we film then?',
            time: '10:40 am',
          },
        ],
      },
      next: 'how-to-start',
    },
    'how-to-start': {
      kind: 'decision',
      title: 'Before the camera rolls',
      body: [
        'The patient is keen, and Thursday is two days away. The physical therapist says they can film on a phone during the session.',
      ],
      prompt: 'How do you move forward?',
      choices: [
        {
          id: 'treat-message-as-consent',
          label: 'Reply that Thursday works. The patient offered in writing, so the message is your consent.',
          feedback:
            "A friendly offer in a chat is not informed consent: the patient has not been told what will be filmed, where it will appear, who can see it, or that saying no will not affect their care. CC-8 asks for explicit informed consent to share a patient's information on social media before you post anything about them, and a message thread is a weak record of it.",
          score: 0,
          practices: ['CC-8'],
          next: 'filmed-thursday',
        },
        {
          id: 'film-then-paperwork',
          label:
            'Film on Thursday, and have the patient sign the authorization form afterward, before anything is posted.',
          feedback:
            'Written consent before posting meets the core of CC-8, but consent is better informed when the patient knows the scope before speaking on camera. Filming in the middle of a busy session also risks catching other patients and identifying details, which SC-5 asks you to keep out of the frame.',
          score: 1,
          practices: ['CC-8', 'SC-5'],
          next: 'filmed-thursday',
        },
        {
          id: 'consent-conversation-first',
          label:
            "Set up a short conversation first: explain what would be filmed and posted, where and for how long, make clear that saying no will not affect their care, and go through the practice's written authorization form together.",
          feedback:
            'This is informed consent in practice: the patient decides with the full picture, before a single frame is recorded (CC-8). A signed authorization is also the express written permission that CC-9 asks you to state on the post.',
          score: 2,
          practices: ['CC-8', 'CC-9'],
          next: 'consent-talk',
        },
      ],
    },
    'filmed-thursday': {
      kind: 'decision',
      title: 'Footage, but no form',
      body: [
        'On Thursday the physical therapist films the patient talking about their recovery and walking on the clinic treadmill. The editor has a cut ready by Friday, and the front-desk coordinator asks whether it can go up over the weekend.',
        'No authorization form has been signed yet.',
      ],
      mock: {
        kind: 'post-composer',
        author: { name: 'Your practice', handle: 'your.practice', role: 'Spine practice' },
        text: 'Real patient, real results! Hear how this patient got back to walking after spine surgery and therapy with our team.',
        media: {
          description: 'Video, 1 minute: the patient talks about their recovery, then walks on a clinic treadmill.',
        },
        audience: 'Public',
      },
      prompt: 'What do you tell the coordinator?',
      choices: [
        {
          id: 'post-this-weekend',
          label: 'Post it. The patient clearly wants it shared, and the form can be signed at the next visit.',
          feedback:
            'Posting first and collecting a signature later reverses the order CC-8 depends on: the patient has not agreed to this cut, this caption or this audience. With no authorization on file there is also no honest permission statement to add, which CC-9 expects on a post like this.',
          score: 0,
          practices: ['CC-8', 'CC-9'],
          next: 'ending-posted-without-consent',
        },
        {
          id: 'consent-before-posting',
          label:
            "Hold the post. Invite the patient to watch the cut, talk through where it would appear, and let them decide whether to sign the practice's written authorization form.",
          feedback:
            'Holding the post puts consent back where it belongs, before publication, and lets the patient see exactly what they would be agreeing to (CC-8). A signed authorization also gives you a true permission statement for the post (CC-9). Next time, have this conversation before anyone films.',
          score: 1,
          practices: ['CC-8', 'CC-9'],
          next: 'consent-talk',
        },
      ],
    },
    'consent-talk': {
      kind: 'narrative',
      title: 'The authorization conversation',
      body: [
        "You sit down with the patient and the practice's written authorization form for sharing patient stories on social media, which the privacy office provides. You explain that the video would be public, that anyone could save or share it, that it would stay online until removed, and that declining would change nothing about their care.",
        'The patient signs. They are happy to speak and to be shown walking, with two conditions written on the form: their face is not shown, and their name is not used.',
      ],
      next: 'cut-review',
    },
    'cut-review': {
      kind: 'decision',
      title: 'Checking the cut',
      body: [
        'The editor sends a cut that keeps the face out of the frame. Before you approve it, you watch it frame by frame.',
      ],
      mock: {
        kind: 'post-composer',
        author: { name: 'Your practice', handle: 'your.practice', role: 'Spine practice' },
        text: 'Back to walking the park loop after surgery for lumbar spinal stenosis and a course of physical therapy. Thank you for sharing your story!',
        media: {
          description:
            "Video, 1 minute, face not shown. At 0:12 a large, distinctive tattoo on the patient's left calf is in sharp focus as they walk on the treadmill. At 0:25 the clinic whiteboard behind the treadmill shows the patient's first name beside a therapy time. At 0:40 another patient doing exercises on a mat is visible in the background.",
        },
        audience: 'Public',
      },
      prompt: 'What do you do with this cut?',
      choices: [
        {
          id: 'approve-as-is',
          label: 'Approve it. The face is hidden, which is what the patient asked for.',
          feedback:
            'Hiding the face is not the same as hiding the person. The tattoo can identify the patient as surely as a face, the whiteboard adds a name, and the patient in the background never agreed to anything. SC-5 asks you to keep tattoos and other identifying details out of the shot, and CC-8 protects the other patient, who gave no consent at all.',
          score: 0,
          practices: ['SC-5', 'CC-8'],
          next: 'ending-recognized',
        },
        {
          id: 'fix-background-only',
          label: 'Cut the whiteboard shot and blur the other patient, but keep the tattoo: it is only a leg.',
          feedback:
            'Removing the whiteboard and the other patient deals with the obvious protected health information, as CC-5 asks. But a distinctive tattoo is exactly the kind of identifying marking SC-5 names, and the patient asked not to be recognizable.',
          score: 1,
          practices: ['SC-5', 'CC-5'],
          next: 'patient-preview',
        },
        {
          id: 'fix-all-and-preview',
          label:
            'Ask the editor to blur or reframe the tattoo and to remove the whiteboard shot and the other patient, then show the final cut to the patient before it goes anywhere.',
          feedback:
            'You checked every frame for protected health information (CC-5) and removed the identifying marking, as SC-5 asks. Showing the patient the final cut confirms they are comfortable with exactly what will be posted, which keeps their consent informed (CC-8).',
          score: 2,
          practices: ['SC-5', 'CC-5', 'CC-8'],
          next: 'final-post',
        },
      ],
    },
    'patient-preview': {
      kind: 'narrative',
      title: 'The patient takes a look',
      body: [
        'You send the revised cut to the patient through the patient portal before posting. They reply quickly: everyone at their workplace knows that tattoo, so with it in view they might as well have shown their face.',
        'The editor blurs the tattoo and trims the walking shots so it never appears. The patient approves the new version.',
      ],
      next: 'final-post',
    },
    'final-post': {
      kind: 'decision',
      title: 'The promised discount',
      body: [
        'The video is ready to post, and the composer has a disclosure field that is still empty. Before you fill it in, think back to what the front-desk coordinator promised in the first message: a discount on future visits as a thank-you for the video. Nothing has been given yet.',
      ],
      mock: {
        kind: 'post-composer',
        author: { name: 'Your practice', handle: 'your.practice', role: 'Spine practice' },
        text: 'Back to walking the park loop after surgery for lumbar spinal stenosis and a course of physical therapy. Thank you for sharing your story!',
        hashtags: ['spinehealth', 'physicaltherapy'],
        media: {
          description:
            'Video, 1 minute: the patient describes getting back to walking and is shown from behind on a treadmill. No face, no name, no tattoo, no whiteboard and no other people are in view.',
        },
        audience: 'Public',
      },
      prompt: 'What do you do about the discount and the disclosure line?',
      choices: [
        {
          id: 'check-before-honoring',
          label:
            "Hold the post for a day and ask the practice's compliance office whether the practice may give a discount in return for a testimonial at all, including what each clinician's licensing board says. Tell the patient honestly that you are checking, and that their care does not depend on the answer.",
          feedback:
            'Disclosing compensation is required (SC-7), but it is not the whole answer: an inducement such as a discount on care can itself be restricted by licensing boards, payer rules or consumer-protection rules on endorsements, and those differ by profession and place (CC-7). The safe order is to check before anything is offered. Here the offer was made without that check, so you check before it is honored and before the post goes up.',
          score: 2,
          practices: ['SC-7', 'CC-7'],
          next: 'compliance-answer',
        },
        {
          id: 'permission-and-discount',
          label:
            '"Shared with the patient\'s written permission (HIPAA authorization on file). The patient received a discount on future visits as a thank-you for taking part."',
          feedback:
            'Both facts are on the post where viewers can see them, which CC-9 and SC-7 ask for, and a discount on care counts as compensation. But disclosure is only half the question. Nobody has checked whether the practice may offer a discount for a testimonial in the first place, and licensing boards, payer rules or consumer-protection rules can restrict that (CC-7).',
          score: 1,
          practices: ['CC-9', 'SC-7', 'CC-7'],
          next: 'ending-disclosed-unchecked',
        },
        {
          id: 'permission-only',
          label: '"Shared with the patient\'s written permission."',
          feedback:
            'The permission statement meets CC-9. But viewers cannot tell that the patient was promised something in return, and SC-7 asks every testimonial to state clearly whether the patient was or was not compensated. The discount itself has still not been checked with anyone.',
          score: 0,
          practices: ['CC-9', 'SC-7'],
          next: 'ending-half-disclosed',
        },
        {
          id: 'not-paid',
          label: '"Shared with permission. This patient was not paid for this video."',
          feedback:
            'The permission statement (CC-9) is fine; the compensation statement is not. No money changed hands, but a discount on future visits is compensation: SC-7 counts an exchange of services as well as money. Telling viewers the patient was not paid gives them a false picture, which is worse than saying nothing.',
          score: 0,
          practices: ['SC-7', 'CC-9'],
          next: 'ending-misleading',
        },
      ],
    },
    'compliance-answer': {
      kind: 'narrative',
      title: "The compliance office's answer",
      body: [
        'The compliance officer replies the next morning. The practice does not offer discounts, free care or gifts in return for testimonials: depending on the profession, the payer and the state, such inducements can run into licensing-board advertising rules, payer rules and consumer-protection rules on endorsements, so the practice avoids them altogether. Thank-you notes are fine.',
        'You phone the patient, apologize for the mix-up, and explain that the practice cannot give the discount after all, and that they are free to withdraw their permission. The patient laughs: they offered before anyone mentioned a discount, and they are happy to go ahead. You brief the front-desk coordinator, and together you add the rule to the front-desk script for patient stories.',
      ],
      next: 'disclosure-line',
    },
    'disclosure-line': {
      kind: 'decision',
      title: 'The disclosure line',
      body: ['The video is ready to post again, with the disclosure field still empty.'],
      prompt: 'What do you put in the disclosure field?',
      choices: [
        {
          id: 'permission-and-no-compensation',
          label:
            '"Shared with the patient\'s written permission. The patient received no payment, discount or free care for taking part."',
          feedback:
            'Both statements are true and visible. CC-9 asks you to say that you hold express written permission, and SC-7 asks every testimonial to state whether the patient was compensated, including when the answer is no. Naming discounts and free care, not only payment, leaves no room for doubt.',
          score: 2,
          practices: ['CC-9', 'SC-7'],
          next: 'ending-best',
        },
        {
          id: 'permission-line-only',
          label: '"Shared with the patient\'s written permission."',
          feedback:
            'The permission statement meets CC-9. SC-7 asks testimonials to say whether the patient was compensated either way, so viewers do not have to guess; one more sentence would tell them the patient received nothing.',
          score: 1,
          practices: ['CC-9', 'SC-7'],
          next: 'ending-silent',
        },
      ],
    },
    'ending-best': {
      kind: 'ending',
      title: 'Consented, careful and transparent',
      rating: 'best',
      debrief: [
        'The patient agreed with a clear picture of what would be posted (CC-8), the video shows nothing that identifies them beyond what they chose to share (SC-5), and viewers can see that permission was given (CC-9) and that the patient received nothing in return.',
        'Disclosing compensation (SC-7) is necessary but not sufficient: discounts, free care or gifts for testimonials can be restricted in their own right, and the rules differ between professions and places. Check with the compliance office or the licensing board before anyone offers one (CC-7), and make that part of how staff answer patients who offer their stories.',
      ],
      practices: ['CC-8', 'CC-9', 'SC-5', 'SC-7', 'CC-7'],
    },
    'ending-disclosed-unchecked': {
      kind: 'ending',
      title: 'Transparent, but unchecked',
      rating: 'acceptable',
      debrief: [
        'Consent and privacy were handled well, and the post tells viewers honestly that the patient gave written permission (CC-9) and received a discount. What nobody did was ask whether the practice should offer a discount for a testimonial at all.',
        'Disclosure (SC-7) is required, but such inducements can themselves be restricted by licensing boards, payer rules or consumer-protection rules on endorsements. Ask the compliance office now whether the discount can stand, and check before offering anything the next time (CC-7).',
      ],
      practices: ['SC-7', 'CC-9', 'CC-7'],
    },
    'ending-silent': {
      kind: 'ending',
      title: 'True, but incomplete',
      rating: 'acceptable',
      debrief: [
        'You checked the discount before honoring it (CC-7) and dealt with the patient honestly, which was the hard part. The post says the patient gave written permission (CC-9), but not whether they were compensated, so viewers are left to wonder.',
        'SC-7 asks every testimonial to say whether the patient was compensated, including when they were not. One sentence does it.',
      ],
      practices: ['SC-7', 'CC-9', 'CC-7'],
    },
    'ending-half-disclosed': {
      kind: 'ending',
      title: 'Permission shown, discount hidden',
      rating: 'harmful',
      debrief: [
        'Consent and privacy were handled well, and the post says the patient gave written permission (CC-9). What it leaves out is the discount, so viewers take the story as freely given when it was not entirely, and nobody has checked whether the practice may offer such a discount at all.',
        'SC-7 applies whatever the answer is: say whether the patient was compensated or not. And before anyone offers a discount or free care for a testimonial, check with the compliance office or the licensing board, because such inducements can be restricted in their own right (CC-7).',
      ],
      practices: ['CC-9', 'SC-7', 'CC-7'],
    },
    'ending-misleading': {
      kind: 'ending',
      title: 'A disclosure that misleads',
      rating: 'harmful',
      debrief: [
        'Everything else was done with care, including the permission statement (CC-9), but the disclosure line tells viewers the patient was not compensated when the practice gave them a discount on care in return. A statement that is literally about money but silent on services leaves a false impression, and it can damage trust in the practice if the arrangement comes to light.',
        'SC-7 covers money and exchanged services alike. Correct the line promptly, make sure staff know that a discount or a free visit counts, and ask the compliance office whether the discount should have been offered at all (CC-7).',
      ],
      practices: ['SC-7', 'CC-9', 'CC-7'],
    },
    'ending-recognized': {
      kind: 'ending',
      title: 'Recognized anyway',
      rating: 'harmful',
      debrief: [
        "Within a day, a coworker of the patient comments that they would know that tattoo anywhere, and the other patient seen in the background asks the front desk why they are in the practice's video. The face was hidden, but the person was not.",
        'A signed authorization does not cover details the patient asked you to leave out, and it never covers other patients. Check every frame for protected health information (CC-5), keep tattoos and other distinctive markings out of the shot (SC-5), and post only about patients who have given informed consent (CC-8).',
      ],
      practices: ['SC-5', 'CC-5', 'CC-8'],
    },
    'ending-posted-without-consent': {
      kind: 'ending',
      title: 'Posted before permission',
      rating: 'harmful',
      debrief: [
        'The video goes up on Saturday. When the patient sees it, they are uneasy: they had pictured a short clip on the practice website, not a public video with their voice and recovery story on a video app, and they ask for it to come down. Copies may already have been saved or shared.',
        'Informed consent has to come before posting, and for something this public it should come before filming (CC-8). Only with express written permission in hand can you add the clear permission statement that CC-9 asks for.',
      ],
      practices: ['CC-8', 'CC-9'],
    },
  },
};

export default scenario;
