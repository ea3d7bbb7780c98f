/**
 * `npm run build:scorm`: SCORM packages for LMSs, in dist-scorm/. One build of the course with the LMS launch page,
 * its URLs made relative so it works from any path, then for the whole course and for each theme module one
 * SCORM 1.2 zip and one SCORM 2004 4th edition zip (10 in all), each with its manifest and schema files.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, posix, relative } from 'node:path';
import { strToU8, zipSync, type Zippable } from 'fflate';
import { parse } from 'yaml';
import { institution } from '../src/config/institution';
import { loadQuestions } from '../src/lib/content/load';
import { THEMES } from '../src/schemas/themes';
import type { PackageScope } from '../src/lib/lms/report';
import { scenarios } from '../src/scenarios';
import { manifest, type PackageInfo } from './scorm-manifest';

const OUT = 'dist-scorm';
const SITE = join(OUT, 'site');
/** The base the course is built under, replaced in every HTML file by the path back to the package root. */
const PLACEHOLDER = '/__pwc_package_root__/';

function build() {
  rmSync(OUT, { recursive: true, force: true });
  const result = spawnSync(
    process.execPath,
    ['node_modules/astro/astro.js', 'build', '--base', PLACEHOLDER, '--outDir', SITE],
    { stdio: 'inherit', env: { ...process.env, PWC_SCORM: '1' } },
  );
  if (result.status !== 0) throw new Error('astro build failed');
}

/** Every file of the built site, by its path in the package, with HTML made relative to the package root. */
function siteFiles(): Map<string, Uint8Array> {
  const files = new Map<string, Uint8Array>();
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else {
        const inPackage = relative(SITE, path).split('\\').join('/');
        let bytes: Uint8Array = readFileSync(path);
        if (name.endsWith('.html')) {
          const depth = posix.dirname(inPackage) === '.' ? 0 : posix.dirname(inPackage).split('/').length;
          const root = depth === 0 ? './' : '../'.repeat(depth);
          bytes = strToU8(readFileSync(path, 'utf8').replaceAll(PLACEHOLDER, root));
        }
        files.set(inPackage, bytes);
      }
    }
  };
  walk(SITE);
  for (const [path, bytes] of files) {
    if (!path.endsWith('.html')) continue;
    if (new TextDecoder().decode(bytes).includes(PLACEHOLDER))
      throw new Error(`${path} still has the placeholder base.`);
  }
  return files;
}

/** The theme modules, each with its title from its MDX front matter. */
function modules(): { id: string; theme: string; title: string }[] {
  return THEMES.map((theme) => {
    const source = readFileSync(`src/content/modules/${theme.id}.mdx`, 'utf8');
    const front = parse(source.split(/^---$/m)[1] ?? '') as { title: string };
    return { id: theme.id, theme: theme.id, title: front.title };
  });
}

function packages(): PackageInfo[] {
  const questions = loadQuestions();
  const course: PackageInfo = {
    id: 'course',
    title: institution.activityTitle,
    start: '/',
    scope: { kind: 'course' },
  };
  const perModule = modules().map((module): PackageInfo => {
    const prefix = THEMES.find((theme) => theme.id === module.theme)!.prefix;
    const scope: PackageScope = {
      kind: 'module',
      moduleId: module.id,
      scenarioIds: scenarios.filter((scenario) => scenario.theme === module.theme).map((scenario) => scenario.id),
      checkItems: questions.filter(
        (question) => question.knowledgeCheck && question.practices[0]?.startsWith(`${prefix}-`),
      ).length,
    };
    return { id: module.id, title: `Posting with Care: ${module.title}`, start: `/modules/${module.id}/`, scope };
  });
  return [course, ...perModule];
}

function main() {
  build();
  const files = siteFiles();
  const launch = files.get('scorm/index.html');
  if (!launch) throw new Error('The build has no LMS launch page (scorm/index.html).');
  const made: string[] = [];
  for (const info of packages()) {
    for (const version of ['1.2', '2004'] as const) {
      const zip: Zippable = {};
      for (const [path, bytes] of files) zip[path] = bytes;
      const config = { version, scope: info.scope, start: info.start, mastery: institution.passMark };
      zip['scorm/index.html'] = strToU8(
        new TextDecoder().decode(launch).replace('__PWC_PACKAGE__', JSON.stringify(config).replaceAll('<', '\\u003c')),
      );
      const schemaDir = `scripts/scorm-schemas/${version === '1.2' ? 'scorm12' : 'scorm2004'}`;
      for (const name of readdirSync(schemaDir).filter((file) => file.endsWith('.xsd'))) {
        zip[name] = readFileSync(join(schemaDir, name));
      }
      zip['imsmanifest.xml'] = strToU8(manifest(info, version, Object.keys(zip).sort(), institution.passMark));
      const name = `posting-with-care-${info.id}-scorm${version === '1.2' ? '12' : '2004'}.zip`;
      writeFileSync(join(OUT, name), zipSync(zip, { level: 9, mtime: new Date('2026-01-01T00:00:00Z') }));
      made.push(name);
    }
  }
  rmSync(SITE, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  for (const name of made) console.log(`${name}  ${(statSync(join(OUT, name)).size / 1024 / 1024).toFixed(2)} MB`);
}

main();
