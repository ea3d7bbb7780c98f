/**
 * Build-time access to course content for pages and components. Everything is read from the validated
 * collections and returned in course order; lookups by ID throw rather than render something wrong.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { AstroError } from 'astro/errors';
import { findLibraryProblems } from '../lib/scenario/library';
import { practicesOfScenario } from '../schemas/scenario-graph';
import { scenarios } from '../scenarios';
import type { Scenario } from '../schemas/scenario';
import { PRACTICE_IDS, THEMES, isPracticeId, practiceAnchor, type PracticeId, type ThemeId } from '../schemas/themes';
import type { Question } from '../schemas/question';
import type { PracticeLink } from '../components/types';
import type { CourseOutline } from '../lib/completion';
import { courseCatalog } from '../lib/content/catalog';
import { countMdxWords, countWords, courseTime, moduleMinutes, type CourseTime } from '../lib/content/time';
import { THEME_QUOTAS } from '../lib/assessment/draw';
import type { CourseCatalog } from '../lib/storage';
import { EVALUATION_ITEMS } from './evaluation';
import { url } from '../lib/url';

export type PracticeEntry = CollectionEntry<'practices'>;
export type ModuleEntry = CollectionEntry<'modules'>;
export type ReferenceEntry = CollectionEntry<'references'>;

/** All 32 practices in course order. */
export async function getPractices(): Promise<PracticeEntry['data'][]> {
  const entries = await getCollection('practices');
  return entries
    .map((entry) => entry.data)
    .sort((a, b) => PRACTICE_IDS.indexOf(a.id as PracticeId) - PRACTICE_IDS.indexOf(b.id as PracticeId));
}

/** One practice by ID; throws on an ID that does not exist. */
export async function getPractice(id: string): Promise<PracticeEntry['data']> {
  if (!isPracticeId(id)) throw new Error(`Unknown practice ID "${id}".`);
  const practice = (await getPractices()).find((candidate) => candidate.id === id);
  if (!practice) throw new Error(`Practice "${id}" is missing from the practices collection.`);
  return practice;
}

/** The introduction and the four theme modules, in course order. */
export async function getModules(): Promise<ModuleEntry[]> {
  return (await getCollection('modules')).sort((a, b) => a.data.order - b.data.order);
}

/** The module that teaches a theme's practices. */
export async function getModuleOfTheme(theme: ThemeId): Promise<ModuleEntry> {
  const module = (await getModules()).find((candidate) => candidate.data.theme === theme);
  if (!module) throw new Error(`No module teaches the theme "${theme}".`);
  return module;
}

/** The URL of a module page. */
export function moduleHref(module: ModuleEntry): string {
  return url(`modules/${module.id}/`);
}

/**
 * A module's estimated minutes, computed from its words (the MDX body and the practice cards it renders) at the
 * stated reading rate, plus its knowledge check.
 */
export async function getModuleMinutes(module: ModuleEntry): Promise<number> {
  const practices = await getPractices();
  const cardWords = module.data.practices.reduce((sum, id) => {
    const practice = practices.find((candidate) => candidate.id === id)!;
    const text = [practice.title, practice.statement, practice.why, ...practice.examples.map((e) => e.text)];
    return sum + countWords(text.join(' '));
  }, 0);
  const checkItems = module.data.theme === 'introduction' ? 0 : (await getKnowledgeCheck(module.data.theme)).length;
  return moduleMinutes(countMdxWords(module.body ?? '') + cardWords, checkItems);
}

/** What a full completion takes: modules, one scenario per theme, the final assessment and the evaluation. */
export async function getCourseTime(): Promise<CourseTime> {
  const modules = await Promise.all((await getModules()).map(getModuleMinutes));
  const scenarioMinutes = THEMES.map((theme) => getScenariosOfTheme(theme.id).map((scenario) => scenario.minutes));
  const items = Object.values(THEME_QUOTAS).reduce((sum, count) => sum + count, 0);
  return courseTime(modules, scenarioMinutes, items);
}

/** All references: the source paper first, then the paper's reference order. */
export async function getReferences(): Promise<ReferenceEntry['data'][]> {
  const entries = await getCollection('references');
  const firstRef = (reference: ReferenceEntry['data']) => reference.paperRefs[0] ?? 0;
  return entries.map((entry) => entry.data).sort((a, b) => firstRef(a) - firstRef(b));
}

/** One reference by ID; throws on an ID that does not exist. */
export async function getReference(id: string): Promise<ReferenceEntry['data']> {
  const reference = (await getReferences()).find((candidate) => candidate.id === id);
  if (!reference) throw new Error(`Unknown reference ID "${id}": add it to src/content/references.yaml.`);
  return reference;
}

