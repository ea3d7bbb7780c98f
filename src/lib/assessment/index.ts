/** Assessment logic: seeded draws and scoring. Pure functions, no DOM and no storage. */
export * from './draw';
export * from '../random';
export * from './scoring';
