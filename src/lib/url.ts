/**
 * Every internal URL the course writes goes through `url()`, so the course works wherever it is served: at a domain
 * root, under a path (Astro's `base`, e.g. `/courses/social-media/`), or inside an LMS package served from a path
 * nobody controls.
 *
 * - At build time a page's URLs are the base followed by the path.
 * - The SCORM packager rewrites the base in every built HTML file into a relative prefix (`../../`), and records it
 *   on `<html data-base>`; in the browser, `url()` resolves paths against that, so scripts agree with the page.
 */

const BUILD_BASE = withSlash(import.meta.env.BASE_URL);

function withSlash(base: string): string {
  return base.endsWith('/') ? base : `${base}/`;
}

/** The base as this page knows it: from `<html data-base>` in the browser, else the build's base. */
function base(): string {
  if (typeof document === 'undefined') return BUILD_BASE;
  const recorded = document.documentElement.dataset.base;
  if (!recorded) return BUILD_BASE;
  return withSlash(new URL(recorded, location.href).pathname);
}

/**
 * The URL of a course page or file: `url('practices/#cc-5')`, `url('modules/spine-care/')`, `url()` for the home
 * page. A leading slash is ignored, so site paths (`/practices/`) work too. Query and fragment are kept.
 */
export function url(path = ''): string {
  return `${base()}${path.replace(/^\/+/, '')}`;
}

/** The build's base, for `<html data-base>` (the SCORM packager rewrites it there). */
export function buildBase(): string {
  return BUILD_BASE;
}

/** A page's path within the course, without the base: `/course/modules/x/` → `modules/x/` (for storage and LMS). */
export function coursePath(pathname: string): string {
  const root = base();
  return pathname.startsWith(root) ? pathname.slice(root.length) : pathname.replace(/^\/+/, '');
}

/** Whether two hrefs (relative or absolute) name the same page of this site. */
export function samePage(a: string, b: string): boolean {
  const here = typeof location === 'undefined' ? 'http://localhost/' : location.href;
  return new URL(a, here).pathname === new URL(b, here).pathname;
}

/**
 * Whether a host name can be reached only from this computer or a private network: `localhost`, loopback,
 * private and link-local IPv4 and IPv6 ranges, and `.local` / `.localhost` names.
 */
export function isPrivateHost(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, '').toLowerCase();
  if (host === 'localhost' || host.endsWith('.localhost') || host.endsWith('.local') || host === '') return true;
  const ipv4 = host.match(/^(\d+)\.(\d+)\.(\d+)\.(\d+)$/);
  if (ipv4) {
    const [a, b] = [Number(ipv4[1]), Number(ipv4[2])];
    return (
      a === 127 ||
      a === 10 ||
      a === 0 ||
      (a === 172 && b >= 16 && b <= 31) ||
      (a === 192 && b === 168) ||
      (a === 169 && b === 254)
    );
  }
  return host === '::1' || host.startsWith('fc') || host.startsWith('fd') || host.startsWith('fe80:');
}
