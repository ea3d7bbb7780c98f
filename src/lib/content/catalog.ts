/** The course's IDs as a progress file must use them (see `CourseCatalog`), built from the validated content. */
import type { Question } from '../../content/schemas/question';
import type { Scenario } from '../../scenarios/types';
import { choiceIds } from '../assessment/draw';
import type { CourseCatalog } from '../storage/backup-format';
import { THEME_IDS } from './themes';

export function courseCatalog(input: {
  moduleIds: readonly string[];
  scenarios: readonly Scenario[];
  questions: readonly Question[];
  evaluationItems: readonly { id: string }[];
}): CourseCatalog {
  return {
    modules: [...input.moduleIds],
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
    questions: Object.fromEntries(input.questions.map((question) => [question.id, choiceIds(question)])),
    themes: [...THEME_IDS],
    evaluationItems: input.evaluationItems.map((item) => item.id),
  };
}
