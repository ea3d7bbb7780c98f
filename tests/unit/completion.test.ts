import { describe, expect, test } from 'vitest';
import { completionSteps, isComplete, readyToAttest, type CourseOutline } from '../../src/lib/completion';
import {
  bestPassingAttempt,
  certificateFileName,
  completionContent,
  localDate,
  sharePercent,
} from '../../src/lib/completion/issue';
import { createCompletionFile } from '../../src/lib/certificate/record';
import { checkCompletionFile } from '../../src/lib/certificate/shape';
import type { AssessmentAttemptRecord, ProgressSnapshot } from '../../src/lib/storage';

const outline: CourseOutline = {
  modules: [
    { id: 'compliance-confidentiality', title: 'Compliance and Confidentiality', href: '/modules/cc/', checkItems: 5 },
    { id: 'spine-care', title: 'Spine Care', href: '/modules/sc/', checkItems: 5 },
  ],
  themes: [
    {
      id: 'compliance-confidentiality',
      title: 'Compliance and Confidentiality',
      scenarios: [
        { id: 'dm', title: 'A direct message', href: '/scenarios/dm/' },
        { id: 'photo', title: 'A photo', href: '/scenarios/photo/' },
      ],
    },
    {
      id: 'spine-care',
      title: 'Spine Care',
      scenarios: [{ id: 'video', title: 'A video', href: '/scenarios/video/' }],
    },
  ],
};
const links = {
  assessment: '/assessment/',
  evaluation: '/evaluation/',
  attestation: '#attestation',
  verify: '/verify/',
};
const at = '2026-11-20T09:00:00.000Z';

function progress(overrides: Partial<ProgressSnapshot> = {}): ProgressSnapshot {
  return {
    learnerId: 'learner',
    learnerName: '',
    learnerExists: true,
    activeLearnerId: 'learner',
    modules: {},
    scenarios: {},
    assessment: { inProgress: false, submitted: 0, bestPercent: null, passed: false },
    knowledgeChecks: {},
    lastVisit: null,
    activeTime: { total: 0, module: 0, scenario: 0, assessment: 0 },
    evaluation: null,
    attestation: null,
    certificates: [],
    assignments: [],
    pretest: null,
    ...overrides,
  };
}

const finishedScenario = { inProgress: false, finished: 1, bestRating: 'acceptable' as const, lastEndedAt: at };
const done = progress({
  modules: {
    'compliance-confidentiality': { startedAt: at, lastVisitedAt: at, completedAt: at },
    'spine-care': { startedAt: at, lastVisitedAt: at, completedAt: at },
  },
  scenarios: { photo: finishedScenario, video: finishedScenario },
  assessment: { inProgress: false, submitted: 2, bestPercent: 90, passed: true },
  evaluation: { status: 'submitted', updatedAt: at, submittedAt: at },
  attestation: { attestedAt: '2026-11-21T23:30:00.000Z', activeMinutes: 140 },
  activeTime: { total: 143 * 60_000 + 59_000, module: 100 * 60_000, scenario: 30 * 60_000, assessment: 13 * 60_000 },
});

