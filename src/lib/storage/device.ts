/** The device's side of storage: whether the browser keeps the course's data for good, and how much it uses. */
import { write, type StoreContext } from './context';
import { SETTING_VERSION } from './records';

/** What /progress/ says about storage; nulls where the browser does not tell. */
export interface StorageInfo {
  /** True when the browser will not clear the data to free space. */
  persisted: boolean | null;
  /** Bytes used by this site, and the most it may use. */
  usage: number | null;
  quota: number | null;
}

export class DeviceRecords {
  constructor(private readonly context: StoreContext) {}

  /** Whether storage is persistent, and how much is used. */
  async info(): Promise<StorageInfo> {
    const storage = globalThis.navigator?.storage;
    const [persisted, estimate] = await Promise.all([
      storage?.persisted?.().catch(() => null) ?? null,
      storage?.estimate?.().catch(() => null) ?? null,
    ]);
    return { persisted, usage: estimate?.usage ?? null, quota: estimate?.quota ?? null };
  }

  /**
   * Asks the browser, once per device, to keep the course's data even when space runs low. Returns the answer, or
   * null when it was asked before or the browser cannot be asked.
   */
  async askPersistenceOnce(): Promise<boolean | null> {
    const storage = globalThis.navigator?.storage;
    if (!storage?.persist) return null;
    const { db, now } = this.context;
    // Checked and set in one transaction, so two tabs never both ask.
    const first = await write(
      this.context,
      'save your settings',
      [db.settings],
      async () => {
        if (await db.settings.get('persistenceAskedAt')) return false;
        await db.settings.put({
          key: 'persistenceAskedAt',
          value: now().toISOString(),
          recordVersion: SETTING_VERSION,
        });
        return true;
      },
      { device: true },
    );
    return first ? storage.persist().catch(() => false) : null;
  }
}
