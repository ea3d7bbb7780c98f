/**
 * The completion rule: what a learner must have done before a certificate can be generated. Plain data in, plain
 * data out, so the certificate page, the progress page and the tests all apply the same rule.
 */
import type { ProgressSnapshot } from '../storage';

/** The course's shape as the completion rule needs it. */
export interface CourseOutline {
  /** The theme modules that must be finished (not the introduction), with how many items their knowledge check has. */
  modules: { id: string; title: string; href: string; checkItems: number }[];
  /** Themes, each with the scenarios that can count for it. */
  themes: { id: string; title: string; scenarios: { id: string; title: string; href: string }[] }[];
}

/** The steps of completion, in the order a learner meets them (the knowledge checks and active time only if set). */
export type CompletionStepId =
  'modules' | 'knowledgeChecks' | 'scenarios' | 'assessment' | 'evaluation' | 'activeTime' | 'attestation';

/** What a program can add to the rule (src/config/institution.ts). */
export interface CompletionRules {
  /** Active minutes needed before the attestation, or null for none. */
  minActiveMinutes: number | null;
  /** Whether every theme module's knowledge check must be answered in full. */
  requireKnowledgeChecks: boolean;
}

export const DEFAULT_RULES: CompletionRules = { minActiveMinutes: null, requireKnowledgeChecks: false };

/** One part of a step, such as one module, with where to do it. */
export interface CompletionPart {
  id: string;
  title: string;
  href: string;
  done: boolean;
}

/** One step of the completion rule and whether it is met. */
export interface CompletionStep {
  id: CompletionStepId;
  done: boolean;
  /** Where to go to do it (the first part not done, for steps with parts). */
  href: string;
  /** The parts, for steps made of several (modules, a scenario per theme). */
  parts: CompletionPart[];
}

/** Where the assessment, evaluation and attestation are done, and where certificates are checked. */
export interface CompletionLinks {
  assessment: string;
  evaluation: string;
  attestation: string;
  verify: string;
}

/** The completion steps for a learner's progress. */
export function completionSteps(
  progress: ProgressSnapshot,
  outline: CourseOutline,
  links: CompletionLinks,
  rules: CompletionRules = DEFAULT_RULES,
): CompletionStep[] {
  const modules = outline.modules.map(({ id, title, href }) => ({
    id,
    title,
    href,
    done: Boolean(progress.modules[id]?.completedAt),
  }));
  const scenarios = outline.themes.map(({ id, title, scenarios: options }) => {
    const finished = options.find((scenario) => (progress.scenarios[scenario.id]?.finished ?? 0) > 0);
    return {
      id,
      title,
      // A theme not yet done links to its first scenario; a done one to the scenario that counted.
      href: (finished ?? options[0])?.href ?? links.assessment,
      done: Boolean(finished),
    };
  });
  const step = (id: CompletionStepId, parts: CompletionPart[], done: boolean, href: string): CompletionStep => ({
    id,
    done,
    parts,
    href: parts.find((part) => !part.done)?.href ?? href,
  });
  const checks = outline.modules.map(({ id, title, href, checkItems }) => ({
    id,
    title,
    href: `${href}#knowledge-check-heading`,
    done: (progress.knowledgeChecks[id]?.answered ?? 0) >= checkItems,
  }));
  const allModules = modules.every((part) => part.done);
  const allScenarios = scenarios.every((part) => part.done);
  const minutes = Math.floor(progress.activeTime.total / 60_000);
  return [
    step('modules', modules, allModules, modules[0]?.href ?? links.assessment),
    ...(rules.requireKnowledgeChecks
      ? [
          step(
            'knowledgeChecks',
            checks,
            checks.every((part) => part.done),
            checks[0]?.href ?? links.assessment,
          ),
        ]
      : []),
    step('scenarios', scenarios, allScenarios, scenarios[0]?.href ?? links.assessment),
    step('assessment', [], progress.assessment.passed, links.assessment),
    // A submission stands even while the learner drafts changes to it.
    step('evaluation', [], Boolean(progress.evaluation?.submittedAt), links.evaluation),
    ...(rules.minActiveMinutes !== null
      ? [
          step(
            'activeTime',
            [],
            minutes >= rules.minActiveMinutes,
            modules.find((part) => !part.done)?.href ?? modules[0]?.href ?? links.assessment,
          ),
        ]
      : []),
    step('attestation', [], progress.attestation !== null, links.attestation),
  ];
}

/** Whether every step before the attestation is met, so the learner can attest. */
export function readyToAttest(steps: readonly CompletionStep[]): boolean {
  return steps.filter((step) => step.id !== 'attestation').every((step) => step.done);
}

/** Whether the learner has met the whole rule and can generate a certificate. */
export function isComplete(steps: readonly CompletionStep[]): boolean {
  return steps.every((step) => step.done);
}
