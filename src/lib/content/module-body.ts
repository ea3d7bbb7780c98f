/**
 * The practice IDs a module's MDX body renders with `<Practice id="..." />`, in the order they appear.
 * Used at build time to check that a theme module renders each of its practices exactly once.
 */
export function findRenderedPracticeIds(body: string): string[] {
  return [...body.matchAll(/<Practice\s+id=["']([^"']+)["']/g)].map((match) => match[1] ?? '');
}

/** Problems with the practices a module body renders, compared with the IDs its frontmatter declares. */
export function findModuleBodyProblems(moduleId: string, declared: readonly string[], body: string): string[] {
  const rendered = findRenderedPracticeIds(body);
  if (rendered.join() === declared.join()) return [];
  return [
    `Module "${moduleId}" renders <Practice> for [${rendered.join(', ')}] but declares practices [${declared.join(', ')}]: render each declared practice once, in order.`,
  ];
}
