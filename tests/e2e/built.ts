/** The pages of a build, read from its files, so tests cover every page the site has. */
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Every page of a build (`dist`), as a site path under `prefix`: `/`, `/modules/spine-care/`... */
export function builtPages(dist: string, prefix = '/'): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return ['_astro', 'pagefind', 'icons'].includes(name) ? [] : walk(path);
      return name === 'index.html' ? [`${prefix}${relative(dist, dir)}/`.replace(/\/{2,}/g, '/')] : [];
    });
  return walk(dist);
}
