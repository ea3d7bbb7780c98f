/**
 * The browser side of progress: one lazily opened store shared by every widget on a page. Dexie is fetched
 * only after the page has painted and the browser is idle, so reading pages open with almost no JavaScript.
 */
import type { Subscription } from 'dexie';
import type { CourseStore, ProgressSnapshot } from '../../lib/storage';
import { t } from '../../i18n/ui';

async function afterFirstPaint(): Promise<void> {
  if (document.readyState !== 'complete') {
    await new Promise<void>((resolve) => addEventListener('load', () => resolve(), { once: true }));
  }
  await new Promise<void>((resolve) => {
    if ('requestIdleCallback' in window) requestIdleCallback(() => resolve(), { timeout: 1000 });
    else setTimeout(resolve, 1);
  });
}

let store: Promise<CourseStore> | undefined;

/** The active learner's store, opened once per page after first paint. Rejects if storage is unavailable. */
export function getStore(): Promise<CourseStore> {
  store ??= afterFirstPaint()
    .then(() => import('../../lib/storage'))
    .then(({ openCourseStore }) => openCourseStore());
  store.catch(reportStorageProblem);
  return store;
}

/** Shows the page's non-blocking notice that progress cannot be saved. Safe to call more than once. */
export function reportStorageProblem(error: unknown): void {
  console.warn('Posting with Care: progress storage unavailable.', error);
  const notice = document.getElementById('storage-notice');
  if (!notice || !notice.hidden) return;
  notice.hidden = false;
  const text = notice.querySelector('[data-notice-text]');
  if (text) text.textContent = t('storage.notice');
}

/**
 * Calls `onProgress` with the learner's progress once storage has opened, and again after every change made in
 * this tab or another; calls `onUnavailable` if storage cannot be used. Returns a function that stops watching.
 */
export function watchProgress(
  onProgress: (snapshot: ProgressSnapshot, store: CourseStore) => void,
  onUnavailable: () => void,
): () => void {
  let subscription: Subscription | undefined;
  let stopped = false;
  getStore().then(
    (store) => {
      if (stopped) return;
      subscription = store.observeProgress().subscribe({
        next: (snapshot) => onProgress(snapshot, store),
        error: (error: unknown) => {
          onUnavailable();
          reportStorageProblem(error);
        },
      });
    },
    () => onUnavailable(),
  );
  return () => {
    stopped = true;
    subscription?.unsubscribe();
  };
}
