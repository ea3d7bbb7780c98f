import type { Scenario } from '../schemas/scenario';

/** A physical therapist hosts a clinic livestream with a patient schedule, a patient and a device claim within reach. */
const scenario: Scenario = {
  id: 'clinic-livestream-schedule',
  version: 2,
  title: 'Going live from the clinic',
  summary:
    "You host your physical therapy clinic's lunchtime livestream on low back pain. The schedule screen, a patient and a free sample of a traction device are all within reach of the camera.",
  theme: 'compliance-confidentiality',
  setting: "An outpatient physical therapy clinic's public account on a video app, streaming live",
  role: 'Physical therapist',
  profession: 'physical-therapist',
  care: 'non-surgical',
  cast: [
    {
      profession: 'physical-therapist',
      part: 'errs',
      who: "the clinic director who wants to stream from the gym during patient hours and repeat the sales rep's claim",
    },
  ],
  minutes: 7,
  start: 'plan-stream',
  nodes: {
    'plan-stream': {
      kind: 'narrative',
      title: 'A lunchtime livestream',
      body: [
        'You are a physical therapist at an outpatient clinic that is part of a regional health system. Once a month the clinic streams a 20-minute question-and-answer session on its public account on a video app. Today you are hosting: "Desk work and low back pain."',
        "The health system's social media policy, which you signed when you joined, has a section on photos, video and live streaming in patient areas. An hour before the stream, the clinic director messages you.",
      ],
      mock: {
        kind: 'dm-thread',
        platform: 'Clinic messaging app',
        with: { name: 'Clinic director', handle: 'clinic.director', role: 'Physical therapist, clinic director' },
        messages: [
          {
            from: 'them',
            text: "Let's stream from the gym today so people see the space! A few patients are still in until 12:30, but they'll be at the back.",
            time: '11:05 am',
          },
          {
            from: 'them',
            text: 'Also, the device company dropped off free samples of its new lumbar traction belt. Show it on camera. The rep says it reverses disc herniations.',
            time: '11:06 am',
          },
        ],
      },
      next: 'frame-check',
    },
    'frame-check': {
      kind: 'decision',
      title: 'Check the frame',
      body: [
        'At 12:10 you set your phone on a tripod in the gym and look at the preview. You go live at 12:15. Read the details in the preview before you decide.',
      ],
      mock: {
        kind: 'scene',
        scene: 'clinic-livestream',
        caption: 'Camera preview in the clinic gym, five minutes before going live',
        details: [
          {
            id: 'presenter',
            label: 'You',
            description: 'You stand in the center of the frame in a clinic polo shirt.',
          },
          {
            id: 'schedule-screen',
            label: 'Schedule screen',
            description:
              "The front-desk monitor behind you shows today's schedule. Patient names, appointment times and visit types are readable in the preview.",
          },
          {
            id: 'patient-in-background',
            label: 'Patient in the background',
            description:
              "At the far end of the gym a patient is doing bridging exercises on a mat with a physical therapist assistant. The patient's face is visible whenever they turn.",
          },
          {
            id: 'chart',
            label: 'Chart',
            description:
              "An open tablet on the treatment table beside you shows a patient's plan of care, with a printed name at the top.",
          },
        ],
      },
      prompt: 'What do you do before going live?',
      choices: [
        {
          id: 'move-and-clear',
          label:
            'Move the stream to the empty staff room with a plain wall behind you, lock the tablet and leave it behind, and check the new preview before going live. Tell the director why.',
          feedback:
            "CC-6 asks you not to stream or join live events where a patient or PHI could be seen, and a clinic gym during patient hours is exactly that. A room with no screens, charts or patients removes the risk instead of managing it, and the CC-5 habit of checking every corner of an image applies to a live preview too. The health system's policy has a section on live streaming in patient areas, and pointing to it (CC-3) turns the move from your preference into the rule when you explain it to the director.",
          score: 2,
          practices: ['CC-6', 'CC-5', 'CC-3'],
          next: 'live-clean',
        },
        {
          id: 'screen-off',
          label:
            'Stay in the gym for the atmosphere, but switch off the schedule screen and close the tablet. The patient at the back is small in the frame.',
          feedback:
            'Switching off the screen and closing the chart removes two sources of PHI, which is a real improvement (CC-5). But a patient in the background is still a patient on camera, and CC-6 covers people as well as screens. Small in the frame is not the same as unrecognizable to someone who knows them.',
          score: 1,
          practices: ['CC-6', 'CC-5'],
          next: 'patient-recognized',
        },
        {
          id: 'go-live-now',
          label: 'Go live as it is. The stream is short and nobody reads the background.',
          feedback:
            'Live video cannot be edited before viewers see it, and anyone watching can record their screen. With a readable schedule, an open chart and a patient in view, going live here is what CC-6 warns against, and the frame was never checked for PHI as CC-5 asks.',
          score: 0,
          practices: ['CC-6', 'CC-5'],
          next: 'screen-read',
        },
      ],
    },
    'live-clean': {
      kind: 'narrative',
      title: 'Live from the staff room',
      body: [
        "The director grumbles that the staff room looks dull, then agrees once you point to the policy's section on streaming in patient areas. The stream starts on time and about sixty viewers join. Ten minutes in, the director walks in carrying the traction belt.",
      ],
      next: 'device-question',
    },
    'patient-recognized': {
      kind: 'decision',
      title: 'Someone knows that patient',
      body: [
        'Eight minutes into the stream, the patient at the back of the gym finishes a set and walks toward the water cooler, closer to the camera. A comment appears in the live chat.',
      ],
      mock: {
        kind: 'comment-thread',
        post: {
          author: { name: 'Your clinic', handle: 'your.pt.clinic', role: 'Physical therapy clinic' },
          text: 'LIVE: Desk work and low back pain. Ask your questions!',
          media: {
            description: 'Live video of you in the clinic gym. Behind you, a patient is walking toward the camera.',
          },
          time: 'Live now',
        },
        comments: [
          {
            id: 'viewer-recognizes',
            author: { name: 'A viewer', handle: 'viewer.account' },
            text: 'Wait, is that my coworker behind you?? Hope your back is getting better!!',
            time: 'Just now',
          },
        ],
      },
      prompt: 'What do you do?',
      choices: [
        {
          id: 'pause-and-reset',
          label:
            "Say you will be back in two minutes, end the stream, hide the comment, and restart from the empty staff room. Right after the stream, report it to the health system's privacy office: what was on camera, for how long, and the viewer's comment.",
          feedback:
            "Ending the stream stops the exposure at once, and hiding the comment keeps the viewer's guess from being confirmed (CC-10). The health system is bound by HIPAA (CC-4), so its privacy office, not you, decides whether this was a breach and whether and how the patient is told; your part is to report promptly and completely, and not to contact the patient about it yourself. Restarting somewhere with no patients is what CC-6 asked for from the start.",
          score: 2,
          practices: ['CC-6', 'CC-10', 'CC-4'],
          next: 'device-question',
        },
        {
          id: 'turn-camera',
          label: 'Turn the camera toward the wall, hide the comment and carry on.',
          feedback:
            "Turning the camera stops more footage of the patient, and hiding the comment avoids confirming the viewer's guess (CC-10). But the recording already holds the moment, you are still streaming from a room where patients are working (CC-6), and the privacy office, which decides what happens next under HIPAA (CC-4), does not know. Stop, then report.",
          score: 1,
          practices: ['CC-6', 'CC-10', 'CC-4'],
          next: 'device-question',
        },
        {
          id: 'reply-warmly',
          label: 'Reply on air: "Small world! Yes, she is doing great with her rehab."',
          feedback:
            'That reply confirms to everyone watching that this person is your patient and describes her care, without any consent. CC-8 does not allow posting about a patient without explicit consent, and CC-6 exists so that patients are never on camera in the first place.',
          score: 0,
          practices: ['CC-8', 'CC-6'],
          next: 'ending-disclosed',
        },
      ],
    },
    'screen-read': {
      kind: 'decision',
      title: 'A viewer zooms in',
      body: ['Five minutes in, the live chat lights up.'],
      mock: {
        kind: 'comment-thread',
        post: {
          author: { name: 'Your clinic', handle: 'your.pt.clinic', role: 'Physical therapy clinic' },
          text: 'LIVE: Desk work and low back pain. Ask your questions!',
          media: {
            description:
              'Live video of you in the clinic gym, with the schedule screen on the wall and a patient exercising behind you.',
          },
          time: 'Live now',
        },
        comments: [
          {
            id: 'viewer-zoom',
            author: { name: 'A viewer', handle: 'viewer.account' },
            text: 'lol zoom in on the screen behind you, I can read who is coming in at 2',
            time: 'Just now',
          },
          {
            id: 'viewer-reply',
            author: { name: 'Another viewer', handle: 'another.viewer' },
            text: 'haha I know the 3:30 guy',
            time: 'Just now',
          },
        ],
      },
      prompt: 'What do you do?',
      choices: [
        {
          id: 'end-and-report',
          label:
            "End the stream now, hide the comments, and tell the director and the health system's privacy office what was on screen and for how long.",
          feedback:
            'Stopping at once limits the exposure, though viewers may already have captured the screen. CC-6 would have kept the stream out of this room. Now a prompt, complete report is your job: the health system is bound by HIPAA (CC-4), and its privacy office decides whether the patients on the schedule need to be told and, if so, tells them. Hiding the comments stops the names being repeated (CC-10).',
          score: 2,
          practices: ['CC-6', 'CC-4', 'CC-10'],
          next: 'ending-stopped',
        },
        {
          id: 'screen-off-continue',
          label: 'Reach back, switch off the screen, hide the comments and keep going.',
          feedback:
            'Switching off the screen stops further exposure, but the names were already broadcast and recorded, a patient is still exercising in view, and nobody who handles privacy knows. CC-6 asks you not to stream where patients or PHI are visible, and what has already happened needs a prompt report to the privacy office, which decides under HIPAA whether anyone must be told (CC-4).',
          score: 1,
          practices: ['CC-6', 'CC-4'],
          next: 'device-question',
        },
        {
          id: 'laugh-it-off',
          label: 'Laugh it off and keep going. Nobody can really read it on a phone.',
          feedback:
            'Two viewers have just shown that they can read it. Every minute adds to the exposure and to a recording that stays online. CC-6 and CC-5 exist for this moment: stop, then fix it.',
          score: 0,
          practices: ['CC-6', 'CC-5'],
          next: 'ending-disclosed',
        },
      ],
    },
    'device-question': {
      kind: 'decision',
      title: 'The traction belt',
      body: [
        'The director hands you the lumbar traction belt the device company left as a free sample and whispers: "Tell them what the rep said, that it reverses herniations." A question arrives in the chat.',
      ],
      mock: {
        kind: 'comment-thread',
        post: {
          author: { name: 'Your clinic', handle: 'your.pt.clinic', role: 'Physical therapy clinic' },
          text: 'LIVE: Desk work and low back pain. Ask your questions!',
          media: { description: 'Live video. You are holding a lumbar traction belt up to the camera.' },
          time: 'Live now',
        },
        comments: [
          {
            id: 'viewer-question',
            author: { name: 'A viewer', handle: 'viewer.two' },
            text: "Does that belt fix a herniated disc? Mine is at the bottom of my spine and I'm desperate. Where do I buy it?",
            time: 'Just now',
          },
        ],
      },
      prompt: 'What do you say on air?',
      choices: [
        {
          id: 'accurate-and-disclosed',
          label:
            "Say that the company gave the clinic free samples, that you will not make claims about what the device does, and that questions about a particular disc belong with the viewer's own clinician or the clinic's phone line. Then go back to general, evidence-based advice.",
          feedback:
            "FDA rules on promoting devices bind manufacturers and those who promote on their behalf, and a clinician who is handed free samples and repeats the rep's claim on camera can end up in that position (CC-4). A sales line is no basis for a public claim, and your compliance office can advise on what may be said. Mentioning the free samples is the disclosure SC-8 asks for. Pointing the viewer to an official channel for their own case follows PR-2.",
          score: 2,
          practices: ['CC-4', 'SC-8', 'PR-2'],
          next: 'replay-decision',
        },
        {
          id: 'repeat-claim',
          label: "Repeat the rep's line: the belt reverses herniations, and the clinic can order one for you.",
          feedback:
            "You have just repeated a manufacturer's treatment claim for its device, live and on the record, while holding the free samples it supplied. FDA rules on device promotion bind manufacturers and those who promote on their behalf, and passing on the company's own claim can put you in that position (CC-4). Leaving out the free samples adds an undisclosed conflict of interest (SC-8).",
          score: 0,
          practices: ['CC-4', 'SC-8'],
          next: 'ending-claim',
        },
        {
          id: 'skip-device',
          label: 'Put the belt down and say the stream is not the place to discuss products.',
          feedback:
            "You avoid repeating the company's device claim, which keeps clear of the FDA questions CC-4 raises. The viewer's question about their own disc is left hanging, though; a short pointer to their own clinician or the clinic's phone line would follow PR-2.",
          score: 1,
          practices: ['CC-4', 'PR-2'],
          next: 'replay-decision',
        },
      ],
    },
    'replay-decision': {
      kind: 'decision',
      title: 'Posting the replay',
      body: [
        "The stream ends. The video app has saved the recording and offers to post it as a replay on the clinic's page. The director asks you to post it before the afternoon patients arrive.",
      ],
      mock: {
        kind: 'post-composer',
        author: { name: 'Your clinic', handle: 'your.pt.clinic', role: 'Physical therapy clinic' },
        text: 'Missed our live Q&A? Here is the full replay: desk work and low back pain.',
        media: { description: "The full 20-minute recording of today's livestream. Nobody has watched it back yet." },
        audience: 'Public',
      },
      prompt: 'What do you do with the recording?',
      choices: [
        {
          id: 'review-first',
          label:
            'Watch the whole recording before posting, frame by frame where anything moves behind you. Cut or blur anything that shows a patient, a screen or a chart, or lets a name be heard, and cut any statement about the device. Report anything you find that went out live to the privacy office.',
          feedback:
            'A recording is thousands of images, and CC-5 asks for a PHI check before anything is shared; live footage often holds moments nobody noticed at the time. Cutting product statements keeps the replay clear of the device questions in CC-4, and anything that was already broadcast live goes to the privacy office, which decides whether anyone needs to be told (CC-4).',
          score: 2,
          practices: ['CC-5', 'CC-4'],
          next: 'ending-best',
        },
        {
          id: 'post-now',
          label: 'Post it now. You were there, so you know what is in it.',
          feedback:
            'Memory is not a PHI check. Live footage often holds moments nobody noticed at the time, and once the replay is public it can be downloaded and shared. CC-5 asks you to inspect images, and every frame of a video, before sharing them.',
          score: 0,
          practices: ['CC-5'],
          next: 'ending-unchecked',
        },
        {
          id: 'skip-replay',
          label: 'Do not post a replay this time.',
          feedback:
            'Not posting removes the risk of sharing something you missed, at the cost of the teaching content. If the clinic wants replays, a routine frame-by-frame review before posting meets CC-5 without losing the work.',
          score: 1,
          practices: ['CC-5'],
          next: 'ending-no-replay',
        },
      ],
    },
    'ending-best': {
      kind: 'ending',
      title: 'Live, useful and clean',
      rating: 'best',
      debrief: [
        'Viewers got practical, general advice about desk work and low back pain, no claims were made for the device, and the replay went out only after a careful look. If a patient or PHI was visible at any point during the live broadcast, the privacy office knows, even though the replay is clean, and it decides whether anyone needs to be told (CC-4).',
        'The same thinking applies to video calls and webinars: before you turn on your camera or share your screen from a clinic, check what is behind you and what is on your screen (CC-6), and check every frame you later share (CC-5). Disclose free samples (SC-8), and leave claims about what a device does to the evidence, not the sales rep (CC-4).',
      ],
      practices: ['CC-6', 'CC-5', 'CC-4', 'SC-8'],
    },
    'ending-no-replay': {
      kind: 'ending',
      title: 'Safe, but the lesson does not travel',
      rating: 'acceptable',
      debrief: [
        'The livestream served the people who watched it, and nothing you had not checked went back online. Everyone who missed it, though, gets nothing.',
        'A short review routine (watch the whole recording, cut anything showing a patient, a screen or a chart, or a name being spoken) lets you keep replays and still meet CC-5.',
      ],
      practices: ['CC-5'],
    },
    'ending-stopped': {
      kind: 'ending',
      title: 'Stopped and reported',
      rating: 'acceptable',
      debrief: [
        'You ended the stream within a minute of learning what it showed, and you reported it to the privacy office, which now decides whether the patients on the schedule need to be told and handles any notification. Viewers may still have captured the screen.',
        'The fix came after the exposure. CC-6 asks for the check before the camera goes on: no patients, schedules or charts in view, for livestreams and video calls alike. Stopping at once and reporting promptly to the office that runs the HIPAA breach process (CC-4) was the right recovery.',
      ],
      practices: ['CC-6', 'CC-4'],
    },
    'ending-disclosed': {
      kind: 'ending',
      title: 'Patients on air',
      rating: 'harmful',
      debrief: [
        'People who came to the clinic for physical therapy ended up in a public broadcast: their names, their faces or their care, seen live and kept in the recording.',
        'CC-6 keeps cameras and live calls out of places where patients or PHI are visible, CC-5 asks you to check every image, and CC-8 rules out posting about a patient without explicit consent. When something slips, stop at once and report it promptly to the privacy office, which decides under HIPAA whether and how the patients are told (CC-4).',
      ],
      practices: ['CC-6', 'CC-5', 'CC-8', 'CC-4'],
    },
    'ending-claim': {
      kind: 'ending',
      title: 'A claim on the record',
      rating: 'harmful',
      debrief: [
        "Whatever else the stream showed, it now holds a clinician's statement that a device reverses disc herniations, taken from a sales pitch and made without disclosing the free samples. Viewers with sciatica may put off an assessment or buy the belt on the strength of it.",
        "CC-4 covers two different sets of rules. HIPAA binds covered entities such as the health system and their workforce, which is why the schedule screen mattered. FDA rules on promoting devices bind manufacturers and those who promote on their behalf, and a clinician handed free samples who repeats the rep's claim on camera can be in that position, so claims about devices go to your compliance office first. Free samples are a conflict of interest that viewers should be told about (SC-8).",
      ],
      practices: ['CC-4', 'SC-8'],
    },
    'ending-unchecked': {
      kind: 'ending',
      title: 'The replay shows more than you remember',
      rating: 'harmful',
      debrief: [
        "Two days later a colleague watching the replay notices what nobody saw live: for a few seconds, a patient passes an open doorway in the background, and a staff member can be heard calling out another patient's full name. The replay comes down, and you report it to the privacy office, which decides what happens next.",
        'A replay is a new post, and CC-5 asks for a PHI check before every one, sound included. Ten minutes of watching before posting would have caught both moments.',
      ],
      practices: ['CC-5'],
    },
  },
};

export default scenario;
