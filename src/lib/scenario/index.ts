/** The scenario engine: machine, validation and scoring. No DOM, no storage. */
export * from './machine';
export * from './scoring';
