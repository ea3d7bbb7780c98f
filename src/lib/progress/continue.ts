/** Where "Continue" on the home page should take the learner. Pure: reads a progress snapshot, decides. */
import type { ProgressSnapshot } from '../storage';

export interface CourseModuleLink {
  id: string;
  title: string;
  href: string;
}

export type ContinueTarget =
  | { kind: 'start' }
  | { kind: 'resume'; href: string; title: string }
  | { kind: 'next'; href: string; title: string }
  | { kind: 'review'; href: string };

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
  if (!next) return { kind: 'review', href: '/progress/' };
  if (lastVisit) {
    const lastModule = course.find((module) => module.href === lastVisit.path);
    const inScenario =
      lastVisit.kind === 'scenario' &&
      Object.entries(scenarios).some(([id, status]) => status.inProgress && lastVisit.path === `/scenarios/${id}/`);
    if (inScenario || (lastModule && !modules[lastModule.id]?.completedAt)) {
      return { kind: 'resume', href: lastVisit.path, title: lastVisit.title };
    }
  }
  if (lastVisit || Object.keys(modules).length > 0) return { kind: 'next', href: next.href, title: next.title };
  return { kind: 'start' };
}
