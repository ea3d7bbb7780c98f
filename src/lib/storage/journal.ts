/**
 * Writes that must survive a reload made the instant after them. IndexedDB commits asynchronously, and a page that
 * unloads first loses the transaction; so such a write is first noted here, synchronously (in `localStorage`, one
 * key per write), then applied to IndexedDB, then forgotten. A note still here when the course next opens belonged
 * to a page that went away too soon, and is applied then.
 *
 * Applying a note is idempotent and never replaces newer data (each carries the time it was made), so a note that
 * did reach IndexedDB, or one replayed while its own tab is still finishing it, changes nothing.
 */

/** The part of the Web Storage API the journal uses. */
export interface KeyValueStorage {
  readonly length: number;
  key(index: number): string | null;
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** A noted write: which kind, for which learner, made when, with what. */
export interface PendingWrite {
  kind: string;
  learnerId: string;
  /** ISO 8601 time the learner acted: a write never replaces data newer than this. */
  at: string;
  data: unknown;
}

const PREFIX = 'posting-with-care:pending:';

export class Journal {
  constructor(private readonly storage: KeyValueStorage | null) {}

  /** Notes a write; returns its key, or null if the browser would not keep the note (the write still goes ahead). */
  add(entry: PendingWrite): string | null {
    if (!this.storage) return null;
    const key = `${PREFIX}${entry.at}:${crypto.randomUUID()}`;
    try {
      this.storage.setItem(key, JSON.stringify(entry));
      return key;
    } catch {
      return null;
    }
  }

  /** Forgets a write once IndexedDB holds it. */
  remove(key: string | null): void {
    if (!key || !this.storage) return;
    try {
      this.storage.removeItem(key);
    } catch {
      // A note left behind is applied again later, which changes nothing.
    }
  }

  /** Forgets every note of one learner (their records are being deleted). */
  removeFor(learnerId: string): void {
    for (const [key, entry] of this.entries()) if (entry.learnerId === learnerId) this.remove(key);
  }

  /** Every noted write, oldest first. A note that cannot be read is dropped. */
  entries(): [key: string, entry: PendingWrite][] {
    if (!this.storage) return [];
    const found: [string, PendingWrite][] = [];
    const unreadable: string[] = [];
    try {
      for (let index = 0; index < this.storage.length; index++) {
        const key = this.storage.key(index);
        if (!key?.startsWith(PREFIX)) continue;
        const entry = parse(this.storage.getItem(key));
        if (entry) found.push([key, entry]);
        else unreadable.push(key);
      }
    } catch {
      return [];
    }
    unreadable.forEach((key) => this.remove(key));
    return found.sort(([, a], [, b]) => a.at.localeCompare(b.at));
  }
}

function parse(text: string | null): PendingWrite | null {
  try {
    const value = JSON.parse(text ?? '') as Partial<PendingWrite>;
    const valid =
      typeof value.kind === 'string' &&
      typeof value.learnerId === 'string' &&
      typeof value.at === 'string' &&
      typeof value.data === 'object' &&
      value.data !== null;
    return valid ? (value as PendingWrite) : null;
  } catch {
    return null;
  }
}

/** The browser's `localStorage`, or null where it is missing or refused. */
export function browserKeyValueStorage(): KeyValueStorage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}
