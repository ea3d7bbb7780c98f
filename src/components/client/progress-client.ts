/**
 * The browser side of progress: one lazily opened store shared by every widget on a page, one way to watch the
 * learner's progress, and one way to report a save that failed. Dexie is fetched only after the page has painted
 * and the browser is idle, so reading pages open with almost no JavaScript.
 */
import type { CourseStore, ProgressSnapshot } from '../../lib/storage';
import { t, type UiKey } from '../../i18n/ui';

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
let askedPersistence = false;

/** The active learner's store, opened once per page after first paint. Rejects if storage cannot be used. */
export function getStore(): Promise<CourseStore> {
  if (!store) {
    store = afterFirstPaint()
      .then(() => import('../../lib/storage'))
      .then(({ openCourseStore }) =>
        openCourseStore({
          onNewerVersion: () => showNotice('storage.newerVersion', true),
          onSaved: () => void askPersistence(),
        }),
      );
    // Reported once, here; callers show what it means where the learner acted.
    store.catch(reportProblem);
  }
  return store;
}

/** After the first saved progress, asks the browser once (per device) to keep the data, and says why. */
async function askPersistence(): Promise<void> {
  if (askedPersistence) return;
  askedPersistence = true;
  const answer = await (await getStore()).device.askPersistenceOnce().catch(() => null);
  if (answer !== null) showNotice(answer ? 'storage.persistGranted' : 'storage.persistRefused');
}

/** The message for a problem, by its kind: what the banner says, and what the action that failed says in place. */
function describe(error: unknown): { banner: UiKey | null; reload: boolean; inline: UiKey } {
  const { name, reason } = (error ?? {}) as { name?: string; reason?: string };
  if (name === 'NewerVersionError') return { banner: 'storage.newerVersion', reload: true, inline: 'saveFailed.newer' };
  if (name === 'RecordConflictError') {
    if (reason === 'learner-missing') {
      return { banner: 'storage.learnerMissing', reload: true, inline: 'saveFailed.learnerMissing' };
    }
    return {
      banner: null,
      reload: false,
      inline:
        reason === 'attempt-closed'
          ? 'saveFailed.closed'
          : reason === 'profile-missing'
            ? 'saveFailed.profileMissing'
            : 'saveFailed.attemptMissing',
    };
  }
  if (name === 'StorageUnavailableError') {
    if (reason === 'full') return { banner: 'storage.full', reload: false, inline: 'saveFailed.full' };
    if (reason === 'blocked') return { banner: 'storage.blocked', reload: true, inline: 'saveFailed.blocked' };
    return { banner: 'storage.notice', reload: false, inline: 'saveFailed.unavailable' };
  }
  return { banner: null, reload: false, inline: 'saveFailed.unexpected' };
}

/**
 * Reports a failed read or write: the page's banner explains storage problems (once), and the returned sentence
 * says, where the learner acted, that this action was not saved and why.
 */
export function reportProblem(error: unknown): string {
  const { banner, reload, inline } = describe(error);
  if (banner) showNotice(banner, reload);
  else if (inline === 'saveFailed.unexpected') console.error('Posting with Care: unexpected storage error.', error);
  return t(inline);
}

/** Which notice wins when several apply: a reason to reload over a storage problem over information. */
const PRIORITY: Partial<Record<UiKey, number>> = {
  'storage.persistGranted': 0,
  'storage.persistRefused': 0,
  'storage.learnerChanged': 2,
  'storage.learnerMissing': 2,
  'storage.newerVersion': 3,
};

/**
 * Shows a notice, unless a more important one is already shown. Problems appear above the page's content; news that
 * needs no action (the browser agreeing to keep the data) below it, so nothing the learner is reading moves.
 */
export function showNotice(key: UiKey, reload = false): void {
  const info = (PRIORITY[key] ?? 1) === 0;
  const notice = document.getElementById(info ? 'info-notice' : 'storage-notice');
  if (!notice) return;
  const rank = (name: string | undefined) => PRIORITY[name as UiKey] ?? 1;
  if (!notice.hidden && rank(notice.dataset.key) > rank(key)) return;
  notice.hidden = false;
  notice.dataset.key = key;
  notice.dataset.kind = info ? 'info' : 'problem';
  const text = notice.querySelector('[data-notice-text]');
  if (text) text.textContent = t(key);
  const button = notice.querySelector<HTMLButtonElement>('[data-notice-reload]');
  if (button) {
    button.hidden = !reload;
    button.onclick = () => location.reload();
  }
}

/** Hides the page's notice if it is showing `key` (its reason has gone, e.g. the other tab switched back). */
export function hideNotice(key: UiKey): void {
  for (const notice of [document.getElementById('storage-notice'), document.getElementById('info-notice')]) {
    if (notice && notice.dataset.key === key) {
      notice.hidden = true;
      delete notice.dataset.key;
    }
  }
}

/**
 * Calls `onProgress` with the learner's progress once storage has opened, and again after every change made in
 * this tab or another; calls `onUnavailable` if storage cannot be used. Returns a function that stops watching.
 */
export function watchProgress(
  onProgress: (snapshot: ProgressSnapshot, store: CourseStore) => void,
  onUnavailable: () => void = () => {},
): () => void {
  let subscription: { unsubscribe(): void } | undefined;
  let stopped = false;
  getStore().then(
    (opened) => {
      if (stopped) return;
      subscription = opened.observeProgress().subscribe({
        next: (snapshot) => {
          if (!snapshot.learnerExists) showNotice('storage.learnerMissing', true);
          else if (snapshot.activeLearnerId !== snapshot.learnerId) showNotice('storage.learnerChanged', true);
          else hideNotice('storage.learnerChanged');
          onProgress(snapshot, opened);
        },
        error: (error: unknown) => {
          onUnavailable();
          reportProblem(error);
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

/** A custom element that shows part of the learner's progress: `render` runs on every change. */
export abstract class ProgressElement extends HTMLElement {
  #stop: (() => void) | undefined;

  connectedCallback(): void {
    this.setup();
    this.#stop = watchProgress(
      (snapshot, opened) => this.render(snapshot, opened),
      () => this.unavailable(),
    );
  }

  disconnectedCallback(): void {
    this.#stop?.();
  }

  /** Runs once, before storage opens (wire events here). */
  protected setup(): void {}
  protected abstract render(snapshot: ProgressSnapshot, store: CourseStore): void;
  /** Storage cannot be used on this page. */
  protected unavailable(): void {}
}
