/**
 * Registers the course's service worker (built by @vite-pwa/astro; see astro.config.mjs) and offers updates. Loaded
 * after the first page is idle, so it never delays a first paint. A new version waits until the learner chooses to
 * reload: everything in progress is already stored, so the reloaded page resumes where it was.
 */
import { url } from '../../lib/url';

/** Registers the worker for the course's scope; resolves with the registration, or null where none can run. */
export async function registerServiceWorker(): Promise<ServiceWorkerRegistration | null> {
  if (!('serviceWorker' in navigator)) return null;
  // Private windows and some managed browsers refuse workers (or give none): the course still works online.
  const registration = await navigator.serviceWorker.register(url('sw.js'), { scope: url() }).catch(() => undefined);
  if (!registration) return null;
  const offer = (worker: ServiceWorker | null) => {
    if (worker && navigator.serviceWorker.controller) showUpdate(worker);
  };
  offer(registration.waiting);
  registration.addEventListener('updatefound', () => {
    const installing = registration.installing;
    installing?.addEventListener('statechange', () => {
      if (installing.state === 'installed') offer(installing);
    });
  });
  return registration;
}

/** Shows the "new version" notice; its button lets the waiting worker take over, then reloads once. */
function showUpdate(worker: ServiceWorker): void {
  const notice = document.getElementById('update-notice');
  const button = notice?.querySelector<HTMLButtonElement>('button');
  if (!notice || !button) return;
  notice.hidden = false;
  button.addEventListener(
    'click',
    () => {
      button.disabled = true;
      let reloading = false;
      navigator.serviceWorker.addEventListener('controllerchange', () => {
        if (reloading) return;
        reloading = true;
        location.reload();
      });
      worker.postMessage({ type: 'SKIP_WAITING' });
    },
    { once: true },
  );
}

/** Whether this page is controlled by an active worker: then every page and the certificate tools work offline. */
export async function isReadyOffline(): Promise<boolean> {
  if (!('serviceWorker' in navigator)) return false;
  const registration = await navigator.serviceWorker.getRegistration(url());
  return !!registration?.active && !!navigator.serviceWorker.controller;
}
