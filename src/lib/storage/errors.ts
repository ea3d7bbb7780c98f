/**
 * What can go wrong when the course reads or writes the learner's records, as three kinds a page can tell apart:
 * the browser refusing to store (its own notice), a newer version of the course taking the database over in another
 * tab (reload), and an action that no longer fits what is stored (its own message, in place).
 */

/** Why the browser did not store: no IndexedDB or refused (private browsing, settings), out of space, or blocked. */
export type StorageFailure = 'unavailable' | 'full' | 'blocked';

/** The browser refused to keep data: IndexedDB missing or refused, the device out of space, or opening blocked. */
export class StorageUnavailableError extends Error {
  override name = 'StorageUnavailableError';
  constructor(
    message: string,
    readonly reason: StorageFailure = 'unavailable',
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
}

/** A newer version of the course opened the database in another tab; this page must reload to go on. */
export class NewerVersionError extends Error {
  override name = 'NewerVersionError';
  constructor(options?: ErrorOptions) {
    super('A newer version of the course is open in another tab.', options);
  }
}

/** Why an action no longer fits the stored records. */
export type ConflictReason = 'attempt-closed' | 'attempt-missing' | 'learner-missing' | 'profile-missing';

/**
 * The action conflicts with what is stored, usually because of another tab: the attempt was already submitted, the
 * record is gone, or this learner profile was deleted. Storage itself works.
 */
export class RecordConflictError extends Error {
  override name = 'RecordConflictError';
  constructor(
    message: string,
    readonly reason: ConflictReason,
  ) {
    super(message);
  }
}

export type ProfileNameProblem = 'empty' | 'long' | 'taken';

/** A profile name that cannot be used; `problem` says why. */
export class ProfileNameError extends Error {
  override name = 'ProfileNameError';
  constructor(readonly problem: ProfileNameProblem) {
    super(`The profile name is ${problem}.`);
  }
}

/** Errors already classified pass through; anything else from IndexedDB or Dexie is classified here. */
export function classifyStorageError(error: unknown, action: string, closedForUpgrade = false): Error {
  if (
    error instanceof StorageUnavailableError ||
    error instanceof NewerVersionError ||
    error instanceof RecordConflictError ||
    error instanceof ProfileNameError
  ) {
    return error;
  }
  // A bug in the course (not the browser refusing) stays what it is, so it is reported as unexpected.
  if (error instanceof TypeError || error instanceof RangeError || error instanceof ReferenceError) return error;
  const names = causeNames(error);
  // VersionError: the database is already at a newer version than this page's code.
  if (closedForUpgrade || names.includes('VersionError')) return new NewerVersionError({ cause: error });
  if (names.includes('QuotaExceededError')) {
    return new StorageUnavailableError(`Could not ${action}: this device is out of storage space.`, 'full', {
      cause: error,
    });
  }
  return new StorageUnavailableError(`Could not ${action} in this browser's storage.`, 'unavailable', {
    cause: error,
  });
}

/** The names of an error and its causes (Dexie wraps the browser's DOMException as `inner`). */
function causeNames(error: unknown): string[] {
  const names: string[] = [];
  let current: unknown = error;
  for (let depth = 0; current && depth < 5; depth++) {
    const { name, inner, cause } = current as { name?: string; inner?: unknown; cause?: unknown };
    if (name) names.push(name);
    current = inner ?? cause;
  }
  return names;
}
