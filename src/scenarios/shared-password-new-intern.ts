import type { Scenario } from '../schemas/scenario';

/** A new marketing intern gets a spine surgery practice's password by text, with no written policy, and drafts hype. */
const scenario: Scenario = {
  id: 'shared-password-new-intern',
  version: 2,
  title: 'The new intern and the sticky note',
  summary:
    'A marketing intern joins your spine surgery practice to run its video account. The password is on a sticky note and has just been sent to them by text, and nothing about posting is written down.',
  theme: 'security-access',
  setting: "A spine surgery practice's account on a short-video app, run by front-desk staff and a new intern",
  role: 'Orthopedic spine surgeon and medical director of the practice',
  profession: 'surgeon',
  care: 'surgical',
  cast: [
    { profession: 'staff', part: 'errs', who: 'the office manager who texts the password to the new intern' },
    {
      profession: 'staff',
      part: 'errs',
      who: 'the marketing intern whose first video promises a cure and dismisses nonsurgical care',
    },
    {
      profession: 'chiropractor',
      part: 'model',
      who: 'the local chiropractor who answers the hyped video with a calm, accurate comment',
    },
  ],
  minutes: 8,
  start: 'first-day',
  nodes: {
    'first-day': {
      kind: 'narrative',
      title: 'A new intern on Monday',
      body: [
        'You are an orthopedic spine surgeon and the medical director of a spine surgery practice, one of three sites in a regional orthopedic group. The group has a written social media policy on branding and patient privacy. Your practice runs its own local account on a short-video app, and how that account is run has never been written down.',
        'A college marketing intern starts on Monday for the semester, to post two or three videos a week. Looking at the front desk on Friday, you notice what the intern will see.',
      ],
      mock: {
        kind: 'scene',
        scene: 'front-desk',
        caption: 'The front desk on a Friday afternoon',
        details: [
          {
            id: 'sticky-note',
            label: 'Sticky note',
            description: 'A sticky note on the monitor reads "Video app" and shows the account password in full.',
          },
          {
            id: 'screen',
            label: 'Screen',
            description:
              "The monitor shows the practice's video account signed in, with its direct-message inbox open.",
          },
        ],
      },
      next: 'access-setup',
    },
    'access-setup': {
      kind: 'decision',
      title: 'How the intern gets in',
      body: ['Before you have decided anything, the office manager texts you.'],
      mock: {
        kind: 'dm-thread',
        platform: 'Text message',
        with: { name: 'Office manager', handle: 'office.manager', role: 'Office manager' },
        messages: [
          {
            from: 'them',
            text: 'Good news, the intern is all set for Monday! I texted them the login for the video app so they can start from their phone.',
            time: '3:05 pm',
          },
          {
            from: 'them',
            text: 'It is the one on the sticky note: the practice name and the year we opened. Easy to remember!',
            time: '3:06 pm',
          },
        ],
      },
      prompt: 'What do you do before Monday?',
      choices: [
        {
          id: 'own-role',
          label:
            "Use the app's team feature to give the intern their own login with a limited posting role, not the owner login. Change the owner password to a long, unique passphrase kept in the practice's password manager, turn on two-factor authentication through an authenticator on the practice's tablet, remove the sticky note, and ask the office manager to delete the text.",
          feedback:
            'Each person now has their own access, which can be removed on its own when the internship ends (SA-4), and the one powerful login is no longer written down or sitting in text histories. SA-2 asks for strong password controls, especially when several staff have access. A guessable password, a sticky note and a text message are the three weak points it targets.',
          score: 2,
          practices: ['SA-2', 'SA-4'],
          next: 'intern-question',
        },
        {
          id: 'new-password-in-person',
          label:
            'Change the password to something stronger, write it on a card kept in the front-desk drawer, and give it to the intern in person on Monday.',
          feedback:
            'A stronger password and no text message are real improvements. But everyone still shares one login, the password is still written down in the office, two-factor is still off, and when the intern leaves the only way to remove them is to change the password for everyone. SA-2 points to individual roles where the platform allows them, a practice-controlled password manager and two-factor on a practice-owned device.',
          score: 1,
          practices: ['SA-2'],
          next: 'intern-question',
        },
        {
          id: 'keep-text',
          label: 'Leave it. The text saved time, and the intern needs to start posting on Monday.',
          feedback:
            "The login now sits on a sticky note, in a text thread and on a personal phone, and it is a guessable practice name and year. Anyone who gets hold of it can post as the practice and read patients' messages. SA-2 asks for strong password controls precisely when staff share access.",
          score: 0,
          practices: ['SA-2'],
          next: 'password-spreads',
        },
      ],
    },
    'password-spreads': {
      kind: 'narrative',
      title: 'By Monday lunchtime',
      body: [
        'By lunchtime on Monday the intern has saved the password in the notes app on their personal phone and sent it to a friend from college who edits videos for them. Neither of them means any harm, and nobody at the practice knows the friend has it.',
      ],
      next: 'intern-question',
    },
    'intern-question': {
      kind: 'decision',
      title: 'Any rules?',
      body: ['On Monday afternoon the intern sends you a message.'],
      mock: {
        kind: 'dm-thread',
        platform: 'Text message',
        with: { name: 'Marketing intern', handle: 'marketing.intern', role: 'Intern' },
        messages: [
          {
            from: 'them',
            text: 'Hi! Thanks for having me. I am in the account and it works on my phone.',
            time: '1:20 pm',
          },
          {
            from: 'them',
            text: 'Is there anything I should know about what to post? I was thinking trending sounds and quick, punchy videos. Those do really well.',
            time: '1:21 pm',
          },
        ],
      },
      prompt: 'How do you answer?',
      choices: [
        {
          id: 'write-short-policy',
          label:
            "Sit down with the intern and the office manager and write a short policy for the account: who posts, what needs your review before it goes live, what every post is checked for (patient consent and privacy, accuracy, no cure claims, respect for other professions), how to redirect patient questions, where the login is kept (in the password manager, never on notes or in texts), removal of access on the intern's last day, and what happens if the policy is breached. Check it against the group's policy and sign it together.",
          feedback:
            "This is what SA-3 describes: written steps for appropriate conduct, and consequences everyone knows in advance. Checking it against the group's policy keeps the account within CC-3, the credentials rule backs up SA-2, and planning the last-day removal now makes SA-4 routine when the semester ends.",
          score: 2,
          practices: ['SA-3', 'CC-3', 'SA-2', 'SA-4'],
          next: 'draft-review',
        },
        {
          id: 'verbal-rules',
          label: 'Reply: "Keep it upbeat and professional, and no patient photos. You will be great!"',
          feedback:
            'No patient photos is a good rule, but "upbeat and professional" means different things to a marketing student and a clinician, and nothing says who checks a post before it goes live. SA-3 asks for a written policy with detailed steps and consequences.',
          score: 1,
          practices: ['SA-3'],
          next: 'post-goes-live',
        },
        {
          id: 'just-post',
          label: 'Reply: "Be creative! Engagement is what we need."',
          feedback:
            "This puts reach ahead of every other standard, and leaves a new intern to guess at health care rules they have never been taught. SA-3 asks you to set out appropriate conduct, in writing, before someone posts in the practice's name.",
          score: 0,
          practices: ['SA-3'],
          next: 'post-goes-live',
        },
      ],
    },
    'draft-review': {
      kind: 'decision',
      title: 'The first draft',
      body: [
        "As the new policy asks, the intern sends their first video to you before posting. One of the practice's surgeons recorded a calm explanation of a minimally invasive lumbar discectomy using a plastic spine model, including who it may suit and what recovery involves. The intern cut the explanation down, added dramatic music and a loud whoosh sound effect, and wrote the caption.",
      ],
      mock: {
        kind: 'post-composer',
        author: { name: 'Your practice', handle: 'your.spine.practice', role: 'Spine surgery practice' },
        text: 'Tiny incision, sciatica GONE overnight! Why waste months on therapy?',
        hashtags: ['sciaticacure', 'minimallyinvasive', 'skiptherapy'],
        media: {
          description:
            'A short clip of a surgeon explaining a minimally invasive lumbar discectomy on a plastic spine model, with text, music and sound added in editing.',
          scene: {
            kind: 'scene',
            scene: 'treatment-video',
            caption: "The intern's edited clip",
            details: [
              {
                id: 'caption',
                label: 'On-screen caption',
                description: 'Large text over the clip reads "Sciatica GONE overnight!"',
              },
              {
                id: 'sound',
                label: 'Sound',
                description:
                  "Dramatic music and a loud whoosh effect have been added, drowning out the surgeon's voice.",
              },
              {
                id: 'framing',
                label: 'Framing',
                description:
                  "The surgeon's explanation of who the operation may suit, its risks and what recovery involves has been cut.",
              },
            ],
          },
        },
        audience: 'Public',
      },
      prompt: 'What do you do with the draft?',
      choices: [
        {
          id: 'coach-and-revise',
          label:
            "Thank the intern, walk through the policy with them, and explain why the cure claim, the dig at therapy and the added music have to go. Then recut it together with the surgeon's full explanation and the original audio, and plan a general video on staying active with new low back pain.",
          feedback:
            'The review step worked, and the intern learns why, not just that a post was rejected. SA-3 is about steps people can follow, and using it to teach keeps it fair. The draft promised an overnight cure, cut the risks and recovery, and added dramatic sound, which SC-10 warns against, and it ran down nonsurgical care, which SC-1 asks you to avoid.',
          score: 2,
          practices: ['SA-3', 'SC-10', 'SC-1'],
          next: 'comments-arrive',
        },
        {
          id: 'fix-it-yourself',
          label: 'Quietly rewrite the caption, remove the sound effect and post it yourself, without discussing it.',
          feedback:
            'The post that goes out is acceptable, which matters most (SC-10). But the intern does not learn what was wrong and will likely make the same choices next week. SA-3 works when staff understand the standard, not only when someone catches their mistakes.',
          score: 1,
          practices: ['SA-3', 'SC-10'],
          next: 'comments-arrive',
        },
        {
          id: 'approve-for-engagement',
          label: 'Approve it. Videos like this get views, and the intern worked hard on it.',
          feedback:
            'Approving it turns the review step in your SA-3 policy into a formality. The video promises an overnight cure, adds dramatic sound and runs down nonsurgical care, which SC-10 and SC-1 warn against. People with sciatica may skip care that would help them, or book surgery expecting a result no operation can promise.',
          score: 0,
          practices: ['SA-3', 'SC-10', 'SC-1'],
          next: 'post-goes-live',
        },
      ],
    },
    'post-goes-live': {
      kind: 'narrative',
      title: 'Live, and spreading',
      body: [
        "The intern's video is live on the practice's account: a surgeon's explanation cut to a few seconds, with dramatic music, a whoosh effect and the caption \"Tiny incision, sciatica GONE overnight! Why waste months on therapy?\" It has more views than anything the practice has posted.",
        "The comments are mixed, and an hour later the group's marketing office emails you: the video does not meet the group's social media policy, so please take it down and call them.",
      ],
      mock: {
        kind: 'comment-thread',
        post: {
          author: { name: 'Your practice', handle: 'your.spine.practice', role: 'Spine surgery practice' },
          text: 'Tiny incision, sciatica GONE overnight! Why waste months on therapy? #sciaticacure #minimallyinvasive #skiptherapy',
          media: {
            description:
              'A clip of a surgeon with a plastic spine model, cut to a few seconds, with the caption "Sciatica GONE overnight!", dramatic music and a loud whoosh effect.',
          },
          time: '3 hours ago',
        },
        comments: [
          {
            id: 'surgery-question',
            author: { name: 'A follower (name hidden)', handle: 'follower.account' },
            text: 'So I can cancel my physical therapy and just book this??',
            time: '2 hours ago',
          },
          {
            id: 'chiro-comment',
            author: { name: 'A local chiropractor', handle: 'local.chiro.account', role: 'Chiropractor' },
            text: 'Many people with sciatica improve without surgery, and surgery helps some who do not. Both deserve an honest conversation. Disappointing to see therapy dismissed like this.',
            time: '1 hour ago',
          },
          {
            id: 'seller-comment',
            author: { name: 'A supplement seller', handle: 'supplement.seller.example' },
            text: 'Pair it with our disc-repair gummies! Link in our bio.',
            time: '40 minutes ago',
          },
        ],
      },
      next: 'damage-control',
    },
    'damage-control': {
      kind: 'decision',
      title: 'After the email',
      prompt: 'What do you do?',
      choices: [
        {
          id: 'fix-and-own',
          label:
            "Take the video down and post a short correction saying it overstated what surgery can do and that nobody should change planned care because of a video. Call the group's marketing office back. Meet the intern privately: the missing or unenforced standard was your gap. Then put written rules with a review step in place and, if you have not already, move the login into the password manager with individual roles.",
          feedback:
            'The correction reaches the people who saw the hyped claim (SC-10), and the intern is treated fairly because the standard was never clear. Writing the rules down with steps and consequences is SA-3, and keeping the login in a password manager rather than on notes or in texts is SA-2.',
          score: 1,
          practices: ['SA-3', 'SC-10', 'SA-2'],
          next: 'ending-recovered',
        },
        {
          id: 'blame-intern',
          label: 'Delete the video, take the intern off the account, and tell the team the intern broke the rules.',
          feedback:
            'There were no written rules to break, so a penalty now is not the fair, agreed consequence SA-3 has in mind. Removing one person does nothing for a login that other staff still share, and the account is no more secure than before (SA-2). Followers who saw the claim never learn that it was wrong.',
          score: 0,
          practices: ['SA-3', 'SA-2'],
          next: 'ending-blame',
        },
        {
          id: 'leave-it-up',
          label: "Leave it up for the views, and delete the chiropractor's critical comment.",
          feedback:
            'The group has told you in writing that the video breaks its policy, and leaving it up ignores that (CC-3). It also leaves a cure claim and dramatic edits in front of people who may change their care because of it (SC-10). Deleting fair criticism while the supplement advertisement stays up is the kind of inconsistent moderation CC-11 warns against.',
          score: 0,
          practices: ['CC-3', 'SC-10', 'CC-11'],
          next: 'ending-hype-stays',
        },
      ],
    },
    'comments-arrive': {
      kind: 'decision',
      title: 'The comments come in',
      body: [
        "The following week the practice posts an accurate education video on staying active with new low back pain, and the intern also shares it to the practice's account on a photo-sharing app. By evening it has three comments on the video app, and the intern asks which ones to delete. The practice has no rules about comments.",
      ],
      mock: {
        kind: 'comment-thread',
        post: {
          author: { name: 'Your practice', handle: 'your.spine.practice', role: 'Spine surgery practice' },
          text: 'New low back pain? For most people, staying gently active helps more than bed rest. Three easy ways to keep moving this week. General education only: talk with your own clinician about your care, and seek care right away for new leg weakness, numbness in the groin area, or changes in bladder or bowel control.',
          media: {
            description:
              'One of the practice surgeons demonstrating a short walk, a gentle pelvic tilt and a supported knee-to-chest stretch, with original audio.',
          },
          time: '5 hours ago',
        },
        comments: [
          {
            id: 'seller-comment',
            author: { name: 'A supplement seller', handle: 'supplement.seller.example' },
            text: 'Speed it up with our disc-repair gummies! Link in our bio.',
            time: '4 hours ago',
          },
          {
            id: 'angry-comment',
            author: { name: 'A follower (name hidden)', handle: 'angry.follower' },
            text: 'The [profanity] practice across town nearly wrecked my back. Go here instead!',
            time: '3 hours ago',
          },
          {
            id: 'question-comment',
            author: { name: 'A follower (name hidden)', handle: 'curious.follower' },
            text: 'Respectfully, a doctor once told me to rest in bed for a week. Who is right?',
            time: '1 hour ago',
          },
        ],
      },
      prompt: 'How do you handle comments?',
      choices: [
        {
          id: 'publish-policy',
          label:
            "Write a short comment policy with the intern: you remove profanity, personal attacks on people or other practices, personal health details and promotion of products or businesses. Pin it on both accounts, apply it the same way on both, and check it against the group's policy and any rules from your licensing board. Then hide the seller's and the profane comment on both platforms, and answer the question in general terms, suggesting they ask their own clinician.",
          feedback:
            'A published policy makes moderation predictable and fair, and covers inappropriate language and product promotion as CC-11 suggests. Applying it the same way on both platforms and checking it against institutional and wider rules completes CC-11. Adding it to the staff policy gives the intern a clear standard (SA-3).',
          score: 2,
          practices: ['CC-11', 'SA-3'],
          next: 'ending-best',
        },
        {
          id: 'delete-as-you-go',
          label: 'Tell the intern to use their judgment and delete anything that looks bad.',
          feedback:
            'The worst comments will probably go, but what counts as "bad" will shift from day to day and from one platform to the other, and followers cannot see why. CC-11 suggests a transparent, published policy applied consistently across platforms, and SA-3 asks you to give staff written steps rather than leave them to guess.',
          score: 1,
          practices: ['CC-11', 'SA-3'],
          next: 'ending-inconsistent',
        },
        {
          id: 'delete-critics',
          label:
            "Delete the question about bed rest because it makes the practice look wrong, and leave the seller's comment because busy threads help the video.",
          feedback:
            'This reverses the purpose of moderation: a fair question disappears while an advertisement for an unproven product stays. CC-11 names product promotion as a reason to moderate and asks for consistent, transparent rules, and CC-10 asks you to remove content that could harm or mislead your audience.',
          score: 0,
          practices: ['CC-11', 'CC-10'],
          next: 'ending-selective',
        },
      ],
    },
    'ending-best': {
      kind: 'ending',
      title: 'Clear rules, safe access',
      rating: 'best',
      debrief: [
        "The intern knows what good looks like, posts go through a short review (SA-3), and comments are handled by a published rule applied the same way on both platforms (CC-11). The practice's own rules fit within the group's policy, so nobody has to guess which one applies.",
        "The policy also says where the login lives (SA-2) and when access ends. On the intern's last day, their role comes off the account and any credential they could see is changed, as a checklist item rather than something someone has to remember (SA-4).",
      ],
      practices: ['SA-2', 'SA-3', 'SA-4', 'CC-11'],
    },
    'ending-inconsistent': {
      kind: 'ending',
      title: 'Good posts, moderation by mood',
      rating: 'acceptable',
      debrief: [
        'The videos are accurate now, but comment moderation depends on who is holding the phone that day. A follower whose comment vanishes on one platform and survives on the other will reasonably ask why.',
        'A few lines of published comment policy, applied the same way everywhere (CC-11) and added to the staff policy (SA-3), would make moderation fair and easy to hand over when the internship ends.',
      ],
      practices: ['CC-11', 'SA-3'],
    },
    'ending-selective': {
      kind: 'ending',
      title: 'Moderating for the wrong reasons',
      rating: 'harmful',
      debrief: [
        'Followers noticed that a polite question disappeared while an advertisement for "disc-repair" gummies stayed. The account now looks as though it silences questions and lets sellers promote products on its page.',
        "Moderate to protect people, not the practice's image: publish a comment policy (CC-11), apply it the same way on every platform and in line with the group's rules, and remove content that could mislead (CC-10).",
      ],
      practices: ['CC-11', 'CC-10'],
    },
    'ending-recovered': {
      kind: 'ending',
      title: 'Corrected, after the views',
      rating: 'acceptable',
      debrief: [
        "The video came down, the correction went up and the group's marketing office was involved. The intern was treated fairly, and the practice now has written rules (SA-3) and individual logins (SA-2).",
        "But many people saw an overnight-cure claim before the correction, and some will never see the correction (SC-10). A written policy with a review step before the intern's first post would have caught it.",
      ],
      practices: ['SA-3', 'SA-2', 'SC-10'],
    },
    'ending-blame': {
      kind: 'ending',
      title: 'A scapegoat, and the same risks',
      rating: 'harmful',
      debrief: [
        'The intern lost access for breaking rules that were never written down, and the rest of the staff learned to keep quiet about mistakes. Taking one person off the account does nothing for a login that others still share, and the next person to post will be guessing too.',
        'Write the standard down before anyone posts, with consequences agreed in advance (SA-3), and control access through individual roles, a practice-owned password manager and two-factor on a practice-owned device (SA-2).',
      ],
      practices: ['SA-3', 'SA-2'],
    },
    'ending-hype-stays': {
      kind: 'ending',
      title: 'Views over trust',
      rating: 'harmful',
      debrief: [
        "The video keeps spreading, followers ask whether they can skip the therapy they have planned and book surgery instead, and the group has to deal with a site that ignored its policy. Deleting the chiropractor's comment while the supplement advertisement stays up makes the account look as though it silences criticism.",
        "Follow the group's policy (CC-3), keep treatment videos free of hype (SC-10), and moderate comments by a published rule rather than by whether they help the numbers (CC-11).",
      ],
      practices: ['CC-3', 'SC-10', 'CC-11'],
    },
  },
};

export default scenario;
