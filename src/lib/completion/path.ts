/**
 * The way to the certificate as a learner sees it: the completion rule's steps, with the attestation and the
 * certificate itself as the last step, and the next thing to do. Shared by the home page, /progress/, the header and
 * the "Next:" links after each step, so they always agree with the certificate page.
 */
import type { ProgressSnapshot } from '../storage';
import {
  completionSteps,
  type CompletionLinks,
  type CompletionRules,
  type CompletionStepId,
  type CourseOutline,
} from './index';

/** A step on the way: a completion step, or the certificate (attest, then generate). */
export type PathStepId = Exclude<CompletionStepId, 'attestation'> | 'certificate';

export interface PathStep {
  id: PathStepId;
  done: boolean;
  /** Parts done and in all, for steps made of several (modules, a scenario per theme); null otherwise. */
  count: { done: number; total: number } | null;
  /** Where to go next for this step. */
  href: string;
  /** For the next step's link: the part to do next (a module's or scenario's title), if the step has parts. */
  nextPart: string | null;
}

/** The steps to the certificate, in order, for a learner's progress. */
export function certificatePath(
  progress: ProgressSnapshot,
  outline: CourseOutline,
  links: CompletionLinks & { certificate: string },
  rules?: CompletionRules,
): PathStep[] {
  return completionSteps(progress, outline, links, rules).map((step) => {
    const next = step.parts.find((part) => !part.done) ?? null;
    if (step.id === 'attestation') {
      return {
        id: 'certificate',
        done: step.done && progress.certificates.length > 0,
        count: null,
        href: links.certificate,
        nextPart: null,
      };
    }
    return {
      id: step.id,
      done: step.done,
      count:
        step.parts.length > 0
          ? { done: step.parts.filter((part) => part.done).length, total: step.parts.length }
          : null,
      href: step.href,
      nextPart: next?.title ?? null,
    };
  });
}

/** The first step not done, or null once the certificate is made. */
export function nextPathStep(steps: readonly PathStep[]): PathStep | null {
  return steps.find((step) => !step.done) ?? null;
}
