import type { Scenario } from '../schemas/scenario';

/** A newly hired physiatrist receives a profile template that calls them board certified before they are. */
const scenario: Scenario = {
  id: 'bio-board-certification',
  version: 2,
  title: 'A bio that says a little too much',
  summary:
    'You have just joined a spine center as a physiatrist. Its marketing team sends a profile template that calls you board certified, which you are not yet, and the bio names your employer with no word on whose views you post.',
  theme: 'compliance-confidentiality',
  setting: "A physiatrist's new professional profile on a professional networking site",
  role: 'Physiatrist, recently out of residency and not yet board certified',
  profession: 'physiatrist',
  care: 'non-surgical',
  cast: [
    {
      profession: 'staff',
      part: 'errs',
      who: 'the marketing coordinator whose profile template calls you board certified',
    },
    {
      profession: 'physiatrist',
      part: 'model',
      who: 'the former co-resident who questions the board-certified claim privately rather than in public',
    },
  ],
  minutes: 6,
  start: 'template-arrives',
  nodes: {
    'template-arrives': {
      kind: 'narrative',
      title: 'A ready-made bio',
      body: [
        'You finished residency in physical medicine and rehabilitation in June and have just joined a multispecialty spine center. You hold a state medical license. You have not yet completed board certification; your examination is later this year.',
        "The center's marketing coordinator wants every clinician to have a professional profile on a networking site, and sends you the center's standard bio.",
      ],
      mock: {
        kind: 'dm-thread',
        platform: 'Professional networking site',
        with: { name: 'Marketing coordinator', handle: 'spine.center.marketing', role: 'Spine center marketing' },
        messages: [
          {
            from: 'them',
            text: 'Welcome aboard! Here\'s the bio we use for all our physicians: "Board-certified physiatrist at [Employer\'s name], helping patients get back to the activities they love without surgery." Can you paste it in and add a photo by Friday?',
            time: '9:40 am',
          },
        ],
      },
      next: 'draft-bio',
    },
    'draft-bio': {
      kind: 'decision',
      title: 'Your credentials',
      body: ['You paste the template into your profile. The preview looks polished.'],
      mock: {
        kind: 'profile',
        account: { name: 'You', handle: 'your.physiatry.profile', role: 'Physiatrist' },
        headline: 'Board-certified physiatrist | Nonsurgical spine care',
        bio: "Board-certified physiatrist at [Employer's name], helping patients get back to the activities they love without surgery. Posts on low back pain, neck pain and staying active.",
        links: ["Appointment page at [Employer's name]"],
      },
      prompt: 'How do you describe your credentials?',
      choices: [
        {
          id: 'state-training',
          label:
            'Replace "board-certified" with what is true today: your medical degree, your residency training in physical medicine and rehabilitation, and your state license. Add certification once it is granted.',
          feedback:
            'CC-1 asks your profile to show your training and credentials accurately and never to suggest a certification you do not hold. Patients often read "board-certified" as a mark of quality, so the word has to be true. Listing residency training and licensure is accurate and still tells readers what they need to know.',
          score: 2,
          practices: ['CC-1'],
          next: 'disclaimer',
        },
        {
          id: 'board-eligible',
          label: 'Change it to "board-eligible physiatrist."',
          feedback:
            'This is honest about your status, which meets the core of CC-1. Certifying and licensing boards can have their own rules on how candidates describe themselves, including whether, and for how long, a term like "board-eligible" may be used, so check before you rely on it. CC-7 asks you to know what your licensing board and other governing bodies expect.',
          score: 1,
          practices: ['CC-1', 'CC-7'],
          next: 'disclaimer',
        },
        {
          id: 'keep-template',
          label: 'Keep the template. You expect to pass in a few months, and marketing wrote it, not you.',
          feedback:
            'The profile carries your name, so the claim is yours whoever drafted it. CC-1 asks you never to imply a credential you do not hold, and "soon" is not "now." A profile that overstates your credentials misleads the patients who rely on it and may draw the attention of the boards whose expectations CC-7 asks you to learn.',
          score: 0,
          practices: ['CC-1', 'CC-7'],
          next: 'colleague-notices',
        },
      ],
    },
    'colleague-notices': {
      kind: 'decision',
      title: 'Congratulations?',
      body: ['A week later, a former co-resident messages you.'],
      mock: {
        kind: 'dm-thread',
        platform: 'Professional networking site',
        with: { name: 'A former co-resident', handle: 'coresident.profile', role: 'Physiatrist' },
        messages: [
          {
            from: 'them',
            text: "Congrats on being board certified already!! I didn't think any of us could be yet. Did I miss something?",
            time: '6:15 pm',
          },
        ],
      },
      prompt: 'What do you do?',
      choices: [
        {
          id: 'fix-now',
          label:
            'Thank them for the catch, correct the profile today, and tell the marketing coordinator the template needs a version for clinicians who are not yet certified.',
          feedback:
            'Correcting it quickly limits how many people are misled, and fixing the template protects the next new hire. CC-1 asks for accurate credentials wherever they appear, and the American College of Physicians advises checking what is published about you online so that errors like this get caught. CC-7 asks you to learn how your boards view such claims.',
          score: 1,
          practices: ['CC-1', 'CC-7'],
          next: 'disclaimer',
        },
        {
          id: 'leave-it',
          label: 'Reply with a vague thank-you and leave the profile as it is. The exam is only months away.',
          feedback:
            'Now the claim is knowingly false, and a colleague has already noticed it. CC-1 does not allow implying a credential you do not hold, and CC-7 asks you to know the expectations of the licensing board and other bodies that govern your practice, which may take a false claim of certification seriously.',
          score: 0,
          practices: ['CC-1', 'CC-7'],
          next: 'ending-misrepresented',
        },
      ],
    },
    disclaimer: {
      kind: 'decision',
      title: 'Whose views?',
      body: [
        'Your credentials now read correctly. The bio still names the center, and you plan to post your own short takes on imaging for low back pain, exercise and new studies.',
      ],
      mock: {
        kind: 'profile',
        account: { name: 'You', handle: 'your.physiatry.profile', role: 'Physiatrist' },
        headline: 'Physiatrist | Nonsurgical spine care',
        bio: "Physiatrist at [Employer's name]. Residency in physical medicine and rehabilitation; licensed in your state. Posts on low back pain, neck pain and staying active.",
        links: ["Appointment page at [Employer's name]"],
      },
      prompt: 'What do you do about the employer in your bio?',
      choices: [
        {
          id: 'add-disclaimer',
          label: 'Add a line: "Views shared here are my own and do not represent [Employer\'s name]."',
          feedback:
            'When a bio names an employer, readers may assume its posts speak for it. CC-2 asks you to state plainly that the views are yours alone, and one line does that. It clarifies whose opinion a post is; it does not excuse a post that would be inappropriate anyway.',
          score: 2,
          practices: ['CC-2'],
          next: 'checks',
        },
        {
          id: 'drop-employer',
          label: "Remove the employer's name instead, so no disclaimer is needed.",
          feedback:
            'Dropping the name lowers the chance of confusion, but patients and colleagues who know where you work will still link your posts to the center, and the marketing team wants the affiliation shown. CC-2 asks for a plain statement that your views are your own, which works whether or not the employer is named.',
          score: 1,
          practices: ['CC-2'],
          next: 'checks',
        },
        {
          id: 'skip-disclaimer',
          label: 'Leave it. Your posts are educational, and nobody will think the center wrote them.',
          feedback:
            'Educational posts still carry opinions, such as when imaging is worth it or which exercise helps, and a bio that names the center invites readers to assume it agrees. CC-2 asks you to make clear that the views are yours alone.',
          score: 0,
          practices: ['CC-2'],
          next: 'misattributed',
        },
      ],
    },
    misattributed: {
      kind: 'decision',
      title: 'Quoted as the center',
      body: [
        "A month later you post that imaging rarely changes the plan for new low back pain without warning signs. A local health blogger shares it, claiming the center now calls MRIs for back pain a waste of money. The center's communications office emails to ask what happened.",
      ],
      mock: {
        kind: 'comment-thread',
        post: {
          author: { name: 'You', handle: 'your.physiatry.profile', role: 'Physiatrist' },
          text: 'For most people with new low back pain and no warning signs, imaging in the first weeks rarely changes the plan. Here is what clinical guidelines suggest instead, and when imaging does matter.',
          time: '2 days ago',
        },
        comments: [
          {
            id: 'blogger-share',
            author: { name: 'A local health blogger', handle: 'health.blogger' },
            text: "Sharing this: [Employer's name] now says MRIs for back pain are a waste of money!",
            time: '1 day ago',
          },
        ],
      },
      prompt: 'How do you respond?',
      choices: [
        {
          id: 'clarify-and-add',
          label:
            'Add a views-are-my-own line to your bio today, and work with the communications office on a short, courteous clarifying reply.',
          feedback:
            "You add the statement CC-2 asks for, so your next post is read as yours, and the clarifying reply corrects the blogger's version of your point without a public spat (PR-1). Working with the communications office means the center hears about it from you.",
          score: 1,
          practices: ['CC-2', 'PR-1'],
          next: 'ending-clarified',
        },
        {
          id: 'argue-publicly',
          label: 'Reply to the blogger yourself: "Obviously I speak for myself, not the center. Read more carefully."',
          feedback:
            'The sharp tone adds a public spat to the confusion, and it leaves out the communications office, which has asked what happened. Nothing on your profile said you speak only for yourself, which is the gap CC-2 closes, and PR-1 asks for the same courtesy online as in person.',
          score: 0,
          practices: ['CC-2', 'PR-1'],
          next: 'ending-speaking-for-employer',
        },
      ],
    },
    checks: {
      kind: 'decision',
      title: 'Before you publish',
      body: [
        'The profile is almost ready. The marketing coordinator has approved it and asks you to post weekly from it.',
      ],
      prompt: 'Anything else before you publish?',
      choices: [
        {
          id: 'policy-and-board',
          label:
            "Read the center's social media policy and note what it says about personal professional profiles, using the logo and sharing patient stories, asking compliance about anything unclear. Then look up what your state medical board, and the board that will certify you, say about social media and advertising.",
          feedback:
            "CC-3 asks every professional account you run to follow your employer's policy, and CC-7 asks you to learn what your licensing board and other governing bodies expect of you online. Neither is the marketing team's job. Checking now, and again when you change roles or states, saves you from learning the rules after a complaint.",
          score: 2,
          practices: ['CC-3', 'CC-7'],
          next: 'ending-best',
        },
        {
          id: 'marketing-approved',
          label: 'Publish. Marketing approved it, so it must meet the rules.',
          feedback:
            "Marketing's approval is a good sign for the employer's policy (CC-3), but the same team drafted a template that overstated credentials, and it does not speak for your licensing board. CC-7 asks you to learn the board's expectations yourself.",
          score: 1,
          practices: ['CC-3', 'CC-7'],
          next: 'ending-partial',
        },
        {
          id: 'board-only',
          label:
            "Look up the medical board's guidance, but skip the employer's policy: this is your own professional profile, not the center's account.",
          feedback:
            "Learning the board's expectations meets CC-7. But a profile that names your employer and that you use for professional posts falls under CC-3, which applies the employer's policy to every professional account you run, not only the center's official pages.",
          score: 1,
          practices: ['CC-7', 'CC-3'],
          next: 'ending-partial',
        },
      ],
    },
    'ending-best': {
      kind: 'ending',
      title: 'Accurate, clear and checked',
      rating: 'best',
      debrief: [
        "Your profile says what you are today, does not present your posts as the center's views, and sits within both the center's policy and your board's expectations. When you are certified, one edit adds the credential.",
        'CC-1 and CC-2 cover what the profile says; CC-3 and CC-7 cover the rules around it. The American College of Physicians suggests checking what is published about you online from time to time, so that an error such as a template credential does not linger.',
      ],
      practices: ['CC-1', 'CC-2', 'CC-3', 'CC-7'],
    },
    'ending-partial': {
      kind: 'ending',
      title: 'A good profile with a gap',
      rating: 'acceptable',
      debrief: [
        'The profile is accurate and clear, but one set of rules has gone unread. Employer policies and board expectations differ by employer, state and profession, and each can cover things a template never mentions, such as patient stories, testimonials or how to describe your training.',
        'Set aside an hour to read both (CC-3, CC-7), and check again whenever you change jobs or add a license.',
      ],
      practices: ['CC-3', 'CC-7'],
    },
    'ending-clarified': {
      kind: 'ending',
      title: 'Clarified, after a scare',
      rating: 'acceptable',
      debrief: [
        'The communications office helped set the record straight, and your bio now carries a views-are-my-own line. The post itself was sound; the missing statement let someone else decide whose view it was.',
        'CC-2 is easy to meet before the first post and awkward to meet after a mix-up. A calm, courteous correction (PR-1) turned a public misunderstanding into a quick fix.',
      ],
      practices: ['CC-2', 'PR-1'],
    },
    'ending-speaking-for-employer': {
      kind: 'ending',
      title: 'Speaking for the center without meaning to',
      rating: 'harmful',
      debrief: [
        "Your reasonable post is now known as the center's position, and your sharp reply has become part of the story. The communications office learns about it from the blogger rather than from you.",
        'A one-line statement that your views are your own (CC-2) would have headed off most of this. When a post is attributed to your employer, work with its communications office on the correction, and stay courteous even when someone misreads you (PR-1).',
      ],
      practices: ['CC-2', 'PR-1'],
    },
    'ending-misrepresented': {
      kind: 'ending',
      title: 'A credential you do not hold',
      rating: 'harmful',
      debrief: [
        'Your profile tells patients and colleagues that you are board certified, and you now know it is not true. Patients choosing a clinician may rely on it, a colleague has noticed, and the claim stays online whatever happens at the exam.',
        'CC-1 asks for accurate credentials and never implying a certification you do not hold: fix the profile today, and tell marketing the template needs a version for clinicians who are not yet certified. CC-7 asks you to know what your licensing board and other governing bodies expect; for questions about how to describe your status, ask them, not a marketing template.',
      ],
      practices: ['CC-1', 'CC-7'],
    },
  },
};

export default scenario;
