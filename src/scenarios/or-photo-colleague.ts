import type { Scenario } from '../schemas/scenario';

/** A fellow resident posts an operating-room photo in which the patient's wristband and tattoo are visible. */
const scenario: Scenario = {
  id: 'or-photo-colleague',
  version: 3,
  title: "A colleague's photo from the operating room",
  summary:
    "After a long lumbar fusion, a fellow resident posts a team photo to a public account. The patient's wristband and a tattoo are in the picture. What do you do, and how do you stop it happening again?",
  theme: 'compliance-confidentiality',
  setting: "A fellow resident's public account on a photo-sharing app, and the residency program's account",
  role: 'Orthopedic surgery resident on the spine service',
  profession: 'trainee',
  care: 'surgical',
  cast: [
    { profession: 'trainee', part: 'errs', who: 'the fellow resident who posts the operating-room photo' },
    {
      profession: 'surgeon',
      part: 'errs',
      who: 'the attending whose approving comment under the photo makes it look acceptable',
    },
    {
      profession: 'trainee',
      part: 'errs',
      who: 'the co-resident who saves a screenshot and drafts a blurred repost for the program account',
    },
  ],
  minutes: 7,
  start: 'photo-appears',
  nodes: {
    'photo-appears': {
      kind: 'narrative',
      title: 'A post after a long case',
      body: [
        'It is almost midnight. You and a fellow resident have just finished an eleven-hour posterior lumbar fusion with the spine team. On the way home you see that your colleague has posted a team photo from the operating room to their public account on a photo-sharing app, tagged with the hospital as the location.',
        'The patient lies prone and draped on the table behind the team. Look at the photo and the details listed with it before you decide.',
      ],
      mock: {
        kind: 'comment-thread',
        post: {
          author: { name: 'A colleague', handle: 'colleague.account', role: 'Orthopedic surgery resident' },
          text: 'Eleven hours, three levels, one very tired team. Worth every minute. #spinesurgery #residentlife',
          media: {
            description:
              "The surgical team in gowns and masks gives a thumbs-up beside the operating table, where the patient lies prone under drapes. The patient's arm rests on an arm board in the foreground.",
            scene: {
              kind: 'scene',
              scene: 'operating-room',
              variant: 'team-with-patient',
              caption: 'Photo a colleague posted after a long case',
              details: [
                {
                  id: 'wristband',
                  label: 'Wristband',
                  description:
                    'A patient wristband with a printed name is legible on the wrist resting on the arm board.',
                },
                {
                  id: 'tattoo',
                  label: 'Tattoo',
                  description: "A large, distinctive tattoo covers the patient's forearm and is in sharp focus.",
                },
                {
                  id: 'whiteboard',
                  label: 'Whiteboard',
                  description:
                    "The whiteboard behind the team shows today's date, the room number and the procedure: three-level posterior lumbar fusion.",
                },
                {
                  id: 'drape',
                  label: 'Drapes',
                  description: "The patient lies prone under surgical drapes; the patient's face is covered.",
                },
              ],
            },
          },
          time: '40 minutes ago',
          likes: 38,
        },
        comments: [
          {
            id: 'friend-comment',
            author: { name: "A friend of your colleague's", handle: 'friend.account' },
            text: 'Heroes!! Hope the patient has a smooth recovery.',
            time: '25 minutes ago',
          },
          {
            id: 'attending-comment',
            author: { name: 'An attending surgeon', handle: 'attending.account', role: 'Spine surgeon' },
            text: 'Great teamwork today.',
            time: '10 minutes ago',
          },
        ],
      },
      next: 'first-move',
    },
    'first-move': {
      kind: 'decision',
      title: 'Your first move',
      body: [
        'The post already has dozens of likes, and more arrive as you watch. Your colleague is probably still awake and scrolling.',
      ],
      prompt: 'What do you do first?',
      choices: [
        {
          id: 'message-privately',
          label:
            'Send your colleague a private message: point out the legible wristband and the tattoo, and ask them to take the post down tonight.',
          feedback:
            'A private message is the fastest way to get the photo removed, and it lets your colleague fix the mistake without an audience. You name exactly what identifies the patient, which is the check CC-5 asks everyone to make before an image goes out, and a tattoo in sharp focus is the kind of identifying mark SC-5 says to keep out of the frame.',
          score: 2,
          practices: ['CC-5', 'SC-5'],
          next: 'colleague-pushes-back',
        },
        {
          id: 'comment-publicly',
          label: 'Comment under the post: "Take this down, the patient\'s name is readable on the wristband!"',
          feedback:
            'You are right that the post has to come down, but a public comment tells every viewer where to zoom in, and it shames your colleague in front of the attending, their friends and strangers. CC-5 is about stopping identifying details from spreading, not pointing to them; PR-1 asks you to keep the same respectful boundaries with colleagues online that you keep in person.',
          score: 0,
          practices: ['CC-5', 'PR-1'],
          next: 'public-comment-fallout',
        },
        {
          id: 'report-first',
          label:
            "Say nothing to your colleague and file a report through the hospital's privacy reporting channel tonight.",
          feedback:
            'Reporting is right: the hospital is bound by HIPAA, and its privacy office decides what a possible disclosure means and whether the patient is told (CC-4). But the report may not be read until morning, and the photo stays public all night. A quick private message first gets the image down sooner, and the report still follows; limiting how long identifying details stay out there is what CC-5 is ultimately protecting.',
          score: 1,
          practices: ['CC-4', 'CC-5'],
          next: 'report-first-outcome',
        },
        {
          id: 'like-and-scroll',
          label: 'Like the post and scroll on. It is their account and their call.',
          feedback:
            "A like adds your approval and pushes the post into more feeds, while the patient's name and tattoo stay public. The AMA Code of Medical Ethics, as the paper summarizes it, expects clinicians to act when a colleague's content breaches professional norms. CC-8 protects patients from being posted about without consent whoever owns the account, and CC-5's check covers images you help spread, not only the ones you post yourself.",
          score: 0,
          practices: ['CC-8', 'CC-5'],
          next: 'next-morning',
        },
      ],
    },
    'colleague-pushes-back': {
      kind: 'decision',
      title: 'Your colleague replies',
      body: ['Your colleague answers within a minute.'],
      mock: {
        kind: 'dm-thread',
        platform: 'Photo-sharing app',
        with: { name: 'A colleague', handle: 'colleague.account', role: 'Orthopedic surgery resident' },
        messages: [
          {
            from: 'me',
            text: "Great case today. Quick thing: in your post the patient's wristband is readable if you zoom in, and the forearm tattoo is really distinctive. Can you take it down tonight?",
            time: '11:52 pm',
          },
          {
            from: 'them',
            text: "Relax, it's my personal account and nobody zooms in on wristbands. The attending even commented. We never get to celebrate anything.",
            time: '11:54 pm',
          },
        ],
      },
      prompt: 'How do you answer?',
      choices: [
        {
          id: 'explain-and-help',
          label:
            "Acknowledge the hard day, then explain plainly: anyone who knows the patient could recognize the tattoo, the name is legible, and the hospital's social media policy covers photos taken on hospital premises, even on personal accounts. Offer to help post a photo of just the team in the hallway instead.",
          feedback:
            "You keep it collegial and specific. Even with no name in view, posting a patient's image without explicit consent is ruled out by CC-8, and the tattoo alone could identify the patient to family or coworkers (SC-5). Pointing to the institution's policy (CC-3) shows this is not just your opinion, and offering a patient-free alternative makes it easy to say yes.",
          score: 2,
          practices: ['CC-8', 'SC-5', 'CC-3'],
          next: 'taken-down',
        },
        {
          id: 'threaten-board',
          label:
            'Tell them that if the post is not down in ten minutes, you will report them to the state licensing board.',
          feedback:
            "The post may come down, but the threat jumps straight to the far end of the range. The AMA code, as the paper summarizes it, counts reporting to a licensing board among the possible actions when a colleague's posts breach professional norms, and CC-7 asks you to know your board's expectations. A first lapse that can be fixed tonight usually calls for a direct conversation and a report to the hospital's privacy office before anything more.",
          score: 1,
          practices: ['CC-7'],
          next: 'taken-down',
        },
        {
          id: 'let-it-go',
          label: 'Drop it. They are probably right that nobody will zoom in.',
          feedback:
            'Dropping it leaves a legible name and an identifying tattoo on a public account. People who know the patient need no zoom to recognize a tattoo (SC-5), and CC-8 does not allow posting about a patient without explicit consent, even when the caption never mentions them.',
          score: 0,
          practices: ['CC-8', 'SC-5'],
          next: 'next-morning',
        },
      ],
    },
    'taken-down': {
      kind: 'narrative',
      title: 'The post comes down',
      body: [
        'A few minutes later your colleague writes back: "Fine. Deleted. Sorry, I was running on coffee and did not look closely."',
        'By then the photo had been public for more than an hour.',
      ],
      next: 'share-request',
    },
    'public-comment-fallout': {
      kind: 'narrative',
      title: 'Everyone looks closer',
      body: [
        'Within minutes two strangers reply to your comment: one asks which hospital this is, and another says they zoomed in and can read the wristband. Your colleague deletes the post, then messages you: "You could have just texted me."',
        "The post is gone, but it was public for more than an hour, and your comment sent viewers straight to the patient's name first.",
      ],
      next: 'share-request',
    },
    'report-first-outcome': {
      kind: 'narrative',
      title: 'The next morning',
      body: [
        "You submit the hospital's online privacy report form and copy the chief resident. At 7 am the chief resident calls your colleague, who deletes the post at once and is upset that nobody said anything the night before.",
        'The photo was public for about eight hours.',
      ],
      next: 'share-request',
    },
    'share-request': {
      kind: 'decision',
      title: 'The screenshot',
      body: [
        "Before the post came down, another resident saved a screenshot. You and that resident help run the residency program's account, and they have drafted a repost with the wristband blurred out. They ask you to approve it.",
      ],
      mock: {
        kind: 'post-composer',
        author: {
          name: 'Residency program',
          handle: 'residency.program.account',
          role: 'Orthopedic surgery residency',
        },
        text: 'Huge congratulations to our spine team on a marathon case yesterday. This is what dedication looks like!',
        media: {
          description:
            "The screenshot of the operating-room photo with the wristband blurred. The patient's forearm tattoo is still clearly visible, and the whiteboard still shows the date, room and procedure.",
          scene: {
            kind: 'scene',
            scene: 'operating-room',
            variant: 'team-with-patient',
            caption: 'Screenshot drafted for the program account',
            details: [
              {
                id: 'wristband',
                label: 'Wristband (blurred)',
                description: 'The wristband has been blurred and the name is no longer legible.',
                blurred: true,
              },
              {
                id: 'tattoo',
                label: 'Tattoo',
                description: 'The distinctive forearm tattoo is untouched and in sharp focus.',
              },
              {
                id: 'whiteboard',
                label: 'Whiteboard',
                description: 'The whiteboard still shows the date, the room number and the procedure.',
              },
            ],
          },
        },
        audience: 'Public',
      },
      prompt: 'What do you tell your co-resident?',
      choices: [
        {
          id: 'decline-and-delete',
          label:
            'Decline the repost, ask your co-resident to delete the screenshot from their phone and from any chats, and offer to post a team photo taken outside the operating room instead.',
          feedback:
            "The patient never agreed to appear in anyone's post, so CC-8 rules out sharing the image in any form. The PHI check CC-5 asks for fails here too: a distinctive tattoo and a dated whiteboard remain, and SC-5 names tattoos among the marks to keep out of frame. Deleting the copy stops it resurfacing, and a patient-free team photo still gives the program something to celebrate.",
          score: 2,
          practices: ['CC-8', 'CC-5', 'SC-5'],
          next: 'next-steps',
        },
        {
          id: 'approve-blurred',
          label: 'Approve it. The wristband is blurred, so nothing identifies the patient.',
          feedback:
            "Blurring the name leaves the tattoo and the dated whiteboard, and a patient can recognize their own body even with every label removed. CC-5 asks you to inspect images before sharing them, SC-5 names tattoos as identifying marks, and CC-8 requires the patient's explicit consent before any post about them.",
          score: 0,
          practices: ['CC-5', 'SC-5', 'CC-8'],
          next: 'ending-reshared',
        },
        {
          id: 'decline-only',
          label: 'Decline the repost, but say nothing about the screenshot.',
          feedback:
            "Declining keeps the image off the program account, which CC-8 requires without the patient's consent. The screenshot still sits on a phone and possibly in chats, though, where it can be forwarded again. Asking for it to be deleted would close that gap.",
          score: 1,
          practices: ['CC-8'],
          next: 'next-steps',
        },
      ],
    },
    'next-steps': {
      kind: 'decision',
      title: 'Closing the loop',
      body: [
        'The original post is down and nothing has gone out on the program account. Your colleague is embarrassed and asks you to keep the whole thing quiet.',
        "You reread the hospital's social media policy. It asks staff to bring possible disclosures of patient information to the privacy office, including posts on personal accounts taken on hospital premises, so that the office can assess them and help prevent repeats.",
      ],
      prompt: 'What do you do now?',
      choices: [
        {
          id: 'policy-and-prevention',
          label:
            'Offer to go with your colleague to the privacy office today (or confirm that your earlier report reached it). Then suggest the residents adopt a simple rule: no photos in the operating room while a patient is present, and a PHI check before any photo from a clinical area is shared.',
          feedback:
            "The hospital's policy (CC-3) sends possible disclosures, including from personal accounts, to the privacy office. That office runs the breach process: it decides whether the patient needs to be told and, if so, tells them. That is not a call for you or your colleague to make, and neither of you should contact the patient about it yourselves. Going together keeps it proportionate and supportive rather than punitive. The team rule builds CC-5 and SC-5 into routine, so the next tired team can celebrate without a patient in the frame.",
          score: 2,
          practices: ['CC-3', 'CC-5', 'SC-5'],
          next: 'ending-best',
        },
        {
          id: 'report-to-board',
          label: 'File a complaint about your colleague with the state licensing board.',
          feedback:
            "The AMA code, as the paper summarizes it, includes reporting to licensing boards among the actions that can follow when a colleague's online content breaches professional norms, and CC-7 asks you to know what your board expects. For a first lapse that was removed within hours, a report to the hospital's privacy office is the proportionate place to start; program leadership or the privacy office can advise if you think more is needed.",
          score: 1,
          practices: ['CC-7'],
          next: 'ending-overreach',
        },
        {
          id: 'keep-quiet',
          label: 'Agree to keep it quiet. The post is down, so the problem is solved.',
          feedback:
            "Removal limits the harm but does not undo it: the photo was public for hours and copies may exist. The hospital's policy (CC-3) sends possible disclosures to the privacy office, which is there to assess exactly this and to decide whether the patient must be told. Staying quiet also leaves unchanged the habit that caused it, and the next photo may skip the CC-5 check too.",
          score: 1,
          practices: ['CC-3', 'CC-5'],
          next: 'ending-unfinished',
        },
      ],
    },
    'next-morning': {
      kind: 'narrative',
      title: 'The next morning',
      body: [
        "By morning the photo has hundreds of likes and has been shared to other accounts. A nurse on the spine unit tells you that the patient's adult daughter recognized her father's tattoo in a friend's feed and has asked the charge nurse why her father's surgery is online.",
      ],
      next: 'late-chance',
    },
    'late-chance': {
      kind: 'decision',
      title: 'A second chance',
      body: ['You know where the photo came from. The charge nurse does not.'],
      prompt: 'What do you do now?',
      choices: [
        {
          id: 'act-now',
          label: 'Message your colleague to delete the post now, and tell the privacy office what you saw and when.',
          feedback:
            "Acting now still shortens the time the image is public, and the privacy office, which runs the hospital's HIPAA breach process (CC-4), can respond to the family and decide what the patient is told. The tattoo did exactly what SC-5 warns about: it identified the patient without a name.",
          score: 1,
          practices: ['CC-4', 'SC-5'],
          next: 'ending-late',
        },
        {
          id: 'stay-out',
          label: 'Stay out of it. The charge nurse will handle the family.',
          feedback:
            "The photo is still up and still spreading, and you hold information the people handling it need. The AMA code, as the paper summarizes it, expects clinicians to act when a colleague's online content breaches professional norms, and CC-8 exists so that patients are not posted about without their consent.",
          score: 0,
          practices: ['CC-8'],
          next: 'ending-harmful',
        },
      ],
    },
    'ending-best': {
      kind: 'ending',
      title: 'Down quickly, and less likely next time',
      rating: 'best',
      debrief: [
        'The photo is off public view, nothing went out on the program account, the privacy office knows and will decide whether the patient needs to be told (and do any telling), and the residents have a simple rule for the operating room.',
        "Checking every image for PHI (CC-5), keeping tattoos and other marks out of the frame (SC-5) and posting nothing about a patient without explicit consent (CC-8) are easier as team habits than as one person's act of courage. When something slips, a private word gets the photo down fast, and the hospital's policy (CC-3) sends the rest to the privacy office.",
      ],
      practices: ['CC-5', 'SC-5', 'CC-8', 'CC-3'],
    },
    'ending-overreach': {
      kind: 'ending',
      title: 'Right concern, wrong scale',
      rating: 'acceptable',
      debrief: [
        'The photo came down, but a board complaint over a first lapse that was fixed within hours may strain the team, and it bypasses the institutional process designed to assess incidents like this and prevent repeats.',
        "Reporting to a licensing board has its place, as the AMA code recognizes, and CC-7 asks you to know your board's expectations. Keep the response in proportion: speak to your colleague, report to the hospital's privacy office, and ask program leadership when you are unsure whether more is needed.",
      ],
      practices: ['CC-7'],
    },
    'ending-unfinished': {
      kind: 'ending',
      title: 'Down, but not done',
      rating: 'acceptable',
      debrief: [
        'The post is gone, but nobody responsible for privacy knows it was ever up. The privacy office cannot judge whether the patient should be told, and nothing changes in how the team takes photos.',
        "CC-3 asks you to follow the institution's policy, which here routes possible disclosures to the privacy office. CC-5 and SC-5 work best as a shared routine: no patient in the frame, and a PHI check before anything is shared.",
      ],
      practices: ['CC-3', 'CC-5', 'SC-5'],
    },
    'ending-late': {
      kind: 'ending',
      title: 'Late, but on the record',
      rating: 'acceptable',
      debrief: [
        "The photo comes down and the privacy office can work with the family, but the patient's daughter found it before anyone acted.",
        'A tattoo identified the patient without a name, which is why SC-5 names tattoos and other marks and why CC-8 asks for explicit consent before any post about a patient. A private message the night before would have taken a minute, and the report to the privacy office would still have followed.',
      ],
      practices: ['SC-5', 'CC-8'],
    },
    'ending-harmful': {
      kind: 'ending',
      title: 'The photo stays up',
      rating: 'harmful',
      debrief: [
        "The patient's surgery stays on a public account, recognized by family and shared by strangers, and the people who could help do not know where it came from.",
        "Colleagues are part of the safeguard. The AMA code, as the paper summarizes it, expects action when a colleague's posts breach professional norms. Start with the simplest step that works: a private word to get the photo down, then a prompt report to the privacy office. Posting about a patient without explicit consent (CC-8) and showing identifying marks such as tattoos (SC-5) are exactly what those steps are there to stop.",
      ],
      practices: ['CC-8', 'SC-5'],
    },
    'ending-reshared': {
      kind: 'ending',
      title: "Shared again, on the program's account",
      rating: 'harmful',
      debrief: [
        "The program account now carries the patient's tattoo and the dated whiteboard to a wider audience, with the institution's name attached. Blurring the wristband did not make the photo anonymous.",
        'CC-5 asks you to inspect every image for PHI before it is shared, SC-5 names tattoos among the marks to keep out of frame, and CC-8 requires explicit consent before posting about a patient at all. Take the repost down at once and report it to the privacy office.',
      ],
      practices: ['CC-5', 'SC-5', 'CC-8'],
    },
  },
};

export default scenario;
