import type { Scenario } from '../schemas/scenario';

/** A marketing contractor pitches a dramatic, click-bait spinal manipulation video for a chiropractic clinic. */
const scenario: Scenario = {
  id: 'miracle-adjustment-video',
  version: 2,
  title: 'The "miracle" adjustment video',
  summary:
    'A marketing contractor wants your clinic\'s first treatment video to go viral: slow motion, an amplified joint sound, a "MIRACLE cure!" caption and a fitness model in tight workout clothes.',
  theme: 'spine-care',
  setting: "A chiropractic clinic's public account on a video app",
  role: 'Chiropractor and clinic owner',
  profession: 'chiropractor',
  care: 'non-surgical',
  // The marketing contractor who pitches the hype edit is an outside vendor, not a spine care professional.
  cast: [],
  minutes: 7,
  start: 'contractor-pitch',
  nodes: {
    'contractor-pitch': {
      kind: 'narrative',
      title: 'A plan to go viral',
      body: [
        "You own a small chiropractic clinic and have hired a marketing contractor to grow the clinic's account on a video app. The clinic has never posted treatment footage before.",
        'The contractor sends you a plan for the first video.',
      ],
      mock: {
        kind: 'dm-thread',
        platform: 'Video app',
        with: { name: 'Marketing contractor', handle: 'marketing.contractor', role: 'Marketing contractor' },
        messages: [
          {
            from: 'them',
            text: 'Adjustment videos are huge right now. The plan: we film an adjustment, slow the best moment right down and boost the crack so it really pops. Caption: MIRACLE cure!',
            time: '2:15 pm',
          },
          {
            from: 'them',
            text: 'Even better, I know a fitness model. Tight workout gear, low camera angles, a few close-ups. That kind of video spreads like wildfire.',
            time: '2:16 pm',
          },
          {
            from: 'them',
            text: 'Or we can film one of your patients at their next visit. Your call!',
            time: '2:18 pm',
          },
        ],
      },
      next: 'what-to-film',
    },
    'what-to-film': {
      kind: 'decision',
      title: 'Who is on the table?',
      body: ['Before any editing question comes up, you have to decide what to film at all.'],
      prompt: 'What do you agree to film?',
      choices: [
        {
          id: 'hire-the-model',
          label:
            'Go with the fitness model, the tight workout gear and the dramatic angles, as the contractor suggests.',
          feedback:
            "Casting someone for looks and framing the shots for attention is the kind of click-bait SC-6 warns about: the video's pull comes from the model's body, not from what viewers learn, and it diminishes how people see the profession. SC-4 asks you to weigh whether showing a treatment this way is appropriate and professional at all.",
          score: 0,
          practices: ['SC-6', 'SC-4'],
          next: 'model-cut',
        },
        {
          id: 'film-a-patient',
          label: 'Film a real adjustment on whichever patient agrees at their next visit.',
          feedback:
            'A real patient can appear with proper consent, but SC-4 asks you to weigh whether filming treatment is appropriate, and a patient on the table is in a vulnerable position. Asking during the visit itself can also make it hard to say no, which weakens the informed consent CC-8 depends on.',
          score: 1,
          practices: ['SC-4', 'CC-8'],
          next: 'on-the-table',
        },
        {
          id: 'colleague-demo',
          label:
            "Film a teaching demonstration on a consenting colleague, both of you in the clinic's usual attire, with the camera placed to show hand contact and positioning.",
          feedback:
            "A demonstration on a willing colleague keeps patients out of the frame and lets you decide in advance what the video should teach, which is the judgment SC-4 asks for. Ordinary clinic clothing and a camera placed for teaching keep attention on the technique rather than on anyone's body (SC-6).",
          score: 2,
          practices: ['SC-4', 'SC-6'],
          next: 'hype-edit',
        },
      ],
    },
    'model-cut': {
      kind: 'decision',
      title: 'The model shoot',
      body: ['The contractor films the model on your adjusting table and sends you a first cut.'],
      mock: {
        kind: 'scene',
        scene: 'treatment-video',
        variant: 'fitness-model',
        caption: 'First cut of the fitness-model video',
        details: [
          {
            id: 'caption',
            label: 'Caption',
            description:
              'The on-screen caption reads "MIRACLE cure! One adjustment and the pain is GONE" in large flashing letters.',
          },
          {
            id: 'sound',
            label: 'Sound',
            description:
              'The joint sound (the pop) has been amplified in editing and plays three times over a booming bass effect.',
            variant: 'amplified-pop',
          },
          {
            id: 'framing',
            label: 'Framing',
            description:
              "Low camera angles and slow-motion close-ups linger on the model's body in tight workout clothing; your hand position is barely visible.",
            variant: 'slow-motion-close-up',
          },
          {
            id: 'table',
            label: 'Table',
            description: 'The adjusting table is clean, with a fresh paper cover and nothing else on it.',
          },
        ],
      },
      prompt: 'What do you do with this cut?',
      choices: [
        {
          id: 'post-model-cut',
          label: 'Post it. The contractor says this format always performs well.',
          feedback:
            "The video's appeal rests on a model's body and on editing that makes the treatment look dramatic, not on anything true about spinal manipulation. SC-6 warns that click-bait like this diminishes how the public sees spine care professionals, and SC-10 asks you to think hard before sensationalizing a treatment with amplified sound and post-production effects.",
          score: 0,
          practices: ['SC-6', 'SC-10'],
          next: 'ending-hype',
        },
        {
          id: 'reshoot-as-teaching',
          label:
            "Shelve it and reshoot as a teaching demonstration on a consenting colleague, in the clinic's usual attire and filmed from the side.",
          feedback:
            'You caught the problem before it went out. Fitted clothing or a side view is not wrong in itself, but every choice should serve the teaching point (SC-6), and a demonstration planned around what viewers will learn is what SC-4 asks you to weigh.',
          score: 1,
          practices: ['SC-6', 'SC-4'],
          next: 'hype-edit',
        },
      ],
    },
    'on-the-table': {
      kind: 'decision',
      title: 'At the next visit',
      body: [
        'A patient you are treating for acute low back pain is lying face down on the table in a gown when the contractor asks whether they mind being filmed. The patient hesitates, then says: "I guess it is fine, if it helps you."',
      ],
      prompt: 'What do you do?',
      choices: [
        {
          id: 'film-anyway',
          label: 'Film it. The patient said yes.',
          feedback:
            'A hesitant yes, given mid-treatment, in a gown, to a request the patient did not expect, is not informed consent to a public video (CC-8). SC-4 asks whether filming a patient at a vulnerable moment is appropriate at all, and here it serves the marketing plan more than the patient.',
          score: 0,
          practices: ['SC-4', 'CC-8'],
          next: 'ending-patient-on-show',
        },
        {
          id: 'switch-to-colleague',
          label:
            'Tell the patient there is no need and carry on with treatment. Arrange to film a demonstration on a consenting colleague instead.',
          feedback:
            "You noticed the hesitation and protected the patient's choice and dignity. A colleague demonstration teaches the technique without putting a patient on show (SC-4), and if you ever do film a patient, the consent conversation can happen before the visit, not on the table (CC-8).",
          score: 2,
          practices: ['SC-4', 'CC-8'],
          next: 'hype-edit',
        },
      ],
    },
    'hype-edit': {
      kind: 'decision',
      title: "The contractor's edit",
      body: [
        'You film a side-posture lumbar manipulation demonstration on a consenting colleague, explaining the screening you do before manipulation and how you position the person. The contractor edits it the way they first proposed and sends it for approval.',
      ],
      mock: {
        kind: 'scene',
        scene: 'treatment-video',
        variant: 'side-posture',
        caption: "The contractor's edit of your colleague demonstration",
        details: [
          {
            id: 'caption',
            label: 'Caption',
            description: 'The on-screen caption reads "MIRACLE cure! One adjustment and the pain is GONE".',
          },
          {
            id: 'sound',
            label: 'Sound',
            description:
              'The pop from the joint has been amplified in editing, with an added bass effect, and is replayed three times.',
            variant: 'amplified-pop',
          },
          {
            id: 'framing',
            label: 'Framing',
            description:
              'The moment of the thrust is slowed down and repeated in extreme close-up; your explanation of screening and positioning has been cut out.',
            variant: 'slow-motion-close-up',
          },
          {
            id: 'table',
            label: 'Table',
            description:
              'Your colleague lies on their side in clinic attire on a clean adjusting table with nothing else on it.',
          },
        ],
      },
      prompt: 'How do you respond to the edit?',
      choices: [
        {
          id: 'approve-edit',
          label: 'Approve it. Everyone on the video app edits like this.',
          feedback:
            'The slowed, amplified pop and the "miracle cure" caption turn a routine technique into a spectacle and promise a result no treatment can guarantee. SC-10 names exactly these tools: exaggerated language, post-production edits and amplified sound. SC-9 asks that what you post be consistent with clinical practice guidelines and peer-reviewed evidence, and a cure claim is not.',
          score: 0,
          practices: ['SC-10', 'SC-9'],
          next: 'ending-hype',
        },
        {
          id: 'drop-caption-keep-effects',
          label:
            'Drop the "miracle" caption but keep the slow motion and the boosted sound. Those are what get the views.',
          feedback:
            'Removing the cure claim helps, but the edits still tell viewers that the pop is the point of the treatment. SC-10 covers post-production changes and amplified sound, not only the words on screen.',
          score: 1,
          practices: ['SC-10'],
          next: 'comments-roll-in',
        },
        {
          id: 'honest-edit',
          label:
            'Ask for the original sound at real speed, with your explanation of screening and positioning kept in, and write the caption yourself.',
          feedback:
            'Viewers now see what the technique really looks and sounds like, including the screening and setup that make it safer, which is the teaching value SC-4 asks you to weigh. Leaving out the amplified sound and slow-motion effects follows SC-10.',
          score: 2,
          practices: ['SC-10', 'SC-4'],
          next: 'caption-check',
        },
      ],
    },
    'comments-roll-in': {
      kind: 'decision',
      title: 'The comments roll in',
      body: [
        'The video, without the caption but with the slowed, boosted pop, gets far more views than anything the clinic has posted. You read the comments the next morning.',
      ],
      mock: {
        kind: 'comment-thread',
        post: {
          author: { name: 'Your clinic', handle: 'your.clinic', role: 'Chiropractic clinic' },
          text: 'Side-posture adjustment, demonstrated on a colleague.',
          media: {
            description:
              'Video: a side-posture lumbar manipulation in slow motion, with the joint sound amplified and replayed three times.',
          },
          time: '1 day ago',
        },
        comments: [
          {
            id: 'bones-breaking',
            author: { name: 'A viewer', handle: 'viewer.one' },
            text: 'That crack is unreal. Is that your bones breaking??',
            time: '20 hours ago',
          },
          {
            id: 'louder-better',
            author: { name: 'Another viewer', handle: 'viewer.two' },
            text: 'I twist my own back every day trying to get a sound like that. Is louder better?',
            time: '14 hours ago',
          },
          {
            id: 'fix-disc',
            author: { name: 'A third viewer', handle: 'viewer.three' },
            text: 'Would one of these fix my herniated disc?',
            time: '9 hours ago',
          },
        ],
      },
      prompt: 'What do you do?',
      choices: [
        {
          id: 'restore-and-explain',
          label:
            "Replace the video with the original sound at real speed and pin a reply: the sound comes from pressure changes in the joint, not bones breaking; louder is not better; and anyone with a specific condition should book an assessment through the clinic's phone line.",
          feedback:
            'The replacement and the pinned reply correct the impression the edits created (SC-10) and give viewers accurate information (SC-9). Pointing the person with a disc question to the clinic rather than answering in the comments keeps individual advice off the platform (PR-2).',
          score: 2,
          practices: ['SC-10', 'SC-9', 'PR-2'],
          next: 'ending-corrected',
        },
        {
          id: 'enjoy-the-views',
          label: 'Leave it up and reply "Louder is better!" with a laughing emoji. Engagement is engagement.',
          feedback:
            'This confirms a myth the amplified sound created, and viewers may try to chase that sound on their own spines. SC-10 and SC-9 point to the same risk: content that misinforms the public about a treatment.',
          score: 0,
          practices: ['SC-10', 'SC-9'],
          next: 'ending-hype',
        },
      ],
    },
    'caption-check': {
      kind: 'decision',
      title: 'Writing the caption',
      body: ['The honest edit is ready. You try three captions in the composer.'],
      mock: {
        kind: 'post-composer',
        author: { name: 'Your clinic', handle: 'your.clinic', role: 'Chiropractic clinic' },
        text: '(Caption to be chosen.)',
        media: {
          description:
            'Video, 50 seconds, real speed and original sound: you explain the screening you do before spinal manipulation, position your colleague on their side, and demonstrate a side-posture lumbar manipulation.',
        },
        audience: 'Public',
      },
      prompt: 'Which caption do you post?',
      choices: [
        {
          id: 'cited-caption',
          label:
            '"Side-posture lumbar manipulation, demonstrated on a colleague. The pop is a normal joint sound, not a sign of how well treatment worked. Spinal manipulation is one of several approaches clinicians use for low back pain, and whether it suits you depends on an assessment. Sources: links to a current clinical practice guideline and a peer-reviewed review."',
          feedback:
            'The caption is accurate, modest and sourced. SC-9 asks you to keep content consistent with clinical practice guidelines and peer-reviewed evidence and to cite relevant literature when it exists, and the plain wording keeps hype out, as SC-10 asks. Before posting, check that the sources you link say what you summarize.',
          score: 2,
          practices: ['SC-9', 'SC-10'],
          next: 'ending-best',
        },
        {
          id: 'plain-no-sources',
          label:
            '"Side-posture lumbar manipulation, demonstrated on a colleague. The pop is a normal joint sound, not a sign of how well treatment worked." No sources.',
          feedback:
            'Accurate and calm, which matters most. SC-9 also asks you to cite relevant literature when it is available, so viewers can check the claim for themselves and you can review the post against newer evidence later.',
          score: 1,
          practices: ['SC-9'],
          next: 'ending-no-sources',
        },
        {
          id: 'instant-relief',
          label: '"Instant relief, every time. Say goodbye to back pain. Book today!"',
          feedback:
            'Real speed and real sound cannot make up for a caption that promises a certain result. SC-10 counts exaggerated language among the ways a treatment gets sensationalized, and SC-9 asks whether a claim matches clinical practice guidelines and peer-reviewed evidence before you post it.',
          score: 0,
          practices: ['SC-9', 'SC-10'],
          next: 'ending-hype',
        },
      ],
    },
    'ending-best': {
      kind: 'ending',
      title: 'Teaching, not theater',
      rating: 'best',
      debrief: [
        "The video shows a real technique at real speed, with the screening and setup that make it safer, and a caption viewers can check. No patient was put on show, nothing in the video trades on anyone's looks, and nothing in the edit promises more than care can deliver.",
        'The video will keep being found long after you post it. Set a reminder to review it against newer guidelines and evidence from time to time (SC-9).',
      ],
      practices: ['SC-4', 'SC-6', 'SC-9', 'SC-10'],
    },
    'ending-no-sources': {
      kind: 'ending',
      title: 'Accurate, but unsourced',
      rating: 'acceptable',
      debrief: [
        'The video is honest and the caption is calm, which already sets it apart from much of what viewers see. Without sources, though, curious viewers have nowhere to check the claims, and you have no record of what the post was based on when the evidence moves on.',
        'Adding one or two links to a current clinical practice guideline or a peer-reviewed review takes a minute (SC-9).',
      ],
      practices: ['SC-9', 'SC-10'],
    },
    'ending-corrected': {
      kind: 'ending',
      title: 'Corrected after the views',
      rating: 'acceptable',
      debrief: [
        'The replacement video and the pinned reply put accurate information in front of viewers, but the amplified version had a day to spread, and many of the people who shared it will never see the correction.',
        'SC-10 is easier to follow before posting than after: original sound, real speed and a teaching caption from the start.',
      ],
      practices: ['SC-10', 'SC-9'],
    },
    'ending-hype': {
      kind: 'ending',
      title: 'Views over value',
      rating: 'harmful',
      debrief: [
        "The clinic's account gets attention, but for the wrong reasons. Viewers come away believing that a louder pop means a better result, or that one visit can cure back pain, and some new patients arrive expecting exactly that. Colleagues who see the video wonder what it says about the clinic.",
        'Demonstration videos can teach a lot when they show what care really looks like. Amplified sound, dramatic edits, cure language and click-bait casting (SC-10, SC-6) set expectations that care cannot meet, and they run against the guidelines and evidence SC-9 asks you to check.',
      ],
      practices: ['SC-10', 'SC-6', 'SC-9'],
    },
    'ending-patient-on-show': {
      kind: 'ending',
      title: 'A patient on show',
      rating: 'harmful',
      debrief: [
        'The video gets plenty of views. At the next visit, the patient tells you quietly that they felt they could not refuse while lying on the table, and that a coworker recognized their voice. They ask for the video to come down.',
        'Filming treatment should start with the question SC-4 asks: is this appropriate, and does it respect the person on the table? When a patient does appear, their consent has to be informed and freely given, ideally before the visit rather than in the middle of it (CC-8).',
      ],
      practices: ['SC-4', 'CC-8'],
    },
  },
};

export default scenario;
