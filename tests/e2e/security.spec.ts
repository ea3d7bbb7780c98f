/**
 * Every built page carries the Content Security Policy. That no page breaks it while a learner works through the
 * course, and that nothing personal is kept in a URL, the console or a cache, is checked in offline.spec.ts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtPages } from './built';
import { expect, test } from './fixtures';

const DIST = join(process.cwd(), 'dist');

test('every built page carries the policy: scripts from the site or hashed, no unsafe-inline or unsafe-eval', () => {
  for (const path of [...builtPages(DIST), '/404.html']) {
    const file = path.endsWith('.html') ? join(DIST, path) : join(DIST, path, 'index.html');
    const html = readFileSync(file, 'utf8');
    const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1];
    expect(policy, path).toBeDefined();
    const directives = Object.fromEntries(
      policy!.split(';').map((part) => {
        const [name, ...values] = part.trim().split(/\s+/);
        return [name, values];
      }),
    );
    expect(directives['script-src']?.[0], path).toBe("'self'");
    expect(directives['script-src'], path).not.toContain("'unsafe-inline'");
    expect(directives['script-src'], path).not.toContain("'unsafe-eval'");
    expect(directives['object-src'], path).toEqual(["'none'"]);
    expect(directives['base-uri'], path).toEqual(["'self'"]);
    expect(directives['form-action'], path).toEqual(["'self'"]);
    expect(directives['connect-src'], path).toEqual(["'self'"]);
    expect(directives['font-src'], path).toEqual(["'self'"]);
    expect(directives['img-src'], path).toEqual(["'self'", 'data:', 'blob:']);
    // The policy comes first in <head>, before any script.
    expect(html.indexOf('Content-Security-Policy'), path).toBeLessThan(html.indexOf('<script'));
  }
});
