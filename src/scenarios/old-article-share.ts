import type { Scenario } from '../schemas/scenario';

/** A colleague shares a years-old news story hailing a spine procedure, and the learner is about to pass it on. */
const scenario: Scenario = {
  id: 'old-article-share',
  version: 2,
  title: 'An old article about a "breakthrough"',
  summary:
    'A colleague you respect shares a news story hailing a one-time procedure that "ends back pain". No date is visible at first glance, and your followers include patients.',
  theme: 'spine-care',
  setting: "A physical therapist's professional account on a professional networking site",
  role: 'Physical therapist',
  profession: 'physical-therapist',
  care: 'both',
  cast: [
    {
      profession: 'physical-therapist',
      part: 'errs',
      who: 'the colleague who shares the old article as news without checking it',
    },
    {
      profession: 'researcher',
      part: 'errs',
      who: 'the researcher quoted in the article who calls early, unpublished results "the end of chronic back pain"',
    },
    {
      profession: 'physiatrist',
      part: 'model',
      who: 'the physiatrist who points out the date and the thin sourcing in a calm comment',
    },
  ],
  minutes: 8,
  start: 'colleague-shares',
  nodes: {
    'colleague-shares': {
      kind: 'narrative',
      title: 'A story in your feed',
      body: [
        'You are a physical therapist with a professional account on a networking site. Your followers include colleagues, students and a fair number of your patients.',
        'A colleague you respect has shared a news article with the comment "Game changer for our patients with back pain!" It already has dozens of likes, and the share button is right there.',
      ],
      mock: {
        kind: 'article',
        source: 'A health news website',
        title: 'Breakthrough procedure could end chronic back pain, doctors say',
        published: 'No date shown near the headline',
        excerpt:
          'A new one-time procedure using a device company\'s system is being hailed as a breakthrough for people with chronic low back pain. "Patients walk out pain-free, and most never need therapy again," says one clinic that offers it. A researcher who presented early results from a small case series calls it "the end of chronic back pain."',
        sharedBy: { name: 'A colleague', handle: 'colleague.account', role: 'Physical therapist' },
      },
      next: 'first-impulse',
    },
    'first-impulse': {
      kind: 'decision',
      title: 'Share, like or look closer?',
      prompt: 'What do you do?',
      choices: [
        {
          id: 'reshare-now',
          label: 'Reshare it with "Exciting news for anyone with back pain!" Your colleague has already vetted it.',
          feedback:
            "A colleague's share is not a credibility check. SC-11 asks you to confirm that material is credible and current before you share it, and PR-3 reminds you that followers may read a reshare of a company's product news as your endorsement.",
          score: 0,
          practices: ['SC-11', 'PR-3'],
          next: 'reshared-fallout',
        },
        {
          id: 'like-it',
          label: 'Just tap like. It is not really sharing.',
          feedback:
            "On many sites a like shows up in followers' feeds, and it reads as approval. PR-3 counts liking alongside sharing and reposting, and SC-11 asks you to verify material before you like it, not only before you post it.",
          score: 0,
          practices: ['PR-3', 'SC-11'],
          next: 'patient-asks',
        },
        {
          id: 'look-closer',
          label:
            'Open the article before doing anything: look for the date, who published it and what the claims rest on.',
          feedback:
            'This is the check SC-11 asks for before you share, like or post: is the source credible, and is the information still current? It takes a minute and protects your followers as well as you.',
          score: 2,
          practices: ['SC-11'],
          next: 'date-found',
        },
      ],
    },
    'patient-asks': {
      kind: 'decision',
      title: 'A question in the clinic',
      body: [
        'Two days later, a patient you are seeing for chronic low back pain brings up the article during their session. They saw that you liked it, and they ask whether they should drop their exercise program and look into the procedure instead.',
      ],
      prompt: 'What do you do?',
      choices: [
        {
          id: 'vouch-for-it',
          label: 'Tell them it looks promising. After all, you liked it.',
          feedback:
            'Your like has already worked as an endorsement (PR-3), and now you have confirmed it in person without checking whether the claims match clinical practice guidelines or the peer-reviewed evidence (SC-9).',
          score: 0,
          practices: ['PR-3', 'SC-9'],
          next: 'ending-amplified',
        },
        {
          id: 'check-properly',
          label:
            "Say you have not looked at the article closely yet, talk through the patient's own options in the session, then remove the like and go back to check the article.",
          feedback:
            "Honest and recoverable. You saw that your like was being read as an endorsement (PR-3) and went back to do the checks SC-11 asks for. The session, where you know the patient's history, is the right place for their individual questions.",
          score: 1,
          practices: ['SC-11', 'PR-3'],
          next: 'date-found',
        },
      ],
    },
    'date-found': {
      kind: 'narrative',
      title: 'What a closer look shows',
      body: [
        'At the very bottom of the page, below the reader comments, you find the date: the article was published in 2014. It quotes a clinic that offers the procedure, a news release from the device company that makes the system, and a researcher describing early results from a small case series that had not been published. It links to no published study.',
        "An old date does not make an article wrong by itself; plenty of older work still holds. It is a prompt to check whether the content is still current. So you compare the article's claims with current clinical practice guidelines for low back pain and the peer-reviewed evidence published since. Its promises do not hold up against them.",
      ],
      mock: {
        kind: 'article',
        source: 'A health news website',
        title: 'Breakthrough procedure could end chronic back pain, doctors say',
        published: 'Published 2014 (the date appears only at the bottom of the page)',
        excerpt:
          '"Patients walk out pain-free, and most never need therapy again," says one clinic that offers it. The article draws on a news release from the device company and links to no published study.',
        sharedBy: { name: 'A colleague', handle: 'colleague.account', role: 'Physical therapist' },
      },
      next: 'what-now',
    },
    'what-now': {
      kind: 'decision',
      title: 'Now that you know',
      prompt: 'What do you do with the article?',
      choices: [
        {
          id: 'share-with-disclaimer',
          label: 'Share it anyway, adding "Sharing is not endorsement." That covers you.',
          feedback:
            "PR-3's clarification is for cases where followers might mistake a share for approval; it cannot make an outdated, unsupported claim safe to spread. SC-9 asks whether content lines up with clinical practice guidelines and peer-reviewed evidence, and SC-11 asks whether it is current. This article fails both, disclaimer or not.",
          score: 0,
          practices: ['PR-3', 'SC-9', 'SC-11'],
          next: 'ending-amplified',
        },
        {
          id: 'vague-caution',
          label: 'Quote-share it with "Old article, take with a grain of salt."',
          feedback:
            'Flagging the date is a start, but SC-11 treats a date as a prompt to check whether the content still holds, and you have already found that it does not. "A grain of salt" does not tell readers what is out of date or where to find current information, and the headline now travels further with your name beside it. SC-9 asks you to cite relevant literature when it is available.',
          score: 1,
          practices: ['SC-11', 'SC-9'],
          next: 'ending-vague',
        },
        {
          id: 'write-own-post',
          label:
            'Do not share it. Write your own short post on managing chronic low back pain, based on current clinical practice guidelines and peer-reviewed evidence, with sources.',
          feedback:
            "Leaving the article alone stops an outdated claim from spreading under your name, and your own post puts current information in its place. That is what SC-9 asks of original content, and it keeps you clear of endorsing a company's product news (PR-3).",
          score: 2,
          practices: ['SC-9', 'PR-3'],
          next: 'compose-post',
        },
      ],
    },
    'compose-post': {
      kind: 'decision',
      title: 'Drafting your own post',
      body: [
        'You write a short draft. The old article had a striking photo and a few punchy paragraphs, and it would be quick to reuse them.',
      ],
      mock: {
        kind: 'post-composer',
        author: { name: 'You', handle: 'your.pt.account', role: 'Physical therapist' },
        text: 'Seen a story about a one-time procedure that "ends back pain"? It dates from 2014, and when I checked, its claims did not hold up against current clinical practice guidelines or the peer-reviewed evidence. Here is a short summary of what current guidance covers for chronic low back pain, and where to read it yourself.',
        media: { description: 'Image slot: empty.' },
        audience: 'Public',
      },
      prompt: 'How do you finish the post?',
      choices: [
        {
          id: 'link-and-cite',
          label:
            'Link to the current clinical practice guideline and a recent peer-reviewed review you summarize, credit them by name, and use a simple graphic you made yourself. Set a reminder to review the post once a year.',
          feedback:
            "Citing and linking your sources lets readers check your summary (SC-11, SC-9), and making your own graphic avoids reusing someone else's work without permission. The yearly reminder keeps your post from becoming the next outdated article, which is why SC-9 asks you to review enduring content.",
          score: 2,
          practices: ['SC-11', 'SC-9'],
          next: 'colleague-note',
        },
        {
          id: 'copy-article-photo',
          label:
            "Paste in the article's photo and two of its paragraphs to show what you are correcting, without a credit or a link.",
          feedback:
            'The photo and the text belong to the publisher. Reusing them with no credit or link skips the citing step SC-11 asks for, and SC-11 ties that step to respecting copyright. If you need to quote a line, keep it short, credit and link it, and ask your communications or legal office before reusing images.',
          score: 0,
          practices: ['SC-11'],
          next: 'ending-copied',
        },
        {
          id: 'no-sources',
          label: 'Post the summary in your own words with no links. People rarely click them anyway.',
          feedback:
            'An accurate summary in your own words is a big improvement on resharing. But SC-9 asks you to cite relevant literature when it is available, and without sources readers cannot tell your post apart from the article you are correcting.',
          score: 1,
          practices: ['SC-9'],
          next: 'ending-unsourced',
        },
      ],
    },
    'colleague-note': {
      kind: 'decision',
      title: 'What about your colleague?',
      body: [
        "Your post is up. Your colleague's share is still circulating, and some of their followers are asking where to get the procedure.",
      ],
      mock: {
        kind: 'comment-thread',
        post: {
          author: { name: 'A colleague', handle: 'colleague.account', role: 'Physical therapist' },
          text: 'Game changer for our patients with back pain!',
          media: {
            description:
              'Shared article from a health news website: "Breakthrough procedure could end chronic back pain, doctors say". Published 2014, with the date shown only at the bottom of the page.',
          },
          time: '3 days ago',
        },
        comments: [
          {
            id: 'where-to-get',
            author: { name: 'A follower', handle: 'follower.one' },
            text: 'Where can I get this done?',
            time: '2 days ago',
          },
          {
            id: 'skip-therapy',
            author: { name: 'Another follower', handle: 'follower.two' },
            text: 'So I can finally skip my exercises?',
            time: '1 day ago',
          },
        ],
      },
      prompt: 'What do you do?',
      choices: [
        {
          id: 'private-message',
          label:
            'Send your colleague a friendly private message pointing out the 2014 date, that its claims have not held up against current guidance, and the missing study, with a link to your sourced post, and suggest they add a correction.',
          feedback:
            'A private word lets your colleague correct their own post without losing face, which is the mutual respect SC-2 asks for and the courtesy PR-1 expects online as much as in person. It also passes on the date and credibility checks of SC-11.',
          score: 2,
          practices: ['SC-2', 'PR-1', 'SC-11'],
          next: 'ending-best',
        },
        {
          id: 'public-polite-reply',
          label:
            "Reply politely under your colleague's post, noting the article's date and that its claims have not held up, and linking your sourced post.",
          feedback:
            'Followers asking where to get the procedure now see a dated, sourced correction, which serves SC-9. It is courteous, but a private message first would have let your colleague fix it themselves; even a polite public correction can feel like a callout (SC-2).',
          score: 1,
          practices: ['SC-9', 'SC-2'],
          next: 'ending-public-correction',
        },
        {
          id: 'public-jab',
          label: 'Comment under their post: "Sharing an old press release as news? Embarrassing."',
          feedback:
            'The facts may be on your side, but mocking a colleague in public undermines trust in both of you and in the profession. SC-2 asks for mutual respect among spine care professionals, and PR-1 asks you to keep the same courtesy with colleagues online that you would in person. Address the claim, not the person.',
          score: 0,
          practices: ['SC-2', 'PR-1'],
          next: 'ending-public-jab',
        },
      ],
    },
    'reshared-fallout': {
      kind: 'decision',
      title: 'Your reshare takes off',
      body: ['By the afternoon your reshare has more comments than most of your posts.'],
      mock: {
        kind: 'comment-thread',
        post: {
          author: { name: 'You', handle: 'your.pt.account', role: 'Physical therapist' },
          text: 'Exciting news for anyone with back pain!',
          media: {
            description:
              'Shared article from a health news website: "Breakthrough procedure could end chronic back pain, doctors say". No date is shown near the headline.',
          },
          time: '5 hours ago',
        },
        comments: [
          {
            id: 'stop-exercises',
            author: { name: 'A follower', handle: 'follower.one' },
            text: 'Should I stop my exercises and get this instead?',
            time: '4 hours ago',
          },
          {
            id: 'check-date',
            author: { name: 'A colleague', handle: 'second.colleague', role: 'Physiatrist' },
            text: "Check the date at the very bottom: this is from 2014, and it is based on the company's news release. I do not think these claims have held up.",
            time: '2 hours ago',
          },
        ],
      },
      prompt: 'What do you do?',
      choices: [
        {
          id: 'correct-openly',
          label:
            'Remove the reshare and post a short correction: the article is from 2014, its claims do not match current clinical practice guidelines or the peer-reviewed evidence, and you do not endorse the procedure. Link a current source, and suggest that anyone with questions about their own care contact their clinician.',
          feedback:
            'A visible correction reaches many of the people who saw the reshare and gives them somewhere reliable to look (SC-9, SC-11). Saying plainly that you do not endorse the procedure deals with PR-3, and sending individual questions to their own clinician keeps advice out of the comments (PR-2). Checking first would have avoided all of this.',
          score: 1,
          practices: ['SC-9', 'SC-11', 'PR-3', 'PR-2'],
          next: 'ending-reshare-corrected',
        },
        {
          id: 'leave-it-up',
          label: 'Leave it up. The article is out there anyway, and your colleague shared it first.',
          feedback:
            'Other people sharing it does not make it current or credible. With your name and credentials on the reshare, followers take the claims as your professional view (PR-3), and a follower is already asking whether to stop their exercises. SC-9 asks you to avoid misinforming the public, whoever posted first.',
          score: 0,
          practices: ['SC-9', 'PR-3'],
          next: 'ending-amplified',
        },
      ],
    },
    'ending-best': {
      kind: 'ending',
      title: 'Checked, sourced and collegial',
      rating: 'best',
      debrief: [
        'The date prompted you to check whether the article was still current. Its claims had not held up against current guidance, and its sourcing was thin, so you chose not to pass it on or lend it your name (PR-3). In its place you wrote something readers can check, and you helped your colleague put things right without a public scene (SC-2).',
        'Checking the date, the source and the evidence (SC-11, SC-9) takes a minute. The yearly review reminder keeps your own post from aging into the same problem.',
      ],
      practices: ['SC-11', 'SC-9', 'PR-3', 'SC-2'],
    },
    'ending-public-correction': {
      kind: 'ending',
      title: 'Corrected in public',
      rating: 'acceptable',
      debrief: [
        "Your own post is accurate and sourced, and the colleague's followers now see a correction. Your colleague may feel called out, though, and may be slower to take the point than after a private word.",
        'Correct the claim and respect the person: a private message first, then a public note, with the date and what the check found, if the post stays up (SC-9, SC-2, SC-11).',
      ],
      practices: ['SC-9', 'SC-2', 'SC-11'],
    },
    'ending-public-jab': {
      kind: 'ending',
      title: 'Right facts, wrong tone',
      rating: 'harmful',
      debrief: [
        'Your own post is sound, but the public jab becomes the story. Your colleague digs in, onlookers take sides, and the followers who needed the correction see a quarrel between two clinicians instead.',
        'Respect for colleagues (SC-2) and the courtesy you would show in person (PR-1) are what make a correction land. Address the claim, ideally in private first.',
      ],
      practices: ['SC-2', 'PR-1'],
    },
    'ending-unsourced': {
      kind: 'ending',
      title: 'Accurate, but unsourced',
      rating: 'acceptable',
      debrief: [
        'You did not pass on the outdated article, and your own summary is accurate. Without links, though, readers have to take your word for it, and you have nothing to check the post against when you review it later.',
        'Cite and link the guideline and the peer-reviewed sources you drew on (SC-9, SC-11).',
      ],
      practices: ['SC-9', 'SC-11'],
    },
    'ending-vague': {
      kind: 'ending',
      title: 'A vague warning',
      rating: 'acceptable',
      debrief: [
        'You noticed the date and said so, which is more than many do. But the headline now reaches your followers with your name beside it, and "a grain of salt" gives them no current source to turn to. Some will read the headline and skip your note.',
        'A date is a prompt to check, not a verdict: an older item that still matches current evidence can be shared with its date shown. When the check shows an item is out of date or out of step with the evidence, it is usually better not to share it and to point people to a current, cited source instead (SC-11, SC-9, PR-3).',
      ],
      practices: ['SC-11', 'SC-9', 'PR-3'],
    },
    'ending-reshare-corrected': {
      kind: 'ending',
      title: 'Corrected after the fact',
      rating: 'acceptable',
      debrief: [
        'Your correction is clear and sourced, and it points people with questions about their own care to their clinician. But the reshare reached people for hours first, and some of them will never see the correction.',
        'A minute spent checking the date, the source and the evidence before sharing (SC-11, SC-9) saves the correction. Remember that followers read a share as endorsement (PR-3).',
      ],
      practices: ['SC-11', 'SC-9', 'PR-3'],
    },
    'ending-copied': {
      kind: 'ending',
      title: 'Borrowed without credit',
      rating: 'harmful',
      debrief: [
        "Your message is right, but the post uses the publisher's photo and text with no credit or link. Readers cannot see where the material came from, and the publisher may ask for it to be taken down.",
        'SC-11 ties citing and linking the original to respecting copyright. Make your own graphic, quote sparingly with a credit and a link, and ask your communications or legal office when you are unsure about reuse.',
      ],
      practices: ['SC-11'],
    },
    'ending-amplified': {
      kind: 'ending',
      title: 'Your name on an old promise',
      rating: 'harmful',
      debrief: [
        'An outdated article that promises more than the evidence supports now reaches your followers with your endorsement attached, whether through a share, a like or a word in the clinic. A disclaimer does not change what the headline tells people, and some of them are reconsidering care that fits their situation.',
        'Before you share, like or vouch for anything, check that it is credible and current (SC-11) and that it matches clinical practice guidelines and the peer-reviewed evidence (SC-9). Your credentials make every share look like a recommendation (PR-3).',
      ],
      practices: ['SC-11', 'SC-9', 'PR-3'],
    },
  },
};

export default scenario;
