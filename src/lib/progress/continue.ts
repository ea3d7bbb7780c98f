/** Where "Continue" on the home page should take the learner. Pure: reads a progress snapshot, decides. */
import type { ProgressSnapshot } from '../storage';

/** A module, by its course path (`/modules/spine-care/`, without the site's base: see `src/lib/url.ts`). */
export interface CourseModuleLink {
  id: string;
  title: string;
  path: string;
}

/** Where to go, as a course path; the page makes it a link with `url()`. */
export type ContinueTarget =
  | { kind: 'start' }
  | { kind: 'resume'; path: string; title: string }
  | { kind: 'next'; path: string; title: string }
  | { kind: 'review'; path: string };

/**
 * - every module finished: review progress;
 * - last place an unfinished module, or a scenario still in progress: go back there;
 * - otherwise, once the learner has begun: the first unfinished module;
 * - a new learner: start.
 */
export function continueTarget(
  course: readonly CourseModuleLink[],
  progress: Pick<ProgressSnapshot, 'modules' | 'scenarios' | 'lastVisit'>,
): ContinueTarget {
  const { modules, scenarios, lastVisit } = progress;
  const next = course.find((module) => !modules[module.id]?.completedAt);
  if (!next) return { kind: 'review', path: '/progress/' };
  if (lastVisit) {
    const lastModule = course.find((module) => module.path === lastVisit.path);
    const inScenario =
      lastVisit.kind === 'scenario' &&
      Object.entries(scenarios).some(([id, status]) => status.inProgress && lastVisit.path === `/scenarios/${id}/`);
    if (inScenario || (lastModule && !modules[lastModule.id]?.completedAt)) {
      return { kind: 'resume', path: lastVisit.path, title: lastVisit.title };
    }
  }
  if (lastVisit || Object.keys(modules).length > 0) return { kind: 'next', path: next.path, title: next.title };
  return { kind: 'start' };
}
