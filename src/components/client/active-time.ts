/**
 * Wires the page's active-time meter to browser events and saves what it counts. Started on module, scenario and
 * assessment pages only. Saves every 15 seconds while active and when the page is hidden or left; at most that
 * much is lost if the browser closes abruptly.
 */
import { ActiveTimeMeter } from '../../lib/activity';
import type { ActivityKind } from '../../lib/storage';
import { getStore, reportProblem } from './progress-client';
import { coursePath } from '../../lib/url';

const SAVE_EVERY_MS = 15_000;
// `focusin` and `selectionchange` catch screen-reader users, whose browse mode sends no key or scroll events.
const INTERACTIONS = ['pointerdown', 'keydown', 'wheel', 'touchstart', 'scroll', 'input', 'focusin'] as const;

/** Starts counting active time on this page, attributed to `kind` and the page's path. */
export function trackActiveTime(kind: ActivityKind): void {
  // The course path (without the site's base), like every path the course stores.
  const path = `/${coursePath(location.pathname)}`;
  const meter = new ActiveTimeMeter(() => performance.now(), document.visibilityState === 'visible');
  let lastMove = 0;
  let lastSelection = 0;

  const save = () => {
    const milliseconds = meter.take();
    if (milliseconds < 1) return;
    getStore()
      .then((store) => store.completion.addActiveTime(path, kind, milliseconds))
      // Kept in the meter for the next save; the page's notice explains a storage problem.
      .catch((error: unknown) => {
        meter.restore(milliseconds);
        reportProblem(error);
      });
  };

  for (const type of INTERACTIONS) {
    addEventListener(type, () => meter.interact(), { passive: true, capture: true });
  }
  // Moving the mouse while reading counts, but at most once a second.
  addEventListener(
    'pointermove',
    (event) => {
      if (event.timeStamp - lastMove < 1000) return;
      lastMove = event.timeStamp;
      meter.interact();
    },
    { passive: true },
  );
  document.addEventListener('selectionchange', () => {
    const now = performance.now();
    if (now - lastSelection < 1000) return;
    lastSelection = now;
    meter.interact();
  });
  document.addEventListener('visibilitychange', () => {
    meter.setVisible(document.visibilityState === 'visible');
    if (document.visibilityState === 'hidden') save();
  });
  addEventListener('pagehide', save);
  setInterval(save, SAVE_EVERY_MS);
  // Says on the page that time is being counted here (tests wait for it before moving the clock).
  document.body.dataset.activeTime = 'counting';
}