describe('completionSteps', () => {
  test('a new learner has five steps, none done, each linking to where it is done', () => {
    const steps = completionSteps(progress(), outline, links);
    expect(steps.map((step) => [step.id, step.done, step.href])).toEqual([
      ['modules', false, '/modules/cc/'],
      ['scenarios', false, '/scenarios/dm/'],
      ['assessment', false, '/assessment/'],
      ['evaluation', false, '/evaluation/'],
      ['attestation', false, '#attestation'],
    ]);
    expect(readyToAttest(steps)).toBe(false);
    expect(isComplete(steps)).toBe(false);
  });

  test('one scenario of any kind finished per theme counts; a theme without one links to its first scenario', () => {
    const steps = completionSteps(progress({ scenarios: { photo: finishedScenario } }), outline, links);
    const scenarios = steps.find((step) => step.id === 'scenarios')!;
    expect(scenarios.parts.map((part) => [part.id, part.done, part.href])).toEqual([
      ['compliance-confidentiality', true, '/scenarios/photo/'],
      ['spine-care', false, '/scenarios/video/'],
    ]);
    expect(scenarios).toMatchObject({ done: false, href: '/scenarios/video/' });
  });

  test('a started but unfinished module or scenario, a failed assessment and a never-submitted evaluation do not count', () => {
    const steps = completionSteps(
      progress({
        modules: { 'spine-care': { startedAt: at, lastVisitedAt: at, completedAt: null } },
        scenarios: { video: { inProgress: true, finished: 0, bestRating: null, lastEndedAt: null } },
        assessment: { inProgress: false, submitted: 3, bestPercent: 75, passed: false },
        evaluation: { status: 'draft', updatedAt: at, submittedAt: null },
      }),
      outline,
      links,
    );
    expect(steps.every((step) => !step.done)).toBe(true);
  });

  test('an evaluation changed after it was submitted still counts: the submission stands', () => {
    const steps = completionSteps(
      progress({ evaluation: { status: 'draft', updatedAt: at, submittedAt: at } }),
      outline,
      links,
    );
    expect(steps.find((step) => step.id === 'evaluation')?.done).toBe(true);
  });

  test('everything but the attestation makes the learner ready to attest; the attestation completes it', () => {
    const ready = completionSteps({ ...done, attestation: null }, outline, links);
    expect(readyToAttest(ready)).toBe(true);
    expect(isComplete(ready)).toBe(false);
    expect(isComplete(completionSteps(done, outline, links))).toBe(true);
  });
});

function attempt(percent: number, passed: boolean, id: number): AssessmentAttemptRecord {
  return {
    id,
    uid: `attempt-${id}`,
    learnerId: 'learner',
    status: 'submitted',
    seed: id,
    items: [],
    answers: {},
    answeredAt: {},
    passMark: 0.8,
    startedAt: at,
    submittedAt: at,
    result: { earned: 0, possible: 20, percent, passed, byTheme: [], items: [] },
    recordVersion: 2,
  };
}

describe('completion rules a program sets', () => {
  const rules = { minActiveMinutes: 90, requireKnowledgeChecks: true };

  test('with both set, the knowledge checks come after the modules and the active time before the attestation', () => {
    const steps = completionSteps(done, outline, links, rules);
    expect(steps.map((step) => step.id)).toEqual([
      'modules',
      'knowledgeChecks',
      'scenarios',
      'assessment',
      'evaluation',
      'activeTime',
      'attestation',
    ]);
    expect(isComplete(steps)).toBe(false);
    const checks = steps.find((step) => step.id === 'knowledgeChecks')!;
    expect(checks.href).toBe('/modules/cc/#knowledge-check-heading');
    expect(checks.parts.map((part) => part.done)).toEqual([false, false]);
  });

  test('met: every check answered in full and enough active time', () => {
    const met = {
      ...done,
      knowledgeChecks: {
        'compliance-confidentiality': { answered: 5, earned: 3 },
        'spine-care': { answered: 5, earned: 5 },
      },
      activeTime: { total: 90 * 60_000, module: 90 * 60_000, scenario: 0, assessment: 0 },
    };
    expect(isComplete(completionSteps(met, outline, links, rules))).toBe(true);
    const short = { ...met, activeTime: { ...met.activeTime, total: 89 * 60_000 + 59_999 } };
    const steps = completionSteps(short, outline, links, rules);
    expect(steps.find((step) => step.id === 'activeTime')?.done).toBe(false);
    expect(readyToAttest(steps)).toBe(false);
  });

  test('unset, the rule is the course’s five steps', () => {
    expect(completionSteps(done, outline, links).map((step) => step.id)).toHaveLength(5);
  });
});

