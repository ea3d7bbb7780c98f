/**
 * Reading the course's IndexedDB from a test, as the page's own origin sees it: after an action that writes, a
 * test waits until the write is stored before it reloads or navigates (no sleeping, no guessing).
 */
import type { Page } from '@playwright/test';
import { expect } from './fixtures';

/** Every row of one table of the course database. */
export async function rows<T = Record<string, unknown>>(page: Page, table: string): Promise<T[]> {
  return page.evaluate(
    (name) =>
      new Promise<T[]>((resolve, reject) => {
        const open = indexedDB.open('posting-with-care');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains(name)) {
            db.close();
            resolve([]);
            return;
          }
          const request = db.transaction(name).objectStore(name).getAll();
          request.onsuccess = () => {
            db.close();
            resolve(request.result as T[]);
          };
          request.onerror = () => reject(request.error);
        };
      }),
    table,
  );
}

/** Waits until `table` holds rows for which `check` is true (polling the database, not the page). */
export async function waitForStored<T = Record<string, unknown>>(
  page: Page,
  table: string,
  check: (stored: T[]) => boolean,
  message = `a write to ${table}`,
): Promise<void> {
  await expect.poll(async () => check(await rows<T>(page, table)), { message }).toBe(true);
}

/** The ID of the learner profile active in this browser. */
export async function activeLearnerId(page: Page): Promise<string> {
  const settings = await rows<{ key: string; value: string }>(page, 'settings');
  const active = settings.find((setting) => setting.key === 'activeLearnerId');
  if (!active) throw new Error('No active learner yet.');
  return active.value;
}
