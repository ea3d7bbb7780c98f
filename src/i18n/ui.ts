/**
 * Every interface string in one place, keyed by where it is used. Course text lives in src/content; these are
 * the words of the interface around it. `{name}` placeholders are filled by {@link t}.
 */
export const ui = {
  'site.title': 'Posting with Care',
  'site.tagline': 'Social media best practices for spine care professionals',
  'skip.toMain': 'Skip to main content',
  'nav.label': 'Main',
  'nav.menu': 'Menu',
  'nav.home': 'Home',
  'nav.modules': 'Modules',
  'nav.practices': 'All 32 practices',
  'nav.references': 'References',
  'nav.progress': 'My progress',
  'nav.about': 'About',
  'learner.badge': 'Learning as: {name}',
  'learner.badgeLink': ', change learner',
  'learner.guest': 'Guest',
  'learner.label': 'Learner profiles',
  'footer.source': 'Adapted from',
  'footer.disclaimer':
    'Educational material, not legal advice and not an official position of the North American Spine Society.',
  'footer.privacy': 'Your progress stays on this device. This site loads nothing from other websites.',
  'progress.label': 'Course progress',
  'progress.loading': 'Checking your progress…',
  'progress.summary': '{done} of {total} modules finished',
  'progress.unavailable': 'Progress cannot be saved in this browser.',
  'path.heading': 'Your way to the certificate',
  'path.step.modules': 'Finish the four theme modules',
  'path.step.knowledgeChecks': 'Answer each module’s knowledge check',
  'path.step.scenarios': 'Play one scenario in each theme',
  'path.step.assessment': 'Pass the final assessment',
  'path.step.evaluation': 'Submit the course evaluation',
  'path.step.activeTime': 'Spend the active time your program asks for',
  'path.step.certificate': 'Attest, then make your certificate',
  'path.count': '{done} of {total}',
  'path.state.done': 'Done',
  'path.state.next': 'Next',
  'path.state.todo': 'To do',
  'path.state.loading': 'Checking…',
  'path.summary': 'Step {step} of {total}',
  'path.allDone': 'Certificate made',
  'path.next': 'Next:',
  'path.next.modules': 'the module {part}',
  'path.next.knowledgeChecks': 'the knowledge check in {part}',
  'path.next.scenarios': 'a scenario for {part}',
  'path.next.assessment': 'the final assessment',
  'path.next.evaluation': 'the course evaluation',
  'path.next.activeTime': 'more time with the modules',
  'path.next.certificate': 'your certificate',
  'path.finished': 'You have finished the course. Your certificate can be downloaded again on the certificate page.',
  'continue.start': 'Start the course',
  'continue.resume': 'Continue where you left off: {title}',
  'continue.review': 'Review your progress',
  'finish.button': 'I have finished this module',
  'finish.undo': 'Mark as not finished',
  'finish.done': 'You finished this module on {date}.',
  'finish.notDone': 'Not finished yet.',
  'storage.notice':
    'This browser is not letting the course save your progress (private browsing or blocked storage can do this). You can keep reading; your progress just will not be remembered.',
  'storage.full':
    'This device is out of storage space, so the course could not save your latest progress. Free some space, then reload this page.',
  'storage.blocked':
    'Another tab with an older version of this course is holding its storage, so progress cannot be saved here. Close the other tabs of this course, then reload this page.',
  'storage.newerVersion': 'A newer version of the course is open in another tab. Reload this page to continue.',
  'storage.learnerMissing': 'This learner profile was deleted in another tab. Reload this page to continue.',
  'storage.learnerChanged':
    'Another tab switched to a different learner profile. This page still saves to the profile it opened with: reload it to continue as the new learner.',
  'storage.persistGranted':
    'The course asked your browser to keep your progress even when the device runs low on space, so that it is not cleared without warning, and the browser agreed.',
  'storage.persistRefused':
    'The course asked your browser to keep your progress even when the device runs low on space; it did not agree, so download a copy of your progress from My progress now and then.',
  'storage.reload': 'Reload this page',
  'search.label': 'Search the course',
  'search.placeholder': 'Search',
  'search.submit': 'Search',
  'offline.updateReady': 'A new version of the course is available. Your progress is kept.',
  'offline.reload': 'Reload to update',
  'saveFailed.unavailable': 'Not saved: this browser is not letting the course store progress.',
  'saveFailed.full': 'Not saved: this device is out of storage space.',
  'saveFailed.blocked': 'Not saved: another tab of this course is holding its storage.',
  'saveFailed.newer': 'Not saved: a newer version of the course is open in another tab. Reload this page.',
  'saveFailed.learnerMissing': 'Not saved: this learner profile was deleted in another tab.',
  'saveFailed.closed': 'This attempt was already submitted, perhaps in another tab.',
  'saveFailed.attemptMissing':
    'That assessment attempt is no longer in this browser (it may have been deleted in another tab).',
  'saveFailed.profileMissing':
    'That learner profile is no longer on this device (it may have been deleted in another tab).',
  'saveFailed.unexpected': 'Not saved: something went wrong. Please try again.',
  'module.objectives': 'Learning objectives',
  'module.minutes': 'About {minutes} minutes',
  'module.competencies': 'ACGME competencies',
  'module.practices': 'Practices covered',
  'module.previous': 'Previous',
  'module.next': 'Next',
  'module.pager': 'Module navigation',
  'module.finishHeading': 'Finished?',
  'outline.label': 'In this module',
  'outline.count': '{count} sections',
  'outline.place': 'Section {number} of {total}',
  'outline.backToTop': 'Back to top',
  'practice.why': 'Why it matters',
  'practice.examples': 'Examples',
  'practice.right': 'Done well',
  'practice.wrong': 'Done badly',
  'practice.sources': 'Sources',
  'practice.module': 'Learn it in the {module} module',
  'status.notStarted': 'Not started',
  'status.started': 'Started',
  'status.finished': 'Finished {date}',
  'continue.next': 'Continue with the next module: {title}',
  'nav.assessment': 'Assessment',
  'nav.scenarios': 'Scenarios',
  'nav.certificate': 'Certificate',
} as const;

export type UiKey = keyof typeof ui;

/** `template` with its `{placeholders}` replaced from `values` (unknown ones are left as they are). */
export function fill(template: string, values: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => String(values[name] ?? whole));
}

/** The interface string for `key`, with `{placeholders}` replaced from `values`. */
export function t(key: UiKey, values: Record<string, string | number> = {}): string {
  return fill(ui[key], values);
}

/** How a profile is named on screen: its name, or "Guest" for a profile without one. */
export function learnerLabel(name: string): string {
  return name || ui['learner.guest'];
}

/** A date as the learner's locale writes it, e.g. "29 Nov 2026". */
export function formatDate(iso: string): string {
  return new Date(iso).toLocaleDateString(undefined, { year: 'numeric', month: 'short', day: 'numeric' });
}

/** A date and time as the learner's locale writes them, e.g. "29 Nov 2026, 14:05". */
export function formatDateTime(iso: string): string {
  return new Date(iso).toLocaleString(undefined, {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  });
}
