import type { Scenario } from '../schemas/scenario';

const you = { name: 'You', handle: 'your.physiatry.account', role: 'Physiatrist' };

const companyCaption =
  'This 10-minute routine fixes neck pain and reverses disc degeneration! Use my code for a discount.';

const deviceVideo = {
  description:
    'A short video of you lying on your back at home with the home neck traction device supporting your neck, smiling at the camera.',
};

/** A device company offers a physiatrist a free product and a fee for posts, then asks for likes and reposts. */
const scenario: Scenario = {
  id: 'device-company-free-product',
  version: 2,
  title: 'A free device in exchange for a post',
  summary:
    "A device company's representative offers you a free home neck traction device, and a fee, for a post. Later the company asks you to like and repost its marketing video.",
  theme: 'professionalism',
  setting:
    "A physiatrist's public education account on a video app, its direct messages, and the practice's internal chat",
  role: 'Physiatrist at a multi-site nonsurgical spine practice, with a large following',
  profession: 'physiatrist',
  care: 'non-surgical',
  cast: [
    {
      profession: 'staff',
      part: 'model',
      who: "the practice's compliance contact who explains the vendor-gift rules and brings in legal counsel",
    },
    {
      profession: 'researcher',
      part: 'model',
      who: 'the university researcher who answers your question about the evidence plainly, without overstating it',
    },
    {
      profession: 'physical-therapist',
      part: 'model',
      who: 'the physical therapist who asks in the comments which study supports the claim',
    },
  ],
  minutes: 7,
  start: 'the-offer',
  nodes: {
    'the-offer': {
      kind: 'narrative',
      title: 'A message from a device company',
      body: [
        'You are a physiatrist at a multi-site nonsurgical spine practice. Your education account, where you post short videos on neck and back pain and exercise, has built a large following. Your bio names the practice you work for.',
        'On a Tuesday afternoon, a direct message arrives from a sales representative of a company that makes a home neck traction device. The rep offers the device free, a fee for each post, and a personal discount code for your followers. The suggested caption claims the device reverses disc degeneration, and the rep says there is no need to mention the company sent it.',
      ],
      mock: {
        kind: 'dm-thread',
        platform: 'Video app',
        with: { name: 'Device company representative', handle: 'device.company.rep', role: 'Sales representative' },
        messages: [
          {
            from: 'them',
            text: 'Hi! Love your neck pain videos. We would like to send you our home neck traction device, free, yours to keep.',
            time: '2:14 pm',
          },
          {
            from: 'them',
            text: 'If you post a video using it with our caption, we also pay a fee per post, and your followers get a discount with your personal code.',
            time: '2:15 pm',
          },
          {
            from: 'them',
            text: `Suggested caption: "${companyCaption}" No need to mention we sent it, it feels more authentic that way.`,
            time: '2:15 pm',
          },
        ],
      },
      next: 'first-reply',
    },
    'first-reply': {
      kind: 'decision',
      title: 'Your reply',
      body: [
        'A few patients have asked you about this device. You sometimes prescribe home cervical traction, but you have not seen any published research on this device, and you know of nothing showing that traction reverses disc degeneration.',
      ],
      prompt: 'How do you reply?',
      choices: [
        {
          id: 'accept-all',
          label: 'Say yes to everything: send the device, the fee works, and you will use their caption.',
          feedback:
            "You have agreed to a paid endorsement with a hidden relationship and a claim you have no evidence for. SC-8 asks for a clear disclosure whenever a post involves payment, a free product or a sponsorship, whatever the company prefers, and SC-9 asks that what you post match the evidence. Being paid to repeat a manufacturer's own claim about its device can also put you in the position of promoting it on the company's behalf, where FDA rules on device promotion reach (CC-4).",
          score: 0,
          practices: ['SC-8', 'SC-9', 'CC-4'],
          next: 'draft-post',
        },
        {
          id: 'device-only',
          label:
            'Accept the free device, turn down the fee for now, and say you will post about it only if you like it.',
          feedback:
            'Turning down the fee is sensible, but a free product is still compensation: if you post about it, SC-8 asks you to disclose that the company sent it. "Only if you like it" is also not a test of evidence; liking a device is not the same as knowing it works (SC-9).',
          score: 1,
          practices: ['SC-8', 'SC-9'],
          next: 'draft-post',
        },
        {
          id: 'check-first',
          label:
            "Thank the rep and say you cannot agree to anything yet. Ask what published evidence supports the claims, look for studies yourself, and ask your practice's compliance contact what the policy says about vendor gifts and paid posts.",
          feedback:
            'You buy time to do this properly. Vendor gifts and paid posts are exactly what employer policies tend to cover, and CC-3 asks that your professional accounts follow that policy; the compliance contact can also route questions about advertising or endorsement rules to the right people. Asking for the evidence, and looking for it yourself, is the first step of SC-9.',
          score: 2,
          practices: ['CC-3', 'SC-9'],
          next: 'policy-answer',
        },
      ],
    },
    'draft-post': {
      kind: 'decision',
      title: 'The device arrives',
      body: [
        'Two weeks later the device arrives with a printed card repeating the suggested caption and your personal discount code. You film a short video of yourself using it and open the composer.',
        'The draft uses the company\'s caption word for word, including "reverses disc degeneration". It is set to Public and has no disclosure line.',
      ],
      mock: {
        kind: 'post-composer',
        author: you,
        text: companyCaption,
        hashtags: ['neckpain', 'physiatry', 'homecare'],
        media: deviceVideo,
        audience: 'Public',
      },
      prompt: 'What do you do with this draft?',
      choices: [
        {
          id: 'post-as-drafted',
          label: 'Post it as it is. The discount code makes it obvious enough that it is a promotion.',
          feedback:
            'A discount code does not tell viewers that the company gave you the device or pays you; SC-8 asks for a clear statement of any compensation, direct or indirect. The caption also promises something no evidence you know of supports (SC-9), in the hyperbolic language SC-10 warns against in treatment videos: followers with degenerative changes on imaging may buy the device expecting a reversal.',
          score: 0,
          practices: ['SC-8', 'SC-9', 'SC-10'],
          next: 'comments-arrive',
        },
        {
          id: 'rewrite-disclose',
          label:
            'Rewrite it before posting: open with a clear statement that the company sent the device (and pays you, if it does), drop "reverses disc degeneration", and say plainly that the evidence on home traction is limited and mixed.',
          feedback:
            "Viewers now know the relationship behind the post (SC-8) and get an honest, hype-free account of what traction can and cannot do (SC-9, SC-10). One step is missing: you have accepted a vendor's gift, and perhaps a fee, without checking your employer's policy on vendor gifts and paid posts, and your bio names the practice (CC-3).",
          score: 1,
          practices: ['SC-8', 'SC-9', 'SC-10', 'CC-3'],
          next: 'repost-request',
        },
        {
          id: 'hold-and-ask',
          label:
            "Hold the post, look for published evidence on the device, and ask your practice's compliance contact what the policy says about the gift you have already received.",
          feedback:
            "The video can wait; a vendor-gift question is hard to fix after posting. CC-3 asks that your professional accounts follow your employer's policy on exactly this kind of arrangement, and the compliance contact is also the right person for questions about advertising or endorsement rules and about how to disclose the gift (SC-8).",
          score: 2,
          practices: ['CC-3', 'SC-8'],
          next: 'policy-answer',
        },
      ],
    },
    'policy-answer': {
      kind: 'narrative',
      title: "The compliance contact's answer",
      body: [
        "The practice's compliance contact answers the next morning on the internal chat. The policy covers any account where you identify yourself as one of the practice's clinicians, and your bio does. Vendor gifts and paid posts need written approval from the clinical director before you accept them; any approved post needs a clear disclosure and no claims beyond the evidence. Questions about advertising and endorsement rules go to the practice's legal counsel.",
        "Meanwhile you looked for evidence on the device. The company's website offers customer reviews and a company-run satisfaction survey, but you find no published studies of the device. You also asked a researcher you know at the local university who studies neck pain. She replies that she knows of no trial of this device, that the evidence on traction for neck pain in general is limited and mixed, and that nothing she knows of shows any traction reversing disc degeneration. She sends you two reviews to read.",
      ],
      mock: {
        kind: 'dm-thread',
        platform: "Practice's internal chat",
        with: { name: 'Practice compliance contact', handle: 'practice.compliance', role: 'Compliance' },
        messages: [
          {
            from: 'me',
            text: 'A device company wants me to post about its home neck traction device on my education account, in return for the device itself and a fee per post. What does our policy allow?',
            time: '4:40 pm',
          },
          {
            from: 'them',
            text: 'Thanks for asking first. Our social media policy applies to any account where you identify yourself as one of our clinicians, and your bio does.',
            time: '9:05 am',
          },
          {
            from: 'them',
            text: 'Vendor gifts and paid posts need written approval from the clinical director before you accept. Any approved post needs a clear disclosure of what you received, and no claims beyond what the evidence supports.',
            time: '9:06 am',
          },
          {
            from: 'them',
            text: 'Advertising and endorsement rules may also apply. I have asked our legal counsel to look at it before you agree to any paid arrangement.',
            time: '9:07 am',
          },
        ],
      },
      next: 'after-policy',
    },
    'after-policy': {
      kind: 'decision',
      title: 'Deciding',
      prompt: 'What do you do?',
      choices: [
        {
          id: 'decline-deal',
          label:
            'Decline the arrangement. Thank the rep and explain that you only post about products you can judge against published evidence.',
          feedback:
            'With no published evidence for the device and a caption that overstates what traction can do, declining keeps your education account credible (SC-9) and leaves no hidden relationship to disclose (SC-8). If the device has already arrived, return it, and tell the compliance contact that you have.',
          score: 2,
          practices: ['SC-9', 'SC-8'],
          next: 'repost-request',
        },
        {
          id: 'approved-honest',
          label:
            'Ask the clinical director for written approval to accept the device, with no fee. If you ever mention it, disclose that it was a gift and say only what the evidence supports.',
          feedback:
            'This works inside the policy (CC-3), keeps disclosure in place for the indirect compensation a free product represents (SC-8), and limits any post to what the evidence supports (SC-9). If the director says no, that settles it.',
          score: 2,
          practices: ['CC-3', 'SC-8', 'SC-9'],
          next: 'repost-request',
        },
        {
          id: 'ignore-policy',
          label: "Take the fee and post the company's caption anyway. It is your own account, not the practice's.",
          feedback:
            "Your bio names the practice, so the policy on vendor gifts and paid posts applies, as the compliance contact told you (CC-3). Posting the company's caption without approval, without disclosure and without evidence also goes against SC-8 and SC-9.",
          score: 0,
          practices: ['CC-3', 'SC-8', 'SC-9'],
          next: 'comments-arrive',
        },
      ],
    },
    'comments-arrive': {
      kind: 'decision',
      title: 'Questions in the comments',
      body: [
        "Your video is live with the company's caption and no disclosure. Within a day it has more views than anything you have posted before.",
        'A follower asks whether the device will reverse the degenerative disc disease on their neck MRI report, and whether you are paid to post this. A physical therapist asks whether any study supports "reverses disc degeneration". Another follower says they have just ordered the device with your code.',
      ],
      mock: {
        kind: 'comment-thread',
        post: { author: you, text: companyCaption, media: deviceVideo, time: '1 day ago' },
        comments: [
          {
            id: 'mri-question',
            author: { name: 'A follower', handle: 'follower.account' },
            text: 'My MRI report says degenerative disc disease in my neck. Will this reverse it? Also, are you paid to post this?',
            time: '20 hours ago',
          },
          {
            id: 'pt-question',
            author: { name: 'A physical therapist', handle: 'colleague.account', role: 'Physical therapist' },
            text: 'Is there a study behind "reverses disc degeneration"? I have not seen one.',
            time: '18 hours ago',
          },
          {
            id: 'bought-it',
            author: { name: 'Another follower', handle: 'another.follower' },
            text: 'Just ordered it with your code!',
            time: '3 hours ago',
          },
        ],
      },
      prompt: 'How do you respond?',
      choices: [
        {
          id: 'correct-and-disclose',
          label:
            "Edit the post to open with a clear disclosure of what the company gave you (the device, and the fee if you took it), remove the degeneration claim with a short correction, tell the follower you cannot advise on their imaging here and give the practice's phone line and patient portal, and tell the compliance contact what happened.",
          feedback:
            'This is the right repair: viewers learn about the relationship (SC-8), the unsupported claim is corrected (SC-9), the personal medical question goes to an official channel (PR-2), and the practice hears about it from you rather than from a follower. Followers who already bought the device on the strength of the first caption are a cost you cannot fully undo.',
          score: 1,
          practices: ['SC-8', 'SC-9', 'PR-2'],
          next: 'repost-request',
        },
        {
          id: 'deny',
          label: 'Reply: "Not an ad, I just love it! Worth a try for anyone with disc degeneration."',
          feedback:
            'This denies a relationship that exists (a free product is compensation too) and repeats an unsupported claim to someone asking about their own imaging. SC-8 asks you to disclose compensation, SC-9 asks you not to misinform the public, and PR-2 asks you to redirect a personal medical question to an official channel.',
          score: 0,
          practices: ['SC-8', 'SC-9', 'PR-2'],
          next: 'ending-hidden-sponsorship',
        },
      ],
    },
    'repost-request': {
      kind: 'decision',
      title: 'Just a like, just a repost',
      body: [
        'A month later the company publishes a polished marketing video, and the rep messages you: "Could you like and repost this? It only takes a second, and your followers trust you."',
        'The video\'s on-screen text says "Clinically proven to realign your spine in 10 minutes a day" and "Recommended by spine specialists". No study is named or linked. Your repost draft says only "Love this!" and has no disclosure line.',
      ],
      mock: {
        kind: 'post-composer',
        author: you,
        text: 'Love this!',
        media: {
          description:
            'The company\'s marketing video, shown inside your repost: a person uses the home neck traction device while on-screen text says "Clinically proven to realign your spine in 10 minutes a day" and "Recommended by spine specialists". No study is named or linked.',
        },
        audience: 'Public',
      },
      prompt: 'What do you do?',
      choices: [
        {
          id: 'repost-love',
          label: 'Repost it with "Love this!". The rep has been friendly, and it is only a repost.',
          feedback:
            'Your repost puts a physiatrist\'s credibility behind "clinically proven to realign your spine", a claim with no study attached (SC-9). PR-3 reminds you that reposting a company\'s content can read as endorsing it, and if you have any relationship with the company, SC-8 asks you to say so.',
          score: 0,
          practices: ['PR-3', 'SC-9', 'SC-8'],
          next: 'ending-endorsement',
        },
        {
          id: 'just-like',
          label: 'Do not repost; just tap like. A like is not an endorsement.',
          feedback:
            'Your followers can see what you like, and PR-3 counts liking, not only reposting, among the actions that can be read as promoting a company or product. The claim in the video is still unsupported (SC-9), and your like helps it reach more people.',
          score: 0,
          practices: ['PR-3', 'SC-9'],
          next: 'ending-endorsement',
        },
        {
          id: 'repost-with-caveat',
          label:
            'Repost it with a line saying that sharing is not an endorsement, plus a disclosure of any relationship you have with the company.',
          feedback:
            'The clarification (PR-3) and the disclosure (SC-8) are what the practices ask for when you share industry content. But a disclaimer explains your relationship to a post; it does not make the post accurate, and you are still spreading an unsupported "clinically proven" claim to people who trust you (SC-9).',
          score: 1,
          practices: ['PR-3', 'SC-8', 'SC-9'],
          next: 'ending-disclaimed',
        },
        {
          id: 'decline-repost',
          label:
            'Neither like nor repost. Tell the rep you do not amplify claims you cannot support with evidence; if you ever share industry news, such as a published study, you will say it is not an endorsement and disclose any relationship.',
          feedback:
            'You keep your name off a claim you cannot support (SC-9) and avoid the implied endorsement PR-3 warns about. Your rule for the future also builds in both clarification (PR-3) and disclosure (SC-8), so sharing real industry news stays transparent.',
          score: 2,
          practices: ['SC-9', 'PR-3', 'SC-8'],
          next: 'ending-best',
        },
      ],
    },
    'ending-best': {
      kind: 'ending',
      title: 'Your credibility stays yours',
      rating: 'best',
      debrief: [
        'Your account reads as a place for evidence, not advertising. When a patient later asked what you thought of the device, you could answer honestly, with no hidden ties and no marketing claims under your name.',
        'Contact with industry is part of spine care, and sharing a company\'s published research can be useful. When you do, disclose any compensation, direct or indirect, including free products (SC-8), make clear that sharing is not endorsement (PR-3), and share only what the evidence supports (SC-9). A researcher\'s honest "we don\'t know yet" is worth more to your followers than a company\'s "clinically proven".',
      ],
      practices: ['PR-3', 'SC-8', 'SC-9'],
    },
    'ending-disclaimed': {
      kind: 'ending',
      title: 'Disclosed, but still amplified',
      rating: 'acceptable',
      debrief: [
        'Your repost was transparent: it said you were not endorsing the product and disclosed your relationship with the company. But most followers remembered the on-screen claim, and several patients asked at the front desk whether the device could realign their spines.',
        'PR-3 and SC-8 tell viewers where you stand; they do not check the content. SC-9 asks you to make sure what you share is consistent with guidelines and evidence before you share it, and here it was not.',
      ],
      practices: ['PR-3', 'SC-8', 'SC-9'],
    },
    'ending-endorsement': {
      kind: 'ending',
      title: 'Your name on their claim',
      rating: 'harmful',
      debrief: [
        "Through your account the company's video reached many more people, and the rep began quoting your engagement to other clinicians as a sign that spine specialists back the device. Patients at the practice started asking whether it could replace their exercise programs.",
        'A like or a repost takes a second, but followers read it as your professional judgment (PR-3). When the content makes claims that no evidence supports, your credibility helps spread misinformation (SC-9), and any relationship with the company left unstated makes it worse (SC-8).',
      ],
      practices: ['PR-3', 'SC-9', 'SC-8'],
    },
    'ending-hidden-sponsorship': {
      kind: 'ending',
      title: 'An undisclosed ad',
      rating: 'harmful',
      debrief: [
        'A follower found your account listed on the company\'s website as a partner clinician and posted a screenshot beside your "Not an ad" reply. Your clinical director asked why a vendor arrangement went ahead without approval or disclosure, and the follower with degenerative disc disease bought the device expecting it to reverse the changes on their MRI.',
        "SC-8 asks for a clear disclosure whenever compensation, direct or indirect, sits behind a post. SC-9 asks you not to make claims the evidence does not support. CC-3 asks that your accounts follow your employer's policy, which here required approval before any vendor deal. PR-2 asks you to redirect personal medical questions to an official channel.",
      ],
      practices: ['SC-8', 'SC-9', 'CC-3', 'PR-2'],
    },
  },
};

export default scenario;
