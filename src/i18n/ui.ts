/**
 * Every interface string in one place, keyed by where it is used. Course text lives in src/content; these are
 * the words of the interface around it. `{name}` placeholders are filled by {@link t}.
 */
export const ui = {
  'site.title': 'Posting with Care',
  'site.tagline': 'Social media best practices for spine care professionals',
  'skip.toMain': 'Skip to main content',
  'nav.label': 'Main',
  'nav.home': 'Home',
  'nav.modules': 'Modules',
  'nav.practices': 'All 32 practices',
  'nav.references': 'References',
  'nav.progress': 'My progress',
  'nav.about': 'About',
  'footer.source': 'Adapted from',
  'footer.disclaimer':
    'Educational material, not legal advice and not an official position of the North American Spine Society.',
  'footer.privacy': 'Your progress stays on this device. This site loads nothing from other websites.',
  'progress.label': 'Course progress',
  'progress.loading': 'Checking your progress…',
  'progress.summary': '{done} of {total} modules finished',
  'progress.unavailable': 'Progress cannot be saved in this browser.',
  'continue.start': 'Start the course',
  'continue.resume': 'Continue where you left off: {title}',
  'continue.review': 'Review your progress',
  'finish.button': 'I have finished this module',
  'finish.undo': 'Mark as not finished',
  'finish.done': 'You finished this module on {date}.',
  'finish.notDone': 'Not finished yet.',
  'finish.failed': 'Could not save that. Please try again.',
  'storage.notice':
    'This browser is not letting the course save your progress (private browsing or blocked storage can do this). You can keep reading; your progress just will not be remembered.',
  'module.objectives': 'Learning objectives',
  'module.minutes': 'About {minutes} minutes',
  'module.competencies': 'ACGME competencies',
  'module.practices': 'Practices covered',
  'module.previous': 'Previous',
  'module.next': 'Next',
  'module.pager': 'Module navigation',
  'module.finishHeading': 'Finished?',
  'practice.statement': 'The practice',
  'practice.why': 'Why it matters',
  'practice.examples': 'Examples',
  'practice.right': 'Done well',
  'practice.wrong': 'Done badly',
  'practice.sources': 'Sources',
  'practice.module': 'Learn it in the {module} module',
  'report.done': 'Finished',
  'report.remaining': 'Still to do',
  'report.timeLeft': 'About {minutes} minutes left',
  'report.allDone': 'You have finished every module.',
  'report.noneDone': 'You have not finished a module yet.',
  'report.finishedOn': 'finished {date}',
  'report.inProgress': 'started {date}',
  'report.notStarted': 'not started',
  'report.lastVisit': 'Last visited: {title}',
} as const;

export type UiKey = keyof typeof ui;

/** The interface string for `key`, with `{placeholders}` replaced from `values`. */
export function t(key: UiKey, values: Record<string, string | number> = {}): string {
  return ui[key].replace(/\{(\w+)\}/g, (whole, name: string) => String(values[name] ?? whole));
}

/** A date as the learner's locale writes it, e.g. "29 Nov 2026". */
export function formatDate(iso: string): string {
  return new Date(iso).toLocaleDateString(undefined, { year: 'numeric', month: 'short', day: 'numeric' });
}
