/**
 * Active time: time on a course page that counts only while the page is visible and the learner has done
 * something (pressed a key, clicked, scrolled, touched) within the idle limit. Pure logic with an injected clock;
 * the page wires it to browser events and storage.
 */

/** How long after the last interaction time stops counting: five minutes. */
export const IDLE_LIMIT_MS = 5 * 60_000;

/** Whole active minutes in a number of milliseconds (rounded down, never negative). */
export function activeMinutes(milliseconds: number): number {
  return Math.max(0, Math.floor(milliseconds / 60_000));
}

/** Whole minutes as hours and minutes, e.g. "2 h 23 min", "2 h 0 min" or "45 min". */
export function formatMinutes(minutes: number): string {
  const whole = Math.max(0, Math.floor(minutes));
  const hours = Math.floor(whole / 60);
  return hours > 0 ? `${hours} h ${whole % 60} min` : `${whole} min`;
}

/**
 * Counts active milliseconds. Time between two readings is credited only up to the idle limit after the latest
 * interaction, and only while visible; a sleeping laptop or a throttled timer therefore never adds more than the
 * idle limit.
 */
export class ActiveTimeMeter {
  #counted: number;
  #lastInteraction: number;
  #visible: boolean;
  #pending = 0;

  constructor(
    private readonly now: () => number,
    /** Whether the page is visible now. Opening a page counts as an interaction. */
    visible: boolean,
    private readonly idleLimit = IDLE_LIMIT_MS,
  ) {
    const at = now();
    this.#counted = at;
    this.#lastInteraction = at;
    this.#visible = visible;
  }

  /** Credits the time since the last reading, as far as it was active. */
  #advance(): number {
    const at = this.now();
    if (this.#visible) {
      const until = Math.min(at, this.#lastInteraction + this.idleLimit);
      if (until > this.#counted) this.#pending += until - this.#counted;
    }
    this.#counted = Math.max(this.#counted, at);
    return at;
  }

  /** The learner did something on the page. */
  interact(): void {
    this.#lastInteraction = this.#advance();
  }

  /** The page became visible or hidden. Becoming visible counts as an interaction. */
  setVisible(visible: boolean): void {
    const at = this.#advance();
    this.#visible = visible;
    if (visible) this.#lastInteraction = at;
  }

  /** Active milliseconds counted since the last call, to be saved; resets the count. */
  take(): number {
    this.#advance();
    const taken = this.#pending;
    this.#pending = 0;
    return taken;
  }

  /** Puts back an amount that could not be saved, so it is offered again at the next `take()`. */
  restore(milliseconds: number): void {
    this.#pending += milliseconds;
  }
}