describe('completionContent', () => {
  const input = {
    certificateId: 'PWC-7K3M-9QXR-2D4F',
    learnerName: 'José Núñez',
    credentials: '',
    issuedAt: new Date('2026-11-29T10:00:00.000Z'),
    settings: { activityTitle: 'Posting with Care', issuer: 'Open course', creditStatement: 'No CME credit.' },
    outline,
    progress: done,
    attempts: [attempt(70, false, 1), attempt(87.46, true, 2), attempt(85, true, 3)],
    evaluation: {
      learnerId: 'learner',
      answers: { objectives: '5' },
      submittedAnswers: { objectives: '5' },
      status: 'submitted' as const,
      updatedAt: at,
      submittedAt: at,
      recordVersion: 1 as const,
    },
    evaluationAnswers: [{ id: 'objectives', question: 'Objectives met.', answer: 'Strongly agree' }],
    shareEvaluation: false,
    attestation: {
      learnerId: 'learner',
      statement: 'I completed this activity myself.',
      attestedAt: '2026-11-21T23:30:00.000Z',
      activeMinutes: 140,
      recordVersion: 1 as const,
    },
  };

  test('certifies the best passing score (one decimal), its pass mark, and the active minutes attested to', () => {
    const { record } = completionContent(input);
    expect(record).toMatchObject({
      certificateId: 'PWC-7K3M-9QXR-2D4F',
      learnerName: 'José Núñez',
      scorePercent: 87.5,
      passMarkPercent: 80,
      activeMinutes: 140,
      creditStatement: 'No CME credit.',
      organization: 'Open course',
      formatVersion: 2,
      credentials: '',
    });
  });

  test('certifies the credentials given, printed after the name', () => {
    expect(completionContent({ ...input, credentials: 'MD, PhD' }).record).toMatchObject({
      learnerName: 'José Núñez',
      credentials: 'MD, PhD',
    });
  });

  test('the completion date is the attestation’s date in the learner’s own time zone', () => {
    const zone = process.env.TZ;
    try {
      process.env.TZ = 'Pacific/Auckland';
      expect(completionContent(input).record.completedOn).toBe('2026-11-22');
      process.env.TZ = 'America/Los_Angeles';
      expect(completionContent(input).record.completedOn).toBe('2026-11-21');
    } finally {
      process.env.TZ = zone;
    }
  });

  test('details list the modules, the finished scenarios, the evaluation and the attestation, and pass the shape check', async () => {
    const { record, details } = completionContent(input);
    expect(details.modules.map((module) => module.id)).toEqual(['compliance-confidentiality', 'spine-care']);
    expect(details.scenarios.map((scenario) => [scenario.id, scenario.theme])).toEqual([
      ['photo', 'compliance-confidentiality'],
      ['video', 'spine-care'],
    ]);
    expect(details.assessment).toMatchObject({ attemptId: 2, attempts: 3, percent: 87.5 });
    expect(details.evaluation).toEqual({ submittedAt: at, shared: false, answers: [] });
    const file = await createCompletionFile(record, details);
    expect(checkCompletionFile(JSON.parse(JSON.stringify(file)))).toMatchObject({ ok: true });
  });

  test('evaluation answers are left out by default: the record has only the submission date', () => {
    const { details } = completionContent(input);
    expect(details.evaluation).toEqual({ submittedAt: at, shared: false, answers: [] });
    expect(JSON.stringify(details)).not.toContain('Strongly agree');
  });

  test('evaluation answers are included when the learner shares them', async () => {
    const { record, details } = completionContent({ ...input, shareEvaluation: true });
    expect(details.evaluation).toEqual({ submittedAt: at, shared: true, answers: input.evaluationAnswers });
    const file = await createCompletionFile(record, details);
    expect(checkCompletionFile(JSON.parse(JSON.stringify(file)))).toEqual({ ok: true, file });
  });

  test('the assessment details carry the points by theme of the best passing attempt', async () => {
    const best = attempt(87.46, true, 2);
    best.result!.byTheme = [
      { theme: 'compliance-confidentiality', title: 'Compliance and Confidentiality', earned: 9.5, possible: 11 },
      { theme: 'spine-care', title: 'Spine Care', earned: 8, possible: 9 },
    ];
    const { record, details } = completionContent({ ...input, attempts: [attempt(70, false, 1), best] });
    expect(details.assessment.byTheme).toEqual(best.result!.byTheme);
    const file = await createCompletionFile(record, details);
    expect(checkCompletionFile(JSON.parse(JSON.stringify(file)))).toEqual({ ok: true, file });
  });

  test('a file made before the evaluation choice and the scores by theme still reads', async () => {
    const { record, details } = completionContent({ ...input, shareEvaluation: true });
    const { byTheme: _, ...assessment } = details.assessment;
    const { shared: __, ...evaluation } = details.evaluation;
    const file = await createCompletionFile(record, { ...details, assessment, evaluation });
    const read = checkCompletionFile(JSON.parse(JSON.stringify(file)));
    expect(read).toEqual({ ok: true, file });
    expect(read.ok && read.file.details.evaluation.answers).toEqual(input.evaluationAnswers);
  });

  test('with a submitted pre-test, the details carry it and the gain by theme against the attempt certified', async () => {
    const best = attempt(87.46, true, 2);
    best.result!.byTheme = [
      { theme: 'compliance-confidentiality', title: 'Compliance and Confidentiality', earned: 6, possible: 7 },
      { theme: 'spine-care', title: 'Spine Care', earned: 7, possible: 7 },
    ];
    const pretest = {
      learnerId: 'learner',
      seed: 5,
      items: [],
      answers: {},
      answeredAt: {},
      startedAt: '2026-11-10T09:00:00.000Z',
      submittedAt: '2026-11-10T09:12:00.000Z',
      result: {
        earned: 2.5,
        possible: 6,
        percent: 41.6,
        byTheme: [
          { theme: 'compliance-confidentiality', title: 'Compliance and Confidentiality', earned: 1, possible: 3 },
          { theme: 'spine-care', title: 'Spine Care', earned: 1.5, possible: 3 },
        ],
        items: [],
      },
      recordVersion: 1 as const,
    };
    const { record, details } = completionContent({ ...input, attempts: [attempt(70, false, 1), best], pretest });
    expect(details.pretest).toEqual({
      submittedAt: '2026-11-10T09:12:00.000Z',
      percent: 41.6,
      byTheme: pretest.result.byTheme,
      gain: [
        {
          theme: 'compliance-confidentiality',
          title: 'Compliance and Confidentiality',
          pretestPercent: 33.3,
          finalPercent: 85.7,
        },
        { theme: 'spine-care', title: 'Spine Care', pretestPercent: 50, finalPercent: 100 },
      ],
    });
    // Not certified: the code covers the printed fields only.
    expect(record).toEqual(completionContent({ ...input, attempts: [attempt(70, false, 1), best] }).record);
    const file = await createCompletionFile(record, details);
    expect(checkCompletionFile(JSON.parse(JSON.stringify(file)))).toEqual({ ok: true, file });

    // A pre-test not submitted, or none, adds nothing.
    expect(
      completionContent({ ...input, pretest: { ...pretest, submittedAt: null, result: null } }).details,
    ).not.toHaveProperty('pretest');
    expect(completionContent(input).details).not.toHaveProperty('pretest');

    // A damaged pre-test in the attached file is refused, naming the field.
    const bad = JSON.parse(JSON.stringify(file)) as { details: { pretest: { gain: { finalPercent: number }[] } } };
    bad.details.pretest.gain[0]!.finalPercent = 140;
    expect(checkCompletionFile(bad)).toMatchObject({
      ok: false,
      problem: expect.stringContaining('details.pretest.gain[0].finalPercent'),
    });
  });

  test('refuses to certify without a passing attempt', () => {
    expect(() => completionContent({ ...input, attempts: [attempt(70, false, 1)] })).toThrow(/not been passed/);
  });
});

describe('bestPassingAttempt', () => {
  test('ignores attempts that did not pass, however high', () => {
    expect(bestPassingAttempt([attempt(95, false, 1), attempt(82, true, 2)])?.id).toBe(2);
    expect(bestPassingAttempt([])).toBeNull();
  });
});

describe('sharePercent', () => {
  test('keeps one decimal, so a pass mark of 0.825 reads 82.5 everywhere', () => {
    expect(sharePercent(0.8)).toBe(80);
    expect(sharePercent(0.825)).toBe(82.5);
  });
});

describe('localDate', () => {
  test('pads month and day', () => {
    expect(localDate(new Date(2026, 0, 5, 12))).toBe('2026-01-05');
  });
});

describe('certificateFileName', () => {
  test('names the file after the certificate ID', () => {
    expect(certificateFileName('PWC-7K3M-9QXR-2D4F')).toBe('posting-with-care-certificate-PWC-7K3M-9QXR-2D4F.pdf');
  });
});
