/**
 * Talking to an LMS's SCORM run-time: finding its API object by the standard search, and one session on it
 * (initialise once, get, set, commit, terminate once) with every call checked. SCORM 1.2 calls its object `API` and
 * its methods `LMSInitialize`, `LMSGetValue`…; SCORM 2004 calls it `API_1484_11` with `Initialize`, `GetValue`….
 */

export type ScormVersion = '1.2' | '2004';

/** The methods both versions share, under each version's names. */
interface RawApi {
  [method: string]: unknown;
}

const METHODS = {
  '1.2': {
    initialize: 'LMSInitialize',
    terminate: 'LMSFinish',
    get: 'LMSGetValue',
    set: 'LMSSetValue',
    commit: 'LMSCommit',
    lastError: 'LMSGetLastError',
    errorString: 'LMSGetErrorString',
  },
  '2004': {
    initialize: 'Initialize',
    terminate: 'Terminate',
    get: 'GetValue',
    set: 'SetValue',
    commit: 'Commit',
    lastError: 'GetLastError',
    errorString: 'GetErrorString',
  },
} as const;

/** How far up the frames to look: the ADL search looks through 500 parents for 2004, 7 for 1.2. */
const SEARCH_LIMIT: Record<ScormVersion, number> = { '1.2': 7, '2004': 500 };

/** The LMS's API object: in this window or a parent frame (up to the bound), then in the opener's. */
export function findApi(start: Window, version: ScormVersion): RawApi | null {
  const name = version === '1.2' ? 'API' : 'API_1484_11';
  const search = (from: Window | null): RawApi | null => {
    let current: Window | null = from;
    for (let step = 0; current && step <= SEARCH_LIMIT[version]; step++) {
      try {
        const candidate = (current as unknown as Record<string, unknown>)[name];
        if (candidate && typeof candidate === 'object') return candidate as RawApi;
      } catch {
        // A frame from another origin cannot be read: keep looking further up.
      }
      if (current.parent === current) break;
      current = current.parent;
    }
    return null;
  };
  let opener: Window | null = null;
  try {
    opener = start.opener as Window | null;
  } catch {
    opener = null;
  }
  return search(start) ?? search(opener);
}

/** What went wrong with a call: the LMS's error code and message, or the exception it threw. */
export interface LmsError {
  call: string;
  code: string;
  message: string;
}

/** One session with the LMS. Calls never throw; failures are collected in `errors` and reported through `onError`. */
export class LmsSession {
  #initialized = false;
  #terminated = false;
  readonly errors: LmsError[] = [];

  constructor(
    private readonly api: RawApi,
    readonly version: ScormVersion,
    private readonly onError: (error: LmsError) => void = () => undefined,
  ) {}

  get active(): boolean {
    return this.#initialized && !this.#terminated;
  }

  /** Initialises once; later calls return whether the first succeeded. */
  initialize(): boolean {
    if (this.#initialized) return true;
    this.#initialized = this.#call('initialize', ['']) === true;
    return this.#initialized;
  }

  get(element: string): string {
    if (!this.active) return '';
    const value = this.#call('get', [element]);
    return typeof value === 'string' ? value : value == null ? '' : String(value);
  }

  set(element: string, value: string): boolean {
    return this.active && this.#call('set', [element, value]) === true;
  }

  commit(): boolean {
    return this.active && this.#call('commit', ['']) === true;
  }

  /** Terminates once; the session takes no more calls afterwards. */
  terminate(): boolean {
    if (!this.active) return false;
    const done = this.#call('terminate', ['']) === true;
    this.#terminated = true;
    return done;
  }

  /** Calls a method by its version's name; `true` for the string "true", the value for a get, false on failure. */
  #call(kind: keyof (typeof METHODS)['1.2'], args: string[]): unknown {
    const method = METHODS[this.version][kind];
    try {
      const fn = this.api[method];
      if (typeof fn !== 'function') throw new Error(`The LMS has no ${method}.`);
      const result: unknown = fn.apply(this.api, args);
      if (kind === 'get') {
        const code = this.#lastError();
        // 403 (2004) and 0 are fine for a value never set; anything else is an error.
        if (code !== '0' && code !== '403' && code !== '') this.#fail(method, code);
        return result;
      }
      if (String(result) === 'true') return true;
      this.#fail(method, this.#lastError());
      return false;
    } catch (error) {
      this.#fail(method, 'exception', error instanceof Error ? error.message : String(error));
      return false;
    }
  }

  #lastError(): string {
    try {
      const fn = this.api[METHODS[this.version].lastError];
      return typeof fn === 'function' ? String(fn.apply(this.api, [])) : '';
    } catch {
      return '';
    }
  }

  #fail(call: string, code: string, message?: string) {
    let text = message ?? '';
    if (!text) {
      try {
        const fn = this.api[METHODS[this.version].errorString];
        text = typeof fn === 'function' ? String(fn.apply(this.api, [code])) : '';
      } catch {
        text = '';
      }
    }
    const error = { call, code, message: text };
    this.errors.push(error);
    this.onError(error);
  }
}
