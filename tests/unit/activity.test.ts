import { describe, expect, test } from 'vitest';
import { ActiveTimeMeter, IDLE_LIMIT_MS, activeMinutes, formatMinutes } from '../../src/lib/activity';

function clock(start = 1_000_000) {
  let time = start;
  return { now: () => time, advance: (ms: number) => (time += ms) };
}

describe('ActiveTimeMeter', () => {
  test('counts visible time after opening the page, up to the idle limit', () => {
    const { now, advance } = clock();
    const meter = new ActiveTimeMeter(now, true);
    advance(60_000);
    expect(meter.take()).toBe(60_000);
    advance(IDLE_LIMIT_MS * 3);
    // Only the idle limit after opening counts: the learner walked away.
    expect(meter.take()).toBe(IDLE_LIMIT_MS - 60_000);
  });

  test('an interaction restarts the count after an idle spell, without crediting the idle part', () => {
    const { now, advance } = clock();
    const meter = new ActiveTimeMeter(now, true);
    advance(IDLE_LIMIT_MS + 20 * 60_000);
    meter.interact();
    advance(30_000);
    expect(meter.take()).toBe(IDLE_LIMIT_MS + 30_000);
  });

  test('hidden time never counts, and becoming visible again counts as an interaction', () => {
    const { now, advance } = clock();
    const meter = new ActiveTimeMeter(now, true);
    advance(10_000);
    meter.setVisible(false);
    advance(120_000);
    meter.interact();
    expect(meter.take()).toBe(10_000);
    advance(IDLE_LIMIT_MS * 2);
    meter.setVisible(true);
    advance(5_000);
    expect(meter.take()).toBe(5_000);
  });

  test('a page opened in a background tab counts nothing until it is shown', () => {
    const { now, advance } = clock();
    const meter = new ActiveTimeMeter(now, false);
    advance(60_000);
    expect(meter.take()).toBe(0);
  });

  test('take() resets the count; restore() offers an unsaved amount again', () => {
    const { now, advance } = clock();
    const meter = new ActiveTimeMeter(now, true);
    advance(15_000);
    const taken = meter.take();
    expect(meter.take()).toBe(0);
    meter.restore(taken);
    advance(1_000);
    expect(meter.take()).toBe(16_000);
  });

  test('a clock that jumps backwards adds nothing', () => {
    let time = 500_000;
    const meter = new ActiveTimeMeter(() => time, true);
    time -= 100_000;
    expect(meter.take()).toBe(0);
    time = 510_000;
    expect(meter.take()).toBe(10_000);
  });
});

describe('activeMinutes', () => {
  test('rounds down to whole minutes and never goes below zero', () => {
    expect(activeMinutes(59_999)).toBe(0);
    expect(activeMinutes(60_000)).toBe(1);
    expect(activeMinutes(143 * 60_000 + 59_000)).toBe(143);
    expect(activeMinutes(-1)).toBe(0);
  });
});

describe('formatMinutes', () => {
  test('writes hours and minutes, or minutes alone under an hour', () => {
    expect(formatMinutes(0)).toBe('0 min');
    expect(formatMinutes(45)).toBe('45 min');
    expect(formatMinutes(60)).toBe('1 h 0 min');
    expect(formatMinutes(143)).toBe('2 h 23 min');
  });
});
