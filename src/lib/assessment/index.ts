/** Assessment logic: seeded draws, scoring and the pre-test. Pure functions, no DOM and no storage. */
export * from './draw';
export * from '../random';
export * from './scoring';
export * from './pretest';
