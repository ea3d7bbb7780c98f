import type { Scenario } from '../schemas/scenario';

const you = { name: 'You', handle: 'your.pt.account', role: 'Physical therapist' };

const viralPost =
  'Physical therapists hand you a sheet of exercises and send you home. Chiropractors crack your back and book you in for next week. Neither fixes the pain generator. If your back still hurts after six weeks, stop wasting time: get an injection or see a surgeon. Share this before you lose another year.';

const angryDraft =
  'Enough. Surgeons and needle-pushers who post this are in it for the money: cut first, inject first, bill first. Real recovery is hard work, not a quick fix. If you believed that post, you get what you pay for.';

const educationalDraft =
  'Seen a post going around saying physical therapy and chiropractic are a waste of time for back pain? Back pain care is teamwork. Most people with a new episode of low back pain improve, and staying active helps. For ongoing low back pain, guidelines recommend starting with nonsurgical care such as exercise therapy, and some also list spinal manipulation among the options. Surgery helps some people with specific problems, such as leg pain from a disc herniation that does not settle. Unlike some, we will never rush you onto an operating table. General education, not medical advice.';

const finalPost =
  'Seen a post going around saying physical therapy and chiropractic are a waste of time for back pain? Back pain care is teamwork. Most people with a new episode of low back pain improve, and staying active helps. For ongoing low back pain, guidelines recommend starting with nonsurgical care such as exercise therapy, and some also list spinal manipulation among the options. Surgery helps some people with specific problems, such as leg pain from a disc herniation that does not settle. Source: [link to the clinical practice guideline]. General education, not medical advice.';

