/**
 * Interface strings of questions, knowledge checks and the final assessment. Kept apart from `ui.ts` so other
 * pages do not carry them.
 */
import { fill } from './ui';

export const assessmentUi = {
  'question.number': 'Question {number}',
  'question.numberOf': 'Question {number} of {total}',
  'question.single': 'Choose one answer.',
  'question.multiple':
    'Choose every answer that applies. Scoring: each right choice earns a share of the point, and each wrong choice cancels one right one.',
  'question.spot':
    'Mark every element that breaches a practice. Scoring: each right mark earns a share of the point, and each wrong mark cancels one right one.',
  'question.correctOption': 'Right.',
  'question.incorrectOption': 'Not right.',
  'question.isProblem': 'A problem.',
  'question.notProblem': 'Not a problem.',
  'question.youChoseThis': '(you chose this)',
  'check.heading': 'Check your understanding',
  'check.intro': 'A short, ungraded check: answer, then check to see why each option is right or wrong.',
  'check.submit': 'Check answer',
  'check.chooseFirst': 'Choose an answer first.',
  'check.result': 'You scored {score} of 1 on this question.',
  'check.summary': 'Answered {answered} of {total}.',
  'check.tryAgain': 'Try again',
  'assessment.title': 'Final assessment',
  'assessment.start': 'Start the assessment',
  'assessment.newAttempt': 'Start a new attempt',
  'assessment.answered': '{answered} of {total} answered. Your answers are saved as you go.',
  'assessment.submit': 'Submit answers',
  'assessment.answeredNearSubmit': 'Questions answered: {answered} of {total}.',
  'assessment.unanswered': 'Answer every item before submitting: {count} still need an answer.',
  'assessment.goTo': 'Go to question {number}',
  'assessment.score': 'Your score: {percent}% ({earned} of {possible} points)',
  'assessment.passed': 'Passed: the pass mark is {mark}%.',
  'assessment.failed': 'Not passed yet: the pass mark is {mark}%. You can try again with a fresh set of questions.',
  'assessment.byTheme': 'Score by theme',
  'assessment.review': 'Review every item',
  'assessment.resultPassed': 'passed',
  'assessment.resultFailed': 'not passed',
  'assessment.notSaved': 'Finish in one sitting: answers not saved are lost if you leave this page.',
  'assessment.latestAttempt': 'Your latest attempt, submitted {date}.',
  'assessment.reviewingAttempt': 'A past attempt, submitted {date} (read-only).',
  'assessment.allAttempts': 'All your attempts',
  'assessment.attemptMissing': 'That attempt is not in this browser for the current learner profile.',
  'assessment.loading': 'Loading the assessment…',
  'assessment.resumed': 'Welcome back: your answers so far are here.',
  'pretest.invite':
    'Optional: {link} before you start (about {minutes} minutes), to see your gain by theme at the end.',
  'pretest.inviteLink': 'take a {count}-question pre-test',
  'pretest.loading': 'Loading the pre-test…',
  'pretest.start': 'Start the pre-test',
  'pretest.position': 'Question {number} of {total}',
  'pretest.answered': '{answered} of {total} answered. Your answers are saved as you go.',
  'pretest.previous': 'Previous question',
  'pretest.next': 'Next question',
  'pretest.submit': 'Submit the pre-test',
  'pretest.unanswered': 'Answer every question before submitting: {count} still need an answer.',
  'pretest.goTo': 'Go to question {number}',
  'pretest.resumed': 'Welcome back: your answers so far are here.',
  'pretest.score': 'Your pre-test score: {percent}% ({earned} of {possible} points)',
  'pretest.baseline':
    'This is your baseline: there is no pass mark. After the final assessment, My progress shows your gain by theme.',
  'pretest.submittedOn': 'Submitted {date}.',
  'pretest.toProgress': 'My progress',
  'pretest.toCourse': 'Start the course',
  'pretest.review': 'Review every question',
  'pretest.noReview':
    'The questions and your answers stayed in the browser where you took the pre-test; only the scores came here.',
  'pretest.closedStarted':
    'The pre-test is a baseline taken before the course, so it closes once the final assessment has started, and you have started it.',
  'pretest.closedSubmitted':
    'The pre-test is a baseline taken before the course, so it closes once a final-assessment attempt is submitted, and you have submitted one.',
  'pretest.closedResult': 'The pre-test is a baseline taken before the course, so it is closed now. Your result:',
  'pretest.notFinished': 'You started the pre-test but did not submit it, so there is no baseline to compare with.',
  'pretest.toAssessment': 'Go to the final assessment',
} as const;

export type AssessmentUiKey = keyof typeof assessmentUi;

/** The string for `key`, with `{placeholders}` replaced from `values`. */
export function ta(key: AssessmentUiKey, values: Record<string, string | number> = {}): string {
  return fill(assessmentUi[key], values);
}
