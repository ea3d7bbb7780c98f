/** Interface strings of assignments: the director's link builder, the learner's landing page and assignment lists. */
import { fill } from './ui';

export const assignmentUi = {
  'assigned.heading': 'Your assignment',
  'assigned.checking': 'Reading the assignment link…',
  'assigned.saved': 'Saved to your assignments on this device. It shows on the home and progress pages.',
  'assigned.toCourse': 'Start with the first item',
  'assigned.problem.missing': 'This page needs the assignment link your program director sent you: open that link.',
  'assigned.problem.damaged':
    'This assignment link is damaged or incomplete (it may have been cut short when it was copied). Nothing was saved: ask your program director to send it again.',
  'assigned.problem.outdated':
    'This assignment link was made by an older version of the course and can no longer be read. Nothing was saved: ask your program director for a new link.',
  'assigned.problem.newer':
    'This assignment link was made by a newer version of the course than this one. Nothing was saved: reload the page, or ask your program director.',
  'assigned.problem.tampered':
    'This assignment link has been changed since it was made (it no longer matches its check). Nothing was saved: ask your program director to send it again.',
  'assigned.problem.program': 'This assignment link has no program name, or one that is too long. Nothing was saved.',
  'assigned.problem.cohort': 'This assignment link has a cohort name that is too long. Nothing was saved.',
  'assigned.problem.empty': 'This assignment link assigns nothing. Nothing was saved.',
  'assigned.problem.unknown-item':
    'This assignment link names a module or scenario that this course does not have. Nothing was saved: ask your program director.',
  'assigned.problem.due': 'This assignment link has no valid due date. Nothing was saved.',
  'assignments.heading': 'Assigned to you',
  'assignments.by': 'Assigned by {program}',
  'assignments.cohort': 'Cohort: {cohort}',
  'assignments.due': 'due {date}',
  'assignments.overdue': 'due {date}: past due',
  'assignments.progress': '{done} of {total} done',
  'assignments.allDone': 'All done',
  'assignments.itemDone': 'done',
  'assignments.itemNotDone': 'not done yet',
  'assignments.remove': 'Remove the assignment from {program}',
  'director.title': 'Assign the course',
  'director.intro':
    'Make a link that assigns modules and scenarios to your learners, with a due date. No login: the link carries the assignment, and opening it saves the assignment in the learner’s browser. Learners show completion with their certificate; the roster reads certificates.',
  'director.privacy':
    'Do not put anyone’s name in the program or cohort: the link is meant to be shared with a whole group.',
  'director.program': 'Program',
  'director.programHint': 'For example "Orthopaedic Surgery Residency, Example University".',
  'director.cohort': 'Cohort (optional)',
  'director.cohortHint': 'For example "PGY-2, 2026-27".',
  'director.modules': 'Modules to finish',
  'director.scenarios': 'Scenarios to finish',
  'director.due': 'Due date',
  'director.make': 'Make the link',
  'director.errors': 'Fix {count} problems before the link can be made:',
  'director.problem.program': 'Enter the program (at most 120 characters).',
  'director.problem.cohort': 'Use at most 80 characters for the cohort.',
  'director.problem.empty': 'Choose at least one module or scenario.',
  'director.problem.due': 'Enter a due date.',
  'director.link': 'The assignment link',
  'director.linkHeading': 'Your link is ready',
  'director.copy': 'Copy the link',
  'director.copied': 'Copied.',
  'director.copyFailed': 'Could not copy: select the link and copy it.',
  'director.qr': 'QR code of the assignment link',
  'director.preview': 'What learners will see: {summary}',
  'director.toRoster': 'Check completion: read certificates into a roster',
  'roster.title': 'Roster from certificates',
  'roster.intro':
    'Choose the certificate PDFs your learners sent you. Each is read and checked here, in this browser: nothing is uploaded. The table says what each certifies and whether it is intact; the CSV opens in a spreadsheet.',
  'roster.assignment': 'Assignment link (optional)',
  'roster.assignmentHint': 'Paste the link you sent, to see whether each certificate covers everything assigned.',
  'roster.assignmentOk': 'Checking against: {summary}',
  'roster.files': 'Certificate PDFs',
  'roster.filesHint': 'Choose or drop many at once.',
  'roster.drop': 'Drop certificate PDFs here',
  'roster.reading': 'Read {done} of {total}',
  'roster.readDone': 'Read {total} files: {intact} intact, {altered} altered, {unreadable} unreadable.',
  'roster.filterStatus': 'Show',
  'roster.filterAll': 'All',
  'roster.filterIntact': 'Intact',
  'roster.filterAltered': 'Altered',
  'roster.filterUnreadable': 'Unreadable',
  'roster.filterMinutes': 'Only active time below (minutes)',
  'roster.filterName': 'Name contains',
  'roster.showing': 'Showing {shown} of {total}',
  'roster.sort': 'Sort by {column}',
  'roster.download': 'Download CSV ({count} rows)',
  'roster.clear': 'Clear the roster',
  'roster.yes': 'yes',
  'roster.no': 'no',
  'roster.late': 'yes, after the due date',
  'roster.caption': 'Certificates read',
  'roster.status.intact': 'Intact',
  'roster.status.altered': 'Altered',
  'roster.status.unreadable': 'Unreadable',
  'roster.none': 'No certificates read yet.',
} as const;

export type AssignmentUiKey = keyof typeof assignmentUi;

export function tas(key: AssignmentUiKey, values: Record<string, string | number> = {}): string {
  return fill(assignmentUi[key], values);
}
