// The Content Security Policy every built page carries, as a <meta> tag written after the build (astro.config.mjs):
// scripts only from the site itself or inline scripts whose SHA-256 hash is listed, nothing from any other origin.
import { createHash } from 'node:crypto';

const INLINE_SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script>/gi;
const EXECUTABLE = /^(?:|module|text\/javascript|application\/javascript)$/i;

/** The SHA-256 source expressions of a page's inline scripts that run (JSON data blocks do not). */
export function inlineScriptHashes(html) {
  const hashes = new Set();
  for (const [, attributes, body] of html.matchAll(INLINE_SCRIPT)) {
    if (/\bsrc\s*=/i.test(attributes)) continue;
    const type = /\btype\s*=\s*["']?([^"'\s>]*)/i.exec(attributes)?.[1] ?? '';
    if (!EXECUTABLE.test(type)) continue;
    hashes.add(`'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`);
  }
  return [...hashes];
}

/**
 * The policy for one page. `wasm` allows WebAssembly compilation (the search page: Pagefind's index reader); no page
 * allows 'unsafe-inline' or 'unsafe-eval' for scripts. Styles may be inline (components set them); images may be
 * data: or blob: (the certificate's QR code and PDF previews).
 */
export function contentSecurityPolicy(html, { wasm = false } = {}) {
  const scripts = ["'self'", ...inlineScriptHashes(html), ...(wasm ? ["'wasm-unsafe-eval'"] : [])];
  return [
    "default-src 'self'",
    `script-src ${scripts.join(' ')}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self'",
    "frame-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

/** The page with its policy as the first element of <head>, so it governs every script and style after it. */
export function withContentSecurityPolicy(html, options) {
  if (html.includes('http-equiv="Content-Security-Policy"')) throw new Error('The page already has a policy.');
  const meta = `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(html, options)}">`;
  const at = html.search(/<head[^>]*>/i);
  if (at === -1) throw new Error('The page has no <head>.');
  const end = html.indexOf('>', at) + 1;
  return `${html.slice(0, end)}${meta}${html.slice(end)}`;
}
