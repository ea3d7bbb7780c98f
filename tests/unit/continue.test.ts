import { describe, expect, test } from 'vitest';
import { continueTarget, type CourseModuleLink } from '../../src/lib/progress/continue';
import type { LastVisitRecord, ModuleStatus, ScenarioStatus } from '../../src/lib/storage';

const course: CourseModuleLink[] = [
  { id: 'introduction', title: 'Introduction', path: '/modules/introduction/' },
  { id: 'professionalism', title: 'Professionalism', path: '/modules/professionalism/' },
  { id: 'spine-care', title: 'Spine Care', path: '/modules/spine-care/' },
];
const at = '2026-11-29T10:00:00.000Z';
const started: ModuleStatus = { startedAt: at, lastVisitedAt: at, completedAt: null };
const finished: ModuleStatus = { ...started, completedAt: at };
const visit = (path: string, title: string, kind: LastVisitRecord['kind']): LastVisitRecord => ({
  learnerId: 'l',
  path,
  title,
  kind,
  visitedAt: at,
  recordVersion: 2,
});
const none = { modules: {}, scenarios: {}, lastVisit: null };

describe('continueTarget', () => {
  test('a new learner starts', () => {
    expect(continueTarget(course, none)).toEqual({ kind: 'start' });
  });

  test('back to the unfinished module the learner was last in', () => {
    expect(
      continueTarget(course, {
        ...none,
        modules: { professionalism: started },
        lastVisit: visit('/modules/professionalism/', 'Professionalism', 'module'),
      }),
    ).toEqual({ kind: 'resume', path: '/modules/professionalism/', title: 'Professionalism' });
  });

  test('on to the first unfinished module once the last one visited is finished', () => {
    expect(
      continueTarget(course, {
        ...none,
        modules: { introduction: finished, professionalism: finished },
        lastVisit: visit('/modules/professionalism/', 'Professionalism', 'module'),
      }),
    ).toEqual({ kind: 'next', path: '/modules/spine-care/', title: 'Spine Care' });
  });

  test('back into a scenario still in progress, but not into a finished one', () => {
    const inScenario = visit('/scenarios/dm/', 'A patient messages', 'scenario');
    const scenario = (inProgress: boolean): ScenarioStatus => ({
      inProgress,
      finished: inProgress ? 0 : 1,
      bestRating: null,
      lastEndedAt: null,
    });
    expect(
      continueTarget(course, { modules: {}, scenarios: { dm: scenario(true) }, lastVisit: inScenario }),
    ).toMatchObject({
      kind: 'resume',
      path: '/scenarios/dm/',
    });
    expect(
      continueTarget(course, { modules: {}, scenarios: { dm: scenario(false) }, lastVisit: inScenario }),
    ).toMatchObject({
      kind: 'next',
      path: '/modules/introduction/',
    });
  });

  test('every module finished: review progress', () => {
    expect(
      continueTarget(course, {
        ...none,
        modules: { introduction: finished, professionalism: finished, 'spine-care': finished },
      }),
    ).toEqual({ kind: 'review', path: '/progress/' });
  });
});
