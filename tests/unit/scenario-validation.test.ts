import { describe, expect, test } from 'vitest';
import { findScenarioProblems, longestDecisionCount } from '../../src/schemas/scenario-graph';
import { findLibraryProblems, findScenarioFileProblems } from '../../src/lib/scenario/library';
import { scenarios } from '../../src/scenarios';
import type { Scenario } from '../../src/schemas/scenario';

const choice = (id: string, next: string, score: 0 | 1 | 2 = 1) => ({
  id,
  label: `Choose ${id}`,
  feedback: 'Because PR-2 says so.',
  score,
  practices: ['PR-2' as const],
  next,
});
const ending = (rating: 'best' | 'acceptable' | 'harmful') => ({
  kind: 'ending' as const,
  title: `A ${rating} ending`,
  rating,
  debrief: ['What happened.'],
  practices: ['PR-2' as const],
});

/** A small valid scenario: three decisions in a row, three endings. */
function fixture(): Scenario {
  return {
    id: 'fixture',
    version: 1,
    title: 'Fixture',
    summary: 'A test scenario.',
    theme: 'professionalism',
    setting: 'A test',
    role: 'Tester',
    profession: 'trainee',
    care: 'both',
    cast: [],
    minutes: 3,
    start: 'intro',
    nodes: {
      intro: { kind: 'narrative', title: 'Intro', body: ['Start.'], next: 'one' },
      one: { kind: 'decision', title: 'One', prompt: '?', choices: [choice('a', 'two', 2), choice('b', 'bad', 0)] },
      two: { kind: 'decision', title: 'Two', prompt: '?', choices: [choice('a', 'three', 2), choice('b', 'ok')] },
      three: { kind: 'decision', title: 'Three', prompt: '?', choices: [choice('a', 'good', 2), choice('b', 'ok')] },
      good: ending('best'),
      ok: ending('acceptable'),
      bad: ending('harmful'),
    },
  };
}

describe('findScenarioProblems', () => {
  test('accepts a valid scenario', () => {
    expect(findScenarioProblems(fixture())).toEqual([]);
    expect(longestDecisionCount(fixture())).toBe(3);
  });

  test('rejects a dangling target, naming scenario, node and choice', () => {
    const scenario = fixture();
    scenario.nodes.two = {
      kind: 'decision',
      title: 'Two',
      prompt: '?',
      choices: [choice('a', 'three'), choice('b', 'missing')],
    };
    expect(findScenarioProblems(scenario)).toContain(
      'scenario "fixture", node "two": choice "b" leads to "missing", which is not a node.',
    );
  });

  test('rejects a node that cannot be reached from start', () => {
    const scenario = fixture();
    scenario.nodes.orphan = { kind: 'narrative', title: 'Orphan', body: ['Nobody comes here.'], next: 'good' };
    expect(findScenarioProblems(scenario)).toContain(
      'scenario "fixture", node "orphan": cannot be reached from start.',
    );
  });

  test('rejects a loop that could trap a learner (a dead end with no ending)', () => {
    const scenario = fixture();
    scenario.nodes.three = {
      kind: 'decision',
      title: 'Three',
      prompt: '?',
      choices: [choice('a', 'good'), choice('b', 'two')],
    };
    expect(findScenarioProblems(scenario).join('\n')).toMatch(/node "two": loops back on itself \(two → three → two\)/);
  });

  test('rejects an unknown practice ID in a choice or an ending', () => {
    const scenario = fixture();
    const one = scenario.nodes.one;
    if (one?.kind !== 'decision') throw new Error('fixture changed');
    one.choices[0] = { ...one.choices[0]!, practices: ['PR-7' as 'PR-1'] };
    scenario.nodes.ok = { ...ending('acceptable'), practices: ['XX-1' as 'PR-1'] };
    const problems = findScenarioProblems(scenario);
    expect(problems).toContain('scenario "fixture", node "one": choice "a" names unknown practice "PR-7".');
    expect(problems).toContain('scenario "fixture", node "ok": the ending names unknown practice "XX-1".');
  });

  test('rejects too few endings, too few decisions and a bad choice count', () => {
    const scenario = fixture();
    scenario.nodes.one = { kind: 'decision', title: 'One', prompt: '?', choices: [choice('a', 'good')] };
    const problems = findScenarioProblems(scenario);
    expect(problems).toContain('scenario "fixture", node "one": a decision has 2 to 4 choices, not 1.');
    expect(problems.join('\n')).toMatch(/has 1 endings; at least 3 are needed|longest path has 1 decisions/);
  });

  test('rejects a missing start and a duplicate choice ID', () => {
    const scenario = { ...fixture(), start: 'nowhere' };
    expect(findScenarioProblems(scenario)).toContain('scenario "fixture": start "nowhere" is not a node.');
    const duplicate = fixture();
    duplicate.nodes.one = {
      kind: 'decision',
      title: 'One',
      prompt: '?',
      choices: [choice('a', 'two'), choice('a', 'bad')],
    };
    expect(findScenarioProblems(duplicate)).toContain('scenario "fixture", node "one": choice "a" appears twice.');
  });
});

describe('findLibraryProblems', () => {
  test('the course library passes every rule', () => {
    expect(findLibraryProblems(scenarios)).toEqual([]);
  });

  test('reports practices no scenario exercises, thin themes and duplicate IDs', () => {
    const problems = findLibraryProblems([fixture(), fixture()]);
    expect(problems).toContain('scenario "fixture": the ID is used twice.');
    expect(problems).toContain('The library has 2 scenarios; at least 12 are needed.');
    expect(problems).toContain('Spine Care has 0 scenarios; at least 3 are needed.');
    expect(problems.join('\n')).toMatch(/No scenario exercises CC-1, CC-2, .*SC-11\./);
  });
});

describe('mock checks', () => {
  test('rejects a scene detail the scene cannot draw, and duplicate comment IDs', () => {
    const scenario = fixture();
    scenario.nodes.intro = {
      kind: 'narrative',
      title: 'Intro',
      body: ['Start.'],
      next: 'one',
      mock: {
        kind: 'comment-thread',
        post: {
          author: { name: 'You', handle: 'you' },
          text: 'A post',
          time: 'now',
          media: {
            description: 'A photo',
            scene: {
              kind: 'scene',
              scene: 'front-desk',
              caption: 'Desk',
              details: [{ id: 'tattoo', label: 'Tattoo', description: 'A tattoo.' }],
            },
          },
        },
        comments: [
          { id: 'c1', author: { name: 'A', handle: 'a' }, text: 'One', time: 'now' },
          { id: 'c1', author: { name: 'B', handle: 'b' }, text: 'Two', time: 'now' },
        ],
      },
    };
    const problems = findScenarioFileProblems(scenario);
    expect(problems).toContain(
      'scenario "fixture", node "intro": mock: comment ID "c1" is used twice in the comment thread.',
    );
    expect(problems.join('\n')).toMatch(/node "intro": mock: the front-desk scene cannot draw a detail "tattoo"/);
  });
});
