// What a built page costs a learner when it opens, in gzip bytes: shared by the budget tests and `npm run bench`.
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

const STATIC_IMPORT = /\b(?:import|export)\s*(?:[^"'();]*?\bfrom\s*)?["']([^"']+\.m?js)["']/g;
const SCRIPT_TAG = /<script\b([^>]*)>([\s\S]*?)<\/script>/gi;
const MODULEPRELOAD = /<link\b[^>]*rel=["']?modulepreload["']?[^>]*>/gi;
const ISLAND = /<astro-island\b[^>]*>/gi;

/** gzip size of some bytes, at the level static servers typically use. */
export function gzipSize(content) {
  return gzipSync(content, { level: 9 }).length;
}

function attribute(tag, name) {
  return new RegExp(`\\b${name}=["']?([^"'\\s>]+)`, 'i').exec(tag)?.[1];
}

/** Resolves an import specifier seen in `fromUrl` (a site path) to a site path. */
function resolveUrl(specifier, fromUrl) {
  if (specifier.startsWith('/')) return specifier;
  return posix.normalize(posix.join(posix.dirname(fromUrl), specifier));
}

/**
 * JavaScript a page loads on open: module scripts, inline scripts, modulepreloads and their static imports.
 * Islands hydrated on load (`client:load`) count; islands hydrated later (`client:idle`, `client:visible`) count
 * only with `includeDeferredIslands`. `extraEntries` names chunks in `_astro/` (by prefix) to count as if the page
 * loaded them too.
 * @param {string} dist the built site
 * @param {string} htmlFile a page, relative to `dist`
 * @param {{ extraEntries?: string[], includeDeferredIslands?: boolean }} [options]
 * @returns {{ gzipBytes: number, rawBytes: number, files: string[] }}
 */
export function javascriptOnOpen(dist, htmlFile, { extraEntries = [], includeDeferredIslands = false } = {}) {
  const html = readFileSync(join(dist, htmlFile), 'utf8');
  const pageUrl = `/${htmlFile}`;
  const queue = [];
  let gzipBytes = 0;
  let rawBytes = 0;
  const files = [];

  for (const [, attributes, body] of html.matchAll(SCRIPT_TAG)) {
    const type = attribute(attributes, 'type');
    if (type && !/module|javascript/i.test(type)) continue;
    const src = attribute(attributes, 'src');
    if (src) queue.push(resolveUrl(src, pageUrl));
    else if (body.trim()) {
      gzipBytes += gzipSize(body);
      rawBytes += Buffer.byteLength(body);
      files.push('(inline)');
      for (const [, specifier] of body.matchAll(STATIC_IMPORT)) queue.push(resolveUrl(specifier, pageUrl));
    }
  }
  for (const [tag] of html.matchAll(MODULEPRELOAD)) {
    const href = attribute(tag, 'href');
    if (href) queue.push(resolveUrl(href, pageUrl));
  }
  for (const [tag] of html.matchAll(ISLAND)) {
    if (attribute(tag, 'client') !== 'load' && !includeDeferredIslands) continue;
    for (const name of ['component-url', 'renderer-url']) {
      const url = attribute(tag, name);
      if (url) queue.push(resolveUrl(url, pageUrl));
    }
  }
  const chunks = readdirSync(join(dist, '_astro'));
  for (const prefix of extraEntries) {
    const chunk = chunks.find((name) => name.startsWith(`${prefix}.`) && name.endsWith('.js'));
    if (!chunk) throw new Error(`No chunk named ${prefix}.*.js in ${dist}/_astro`);
    queue.push(`/_astro/${chunk}`);
  }

  const seen = new Set();
  while (queue.length > 0) {
    const url = queue.shift();
    if (seen.has(url)) continue;
    seen.add(url);
    const content = readFileSync(join(dist, url));
    gzipBytes += gzipSize(content);
    rawBytes += content.length;
    files.push(url.slice(1));
    for (const [, specifier] of content.toString('utf8').matchAll(STATIC_IMPORT)) {
      queue.push(resolveUrl(specifier, url));
    }
  }
  return { gzipBytes, rawBytes, files };
}

/**
 * Total gzip size of a page's HTML and the stylesheets it links.
 * @param {string} dist the built site
 * @param {string} htmlFile a page, relative to `dist`
 */
export function documentWeight(dist, htmlFile) {
  const html = readFileSync(join(dist, htmlFile));
  let css = 0;
  for (const [tag] of html.toString('utf8').matchAll(/<link\b[^>]*rel=["']?stylesheet["']?[^>]*>/gi)) {
    const href = attribute(tag, 'href');
    if (href) css += gzipSize(readFileSync(join(dist, resolveUrl(href, `/${htmlFile}`))));
  }
  return { htmlGzip: gzipSize(html), cssGzip: css, dir: dirname(htmlFile) };
}
