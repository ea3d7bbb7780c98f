/**
 * The launch page of a SCORM package: the only page the LMS opens. It holds the one session with the LMS for the
 * whole visit (initialised once, terminated once) and shows the course in a frame. Before the course opens, it
 * restores the learner's progress from `suspend_data` (a fresh browser gets it back); then it reports completion,
 * success, score, location and `suspend_data` whenever progress changes, and session time when the page is hidden.
 * Whatever the LMS does (errors, exceptions, foreign data), the course keeps working with progress in the browser.
 */
import { institution } from '../../config/institution';
import { completionSteps, isComplete, type CourseOutline } from '../../lib/completion';
import { LmsSession, findApi, type ScormVersion } from '../../lib/lms/api';
import {
  ELEMENTS,
  SUSPEND_LIMIT,
  printedName,
  reportElements,
  reportFor,
  sessionTime,
  type PackageScope,
} from '../../lib/lms/report';
import { decodeSuspendData, fitSuspendData, isOurSuspendData } from '../../lib/lms/suspend';
import type { CourseCatalog, CourseStore } from '../../lib/storage';
import { coursePath, url } from '../../lib/url';
import { scenarios } from '../../scenarios';
import { tl, type LmsUiKey } from '../../i18n/lms';
import { getStore } from '../client/progress-client';

/** What the packager writes into each package's launch page. */
interface PackageConfig {
  version: ScormVersion;
  scope: PackageScope;
  /** The course path the package opens at, e.g. `/modules/spine-care/`. */
  start: string;
  /** Pass mark, 0 to 1 (the manifest's mastery score). */
  mastery: number;
}

const json = <T>(id: string): T => JSON.parse(document.getElementById(id)?.textContent ?? 'null') as T;

function say(key: LmsUiKey, values: Record<string, string> = {}) {
  const notice = document.getElementById('lms-notice');
  if (!notice || notice.dataset.key === 'lms.errors') return;
  notice.dataset.key = key;
  notice.textContent = tl(key, values);
  notice.hidden = false;
}

/** The course path of the page shown in the frame, or null if it cannot be read. */
function framePath(frame: HTMLIFrameElement): string | null {
  try {
    const path = frame.contentWindow?.location.pathname;
    return path ? `/${coursePath(path)}` : null;
  } catch {
    return null;
  }
}

async function restore(session: LmsSession, store: CourseStore, config: PackageConfig, catalog: CourseCatalog) {
  const elements = ELEMENTS[config.version];
  const learner = await store.learners.current();
  const lmsName = printedName(session.get(elements.learnerName));
  if (!learner.displayName && lmsName) await store.learners.rename(learner.id, lmsName).catch(() => undefined);
  const data = session.get(elements.suspendData);
  if (!data) return;
  if (!isOurSuspendData(data)) return say('lms.suspendForeign');
  try {
    const { parseBackup } = await import('../../lib/storage/backup-check');
    const check = await parseBackup(JSON.stringify(decodeSuspendData(data, { scenarios, catalog })), catalog);
    if (!check.ok) throw new Error(check.problem);
    await store.restoreBackup(check.backup);
  } catch {
    say('lms.suspendUnreadable');
  }
}

async function launch(): Promise<void> {
  const config = json<PackageConfig>('pwc-package');
  const catalog = json<CourseCatalog>('pwc-catalog');
  const outline = json<CourseOutline>('pwc-outline');
  const frame = document.getElementById('course') as HTMLIFrameElement;
  const started = performance.now();
  const api = findApi(window, config.version);
  const session = api
    ? new LmsSession(api, config.version, (error) => say('lms.errors', { message: error.message || error.code }))
    : null;
  if (!session) say('lms.noLms');
  else if (!session.initialize()) say('lms.notConnected');
  const connected = session?.active ? session : null;

  let store: CourseStore | null = null;
  try {
    store = await getStore();
  } catch {
    say('lms.storageUnavailable');
  }
  const elements = ELEMENTS[config.version];
  let location = config.start;
  if (connected && store) {
    await restore(connected, store, config, catalog);
    const saved = connected.get(elements.location);
    if (/^\/(?:[A-Za-z0-9_-]+\/)*$/.test(saved)) location = saved;
  }
  frame.src = url(location);
  if (!connected || !store) return;

  const links = { assessment: '', evaluation: '', attestation: '', verify: '' };
  const rules = {
    minActiveMinutes: institution.minActiveMinutes,
    requireKnowledgeChecks: institution.requireKnowledgeChecks,
  };
  const send = async () => {
    if (!connected.active || !store) return;
    try {
      const progress = await store.getProgress();
      const complete = isComplete(completionSteps(progress, outline, links, rules));
      for (const [name, value] of reportElements(
        reportFor(config.scope, progress, complete, config.mastery),
        config.version,
      )) {
        connected.set(name, value);
      }
      const backup = await store.exportBackup();
      connected.set(
        elements.suspendData,
        fitSuspendData(backup, { scenarios, catalog }, SUSPEND_LIMIT[config.version]),
      );
      connected.set(elements.location, location);
      connected.commit();
    } catch {
      // Storage failed: the course shows its own notice; the LMS keeps what it had.
    }
  };
  let timer: ReturnType<typeof setTimeout> | undefined;
  const soon = () => {
    clearTimeout(timer);
    timer = setTimeout(() => void send(), 100);
  };
  store.observeProgress().subscribe({ next: soon, error: () => undefined });
  frame.addEventListener('load', () => {
    location = framePath(frame) ?? location;
    soon();
  });
  const leave = () => {
    connected.set(elements.sessionTime, sessionTime(performance.now() - started, config.version));
    connected.set(elements.exit, 'suspend');
    connected.commit();
  };
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') {
      void send();
      leave();
    }
  });
  addEventListener('pagehide', () => {
    leave();
    connected.terminate();
  });
  await send();
}

launch().catch(() => say('lms.notConnected'));
