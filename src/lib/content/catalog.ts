/** The course's IDs as a progress file must use them (see `CourseCatalog`), built from the validated content. */
import type { Question } from '../../schemas/question';
import type { Scenario } from '../../schemas/scenario';
import { choiceIds } from '../assessment/draw';
import type { CourseCatalog } from '../storage/backup-format';
import { THEMES, THEME_IDS } from '../../schemas/themes';

export function courseCatalog(input: {
  /** Every module, with the theme it teaches (`introduction` for the introduction). */
  modules: readonly { id: string; theme: string }[];
  scenarios: readonly Scenario[];
  questions: readonly Question[];
  evaluationItems: readonly { id: string }[];
}): CourseCatalog {
  return {
    modules: input.modules.map((module) => module.id),
    scenarios: Object.fromEntries(
      input.scenarios.map((scenario) => [
        scenario.id,
        {
          version: scenario.version,
          nodes: Object.keys(scenario.nodes),
          endings: Object.entries(scenario.nodes).flatMap(([id, node]) => (node.kind === 'ending' ? [id] : [])),
        },
      ]),
    ),
    questions: Object.fromEntries(
      input.questions.map((question) => {
        // A knowledge-check item belongs to the module of its primary practice's theme.
        const theme = THEMES.find((candidate) => question.practices[0]?.startsWith(`${candidate.prefix}-`));
        const module = question.knowledgeCheck ? input.modules.find((entry) => entry.theme === theme?.id) : undefined;
        return [question.id, { choices: choiceIds(question), module: module?.id ?? null }];
      }),
    ),
    themes: [...THEME_IDS],
    evaluationItems: input.evaluationItems.map((item) => item.id),
  };
}
