/**
 * Interface strings of scenarios: the player, the review of a past play, and the scenario list. Kept apart from
 * `ui.ts` so other pages do not carry them, and scenario pages carry only what they use.
 */
import { fill } from './ui';

export const scenarioUi = {
  'scenarios.title': 'Scenarios',
  'scenarios.filter': 'Show scenarios for',
  'scenarios.all': 'All themes',
  'scenarios.notStarted': 'Not started',
  'scenarios.inProgress': 'In progress',
  'scenarios.playedOnce': 'Played once · ending: {rating}',
  'scenarios.played': 'Played {count} times · best ending: {rating}',
  'scenarios.alsoInProgress': '{played} · a new play under way',
  'scenarios.count': '{shown} of {total} scenarios shown',
  'scenarios.forModule': 'Practise it: scenarios',
  'scenarios.forPractice': 'Practise it in',
  'scenario.loading': 'Loading your place…',
  'scenario.step': 'Step {step} of up to {total}',
  'scenario.continue': 'Continue',
  'scenario.back': 'Back: undo my last decision',
  'scenario.restart': 'Restart',
  'scenario.restartQuestion':
    'Start this scenario again from the beginning? The steps of this play are let go; plays you finished stay in your history.',
  'scenario.restartYes': 'Yes, start again',
  'scenario.restartNo': 'Keep going',
  'scenario.tryAnother': 'Try another path',
  'scenario.youChose': 'You chose: {label}',
  'scenario.feedback': 'What happened',
  'scenario.changed': 'This scenario has changed since you last played it, so it starts again from the beginning.',
  'scenario.resumed': 'Welcome back: you are where you left off.',
  'scenario.resumedEnding': 'Welcome back: this is the ending you reached. Try another path to play again.',
  'scenario.partNotLoaded':
    'This part of the page could not be loaded: check your connection, then reload the page. Your play is saved.',
  'scenario.decisionPoints': '{score} of {best} points',
  'scenario.decisionPoint': '{score} of 1 point',
  'review.recordedScore': 'Recorded score: {score} of a possible {max}.',
  'review.loading': 'Loading the review…',
  'review.playHeading': 'Review of your play on {date}',
  'review.playNotFound': 'Play not found',
  'review.playMissing': 'That play is not in this browser for the current learner profile.',
  'review.readOnly': 'A read-only review: nothing here changes your results.',
  'review.olderVersion':
    'This play was on an earlier version of the scenario: steps that have changed since are left out.',
  'review.playAgain': 'Play this scenario',
  'review.toHistory': 'Back to your history',
  'scenario.notSaved': 'Your progress in this scenario cannot be saved in this browser.',
  'scenario.ending': 'Ending: {rating}',
  'scenario.rating.best': 'Best outcome',
  'scenario.rating.acceptable': 'Acceptable outcome',
  'scenario.rating.harmful': 'Harmful outcome',
  'scenario.score': 'Score: {score} of a possible {max} for the decisions you faced',
  'scenario.harmfulAlong': 'Along the way, {count} of your choices were rated harmful: see the path below.',
  'scenario.pathTaken': 'The path you took',
  'scenario.noDecisions': 'You made no decisions on this path.',
  'scenario.practices': 'Practices',
  'scenario.allScenarios': 'All scenarios',
  'scenario.module': 'Back to the module: {module}',
  'scenario.role': 'You are',
  'scenario.setting': 'Where',
  'scenario.minutes': 'About {minutes} minutes',
} as const;

export type ScenarioUiKey = keyof typeof scenarioUi;

/** The scenario string for `key`, with `{placeholders}` replaced from `values`. */
export function ts(key: ScenarioUiKey, values: Record<string, string | number> = {}): string {
  return fill(scenarioUi[key], values);
}
