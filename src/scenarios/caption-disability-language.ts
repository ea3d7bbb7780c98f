import type { Scenario } from '../schemas/scenario';

/** A draft event caption uses non-inclusive disability language, a nickname for a condition and a dig at colleagues. */
const scenario: Scenario = {
  id: 'caption-disability-language',
  version: 2,
  title: 'The words in an event caption',
  summary:
    "The announcement for your spine program's community evening is due out by noon. The draft caption describes people and conditions in words that need changing, and it takes a swipe at some of your own speakers.",
  theme: 'spine-care',
  setting: "A rehabilitation hospital's public account on a photo-sharing app",
  role: 'Physiatrist',
  profession: 'physiatrist',
  care: 'both',
  cast: [
    { profession: 'staff', part: 'errs', who: 'the communications coordinator who drafted the caption' },
    {
      profession: 'chiropractor',
      part: 'model',
      who: 'the chiropractor on the program who raises the dig at spinal manipulation privately and calmly',
    },
  ],
  minutes: 6,
  start: 'draft-arrives',
  nodes: {
    'draft-arrives': {
      kind: 'narrative',
      title: 'A caption to approve',
      body: [
        'You are a physiatrist in a hospital spine and rehabilitation program, and you are organizing a free community evening on living well with spine conditions. The speakers are you, a physical therapist, a chiropractor, a spine surgeon, and a peer mentor from a local spinal cord injury peer-support group.',
        "The hospital's communications coordinator has drafted the announcement for the hospital's photo-sharing account and needs your approval.",
      ],
      mock: {
        kind: 'dm-thread',
        platform: 'Workplace chat',
        with: { name: 'Communications coordinator', handle: 'comms.coordinator', role: 'Hospital communications' },
        messages: [
          {
            from: 'them',
            text: 'The draft for the community evening is in the composer. Can you sign off by noon? I would like it up before the lunchtime scroll.',
            time: '10:05 am',
          },
        ],
      },
      next: 'first-read',
    },
    'first-read': {
      kind: 'decision',
      title: 'Reading the draft',
      body: [
        'The draft is below. It contains several phrases that need changing: some describe disability in ways to avoid, one names a condition only by an everyday nickname, and one takes a swipe at other professions. Read it closely before you decide.',
      ],
      mock: {
        kind: 'post-composer',
        author: { name: 'Your hospital', handle: 'your.hospital', role: 'Rehabilitation hospital' },
        text: 'Join us Thursday for our free Spine Health Evening! Learn how to avoid a slipped disc, and meet our wheelchair-bound peer mentor, who suffers from paralysis after becoming a victim of spinal cord injury. Plus: our real doctors set the record straight on back-cracking fads.',
        hashtags: ['slippeddisc', 'backpain', 'spinehealth'],
        media: {
          description:
            'Event flyer with the date, the time and the hospital auditorium, and a note that the venue is step-free and that live captioning will be provided.',
        },
        audience: 'Public',
      },
      prompt: 'What do you do?',
      choices: [
        {
          id: 'approve-as-is',
          label: 'Approve it. The tone is upbeat and the coordinator is on a deadline.',
          feedback:
            'Good intentions do not fix the words. Phrases to change such as "wheelchair-bound", "suffers from" and "victim of" define a person by confinement and pity, and "slipped disc" stands alone where the accepted medical term should be. SC-3 asks for disability-inclusive language and accepted names for conditions, and the draft misses on both. The dig at "back-cracking fads" is a further problem.',
          score: 0,
          practices: ['SC-3'],
          next: 'posted-reaction',
        },
        {
          id: 'rewrite-person-first',
          label:
            'Rewrite the disability wording yourself in person-first language, for example "our peer mentor, who uses a wheelchair".',
          feedback:
            "Much better: the new wording describes the peer mentor without pity or a sense of confinement, as SC-3 asks. Some people prefer identity-first language, though, and the peer mentor is easy to reach. When you can learn someone's preference, follow it.",
          score: 1,
          practices: ['SC-3'],
          next: 'terms-and-tone',
        },
        {
          id: 'ask-the-mentor',
          label:
            'Strike "wheelchair-bound", "suffers from" and "victim of", and message the peer mentor to ask how they would like to be described.',
          feedback:
            'Removing wording that frames a person through pity or confinement follows SC-3, and asking the peer mentor respects their own preference, whether person-first or identity-first. It also treats them as a member of the program rather than as a story about one.',
          score: 2,
          practices: ['SC-3'],
          next: 'mentor-reply',
        },
      ],
    },
    'mentor-reply': {
      kind: 'narrative',
      title: 'The peer mentor answers',
      body: [
        'The peer mentor replies within a few minutes. You update the caption so that it introduces them in their own words.',
      ],
      mock: {
        kind: 'dm-thread',
        platform: 'Email',
        with: { name: 'Peer mentor', handle: 'peer.mentor', role: 'Peer-support volunteer' },
        messages: [
          {
            from: 'me',
            text: "Hi! We are announcing Thursday's evening today. How would you like us to describe you in the post?",
            time: '10:20 am',
          },
          {
            from: 'them',
            text: 'Thanks for asking! "Peer mentor and wheelchair basketball coach" is perfect. My injury does not need to be the headline, and please, no "suffering".',
            time: '10:34 am',
          },
        ],
      },
      next: 'terms-and-tone',
    },
    'terms-and-tone': {
      kind: 'decision',
      title: 'What else needs to change?',
      body: [
        'The disability wording is fixed, and the caption now introduces the peer mentor respectfully. Two things in the draft still need a look: the condition is named only by a nickname, and the last sentence.',
      ],
      mock: {
        kind: 'post-composer',
        author: { name: 'Your hospital', handle: 'your.hospital', role: 'Rehabilitation hospital' },
        text: 'Join us Thursday for our free Spine Health Evening! Learn how to avoid a slipped disc, and hear from our peer mentor, a wheelchair basketball coach, about daily life and staying active. Plus: our real doctors set the record straight on back-cracking fads.',
        hashtags: ['slippeddisc', 'backpain', 'spinehealth'],
        audience: 'Public',
      },
      prompt: 'How do you revise the rest?',
      choices: [
        {
          id: 'fix-terms-and-tone',
          label:
            'Lead with "lumbar disc herniation", add a short plain-language explanation and "sometimes called a slipped disc", add a hashtag for the accepted term, and rewrite the last sentence: "Hear how a physical therapist, a chiropractor, a physiatrist and a spine surgeon each approach back pain."',
          feedback:
            "The accepted term is more precise and helps readers find reliable information, as SC-3 asks. The plain explanation keeps it accessible, and the everyday phrase beside it, not in place of it, helps people who know only that name find the post. The new last line presents every speaker's field with respect instead of dismissing one of them (SC-1, SC-2), which is also the point of the evening.",
          score: 2,
          practices: ['SC-3', 'SC-1', 'SC-2'],
          next: 'next-time',
        },
        {
          id: 'keep-the-joke',
          label:
            'Put the accepted term in for "slipped disc", but keep the last sentence. It is a bit of fun, and it will get clicks.',
          feedback:
            '"Real doctors" against "back-cracking fads" belittles spinal manipulation as a way of managing back pain, and with it the chiropractor and the physical therapist on your own program. SC-1 asks you to keep disparaging comments about spine care approaches out of your posts, and SC-2 asks for mutual respect across the professions.',
          score: 0,
          practices: ['SC-1', 'SC-2'],
          next: 'speaker-reaction',
        },
        {
          id: 'keep-slipped-disc',
          label:
            'Rewrite the last sentence to introduce every speaker respectfully, but keep "slipped disc" on its own as the name of the condition: it is what people search for.',
          feedback:
            'The respectful last line follows SC-1. Used on its own, though, "slipped disc" suggests that a disc slides out of place, and readers never learn the accepted name. SC-3 asks for the accepted medical term; the everyday phrase is fine beside it, for example "lumbar disc herniation, sometimes called a slipped disc", so that people searching for it still find the post.',
          score: 1,
          practices: ['SC-3', 'SC-1'],
          next: 'ending-slang-stays',
        },
      ],
    },
    'speaker-reaction': {
      kind: 'decision',
      title: 'A message from a speaker',
      body: ['An hour after the post goes live, the chiropractor on the program sends you a message.'],
      mock: {
        kind: 'dm-thread',
        platform: 'Email',
        with: { name: 'A colleague', handle: 'colleague.account', role: 'Chiropractor' },
        messages: [
          {
            from: 'them',
            text: 'I saw the post about Thursday. I agreed to speak because this was meant to be a team evening. "Back-cracking fads" next to my name on the speaker list is hard to read. Can we talk?',
            time: '1:12 pm',
          },
        ],
      },
      prompt: 'How do you respond?',
      choices: [
        {
          id: 'apologize-and-edit',
          label:
            'Apologize, edit the post so the last line introduces every speaker respectfully, and thank them for raising it.',
          feedback:
            'You repaired the post and the working relationship quickly. SC-1 and SC-2 are about exactly this: spine care is delivered by many professions, and the respect between them should be visible to the public. Catching it before posting would have spared a colleague the hurt.',
          score: 1,
          practices: ['SC-1', 'SC-2'],
          next: 'ending-repaired',
        },
        {
          id: 'defend-it',
          label: 'Reply that it was only a joke and leave the post as it is.',
          feedback:
            "Leaving the line up tells the public that one speaker's field is a punchline, and tells a colleague that their expertise does not earn your respect. SC-1 and SC-2 ask for the opposite.",
          score: 0,
          practices: ['SC-1', 'SC-2'],
          next: 'ending-harmful',
        },
      ],
    },
    'posted-reaction': {
      kind: 'decision',
      title: 'The post goes live',
      body: ['The announcement goes up as drafted. By mid-afternoon it has a few comments.'],
      mock: {
        kind: 'comment-thread',
        post: {
          author: { name: 'Your hospital', handle: 'your.hospital', role: 'Rehabilitation hospital' },
          text: 'Join us Thursday for our free Spine Health Evening! Learn how to avoid a slipped disc, and meet our wheelchair-bound peer mentor, who suffers from paralysis after becoming a victim of spinal cord injury. Plus: our real doctors set the record straight on back-cracking fads.',
          time: '3 hours ago',
        },
        comments: [
          {
            id: 'not-bound',
            author: { name: 'A community member', handle: 'community.member' },
            text: 'I use a wheelchair and I am not "bound" to anything. It is how I get to work, to the gym and to events like yours.',
            time: '2 hours ago',
          },
          {
            id: 'which-term',
            author: { name: 'Another community member', handle: 'reader.account' },
            text: 'Is a slipped disc the same thing as a herniated disc? I have seen both online.',
            time: '1 hour ago',
          },
          {
            id: 'team-effort',
            author: { name: 'A colleague', handle: 'colleague.account', role: 'Physical therapist' },
            text: 'Looking forward to speaking on Thursday, but what are the "back-cracking fads"? This program is a team effort.',
            time: '40 minutes ago',
          },
        ],
      },
      prompt: 'What do you do?',
      choices: [
        {
          id: 'correct-and-thank',
          label:
            'Edit the caption: inclusive wording for the peer mentor, "lumbar disc herniation" with a plain explanation and a note that it is often called a slipped disc, and a respectful line about every speaker. Then reply to thank the commenters and say what you changed.',
          feedback:
            "A prompt, visible correction shows you took the feedback seriously, and the revised caption now meets SC-3 and treats every speaker's field with respect (SC-1, SC-2). The original wording was still seen, and perhaps saved, which a careful read before approval would have prevented.",
          score: 1,
          practices: ['SC-3', 'SC-1', 'SC-2'],
          next: 'ending-corrected',
        },
        {
          id: 'hide-comments',
          label: 'Hide the comments so the event post stays positive.',
          feedback:
            'The commenters pointed out real problems. Hiding their feedback leaves the wording in place and signals that criticism is unwelcome; CC-10 treats moderation as a safety step, not a way to silence fair comment. SC-3 asks for inclusive, accurate wording, and SC-2 asks for respect for colleagues, including the one who commented.',
          score: 0,
          practices: ['SC-3', 'SC-2', 'CC-10'],
          next: 'ending-harmful',
        },
      ],
    },
    'next-time': {
      kind: 'decision',
      title: 'Before the next post',
      body: [
        'The revised announcement is approved and scheduled. The coordinator mentions that the original wording came from an old template the communications team uses for patient and program stories.',
      ],
      mock: {
        kind: 'post-composer',
        author: { name: 'Your hospital', handle: 'your.hospital', role: 'Rehabilitation hospital' },
        text: 'Join us Thursday for our free Spine Health Evening! Learn about lumbar disc herniation, sometimes called a slipped disc (when part of the soft inner material of a spinal disc pushes out beyond its usual boundary), hear from our peer mentor, a wheelchair basketball coach, about daily life and staying active, and hear how a physical therapist, a chiropractor, a physiatrist and a spine surgeon each approach back pain.',
        hashtags: ['spinehealth', 'backpain', 'lumbardischerniation', 'slippeddisc'],
        media: {
          description:
            'Event flyer with the date, the time and the hospital auditorium, and a note that the venue is step-free and that live captioning will be provided.',
        },
        audience: 'Public',
      },
      prompt: 'What do you do about the template?',
      choices: [
        {
          id: 'share-word-guide',
          label:
            'Send the team a short note on words to change and why ("uses a wheelchair" rather than "wheelchair-bound"; "has" or "lives with" rather than "suffers from" or "victim of"; the accepted name for a condition first, with any everyday name beside it rather than instead of it), point them to the 2019 UN Office at Geneva disability-inclusive language guidelines, and offer to review the template.',
          feedback:
            'A short guide fixes the template at the source, so the next post starts from inclusive, accurate language. The paper behind this course points to the 2019 UN Office at Geneva guidelines, which are meant to inform written communication including social media, as a reference for SC-3.',
          score: 2,
          practices: ['SC-3'],
          next: 'ending-best',
        },
        {
          id: 'fix-this-one',
          label: 'Leave it there. This post is fixed, and you will catch the next one.',
          feedback:
            'This post now meets SC-3, but the template will keep producing the same wording, and not every post will come to you for approval.',
          score: 1,
          practices: ['SC-3'],
          next: 'ending-one-off',
        },
      ],
    },
    'ending-best': {
      kind: 'ending',
      title: 'Inclusive, accurate and collegial',
      rating: 'best',
      debrief: [
        'The announcement describes the peer mentor with dignity, names the condition accurately with a plain explanation, and presents every profession on the program with respect. The template behind it is being fixed, so the next post starts in the right place.',
        'Words on a public account model how a profession sees people with spine conditions and how its members see each other (SC-3, SC-1, SC-2).',
      ],
      practices: ['SC-3', 'SC-1', 'SC-2'],
    },
    'ending-one-off': {
      kind: 'ending',
      title: 'Fixed once',
      rating: 'acceptable',
      debrief: [
        'This announcement is inclusive, accurate and respectful of every speaker. The template that produced the original wording is unchanged, though, and the next post written from it may not cross your desk.',
        'A short word guide, with the 2019 UN Office at Geneva guidelines as a reference, helps everyone who writes for the account (SC-3).',
      ],
      practices: ['SC-3'],
    },
    'ending-slang-stays': {
      kind: 'ending',
      title: 'Respectful, but imprecise',
      rating: 'acceptable',
      debrief: [
        'The post treats people and professions with respect (SC-1), but it still names the condition only by a nickname that gives readers the wrong picture of what happens to a disc.',
        'Lead with the accepted term, such as lumbar disc herniation, explain it in plain words, and keep the everyday phrase beside it if you want searchers to find the post. A lay term next to the medical one is fine; a lay term instead of it is what SC-3 asks you to fix.',
      ],
      practices: ['SC-3', 'SC-1'],
    },
    'ending-repaired': {
      kind: 'ending',
      title: 'Repaired with a colleague',
      rating: 'acceptable',
      debrief: [
        "The edited post now introduces every speaker with respect, and your apology kept the chiropractor on the program. For an hour, though, the public saw a hospital account mocking one of its own speakers' fields.",
        'A quick check of every post against SC-1 and SC-2 before approval avoids the repair work.',
      ],
      practices: ['SC-1', 'SC-2'],
    },
    'ending-corrected': {
      kind: 'ending',
      title: 'Corrected in public',
      rating: 'acceptable',
      debrief: [
        'The revised caption is inclusive, accurate and collegial, and your thanks to the commenters showed that the hospital listens. The original wording was public for hours, though, and the people it described had to point it out themselves.',
        'Reading every draft for disability-inclusive language, accepted medical terms and respect for other professions before approving it (SC-3, SC-1, SC-2) takes a few minutes.',
      ],
      practices: ['SC-3', 'SC-1', 'SC-2'],
    },
    'ending-harmful': {
      kind: 'ending',
      title: 'Words that push people away',
      rating: 'harmful',
      debrief: [
        'The announcement stays up with wording that talks down to people: to people with disabilities, to colleagues on your own program, or to both. The people who raised it were brushed aside, and some of them may not come to the evening at all.',
        "Disability-inclusive language and accepted medical names (SC-3), respect for every approach to spine care (SC-1) and for colleagues' expertise (SC-2) are not extras. They decide whether the people you want to reach feel welcome.",
      ],
      practices: ['SC-3', 'SC-1', 'SC-2'],
    },
  },
};

export default scenario;
