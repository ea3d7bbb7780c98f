/** Course-level text shown on the home and about pages. Module-level text lives in the MDX modules. */
export const courseInfo = {
  title: 'Posting with Care',
  subtitle: 'Social media best practices for spine care professionals',
  summary:
    'A self-paced course on using social media safely, ethically and accurately in spine care, built on the 32 best practice statements published by the North American Spine Society Early Career Advisory Council (Cupler et al., 2025).',
  audience: [
    'Trainees in undergraduate and postgraduate spine care education: medical, chiropractic, physical therapy and physiatry students and residents.',
    'Practicing spine care professionals (chiropractors, spine surgeons, physiatrists, physical therapists, researchers) doing self-directed continuing education.',
    'Program directors who assign the course and need evidence that it was completed.',
  ],
  objectives: [
    'Apply the 32 best practices, by theme and ID, to decisions about what to post, share, like or reply to.',
    'Identify protected health information and other identifying details in photos, videos, livestreams and comments before they are shared.',
    'Distinguish education from individual medical advice, and redirect patients to official, secure channels.',
    'Evaluate spine care content for accuracy, currency, sensationalism and undisclosed conflicts of interest before posting or reposting it.',
    'Describe the account security, staff access and moderation policies a practice needs for its professional accounts.',
  ],
} as const;
