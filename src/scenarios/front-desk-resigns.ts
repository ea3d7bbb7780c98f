import type { Scenario } from '../schemas/scenario';

/** The front-desk coordinator who ran a spine practice's account resigns with the shared password on their phone. */
const scenario: Scenario = {
  id: 'front-desk-resigns',
  version: 2,
  title: 'The coordinator who ran the account is leaving',
  summary:
    "Your front-desk coordinator has run the practice's social media account for years and is resigning. The shared password is on their personal phone, and nobody else knows exactly who can still get in.",
  theme: 'security-access',
  setting: "A multi-clinician spine practice's professional account on a photo-sharing app, run with one shared login",
  role: 'Practice manager',
  profession: 'staff',
  care: 'both',
  cast: [
    {
      profession: 'staff',
      part: 'errs',
      who: 'the departing front-desk coordinator who offers to keep posting from a personal phone',
    },
  ],
  minutes: 7,
  start: 'notice',
  nodes: {
    notice: {
      kind: 'narrative',
      title: 'Two weeks of notice',
      body: [
        'You manage a spine practice with two orthopedic spine surgeons, a physiatrist and three physical therapists. The practice is affiliated with a regional health system, which has its own social media policy. Your practice has no written rules of its own for the account.',
        "On Monday the front-desk coordinator hands in their resignation; their last day is Friday of next week. For three years they have run the practice's account on a photo-sharing app: weekly exercise tips, holiday hours, staff news. Everyone who posts uses one shared password, two-factor authentication has never been switched on, and the app is signed in on the coordinator's personal phone.",
        'That evening the coordinator sends you a text.',
      ],
      mock: {
        kind: 'dm-thread',
        platform: 'Text message',
        with: { name: 'Front-desk coordinator', handle: 'front.desk.coordinator', role: 'Leaving next Friday' },
        messages: [
          {
            from: 'them',
            text: 'Thanks for being so understanding today. I will really miss everyone.',
            time: '7:40 pm',
          },
          {
            from: 'them',
            text: 'Happy to keep posting the Tuesday exercise tips after I go until you find someone. The account is on my phone anyway, so it is no trouble!',
            time: '7:42 pm',
          },
        ],
      },
      next: 'offer-reply',
    },
    'offer-reply': {
      kind: 'decision',
      title: 'A kind offer',
      body: [
        'The offer is generous, and the coordinator knows the account better than anyone. Hiring a replacement could take a month.',
      ],
      prompt: 'How do you answer, and what do you plan for the coming days?',
      choices: [
        {
          id: 'plan-handover',
          label:
            'Thank them warmly but decline. Agree on a handover for their last day: they show you the scheduled posts and the inbox, and once they have finished you sign the account out of their phone and every other device, change the login and remove their access. Write these steps down as an offboarding checklist.',
          feedback:
            'Access to the account ends when the job ends, and the coordinator leaves on good terms with a clear plan rather than a surprise. SA-4 asks you to remove access promptly when someone with access leaves, and a written checklist makes that a routine instead of a memory test. Planning to change the login also starts on SA-2, because a password a former employee knows is no longer a controlled secret.',
          score: 2,
          practices: ['SA-4', 'SA-2'],
          next: 'last-day',
        },
        {
          id: 'accept-favor',
          label: 'Accept gratefully. They are trustworthy, and it keeps the account going until you hire someone.',
          feedback:
            "Trust is not the issue. After Friday this person no longer works for the practice, yet they could still publish in its name and read messages that patients send to the account, from a phone the practice does not control. SA-4 asks you to remove access promptly when staff leave, and SA-2 asks for strong controls over who holds the account's credentials.",
          score: 0,
          practices: ['SA-4', 'SA-2'],
          next: 'weeks-later',
        },
        {
          id: 'ask-to-delete-app',
          label: 'Decline the offer and ask them to delete the app from their phone on their last day.',
          feedback:
            "You have the right goal, since access should end with the job (SA-4), but the practice would be relying on a promise it cannot check. Deleting an app removes neither the role nor the password, which still works on any device, and a login a former employee knows is no longer under the practice's control (SA-2). The practice itself needs to remove the access and change the credentials.",
          score: 1,
          practices: ['SA-4', 'SA-2'],
          next: 'last-day',
        },
      ],
    },
    'last-day': {
      kind: 'narrative',
      title: 'Friday at five',
      body: [
        "The coordinator's farewell cake has been eaten and they have gone home. You sit down at the front desk to finish the offboarding and notice two things you had stopped seeing.",
        'A sticky note on the edge of the monitor reads "Social login" and shows the account password in full. On the screen, the practice\'s photo-sharing account is open and signed in, with the message inbox visible to anyone standing at the counter.',
      ],
      mock: {
        kind: 'scene',
        scene: 'front-desk',
        caption: 'The front desk after the coordinator has left for the last time',
        details: [
          {
            id: 'sticky-note',
            label: 'Sticky note',
            description: 'A sticky note on the monitor reads "Social login" and shows the account password in full.',
          },
          {
            id: 'screen',
            label: 'Screen',
            description:
              "The monitor shows the practice's photo-sharing account signed in, with the message inbox open and visible from the counter.",
          },
        ],
      },
      next: 'settings-review',
    },
    'settings-review': {
      kind: 'decision',
      title: 'Who can still get in?',
      body: [
        'The platform lets a business account give each person their own role, but the practice has used it only loosely. Besides you, the settings list the front-desk coordinator (admin, left the practice today), a marketing assistant who left eight months ago (editor, last active eight months ago), a medical assistant who moved to the surgery scheduling team five months ago (editor, changed role) and one physical therapist who still posts tips (editor). Two-factor authentication is off, everyone signs in with the shared password, and it was last changed more than three years ago.',
      ],
      mock: {
        kind: 'access-settings',
        account: { name: 'Your practice', handle: 'your.spine.practice', role: 'Spine practice' },
        members: [
          { name: 'You', role: 'Practice manager', access: 'owner', status: 'active', lastActive: 'Now' },
          {
            name: 'Front-desk coordinator',
            role: 'Front-desk coordinator',
            access: 'admin',
            status: 'left the practice',
            lastActive: 'Today, 4:52 pm',
          },
          {
            name: 'A former colleague',
            role: 'Marketing assistant',
            access: 'editor',
            status: 'left the practice',
            lastActive: '8 months ago',
          },
          {
            name: 'A colleague',
            role: 'Medical assistant, now surgery scheduling',
            access: 'editor',
            status: 'changed role',
            lastActive: '5 months ago',
          },
          {
            name: 'A colleague',
            role: 'Physical therapist',
            access: 'editor',
            status: 'active',
            lastActive: 'Yesterday',
          },
        ],
        twoFactor: 'off',
        sharedLogin: true,
        passwordLastChanged: 'More than three years ago',
      },
      prompt: 'What do you change tonight?',
      choices: [
        {
          id: 'full-cleanup',
          label:
            "Remove all three people who no longer need access, give the physical therapist their own login with the editor role, replace the shared password with a long, unique passphrase kept in the practice's password manager, turn on two-factor authentication through an authenticator on a practice-owned phone, switch the recovery email to a practice address, sign out every other device, throw away the sticky note, and date the checklist.",
          feedback:
            "This closes every door at once. SA-4 covers people who move to another department as well as those who resign, so the medical assistant goes too. SA-2 is met by individual roles where the platform offers them, one credential held in a vault the practice controls, and two-factor tied to a device the practice owns rather than one person's phone.",
          score: 2,
          practices: ['SA-4', 'SA-2'],
          next: 'policy-ask',
        },
        {
          id: 'coordinator-only',
          label:
            'Remove the coordinator, change the shared password, and text the new one to the staff who still post.',
          feedback:
            'You closed the most urgent gap, but two people who left their roles still hold editor access, which SA-4 asks you to remove as well. Texting a new shared password recreates the old problem: it now sits in several message histories on personal phones, with two-factor still off. SA-2 points to individual logins where possible and a practice-controlled place for any credential that must be shared.',
          score: 1,
          practices: ['SA-4', 'SA-2'],
          next: 'policy-ask',
        },
        {
          id: 'leave-as-is',
          label:
            'Leave the settings for now. The coordinator has gone home, nothing has gone wrong, and it is late on a Friday.',
          feedback:
            'Waiting does not remove access, and neither would a promise to delete the app: the password still works, the role is still there, and the sticky note is still on the monitor. SA-4 asks for prompt removal, and the practice cannot confirm what happens on a personal phone it does not control (SA-2).',
          score: 0,
          practices: ['SA-4', 'SA-2'],
          next: 'weeks-later',
        },
      ],
    },
    'weeks-later': {
      kind: 'narrative',
      title: 'A Saturday post',
      body: [
        'Three weeks after the coordinator left, a physical therapist calls you on Saturday. The practice account has just published a photo of a backyard party captioned "Freedom! No more ringing phones." The former coordinator\'s phone holds both their personal account and the practice\'s, and they posted to the wrong one.',
        'Followers are already commenting, and one asks who reads the messages patients send to the account.',
      ],
      mock: {
        kind: 'comment-thread',
        post: {
          author: { name: 'Your practice', handle: 'your.spine.practice', role: 'Spine practice' },
          text: 'Freedom! No more ringing phones.',
          media: {
            description: 'A photo of a backyard party with a grill and string lights. No patients appear in it.',
          },
          time: '25 minutes ago',
        },
        comments: [
          {
            id: 'confused-follower',
            author: { name: 'A follower (name hidden)', handle: 'follower.account' },
            text: 'Is this the spine clinic? Did you get hacked?',
            time: '20 minutes ago',
          },
          {
            id: 'patient-worried',
            author: { name: 'A patient (name hidden)', handle: 'patient.account' },
            text: 'I sent this account a message about my appointment last week. Who is reading these now?',
            time: '12 minutes ago',
          },
        ],
      },
      next: 'stray-post-response',
    },
    'stray-post-response': {
      kind: 'decision',
      title: 'Putting it right',
      body: [
        'The post was an honest mistake, but it shows that someone outside the practice can still publish as the practice and open its inbox.',
      ],
      prompt: 'What do you do?',
      choices: [
        {
          id: 'secure-and-report',
          label:
            "Call the former coordinator kindly, ask them to delete the post and sign out of the practice account while you are on the phone. Then change the password, sign out all devices, remove their role, turn on two-factor on a practice-owned phone, tell the physician owners, and ask the health system's privacy office whether their access to the inbox needs any follow-up.",
          feedback:
            "This is the right repair: access ends (SA-4), the account is back under the practice's control (SA-2), and the privacy office, not you, judges whether messages in the inbox raise a privacy issue. It cannot undo three weeks in which a former employee could read patients' messages.",
          score: 1,
          practices: ['SA-4', 'SA-2'],
          next: 'ending-repaired',
        },
        {
          id: 'delete-quietly',
          label:
            'Delete the post from the front-desk computer and leave it there. They have gone, and it was an accident.',
          feedback:
            'The visible problem disappears, but the cause remains: the former coordinator is still signed in, the password is unchanged and two-factor is off. SA-4 asks you to remove access when someone leaves, and SA-2 asks for controls strong enough that the next slip, or the next phishing message, does not land on the practice account.',
          score: 0,
          practices: ['SA-4', 'SA-2'],
          next: 'ending-exposed',
        },
        {
          id: 'public-blame',
          label: 'Reply under the post that a former employee misused the account, and leave it to them to clean up.',
          feedback:
            'Blaming a former colleague in public breaks the boundaries PR-1 asks you to keep with nonclinical staff too, and the mistake grew out of access the practice never removed (SA-4). Nothing about the account has been secured, so the same thing can happen again.',
          score: 0,
          practices: ['PR-1', 'SA-4'],
          next: 'ending-exposed',
        },
      ],
    },
    'policy-ask': {
      kind: 'decision',
      title: 'So it does not happen again',
      body: [
        "On Monday the physician owners thank you and ask you to make sure the next departure goes smoothly. The health system's social media policy covers branding and patient privacy, but says nothing about how your practice runs its own account day to day.",
      ],
      prompt: 'What do you put in place?',
      choices: [
        {
          id: 'written-policy',
          label:
            "Draft a written staff policy for the account: who may post and with which role, what to check before posting (consent, protected health information, accuracy), how to redirect patient messages, where credentials are kept, an onboarding and offboarding checklist that removes access the same day someone leaves or changes role, and what happens if the policy is breached, from retraining to loss of access. Check it against the health system's policy, have compliance and human resources review it, ask staff to sign it, and review it every year.",
          feedback:
            "This is what SA-3 describes: detailed steps for appropriate conduct and clear consequences when the standard is not met, kept up to date. Building the offboarding checklist into it makes SA-4 routine, and aligning it with the health system's policy keeps the account within CC-3.",
          score: 2,
          practices: ['SA-3', 'SA-4', 'CC-3'],
          next: 'ending-secure',
        },
        {
          id: 'email-reminder',
          label: 'Email the staff: do not share the password, and check with me before posting anything unusual.',
          feedback:
            'A reminder helps for a week, but it sets out no steps, no offboarding routine and no consequences, and it will be forgotten when staff change. SA-3 asks for a written policy with both, maintained over time.',
          score: 1,
          practices: ['SA-3'],
          next: 'ending-informal',
        },
        {
          id: 'dos-and-donts',
          label: "Pin a one-page list of do's and don'ts for posting next to the front-desk computer.",
          feedback:
            "A list is a start, but SA-3 asks for more than do's and don'ts: detailed steps, including who grants and removes access, and what follows when the standard is breached. Without an offboarding step, SA-4 still depends on someone remembering.",
          score: 1,
          practices: ['SA-3', 'SA-4'],
          next: 'ending-informal',
        },
      ],
    },
    'ending-secure': {
      kind: 'ending',
      title: 'Access follows the role, not the person',
      rating: 'best',
      debrief: [
        'The coordinator left on good terms, and control of the account now sits with the practice rather than with whoever happens to know a password. Once individual roles, a practice-owned password manager and two-factor on a practice-owned device are in place, one departure no longer puts the account at risk (SA-2).',
        'The written policy (SA-3) makes the next change routine: remove the role the same day, change any credential the person could see, check two-factor and recovery contacts, and record it (SA-4). Staff know the standard in advance and what happens if it is not met.',
      ],
      practices: ['SA-2', 'SA-3', 'SA-4'],
    },
    'ending-informal': {
      kind: 'ending',
      title: 'Fixed for now, on goodwill',
      rating: 'acceptable',
      debrief: [
        'This departure was handled, but the next one depends on staff remembering a reminder or a list. Without written steps for granting and removing access and agreed consequences, the practice is one busy week away from another former employee with a working login.',
        'A short written policy with an offboarding checklist (SA-3, SA-4), reviewed each year, is what turns a good response into a reliable one.',
      ],
      practices: ['SA-3', 'SA-4'],
    },
    'ending-repaired': {
      kind: 'ending',
      title: 'Secured, three weeks late',
      rating: 'acceptable',
      debrief: [
        "The account is back under the practice's control and the privacy office knows what happened. But for three weeks someone who no longer worked for the practice could publish in its name and read messages patients had sent to it.",
        'Removing access on the last day (SA-4), with the login already held in a practice-owned password manager and two-factor on a practice-owned device (SA-2), would have made the whole episode impossible. Put those steps in a written offboarding checklist (SA-3) so the next departure is routine.',
      ],
      practices: ['SA-4', 'SA-2', 'SA-3'],
    },
    'ending-exposed': {
      kind: 'ending',
      title: 'The door is still open',
      rating: 'harmful',
      debrief: [
        'The post is gone or explained, but a former employee is still signed in, the shared password is unchanged, and two-factor is off. Patients keep sending messages to an inbox the practice does not fully control.',
        'When someone with access leaves or changes role, remove it promptly (SA-4), keep credentials in a place the practice controls with two-factor on a practice-owned device (SA-2), and treat former colleagues with the same respect online that you would in person (PR-1).',
      ],
      practices: ['SA-4', 'SA-2', 'PR-1'],
    },
  },
};

export default scenario;