/** Late at night after a long shift, a physical therapist is tempted to fire back at a viral post that disparages spine professions. */
const scenario: Scenario = {
  id: 'late-night-disparaging-post',
  version: 2,
  title: 'A viral post, a long shift and an angry draft',
  summary:
    'Near midnight after a ten-hour day, you see a widely shared post dismissing physical therapists and chiropractors, and you have already typed a furious reply.',
  theme: 'professionalism',
  setting: "A physical therapist's public education account on a photo-sharing app, late at night",
  role: 'Physical therapist in a multidisciplinary outpatient spine center',
  profession: 'physical-therapist',
  care: 'both',
  cast: [
    {
      profession: 'surgeon',
      part: 'errs',
      who: 'the spine surgeon with a large following whose viral post dismisses physical therapy and chiropractic',
    },
    {
      profession: 'physiatrist',
      part: 'errs',
      who: 'the local physiatrist who shares the viral post with all their patients',
    },
    {
      profession: 'chiropractor',
      part: 'errs',
      who: 'the chiropractor who fires back under the viral post with an insult about surgeons',
    },
    {
      profession: 'surgeon',
      part: 'model',
      who: 'the spine surgeon down the hall who checks your sentences about surgery before you post',
    },
    {
      profession: 'chiropractor',
      part: 'model',
      who: 'the chiropractor down the hall who checks your sentence about spinal manipulation',
    },
  ],
  minutes: 7,
  start: 'long-shift',
  nodes: {
    'long-shift': {
      kind: 'narrative',
      title: 'Midnight, after a ten-hour day',
      body: [
        'You are a physical therapist in a multidisciplinary outpatient spine center, where you work alongside two spine surgeons, a physiatrist and a chiropractor whose offices are down the hall. You also run a public account with short videos about back and neck pain. It is 11:48 pm. You finished an evening clinic after a ten-hour day and you are scrolling on the couch.',
        'Earlier today a woman in her forties with chronic low back pain told you she was stopping her exercise program because of something she saw online. Now that post is all over your feed. It comes from a spine surgeon in another state with a large following, and people you know are sharing it, including a physiatrist in your town you have met at community health fairs. Under the post, the insults are already flying both ways.',
      ],
      mock: {
        kind: 'comment-thread',
        post: {
          author: {
            name: 'A spine surgeon with a large following',
            handle: 'popular.spine.account',
            role: 'Spine surgeon',
          },
          text: viralPost,
          time: '6 hours ago',
        },
        comments: [
          {
            id: 'local-physiatrist',
            author: {
              name: 'A local physiatrist (name hidden)',
              handle: 'local.physiatry.account',
              role: 'Physiatrist',
            },
            text: "Couldn't have said it better. Sharing with all my patients.",
            time: '2 hours ago',
          },
          {
            id: 'chiro-reply',
            author: { name: 'A chiropractor', handle: 'chiro.reply.account', role: 'Chiropractor' },
            text: 'Typical surgeon. Would operate on a paper cut if insurance paid for it.',
            time: '90 minutes ago',
          },
          {
            id: 'follower',
            author: { name: 'A follower', handle: 'follower.account' },
            text: 'My PT gave me exercises and nothing changed. This makes sense.',
            time: '1 hour ago',
          },
        ],
      },
      next: 'angry-draft',
    },
    'angry-draft': {
      kind: 'decision',
      title: 'The draft',
      body: [
        'Almost without deciding to, you have opened the composer on your own account and typed an answer to everyone sharing the post. Your heart is pounding, and you are very tired.',
        'The draft is set to Public and carries your usual hashtags.',
      ],
      mock: {
        kind: 'post-composer',
        author: you,
        text: angryDraft,
        hashtags: ['backpain', 'physicaltherapy'],
        audience: 'Public',
      },
      prompt: 'What do you do?',
      choices: [
        {
          id: 'post-now',
          label: 'Post it now. Someone has to say it, and the viral post is spreading tonight.',
          feedback:
            'The draft answers one sweeping insult with another: it says whole professions are in it for the money and mocks the people who believed the post, some of whom may be your own patients. SC-1 asks you to keep disparaging remarks about other approaches to spine care out of your posts, and SC-2 asks for respect across professions. PR-5 exists for this exact moment: you are angry and exhausted, and the oncology guidance the course draws on advises against posting in either state.',
          score: 0,
          practices: ['PR-5', 'SC-1', 'SC-2'],
          next: 'post-fallout',
        },
        {
          id: 'sleep-on-it',
          label: 'Save it as a draft, put the phone down, and reread it in the morning.',
          feedback:
            'This is the pause PR-5 asks for. Nothing you post at midnight will stop the viral post, but a night of sleep will show you whether this draft is a statement you would stand behind for the rest of your career (PR-4).',
          score: 2,
          practices: ['PR-5', 'PR-4'],
          next: 'next-morning',
        },
        {
          id: 'rewrite-now',
          label: 'Delete the insults and rewrite it right now as a calm, evidence-based post about back pain care.',
          feedback:
            'Turning anger into education is a good instinct, and it is where SC-1 and SC-2 point: correct the claim, not the profession. But you are still writing at midnight, worn out and upset, which is when a stray line slips through. PR-5 asks for a pause between drafting and posting.',
          score: 1,
          practices: ['PR-5', 'SC-1', 'SC-2'],
          next: 'midnight-rewrite',
        },
        {
          id: 'attack-colleague',
          label:
            "Skip the general post. Reply under the local physiatrist's comment, tag them by name, and say what you really think of them.",
          feedback:
            'A personal attack on a named colleague is the most damaging option here. PR-6 asks you never to slander or defame another health care professional, and an angry public claim about a real person, made with no evidence, can harm them and you. PR-1 asks you to keep the same boundaries with colleagues online that you would keep face to face, and PR-5 asks you to pause before typing anything at midnight in anger. A genuine concern about a colleague belongs in a formal report, not a comment thread.',
          score: 0,
          practices: ['PR-6', 'PR-1', 'PR-5'],
          next: 'attack-posted',
        },
      ],
    },
    'midnight-rewrite': {
      kind: 'decision',
      title: 'A calmer version, still at midnight',
      body: [
        'By 12:20 am you have a new draft. It is far better than the first. You are also yawning, and the viral post has been shared again while you wrote.',
        'The draft names no source, and its last sentences read: "Unlike some, we will never rush you onto an operating table. General education, not medical advice."',
      ],
      mock: {
        kind: 'post-composer',
        author: you,
        text: educationalDraft,
        hashtags: ['backpain', 'physicaltherapy'],
        audience: 'Public',
      },
      prompt: 'What do you do with it?',
      choices: [
        {
          id: 'publish-rewrite-now',
          label: 'Publish it now, while the viral post is still spreading.',
          feedback:
            'Most of the post is accurate and respectful, a big improvement. But the "operating table" line is a jab at surgery that you would not deliver from a podium with surgeon colleagues in the audience (PR-4, SC-1), and you missed it because there was no pause (PR-5). The post also cites nothing, although a guideline is the backbone of what it says (SC-9).',
          score: 1,
          practices: ['PR-5', 'PR-4', 'SC-1', 'SC-9'],
          next: 'ending-one-jab',
        },
        {
          id: 'hold-till-morning',
          label: 'Save it and reread it in the morning before posting.',
          feedback:
            'The post loses nothing by waiting eight hours, and you gain a fresh reader: yourself after some sleep. PR-5 asks you to build in exactly this pause, and PR-4 asks you to prepare a post the way you would prepare a talk.',
          score: 2,
          practices: ['PR-5', 'PR-4'],
          next: 'morning-review',
        },
      ],
    },
    'next-morning': {
      kind: 'decision',
      title: 'Morning, coffee and the draft',
      body: [
        "At 7 am you open the app and find last night's draft waiting, unchanged. The viral post is still circulating. You read your draft again in daylight.",
      ],
      mock: {
        kind: 'post-composer',
        author: you,
        text: angryDraft,
        hashtags: ['backpain', 'physicaltherapy'],
        audience: 'Public',
      },
      prompt: 'What now?',
      choices: [
        {
          id: 'write-educational',
          label:
            'Delete the draft and write a short educational post on what the evidence says about back pain care, respectful of every profession involved.',
          feedback:
            'You are answering the claim, not the people. A calm post that explains guideline-based options and the roles of different professions is what SC-1 and SC-2 look like in practice, and, prepared with care, it is a statement you can stand behind (PR-4).',
          score: 2,
          practices: ['SC-1', 'SC-2', 'PR-4'],
          next: 'morning-review',
        },
        {
          id: 'let-it-go',
          label:
            'Delete the draft and post nothing. You will talk it through with your patient at her next visit instead.',
          feedback:
            'Not every viral post needs your answer. The pause did its job (PR-5): the draft never became a permanent public statement (PR-4), and you will address the worry where it matters most, with the patient who stopped her exercises.',
          score: 2,
          practices: ['PR-5', 'PR-4'],
          next: 'ending-quiet',
        },
        {
          id: 'post-anyway',
          label: 'Post the original. You slept on it and you still agree with every word.',
          feedback:
            'A pause helps only if you use it to judge the draft honestly. In daylight it still says whole professions are in it for the money and mocks people who believed the post, which goes against SC-1 and SC-2. PR-4 asks whether you would say it from a podium at a spine meeting, with surgeons, physiatrists, patients and your own colleagues listening.',
          score: 0,
          practices: ['PR-4', 'SC-1', 'SC-2'],
          next: 'post-fallout',
        },
      ],
    },
    'morning-review': {
      kind: 'decision',
      title: 'The educational post, read once more',
      body: [
        'Your educational draft is ready. Before posting, you read it the way you would review slides for a talk at a spine meeting, imagining the spine surgeon from down the hall in the front row.',
        'Two things stand out: the draft links no source for its guideline claims, and it still ends with "Unlike some, we will never rush you onto an operating table."',
      ],
      mock: {
        kind: 'post-composer',
        author: you,
        text: educationalDraft,
        hashtags: ['backpain', 'physicaltherapy'],
        audience: 'Public',
      },
      prompt: 'What do you change before posting?',
      choices: [
        {
          id: 'polish-and-review',
          label:
            'Cut the "operating table" line, link the clinical practice guideline the post relies on, and ask the surgeon down the hall to check the sentences about surgery and the chiropractor to check the one about spinal manipulation before you post.',
          feedback:
            'The jab goes, readers can trace the claims to a source (SC-9), and colleagues from the professions the post describes check that you have described their work fairly, which is the mutual respect of SC-2 in action. The result is a post you could present from any podium (PR-4) without disparaging anyone (SC-1).',
          score: 2,
          practices: ['SC-9', 'SC-2', 'SC-1', 'PR-4'],
          next: 'rumor-reply',
        },
        {
          id: 'post-as-is',
          label: 'It is nearly all good. Post it as it is.',
          feedback:
            'Most of the post educates, and that matters. But one line still mocks surgery, and that is the line people will quote back to you (SC-1, PR-4). With no source linked, readers also cannot check the claims for themselves (SC-9).',
          score: 1,
          practices: ['SC-1', 'PR-4', 'SC-9'],
          next: 'ending-one-jab',
        },
      ],
    },
    'rumor-reply': {
      kind: 'decision',
      title: 'A rumor in your comments',
      body: [
        'Your colleagues suggest two small wording changes, and the post goes up at lunchtime. By the afternoon it is being shared alongside the viral post, and two comments need an answer.',
        "You know nothing about the viral post's author beyond the post itself.",
      ],
      mock: {
        kind: 'comment-thread',
        post: { author: you, text: finalPost, time: '3 hours ago' },
        comments: [
          {
            id: 'rumor',
            author: { name: 'A follower', handle: 'follower.account' },
            text: "Isn't he the surgeon who got sued for botched operations? Someone in a group chat said he lost his hospital privileges.",
            time: '2 hours ago',
          },
          {
            id: 'exercise-question',
            author: { name: 'Another follower', handle: 'another.follower' },
            text: 'So do exercises actually help, or is he right that they are a waste of time?',
            time: '1 hour ago',
          },
        ],
      },
      prompt: 'How do you reply?',
      choices: [
        {
          id: 'facts-not-person',
          label:
            'Hide the rumor comment. Post one reply to the thread: your disagreement is with the claim in the post, not with the person who wrote it, and here is what the guideline says about exercise for ongoing low back pain, with the link.',
          feedback:
            "Defamation is a false statement of fact that harms someone's reputation. You have no idea whether the rumor is true, and repeating it, or letting it sit on your account, helps spread a claim that may be false and is certainly damaging; PR-6 asks you never to do that to a colleague, and CC-10 asks you to moderate comments on your account that risk legal problems. What you can do is correct the false claim, that exercise is a waste of time, with facts and a source (SC-9), while saying nothing about the surgeon that you cannot stand behind.",
          score: 2,
          practices: ['PR-6', 'SC-9', 'CC-10'],
          next: 'ending-best',
        },
        {
          id: 'repeat-rumor',
          label: 'Reply to the rumor: "I heard the same. Tells you everything you need to know about his advice."',
          feedback:
            'You do not know whether it is true, and you have now stated it as fact under your own name and credentials. If it is false, you have helped publish a damaging false statement about a fellow professional, which is what PR-6 rules out. Even a true fact about his record would not answer the question about exercise: the claim is what needs correcting, with evidence (SC-9).',
          score: 0,
          practices: ['PR-6', 'SC-9'],
          next: 'ending-rumor',
        },
        {
          id: 'sharp-but-true',
          label:
            'Ignore the rumor. Answer the exercise question with the guideline and the link, and add: "Any surgeon who tells people in pain that exercise is a waste of time should be embarrassed."',
          feedback:
            'The evidence answer is right (SC-9), and you repeated nothing about his record. The last line is not defamation: it is a harsh opinion, not a false statement of fact (PR-6). It is still a public jab at a colleague, which PR-1 and SC-1 ask you to leave out, and exactly the kind of line a pause before posting (PR-5) catches. Leaving the rumor up also lets an unverified accusation sit on your account, which CC-10 asks you to moderate.',
          score: 1,
          practices: ['PR-6', 'PR-1', 'SC-1', 'PR-5', 'CC-10', 'SC-9'],
          next: 'ending-sharp',
        },
      ],
    },
    'post-fallout': {
      kind: 'narrative',
      title: 'By lunchtime',
      body: [
        'Your post has traveled far beyond your usual audience, mostly as screenshots. The spine surgeon down the hall, with whom you co-manage several patients, sends you a short message: "Saw your post. Is that what you think of my work?"',
        'The comments keep coming: a follower whose surgery got them back on their feet, a physical therapy student who is disappointed, and an account that has saved a screenshot in case you delete the post.',
      ],
      mock: {
        kind: 'comment-thread',
        post: { author: you, text: angryDraft, time: '5 hours ago' },
        comments: [
          {
            id: 'follower-surgery',
            author: { name: 'A follower', handle: 'follower.account' },
            text: 'My surgeon got me walking again after my disc surgery, and my injections helped before that. So I am a fool?',
            time: '4 hours ago',
          },
          {
            id: 'pt-student',
            author: { name: 'A physical therapy student', handle: 'pt.student.account', role: 'Student' },
            text: 'Is this how we are supposed to talk about colleagues? Disappointed.',
            time: '3 hours ago',
          },
          {
            id: 'screenshot',
            author: { name: 'Another account', handle: 'another.account' },
            text: 'Screenshotted in case this disappears.',
            time: '2 hours ago',
          },
        ],
      },
      next: 'after-posting',
    },
    'after-posting': {
      kind: 'decision',
      title: 'What now?',
      body: ['You have twenty minutes before your next patient.'],
      prompt: 'How do you respond?',
      choices: [
        {
          id: 'own-it',
          label:
            'Take the post down, post a short public correction that owns the generalization and apologizes to the colleagues and patients it insulted, and go and talk to your colleague down the hall in person.',
          feedback:
            'Owning the mistake is the right move and starts to repair trust with your colleague and your followers (SC-1, SC-2). But deleting does not undo the post: the screenshots will keep circulating, which is why PR-4 asks you to treat every post as lasting.',
          score: 1,
          practices: ['SC-1', 'SC-2', 'PR-4'],
          next: 'ending-repaired',
        },
        {
          id: 'defend-it',
          label:
            'Reply to each critic, defend every word, and add that people who let a surgeon operate on them deserve what happens to them.',
          feedback:
            'Each reply is another permanent statement (PR-4), and now you are insulting patients as well as professions (SC-1, SC-2). Arguing in anger between patients is the same impulse PR-5 asks you to interrupt.',
          score: 0,
          practices: ['PR-4', 'PR-5', 'SC-1', 'SC-2'],
          next: 'ending-escalated',
        },
      ],
    },
    'attack-posted': {
      kind: 'narrative',
      title: 'The next morning',
      body: [
        "You wake to a screen full of notifications. Your reply under the local physiatrist's comment tags them by name and says they are a fraud who gives people injections they do not need, to keep the money coming, and should lose their license. You have never seen them treat anyone.",
        'The physiatrist has shared a screenshot of your reply, with your name visible and your spine center named in your profile. Your clinic director has asked to see you at 9 am.',
      ],
      mock: {
        kind: 'comment-thread',
        post: {
          author: { name: 'A local physiatrist (name hidden)', handle: 'local.physiatry.account', role: 'Physiatrist' },
          text: "Couldn't have said it better. Sharing with all my patients.",
          time: 'Yesterday',
        },
        comments: [
          {
            id: 'your-reply',
            author: you,
            text: "(You tag the physiatrist by full name.) You're a fraud who sells people injections they don't need. You should lose your license.",
            time: '11:52 pm',
          },
          {
            id: 'their-patient',
            author: { name: 'A follower', handle: 'follower.account' },
            text: 'They helped my sciatica when nothing else did. What a thing to say about a real person.',
            time: '7:30 am',
          },
        ],
      },
      next: 'after-attack',
    },
    'after-attack': {
      kind: 'decision',
      title: 'Before the meeting',
      body: ['You have an hour before you see your director.'],
      prompt: 'What do you do?',
      choices: [
        {
          id: 'retract',
          label:
            'Delete the reply, post a short retraction saying you had no basis for those claims, apologize to the physiatrist privately, and tell your director everything.',
          feedback:
            "A quick, honest retraction is the best repair left: it limits the spread of a damaging claim about a real person (PR-6) and shows accountability. It cannot fully undo a reply that was already screenshotted (PR-4). For any further steps, your organization's compliance office or legal counsel is the place to ask.",
          score: 1,
          practices: ['PR-6', 'PR-4'],
          next: 'ending-retracted',
        },
        {
          id: 'stand-by-it',
          label: 'Leave it up. Everyone knows what that practice is like, and you are entitled to your opinion.',
          feedback:
            'A view on a treatment approach can be debated on the evidence. Saying as a fact that a named person gives needless injections for money is a claim about their conduct, and you have nothing to support it. Defamation is a false statement of fact that harms a reputation, and PR-6 asks you never to slander or defame a colleague. A real concern about patient safety goes through a formal route, such as the licensing board, not a public thread.',
          score: 0,
          practices: ['PR-6'],
          next: 'ending-defamation',
        },
      ],
    },
    'ending-best': {
      kind: 'ending',
      title: 'A post you could give from the podium',
      rating: 'best',
      debrief: [
        "Your post answered a misleading claim with evidence, described the roles of several professions fairly, linked its source, and was checked by colleagues from the professions it discussed; the surgeon down the hall shared it with the spine center's followers. When a rumor about the viral post's author turned up in your comments, you took it down and answered the claim, not the person.",
        'The sequence is worth keeping: pause when you are tired or angry (PR-5), prepare the post as you would a talk (PR-4), correct claims rather than people or professions (SC-1, SC-2), cite what you rely on (SC-9), and never state or pass on damaging claims about a colleague that you cannot stand behind (PR-6).',
      ],
      practices: ['PR-5', 'PR-4', 'SC-1', 'SC-2', 'SC-9', 'PR-6'],
    },
    'ending-quiet': {
      kind: 'ending',
      title: 'Sleep was the answer',
      rating: 'best',
      debrief: [
        'You posted nothing, so there was nothing to undo. At her next visit you talked through the viral post with your patient, explained why her exercise program still fit her goals, and agreed on a plan together.',
        'A pause (PR-5) is not only a delay before posting; sometimes it shows you that the best public statement is none, since whatever you post lasts (PR-4). If you later want to address the topic, a calm educational post that respects every profession in spine care (SC-1) is always open to you.',
      ],
      practices: ['PR-5', 'PR-4', 'SC-1'],
    },
    'ending-sharp': {
      kind: 'ending',
      title: 'Right facts, sharp edge',
      rating: 'acceptable',
      debrief: [
        'Your answer on exercise was accurate and sourced, and you repeated nothing about the surgeon. But the comments fixed on your last line, and the rumor about him stayed on your account beside your post.',
        'A harsh opinion is not defamation, which is a false statement of fact (PR-6), but it can still be unprofessional: PR-1 and SC-1 ask for respect toward colleagues and their fields, and a pause (PR-5) gives you the chance to cut the jab. Moderating unverified accusations on your own account is part of CC-10.',
      ],
      practices: ['PR-6', 'PR-1', 'SC-1', 'PR-5', 'CC-10'],
    },
    'ending-rumor': {
      kind: 'ending',
      title: 'A rumor, now with your name on it',
      rating: 'harmful',
      debrief: [
        "Within a day your reply is quoted as a physical therapist confirming that the surgeon was sued and lost his privileges. Then it turns out the group-chat story was about someone else. Your careful educational post is now remembered for passing on a false claim about a real person, and your director asks you to take it down and speak to the organization's legal counsel.",
        'Defamation is a false statement of fact that harms a reputation, and PR-6 asks you never to make or spread one about a fellow professional. Correct the claim with evidence (SC-9), say nothing about a person that you cannot stand behind, and remove unverified accusations from your own comments.',
      ],
      practices: ['PR-6', 'SC-9'],
    },
    'ending-one-jab': {
      kind: 'ending',
      title: 'Mostly education, one jab',
      rating: 'acceptable',
      debrief: [
        'Your post taught accurate, guideline-based points, and many followers found it useful. But the comments fixed on the "operating table" line. Several surgeons, including your colleague down the hall, read it as a dig at their profession, and the teaching got lost in the argument.',
        'One line can define a post. Reading it as if from a podium (PR-4), after a pause (PR-5), would likely have caught it, and respect for other approaches (SC-1) would have cut it. A linked source (SC-9) would have let readers check the rest.',
      ],
      practices: ['PR-4', 'PR-5', 'SC-1', 'SC-9'],
    },
    'ending-repaired': {
      kind: 'ending',
      title: 'Owned, but not erased',
      rating: 'acceptable',
      debrief: [
        'Your apology landed better than you feared. Your colleague accepted it and suggested you write an educational post together. But screenshots of the original still turn up in online arguments, without your apology attached.',
        'Deleting a post does not remove it from the internet, which is why PR-4 asks you to treat every post as lasting and PR-5 asks for a pause first. Correcting claims rather than insulting professions (SC-1, SC-2) would have left nothing to apologize for.',
      ],
      practices: ['PR-4', 'PR-5', 'SC-1', 'SC-2'],
    },
    'ending-escalated': {
      kind: 'ending',
      title: 'A fight that follows you',
      rating: 'harmful',
      debrief: [
        "By evening your name is attached to a thread that insulted two professions and the patients who rely on them. Your colleague down the hall has asked the spine center's director how the team can keep working together, and your education account is now known for the fight rather than the teaching.",
        'PR-4 asks you to treat every post and reply as a lasting statement, SC-1 and SC-2 ask for respect among the professions that share spine care, and PR-5 asks you to pause before posting, above all when you are angry or exhausted.',
      ],
      practices: ['PR-4', 'PR-5', 'SC-1', 'SC-2'],
    },
    'ending-retracted': {
      kind: 'ending',
      title: 'Retracted, with damage done',
      rating: 'acceptable',
      debrief: [
        'Your retraction and apology limited the harm, and your director noted that you took responsibility. Still, an accusation against a named colleague circulated overnight, and the screenshot is out of your control (PR-4).',
        "Disagreeing with a post is fine; accusing a person is not. PR-6 asks you never to slander or defame another professional. If you ever have a genuine concern about someone's practice, use a formal route such as a report to the licensing board, and ask your compliance office or legal counsel when you are unsure. PR-5 is the habit that would have stopped the reply at 11:52 pm.",
      ],
      practices: ['PR-6', 'PR-4', 'PR-5'],
    },
    'ending-defamation': {
      kind: 'ending',
      title: 'An accusation with your name on it',
      rating: 'harmful',
      debrief: [
        "The reply stayed up and spread, read by many as a factual claim that a named colleague gives needless injections for profit. The physiatrist's patients defended them in the comments, your spine center's name is attached to the screenshot, and your director has passed the matter to the organization's compliance office.",
        "PR-6 asks you never to slander or defame a fellow professional: critique claims on the evidence, take real concerns about a colleague's practice through a formal route such as the licensing board, and ask your compliance office or legal counsel when you are unsure where the line falls. PR-4 is the reminder that this reply may follow you for the rest of your career, and PR-5 the habit that would have kept it in your drafts.",
      ],
      practices: ['PR-6', 'PR-4', 'PR-5'],
    },
  },
};

export default scenario;
