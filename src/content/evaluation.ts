/**
 * The course evaluation, in the style CME providers use: agreement scales on objectives, relevance, balance,
 * commercial bias, intent to change and format, then free text. Answers stay on the learner's device; they go into
 * the completion record attached to the certificate only if the learner chooses so on the certificate page.
 */

/** A statement rated on the agreement scale, or a free-text question. */
export type EvaluationItem =
  { id: string; kind: 'scale'; statement: string } | { id: string; kind: 'text'; question: string; hint: string };

/** The agreement scale, from 1 (strongly disagree) to 5 (strongly agree). */
export const AGREEMENT_SCALE = [
  { value: '1', label: 'Strongly disagree' },
  { value: '2', label: 'Disagree' },
  { value: '3', label: 'Neither agree nor disagree' },
  { value: '4', label: 'Agree' },
  { value: '5', label: 'Strongly agree' },
] as const;

/** Longest free-text answer kept, in characters. */
export const TEXT_LIMIT = 1000;

/** The evaluation's items, in order. Scale items must be answered; text items are optional. */
export const EVALUATION_ITEMS: readonly EvaluationItem[] = [
  { id: 'objectives', kind: 'scale', statement: 'The activity met its stated learning objectives.' },
  { id: 'relevance', kind: 'scale', statement: 'The content is relevant to my training or clinical practice.' },
  {
    id: 'balance',
    kind: 'scale',
    statement: 'The content was balanced, and supported by the evidence it cited.',
  },
  { id: 'bias', kind: 'scale', statement: 'The content was free of commercial bias.' },
  {
    id: 'change',
    kind: 'scale',
    statement: 'I intend to change how I use social media in my professional life because of this activity.',
  },
  {
    id: 'format',
    kind: 'scale',
    statement: 'The format (modules, scenarios and assessment) helped me learn.',
  },
  {
    id: 'plans',
    kind: 'text',
    question: 'What, if anything, will you do differently?',
    hint: 'Optional. For example, a setting you will change or a habit you will start.',
  },
  {
    id: 'comments',
    kind: 'text',
    question: 'Any other comments, including any commercial bias you noticed?',
    hint: 'Optional. Please do not include anything that could identify a patient.',
  },
];

/** The items the learner must answer. */
export const REQUIRED_ITEMS = EVALUATION_ITEMS.filter((item) => item.kind === 'scale');

/** What the learner wrote or chose, as the completion record lists it: the question and the answer in words. */
export function describeAnswers(answers: Record<string, string>): { id: string; question: string; answer: string }[] {
  return EVALUATION_ITEMS.map((item) => {
    const answer = answers[item.id] ?? '';
    return item.kind === 'scale'
      ? {
          id: item.id,
          question: item.statement,
          answer: AGREEMENT_SCALE.find((point) => point.value === answer)?.label ?? '',
        }
      : { id: item.id, question: item.question, answer: answer.trim() };
  });
}