/** The scenario library, validated: a broken scenario stops the build with a message naming scenario and node. */
export function getScenarios(): readonly Scenario[] {
  const problems = findLibraryProblems(scenarios);
  if (problems.length > 0) {
    throw new AstroError(`The scenario library is invalid:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
  }
  return scenarios;
}

/** Scenarios that exercise a practice through a choice or an ending. */
export function getScenariosForPractice(id: string): Scenario[] {
  return getScenarios().filter((scenario) => practicesOfScenario(scenario).has(id));
}

/** Scenarios of a theme, in library order. */
export function getScenariosOfTheme(theme: string): Scenario[] {
  return getScenarios().filter((scenario) => scenario.theme === theme);
}

/** The URL of a scenario page. */
export function scenarioHref(scenario: Scenario): string {
  return url(`scenarios/${scenario.id}/`);
}

/** The question bank, in file order (theme by theme). */
export async function getQuestions(): Promise<Question[]> {
  const entries = await getCollection('questions');
  return entries.map((entry) => entry.data as Question);
}

/** The knowledge-check items of a theme module. */
export async function getKnowledgeCheck(theme: string): Promise<Question[]> {
  const prefix = THEMES.find((candidate) => candidate.id === theme)?.prefix;
  return (await getQuestions()).filter(
    (question) => question.knowledgeCheck && prefix && question.practices[0]?.startsWith(`${prefix}-`),
  );
}

/** Title and URL of every practice, by ID, for links from interactive views. */
export async function getPracticeLinks(): Promise<Record<string, PracticeLink>> {
  return Object.fromEntries(
    (await getPractices()).map((practice) => [
      practice.id,
      { id: practice.id, title: practice.title, href: url(`practices/#${practiceAnchor(practice.id as PracticeId)}`) },
    ]),
  );
}

/** The course's shape as the completion rule needs it: the theme modules, and each theme's scenarios. */
export async function getCompletionOutline(): Promise<CourseOutline> {
  const modules = (await getModules()).filter((module) => module.data.theme !== 'introduction');
  const empty = THEMES.filter((theme) => getScenariosOfTheme(theme.id).length === 0);
  if (empty.length > 0) {
    // Completion needs a finished scenario in every theme: without one the step could never be met.
    throw new AstroError(
      `No scenario for ${empty.map((theme) => theme.title).join(', ')}: completion would be impossible.`,
    );
  }
  const checks = await Promise.all(modules.map((module) => getKnowledgeCheck(module.data.theme)));
  return {
    modules: modules.map((module, index) => ({
      id: module.id,
      title: module.data.title,
      href: moduleHref(module),
      checkItems: checks[index]!.length,
    })),
    themes: THEMES.map((theme) => ({
      id: theme.id,
      title: theme.title,
      scenarios: getScenariosOfTheme(theme.id).map((scenario) => ({
        id: scenario.id,
        title: scenario.title,
        href: scenarioHref(scenario),
      })),
    })),
  };
}

/** The source paper's citation as one line of plain text, for the certificate. */
export async function getSourceCitation(): Promise<string> {
  const source = await getReference('cupler-2025');
  return `Adapted from ${source.authors}. ${source.title}. ${source.venue}, ${source.year}. doi:${source.doi}`;
}

/** The course's IDs as a restored progress file must use them. */
export async function getCourseCatalog(): Promise<CourseCatalog> {
  return courseCatalog({
    modules: (await getModules()).map((module) => ({ id: module.id, theme: module.data.theme })),
    scenarios: getScenarios(),
    questions: await getQuestions(),
    evaluationItems: EVALUATION_ITEMS,
  });
}

/** Every scenario's title, page and ending titles, by ID, for the history on /progress/. */
export function getScenarioEntries(): Record<string, { title: string; href: string; endings: Record<string, string> }> {
  return Object.fromEntries(
    getScenarios().map((scenario) => [
      scenario.id,
      {
        title: scenario.title,
        href: scenarioHref(scenario),
        endings: Object.fromEntries(
          Object.entries(scenario.nodes).flatMap(([id, node]) => (node.kind === 'ending' ? [[id, node.title]] : [])),
        ),
      },
    ]),
  );
}

/** What an assignment can name: every module and scenario with its title and course path, keyed `m:`/`s:` + ID. */
export async function getAssignable(): Promise<{
  catalog: { modules: string[]; scenarios: string[] };
  items: Record<string, { title: string; path: string }>;
  modules: { id: string; title: string }[];
  themes: { id: string; title: string; scenarios: { id: string; title: string }[] }[];
}> {
  const modules = await getModules();
  const scenarios = getScenarios();
  return {
    catalog: { modules: modules.map((module) => module.id), scenarios: scenarios.map((scenario) => scenario.id) },
    items: Object.fromEntries([
      ...modules.map((module) => [`m:${module.id}`, { title: module.data.title, path: `/modules/${module.id}/` }]),
      ...scenarios.map((scenario) => [
        `s:${scenario.id}`,
        { title: scenario.title, path: `/scenarios/${scenario.id}/` },
      ]),
    ]),
    modules: modules.map((module) => ({ id: module.id, title: module.data.title })),
    themes: THEMES.map((theme) => ({
      id: theme.id,
      title: theme.title,
      scenarios: getScenariosOfTheme(theme.id).map((scenario) => ({ id: scenario.id, title: scenario.title })),
    })),
  };
}
